#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>

#include <spdlog/spdlog.h>

namespace Flowdesk {

namespace {
const QByteArray raiseMessage = QByteArrayLiteral("raise\n");

QString userName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user + QLatin1Char('\n') + QDir::homePath();
}

void log(const char *text)
{
    if (auto logger = spdlog::get("console")) {
        logger->info("{}", text);
        logger->flush();
    }
}
} // namespace

SingleInstance::SingleInstance(const QString &profile, QObject *parent)
    : QObject(parent)
{
    // Short enough for a Unix socket path, and the same for the same profile and person.
    const QByteArray key = (userName() + QLatin1Char('\n') + profile).toUtf8();
    m_name = QStringLiteral("flowdesk-")
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

bool SingleInstance::askRunningToRaise() const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(2000))
        return false;
    socket.write(raiseMessage);
    socket.waitForBytesWritten(2000);
    // The running console answers once it has read the request.
    socket.waitForReadyRead(2000);
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::claim()
{
    // Two starts at the same moment: one after the other decides.
    QLockFile lock(QDir(QDir::tempPath()).filePath(m_name + QStringLiteral(".lock")));
    if (!lock.tryLock(5000))
        return true; // cannot tell: better two windows than none

    if (askRunningToRaise()) {
        log("another console of this profile runs; asked it to come to the front");
        return false;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // Left behind by a console that crashed: nobody answered on it above.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            log("cannot listen for further starts of this profile");
            return true;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->readAll().contains(raiseMessage.trimmed()))
                    return;
                log("another start of this profile: coming to the front");
                socket->write("ok\n");
                socket->flush();
                emit raiseRequested();
            });
        }
    });
    log("listening for further starts of this profile");
    return true;
}

} // namespace Flowdesk
