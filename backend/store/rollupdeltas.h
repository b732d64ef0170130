#pragma once

#include "store_p.h"

#include <map>
#include <tuple>

namespace flowdesk::backend::store_detail {

// What a set of changes does to the rollups and the kept values, summed in
// memory and written once per key at the end of the write.
class RollupDeltas {
public:
    struct Delta {
        std::int64_t received = 0;
        std::int64_t delivered = 0;
        std::int64_t failed = 0;
        std::int64_t retried = 0;
        std::int64_t valueFailed = 0;
        Histogram latency;
    };
    // grain index, bucket, (flow, plant, domain) by number: no string copies on
    // the ingest path.
    using Key = std::tuple<int, std::int64_t, int>;
    // (flow, plant, domain) by number, state, currency
    using ValueKey = std::tuple<int, int, std::string>;

    void add(const std::string &flowId, const std::string &plant, const std::string &domain, TxState state,
             TimeMs createdAt, TimeMs deliveredAt, int attempts, std::int64_t amountMinor, const std::string &currency,
             std::int64_t sign)
    {
        const bool delivered = state == TxState::Delivered;
        const bool failed = state == TxState::Failed;
        const bool retried = attempts > 1 || state == TxState::RetryScheduled;
        const int bin = delivered && deliveredAt > 0 ? latencyBin(deliveredAt - createdAt) : -1;
        const int where = scopeNumber(flowId, plant, domain);
        for (int g = 0; g < 3; ++g) {
            Delta &d = m_rollups[Key{g, floorTo(createdAt, kRollupGrainsMs[g]), where}];
            d.received += sign;
            d.delivered += delivered ? sign : 0;
            d.failed += failed ? sign : 0;
            d.retried += retried ? sign : 0;
            d.valueFailed += failed ? sign * amountMinor : 0;
            if (bin >= 0)
                d.latency[bin] += sign;
        }
        auto it = m_values.find(std::tuple<int, int, const std::string &>(where, static_cast<int>(state), currency));
        if (it == m_values.end())
            it = m_values.emplace(ValueKey{where, static_cast<int>(state), currency}, std::make_pair(0, 0)).first;
        auto &v = it->second;
        v.first += sign;
        v.second += sign * amountMinor;
    }

    void add(const Transaction &t, std::int64_t sign)
    {
        add(t.flowId, t.plant, t.domain, t.state, t.createdAt, t.deliveredAt, t.attempts, t.amountMinor, t.currency,
            sign);
    }

    // What an update of `old` to `now` does; flow, plant and domain are not
    // updatable, so the row keeps old's.
    void change(const Transaction &old, const Transaction &now)
    {
        if (old.state == now.state && old.createdAt == now.createdAt && old.attempts == now.attempts
            && old.amountMinor == now.amountMinor && old.currency == now.currency
            && old.deliveredAt == now.deliveredAt)
            return;
        add(old, -1);
        add(old.flowId, old.plant, old.domain, now.state, now.createdAt, now.deliveredAt, now.attempts,
            now.amountMinor, now.currency, +1);
    }

    std::size_t size() const { return m_rollups.size(); }

