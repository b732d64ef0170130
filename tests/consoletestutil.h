#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A real flowdeskd on a loopback port, with its data in a temporary directory that
// survives restarts of the process.
class BackendProcess
{
public:
    explicit BackendProcess(QStringList extraArguments = {});
    ~BackendProcess();

    static QString program();
    static bool available();

    // Starts the daemon (port 0: any free port) and waits for "listening on".
    bool start(int port = 0);
    // SIGTERM, then kill after a deadline. A daemon that did not exit with 0 (a
    // sanitizer report, a crash, a hang on shutdown) fails the current test.
    void stop();
    bool isRunning() const;

    QString target() const { return m_target; }
    int port() const;
    QString dataDir() const { return m_dir.path(); }
    QString errorText() const { return m_error; }

private:
    void failUncleanExit(const QString &why);

    QStringList m_extraArguments;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_target;
    QString m_error;
};

// Skips the current test when the daemon is not built yet.
#define REQUIRE_BACKEND()                                                                  \
    do {                                                                                   \
        if (!BackendProcess::available())                                                  \
            QSKIP("flowdeskd is not part of this build yet");                              \
    } while (false)
