// TransactionService: the exception workbench. Reads within the caller's scope;
// every change is versioned, idempotent per request id, audited and announced
// in one store transaction.

#include "engine.h"
#include "mapping.h"
#include "store.h"
#include "svc_bulk.h"
#include "svc_context.h"

#include "flowdesk/v1/transaction.grpc.pb.h"

#include <algorithm>
#include <cctype>

namespace flowdesk::backend {

namespace {

namespace v1 = flowdesk::v1;

std::string trimmed(const std::string &s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

std::int64_t requireId(const std::string &id)
{
    const auto parsed = parseTransactionId(id);
    if (!parsed)
        failInvalid("'" + id + "' is not a transaction id", "INVALID_ARGUMENT", {{"id", "malformed transaction id"}});
    return *parsed;
}

class TransactionServiceImpl final : public v1::TransactionService::Service {
public:
    explicit TransactionServiceImpl(ApiContext &ctx) : m_ctx(ctx), m_bulk(ctx)
    {
        m_ctx.shutdownHooks.push_back([this] { m_bulk.shutdown(); });
    }

    // ---- reads ----

    grpc::Status ListTransactions(grpc::ServerContext *context, const v1::ListTransactionsRequest *request,
                                  v1::ListTransactionsResponse *response) override
    {
        return guarded("ListTransactions", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.TransactionService/ListTransactions");
            TxFilter filter = fromProto(request->filter(), caller.username());
            const auto order = parseOrder(request->order_by());
            if (!order)
                failInvalid("Unknown order_by '" + request->order_by() + "'", "INVALID_ARGUMENT",
                            {{"order_by", "one of impact_score desc, create_time, create_time desc, amount desc, "
                                          "due_time, flow_id, id"}});
            if (request->page_size() < 0)
                failInvalid("page_size must not be negative", "INVALID_ARGUMENT", {{"page_size", "negative"}});
            if (!caller.narrow(filter))
                return grpc::Status::OK;
            const int pageSize = request->page_size() == 0 ? 50 : std::min(request->page_size(), 1000);
            const bool full = request->view() == v1::TRANSACTION_VIEW_FULL;
            const TxPage page = m_ctx.store.listTransactions(filter, *order, pageSize, request->page_token(), full);
            const TimeMs now = nowMs();
            for (const auto &t : page.items)
                toProtoFor(caller, t, full, now, response->add_transactions());
            response->set_next_page_token(page.nextPageToken);
            response->set_total_size(static_cast<std::int32_t>(page.totalSize));
            return grpc::Status::OK;
        });
    }

    grpc::Status GetTransaction(grpc::ServerContext *context, const v1::GetTransactionRequest *request,
                                v1::Transaction *response) override
    {
        return guarded("GetTransaction", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.TransactionService/GetTransaction");
            const std::int64_t id = requireId(request->id());
            const bool full = request->view() != v1::TRANSACTION_VIEW_BASIC;
            const auto t = m_ctx.store.getTransaction(id, full);
            if (!t)
                failNotFound("Transaction " + request->id());
            requireScope(caller, *t);
            toProtoFor(caller, *t, full, nowMs(), response);
            return grpc::Status::OK;
        });
    }

    grpc::Status ListErrorGroups(grpc::ServerContext *context, const v1::ListErrorGroupsRequest *request,
                                 v1::ListErrorGroupsResponse *response) override
    {
        return guarded("ListErrorGroups", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.TransactionService/ListErrorGroups");
            TxFilter filter = fromProto(request->filter(), caller.username());
            if (filter.states.empty())
                filter.states = {TxState::Failed};
            if (request->page_size() < 0)
                failInvalid("page_size must not be negative", "INVALID_ARGUMENT", {{"page_size", "negative"}});
            if (!caller.narrow(filter))
                return grpc::Status::OK;
            const int limit = request->page_size() == 0 ? 200 : std::min(request->page_size(), 1000);
            for (const auto &g : m_ctx.store.listErrorGroups(filter, limit))
                toProto(g, response->add_groups());
            return grpc::Status::OK;
        });
    }

