// Dashboards: the rollups equal the same aggregate computed from the rows, every
// answer stays within the caller's plants or domains, tiles get the colour their
// thresholds say, time series snap to the rollup buckets and the stuck list pages
// in deadline order.

#include "apitestutil.h"
#include "catalogue.h"
#include "mapping.h"
#include "store.h"

#include <QTest>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <map>
#include <set>
#include <tuple>

namespace v1 = flowdesk::v1;
using namespace flowdesk::backend;
using apitest::prepare;

namespace {

constexpr std::int64_t kMinute = 60 * 1000;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kDay = 24 * kHour;

FlowDef demoFlow(const std::string &id)
{
    for (const auto &f : demoFlows())
        if (f.id == id)
            return f;
    qFatal("no demo flow %s", id.c_str());
}

// A transaction as the engine would have left it, for constructed cases.
Transaction makeTx(const std::string &flowId, const std::string &plant, TxState state, TimeMs createdAt)
{
    static int serial = 0;
    const FlowDef f = demoFlow(flowId);
    Transaction t;
    t.flowId = f.id;
    t.domain = f.domain;
    t.sourceSystem = f.sourceSystem;
    t.targetSystem = f.targetSystem;
    t.businessObjectType = f.businessObjectType;
    t.plant = plant;
    t.state = state;
    t.businessKey = "BK-" + std::to_string(++serial);
    t.correlationId = "COR-" + std::to_string(serial);
    t.counterparty = "Brandt Maschinenbau GmbH";
    t.amountMinor = 10000 + serial;
    t.currency = "EUR";
    t.createdAt = createdAt;
    t.updatedAt = createdAt;
    t.slaDeadline = createdAt + f.slaSeconds * 1000;
    t.payloadJson = "{}";
    t.attempts = 1;
    if (state == TxState::Delivered) {
        t.deliveredAt = createdAt + 1500;
        t.updatedAt = t.deliveredAt;
    } else if (state == TxState::Failed) {
        t.error = TxError{ErrorCategory::MasterData, "UNKNOWN_CUSTOMER", "Customer C-1 does not exist",
                          f.id + "|UNKNOWN_CUSTOMER|Customer <id> does not exist", "HTTP 422", createdAt + 1000, "", "", ""};
        t.triage = TriageStatus::New;
    } else if (state == TxState::RetryScheduled) {
        // Not due before the test ends: the engine leaves it alone.
        t.nextAttemptAt = createdAt + 30 * kDay;
        t.attempts = 2;
        t.error = TxError{ErrorCategory::Connectivity, "TIMEOUT", "Target did not answer", f.id + "|TIMEOUT|x",
                          "", createdAt + 1000, "", "", ""};
    }
    return t;
}

void insertAll(Store &store, std::vector<Transaction> &rows)
{
    store.write([&](WriteTxn &w) {
        for (auto &t : rows)
            w.insertTransaction(t);
    });
}

class RawDb {
public:
    // The store's SQLite file, or its PostgreSQL database's URI.
    explicit RawDb(const std::string &path)
    {
        if (path.rfind("postgresql://", 0) == 0)
            m_pg = PQconnectdb(path.c_str());
        else
            sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
    }
    ~RawDb()
    {
        if (m_pg)
            PQfinish(m_pg);
        else
            sqlite3_close(m_db);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool exec(const std::string &sql)
    {
        if (m_pg) {
            PGresult *r = PQexec(m_pg, sql.c_str());
            const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
            if (!ok)
                qWarning("%s", PQresultErrorMessage(r));
            PQclear(r);
            return ok;
        }
        char *err = nullptr;
        const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &err);
        if (err) {
            qWarning("%s", err);
            sqlite3_free(err);
        }
        return rc == SQLITE_OK;
    }
    // Every row as text columns.
    std::vector<std::vector<std::string>> rows(const std::string &sql)
    {
        std::vector<std::vector<std::string>> out;
        if (m_pg) {
            PGresult *r = PQexec(m_pg, sql.c_str());
            if (PQresultStatus(r) != PGRES_TUPLES_OK)
                qWarning("%s", PQresultErrorMessage(r));
            else
                for (int i = 0; i < PQntuples(r); ++i) {
                    std::vector<std::string> row;
                    for (int j = 0; j < PQnfields(r); ++j)
                        row.emplace_back(PQgetvalue(r, i, j));
                    out.push_back(std::move(row));
                }
            PQclear(r);
            return out;
        }
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &s, nullptr) != SQLITE_OK) {
            qWarning("%s", sqlite3_errmsg(m_db));
            return out;
        }
        while (sqlite3_step(s) == SQLITE_ROW) {
            std::vector<std::string> row;
            for (int i = 0; i < sqlite3_column_count(s); ++i) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
                row.emplace_back(text ? text : "");
            }
            out.push_back(std::move(row));
        }
        sqlite3_finalize(s);
        return out;
    }

private:
    sqlite3 *m_db = nullptr;
    PGconn *m_pg = nullptr;
};

// flow, plant, domain, bucket -> received, delivered, failed, retried, value failed, latency histogram
using Key = std::tuple<std::string, std::string, std::string, std::int64_t>;
struct Agg {
    std::int64_t received = 0, delivered = 0, failed = 0, retried = 0, valueFailed = 0;
    std::map<int, std::int64_t> latency;
    bool operator==(const Agg &o) const
    {
        return received == o.received && delivered == o.delivered && failed == o.failed && retried == o.retried
            && valueFailed == o.valueFailed && latency == o.latency;
    }
};

