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
    // the ingest path. Grain index kFlowHours: the hours once more per (flow,
    // domain), numbered apart, in tx_rollup_flow.
    using Key = std::tuple<int, std::int64_t, int>;
    static constexpr int kFlowHours = 3;
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
        // The three grains per flow, plant and domain, and the hours once more
        // per flow and domain (kFlowHours), for series over every plant.
        for (int g = 0; g < 4; ++g) {
            const bool flowLevel = g == kFlowHours;
            Delta &d = m_rollups[Key{g, floorTo(createdAt, kRollupGrainsMs[flowLevel ? 1 : g]),
                                     flowLevel ? flowScopeNumber(flowId, domain) : where}];
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
            // PostgreSQL: the buckets without latencies, column by column, sent
            // as one statement per table instead of a statement and an answer each.
            CountColumns atOnce[2];
            std::vector<Key> emptied;
            for (const auto &entry : m_rollups) {
                // Named, not structured bindings: the lambda below uses them.
                const Key &key = entry.first;
                const Delta &d = entry.second;
                std::string hist = encodeHistogram(d.latency);
                if (d.received == 0 && d.delivered == 0 && d.failed == 0 && d.retried == 0 && d.valueFailed == 0
                    && hist.empty())
                    continue;
                if (pg && hist.empty()) {
                    addColumns(atOnce[std::get<0>(key) == kFlowHours ? 1 : 0], key, d);
                    if (d.received < 0)
                        emptied.push_back(key);
                    continue;
                }
                const bool flowLevel = std::get<0>(key) == kFlowHours;
                const TableSql &t = tableSql(flowLevel, pg);
                const auto bindCounts = [&](Statement &s, int first) {
                    s.bind(first, d.received).bind(first + 1, d.delivered).bind(first + 2, d.failed);
                    s.bind(first + 3, d.retried).bind(first + 4, d.valueFailed);
                    return first + 5;
                };
                bool done = false;
                if (hist.empty()) {
                    // Without latencies (a failure, a resubmit) the bucket's row is
                    // there already: one seek to change it instead of an insert
                    // that conflicts and then updates.
                    auto &counts = c.prepare(t.counts);
                    bindKey(counts, bindCounts(counts, 1), key);
                    counts.exec();
                    done = c.changes() > 0;
                }
                if (!done && pg && !hist.empty()) {
                    // The writer holds the store's write lock: read, merge, write back.
                    auto &old = c.prepare(t.latency);
                    bindKey(old, 1, key);
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
                    auto &up = c.prepare(t.upsert);
                    up.bindBlob(bindCounts(up, bindKey(up, 1, key)), hist);
                    up.exec();
                }
                if (d.received < 0)
                    removeIfEmpty(c, key);
            }
            for (int flowLevel = 0; flowLevel < 2; ++flowLevel)
                sendColumns(c, flowLevel == 1, atOnce[flowLevel]);
            for (const Key &key : emptied)
                removeIfEmpty(c, key);
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
    // The bucket's key columns, bound from `first` on; returns the next place.
    int bindKey(Statement &s, int first, const Key &key) const
    {
        const auto where = static_cast<std::size_t>(std::get<2>(key));
        if (std::get<0>(key) == kFlowHours) {
            const auto &[flowId, domain] = m_flowScopes[where];
            s.bind(first, std::get<1>(key)).bind(first + 1, flowId).bind(first + 2, domain);
            return first + 3;
        }
        const auto &[flowId, plant, domain] = m_scopes[where];
        s.bind(first, kRollupGrainsMs[std::get<0>(key)]).bind(first + 1, std::get<1>(key));
        s.bind(first + 2, flowId).bind(first + 3, plant).bind(first + 4, domain);
        return first + 5;
    }

    // Every transaction counts as received: none left, nothing left.
    void removeIfEmpty(Connection &c, const Key &key) const
    {
        const bool pg = c.dialect() == Dialect::Postgres;
        auto &del = c.prepare(tableSql(std::get<0>(key) == kFlowHours, pg).remove);
        bindKey(del, 1, key);
        del.exec();
    }

    // PostgreSQL: buckets whose latencies do not change (failures, resubmits,
    // discards) as PostgreSQL arrays, one per key column and per count.
    struct CountColumns {
        PgArray keys[5];
        PgArray counts[5];
    };

    void addColumns(CountColumns &to, const Key &key, const Delta &d) const
    {
        const auto where = static_cast<std::size_t>(std::get<2>(key));
        if (std::get<0>(key) == kFlowHours) {
            const auto &[flowId, domain] = m_flowScopes[where];
            to.keys[0].add(std::get<1>(key));
            to.keys[1].add(flowId);
            to.keys[2].add(domain);
        } else {
            const auto &[flowId, plant, domain] = m_scopes[where];
            to.keys[0].add(kRollupGrainsMs[std::get<0>(key)]);
            to.keys[1].add(std::get<1>(key));
            to.keys[2].add(flowId);
            to.keys[3].add(plant);
            to.keys[4].add(domain);
        }
        to.counts[0].add(d.received);
        to.counts[1].add(d.delivered);
        to.counts[2].add(d.failed);
        to.counts[3].add(d.retried);
        to.counts[4].add(d.valueFailed);
    }

    // One upsert over the arrays; the stored latencies stay as they are.
    static void sendColumns(Connection &c, bool flowLevel, const CountColumns &columns)
    {
        if (columns.counts[0].empty())
            return;
        auto &s = c.prepare(tableSql(flowLevel, true).upsertCounts);
        int place = 1;
        for (int i = 0; i < (flowLevel ? 3 : 5); ++i)
            s.bind(place++, columns.keys[i].text());
        for (const auto &column : columns.counts)
            s.bind(place++, column.text());
        s.exec();
    }

    using Scope = std::tuple<std::string, std::string, std::string>;
    using FlowScope = std::tuple<std::string, std::string>;

    // The statements of one rollup table, its key columns bound first (or,
    // in `counts`, after the five counts).
    // `upsertCounts` (PostgreSQL) takes arrays: of each key column, then of each count.
    struct TableSql {
        std::string upsert, counts, latency, remove, upsertCounts;
    };

    static const TableSql &tableSql(bool flowLevel, bool pg)
    {
        static const auto make = [](bool flowLevel, bool pg) {
            const std::string table = flowLevel ? "tx_rollup_flow" : "tx_rollup";
            const std::string keys = flowLevel ? "bucket, flow_id, domain" : "grain, bucket, flow_id, plant, domain";
            const std::string keyPlaces = flowLevel ? "?, ?, ?" : "?, ?, ?, ?, ?";
            const std::string match = flowLevel ? "bucket = ? AND flow_id = ? AND domain = ?"
                                                : "grain = ? AND bucket = ? AND flow_id = ? AND plant = ? AND domain = ?";
            const std::string counts = "received, delivered, failed, retried, value_failed";
            const std::string addCounts = " ON CONFLICT (" + keys + ") DO UPDATE SET "
                + "received = " + table + ".received + excluded.received, "
                + "delivered = " + table + ".delivered + excluded.delivered, "
                + "failed = " + table + ".failed + excluded.failed, "
                + "retried = " + table + ".retried + excluded.retried, "
                + "value_failed = " + table + ".value_failed + excluded.value_failed";
            TableSql t;
            t.upsert = "INSERT INTO " + table + " (" + keys + ", " + counts + ", latency) VALUES (" + keyPlaces
                + ", ?, ?, ?, ?, ?, ?)" + addCounts + ", "
                // PostgreSQL gets the merged histogram from flush().
                + (pg ? std::string("latency = excluded.latency")
                      : "latency = CASE WHEN length(excluded.latency) = 0 THEN " + table
                          + ".latency ELSE fd_hist_merge(" + table + ".latency, excluded.latency) END");
            t.counts = "UPDATE " + table + " SET received = received + ?, delivered = delivered + ?, "
                "failed = failed + ?, retried = retried + ?, value_failed = value_failed + ? WHERE " + match;
            t.latency = "SELECT latency FROM " + table + " WHERE " + match;
            t.remove = "DELETE FROM " + table + " WHERE " + match + " AND received = 0";
            if (pg) {
                const std::string keyArrays = flowLevel ? "?::bigint[], ?::text[], ?::text[]"
                                                        : "?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[]";
                t.upsertCounts = "INSERT INTO " + table + " (" + keys + ", " + counts + ", latency) SELECT " + keys
                    + ", " + counts + ", ''::bytea FROM unnest(" + keyArrays
                    + ", ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[]) AS u(" + keys + ", " + counts
                    + ")" + addCounts;
            }
            return t;
        };
        static const TableSql tables[2][2] = {{make(false, false), make(false, true)},
                                              {make(true, false), make(true, true)}};
        return tables[flowLevel ? 1 : 0][pg ? 1 : 0];
    }

    int flowScopeNumber(const std::string &flowId, const std::string &domain)
    {
        if (m_lastFlowScope >= 0) {
            const auto &[f, d] = m_flowScopes[static_cast<std::size_t>(m_lastFlowScope)];
            if (f == flowId && d == domain)
                return m_lastFlowScope;
        }
        auto it = m_flowScopeNumbers.find(std::tie(flowId, domain));
        if (it == m_flowScopeNumbers.end()) {
            it = m_flowScopeNumbers.emplace(FlowScope{flowId, domain}, static_cast<int>(m_flowScopes.size())).first;
            m_flowScopes.emplace_back(flowId, domain);
        }
        m_lastFlowScope = it->second;
        return m_lastFlowScope;
    }

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
    std::map<FlowScope, int, std::less<>> m_flowScopeNumbers;
    std::vector<FlowScope> m_flowScopes;
    int m_lastFlowScope = -1;
};
} // namespace flowdesk::backend::store_detail
