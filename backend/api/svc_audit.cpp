// AuditService: the tamper-evident audit trail.

#include "mapping.h"
#include "payload.h"
#include "store.h"
#include "svc_context.h"

#include "flowdesk/v1/audit.grpc.pb.h"

#include <map>
#include <optional>

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
            requireText(request->business_key(), "business_key", kMaxKeyBytes);
            AuditFilter filter;
            filter.businessKey = request->business_key();
            filter.actor = request->actor();
            filter.action = request->action();
            filter.targetType = request->target_type();
            filter.targetId = request->target_id();
            filter.changesOnly = request->changes_only();
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
            // Every entry about a transaction names its business object.
            struct Target {
                std::optional<Transaction> tx;
                SensitiveValues values;
            };
            std::map<std::string, Target> targets;
            for (const auto &e : page.items) {
                auto *out = response->add_entries();
                toProto(e, out);
                if (e.targetType != "transaction") {
                    addFieldChanges(out);
                    addDetailMessage(e, caller.language, nullptr, out);
                    continue;
                }
                auto known = targets.find(e.targetId);
                if (known == targets.end()) {
                    Target target;
                    const auto id = parseTransactionId(e.targetId);
                    target.tx = id ? m_ctx.store.getTransaction(*id, caller.masks()) : std::nullopt;
                    const auto flow = target.tx && caller.masks() ? m_ctx.flows.get(target.tx->flowId) : nullptr;
                    if (target.tx && flow) {
                        const auto &sensitive = flow->flow.sensitiveFields;
                        target.values.collect(target.tx->payloadJson, sensitive);
                        target.values.collect(target.tx->originalPayloadJson, sensitive);
                        if (target.tx->amountMinor != 0 && amountIsSensitive(flow->flow.payloadSchemaJson, sensitive))
                            target.values.addNumber(static_cast<double>(target.tx->amountMinor) / 100.0);
                    }
                    known = targets.emplace(e.targetId, std::move(target)).first;
                }
                const Target &target = known->second;
                if (target.tx && caller.seesTransaction(*target.tx)) {
                    out->set_business_key(target.tx->businessKey);
                    out->set_business_object_type(target.tx->businessObjectType);
                }
                if (caller.masks()) {
                    out->set_reason(target.values.mask(e.reason));
                    out->set_detail(target.values.mask(e.detail));
                    out->set_diff_json(target.values.mask(e.diffJson));
                }
                addFieldChanges(out);
                addDetailMessage(e, caller.language, caller.masks() ? &target.values : nullptr, out);
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
    // The entry's detail worded in the caller's language. Of its arguments
    // only what a person typed (a lookup's query) can quote the transaction's
    // values: masked as the detail is. The others (user names, statuses, a
    // job's id, counts) are the backend's own and stay whole.
    static void addDetailMessage(const AuditEntry &e, const std::string &language, const SensitiveValues *masked,
                                 v1::AuditEntry *out)
    {
        if (e.messageId.empty())
            return;
        MessageArgs args = e.messageArgs;
        if (masked)
            if (const auto query = args.find("query"); query != args.end())
                query->second = masked->mask(query->second);
        setUserMessage(out->mutable_detail_message(), e.messageId, args, auditMessageText(e.messageId, args, language),
                       out->detail());
    }

    // The edit's difference field by field, read from the diff the caller
    // receives (masked as it is).
    static void addFieldChanges(v1::AuditEntry *out)
    {
        if (out->diff_json().empty() || out->diff_json() == "{}")
            return;
        for (const FieldChange &c : fieldChanges(out->diff_json())) {
            auto *change = out->add_field_changes();
            change->set_path(c.path);
            change->set_old_value_json(c.oldJson);
            change->set_new_value_json(c.newJson);
        }
    }

    ApiContext &m_ctx;
};

} // namespace

std::unique_ptr<grpc::Service> makeAuditService(ApiContext &ctx)
{
    return std::make_unique<AuditServiceImpl>(ctx);
}

} // namespace flowdesk::backend