std::string describe(const Key &k, const Agg &a)
{
    std::string out = std::get<0>(k) + "/" + std::get<1>(k) + "/" + std::get<2>(k) + "@" + std::to_string(std::get<3>(k))
        + ": received " + std::to_string(a.received) + " delivered " + std::to_string(a.delivered) + " failed "
        + std::to_string(a.failed) + " retried " + std::to_string(a.retried) + " value " + std::to_string(a.valueFailed)
        + " latency";
    for (const auto &[bin, n] : a.latency)
        out += " " + std::to_string(bin) + ":" + std::to_string(n);
    return out;
}

// The straight GROUP BY over the raw table at one grain (the histogram binned in
// C++ from the same rows).
std::map<Key, Agg> straightAggregate(RawDb &raw, std::int64_t grain)
{
    std::map<Key, Agg> out;
    const std::string g = std::to_string(grain);
    for (const auto &r : raw.rows("SELECT flow_id, plant, domain, created_at - (created_at % " + g + ") AS b, COUNT(*), "
                                  "SUM(CASE WHEN state = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN state = 5 THEN 1 ELSE 0 END), "
                                  "SUM(CASE WHEN attempts > 1 OR state = 4 THEN 1 ELSE 0 END), "
                                  "SUM(CASE WHEN state = 5 THEN amount_minor ELSE 0 END) "
                                  "FROM transactions GROUP BY 1, 2, 3, 4")) {
        Agg &a = out[Key{r[0], r[1], r[2], std::stoll(r[3])}];
        a.received = std::stoll(r[4]);
        a.delivered = std::stoll(r[5]);
        a.failed = std::stoll(r[6]);
        a.retried = std::stoll(r[7]);
        a.valueFailed = std::stoll(r[8]);
    }
    for (const auto &r : raw.rows("SELECT flow_id, plant, domain, created_at - (created_at % " + g + "), "
                                  "delivered_at - created_at FROM transactions WHERE state = 3 AND delivered_at > 0"))
        out[Key{r[0], r[1], r[2], std::stoll(r[3])}].latency[latencyBin(std::stoll(r[4]))] += 1;
    return out;
}

// A rollup row's figures, its empty latency bins left out.
Agg aggOf(const RollupRow &r)
{
    Agg a;
    a.received = r.received;
    a.delivered = r.delivered;
    a.failed = r.failed;
    a.retried = r.retried;
    a.valueFailed = r.valueFailedMinor;
    for (const auto &[bin, n] : r.latency)
        if (n != 0)
            a.latency[bin] = n;
    return a;
}

std::map<Key, Agg> rolledUp(Store &store, std::int64_t grain)
{
    std::map<Key, Agg> out;
    for (const auto &r : store.rollupRows(TxFilter(), grain, 0, std::numeric_limits<std::int64_t>::max()))
        out[Key{r.flowId, r.plant, r.domain, r.bucket}] = aggOf(r);
    return out;
}

// The hours over every plant, as a series reads them (from the rollup per
// flow), against the rows.
void compareFlowHours(Store &store, RawDb &raw)
{
    const std::int64_t hour = kRollupGrainsMs[1];
    using FlowHour = std::pair<std::string, std::int64_t>;
    std::map<FlowHour, Agg> expected;
    for (const auto &[key, agg] : straightAggregate(raw, hour)) {
        Agg &e = expected[FlowHour{std::get<0>(key), std::get<3>(key)}];
        e.received += agg.received;
        e.delivered += agg.delivered;
        e.failed += agg.failed;
        e.retried += agg.retried;
        e.valueFailed += agg.valueFailed;
        for (const auto &[bin, n] : agg.latency)
            e.latency[bin] += n;
    }
    QVERIFY(!expected.empty());
    std::int64_t from = std::numeric_limits<std::int64_t>::max();
    std::int64_t to = std::numeric_limits<std::int64_t>::min();
    for (const auto &[key, agg] : expected) {
        from = std::min(from, key.second);
        to = std::max(to, key.second + hour);
    }
    std::map<FlowHour, Agg> actual;
    for (const auto &r : store.rollupSeries(TxFilter(), from, to, hour))
        actual[FlowHour{r.flowId, r.bucket}] = aggOf(r);
    for (const auto &[key, agg] : expected) {
        const Key k{key.first, "*", "*", key.second};
        const auto it = actual.find(key);
        QVERIFY2(it != actual.end(), ("missing hour " + describe(k, agg)).c_str());
        QVERIFY2(it->second == agg, ("hour " + describe(k, it->second) + " but rows say " + describe(k, agg)).c_str());
    }
    for (const auto &[key, agg] : actual)
        QVERIFY2(expected.count(key), ("hour without rows " + describe(Key{key.first, "*", "*", key.second}, agg)).c_str());
}

void compareRollups(Store &store, RawDb &raw)
{
    for (const std::int64_t grain : kRollupGrainsMs) {
        const auto expected = straightAggregate(raw, grain);
        const auto actual = rolledUp(store, grain);
        QVERIFY(!expected.empty());
        for (const auto &[key, agg] : expected) {
            const auto it = actual.find(key);
            QVERIFY2(it != actual.end(), ("missing rollup " + describe(key, agg)).c_str());
            QVERIFY2(it->second == agg, ("rollup " + describe(key, it->second) + " but rows say " + describe(key, agg)).c_str());
        }
        for (const auto &[key, agg] : actual)
            QVERIFY2(expected.count(key), ("rollup without rows " + describe(key, agg)).c_str());
    }
    compareFlowHours(store, raw);
}

