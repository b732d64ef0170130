#include "demobackend.h"

#include "backendconnection.h"
#include "consoleplatform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace Flowdesk {

namespace {
std::shared_ptr<spdlog::logger> logger()
{
    auto l = spdlog::get("console");
    return l ? l : spdlog::default_logger();
}
constexpr int StartupTimeoutMs = 30000;
} // namespace

QString DemoBackend::defaultProgram()
{
    // Beside the console (a build folder, the Windows installation folder),
    // else where the system keeps programs (a package may put it in another
    // folder on PATH).
    const QString name = Platform::executableFileName(QStringLiteral("flowdeskd"));
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    if (QFileInfo(beside).isExecutable())
        return beside;
    const QString found = QStandardPaths::findExecutable(QStringLiteral("flowdeskd"));
    return found.isEmpty() ? beside : found;
}

DemoBackend::DemoBackend(QObject *parent)
    : QObject(parent)
    , m_process(new QProcess(this))
    , m_startupTimer(new QTimer(this))
{
    m_program = defaultProgram();
    // Should the console die without cleaning up, the demo server goes with it.
    Platform::endWithThisProcess(m_process);
    m_dataDir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                    .filePath(QStringLiteral("demo-backend"));
    m_startupTimer->setSingleShot(true);
    connect(m_startupTimer, &QTimer::timeout, this, [this] {
        fail(tr("The demo server did not start within %1 seconds.").arg(StartupTimeoutMs / 1000));
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &DemoBackend::readOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail += QString::fromLocal8Bit(m_process->readAllStandardError());
        m_stderrTail = m_stderrTail.right(2000);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The demo server %1 could not be started: %2").arg(m_program, m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        if (m_stopping)
            return;
        // The daemon's own explanation ("flowdeskd: ...") says more than its last log line.
        QString last = m_stderrTail.trimmed().section(QLatin1Char('\n'), -1);
        const QStringList lines = m_stderrTail.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("flowdeskd: ")))
                last = line.mid(11).trimmed();
        }
        if (m_restarting && !m_ready && m_triedOldPort) {
            // The old port was taken meanwhile: any free port will do.
            m_triedOldPort = false;
            launch(QStringLiteral("127.0.0.1:0"));
        } else if (!m_ready) {
            fail(tr("The demo server stopped while starting (exit code %1):\n%2").arg(exitCode).arg(last));
        } else {
            // It died (killed, crashed): the console starts it again with the same data.
            logger()->error("demo backend exited with code {}; starting it again", exitCode);
            m_ready = false;
            emit stoppedUnexpectedly();
            QTimer::singleShot(m_restartDelayMs, this, &DemoBackend::restart);
        }
    });
}

DemoBackend::~DemoBackend()
{
    stop();
}

void DemoBackend::start()
{
    if (!QFileInfo(m_program).isExecutable()) {
        QMetaObject::invokeMethod(this, [this] {
            fail(tr("The demo server program was not found at %1.").arg(QDir::toNativeSeparators(m_program)));
        }, Qt::QueuedConnection);
        return;
    }
    QDir().mkpath(m_dataDir);
    // One demo server per data folder: two would write the same database.
    m_lock = std::make_unique<QLockFile>(QDir(m_dataDir).filePath(QStringLiteral("console.lock")));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(200)) {
        m_lock.reset();
        QMetaObject::invokeMethod(this, [this] {
            fail(tr("Another Flowdesk demo is already running on this computer. Close it first."));
        }, Qt::QueuedConnection);
        return;
    }
    m_restarting = false;
    launch(QStringLiteral("127.0.0.1:0"));
}

qint64 DemoBackend::processId() const
{
    return m_process->state() == QProcess::NotRunning ? 0 : m_process->processId();
}

void DemoBackend::restart()
{
    if (m_stopping || m_process->state() != QProcess::NotRunning)
        return;
    ++m_restarts;
    m_restarting = true;
    // The same port where it is still free: the console's address stays valid.
    const QString old = m_target;
    m_triedOldPort = !old.isEmpty();
    launch(old.isEmpty() ? QStringLiteral("127.0.0.1:0") : old);
}

void DemoBackend::launch(const QString &listen)
{
    QStringList args{QStringLiteral("--demo"),
                     QStringLiteral("--listen"), listen,
                     QStringLiteral("--data"), m_dataDir,
                     QStringLiteral("--seed"), QStringLiteral("42")};
    args << m_extraArguments;
    m_stopping = false;
    m_ready = false;
    m_target.clear();
    m_stdout.clear();
    m_stderrTail.clear();
    logger()->info("starting demo backend {} {}", m_program.toStdString(), args.join(QLatin1Char(' ')).toStdString());
    m_process->start(m_program, args);
    m_startupTimer->start(StartupTimeoutMs);
}

bool DemoBackend::resetData()
{
    stop();
    QDir dir(m_dataDir);
    logger()->warn("removing demo data in {}", m_dataDir.toStdString());
    return !dir.exists() || dir.removeRecursively();
}

void DemoBackend::readOutput()
{
    m_stdout += m_process->readAllStandardOutput();
    if (!m_target.isEmpty()) {
        m_stdout.clear();
        return;
    }
    int nl;
    while ((nl = m_stdout.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stdout.left(nl)).trimmed();
        m_stdout.remove(0, nl + 1);
        static const QLatin1String prefix("listening on ");
        if (line.startsWith(prefix)) {
            m_target = line.mid(prefix.size()).trimmed();
            logger()->info("demo backend listening on {}", m_target.toStdString());
            m_health = new BackendConnection(this);
            m_health->setTarget(m_target);
            pollHealth();
            return;
        }
    }
}

void DemoBackend::pollHealth()
{
    if (!m_health || m_stopping)
        return;
    m_health->checkHealth(this, [this](bool serving, const ServiceError &) {
        if (m_stopping || m_ready)
            return;
        if (!serving) {
            QTimer::singleShot(100, this, &DemoBackend::pollHealth);
            return;
        }
        m_ready = true;
        m_startupTimer->stop();
        m_health->deleteLater();
        m_health = nullptr;
        if (m_restarting) {
            m_restarting = false;
            emit restarted(m_target);
        } else {
            emit ready(m_target);
        }
    });
}

void DemoBackend::fail(const QString &message)
{
    if (m_stopping)
        return;
    logger()->error("demo backend: {}", message.toStdString());
    m_startupTimer->stop();
    stop();
    emit failed(message);
}

void DemoBackend::stop(int timeoutMs)
{
    m_stopping = true;
    m_startupTimer->stop();
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM: the backend shuts down gracefully
        if (!m_process->waitForFinished(timeoutMs)) {
            logger()->warn("demo backend did not stop within {} ms, killing it", timeoutMs);
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
    m_lock.reset();
}

} // namespace Flowdesk
