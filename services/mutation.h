#pragma once

#include "domain.h"
#include "fieldviolation.h"
#include "serviceerror.h"
#include "transaction.h"
#include "transactionaction.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Flowdesk {

// One change a person makes to one transaction: the action, the transaction, the
// version the person started from, the request id chosen once for the intent, and
// the action's arguments. It is what the console sends, and exactly what waits in
// the outbox while the backend cannot be reached; both go through the same
// request built from it (toRequestBytes) and the same call (MutationClient).
struct Mutation
{
    TransactionAction action = TransactionAction::Unspecified;
    QString transactionId;
    qint64 expectedVersion = 0;
    QString requestId;
    QString payloadJson;  // EditPayload, EditAndResubmit
    QString reason;       // EditPayload and EditAndResubmit (why corrected), Discard, ResolveManually
    QString assignee;     // Assign ("" unassigns)
    TriageStatus triageStatus = TriageStatus::Unspecified; // SetTriageStatus
    QString text;         // Comment

    static Mutation editPayload(const QString &id, qint64 version, const QString &payloadJson, const QString &reason);
    static Mutation resubmit(const QString &id, qint64 version);
    // The corrected payload saved and resubmitted in one change.
    static Mutation editAndResubmit(const QString &id, qint64 version, const QString &payloadJson,
                                    const QString &reason);
    static Mutation discard(const QString &id, qint64 version, const QString &reason);
    static Mutation resolveManually(const QString &id, qint64 version, const QString &reason);
    static Mutation assign(const QString &id, qint64 version, const QString &assignee);
    static Mutation setTriageStatus(const QString &id, qint64 version, TriageStatus status);
    static Mutation comment(const QString &id, qint64 version, const QString &text);

    // A person's action that the console can send.
    bool isValid() const;

    // The request message of the action, serialised: what goes over the wire and
    // what the outbox keeps. The comment's request has no version; the outbox keeps
    // it beside the bytes.
    QByteArray toRequestBytes() const;
    // The mutation back from its request's bytes; nullopt for bytes that are not
    // the action's request.
    static std::optional<Mutation> fromRequestBytes(TransactionAction action, const QByteArray &bytes);

    // "Resubmit T-000123", for lists and messages, translated.
    QString description() const;

    bool operator==(const Mutation &other) const = default;
};

// What a change to a transaction answered: the transaction as it is now, or why not.
struct MutationResult
{
    ServiceError error;
    QList<FieldViolation> violations; // for INVALID_ARGUMENT: where the payload is wrong
    Transaction transaction;

    // The backend could not be reached: the change waits in the outbox (error is empty).
    bool queued = false;

    bool isOk() const { return error.isOk(); }
    bool isConflict() const { return error.code == ServiceError::Aborted; }
};

} // namespace Flowdesk

Q_DECLARE_METATYPE(Flowdesk::Mutation)
Q_DECLARE_METATYPE(Flowdesk::MutationResult)
