#include "transactionsservice.h"
#include "enummapping.h"

#include "backendconnection_p.h"
#include "mutationclient.h"
#include "protomapping.h"

#include "flowdesk/v1/audit.grpc.pb.h"
#include "flowdesk/v1/transaction.grpc.pb.h"

#include <QUuid>

#include <algorithm>

#include <spdlog/spdlog.h>

namespace Flowdesk {

namespace v1 = flowdesk::v1;

// Stubs per channel. Stubs of an earlier channel stay until the service goes, so a
// call started on them never outlives its stub.
struct TransactionStubs
{
    std::shared_ptr<grpc::Channel> channel;
    std::unique_ptr<v1::TransactionService::Stub> tx;
    std::unique_ptr<v1::AuditService::Stub> audit;
    std::unique_ptr<v1::FlowService::Stub> flow;
    std::vector<std::unique_ptr<v1::FlowService::Stub>> oldFlow;
    std::vector<std::unique_ptr<v1::TransactionService::Stub>> oldTx;
    std::vector<std::unique_ptr<v1::AuditService::Stub>> oldAudit;

    void sync(BackendConnectionPrivate *d)
    {
        if (channel == d->channel && tx)
            return;
        if (tx)
            oldTx.push_back(std::move(tx));
        if (audit)
            oldAudit.push_back(std::move(audit));
        if (flow)
            oldFlow.push_back(std::move(flow));
        channel = d->channel;
        flow = v1::FlowService::NewStub(channel);
        tx = v1::TransactionService::NewStub(channel);
        audit = v1::AuditService::NewStub(channel);
    }
};

namespace {

std::shared_ptr<spdlog::logger> logger()
{
    auto l = spdlog::get("console");
    return l ? l : spdlog::default_logger();
}

QString qs(const std::string &s) { return QString::fromStdString(s); }

QDateTime toDateTime(const google::protobuf::Timestamp &ts)
{
    if (ts.seconds() == 0 && ts.nanos() == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ts.seconds() * 1000 + ts.nanos() / 1000000, Qt::UTC);
}

void setTimestamp(google::protobuf::Timestamp *ts, const QDateTime &dt)
{
    const qint64 ms = dt.toMSecsSinceEpoch();
    ts->set_seconds(ms / 1000);
    ts->set_nanos(int(ms % 1000) * 1000000);
}

ErrorGroup fromProto(const v1::ErrorGroup &in)
{
    ErrorGroup g;
    g.signature = qs(in.signature());
    g.flowId = qs(in.flow_id());
    g.category = Flowdesk::fromProto(in.category());
    g.code = qs(in.code());
    g.sampleMessage = qs(in.sample_message());
    g.count = in.count();
    g.valueAtRiskMinor = in.value_at_risk_minor();
    g.currency = qs(in.currency());
    g.oldestTime = toDateTime(in.oldest_time());
    g.newestTime = toDateTime(in.newest_time());
    for (const auto &v : in.values_at_risk())
        g.valuesAtRisk << CurrencyAmount{qs(v.currency()), v.amount_minor()};
    g.whatToDo = qs(in.what_to_do());
    g.group = qs(in.group());
    g.offendingValue = qs(in.offending_value());
    g.fieldPath = qs(in.field_path());
    g.distinctValues = in.distinct_values();
    if (in.has_explanation())
        g.explanation = Flowdesk::fromProto(in.explanation());
    return g;
}

BulkJob fromProto(const v1::BulkJob &in)
{
    BulkJob j;
    j.id = qs(in.id());
    j.state = Flowdesk::fromProto(in.state());
    j.action = Flowdesk::fromProto(in.action());
    j.dryRun = in.dry_run();
    j.total = in.total();
    j.processed = in.processed();
    j.succeeded = in.succeeded();
    j.failed = in.failed();
    j.createdBy = qs(in.created_by());
    for (const auto &item : in.items()) {
        BulkItemResult r;
        r.transactionId = qs(item.transaction_id());
        r.ok = item.ok();
        r.message = qs(item.message());
        if (item.has_user_message()) {
            r.userMessage = Flowdesk::fromProto(item.user_message());
            r.message = r.userMessage.text();
        }
        for (const auto &fv : item.field_violations())
            r.violations << FieldViolation{qs(fv.field()), qs(fv.description())};
        r.businessKey = qs(item.business_key());
        for (const auto &c : item.changes())
            r.changes << AuditFieldChange{qs(c.path()), qs(c.old_value_json()), qs(c.new_value_json())};
        j.items << r;
    }
    return j;
}

void toProto(const TransactionQuery &q, v1::TransactionFilter *f)
{
    for (TransactionState s : q.states)
        f->add_states(toProto(s));
    for (const QString &id : q.flowIds)
        f->add_flow_ids(id.toStdString());
    for (const QString &p : q.plants)
        f->add_plants(p.toStdString());
    for (const QString &d : q.domains)
        f->add_domains(d.toStdString());
    f->set_error_signature(q.errorSignature.toStdString());
    f->set_error_group(q.errorGroup.toStdString());
    f->set_text(q.text.trimmed().toStdString());
    f->set_stuck_only(q.stuckOnly);
    for (TriageStatus t : q.triageStatuses)
        f->add_triage_statuses(toProto(t));
    for (ErrorCategory c : q.errorCategories)
        f->add_error_categories(toProto(c));
    f->set_assignee(q.assignee.toStdString());
    f->set_unassigned_only(q.unassignedOnly);
    f->set_correlation_id(q.correlationId.toStdString());
    if (q.createdAfter.isValid())
        setTimestamp(f->mutable_create_time_after(), q.createdAfter);
    if (q.createdBefore.isValid())
        setTimestamp(f->mutable_create_time_before(), q.createdBefore);
}

std::string orderBy(TransactionOrder order);

// The query's canonical text: the backend request without paging.
QString savedPageKey(const TransactionQuery &query)
{
    v1::ListTransactionsRequest request;
    toProto(query, request.mutable_filter());
    request.set_order_by(orderBy(query.order));
    request.set_view(v1::TRANSACTION_VIEW_BASIC);
    return QString::fromStdString(request.ShortDebugString());
}

std::string orderBy(TransactionOrder order)
{
    switch (order) {
    case TransactionOrder::ImpactDesc: return "impact_score desc";
    case TransactionOrder::CreatedAsc: return "create_time";
    case TransactionOrder::CreatedDesc: return "create_time desc";
    case TransactionOrder::AmountDesc: return "amount desc";
    case TransactionOrder::DueAsc: return "due_time";
    case TransactionOrder::Flow: return "flow_id";
    }
    return "impact_score desc";
}

using TxStub = v1::TransactionService::Stub;
using AuditStub = v1::AuditService::Stub;

// Starts one TransactionService call; collects the field violations of a refusal,
// which ServiceError does not carry.
template <class Request, class Response, class Invoke>
std::function<void()> txCall(BackendConnection *connection, const std::shared_ptr<TransactionStubs> &stubs,
                             QObject *context, const Request &request, Invoke invoke,
                             std::function<void(const ServiceError &, const Response &, const QList<FieldViolation> &)> done,
                             CallOptions options = {})
{
    auto violations = std::make_shared<QList<FieldViolation>>();
    return BackendConnectionPrivate::call<Request, Response>(
        connection, context, request,
        [stubs, invoke, violations](BackendConnectionPrivate *d, grpc::ClientContext *ctx, const Request *req,
                                    Response *resp, std::function<void(grpc::Status)> cb) {
            stubs->sync(d);
            invoke(stubs.get(), ctx, req, resp, [violations, cb](grpc::Status status) {
                *violations = violationsFromStatus(status);
                cb(status);
            });
        },
        [done, violations](const ServiceError &error, const Response &response) {
            done(error, response, error.isOk() ? QList<FieldViolation>{} : *violations);
        },
        options);
}

#define FD_TX(Method)                                                                                          \
    [](TransactionStubs *s, grpc::ClientContext *c, const auto *r, auto *p, std::function<void(grpc::Status)> cb) { \
        s->tx->async()->Method(c, r, p, std::move(cb));                                                        \
    }

// Follows WatchBulkAction; keeps itself alive until gRPC reports the stream done.
class BulkWatchReactor final : public grpc::ClientReadReactor<v1::BulkJob>
{
public:
    grpc::ClientContext context;
    v1::WatchBulkActionRequest request;
    std::shared_ptr<CallRegistry> registry;
    QPointer<QObject> guard;
    std::function<void(const BulkJob &)> update;
    std::function<void(const ServiceError &)> done;
    QString target;
    std::shared_ptr<BulkWatchReactor> self;

