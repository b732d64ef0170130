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
    // With "--config FILE" among the arguments the daemon runs that site instead of the demo.
    explicit BackendProcess(QStringList extraArguments = {});
    ~BackendProcess();

    static QString program();
    static bool available();
    // Why available() is false: which program is missing where, and how to build it.
    static QString missingText();

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

// Fails the current test, saying what is missing, when the daemon is not there:
// the console's tests assert what a user observes against a real backend, so a
// test without one proves nothing and must not pass or skip quietly.
#define REQUIRE_BACKEND()                                                                  \
    do {                                                                                   \
        if (!BackendProcess::available())                                                  \
            QFAIL(qPrintable(BackendProcess::missingText()));                              \
    } while (false)
