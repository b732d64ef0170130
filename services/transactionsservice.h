#pragma once

#include "exceptionlistmodel.h"
#include "fieldviolation.h"
#include "serviceerror.h"
#include "transaction.h"
#include "transactionquery.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Flowdesk {

class BackendConnection;
struct TransactionStubs;

struct TransactionPage
{
    QList<Transaction> transactions;
    QString nextPageToken;
    int totalSize = 0;
};

// What a change to a transaction answered: the transaction as it is now, or why not.
struct MutationResult
{
    ServiceError error;
    QList<FieldViolation> violations; // for INVALID_ARGUMENT: where the payload is wrong
    Transaction transaction;

    bool isOk() const { return error.isOk(); }
    bool isConflict() const { return error.code == ServiceError::Aborted; }
};

// TransactionService and the transaction part of AuditService. Every call is
// asynchronous; its answer reaches `context` in the GUI thread, only while
// `context` lives. Mutations carry the request id the caller chose once per intent:
// sending the same request again (a double click, a retry) changes nothing twice.
class TransactionsService : public QObject, public TransactionSource
{
    Q_OBJECT
public:
    explicit TransactionsService(BackendConnection *connection, QObject *parent = nullptr);
    ~TransactionsService() override;

    static QString newRequestId();

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

    void updatePayload(const QString &id, qint64 expectedVersion, const QString &payloadJson, const QString &reason,
                       const QString &requestId, QObject *context, MutationDone done);
    void resubmit(const QString &id, qint64 expectedVersion, const QString &requestId, QObject *context,
                  MutationDone done);
    void discard(const QString &id, qint64 expectedVersion, const QString &reason, const QString &requestId,
                 QObject *context, MutationDone done);
    void resolveManually(const QString &id, qint64 expectedVersion, const QString &reason, const QString &requestId,
                         QObject *context, MutationDone done);
    void assign(const QString &id, qint64 expectedVersion, const QString &assignee, const QString &requestId,
                QObject *context, MutationDone done);
    void setTriageStatus(const QString &id, qint64 expectedVersion, TriageStatus status, const QString &requestId,
                         QObject *context, MutationDone done);
    void addComment(const QString &id, const QString &text, const QString &requestId, QObject *context,
                    std::function<void(const ServiceError &)> done);

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

signals:
    // A change made from this console succeeded; views showing the transaction update.
    void transactionChanged(const Flowdesk::Transaction &transaction);

private:
    MutationDone announce(MutationDone done);

    BackendConnection *m_connection; // not owned
    std::shared_ptr<TransactionStubs> m_stubs;
};

} // namespace Flowdesk

Q_DECLARE_METATYPE(Flowdesk::MutationResult)
