#pragma once

#include "transactionaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <array>

namespace Flowdesk {

// Mirrors flowdesk.v1.TransactionState; the services layer maps between them.
enum class TransactionState {
    Unspecified = 0,
    Received = 1,
    InFlight = 2,
    Delivered = 3,
    RetryScheduled = 4,
    Failed = 5,
    Resubmitted = 6,
    Discarded = 7,
    ResolvedManually = 8,
};
inline constexpr int TransactionStateCount = 9;

// Display order of the states in tables: the pipeline first, then people's outcomes.
const std::array<TransactionState, 8> &displayedStates();
QString stateName(TransactionState state);
QString stateShortName(TransactionState state);
QString stateDescription(TransactionState state);

enum class Role { Unspecified, Viewer, Operator, Admin, Auditor, Connector };
QString roleName(Role role);

// "sales" -> "Sales" (translated); unknown ids are shown as they are.
QString domainName(const QString &domainId);

// "DE01" -> "DE01 (Berlin)" for the plants Flowdesk knows.
QString plantName(const QString &plantId);

enum class ConnectionState { Offline, Connecting, Connected, Reconnecting };
QString connectionStateName(ConnectionState state);

struct Flow
{
    QString id;
    QString name;
    QString domain;
    QString sourceSystem;
    QString targetSystem;
    QString businessObjectType;
    QString description;
    qint64 slaSeconds = 0;
    bool batch = false;
    std::array<qint64, TransactionStateCount> stateCounts{};
    qint64 stuckCount = 0;
    // Counts up whenever the site's configuration changes the payload schema.
    int schemaVersion = 0;
    // The connector its deliveries go through.
    QString connectorId;

    qint64 count(TransactionState state) const { return stateCounts[static_cast<int>(state)]; }
    qint64 totalCount() const;
    bool operator==(const Flow &other) const = default;
};

struct User
{
    QString username;
    QString displayName;
    Role role = Role::Unspecified;
    QStringList domains;
    QStringList plants;
    QStringList permissions;

    bool can(const QString &permission) const { return permissions.contains(permission); }
    // "sales, finance" or "DE01", or "all" for unscoped roles.
    QString scopeText() const;
};

struct Session
{
    User user;
    QDateTime expireTime;
    QString server;
    // The server's identity (LoginResponse.site_id): the same whatever address it is
    // reached at; empty from a server that does not name itself.
    QString siteId;
};

// One entry of the backend's change feed, as far as the console uses it.
struct FlowEvent
{
    enum class Type { Unspecified, TransactionChanged, ConnectorChanged, BulkJobChanged, Heartbeat };
    qint64 sequence = 0;
    Type type = Type::Unspecified;
    QDateTime time;
    QString transactionId;
    QString flowId;
    TransactionState state = TransactionState::Unspecified;
    TransactionState previousState = TransactionState::Unspecified;
    QString action; // the backend's older word for transactionAction
    TransactionAction transactionAction = TransactionAction::Unspecified;
};

// "15 min", "4 h", "2 d": a compact duration for SLA columns.
QString formatDuration(qint64 seconds);

} // namespace Flowdesk

Q_DECLARE_METATYPE(Flowdesk::Flow)
Q_DECLARE_METATYPE(Flowdesk::User)
Q_DECLARE_METATYPE(Flowdesk::Session)
Q_DECLARE_METATYPE(Flowdesk::FlowEvent)
