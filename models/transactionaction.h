#pragma once

// The one vocabulary of what happens to a transaction: what a person may do with
// it, what its history, the audit trail and the event feed record, and what waits
// in the outbox. Mirrors flowdesk.v1.TransactionAction; the services layer maps
// between them.

#include <QList>
#include <QMetaType>
#include <QString>

namespace Flowdesk {

enum class TransactionAction {
    Unspecified = 0,
    // People's actions.
    EditPayload = 1,
    Resubmit = 2,
    Discard = 3,
    ResolveManually = 4,
    Assign = 5,
    SetTriageStatus = 6,
    Comment = 7,
    // A corrected payload resubmitted in one change.
    EditAndResubmit = 8,
    // The delivery engine's steps.
    Receive = 20,
    Attempt = 21,
    Deliver = 22,
    Fail = 23,
    ScheduleRetry = 24,
    MarkStuck = 25,
    Release = 26,
    Recover = 27,
};

// The action's name as people read it, translated: the one label the console
// gives an action in the history, the route, the audit trail and the outbox.
QString actionLabel(TransactionAction action);

// The contract's name of the action ("TRANSACTION_ACTION_RESUBMIT"): how the
// outbox keeps it on disk. Unspecified for a name this console does not know.
QString actionId(TransactionAction action);
TransactionAction actionFromId(const QString &id);

// Whether the signed-in person may take one action on a transaction now, as the
// backend decided it. The console never decides this itself.
struct AllowedAction
{
    TransactionAction action = TransactionAction::Unspecified;
    bool allowed = false;
    // When not allowed: the backend's message id ("MISSING_PERMISSION",
    // "OUT_OF_SCOPE", "NOT_FAILED", "CLOSED", "REPLAY_NOT_ALLOWED"), translated
    // where it is shown; the server's English text for an id this console does not
    // know; the permission the person lacks, for MISSING_PERMISSION.
    QString reasonId;
    QString message;
    QString missingPermission;

    bool operator==(const AllowedAction &other) const = default;
};

} // namespace Flowdesk

// Qt's implicitly shared values only: a list moves them in memory as they are.
Q_DECLARE_TYPEINFO(Flowdesk::AllowedAction, Q_RELOCATABLE_TYPE);

namespace Flowdesk {

} // namespace Flowdesk

Q_DECLARE_METATYPE(Flowdesk::TransactionAction)
