// DashboardService: flow health, time series and stuck orders within the caller's scope.

#include "mapping.h"
#include "store.h"
#include "svc_context.h"

#include "flowdesk/v1/dashboard.grpc.pb.h"

#include <algorithm>
#include <cmath>

namespace flowdesk::backend {

namespace {

namespace v1 = flowdesk::v1;

bool flowVisible(const Caller &caller, const FlowDef &f)
{
    if (caller.role() != Role::Operator)
        return true;
    return std::find(caller.user.domains.begin(), caller.user.domains.end(), f.domain) != caller.user.domains.end();
}

class DashboardServiceImpl final : public v1::DashboardService::Service {
public:
    explicit DashboardServiceImpl(ApiContext &ctx) : m_ctx(ctx) {}

    grpc::Status GetFlowHealth(grpc::ServerContext *context, const v1::GetFlowHealthRequest *request,
                               v1::GetFlowHealthResponse *response) override
    {
        return guarded("GetFlowHealth", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.DashboardService/GetFlowHealth");
            TxFilter scope;
            scope.plants.assign(request->plants().begin(), request->plants().end());
            const bool anyVisible = caller.narrow(scope);
            const TimeMs now = nowMs();
            std::map<std::string, std::map<TxState, std::int64_t>> counts;
            std::map<std::string, std::int64_t> stuck;
            std::map<std::string, std::pair<std::int64_t, std::string>> atRisk;
            if (anyVisible) {
                for (const auto &c : m_ctx.store.countByFlowAndState(scope))
                    counts[c.flowId][c.state] += c.count;
                stuck = m_ctx.store.stuckCountByFlow(scope, now);
                TxFilter failed = scope;
                failed.states = {TxState::Failed};
                for (const auto &g : m_ctx.store.listErrorGroups(failed, 10000)) {
                    auto &slot = atRisk[g.flowId];
                    slot.first += g.valueAtRiskMinor;
                    if (slot.second.empty())
                        slot.second = g.currency;
                }
            }
            for (const auto &f : m_ctx.store.listFlows()) {
                if (!flowVisible(caller, f))
                    continue;
                auto &c = counts[f.id];
                auto *h = response->add_flows();
                h->set_flow_id(f.id);
                h->set_flow_name(f.name);
                h->set_domain(f.domain);
                std::int64_t total = 0;
                std::int64_t backlog = 0;
                for (const auto &[state, n] : c) {
                    total += n;
                    if (!isClosed(state))
                        backlog += n;
                }
                const std::int64_t failedCount = c[TxState::Failed];
                const std::int64_t stuckCount = stuck.count(f.id) ? stuck[f.id] : 0;
                h->set_received(total);
                h->set_delivered(c[TxState::Delivered]);
                h->set_failed(failedCount);
                h->set_retried(c[TxState::RetryScheduled]);
                h->set_backlog(backlog);
                h->set_stuck(stuckCount);
                const double rate = total > 0 ? double(failedCount) / double(total) : 0.0;
                h->set_failure_rate(rate);
                if (atRisk.count(f.id)) {
                    h->set_value_at_risk_minor(atRisk[f.id].first);
                    h->set_currency(atRisk[f.id].second);
                }
                if (request->plants_size() == 1)
                    h->set_plant(request->plants(0));
                if (backlog > 0 && anyVisible) {
                    TxFilter open = scope;
                    open.flowIds = {f.id};
                    open.states = {TxState::Received, TxState::InFlight, TxState::RetryScheduled, TxState::Failed,
                                   TxState::Resubmitted};
                    const TxPage oldest = m_ctx.store.listTransactions(open, TxOrder::CreatedAsc, 1, std::string());
                    if (!oldest.items.empty())
                        h->set_oldest_age_seconds(std::max<std::int64_t>(0, (now - oldest.items.front().createdAt) / 1000));
                }
                if (rate >= 0.10 || stuckCount >= 10) {
                    h->set_status(v1::HEALTH_RED);
                    h->set_status_reason(rate >= 0.10 ? "More than 10 % of the transactions failed"
                                                      : std::to_string(stuckCount) + " transactions are past their SLA");
                } else if (rate >= 0.02 || stuckCount > 0) {
                    h->set_status(v1::HEALTH_AMBER);
                    h->set_status_reason(stuckCount > 0 ? std::to_string(stuckCount) + " transaction(s) past their SLA"
                                                        : "More than 2 % of the transactions failed");
                } else {
                    h->set_status(v1::HEALTH_GREEN);
                    h->set_status_reason("Flowing normally");
                }
            }
            return grpc::Status::OK;
        });
    }

