// TransactionService: the exception workbench. Reads within the caller's scope;
// every change is versioned, idempotent per request id, audited and announced
// in one store transaction.

#include "engine.h"
#include "enums.h"
#include "mapping.h"
#include "store.h"
#include "svc_bulk.h"
#include "svc_context.h"
#include "errors.h"
#include "payload.h"
#include "policy.h"

#include "flowdesk/v1/transaction.grpc.pb.h"

#include <algorithm>
#include <deque>
#include <map>
#include <mutex>
#include <unordered_map>
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

void requireView(int view)
{
    if (!v1::TransactionView_IsValid(view))
        failInvalid("Unknown view " + std::to_string(view), "INVALID_ARGUMENT",
                    {{"view", "TRANSACTION_VIEW_BASIC or TRANSACTION_VIEW_FULL"}});
}

// WatchBulkAction streams through the callback API (no thread per open stream);
// the other methods are synchronous.
class TransactionServiceImpl final
    : public v1::TransactionService::WithCallbackMethod_WatchBulkAction<v1::TransactionService::Service> {
public:
    explicit TransactionServiceImpl(ApiContext &ctx) : m_ctx(ctx), m_bulk(ctx)
    {
        m_ctx.shutdownHooks.push_back([this] { m_bulk.shutdown(); });
        // Jobs a stop or a crash interrupted continue where they were.
        m_bulk.resumeUnfinished();
    }

    // ---- reads ----

    grpc::Status ListTransactions(grpc::ServerContext *context, const v1::ListTransactionsRequest *request,
                                  v1::ListTransactionsResponse *response) override
    {
        return guarded("ListTransactions", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.TransactionService/ListTransactions");
            requireView(request->view());
            TxFilter filter = fromProto(request->filter(), caller.username(), m_ctx.clock.now());
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
            // A caller who sees masked fields needs the payloads read with the rows:
            // their values are masked in every text of the answer.
            TxPage page =
                m_ctx.store.listTransactions(filter, *order, pageSize, request->page_token(), full || caller.masks());
            if (full)
                m_ctx.store.loadHops(page.items);
            const TimeMs now = m_ctx.clock.now();
            // Long texts are cut, and the page ends early rather than outgrow its
            // byte budget: every answer fits what a client accepts.
            std::string nextPageToken = page.nextPageToken;
            std::size_t bytes = 0;
            for (std::size_t i = 0; i < page.items.size(); ++i) {
                auto *out = response->add_transactions();
                toProtoFor(caller, page.items[i], full, now, out);
                cutForList(out);
                // Each row also costs its tag and length on the wire.
                bytes += out->ByteSizeLong() + 8;
                if (bytes + kPageOverheadBytes > kListPageBudgetBytes && i > 0) {
                    response->mutable_transactions()->RemoveLast();
                    nextPageToken = m_ctx.store.pageTokenAfter(filter, *order, page.items[i - 1]);
                    break;
                }
            }
            response->set_next_page_token(nextPageToken);
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
            requireView(request->view());
            const bool full = request->view() != v1::TRANSACTION_VIEW_BASIC;
            const auto t = m_ctx.store.getTransaction(id, full);
            if (!t)
                failNotFound("Transaction " + request->id());
            requireScope(caller, *t);
            toProtoFor(caller, *t, full, m_ctx.clock.now(), response);
            return grpc::Status::OK;
        });
    }

    grpc::Status ListErrorGroups(grpc::ServerContext *context, const v1::ListErrorGroupsRequest *request,
                                 v1::ListErrorGroupsResponse *response) override
    {
        return guarded("ListErrorGroups", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.TransactionService/ListErrorGroups");
            TxFilter filter = fromProto(request->filter(), caller.username(), m_ctx.clock.now());
            if (filter.states.empty())
                filter.states = {TxState::Failed};
            if (request->page_size() < 0)
                failInvalid("page_size must not be negative", "INVALID_ARGUMENT", {{"page_size", "negative"}});
            // All groups come in one answer: this server hands out no page tokens.
            if (!request->page_token().empty())
                failInvalid("page_token is not one this server handed out", "INVALID_ARGUMENT",
                            {{"page_token", "unknown token"}});
            if (!caller.narrow(filter))
                return grpc::Status::OK;
            const int limit = request->page_size() == 0 ? 200 : std::min(request->page_size(), 1000);
            const auto groups = m_ctx.store.listErrorGroups(filter, limit, request->exact());
            std::vector<std::shared_ptr<const FlowCatalogue::Entry>> flows;
            flows.reserve(groups.size());
            // The groups whose texts the caller sees masked: their sample
            // members with their payloads, all in one read, for the values to mask.
            const auto masked = [&](std::size_t i) {
                return caller.masks() && flows[i] && !flows[i]->flow.sensitiveFields.empty();
            };
            std::vector<std::int64_t> sampleIds;
            for (std::size_t i = 0; i < groups.size(); ++i) {
                flows.push_back(m_ctx.flows.get(groups[i].flowId));
                if (masked(i) && groups[i].sampleId > 0)
                    sampleIds.push_back(groups[i].sampleId);
            }
            std::unordered_map<std::int64_t, Transaction> samples;
            if (!sampleIds.empty())
                for (auto &t : m_ctx.store.getTransactions(sampleIds, true))
                    if (t)
                        samples.emplace(t->id, std::move(*t));
            for (std::size_t i = 0; i < groups.size(); ++i) {
                auto *out = response->add_groups();
                toProto(groups[i], flows[i] ? &flows[i]->flow : nullptr, caller.language, out);
                if (masked(i)) {
                    const auto sample = samples.find(groups[i].sampleId);
                    maskGroup(sample == samples.end() ? nullptr : &sample->second, flows[i]->flow, out);
                }
            }
            return grpc::Status::OK;
        });
    }

    grpc::Status GetTimeline(grpc::ServerContext *context, const v1::GetTimelineRequest *request,
                             v1::GetTimelineResponse *response) override
    {
        return guarded("GetTimeline", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.TransactionService/GetTimeline");
            requireName(request->correlation_id(), "correlation_id", kMaxKeyBytes);
            const TimeMs now = m_ctx.clock.now();
            const auto chain = m_ctx.store.timeline(request->correlation_id());
            for (const auto &t : chain) {
                if (caller.seesTransaction(t)) {
                    auto *out = response->add_transactions();
                    toProtoFor(caller, t, false, now, out);
                    cutForList(out);
                }
            }
            // Nothing under that correlation id, or nothing the caller may see:
            // the same answer, so that the answer tells nothing about other scopes.
            if (response->transactions().empty())
                failNotFound("Correlation id '" + request->correlation_id() + "'");
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
            requireNote(request->reason(), "reason");
            mutate(caller, method, *request, request->request_id(), id, request->expected_version(), response,
                   [&](Transaction &t, const FlowCatalogue::Entry &flow, std::vector<ChangeNote> &notes) {
                       require(caller, t, TxAction::EditPayload);
                       notes.push_back(correction(t, flow, request->payload_json(), request->reason(), caller.language, m_ctx.clock.now()));
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
            const bool corrected = !request->payload_json().empty();
            if (!corrected && !request->reason().empty())
                failInvalid("A reason goes with a corrected payload (payload_json)", "INVALID_ARGUMENT",
                            {{"reason", "only with payload_json"}});
            requireNote(request->reason(), "reason");
            const TimeMs now = m_ctx.clock.now();
            mutate(caller, method, *request, request->request_id(), id, request->expected_version(), response,
                   [&](Transaction &t, const FlowCatalogue::Entry &flow, std::vector<ChangeNote> &notes) {
                       // A correction and its resubmit are one change: both or neither.
                       const TxAction action = corrected ? TxAction::EditAndResubmit : TxAction::Resubmit;
                       require(caller, t, action);
                       if (corrected)
                           notes.push_back(correction(t, flow, request->payload_json(), request->reason(), caller.language, m_ctx.clock.now()));
                       t.state = *stateAfter(action, t.state);
                       t.nextAttemptAt = now;
                       ChangeNote note;
                       note.action = TxAction::Resubmit;
                       notes.push_back(std::move(note));
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
            requireNote(reason, "reason");
            mutate(caller, method, *request, request->request_id(), id, request->expected_version(), response,
                   [&](Transaction &t, const FlowCatalogue::Entry &, std::vector<ChangeNote> &notes) {
                       require(caller, t, TxAction::Discard);
                       t.state = *stateAfter(TxAction::Discard, t.state);
                       t.nextAttemptAt = 0;
                       ChangeNote note;
                       note.action = TxAction::Discard;
                       note.reason = reason;
                       notes.push_back(std::move(note));
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
            requireNote(reason, "reason");
            mutate(caller, method, *request, request->request_id(), id, request->expected_version(), response,
                   [&](Transaction &t, const FlowCatalogue::Entry &, std::vector<ChangeNote> &notes) {
                       require(caller, t, TxAction::ResolveManually);
                       t.state = *stateAfter(TxAction::ResolveManually, t.state);
                       t.nextAttemptAt = 0;
                       ChangeNote note;
                       note.action = TxAction::ResolveManually;
                       note.reason = reason;
                       notes.push_back(std::move(note));
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
            requireText(request->assignee(), "assignee", kMaxKeyBytes);
            const std::string assignee = request->assignee() == "me" ? caller.username() : request->assignee();
            if (!assignee.empty() && !m_ctx.store.getUser(assignee))
                failInvalid("There is no user '" + assignee + "'", "UNKNOWN_USER", {{"assignee", "unknown user"}});
            mutate(caller, method, *request, request->request_id(), id, request->expected_version(), response,
                   [&](Transaction &t, const FlowCatalogue::Entry &, std::vector<ChangeNote> &notes) {
                       require(caller, t, TxAction::Assign);
                       ChangeNote note;
                       note.action = TxAction::Assign;
                       describeAssignment(note, t.assignee, assignee);
                       t.assignee = assignee;
                       notes.push_back(std::move(note));
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
            const auto parsed = fromProto(request->triage_status());
            if (!parsed || *parsed == TriageStatus::None)
                failInvalid("Choose a triage status", "INVALID_ARGUMENT", {{"triage_status", "required"}});
            const TriageStatus status = *parsed;
            mutate(caller, method, *request, request->request_id(), id, request->expected_version(), response,
                   [&](Transaction &t, const FlowCatalogue::Entry &, std::vector<ChangeNote> &notes) {
                       require(caller, t, TxAction::SetTriageStatus);
                       ChangeNote note;
                       note.action = TxAction::SetTriageStatus;
                       describeTriage(note, t.triage, status);
                       t.triage = status;
                       notes.push_back(std::move(note));
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
            requireNote(text, "text");
            const std::string fp = request->request_id().empty()
                ? std::string()
                : requestFingerprint(method, caller.username(), *request);
            const TimeMs now = m_ctx.clock.now();
            m_ctx.store.write([&](WriteTxn &txn) {
                if (!request->request_id().empty() && replayedAnswer(txn, request->request_id(), method, fp, response))
                    return;
                auto t = txn.getTransaction(id, true);
                if (!t)
                    failNotFound("Transaction " + request->id());
                requireScope(caller, *t);
                require(caller, *t, TxAction::Comment);
                ChangeNote note;
                note.action = TxAction::Comment;
                note.hopDetail = text;
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

    grpc::Status LookupFieldValues(grpc::ServerContext *context, const v1::LookupFieldValuesRequest *request,
                                   v1::LookupFieldValuesResponse *response) override
    {
        static const char *method = "/flowdesk.v1.TransactionService/LookupFieldValues";
        return guarded("LookupFieldValues", [&] {
            const Caller caller = m_ctx.authorize(context, method);
            const std::int64_t id = requireId(request->transaction_id());
            const std::string &pointer = request->field_path();
            if (pointer.empty() || pointer.front() != '/' || pointer.size() > 512)
                failInvalid("Name the field as a JSON pointer, e.g. /customer/code", "INVALID_ARGUMENT",
                            {{"field_path", "a JSON pointer of at most 512 bytes"}});
            if (request->query().size() > 200)
                failInvalid("The search text is too long", "INVALID_ARGUMENT", {{"query", "at most 200 bytes"}});
            if (request->page_size() < 0 || request->page_size() > 50)
                failInvalid("Ask for 1 to 50 values", "INVALID_ARGUMENT", {{"page_size", "1 to 50"}});
            const int limit = request->page_size() == 0 ? 20 : request->page_size();
            const auto t = m_ctx.store.getTransaction(id, false);
            if (!t)
                failNotFound("Transaction " + request->transaction_id());
            requireScope(caller, *t);
            require(caller, *t, TxAction::EditPayload);
            const auto entry = m_ctx.flows.get(t->flowId);
            if (!entry)
                failNotFound("Flow " + t->flowId);
            const TimeMs now = m_ctx.clock.now();
            if (const std::int64_t waitMs = m_lookupLimiter.take(caller.username(), now); waitMs > 0) {
                v1::ErrorDetails details;
                details.set_reason("RATE_LIMITED");
                (*details.mutable_metadata())["retry_after_seconds"] = std::to_string((waitMs + 999) / 1000);
                throw ApiError(makeStatus(grpc::StatusCode::RESOURCE_EXHAUSTED,
                                          "Too many lookups; try again in a few seconds", details));
            }
            const CandidateLookup found = m_ctx.adapter.candidates(entry->flow, pointer, request->query(), limit);
            m_ctx.store.write([&](WriteTxn &txn) {
                AuditEntry a = auditFor(caller, "lookup_field_values", "transaction", std::to_string(id), now);
                a.detail = "field " + pointer + ", query \"" + request->query() + "\": ";
                a.messageArgs = {{"field", pointer}, {"query", request->query()}, {"system", entry->flow.targetSystem}};
                // The field as the form names it, in each language the audit may be read in.
                for (const std::string &language : messageLanguages())
                    a.messageArgs["field." + language] =
                        readableFieldPath(entry->flow.payloadSchemaJson, pointer, language);
                switch (found.status) {
                case CandidateLookup::Status::Ok:
                    a.detail += std::to_string(found.candidates.size()) + " values from " + entry->flow.targetSystem;
                    a.messageId = request->query().empty() ? "audit.LOOKUP_ALL" : "audit.LOOKUP";
                    a.messageArgs["count"] = std::to_string(found.candidates.size());
                    break;
                case CandidateLookup::Status::NotSupported:
                    a.detail += "no lookup for this field";
                    a.messageId = "audit.LOOKUP_NONE";
                    break;
                case CandidateLookup::Status::Failed:
                    a.detail += "failed: " + found.error.code;
                    a.messageId = "audit.LOOKUP_FAILED";
                    a.messageArgs["code"] = found.error.code;
                    break;
                }
                txn.appendAudit(a);
            });
            switch (found.status) {
            case CandidateLookup::Status::NotSupported:
                fail(grpc::StatusCode::UNIMPLEMENTED,
                     entry->flow.targetSystem + " offers no values for " + pointer, "NO_LOOKUP");
            case CandidateLookup::Status::Failed:
                fail(grpc::StatusCode::UNAVAILABLE,
                     entry->flow.targetSystem + " could not be asked: " + found.error.message,
                     found.error.code.empty() ? std::string("TARGET_UNAVAILABLE") : found.error.code);
            case CandidateLookup::Status::Ok:
                break;
            }
            for (const auto &c : found.candidates) {
                if (response->values_size() >= limit)
                    break;
                auto *v = response->add_values();
                v->set_value(c.value);
                v->set_label(c.label);
            }
            if (request->suggest() && !request->query().empty()) {
                // "Did you mean": the refused value names nothing the target
                // matches by name, so rank what the target offers for the field.
                const CandidateLookup all = m_ctx.adapter.candidates(entry->flow, pointer, std::string(), 50);
                if (all.status == CandidateLookup::Status::Ok) {
                    for (const std::size_t i : closestCandidates(request->query(), all.candidates)) {
                        auto *v = response->add_suggestions();
                        v->set_value(all.candidates[i].value);
                        v->set_label(all.candidates[i].label);
                    }
                }
            }
            response->set_source_system(entry->flow.targetSystem);
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

    grpc::ServerWriteReactor<v1::BulkJob> *WatchBulkAction(grpc::CallbackServerContext *context,
                                                           const v1::WatchBulkActionRequest *request) override
    {
        grpc::ServerWriteReactor<v1::BulkJob> *stream = nullptr;
        const grpc::Status status = guarded("WatchBulkAction", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.TransactionService/WatchBulkAction");
            requireName(request->job_id(), "job_id", kMaxKeyBytes);
            stream = m_bulk.watch(caller, request->job_id(), context);
            return grpc::Status::OK;
        });
        if (!status.ok())
            return new RefusedStream<v1::BulkJob>(status);
        return stream;
    }

    grpc::Status CancelBulkAction(grpc::ServerContext *context, const v1::CancelBulkActionRequest *request,
                                  v1::BulkJob *response) override
    {
        return guarded("CancelBulkAction", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.TransactionService/CancelBulkAction");
            requireName(request->job_id(), "job_id", kMaxKeyBytes);
            *response = m_bulk.cancel(caller, request->job_id());
            return grpc::Status::OK;
        });
    }

private:
    // At most kLookupsPerMinute lookups per person in any minute.
    class LookupLimiter {
    public:
        static constexpr std::size_t kLookupsPerMinute = 30;
        // 0 when the call may go ahead (and is counted), else how long to wait.
        std::int64_t take(const std::string &username, TimeMs now)
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            auto &times = m_calls[username];
            while (!times.empty() && times.front() <= now - 60000)
                times.pop_front();
            if (times.size() >= kLookupsPerMinute)
                return std::max<std::int64_t>(1, times.front() + 60000 - now);
            times.push_back(now);
            return 0;
        }

    private:
        std::mutex m_mutex;
        std::map<std::string, std::deque<TimeMs>> m_calls;
    };
    LookupLimiter m_lookupLimiter;

    using Apply = std::function<void(Transaction &, const FlowCatalogue::Entry &, std::vector<ChangeNote> &)>;

    void toProtoFor(const Caller &caller, const Transaction &t, bool full, TimeMs now, v1::Transaction *out) const
    {
        const auto entry = m_ctx.flows.get(t.flowId);
        TxView view;
        view.full = full;
        view.mask = caller.masks();
        view.flow = entry ? &entry->flow : nullptr;
        view.now = now;
        view.actor = &caller;
        view.language = caller.language;
        toProto(m_ctx.store, t, view, out);
    }

    // An error group as a caller who sees the flow's sensitive fields masked
    // may read it: the sample message is one member's, masked with that
    // member's values; the sums are withheld when the amount is a sensitive
    // field, whatever the number of members (a sum over a selection the caller
    // chooses, narrowed by time or text, gives single amounts away).
    // `sample`: the member the group's sample message is from, with its
    // payload (its own values are masked in the group's texts); null when it
    // is gone.
    static void maskGroup(const Transaction *sample, const FlowDef &flow, v1::ErrorGroup *out)
    {
        if (amountIsSensitive(flow.payloadSchemaJson, flow.sensitiveFields)) {
            out->set_value_at_risk_minor(0);
            out->set_currency(std::string());
            out->clear_values_at_risk();
            out->set_value_at_risk_masked(true);
        }
        SensitiveValues values;
        if (sample) {
            const Transaction &t = *sample;
            values.collect(t.payloadJson, flow.sensitiveFields);
            values.collect(t.originalPayloadJson, flow.sensitiveFields);
            if (t.amountMinor != 0 && out->value_at_risk_masked())
                values.addNumber(static_cast<double>(t.amountMinor) / 100.0);
            out->set_sample_message(values.mask(t.error.message));
        } else {
            out->set_sample_message(values.mask(out->sample_message()));
        }
        out->set_signature(values.mask(out->signature()));
        out->set_group(values.mask(out->group()));
        out->set_offending_value(values.mask(out->offending_value()));
        out->set_what_to_do(values.mask(out->what_to_do()));
    }

    // Room kept for the page token and the total of a list answer.
    static constexpr std::size_t kPageOverheadBytes = 4096;

    // A list row: free texts cut to what a list shows (see kListTextBytes).
    static void cutForList(v1::Transaction *t)
    {
        const auto cut = [](std::string *text) {
            if (text->size() > kListTextBytes)
                *text = backend::cutForList(*text);
        };
        if (t->has_error()) {
            auto *e = t->mutable_error();
            cut(e->mutable_message());
            cut(e->mutable_target_response());
            cut(e->mutable_what_to_do());
        }
        for (auto &h : *t->mutable_hops())
            cut(h.mutable_detail());
    }

    static void requireScope(const Caller &caller, const Transaction &t)
    {
        if (!caller.seesTransaction(t))
            failDenied("This transaction belongs to a plant or domain outside your scope", perm::TransactionsRead,
                       "OUT_OF_SCOPE");
    }

    // The note of a corrected payload: checked against the flow's schema (and
    // never writing the mask into a sensitive field), its difference recorded,
    // and applied to t.
    static ChangeNote correction(Transaction &t, const FlowCatalogue::Entry &flow, const std::string &payloadJson,
                                 const std::string &reason, const std::string &language, TimeMs now)
    {
        const auto &sensitive = flow.flow.sensitiveFields;
        if (!flow.schema)
            failState("The flow's schema is broken; the payload cannot be validated");
        auto violations = flow.schema->validate(payloadJson, language);
        const auto maskedWrites = maskedValuesWritten(payloadJson, sensitive);
        violations.insert(violations.end(), maskedWrites.begin(), maskedWrites.end());
        if (!violations.empty())
            failInvalid(payloadProblemsText(violations.size(), language), "SCHEMA_VIOLATION", violations);
        ChangeNote note;
        note.action = TxAction::EditPayload;
        note.diffJson = payloadDiff(t.payloadJson, payloadJson, sensitive);
        note.reason = reason;
        const std::string before = t.payloadJson;
        t.payloadJson = payloadJson;
        // The counterparty, amount and due date shown follow the corrected payload.
        std::string problem;
        if (!takeBusinessFields(t, before, flow.flow.payloadSchemaJson, now, &problem)) {
            t.payloadJson = before;
            failInvalid("The corrected payload cannot be taken: " + problem, "INVALID_ARGUMENT",
                        {{"payload_json", problem}});
        }
        t.schemaVersion = flow.flow.schemaVersion;
        return note;
    }

    void mutate(const Caller &caller, const char *method, const google::protobuf::Message &request,
                const std::string &requestId, std::int64_t id, std::int64_t expectedVersion,
                v1::Transaction *response, const Apply &apply)
    {
        const std::string fp = requestId.empty() ? std::string()
                                                 : requestFingerprint(method, caller.username(), request);
        const TimeMs now = m_ctx.clock.now();
        m_ctx.store.write([&](WriteTxn &txn) {
            if (!requestId.empty() && replayedAnswer(txn, requestId, method, fp, response)) {
                // The first answer again, to a caller who may still see the
                // transaction now: scope is checked on the row as it is.
                const auto current = txn.getTransaction(id, false);
                if (!current)
                    failNotFound("Transaction " + std::to_string(id));
                requireScope(caller, *current);
                return;
            }
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
            std::vector<ChangeNote> notes;
            apply(*t, *entry, notes);
            for (auto &note : notes)
                note.requestId = requestId;
            commitChange(txn, caller, *t, previous, notes, now);
            const auto fresh = txn.getTransaction(id, true);
            TxView view;
            view.full = true;
            view.mask = caller.masks();
            view.flow = &entry->flow;
            view.now = now;
            view.actor = &caller;
            view.language = caller.language;
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
