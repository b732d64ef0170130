// The console on Windows.

#include "consoleplatform.h"

#include <QCoreApplication>
#include <QProcess>

#include <cstdio>

#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

namespace Flowdesk::Platform {

void quitOnTerminationSignals(QCoreApplication &app)
{
    // Log-off, shut-down and closing the window reach a GUI program as window
    // messages; Qt answers them by quitting the event loop.
    Q_UNUSED(app);
}

void endWithThisProcess(QProcess *process)
{
    // One job for the console's lifetime: Windows closes its handle when the
    // console ends, however it ends, and then ends every process in it.
    static HANDLE job = [] {
        HANDLE j = ::CreateJobObjectW(nullptr, nullptr);
        if (j) {
            JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits {};
            limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
            ::SetInformationJobObject(j, JobObjectExtendedLimitInformation, &limits, sizeof limits);
        }
        return j;
    }();
    if (!job)
        return;
    QObject::connect(process, &QProcess::started, process, [process] {
        HANDLE child = ::OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE,
                                     static_cast<DWORD>(process->processId()));
        if (child) {
            ::AssignProcessToJobObject(job, child);
            ::CloseHandle(child);
        }
    });
}

void attachParentConsole()
{
    if (!::AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    FILE *stream = nullptr;
    ::freopen_s(&stream, "CONOUT$", "w", stdout);
    ::freopen_s(&stream, "CONOUT$", "w", stderr);
    ::SetConsoleOutputCP(CP_UTF8);
}

bool displayAvailable()
{
    return true;
}

} // namespace Flowdesk::Platform
