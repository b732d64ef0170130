// The first page of exceptions through gRPC, against its floor measured in the
// same run.
//
//   bench_first_page --data DIR [--store postgresql://...] [--iterations N]
//
// DIR holds a data set made by gen_dataset. Three figures are measured:
//   full   ListTransactions through a real flowdeskd (in process, loopback, local
//          credentials) as an operator scoped to sales and finance: FAILED,
//          ranked by impact, 200 rows;
//   sql    the same rows read by the straight SQL query on the raw SQLite file
//          (with --store, on the PostgreSQL database, through libpq);
//   rpc    a bare gRPC round trip on the same transport carrying the very same
//          200-row response from a server that does nothing else.
// floor = sql + rpc; the target is full <= 1.5 x floor and p95(full) <= 20 ms.
// Then the error groups of the same exceptions (ListErrorGroups, by signature
// and exact), as the page's group pane asks for them.
// It then pages through every exception the operator sees (keyset paging) and
// compares the last pages with the first.

#include "auth.h"
#include "demosite.h"
#include "server.h"
#include "store.h"

#include "flowdesk/v1/session.grpc.pb.h"
#include "flowdesk/v1/transaction.grpc.pb.h"

#include "benchutil.h"

#include <grpcpp/grpcpp.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/security/server_credentials.h>
#include <sqlite3.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <set>
#include <string>
#include <vector>

namespace v1 = flowdesk::v1;
using namespace flowdesk::backend;
using Steady = std::chrono::steady_clock;

using namespace flowdesk::bench;

namespace {

// Answers every ListTransactions with one prepared response: the transport's cost.
class CannedTransactions final : public v1::TransactionService::Service {
public:
    explicit CannedTransactions(v1::ListTransactionsResponse response) : m_response(std::move(response)) {}
    grpc::Status ListTransactions(grpc::ServerContext *, const v1::ListTransactionsRequest *,
                                  v1::ListTransactionsResponse *response) override
    {
        *response = m_response;
        return grpc::Status::OK;
    }

private:
    v1::ListTransactionsResponse m_response;
};

void printRow(const char *name, const Stats &s)
{
    std::printf("  %-44s p50 %7.3f ms   p95 %7.3f ms   mean %7.3f ms\n", name, s.p50, s.p95, s.mean);
}

} // namespace

