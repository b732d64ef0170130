#include "domain.h"

namespace Flowdesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Flowdesk::Domain)
};
} // namespace

const std::array<TransactionState, 8> &displayedStates()
{
    static const std::array<TransactionState, 8> states{
        TransactionState::Received,       TransactionState::InFlight,
        TransactionState::RetryScheduled, TransactionState::Failed,
        TransactionState::Resubmitted,    TransactionState::Delivered,
        TransactionState::Discarded,      TransactionState::ResolvedManually,
    };
    return states;
}

QString stateName(TransactionState state)
{
    switch (state) {
    case TransactionState::Received: return Tr::tr("Received");
    case TransactionState::InFlight: return Tr::tr("In flight");
    case TransactionState::Delivered: return Tr::tr("Delivered");
    case TransactionState::RetryScheduled: return Tr::tr("Retry scheduled");
    case TransactionState::Failed: return Tr::tr("Failed");
    case TransactionState::Resubmitted: return Tr::tr("Resubmitted");
    case TransactionState::Discarded: return Tr::tr("Discarded");
    case TransactionState::ResolvedManually: return Tr::tr("Resolved manually");
    case TransactionState::Unspecified: break;
    }
    return Tr::tr("Unknown");
}

QString stateShortName(TransactionState state)
{
    // Column headers: as short as the language allows; the tooltip has the full name.
    switch (state) {
    case TransactionState::Received: return Tr::tr("Received", "column header");
    case TransactionState::InFlight: return Tr::tr("In flight", "column header");
    case TransactionState::Delivered: return Tr::tr("Delivered", "column header");
    case TransactionState::RetryScheduled: return Tr::tr("Retrying", "column header");
    case TransactionState::Failed: return Tr::tr("Failed", "column header");
    case TransactionState::Resubmitted: return Tr::tr("Resubmitted", "column header");
    case TransactionState::Discarded: return Tr::tr("Discarded", "column header");
    case TransactionState::ResolvedManually: return Tr::tr("Resolved", "column header");
    case TransactionState::Unspecified: break;
    }
    return stateName(state);
}

QString stateDescription(TransactionState state)
{
    switch (state) {
    case TransactionState::Received: return Tr::tr("Accepted from the source system, not yet sent on");
    case TransactionState::InFlight: return Tr::tr("Being delivered to the target system");
    case TransactionState::Delivered: return Tr::tr("Accepted by the target system");
    case TransactionState::RetryScheduled: return Tr::tr("Failed for a temporary reason; will be tried again");
    case TransactionState::Failed: return Tr::tr("Exceptions: failed and waiting for someone to fix them");
    case TransactionState::Resubmitted: return Tr::tr("Fixed and sent again by a person");
    case TransactionState::Discarded: return Tr::tr("Dropped on purpose, with a reason");
    case TransactionState::ResolvedManually: return Tr::tr("Fixed by hand in the target system");
    case TransactionState::Unspecified: break;
    }
    return {};
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Viewer: return Tr::tr("Viewer");
    case Role::Operator: return Tr::tr("Operator");
    case Role::Admin: return Tr::tr("Administrator");
    case Role::Auditor: return Tr::tr("Auditor");
    case Role::Connector: return Tr::tr("Connector");
    case Role::Unspecified: break;
    }
    return Tr::tr("Unknown role");
}

QString domainName(const QString &domainId)
{
    if (domainId == QLatin1String("sales")) return Tr::tr("Sales");
    if (domainId == QLatin1String("finance")) return Tr::tr("Finance");
    if (domainId == QLatin1String("procurement")) return Tr::tr("Procurement");
    if (domainId == QLatin1String("logistics")) return Tr::tr("Logistics");
    if (domainId == QLatin1String("production")) return Tr::tr("Production");
    if (domainId == QLatin1String("quality")) return Tr::tr("Quality");
    if (domainId == QLatin1String("engineering")) return Tr::tr("Engineering");
    return domainId;
}

QString plantName(const QString &plantId)
{
    QString city;
    if (plantId == QLatin1String("DE01")) city = Tr::tr("Berlin");
    else if (plantId == QLatin1String("FR01")) city = Tr::tr("Lyon");
    else if (plantId == QLatin1String("PL01")) city = Tr::tr("Poznan");
    else if (plantId == QLatin1String("MX01")) city = Tr::tr("Puebla");
    return city.isEmpty() ? plantId : Tr::tr("%1 (%2)", "plant id and city").arg(plantId, city);
}

QString connectionStateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Offline: return Tr::tr("Offline");
    case ConnectionState::Connecting: return Tr::tr("Connecting…");
    case ConnectionState::Connected: return Tr::tr("Connected");
    case ConnectionState::Reconnecting: return Tr::tr("Reconnecting…");
    }
    return {};
}

qint64 Flow::totalCount() const
{
    qint64 sum = 0;
    for (qint64 c : stateCounts)
        sum += c;
    return sum;
}

QString User::scopeText() const
{
    QStringList parts;
    if (!domains.isEmpty()) {
        QStringList names;
        for (const QString &d : domains)
            names << domainName(d);
        parts << names.join(QStringLiteral(", "));
    }
    if (!plants.isEmpty()) {
        QStringList names;
        for (const QString &p : plants)
            names << plantName(p);
        parts << names.join(QStringLiteral(", "));
    }
    if (parts.isEmpty())
        return Tr::tr("all domains and plants");
    return parts.join(QStringLiteral("; "));
}

QString formatDuration(qint64 seconds)
{
    if (seconds <= 0)
        return Tr::tr("none");
    if (seconds % 86400 == 0)
        return Tr::tr("%n d", nullptr, int(seconds / 86400));
    if (seconds % 3600 == 0)
        return Tr::tr("%n h", nullptr, int(seconds / 3600));
    if (seconds >= 60)
        return Tr::tr("%n min", nullptr, int(seconds / 60));
    return Tr::tr("%n s", nullptr, int(seconds));
}

} // namespace Flowdesk