std::int64_t sumOf(const v1::GetFlowHealthResponse &r, std::int64_t (v1::FlowHealth::*field)() const)
{
    std::int64_t n = 0;
    for (const auto &h : r.flows())
        n += (h.*field)();
    return n;
}

} // namespace

class DashboardTest : public QObject {
    Q_OBJECT

private:
    v1::GetFlowHealthResponse health(apitest::TestServer &server, const std::string &token,
                                     v1::GetFlowHealthRequest request = {})
    {
        auto dash = server.stub<v1::DashboardService>();
        grpc::ClientContext ctx;
        prepare(ctx, token);
        v1::GetFlowHealthResponse out;
        const grpc::Status st = dash->GetFlowHealth(&ctx, request, &out);
        if (!st.ok())
            qWarning("GetFlowHealth: %s", st.error_message().c_str());
        return out;
    }

    const v1::FlowHealth *tile(const v1::GetFlowHealthResponse &r, const std::string &flowId)
    {
        for (const auto &h : r.flows())
            if (h.flow_id() == flowId)
                return &h;
        return nullptr;
    }
    // The tile points into the response: a temporary one would be gone before it is read.
    const v1::FlowHealth *tile(const v1::GetFlowHealthResponse &&r, const std::string &flowId) = delete;

    grpc::Status series(apitest::TestServer &server, const std::string &token, const v1::GetTimeSeriesRequest &request,
                        v1::GetTimeSeriesResponse *out)
    {
        auto dash = server.stub<v1::DashboardService>();
        grpc::ClientContext ctx;
        prepare(ctx, token);
        return dash->GetTimeSeries(&ctx, request, out);
    }