    grpc::Status GetTimeSeries(grpc::ServerContext *context, const v1::GetTimeSeriesRequest *request,
                               v1::GetTimeSeriesResponse *response) override
    {
        return guarded("GetTimeSeries", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.DashboardService/GetTimeSeries");
            const TimeMs now = nowMs();
            const TimeMs end = request->has_end_time() ? fromTime(request->end_time()) : now;
            const TimeMs start = request->has_start_time() ? fromTime(request->start_time()) : end - 24 * 3600 * 1000;
            const std::int64_t bucketMs = (request->bucket_seconds() > 0 ? request->bucket_seconds() : 3600) * 1000;
            if (end <= start)
                failInvalid("end_time must lie after start_time", "INVALID_ARGUMENT", {{"end_time", "before start"}});
            const std::int64_t buckets = (end - start + bucketMs - 1) / bucketMs;
            if (buckets > 5000)
                failInvalid("Too many buckets: choose a larger bucket_seconds", "INVALID_ARGUMENT",
                            {{"bucket_seconds", "at most 5000 buckets"}});
            TxFilter scope;
            scope.plants.assign(request->plants().begin(), request->plants().end());
            if (!caller.narrow(scope))
                return grpc::Status::OK;
            scope.createdAfter = start;
            scope.createdBefore = end;
            switch (request->metric()) {
            case v1::METRIC_DELIVERED:
            case v1::METRIC_LATENCY_P95_MS:
                scope.states = {TxState::Delivered};
                break;
            case v1::METRIC_FAILED:
                scope.states = {TxState::Failed};
                break;
            case v1::METRIC_RETRIED:
                scope.states = {TxState::RetryScheduled};
                break;
            default:
                break;
            }
            std::vector<std::string> flowIds(request->flow_ids().begin(), request->flow_ids().end());
            if (flowIds.empty()) {
                for (const auto &f : m_ctx.store.listFlows()) {
                    if (flowVisible(caller, f))
                        flowIds.push_back(f.id);
                }
            }
            for (const auto &flowId : flowIds) {
                const auto entry = m_ctx.flows.get(flowId);
                if (!entry || !flowVisible(caller, entry->flow))
                    continue;
                TxFilter filter = scope;
                filter.flowIds = {flowId};
                std::vector<double> values(static_cast<std::size_t>(buckets), 0.0);
                std::vector<std::vector<std::int64_t>> latencies(
                    request->metric() == v1::METRIC_LATENCY_P95_MS ? static_cast<std::size_t>(buckets) : 0);
                std::string token;
                std::int64_t seen = 0;
                do {
                    const TxPage page = m_ctx.store.listTransactions(filter, TxOrder::CreatedAsc, 1000, token);
                    for (const auto &t : page.items) {
                        if (t.createdAt < start || t.createdAt >= end)
                            continue;
                        const auto b = static_cast<std::size_t>((t.createdAt - start) / bucketMs);
                        if (request->metric() == v1::METRIC_LATENCY_P95_MS) {
                            if (t.deliveredAt > 0)
                                latencies[b].push_back(t.deliveredAt - t.createdAt);
                        } else {
                            values[b] += 1;
                        }
                    }
                    seen += static_cast<std::int64_t>(page.items.size());
                    token = page.nextPageToken;
                } while (!token.empty() && seen < 500000 && !context->IsCancelled());
                if (request->metric() == v1::METRIC_LATENCY_P95_MS) {
                    for (std::size_t b = 0; b < latencies.size(); ++b) {
                        auto &l = latencies[b];
                        if (l.empty())
                            continue;
                        std::sort(l.begin(), l.end());
                        values[b] = double(l[std::min(l.size() - 1, static_cast<std::size_t>(std::ceil(0.95 * l.size())) - 1)]);
                    }
                }
                auto *series = response->add_series();
                series->set_flow_id(flowId);
                for (std::int64_t b = 0; b < buckets; ++b) {
                    auto *p = series->add_points();
                    setTime(p->mutable_time(), start + b * bucketMs);
                    p->set_value(values[static_cast<std::size_t>(b)]);
                }
            }
            return grpc::Status::OK;
        });
    }

    grpc::Status ListStuck(grpc::ServerContext *context, const v1::ListStuckRequest *request,
                           v1::ListStuckResponse *response) override
    {
        return guarded("ListStuck", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.DashboardService/ListStuck");
            TxFilter filter;
            filter.plants.assign(request->plants().begin(), request->plants().end());
            filter.domains.assign(request->domains().begin(), request->domains().end());
            if (!caller.narrow(filter))
                return grpc::Status::OK;
            const TimeMs now = nowMs();
            filter.stuckOnly = true;
            filter.now = now;
            if (request->page_size() < 0)
                failInvalid("page_size must not be negative", "INVALID_ARGUMENT", {{"page_size", "negative"}});
            const int pageSize = request->page_size() == 0 ? 50 : std::min(request->page_size(), 1000);
            const TxPage page = m_ctx.store.listTransactions(filter, TxOrder::CreatedAsc, pageSize, request->page_token());
            for (const auto &t : page.items) {
                const auto entry = m_ctx.flows.get(t.flowId);
                auto *item = response->add_items();
                TxView view;
                view.flow = entry ? &entry->flow : nullptr;
                view.now = now;
                view.mask = caller.masks();
                toProto(t, view, item->mutable_transaction());
                item->set_age_seconds(std::max<std::int64_t>(0, (now - t.createdAt) / 1000));
                item->set_overdue_seconds(std::max<std::int64_t>(0, (now - t.slaDeadline) / 1000));
                item->set_next_milestone("delivery to " + (t.targetSystem.empty() ? std::string("the target") : t.targetSystem));
            }
            response->set_next_page_token(page.nextPageToken);
            response->set_total_size(static_cast<std::int32_t>(page.totalSize));
            return grpc::Status::OK;
        });
    }

private:
    ApiContext &m_ctx;
};

} // namespace

std::unique_ptr<grpc::Service> makeDashboardService(ApiContext &ctx)
{
    return std::make_unique<DashboardServiceImpl>(ctx);
}

} // namespace flowdesk::backend
