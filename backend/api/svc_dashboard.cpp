// DashboardService: flow health, time series and stuck orders within the caller's
// scope. Everything is read from the store's rollups, kept counts and small
// indexes of open transactions; no answer scans the transactions.

#include "errors.h"
#include "mapping.h"
#include "messages.h"
#include "payload.h"
#include "policy.h"
#include "store.h"
#include "svc_context.h"

#include "flowdesk/v1/dashboard.grpc.pb.h"

#include <algorithm>
#include <cinttypes>
#include <climits>
#include <cstdio>
#include <map>

namespace flowdesk::backend {

namespace {

namespace v1 = flowdesk::v1;

constexpr std::int64_t kMinute = 60 * 1000;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kDay = 24 * kHour;

// Status thresholds of a flow tile.
constexpr double kRedFailureRate = 0.10;
constexpr double kAmberFailureRate = 0.02;

bool flowVisible(const Caller &caller, const FlowDef &f)
{
    if (caller.role() != Role::Operator)
        return true;
    return std::find(caller.user.domains.begin(), caller.user.domains.end(), f.domain) != caller.user.domains.end();
}

// "45 s", "12 min", "3 h 20 min", "2 d 4 h".
std::string duration(std::int64_t ms)
{
    ms = std::max<std::int64_t>(0, ms);
    char buf[64];
    if (ms < kMinute)
        std::snprintf(buf, sizeof buf, "%" PRId64 " s", ms / 1000);
    else if (ms < kHour)
        std::snprintf(buf, sizeof buf, "%" PRId64 " min", ms / kMinute);
    else if (ms < kDay) {
        const std::int64_t m = (ms % kHour) / kMinute;
        if (m == 0)
            std::snprintf(buf, sizeof buf, "%" PRId64 " h", ms / kHour);
        else
            std::snprintf(buf, sizeof buf, "%" PRId64 " h %" PRId64 " min", ms / kHour, m);
    } else {
        const std::int64_t h = (ms % kDay) / kHour;
        if (h == 0)
            std::snprintf(buf, sizeof buf, "%" PRId64 " d", ms / kDay);
        else
            std::snprintf(buf, sizeof buf, "%" PRId64 " d %" PRId64 " h", ms / kDay, h);
    }
    return buf;
}

std::string percent(double rate)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f %%", rate * 100.0);
    return buf;
}

std::string plural(std::int64_t n, const char *one, const char *many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// What should happen next for the business object behind a flow, in the
// caller's language: the site's milestone for the flow, else its delivery.
std::string nextMilestone(const FlowDef *flow, const std::string &targetSystem, const std::string &language)
{
    if (flow) {
        std::string milestone = flowMilestone(*flow, language);
        if (!milestone.empty())
            return milestone;
    }
    const std::string target = !targetSystem.empty()             ? targetSystem
                               : flow && !flow->targetSystem.empty() ? flow->targetSystem
                                                                     : std::string();
    const auto text = messageText(target.empty() ? "milestone.DELIVERED_SOMEWHERE" : "milestone.DELIVERED",
                                  {{"system", target}}, language);
    return text ? text->text : "Delivered to " + target;
}

// One part of why a tile has its colour: a message id with its arguments and
// the English words (status_reason in English stays as it always read).
struct ReasonPart {
    std::string id;
    MessageArgs args;
    std::string english;
};

struct Tile {
    v1::HealthStatus status = v1::HEALTH_GREEN;
    std::vector<ReasonPart> parts;
};

// RED: stuck transactions on a production or sales flow overdue by more than
// the SLA again, or more than 10 % failed. AMBER: more than 2 % failed, anything
// stuck, or the oldest open transaction waiting over half the SLA. Else GREEN.
Tile judge(const FlowDef &flow, const v1::FlowHealth &h, TimeMs earliestOpenDeadline, TimeMs now)
{
    const std::int64_t sla = flow.slaSeconds * 1000;
    const std::string slaText = duration(sla);
    std::vector<ReasonPart> red;
    std::vector<ReasonPart> amber;
    const bool critical = flow.domain == "production" || flow.domain == "sales";
    const std::int64_t overdue = earliestOpenDeadline > 0 ? now - earliestOpenDeadline : 0;
    const std::string stuck = std::to_string(h.stuck());
    const std::string received = std::to_string(h.received());
    if (h.stuck() > 0 && critical && overdue > sla)
        red.push_back({"health.STUCK_OVERDUE", {{"count", stuck}, {"sla", slaText}, {"overdue", duration(overdue)}},
                       plural(h.stuck(), "transaction", "transactions") + " past the " + slaText
                           + " SLA, the oldest " + duration(overdue) + " overdue"});
    else if (h.stuck() > 0)
        amber.push_back({"health.STUCK", {{"count", stuck}, {"sla", slaText}},
                         plural(h.stuck(), "transaction", "transactions") + " past the " + slaText + " SLA"});
    if (h.failure_rate() > kRedFailureRate)
        red.push_back({"health.FAILURE_RED", {{"rate", percent(h.failure_rate())}, {"count", received}},
                       percent(h.failure_rate()) + " of " + plural(h.received(), "transaction", "transactions")
                           + " in the window failed (red above 10 %)"});
    else if (h.failure_rate() > kAmberFailureRate)
        amber.push_back({"health.FAILURE_AMBER", {{"rate", percent(h.failure_rate())}, {"count", received}},
                         percent(h.failure_rate()) + " of " + plural(h.received(), "transaction", "transactions")
                             + " in the window failed (amber above 2 %)"});
    if (h.stuck() == 0 && h.oldest_age_seconds() * 1000 > sla / 2)
        amber.push_back({"health.OLDEST_WAITING", {{"age", duration(h.oldest_age_seconds() * 1000)}, {"sla", slaText}},
                         "the oldest open transaction has waited " + duration(h.oldest_age_seconds() * 1000)
                             + ", over half the " + slaText + " SLA"});
    if (!red.empty()) {
        red.insert(red.end(), amber.begin(), amber.end());
        return {v1::HEALTH_RED, red};
    }
    if (!amber.empty())
        return {v1::HEALTH_AMBER, amber};
    if (h.received() == 0 && h.backlog() == 0)
        return {v1::HEALTH_GREEN, {{"health.IDLE", {}, "No transactions in the window, nothing waiting"}}};
    return {v1::HEALTH_GREEN,
            {{"health.NORMAL", {{"delivered", std::to_string(h.delivered())}, {"count", received}},
              "Flowing normally: " + std::to_string(h.delivered()) + " of "
                  + plural(h.received(), "transaction", "transactions")
                  + " in the window delivered, nothing past its SLA"}}};
}

// The tile's reasons in language: one message each, and joined into one sentence.
void setReasons(const Tile &tile, const std::string &language, v1::FlowHealth *h)
{
    std::string joined;
    for (const auto &p : tile.parts) {
        auto *m = h->add_status_reasons();
        setUserMessage(m, p.id, p.args, language, p.english);
        if (m->language().empty() || m->language() == "en") {
            m->set_text(p.english);
            m->set_language("en");
        }
        joined += (joined.empty() ? "" : "; ") + m->text();
    }
    if (!joined.empty()) {
        // The first letter up, as a sentence begins (ASCII: the texts begin so).
        joined[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(joined[0])));
    }
    h->set_status_reason(joined);
}

class DashboardServiceImpl final : public v1::DashboardService::Service {
public:
    explicit DashboardServiceImpl(ApiContext &ctx) : m_ctx(ctx) {}