    grpc::Status stuck(apitest::TestServer &server, const std::string &token, const v1::ListStuckRequest &request,
                       v1::ListStuckResponse *out, const std::string &language = {})
    {
        auto dash = server.stub<v1::DashboardService>();
        grpc::ClientContext ctx;
        prepare(ctx, token);
        if (!language.empty())
            ctx.AddMetadata("accept-language", language);
        return dash->ListStuck(&ctx, request, out);
    }

private slots:
    void rollupsEqualStraightAggregateAfterMixedChanges()
    {
        apitest::TestServer server;
        QVERIFY(server.start({300}));
        const std::string operatorToken = server.loginDemo("operator");
        QVERIFY(!operatorToken.empty());
        auto tx = server.stub<v1::TransactionService>();

        // Humans at work: resubmit some exceptions, discard and resolve others.
        v1::ListTransactionsResponse failed;
        {
            grpc::ClientContext ctx;
            prepare(ctx, operatorToken);
            v1::ListTransactionsRequest req;
            req.mutable_filter()->add_states(v1::FAILED);
            req.set_page_size(30);
            QVERIFY(tx->ListTransactions(&ctx, req, &failed).ok());
        }
        QVERIFY2(failed.transactions_size() >= 3, "the seeded history has exceptions in sales and finance");
        int i = 0;
        for (const auto &t : failed.transactions()) {
            grpc::ClientContext ctx;
            prepare(ctx, operatorToken);
            v1::Transaction out;
            grpc::Status st;
            if (i % 3 == 0) {
                v1::ResubmitRequest req;
                req.set_id(t.id());
                req.set_expected_version(t.version());
                req.set_request_id("dash-resubmit-" + t.id());
                st = tx->Resubmit(&ctx, req, &out);
            } else if (i % 3 == 1) {
                v1::DiscardRequest req;
                req.set_id(t.id());
                req.set_reason("Duplicate of an order entered by hand");
                req.set_request_id("dash-discard-" + t.id());
                st = tx->Discard(&ctx, req, &out);
            } else {
                v1::ResolveManuallyRequest req;
                req.set_id(t.id());
                req.set_reason("Booked by hand in Odoo");
                req.set_request_id("dash-resolve-" + t.id());
                st = tx->ResolveManually(&ctx, req, &out);
            }
            QVERIFY2(st.ok(), st.error_message().c_str());
            ++i;
        }
        // The resubmitted ones are delivered or fail again.
        Store &store = server.backend().store();
        QVERIFY(apitest::waitFor([&] {
            TxFilter busy;
            busy.states = {TxState::Received, TxState::InFlight, TxState::Resubmitted};
            return store.listTransactions(busy, TxOrder::IdAsc, 1, {}).totalSize == 0;
        }));
        // Retries, a corrected amount, a changed creation time, fresh ingest.
        const TimeMs now = flowdesk::backend::Clock::system().now();
        store.write([&](WriteTxn &w) {
            TxFilter delivered;
            delivered.states = {TxState::Delivered};
            int k = 0;
            for (const auto id : store.selectIds(delivered, 12)) {
                auto t = w.getTransaction(id, true);
                QVERIFY(t);
                if (k < 4) {
                    t->state = TxState::RetryScheduled;
                    t->attempts = 3;
                    t->nextAttemptAt = now + 30 * kDay;
                    t->deliveredAt = 0;
                } else if (k < 8) {
                    t->attempts = 2;  // delivered at the second attempt
                    t->deliveredAt = t->createdAt + 40 * kMinute;
                } else {
                    t->createdAt -= 7 * kHour + 3 * kMinute;  // moves to another bucket
                    t->amountMinor += 999;
                }
                t->version += 1;
                w.updateTransaction(*t);
                ++k;
            }
        });
        std::vector<Transaction> fresh = {makeTx("crm-quote-to-order", "DE01", TxState::Failed, now - 3 * kMinute),
                                          makeTx("invoice-posting", "FR01", TxState::Delivered, now - kHour),
                                          makeTx("plm-bom-sync", "MX01", TxState::RetryScheduled, now - 2 * kDay)};
        // Plants as a connector may send them: quotes, backslashes, commas,
        // braces and letters beyond ASCII count in buckets of their own.
        for (const char *plant : {"DE\"01", "C:\\plant\\2", "{DE01,FR01}", "NULL", "Zürich Süd", " "}) {
            fresh.push_back(makeTx("crm-quote-to-order", plant, TxState::Failed, now - 5 * kHour));
            fresh.push_back(makeTx("invoice-posting", plant, TxState::Delivered, now - 6 * kHour));
        }
        insertAll(store, fresh);
        store.write([&](WriteTxn &w) {
            for (auto &t : fresh) {
                if (t.state != TxState::Failed || t.plant == "DE01")
                    continue;
                auto row = w.getTransaction(t.id, true);
                QVERIFY(row);
                row->state = TxState::Discarded;
                row->version += 1;
                w.updateTransaction(*row);
            }
        });

        // The store again: its data folder, or its PostgreSQL database.
        const std::string dir = apitest::usesPostgres() ? server.storeLocation() : server.dataDir();
        const std::string location = server.storeLocation();
        server.stop();
        {
            std::string error;
            auto reopened = Store::open(dir, &error);
            QVERIFY2(reopened, error.c_str());
            RawDb raw(location);
            compareRollups(*reopened, raw);
            if (QTest::currentTestFailed())
                return;

            // What is open now, against the rows.
            const TimeMs at = flowdesk::backend::Clock::system().now();
            std::map<std::string, std::tuple<std::int64_t, std::int64_t, std::int64_t, std::int64_t>> expected;
            for (const auto &r : raw.rows("SELECT flow_id, COUNT(*), SUM(CASE WHEN sla_deadline > 0 AND sla_deadline < "
                                          + std::to_string(at) + " THEN 1 ELSE 0 END), MIN(created_at), MIN(NULLIF(sla_deadline, 0)) "
                                          "FROM transactions WHERE state NOT IN (3, 7, 8) GROUP BY flow_id"))
                expected[r[0]] = {std::stoll(r[1]), std::stoll(r[2]), std::stoll(r[3]), std::stoll(r[4])};
            std::map<std::string, std::map<std::string, std::int64_t>> expectedValue;
            for (const auto &r : raw.rows("SELECT flow_id, currency, SUM(amount_minor) FROM transactions "
                                          "WHERE state = 5 OR (state NOT IN (3, 7, 8) AND sla_deadline > 0 AND sla_deadline < "
                                          + std::to_string(at) + ") GROUP BY 1, 2 HAVING SUM(amount_minor) <> 0"))
                expectedValue[r[0]][r[1]] = std::stoll(r[2]);
            const auto open = reopened->openHealth(TxFilter(), at);
            QCOMPARE(open.size(), expected.size());
            for (const auto &o : open) {
                QVERIFY2(expected.count(o.flowId), o.flowId.c_str());
                const auto &[backlog, stuckCount, oldest, deadline] = expected[o.flowId];
                QCOMPARE(o.backlog, backlog);
                QCOMPARE(o.stuck, stuckCount);
                QCOMPARE(o.oldestOpenCreatedAt, oldest);
                QCOMPARE(o.earliestOpenDeadline, deadline);
                QCOMPARE(o.valueAtRiskMinor, expectedValue[o.flowId]);
            }
        }
        {
            // A folder from before the rollups (or written by an older build):
            // built from the rows once at open.
            RawDb raw(location);
            // (PostgreSQL: its first schema has the tables; emptied instead.)
            QVERIFY(raw.exec(apitest::usesPostgres()
                                 ? "DELETE FROM tx_rollup; DELETE FROM tx_rollup_flow; DELETE FROM tx_value; "
                                   "DELETE FROM meta WHERE key = 'rollup_version'"
                                 : "DROP TABLE tx_rollup; DROP TABLE tx_rollup_flow; DROP TABLE tx_value; "
                                   "DELETE FROM meta WHERE key = 'rollup_version'"));
        }
        // Opens the store again (rebuilding what disagrees), compares its rollups
        // with the rows, then runs `damage` on the raw database.
        const auto reopenAndCompare = [&](const char *damage) {
            std::string error;
            auto reopened = Store::open(dir, &error);
            QVERIFY2(reopened, error.c_str());
            RawDb raw(location);
            compareRollups(*reopened, raw);
            if (damage)
                QVERIFY(raw.exec(damage));
        };
        // Then an older build changed rows without keeping the rollups.
        reopenAndCompare("UPDATE tx_rollup SET received = received + 1 WHERE grain = 86400000 AND bucket = "
                         "(SELECT MIN(bucket) FROM tx_rollup WHERE grain = 86400000)");
        if (QTest::currentTestFailed())
            return;
        // Then only the hours per flow disagree (a delivery counted there alone).
        reopenAndCompare("UPDATE tx_rollup_flow SET delivered = delivered + 1 WHERE bucket = "
                         "(SELECT MIN(bucket) FROM tx_rollup_flow)");
        if (QTest::currentTestFailed())
            return;
        reopenAndCompare(nullptr);
    }

