#include "appidentity.h"
#include "commandline.h"
#include "consoleapp.h"
#include "consoleplatform.h"
#include "common/languagemenu.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>

namespace {

void setUpLogging()
{
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                            .filePath(QStringLiteral("logs"));
    QDir().mkpath(dir);
    try {
        const QString file = QDir(dir).filePath(QStringLiteral("flowdesk.log"));
        // The whole name, whatever the account's name is made of: wide on
        // Windows (spdlog built with wide file names), UTF-8 elsewhere.
#ifdef SPDLOG_WCHAR_FILENAMES
        const spdlog::filename_t name = file.toStdWString();
#else
        const spdlog::filename_t name = file.toStdString();
#endif
        auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(name, 5 * 1024 * 1024, 3);
        auto logger = std::make_shared<spdlog::logger>("console", sink);
        logger->set_level(spdlog::level::info);
        logger->flush_on(spdlog::level::warn);
        spdlog::register_logger(logger);
        spdlog::flush_every(std::chrono::seconds(2));
    } catch (const spdlog::spdlog_ex &e) {
        std::fprintf(stderr, "flowdesk: cannot write the log file in %s: %s\n", qPrintable(dir), e.what());
    }
}

// Returns the language the console's texts are shown in ("de"; "en" when there
// is no translation for the person's language).
QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    QString shown = QStringLiteral("en");
    // Without a translation for the language, the English texts with their
    // English plural forms.
    if (own->load(locale, QStringLiteral("flowdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        shown = own->language().section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
        if (shown.isEmpty())
            shown = QLocale::languageToCode(locale.language());
    } else if (own->load(QStringLiteral("flowdesk_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return shown;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Flowdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("flowdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOWDESK_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    Flowdesk::CommandLine options = Flowdesk::parseCommandLine(arguments);

    // Help, errors and the missing-display hint need no window, but they are
    // translated: a QCoreApplication is enough for that.
    // QApplication aborts without a display; say how to run the console instead.
    if (!options.error.isEmpty() || options.help || options.version || !Flowdesk::Platform::displayAvailable()) {
        Flowdesk::Platform::attachParentConsole();
        QCoreApplication text(argc, argv);
        installTranslations(text, options.language);
        options = Flowdesk::parseCommandLine(arguments);
        if (!options.error.isEmpty()) {
            std::fprintf(stderr, "flowdesk: %s\n\n%s", qPrintable(options.error), qPrintable(options.helpText));
            return 2;
        }
        if (options.help) {
            std::fputs(qPrintable(options.helpText), stdout);
            return 0;
        }
        if (options.version) {
            std::printf("flowdesk %s\n", FLOWDESK_VERSION);
            return 0;
        }
        const QString hint = QCoreApplication::translate(
            "main",
            "flowdesk: no display found (neither DISPLAY nor WAYLAND_DISPLAY nor QT_QPA_PLATFORM is set).\n"
            "Flowdesk is a desktop application. To run it on a machine without a screen, use a virtual one:\n"
            "    xvfb-run -a -s \"-screen 0 1400x900x24\" %1 --demo\n"
            "or, for automated checks without any window, set QT_QPA_PLATFORM=offscreen.\n");
        std::fputs(qPrintable(hint.arg(QString::fromLocal8Bit(argv[0]))), stderr);
        return 3;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Flowdesk"));
    QApplication::setWindowIcon(Flowdesk::applicationIcon());
    QGuiApplication::setDesktopFileName(Flowdesk::applicationId());
    setUpLogging();
    Flowdesk::Platform::quitOnTerminationSignals(app);
    // --lang, else the language the person chose in the console, else the system's.
    const QString language = installTranslations(
        app, options.language.isEmpty() ? Flowdesk::LanguageChoice::saved() : options.language);
    if (auto logger = spdlog::get("console"))
        logger->info("flowdesk {} starting", FLOWDESK_VERSION);

    Flowdesk::ConsoleApp console(options);
    // The backend's texts (flow names, what to do about an error) in the same language.
    console.setLanguage(language);
    console.start();
    const int rc = app.exec();
    spdlog::shutdown();
    return rc;
}
