// The dashboards' reads: rollup series, open health and the stuck list.

#include "storeimpl.h"

#include <algorithm>
#include <cmath>

namespace flowdesk::backend {

namespace {

Where scopeWhere(const TxFilter &scope, const char *prefix = "")
{
    Where w;
    w.inText((std::string(prefix) + "plant").c_str(), scope.plants);
    w.inText((std::string(prefix) + "domain").c_str(), scope.domains);
    w.inText((std::string(prefix) + "flow_id").c_str(), scope.flowIds);
    return w;
}

// Splits [a, b) (multiples of the finest grain) into the coarsest whole rollup
// buckets: ranges per grain index.
void decompose(TimeMs a, TimeMs b, std::vector<std::pair<TimeMs, TimeMs>> (&out)[3])
{
    if (a >= b)
        return;
    const std::int64_t hour = kRollupGrainsMs[1];
    const std::int64_t day = kRollupGrainsMs[2];
    auto push = [&out](int g, TimeMs x, TimeMs y) {
        if (x >= y)
            return;
        auto &v = out[g];
        if (!v.empty() && v.back().second == x)
            v.back().second = y;
        else
            v.emplace_back(x, y);
    };
    const TimeMs d1 = ceilTo(a, day);
    const TimeMs d2 = floorTo(b, day);
    if (d1 < d2) {
        push(0, a, ceilTo(a, hour));
        push(1, ceilTo(a, hour), d1);
        push(2, d1, d2);
        push(1, d2, floorTo(b, hour));
        push(0, floorTo(b, hour), b);
        return;
    }
    const TimeMs h1 = ceilTo(a, hour);
    const TimeMs h2 = floorTo(b, hour);
    if (h1 < h2) {
        push(0, a, h1);
        push(1, h1, h2);
        push(0, h2, b);
        return;
    }
    push(0, a, b);
}

RollupRow readRollup(const Statement &s)
{
    RollupRow r;
    r.bucket = s.int64(0);
    r.flowId = s.text(1);
    r.plant = s.text(2);
    r.domain = s.text(3);
    r.received = s.int64(4);
    r.delivered = s.int64(5);
    r.failed = s.int64(6);
    r.retried = s.int64(7);
    r.valueFailedMinor = s.int64(8);
    Histogram latency;
    if (!addHistogram(s.view(9), latency))
        throw StoreError(StoreError::Kind::Corrupt, "malformed latency histogram in the dashboard rollups");
    for (const auto &[bin, n] : latency)
        if (n != 0)
            r.latency.emplace_back(bin, n);
    return r;
}

constexpr const char *kRollupSelect = "SELECT bucket, flow_id, plant, domain, received, delivered, failed, retried, "
                                      "value_failed, latency FROM tx_rollup";
// The same columns from the hours per flow (no plant).
constexpr const char *kRollupFlowSelect = "SELECT bucket, flow_id, '', domain, received, delivered, failed, retried, "
                                          "value_failed, latency FROM tx_rollup_flow";

// Open transactions in scope not past their deadline at now (or without one):
// two ranges of tx_live_deadline at its ends, the recent and the undated.
Where notDueWhere(const TxFilter &scope, TimeMs now, const std::string &columns, std::string *sql)
{
    Where recent = scopeWhere(scope, "t.");
    recent.term(std::string(kOpenCondition) + " AND t.sla_deadline >= ?");
    recent.binds.emplace_back(static_cast<std::int64_t>(now));
    Where undated = scopeWhere(scope, "t.");
    undated.term(std::string(kOpenCondition) + " AND t.sla_deadline <= 0");
    *sql = "SELECT " + columns + " FROM transactions t" + recent.sql + " UNION ALL SELECT " + columns
        + " FROM transactions t" + undated.sql;
    Where both;
    both.binds = recent.binds;
    both.binds.insert(both.binds.end(), undated.binds.begin(), undated.binds.end());
    return both;
}

std::string stuckFingerprint(const TxFilter &scope)
{
    Canonical c;
    c.add(std::string_view("stuck")).addList(scope.plants).addList(scope.domains).addList(scope.flowIds);
    return sha256Hex(c.str()).substr(0, 16);
}

} // namespace

std::vector<RollupRow> Store::rollupRows(const TxFilter &scope, std::int64_t grainMs, TimeMs from, TimeMs to) const
{
    Where w = scopeWhere(scope);
    w.term("grain = ? AND bucket >= ? AND bucket < ?");
    w.binds.emplace_back(static_cast<std::int64_t>(grainMs));
    w.binds.emplace_back(static_cast<std::int64_t>(from));
    w.binds.emplace_back(static_cast<std::int64_t>(to));
    Impl::Lease c(*d);
    auto &s = c->prepareDynamic(std::string(kRollupSelect) + w.sql + " ORDER BY bucket, flow_id, plant, domain");
    w.bindAll(s);
    std::vector<RollupRow> out;
    while (s.step())
        out.push_back(readRollup(s));
    return out;
}

std::vector<RollupRow> Store::rollupSeries(const TxFilter &scope, TimeMs start, TimeMs end, std::int64_t bucketMs) const
{
    const std::int64_t fine = kRollupGrainsMs[0];
    start = floorTo(start, fine);
    end = floorTo(end, fine);
    bucketMs = std::max(fine, ceilTo(bucketMs, fine));
    std::vector<std::pair<TimeMs, TimeMs>> ranges[3];
    for (TimeMs a = start; a < end; a += bucketMs)
        decompose(a, std::min(end, a + bucketMs), ranges);

    // Summed per (bucket, flow) in dense counters; tens of thousands of rows for
    // a month in hours, so no per-row allocation beyond the flow id.
    struct Acc {
        std::int64_t received = 0, delivered = 0, failed = 0, retried = 0, valueFailed = 0;
        std::array<std::int64_t, kLatencyBins> latency{};
    };
    const std::int64_t buckets = (end - start + bucketMs - 1) / bucketMs;
    std::vector<std::string> flowIds;  // a dozen or so: found by a linear search
    std::vector<bool> flowWanted;      // per entry of flowIds: in the scope's flows
    // Several flows are told apart here rather than by an IN list in the SQL,
    // which costs SQLite a lookup per row read.
    TxFilter sqlScope = scope;
    if (scope.flowIds.size() > 1)
        sqlScope.flowIds.clear();
    std::vector<std::vector<std::int32_t>> slots;  // per flow number and bucket number: the acc, or -1
    std::vector<Acc> accs;
    std::vector<std::pair<std::int64_t, std::int64_t>> order;  // (bucket number, flow number) per acc
    std::size_t lastFlow = 0;
    Impl::Lease c(*d);
    Impl::Snapshot snap(*c);
    for (int g = 0; g < 3; ++g) {
        for (const auto &[from, to] : ranges[g]) {
            // Hours over every plant come from the rollup per flow: a quarter
            // of the rows or less.
            const bool flowHours = g == 1 && scope.plants.empty();
            Where w = scopeWhere(sqlScope);
            if (flowHours) {
                w.term("bucket >= ? AND bucket < ?");
            } else {
                w.term("grain = ? AND bucket >= ? AND bucket < ?");
                w.binds.emplace_back(static_cast<std::int64_t>(kRollupGrainsMs[g]));
            }
            w.binds.emplace_back(static_cast<std::int64_t>(from));
            w.binds.emplace_back(static_cast<std::int64_t>(to));
            auto &s = c->prepareDynamic(std::string(flowHours ? kRollupFlowSelect : kRollupSelect) + w.sql);
            w.bindAll(s);
            while (s.step()) {
                const std::int64_t b = floorTo(s.int64(0) - start, bucketMs) / bucketMs;
                const std::string_view flow = s.view(1);
                if (lastFlow >= flowIds.size() || flowIds[lastFlow] != flow) {
                    lastFlow = static_cast<std::size_t>(
                        std::find(flowIds.begin(), flowIds.end(), flow) - flowIds.begin());
                    if (lastFlow == flowIds.size()) {
                        flowIds.emplace_back(flow);
                        slots.emplace_back();
                        flowWanted.push_back(scope.flowIds.empty()
                                             || std::find(scope.flowIds.begin(), scope.flowIds.end(), flow)
                                                 != scope.flowIds.end());
                    }
                }
                if (!flowWanted[lastFlow])
                    continue;
                if (b < 0 || b >= buckets)
                    continue;
                std::vector<std::int32_t> &flowSlots = slots[lastFlow];
                if (flowSlots.empty())
                    flowSlots.assign(static_cast<std::size_t>(buckets), -1);
                std::int32_t &slot = flowSlots[static_cast<std::size_t>(b)];
                if (slot < 0) {
                    slot = static_cast<std::int32_t>(accs.size());
                    accs.emplace_back();
                    order.emplace_back(b, static_cast<std::int64_t>(lastFlow));
                }
                Acc &a = accs[static_cast<std::size_t>(slot)];
                a.received += s.int64(4);
                a.delivered += s.int64(5);
                a.failed += s.int64(6);
                a.retried += s.int64(7);
                a.valueFailed += s.int64(8);
                const std::string_view hist = s.view(9);
                if (!hist.empty()
                    && !addHistogramDense(reinterpret_cast<const unsigned char *>(hist.data()), hist.size(),
                                          a.latency.data()))
                    throw StoreError(StoreError::Kind::Corrupt, "malformed latency histogram in the dashboard rollups");
            }
            s.reset();
        }
    }
    std::vector<std::size_t> byBucket(accs.size());
    for (std::size_t i = 0; i < byBucket.size(); ++i)
        byBucket[i] = i;
    std::sort(byBucket.begin(), byBucket.end(), [&](std::size_t x, std::size_t y) {
        return order[x].first != order[y].first ? order[x].first < order[y].first
                                                : flowIds[static_cast<std::size_t>(order[x].second)]
                < flowIds[static_cast<std::size_t>(order[y].second)];
    });
    std::vector<RollupRow> out;
    out.reserve(accs.size());
    for (const std::size_t index : byBucket) {
        const Acc &a = accs[index];
        if (a.received == 0)
            continue;
        RollupRow r;
        r.bucket = start + order[index].first * bucketMs;
        r.flowId = flowIds[static_cast<std::size_t>(order[index].second)];
        r.received = a.received;
        r.delivered = a.delivered;
        r.failed = a.failed;
        r.retried = a.retried;
        r.valueFailedMinor = a.valueFailed;
        for (int bin = 0; bin < kLatencyBins; ++bin) {
            if (a.latency[static_cast<std::size_t>(bin)] != 0)
                r.latency.emplace_back(bin, a.latency[static_cast<std::size_t>(bin)]);
        }
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<FlowOpenHealth> Store::openHealth(const TxFilter &scope, TimeMs now) const
{
    std::map<std::string, FlowOpenHealth> flows;
    auto flow = [&flows](const std::string &id) -> FlowOpenHealth & {
        FlowOpenHealth &f = flows[id];
        f.flowId = id;
        return f;
    };
    using Triple = std::tuple<std::string, std::string, std::string>;
    std::vector<Triple> openKeys;
    Impl::Lease c(*d);
    Impl::Snapshot snap(*c);
    {
        // Everything open, from the kept values.
        Where w = scopeWhere(scope);
        w.term("state IN (1, 2, 4, 5, 6)");
        auto &s = c->prepareDynamic("SELECT flow_id, plant, domain, SUM(n), currency, SUM(amount_minor) FROM tx_value"
                                    + w.sql + " GROUP BY flow_id, plant, domain, currency");
        w.bindAll(s);
        while (s.step()) {
            if (s.int64(3) <= 0)
                continue;
            FlowOpenHealth &f = flow(s.text(0));
            f.backlog += s.int64(3);
            f.stuck += s.int64(3);
            f.valueAtRiskMinor[s.text(4)] += s.int64(5);
            Triple key{s.text(0), s.text(1), s.text(2)};
            if (openKeys.empty() || openKeys.back() != key)
                openKeys.push_back(std::move(key));
        }
        s.reset();
    }
    {
        // Less the open ones not past their deadline (few: the recent ones),
        // whose value counts only when they failed.
        std::string sql;
        const Where w = notDueWhere(scope, now, "t.flow_id, t.state, t.currency, t.amount_minor", &sql);
        auto &s = c->prepareDynamic(sql);
        w.bindAll(s);
        while (s.step()) {
            FlowOpenHealth &f = flow(s.text(0));
            f.stuck -= 1;
            if (static_cast<TxState>(s.int32(1)) != TxState::Failed)
                f.valueAtRiskMinor[s.text(2)] -= s.int64(3);
        }
        s.reset();
    }
    // Each open scope's oldest open transaction and earliest deadline, from
    // the ends of two partial indexes: on SQLite one look per scope, on
    // PostgreSQL every scope in one statement (a look each would be a wait
    // for the server each).
    auto earliest = [&](const std::string &flowId, TimeMs createdAt, TimeMs deadline) {
        FlowOpenHealth &f = flow(flowId);
        if (createdAt > 0 && (f.oldestOpenCreatedAt == 0 || createdAt < f.oldestOpenCreatedAt))
            f.oldestOpenCreatedAt = createdAt;
        if (deadline > 0 && (f.earliestOpenDeadline == 0 || deadline < f.earliestOpenDeadline))
            f.earliestOpenDeadline = deadline;
    };
    if (c->dialect() == Dialect::Postgres && !openKeys.empty()) {
        PgArray flowIds, plants, domains;
        for (const auto &[flowId, plant, domain] : openKeys) {
            flowIds.add(flowId);
            plants.add(plant);
            domains.add(domain);
        }
        auto &s = c->prepare(
            "SELECT k.f, (SELECT MIN(t.created_at) FROM transactions t WHERE t.flow_id = k.f AND t.plant = k.p "
            "AND t.domain = k.d AND t.lifecycle = 1), (SELECT MIN(t.sla_deadline) FROM transactions t "
            "WHERE t.flow_id = k.f AND t.plant = k.p AND t.domain = k.d AND t.sla_deadline > 0 AND t.lifecycle = 1) "
            "FROM (SELECT f COLLATE \"C\" AS f, p COLLATE \"C\" AS p, d COLLATE \"C\" AS d "
            "FROM unnest(?::text[], ?::text[], ?::text[]) AS u(f, p, d)) AS k");
        s.bind(1, flowIds.text()).bind(2, plants.text()).bind(3, domains.text());
        while (s.step())
            earliest(s.text(0), s.isNull(1) ? 0 : s.int64(1), s.isNull(2) ? 0 : s.int64(2));
        s.reset();
    } else {
        auto &age = c->prepare(std::string("SELECT MIN(created_at) FROM transactions") + indexedBy(*c, "tx_live_age")
                               + " "
                               "WHERE flow_id = ? AND plant = ? AND domain = ? AND lifecycle = 1");
        auto &due = c->prepare(std::string("SELECT MIN(sla_deadline) FROM transactions") + indexedBy(*c, "tx_live_overdue")
                               + " "
                               "WHERE flow_id = ? AND plant = ? AND domain = ? AND sla_deadline > 0 "
                               "AND lifecycle = 1");
        for (const auto &[flowId, plant, domain] : openKeys) {
            TimeMs createdAt = 0, deadline = 0;
            age.reset();
            age.bind(1, flowId).bind(2, plant).bind(3, domain);
            if (age.step() && !age.isNull(0))
                createdAt = age.int64(0);
            age.reset();
            due.reset();
            due.bind(1, flowId).bind(2, plant).bind(3, domain);
            if (due.step() && !due.isNull(0))
                deadline = due.int64(0);
            due.reset();
            earliest(flowId, createdAt, deadline);
        }
    }
    std::vector<FlowOpenHealth> out;
    for (auto &[id, f] : flows) {
        for (auto it = f.valueAtRiskMinor.begin(); it != f.valueAtRiskMinor.end();)
            it = it->second == 0 ? f.valueAtRiskMinor.erase(it) : std::next(it);
        if (f.backlog > 0)
            out.push_back(std::move(f));
    }
    return out;
}

TxPage Store::listStuck(const TxFilter &scope, TimeMs now, int pageSize, const std::string &pageToken) const
{
    pageSize = std::clamp(pageSize, 1, 1000);
    const std::string fingerprint = stuckFingerprint(scope);
    std::optional<std::pair<TimeMs, std::int64_t>> after;
    if (!pageToken.empty()) {
        const auto parts = openToken(pageToken);
        if (parts.size() != 4 || parts[0] != "s1")
            throw StoreError(StoreError::Kind::InvalidArgument, "invalid page token");
        if (parts[1] != fingerprint)
            throw StoreError(StoreError::Kind::InvalidArgument, "page token belongs to another filter");
        const auto deadline = parseInt(parts[2]);
        const auto id = parseInt(parts[3]);
        if (!deadline || !id)
            throw StoreError(StoreError::Kind::InvalidArgument, "invalid page token");
        after = std::make_pair(*deadline, *id);
    }
    Where w = scopeWhere(scope, "t.");
    w.term(std::string(kOpenCondition) + " AND t.sla_deadline > 0 AND t.sla_deadline < ?");
    w.binds.emplace_back(static_cast<std::int64_t>(now));
    if (after) {
        w.term("(t.sla_deadline, t.id) > (?, ?)");
        w.binds.emplace_back(static_cast<std::int64_t>(after->first));
        w.binds.emplace_back(static_cast<std::int64_t>(after->second));
    }
    TxPage page;
    Impl::Lease c(*d);
    Impl::Snapshot snap(*c);
    {
        auto &s = c->prepareDynamic(std::string("SELECT ") + kTxColumns
                                    + " FROM transactions t" + indexedBy(*c, "tx_live_deadline") + w.sql
                                    + " ORDER BY t.sla_deadline, t.id LIMIT ?");
        w.bindAll(s);
        s.bind(static_cast<int>(w.binds.size()) + 1, pageSize + 1);
        while (s.step())
            page.items.push_back(readTransaction(s, false));
        s.reset();
    }
    if (static_cast<int>(page.items.size()) > pageSize) {
        page.items.resize(static_cast<std::size_t>(pageSize));
        const Transaction &last = page.items.back();
        page.nextPageToken = sealToken("s1|" + fingerprint + "|" + std::to_string(last.slaDeadline) + "|"
                                       + std::to_string(last.id));
    }
    {
        // The count: open ones in scope (kept) less those not yet due (few).
        Where open = scopeWhere(scope);
        open.term("state IN (1, 2, 4, 5, 6)");
        auto &s = c->prepareDynamic("SELECT COALESCE(SUM(n), 0) FROM tx_value" + open.sql);
        open.bindAll(s);
        s.step();
        page.totalSize = s.int64(0);
        s.reset();
        std::string sql;
        const Where notDue = notDueWhere(scope, now, "t.id", &sql);
        auto &n = c->prepareDynamic("SELECT COUNT(*) FROM (" + sql + ") AS not_due");
        notDue.bindAll(n);
        n.step();
        page.totalSize -= n.int64(0);
        n.reset();
    }
    return page;
}


} // namespace flowdesk::backend
