// Ingest throughput of flowdeskd: how many transactions per second the backend
// accepts and stores.
//
//   bench_ingest --data DIR [--count N] [--clients K] [--connections C] [--batch B] [--batch-clients J]
//                [--with-delivery]
//
// DIR holds a data set made by gen_dataset (it is changed: run it on a copy), so
// that every insert pays for indexes of realistic size. Two measurements:
//   - grpc: N transactions through IngestService.Submit over loopback (local
//     credentials, bearer token of a connector service account) from K client
//     threads at once (default 64), spread over C channels (connections,
//     default 8), each thread one call after the other, as the connector hosts
//     of a plant network would send them. The clients run in this process, so
//     their CPU shares the same cores and counts in the CPU figure;
//   - batch: N transactions through IngestService.SubmitBatch, B per call (at
//     most 1000, the limit of the call), from J client threads at once (default
//     4), each on a connection of its own;
//   - engine: N transactions through Engine::submitBatch in process, B per call
//     (the floor: no transport, no per-call authorisation);
//   - floor: the grpc measurement's calls to a server in this process that
//     answers each Submit at once: what the transport and the clients cost,
//     the most that single calls can reach on these cores;
//   - floor*: the same calls to a server on gRPC's callback API, which keeps
//     no thread per call: what the transport would cost such a server;
//   - single-call floor: the floor line's CPU per call plus the engine line's
//     CPU per row, spread over the machine's cores: no single call can cost
//     less than its transport and its row stored at the cheapest grouping;
//     then the same with the floor* line's transport instead;
//   - sql (SQLite): the rows the engine stored, written once more by straight
//     SQL (the same four inserts per transaction: row, payload, hop, event;
//     new keys) from one connection with the store's settings, B per commit
//     and J x B per commit: the store's own floor, without checks or transport.
// Every transaction is checked to be stored once; the same idempotency keys sent
// again must answer "duplicate" and store nothing. The delivery engine is held
// while measuring (ingest only) unless --with-delivery is given, in which case
// it delivers what arrives at the same time on the same cores.
// Target: >= 20,000 transactions per second on 2 cores.

#include "auth.h"
#include "demosite.h"
#include "server.h"
#include "store.h"

#include "flowdesk/v1/ingest.grpc.pb.h"
#include "flowdesk/v1/session.grpc.pb.h"

#include "benchutil.h"

#include <sqlite3.h>
#include <grpcpp/grpcpp.h>
#include <grpcpp/security/credentials.h>
#include <spdlog/spdlog.h>
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace v1 = flowdesk::v1;
using namespace flowdesk::backend;
using Steady = std::chrono::steady_clock;

using namespace flowdesk::bench;

