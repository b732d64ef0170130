// Bulk resubmit of every exception of a data set in one server-side job.
//
//   bench_bulk --data DIR
//
// DIR holds a data set made by gen_dataset (it is changed: run it on a copy).
// An operator scoped to every domain starts one BULK_ACTION_RESUBMIT job over the
// filter states = [FAILED] and follows it with WatchBulkAction. Reported:
//   - job time: StartBulkAction until the job reports SUCCEEDED (every item
//     resubmitted, with its audit entry and event), and its rate;
//   - drain time: until the delivery engine has attempted every resubmitted one;
//   - duplicate deliveries: transactions attempted more than once after the
//     job resubmitted them (the targets are set to have no transient failures,
//     so every extra attempt would be a duplicate), and the effect of sending the same
//     request_id again (must change nothing).
// Target: <= 2.5 s end to end for 50,000 (>= 20,000 per second), 0 duplicates.
//
//   bench_bulk --data DIR --target instant|http
//
// chooses what the deliveries reach instead of the demo's simulated systems:
//   instant  an in-process target that accepts every delivery at once;
//   http     the HTTP delivery adapter (libcurl) to a target on loopback that
//            accepts every delivery at once (every connector of the data set
//            pointed at it). Goal: drain time <= 1.5 x the instant one.

#include "auth.h"
#include "demosite.h"
#include "siteadapter.h"
#include "siteconfig.h"
#include "server.h"
#include "store.h"

#include "flowdesk/v1/audit.grpc.pb.h"
#include "flowdesk/v1/session.grpc.pb.h"
#include "flowdesk/v1/transaction.grpc.pb.h"

#include "benchutil.h"

#include <grpcpp/grpcpp.h>
#include <grpcpp/security/credentials.h>
#include <spdlog/spdlog.h>

#include <httplib.h>

#include <sys/resource.h>

#include <atomic>
#include <memory>
#include <set>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>

namespace v1 = flowdesk::v1;
using namespace flowdesk::backend;
using Steady = std::chrono::steady_clock;

using namespace flowdesk::bench;

namespace {


double secondsSince(Steady::time_point t0)
{
    return std::chrono::duration<double>(Steady::now() - t0).count();
}

// CPU time (user + system) of the whole process so far: the backend runs in
// this process, so this is what the job cost on a machine shared with others.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    auto secs = [](const timeval &t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return secs(u.ru_utime) + secs(u.ru_stime);
}

double loadAverage()
{
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

// A target in the process that accepts every delivery at once.
class InstantAdapter final : public DeliveryAdapter {
public:
    DeliveryResult deliver(const FlowDef &, const Transaction &tx) override
    {
        DeliveryResult r;
        r.ok = true;
        r.targetReference = "instant," + std::to_string(tx.id);
        return r;
    }
    ConnectionTest test(const ConnectorRecord &) override { return {true, 0, "in-process"}; }
};

// A site whose deliveries go to `adapter`; the data set brings its catalogue.
class BenchSite final : public Site {
public:
    explicit BenchSite(DeliveryAdapter &adapter) : m_adapter(adapter) {}
    DeliveryAdapter &adapter() override { return m_adapter; }

private:
    DeliveryAdapter &m_adapter;
};

// A target on loopback that accepts every delivery at once, with keep-alive.
class LoopbackTarget {
public:
    LoopbackTarget()
    {
        m_server.Post(R"(/deliver/(.+))", [this](const httplib::Request &, httplib::Response &res) {
            const auto n = ++m_received;
            res.status = 201;
            res.set_content("{\"id\":\"R-" + std::to_string(n) + "\",\"status\":\"accepted\"}",
                            "application/json");
        });
        m_server.set_tcp_nodelay(true);
        // A thread for every connection the engine keeps open (keep-alive).
        m_server.new_task_queue = [] { return new httplib::ThreadPool(64); };
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
    }
    ~LoopbackTarget()
    {
        m_server.stop();
        if (m_thread.joinable())
            m_thread.join();
    }
    int port() const { return m_port; }
    std::int64_t received() const { return m_received; }

private:
    httplib::Server m_server;
    int m_port = 0;
    std::thread m_thread;
    std::atomic<std::int64_t> m_received{0};
};

// Every connector of the data set's flows pointed at the loopback target.
std::shared_ptr<const SiteConfig> loopbackConfig(Store &store, int port)
{
    auto config = std::make_shared<SiteConfig>();
    std::set<std::string> connectors;
    for (const auto &f : store.listFlows()) {
        FlowConfig fc;
        fc.def = f;
        fc.names["en"] = f.name;
        fc.target.httpMethod = "POST";
        fc.target.pathTemplate = "/deliver/{flow_id}";
        config->flows.push_back(std::move(fc));
        connectors.insert(f.connectorId);
    }
    for (const auto &id : connectors) {
        ConnectorConfig c;
        c.id = id;
        c.name = id;
        c.system = id;
        c.kind = ConnectorKind::Http;
        c.baseUrl = "http://127.0.0.1:" + std::to_string(port);
        c.auth = AuthScheme::None;
        config->connectors.push_back(std::move(c));
    }
    return config;
}

} // namespace

