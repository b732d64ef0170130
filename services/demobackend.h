#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>

#include <memory>

class QLockFile;
class QTimer;

namespace Flowdesk {

class BackendConnection;

// Runs a local flowdeskd with demo data for `flowdesk --demo`: starts it next to the
// flowdesk executable on a free loopback port, waits until its health check says
// SERVING, and stops it (SIGTERM, then kill after a deadline) when the console exits.
class DemoBackend : public QObject
{
    Q_OBJECT
public:
    explicit DemoBackend(QObject *parent = nullptr);
    ~DemoBackend() override;

    // Defaults: flowdeskd next to this executable, <AppDataLocation>/demo-backend, seed 42.
    // flowdeskd beside the console, else on PATH; with the platform's suffix.
    static QString defaultProgram();
    void setProgram(const QString &program) { m_program = program; }
    QString program() const { return m_program; }
    void setDataDir(const QString &dir) { m_dataDir = dir; }
    QString dataDir() const { return m_dataDir; }
    void setExtraArguments(const QStringList &args) { m_extraArguments = args; }

    void start();
    // Stops the server and deletes its data folder, for a fresh start.
    bool resetData();
    // Blocks for at most `timeoutMs` (only at exit).
    void stop(int timeoutMs = 3000);
    bool isReady() const { return !m_target.isEmpty() && m_ready; }
    QString target() const { return m_target; }

    // Restarts after the server stopped on its own, in this many ms (tests shorten it).
    void setRestartDelay(int ms) { m_restartDelayMs = ms; }
    int restartCount() const { return m_restarts; }
    // The running server's process id (0: none).
    qint64 processId() const;

signals:
    void ready(const QString &target);
    void failed(const QString &message);
    // The server stopped on its own: the console is offline until it is back.
    void stoppedUnexpectedly();
    // It was started again and answers (on the same port where that was free).
    void restarted(const QString &target);

private:
    void readOutput();
    void pollHealth();
    void fail(const QString &message);
    void launch(const QString &listen);
    void restart();

    QString m_program;
    QString m_dataDir;
    QStringList m_extraArguments;
    QProcess *m_process;
    std::unique_ptr<QLockFile> m_lock;
    BackendConnection *m_health = nullptr;
    QTimer *m_startupTimer;
    QByteArray m_stdout;
    QString m_stderrTail;
    QString m_target;
    bool m_ready = false;
    bool m_stopping = false;
    bool m_restarting = false;
    bool m_triedOldPort = false;
    int m_restartDelayMs = 1000;
    int m_restarts = 0;
};

} // namespace Flowdesk
