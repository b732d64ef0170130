#include "consoletestutil.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QTest>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

BackendProcess::BackendProcess(QStringList extraArguments)
    : m_extraArguments(std::move(extraArguments))
{
}

BackendProcess::~BackendProcess()
{
    stop();
}

QString BackendProcess::program()
{
    return QStringLiteral(FLOWDESKD_PATH);
}

bool BackendProcess::available()
{
    return !program().isEmpty() && QFileInfo(program()).isExecutable();
}

QString BackendProcess::missingText()
{
    if (program().isEmpty())
        return QStringLiteral("flowdeskd is missing: this test binary was built without FLOWDESKD_PATH");
    return QStringLiteral("flowdeskd is missing: %1 is not an executable file (build the flowdeskd target)")
        .arg(program());
}

bool BackendProcess::start(int port)
{
    stop();
    m_error.clear();
    m_target.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setProcessEnvironment(QProcessEnvironment::systemEnvironment());
#ifdef Q_OS_LINUX
    // A crashed or killed test takes its backend with it.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    // A site of its own (--config) instead of the demo.
    const bool configured = m_extraArguments.contains(QStringLiteral("--config"));
    QStringList args;
    if (!configured)
        args << QStringLiteral("--demo") << QStringLiteral("--seed") << QStringLiteral("42");
    args << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:%1").arg(port)
         << QStringLiteral("--data") << m_dir.path();
    args << m_extraArguments;
    m_process->start(program(), args);
    if (!m_process->waitForStarted(5000)) {
        m_error = m_process->errorString();
        return false;
    }
    QByteArray out;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))) {
            if (m_process->state() == QProcess::NotRunning)
                break;
            continue;
        }
        out += m_process->readAllStandardOutput();
        int nl;
        while ((nl = out.indexOf('\n')) >= 0) {
            const QByteArray line = out.left(nl).trimmed();
            out.remove(0, nl + 1);
            if (line.startsWith("listening on ")) {
                m_target = QString::fromUtf8(line.mid(13)).trimmed();
                return true;
            }
        }
    }
    m_error = QStringLiteral("flowdeskd did not report its address: %1")
                  .arg(QString::fromLocal8Bit(m_process->readAllStandardError()).right(800));
    stop();
    return false;
}

void BackendProcess::stop()
{
    if (!m_process)
        return;
    // A daemon that never reported its address has its error in m_error already.
    const bool started = !m_target.isEmpty();
    QString problem;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        // flowdeskd gives open calls five seconds to finish; a sanitized build
        // then still checks for leaks on the way out.
        if (!m_process->waitForFinished(20000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
            problem = QStringLiteral("did not stop within 20 s of SIGTERM");
        }
    } else {
        problem = QStringLiteral("stopped before it was asked to");
    }
    if (problem.isEmpty() && m_process->exitStatus() != QProcess::NormalExit)
        problem = QStringLiteral("crashed");
    else if (problem.isEmpty() && m_process->exitCode() != 0)
        problem = QStringLiteral("exited with code %1").arg(m_process->exitCode());
    if (started && !problem.isEmpty())
        failUncleanExit(problem);
    m_process.reset();
}

void BackendProcess::failUncleanExit(const QString &why)
{
    // Under a sanitizer its report is at the end of stderr.
    // A test's failure message is cut short: the end of stderr goes to ours.
    const QByteArray err = m_process->readAllStandardError().right(16000);
    std::fprintf(stderr, "flowdeskd %s; the end of its stderr:\n%s\n", qPrintable(why), err.constData());
    const QString message = QStringLiteral("flowdeskd %1 (the end of its stderr is printed above)").arg(why);
    if (QTest::currentTestFunction())
        QTest::qFail(qPrintable(message), __FILE__, __LINE__);
    else
        qFatal("%s", qPrintable(message));
}

bool BackendProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

int BackendProcess::port() const
{
    return m_target.section(QLatin1Char(':'), -1).toInt();
}