int main(int argc, char **argv)
{
    const BenchStore where = benchStore(argc, argv);
    const std::string &dir = where.dir;
    // With a PostgreSQL store: a second instance on the same database shares
    // the delivery of the resubmitted work.
    const int instances = std::clamp(argInt(argc, argv, "--instances", 1), 1, 2);
    // Diagnosis: hold the delivery engine until the job has finished, to see the
    // job's own cost apart from the deliveries competing with it.
    bool engineAfterJob = false;
    for (int i = 1; i < argc; ++i)
        engineAfterJob = engineAfterJob || std::strcmp(argv[i], "--engine-after-job") == 0;
    if (dir.empty()) {
        std::fprintf(stderr, "usage: bench_bulk --data DIR [--store postgresql://...] [--instances 2]"
                             "   (the store is changed: use a copy)\n");
        return 2;
    }
    if (instances > 1 && !where.postgres()) {
        std::fprintf(stderr, "bench_bulk: a second instance needs a PostgreSQL store (--store)\n");
        return 2;
    }
    spdlog::set_level(spdlog::level::warn);

    {
        std::string error;
        auto store = Store::open(where.location(), &error);
        if (!store) {
            std::fprintf(stderr, "bench_bulk: %s\n", error.c_str());
            return 1;
        }
        store->write([](WriteTxn &w) {
            w.upsertUser(flowdesk::bench::bulkOperator(hashPassword(flowdesk::bench::kBulkOperator, PasswordCost{64, 1, 1}),
                                                       flowdesk::backend::Clock::system().now()));
        });
    }

    const std::string target = argStr(argc, argv, "--target");
    if (!target.empty() && target != "instant" && target != "http") {
        std::fprintf(stderr, "bench_bulk: --target is instant or http\n");
        return 2;
    }
    BackendOptions options;
    options.dataDir = dir;
    options.store = where.uri;
    std::unique_ptr<LoopbackTarget> loopback;
    std::unique_ptr<DeliveryAdapter> adapter;
    ConfiguredSecrets secrets;
    if (target == "instant") {
        adapter = std::make_unique<InstantAdapter>();
    } else if (target == "http") {
        loopback = std::make_unique<LoopbackTarget>();
        std::string error;
        auto store = Store::open(where.location(), &error);
        if (!store) {
            std::fprintf(stderr, "bench_bulk: %s\n", error.c_str());
            return 1;
        }
        adapter = std::make_unique<SiteAdapter>(loopbackConfig(*store, loopback->port()), secrets);
    }
    std::unique_ptr<Site> site;
    if (adapter)
        site = std::make_unique<BenchSite>(*adapter);
    else
        site = std::make_unique<flowdesk::backend::DemoSite>(flowdesk::bench::benchSite());
    BackendServer server(options, *site);
    std::string error;
    if (server.start(&error) < 0) {
        std::fprintf(stderr, "bench_bulk: %s\n", error.c_str());
        return 1;
    }
    // The second instance: the same store and site, a data folder of its own.
    std::unique_ptr<Site> secondSite;
    std::unique_ptr<BackendServer> second;
    if (instances > 1) {
        BackendOptions o = options;
        o.dataDir = dir + "/second-instance";
        if (adapter)
            secondSite = std::make_unique<BenchSite>(*adapter);
        else
            secondSite = std::make_unique<flowdesk::backend::DemoSite>(flowdesk::bench::benchSite());
        second = std::make_unique<BackendServer>(o, *secondSite);
        if (second->start(&error) < 0) {
            std::fprintf(stderr, "bench_bulk: the second instance: %s\n", error.c_str());
            return 1;
        }
    }
    auto channel = grpc::CreateChannel(server.address(), grpc::experimental::LocalCredentials(LOCAL_TCP));
    auto sessions = v1::SessionService::NewStub(channel);
    auto transactions = v1::TransactionService::NewStub(channel);

    std::string token;
    {
        grpc::ClientContext ctx;
        v1::LoginRequest req;
        req.set_username(flowdesk::bench::kBulkOperator);
        req.set_password(flowdesk::bench::kBulkOperator);
        v1::LoginResponse resp;
        if (!sessions->Login(&ctx, req, &resp).ok()) {
            std::fprintf(stderr, "bench_bulk: login failed\n");
            return 1;
        }
        token = resp.token();
    }
    auto prepare = [&](grpc::ClientContext &ctx, int seconds) {
        ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(seconds));
        ctx.AddMetadata("authorization", "Bearer " + token);
    };

    v1::StartBulkActionRequest start;
    start.set_request_id("bench-bulk-resubmit-1");
    start.set_action(v1::BULK_ACTION_RESUBMIT);
    start.mutable_filter()->add_states(v1::FAILED);

    const auto raw = rawConnection(where);
    auto scalar = [&](const std::string &sql) { return rawScalar(*raw, sql); };
    const std::int64_t failedBefore = scalar("SELECT COUNT(*) FROM transactions WHERE lifecycle <> 0 AND state = 5");
    const std::int64_t auditBefore = scalar("SELECT COUNT(*) FROM audit");
    const std::int64_t hopIdBefore = scalar("SELECT COALESCE(MAX(id), 0) FROM tx_hops");

    if (engineAfterJob) {
        server.engine().stop();
        if (second)
            second->engine().stop();
    }
    const double load0 = loadAverage();
    const double cpu0 = cpuSeconds();
    const auto t0 = Steady::now();
    v1::BulkJob job;
    {
        grpc::ClientContext ctx;
        prepare(ctx, 30);
        const auto st = transactions->StartBulkAction(&ctx, start, &job);
        if (!st.ok()) {
            std::fprintf(stderr, "bench_bulk: StartBulkAction: %s\n", st.error_message().c_str());
            return 1;
        }
    }
    v1::BulkJob last = job;
    {
        grpc::ClientContext ctx;
        prepare(ctx, 120);
        v1::WatchBulkActionRequest req;
        req.set_job_id(job.id());
        auto reader = transactions->WatchBulkAction(&ctx, req);
        v1::BulkJob progress;
        while (reader->Read(&progress))
            last = progress;
        reader->Finish();
    }
    const double jobSeconds = secondsSince(t0);
    const double jobCpu = cpuSeconds() - cpu0;
    if (engineAfterJob) {
        server.engine().start();
        if (second)
            second->engine().start();
    }

    // Wait until the engine has attempted every resubmitted transaction. The
    // "lifecycle <> 0" lets SQLite count in the small index of open transactions
    // instead of scanning the whole table on every poll, which would compete
    // with the engine for the cores and the page cache.
    std::int64_t pending = 0;
    for (int i = 0; i < 1200; ++i) {
        pending = scalar("SELECT COUNT(*) FROM transactions WHERE lifecycle <> 0 AND state IN (2, 6)");
        if (pending == 0)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    const double drainSeconds = secondsSince(t0);
    const double drainCpu = cpuSeconds() - cpu0;
    const std::string sinceHop = std::to_string(hopIdBefore);
    const std::int64_t attempted =
        scalar("SELECT COUNT(DISTINCT tx_id) FROM tx_hops WHERE action = 'attempt' AND id > " + sinceHop);
    // Attempts after the job's resubmission of the same transaction: a retry
    // that was due when the server started may have been attempted, failed
    // and been picked up by the job, which is one attempt before and one after,
    // not a duplicate.
    const std::int64_t duplicates = scalar(
        "SELECT COUNT(*) FROM (SELECT a.tx_id FROM tx_hops r JOIN tx_hops a ON a.tx_id = r.tx_id AND a.id > r.id "
            "AND a.action = 'attempt' WHERE r.action = 'resubmitted' AND r.id > " + sinceHop
                + " GROUP BY a.tx_id HAVING COUNT(*) > 1) AS twice");
    const std::int64_t auditAfterJob = scalar("SELECT COUNT(*) FROM audit");
    const std::int64_t attemptsAtDrain =
        scalar("SELECT COUNT(*) FROM tx_hops WHERE action = 'attempt' AND id > " + sinceHop);

    // The same request again: the first answer, nothing done twice.
    v1::BulkJob again;
    {
        grpc::ClientContext ctx;
        prepare(ctx, 30);
        transactions->StartBulkAction(&ctx, start, &again);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    const std::int64_t auditAfterRepeat = scalar("SELECT COUNT(*) FROM audit");
    const std::int64_t attemptsAfterRepeat =
        scalar("SELECT COUNT(*) FROM tx_hops WHERE action = 'attempt' AND id > " + sinceHop);

    std::printf("bulk resubmit over %s (%s store, %d instance%s): %lld FAILED before the job; deliveries to %s\n",
                where.location().c_str(), where.name(), instances, instances > 1 ? "s" : "",
                static_cast<long long>(failedBefore),
                target == "instant" ? "an in-process target that accepts at once"
                : target == "http"  ? "the HTTP adapter and a loopback target that accepts at once"
                                    : "the demo's simulated systems");
    if (loopback)
        std::printf("  the loopback target received %lld requests\n", static_cast<long long>(loopback->received()));
    std::printf("  job %s: total %lld, succeeded %lld, failed %lld, state %s\n", job.id().c_str(),
                static_cast<long long>(last.total()), static_cast<long long>(last.succeeded()),
                static_cast<long long>(last.failed()), v1::BulkJobState_Name(last.state()).c_str());
    std::printf("  job time (start to SUCCEEDED, audit + events included): %.3f s  -> %.0f per second"
                "   (target <= 2.5 s, >= 20,000/s)\n",
                jobSeconds, last.succeeded() / jobSeconds);
    std::printf("  process CPU during the job: %.2f s (load average %.2f at the start)%s\n", jobCpu, load0,
                engineAfterJob ? ", delivery engine held until the job finished" : "");
    std::printf("  audit entries written by the job: %lld\n", static_cast<long long>(auditAfterJob - auditBefore));
    std::printf("  engine drained every resubmitted transaction after %.3f s (%lld attempted, %lld still pending),"
                " process CPU %.2f s\n",
                drainSeconds, static_cast<long long>(attempted), static_cast<long long>(pending), drainCpu);
    std::printf("  duplicate deliveries (transactions attempted more than once): %lld   (target 0)\n",
                static_cast<long long>(duplicates));
    std::printf("  same request_id again: job %s (%s), new audit entries %lld, new attempts %lld\n",
                again.id().c_str(), again.id() == job.id() ? "the first job" : "A NEW JOB",
                static_cast<long long>(auditAfterRepeat - auditAfterJob),
                static_cast<long long>(attemptsAfterRepeat - attemptsAtDrain));

    if (second)
        second->shutdown();
    server.shutdown();
    const bool ok = last.state() == v1::BULK_JOB_SUCCEEDED && duplicates == 0 && again.id() == job.id()
        && auditAfterRepeat == auditAfterJob;
    return ok ? 0 : 1;
}