    grpc::Status GetTimeline(grpc::ServerContext *context, const v1::GetTimelineRequest *request,
                             v1::GetTimelineResponse *response) override
    {
        return guarded("GetTimeline", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.TransactionService/GetTimeline");
            if (request->correlation_id().empty())
                failInvalid("correlation_id is required", "INVALID_ARGUMENT", {{"correlation_id", "required"}});
            const TimeMs now = nowMs();
            for (const auto &t : m_ctx.store.timeline(request->correlation_id())) {
                if (caller.seesTransaction(t))
                    toProtoFor(caller, t, false, now, response->add_transactions());
            }
            return grpc::Status::OK;
        });
    }

    // ---- changes ----

    grpc::Status UpdatePayload(grpc::ServerContext *context, const v1::UpdatePayloadRequest *request,
                               v1::Transaction *response) override
    {
        static const char *method = "/flowdesk.v1.TransactionService/UpdatePayload";
        return guarded("UpdatePayload", [&] {
            const Caller caller = m_ctx.authorize(context, method);
            const std::int64_t id = requireId(request->id());
            if (request->expected_version() <= 0)
                failInvalid("expected_version is required: send the version the edit started from",
                            "INVALID_ARGUMENT", {{"expected_version", "required"}});
            if (request->payload_json().empty())
                failInvalid("payload_json is required", "INVALID_ARGUMENT", {{"payload_json", "required"}});
            mutate(caller, method, *request, request->request_id(), id, request->expected_version(), response,
                   [&](Transaction &t, const FlowCatalogue::Entry &flow, ChangeNote &note) {
                       requireFailed(t, "edited");
                       const auto &sensitive = flow.flow.sensitiveFields;
                       if (!flow.schema)
                           failState("The flow's schema is broken; the payload cannot be validated");
                       auto violations = flow.schema->validate(request->payload_json());
                       const auto maskedWrites = maskedValuesWritten(request->payload_json(), sensitive);
                       violations.insert(violations.end(), maskedWrites.begin(), maskedWrites.end());
                       if (!violations.empty())
                           failInvalid("The payload does not match the flow's schema", "SCHEMA_VIOLATION",
                                       violations);
                       note.diffJson = payloadDiff(t.payloadJson, request->payload_json(), sensitive);
                       note.hopAction = "edited";
                       note.eventAction = "edited";
                       note.auditAction = "update_payload";
                       note.reason = request->reason();
                       t.payloadJson = request->payload_json();
                   });
            return grpc::Status::OK;
        });
    }

    grpc::Status Resubmit(grpc::ServerContext *context, const v1::ResubmitRequest *request,
                          v1::Transaction *response) override
    {
        static const char *method = "/flowdesk.v1.TransactionService/Resubmit";
        return guarded("Resubmit", [&] {
            const Caller caller = m_ctx.authorize(context, method);
            const std::int64_t id = requireId(request->id());
            if (request->request_id().empty())
                failInvalid("A resubmit needs a request_id so that it is delivered exactly once",
                            "INVALID_ARGUMENT", {{"request_id", "required"}});
            const TimeMs now = nowMs();
            mutate(caller, method, *request, request->request_id(), id, request->expected_version(), response,
                   [&](Transaction &t, const FlowCatalogue::Entry &, ChangeNote &note) {
                       requireReplayAllowed(caller, t);
                       requireFailed(t, "resubmitted");
                       t.state = TxState::Resubmitted;
                       t.nextAttemptAt = now;
                       note.hopAction = "resubmitted";
                       note.eventAction = "resubmitted";
                       note.auditAction = "resubmit";
                   });
            m_ctx.engine.wake();
            return grpc::Status::OK;
        });
    }

    grpc::Status Discard(grpc::ServerContext *context, const v1::DiscardRequest *request,
                         v1::Transaction *response) override
    {
        static const char *method = "/flowdesk.v1.TransactionService/Discard";
        return guarded("Discard", [&] {
            const Caller caller = m_ctx.authorize(context, method);
            const std::int64_t id = requireId(request->id());
            const std::string reason = trimmed(request->reason());
            if (reason.empty())
                failInvalid("Say why the transaction is discarded", "REASON_REQUIRED", {{"reason", "required"}});
            mutate(caller, method, *request, request->request_id(), id, request->expected_version(), response,
                   [&](Transaction &t, const FlowCatalogue::Entry &, ChangeNote &note) {
                       requireFailed(t, "discarded");
                       t.state = TxState::Discarded;
                       t.nextAttemptAt = 0;
                       note.hopAction = "discarded";
                       note.eventAction = "discarded";
                       note.auditAction = "discard";
                       note.reason = reason;
                   });
            return grpc::Status::OK;
        });
    }

    grpc::Status ResolveManually(grpc::ServerContext *context, const v1::ResolveManuallyRequest *request,
                                 v1::Transaction *response) override
    {
        static const char *method = "/flowdesk.v1.TransactionService/ResolveManually";
        return guarded("ResolveManually", [&] {
            const Caller caller = m_ctx.authorize(context, method);
            const std::int64_t id = requireId(request->id());
            const std::string reason = trimmed(request->reason());
            if (reason.empty())
                failInvalid("Say how the transaction was resolved", "REASON_REQUIRED", {{"reason", "required"}});
            mutate(caller, method, *request, request->request_id(), id, request->expected_version(), response,
                   [&](Transaction &t, const FlowCatalogue::Entry &, ChangeNote &note) {
                       requireFailed(t, "resolved manually");
                       t.state = TxState::ResolvedManually;
                       t.nextAttemptAt = 0;
                       note.hopAction = "resolved_manually";
                       note.eventAction = "resolved_manually";
                       note.auditAction = "resolve_manually";
                       note.reason = reason;
                   });
            return grpc::Status::OK;
        });
    }

    grpc::Status Assign(grpc::ServerContext *context, const v1::AssignRequest *request,
                        v1::Transaction *response) override
    {
        static const char *method = "/flowdesk.v1.TransactionService/Assign";
        return guarded("Assign", [&] {
            const Caller caller = m_ctx.authorize(context, method);
            const std::int64_t id = requireId(request->id());
            const std::string assignee = request->assignee() == "me" ? caller.username() : request->assignee();
            if (!assignee.empty() && !m_ctx.store.getUser(assignee))
                failInvalid("There is no user '" + assignee + "'", "UNKNOWN_USER", {{"assignee", "unknown user"}});
            mutate(caller, method, *request, request->request_id(), id, request->expected_version(), response,
                   [&](Transaction &t, const FlowCatalogue::Entry &, ChangeNote &note) {
                       if (isClosed(t.state))
                           failState(std::string("A ") + toString(t.state) + " transaction cannot be assigned");
                       note.detail = "from '" + t.assignee + "' to '" + assignee + "'";
                       t.assignee = assignee;
                       note.hopAction = "assigned";
                       note.hopDetail = assignee.empty() ? "unassigned" : "to " + assignee;
                       note.eventAction = "assigned";
                       note.auditAction = "assign";
                   });
            return grpc::Status::OK;
        });
    }

    grpc::Status SetTriageStatus(grpc::ServerContext *context, const v1::SetTriageStatusRequest *request,
                                 v1::Transaction *response) override
    {
        static const char *method = "/flowdesk.v1.TransactionService/SetTriageStatus";
        return guarded("SetTriageStatus", [&] {
            const Caller caller = m_ctx.authorize(context, method);
            const std::int64_t id = requireId(request->id());
            if (request->triage_status() < v1::TRIAGE_STATUS_NEW
                || request->triage_status() > v1::TRIAGE_STATUS_WAITING_ON_PARTNER)
                failInvalid("Choose a triage status", "INVALID_ARGUMENT", {{"triage_status", "required"}});
            const auto status = static_cast<TriageStatus>(request->triage_status());
            mutate(caller, method, *request, request->request_id(), id, request->expected_version(), response,
                   [&](Transaction &t, const FlowCatalogue::Entry &, ChangeNote &note) {
                       if (isClosed(t.state))
                           failState(std::string("A ") + toString(t.state) + " transaction has no triage status");
                       note.detail = std::string("from ") + toString(t.triage) + " to " + toString(status);
                       t.triage = status;
                       note.hopAction = "triaged";
                       note.hopDetail = toString(status);
                       note.eventAction = "triaged";
                       note.auditAction = "set_triage_status";
                   });
            return grpc::Status::OK;
        });
    }

    grpc::Status AddComment(grpc::ServerContext *context, const v1::AddCommentRequest *request,
                            v1::Comment *response) override
    {
        static const char *method = "/flowdesk.v1.TransactionService/AddComment";
        return guarded("AddComment", [&] {
            const Caller caller = m_ctx.authorize(context, method);
            const std::int64_t id = requireId(request->id());
            const std::string text = trimmed(request->text());
            if (text.empty())
                failInvalid("Write a comment", "INVALID_ARGUMENT", {{"text", "required"}});
            if (text.size() > 8000)
                failInvalid("The comment is too long", "INVALID_ARGUMENT", {{"text", "at most 8000 bytes"}});
            const std::string fp = request->request_id().empty()
                ? std::string()
                : requestFingerprint(method, caller.username(), *request);
            const TimeMs now = nowMs();
            m_ctx.store.write([&](WriteTxn &txn) {
                if (!request->request_id().empty() && replayedAnswer(txn, request->request_id(), method, fp, response))
                    return;
                auto t = txn.getTransaction(id, true);
                if (!t)
                    failNotFound("Transaction " + request->id());
                requireScope(caller, *t);
                ChangeNote note;
                note.hopAction = "commented";
                note.hopDetail = text;
                note.eventAction = "commented";
                note.auditAction = "comment";
                note.detail = text;
                note.requestId = request->request_id();
                note.bumpVersion = false;
                commitChange(txn, caller, *t, t->state, note, now);
                response->set_transaction_id(request->id());
                response->set_author(caller.username());
                response->set_text(text);
                setTime(response->mutable_create_time(), now);
                if (!request->request_id().empty())
                    rememberAnswer(txn, request->request_id(), method, fp, *response);
            });
            return grpc::Status::OK;
        });
    }

    // ---- bulk ----

    grpc::Status StartBulkAction(grpc::ServerContext *context, const v1::StartBulkActionRequest *request,
                                 v1::BulkJob *response) override
    {
        return guarded("StartBulkAction", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.TransactionService/StartBulkAction");
            *response = m_bulk.start(caller, *request);
            return grpc::Status::OK;
        });
    }

    grpc::Status WatchBulkAction(grpc::ServerContext *context, const v1::WatchBulkActionRequest *request,
                                 grpc::ServerWriter<v1::BulkJob> *writer) override
    {
        return guarded("WatchBulkAction", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.TransactionService/WatchBulkAction");
            return m_bulk.watch(caller, request->job_id(), context, writer);
        });
    }

    grpc::Status CancelBulkAction(grpc::ServerContext *context, const v1::CancelBulkActionRequest *request,
                                  v1::BulkJob *response) override
    {
        return guarded("CancelBulkAction", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.TransactionService/CancelBulkAction");
            *response = m_bulk.cancel(caller, request->job_id());
            return grpc::Status::OK;
        });
    }

