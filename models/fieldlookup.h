#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>

class QObject;

namespace Flowdesk {

// One value the target system offers for a payload field.
struct FieldValue
{
    QString value; // what goes into the payload ("C-10442")
    QString label; // what a person reads ("Müller Maschinenbau GmbH (C-10442)")
};

// The answer to one lookup, as the payload editor needs it.
struct FieldLookupResult
{
    enum class Status {
        Ok,
        NotOffered,  // the target has no lookup for this field
        Unavailable, // the target (or the server) cannot be reached now
        RateLimited, // too many lookups; retryAfterSeconds says when to try again
        Cancelled,   // a newer lookup or closing the editor ended it
        Failed,      // anything else; message says what
    };
    Status status = Status::Failed;
    QList<FieldValue> values;
    // When asked to suggest: the target's values closest to the query (a value
    // the target refused), best first, as the backend ranks them.
    QList<FieldValue> suggestions;
    QString sourceSystem;   // "Odoo"
    int retryAfterSeconds = 0;
    QString message;        // for Failed: a sentence for the person, translated
};

// Asks the target system of a transaction which values a payload field may take.
// Implemented by the services layer over TransactionService.LookupFieldValues.
class FieldLookupSource
{
public:
    virtual ~FieldLookupSource() = default;

    // Starts one lookup; with `suggest`, `query` is a value the target refused
    // and the result also carries the closest values ("did you mean").
    // `done` runs in the GUI thread, once, only while
    // `context` lives. The returned function cancels the call (then `done` is
    // not called, or called with Cancelled); calling it after the answer is harmless.
    virtual std::function<void()> lookupFieldValues(const QString &transactionId, const QString &fieldPath,
                                                    const QString &query, int pageSize, bool suggest,
                                                    QObject *context,
                                                    std::function<void(const FieldLookupResult &)> done) = 0;

    // What this session learned about a field: its target offers values, or
    // answered that it has no lookup for it (then asking again is pointless).
    // Fields are per flow; list positions do not matter ("/lines/0/uom" and
    // "/lines/3/uom" are the same field).
    enum class Offer { Unknown, Offered, NotOffered };
    virtual Offer lookupOffer(const QString &flowId, const QString &fieldPath) const = 0;
    virtual void noteLookupOffer(const QString &flowId, const QString &fieldPath, Offer offer) = 0;
};

// "/lines/3/uom" -> "/lines/*/uom": one field of every entry of a list.
QString fieldPattern(const QString &fieldPath);

} // namespace Flowdesk

Q_DECLARE_METATYPE(Flowdesk::FieldValue)
