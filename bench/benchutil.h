#pragma once

// Small helpers the benchmarks share: command-line options and latency figures.

#include "demosite.h"
#include "pg_db.h"
#include "sqlite_db.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace flowdesk::bench {

// The operator the bulk benchmarks sign in as, scoped to every domain; its
// password is its name. The hash comes from the caller (auth.h's hashPassword).
inline constexpr const char *kBulkOperator = "bench-bulk";
inline backend::UserRecord bulkOperator(std::string passwordHash, backend::TimeMs now)
{
    backend::UserRecord u;
    u.username = kBulkOperator;
    u.displayName = "Benchmark operator, every domain";
    u.role = backend::Role::Operator;
    u.domains = {"sales", "finance", "procurement", "logistics", "production", "quality", "engineering"};
    u.passwordHash = std::move(passwordHash);
    u.createdAt = now;
    return u;
}

// The site the benchmarks serve: the demo's simulated systems without transient
// failures deliver, and the data set brings its own catalogue and accounts.
inline backend::DemoOptions benchSite()
{
    backend::DemoOptions demo;
    demo.prepareData = false;
    demo.traffic = false;
    demo.targets.connectivityFailureRate = 0;
    demo.targets.authFailureRate = 0;
    return demo;
}

// The value after `name` on the command line, or "" when it is not there.
inline std::string argStr(int argc, char **argv, const char *name)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return argv[i + 1];
    return {};
}

inline int argInt(int argc, char **argv, const char *name, int def)
{
    const std::string v = argStr(argc, argv, name);
    return v.empty() ? def : std::atoi(v.c_str());
}

inline bool argFlag(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return true;
    return false;
}

// The store a benchmark serves: the data folder's SQLite file, or with
// --store postgresql://... that PostgreSQL database (a data set gen_dataset
// wrote there); the folder then holds only the server's local files.
struct BenchStore {
    std::string dir;
    std::string uri;
    bool postgres() const { return !uri.empty(); }
    // What Store::open takes.
    const std::string &location() const { return postgres() ? uri : dir; }
    const char *name() const { return postgres() ? "PostgreSQL" : "SQLite"; }
};

inline BenchStore benchStore(int argc, char **argv)
{
    BenchStore s;
    s.dir = argStr(argc, argv, "--data");
    s.uri = argStr(argc, argv, "--store");
    return s;
}

// A connection of its own to the store's database, for counting what a
// benchmark did (read-only on SQLite).
inline std::unique_ptr<backend::db::Connection> rawConnection(const BenchStore &s)
{
    if (s.postgres())
        return std::make_unique<backend::pg::Connection>(s.uri);
    return std::make_unique<backend::sqlite::Connection>(s.dir + "/flowdesk.db", true);
}

inline std::int64_t rawScalar(backend::db::Connection &c, const std::string &sql)
{
    auto &st = c.prepareDynamic(sql);
    const std::int64_t v = st.step() ? st.int64(0) : -1;
    st.reset();
    return v;
}

struct Stats {
    double p50 = 0;
    double p95 = 0;
    double mean = 0;
};

inline Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Stats s;
    if (ms.empty())
        return s;
    s.p50 = ms[ms.size() / 2];
    s.p95 = ms[std::min(ms.size() - 1, ms.size() * 95 / 100)];
    double sum = 0;
    for (double v : ms)
        sum += v;
    s.mean = sum / static_cast<double>(ms.size());
    return s;
}

// Runs fn a few times to warm caches and connections (at least minWarmup, or a
// tenth of the iterations), then times each of `iterations` runs in ms.
inline std::vector<double> timeIt(int iterations, int minWarmup, const std::function<void()> &fn)
{
    for (int i = 0; i < std::max(minWarmup, iterations / 10); ++i)
        fn();
    std::vector<double> out;
    out.reserve(static_cast<std::size_t>(iterations));
    for (int i = 0; i < iterations; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        fn();
        out.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    return out;
}

} // namespace flowdesk::bench
