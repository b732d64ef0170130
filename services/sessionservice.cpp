#include "sessionservice.h"

#include "backendconnection_p.h"

#include <QTimer>

#include <spdlog/spdlog.h>

namespace Flowdesk {

namespace {
std::shared_ptr<spdlog::logger> logger()
{
    auto l = spdlog::get("console");
    return l ? l : spdlog::default_logger();
}
} // namespace

SessionService::SessionService(BackendConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_clientName(QStringLiteral("flowdesk"))
    , m_expiryTimer(new QTimer(this))
{
    m_expiryTimer->setSingleShot(true);
    // When the session runs out while nobody uses the console, ask the backend so
    // that the person is asked to sign in again before their next click fails.
    connect(m_expiryTimer, &QTimer::timeout, this, &SessionService::whoAmI);
    connect(m_connection, &BackendConnection::sessionExpired, this, [this] {
        if (m_loggedIn)
            emit sessionExpired();
    });
}

SessionService::~SessionService() = default;

void SessionService::login(const QString &username, const QString &password)
{
    flowdesk::v1::LoginRequest request;
    request.set_username(username.toStdString());
    request.set_password(password.toStdString());
    request.set_client(m_clientName.toStdString());
    const int generation = ++m_loginGeneration;
    const QString server = m_connection->target();
    logger()->info("signing in as {} on {}", username.toStdString(), server.toStdString());

    BackendConnectionPrivate::call<flowdesk::v1::LoginRequest, flowdesk::v1::LoginResponse>(
        m_connection, this, request,
        [](BackendConnectionPrivate *d, grpc::ClientContext *ctx, const flowdesk::v1::LoginRequest *req,
           flowdesk::v1::LoginResponse *resp, std::function<void(grpc::Status)> cb) {
            d->sessionStub->async()->Login(ctx, req, resp, std::move(cb));
        },
        [this, generation, server](const ServiceError &error, const flowdesk::v1::LoginResponse &response) {
            if (generation != m_loginGeneration)
                return; // a newer attempt superseded this one
            if (!error.isOk()) {
                logger()->warn("sign-in failed: {} {}", int(error.code), error.reason.toStdString());
                emit loginFailed(error);
                return;
            }
            const User user = fromProto(response.user());
            if (!user.can(QStringLiteral("flows.read"))) {
                // Service accounts (connectors) may only submit transactions: end the
                // session on the server at once and explain why.
                logger()->warn("account {} cannot use the console", user.username.toStdString());
                endServerSession(QString::fromStdString(response.token()));
                ServiceError refused;
                refused.code = ServiceError::PermissionDenied;
                refused.reason = QStringLiteral("NOT_A_CONSOLE_ACCOUNT");
                refused.server = server;
                refused.serverMessage = user.username;
                emit loginFailed(refused);
                return;
            }
            m_session.user = user;
            m_session.server = server;
            m_session.siteId = QString::fromStdString(response.site_id());
            if (response.has_expire_time())
                m_session.expireTime = QDateTime::fromSecsSinceEpoch(response.expire_time().seconds(), Qt::UTC);
            else
                m_session.expireTime = {};
            m_loggedIn = true;
            logger()->info("signed in as {} ({})", m_session.user.username.toStdString(),
                           roleName(m_session.user.role).toStdString());
            m_connection->setToken(QString::fromStdString(response.token()));
            scheduleExpiryCheck();
            emit loggedIn(m_session);
        },
        CallOptions::unauthenticated());
}

void SessionService::logout()
{
    if (!m_loggedIn)
        return;
    m_loggedIn = false;
    m_expiryTimer->stop();
    m_connection->clearPendingCalls();
    // Tell the backend, but do not wait: the person is signed out locally at once.
    endServerSession(QString());
    m_connection->setToken(QString());
    m_session = {};
    emit loggedOut();
}

void SessionService::endServerSession(const QString &token)
{
    CallOptions options = CallOptions::noRetry();
    options.token = token;
    BackendConnectionPrivate::call<flowdesk::v1::LogoutRequest, flowdesk::v1::LogoutResponse>(
        m_connection, m_connection, flowdesk::v1::LogoutRequest{},
        [](BackendConnectionPrivate *d, grpc::ClientContext *ctx, const flowdesk::v1::LogoutRequest *req,
           flowdesk::v1::LogoutResponse *resp, std::function<void(grpc::Status)> cb) {
            d->sessionStub->async()->Logout(ctx, req, resp, std::move(cb));
        },
        [](const ServiceError &error, const flowdesk::v1::LogoutResponse &) {
            if (!error.isOk())
                logger()->info("sign-out not confirmed by the server: {}", int(error.code));
        },
        options);
}

void SessionService::whoAmI()
{
    BackendConnectionPrivate::call<flowdesk::v1::WhoAmIRequest, flowdesk::v1::User>(
        m_connection, this, flowdesk::v1::WhoAmIRequest{},
        [](BackendConnectionPrivate *d, grpc::ClientContext *ctx, const flowdesk::v1::WhoAmIRequest *req,
           flowdesk::v1::User *resp, std::function<void(grpc::Status)> cb) {
            d->sessionStub->async()->WhoAmI(ctx, req, resp, std::move(cb));
        },
        [this](const ServiceError &error, const flowdesk::v1::User &user) {
            if (!error.isOk()) {
                emit whoAmIFailed(error);
                return;
            }
            m_session.user = fromProto(user);
            emit userRefreshed(m_session.user);
        },
        CallOptions::noRetry());
}

void SessionService::scheduleExpiryCheck()
{
    if (!m_session.expireTime.isValid())
        return;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_session.expireTime) + 1000;
    m_expiryTimer->start(int(std::clamp<qint64>(ms, 1000, 24LL * 3600 * 1000)));
}

} // namespace Flowdesk
