#include "transactionaction.h"

#include <QCoreApplication>

#include <utility>

namespace Flowdesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Flowdesk::TransactionAction)
};

// The contract's names, in the order of the enum.
constexpr std::pair<TransactionAction, const char *> ContractNames[] = {
    {TransactionAction::EditPayload, "TRANSACTION_ACTION_EDIT_PAYLOAD"},
    {TransactionAction::Resubmit, "TRANSACTION_ACTION_RESUBMIT"},
    {TransactionAction::Discard, "TRANSACTION_ACTION_DISCARD"},
    {TransactionAction::ResolveManually, "TRANSACTION_ACTION_RESOLVE_MANUALLY"},
    {TransactionAction::Assign, "TRANSACTION_ACTION_ASSIGN"},
    {TransactionAction::SetTriageStatus, "TRANSACTION_ACTION_SET_TRIAGE_STATUS"},
    {TransactionAction::Comment, "TRANSACTION_ACTION_COMMENT"},
    {TransactionAction::EditAndResubmit, "TRANSACTION_ACTION_EDIT_AND_RESUBMIT"},
    {TransactionAction::Receive, "TRANSACTION_ACTION_RECEIVE"},
    {TransactionAction::Attempt, "TRANSACTION_ACTION_ATTEMPT"},
    {TransactionAction::Deliver, "TRANSACTION_ACTION_DELIVER"},
    {TransactionAction::Fail, "TRANSACTION_ACTION_FAIL"},
    {TransactionAction::ScheduleRetry, "TRANSACTION_ACTION_SCHEDULE_RETRY"},
    {TransactionAction::MarkStuck, "TRANSACTION_ACTION_MARK_STUCK"},
    {TransactionAction::Release, "TRANSACTION_ACTION_RELEASE"},
    {TransactionAction::Recover, "TRANSACTION_ACTION_RECOVER"},
};
} // namespace

QString actionLabel(TransactionAction action)
{
    switch (action) {
    case TransactionAction::EditPayload: return Tr::tr("Edit payload");
    case TransactionAction::Resubmit: return Tr::tr("Resubmit");
    case TransactionAction::Discard: return Tr::tr("Discard");
    case TransactionAction::ResolveManually: return Tr::tr("Resolve manually");
    case TransactionAction::Assign: return Tr::tr("Assign");
    case TransactionAction::SetTriageStatus: return Tr::tr("Set triage status");
    case TransactionAction::Comment: return Tr::tr("Comment");
    case TransactionAction::EditAndResubmit: return Tr::tr("Edit and resubmit");
    case TransactionAction::Receive: return Tr::tr("Receive");
    case TransactionAction::Attempt: return Tr::tr("Attempt delivery");
    case TransactionAction::Deliver: return Tr::tr("Deliver");
    case TransactionAction::Fail: return Tr::tr("Fail");
    case TransactionAction::ScheduleRetry: return Tr::tr("Schedule retry");
    case TransactionAction::MarkStuck: return Tr::tr("Mark stuck");
    case TransactionAction::Release: return Tr::tr("Give back unattempted");
    case TransactionAction::Recover: return Tr::tr("Make due again after a crash");
    case TransactionAction::Unspecified: break;
    }
    return {};
}

QString actionId(TransactionAction action)
{
    for (const auto &[a, name] : ContractNames) {
        if (a == action)
            return QLatin1String(name);
    }
    return QStringLiteral("TRANSACTION_ACTION_UNSPECIFIED");
}

TransactionAction actionFromId(const QString &id)
{
    for (const auto &[a, name] : ContractNames) {
        if (id == QLatin1String(name))
            return a;
    }
    return TransactionAction::Unspecified;
}

} // namespace Flowdesk