    void scopeLimitsEveryAnswer()
    {
        apitest::TestServer server;
        QVERIFY(server.start());
        const TimeMs now = flowdesk::backend::Clock::system().now();
        std::vector<Transaction> rows;
        // Sales, production and finance in two plants; some stuck, some failed.
        for (const char *plant : {"DE01", "FR01"}) {
            const int n = std::string(plant) == "DE01" ? 3 : 5;
            for (int i = 0; i < n; ++i) {
                rows.push_back(makeTx("crm-quote-to-order", plant, TxState::Delivered, now - (i + 1) * kHour));
                rows.push_back(makeTx("mes-production-confirmation", plant, TxState::Delivered, now - (i + 2) * kHour));
                rows.push_back(makeTx("invoice-posting", plant, TxState::Failed, now - (i + 1) * 4 * kHour - 30 * kMinute));
            }
            rows.push_back(makeTx("mes-production-confirmation", plant, TxState::RetryScheduled, now - 3 * kHour));
        }
        insertAll(server.backend().store(), rows);

        const std::string viewer = server.loginDemo("viewer");
        const std::string operatorToken = server.loginDemo("operator");
        const std::string admin = server.loginDemo("admin");

        // Viewer (DE01): only DE01 numbers, every flow shown.
        const auto v = health(server, viewer);
        QCOMPARE(v.flows_size(), static_cast<int>(demoFlows().size()));
        QCOMPARE(sumOf(v, &v1::FlowHealth::received), std::int64_t(3 * 3 + 1));
        QCOMPARE(tile(v, "invoice-posting")->failed(), std::int64_t(3));
        QCOMPARE(tile(v, "mes-production-confirmation")->backlog(), std::int64_t(1));
        QCOMPARE(tile(v, "mes-production-confirmation")->stuck(), std::int64_t(1));
        // Asking for another plant gives nothing of it.
        v1::GetFlowHealthRequest fr;
        fr.add_plants("FR01");
        QCOMPARE(sumOf(health(server, viewer, fr), &v1::FlowHealth::received), std::int64_t(0));
        // Admin sees both plants, or one when asked.
        QCOMPARE(sumOf(health(server, admin), &v1::FlowHealth::received), std::int64_t(8 * 3 + 2));
        const auto adminFr = health(server, admin, fr);
        QCOMPARE(sumOf(adminFr, &v1::FlowHealth::received), std::int64_t(5 * 3 + 1));
        QCOMPARE(adminFr.flows(0).plant(), std::string("FR01"));

        // Operator (sales, finance): only those flows.
        const auto o = health(server, operatorToken);
        QVERIFY(o.flows_size() > 0);
        for (const auto &h : o.flows())
            QVERIFY2(h.domain() == "sales" || h.domain() == "finance", h.flow_id().c_str());
        QVERIFY(!tile(o, "mes-production-confirmation"));
        QCOMPARE(sumOf(o, &v1::FlowHealth::received), std::int64_t(8 * 2));
        QCOMPARE(sumOf(o, &v1::FlowHealth::backlog), std::int64_t(8));  // the failed invoices

        // Time series: same scope.
        v1::GetTimeSeriesRequest req;
        req.set_metric(v1::METRIC_RECEIVED);
        req.set_bucket_seconds(86400);
        setTime(req.mutable_start_time(), now - 3 * kDay);
        auto total = [&](const std::string &token) {
            v1::GetTimeSeriesResponse out;
            const auto st = series(server, token, req, &out);
            if (!st.ok())
                qWarning("GetTimeSeries: %s", st.error_message().c_str());
            std::map<std::string, double> perFlow;
            for (const auto &s : out.series())
                for (const auto &p : s.points())
                    perFlow[s.flow_id()] += p.value();
            return perFlow;
        };
        const auto viewerSeries = total(viewer);
        QCOMPARE(viewerSeries.at("crm-quote-to-order"), 3.0);
        QCOMPARE(viewerSeries.at("mes-production-confirmation"), 4.0);
        const auto operatorSeries = total(operatorToken);
        QVERIFY(!operatorSeries.count("mes-production-confirmation"));
        QCOMPARE(operatorSeries.at("invoice-posting"), 8.0);
        req.add_flow_ids("mes-production-confirmation");  // outside the operator's domains
        QVERIFY(total(operatorToken).empty());

        // Stuck list: the viewer's plant, the operator's domains.
        v1::ListStuckResponse vs;
        QVERIFY(stuck(server, viewer, {}, &vs).ok());
        QVERIFY(vs.items_size() > 0);
        for (const auto &it : vs.items())
            QCOMPARE(it.transaction().plant(), std::string("DE01"));
        QCOMPARE(vs.total_size(), vs.items_size());
        v1::ListStuckResponse os;
        QVERIFY(stuck(server, operatorToken, {}, &os).ok());
        QVERIFY(os.items_size() > 0);
        for (const auto &it : os.items())
            QCOMPARE(it.transaction().flow_id(), std::string("invoice-posting"));
    }

