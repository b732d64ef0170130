// Dashboard aggregates through gRPC against the straight GROUP BY queries on the
// same file, measured in the same run.
//
//   bench_dashboard --data DIR [--iterations N] [--during-bulk]
//
// --during-bulk: an operator first starts a bulk resubmit of every FAILED
// transaction (as bench_bulk does; it changes the data set, so use a copy),
// and the gRPC figures are measured while that job and its deliveries run.
// The straight SQL then reads the changed file and is for orientation only.
//
// DIR holds a data set made by gen_dataset. As an admin (every plant and flow):
//   health   GetFlowHealth: one tile per flow over the last 24 h (counts, latency
//            p50/p95, backlog, stuck, oldest age, value at risk);
//   ts24h    GetTimeSeries, received per flow, last 24 h in hourly buckets;
//   ts30d    GetTimeSeries, received per flow, last 30 days in daily buckets;
//   ts30dh   GetTimeSeries, p95 latency per flow, last 30 days in hourly buckets.
// Each against the straight SQL that answers the same question from the
// transactions table (GROUP BY over the rows; latency percentiles sorted from
// the delivered rows). The target is p95 <= 50 ms for each gRPC figure.

#include "auth.h"
#include "demosite.h"
#include "server.h"
#include "store.h"

#include "flowdesk/v1/dashboard.grpc.pb.h"
#include "flowdesk/v1/session.grpc.pb.h"
#include "flowdesk/v1/transaction.grpc.pb.h"

#include "benchutil.h"

#include <grpcpp/grpcpp.h>
#include <grpcpp/security/credentials.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace v1 = flowdesk::v1;
using namespace flowdesk::backend;
using Steady = std::chrono::steady_clock;

using namespace flowdesk::bench;

