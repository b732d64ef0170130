#pragma once

#include <QString>
#include <QStringList>

namespace Flowdesk {

struct CommandLine
{
    bool demo = false;
    QString backend;   // host:port
    QString demoUser;  // demo mode: sign this demo account in at once
    QString language;  // "de", "en"; empty: the system's
    bool help = false;
    bool version = false;
    QString error;     // set when the arguments make no sense
    QString helpText;
};

// Parsed before QApplication exists, so that --help and --version work without a display.
CommandLine parseCommandLine(const QStringList &arguments);

} // namespace Flowdesk