    void statusColours_data()
    {
        QTest::addColumn<QString>("flow");
        QTest::addColumn<int>("delivered");
        QTest::addColumn<int>("failed");
        QTest::addColumn<int>("openAgeMinutes");  // one open RETRY_SCHEDULED this old; -1: none
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("reasonPart");

        QTest::newRow("green") << "crm-quote-to-order" << 100 << 0 << -1 << int(v1::HEALTH_GREEN) << "Flowing normally";
        QTest::newRow("amber: 3 % failed") << "crm-quote-to-order" << 97 << 3 << -1 << int(v1::HEALTH_AMBER) << "3.0 %";
        QTest::newRow("red: 12 % failed") << "invoice-posting" << 88 << 12 << -1 << int(v1::HEALTH_RED) << "12.0 %";
        QTest::newRow("amber: stuck finance flow, long overdue")
            << "invoice-posting" << 50 << 0 << 9 * 60 << int(v1::HEALTH_AMBER) << "past the 4 h SLA";
        QTest::newRow("red: stuck sales order overdue by more than the SLA")
            << "crm-quote-to-order" << 50 << 0 << 65 << int(v1::HEALTH_RED) << "overdue";
        QTest::newRow("amber: stuck sales order, overdue less than the SLA")
            << "crm-quote-to-order" << 50 << 0 << 40 << int(v1::HEALTH_AMBER) << "past the 30 min SLA";
        QTest::newRow("red: production confirmation stuck for hours")
            << "mes-production-confirmation" << 50 << 0 << 6 * 60 << int(v1::HEALTH_RED) << "overdue";
        QTest::newRow("amber: oldest waits over half the SLA")
            << "crm-quote-to-order" << 50 << 0 << 20 << int(v1::HEALTH_AMBER) << "over half the 30 min SLA";
        QTest::newRow("green: open but young") << "crm-quote-to-order" << 50 << 0 << 5 << int(v1::HEALTH_GREEN)
                                               << "Flowing normally";
    }

    void statusColours()
    {
        QFETCH(QString, flow);
        QFETCH(int, delivered);
        QFETCH(int, failed);
        QFETCH(int, openAgeMinutes);
        QFETCH(int, expected);
        QFETCH(QString, reasonPart);

        apitest::TestServer server;
        QVERIFY(server.start());
        const std::string flowId = flow.toStdString();
        const TimeMs now = flowdesk::backend::Clock::system().now();
        std::vector<Transaction> rows;
        for (int i = 0; i < delivered; ++i)
            rows.push_back(makeTx(flowId, "DE01", TxState::Delivered, now - 2 * kHour + i * kMinute));
        for (int i = 0; i < failed; ++i) {
            // Failed, but not past the SLA: the failure rate alone decides.
            Transaction t = makeTx(flowId, "DE01", TxState::Failed, now - kMinute);
            t.slaDeadline = now + kHour;
            rows.push_back(t);
        }
        if (openAgeMinutes >= 0)
            rows.push_back(makeTx(flowId, "DE01", TxState::RetryScheduled, now - openAgeMinutes * kMinute));
        insertAll(server.backend().store(), rows);

        const auto r = health(server, server.loginDemo("admin"));
        const v1::FlowHealth *h = tile(r, flowId);
        QVERIFY(h);
        QCOMPARE(h->received(), std::int64_t(rows.size()));
        QCOMPARE(int(h->status()), expected);
        QVERIFY2(h->status_reason().find(reasonPart.toStdString()) != std::string::npos, h->status_reason().c_str());
        // Flows without traffic are green and say so.
        const v1::FlowHealth *idle = tile(r, "plm-bom-sync");
        QVERIFY(idle);
        QCOMPARE(int(idle->status()), int(v1::HEALTH_GREEN));
        QCOMPARE(idle->received(), std::int64_t(0));
    }

    void tileFiguresAndWindow()
    {
        apitest::TestServer server;
        QVERIFY(server.start());
        const TimeMs now = flowdesk::backend::Clock::system().now();
        std::vector<Transaction> rows;
        // 20 delivered with latencies 100 ms .. 2000 ms, 2 failed (one old), 1 stuck.
        for (int i = 1; i <= 20; ++i) {
            Transaction t = makeTx("shopify-order-import", "PL01", TxState::Delivered, now - 3 * kHour);
            t.deliveredAt = t.createdAt + i * 100;
            rows.push_back(t);
        }
        Transaction f1 = makeTx("shopify-order-import", "PL01", TxState::Failed, now - 2 * kHour);
        f1.amountMinor = 500000;
        f1.currency = "PLN";
        Transaction f2 = makeTx("shopify-order-import", "PL01", TxState::Failed, now - 3 * kDay);
        f2.amountMinor = 70000;
        f2.currency = "PLN";
        rows.push_back(f1);
        rows.push_back(f2);
        Transaction waiting = makeTx("shopify-order-import", "PL01", TxState::RetryScheduled, now - 50 * kMinute);
        waiting.amountMinor = 30000;
        waiting.currency = "PLN";
        rows.push_back(waiting);
        insertAll(server.backend().store(), rows);

        const std::string admin = server.loginDemo("admin");
        const auto r = health(server, admin);
        const v1::FlowHealth *h = tile(r, "shopify-order-import");
        QVERIFY(h);
        // Window (24 h): 20 delivered, 1 failed, 1 waiting; the old failure is outside.
        QCOMPARE(h->received(), std::int64_t(22));
        QCOMPARE(h->delivered(), std::int64_t(20));
        QCOMPARE(h->failed(), std::int64_t(1));
        QCOMPARE(h->retried(), std::int64_t(1));
        QCOMPARE(h->failure_rate(), 1.0 / 22.0);
        // Now: both failures and the waiting one are open and past the SLA.
        QCOMPARE(h->backlog(), std::int64_t(3));
        QCOMPARE(h->stuck(), std::int64_t(3));
        QVERIFY(h->oldest_age_seconds() >= 3 * 24 * 3600 - 5 && h->oldest_age_seconds() <= 3 * 24 * 3600 + 60);
        // The shop's amounts are sensitive fields: an admin sees them masked and
        // gets no sum of them; an operator of the domain gets the sum.
        QVERIFY(h->value_at_risk_masked());
        QCOMPARE(h->value_at_risk_minor(), std::int64_t(0));
        const auto opsHealth = health(server, server.loginDemo("operator"));
        const v1::FlowHealth *ops = tile(opsHealth, "shopify-order-import");
        QVERIFY(ops);
        QVERIFY(!ops->value_at_risk_masked());
        QCOMPARE(ops->value_at_risk_minor(), std::int64_t(600000));
        QCOMPARE(ops->currency(), std::string("PLN"));
        // Latency percentiles within one histogram bin (under 10 %) of the exact ones.
        QVERIFY2(std::abs(h->latency_p50_ms() - 1000) <= 100, std::to_string(h->latency_p50_ms()).c_str());
        QVERIFY2(std::abs(h->latency_p95_ms() - 1900) <= 190, std::to_string(h->latency_p95_ms()).c_str());

        // A window of four days takes in the old failure too.
        v1::GetFlowHealthRequest wide;
        setTime(wide.mutable_start_time(), now - 4 * kDay);
        const auto wr = health(server, admin, wide);
        const v1::FlowHealth *w = tile(wr, "shopify-order-import");
        QVERIFY(w);
        QCOMPARE(w->received(), std::int64_t(23));
        QCOMPARE(w->failed(), std::int64_t(2));
    }