namespace {


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

const char *kPlants[] = {"DE01", "FR01", "PL01", "MX01"};
const char *kCurrencies[] = {"EUR", "USD", "PLN", "MXN"};

// A sales order as the CRM sends it (crm-quote-to-order; about 400 bytes), that
// fits its flow's schema as every submission must, different for every
// transaction.
Submission makeSubmission(const std::vector<FlowDef> &flows, const std::string &run, int i)
{
    char buf[768];
    Submission s;
    s.flowId = "crm-quote-to-order";
    for (const auto &f : flows)
        if (f.id == s.flowId)
            s.flowId = f.id;
    std::snprintf(buf, sizeof buf, "IN-%s-%08d", run.c_str(), i);
    s.businessKey = buf;
    s.idempotencyKey = std::string("ingest-") + buf;
    const int quantity = 1 + i % 200;
    const int price = 1 + (i * 13) % 5000;
    std::snprintf(buf, sizeof buf,
                  "{\"order_number\":\"SO2026-%06d\",\"quote_number\":\"Q-2026-%05d\",\"customer\":{\"code\":\"C-%05d\","
                  "\"name\":\"Customer %d\"},\"order_date\":\"2026-11-20\",\"requested_date\":\"2026-12-15\","
                  "\"currency\":\"%s\",\"plant\":\"%s\",\"lines\":[{\"line_no\":1,\"product\":\"P-%04d\",\"quantity\":%d,"
                  "\"uom\":\"pcs\",\"price\":%d.00}],\"total_amount\":%d.00}",
                  i % 1000000, i % 100000, i % 5000, i % 5000, kCurrencies[i % 4], kPlants[(i / 4) % 4],
                  1000 + (i * 7) % 9000, quantity, price, quantity * price);
    s.payloadJson = buf;
    return s;
}

// An ingest service that answers every Submit at once: the transport's floor.
class BareIngest final : public v1::IngestService::Service {
public:
    grpc::Status Submit(grpc::ServerContext *, const v1::SubmitRequest *, v1::SubmitResponse *response) override
    {
        response->set_transaction_id(std::to_string(m_next.fetch_add(1) + 1));
        return grpc::Status::OK;
    }

private:
    std::atomic<std::int64_t> m_next{0};
};

// The same answer from gRPC's callback API: the call is answered on the
// thread that read it, with no thread of its own waiting for it.
class BareIngestCallback final : public v1::IngestService::CallbackService {
public:
    grpc::ServerUnaryReactor *Submit(grpc::CallbackServerContext *context, const v1::SubmitRequest *,
                                     v1::SubmitResponse *response) override
    {
        response->set_transaction_id(std::to_string(m_next.fetch_add(1) + 1));
        auto *reactor = context->DefaultReactor();
        reactor->Finish(grpc::Status::OK);
        return reactor;
    }

private:
    std::atomic<std::int64_t> m_next{0};
};

struct Figures {
    double seconds = 0;
    double cpu = 0;
    double load = 0;
    std::int64_t ok = 0;
    std::int64_t errors = 0;
};

// target: the goal in transactions per second, 0 for none.
void print(const char *what, int count, const Figures &f, int target)
{
    std::printf("  %-6s %d transactions in %.3f s -> %.0f per second; process CPU %.2f s (%.0f per CPU second);"
                " %lld errors; load average %.2f at the start",
                what, count, f.seconds, f.ok / f.seconds, f.cpu, f.ok / std::max(f.cpu, 1e-9),
                static_cast<long long>(f.errors), f.load);
    if (target > 0)
        std::printf("   (target >= %d,%03d/s)", target / 1000, target % 1000);
    std::printf("\n");
}

// The store's floor on SQLite: the rows of transactions with an id above
// `after` (and their payloads, hops and events) written again by straight SQL
// as new transactions with new keys, `perCommit` transactions per commit, on a
// connection with the store's settings. Returns the seconds it took and counts
// the rows written; the copies are removed afterwards.
struct SqlFloor {
    double seconds = 0;
    double cpu = 0;
    std::int64_t rows = 0;
    std::string error;
};

SqlFloor sqlFloor(const std::string &path, std::int64_t after, int perCommit, const std::string &tag)
{
    SqlFloor out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        out.error = "cannot open " + path;
        sqlite3_close(db);
        return out;
    }
    sqlite3_busy_timeout(db, 10000);
    sqlite3_exec(db,
                 "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; "
                 "PRAGMA cache_size = -262144; PRAGMA mmap_size = 1073741824; PRAGMA wal_autocheckpoint = 0;",
                 nullptr, nullptr, nullptr);
    auto columnsOf = [&](const char *table, const char *skip) {
        std::vector<std::string> cols;
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, (std::string("SELECT name, hidden FROM pragma_table_xinfo('") + table + "')").c_str(), -1,
                           &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW) {
            const std::string name = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
            if (sqlite3_column_int(st, 1) == 0 && name != skip)
                cols.push_back(name);
        }
        sqlite3_finalize(st);
        return cols;
    };
    auto join = [](const std::vector<std::string> &v, const char *each) {
        std::string r;
        for (const auto &c : v)
            r += (r.empty() ? "" : ", ") + (each ? std::string(each) : c);
        return r;
    };
    // The source rows, read into memory first: one row of each table per transaction.
    struct Table {
        std::vector<std::string> cols;
        int link = -1;  // the column that names the transaction
        sqlite3_stmt *insert = nullptr;
    };
    Table tx{columnsOf("transactions", "id")}, pay{columnsOf("tx_payloads", "")}, hop{columnsOf("tx_hops", "id")},
        ev{columnsOf("events", "sequence")};
    auto indexOf = [](const Table &t, const char *name) {
        for (size_t i = 0; i < t.cols.size(); ++i)
            if (t.cols[i] == name)
                return static_cast<int>(i);
        return -1;
    };
    pay.link = indexOf(pay, "tx_id");
    hop.link = indexOf(hop, "tx_id");
    ev.link = indexOf(ev, "transaction_id");
    const int keyCol = indexOf(tx, "idempotency_key"), businessCol = indexOf(tx, "business_key");
    using Row = std::vector<sqlite3_value *>;
    auto readRows = [&](const Table &t, const std::string &sql) {
        std::vector<Row> rows;
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr);
        sqlite3_bind_int64(st, 1, after);
        while (sqlite3_step(st) == SQLITE_ROW) {
            Row r;
            for (int i = 0; i < static_cast<int>(t.cols.size()); ++i)
                r.push_back(sqlite3_value_dup(sqlite3_column_value(st, i)));
            rows.push_back(std::move(r));
        }
        sqlite3_finalize(st);
        return rows;
    };
    const auto txRows = readRows(tx, "SELECT " + join(tx.cols, nullptr) + " FROM transactions WHERE id > ? ORDER BY id");
    const auto payRows = readRows(pay, "SELECT " + join(pay.cols, nullptr) + " FROM tx_payloads WHERE tx_id > ? ORDER BY tx_id");
    const auto hopRows = readRows(hop, "SELECT " + join(hop.cols, nullptr) + " FROM tx_hops WHERE tx_id > ? ORDER BY tx_id, id");
    const auto evRows = readRows(ev, "SELECT " + join(ev.cols, nullptr) +
                                         " FROM events WHERE transaction_id > ? AND action = 'received' ORDER BY transaction_id");
    if (txRows.empty() || txRows.size() != payRows.size() || txRows.size() != hopRows.size() ||
        txRows.size() != evRows.size()) {
        out.error = "the engine's rows are not one of each per transaction";
    } else {
        for (Table *t : {&tx, &pay, &hop, &ev}) {
            const char *name = t == &tx ? "transactions" : t == &pay ? "tx_payloads" : t == &hop ? "tx_hops" : "events";
            const std::string sql = std::string("INSERT INTO ") + name + " (" + join(t->cols, nullptr) + ") VALUES (" +
                                    join(t->cols, "?") + ")";
            sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &t->insert, nullptr);
        }
        auto insert = [&](Table &t, const Row &r, std::int64_t txId, const std::string *key, const std::string *business) {
            for (int i = 0; i < static_cast<int>(r.size()); ++i) {
                if (i == t.link)
                    sqlite3_bind_int64(t.insert, i + 1, txId);
                else if (key && i == keyCol)
                    sqlite3_bind_text(t.insert, i + 1, key->data(), static_cast<int>(key->size()), SQLITE_STATIC);
                else if (business && i == businessCol)
                    sqlite3_bind_text(t.insert, i + 1, business->data(), static_cast<int>(business->size()),
                                      SQLITE_STATIC);
                else
                    sqlite3_bind_value(t.insert, i + 1, r[static_cast<size_t>(i)]);
            }
            const int rc = sqlite3_step(t.insert);
            sqlite3_reset(t.insert);
            return rc == SQLITE_DONE;
        };
        std::vector<std::string> keys(txRows.size()), businessKeys(txRows.size());
        for (size_t i = 0; i < txRows.size(); ++i) {
            keys[i] = tag + "-" + reinterpret_cast<const char *>(sqlite3_value_text(txRows[i][static_cast<size_t>(keyCol)]));
            businessKeys[i] =
                tag + "-" + reinterpret_cast<const char *>(sqlite3_value_text(txRows[i][static_cast<size_t>(businessCol)]));
        }
        const std::int64_t firstCopy = [&] {
            sqlite3_stmt *st = nullptr;
            sqlite3_prepare_v2(db, "SELECT COALESCE(MAX(id), 0) + 1 FROM transactions", -1, &st, nullptr);
            sqlite3_step(st);
            const std::int64_t v = sqlite3_column_int64(st, 0);
            sqlite3_finalize(st);
            return v;
        }();
        const double cpu0 = cpuSeconds();
        const auto t0 = Steady::now();
        bool ok = true;
        for (size_t start = 0; start < txRows.size() && ok; start += static_cast<size_t>(perCommit)) {
            ok = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
            for (size_t i = start; ok && i < std::min(txRows.size(), start + static_cast<size_t>(perCommit)); ++i) {
                ok = insert(tx, txRows[i], 0, &keys[i], &businessKeys[i]);
                const std::int64_t id = sqlite3_last_insert_rowid(db);
                ok = ok && insert(pay, payRows[i], id, nullptr, nullptr) && insert(hop, hopRows[i], id, nullptr, nullptr) &&
                     insert(ev, evRows[i], id, nullptr, nullptr);
                out.rows += ok ? 1 : 0;
            }
            ok = sqlite3_exec(db, ok ? "COMMIT" : "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK && ok;
        }
        out.seconds = std::chrono::duration<double>(Steady::now() - t0).count();
        out.cpu = cpuSeconds() - cpu0;
        if (!ok)
            out.error = sqlite3_errmsg(db);
        // The copies go again, so that the next measurement starts from the same rows.
        const std::string drop = "BEGIN IMMEDIATE; DELETE FROM events WHERE transaction_id >= " + std::to_string(firstCopy) +
                                 "; DELETE FROM transactions WHERE id >= " + std::to_string(firstCopy) + "; COMMIT;";
        sqlite3_exec(db, drop.c_str(), nullptr, nullptr, nullptr);
        for (Table *t : {&tx, &pay, &hop, &ev})
            sqlite3_finalize(t->insert);
    }
    for (const auto *rows : {&txRows, &payRows, &hopRows, &evRows})
        for (const auto &r : *rows)
            for (auto *v : r)
                sqlite3_value_free(v);
    sqlite3_close(db);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    const BenchStore where = benchStore(argc, argv);
    const std::string &dir = where.dir;
    if (dir.empty()) {
        std::fprintf(stderr, "usage: bench_ingest --data DIR [--store postgresql://...] [--count N] [--clients K] [--batch B] [--batch-clients J] [--with-delivery]\n"
                             "       (DIR is a gen_dataset folder and is changed: use a copy)\n");
        return 2;
    }
    const int count = std::max(1, argInt(argc, argv, "--count", 100000));
    const int clients = std::max(1, argInt(argc, argv, "--clients", 64));
    const int connections = std::clamp(argInt(argc, argv, "--connections", 8), 1, clients);
    const int batch = std::max(1, argInt(argc, argv, "--batch", 1000));
    const int batchClients = std::max(1, argInt(argc, argv, "--batch-clients", 4));
    const bool withDelivery = argFlag(argc, argv, "--with-delivery");
    spdlog::set_level(spdlog::level::warn);

    {
        std::string error;
        auto store = Store::open(where.location(), &error);
        if (!store) {
            std::fprintf(stderr, "bench_ingest: %s\n", error.c_str());
            return 1;
        }
        if (store->listFlows().empty()) {
            std::fprintf(stderr, "bench_ingest: %s has no flows; make it with gen_dataset\n", dir.c_str());
            return 1;
        }
        store->write([](WriteTxn &w) {
            UserRecord u;
            u.username = "bench-connector";
            u.displayName = "Benchmark connector host";
            u.role = Role::Connector;
            u.passwordHash = hashPassword("bench-connector", PasswordCost{64, 1, 1});
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
        std::fprintf(stderr, "bench_ingest: %s\n", error.c_str());
        return 1;
    }
    if (!withDelivery)
        server.engine().holdClaims();
    const std::vector<FlowDef> flows = server.store().listFlows();
    const std::string run = std::to_string(flowdesk::backend::Clock::system().now() % 100000000);

    std::string token;
    {
        auto channel = grpc::CreateChannel(server.address(), grpc::experimental::LocalCredentials(LOCAL_TCP));
        auto sessions = v1::SessionService::NewStub(channel);
        grpc::ClientContext ctx;
        ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
        v1::LoginRequest req;
        req.set_username("bench-connector");
        req.set_password("bench-connector");
        v1::LoginResponse resp;
        const auto st = sessions->Login(&ctx, req, &resp);
        if (!st.ok()) {
            std::fprintf(stderr, "bench_ingest: login failed: %s\n", st.error_message().c_str());
            return 1;
        }
        token = resp.token();
    }

    const auto raw = rawConnection(where);
    auto scalar = [&](const std::string &sql) { return rawScalar(*raw, sql); };
    const std::int64_t idBefore = scalar("SELECT COALESCE(MAX(id), 0) FROM transactions");

    // ---- grpc: K connector hosts at once ----
    std::vector<v1::SubmitRequest> requests(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        const Submission s = makeSubmission(flows, run + "g", i);
        auto &r = requests[static_cast<std::size_t>(i)];
        r.set_flow_id(s.flowId);
        r.set_business_key(s.businessKey);
        r.set_idempotency_key(s.idempotencyKey);
        r.set_payload_json(s.payloadJson);
    }
    auto sendAll = [&](int from, int to, Figures &f, const std::string &address) {
        std::vector<std::shared_ptr<grpc::Channel>> channels;
        for (int c = 0; c < connections; ++c) {
            grpc::ChannelArguments args;
            args.SetInt("flowdesk.bench.connection", c);  // a connection of its own
            channels.push_back(grpc::CreateCustomChannel(address, grpc::experimental::LocalCredentials(LOCAL_TCP), args));
        }
        std::vector<std::thread> threads;
        std::atomic<std::int64_t> ok{0}, errors{0}, duplicates{0};
        std::string firstError;
        std::mutex errorMutex;
        f.load = loadAverage();
        const double cpu0 = cpuSeconds();
        const auto t0 = Steady::now();
        for (int c = 0; c < clients; ++c) {
            threads.emplace_back([&, c] {
                auto ingest = v1::IngestService::NewStub(channels[static_cast<std::size_t>(c % connections)]);
                for (int i = from + c; i < to; i += clients) {
                    grpc::ClientContext ctx;
                    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
                    ctx.AddMetadata("authorization", "Bearer " + token);
                    v1::SubmitResponse resp;
                    const auto st = ingest->Submit(&ctx, requests[static_cast<std::size_t>(i)], &resp);
                    if (st.ok()) {
                        ++ok;
                        duplicates += resp.duplicate() ? 1 : 0;
                    } else {
                        ++errors;
                        std::lock_guard lock(errorMutex);
                        if (firstError.empty())
                            firstError = st.error_message();
                    }
                }
            });
        }
        for (auto &t : threads)
            t.join();
        f.seconds = std::chrono::duration<double>(Steady::now() - t0).count();
        f.cpu = cpuSeconds() - cpu0;
        f.ok = ok;
        f.errors = errors;
        if (!firstError.empty())
            std::fprintf(stderr, "bench_ingest: first error: %s\n", firstError.c_str());
        return duplicates.load();
    };
    // The floor of single calls: the same calls from the same clients to a
    // server in this process that answers each at once (no session check, no
    // validation, no store), built as flowdeskd builds its own.
    Figures floorFigures;
    // Sends the calls to `service` on a server of its own in this process.
    auto sendToBare = [&](grpc::Service &service, bool threadPerCall, Figures &f) {
        grpc::ServerBuilder builder;
        int barePort = 0;
        builder.AddListeningPort("127.0.0.1:0", grpc::experimental::LocalServerCredentials(LOCAL_TCP), &barePort);
        builder.SetMaxReceiveMessageSize(4 * 1024 * 1024);
        if (threadPerCall)
            keepCallThreads(builder);
        builder.RegisterService(&service);
        auto bareServer = builder.BuildAndStart();
        if (!bareServer)
            return false;
        sendAll(0, count, f, "127.0.0.1:" + std::to_string(barePort));
        bareServer->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(2));
        return true;
    };
    BareIngest bare;
    // The same with the callback API: what the transport would cost a server
    // that keeps no thread per call.
    BareIngestCallback bareCallback;
    Figures callbackFigures;
    if (!sendToBare(bare, true, floorFigures) || !sendToBare(bareCallback, false, callbackFigures)) {
        std::fprintf(stderr, "bench_ingest: a bare server did not start\n");
        return 1;
    }

    Figures grpcFigures;
    const std::int64_t grpcDuplicates = sendAll(0, count, grpcFigures, server.address());
    const std::int64_t afterGrpc = scalar("SELECT COUNT(*) FROM transactions WHERE id > " + std::to_string(idBefore));

    // The same keys again: every answer a duplicate, nothing stored.
    Figures again;
    const int repeat = std::min(count, 2000);
    const std::int64_t repeatDuplicates = sendAll(0, repeat, again, server.address());
    const std::int64_t afterRepeat =
        scalar("SELECT COUNT(*) FROM transactions WHERE id > " + std::to_string(idBefore));

    // ---- batch: IngestService.SubmitBatch, B per call, J calls at once ----
    const int perCall = std::min(batch, 1000);
    std::vector<v1::SubmitBatchRequest> batchRequests;
    for (int start = 0; start < count; start += perCall) {
        v1::SubmitBatchRequest b;
        for (int i = start; i < std::min(count, start + perCall); ++i) {
            const Submission s = makeSubmission(flows, run + "b", i);
            auto *r = b.add_submissions();
            r->set_flow_id(s.flowId);
            r->set_business_key(s.businessKey);
            r->set_idempotency_key(s.idempotencyKey);
            r->set_payload_json(s.payloadJson);
        }
        batchRequests.push_back(std::move(b));
    }
    auto sendBatches = [&](std::size_t calls, Figures &f) {
        std::vector<std::thread> threads;
        std::atomic<std::int64_t> ok{0}, errors{0}, duplicates{0};
        std::string firstError;
        std::mutex errorMutex;
        std::vector<std::shared_ptr<grpc::Channel>> channels;
        for (int c = 0; c < batchClients; ++c) {
            grpc::ChannelArguments args;
            args.SetInt("flowdesk.bench.connection", 100 + c);
            args.SetMaxReceiveMessageSize(64 * 1024 * 1024);
            args.SetMaxSendMessageSize(64 * 1024 * 1024);
            channels.push_back(grpc::CreateCustomChannel(server.address(),
                                                         grpc::experimental::LocalCredentials(LOCAL_TCP), args));
        }
        f.load = loadAverage();
        const double cpu0 = cpuSeconds();
        const auto t0 = Steady::now();
        for (int c = 0; c < batchClients; ++c) {
            threads.emplace_back([&, c] {
                auto ingest = v1::IngestService::NewStub(channels[static_cast<std::size_t>(c)]);
                for (std::size_t i = static_cast<std::size_t>(c); i < calls; i += static_cast<std::size_t>(batchClients)) {
                    grpc::ClientContext ctx;
                    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(60));
                    ctx.AddMetadata("authorization", "Bearer " + token);
                    v1::SubmitBatchResponse resp;
                    const auto st = ingest->SubmitBatch(&ctx, batchRequests[i], &resp);
                    if (!st.ok()) {
                        errors += batchRequests[i].submissions_size();
                        std::lock_guard lock(errorMutex);
                        if (firstError.empty())
                            firstError = st.error_message();
                        continue;
                    }
                    for (const auto &r : resp.results()) {
                        if (r.error_code() != 0) {
                            ++errors;
                            std::lock_guard lock(errorMutex);
                            if (firstError.empty())
                                firstError = r.error_message();
                        } else {
                            ++ok;
                            duplicates += r.duplicate() ? 1 : 0;
                        }
                    }
                }
            });
        }
        for (auto &t : threads)
            t.join();
        f.seconds = std::chrono::duration<double>(Steady::now() - t0).count();
        f.cpu = cpuSeconds() - cpu0;
        f.ok = ok;
        f.errors = errors;
        if (!firstError.empty())
            std::fprintf(stderr, "bench_ingest: first batch error: %s\n", firstError.c_str());
        return duplicates.load();
    };
    Figures batchFigures;
    const std::int64_t batchDuplicates = sendBatches(batchRequests.size(), batchFigures);
    const std::int64_t afterBatch =
        scalar("SELECT COUNT(*) FROM transactions WHERE id > " + std::to_string(idBefore));
    // The first batches again: every answer a duplicate, nothing stored.
    Figures batchAgain;
    const std::size_t repeatCalls = std::min<std::size_t>(batchRequests.size(), 2);
    std::int64_t repeatBatchItems = 0;
    for (std::size_t i = 0; i < repeatCalls; ++i)
        repeatBatchItems += batchRequests[i].submissions_size();
    const std::int64_t repeatBatchDuplicates = sendBatches(repeatCalls, batchAgain);
    const std::int64_t afterBatchRepeat =
        scalar("SELECT COUNT(*) FROM transactions WHERE id > " + std::to_string(idBefore));

    // ---- engine: in process, B per call ----
    std::vector<std::vector<Submission>> batches;
    for (int start = 0; start < count; start += batch) {
        std::vector<Submission> b;
        for (int i = start; i < std::min(count, start + batch); ++i)
            b.push_back(makeSubmission(flows, run + "e", i));
        batches.push_back(std::move(b));
    }
    const std::int64_t idBeforeEngine = scalar("SELECT COALESCE(MAX(id), 0) FROM transactions");
    Figures engineFigures;
    engineFigures.load = loadAverage();
    {
        const double cpu0 = cpuSeconds();
        const auto t0 = Steady::now();
        for (const auto &b : batches) {
            for (const auto &r : server.engine().submitBatch(b)) {
                if (r.status == SubmitResult::Status::Ok)
                    ++engineFigures.ok;
                else
                    ++engineFigures.errors;
            }
        }
        engineFigures.seconds = std::chrono::duration<double>(Steady::now() - t0).count();
        engineFigures.cpu = cpuSeconds() - cpu0;
    }
    const std::int64_t afterEngine =
        scalar("SELECT COUNT(*) FROM transactions WHERE id > " + std::to_string(idBefore));

    // ---- sql: the store's floor, the engine's rows written again by straight SQL ----
    std::vector<std::pair<int, SqlFloor>> floors;
    if (!where.postgres()) {
        for (const int perCommit : {batch, batch * batchClients})
            floors.emplace_back(perCommit, sqlFloor(dir + "/flowdesk.db", idBeforeEngine, perCommit,
                                                    "floor" + std::to_string(perCommit)));
    }

    std::printf("ingest into %s (%s store, %lld transactions before), %d client(s) on %d connection(s), batches of %d,"
                " delivery engine %s\n",
                where.location().c_str(), where.name(), static_cast<long long>(idBefore), clients, connections, batch,
                withDelivery ? "delivering meanwhile" : "held");
    print("grpc", count, grpcFigures, 10000);
    std::printf("         one Submit call per transaction\n");
    print("floor", count, floorFigures, 0);
    std::printf("         the same Submit calls to a server that answers each at once: the most single calls reach\n"
                "         on these cores (grpc / floor %.2f x)\n",
                (grpcFigures.ok / grpcFigures.seconds) / (floorFigures.ok / std::max(floorFigures.seconds, 1e-9)));
    print("floor*", count, callbackFigures, 0);
    std::printf("         the same answers from gRPC's callback API (no thread per call)\n");
    std::printf("         stored %lld (expected %d), %lld answered as duplicates\n",
                static_cast<long long>(afterGrpc), count, static_cast<long long>(grpcDuplicates));
    std::printf("         same %d idempotency keys again: %lld duplicates, %lld new rows\n", repeat,
                static_cast<long long>(repeatDuplicates), static_cast<long long>(afterRepeat - afterGrpc));
    print("batch", count, batchFigures, 20000);
    std::printf("         %d per SubmitBatch call, %d call(s) at once; stored %lld (expected %d), %lld answered as"
                " duplicates\n",
                perCall, batchClients, static_cast<long long>(afterBatch - afterRepeat), count,
                static_cast<long long>(batchDuplicates));
    std::printf("         same %lld idempotency keys again: %lld duplicates, %lld new rows\n",
                static_cast<long long>(repeatBatchItems), static_cast<long long>(repeatBatchDuplicates),
                static_cast<long long>(afterBatchRepeat - afterBatch));
    print("engine", count, engineFigures, 20000);
    std::printf("         stored %lld (expected %d)\n", static_cast<long long>(afterEngine - afterBatchRepeat), count);
    {
        // The floor of single calls on these cores: each call costs at least
        // what the transport and the clients cost (the floor line's CPU per
        // call) plus what storing its row costs when rows are stored B at a
        // time (the engine line's CPU per row); no more cores than the
        // machine's can share that work.
        const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
        const double perCall = floorFigures.cpu / std::max<double>(floorFigures.ok, 1)
            + engineFigures.cpu / std::max<double>(engineFigures.ok, 1);
        const double most = cores / std::max(perCall, 1e-9);
        std::printf("  single-call floor: %.0f us of CPU per call (transport %.0f + engine %.0f) on %u cores: at most"
                    " %.0f per second\n"
                    "         (grpc / this floor %.2f x)\n",
                    perCall * 1e6, floorFigures.cpu / std::max<double>(floorFigures.ok, 1) * 1e6,
                    engineFigures.cpu / std::max<double>(engineFigures.ok, 1) * 1e6, cores, most,
                    (grpcFigures.ok / std::max(grpcFigures.seconds, 1e-9)) / most);
        // The same with the transport of a server on the callback API.
        const double callbackPerCall = callbackFigures.cpu / std::max<double>(callbackFigures.ok, 1)
            + engineFigures.cpu / std::max<double>(engineFigures.ok, 1);
        std::printf("  with the callback API's transport (floor*): %.0f us of CPU per call (transport %.0f + engine"
                    " %.0f): at most %.0f per second\n",
                    callbackPerCall * 1e6, callbackFigures.cpu / std::max<double>(callbackFigures.ok, 1) * 1e6,
                    engineFigures.cpu / std::max<double>(engineFigures.ok, 1) * 1e6,
                    cores / std::max(callbackPerCall, 1e-9));
    }
    bool floorsOk = true;
    for (const auto &[perCommit, f] : floors) {
        if (!f.error.empty()) {
            std::printf("  sql    %d per commit: %s\n", perCommit, f.error.c_str());
            floorsOk = false;
            continue;
        }
        std::printf("  sql    %lld transactions in %.3f s -> %.0f per second; CPU %.2f s (%.0f per CPU second); %d per "
                    "commit\n",
                    static_cast<long long>(f.rows), f.seconds, static_cast<double>(f.rows) / std::max(f.seconds, 1e-9),
                    f.cpu, static_cast<double>(f.rows) / std::max(f.cpu, 1e-9), perCommit);
        floorsOk = floorsOk && f.rows == afterEngine - afterBatchRepeat;
    }
    if (!floors.empty())
        std::printf("         the engine's rows written again by straight SQL (row, payload, hop, event; new keys) on\n"
                    "         one connection with the store's settings: the store's floor without checks or transport\n");

    if (!withDelivery)
        server.engine().releaseClaims();
    server.shutdown();
    const bool ok = afterGrpc == count && grpcFigures.errors == 0 && grpcDuplicates == 0
        && repeatDuplicates == repeat && afterRepeat == afterGrpc && afterBatch - afterRepeat == count
        && batchFigures.errors == 0 && batchDuplicates == 0 && repeatBatchDuplicates == repeatBatchItems
        && afterBatchRepeat == afterBatch && afterEngine - afterBatchRepeat == count && engineFigures.errors == 0
        && floorsOk;
    return ok ? 0 : 1;
}
