// AuditService: the tamper-evident audit trail.

#include "mapping.h"
#include "payload.h"
#include "store.h"
#include "svc_context.h"

#include "flowdesk/v1/audit.grpc.pb.h"

#include <map>

namespace flowdesk::backend {

namespace {

namespace v1 = flowdesk::v1;

class AuditServiceImpl final : public v1::AuditService::Service {
public:
    explicit AuditServiceImpl(ApiContext &ctx) : m_ctx(ctx) {}

    // The history of one transaction the caller may see (who assigned, edited or
    // resubmitted it, and why) is part of working on it.
    bool mayReadTransactionHistory(const Caller &caller, const AuditFilter &filter) const
    {
        if (filter.targetType != "transaction" || filter.targetId.empty() || !caller.can(perm::TransactionsRead))
            return false;
        std::int64_t id = 0;
        try {
            std::size_t used = 0;
            id = std::stoll(filter.targetId, &used);
            if (used != filter.targetId.size())
                return false;
        } catch (const std::exception &) {
            return false;
        }
        const auto t = m_ctx.store.getTransaction(id, false);
        return t && caller.seesTransaction(*t);
    }

    grpc::Status ListAuditEntries(grpc::ServerContext *context, const v1::ListAuditEntriesRequest *request,
                                  v1::ListAuditEntriesResponse *response) override
    {
        return guarded("ListAuditEntries", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.AuditService/ListAuditEntries");
            requireText(request->actor(), "actor", kMaxKeyBytes);
            requireText(request->action(), "action", kMaxCodeBytes);
            requireText(request->target_type(), "target_type", kMaxCodeBytes);
            requireText(request->target_id(), "target_id", kMaxKeyBytes);
            AuditFilter filter;
            filter.actor = request->actor();
            filter.action = request->action();
            filter.targetType = request->target_type();
            filter.targetId = request->target_id();
            if (request->has_start_time())
                filter.from = requireTime(request->start_time(), "start_time");
            if (request->has_end_time())
                filter.to = requireTime(request->end_time(), "end_time");
            if (request->has_start_time() && request->has_end_time() && filter.to < filter.from)
                failInvalid("end_time lies before start_time", "INVALID_ARGUMENT", {{"end_time", "before start_time"}});
            if (!caller.can(perm::AuditReadAll) && !mayReadTransactionHistory(caller, filter)) {
                // Own actions only: another actor's entries are simply not there.
                if (!filter.actor.empty() && filter.actor != caller.username())
                    return grpc::Status::OK;
                filter.actor = caller.username();
            }
            if (request->page_size() < 0)
                failInvalid("page_size must not be negative", "INVALID_ARGUMENT", {{"page_size", "negative"}});
            const int pageSize = request->page_size() == 0 ? 100 : std::min(request->page_size(), 1000);
            const AuditPage page = m_ctx.store.listAudit(filter, pageSize, request->page_token());
            // What a person wrote about a transaction (a reason, a comment) may
            // quote its masked values: masked for a caller who sees them masked.
            std::map<std::string, SensitiveValues> valuesOf;
            for (const auto &e : page.items) {
                auto *out = response->add_entries();
                toProto(e, out);
                if (!caller.masks() || e.targetType != "transaction")
                    continue;
                auto known = valuesOf.find(e.targetId);
                if (known == valuesOf.end()) {
                    SensitiveValues values;
                    const auto id = parseTransactionId(e.targetId);
                    const auto t = id ? m_ctx.store.getTransaction(*id, true) : std::nullopt;
                    const auto flow = t ? m_ctx.flows.get(t->flowId) : nullptr;
                    if (t && flow) {
                        const auto &sensitive = flow->flow.sensitiveFields;
                        values.collect(t->payloadJson, sensitive);
                        values.collect(t->originalPayloadJson, sensitive);
                        if (t->amountMinor != 0 && amountIsSensitive(flow->flow.payloadSchemaJson, sensitive))
                            values.addNumber(static_cast<double>(t->amountMinor) / 100.0);
                    }
                    known = valuesOf.emplace(e.targetId, std::move(values)).first;
                }
                const SensitiveValues &values = known->second;
                out->set_reason(values.mask(e.reason));
                out->set_detail(values.mask(e.detail));
                out->set_diff_json(values.mask(e.diffJson));
            }
            response->set_next_page_token(page.nextPageToken);
            response->set_total_size(static_cast<std::int32_t>(page.totalSize));
            return grpc::Status::OK;
        });
    }

    grpc::Status VerifyAuditChain(grpc::ServerContext *context, const v1::VerifyAuditChainRequest *,
                                  v1::VerifyAuditChainResponse *response) override
    {
        return guarded("VerifyAuditChain", [&] {
            m_ctx.authorize(context, "/flowdesk.v1.AuditService/VerifyAuditChain");
            const AuditVerification v = m_ctx.store.verifyAuditChain();
            response->set_ok(v.ok);
            response->set_entries_checked(v.checked);
            response->set_first_broken_sequence(v.firstBrokenSequence);
            response->set_problem(v.problem);
            return grpc::Status::OK;
        });
    }

private:
    ApiContext &m_ctx;
};

} // namespace

std::unique_ptr<grpc::Service> makeAuditService(ApiContext &ctx)
{
    return std::make_unique<AuditServiceImpl>(ctx);
}

} // namespace flowdesk::backend