    grpc::Status GetFlowHealth(grpc::ServerContext *context, const v1::GetFlowHealthRequest *request,
                               v1::GetFlowHealthResponse *response) override
    {
        return guarded("GetFlowHealth", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.DashboardService/GetFlowHealth");
            const TimeMs now = m_ctx.clock.now();
            const TimeMs start = request->has_start_time() ? requireTime(request->start_time(), "start_time") : now - kDay;
            if (start > now)
                failInvalid("start_time lies in the future", "INVALID_ARGUMENT", {{"start_time", "after now"}});
            requireTexts(request->plants(), "plants", kMaxCodeBytes);
            TxFilter scope;
            scope.plants.assign(request->plants().begin(), request->plants().end());
            const bool anyVisible = caller.narrow(scope);

            std::vector<std::shared_ptr<const FlowCatalogue::Entry>> flows;
            for (const auto &e : m_ctx.flows.all()) {
                if (flowVisible(caller, e->flow))
                    flows.push_back(e);
            }
            std::map<std::string, RollupRow> window;
            std::map<std::string, FlowOpenHealth> open;
            if (anyVisible && !flows.empty()) {
                // One bucket from the start of the window to the end of the current 5 minutes.
                const TimeMs end = now + kRollupGrainsMs[0];
                for (auto &r : m_ctx.store.rollupSeries(scope, start, end, end - start + kRollupGrainsMs[0]))
                    window[r.flowId] = std::move(r);
                for (auto &o : m_ctx.store.openHealth(scope, now))
                    open[o.flowId] = std::move(o);
            }
            for (const auto &e : flows) {
                const FlowDef &f = e->flow;
                auto *h = response->add_flows();
                h->set_flow_id(f.id);
                h->set_flow_name(flowName(f, caller.language));
                h->set_domain(f.domain);
                if (request->plants_size() == 1)
                    h->set_plant(request->plants(0));
                TimeMs earliestDeadline = 0;
                if (const auto w = window.find(f.id); w != window.end()) {
                    const RollupRow &r = w->second;
                    h->set_received(r.received);
                    h->set_delivered(r.delivered);
                    h->set_failed(r.failed);
                    h->set_retried(r.retried);
                    h->set_failure_rate(r.received > 0 ? double(r.failed) / double(r.received) : 0.0);
                    h->set_latency_p50_ms(latencyQuantile(r.latency, 0.50));
                    h->set_latency_p95_ms(latencyQuantile(r.latency, 0.95));
                }
                if (const auto o = open.find(f.id); o != open.end()) {
                    const FlowOpenHealth &oh = o->second;
                    h->set_backlog(oh.backlog);
                    h->set_stuck(oh.stuck);
                    if (oh.oldestOpenCreatedAt > 0)
                        h->set_oldest_age_seconds(std::max<std::int64_t>(0, (now - oh.oldestOpenCreatedAt) / 1000));
                    earliestDeadline = oh.earliestOpenDeadline;
                    // One currency per tile: the one with the most value at risk.
                    const std::pair<const std::string, std::int64_t> *top = nullptr;
                    for (const auto &v : oh.valueAtRiskMinor) {
                        if (v.second > 0 && (!top || v.second > top->second))
                            top = &v;
                    }
                    // A caller who sees the flow's amounts masked gets no sum of
                    // them either: as the backlog changes, the sum gives the
                    // single amounts away.
                    if (caller.masks() && amountIsSensitive(f.payloadSchemaJson, f.sensitiveFields))
                        h->set_value_at_risk_masked(true);
                    else if (top) {
                        h->set_value_at_risk_minor(top->second);
                        h->set_currency(top->first);
                    }
                }
                const Tile tile = judge(f, *h, earliestDeadline, now);
                h->set_status(tile.status);
                setReasons(tile, caller.language, h);
            }
            return grpc::Status::OK;
        });
    }

