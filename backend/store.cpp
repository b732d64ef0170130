#include "store.h"

#include "sqlite_db.h"

#include <openssl/evp.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <filesystem>
#include <limits>
#include <mutex>
#include <tuple>
#include <unordered_map>
#include <thread>
#include <variant>

namespace flowdesk::backend {

using sqlite::Connection;
using sqlite::Statement;

namespace {

std::shared_ptr<spdlog::logger> logger()
{
    static std::shared_ptr<spdlog::logger> log = [] {
        if (auto existing = spdlog::get("store"))
            return existing;
        try {
            return spdlog::stderr_color_mt("store");
        } catch (const spdlog::spdlog_ex &) {
            return spdlog::get("store");
        }
    }();
    return log;
}

// ---------------------------------------------------------------- schema

struct Migration {
    int version;
    const char *sql;
};

// Applied in order, each inside its own transaction. Never edit a released
// migration; add a new one.
const Migration kMigrations[] = {
    {1, R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE flows (
    id                       TEXT PRIMARY KEY,
    name                     TEXT NOT NULL,
    domain                   TEXT NOT NULL,
    source_system            TEXT NOT NULL,
    target_system            TEXT NOT NULL,
    connector_id             TEXT NOT NULL,
    business_object_type     TEXT NOT NULL,
    description              TEXT NOT NULL,
    payload_schema_json      TEXT NOT NULL,
    sensitive_fields         TEXT NOT NULL,
    sla_seconds              INTEGER NOT NULL,
    retry_max_attempts       INTEGER NOT NULL,
    retry_initial_backoff_ms INTEGER NOT NULL,
    retry_multiplier         REAL NOT NULL,
    retry_max_backoff_ms     INTEGER NOT NULL,
    batch                    INTEGER NOT NULL
);

-- The hot row: what lists, filters and aggregates read. Payloads, the
-- target's raw answer and hops live in their own tables.
CREATE TABLE transactions (
    id                   INTEGER PRIMARY KEY,
    flow_id              TEXT NOT NULL,
    state                INTEGER NOT NULL,
    version              INTEGER NOT NULL,
    business_key         TEXT NOT NULL,
    business_object_type TEXT NOT NULL,
    correlation_id       TEXT NOT NULL,
    source_system        TEXT NOT NULL,
    target_system        TEXT NOT NULL,
    counterparty         TEXT NOT NULL,
    amount_minor         INTEGER NOT NULL,
    currency             TEXT NOT NULL,
    plant                TEXT NOT NULL,
    domain               TEXT NOT NULL,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL,
    due_at               INTEGER NOT NULL,
    sla_deadline         INTEGER NOT NULL,
    delivered_at         INTEGER NOT NULL,
    next_attempt_at      INTEGER NOT NULL,
    attempts             INTEGER NOT NULL,
    error_category       INTEGER NOT NULL,
    error_code           TEXT NOT NULL,
    error_message        TEXT NOT NULL,
    error_signature      TEXT NOT NULL,
    error_at             INTEGER NOT NULL,
    triage               INTEGER NOT NULL,
    assignee             TEXT NOT NULL,
    idempotency_key      TEXT NOT NULL,
    impact_score         REAL NOT NULL,
    -- Sort key of "due soonest first": no due date sorts last.
    due_key              INTEGER GENERATED ALWAYS AS (CASE WHEN due_at = 0 THEN 9223372036854775807 ELSE due_at END) VIRTUAL
);

-- Orderings of the open and exception rows (everything but DELIVERED, which is
-- the bulk of the table): small indexes that per-state lists walk in order.
-- A query uses them when it carries the term "t.state <> 3" (see txWhere).
CREATE INDEX tx_open_impact    ON transactions (state, impact_score DESC, id DESC) WHERE state <> 3;
CREATE INDEX tx_open_created   ON transactions (state, created_at, id) WHERE state <> 3;
CREATE INDEX tx_open_amount    ON transactions (state, amount_minor, id) WHERE state <> 3;
CREATE INDEX tx_open_due       ON transactions (state, due_key, id) WHERE state <> 3;
CREATE INDEX tx_open_flow      ON transactions (state, flow_id, id) WHERE state <> 3;
CREATE INDEX tx_open_id        ON transactions (state) WHERE state <> 3;
-- One error group ranked by impact; also covers the aggregates of the groups.
CREATE INDEX tx_open_signature ON transactions (state, error_signature, impact_score DESC, id DESC, error_at, amount_minor)
    WHERE state <> 3;
-- Orderings over every row (browsing without a state filter, DELIVERED lists).
CREATE INDEX tx_impact         ON transactions (impact_score DESC, id DESC);
CREATE INDEX tx_created        ON transactions (created_at, id);
CREATE INDEX tx_amount         ON transactions (amount_minor, id);
CREATE INDEX tx_due            ON transactions (due_key, id);
CREATE INDEX tx_flow           ON transactions (flow_id, id);
CREATE INDEX tx_flow_created   ON transactions (flow_id, created_at, id);
CREATE INDEX tx_signature      ON transactions (error_signature) WHERE error_signature <> '';
CREATE INDEX tx_correlation    ON transactions (correlation_id, created_at);
CREATE UNIQUE INDEX tx_idempotency ON transactions (flow_id, idempotency_key) WHERE idempotency_key <> '';
-- Only open transactions: the stuck sweep and the retry scheduler stay small.
CREATE INDEX tx_open_sla       ON transactions (sla_deadline, state, flow_id, plant, domain) WHERE state NOT IN (3, 7, 8);
CREATE INDEX tx_retry_due      ON transactions (next_attempt_at, id) WHERE state = 4;

CREATE TABLE tx_payloads (
    tx_id            INTEGER PRIMARY KEY REFERENCES transactions (id) ON DELETE CASCADE,
    original_payload TEXT NOT NULL,
    payload          TEXT NOT NULL,
    target_response  TEXT NOT NULL
);

CREATE TABLE tx_hops (
    id     INTEGER PRIMARY KEY,
    tx_id  INTEGER NOT NULL REFERENCES transactions (id) ON DELETE CASCADE,
    at     INTEGER NOT NULL,
    system TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX tx_hops_tx ON tx_hops (tx_id, id);

-- Counts per flow, plant, domain and state, kept by the writer in the same
-- transaction, so that the dashboards never scan the transactions.
CREATE TABLE tx_counts (
    flow_id TEXT NOT NULL,
    plant   TEXT NOT NULL,
    domain  TEXT NOT NULL,
    state   INTEGER NOT NULL,
    n       INTEGER NOT NULL,
    PRIMARY KEY (flow_id, plant, domain, state)
) WITHOUT ROWID;

-- Append-only, hash-chained.
CREATE TABLE audit (
    sequence    INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    role        TEXT NOT NULL,
    action      TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id   TEXT NOT NULL,
    reason      TEXT NOT NULL,
    diff_json   TEXT NOT NULL,
    request_id  TEXT NOT NULL,
    detail      TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_actor  ON audit (actor, sequence);
CREATE INDEX audit_target ON audit (target_type, target_id, sequence);

-- AUTOINCREMENT: a sequence number is never reused, even after pruning.
CREATE TABLE events (
    sequence       INTEGER PRIMARY KEY AUTOINCREMENT,
    type           INTEGER NOT NULL,
    at             INTEGER NOT NULL,
    transaction_id INTEGER NOT NULL,
    flow_id        TEXT NOT NULL,
    state          INTEGER NOT NULL,
    previous_state INTEGER NOT NULL,
    version        INTEGER NOT NULL,
    plant          TEXT NOT NULL,
    domain         TEXT NOT NULL,
    action         TEXT NOT NULL,
    actor          TEXT NOT NULL,
    connector_id   TEXT NOT NULL,
    bulk_job_id    TEXT NOT NULL
);

CREATE TABLE users (
    username      TEXT PRIMARY KEY,
    display_name  TEXT NOT NULL,
    role          INTEGER NOT NULL,
    domains       TEXT NOT NULL,
    plants        TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled      INTEGER NOT NULL,
    failed_logins INTEGER NOT NULL,
    locked_until  INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    last_login_at INTEGER NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    username   TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE requests (
    request_id  TEXT PRIMARY KEY,
    method      TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    response    BLOB NOT NULL,
    status_code INTEGER NOT NULL,
    at          INTEGER NOT NULL
);
CREATE INDEX requests_at ON requests (at);

CREATE TABLE connectors (
    id                     TEXT PRIMARY KEY,
    name                   TEXT NOT NULL,
    kind                   TEXT NOT NULL,
    system                 TEXT NOT NULL,
    endpoint               TEXT NOT NULL,
    auth_type              TEXT NOT NULL,
    paused                 INTEGER NOT NULL,
    paused_reason          TEXT NOT NULL,
    last_success_at        INTEGER NOT NULL,
    recent_attempts        INTEGER NOT NULL,
    recent_failures        INTEGER NOT NULL,
    credential_ciphertext  BLOB NOT NULL,
    credential_fingerprint TEXT NOT NULL,
    credential_version     INTEGER NOT NULL,
    credential_rotated_at  INTEGER NOT NULL,
    credential_rotated_by  TEXT NOT NULL,
    rotation_policy_days   INTEGER NOT NULL
);
)sql"},
    // One index fewer to move on every state change (a bulk resubmit of 50,000
    // exceptions moves each row in every index that has the state in its key or
    // its condition): tx_open_sla keeps the same rows in the same order as the
    // dashboard's tx_open_deadline, which the stuck sweep, the stuck counts and
    // the stuck list now use.
    {2, R"sql(
DROP INDEX IF EXISTS tx_open_sla;
CREATE INDEX IF NOT EXISTS tx_open_deadline ON transactions (sla_deadline, id, flow_id, plant, domain) WHERE state IN (1, 2, 4, 5, 6);
)sql"},
    // A state change among the open states (FAILED to RESUBMITTED to IN_FLIGHT,
    // say) leaves the indexes of open rows alone. Their key and condition name
    // the lifecycle (0 delivered, 1 open, 2 closed by a person) instead of the
    // state, and SQLite rewrites an index entry only when a column it names
    // changes; before, every such change moved the row in ten indexes. Lists of
    // one state walk the open rows in order and check the state on the row they
    // read anyway. Two indexes keep the state: the error groups' (it covers
    // their aggregates) and the delivery engine's queue of RECEIVED and
    // RESUBMITTED work.
    {3, R"sql(
ALTER TABLE transactions ADD COLUMN lifecycle INTEGER NOT NULL DEFAULT 0;
UPDATE transactions SET lifecycle = CASE WHEN state IN (7, 8) THEN 2 ELSE 1 END WHERE state <> 3;
DROP INDEX tx_open_impact;
DROP INDEX tx_open_created;
DROP INDEX tx_open_amount;
DROP INDEX tx_open_due;
DROP INDEX tx_open_flow;
DROP INDEX tx_open_id;
DROP INDEX tx_open_signature;
DROP INDEX IF EXISTS tx_open_age;
DROP INDEX IF EXISTS tx_open_overdue;
DROP INDEX IF EXISTS tx_open_deadline;
CREATE INDEX tx_live_impact    ON transactions (lifecycle, impact_score DESC, id DESC) WHERE lifecycle <> 0;
CREATE INDEX tx_live_created   ON transactions (lifecycle, created_at, id) WHERE lifecycle <> 0;
CREATE INDEX tx_live_amount    ON transactions (lifecycle, amount_minor, id) WHERE lifecycle <> 0;
CREATE INDEX tx_live_due       ON transactions (lifecycle, due_key, id) WHERE lifecycle <> 0;
CREATE INDEX tx_live_flow      ON transactions (lifecycle, flow_id, id) WHERE lifecycle <> 0;
CREATE INDEX tx_live_id        ON transactions (lifecycle) WHERE lifecycle <> 0;
CREATE INDEX tx_live_signature ON transactions (lifecycle, state, error_signature, impact_score DESC, id DESC, error_at,
                                                amount_minor) WHERE lifecycle <> 0;
CREATE INDEX tx_work_due       ON transactions (state, created_at, id) WHERE state IN (1, 6);
CREATE INDEX IF NOT EXISTS tx_live_age      ON transactions (flow_id, plant, domain, created_at) WHERE lifecycle = 1;
CREATE INDEX IF NOT EXISTS tx_live_overdue  ON transactions (flow_id, plant, domain, sla_deadline) WHERE lifecycle = 1;
CREATE INDEX IF NOT EXISTS tx_live_deadline ON transactions (sla_deadline, id, flow_id, plant, domain) WHERE lifecycle = 1;
)sql"},
};

// Open: neither delivered nor closed by a person. Spelled like the condition of
// the open-transaction indexes (tx_live_deadline and the dashboard's) so that
// the planner may use them.
constexpr const char *kOpenCondition = "t.lifecycle = 1";
constexpr const char *kDueKey = "t.due_key";

// The column "lifecycle" of a row in a state (see schema 3).
int lifecycleOf(TxState s)
{
    switch (s) {
    case TxState::Delivered: return 0;
    case TxState::Discarded:
    case TxState::ResolvedManually: return 2;
    default: return 1;
    }
}

// ---------------------------------------------------------------- rollups

// Derived structures: rebuilt from the transactions whenever their version is
// older than kRollupVersion or they disagree with the kept counts (say, after an
// older flowdeskd wrote to the file), so they carry their own version in meta
// rather than a schema migration.
constexpr int kRollupVersion = 1;
constexpr const char *kRollupSchema = R"sql(
CREATE TABLE IF NOT EXISTS tx_rollup (
    grain        INTEGER NOT NULL,
    bucket       INTEGER NOT NULL,
    flow_id      TEXT NOT NULL,
    plant        TEXT NOT NULL,
    domain       TEXT NOT NULL,
    received     INTEGER NOT NULL,
    delivered    INTEGER NOT NULL,
    failed       INTEGER NOT NULL,
    retried      INTEGER NOT NULL,
    value_failed INTEGER NOT NULL,
    latency      BLOB NOT NULL,
    PRIMARY KEY (grain, bucket, flow_id, plant, domain)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS tx_value (
    flow_id      TEXT NOT NULL,
    plant        TEXT NOT NULL,
    domain       TEXT NOT NULL,
    state        INTEGER NOT NULL,
    currency     TEXT NOT NULL,
    n            INTEGER NOT NULL,
    amount_minor INTEGER NOT NULL,
    PRIMARY KEY (flow_id, plant, domain, state, currency)
) WITHOUT ROWID;

-- Open transactions only, under a condition of their own ("lifecycle = 1",
-- not the "lifecycle <> 0" of the list indexes), so that only the dashboard
-- queries that say so pick them: the oldest open transaction and the earliest
-- deadline per flow, plant and domain, and the stuck list in deadline order.
CREATE INDEX IF NOT EXISTS tx_live_age      ON transactions (flow_id, plant, domain, created_at) WHERE lifecycle = 1;
CREATE INDEX IF NOT EXISTS tx_live_overdue  ON transactions (flow_id, plant, domain, sla_deadline) WHERE lifecycle = 1;
CREATE INDEX IF NOT EXISTS tx_live_deadline ON transactions (sla_deadline, id, flow_id, plant, domain) WHERE lifecycle = 1;
)sql";

std::int64_t floorTo(std::int64_t v, std::int64_t step)
{
    const std::int64_t q = v / step;
    return (v % step != 0 && v < 0 ? q - 1 : q) * step;
}

std::int64_t ceilTo(std::int64_t v, std::int64_t step)
{
    const std::int64_t f = floorTo(v, step);
    return f == v ? v : f + step;
}

// Histograms travel as (bin, count) pairs in ascending bin order, each number a
// LEB128 varint, the count zigzag-encoded so that a delta may be negative.
using Histogram = std::map<int, std::int64_t>;

void putVarint(std::string &out, std::uint64_t v)
{
    while (v >= 0x80) {
        out.push_back(static_cast<char>((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<char>(v));
}

std::string encodeHistogram(const Histogram &h)
{
    std::string out;
    for (const auto &[bin, n] : h) {
        if (n == 0)
            continue;
        putVarint(out, static_cast<std::uint64_t>(bin));
        putVarint(out, (static_cast<std::uint64_t>(n) << 1) ^ static_cast<std::uint64_t>(n >> 63));
    }
    return out;
}

// Adds the histogram in data to h; false when data is malformed.
bool addHistogram(const unsigned char *data, std::size_t size, Histogram &h)
{
    std::size_t i = 0;
    auto next = [&](std::uint64_t &v) {
        v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (i >= size)
                return false;
            const unsigned char c = data[i++];
            v |= static_cast<std::uint64_t>(c & 0x7f) << shift;
            if (!(c & 0x80))
                return true;
        }
        return false;
    };
    while (i < size) {
        std::uint64_t bin = 0;
        std::uint64_t zz = 0;
        if (!next(bin) || !next(zz) || bin >= static_cast<std::uint64_t>(kLatencyBins))
            return false;
        const auto n = static_cast<std::int64_t>((zz >> 1) ^ (~(zz & 1) + 1));
        h[static_cast<int>(bin)] += n;
    }
    return true;
}

bool addHistogram(std::string_view data, Histogram &h)
{
    return addHistogram(reinterpret_cast<const unsigned char *>(data.data()), data.size(), h);
}

// The same into kLatencyBins dense counters (the readers' hot path).
bool addHistogramDense(const unsigned char *data, std::size_t size, std::int64_t *bins)
{
    std::size_t i = 0;
    auto next = [&](std::uint64_t &v) {
        v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (i >= size)
                return false;
            const unsigned char c = data[i++];
            v |= static_cast<std::uint64_t>(c & 0x7f) << shift;
            if (!(c & 0x80))
                return true;
        }
        return false;
    };
    while (i < size) {
        std::uint64_t bin = 0;
        std::uint64_t zz = 0;
        if (!next(bin) || !next(zz) || bin >= static_cast<std::uint64_t>(kLatencyBins))
            return false;
        bins[bin] += static_cast<std::int64_t>((zz >> 1) ^ (~(zz & 1) + 1));
    }
    return true;
}

// SQL function fd_hist_merge(a, b): the sum of two histograms (the writer's
// upsert of a rollup row).
void sqlHistMerge(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    Histogram h;
    for (int i = 0; i < 2; ++i) {
        const auto *data = static_cast<const unsigned char *>(sqlite3_value_blob(argv[i]));
        const int size = sqlite3_value_bytes(argv[i]);
        if (data && size > 0 && !addHistogram(data, static_cast<std::size_t>(size), h)) {
            sqlite3_result_error(ctx, "malformed latency histogram", -1);
            return;
        }
    }
    const std::string out = encodeHistogram(h);
    sqlite3_result_blob(ctx, out.data(), static_cast<int>(out.size()), SQLITE_TRANSIENT);
}

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
            auto &up = c.prepare(
                "INSERT INTO tx_rollup (grain, bucket, flow_id, plant, domain, received, delivered, failed, retried, "
                "value_failed, latency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (grain, bucket, flow_id, plant, domain) DO UPDATE SET "
                "received = received + excluded.received, delivered = delivered + excluded.delivered, "
                "failed = failed + excluded.failed, retried = retried + excluded.retried, "
                "value_failed = value_failed + excluded.value_failed, "
                // Most changes (a failure, a resubmit) leave the latencies alone.
                "latency = CASE WHEN length(excluded.latency) = 0 THEN latency "
                "ELSE fd_hist_merge(latency, excluded.latency) END");
            // Without latencies (a failure, a resubmit) the bucket's row is
            // there already: one seek to change it instead of an insert that
            // conflicts and then updates.
            auto &counts = c.prepare(
                "UPDATE tx_rollup SET received = received + ?6, delivered = delivered + ?7, failed = failed + ?8, "
                "retried = retried + ?9, value_failed = value_failed + ?10 "
                "WHERE grain = ?1 AND bucket = ?2 AND flow_id = ?3 AND plant = ?4 AND domain = ?5");
            for (const auto &[key, d] : m_rollups) {
                const std::string hist = encodeHistogram(d.latency);
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
                "n = n + excluded.n, amount_minor = amount_minor + excluded.amount_minor");
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

// ---------------------------------------------------------------- helpers

std::string sha256Hex(std::string_view data)
{
    // One fetched digest and one context per thread: EVP_Digest looks the
    // algorithm up and allocates a context on every call, which costs more than
    // hashing an audit entry (one per row of a bulk job).
    struct Sha256 {
        EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        ~Sha256()
        {
            EVP_MD_CTX_free(ctx);
            EVP_MD_free(md);
        }
    };
    thread_local Sha256 sha;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!sha.md || !sha.ctx || EVP_DigestInit_ex2(sha.ctx, sha.md, nullptr) != 1
        || EVP_DigestUpdate(sha.ctx, data.data(), data.size()) != 1
        || EVP_DigestFinal_ex(sha.ctx, digest, &len) != 1)
        throw StoreError(StoreError::Kind::Io, "SHA-256 failed");
    static const char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(len * 2);
    for (unsigned int i = 0; i < len; ++i) {
        out.push_back(hex[digest[i] >> 4]);
        out.push_back(hex[digest[i] & 0xf]);
    }
    return out;
}

std::string hexEncode(std::string_view data)
{
    static const char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(data.size() * 2);
    for (unsigned char c : data) {
        out.push_back(hex[c >> 4]);
        out.push_back(hex[c & 0xf]);
    }
    return out;
}

std::optional<std::string> hexDecode(std::string_view text)
{
    if (text.size() % 2 != 0)
        return std::nullopt;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    std::string out;
    out.reserve(text.size() / 2);
    for (std::size_t i = 0; i < text.size(); i += 2) {
        const int hi = nibble(text[i]);
        const int lo = nibble(text[i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out.push_back(static_cast<char>(hi * 16 + lo));
    }
    return out;
}

// Length-prefixed fields: no separator inside a value can make two different
// records encode the same.
class Canonical {
public:
    Canonical &add(std::string_view s)
    {
        m_out += std::to_string(s.size());
        m_out += ':';
        m_out += s;
        m_out += ';';
        return *this;
    }
    Canonical &add(std::int64_t v) { return add(std::string_view(std::to_string(v))); }
    Canonical &add(int v) { return add(static_cast<std::int64_t>(v)); }
    Canonical &add(bool v) { return add(static_cast<std::int64_t>(v ? 1 : 0)); }
    template<typename T>
    Canonical &addList(const std::vector<T> &values)
    {
        add(static_cast<std::int64_t>(values.size()));
        for (const auto &v : values) {
            if constexpr (std::is_enum_v<T>)
                add(static_cast<std::int64_t>(v));
            else
                add(std::string_view(v));
        }
        return *this;
    }
    const std::string &str() const { return m_out; }

private:
    std::string m_out;
};

// Lists of plain identifiers (plants, domains, JSON pointers): each element is
// followed by a unit separator, so [] and [""] differ.
std::string joinList(const std::vector<std::string> &values)
{
    std::string out;
    for (const auto &v : values) {
        out += v;
        out += '\x1f';
    }
    return out;
}

std::vector<std::string> splitList(const std::string &text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\x1f', start);
        if (end == std::string::npos) {
            out.push_back(text.substr(start));
            break;
        }
        out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::string auditHash(const AuditEntry &e)
{
    Canonical c;
    c.add(std::string_view("flowdesk.audit.v1"))
        .add(e.sequence)
        .add(e.at)
        .add(e.actor)
        .add(e.role)
        .add(e.action)
        .add(e.targetType)
        .add(e.targetId)
        .add(e.reason)
        .add(e.diffJson)
        .add(e.requestId)
        .add(e.detail)
        .add(e.prevHash);
    return sha256Hex(c.str());
}

// Resets statements left mid-iteration so that no read transaction stays open.
void resetBusy(Connection &c)
{
    for (sqlite3_stmt *s = sqlite3_next_stmt(c.handle(), nullptr); s; s = sqlite3_next_stmt(c.handle(), s)) {
        if (sqlite3_stmt_busy(s))
            sqlite3_reset(s);
    }
}

// ---------------------------------------------------------------- row mapping

constexpr const char *kTxColumns =
    "t.id, t.flow_id, t.state, t.version, t.business_key, t.business_object_type, t.correlation_id, "
    "t.source_system, t.target_system, t.counterparty, t.amount_minor, t.currency, t.plant, t.domain, "
    "t.created_at, t.updated_at, t.due_at, t.sla_deadline, t.delivered_at, t.next_attempt_at, t.attempts, "
    "t.error_category, t.error_code, t.error_message, t.error_signature, t.error_at, t.triage, t.assignee, "
    "t.idempotency_key, t.impact_score";
constexpr int kTxColumnCount = 30;
constexpr const char *kPayloadColumns = "p.original_payload, p.payload, p.target_response";

Transaction readTransaction(const Statement &s, bool withPayload)
{
    Transaction t;
    t.id = s.int64(0);
    t.flowId = s.text(1);
    t.state = static_cast<TxState>(s.int32(2));
    t.version = s.int64(3);
    t.businessKey = s.text(4);
    t.businessObjectType = s.text(5);
    t.correlationId = s.text(6);
    t.sourceSystem = s.text(7);
    t.targetSystem = s.text(8);
    t.counterparty = s.text(9);
    t.amountMinor = s.int64(10);
    t.currency = s.text(11);
    t.plant = s.text(12);
    t.domain = s.text(13);
    t.createdAt = s.int64(14);
    t.updatedAt = s.int64(15);
    t.dueAt = s.int64(16);
    t.slaDeadline = s.int64(17);
    t.deliveredAt = s.int64(18);
    t.nextAttemptAt = s.int64(19);
    t.attempts = s.int32(20);
    t.error.category = static_cast<ErrorCategory>(s.int32(21));
    t.error.code = s.text(22);
    t.error.message = s.text(23);
    t.error.signature = s.text(24);
    t.error.at = s.int64(25);
    t.triage = static_cast<TriageStatus>(s.int32(26));
    t.assignee = s.text(27);
    t.idempotencyKey = s.text(28);
    t.impactScore = s.real(29);
    if (withPayload) {
        t.originalPayloadJson = s.text(kTxColumnCount);
        t.payloadJson = s.text(kTxColumnCount + 1);
        t.error.targetResponse = s.text(kTxColumnCount + 2);
    }
    return t;
}

FlowDef readFlow(const Statement &s)
{
    FlowDef f;
    f.id = s.text(0);
    f.name = s.text(1);
    f.domain = s.text(2);
    f.sourceSystem = s.text(3);
    f.targetSystem = s.text(4);
    f.connectorId = s.text(5);
    f.businessObjectType = s.text(6);
    f.description = s.text(7);
    f.payloadSchemaJson = s.text(8);
    f.sensitiveFields = splitList(s.text(9));
    f.slaSeconds = s.int64(10);
    f.retry.maxAttempts = s.int32(11);
    f.retry.initialBackoffMs = s.int64(12);
    f.retry.multiplier = s.real(13);
    f.retry.maxBackoffMs = s.int64(14);
    f.batch = s.int64(15) != 0;
    return f;
}
constexpr const char *kFlowSelect =
    "SELECT id, name, domain, source_system, target_system, connector_id, business_object_type, description, "
    "payload_schema_json, sensitive_fields, sla_seconds, retry_max_attempts, retry_initial_backoff_ms, "
    "retry_multiplier, retry_max_backoff_ms, batch FROM flows";

AuditEntry readAudit(const Statement &s)
{
    AuditEntry e;
    e.sequence = s.int64(0);
    e.at = s.int64(1);
    e.actor = s.text(2);
    e.role = s.text(3);
    e.action = s.text(4);
    e.targetType = s.text(5);
    e.targetId = s.text(6);
    e.reason = s.text(7);
    e.diffJson = s.text(8);
    e.requestId = s.text(9);
    e.detail = s.text(10);
    e.prevHash = s.text(11);
    e.hash = s.text(12);
    return e;
}
constexpr const char *kAuditColumns =
    "sequence, at, actor, role, action, target_type, target_id, reason, diff_json, request_id, detail, prev_hash, hash";

Event readEvent(const Statement &s)
{
    Event e;
    e.sequence = s.int64(0);
    e.type = static_cast<EventType>(s.int32(1));
    e.at = s.int64(2);
    e.transactionId = s.int64(3);
    e.flowId = s.text(4);
    e.state = static_cast<TxState>(s.int32(5));
    e.previousState = static_cast<TxState>(s.int32(6));
    e.version = s.int64(7);
    e.plant = s.text(8);
    e.domain = s.text(9);
    e.action = s.text(10);
    e.actor = s.text(11);
    e.connectorId = s.text(12);
    e.bulkJobId = s.text(13);
    return e;
}

UserRecord readUser(const Statement &s)
{
    UserRecord u;
    u.username = s.text(0);
    u.displayName = s.text(1);
    u.role = static_cast<Role>(s.int32(2));
    u.domains = splitList(s.text(3));
    u.plants = splitList(s.text(4));
    u.passwordHash = s.text(5);
    u.disabled = s.int64(6) != 0;
    u.failedLogins = s.int32(7);
    u.lockedUntil = s.int64(8);
    u.createdAt = s.int64(9);
    u.lastLoginAt = s.int64(10);
    return u;
}
constexpr const char *kUserSelect =
    "SELECT username, display_name, role, domains, plants, password_hash, disabled, failed_logins, locked_until, "
    "created_at, last_login_at FROM users";

ConnectorRecord readConnector(const Statement &s)
{
    ConnectorRecord c;
    c.id = s.text(0);
    c.name = s.text(1);
    c.kind = s.text(2);
    c.system = s.text(3);
    c.endpoint = s.text(4);
    c.authType = s.text(5);
    c.paused = s.int64(6) != 0;
    c.pausedReason = s.text(7);
    c.lastSuccessAt = s.int64(8);
    c.recentAttempts = s.int64(9);
    c.recentFailures = s.int64(10);
    c.credentialCiphertext = s.text(11);
    c.credentialFingerprint = s.text(12);
    c.credentialVersion = s.int32(13);
    c.credentialRotatedAt = s.int64(14);
    c.credentialRotatedBy = s.text(15);
    c.rotationPolicyDays = s.int32(16);
    return c;
}
constexpr const char *kConnectorSelect =
    "SELECT id, name, kind, system, endpoint, auth_type, paused, paused_reason, last_success_at, recent_attempts, "
    "recent_failures, credential_ciphertext, credential_fingerprint, credential_version, credential_rotated_at, "
    "credential_rotated_by, rotation_policy_days FROM connectors";

// ---------------------------------------------------------------- shared reads

std::optional<Transaction> loadTransaction(Connection &c, std::int64_t id, bool withDetail)
{
    std::optional<Transaction> out;
    if (withDetail) {
        static const std::string sql = std::string("SELECT ") + kTxColumns + ", " + kPayloadColumns
            + " FROM transactions t LEFT JOIN tx_payloads p ON p.tx_id = t.id WHERE t.id = ?";
        auto &s = c.prepare(sql);
        s.bind(1, id);
        if (s.step())
            out = readTransaction(s, true);
        s.reset();
        if (!out)
            return out;
        static const std::string hopsSql = "SELECT at, system, action, detail FROM tx_hops WHERE tx_id = ? ORDER BY id";
        auto &h = c.prepare(hopsSql);
        h.bind(1, id);
        while (h.step())
            out->hops.push_back(Hop{h.int64(0), h.text(1), h.text(2), h.text(3)});
        return out;
    }
    static const std::string sql = std::string("SELECT ") + kTxColumns + " FROM transactions t WHERE t.id = ?";
    auto &s = c.prepare(sql);
    s.bind(1, id);
    if (s.step())
        out = readTransaction(s, false);
    s.reset();
    return out;
}

std::optional<std::int64_t> loadIdempotency(Connection &c, const std::string &flowId, const std::string &key)
{
    if (key.empty())
        return std::nullopt;
    auto &s = c.prepare("SELECT id FROM transactions WHERE flow_id = ? AND idempotency_key = ? AND idempotency_key <> ''");
    s.bind(1, flowId).bind(2, key);
    std::optional<std::int64_t> out;
    if (s.step())
        out = s.int64(0);
    s.reset();
    return out;
}

std::optional<UserRecord> loadUser(Connection &c, const std::string &username)
{
    auto &s = c.prepare(std::string(kUserSelect) + " WHERE username = ?");
    s.bind(1, username);
    std::optional<UserRecord> out;
    if (s.step())
        out = readUser(s);
    s.reset();
    return out;
}

std::optional<ConnectorRecord> loadConnector(Connection &c, const std::string &id)
{
    auto &s = c.prepare(std::string(kConnectorSelect) + " WHERE id = ?");
    s.bind(1, id);
    std::optional<ConnectorRecord> out;
    if (s.step())
        out = readConnector(s);
    s.reset();
    return out;
}

std::optional<RequestRecord> loadRequest(Connection &c, const std::string &requestId)
{
    auto &s = c.prepare("SELECT request_id, method, fingerprint, response, status_code, at FROM requests WHERE request_id = ?");
    s.bind(1, requestId);
    std::optional<RequestRecord> out;
    if (s.step())
        out = RequestRecord{s.text(0), s.text(1), s.text(2), s.text(3), s.int32(4), s.int64(5)};
    s.reset();
    return out;
}

// ---------------------------------------------------------------- filters

using BindValue = std::variant<std::int64_t, double, std::string>;

struct Where {
    std::string sql;  // " AND ..." terms, or empty
    std::vector<BindValue> binds;

    void term(const std::string &t)
    {
        sql += sql.empty() ? " WHERE " : " AND ";
        sql += t;
    }
    void inText(const char *column, const std::vector<std::string> &values)
    {
        if (values.empty())
            return;
        std::string t = std::string(column) + (values.size() == 1 ? " = ?" : " IN (");
        if (values.size() > 1) {
            for (std::size_t i = 0; i < values.size(); ++i)
                t += i == 0 ? "?" : ", ?";
            t += ")";
        }
        term(t);
        for (const auto &v : values)
            binds.emplace_back(v);
    }
    // Enum numbers go into the SQL text: they are not user text, and literal
    // values let the planner pick the per-state indexes.
    template<typename E>
    void inEnum(const char *column, const std::vector<E> &values)
    {
        if (values.empty())
            return;
        std::vector<int> sorted;
        for (E v : values)
            sorted.push_back(static_cast<int>(v));
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        std::string t = column;
        if (sorted.size() == 1) {
            t += " = " + std::to_string(sorted.front());
        } else {
            t += " IN (";
            for (std::size_t i = 0; i < sorted.size(); ++i)
                t += (i == 0 ? "" : ", ") + std::to_string(sorted[i]);
            t += ")";
        }
        term(t);
    }
    void bindAll(Statement &s, int first = 1) const
    {
        int i = first;
        for (const auto &v : binds) {
            if (const auto *n = std::get_if<std::int64_t>(&v))
                s.bind(i, *n);
            else if (const auto *d = std::get_if<double>(&v))
                s.bind(i, *d);
            else
                s.bind(i, std::get<std::string>(v));
            ++i;
        }
    }
};

// Case folding for the text filter: ASCII plus the Latin-1 and Latin
// Extended-A letters of the plants' languages (German, French, Polish,
// Spanish). SQLite's LIKE folds ASCII only.
unsigned foldCodePoint(unsigned cp)
{
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
        return cp + 0x20;
    if ((cp >= 0x100 && cp <= 0x12F) || (cp >= 0x132 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177))
        return cp | 1u;  // even upper case, odd lower case
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
        return cp % 2 == 1 ? cp + 1 : cp;  // odd upper case, even lower case
    if (cp == 0x178)
        return 0xFF;
    return cp;
}

void foldInto(std::string_view in, std::string &out)
{
    out.clear();
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size();) {
        const auto c = static_cast<unsigned char>(in[i]);
        if (c < 0x80) {
            out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
            ++i;
        } else if ((c & 0xE0) == 0xC0 && i + 1 < in.size() && (static_cast<unsigned char>(in[i + 1]) & 0xC0) == 0x80) {
            const unsigned cp = foldCodePoint(((c & 0x1Fu) << 6) | (static_cast<unsigned char>(in[i + 1]) & 0x3Fu));
            out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
            i += 2;
        } else {
            out.push_back(static_cast<char>(c));
            ++i;
        }
    }
}

std::string folded(std::string_view in)
{
    std::string out;
    foldInto(in, out);
    return out;
}

// SQL function fd_contains(haystack, folded needle): 1 when the folded
// haystack contains the needle.
void sqlContainsFolded(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *h = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const auto *n = reinterpret_cast<const char *>(sqlite3_value_text(argv[1]));
    if (!h || !n) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    thread_local std::string buffer;
    foldInto(std::string_view(h, static_cast<std::size_t>(sqlite3_value_bytes(argv[0]))), buffer);
    const std::string_view needle(n, static_cast<std::size_t>(sqlite3_value_bytes(argv[1])));
    sqlite3_result_int(ctx, buffer.find(needle) != std::string::npos ? 1 : 0);
}

void registerFunctions(Connection &c)
{
    sqlite::check(c.handle(),
                  sqlite3_create_function_v2(c.handle(), "fd_contains", 2,
                                             SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                             &sqlContainsFolded, nullptr, nullptr, nullptr),
                  "register fd_contains");
    sqlite::check(c.handle(),
                  sqlite3_create_function_v2(c.handle(), "fd_hist_merge", 2,
                                             SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                             &sqlHistMerge, nullptr, nullptr, nullptr),
                  "register fd_hist_merge");
}

std::string likePattern(const std::string &text)
{
    std::string out = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '%';
    return out;
}

Where txWhere(const TxFilter &f)
{
    Where w;
    w.inEnum("t.state", f.states);
    // States without DELIVERED: say so in the exact words of the partial
    // indexes' condition, so that the planner may use them, and name the one
    // lifecycle they share, so that a list walks that part of an index in order.
    if (!f.states.empty() && std::find(f.states.begin(), f.states.end(), TxState::Delivered) == f.states.end()) {
        w.term("t.lifecycle <> 0");
        const int first = lifecycleOf(f.states.front());
        if (std::all_of(f.states.begin(), f.states.end(), [first](TxState s) { return lifecycleOf(s) == first; }))
            w.term("t.lifecycle = " + std::to_string(first));
    }
    w.inText("t.flow_id", f.flowIds);
    w.inText("t.plant", f.plants);
    w.inText("t.domain", f.domains);
    if (!f.errorSignature.empty()) {
        w.term("t.error_signature = ? AND t.error_signature <> ''");
        w.binds.emplace_back(f.errorSignature);
    }
    if (!f.text.empty()) {
        const bool ascii = std::all_of(f.text.begin(), f.text.end(),
                                       [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
        // LIKE is fast and folds ASCII, which is all an ASCII needle needs.
        if (ascii)
            w.term("(t.business_key LIKE ? ESCAPE '\\' OR t.counterparty LIKE ? ESCAPE '\\' "
                   "OR t.error_message LIKE ? ESCAPE '\\')");
        else
            w.term("(fd_contains(t.business_key, ?) OR fd_contains(t.counterparty, ?) "
                   "OR fd_contains(t.error_message, ?))");
        const std::string p = ascii ? likePattern(f.text) : folded(f.text);
        w.binds.emplace_back(p);
        w.binds.emplace_back(p);
        w.binds.emplace_back(p);
    }
    if (f.stuckOnly) {
        w.term(std::string(kOpenCondition) + " AND t.sla_deadline > 0 AND t.sla_deadline < ?");
        w.binds.emplace_back(static_cast<std::int64_t>(f.now > 0 ? f.now : nowMs()));
    }
    w.inEnum("t.triage", f.triage);
    w.inEnum("t.error_category", f.categories);
    if (!f.assignee.empty()) {
        w.term("t.assignee = ?");
        w.binds.emplace_back(f.assignee);
    }
    if (f.unassignedOnly)
        w.term("t.assignee = ''");
    if (!f.correlationId.empty()) {
        w.term("t.correlation_id = ?");
        w.binds.emplace_back(f.correlationId);
    }
    if (f.createdAfter > 0) {
        w.term("t.created_at >= ?");
        w.binds.emplace_back(static_cast<std::int64_t>(f.createdAfter));
    }
    if (f.createdBefore > 0) {
        w.term("t.created_at < ?");
        w.binds.emplace_back(static_cast<std::int64_t>(f.createdBefore));
    }
    return w;
}

bool onlyScopeAndStates(const TxFilter &f)
{
    return f.errorSignature.empty() && f.text.empty() && !f.stuckOnly && f.triage.empty() && f.categories.empty()
        && f.assignee.empty() && !f.unassignedOnly && f.correlationId.empty() && f.createdAfter == 0
        && f.createdBefore == 0;
}

// What identifies a filter in a page token (everything but the reference time).
std::string filterFingerprint(const TxFilter &f, TxOrder order)
{
    Canonical c;
    c.add(static_cast<std::int64_t>(order))
        .addList(f.states)
        .addList(f.flowIds)
        .addList(f.plants)
        .addList(f.domains)
        .add(f.errorSignature)
        .add(f.text)
        .add(f.stuckOnly)
        .addList(f.triage)
        .addList(f.categories)
        .add(f.assignee)
        .add(f.unassignedOnly)
        .add(f.correlationId)
        .add(f.createdAfter)
        .add(f.createdBefore);
    return sha256Hex(c.str()).substr(0, 16);
}

std::string auditFingerprint(const AuditFilter &f)
{
    Canonical c;
    c.add(f.actor).add(f.action).add(f.targetType).add(f.targetId).add(f.from).add(f.to);
    return sha256Hex(c.str()).substr(0, 16);
}

struct OrderSpec {
    const char *key;  // nullptr: the id alone
    bool descending;
    enum class Type { Int, Real, Text } type;
};

OrderSpec orderSpec(TxOrder order)
{
    switch (order) {
    case TxOrder::ImpactDesc: return {"t.impact_score", true, OrderSpec::Type::Real};
    case TxOrder::CreatedAsc: return {"t.created_at", false, OrderSpec::Type::Int};
    case TxOrder::CreatedDesc: return {"t.created_at", true, OrderSpec::Type::Int};
    case TxOrder::AmountDesc: return {"t.amount_minor", true, OrderSpec::Type::Int};
    case TxOrder::DueAsc: return {kDueKey, false, OrderSpec::Type::Int};
    case TxOrder::FlowAsc: return {"t.flow_id", false, OrderSpec::Type::Text};
    case TxOrder::IdAsc: return {nullptr, false, OrderSpec::Type::Int};
    }
    throw StoreError(StoreError::Kind::InvalidArgument, "unknown order");
}

// ---------------------------------------------------------------- page tokens

std::string sealToken(const std::string &payload)
{
    return hexEncode(payload) + sha256Hex("flowdesk.page." + payload).substr(0, 8);
}

std::vector<std::string> openToken(const std::string &token)
{
    auto bad = [] { return StoreError(StoreError::Kind::InvalidArgument, "invalid page token"); };
    if (token.size() < 10)
        throw bad();
    const auto payload = hexDecode(std::string_view(token).substr(0, token.size() - 8));
    if (!payload || sha256Hex("flowdesk.page." + *payload).substr(0, 8) != token.substr(token.size() - 8))
        throw bad();
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const auto end = payload->find('|', start);
        parts.push_back(payload->substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return parts;
}

std::optional<std::int64_t> parseInt(const std::string &s)
{
    std::int64_t v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size() || s.empty())
        return std::nullopt;
    return v;
}

struct TxCursor {
    BindValue key;
    std::int64_t id = 0;
};

std::string makeTxToken(TxOrder order, const std::string &fingerprint, const Transaction &last)
{
    const OrderSpec spec = orderSpec(order);
    std::string key;
    switch (order) {
    case TxOrder::ImpactDesc: key = std::to_string(std::bit_cast<std::int64_t>(last.impactScore)); break;
    case TxOrder::CreatedAsc:
    case TxOrder::CreatedDesc: key = std::to_string(last.createdAt); break;
    case TxOrder::AmountDesc: key = std::to_string(last.amountMinor); break;
    case TxOrder::DueAsc:
        key = std::to_string(last.dueAt == 0 ? std::numeric_limits<std::int64_t>::max() : last.dueAt);
        break;
    case TxOrder::FlowAsc: key = hexEncode(last.flowId); break;
    case TxOrder::IdAsc: break;
    }
    (void)spec;
    return sealToken("t1|" + std::to_string(static_cast<int>(order)) + "|" + fingerprint + "|" + key + "|"
                     + std::to_string(last.id));
}

TxCursor parseTxToken(const std::string &token, TxOrder order, const std::string &fingerprint)
{
    const auto parts = openToken(token);
    auto bad = [](const char *why) { return StoreError(StoreError::Kind::InvalidArgument, why); };
    if (parts.size() != 5 || parts[0] != "t1")
        throw bad("invalid page token");
    if (parts[1] != std::to_string(static_cast<int>(order)) || parts[2] != fingerprint)
        throw bad("page token belongs to another filter or order");
    TxCursor cursor;
    const auto id = parseInt(parts[4]);
    if (!id)
        throw bad("invalid page token");
    cursor.id = *id;
    const OrderSpec spec = orderSpec(order);
    if (!spec.key)
        return cursor;
    if (spec.type == OrderSpec::Type::Text) {
        const auto text = hexDecode(parts[3]);
        if (!text)
            throw bad("invalid page token");
        cursor.key = *text;
        return cursor;
    }
    const auto n = parseInt(parts[3]);
    if (!n)
        throw bad("invalid page token");
    if (spec.type == OrderSpec::Type::Real)
        cursor.key = std::bit_cast<double>(*n);
    else
        cursor.key = *n;
    return cursor;
}

void bindValue(Statement &s, int index, const BindValue &v)
{
    if (const auto *n = std::get_if<std::int64_t>(&v))
        s.bind(index, *n);
    else if (const auto *d = std::get_if<double>(&v))
        s.bind(index, *d);
    else
        s.bind(index, std::get<std::string>(v));
}

} // namespace

// ---------------------------------------------------------------- Impl

struct Store::Impl {
    std::string path;
    int schemaVersion = 0;

    std::mutex writeMutex;
    std::atomic<std::thread::id> writerThread{};
    std::unique_ptr<Connection> writer;
    // Head of the audit chain as committed.
    std::int64_t auditSeq = 0;
    std::string auditHash;

    std::mutex poolMutex;
    std::vector<std::unique_ptr<Connection>> pool;

    mutable std::mutex eventMutex;
    mutable std::condition_variable eventCv;
    std::int64_t lastEventSeq = 0;
    std::uint64_t wakeGeneration = 0;

    // Checkpoints run on their own thread and connection, so that a commit
    // never pays for copying the log back into the database file.
    std::mutex checkpointMutex;
    std::condition_variable checkpointCv;
    bool checkpointPending = false;
    bool stopping = false;
    std::thread checkpointer;

    void startCheckpointer()
    {
        checkpointer = std::thread([this] { runCheckpointer(); });
    }

    void stopCheckpointer()
    {
        {
            std::lock_guard lock(checkpointMutex);
            stopping = true;
        }
        checkpointCv.notify_all();
        if (checkpointer.joinable())
            checkpointer.join();
    }

    void requestCheckpoint()
    {
        {
            std::lock_guard lock(checkpointMutex);
            checkpointPending = true;
        }
        checkpointCv.notify_one();
    }

    void runCheckpointer()
    {
        std::unique_ptr<Connection> conn;
        std::unique_lock lock(checkpointMutex);
        while (true) {
            checkpointCv.wait(lock, [this] { return checkpointPending || stopping; });
            if (stopping)
                return;
            // Let a burst of commits pass first.
            checkpointCv.wait_for(lock, std::chrono::milliseconds(200), [this] { return stopping; });
            if (stopping)
                return;
            checkpointPending = false;
            lock.unlock();
            try {
                if (!conn)
                    conn = std::make_unique<Connection>(path, false);
                conn->execScript("PRAGMA wal_checkpoint(PASSIVE)");
            } catch (const std::exception &e) {
                logger()->warn("checkpoint failed: {}", e.what());
            }
            lock.lock();
        }
    }

    std::unique_ptr<Connection> openReader()
    {
        auto c = std::make_unique<Connection>(path, true);
        c->execScript("PRAGMA mmap_size = 268435456; PRAGMA cache_size = -16384; PRAGMA temp_store = MEMORY;");
        registerFunctions(*c);
        return c;
    }

    class Lease {
    public:
        explicit Lease(Impl &impl) : m_impl(impl)
        {
            {
                std::lock_guard lock(impl.poolMutex);
                if (!impl.pool.empty()) {
                    m_conn = std::move(impl.pool.back());
                    impl.pool.pop_back();
                }
            }
            if (!m_conn)
                m_conn = impl.openReader();
        }
        ~Lease()
        {
            resetBusy(*m_conn);
            if (!sqlite3_get_autocommit(m_conn->handle())) {
                try {
                    m_conn->execScript("ROLLBACK");
                } catch (...) {
                }
            }
            std::lock_guard lock(m_impl.poolMutex);
            if (m_impl.pool.size() < 8)
                m_impl.pool.push_back(std::move(m_conn));
        }
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        Connection &operator*() const { return *m_conn; }
        Connection *operator->() const { return m_conn.get(); }

    private:
        Impl &m_impl;
        std::unique_ptr<Connection> m_conn;
    };

    // A read snapshot: several statements see the same committed state.
    class Snapshot {
    public:
        explicit Snapshot(Connection &c) : m_c(c) { m_c.prepare("BEGIN").exec(); }
        ~Snapshot()
        {
            resetBusy(m_c);
            if (!sqlite3_get_autocommit(m_c.handle())) {
                try {
                    m_c.prepare("COMMIT").exec();
                } catch (...) {
                }
            }
        }
        Snapshot(const Snapshot &) = delete;
        Snapshot &operator=(const Snapshot &) = delete;

    private:
        Connection &m_c;
    };

    void migrate()
    {
        Connection &c = *writer;
        c.execScript("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)");
        {
            auto &s = c.prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
            s.step();
            schemaVersion = s.int32(0);
            s.reset();
        }
        for (const Migration &m : kMigrations) {
            if (m.version <= schemaVersion)
                continue;
            c.execScript("BEGIN IMMEDIATE");
            try {
                c.execScript(m.sql);
                auto &ins = c.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)");
                ins.bind(1, m.version).bind(2, nowMs());
                ins.exec();
                c.execScript("COMMIT");
            } catch (...) {
                resetBusy(c);
                c.execScript("ROLLBACK");
                throw;
            }
            schemaVersion = m.version;
            logger()->info("store schema migrated to version {}", m.version);
        }
        {
            // Files made by pre-release builds carry version 1 in another shape.
            auto &s = c.prepare("SELECT (SELECT COUNT(*) FROM pragma_table_xinfo('transactions') WHERE name = 'due_key'), "
                                "(SELECT COUNT(*) FROM sqlite_schema WHERE type = 'trigger' AND name = 'tx_counts_insert')");
            s.step();
            const bool preRelease = s.int64(0) == 0 || s.int64(1) != 0;
            s.reset();
            if (preRelease)
                throw StoreError(StoreError::Kind::Corrupt,
                                 path + " was made by a pre-release build of flowdeskd; remove it to start afresh");
        }
        const int newest = kMigrations[std::size(kMigrations) - 1].version;
        if (schemaVersion > newest)
            throw StoreError(StoreError::Kind::Corrupt,
                             "database schema version " + std::to_string(schemaVersion)
                                 + " is newer than this program supports (" + std::to_string(newest) + ")");
    }

    // The rollups and kept values agree with the kept counts (per flow, plant
    // and domain: all, delivered and failed).
    bool rollupsConsistent()
    {
        Connection &c = *writer;
        using K = std::tuple<std::string, std::string, std::string>;
        std::map<K, std::array<std::int64_t, 3>> counts;
        std::map<K, std::array<std::int64_t, 3>> rolled;
        std::map<K, std::array<std::int64_t, 3>> values;
        {
            auto &s = c.prepare("SELECT flow_id, plant, domain, SUM(n), SUM(CASE WHEN state = 3 THEN n ELSE 0 END), "
                                "SUM(CASE WHEN state = 5 THEN n ELSE 0 END) FROM tx_counts GROUP BY 1, 2, 3 "
                                "HAVING SUM(n) <> 0");
            while (s.step())
                counts[K{s.text(0), s.text(1), s.text(2)}] = {s.int64(3), s.int64(4), s.int64(5)};
        }
        {
            auto &s = c.prepare("SELECT flow_id, plant, domain, SUM(received), SUM(delivered), SUM(failed) "
                                "FROM tx_rollup WHERE grain = ? GROUP BY 1, 2, 3 HAVING SUM(received) <> 0");
            s.bind(1, kRollupGrainsMs[2]);
            while (s.step())
                rolled[K{s.text(0), s.text(1), s.text(2)}] = {s.int64(3), s.int64(4), s.int64(5)};
        }
        {
            auto &s = c.prepare("SELECT flow_id, plant, domain, SUM(n), SUM(CASE WHEN state = 3 THEN n ELSE 0 END), "
                                "SUM(CASE WHEN state = 5 THEN n ELSE 0 END) FROM tx_value GROUP BY 1, 2, 3 "
                                "HAVING SUM(n) <> 0");
            while (s.step())
                values[K{s.text(0), s.text(1), s.text(2)}] = {s.int64(3), s.int64(4), s.int64(5)};
        }
        return counts == rolled && counts == values;
    }

    // Builds the rollups from the transactions once: a data folder made before
    // they existed, or one an older flowdeskd wrote to since.
    void ensureRollups()
    {
        Connection &c = *writer;
        int version = 0;
        {
            auto &s = c.prepare("SELECT value FROM meta WHERE key = 'rollup_version'");
            if (s.step())
                version = static_cast<int>(parseInt(s.text(0)).value_or(0));
            s.reset();
        }
        if (version > kRollupVersion)
            throw StoreError(StoreError::Kind::Corrupt, "dashboard rollups of version " + std::to_string(version)
                                                            + " are newer than this program supports");
        if (version == kRollupVersion && rollupsConsistent())
            return;
        const auto t0 = std::chrono::steady_clock::now();
        c.execScript("BEGIN IMMEDIATE");
        std::int64_t rows = 0;
        try {
            c.execScript(kRollupSchema);
            c.execScript("DELETE FROM tx_rollup; DELETE FROM tx_value;");
            RollupDeltas deltas;
            auto &s = c.prepare("SELECT flow_id, plant, domain, state, created_at, delivered_at, attempts, amount_minor, "
                                "currency FROM transactions ORDER BY id");
            while (s.step()) {
                deltas.add(s.text(0), s.text(1), s.text(2), static_cast<TxState>(s.int32(3)), s.int64(4), s.int64(5),
                           s.int32(6), s.int64(7), s.text(8), +1);
                ++rows;
                if (deltas.size() > 200000)
                    deltas.flush(c);
            }
            s.reset();
            deltas.flush(c);
            auto &m = c.prepare("INSERT INTO meta (key, value) VALUES ('rollup_version', ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
            m.bind(1, std::to_string(kRollupVersion));
            m.exec();
            c.execScript("COMMIT");
        } catch (...) {
            resetBusy(c);
            c.execScript("ROLLBACK");
            throw;
        }
        logger()->info("dashboard rollups built from {} transactions in {} ms", rows,
                       std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0)
                           .count());
    }

    void loadHeads()
    {
        Connection &c = *writer;
        auto &m = c.prepare("SELECT key, value FROM meta WHERE key IN ('audit_head_seq', 'audit_head_hash')");
        while (m.step()) {
            if (m.text(0) == "audit_head_seq")
                auditSeq = parseInt(m.text(1)).value_or(0);
            else
                auditHash = m.text(1);
        }
        auto &e = c.prepare("SELECT COALESCE((SELECT MAX(sequence) FROM events), "
                            "(SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0)");
        e.step();
        lastEventSeq = e.int64(0);
        e.reset();
    }
};

// ---------------------------------------------------------------- WriteTxn

namespace {

class WriteTxnImpl final : public WriteTxn {
public:
    WriteTxnImpl(Connection &c, std::int64_t auditSeq, std::string auditHash)
        : m_c(c), m_auditSeq(auditSeq), m_auditHash(std::move(auditHash))
    {
    }

    std::int64_t auditSeq() const { return m_auditSeq; }
    const std::string &auditHash() const { return m_auditHash; }
    bool auditChanged() const { return m_auditChanged; }
    std::int64_t lastEventSeq() const { return m_lastEventSeq; }

    // Persists what must survive with the commit.
    void finish()
    {
        if (!m_countDeltas.empty()) {
            auto &s = m_c.prepare("INSERT INTO tx_counts (flow_id, plant, domain, state, n) VALUES (?, ?, ?, ?, ?) "
                                  "ON CONFLICT (flow_id, plant, domain, state) DO UPDATE SET n = n + excluded.n");
            for (const auto &[key, delta] : m_countDeltas) {
                if (delta == 0)
                    continue;
                s.reset();
                s.bind(1, std::get<0>(key)).bind(2, std::get<1>(key)).bind(3, std::get<2>(key));
                s.bind(4, std::get<3>(key)).bind(5, delta);
                s.exec();
            }
            m_countDeltas.clear();
        }
        m_rollups.flush(m_c);
        if (!m_auditChanged)
            return;
        auto &s = m_c.prepare("INSERT INTO meta (key, value) VALUES ('audit_head_seq', ?), ('audit_head_hash', ?) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        s.bind(1, std::to_string(m_auditSeq)).bind(2, m_auditHash);
        s.exec();
    }

    void upsertFlow(const FlowDef &f) override
    {
        auto &s = m_c.prepare(
            "INSERT INTO flows (id, name, domain, source_system, target_system, connector_id, business_object_type, "
            "description, payload_schema_json, sensitive_fields, sla_seconds, retry_max_attempts, "
            "retry_initial_backoff_ms, retry_multiplier, retry_max_backoff_ms, batch) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, domain = excluded.domain, "
            "source_system = excluded.source_system, target_system = excluded.target_system, "
            "connector_id = excluded.connector_id, business_object_type = excluded.business_object_type, "
            "description = excluded.description, payload_schema_json = excluded.payload_schema_json, "
            "sensitive_fields = excluded.sensitive_fields, sla_seconds = excluded.sla_seconds, "
            "retry_max_attempts = excluded.retry_max_attempts, "
            "retry_initial_backoff_ms = excluded.retry_initial_backoff_ms, "
            "retry_multiplier = excluded.retry_multiplier, retry_max_backoff_ms = excluded.retry_max_backoff_ms, "
            "batch = excluded.batch");
        s.bind(1, f.id).bind(2, f.name).bind(3, f.domain).bind(4, f.sourceSystem).bind(5, f.targetSystem);
        s.bind(6, f.connectorId).bind(7, f.businessObjectType).bind(8, f.description).bind(9, f.payloadSchemaJson);
        s.bind(10, joinList(f.sensitiveFields)).bind(11, f.slaSeconds).bind(12, f.retry.maxAttempts);
        s.bind(13, f.retry.initialBackoffMs).bind(14, f.retry.multiplier).bind(15, f.retry.maxBackoffMs);
        s.bind(16, f.batch);
        s.exec();
    }

    std::int64_t insertTransaction(Transaction &t) override
    {
        if (t.originalPayloadJson.empty())
            t.originalPayloadJson = t.payloadJson;
        if (t.createdAt == 0)
            t.createdAt = nowMs();
        if (t.updatedAt == 0)
            t.updatedAt = t.createdAt;
        auto &s = m_c.prepare(
            "INSERT INTO transactions (id, flow_id, state, version, business_key, business_object_type, "
            "correlation_id, source_system, target_system, counterparty, amount_minor, currency, plant, domain, "
            "created_at, updated_at, due_at, sla_deadline, delivered_at, next_attempt_at, attempts, error_category, "
            "error_code, error_message, error_signature, error_at, triage, assignee, impact_score, idempotency_key, "
            "lifecycle) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (t.id > 0)
            s.bind(1, t.id);
        else
            s.bindNull(1);
        s.bind(2, t.flowId).bind(3, static_cast<int>(t.state)).bind(4, t.version).bind(5, t.businessKey);
        s.bind(6, t.businessObjectType).bind(7, t.correlationId).bind(8, t.sourceSystem).bind(9, t.targetSystem);
        s.bind(10, t.counterparty).bind(11, t.amountMinor).bind(12, t.currency).bind(13, t.plant).bind(14, t.domain);
        bindMutable(s, t, 15);
        s.bind(30, t.idempotencyKey);
        s.bind(31, lifecycleOf(t.state));
        s.exec();
        t.id = m_c.lastInsertRowId();

        auto &p = m_c.prepare(
            "INSERT INTO tx_payloads (tx_id, original_payload, payload, target_response) VALUES (?, ?, ?, ?)");
        p.bind(1, t.id).bind(2, t.originalPayloadJson).bind(3, t.payloadJson).bind(4, t.error.targetResponse);
        p.exec();
        for (const Hop &h : t.hops)
            appendHop(t.id, h);
        countDelta(t, t.state, +1);
        m_rollups.add(t, +1);
        remember(t, true);
        return t.id;
    }

    void updateTransaction(const Transaction &t) override
    {
        // The engine reads a transaction right before it updates it: the row it
        // read is the current one, no need to read it again.
        std::optional<Transaction> old;
        const bool payloadKnown = m_last && m_last->id == t.id && m_lastHasDetail;
        if (m_last && m_last->id == t.id)
            old = std::move(m_last);
        else
            old = loadTransaction(m_c, t.id, false);
        m_last.reset();
        if (!old)
            throw StoreError(StoreError::Kind::InvalidArgument, "no transaction " + std::to_string(t.id));
        if (old->state != t.state) {
            // Flow, plant and domain are not updatable: the row keeps the old ones.
            countDelta(*old, old->state, -1);
            countDelta(*old, t.state, +1);
        }
        m_rollups.change(*old, t);
        // Only the columns whose value changes are written, so that the indexes
        // over unchanged columns are left alone (a bulk state change rewrites
        // the state indexes, not the date, amount or correlation indexes).
        std::string sql = "UPDATE transactions SET ";
        std::vector<BindValue> values;
        auto set = [&](const char *column, auto oldValue, auto newValue) {
            if (oldValue == newValue)
                return;
            if (!values.empty())
                sql += ", ";
            sql += column;
            sql += " = ?";
            using V = decltype(newValue);
            if constexpr (std::is_same_v<V, std::string>)
                values.emplace_back(newValue);
            else if constexpr (std::is_same_v<V, double>)
                values.emplace_back(newValue);
            else
                values.emplace_back(static_cast<std::int64_t>(newValue));
        };
        set("state", static_cast<int>(old->state), static_cast<int>(t.state));
        set("lifecycle", lifecycleOf(old->state), lifecycleOf(t.state));
        set("version", old->version, t.version);
        set("business_key", old->businessKey, t.businessKey);
        set("business_object_type", old->businessObjectType, t.businessObjectType);
        set("correlation_id", old->correlationId, t.correlationId);
        set("counterparty", old->counterparty, t.counterparty);
        set("amount_minor", old->amountMinor, t.amountMinor);
        set("currency", old->currency, t.currency);
        set("created_at", old->createdAt, t.createdAt);
        set("updated_at", old->updatedAt, t.updatedAt);
        set("due_at", old->dueAt, t.dueAt);
        set("sla_deadline", old->slaDeadline, t.slaDeadline);
        set("delivered_at", old->deliveredAt, t.deliveredAt);
        set("next_attempt_at", old->nextAttemptAt, t.nextAttemptAt);
        set("attempts", old->attempts, t.attempts);
        set("error_category", static_cast<int>(old->error.category), static_cast<int>(t.error.category));
        set("error_code", old->error.code, t.error.code);
        set("error_message", old->error.message, t.error.message);
        set("error_signature", old->error.signature, t.error.signature);
        set("error_at", old->error.at, t.error.at);
        set("triage", static_cast<int>(old->triage), static_cast<int>(t.triage));
        set("assignee", old->assignee, t.assignee);
        set("impact_score", old->impactScore, t.impactScore);
        if (!values.empty()) {
            sql += " WHERE id = ?";
            // One statement per set of changed columns; there are few in practice.
            auto &s = m_c.prepare(sql);
            int i = 1;
            for (const auto &v : values)
                bindValue(s, i++, v);
            s.bind(i, t.id);
            s.exec();
        }
        // The payload row is rewritten only when it differs: bulk state changes
        // leave payloads alone.
        if (!payloadKnown || old->payloadJson != t.payloadJson || old->error.targetResponse != t.error.targetResponse) {
            auto &p = m_c.prepare("UPDATE tx_payloads SET payload = ?2, target_response = ?3 "
                                  "WHERE tx_id = ?1 AND (payload IS NOT ?2 OR target_response IS NOT ?3)");
            p.bind(1, t.id).bind(2, t.payloadJson).bind(3, t.error.targetResponse);
            p.exec();
        }
        remember(t, true);
    }

    void appendHop(std::int64_t transactionId, const Hop &hop) override
    {
        static const std::string sql = "INSERT INTO tx_hops (tx_id, at, system, action, detail) VALUES (?, ?, ?, ?, ?)";
        auto &s = m_c.prepare(sql);
        s.bind(1, transactionId).bind(2, hop.at).bind(3, hop.system).bind(4, hop.action).bind(5, hop.detail);
        s.exec();
    }

    std::optional<Transaction> getTransaction(std::int64_t id, bool withDetail) override
    {
        auto t = loadTransaction(m_c, id, withDetail);
        if (t)
            remember(*t, withDetail);
        else
            m_last.reset();
        return t;
    }

    bool adoptIfCurrent(const Transaction &t) override
    {
        static const std::string sql = "SELECT version, updated_at FROM transactions WHERE id = ?";
        auto &s = m_c.prepare(sql);
        s.bind(1, t.id);
        const bool current = s.step() && s.int64(0) == t.version && s.int64(1) == t.updatedAt;
        s.reset();
        if (current)
            remember(t, true);
        else
            m_last.reset();
        return current;
    }

    std::optional<std::int64_t> findByIdempotencyKey(const std::string &flowId, const std::string &key) override
    {
        return loadIdempotency(m_c, flowId, key);
    }

    std::int64_t appendAudit(AuditEntry &e) override
    {
        e.sequence = m_auditSeq + 1;
        if (e.at == 0)
            e.at = nowMs();
        e.prevHash = m_auditHash;
        e.hash = flowdesk::backend::auditHash(e);
        static const std::string sql =
            std::string("INSERT INTO audit (") + kAuditColumns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        auto &s = m_c.prepare(sql);
        s.bind(1, e.sequence).bind(2, e.at).bind(3, e.actor).bind(4, e.role).bind(5, e.action);
        s.bind(6, e.targetType).bind(7, e.targetId).bind(8, e.reason).bind(9, e.diffJson).bind(10, e.requestId);
        s.bind(11, e.detail).bind(12, e.prevHash).bind(13, e.hash);
        s.exec();
        m_auditSeq = e.sequence;
        m_auditHash = e.hash;
        m_auditChanged = true;
        return e.sequence;
    }

    std::int64_t appendEvent(Event &e) override
    {
        if (e.at == 0)
            e.at = nowMs();
        static const std::string sql =
            "INSERT INTO events (type, at, transaction_id, flow_id, state, previous_state, version, plant, domain, "
            "action, actor, connector_id, bulk_job_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        auto &s = m_c.prepare(sql);
        s.bind(1, static_cast<int>(e.type)).bind(2, e.at).bind(3, e.transactionId).bind(4, e.flowId);
        s.bind(5, static_cast<int>(e.state)).bind(6, static_cast<int>(e.previousState)).bind(7, e.version);
        s.bind(8, e.plant).bind(9, e.domain).bind(10, e.action).bind(11, e.actor).bind(12, e.connectorId);
        s.bind(13, e.bulkJobId);
        s.exec();
        e.sequence = m_c.lastInsertRowId();
        m_lastEventSeq = std::max(m_lastEventSeq, e.sequence);
        return e.sequence;
    }

    void pruneEvents(std::int64_t keepLast) override
    {
        auto &s = m_c.prepare("DELETE FROM events WHERE sequence <= (SELECT MAX(sequence) FROM events) - ?");
        s.bind(1, std::max<std::int64_t>(0, keepLast));
        s.exec();
    }

    std::optional<RequestRecord> getRequest(const std::string &requestId) override
    {
        return loadRequest(m_c, requestId);
    }

    void putRequest(const RequestRecord &r) override
    {
        auto &s = m_c.prepare(
            "INSERT INTO requests (request_id, method, fingerprint, response, status_code, at) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (request_id) DO UPDATE SET method = excluded.method, fingerprint = excluded.fingerprint, "
            "response = excluded.response, status_code = excluded.status_code, at = excluded.at");
        s.bind(1, r.requestId).bind(2, r.method).bind(3, r.fingerprint).bindBlob(4, r.response);
        s.bind(5, r.statusCode).bind(6, r.at == 0 ? nowMs() : r.at);
        s.exec();
    }

    std::optional<UserRecord> getUser(const std::string &username) override { return loadUser(m_c, username); }

    void upsertUser(const UserRecord &u) override
    {
        auto &s = m_c.prepare(
            "INSERT INTO users (username, display_name, role, domains, plants, password_hash, disabled, failed_logins, "
            "locked_until, created_at, last_login_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name, role = excluded.role, "
            "domains = excluded.domains, plants = excluded.plants, password_hash = excluded.password_hash, "
            "disabled = excluded.disabled, failed_logins = excluded.failed_logins, "
            "locked_until = excluded.locked_until, created_at = excluded.created_at, "
            "last_login_at = excluded.last_login_at");
        s.bind(1, u.username).bind(2, u.displayName).bind(3, static_cast<int>(u.role)).bind(4, joinList(u.domains));
        s.bind(5, joinList(u.plants)).bind(6, u.passwordHash).bind(7, u.disabled).bind(8, u.failedLogins);
        s.bind(9, u.lockedUntil).bind(10, u.createdAt).bind(11, u.lastLoginAt);
        s.exec();
    }

    void putSession(const SessionRecord &r) override
    {
        auto &s = m_c.prepare(
            "INSERT INTO sessions (token_hash, username, created_at, expires_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (token_hash) DO UPDATE SET username = excluded.username, created_at = excluded.created_at, "
            "expires_at = excluded.expires_at");
        s.bind(1, r.tokenHash).bind(2, r.username).bind(3, r.createdAt).bind(4, r.expiresAt);
        s.exec();
    }

    void deleteSession(const std::string &tokenHash) override
    {
        auto &s = m_c.prepare("DELETE FROM sessions WHERE token_hash = ?");
        s.bind(1, tokenHash);
        s.exec();
    }

    void deleteSessionsOf(const std::string &username) override
    {
        auto &s = m_c.prepare("DELETE FROM sessions WHERE username = ?");
        s.bind(1, username);
        s.exec();
    }

    void deleteExpiredSessions(TimeMs now) override
    {
        auto &s = m_c.prepare("DELETE FROM sessions WHERE expires_at <= ?");
        s.bind(1, now);
        s.exec();
    }

    std::optional<ConnectorRecord> getConnector(const std::string &id) override { return loadConnector(m_c, id); }

    void upsertConnector(const ConnectorRecord &c) override
    {
        auto &s = m_c.prepare(
            "INSERT INTO connectors (id, name, kind, system, endpoint, auth_type, paused, paused_reason, "
            "last_success_at, recent_attempts, recent_failures, credential_ciphertext, credential_fingerprint, "
            "credential_version, credential_rotated_at, credential_rotated_by, rotation_policy_days) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, system = excluded.system, "
            "endpoint = excluded.endpoint, auth_type = excluded.auth_type, paused = excluded.paused, "
            "paused_reason = excluded.paused_reason, last_success_at = excluded.last_success_at, "
            "recent_attempts = excluded.recent_attempts, recent_failures = excluded.recent_failures, "
            "credential_ciphertext = excluded.credential_ciphertext, "
            "credential_fingerprint = excluded.credential_fingerprint, "
            "credential_version = excluded.credential_version, "
            "credential_rotated_at = excluded.credential_rotated_at, "
            "credential_rotated_by = excluded.credential_rotated_by, "
            "rotation_policy_days = excluded.rotation_policy_days");
        s.bind(1, c.id).bind(2, c.name).bind(3, c.kind).bind(4, c.system).bind(5, c.endpoint).bind(6, c.authType);
        s.bind(7, c.paused).bind(8, c.pausedReason).bind(9, c.lastSuccessAt).bind(10, c.recentAttempts);
        s.bind(11, c.recentFailures).bindBlob(12, c.credentialCiphertext).bind(13, c.credentialFingerprint);
        s.bind(14, c.credentialVersion).bind(15, c.credentialRotatedAt).bind(16, c.credentialRotatedBy);
        s.bind(17, c.rotationPolicyDays);
        s.exec();
    }

private:
    using CountKey = std::tuple<std::string, std::string, std::string, int>;

    void countDelta(const Transaction &t, TxState state, std::int64_t delta)
    {
        m_countDeltas[CountKey{t.flowId, t.plant, t.domain, static_cast<int>(state)}] += delta;
    }

    // The last row read or written in this transaction, as it now stands.
    void remember(const Transaction &t, bool withDetail)
    {
        m_last = t;
        m_last->hops.clear();
        m_lastHasDetail = withDetail;
    }

    // The 15 mutable columns in the order of the INSERT (created_at first).
    static void bindMutable(Statement &s, const Transaction &t, int first)
    {
        const int i = first;
        s.bind(i, t.createdAt);
        s.bind(i + 1, t.updatedAt);
        s.bind(i + 2, t.dueAt);
        s.bind(i + 3, t.slaDeadline);
        s.bind(i + 4, t.deliveredAt);
        s.bind(i + 5, t.nextAttemptAt);
        s.bind(i + 6, t.attempts);
        s.bind(i + 7, static_cast<int>(t.error.category));
        s.bind(i + 8, t.error.code);
        s.bind(i + 9, t.error.message);
        s.bind(i + 10, t.error.signature);
        s.bind(i + 11, t.error.at);
        s.bind(i + 12, static_cast<int>(t.triage));
        s.bind(i + 13, t.assignee);
        s.bind(i + 14, t.impactScore);
    }

    Connection &m_c;
    std::int64_t m_auditSeq;
    std::string m_auditHash;
    bool m_auditChanged = false;
    std::int64_t m_lastEventSeq = 0;
    std::map<CountKey, std::int64_t> m_countDeltas;
    RollupDeltas m_rollups;
    std::optional<Transaction> m_last;
    bool m_lastHasDetail = false;
};

} // namespace

// ---------------------------------------------------------------- Store

Store::Store(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}

Store::~Store()
{
    wakeAll();
    d->stopCheckpointer();
}

std::unique_ptr<Store> Store::open(const std::string &dataDir, std::string *error)
{
    static std::once_flag configured;
    std::call_once(configured, [] {
        // Memory statistics cost a global mutex on every allocation; the store
        // does not use them. Refused (harmlessly) once SQLite is initialised.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
    try {
        // Generated columns, UPSERT and RETURNING-era planner features: refuse an
        // older library (for example SQLCipher's, should it win the symbol lookup
        // in a process that links both) rather than fail obscurely later.
        if (sqlite3_libversion_number() < 3035000)
            throw StoreError(StoreError::Kind::Io, std::string("SQLite 3.35 or newer is required, found ")
                                                       + sqlite3_libversion());
        std::error_code ec;
        std::filesystem::create_directories(dataDir, ec);
        if (ec)
            throw StoreError(StoreError::Kind::Io, "cannot create " + dataDir + ": " + ec.message());
        auto impl = std::make_unique<Impl>();
        impl->path = (std::filesystem::path(dataDir) / "flowdesk.db").string();
        impl->writer = std::make_unique<Connection>(impl->path, false);
        registerFunctions(*impl->writer);
        Connection &w = *impl->writer;
        {
            auto &s = w.prepare("PRAGMA journal_mode = WAL");
            const std::string mode = s.step() ? s.text(0) : std::string();
            s.reset();
            if (mode != "wal")
                throw StoreError(StoreError::Kind::Io, "cannot switch " + impl->path + " to WAL (" + mode + ")");
        }
        w.execScript("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; "
                     "PRAGMA cache_size = -262144; PRAGMA mmap_size = 1073741824; PRAGMA busy_timeout = 5000; "
                     "PRAGMA wal_autocheckpoint = 0; PRAGMA journal_size_limit = 67108864;");
        impl->migrate();
        impl->ensureRollups();
        impl->loadHeads();
        impl->startCheckpointer();
        logger()->info("store opened {} (schema {})", impl->path, impl->schemaVersion);
        return std::unique_ptr<Store>(new Store(std::move(impl)));
    } catch (const std::exception &e) {
        if (error)
            *error = e.what();
        logger()->error("cannot open store in {}: {}", dataDir, e.what());
        return nullptr;
    }
}

int Store::schemaVersion() const
{
    return d->schemaVersion;
}

std::string Store::path() const
{
    return d->path;
}

void Store::write(const std::function<void(WriteTxn &)> &fn)
{
    std::int64_t publishedEvent = 0;
    if (d->writerThread.load() == std::this_thread::get_id())
        throw StoreError(StoreError::Kind::InvalidArgument, "write() called inside write(); use the WriteTxn given");
    {
        std::lock_guard lock(d->writeMutex);
        d->writerThread = std::this_thread::get_id();
        struct ClearOwner {
            std::atomic<std::thread::id> &owner;
            ~ClearOwner() { owner = std::thread::id(); }
        } clearOwner{d->writerThread};
        Connection &c = *d->writer;
        c.prepare("BEGIN IMMEDIATE").exec();
        WriteTxnImpl txn(c, d->auditSeq, d->auditHash);
        try {
            fn(txn);
            txn.finish();
            resetBusy(c);
            c.prepare("COMMIT").exec();
        } catch (...) {
            resetBusy(c);
            if (!sqlite3_get_autocommit(c.handle())) {
                try {
                    c.prepare("ROLLBACK").exec();
                } catch (const std::exception &e) {
                    logger()->error("rollback failed: {}", e.what());
                }
            }
            throw;
        }
        if (txn.auditChanged()) {
            d->auditSeq = txn.auditSeq();
            d->auditHash = txn.auditHash();
        }
        publishedEvent = txn.lastEventSeq();
        d->requestCheckpoint();
    }
    if (publishedEvent > 0) {
        {
            std::lock_guard lock(d->eventMutex);
            d->lastEventSeq = std::max(d->lastEventSeq, publishedEvent);
        }
        d->eventCv.notify_all();
    }
}

std::vector<FlowDef> Store::listFlows() const
{
    Impl::Lease c(*d);
    std::vector<FlowDef> out;
    auto &s = c->prepare(std::string(kFlowSelect) + " ORDER BY id");
    while (s.step())
        out.push_back(readFlow(s));
    return out;
}

std::optional<FlowDef> Store::getFlow(const std::string &id) const
{
    Impl::Lease c(*d);
    auto &s = c->prepare(std::string(kFlowSelect) + " WHERE id = ?");
    s.bind(1, id);
    std::optional<FlowDef> out;
    if (s.step())
        out = readFlow(s);
    return out;
}

std::vector<StateCount> Store::countByFlowAndState(const TxFilter &scope) const
{
    Where w;
    w.inText("plant", scope.plants);
    w.inText("domain", scope.domains);
    w.inText("flow_id", scope.flowIds);
    w.inEnum("state", scope.states);
    Impl::Lease c(*d);
    auto &s = c->prepareDynamic("SELECT flow_id, state, SUM(n) FROM tx_counts" + w.sql
                                + " GROUP BY flow_id, state HAVING SUM(n) > 0 ORDER BY flow_id, state");
    w.bindAll(s);
    std::vector<StateCount> out;
    while (s.step())
        out.push_back(StateCount{s.text(0), static_cast<TxState>(s.int32(1)), s.int64(2)});
    return out;
}

std::map<std::string, std::int64_t> Store::stuckCountByFlow(const TxFilter &scope, TimeMs now) const
{
    Where w;
    w.term(std::string(kOpenCondition) + " AND t.sla_deadline > 0 AND t.sla_deadline < ?");
    w.binds.emplace_back(static_cast<std::int64_t>(now));
    w.inText("t.plant", scope.plants);
    w.inText("t.domain", scope.domains);
    w.inText("t.flow_id", scope.flowIds);
    Impl::Lease c(*d);
    auto &s = c->prepareDynamic("SELECT t.flow_id, COUNT(*) FROM transactions t" + w.sql + " GROUP BY t.flow_id");
    w.bindAll(s);
    std::map<std::string, std::int64_t> out;
    while (s.step())
        out[s.text(0)] = s.int64(1);
    return out;
}

std::optional<Transaction> Store::getTransaction(std::int64_t id, bool withDetail) const
{
    Impl::Lease c(*d);
    Impl::Snapshot snap(*c);
    return loadTransaction(*c, id, withDetail);
}

std::optional<std::int64_t> Store::findByIdempotencyKey(const std::string &flowId, const std::string &key) const
{
    Impl::Lease c(*d);
    return loadIdempotency(*c, flowId, key);
}

namespace {

// The listing query of listTransactions, shared with its explanation.
struct TxQuery {
    Where where;
    OrderSpec spec;
    std::string fingerprint;
    std::optional<TxCursor> cursor;
    std::string sql;

    TxQuery(const TxFilter &filter, TxOrder order, const std::string &pageToken, bool withPayload)
        : where(txWhere(filter)), spec(orderSpec(order)), fingerprint(filterFingerprint(filter, order))
    {
        if (!pageToken.empty())
            cursor = parseTxToken(pageToken, order, fingerprint);
        const char *dir = spec.descending ? " DESC" : "";
        const char *cmp = spec.descending ? " < " : " > ";
        sql = std::string("SELECT ") + kTxColumns;
        if (withPayload)
            sql += std::string(", ") + kPayloadColumns;
        sql += " FROM transactions t";
        if (withPayload)
            sql += " LEFT JOIN tx_payloads p ON p.tx_id = t.id";
        sql += where.sql;
        if (cursor) {
            sql += where.sql.empty() ? " WHERE " : " AND ";
            if (spec.key)
                sql += std::string("(") + spec.key + ", t.id)" + cmp + "(?, ?)";
            else
                sql += std::string("t.id") + cmp + "?";
        }
        sql += " ORDER BY ";
        if (spec.key)
            sql += std::string(spec.key) + dir + ", ";
        sql += std::string("t.id") + dir + " LIMIT ?";
    }

    void bind(Statement &s, int limit) const
    {
        where.bindAll(s);
        int next = static_cast<int>(where.binds.size()) + 1;
        if (cursor) {
            if (spec.key)
                bindValue(s, next++, cursor->key);
            s.bind(next++, cursor->id);
        }
        s.bind(next, limit);
    }
};

} // namespace

TxPage Store::listTransactions(const TxFilter &filter, TxOrder order, int pageSize, const std::string &pageToken,
                               bool withPayload) const
{
    pageSize = std::clamp(pageSize, 1, 1000);
    const TxQuery q(filter, order, pageToken, withPayload);

    TxPage page;
    Impl::Lease c(*d);
    Impl::Snapshot snap(*c);
    {
        auto &s = c->prepareDynamic(q.sql);
        q.bind(s, pageSize + 1);
        while (s.step())
            page.items.push_back(readTransaction(s, withPayload));
        s.reset();
    }
    if (static_cast<int>(page.items.size()) > pageSize) {
        page.items.resize(static_cast<std::size_t>(pageSize));
        page.nextPageToken = makeTxToken(order, q.fingerprint, page.items.back());
    }
    if (onlyScopeAndStates(filter)) {
        // The kept counts answer at once, whatever the number of matches.
        Where w;
        w.inText("plant", filter.plants);
        w.inText("domain", filter.domains);
        w.inText("flow_id", filter.flowIds);
        w.inEnum("state", filter.states);
        auto &s = c->prepareDynamic("SELECT COALESCE(SUM(n), 0) FROM tx_counts" + w.sql);
        w.bindAll(s);
        s.step();
        page.totalSize = s.int64(0);
        s.reset();
    } else {
        auto &s = c->prepareDynamic("SELECT COUNT(*) FROM transactions t" + q.where.sql);
        q.where.bindAll(s);
        s.step();
        page.totalSize = s.int64(0);
        s.reset();
    }
    return page;
}

std::string Store::explainListTransactions(const TxFilter &filter, TxOrder order, const std::string &pageToken) const
{
    const TxQuery q(filter, order, pageToken, false);
    Impl::Lease c(*d);
    auto &s = c->prepareDynamic("EXPLAIN QUERY PLAN " + q.sql);
    q.bind(s, 201);
    std::string out;
    while (s.step()) {
        out += s.text(3);
        out += '\n';
    }
    s.reset();
    return out;
}

std::vector<ErrorGroup> Store::listErrorGroups(const TxFilter &filter, int limit) const
{
    Where w = txWhere(filter);
    w.term("t.error_signature <> ''");
    Impl::Lease c(*d);
    // Aggregate first (covered by an index when the filter is by state), then
    // read one sample row per group.
    auto &s = c->prepareDynamic(
        "SELECT g.signature, x.flow_id, x.error_category, x.error_code, x.error_message, x.currency, g.n, g.value, "
        "g.oldest, g.newest FROM (SELECT t.error_signature AS signature, COUNT(*) AS n, "
        "SUM(t.amount_minor) AS value, MIN(t.error_at) AS oldest, MAX(t.error_at) AS newest, MAX(t.id) AS sample "
        "FROM transactions t"
        + w.sql + " GROUP BY t.error_signature ORDER BY n DESC, value DESC, signature LIMIT ?) g "
                  "JOIN transactions x ON x.id = g.sample ORDER BY g.n DESC, g.value DESC, g.signature");
    w.bindAll(s);
    s.bind(static_cast<int>(w.binds.size()) + 1, std::clamp(limit, 1, 10000));
    std::vector<ErrorGroup> out;
    while (s.step()) {
        ErrorGroup g;
        g.signature = s.text(0);
        g.flowId = s.text(1);
        g.category = static_cast<ErrorCategory>(s.int32(2));
        g.code = s.text(3);
        g.sampleMessage = s.text(4);
        g.currency = s.text(5);
        g.count = s.int64(6);
        g.valueAtRiskMinor = s.int64(7);
        g.oldest = s.int64(8);
        g.newest = s.int64(9);
        out.push_back(std::move(g));
    }
    s.reset();
    if (out.empty())
        return out;
    // The value at risk per currency of the groups found: amounts in different
    // currencies are never added up.
    std::vector<std::string> signatures;
    std::unordered_map<std::string, std::size_t> rowOf;
    for (std::size_t i = 0; i < out.size(); ++i) {
        signatures.push_back(out[i].signature);
        rowOf.emplace(out[i].signature, i);
    }
    Where wc = w;
    wc.inText("t.error_signature", signatures);
    auto &v = c->prepareDynamic("SELECT t.error_signature, t.currency, SUM(t.amount_minor) FROM transactions t" + wc.sql
                                + " GROUP BY t.error_signature, t.currency");
    wc.bindAll(v);
    while (v.step()) {
        const auto it = rowOf.find(v.text(0));
        const std::int64_t amount = v.int64(2);
        if (it == rowOf.end() || amount == 0)
            continue;
        out[it->second].valuesAtRisk.push_back(CurrencyAmount{v.text(1), amount});
    }
    v.reset();
    for (auto &g : out) {
        std::sort(g.valuesAtRisk.begin(), g.valuesAtRisk.end(), [](const CurrencyAmount &a, const CurrencyAmount &b) {
            return a.amountMinor != b.amountMinor ? a.amountMinor > b.amountMinor : a.currency < b.currency;
        });
        if (g.valuesAtRisk.empty()) {
            g.valueAtRiskMinor = 0;
        } else {
            g.valueAtRiskMinor = g.valuesAtRisk.front().amountMinor;
            g.currency = g.valuesAtRisk.front().currency;
        }
    }
    return out;
}

std::vector<Transaction> Store::timeline(const std::string &correlationId) const
{
    Impl::Lease c(*d);
    auto &s = c->prepare(std::string("SELECT ") + kTxColumns
                         + " FROM transactions t WHERE t.correlation_id = ? ORDER BY t.created_at, t.id");
    s.bind(1, correlationId);
    std::vector<Transaction> out;
    while (s.step())
        out.push_back(readTransaction(s, false));
    return out;
}

std::vector<std::int64_t> Store::selectIds(const TxFilter &filter, int limit) const
{
    const Where w = txWhere(filter);
    Impl::Lease c(*d);
    auto &s = c->prepareDynamic("SELECT t.id FROM transactions t" + w.sql + " ORDER BY t.id LIMIT ?");
    w.bindAll(s);
    s.bind(static_cast<int>(w.binds.size()) + 1, std::max(0, limit));
    std::vector<std::int64_t> out;
    while (s.step())
        out.push_back(s.int64(0));
    return out;
}

std::vector<Transaction> Store::dueForDelivery(TimeMs now, int limit) const
{
    Impl::Lease c(*d);
    // One ordered index range per state, merged: no scan of the other rows.
    // ("t.state IN (1, 6)" lets the planner use the engine's queue, tx_work_due.)
    auto &s = c->prepare(std::string("SELECT * FROM (SELECT ") + kTxColumns
                         + " FROM transactions t WHERE t.state = 1 AND t.state IN (1, 6) ORDER BY t.created_at, t.id "
                           "LIMIT ?1) UNION ALL SELECT * FROM (SELECT "
                         + kTxColumns
                         + " FROM transactions t WHERE t.state = 6 AND t.state IN (1, 6) ORDER BY t.created_at, t.id "
                           "LIMIT ?1) "
                           "UNION ALL SELECT * FROM (SELECT "
                         + kTxColumns
                         + " FROM transactions t WHERE t.state = 4 AND t.next_attempt_at <= ?2 "
                           "ORDER BY t.next_attempt_at, t.id LIMIT ?1) "
                           "ORDER BY 15, 1 LIMIT ?1");
    s.bind(1, std::max(0, limit)).bind(2, now);
    std::vector<Transaction> out;
    while (s.step())
        out.push_back(readTransaction(s, false));
    return out;
}

std::vector<Transaction> Store::crossedSla(TimeMs after, TimeMs upTo, int limit) const
{
    Impl::Lease c(*d);
    auto &s = c->prepare(std::string("SELECT ") + kTxColumns + " FROM transactions t WHERE " + kOpenCondition
                         + " AND t.sla_deadline > ? AND t.sla_deadline <= ? ORDER BY t.sla_deadline, t.id LIMIT ?");
    s.bind(1, std::max<TimeMs>(after, 0)).bind(2, upTo).bind(3, std::max(0, limit));
    std::vector<Transaction> out;
    while (s.step())
        out.push_back(readTransaction(s, false));
    return out;
}

// ---------------------------------------------------------------- dashboards

int latencyBin(std::int64_t latencyMs)
{
    if (latencyMs <= 0)
        return 0;
    const int bin = static_cast<int>(std::floor(4.0 * std::log2(static_cast<double>(latencyMs) + 1.0)));
    return std::clamp(bin, 0, kLatencyBins - 1);
}

std::int64_t latencyBinValue(int bin)
{
    return std::llround(std::exp2((static_cast<double>(bin) + 0.5) / 4.0) - 1.0);
}

std::int64_t latencyQuantile(const std::map<int, std::int64_t> &histogram, double q)
{
    std::int64_t total = 0;
    for (const auto &[bin, n] : histogram)
        total += std::max<std::int64_t>(0, n);
    if (total == 0)
        return 0;
    // The smallest bin whose cumulative count reaches rank ceil(q * total).
    const auto rank = std::max<std::int64_t>(1, static_cast<std::int64_t>(std::ceil(std::clamp(q, 0.0, 1.0) * double(total))));
    std::int64_t seen = 0;
    for (const auto &[bin, n] : histogram) {
        seen += std::max<std::int64_t>(0, n);
        if (seen >= rank)
            return latencyBinValue(bin);
    }
    return latencyBinValue(histogram.rbegin()->first);
}

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
    const std::string hist = s.text(9);
    if (!addHistogram(hist, r.latency))
        throw StoreError(StoreError::Kind::Corrupt, "malformed latency histogram in the dashboard rollups");
    return r;
}

constexpr const char *kRollupSelect = "SELECT bucket, flow_id, plant, domain, received, delivered, failed, retried, "
                                      "value_failed, latency FROM tx_rollup";

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
    std::unordered_map<std::int64_t, std::size_t> slots;  // flow number * buckets + bucket number
    std::vector<Acc> accs;
    std::vector<std::pair<std::int64_t, std::int64_t>> order;  // (bucket number, flow number) per acc
    std::size_t lastFlow = 0;
    Impl::Lease c(*d);
    Impl::Snapshot snap(*c);
    for (int g = 0; g < 3; ++g) {
        for (const auto &[from, to] : ranges[g]) {
            Where w = scopeWhere(scope);
            w.term("grain = ? AND bucket >= ? AND bucket < ?");
            w.binds.emplace_back(static_cast<std::int64_t>(kRollupGrainsMs[g]));
            w.binds.emplace_back(static_cast<std::int64_t>(from));
            w.binds.emplace_back(static_cast<std::int64_t>(to));
            auto &s = c->prepareDynamic(std::string(kRollupSelect) + w.sql);
            w.bindAll(s);
            sqlite3_stmt *st = s.handle();
            while (s.step()) {
                const std::int64_t b = floorTo(s.int64(0) - start, bucketMs) / bucketMs;
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, 1));
                const std::string_view flow(text ? text : "", static_cast<std::size_t>(sqlite3_column_bytes(st, 1)));
                if (lastFlow >= flowIds.size() || flowIds[lastFlow] != flow) {
                    lastFlow = static_cast<std::size_t>(
                        std::find(flowIds.begin(), flowIds.end(), flow) - flowIds.begin());
                    if (lastFlow == flowIds.size())
                        flowIds.emplace_back(flow);
                }
                const auto flowNumber = static_cast<std::int64_t>(lastFlow);
                auto slot = slots.find(flowNumber * buckets + b);
                if (slot == slots.end()) {
                    slot = slots.emplace(flowNumber * buckets + b, accs.size()).first;
                    accs.emplace_back();
                    order.emplace_back(b, flowNumber);
                }
                Acc &a = accs[slot->second];
                a.received += s.int64(4);
                a.delivered += s.int64(5);
                a.failed += s.int64(6);
                a.retried += s.int64(7);
                a.valueFailed += s.int64(8);
                const auto *hist = static_cast<const unsigned char *>(sqlite3_column_blob(st, 9));
                const int size = sqlite3_column_bytes(st, 9);
                if (hist && size > 0 && !addHistogramDense(hist, static_cast<std::size_t>(size), a.latency.data()))
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
                r.latency.emplace(bin, a.latency[static_cast<std::size_t>(bin)]);
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
    {
        auto &age = c->prepare("SELECT MIN(created_at) FROM transactions INDEXED BY tx_live_age "
                               "WHERE flow_id = ? AND plant = ? AND domain = ? AND lifecycle = 1");
        auto &due = c->prepare("SELECT MIN(sla_deadline) FROM transactions INDEXED BY tx_live_overdue "
                               "WHERE flow_id = ? AND plant = ? AND domain = ? AND sla_deadline > 0 "
                               "AND lifecycle = 1");
        for (const auto &[flowId, plant, domain] : openKeys) {
            FlowOpenHealth &f = flow(flowId);
            age.reset();
            age.bind(1, flowId).bind(2, plant).bind(3, domain);
            if (age.step() && !age.isNull(0)) {
                const TimeMs at = age.int64(0);
                if (f.oldestOpenCreatedAt == 0 || at < f.oldestOpenCreatedAt)
                    f.oldestOpenCreatedAt = at;
            }
            age.reset();
            due.reset();
            due.bind(1, flowId).bind(2, plant).bind(3, domain);
            if (due.step() && !due.isNull(0)) {
                const TimeMs at = due.int64(0);
                if (f.earliestOpenDeadline == 0 || at < f.earliestOpenDeadline)
                    f.earliestOpenDeadline = at;
            }
            due.reset();
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
                                    + " FROM transactions t INDEXED BY tx_live_deadline" + w.sql
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
        auto &n = c->prepareDynamic("SELECT COUNT(*) FROM (" + sql + ")");
        notDue.bindAll(n);
        n.step();
        page.totalSize -= n.int64(0);
        n.reset();
    }
    return page;
}

AuditPage Store::listAudit(const AuditFilter &filter, int pageSize, const std::string &pageToken) const
{
    pageSize = std::clamp(pageSize, 1, 1000);
    const std::string fingerprint = auditFingerprint(filter);
    std::int64_t before = 0;
    if (!pageToken.empty()) {
        const auto parts = openToken(pageToken);
        if (parts.size() != 3 || parts[0] != "a1")
            throw StoreError(StoreError::Kind::InvalidArgument, "invalid page token");
        if (parts[1] != fingerprint)
            throw StoreError(StoreError::Kind::InvalidArgument, "page token belongs to another filter");
        const auto seq = parseInt(parts[2]);
        if (!seq)
            throw StoreError(StoreError::Kind::InvalidArgument, "invalid page token");
        before = *seq;
    }
    Where w;
    if (!filter.actor.empty()) {
        w.term("actor = ?");
        w.binds.emplace_back(filter.actor);
    }
    if (!filter.action.empty()) {
        w.term("action = ?");
        w.binds.emplace_back(filter.action);
    }
    if (!filter.targetType.empty()) {
        w.term("target_type = ?");
        w.binds.emplace_back(filter.targetType);
    }
    if (!filter.targetId.empty()) {
        w.term("target_id = ?");
        w.binds.emplace_back(filter.targetId);
    }
    if (filter.from > 0) {
        w.term("at >= ?");
        w.binds.emplace_back(static_cast<std::int64_t>(filter.from));
    }
    if (filter.to > 0) {
        w.term("at < ?");
        w.binds.emplace_back(static_cast<std::int64_t>(filter.to));
    }
    AuditPage page;
    Impl::Lease c(*d);
    Impl::Snapshot snap(*c);
    {
        std::string sql = std::string("SELECT ") + kAuditColumns + " FROM audit" + w.sql;
        if (before > 0)
            sql += w.sql.empty() ? " WHERE sequence < ?" : " AND sequence < ?";
        sql += " ORDER BY sequence DESC LIMIT ?";
        auto &s = c->prepareDynamic(sql);
        w.bindAll(s);
        int next = static_cast<int>(w.binds.size()) + 1;
        if (before > 0)
            s.bind(next++, before);
        s.bind(next, pageSize + 1);
        while (s.step())
            page.items.push_back(readAudit(s));
        s.reset();
    }
    if (static_cast<int>(page.items.size()) > pageSize) {
        page.items.resize(static_cast<std::size_t>(pageSize));
        page.nextPageToken = sealToken("a1|" + fingerprint + "|" + std::to_string(page.items.back().sequence));
    }
    {
        auto &s = c->prepareDynamic("SELECT COUNT(*) FROM audit" + w.sql);
        w.bindAll(s);
        s.step();
        page.totalSize = s.int64(0);
        s.reset();
    }
    return page;
}

AuditVerification Store::verifyAuditChain() const
{
    AuditVerification v;
    Impl::Lease c(*d);
    Impl::Snapshot snap(*c);
    std::int64_t headSeq = 0;
    std::string headHash;
    {
        auto &m = c->prepare("SELECT key, value FROM meta WHERE key IN ('audit_head_seq', 'audit_head_hash')");
        while (m.step()) {
            if (m.text(0) == "audit_head_seq")
                headSeq = parseInt(m.text(1)).value_or(0);
            else
                headHash = m.text(1);
        }
    }
    auto broken = [&v](std::int64_t seq, std::string problem) {
        v.ok = false;
        v.firstBrokenSequence = seq;
        v.problem = std::move(problem);
        return v;
    };
    std::int64_t expected = 1;
    std::string prevHash;
    auto &s = c->prepare(std::string("SELECT ") + kAuditColumns + " FROM audit ORDER BY sequence");
    while (s.step()) {
        const AuditEntry e = readAudit(s);
        if (e.sequence != expected)
            return broken(expected, "audit entry " + std::to_string(expected) + " is missing");
        if (e.prevHash != prevHash)
            return broken(e.sequence,
                          "audit entry " + std::to_string(e.sequence) + " does not link to the entry before it");
        if (auditHash(e) != e.hash)
            return broken(e.sequence, "audit entry " + std::to_string(e.sequence) + " was altered");
        prevHash = e.hash;
        ++v.checked;
        ++expected;
    }
    if (headSeq >= expected)
        return broken(expected, "audit entries from " + std::to_string(expected) + " to " + std::to_string(headSeq)
                                    + " are missing");
    if (headSeq == expected - 1 && headSeq > 0 && headHash != prevHash)
        return broken(headSeq, "audit entry " + std::to_string(headSeq) + " was replaced");
    return v;
}

std::vector<Event> Store::eventsAfter(std::int64_t afterSequence, int limit) const
{
    Impl::Lease c(*d);
    auto &s = c->prepare("SELECT sequence, type, at, transaction_id, flow_id, state, previous_state, version, plant, "
                         "domain, action, actor, connector_id, bulk_job_id FROM events WHERE sequence > ? "
                         "ORDER BY sequence LIMIT ?");
    s.bind(1, afterSequence).bind(2, std::max(0, limit));
    std::vector<Event> out;
    while (s.step())
        out.push_back(readEvent(s));
    return out;
}

std::int64_t Store::oldestEventSequence() const
{
    Impl::Lease c(*d);
    auto &s = c->prepare("SELECT COALESCE(MIN(sequence), 0) FROM events");
    s.step();
    return s.int64(0);
}

std::int64_t Store::lastEventSequence() const
{
    Impl::Lease c(*d);
    auto &s = c->prepare("SELECT COALESCE(MAX(sequence), 0) FROM events");
    s.step();
    return s.int64(0);
}

bool Store::waitForEvents(std::int64_t afterSequence, std::chrono::milliseconds timeout) const
{
    std::unique_lock lock(d->eventMutex);
    const std::uint64_t generation = d->wakeGeneration;
    d->eventCv.wait_for(lock, timeout, [&] {
        return d->lastEventSeq > afterSequence || d->wakeGeneration != generation;
    });
    return d->lastEventSeq > afterSequence;
}

void Store::wakeAll()
{
    {
        std::lock_guard lock(d->eventMutex);
        ++d->wakeGeneration;
    }
    d->eventCv.notify_all();
}

std::optional<UserRecord> Store::getUser(const std::string &username) const
{
    Impl::Lease c(*d);
    return loadUser(*c, username);
}

std::vector<UserRecord> Store::listUsers() const
{
    Impl::Lease c(*d);
    auto &s = c->prepare(std::string(kUserSelect) + " ORDER BY username");
    std::vector<UserRecord> out;
    while (s.step())
        out.push_back(readUser(s));
    return out;
}

std::optional<SessionRecord> Store::getSession(const std::string &tokenHash) const
{
    Impl::Lease c(*d);
    auto &s = c->prepare("SELECT token_hash, username, created_at, expires_at FROM sessions WHERE token_hash = ?");
    s.bind(1, tokenHash);
    std::optional<SessionRecord> out;
    if (s.step())
        out = SessionRecord{s.text(0), s.text(1), s.int64(2), s.int64(3)};
    return out;
}

std::optional<RequestRecord> Store::getRequest(const std::string &requestId) const
{
    Impl::Lease c(*d);
    return loadRequest(*c, requestId);
}

std::vector<ConnectorRecord> Store::listConnectors() const
{
    Impl::Lease c(*d);
    auto &s = c->prepare(std::string(kConnectorSelect) + " ORDER BY id");
    std::vector<ConnectorRecord> out;
    while (s.step())
        out.push_back(readConnector(s));
    return out;
}

std::optional<ConnectorRecord> Store::getConnector(const std::string &id) const
{
    Impl::Lease c(*d);
    return loadConnector(*c, id);
}

} // namespace flowdesk::backend
