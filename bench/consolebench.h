#pragma once

// What the console benchmarks share: a real flowdeskd in its own process (so
// that the console's memory and GUI thread are measured alone) and the
// process's own figures.

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>

#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

namespace flowdesk::bench {

// What a console benchmark's flowdeskd serves: the SQLite file in dataDir, or
// with a PostgreSQL URI (--store) that database, dataDir then holding only the
// server's local files.
struct ServedStore
{
    QString dataDir;
    QString uri;

    // "DIR (SQLite store)" or "postgresql://... (PostgreSQL store)".
    QString description() const
    {
        return uri.isEmpty() ? dataDir + QStringLiteral(" (SQLite store)") : uri + QStringLiteral(" (PostgreSQL store)");
    }
};

// flowdeskd from the benchmark's own folder, on 127.0.0.1, serving `store`.
class Flowdeskd
{
public:
    ~Flowdeskd() { stop(); }

    // niceness > 0: the server runs at that lower priority (nice(2)).
    bool start(const ServedStore &store, QStringList extra, int niceness = 0)
    {
        if (!store.uri.isEmpty())
            extra << QStringLiteral("--store") << store.uri;
        const QString &dataDir = store.dataDir;
        const QString program = QFileInfo(QCoreApplication::applicationDirPath(), QStringLiteral("flowdeskd")).filePath();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->setStandardErrorFile(QProcess::nullDevice());
        if (niceness > 0)
            m_process->setChildProcessModifier([niceness] { (void)::nice(niceness); });
        m_process->start(program, QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                              QStringLiteral("--data"), dataDir}
                                      + extra);
        if (!m_process->waitForStarted(5000))
            return false;
        QByteArray out;
        QDeadlineTimer deadline(300000); // a large data set is checked at start
        while (!deadline.hasExpired() && m_process->state() != QProcess::NotRunning) {
            if (!m_process->waitForReadyRead(200))
                continue;
            out += m_process->readAllStandardOutput();
            for (int nl; (nl = out.indexOf('\n')) >= 0; out.remove(0, nl + 1)) {
                const QByteArray line = out.left(nl).trimmed();
                if (line.startsWith("listening on ")) {
                    m_target = QString::fromUtf8(line.mid(13)).trimmed();
                    return true;
                }
            }
        }
        return false;
    }

    void stop()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(15000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }

    QString target() const { return m_target; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_target;
};

// A line of /proc/self/status in MiB ("VmRSS", "VmHWM").
inline double statusMiB(const char *name)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(name) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

// CPU seconds of this process (user + system) so far.
inline double processCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

inline double loadAverage()
{
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : 0;
}

} // namespace flowdesk::bench
