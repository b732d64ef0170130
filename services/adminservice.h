#pragma once

#include "adminuser.h"
#include "auditentry.h"
#include "connector.h"
#include "serviceerror.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Flowdesk {

class BackendConnection;
class AdminServicePrivate;

// Connectors and their credentials, accounts and roles, and the audit trail
// (ConnectorService, UserService, AuditService). Every call is asynchronous; its
// result reaches `context`'s thread as a queued call, and not at all once
// `context` is gone.
class AdminService : public QObject
{
    Q_OBJECT
public:
    explicit AdminService(BackendConnection *connection, QObject *parent = nullptr);
    ~AdminService() override;

    template <class... Args>
    using Done = std::function<void(const ServiceError &, Args...)>;

    // Connectors
    void listConnectors(QObject *context, Done<const QList<Connector> &> done);
    void pauseConnector(QObject *context, const QString &id, const QString &reason, Done<const Connector &> done);
    void resumeConnector(QObject *context, const QString &id, Done<const Connector &> done);
    void testConnector(QObject *context, const QString &id, Done<const ConnectionTestResult &> done);
    // The secret is sent once and never kept by the console. `requestId` makes a
    // repeated request harmless. `replayed` counts the authentication failures
    // replayed unchanged when `replayAuthFailures` was asked for.
    void setCredential(QObject *context, const QString &id, const QString &secret, bool replayAuthFailures,
                       const QString &requestId, Done<const Connector &, qint64 /*replayed*/> done);

    // Reads the site's configuration file again. `problems` lists every error of
    // a refused file (FAILED_PRECONDITION; nothing changed then); UNIMPLEMENTED
    // when the server runs without a configuration file. `requestId` makes a
    // repeated request harmless.
    void reloadConfiguration(QObject *context, const QString &requestId,
                             Done<const ConfigurationReload &, const QList<ConfigurationProblem> & /*problems*/> done);

    // Users
    void listUsers(QObject *context, Done<const QList<AdminUser> &> done);
    void createUser(QObject *context, const UserChange &change, Done<const AdminUser &> done);
    void updateUser(QObject *context, const UserChange &change, Done<const AdminUser &> done);
    void resetPassword(QObject *context, const QString &username, const QString &newPassword, Done<> done);

    // Audit trail, newest first.
    void listAuditEntries(QObject *context, const AuditFilter &filter, int pageSize, const QString &pageToken,
                          Done<const AuditEntryPage &> done);
    void verifyAuditChain(QObject *context, Done<const AuditChainCheck &> done);

private:
    BackendConnection *m_connection; // not owned
    std::unique_ptr<AdminServicePrivate> d;
};

} // namespace Flowdesk
