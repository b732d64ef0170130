#pragma once

// Transactions as the Exceptions workbench shows them, and what surrounds one:
// error groups, its history, its route, bulk jobs.

#include "auditentry.h"
#include "domain.h"
#include "fieldviolation.h"
#include "transactionaction.h"
#include "usermessage.h"
#include "transactionquery.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Flowdesk {

QString triageStatusName(TriageStatus status);
QString errorCategoryName(ErrorCategory category);
// "1.234,50 EUR" in the person's locale; empty when there is no amount.
QString formatAmount(qint64 amountMinor, const QString &currency);
// An amount in minor units as the reader's locale writes it, two decimals, its
// digits grouped as the locale groups them ("3.699.058,80" in Spanish).
QString formatMinorUnits(qint64 amountMinor);
// An elapsed time, rounded the way people say it: "45 min", "5 h", "26 d".
QString formatElapsed(qint64 seconds);
// "customer_invoice" -> "customer invoice".
QString businessObjectName(const QString &type);

struct TransactionError
{
    ErrorCategory category = ErrorCategory::Unspecified;
    QString code;
    QString message;
    QString signature;
    QString targetResponse;
    bool retryable = false;
    QDateTime occurTime;
    // JSON pointer of the payload field the target named ("/customer/code");
    // empty when it named none.
    QString fieldPath;
    // The site's advice for this error, already in the person's language.
    QString whatToDo;
    // The error explained for a person ("Customer C-10442 does not exist in
    // Odoo"), shown in the person's language; message stays the target's words.
    UserMessage explanation;
    // The value the target refused at fieldPath ("C-10442", "EA"); empty when unknown.
    QString offendingValue;
    // The exact group: one flow, one code, one offending value.
    QString group;
};

struct Hop
{
    QDateTime time;
    QString system;
    QString action; // the backend's older word for transactionAction
    QString detail; // in English, for logs
    TransactionAction transactionAction = TransactionAction::Unspecified;
    // What happened, for a person in their language; empty from a server
    // that sends none (then detail is shown).
    UserMessage detailMessage;
    QString detailText() const { return detailMessage.isEmpty() ? detail : detailMessage.text(); }
};

} // namespace Flowdesk

// Made of Qt's implicitly shared values only, as are Transaction and what it holds:
// lists move them in memory as they are (see Transaction below).
Q_DECLARE_TYPEINFO(Flowdesk::TransactionError, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Flowdesk::Hop, Q_RELOCATABLE_TYPE);

namespace Flowdesk {

struct Transaction
{
    QString id;
    QString flowId;
    QString flowName;
    TransactionState state = TransactionState::Unspecified;
    qint64 version = 0;
    QString businessKey;
    QString correlationId;
    QString originalPayloadJson;
    QString payloadJson;
    TransactionError error;
    QString businessObjectType;
    QString sourceSystem;
    QString targetSystem;
    QString counterparty;
    qint64 amountMinor = 0;
    // The amount is hidden from this person's role (amountMinor is then 0).
    bool amountMasked = false;
    QString currency;
    QString plant;
    QString domain;
    QDateTime createTime;
    QDateTime updateTime;
    QDateTime dueTime;
    QDateTime slaDeadline;
    QDateTime deliverTime;
    QDateTime nextAttemptTime;
    int attempts = 0;
    TriageStatus triageStatus = TriageStatus::Unspecified;
    QString assignee;
    bool stuck = false;
    double impactScore = 0;
    QList<Hop> hops;
    QStringList maskedFields;
    // What the signed-in person may do with it now, as the backend decided.
    QList<AllowedAction> allowedActions;
    // The record the target created or found ("sale.order,4711"); FULL view only,
    // empty until delivered.
    QString deliveryReceipt;
    // The version of the flow's schema the payload was last checked against.
    int schemaVersion = 0;
    bool full = false; // payloads and hops are present (FULL view)

    bool isValid() const { return !id.isEmpty(); }
    bool isFailed() const { return state == TransactionState::Failed; }
    // The backend's answer for one action; not allowed (without a reason) when
    // the backend did not say.
    AllowedAction allowedAction(TransactionAction action) const;
    bool allows(TransactionAction action) const { return allowedAction(action).allowed; }
    // The backend refused an action with `reasonId`: the answer holds until the
    // transaction is fetched again. OUT_OF_SCOPE is about the whole transaction and
    // applies to every action; other reasons to the refused action.
    void noteRefusal(TransactionAction refused, const QString &reasonId, const QString &message,
                     const QString &missingPermission);
};

} // namespace Flowdesk