namespace {

constexpr std::int64_t kHourMs = 3600 * 1000;
constexpr std::int64_t kDayMs = 24 * kHourMs;

void printPair(const char *name, const Stats &rpc, const Stats &sql)
{
    std::printf("  %-30s gRPC p50 %8.3f ms  p95 %8.3f ms | straight SQL p50 %9.3f ms  p95 %9.3f ms | "
                "SQL / gRPC p50 %7.1f x  p95 %7.1f x | %s\n",
                name, rpc.p50, rpc.p95, sql.p50, sql.p95, sql.p50 / rpc.p50, sql.p95 / rpc.p95,
                rpc.p95 <= 50.0 ? "p95 <= 50 ms: met" : "p95 <= 50 ms: MISSED");
}

// A straight query run to its end; returns the rows it produced.
class Query {
public:
    Query(sqlite3 *db, const std::string &sql)
    {
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &m_stmt, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "bench_dashboard: %s\n", sqlite3_errmsg(db));
            std::exit(1);
        }
    }
    ~Query() { sqlite3_finalize(m_stmt); }
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    sqlite3_stmt *stmt() const { return m_stmt; }
    void bind(int i, std::int64_t v) { sqlite3_bind_int64(m_stmt, i, v); }
    // Steps every row through fn.
    int run(const std::function<void(sqlite3_stmt *)> &fn)
    {
        int rows = 0;
        while (sqlite3_step(m_stmt) == SQLITE_ROW) {
            ++rows;
            fn(m_stmt);
        }
        sqlite3_reset(m_stmt);
        return rows;
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace

int main(int argc, char **argv)
{
    const BenchStore where = benchStore(argc, argv);
    const std::string &dir = where.dir;
    if (dir.empty()) {
        std::fprintf(stderr, "usage: bench_dashboard --data DIR [--store postgresql://...] [--iterations N] [--during-bulk]\n");
        return 2;
    }
    const int iterations = argInt(argc, argv, "--iterations", 200);
    const bool duringBulk = argFlag(argc, argv, "--during-bulk");
    spdlog::set_level(spdlog::level::warn);

    {
        std::string error;
        const auto t0 = Steady::now();
        auto store = Store::open(where.location(), &error);
        if (!store) {
            std::fprintf(stderr, "bench_dashboard: %s\n", error.c_str());
            return 1;
        }
        std::printf("store opened (rollups checked or built) in %.0f ms\n",
                    std::chrono::duration<double, std::milli>(Steady::now() - t0).count());
        store->write([duringBulk](WriteTxn &w) {
            UserRecord u;
            u.username = "bench-admin";
            u.displayName = "Benchmark admin";
            u.role = Role::Admin;
            u.passwordHash = hashPassword("bench-admin", PasswordCost{64, 1, 1});
            u.createdAt = flowdesk::backend::Clock::system().now();
            w.upsertUser(u);
            if (duringBulk) {
                w.upsertUser(flowdesk::bench::bulkOperator(hashPassword(flowdesk::bench::kBulkOperator, PasswordCost{64, 1, 1}),
                                                       flowdesk::backend::Clock::system().now()));
            }
        });
    }

    BackendOptions options;
    options.dataDir = dir;
    options.store = where.uri;
    flowdesk::backend::DemoSite site(flowdesk::bench::benchSite());
    BackendServer server(options, site);
    std::string error;
    if (server.start(&error) < 0) {
        std::fprintf(stderr, "bench_dashboard: %s\n", error.c_str());
        return 1;
    }
    auto channel = grpc::CreateChannel(server.address(), grpc::experimental::LocalCredentials(LOCAL_TCP));
    auto sessions = v1::SessionService::NewStub(channel);
    auto dash = v1::DashboardService::NewStub(channel);
    std::string token;
    {
        grpc::ClientContext ctx;
        ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
        v1::LoginRequest req;
        req.set_username("bench-admin");
        req.set_password("bench-admin");
        v1::LoginResponse resp;
        const auto st = sessions->Login(&ctx, req, &resp);
        if (!st.ok()) {
            std::fprintf(stderr, "bench_dashboard: login failed: %s\n", st.error_message().c_str());
            return 1;
        }
        token = resp.token();
    }
    auto prepare = [&](grpc::ClientContext &ctx) {
        ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
        ctx.AddMetadata("authorization", "Bearer " + token);
    };
    auto check = [](const grpc::Status &st, const char *what) {
        if (!st.ok()) {
            std::fprintf(stderr, "bench_dashboard: %s: %s\n", what, st.error_message().c_str());
            std::exit(1);
        }
    };

    const TimeMs now = flowdesk::backend::Clock::system().now();
    auto seriesRequest = [&](v1::Metric metric, std::int64_t span, std::int64_t bucketSeconds) {
        v1::GetTimeSeriesRequest req;
        req.set_metric(metric);
        req.set_bucket_seconds(bucketSeconds);
        req.mutable_start_time()->set_seconds((now - span) / 1000);
        req.mutable_end_time()->set_seconds(now / 1000);
        return req;
    };

    // ---- through gRPC
    v1::GetFlowHealthResponse health;
    {
        grpc::ClientContext ctx;
        prepare(ctx);
        check(dash->GetFlowHealth(&ctx, v1::GetFlowHealthRequest(), &health), "GetFlowHealth");
    }
    std::int64_t received24 = 0, backlog = 0, stuck = 0;
    for (const auto &h : health.flows()) {
        received24 += h.received();
        backlog += h.backlog();
        stuck += h.stuck();
    }
    std::printf("data set: %s (%s store); %d flow tiles; last 24 h: %lld received; open now: %lld, stuck %lld\n", where.location().c_str(), where.name(),
                health.flows_size(), static_cast<long long>(received24), static_cast<long long>(backlog),
                static_cast<long long>(stuck));
    for (const auto &h : health.flows())
        std::printf("  %-30s %-5s recv %6lld fail %4lld p50 %5lld ms p95 %5lld ms backlog %5lld stuck %5lld "
                    "oldest %7lld s at risk %lld %s | %s\n",
                    h.flow_id().c_str(), v1::HealthStatus_Name(h.status()).substr(7).c_str(),
                    static_cast<long long>(h.received()), static_cast<long long>(h.failed()),
                    static_cast<long long>(h.latency_p50_ms()), static_cast<long long>(h.latency_p95_ms()),
                    static_cast<long long>(h.backlog()), static_cast<long long>(h.stuck()),
                    static_cast<long long>(h.oldest_age_seconds()), static_cast<long long>(h.value_at_risk_minor()),
                    h.currency().c_str(), h.status_reason().c_str());

    // The concurrent bulk job, when asked for: started now, followed until the
    // measurements end.
    auto transactions = v1::TransactionService::NewStub(channel);
    std::string jobId;
    Steady::time_point jobStart;
    auto jobState = [&]() {
        v1::BulkJob job;
        grpc::ClientContext ctx;
        prepare(ctx);
        v1::WatchBulkActionRequest req;
        req.set_job_id(jobId);
        auto reader = transactions->WatchBulkAction(&ctx, req);
        reader->Read(&job);  // the first message is the job as it stands
        ctx.TryCancel();
        reader->Finish();
        return job;
    };
    if (duringBulk) {
        std::string operatorToken;
        {
            grpc::ClientContext ctx;
            v1::LoginRequest req;
            req.set_username(flowdesk::bench::kBulkOperator);
            req.set_password(flowdesk::bench::kBulkOperator);
            v1::LoginResponse resp;
            check(sessions->Login(&ctx, req, &resp), "Login as the operator");
            operatorToken = resp.token();
        }
        v1::StartBulkActionRequest start;
        start.set_request_id("bench-dashboard-during-bulk");
        start.set_action(v1::BULK_ACTION_RESUBMIT);
        start.mutable_filter()->add_states(v1::FAILED);
        v1::BulkJob job;
        grpc::ClientContext ctx;
        ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
        ctx.AddMetadata("authorization", "Bearer " + operatorToken);
        jobStart = Steady::now();
        check(transactions->StartBulkAction(&ctx, start, &job), "StartBulkAction");
        jobId = job.id();
        std::printf("bulk resubmit started over %lld FAILED transactions; measuring while it runs\n",
                    static_cast<long long>(job.total()));
    }

    const auto healthMs = timeIt(iterations, 3, [&] {
        grpc::ClientContext ctx;
        prepare(ctx);
        v1::GetFlowHealthResponse r;
        check(dash->GetFlowHealth(&ctx, v1::GetFlowHealthRequest(), &r), "GetFlowHealth");
    });
    auto timeSeries = [&](const v1::GetTimeSeriesRequest &req, double *total) {
        return timeIt(iterations, 3, [&] {
            grpc::ClientContext ctx;
            prepare(ctx);
            v1::GetTimeSeriesResponse r;
            check(dash->GetTimeSeries(&ctx, req, &r), "GetTimeSeries");
            double sum = 0;
            for (const auto &s : r.series())
                for (const auto &p : s.points())
                    sum += p.value();
            *total = sum;
        });
    };
    double ts24Total = 0, ts30Total = 0, ts30hTotal = 0;
    const auto ts24Ms = timeSeries(seriesRequest(v1::METRIC_RECEIVED, kDayMs, 3600), &ts24Total);
    const auto ts30Ms = timeSeries(seriesRequest(v1::METRIC_RECEIVED, 30 * kDayMs, 86400), &ts30Total);
    const auto ts30hMs = timeSeries(seriesRequest(v1::METRIC_LATENCY_P95_MS, 30 * kDayMs, 3600), &ts30hTotal);

    if (duringBulk) {
        const v1::BulkJob job = jobState();
        const double seconds = std::chrono::duration<double>(Steady::now() - jobStart).count();
        std::printf("the gRPC figures took %.1f s from the job's start; the job then: %s, %lld of %lld processed\n",
                    seconds, v1::BulkJobState_Name(job.state()).c_str(), static_cast<long long>(job.processed()),
                    static_cast<long long>(job.total()));
    }

    // ---- straight SQL on the raw file
    if (where.postgres()) {
        auto printRpc = [](const char *name, const Stats &rpc) {
            std::printf("  %-30s gRPC p50 %8.3f ms  p95 %8.3f ms | %s\n", name, rpc.p50, rpc.p95,
                        rpc.p95 <= 50.0 ? "p95 <= 50 ms: met" : "p95 <= 50 ms: MISSED");
        };
        std::printf("\ndashboard aggregates as admin (all plants and flows), %d iterations through gRPC, %s store "
                    "(the straight SQL comparison is made on the SQLite file)\n",
                    iterations, where.name());
        printRpc("GetFlowHealth (24 h window)", stats(healthMs));
        printRpc("GetTimeSeries 24 h, hourly", stats(ts24Ms));
        printRpc("GetTimeSeries 30 d, daily", stats(ts30Ms));
        printRpc("GetTimeSeries 30 d, hourly p95", stats(ts30hMs));
        server.shutdown();
        return 0;
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2((dir + "/flowdesk.db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "bench_dashboard: cannot open the raw file\n");
        return 1;
    }
    sqlite3_exec(db, "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -262144;", nullptr, nullptr, nullptr);
    // Tile: window counts, latency percentiles, and what is open now.
    Query windowCounts(db, "SELECT flow_id, COUNT(*), SUM(state = 3), SUM(state = 5), SUM(attempts > 1 OR state = 4) "
                           "FROM transactions WHERE created_at >= ? GROUP BY flow_id");
    Query windowLatency(db, "SELECT flow_id, delivered_at - created_at FROM transactions "
                            "WHERE created_at >= ? AND state = 3 AND delivered_at > 0");
    Query openNow(db, "SELECT flow_id, COUNT(*), SUM(sla_deadline > 0 AND sla_deadline < ?1), MIN(created_at), "
                      "SUM(CASE WHEN state = 5 OR (sla_deadline > 0 AND sla_deadline < ?1) THEN amount_minor ELSE 0 END) "
                      "FROM transactions WHERE state NOT IN (3, 7, 8) GROUP BY flow_id");
    std::int64_t sqlReceived24 = 0;
    const auto healthSqlMs = timeIt(iterations, 3, [&] {
        const TimeMs at = flowdesk::backend::Clock::system().now();
        sqlReceived24 = 0;
        windowCounts.bind(1, at - kDayMs);
        windowCounts.run([&](sqlite3_stmt *s) { sqlReceived24 += sqlite3_column_int64(s, 1); });
        std::map<std::string, std::vector<std::int64_t>> latencies;
        windowLatency.bind(1, at - kDayMs);
        windowLatency.run([&](sqlite3_stmt *s) {
            latencies[reinterpret_cast<const char *>(sqlite3_column_text(s, 0))].push_back(sqlite3_column_int64(s, 1));
        });
        for (auto &[flow, l] : latencies)
            std::sort(l.begin(), l.end());
        openNow.bind(1, at);
        openNow.run([](sqlite3_stmt *) {});
    });
    // Time series: GROUP BY flow and bucket over the range.
    Query perBucket(db, "SELECT flow_id, (created_at - ?1) / ?3, COUNT(*) FROM transactions "
                        "WHERE created_at >= ?1 AND created_at < ?2 GROUP BY 1, 2");
    Query latencyRows(db, "SELECT flow_id, (created_at - ?1) / ?3, delivered_at - created_at FROM transactions "
                          "WHERE created_at >= ?1 AND created_at < ?2 AND state = 3 AND delivered_at > 0");
    auto sqlSeries = [&](std::int64_t span, std::int64_t bucketMs, double *total) {
        return timeIt(std::max(10, iterations / 10), 3, [&] {
            double sum = 0;
            perBucket.bind(1, now - span);
            perBucket.bind(2, now);
            perBucket.bind(3, bucketMs);
            perBucket.run([&](sqlite3_stmt *s) { sum += static_cast<double>(sqlite3_column_int64(s, 2)); });
            *total = sum;
        });
    };
    double sql24Total = 0, sql30Total = 0;
    const auto ts24SqlMs = sqlSeries(kDayMs, kHourMs, &sql24Total);
    const auto ts30SqlMs = sqlSeries(30 * kDayMs, kDayMs, &sql30Total);
    const auto ts30hSqlMs = timeIt(std::max(10, iterations / 10), 3, [&] {
        std::map<std::pair<std::string, std::int64_t>, std::vector<std::int64_t>> buckets;
        latencyRows.bind(1, now - 30 * kDayMs);
        latencyRows.bind(2, now);
        latencyRows.bind(3, kHourMs);
        latencyRows.run([&](sqlite3_stmt *s) {
            buckets[{reinterpret_cast<const char *>(sqlite3_column_text(s, 0)), sqlite3_column_int64(s, 1)}].push_back(
                sqlite3_column_int64(s, 2));
        });
        for (auto &[key, l] : buckets)
            std::nth_element(l.begin(), l.begin() + static_cast<std::ptrdiff_t>(l.size() * 95 / 100), l.end());
    });
    sqlite3_close(db);

    std::printf("\ndashboard aggregates as admin (all plants and flows), %d iterations through gRPC "
                "(the straight SQL fewer for the 30-day series)\n",
                iterations);
    printPair("GetFlowHealth (24 h window)", stats(healthMs), stats(healthSqlMs));
    printPair("GetTimeSeries 24 h, hourly", stats(ts24Ms), stats(ts24SqlMs));
    printPair("GetTimeSeries 30 d, daily", stats(ts30Ms), stats(ts30SqlMs));
    printPair("GetTimeSeries 30 d, hourly p95", stats(ts30hMs), stats(ts30hSqlMs));
    std::printf("\nsame answers: received 24 h: tiles %lld, straight SQL %lld (tile window starts on a 5-minute "
                "boundary); series 24 h %.0f vs %.0f (buckets start on the hour); series 30 d %.0f vs %.0f (days "
                "start at midnight UTC)\n",
                static_cast<long long>(received24), static_cast<long long>(sqlReceived24), ts24Total, sql24Total,
                ts30Total, sql30Total);
    server.shutdown();
    return 0;
}