    void flush(Connection &c)
    {
        if (!m_rollups.empty()) {
            const bool pg = c.dialect() == Dialect::Postgres;
            auto &up = c.prepare(
                std::string("INSERT INTO tx_rollup (grain, bucket, flow_id, plant, domain, received, delivered, failed, retried, "
                "value_failed, latency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (grain, bucket, flow_id, plant, domain) DO UPDATE SET "
                "received = tx_rollup.received + excluded.received, "
                "delivered = tx_rollup.delivered + excluded.delivered, "
                "failed = tx_rollup.failed + excluded.failed, retried = tx_rollup.retried + excluded.retried, "
                "value_failed = tx_rollup.value_failed + excluded.value_failed, ")
                // Most changes (a failure, a resubmit) leave the latencies alone.
                // PostgreSQL gets the merged histogram from here (see below).
                + std::string(pg ? "latency = excluded.latency"
                                 : "latency = CASE WHEN length(excluded.latency) = 0 THEN tx_rollup.latency "
                                   "ELSE fd_hist_merge(tx_rollup.latency, excluded.latency) END"));
            // Without latencies (a failure, a resubmit) the bucket's row is
            // there already: one seek to change it instead of an insert that
            // conflicts and then updates.
            auto &counts = c.prepare(
                "UPDATE tx_rollup SET received = received + ?6, delivered = delivered + ?7, failed = failed + ?8, "
                "retried = retried + ?9, value_failed = value_failed + ?10 "
                "WHERE grain = ?1 AND bucket = ?2 AND flow_id = ?3 AND plant = ?4 AND domain = ?5");
            for (const auto &[key, d] : m_rollups) {
                std::string hist = encodeHistogram(d.latency);
                if (d.received == 0 && d.delivered == 0 && d.failed == 0 && d.retried == 0 && d.valueFailed == 0
                    && hist.empty())
                    continue;
                const auto &[flowId, plant, domain] = m_scopes[static_cast<std::size_t>(std::get<2>(key))];
                const std::int64_t grain = kRollupGrainsMs[std::get<0>(key)];
                bool done = false;
                if (hist.empty()) {
                    counts.reset();
                    counts.bind(1, grain).bind(2, std::get<1>(key)).bind(3, flowId);
                    counts.bind(4, plant).bind(5, domain).bind(6, d.received).bind(7, d.delivered);
                    counts.bind(8, d.failed).bind(9, d.retried).bind(10, d.valueFailed);
                    counts.exec();
                    done = c.changes() > 0;
                }
                if (!done && pg && !hist.empty()) {
                    // The writer holds the store's write lock: read, merge, write back.
                    auto &old = c.prepare("SELECT latency FROM tx_rollup WHERE grain = ? AND bucket = ? "
                                          "AND flow_id = ? AND plant = ? AND domain = ?");
                    old.bind(1, grain).bind(2, std::get<1>(key)).bind(3, flowId).bind(4, plant).bind(5, domain);
                    if (old.step()) {
                        Histogram merged = d.latency;
                        if (!addHistogram(old.view(0), merged))
                            throw StoreError(StoreError::Kind::Corrupt,
                                             "malformed latency histogram in the dashboard rollups");
                        hist = encodeHistogram(merged);
                    }
                    old.reset();
                }
                if (!done) {
                    up.reset();
                    up.bind(1, grain).bind(2, std::get<1>(key)).bind(3, flowId);
                    up.bind(4, plant).bind(5, domain).bind(6, d.received).bind(7, d.delivered);
                    up.bind(8, d.failed).bind(9, d.retried).bind(10, d.valueFailed).bindBlob(11, hist);
                    up.exec();
                }
                if (d.received < 0) {
                    // Every transaction counts as received: none left, nothing left.
                    auto &del = c.prepare("DELETE FROM tx_rollup WHERE grain = ? AND bucket = ? AND flow_id = ? "
                                          "AND plant = ? AND domain = ? AND received = 0");
                    del.bind(1, grain).bind(2, std::get<1>(key)).bind(3, flowId);
                    del.bind(4, plant).bind(5, domain);
                    del.exec();
                }
            }
            m_rollups.clear();
        }
        if (!m_values.empty()) {
            auto &up = c.prepare(
                "INSERT INTO tx_value (flow_id, plant, domain, state, currency, n, amount_minor) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (flow_id, plant, domain, state, currency) DO UPDATE SET "
                "n = tx_value.n + excluded.n, amount_minor = tx_value.amount_minor + excluded.amount_minor");
            for (const auto &[key, v] : m_values) {
                if (v.first == 0 && v.second == 0)
                    continue;
                const auto &[flowId, plant, domain] = m_scopes[static_cast<std::size_t>(std::get<0>(key))];
                up.reset();
                up.bind(1, flowId).bind(2, plant).bind(3, domain);
                up.bind(4, std::get<1>(key)).bind(5, std::get<2>(key)).bind(6, v.first).bind(7, v.second);
                up.exec();
                if (v.first < 0) {
                    auto &del = c.prepare("DELETE FROM tx_value WHERE flow_id = ? AND plant = ? AND domain = ? "
                                          "AND state = ? AND currency = ? AND n = 0");
                    del.bind(1, flowId).bind(2, plant).bind(3, domain);
                    del.bind(4, std::get<1>(key)).bind(5, std::get<2>(key));
                    del.exec();
                }
            }
            m_values.clear();
        }
    }

private:
    using Scope = std::tuple<std::string, std::string, std::string>;

    int scopeNumber(const std::string &flowId, const std::string &plant, const std::string &domain)
    {
        // Consecutive changes mostly share one.
        if (m_lastScope >= 0) {
            const auto &[f, p, d] = m_scopes[static_cast<std::size_t>(m_lastScope)];
            if (f == flowId && p == plant && d == domain)
                return m_lastScope;
        }
        auto it = m_scopeNumbers.find(std::tie(flowId, plant, domain));
        if (it == m_scopeNumbers.end()) {
            it = m_scopeNumbers.emplace(Scope{flowId, plant, domain}, static_cast<int>(m_scopes.size())).first;
            m_scopes.emplace_back(flowId, plant, domain);
        }
        m_lastScope = it->second;
        return m_lastScope;
    }

    std::map<Key, Delta> m_rollups;
    std::map<ValueKey, std::pair<std::int64_t, std::int64_t>, std::less<>> m_values;
    std::map<Scope, int, std::less<>> m_scopeNumbers;
    std::vector<Scope> m_scopes;  // kept across flushes: numbers stay valid
    int m_lastScope = -1;
};
} // namespace flowdesk::backend::store_detail
