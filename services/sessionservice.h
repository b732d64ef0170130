#pragma once

#include "domain.h"
#include "serviceerror.h"

#include <QObject>

class QTimer;

namespace Flowdesk {

class BackendConnection;

// Signing in and out, the signed-in user's permissions, and noticing when the
// session has expired (the backend answers UNAUTHENTICATED, reason SESSION_EXPIRED).
class SessionService : public QObject
{
    Q_OBJECT
public:
    explicit SessionService(BackendConnection *connection, QObject *parent = nullptr);
    ~SessionService() override;

    void login(const QString &username, const QString &password);
    void logout();
    void whoAmI();

    bool isLoggedIn() const { return m_loggedIn; }
    Session session() const { return m_session; }
    BackendConnection *connection() const { return m_connection; }

    // Free text naming this client in the backend's audit trail.
    void setClientName(const QString &name) { m_clientName = name; }

signals:
    void loggedIn(const Flowdesk::Session &session);
    void loginFailed(const Flowdesk::ServiceError &error);
    void loggedOut();
    void userRefreshed(const Flowdesk::User &user);
    void whoAmIFailed(const Flowdesk::ServiceError &error);
    void sessionExpired();

private:
    void scheduleExpiryCheck();
    // Logout on the server; an empty token means the connection's current one.
    void endServerSession(const QString &token);

    BackendConnection *m_connection; // not owned
    Session m_session;
    bool m_loggedIn = false;
    QString m_clientName;
    QTimer *m_expiryTimer;
    int m_loginGeneration = 0;
};

} // namespace Flowdesk