// Made of Qt's implicitly shared values only, so a list moves its transactions
// in memory as they are: inserting a live change near the top of a list of
// thousands costs one block move, not a move of every row below it.
Q_DECLARE_TYPEINFO(Flowdesk::Transaction, Q_RELOCATABLE_TYPE);

namespace Flowdesk {

// The transaction's amount, or that it is hidden from the reader's role.
QString amountText(const Transaction &t);

// Why `person` may not take the action on `transaction`, in the person's language,
// from the backend's reason id and its arguments; the server's message for an id
// this console does not know. Empty when the action is allowed.
QString unavailableText(const AllowedAction &action, const Transaction &transaction, const User &person);

// A flow as the workbench needs it: its name and the schema its payloads follow.
struct FlowSchema
{
    QString flowId;
    QString name;
    QString domain;
    QString schemaJson;
    int schemaVersion = 0;
};

// An amount of money in one currency, in minor units (cents).
struct CurrencyAmount
{
    QString currency;
    qint64 amountMinor = 0;
};

struct ErrorGroup
{
    QString signature;
    QString flowId;
    ErrorCategory category = ErrorCategory::Unspecified;
    QString code;
    QString sampleMessage;
    // The group's error explained, shown in the person's language.
    UserMessage explanation;
    qint64 count = 0;
    // The largest single-currency amount of valuesAtRisk, never a sum across
    // currencies.
    qint64 valueAtRiskMinor = 0;
    QString currency;
    QDateTime oldestTime;
    QDateTime newestTime;
    // The members' amounts per currency, largest first.
    QList<CurrencyAmount> valuesAtRisk;
    // The site's advice for the group's error, in the person's language.
    QString whatToDo;
    // An exact group (one flow, one code, one offending value): its key, the
    // value the target refused and the field that held it in one member.
    QString group;
    QString offendingValue;
    QString fieldPath;
    // Signature groups: how many different offending values the members have.
    qint64 distinctValues = 0;
    // What selects the group's members: its exact key, else its signature.
    QString key() const { return group.isEmpty() ? signature : group; }
};

// One audit entry about a transaction: who did what, and why.
struct HistoryEntry
{
    qint64 sequence = 0;
    QDateTime time;
    QString actor;
    QString role;
    QString action; // the backend's older word for transactionAction
    TransactionAction transactionAction = TransactionAction::Unspecified;
    QString reason;
    QString detail;
    QString diffJson;
};

enum class BulkActionKind { Unspecified = 0, Resubmit = 1, Discard = 2, ResolveManually = 3, Assign = 4,
                            PatchAndResubmit = 5, SetTriageStatus = 6 };
QString bulkActionName(BulkActionKind kind);

struct FieldPatch
{
    QString path;      // JSON pointer
    QString valueJson; // JSON text of the new value
    // One replacement per offending value (old value -> JSON text of its
    // replacement); when set, valueJson is not used.
    QMap<QString, QString> valueJsonByOffendingValue;
};

struct BulkRequest
{
    QString requestId; // one per intent; reused when the same request is sent again
    bool dryRun = false;
    QStringList ids;           // either ids ...
    TransactionQuery query;    // ... or everything matching a query
    bool byQuery = false;
    BulkActionKind action = BulkActionKind::Unspecified;
    QString reason;
    QString assignee;
    QList<FieldPatch> patches;
    TriageStatus triageStatus = TriageStatus::Unspecified;
};

struct BulkItemResult
{
    QString transactionId;
    bool ok = false;
    QString message;          // userMessage's text in the console's language
    UserMessage userMessage;  // id and arguments, when the backend sent them
    QList<FieldViolation> violations;
    QString businessKey;
    // A correction's changes to this transaction, field by field.
    QList<AuditFieldChange> changes;
};

struct BulkJob
{
    enum class State { Unspecified, Pending, Running, Succeeded, Failed, Cancelled };
    QString id;
    State state = State::Unspecified;
    BulkActionKind action = BulkActionKind::Unspecified;
    bool dryRun = false;
    qint64 total = 0;
    qint64 processed = 0;
    qint64 succeeded = 0;
    qint64 failed = 0;
    QList<BulkItemResult> items;
    QString createdBy;

    bool isFinished() const { return state == State::Succeeded || state == State::Failed || state == State::Cancelled; }
};
QString bulkJobStateName(BulkJob::State state);

} // namespace Flowdesk

Q_DECLARE_METATYPE(Flowdesk::Transaction)
Q_DECLARE_METATYPE(Flowdesk::ErrorGroup)
Q_DECLARE_METATYPE(Flowdesk::HistoryEntry)
Q_DECLARE_METATYPE(Flowdesk::BulkJob)
