#pragma once

#include "exceptionlistmodel.h"
#include "fieldlookup.h"
#include "fieldviolation.h"
#include "mutation.h"
#include "serviceerror.h"
#include "transaction.h"
#include "transactionquery.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QHash>

#include <functional>
#include <memory>

namespace Flowdesk {

class BackendConnection;
class MutationClient;
struct TransactionStubs;

struct TransactionPage
{
    QList<Transaction> transactions;
    QString nextPageToken;
    int totalSize = 0;
};

// What the workbench keeps on this computer and what waits to be sent: the
// composition root hands one to the service (saved pages, details and history,
// changes made offline). Implemented over the encrypted cache and the outbox.
class TransactionsOfflineStore : public QObject
{
    Q_OBJECT
public:
    enum class Kind { ExceptionPage, Transaction, History };
    using LoadDone = std::function<void(bool found, const QByteArray &data, const QDateTime &savedAt)>;

    explicit TransactionsOfflineStore(QObject *parent = nullptr) : QObject(parent) {}

    virtual bool isOffline() const = 0;
    virtual void save(Kind kind, const QString &key, const QByteArray &data) = 0;
    virtual void load(Kind kind, const QString &key, QObject *context, LoadDone done) = 0;
    // Keeps the change in the outbox; `done(false)` when it could not be saved.
    virtual void enqueue(const Mutation &mutation, QObject *context, std::function<void(bool saved)> done) = 0;
    // "pending sync", "sync conflict: …" or empty.
    virtual QString syncState(const QString &transactionId) const = 0;

signals:
    void offlineChanged(bool offline);
    void syncStatesChanged();
    // A change made offline reached the backend.
    void actionApplied(const QString &transactionId);
    // A change made offline was refused; it waits for the person's decision.
    void actionConflict(const QString &transactionId, const QString &description, const QString &message);
};

// TransactionService and the transaction part of AuditService. Every call is
// asynchronous; its answer reaches `context` in the GUI thread, only while
// `context` lives. Mutations carry the request id the caller chose once per intent:
// sending the same request again (a double click, a retry) changes nothing twice.
class TransactionsService : public QObject, public TransactionSource, public FieldLookupSource
{
    Q_OBJECT
public:
    explicit TransactionsService(BackendConnection *connection, QObject *parent = nullptr);
    ~TransactionsService() override;

    static QString newRequestId();

    // Saved pages for a cache-first start, and the outbox for changes made offline.
    void setOfflineStore(TransactionsOfflineStore *store) { m_offline = store; }
    TransactionsOfflineStore *offlineStore() const { return m_offline; }
    // The transaction (FULL view) or its history as last saved on this computer;
    // `done` is called only when something is saved.
    void savedTransaction(const QString &id, QObject *context,
                          std::function<void(const Transaction &, const QDateTime &savedAt)> done);
    void savedHistory(const QString &id, QObject *context,
                      std::function<void(const QList<HistoryEntry> &, const QDateTime &savedAt)> done);

    using PageDone = std::function<void(const ServiceError &, const TransactionPage &)>;
    using TransactionDone = std::function<void(const ServiceError &, const Transaction &)>;
    using MutationDone = std::function<void(const MutationResult &)>;
    using BulkDone = std::function<void(const ServiceError &, const BulkJob &)>;

    void list(const TransactionQuery &query, const QString &pageToken, int pageSize, QObject *context, PageDone done);
    void get(const QString &id, bool full, QObject *context, TransactionDone done);
    void listErrorGroups(const TransactionQuery &query, QObject *context,
                         std::function<void(const ServiceError &, const QList<ErrorGroup> &)> done);
    void flowSchemas(QObject *context, std::function<void(const ServiceError &, const QList<FlowSchema> &)> done);
    void timeline(const QString &correlationId, QObject *context,
                  std::function<void(const ServiceError &, const QList<Transaction> &)> done);
    void history(const QString &transactionId, QObject *context,
                 std::function<void(const ServiceError &, const QList<HistoryEntry> &)> done);

    // Sends the change (with the request id it carries, made here when empty);
    // while the backend cannot be reached it waits in the outbox instead (the
    // result then has `queued`). On success the result has the transaction as the
    // backend answered, except for a comment (no transaction).
    void apply(Mutation mutation, QObject *context, MutationDone done);

    // Shorthands for apply().
    void updatePayload(const QString &id, qint64 expectedVersion, const QString &payloadJson, const QString &reason,
                       const QString &requestId, QObject *context, MutationDone done);
    void resubmit(const QString &id, qint64 expectedVersion, const QString &requestId, QObject *context,
                  MutationDone done);
    void assign(const QString &id, qint64 expectedVersion, const QString &assignee, const QString &requestId,
                QObject *context, MutationDone done);

    void startBulk(const BulkRequest &request, QObject *context, BulkDone done);
    // Streams the job's progress until it ends; `update` runs for each report,
    // `done` once at the end (with the error, if the stream broke).
    void watchBulk(const QString &jobId, QObject *context, std::function<void(const BulkJob &)> update,
                   std::function<void(const ServiceError &)> done);
    void cancelBulk(const QString &jobId, QObject *context, BulkDone done);

    // TransactionSource: feeds the exception list.
    void fetchPage(const TransactionQuery &query, const QString &pageToken, int pageSize, QObject *context,
                   PageCallback done) override;
    void fetchRow(const QString &id, QObject *context, RowCallback done) override;
    void fetchSavedPage(const TransactionQuery &query, QObject *context, PageCallback done) override;

    // FieldLookupSource: the values the transaction's target offers for a field
    // (TransactionService.LookupFieldValues); not sent again after sign-in.
    std::function<void()> lookupFieldValues(const QString &transactionId, const QString &fieldPath,
                                            const QString &query, int pageSize, bool suggest, QObject *context,
                                            std::function<void(const FieldLookupResult &)> done) override;
    Offer lookupOffer(const QString &flowId, const QString &fieldPath) const override;
    void noteLookupOffer(const QString &flowId, const QString &fieldPath, Offer offer) override;

signals:
    // A change made from this console succeeded; views showing the transaction update.
    void transactionChanged(const Flowdesk::Transaction &transaction);

private:
    // Saves the change in the outbox; `done` gets `queued`, or the error when it
    // could not be saved.
    void queue(const Mutation &mutation, QObject *context, MutationDone done, const MutationResult &failure);

    QPointer<TransactionsOfflineStore> m_offline;
    // "flow /field/*/pattern": whether the field's target offers values.
    QHash<QString, Offer> m_lookupOffers;

    BackendConnection *m_connection; // not owned
    std::shared_ptr<TransactionStubs> m_stubs;
    std::unique_ptr<MutationClient> m_mutations;
};

} // namespace Flowdesk