    grpc::Status GetTimeSeries(grpc::ServerContext *context, const v1::GetTimeSeriesRequest *request,
                               v1::GetTimeSeriesResponse *response) override
    {
        return guarded("GetTimeSeries", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.DashboardService/GetTimeSeries");
            switch (request->metric()) {
            case v1::METRIC_UNSPECIFIED:  // received
            case v1::METRIC_RECEIVED:
            case v1::METRIC_DELIVERED:
            case v1::METRIC_FAILED:
            case v1::METRIC_RETRIED:
            case v1::METRIC_LATENCY_P95_MS:
                break;
            default:
                failInvalid("Choose a metric", "INVALID_ARGUMENT", {{"metric", "unspecified or unknown"}});
            }
            if (request->bucket_seconds() < 0)
                failInvalid("bucket_seconds must not be negative", "INVALID_ARGUMENT",
                            {{"bucket_seconds", "negative"}});
            // A bucket longer than ten years holds no more than the whole series,
            // and its milliseconds must stay countable.
            if (request->bucket_seconds() > std::int64_t(10) * 366 * 86400)
                failInvalid("bucket_seconds must be at most ten years", "INVALID_ARGUMENT",
                            {{"bucket_seconds", "longer than ten years"}});
            const TimeMs now = m_ctx.clock.now();
            TimeMs end = request->has_end_time() ? requireTime(request->end_time(), "end_time") : now;
            TimeMs start = request->has_start_time() ? requireTime(request->start_time(), "start_time") : end - kDay;
            if (end <= start)
                failInvalid("end_time must lie after start_time", "INVALID_ARGUMENT", {{"end_time", "before start"}});
            // Buckets snap to the rollups: whole 5 minutes, starting on a boundary
            // of the coarsest rollup grain that divides the bucket (UTC hours, days).
            const std::int64_t fine = kRollupGrainsMs[0];
            const std::int64_t requested = request->bucket_seconds() > 0 ? request->bucket_seconds() * 1000 : kHour;
            const std::int64_t bucketMs = std::max(fine, (requested + fine - 1) / fine * fine);
            std::int64_t align = fine;
            for (const std::int64_t g : kRollupGrainsMs) {
                if (bucketMs % g == 0)
                    align = g;
            }
            start = start / align * align;
            end = (end + fine - 1) / fine * fine;
            const std::int64_t buckets = (end - start + bucketMs - 1) / bucketMs;
            if (buckets > 5000)
                failInvalid("Too many buckets: choose a larger bucket_seconds", "INVALID_ARGUMENT",
                            {{"bucket_seconds", "at most 5000 buckets"}});
            requireTexts(request->plants(), "plants", kMaxCodeBytes);
            requireTexts(request->flow_ids(), "flow_ids", kMaxKeyBytes);
            TxFilter scope;
            scope.plants.assign(request->plants().begin(), request->plants().end());
            if (!caller.narrow(scope))
                return grpc::Status::OK;
            std::vector<std::string> flowIds;
            if (request->flow_ids().empty()) {
                for (const auto &e : m_ctx.flows.all()) {
                    if (flowVisible(caller, e->flow))
                        flowIds.push_back(e->flow.id);
                }
            } else {
                for (const auto &id : request->flow_ids()) {
                    const auto entry = m_ctx.flows.get(id);
                    if (entry && flowVisible(caller, entry->flow)
                        && std::find(flowIds.begin(), flowIds.end(), id) == flowIds.end())
                        flowIds.push_back(id);
                }
            }
            if (flowIds.empty())
                return grpc::Status::OK;
            scope.flowIds = flowIds;
            // Every point of every series, zero where nothing was received.
            std::map<std::string, v1::Series *> byFlow;
            for (const auto &flowId : flowIds) {
                auto *series = response->add_series();
                series->set_flow_id(flowId);
                series->mutable_points()->Reserve(static_cast<int>(buckets));
                for (std::int64_t b = 0; b < buckets; ++b)
                    setTime(series->add_points()->mutable_time(), start + b * bucketMs);
                byFlow[flowId] = series;
            }
            for (const auto &r : m_ctx.store.rollupSeries(scope, start, end, bucketMs)) {
                const auto it = byFlow.find(r.flowId);
                const std::int64_t b = (r.bucket - start) / bucketMs;
                if (it == byFlow.end() || b < 0 || b >= buckets)
                    continue;
                auto *p = it->second->mutable_points(static_cast<int>(b));
                switch (request->metric()) {
                case v1::METRIC_UNSPECIFIED:
                case v1::METRIC_RECEIVED: p->set_value(double(r.received)); break;
                case v1::METRIC_DELIVERED: p->set_value(double(r.delivered)); break;
                case v1::METRIC_FAILED: p->set_value(double(r.failed)); break;
                case v1::METRIC_RETRIED: p->set_value(double(r.retried)); break;
                case v1::METRIC_LATENCY_P95_MS: p->set_value(double(latencyQuantile(r.latency, 0.95))); break;
                default: break;
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
            if (request->page_size() < 0)
                failInvalid("page_size must not be negative", "INVALID_ARGUMENT", {{"page_size", "negative"}});
            requireTexts(request->plants(), "plants", kMaxCodeBytes);
            requireTexts(request->domains(), "domains", kMaxCodeBytes);
            TxFilter scope;
            scope.plants.assign(request->plants().begin(), request->plants().end());
            scope.domains.assign(request->domains().begin(), request->domains().end());
            if (!caller.narrow(scope))
                return grpc::Status::OK;
            const TimeMs now = m_ctx.clock.now();
            const int pageSize = request->page_size() == 0 ? 50 : std::min(request->page_size(), 1000);
            const TxPage page = m_ctx.store.listStuck(scope, now, pageSize, request->page_token());
            for (const auto &t : page.items) {
                const auto entry = m_ctx.flows.get(t.flowId);
                auto *item = response->add_items();
                TxView view;
                view.flow = entry ? &entry->flow : nullptr;
                view.now = now;
                view.mask = caller.masks();
                view.language = caller.language;
                toProto(m_ctx.store, t, view, item->mutable_transaction());
                if (item->transaction().has_error()) {
                    // A list row: its message cut to what a list shows.
                    auto *e = item->mutable_transaction()->mutable_error();
                    e->set_message(cutForList(e->message()));
                }
                item->set_age_seconds(std::max<std::int64_t>(0, (now - t.createdAt) / 1000));
                item->set_overdue_seconds(std::max<std::int64_t>(0, (now - t.slaDeadline) / 1000));
                item->set_next_milestone(nextMilestone(view.flow, t.targetSystem, caller.language));
            }
            response->set_next_page_token(page.nextPageToken);
            response->set_total_size(static_cast<std::int32_t>(std::min<std::int64_t>(page.totalSize, INT32_MAX)));
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
