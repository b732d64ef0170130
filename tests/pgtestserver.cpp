#include "pgtestserver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>

#include <libpq-fe.h>

#include <QElapsedTimer>
#include <QThread>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin");

// Root may not run PostgreSQL: its tools then run as this user.
const char *const kUser = "nobody";

} // namespace

PgTestServer::~PgTestServer()
{
    stop();
}

bool PgTestServer::run(const QStringList &command, QString *error, int timeoutMs)
{
    QStringList args = command;
    QString program = args.takeFirst();
    if (::geteuid() == 0) {
        args.prepend(program);
        args.prepend(QStringLiteral("--"));
        args.prepend(QString::fromLatin1(kUser));
        args.prepend(QStringLiteral("-u"));
        program = QStringLiteral("runuser");
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 %2 failed: %3").arg(program, args.join(' '), QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

bool PgTestServer::start(QString *error)
{
    if (m_running)
        return true;
    for (const char *tool : {"initdb", "postgres"}) {
        if (!QFileInfo(kBin + '/' + tool).isExecutable()) {
            *error = QStringLiteral("PostgreSQL is missing: %1/%2 not found (install postgresql-15; scripts/setup does)")
                         .arg(kBin, tool);
            return false;
        }
    }
    removeStaleFolders();
    // /tmp: a folder the unprivileged user can reach (not root's home).
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/flowdesk-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary folder for PostgreSQL");
        return false;
    }
    m_data = m_dir->path();
    if (::geteuid() == 0) {
        QProcess chown;
        chown.start(QStringLiteral("chown"), {QStringLiteral("%1:").arg(QString::fromLatin1(kUser)), m_data});
        if (!chown.waitForFinished() || chown.exitCode() != 0) {
            *error = QStringLiteral("cannot give %1 to the user %2").arg(m_data, QString::fromLatin1(kUser));
            return false;
        }
    }
    QFile::setPermissions(m_data, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!run({kBin + "/initdb", "-D", m_data + "/data", "-A", "trust", "-U", "flowdesk", "--locale=C", "-E", "UTF8",
              "--no-sync"},
             error))
        return false;
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = QStringLiteral("no free loopback port for PostgreSQL");
            return false;
        }
        m_port = probe.serverPort();
    }
    // postgres runs as a child of this process, not daemonised by pg_ctl, and
    // gets SIGQUIT (immediate shutdown) when this process dies, even by
    // SIGKILL: a killed test leaves no server behind.
    uid_t uid = ::geteuid();
    gid_t gid = ::getegid();
    if (uid == 0) {
        const passwd *pw = ::getpwnam(kUser);
        if (!pw) {
            *error = QStringLiteral("no user %1 to run PostgreSQL as").arg(QString::fromLatin1(kUser));
            return false;
        }
        uid = pw->pw_uid;
        gid = pw->pw_gid;
    }
    const pid_t parent = ::getpid();
    m_postgres = std::make_unique<QProcess>();
    m_postgres->setProcessChannelMode(QProcess::MergedChannels);
    m_postgres->setStandardOutputFile(m_data + "/log");
    m_postgres->setChildProcessModifier([uid, gid, parent] {
        if (::getuid() == 0) {
            // Credentials first: changing them clears the parent-death signal.
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(127);
        }
        ::prctl(PR_SET_PDEATHSIG, SIGQUIT);
        if (::getppid() != parent)
            ::_exit(127);
    });
    m_postgres->start(kBin + "/postgres",
                      {"-D", m_data + "/data", "-c", "listen_addresses=127.0.0.1", "-p", QString::number(m_port), "-k",
                       m_data, "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c",
                       "max_connections=200"});
    if (!m_postgres->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1/postgres").arg(kBin);
        return false;
    }
    const std::string ping = "postgresql://flowdesk@127.0.0.1:" + std::to_string(m_port) + "/postgres";
    QElapsedTimer ready;
    ready.start();
    while (PQping(ping.c_str()) != PQPING_OK) {
        if (m_postgres->state() != QProcess::Running || ready.elapsed() > 60000) {
            m_postgres->kill();
            m_postgres->waitForFinished(5000);
            *error = QStringLiteral("PostgreSQL did not start: ");
            QFile log(m_data + "/log");
            if (log.open(QIODevice::ReadOnly))
                *error += QString::fromLocal8Bit(log.readAll());
            return false;
        }
        QThread::msleep(50);
    }
    m_running = true;
    return true;
}

void PgTestServer::stop()
{
    if (!m_running)
        return;
    // SIGINT: fast shutdown.
    ::kill(static_cast<pid_t>(m_postgres->processId()), SIGINT);
    if (!m_postgres->waitForFinished(30000)) {
        qWarning("PostgreSQL did not stop in time; killed");
        m_postgres->kill();
        m_postgres->waitForFinished(5000);
    }
    m_postgres.reset();
    m_running = false;
}

void PgTestServer::removeStaleFolders()
{
    // Folders of test processes that were killed: their server died with
    // them (see start()), only the folder is left.
    const QDir tmp(QStringLiteral("/tmp"));
    for (const QString &name : tmp.entryList({QStringLiteral("flowdesk-pg-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString path = tmp.filePath(name);
        QFile pidFile(path + QStringLiteral("/data/postmaster.pid"));
        bool alive = false;
        if (pidFile.open(QIODevice::ReadOnly)) {
            const qint64 pid = pidFile.readLine().trimmed().toLongLong();
            alive = pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0;
        }
        // A folder still being set up (no data yet) by a live process is
        // young; leave folders of the last minute alone.
        if (!alive && QFileInfo(path).lastModified().secsTo(QDateTime::currentDateTime()) > 60)
            QDir(path).removeRecursively();
    }
}

std::string PgTestServer::newDatabase(QString *error)
{
    const std::string base = "postgresql://flowdesk@127.0.0.1:" + std::to_string(m_port) + "/";
    const std::string name = "fd" + std::to_string(::getpid()) + "_" + std::to_string(++m_databases);
    PGconn *c = PQconnectdb((base + "postgres").c_str());
    if (PQstatus(c) != CONNECTION_OK) {
        *error = QStringLiteral("cannot connect to the test PostgreSQL: %1").arg(QString::fromLocal8Bit(PQerrorMessage(c)));
        PQfinish(c);
        return {};
    }
    PGresult *r = PQexec(c, ("CREATE DATABASE " + name).c_str());
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!ok)
        *error = QStringLiteral("cannot create a database: %1").arg(QString::fromLocal8Bit(PQresultErrorMessage(r)));
    PQclear(r);
    PQfinish(c);
    return ok ? base + name : std::string();
}

PgTestServer *PgTestServer::shared(QString *error)
{
    static PgTestServer server;
    if (!server.start(error))
        return nullptr;
    return &server;
}
