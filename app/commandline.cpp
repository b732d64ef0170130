#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Flowdesk {

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Flowdesk: operations and exception-management console."));
    const QCommandLineOption demo(QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start a local demo server with sample data and connect to it."));
    const QCommandLineOption backend(QStringLiteral("backend"),
        QCoreApplication::translate("main", "Connect to the Flowdesk server at <host:port>."),
        QStringLiteral("host:port"));
    const QCommandLineOption demoUser(QStringLiteral("demo-user"),
        QCoreApplication::translate("main", "Demo mode only: sign in as the demo account <name> "
                                            "(viewer, operator, admin, auditor)."),
        QStringLiteral("name"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QCoreApplication::translate("main", "Use the language <code> (en, de, fr, es) instead of the system's."),
        QStringLiteral("code"));
    parser.addOption(demo);
    parser.addOption(backend);
    parser.addOption(demoUser);
    parser.addOption(lang);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();

    // No QCoreApplication exists yet, so the parser cannot know the program name.
    result.helpText = parser.helpText().replace(QLatin1String("<executable_name>"), QLatin1String("flowdesk"));
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    result.help = parser.isSet(helpOption);
    result.version = parser.isSet(versionOption);
    result.demo = parser.isSet(demo);
    result.backend = parser.value(backend);
    result.demoUser = parser.value(demoUser);
    result.language = parser.value(lang);
    if (!parser.positionalArguments().isEmpty())
        result.error = QCoreApplication::translate("main", "Unexpected argument: %1")
                           .arg(parser.positionalArguments().constFirst());
    else if (result.demo && !result.backend.isEmpty())
        result.error = QCoreApplication::translate("main", "--demo and --backend cannot be used together.");
    else if (!result.demoUser.isEmpty() && !result.demo)
        result.error = QCoreApplication::translate("main", "--demo-user only works together with --demo.");
    else if (!result.backend.isEmpty() && !result.backend.contains(QLatin1Char(':')))
        result.error = QCoreApplication::translate("main", "--backend expects host:port, for example 127.0.0.1:50051.");
    return result;
}

} // namespace Flowdesk
