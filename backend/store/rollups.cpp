// Rollups: the latency histograms and their SQL merge function.

#include "store_p.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace flowdesk::backend::store_detail {

// ---------------------------------------------------------------- rollups

// Derived structures: rebuilt from the transactions whenever their version is
// older than kRollupVersion or they disagree with the kept counts (say, after an
// older flowdeskd wrote to the file), so they carry their own version in meta
// rather than a schema migration.
const char *const kRollupSchema = R"sql(
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

-- The hours once more per flow and domain, over every plant: a series of
-- a month in hours reads a quarter of the rows or fewer (version 2).
CREATE TABLE IF NOT EXISTS tx_rollup_flow (
    bucket       INTEGER NOT NULL,
    flow_id      TEXT NOT NULL,
    domain       TEXT NOT NULL,
    received     INTEGER NOT NULL,
    delivered    INTEGER NOT NULL,
    failed       INTEGER NOT NULL,
    retried      INTEGER NOT NULL,
    value_failed INTEGER NOT NULL,
    latency      BLOB NOT NULL,
    PRIMARY KEY (bucket, flow_id, domain)
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

} // namespace flowdesk::backend::store_detail

namespace flowdesk::backend {

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

std::int64_t latencyQuantile(const LatencyBins &histogram, double q)
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
    return latencyBinValue(histogram.back().first);
}

} // namespace flowdesk::backend