    void start(TxStub *stub)
    {
        {
            std::lock_guard lock(registry->mutex);
            registry->active.emplace(&context, self);
        }
        stub->async()->WatchBulkAction(&context, &request, this);
        StartRead(&m_job);
        StartCall();
    }

    void OnReadDone(bool ok) override
    {
        if (!ok)
            return;
        const BulkJob job = fromProto(m_job);
        {
            std::lock_guard lock(registry->mutex);
            if (BackendConnection *owner = registry->owner) {
                QMetaObject::invokeMethod(owner, [g = guard, u = update, job] {
                    if (g)
                        u(job);
                }, Qt::QueuedConnection);
            }
        }
        StartRead(&m_job);
    }

    void OnDone(const grpc::Status &status) override
    {
        std::shared_ptr<BulkWatchReactor> keep = std::move(self);
        std::lock_guard lock(registry->mutex);
        registry->active.erase(&context);
        registry->idle.notify_all();
        if (BackendConnection *owner = registry->owner) {
            const ServiceError error = toServiceError(status, target);
            QMetaObject::invokeMethod(owner, [g = guard, d = done, error] {
                if (g)
                    d(error);
            }, Qt::QueuedConnection);
        }
    }

private:
    v1::BulkJob m_job;
};

} // namespace

TransactionsService::TransactionsService(BackendConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_stubs(std::make_shared<TransactionStubs>())
    , m_mutations(std::make_unique<MutationClient>(connection))
{
}

TransactionsService::~TransactionsService() = default;

QString TransactionsService::newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void TransactionsService::list(const TransactionQuery &query, const QString &pageToken, int pageSize,
                               QObject *context, PageDone done)
{
    v1::ListTransactionsRequest request;
    toProto(query, request.mutable_filter());
    request.set_order_by(orderBy(query.order));
    request.set_page_size(pageSize);
    request.set_page_token(pageToken.toStdString());
    request.set_view(v1::TRANSACTION_VIEW_BASIC);
    QPointer<TransactionsOfflineStore> store = pageToken.isEmpty() ? m_offline : nullptr;
    const QString key = savedPageKey(query);
    txCall<v1::ListTransactionsRequest, v1::ListTransactionsResponse>(
        m_connection, m_stubs, context, request, FD_TX(ListTransactions),
        [done, store, key](const ServiceError &error, const v1::ListTransactionsResponse &response,
                           const QList<FieldViolation> &) {
            TransactionPage page;
            if (error.isOk() && store)
                store->save(TransactionsOfflineStore::Kind::ExceptionPage, key,
                            QByteArray::fromStdString(response.SerializeAsString()));
            if (error.isOk()) {
                page.transactions.reserve(response.transactions_size());
                for (const auto &t : response.transactions())
                    page.transactions << fromProto(t, false);
                page.nextPageToken = qs(response.next_page_token());
                page.totalSize = response.total_size();
            }
            done(error, page);
        });
}

void TransactionsService::get(const QString &id, bool full, QObject *context, TransactionDone done)
{
    v1::GetTransactionRequest request;
    request.set_id(id.toStdString());
    request.set_view(full ? v1::TRANSACTION_VIEW_FULL : v1::TRANSACTION_VIEW_BASIC);
    QPointer<TransactionsOfflineStore> store = full ? m_offline : nullptr;
    txCall<v1::GetTransactionRequest, v1::Transaction>(
        m_connection, m_stubs, context, request, FD_TX(GetTransaction),
        [done, full, store, id](const ServiceError &error, const v1::Transaction &response,
                                const QList<FieldViolation> &) {
            if (error.isOk() && store)
                store->save(TransactionsOfflineStore::Kind::Transaction, id,
                            QByteArray::fromStdString(response.SerializeAsString()));
            done(error, error.isOk() ? fromProto(response, full) : Transaction{});
        });
}

void TransactionsService::listErrorGroups(const TransactionQuery &query, QObject *context,
                                          std::function<void(const ServiceError &, const QList<ErrorGroup> &)> done)
{
    v1::ListErrorGroupsRequest request;
    TransactionQuery q = query;
    q.errorSignature.clear(); // the groups beside a list show every signature of the filter
    q.errorGroup.clear();
    toProto(q, request.mutable_filter());
    // One group per flow, code and offending value: a group never mixes problems.
    request.set_exact(true);
    request.set_page_size(200);
    txCall<v1::ListErrorGroupsRequest, v1::ListErrorGroupsResponse>(
        m_connection, m_stubs, context, request, FD_TX(ListErrorGroups),
        [done](const ServiceError &error, const v1::ListErrorGroupsResponse &response, const QList<FieldViolation> &) {
            QList<ErrorGroup> groups;
            for (const auto &g : response.groups())
                groups << fromProto(g);
            done(error, groups);
        });
}

void TransactionsService::flowSchemas(QObject *context,
                                      std::function<void(const ServiceError &, const QList<FlowSchema> &)> done)
{
    v1::ListFlowsRequest request;
    request.set_include_counts(false);
    txCall<v1::ListFlowsRequest, v1::ListFlowsResponse>(
        m_connection, m_stubs, context, request,
        [](TransactionStubs *s, grpc::ClientContext *c, const auto *r, auto *p, std::function<void(grpc::Status)> cb) {
            s->flow->async()->ListFlows(c, r, p, std::move(cb));
        },
        [done](const ServiceError &error, const v1::ListFlowsResponse &response, const QList<FieldViolation> &) {
            QList<FlowSchema> flows;
            for (const auto &f : response.flows())
                flows << FlowSchema{qs(f.id()), qs(f.name()), qs(f.domain()), qs(f.payload_schema_json()),
                                    f.schema_version()};
            done(error, flows);
        });
}

void TransactionsService::timeline(const QString &correlationId, QObject *context,
                                   std::function<void(const ServiceError &, const QList<Transaction> &)> done)
{
    v1::GetTimelineRequest request;
    request.set_correlation_id(correlationId.toStdString());
    txCall<v1::GetTimelineRequest, v1::GetTimelineResponse>(
        m_connection, m_stubs, context, request, FD_TX(GetTimeline),
        [done](const ServiceError &error, const v1::GetTimelineResponse &response, const QList<FieldViolation> &) {
            QList<Transaction> list;
            for (const auto &t : response.transactions())
                list << fromProto(t, false);
            done(error, list);
        });
}

namespace {
QList<HistoryEntry> historyFromProto(const v1::ListAuditEntriesResponse &response)
{
    QList<HistoryEntry> entries;
    for (const auto &e : response.entries()) {
        HistoryEntry h;
        h.sequence = e.sequence();
        h.time = toDateTime(e.time());
        h.actor = qs(e.actor());
        h.role = qs(e.role());
        h.action = qs(e.action());
        h.transactionAction = Flowdesk::fromProto(e.transaction_action());
        h.reason = qs(e.reason());
        // The detail in the person's language where the backend words it.
        h.detail = e.has_detail_message() ? Flowdesk::fromProto(e.detail_message()).text() : qs(e.detail());
        h.diffJson = qs(e.diff_json());
        entries << h;
    }
    return entries;
}
} // namespace

void TransactionsService::history(const QString &transactionId, QObject *context,
                                  std::function<void(const ServiceError &, const QList<HistoryEntry> &)> done)
{
    v1::ListAuditEntriesRequest request;
    request.set_target_type("transaction");
    request.set_target_id(transactionId.toStdString());
    request.set_changes_only(true);
    request.set_page_size(500);
    QPointer<TransactionsOfflineStore> store = m_offline;
    txCall<v1::ListAuditEntriesRequest, v1::ListAuditEntriesResponse>(
        m_connection, m_stubs, context, request,
        [](TransactionStubs *s, grpc::ClientContext *c, const auto *r, auto *p, std::function<void(grpc::Status)> cb) {
            s->audit->async()->ListAuditEntries(c, r, p, std::move(cb));
        },
        [done, store, transactionId](const ServiceError &error, const v1::ListAuditEntriesResponse &response,
                                     const QList<FieldViolation> &) {
            if (error.isOk() && store)
                store->save(TransactionsOfflineStore::Kind::History, transactionId,
                            QByteArray::fromStdString(response.SerializeAsString()));
            done(error, historyFromProto(response));
        });
}

void TransactionsService::savedTransaction(const QString &id, QObject *context,
                                           std::function<void(const Transaction &, const QDateTime &)> done)
{
    if (!m_offline)
        return;
    m_offline->load(TransactionsOfflineStore::Kind::Transaction, id, context,
                    [done](bool found, const QByteArray &data, const QDateTime &savedAt) {
        v1::Transaction t;
        if (found && t.ParseFromArray(data.constData(), int(data.size())))
            done(fromProto(t, true), savedAt);
    });
}

void TransactionsService::savedHistory(const QString &id, QObject *context,
                                       std::function<void(const QList<HistoryEntry> &, const QDateTime &)> done)
{
    if (!m_offline)
        return;
    m_offline->load(TransactionsOfflineStore::Kind::History, id, context,
                    [done](bool found, const QByteArray &data, const QDateTime &savedAt) {
        v1::ListAuditEntriesResponse response;
        if (found && response.ParseFromArray(data.constData(), int(data.size())))
            done(historyFromProto(response), savedAt);
    });
}

void TransactionsService::fetchSavedPage(const TransactionQuery &query, QObject *context, PageCallback done)
{
    if (!m_offline)
        return;
    m_offline->load(TransactionsOfflineStore::Kind::ExceptionPage, savedPageKey(query), context,
                    [done](bool found, const QByteArray &data, const QDateTime &) {
        v1::ListTransactionsResponse response;
        if (!found || !response.ParseFromArray(data.constData(), int(data.size())))
            return;
        QList<Transaction> rows;
        rows.reserve(response.transactions_size());
        for (const auto &t : response.transactions())
            rows << fromProto(t, false);
        done(QString(), rows, QString(), response.total_size());
    });
}

void TransactionsService::fetchPage(const TransactionQuery &query, const QString &pageToken, int pageSize,
                                    QObject *context, PageCallback done)
{
    list(query, pageToken, pageSize, context, [done](const ServiceError &error, const TransactionPage &page) {
        done(error.isOk() ? QString() : error.userMessage(), page.transactions, page.nextPageToken, page.totalSize);
    });
}

void TransactionsService::fetchRow(const QString &id, QObject *context, RowCallback done)
{
    get(id, false, context, [done](const ServiceError &error, const Transaction &t) {
        const bool gone = error.code == ServiceError::NotFound || error.code == ServiceError::PermissionDenied;
        done(error.isOk() ? QString() : error.userMessage(), gone, t);
    });
}

void TransactionsService::apply(Mutation mutation, QObject *context, MutationDone done)
{
    if (mutation.requestId.isEmpty())
        mutation.requestId = newRequestId();
    if (m_offline && m_offline->isOffline()) {
        MutationResult failure;
        failure.error.code = ServiceError::Unavailable;
        failure.error.serverMessage = QStringLiteral("the change could not be saved for later");
        queue(mutation, context, std::move(done), failure);
        return;
    }
    QPointer<TransactionsService> self(this);
    QPointer<QObject> guard(context);
    m_mutations->send(mutation, context, {}, [self, guard, mutation, done](const MutationResult &result) {
        if (!self)
            return;
        if (result.error.isUnreachable() && self->m_offline) {
            // The same request id: should the first attempt have arrived, the
            // backend applies the change only once.
            self->queue(mutation, guard, done, result);
            return;
        }
        if (!result.isOk())
            logger()->info("{} on {} refused: {} {}", actionId(mutation.action).toStdString(),
                           mutation.transactionId.toStdString(), result.error.reason.toStdString(),
                           result.error.serverMessage.toStdString());
        done(result);
        if (self && result.isOk() && result.transaction.isValid())
            emit self->transactionChanged(result.transaction);
    });
}

void TransactionsService::queue(const Mutation &mutation, QObject *context, MutationDone done,
                                const MutationResult &failure)
{
    QPointer<QObject> guard(context);
    m_offline->enqueue(mutation, this, [guard, done, failure, mutation](bool saved) {
        if (!guard)
            return;
        if (!saved) {
            done(failure);
            return;
        }
        logger()->info("{} on {} waits in the outbox", actionId(mutation.action).toStdString(),
                       mutation.transactionId.toStdString());
        MutationResult queued;
        queued.queued = true;
        done(queued);
    });
}

void TransactionsService::updatePayload(const QString &id, qint64 expectedVersion, const QString &payloadJson,
                                        const QString &reason, const QString &requestId, QObject *context,
                                        MutationDone done)
{
    Mutation m = Mutation::editPayload(id, expectedVersion, payloadJson, reason);
    m.requestId = requestId;
    apply(m, context, std::move(done));
}

void TransactionsService::resubmit(const QString &id, qint64 expectedVersion, const QString &requestId,
                                   QObject *context, MutationDone done)
{
    Mutation m = Mutation::resubmit(id, expectedVersion);
    m.requestId = requestId;
    apply(m, context, std::move(done));
}

void TransactionsService::assign(const QString &id, qint64 expectedVersion, const QString &assignee,
                                 const QString &requestId, QObject *context, MutationDone done)
{
    Mutation m = Mutation::assign(id, expectedVersion, assignee);
    m.requestId = requestId;
    apply(m, context, std::move(done));
}

void TransactionsService::startBulk(const BulkRequest &in, QObject *context, BulkDone done)
{
    v1::StartBulkActionRequest request;
    request.set_request_id(in.requestId.toStdString());
    request.set_dry_run(in.dryRun);
    if (in.byQuery) {
        toProto(in.query, request.mutable_filter());
    } else {
        auto *ids = request.mutable_ids();
        for (const QString &id : in.ids)
            ids->add_ids(id.toStdString());
    }
    request.set_action(toProto(in.action));
    request.set_reason(in.reason.toStdString());
    request.set_assignee(in.assignee.toStdString());
    for (const FieldPatch &p : in.patches) {
        auto *patch = request.add_patches();
        patch->set_path(p.path.toStdString());
        patch->set_value_json(p.valueJson.toStdString());
        for (auto it = p.valueJsonByOffendingValue.cbegin(); it != p.valueJsonByOffendingValue.cend(); ++it)
            (*patch->mutable_value_json_by_offending_value())[it.key().toStdString()] = it.value().toStdString();
    }
    request.set_triage_status(toProto(in.triageStatus));
    txCall<v1::StartBulkActionRequest, v1::BulkJob>(
        m_connection, m_stubs, context, request, FD_TX(StartBulkAction),
        [done](const ServiceError &error, const v1::BulkJob &job, const QList<FieldViolation> &) {
            done(error, error.isOk() ? fromProto(job) : BulkJob{});
        });
}

void TransactionsService::watchBulk(const QString &jobId, QObject *context,
                                    std::function<void(const BulkJob &)> update,
                                    std::function<void(const ServiceError &)> done)
{
    BackendConnectionPrivate *d = m_connection->d_func();
    if (!d->channel) {
        ServiceError error;
        error.code = ServiceError::Unavailable;
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(this, [guard, done, error] {
            if (guard)
                done(error);
        }, Qt::QueuedConnection);
        return;
    }
    m_stubs->sync(d);
    auto reactor = std::make_shared<BulkWatchReactor>();
    reactor->self = reactor;
    reactor->request.set_job_id(jobId.toStdString());
    reactor->registry = d->registry;
    reactor->guard = context;
    reactor->update = std::move(update);
    reactor->done = std::move(done);
    reactor->target = d->target;
    d->prepareContext(reactor->context, CallOptions{});
    // A job may run for a while; the stream has a deadline all the same.
    reactor->context.set_deadline(std::chrono::system_clock::now() + std::chrono::minutes(30));
    reactor->start(m_stubs->tx.get());
}

void TransactionsService::cancelBulk(const QString &jobId, QObject *context, BulkDone done)
{
    v1::CancelBulkActionRequest request;
    request.set_job_id(jobId.toStdString());
    txCall<v1::CancelBulkActionRequest, v1::BulkJob>(
        m_connection, m_stubs, context, request, FD_TX(CancelBulkAction),
        [done](const ServiceError &error, const v1::BulkJob &job, const QList<FieldViolation> &) {
            done(error, error.isOk() ? fromProto(job) : BulkJob{});
        });
}

std::function<void()> TransactionsService::lookupFieldValues(const QString &transactionId, const QString &fieldPath,
                                                             const QString &query, int pageSize, bool suggest,
                                                             QObject *context,
                                                             std::function<void(const FieldLookupResult &)> done)
{
    v1::LookupFieldValuesRequest request;
    request.set_transaction_id(transactionId.toStdString());
    request.set_field_path(fieldPath.toStdString());
    request.set_query(query.left(200).toStdString());
    request.set_page_size(std::clamp(pageSize, 1, 50));
    request.set_suggest(suggest);
    return txCall<v1::LookupFieldValuesRequest, v1::LookupFieldValuesResponse>(
        m_connection, m_stubs, context, request, FD_TX(LookupFieldValues),
        [done](const ServiceError &error, const v1::LookupFieldValuesResponse &response,
               const QList<FieldViolation> &) {
            FieldLookupResult result;
            switch (error.code) {
            case ServiceError::Ok:
                result.status = FieldLookupResult::Status::Ok;
                result.sourceSystem = qs(response.source_system());
                result.values.reserve(response.values_size());
                for (const auto &v : response.values())
                    result.values << FieldValue{qs(v.value()), qs(v.label())};
                for (const auto &v : response.suggestions())
                    result.suggestions << FieldValue{qs(v.value()), qs(v.label())};
                break;
            case ServiceError::Unimplemented:
                result.status = FieldLookupResult::Status::NotOffered;
                break;
            case ServiceError::Unavailable:
            case ServiceError::DeadlineExceeded:
                result.status = FieldLookupResult::Status::Unavailable;
                break;
            case ServiceError::ResourceExhausted:
                result.status = FieldLookupResult::Status::RateLimited;
                result.retryAfterSeconds = std::max(1, error.retryAfterSeconds);
                break;
            case ServiceError::Cancelled:
                result.status = FieldLookupResult::Status::Cancelled;
                break;
            default:
                result.status = FieldLookupResult::Status::Failed;
                result.message = error.userMessage();
                logger()->info("value lookup refused: {} {}", error.reason.toStdString(),
                               error.serverMessage.toStdString());
                break;
            }
            done(result);
        },
        // A lookup is asked as the person types; after signing in again they type on.
        CallOptions::noRetry());
}

FieldLookupSource::Offer TransactionsService::lookupOffer(const QString &flowId, const QString &fieldPath) const
{
    return m_lookupOffers.value(flowId + QLatin1Char(' ') + fieldPattern(fieldPath), Offer::Unknown);
}

void TransactionsService::noteLookupOffer(const QString &flowId, const QString &fieldPath, Offer offer)
{
    m_lookupOffers.insert(flowId + QLatin1Char(' ') + fieldPattern(fieldPath), offer);
}

} // namespace Flowdesk
