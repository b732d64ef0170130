#pragma once

#include "transactionaction.h"
#include "usermessage.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Flowdesk {

// One changed field of an edit, as the backend reads the edit's difference:
// the field's JSON pointer and its value before and after as JSON text (empty:
// the field was added, or removed).
struct AuditFieldChange
{
    QString path;
    QString oldValueJson;
    QString newValueJson;

    bool operator==(const AuditFieldChange &other) const = default;
};

// One entry of the backend's tamper-evident audit trail.
struct AuditEntry
{
    qint64 sequence = 0;
    QDateTime time;
    QString actor;
    QString role;
    QString action;
    QString targetType;
    QString targetId;
    QString reason;
    QString diffJson;
    QString requestId;
    QString prevHash;
    QString hash;
    QString detail;           // as recorded (and hashed)
    UserMessage detailMessage; // the detail in the person's language, when the backend words it
    QString detailText() const { return detailMessage.isEmpty() ? detail : detailMessage.text(); }
    // For entries about a transaction: the action, in the one vocabulary.
    TransactionAction transactionAction = TransactionAction::Unspecified;
    // For entries about a transaction: the business object it carries
    // ("SO2026-580024", "sales_order").
    QString businessKey;
    QString businessObjectType;
    // For edits: the difference field by field, from the backend.
    QList<AuditFieldChange> fieldChanges;

    bool operator==(const AuditEntry &other) const = default;
};

// What the audit page asks for; empty fields and invalid times do not filter.
struct AuditFilter
{
    // Entries about the transactions of this business key ("SO2026-580024").
    QString businessKey;
    QString actor;
    QString action;
    QString targetType;
    QString targetId;
    QDateTime from;
    QDateTime to;

    bool operator==(const AuditFilter &other) const = default;
};

// One page of entries, newest first. An empty token means there is no more.
struct AuditEntryPage
{
    QList<AuditEntry> entries;
    QString nextPageToken;
    int totalSize = 0;
};

// The result of VerifyAuditChain.
struct AuditChainCheck
{
    bool ok = false;
    qint64 entriesChecked = 0;
    qint64 firstBrokenSequence = 0;
    QString problem;
};

// "pause_connector" -> "Paused connector"; the transaction actions' older words
// ("resubmit") get the action's one label (actionLabel); unknown words are shown
// as they are.
QString auditActionName(const QString &action);
// The entry's action: its transaction action's label when it has one.
QString auditActionName(const AuditEntry &entry);
// The kinds of target an entry can be about ("transaction", "session", ...),
// and a kind's name in the person's language.
const QList<QString> &auditTargetTypes();
QString auditTargetTypeName(const QString &type);
// What the entry is about, as a person names it: "order SO2026-580024" for a
// transaction that carries a business key, "connector odoo" otherwise.
QString auditTargetName(const AuditEntry &entry);
// A field's value of a change as a person reads it: text without quotes,
// numbers and the rest as JSON; "(none)" for a value that was not there.
QString auditValueText(const QString &valueJson);
// "/customer/code: C-99999 → C-10001; /customer/name: …" (one line).
QString auditChangesText(const AuditEntry &entry);
// "admin" -> "Administrator": the backend names roles in lower case, people read the role's name.
QString auditRoleName(const QString &role);

} // namespace Flowdesk

Q_DECLARE_METATYPE(Flowdesk::AuditEntry)
