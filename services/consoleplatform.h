#pragma once

// What the console needs from its operating system beyond Qt: termination
// signals, tying the demo server's life to the console's, a console for
// --help on Windows, where the display comes from. One implementation per
// platform (consoleplatform_posix.cpp, consoleplatform_win.cpp); no other file
// of the console uses a POSIX- or Windows-only header
// (tests/portability_check.py keeps it so).

#include <QString>

class QCoreApplication;
class QProcess;

namespace Flowdesk::Platform {

// The file name of a program on this platform: "flowdeskd", "flowdeskd.exe".
inline QString executableFileName(const QString &baseName)
{
#ifdef Q_OS_WIN
    return baseName + QStringLiteral(".exe");
#else
    return baseName;
#endif
}

// SIGTERM and SIGINT end the event loop normally, so that the demo server is
// stopped and the log is flushed. Windows sends a GUI program window messages
// instead, which Qt turns into the same orderly quit: nothing to do there.
void quitOnTerminationSignals(QCoreApplication &app);

// Should the console die without cleaning up, `process` (not started yet)
// goes with it: Linux's parent-death signal; on Windows a job object that ends
// its processes when the console's handle to it closes.
void endWithThisProcess(QProcess *process);

// A GUI program on Windows has no console: text for --help, --version and
// errors goes to the console of the command prompt that started it, if any.
// Elsewhere standard output is there already.
void attachParentConsole();

// Whether a window can be shown. Only X11 and Wayland need a display named in
// the environment; Windows and macOS always have their own.
bool displayAvailable();

} // namespace Flowdesk::Platform