private:
    using Apply = std::function<void(Transaction &, const FlowCatalogue::Entry &, ChangeNote &)>;

    void toProtoFor(const Caller &caller, const Transaction &t, bool full, TimeMs now, v1::Transaction *out) const
    {
        const auto entry = m_ctx.flows.get(t.flowId);
        TxView view;
        view.full = full;
        view.mask = caller.masks();
        view.flow = entry ? &entry->flow : nullptr;
        view.now = now;
        toProto(t, view, out);
    }

    static void requireScope(const Caller &caller, const Transaction &t)
    {
        if (!caller.seesTransaction(t))
            failDenied("This transaction belongs to a plant or domain outside your scope", perm::TransactionsRead,
                       "OUT_OF_SCOPE");
    }

    static void requireFailed(const Transaction &t, const char *verb)
    {
        if (t.state != TxState::Failed)
            failState(std::string("Only a FAILED transaction can be ") + verb + "; this one is "
                      + toString(t.state));
    }

    static void requireReplayAllowed(const Caller &caller, const Transaction &t)
    {
        if (caller.can(perm::TransactionsEdit))
            return;
        if (!isRetryable(t.error.category))
            failDenied("Admins may replay only technical failures (connectivity, authentication) unchanged; "
                       "this is a business failure for the flow's owners",
                       perm::TransactionsEdit, "REPLAY_NOT_ALLOWED");
    }

    void mutate(const Caller &caller, const char *method, const google::protobuf::Message &request,
                const std::string &requestId, std::int64_t id, std::int64_t expectedVersion,
                v1::Transaction *response, const Apply &apply)
    {
        const std::string fp = requestId.empty() ? std::string()
                                                 : requestFingerprint(method, caller.username(), request);
        const TimeMs now = nowMs();
        m_ctx.store.write([&](WriteTxn &txn) {
            if (!requestId.empty() && replayedAnswer(txn, requestId, method, fp, response))
                return;
            auto t = txn.getTransaction(id, true);
            if (!t)
                failNotFound("Transaction " + std::to_string(id));
            requireScope(caller, *t);
            if (expectedVersion != 0 && expectedVersion != t->version)
                failStale(t->version);
            const auto entry = m_ctx.flows.get(t->flowId);
            if (!entry)
                failState("The transaction's flow '" + t->flowId + "' is not in the catalogue");
            const TxState previous = t->state;
            ChangeNote note;
            note.requestId = requestId;
            apply(*t, *entry, note);
            commitChange(txn, caller, *t, previous, note, now);
            const auto fresh = txn.getTransaction(id, true);
            TxView view;
            view.full = true;
            view.mask = caller.masks();
            view.flow = &entry->flow;
            view.now = now;
            toProto(fresh ? *fresh : *t, view, response);
            if (!requestId.empty())
                rememberAnswer(txn, requestId, method, fp, *response);
        });
    }

    ApiContext &m_ctx;
    BulkJobs m_bulk;
};

} // namespace

std::unique_ptr<grpc::Service> makeTransactionService(ApiContext &ctx)
{
    return std::make_unique<TransactionServiceImpl>(ctx);
}

} // namespace flowdesk::backend
