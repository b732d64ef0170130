#include "pgtestserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>

#include <libpq-fe.h>

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
    for (const char *tool : {"initdb", "pg_ctl"}) {
        if (!QFileInfo(kBin + '/' + tool).isExecutable()) {
            *error = QStringLiteral("PostgreSQL is missing: %1/%2 not found (install postgresql-15; scripts/setup does)")
                         .arg(kBin, tool);
            return false;
        }
    }
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
    const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off "
                                           "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
                                .arg(m_port)
                                .arg(m_data);
    if (!run({kBin + "/pg_ctl", "-D", m_data + "/data", "-o", options, "-l", m_data + "/log", "-w", "-t", "60", "start"},
             error)) {
        QFile log(m_data + "/log");
        if (log.open(QIODevice::ReadOnly))
            *error += QString::fromLocal8Bit(log.readAll());
        return false;
    }
    m_running = true;
    return true;
}

void PgTestServer::stop()
{
    if (!m_running)
        return;
    QString error;
    if (!run({kBin + "/pg_ctl", "-D", m_data + "/data", "-m", "fast", "-w", "stop"}, &error))
        qWarning("%s", qPrintable(error));
    m_running = false;
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