int main(int argc, char **argv)
{
    const BenchStore where = benchStore(argc, argv);
    const std::string &dir = where.dir;
    if (dir.empty()) {
        std::fprintf(stderr, "usage: bench_first_page --data DIR [--store postgresql://...] [--iterations N]\n");
        return 2;
    }
    const int iterations = argInt(argc, argv, "--iterations", 300);
    spdlog::set_level(spdlog::level::warn);

    // A scoped operator account for the benchmark.
    {
        std::string error;
        auto store = Store::open(where.location(), &error);
        if (!store) {
            std::fprintf(stderr, "bench_first_page: %s\n", error.c_str());
            return 1;
        }
        store->write([](WriteTxn &w) {
            UserRecord u;
            u.username = "bench-operator";
            u.displayName = "Benchmark operator";
            u.role = Role::Operator;
            u.domains = {"sales", "finance"};
            u.passwordHash = hashPassword("bench-operator", PasswordCost{64, 1, 1});
            u.createdAt = flowdesk::backend::Clock::system().now();
            w.upsertUser(u);
        });
    }

    BackendOptions options;
    options.dataDir = dir;
    options.store = where.uri;
    flowdesk::backend::DemoSite site(flowdesk::bench::benchSite());
    BackendServer server(options, site);
    std::string error;
    if (server.start(&error) < 0) {
        std::fprintf(stderr, "bench_first_page: %s\n", error.c_str());
        return 1;
    }
    auto channel = grpc::CreateChannel(server.address(), grpc::experimental::LocalCredentials(LOCAL_TCP));
    auto sessions = v1::SessionService::NewStub(channel);
    auto transactions = v1::TransactionService::NewStub(channel);

    std::string token;
    {
        grpc::ClientContext ctx;
        ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
        v1::LoginRequest req;
        req.set_username("bench-operator");
        req.set_password("bench-operator");
        v1::LoginResponse resp;
        const auto st = sessions->Login(&ctx, req, &resp);
        if (!st.ok()) {
            std::fprintf(stderr, "bench_first_page: login failed: %s\n", st.error_message().c_str());
            return 1;
        }
        token = resp.token();
    }

    auto request = [&](const std::string &pageToken) {
        v1::ListTransactionsRequest req;
        req.mutable_filter()->add_states(v1::FAILED);
        req.set_order_by("impact_score desc");
        req.set_page_size(200);
        req.set_page_token(pageToken);
        return req;
    };
    auto call = [&](v1::TransactionService::Stub &stub, const v1::ListTransactionsRequest &req,
                    v1::ListTransactionsResponse *resp) {
        grpc::ClientContext ctx;
        ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
        ctx.AddMetadata("authorization", "Bearer " + token);
        const auto st = stub.ListTransactions(&ctx, req, resp);
        if (!st.ok()) {
            std::fprintf(stderr, "bench_first_page: ListTransactions: %s\n", st.error_message().c_str());
            std::exit(1);
        }
    };

    v1::ListTransactionsResponse first;
    call(*transactions, request({}), &first);
    std::printf("data set: %s (%s store); operator scope sales+finance: %d exceptions, first page %d rows, %zu bytes\n",
                where.location().c_str(), where.name(), first.total_size(), first.transactions_size(), first.ByteSizeLong());

    // 1. Full path.
    const auto fullMs = timeIt(iterations, 5, [&] {
        v1::ListTransactionsResponse r;
        call(*transactions, request({}), &r);
    });

    // 2. The straight SQL query on the raw file, reading every column of every row.
    const char *sql =
        "SELECT * FROM transactions WHERE state = 5 AND lifecycle <> 0 AND lifecycle = 1 "
        "AND domain IN ('sales', 'finance') "
        "ORDER BY impact_score DESC, id DESC LIMIT 200";
    int sqlRows = 0;
    std::vector<double> sqlMs;
    if (where.postgres()) {
        // The same query through libpq on its own connection: PostgreSQL's floor.
        flowdesk::backend::pg::Connection pg(where.uri);
        const int columns = static_cast<int>(
            rawScalar(pg, "SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'transactions'"));
        auto &st = pg.prepare(sql);
        sqlMs = timeIt(iterations, 5, [&] {
            sqlRows = 0;
            std::size_t bytes = 0;
            while (st.step()) {
                ++sqlRows;
                for (int c = 0; c < columns; ++c)
                    bytes += st.view(c).size();
            }
            st.reset();
            if (bytes == 0)
                std::abort();
        });
    } else {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2((dir + "/flowdesk.db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "bench_first_page: cannot open the raw file\n");
            return 1;
        }
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "bench_first_page: %s\n", sqlite3_errmsg(db));
            return 1;
        }
        sqlMs = timeIt(iterations, 5, [&] {
            sqlRows = 0;
            const int n = sqlite3_column_count(stmt);
            std::size_t bytes = 0;
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                ++sqlRows;
                for (int c = 0; c < n; ++c)
                    bytes += static_cast<std::size_t>(sqlite3_column_bytes(stmt, c));
            }
            sqlite3_reset(stmt);
            if (bytes == 0)
                std::abort();
        });
        sqlite3_finalize(stmt);
        sqlite3_close(db);
    }
    // 3. A bare round trip carrying the same response.
    CannedTransactions canned(first);
    grpc::ServerBuilder builder;
    int barePort = 0;
    builder.AddListeningPort("127.0.0.1:0", grpc::experimental::LocalServerCredentials(LOCAL_TCP), &barePort);
    builder.RegisterService(&canned);
    auto bare = builder.BuildAndStart();
    auto bareChannel =
        grpc::CreateChannel("127.0.0.1:" + std::to_string(barePort), grpc::experimental::LocalCredentials(LOCAL_TCP));
    auto bareStub = v1::TransactionService::NewStub(bareChannel);
    const auto rpcMs = timeIt(iterations, 5, [&] {
        v1::ListTransactionsResponse r;
        call(*bareStub, request({}), &r);
    });
    bare->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(2));

    // 4. Paging through every exception the operator sees.
    // The delivery engine keeps working meanwhile (due retries of the data set
    // may fail and join the exceptions), so the check is that keyset paging never
    // repeats a row and sees at least what was there when it started.
    std::vector<double> pageMs;
    std::string pageToken;
    std::int64_t seen = 0;
    std::set<std::string> ids;
    std::int64_t repeated = 0;
    int lastTotal = first.total_size();
    do {
        v1::ListTransactionsResponse r;
        const auto t0 = Steady::now();
        call(*transactions, request(pageToken), &r);
        pageMs.push_back(std::chrono::duration<double, std::milli>(Steady::now() - t0).count());
        seen += r.transactions_size();
        for (const auto &t : r.transactions())
            repeated += ids.insert(t.id()).second ? 0 : 1;
        lastTotal = r.total_size();
        pageToken = r.next_page_token();
    } while (!pageToken.empty());

    const Stats full = stats(fullMs), sqlS = stats(sqlMs), rpc = stats(rpcMs);
    std::printf("\nfirst page of exceptions (%d rows, FAILED, ranked by impact, scoped), %d iterations\n",
                first.transactions_size(), iterations);
    printRow("full: ListTransactions via flowdeskd", full);
    printRow("floor part: straight SQL on the raw file", sqlS);
    printRow("floor part: bare gRPC round trip, same rows", rpc);
    const double floorP50 = sqlS.p50 + rpc.p50, floorP95 = sqlS.p95 + rpc.p95;
    std::printf("  floor (sql + rpc)                            p50 %7.3f ms   p95 %7.3f ms\n", floorP50, floorP95);
    std::printf("  ratio full / floor                           p50 %7.2f x    p95 %7.2f x   (target <= 1.5 x)\n",
                full.p50 / floorP50, full.p95 / floorP95);
    std::printf("  p95 of full                                  %.3f ms (target <= 20 ms)\n", full.p95);

    const std::size_t tail = std::min<std::size_t>(10, pageMs.size());
    const Stats firstPages = stats(std::vector<double>(pageMs.begin(), pageMs.begin() + tail));
    const Stats lastPages = stats(std::vector<double>(pageMs.end() - tail, pageMs.end()));
    const Stats allPages = stats(pageMs);
    std::printf("\npaging through all %lld exceptions in %zu pages of 200 (keyset paging)\n",
                static_cast<long long>(seen), pageMs.size());
    printRow("first 10 pages", firstPages);
    printRow("last 10 pages", lastPages);
    printRow("every page", allPages);
    std::printf("  ratio last / first pages                     p50 %7.2f x\n", lastPages.p50 / firstPages.p50);
    std::printf("  rows seen %lld, repeated %lld; total_size %d at the start, %d at the end\n",
                static_cast<long long>(seen), static_cast<long long>(repeated), first.total_size(), lastTotal);
    if (repeated != 0 || seen < first.total_size()) {
        std::fprintf(stderr, "keyset paging repeated or lost rows\n");
        return 1;
    }
    if (sqlRows != first.transactions_size()) {
        std::fprintf(stderr, "the SQL floor read %d rows, the page has %d\n", sqlRows, first.transactions_size());
        return 1;
    }

    // 5. The error groups of the same exceptions, as the page's group pane
    // asks for them (again every two seconds while events arrive): by
    // signature and exact.
    for (const bool exact : {false, true}) {
        int groups = 0;
        std::int64_t grouped = 0;
        const auto groupMs = timeIt(iterations, 3, [&] {
            grpc::ClientContext ctx;
            ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
            ctx.AddMetadata("authorization", "Bearer " + token);
            v1::ListErrorGroupsRequest req;
            req.mutable_filter()->add_states(v1::FAILED);
            req.set_exact(exact);
            v1::ListErrorGroupsResponse resp;
            const auto st = transactions->ListErrorGroups(&ctx, req, &resp);
            if (!st.ok()) {
                std::fprintf(stderr, "bench_first_page: ListErrorGroups: %s\n", st.error_message().c_str());
                std::exit(1);
            }
            groups = resp.groups_size();
            grouped = 0;
            for (const auto &g : resp.groups())
                grouped += g.count();
        });
        std::printf("\nerror groups of the same exceptions (%s): %d groups of %lld exceptions\n",
                    exact ? "exact" : "by signature", groups, static_cast<long long>(grouped));
        printRow("ListErrorGroups via flowdeskd", stats(groupMs));
    }

    // 6. Lists over every state (delivered history included), as the
    // Exceptions page's "All States" asks for them: the first page and the
    // fifth, in each order.
    std::printf("\nlists over every state (scoped, pages of 200), %d iterations each\n", iterations);
    for (const char *order : {"impact_score desc", "create_time desc", "amount desc", "due_time", "flow_id"}) {
        auto every = [&](const std::string &pageToken) {
            v1::ListTransactionsRequest req;
            req.set_order_by(order);
            req.set_page_size(200);
            req.set_page_token(pageToken);
            return req;
        };
        std::string fifth;
        std::int64_t total = 0;
        for (int page = 0; page < 4; ++page) {
            v1::ListTransactionsResponse r;
            call(*transactions, every(fifth), &r);
            fifth = r.next_page_token();
            total = r.total_size();
        }
        const auto firstMs = timeIt(iterations, 3, [&] {
            v1::ListTransactionsResponse r;
            call(*transactions, every({}), &r);
        });
        const auto fifthMs = timeIt(iterations, 3, [&] {
            v1::ListTransactionsResponse r;
            call(*transactions, every(fifth), &r);
            if (r.transactions_size() != 200)
                std::abort();
        });
        std::printf("  %s (%lld rows)\n", order, static_cast<long long>(total));
        printRow("first page", stats(firstMs));
        printRow("fifth page", stats(fifthMs));
    }

    server.shutdown();
    return 0;
}