    void timeSeriesSnapsToRollupBuckets()
    {
        apitest::TestServer server;
        QVERIFY(server.start());
        const TimeMs now = flowdesk::backend::Clock::system().now();
        const TimeMs hour0 = now / kHour * kHour - 10 * kHour;  // a whole hour, ten hours ago
        std::vector<Transaction> rows;
        // Hour 0: 4 received (1 failed); hour 1: 2; hour 5: 3 (latency 1 s, 2 s, 8 s).
        for (int i = 0; i < 3; ++i)
            rows.push_back(makeTx("edi-supplier-asn", "DE01", TxState::Delivered, hour0 + i * 7 * kMinute));
        rows.push_back(makeTx("edi-supplier-asn", "DE01", TxState::Failed, hour0 + 59 * kMinute));
        rows.push_back(makeTx("edi-supplier-asn", "FR01", TxState::Delivered, hour0 + kHour + 2 * kMinute));
        rows.push_back(makeTx("edi-supplier-asn", "FR01", TxState::Delivered, hour0 + kHour + 31 * kMinute));
        for (const std::int64_t latency : {1000, 2000, 8000}) {
            Transaction t = makeTx("edi-supplier-asn", "DE01", TxState::Delivered, hour0 + 5 * kHour + 17 * kMinute);
            t.deliveredAt = t.createdAt + latency;
            rows.push_back(t);
        }
        insertAll(server.backend().store(), rows);
        const std::string admin = server.loginDemo("admin");

        auto values = [&](v1::Metric metric, std::int64_t bucketSeconds, TimeMs start, TimeMs end,
                          std::vector<TimeMs> *times = nullptr) {
            v1::GetTimeSeriesRequest req;
            req.set_metric(metric);
            req.add_flow_ids("edi-supplier-asn");
            req.set_bucket_seconds(bucketSeconds);
            setTime(req.mutable_start_time(), start);
            setTime(req.mutable_end_time(), end);
            v1::GetTimeSeriesResponse out;
            const auto st = series(server, admin, req, &out);
            std::vector<double> v;
            if (!st.ok() || out.series_size() != 1) {
                qWarning("GetTimeSeries: %s", st.error_message().c_str());
                return v;
            }
            for (const auto &p : out.series(0).points()) {
                v.push_back(p.value());
                if (times)
                    times->push_back(fromTime(p.time()));
            }
            return v;
        };

        // Hourly, asked from 20 minutes into hour 0: starts at hour 0.
        std::vector<TimeMs> times;
        const auto hourly = values(v1::METRIC_RECEIVED, 3600, hour0 + 20 * kMinute, hour0 + 6 * kHour, &times);
        QCOMPARE(hourly, (std::vector<double>{4, 2, 0, 0, 0, 3}));
        QCOMPARE(times.front(), hour0);
        QCOMPARE(times[1], hour0 + kHour);
        QCOMPARE(values(v1::METRIC_FAILED, 3600, hour0, hour0 + 2 * kHour), (std::vector<double>{1, 0}));
        QCOMPARE(values(v1::METRIC_DELIVERED, 3600, hour0, hour0 + 2 * kHour), (std::vector<double>{3, 2}));
        // 20 minutes: a 5-minute multiple, starting on a 5-minute boundary.
        times.clear();
        const auto twenty = values(v1::METRIC_RECEIVED, 1200, hour0 + 3 * kMinute, hour0 + 80 * kMinute, &times);
        QCOMPARE(times.front(), hour0);
        QCOMPARE(twenty, (std::vector<double>{3, 0, 1, 1}));
        // 7 minutes rounds up to 10.
        times.clear();
        values(v1::METRIC_RECEIVED, 420, hour0, hour0 + kHour, &times);
        QCOMPARE(times.size(), std::size_t(6));
        QCOMPARE(times[1] - times[0], 10 * kMinute);
        // 90 minutes: buckets across hour boundaries still count every row once.
        const auto ninety = values(v1::METRIC_RECEIVED, 5400, hour0, hour0 + 9 * kHour);
        double sum = 0;
        for (double x : ninety)
            sum += x;
        QCOMPARE(sum, 9.0);
        QCOMPARE(ninety.front(), 5.0);
        // Daily over 30 days.
        const auto daily = values(v1::METRIC_RECEIVED, 86400, now - 30 * kDay, now);
        QVERIFY(daily.size() >= 30 && daily.size() <= 31);
        sum = 0;
        for (double x : daily)
            sum += x;
        QCOMPARE(sum, 9.0);
        // p95 latency of hour 5: the 8 s delivery, within one bin.
        const auto p95 = values(v1::METRIC_LATENCY_P95_MS, 3600, hour0 + 5 * kHour, hour0 + 6 * kHour);
        QCOMPARE(p95.size(), std::size_t(1));
        QVERIFY2(std::abs(p95[0] - 8000) <= 800, std::to_string(p95[0]).c_str());

        // Refusals.
        v1::GetTimeSeriesRequest bad;
        bad.set_metric(v1::METRIC_RECEIVED);
        setTime(bad.mutable_start_time(), now);
        setTime(bad.mutable_end_time(), now - kHour);
        v1::GetTimeSeriesResponse out;
        QCOMPARE(series(server, admin, bad, &out).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
        bad.clear_end_time();
        setTime(bad.mutable_start_time(), now - 60 * kDay);
        bad.set_bucket_seconds(300);
        QCOMPARE(series(server, admin, bad, &out).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    }

    void stuckListPagesInDeadlineOrder()
    {
        apitest::TestServer server;
        QVERIFY(server.start());
        const TimeMs now = flowdesk::backend::Clock::system().now();
        std::vector<Transaction> rows;
        const char *plants[] = {"DE01", "FR01", "PL01", "MX01"};
        for (int i = 0; i < 24; ++i)
            rows.push_back(makeTx(i % 2 ? "crm-quote-to-order" : "wms-shipment-dispatch", plants[i % 4],
                                  i % 3 ? TxState::RetryScheduled : TxState::Failed, now - 2 * kHour - i * 13 * kMinute));
        // Not stuck: delivered late, or open within the SLA.
        rows.push_back(makeTx("crm-quote-to-order", "DE01", TxState::Delivered, now - 5 * kHour));
        rows.push_back(makeTx("crm-quote-to-order", "DE01", TxState::RetryScheduled, now - 5 * kMinute));
        insertAll(server.backend().store(), rows);

        const std::string admin = server.loginDemo("admin");
        std::vector<std::string> seen;
        TimeMs lastDeadline = 0;
        std::string token;
        int pages = 0;
        do {
            v1::ListStuckRequest req;
            req.set_page_size(7);
            req.set_page_token(token);
            v1::ListStuckResponse page;
            const auto st = stuck(server, admin, req, &page);
            QVERIFY2(st.ok(), st.error_message().c_str());
            QCOMPARE(page.total_size(), 24);
            for (const auto &it : page.items()) {
                const TimeMs deadline = fromTime(it.transaction().sla_deadline());
                QVERIFY(deadline >= lastDeadline);
                lastDeadline = deadline;
                seen.push_back(it.transaction().id());
                QVERIFY(it.overdue_seconds() > 0);
                QVERIFY(it.age_seconds() > it.overdue_seconds());
                if (it.transaction().flow_id() == "crm-quote-to-order")
                    QCOMPARE(it.next_milestone(), std::string("Sales order created in Odoo"));
                else
                    QCOMPARE(it.next_milestone(), std::string("Goods issue posted by 3PL"));
            }
            token = page.next_page_token();
            ++pages;
        } while (!token.empty() && pages < 10);
        QCOMPARE(pages, 4);
        QCOMPARE(seen.size(), std::size_t(24));
        // The next step in the reader's language, from the site's catalogue.
        {
            v1::ListStuckRequest req;
            req.set_page_size(24);
            v1::ListStuckResponse page;
            const auto st = stuck(server, admin, req, &page, "de");
            QVERIFY2(st.ok(), st.error_message().c_str());
            QCOMPARE(page.items_size(), 24);
            for (const auto &it : page.items())
                QCOMPARE(it.next_milestone(), it.transaction().flow_id() == "crm-quote-to-order"
                                                  ? std::string("Kundenauftrag in Odoo angelegt")
                                                  : std::string("Warenausgang vom Logistikdienstleister gebucht"));
        }
        QCOMPARE(std::set<std::string>(seen.begin(), seen.end()).size(), std::size_t(24));

        // Scope: the viewer (DE01) gets its plant's six; a token of another scope is refused.
        const std::string viewer = server.loginDemo("viewer");
        v1::ListStuckRequest req;
        req.set_page_size(4);
        v1::ListStuckResponse first;
        QVERIFY(stuck(server, viewer, req, &first).ok());
        QCOMPARE(first.total_size(), 6);
        for (const auto &it : first.items())
            QCOMPARE(it.transaction().plant(), std::string("DE01"));
        QVERIFY(!first.next_page_token().empty());
        v1::ListStuckResponse other;
        req.set_page_token(first.next_page_token());
        QCOMPARE(stuck(server, admin, req, &other).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
        req.set_page_token("not-a-token");
        QCOMPARE(stuck(server, viewer, req, &other).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
        // The operator (sales, finance) sees the sales orders only.
        v1::ListStuckResponse ops;
        QVERIFY(stuck(server, server.loginDemo("operator"), {}, &ops).ok());
        QCOMPARE(ops.total_size(), 12);
        for (const auto &it : ops.items())
            QCOMPARE(it.transaction().flow_id(), std::string("crm-quote-to-order"));
    }
};

QTEST_GUILESS_MAIN(DashboardTest)
#include "tst_dashboard.moc"
