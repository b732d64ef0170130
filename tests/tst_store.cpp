// The persistent store of flowdeskd, through its public interface and, where a
// test plays an intruder, through plain SQL on the same database. One fixture,
// run against each store: the embedded SQLite store (TestStoreSqlite) and the
// PostgreSQL store on a throwaway server (TestStorePostgres).

#include "pgtestserver.h"
#include "errorgroups.h"
#include "policy.h"
#include "store.h"

#include <QtTest/QtTest>

#include <QTemporaryDir>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <future>
#include <set>
#include <thread>

using namespace flowdesk::backend;

Q_DECLARE_METATYPE(TxOrder)

namespace {

// The store the running fixture works on.
bool g_postgres = false;

constexpr TimeMs kBase = 1'760'000'000'000;  // a fixed reference day
// The orderings over every row as schemas before SQLite's 13 (PostgreSQL's 12) had them.
constexpr const char *kOrderingsOverEveryRow =
    "CREATE INDEX tx_impact ON transactions (impact_score DESC, id DESC);"
    "CREATE INDEX tx_created ON transactions (created_at, id);"
    "CREATE INDEX tx_amount ON transactions (amount_minor, id);"
    "CREATE INDEX tx_due ON transactions (due_key, id);"
    "CREATE INDEX tx_flow ON transactions (flow_id, id);"
    "CREATE INDEX tx_flow_created ON transactions (flow_id, created_at, id);";

const char *const kFlows[] = {"crm-quote-to-order", "mes-production-confirm", "edi-supplier-asn", "bank-reconcile"};
const char *const kPlants[] = {"DE01", "FR01", "PL01", "MX01"};
const char *const kDomains[] = {"sales", "production", "procurement", "finance"};
const char *const kCustomers[] = {"Bosch Rexroth", "ACME Gears", "Nordwerk", "Zahnrad Union", "Zakłady Łódź"};

// A deterministic mix of states, scores, amounts and dates with many ties, so
// that paging must rely on the id as tie-breaker.
Transaction sampleTx(int i)
{
    Transaction t;
    t.flowId = kFlows[i % 4];
    const TxState states[] = {TxState::Delivered, TxState::Failed, TxState::Delivered, TxState::RetryScheduled,
                              TxState::Failed, TxState::Received, TxState::Discarded, TxState::InFlight};
    t.state = states[i % 8];
    t.businessKey = "SO-" + std::to_string(10000 + i);
    t.businessObjectType = "sales_order";
    t.correlationId = "corr-" + std::to_string(i / 3);
    t.sourceSystem = "Salesforce CRM";
    t.targetSystem = "Odoo";
    t.counterparty = kCustomers[i % 5];
    // The payload's searchable fields: a customer's name the row does not
    // carry, a product reference.
    if (i % 7 == 0)
        t.searchTerms = std::string(i % 2 ? "Grünwald Präzisionsteile GmbH" : "Hafenkran Bremerhaven") + "\nP-"
            + std::to_string(2000 + i % 13);
    t.amountMinor = (i % 17) * 1000;
    t.currency = "EUR";
    t.plant = kPlants[(i / 4) % 4];
    t.domain = kDomains[i % 4];
    t.createdAt = kBase + (i / 2) * 60'000;
    t.updatedAt = t.createdAt;
    t.dueAt = (i % 5 == 0) ? 0 : kBase + (i % 11) * 3'600'000;
    t.slaDeadline = t.createdAt + 3'600'000;
    t.attempts = i % 3;
    if (t.state == TxState::Failed || t.state == TxState::RetryScheduled) {
        const int kind = i % 3;
        t.error.category = kind == 0 ? ErrorCategory::MasterData : ErrorCategory::Connectivity;
        t.error.code = kind == 0 ? "UNKNOWN_CUSTOMER" : "TIMEOUT";
        t.error.message = kind == 0 ? "Customer C-" + std::to_string(i) + " does not exist" : "Target timed out";
        t.error.signature = t.flowId + "|" + t.error.code;
        t.error.at = t.createdAt + 1000;
        t.triage = (i % 4 == 1) ? TriageStatus::Investigating : TriageStatus::New;
        t.assignee = (i % 6 == 1) ? "operator" : "";
        t.nextAttemptAt = t.state == TxState::RetryScheduled ? t.createdAt + 5000 : 0;
    }
    t.idempotencyKey = (i % 2 == 0) ? "idem-" + std::to_string(i) : "";
    t.impactScore = static_cast<double>((i * 7) % 23) / 4.0;
    t.payloadJson = "{\"n\":" + std::to_string(i) + "}";
    return t;
}

std::vector<std::int64_t> ids(const std::vector<Transaction> &items)
{
    std::vector<std::int64_t> out;
    for (const auto &t : items)
        out.push_back(t.id);
    return out;
}

// Plain SQL on the store's database (its file, or its PostgreSQL database), as
// an intruder or an independent oracle.
class RawDb {
public:
    explicit RawDb(const std::string &path)
    {
        if (path.rfind("postgresql://", 0) == 0)
            m_pg = PQconnectdb(path.c_str());
        else
            sqlite3_open(path.c_str(), &m_db);
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
    std::vector<std::int64_t> column(const std::string &sql)
    {
        std::vector<std::int64_t> out;
        if (m_pg) {
            PGresult *r = PQexec(m_pg, sql.c_str());
            if (PQresultStatus(r) != PGRES_TUPLES_OK)
                qWarning("%s", PQresultErrorMessage(r));
            else
                for (int i = 0; i < PQntuples(r); ++i)
                    out.push_back(std::strtoll(PQgetvalue(r, i, 0), nullptr, 10));
            PQclear(r);
            return out;
        }
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &s, nullptr) != SQLITE_OK) {
            qWarning("%s", sqlite3_errmsg(m_db));
            return out;
        }
        while (sqlite3_step(s) == SQLITE_ROW)
            out.push_back(sqlite3_column_int64(s, 0));
        sqlite3_finalize(s);
        return out;
    }

private:
    sqlite3 *m_db = nullptr;
    PGconn *m_pg = nullptr;
};

// Where the store of a test's folder lives: the folder, or (PostgreSQL) a
// database of its own, the same one each time the folder is opened again.
std::string storeLocation(const QTemporaryDir &dir)
{
    if (!g_postgres)
        return dir.path().toStdString();
    static std::map<QString, std::string> databases;
    auto it = databases.find(dir.path());
    if (it != databases.end())
        return it->second;
    QString error;
    PgTestServer *server = PgTestServer::shared(&error);
    const std::string uri = server ? server->newDatabase(&error) : std::string();
    if (uri.empty())
        qWarning("PostgreSQL: %s", qPrintable(error));
    databases.emplace(dir.path(), uri);
    return uri;
}

std::unique_ptr<Store> openStore(const QTemporaryDir &dir)
{
    std::string error;
    const std::string location = storeLocation(dir);
    if (location.empty())
        return nullptr;
    auto store = Store::open(location, &error);
    if (!store)
        qWarning("open failed: %s", error.c_str());
    return store;
}

AuditEntry sampleAudit(int i)
{
    AuditEntry e;
    e.at = kBase + i * 1000;
    e.actor = (i % 2) ? "operator" : "admin";
    e.role = (i % 2) ? "operator" : "admin";
    e.action = (i % 3) ? "transaction.resubmit" : "connector.pause";
    e.targetType = (i % 3) ? "transaction" : "connector";
    e.targetId = std::to_string(100 + i);
    e.reason = "reason " + std::to_string(i);
    e.diffJson = "{}";
    e.requestId = "req-" + std::to_string(i);
    e.detail = "";
    return e;
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private:
    void migratesPostgresSchemaOne();

private slots:
    void initTestCase();

    void migratesFreshAndReopenedFile();
    void leasesBelongToOneHolderUntilTheyExpire();
    void migratesSchemaTwoFile();
    void backfillsSearchTermsOfOlderRows();
    void refusesUnusableFolder();
    void refusesFileThatIsNoDatabase();
    void roundTripsEveryTransactionField();
    void roundTripsRecords();
    void rollsBackWholeChangeOnException();
    void adoptsOnlyAnUnchangedRow();
    void readersDoNotWaitForWriter();
    void readersSeeWholeChanges();

    void pagingWalksEveryRowOnce_data();
    void pagingWalksEveryRowOnce();
    void listsFollowStateChanges_data();
    void listsFollowStateChanges();
    void filters_data();
    void filters();
    void rejectsBadPageTokens();
    void findsByIdempotencyKey();
    void groupsErrors();
    void groupsErrorsByOffendingValue();
    void errorGroupsNeverAddUpCurrencies();
    void countsAndSchedules();

    void auditChainDetectsEdit();
    void auditChainDetectsDeletion();
    void auditChainDetectsReorder();
    void auditListing();

    void eventsAfterPruneAndBounds();
    void waitForEventsWakesOnCommit();

    void exceptionQueryUsesIndex_data();
    void exceptionQueryUsesIndex();

private:
    QTemporaryDir m_dir;  // the shared data set of the paging and filter tests
    std::unique_ptr<Store> m_store;
    std::vector<Transaction> m_rows;
};

void TestStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (g_postgres) {
        QString error;
        if (!PgTestServer::shared(&error))
            QFAIL(qPrintable(error));
    }
    m_store = openStore(m_dir);
    QVERIFY(m_store);
    m_store->write([this](WriteTxn &w) {
        for (int i = 0; i < 600; ++i) {
            Transaction t = sampleTx(i);
            w.insertTransaction(t);
            m_rows.push_back(t);
        }
    });
}

// A named lease is one holder's until it expires or is given up; a
// delivery's lease is renewed only for the claim (version) that made it.
void TestStore::leasesBelongToOneHolderUntilTheyExpire()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    bool taken = false;
    auto take = [&](const std::string &holder, TimeMs now, TimeMs until) {
        store->write([&](WriteTxn &w) { taken = w.takeLease("bulk:job-1", holder, now, until); });
        return taken;
    };
    QVERIFY(take("a", 1000, 2000));
    QVERIFY(!take("b", 1500, 2500));   // a's, not expired
    QVERIFY(take("a", 1800, 2800));    // renewed by a
    QVERIFY(!take("b", 2500, 3500));   // still a's after the renewal
    QVERIFY(take("b", 2800, 3800));    // expired: b takes it over
    QVERIFY(!take("a", 2900, 3900));   // a lost it
    store->write([&](WriteTxn &w) { w.releaseLease("bulk:job-1", "a"); });  // not a's: no effect
    QVERIFY(!take("a", 3000, 4000));
    store->write([&](WriteTxn &w) { w.releaseLease("bulk:job-1", "b"); });
    QVERIFY(take("a", 3000, 4000));    // given up: free at once
    store->write([&](WriteTxn &w) { taken = w.takeLease("periodic", "b", 3000, 4000); });
    QVERIFY(taken);                    // leases are independent of each other

    std::int64_t id = 0;
    store->write([&](WriteTxn &w) {
        Transaction t = sampleTx(1);
        t.state = TxState::InFlight;
        t.version = 5;
        t.nextAttemptAt = 1000;
        id = w.insertTransaction(t);
    });
    bool renewed = false;
    store->write([&](WriteTxn &w) { renewed = w.renewDeliveryLease(id, 5, 9000); });
    QVERIFY(renewed);
    QCOMPARE(store->getTransaction(id)->nextAttemptAt, TimeMs(9000));
    QCOMPARE(store->getTransaction(id)->version, std::int64_t(5));
    store->write([&](WriteTxn &w) { renewed = w.renewDeliveryLease(id, 4, 12000); });
    QVERIFY(!renewed);  // another claim's version
    QCOMPARE(store->getTransaction(id)->nextAttemptAt, TimeMs(9000));
}

void TestStore::migratesFreshAndReopenedFile()
{
    QTemporaryDir dir;
    {
        auto store = openStore(dir);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), g_postgres ? 12 : 13);
        if (!g_postgres)
            QVERIFY(QString::fromStdString(store->path()).endsWith("/flowdesk.db"));
        store->write([](WriteTxn &w) {
            Transaction t = sampleTx(1);
            w.insertTransaction(t);
        });
    }
    {
        auto store = openStore(dir);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), g_postgres ? 12 : 13);
        QVERIFY(store->getTransaction(1).has_value());
    }
    RawDb raw(g_postgres ? storeLocation(dir) : dir.filePath("flowdesk.db").toStdString());
    QCOMPARE(raw.column("SELECT version FROM schema_migrations ORDER BY version"),
             g_postgres ? (std::vector<std::int64_t>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
                        : (std::vector<std::int64_t>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}));
    QCOMPARE(raw.column("SELECT COUNT(*) FROM transactions"), std::vector<std::int64_t>{1});
}

// The PostgreSQL store's own first schema, with a row, opens migrated: the
// search terms and exact-group columns are added and the row is kept.
void TestStore::migratesPostgresSchemaOne()
{
    QTemporaryDir dir;
    {
        auto store = openStore(dir);
        QVERIFY(store);
        store->write([](WriteTxn &w) {
            Transaction t = sampleTx(1);
            w.insertTransaction(t);
            for (int i = 0; i < 3; ++i) {
                Event e;
                w.appendEvent(e);
            }
        });
    }
    {
        RawDb raw(storeLocation(dir));
        QVERIFY(raw.exec("DROP INDEX tx_business_key; ALTER TABLE transactions DROP COLUMN search_terms;"
                         "ALTER TABLE transactions DROP COLUMN error_value;"
                         "ALTER TABLE transactions DROP COLUMN error_group;"
                         "DROP TABLE leases; DROP INDEX tx_live_state_impact;"
                         "DELETE FROM meta WHERE key = 'events_last';"
                         "ALTER TABLE events ALTER COLUMN sequence ADD GENERATED ALWAYS AS IDENTITY;"
                         "SELECT setval(pg_get_serial_sequence('events', 'sequence'), 5);"
                         "ALTER TABLE bulk_jobs DROP COLUMN cancel_requested_by;"
                         "ALTER TABLE tx_hops DROP COLUMN message;"
                         "ALTER TABLE audit DROP COLUMN message;"
                         "DROP TABLE tx_rollup_flow;"
                         "DROP INDEX tx_settled_impact, tx_settled_created, tx_settled_amount, tx_settled_due, "
                         "tx_settled_flow, tx_settled_flow_created;"
                         + std::string(kOrderingsOverEveryRow) +
                         "DELETE FROM schema_migrations WHERE version IN (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);"));
        QCOMPARE(raw.column("SELECT version FROM schema_migrations ORDER BY version"), std::vector<std::int64_t>{1});
    }
    auto store = openStore(dir);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), 12);
    QVERIFY(store->getTransaction(1).has_value());
    // Event numbers go on from where the database's sequence was (4 and 5
    // were taken by events since pruned): never reused.
    QCOMPARE(store->lastEventSequence(), 3);
    Event next;
    store->write([&](WriteTxn &w) { w.appendEvent(next); });
    QCOMPARE(next.sequence, 6);
    RawDb raw(storeLocation(dir));
    QCOMPARE(raw.column("SELECT COUNT(*) FROM transactions WHERE search_terms = '' AND error_group = error_signature"),
             std::vector<std::int64_t>{1});
    // The hours per flow, a table of the newer schema, built from the rows.
    QCOMPARE(raw.column("SELECT SUM(received) FROM tx_rollup_flow"), std::vector<std::int64_t>{1});
}

// A file of schema 2 (open-row indexes keyed by state) with rows in every
// state opens as schema 3: every row in its lifecycle, the lists, the error
// groups and the stuck list as before.
void TestStore::migratesSchemaTwoFile()
{
    if (g_postgres) {
        migratesPostgresSchemaOne();
        return;
    }
    QTemporaryDir dir;
    const TimeMs now = kBase + 4 * 3'600'000;
    std::vector<std::int64_t> failedByImpact;
    std::vector<ErrorGroup> groups;
    std::vector<std::int64_t> stuck;
    std::vector<std::vector<std::int64_t>> everyByOrder;
    {
        auto store = openStore(dir);
        QVERIFY(store);
        store->write([](WriteTxn &w) {
            for (int i = 0; i < 80; ++i) {
                Transaction t = sampleTx(i);
                if (i % 9 == 4)
                    t.state = TxState::ResolvedManually;
                if (i % 11 == 6)
                    t.state = TxState::Resubmitted;
                w.insertTransaction(t);
            }
        });
        TxFilter failed;
        failed.states = {TxState::Failed};
        failedByImpact = ids(store->listTransactions(failed, TxOrder::ImpactDesc, 1000, {}).items);
        groups = store->listErrorGroups(failed, 100);
        stuck = ids(store->listStuck(TxFilter{}, now, 1000, {}).items);
        for (const TxOrder order : {TxOrder::ImpactDesc, TxOrder::CreatedDesc, TxOrder::AmountDesc, TxOrder::DueAsc,
                                    TxOrder::FlowAsc})
            everyByOrder.push_back(ids(store->listTransactions(TxFilter{}, order, 1000, {}).items));
    }
    {
        // Back to the shape schema 2 left: no lifecycle, the open-row indexes by state.
        RawDb raw(dir.filePath("flowdesk.db").toStdString());
        // Before schema 12: the error groups' indexes without currency and
        // value; before 11: no audit messages; before 10: no hop messages;
        // before 9: no cancellation asked for; before 8: no leases; before 7:
        // no exact error groups.
        // Before schema 13: the orderings over every row hold every row.
        QVERIFY(raw.exec("DROP INDEX tx_settled_impact; DROP INDEX tx_settled_created; DROP INDEX tx_settled_amount;"
                         "DROP INDEX tx_settled_due; DROP INDEX tx_settled_flow; DROP INDEX tx_settled_flow_created;"
                         + std::string(kOrderingsOverEveryRow) +
                         "DELETE FROM schema_migrations WHERE version = 13;"));
        QVERIFY(raw.exec("DROP INDEX tx_live_signature;"
                         "CREATE INDEX tx_live_signature ON transactions (lifecycle, state, error_signature, "
                         "impact_score DESC, id DESC, error_at, amount_minor) WHERE lifecycle <> 0;"
                         "DELETE FROM schema_migrations WHERE version = 12;"
                         "ALTER TABLE audit DROP COLUMN message;"
                         "DELETE FROM schema_migrations WHERE version = 11;"
                         "ALTER TABLE tx_hops DROP COLUMN message;"
                         "DELETE FROM schema_migrations WHERE version = 10;"
                         "ALTER TABLE bulk_jobs DROP COLUMN cancel_requested_by;"
                         "DELETE FROM schema_migrations WHERE version = 9;"
                         "DROP TABLE leases; DELETE FROM schema_migrations WHERE version = 8;"
                         "DROP INDEX tx_live_group; DROP INDEX tx_error_group;"
                         "ALTER TABLE transactions DROP COLUMN error_value;"
                         "ALTER TABLE transactions DROP COLUMN error_group;"
                         "DELETE FROM schema_migrations WHERE version = 7;"));
        for (const char *index : {"tx_live_impact", "tx_live_created", "tx_live_amount", "tx_live_due", "tx_live_flow",
                                  "tx_live_id", "tx_live_signature", "tx_work_due", "tx_live_age", "tx_live_overdue",
                                  "tx_live_deadline"})
            QVERIFY(raw.exec(std::string("DROP INDEX ") + index));
        QVERIFY(raw.exec("ALTER TABLE transactions DROP COLUMN lifecycle"));
        QVERIFY(raw.exec(
            "CREATE INDEX tx_open_impact ON transactions (state, impact_score DESC, id DESC) WHERE state <> 3;"
            "CREATE INDEX tx_open_created ON transactions (state, created_at, id) WHERE state <> 3;"
            "CREATE INDEX tx_open_amount ON transactions (state, amount_minor, id) WHERE state <> 3;"
            "CREATE INDEX tx_open_due ON transactions (state, due_key, id) WHERE state <> 3;"
            "CREATE INDEX tx_open_flow ON transactions (state, flow_id, id) WHERE state <> 3;"
            "CREATE INDEX tx_open_id ON transactions (state) WHERE state <> 3;"
            "CREATE INDEX tx_open_signature ON transactions (state, error_signature, impact_score DESC, id DESC, "
            "error_at, amount_minor) WHERE state <> 3;"
            "CREATE INDEX tx_open_age ON transactions (flow_id, plant, domain, created_at) WHERE state IN (1, 2, 4, 5, 6);"
            "CREATE INDEX tx_open_overdue ON transactions (flow_id, plant, domain, sla_deadline) "
            "WHERE state IN (1, 2, 4, 5, 6);"
            "CREATE INDEX tx_open_deadline ON transactions (sla_deadline, id, flow_id, plant, domain) "
            "WHERE state IN (1, 2, 4, 5, 6);"
            "DELETE FROM schema_migrations WHERE version = 3;"
            "DROP TABLE flow_schemas;"
            "ALTER TABLE flows DROP COLUMN schema_version;"
            "ALTER TABLE flows DROP COLUMN texts;"
            "ALTER TABLE tx_payloads DROP COLUMN delivery_receipt;"
            "ALTER TABLE tx_payloads DROP COLUMN error_field_path;"
            "ALTER TABLE tx_payloads DROP COLUMN schema_version;"
            "DELETE FROM schema_migrations WHERE version = 4;"
            "DROP TABLE bulk_jobs;"
            "DELETE FROM schema_migrations WHERE version = 5;"
            "DROP INDEX tx_business_key;"
            "ALTER TABLE transactions DROP COLUMN search_terms;"
            "DELETE FROM schema_migrations WHERE version = 6;"));
    }
    auto store = openStore(dir);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), 13);
    {
        RawDb raw(dir.filePath("flowdesk.db").toStdString());
        // The orderings over every row hold the delivered rows alone, the
        // error groups' indexes only rows with an error.
        QCOMPARE(raw.column("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'index' AND name IN ('tx_impact', "
                            "'tx_created', 'tx_amount', 'tx_due', 'tx_flow', 'tx_flow_created')"),
                 std::vector<std::int64_t>{0});
        QCOMPARE(raw.column("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'index' AND name LIKE 'tx_settled_%' "
                            "AND sql LIKE '%WHERE lifecycle = 0'"),
                 std::vector<std::int64_t>{6});
        QCOMPARE(raw.column("SELECT COUNT(*) FROM sqlite_schema WHERE name IN ('tx_live_signature', 'tx_live_group') "
                            "AND sql LIKE '%WHERE lifecycle <> 0 AND error_%'"),
                 std::vector<std::int64_t>{2});
        // The error groups' indexes hold all that grouping a scope reads.
        for (const char *index : {"tx_live_signature", "tx_live_group"})
            QCOMPARE(raw.column(std::string("SELECT COUNT(*) FROM pragma_index_info('") + index
                                + "') WHERE name IN ('currency', 'error_value', 'domain', 'plant', 'flow_id')"),
                     std::vector<std::int64_t>{5});
        QCOMPARE(raw.column("SELECT COUNT(*) FROM transactions WHERE lifecycle <> CASE WHEN state = 3 THEN 0 "
                            "WHEN state IN (7, 8) THEN 2 ELSE 1 END"),
                 std::vector<std::int64_t>{0});
        QCOMPARE(raw.column("SELECT COUNT(*) FROM sqlite_schema WHERE name LIKE 'tx_open_%'"),
                 std::vector<std::int64_t>{0});
    }
    TxFilter failed;
    failed.states = {TxState::Failed};
    QVERIFY(!failedByImpact.empty());
    QCOMPARE(ids(store->listTransactions(failed, TxOrder::ImpactDesc, 1000, {}).items), failedByImpact);
    const auto groupsAfter = store->listErrorGroups(failed, 100);
    QCOMPARE(groupsAfter.size(), groups.size());
    for (std::size_t i = 0; i < groups.size(); ++i) {
        QCOMPARE(groupsAfter[i].signature, groups[i].signature);
        QCOMPARE(groupsAfter[i].count, groups[i].count);
        QCOMPARE(groupsAfter[i].valueAtRiskMinor, groups[i].valueAtRiskMinor);
    }
    // Errors recorded before exact groups existed form one exact group per signature.
    const auto exactAfter = store->listErrorGroups(failed, 100, true);
    QCOMPARE(exactAfter.size(), groups.size());
    for (std::size_t i = 0; i < groups.size(); ++i) {
        QCOMPARE(exactAfter[i].group, groups[i].signature);
        QCOMPARE(exactAfter[i].count, groups[i].count);
    }
    QVERIFY(!stuck.empty());
    QCOMPARE(ids(store->listStuck(TxFilter{}, now, 1000, {}).items), stuck);
    std::size_t o = 0;
    for (const TxOrder order : {TxOrder::ImpactDesc, TxOrder::CreatedDesc, TxOrder::AmountDesc, TxOrder::DueAsc,
                                TxOrder::FlowAsc}) {
        QVERIFY(!everyByOrder[o].empty());
        QCOMPARE(ids(store->listTransactions(TxFilter{}, order, 1000, {}).items), everyByOrder[o]);
        ++o;
    }
    TxFilter resolved;
    resolved.states = {TxState::ResolvedManually};
    QCOMPARE(store->listTransactions(resolved, TxOrder::IdAsc, 1000, {}).items.size(), std::size_t(9));
}

// A row read before the write (a bulk job reads its next chunk ahead) is taken
// as current only while nobody changed it; the update then keeps the counts.
void TestStore::adoptsOnlyAnUnchangedRow()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    std::int64_t a = 0;
    std::int64_t b = 0;
    store->write([&](WriteTxn &w) {
        Transaction t = sampleTx(1);  // FAILED
        a = w.insertTransaction(t);
        Transaction u = sampleTx(4);  // FAILED
        b = w.insertTransaction(u);
    });
    const auto readA = store->getTransaction(a, true);
    const auto readB = store->getTransaction(b, true);
    QVERIFY(readA && readB);
    // Someone assigns b meanwhile.
    store->write([&](WriteTxn &w) {
        auto t = w.getTransaction(b, true);
        t->assignee = "someone";
        t->version += 1;
        t->updatedAt += 1;
        w.updateTransaction(*t);
    });
    // The same answers for many rows at once, an empty row never current; more
    // rows than one read takes.
    store->write([&](WriteTxn &w) {
        std::vector<std::optional<Transaction>> rows{readA, std::nullopt, readB};
        for (int i = 0; i < 600; ++i)
            rows.push_back(i % 2 ? readA : readB);
        const std::vector<bool> current = w.stillCurrent(rows);
        QCOMPARE(current.size(), rows.size());
        QVERIFY(current[0]);
        QVERIFY(!current[1]);
        QVERIFY(!current[2]);
        for (std::size_t i = 3; i < rows.size(); ++i)
            QCOMPARE(bool(current[i]), rows[i]->id == a);
    });
    store->write([&](WriteTxn &w) {
        QVERIFY(w.stillCurrent({readA})[0]);
        w.adoptCurrent(*readA);
        Transaction t = *readA;
        t.state = TxState::Resubmitted;
        t.version += 1;
        w.updateTransaction(t);
        QVERIFY(!w.stillCurrent({readB})[0]);
        auto fresh = w.getTransaction(b, true);
        QCOMPARE(fresh->assignee, std::string("someone"));
    });
    const auto afterA = store->getTransaction(a, true);
    QCOMPARE(afterA->state, TxState::Resubmitted);
    QCOMPARE(afterA->payloadJson, readA->payloadJson);
    RawDb raw(store->path());
    QCOMPARE(raw.column("SELECT n FROM tx_counts WHERE state = 6"), std::vector<std::int64_t>{1});
    QCOMPARE(raw.column("SELECT SUM(n) FROM tx_counts WHERE state = 5"), std::vector<std::int64_t>{1});
}

void TestStore::refusesFileThatIsNoDatabase()
{
    QTemporaryDir dir;
    if (g_postgres) {
        // PostgreSQL: a database whose schema is newer than this program's.
        {
            auto store = openStore(dir);
            QVERIFY(store);
        }
        RawDb raw(storeLocation(dir));
        QVERIFY(raw.exec("INSERT INTO schema_migrations (version, applied_at) VALUES (99, 0)"));
        std::string error;
        QVERIFY(!Store::open(storeLocation(dir), &error));
        QVERIFY2(error.find("newer than this program supports") != std::string::npos, error.c_str());
        return;
    }
    QFile junk(dir.filePath("flowdesk.db"));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, 'x'));
    junk.close();
    std::string error;
    QVERIFY(!Store::open(dir.path().toStdString(), &error));
    QVERIFY(!error.empty());
}

// Rows stored before the search terms existed carry none; the store computes
// them from their payload when it opens, so a business-name search finds them.
void TestStore::backfillsSearchTermsOfOlderRows()
{
    QTemporaryDir dir;
    std::int64_t id = 0;
    {
        auto store = openStore(dir);
        QVERIFY(store);
        FlowDef f;
        f.id = kFlows[0];
        f.name = "CRM quote to order";
        f.domain = "sales";
        f.payloadSchemaJson = R"({"type":"object","x-business":{"counterparty":"/customer/name"},)"
                              R"("x-search":["/lines/0/product"]})";
        Transaction t = sampleTx(4);
        QCOMPARE(t.flowId, f.id);
        t.searchTerms.clear();
        t.payloadJson = R"({"customer":{"name":"Grünwald Präzisionsteile GmbH"},"lines":[{"product":"P-7781"}]})";
        store->write([&](WriteTxn &w) {
            w.upsertFlow(f);
            w.insertTransaction(t);
        });
        id = t.id;
    }
    {
        // As an older build left it: the column added with its default, no
        // record of a backfill.
        RawDb raw(g_postgres ? storeLocation(dir) : dir.filePath("flowdesk.db").toStdString());
        QVERIFY(raw.exec("UPDATE transactions SET search_terms = '';"
                         "DELETE FROM meta WHERE key = 'search_terms_backfilled';"));
    }
    auto store = openStore(dir);
    QVERIFY(store);
    for (const char *text : {"grünwald", "P-7781"}) {
        TxFilter filter;
        filter.text = text;
        const auto page = store->listTransactions(filter, TxOrder::CreatedDesc, 10, {});
        QCOMPARE(ids(page.items), std::vector<std::int64_t>{id});
    }
}

void TestStore::refusesUnusableFolder()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath("file"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    std::string error;
    // PostgreSQL: a server that is not there.
    auto store = Store::open(g_postgres ? std::string("postgresql://flowdesk@127.0.0.1:1/nothing")
                                        : dir.filePath("file/sub").toStdString(),
                             &error);
    QVERIFY(!store);
    QVERIFY(!error.empty());
}

void TestStore::roundTripsEveryTransactionField()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    Transaction t;
    t.flowId = "crm-quote-to-order";
    t.state = TxState::Failed;
    t.version = 3;
    t.businessKey = "SO-4711";
    t.businessObjectType = "sales_order";
    t.correlationId = "Q-1";
    t.sourceSystem = "Salesforce CRM";
    t.targetSystem = "Odoo";
    t.counterparty = "Müller & Söhne GmbH";
    t.amountMinor = 1234567;
    t.currency = "EUR";
    t.plant = "DE01";
    t.domain = "sales";
    t.createdAt = kBase;
    t.updatedAt = kBase + 1;
    t.dueAt = kBase + 2;
    t.slaDeadline = kBase + 3;
    t.deliveredAt = kBase + 4;
    t.nextAttemptAt = kBase + 5;
    t.attempts = 4;
    t.error = TxError{ErrorCategory::MasterData, "UNKNOWN_CUSTOMER", "Customer C-1 does not exist",
                      "crm|UNKNOWN_CUSTOMER|Customer <id> does not exist", "HTTP 422 {\"error\":1}", kBase + 6,
                      "/customer/code", "C-1", "crm|UNKNOWN_CUSTOMER|=C-1"};
    t.originalPayloadJson = "{\"customer\":\"C-0\"}";
    t.payloadJson = "{\"customer\":\"C-1\"}";
    t.triage = TriageStatus::WaitingOnMasterData;
    t.assignee = "operator";
    t.idempotencyKey = "k-1";
    t.impactScore = 0.1 + 0.2;  // not exactly representable in decimal
    t.deliveryReceipt = "sale.order,4711";
    t.schemaVersion = 3;
    t.hops = {Hop{kBase, "Salesforce CRM", "received", "via webhook", {}, {}},
              Hop{kBase + 10, "Odoo", "failed", "422", "error.UNKNOWN_UOM",
                  {{"value", "EA \"box\"\n"}, {"system", "Odoo"}}}};

    std::optional<Transaction> inside;
    store->write([&](WriteTxn &w) {
        w.insertTransaction(t);
        w.appendHop(t.id, Hop{kBase + 20, "flowdesk", "parked", "", {}, {}});
        inside = w.getTransaction(t.id);
    });
    QCOMPARE(t.id, 1);
    QVERIFY(inside);
    QCOMPARE(inside->hops.size(), std::size_t(3));

    auto check = [&](const Transaction &g, bool detail) {
        QCOMPARE(g.id, t.id);
        QCOMPARE(g.flowId, t.flowId);
        QCOMPARE(g.state, t.state);
        QCOMPARE(g.version, t.version);
        QCOMPARE(g.businessKey, t.businessKey);
        QCOMPARE(g.businessObjectType, t.businessObjectType);
        QCOMPARE(g.correlationId, t.correlationId);
        QCOMPARE(g.sourceSystem, t.sourceSystem);
        QCOMPARE(g.targetSystem, t.targetSystem);
        QCOMPARE(g.counterparty, t.counterparty);
        QCOMPARE(g.amountMinor, t.amountMinor);
        QCOMPARE(g.currency, t.currency);
        QCOMPARE(g.plant, t.plant);
        QCOMPARE(g.domain, t.domain);
        QCOMPARE(g.createdAt, t.createdAt);
        QCOMPARE(g.updatedAt, t.updatedAt);
        QCOMPARE(g.dueAt, t.dueAt);
        QCOMPARE(g.slaDeadline, t.slaDeadline);
        QCOMPARE(g.deliveredAt, t.deliveredAt);
        QCOMPARE(g.nextAttemptAt, t.nextAttemptAt);
        QCOMPARE(g.attempts, t.attempts);
        QCOMPARE(g.error.category, t.error.category);
        QCOMPARE(g.error.code, t.error.code);
        QCOMPARE(g.error.message, t.error.message);
        QCOMPARE(g.error.signature, t.error.signature);
        QCOMPARE(g.error.offendingValue, std::string("C-1"));
        QCOMPARE(g.error.group, std::string("crm|UNKNOWN_CUSTOMER|=C-1"));
        QCOMPARE(g.error.at, t.error.at);
        QCOMPARE(g.triage, t.triage);
        QCOMPARE(g.assignee, t.assignee);
        QCOMPARE(g.idempotencyKey, t.idempotencyKey);
        QCOMPARE(g.impactScore, t.impactScore);
        if (detail) {
            QCOMPARE(g.originalPayloadJson, t.originalPayloadJson);
            QCOMPARE(g.payloadJson, t.payloadJson);
            QCOMPARE(g.error.targetResponse, t.error.targetResponse);
            QCOMPARE(g.error.fieldPath, std::string("/customer/code"));
            QCOMPARE(g.deliveryReceipt, std::string("sale.order,4711"));
            QCOMPARE(g.schemaVersion, 3);
            QCOMPARE(g.hops.size(), std::size_t(3));
            QCOMPARE(g.hops[1].at, kBase + 10);
            QCOMPARE(g.hops[1].system, std::string("Odoo"));
            QCOMPARE(g.hops[1].action, std::string("failed"));
            QCOMPARE(g.hops[1].detail, std::string("422"));
            // The message for a person, id and arguments as written (quotes and
            // line breaks included); none for a hop without one.
            QCOMPARE(g.hops[1].messageId, std::string("error.UNKNOWN_UOM"));
            QCOMPARE(g.hops[1].messageArgs, (MessageArgs{{"value", "EA \"box\"\n"}, {"system", "Odoo"}}));
            QVERIFY(g.hops[0].messageId.empty() && g.hops[0].messageArgs.empty());
            QCOMPARE(g.hops[2].action, std::string("parked"));
        } else {
            QVERIFY(g.payloadJson.empty());
            QVERIFY(g.hops.empty());
        }
    };
    const auto full = store->getTransaction(t.id);
    QVERIFY(full);
    check(*full, true);
    const auto lean = store->getTransaction(t.id, false);
    QVERIFY(lean);
    check(*lean, false);
    QVERIFY(!store->getTransaction(999).has_value());
    // Several at once: in the order asked, an id twice, one not stored.
    for (const bool detail : {true, false}) {
        const auto several = store->getTransactions({999, t.id, t.id}, detail);
        QCOMPARE(several.size(), std::size_t(3));
        QVERIFY(!several[0].has_value());
        QVERIFY(several[1] && several[2]);
        check(*several[1], detail);
        check(*several[2], detail);
    }
    QVERIFY(store->getTransactions({}, true).empty());

    // An update rewrites the mutable columns and keeps the original payload.
    Transaction u = *full;
    u.state = TxState::Resubmitted;
    u.version = 4;
    u.payloadJson = "{\"customer\":\"C-2\"}";
    u.error = TxError{};
    u.triage = TriageStatus::None;
    u.assignee.clear();
    u.impactScore = 7.5;
    u.attempts = 0;
    u.deliveryReceipt = "sale.order,4712";
    u.schemaVersion = 4;
    store->write([&](WriteTxn &w) { w.updateTransaction(u); });
    const auto after = store->getTransaction(t.id);
    QVERIFY(after);
    QCOMPARE(after->state, TxState::Resubmitted);
    QCOMPARE(after->version, 4);
    QCOMPARE(after->payloadJson, u.payloadJson);
    QCOMPARE(after->originalPayloadJson, t.originalPayloadJson);
    QCOMPARE(after->error.code, std::string());
    QCOMPARE(after->assignee, std::string());
    QCOMPARE(after->impactScore, 7.5);
    QCOMPARE(after->deliveryReceipt, std::string("sale.order,4712"));
    QCOMPARE(after->schemaVersion, 4);
    QCOMPARE(after->error.fieldPath, std::string());

    // One row changed twice in one write, a score that is no short decimal and
    // a text with quotes and backslashes: read back exactly, inside the write
    // and after it.
    store->write([&](WriteTxn &w) {
        Transaction v = *after;
        v.impactScore = 0.1 + 0.2;
        v.version = 5;
        w.updateTransaction(v);
        v.state = TxState::Failed;
        v.version = 6;
        v.assignee = "finance \"lead\" C:\\queue\\2, {x}";
        w.updateTransaction(v);
        const auto read = w.getTransaction(t.id, false);
        QVERIFY(read);
        QCOMPARE(read->version, 6);
        QCOMPARE(read->state, TxState::Failed);
        QCOMPARE(read->impactScore, 0.1 + 0.2);
        QCOMPARE(read->assignee, v.assignee);
        const auto several = w.getTransactions({999, t.id}, true);
        QCOMPARE(several.size(), std::size_t(2));
        QVERIFY(!several[0] && several[1]);
        QCOMPARE(several[1]->version, 6);
        QCOMPARE(several[1]->hops.size(), std::size_t(3));
    });
    const auto twice = store->getTransaction(t.id, false);
    QCOMPARE(twice->version, 6);
    QCOMPARE(twice->impactScore, 0.1 + 0.2);
    QCOMPARE(twice->assignee, std::string("finance \"lead\" C:\\queue\\2, {x}"));

    // The original payload defaults to the first payload.
    Transaction fresh = sampleTx(2);
    store->write([&](WriteTxn &w) { w.insertTransaction(fresh); });
    QCOMPARE(store->getTransaction(fresh.id)->originalPayloadJson, fresh.payloadJson);

    // Updating a transaction that does not exist is an error, not a silent no-op.
    Transaction ghost = u;
    ghost.id = 12345;
    QVERIFY_THROWS_EXCEPTION(StoreError, store->write([&](WriteTxn &w) { w.updateTransaction(ghost); }));
}

void TestStore::roundTripsRecords()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);

    FlowDef f;
    f.id = "crm-quote-to-order";
    f.name = "CRM quote to sales order";
    f.domain = "sales";
    f.sourceSystem = "Salesforce CRM";
    f.targetSystem = "Odoo";
    f.connectorId = "odoo";
    f.businessObjectType = "sales_order";
    f.description = "Won quotes become sales orders";
    f.payloadSchemaJson = "{\"type\":\"object\"}";
    f.sensitiveFields = {"/price", "/contact/email"};
    f.slaSeconds = 900;
    f.retry = RetryPolicy{7, 1500, 1.5, 60000};
    f.batch = true;
    f.localizedNames = {{"de", "Kundenauftrag"}};
    f.localizedDescriptions = {{"de", "Angebote werden Auftr\u00e4ge"}};
    f.whatToDo = {{"CREDIT_HOLD", {{"en", "Ask finance."}, {"de", "Finanzen fragen."}}}};
    f.milestones = {{"en", "Sales order created"}, {"de", "Kundenauftrag angelegt"}};

    UserRecord u;
    u.username = "operator";
    u.displayName = "Olga Operator";
    u.role = Role::Operator;
    u.domains = {"sales", "finance"};
    u.plants = {};
    u.passwordHash = "pbkdf2-sha256$1000$aa$bb";
    u.disabled = true;
    u.failedLogins = 2;
    u.lockedUntil = kBase + 1;
    u.createdAt = kBase;
    u.lastLoginAt = kBase + 2;

    ConnectorRecord c;
    c.id = "odoo";
    c.name = "Odoo ERP";
    c.kind = "odoo-jsonrpc";
    c.system = "Odoo";
    c.endpoint = "https://erp.example/jsonrpc";
    c.authType = "api_key";
    c.paused = true;
    c.pausedReason = "maintenance";
    c.lastSuccessAt = kBase;
    c.recentAttempts = 10;
    c.recentFailures = 3;
    c.credentialCiphertext = std::string("\x00\x01\xff secret", 10);
    c.credentialFingerprint = "ab12";
    c.credentialVersion = 2;
    c.credentialRotatedAt = kBase + 5;
    c.credentialRotatedBy = "admin";
    c.rotationPolicyDays = 30;

    const RequestRecord r{"req-1", "Resubmit", "fp", std::string("\x08\x00\x12\x03" "abc", 7), 0, kBase};

    store->write([&](WriteTxn &w) {
        w.upsertFlow(f);
        w.upsertUser(u);
        w.upsertConnector(c);
        w.putRequest(r);
        w.putSession(SessionRecord{"hash-1", "operator", kBase, kBase + 1000});
        w.putSession(SessionRecord{"hash-2", "operator", kBase, kBase + 5000});
        w.putSession(SessionRecord{"hash-3", "gone", kBase, kBase + 5000});
        QVERIFY(w.getUser("operator").has_value());
        QVERIFY(w.getConnector("odoo").has_value());
        QVERIFY(w.getRequest("req-1").has_value());
    });

    const auto gf = store->getFlow(f.id);
    QVERIFY(gf);
    QCOMPARE(gf->name, f.name);
    QCOMPARE(gf->connectorId, f.connectorId);
    QCOMPARE(gf->payloadSchemaJson, f.payloadSchemaJson);
    QCOMPARE(gf->sensitiveFields, f.sensitiveFields);
    QCOMPARE(gf->slaSeconds, f.slaSeconds);
    QCOMPARE(gf->retry.maxAttempts, 7);
    QCOMPARE(gf->retry.initialBackoffMs, 1500);
    QCOMPARE(gf->retry.multiplier, 1.5);
    QCOMPARE(gf->retry.maxBackoffMs, 60000);
    QCOMPARE(gf->batch, true);
    QCOMPARE(store->listFlows().size(), std::size_t(1));
    QCOMPARE(gf->schemaVersion, 1);
    QCOMPARE(gf->localizedNames, f.localizedNames);
    QCOMPARE(gf->localizedDescriptions, f.localizedDescriptions);
    QCOMPARE(gf->whatToDo, f.whatToDo);
    QCOMPARE(gf->milestones, f.milestones);

    // The same schema again keeps the version; a changed schema is a new
    // version, and the old one stays readable.
    store->write([&](WriteTxn &w) { w.upsertFlow(f); });
    QCOMPARE(store->getFlow(f.id)->schemaVersion, 1);
    const std::string firstSchema = f.payloadSchemaJson;
    f.payloadSchemaJson = "{\"type\":\"object\",\"required\":[\"order\"]}";
    store->write([&](WriteTxn &w) { w.upsertFlow(f); });
    QCOMPARE(store->getFlow(f.id)->schemaVersion, 2);
    QCOMPARE(store->getFlow(f.id)->payloadSchemaJson, f.payloadSchemaJson);
    QCOMPARE(store->flowSchema(f.id, 1).value_or(""), firstSchema);
    QCOMPARE(store->flowSchema(f.id, 2).value_or(""), f.payloadSchemaJson);
    QVERIFY(!store->flowSchema(f.id, 3).has_value());

    const auto gu = store->getUser("operator");
    QVERIFY(gu);
    QCOMPARE(gu->displayName, u.displayName);
    QCOMPARE(gu->role, Role::Operator);
    QCOMPARE(gu->domains, u.domains);
    QVERIFY(gu->plants.empty());
    QCOMPARE(gu->passwordHash, u.passwordHash);
    QCOMPARE(gu->disabled, true);
    QCOMPARE(gu->failedLogins, 2);
    QCOMPARE(gu->lockedUntil, u.lockedUntil);
    QCOMPARE(gu->lastLoginAt, u.lastLoginAt);
    QCOMPARE(store->listUsers().size(), std::size_t(1));

    const auto gc = store->getConnector("odoo");
    QVERIFY(gc);
    QCOMPARE(gc->credentialCiphertext, c.credentialCiphertext);
    QCOMPARE(gc->paused, true);
    QCOMPARE(gc->pausedReason, c.pausedReason);
    QCOMPARE(gc->recentFailures, 3);
    QCOMPARE(gc->credentialVersion, 2);
    QCOMPARE(gc->credentialRotatedBy, c.credentialRotatedBy);
    QCOMPARE(gc->rotationPolicyDays, 30);
    QCOMPARE(store->listConnectors().size(), std::size_t(1));

    const auto gr = store->getRequest("req-1");
    QVERIFY(gr);
    QCOMPARE(gr->response, r.response);  // binary, with a NUL inside
    QCOMPARE(gr->method, r.method);
    QCOMPARE(gr->fingerprint, r.fingerprint);
    QVERIFY(!store->getRequest("req-2"));

    QCOMPARE(store->getSession("hash-1")->username, std::string("operator"));
    // A session and its user in one read, as every authenticated call asks.
    const auto su = store->getSessionWithUser("hash-2");
    QVERIFY(su);
    QCOMPARE(su->session.tokenHash, std::string("hash-2"));
    QCOMPARE(su->session.username, std::string("operator"));
    QCOMPARE(su->session.createdAt, kBase);
    QCOMPARE(su->session.expiresAt, kBase + 5000);
    QVERIFY(su->user);
    QCOMPARE(su->user->username, u.username);
    QCOMPARE(su->user->displayName, u.displayName);
    QCOMPARE(su->user->role, u.role);
    QCOMPARE(su->user->domains, u.domains);
    QCOMPARE(su->user->passwordHash, u.passwordHash);
    QCOMPARE(su->user->disabled, true);
    QCOMPARE(su->user->lastLoginAt, u.lastLoginAt);
    const auto orphan = store->getSessionWithUser("hash-3");  // its user is gone
    QVERIFY(orphan);
    QCOMPARE(orphan->session.username, std::string("gone"));
    QVERIFY(!orphan->user);
    QVERIFY(!store->getSessionWithUser("hash-none"));
    store->write([&](WriteTxn &w) {
        w.deleteExpiredSessions(kBase + 1000);
        w.deleteSession("nope");
    });
    QVERIFY(!store->getSession("hash-1"));
    QVERIFY(store->getSession("hash-2"));
    store->write([&](WriteTxn &w) { w.deleteSession("hash-2"); });
    QVERIFY(!store->getSession("hash-2"));

    // Upserts replace.
    u.role = Role::Admin;
    f.name = "renamed";
    store->write([&](WriteTxn &w) {
        w.upsertUser(u);
        w.upsertFlow(f);
    });
    QCOMPARE(store->getUser("operator")->role, Role::Admin);
    QCOMPARE(store->getFlow(f.id)->name, std::string("renamed"));
}

void TestStore::rollsBackWholeChangeOnException()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    bool thrown = false;
    try {
        store->write([](WriteTxn &w) {
            Transaction t = sampleTx(1);
            w.insertTransaction(t);
            AuditEntry a = sampleAudit(1);
            w.appendAudit(a);
            Event e;
            e.transactionId = t.id;
            w.appendEvent(e);
            throw std::runtime_error("validation failed half way");
        });
    } catch (const std::runtime_error &e) {
        thrown = std::string(e.what()) == "validation failed half way";
    }
    QVERIFY(thrown);
    QVERIFY(!store->getTransaction(1));
    QVERIFY(store->countByFlowAndState({}).empty());
    QCOMPARE(store->listTransactions({}, TxOrder::IdAsc, 10, {}).totalSize, 0);
    QCOMPARE(store->listAudit({}, 10, {}).totalSize, 0);
    QCOMPARE(store->lastEventSequence(), 0);
    QVERIFY(!store->waitForEvents(0, std::chrono::milliseconds(1)));

    // A write inside a write is refused instead of waiting for itself forever.
    bool nestedRefused = false;
    try {
        store->write([&](WriteTxn &) { store->write([](WriteTxn &) {}); });
    } catch (const StoreError &e) {
        nestedRefused = e.kind() == StoreError::Kind::InvalidArgument;
    }
    QVERIFY(nestedRefused);

    // The store stays usable, and the chain starts cleanly after the rollback.
    AuditEntry a = sampleAudit(2);
    store->write([&](WriteTxn &w) { w.appendAudit(a); });
    QCOMPARE(a.sequence, 1);
    QVERIFY(a.prevHash.empty());
    QVERIFY(store->verifyAuditChain().ok);
}

void TestStore::readersDoNotWaitForWriter()
{
    std::promise<void> readDone;
    auto readFinished = readDone.get_future();
    std::future<bool> reader;
    bool finishedDuringWrite = false;
    try {
        m_store->write([&](WriteTxn &w) {
            Transaction t = m_rows.front();
            t.version += 1;
            t.businessKey = "uncommitted";
            w.updateTransaction(t);
            reader = std::async(std::launch::async, [&] {
                const auto seen = m_store->getTransaction(t.id, false);
                readDone.set_value();
                return seen && seen->businessKey == m_rows.front().businessKey;
            });
            // Still inside the write: the reader must get its answer on its own.
            finishedDuringWrite = readFinished.wait_for(std::chrono::seconds(10)) == std::future_status::ready;
            throw std::runtime_error("roll back the probe");
        });
    } catch (const std::runtime_error &) {
    }
    QVERIFY(finishedDuringWrite);
    QVERIFY(reader.get());  // it saw the committed row, not the write in progress
    QCOMPARE(m_store->getTransaction(m_rows.front().id)->businessKey, m_rows.front().businessKey);
}

void TestStore::readersSeeWholeChanges()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    constexpr int kRows = 200;
    std::vector<Transaction> rows;
    store->write([&](WriteTxn &w) {
        for (int i = 0; i < kRows; ++i) {
            Transaction t = sampleTx(i);
            t.state = TxState::Failed;
            w.insertTransaction(t);
            rows.push_back(t);
        }
    });
    // A writer moves every row back and forth between two states, one whole
    // write at a time; readers must only ever see all rows in one state.
    std::atomic<bool> done = false;
    std::thread writer([&] {
        for (int round = 0; round < 30; ++round) {
            const TxState next = round % 2 == 0 ? TxState::Resubmitted : TxState::Failed;
            store->write([&](WriteTxn &w) {
                for (auto &t : rows) {
                    t.state = next;
                    t.version += 1;
                    w.updateTransaction(t);
                }
            });
        }
        done = true;
    });
    int torn = 0;
    int reads = 0;
    TxFilter failed;
    failed.states = {TxState::Failed};
    while (!done || reads < 5) {
        std::map<TxState, std::int64_t> byState;
        for (const auto &c : store->countByFlowAndState({}))
            byState[c.state] += c.count;
        if (!(byState.size() == 1 && byState.begin()->second == kRows))
            ++torn;
        const auto page = store->listTransactions(failed, TxOrder::ImpactDesc, 1000, {});
        if (page.totalSize != 0 && page.totalSize != kRows)
            ++torn;
        if (static_cast<std::int64_t>(page.items.size()) != page.totalSize)
            ++torn;
        ++reads;
    }
    writer.join();
    QCOMPARE(torn, 0);
    QVERIFY(reads >= 5);
}

void TestStore::pagingWalksEveryRowOnce_data()
{
    QTest::addColumn<TxOrder>("order");
    QTest::addColumn<QString>("orderBy");
    QTest::addColumn<bool>("failedOnly");
    const struct {
        const char *name;
        TxOrder order;
        const char *sql;
    } orders[] = {
        {"impact", TxOrder::ImpactDesc, "impact_score DESC, id DESC"},
        {"created asc", TxOrder::CreatedAsc, "created_at, id"},
        {"created desc", TxOrder::CreatedDesc, "created_at DESC, id DESC"},
        {"amount", TxOrder::AmountDesc, "amount_minor DESC, id DESC"},
        {"due", TxOrder::DueAsc, "CASE WHEN due_at = 0 THEN 1 ELSE 0 END, due_at, id"},
        {"flow", TxOrder::FlowAsc, "flow_id, id"},
        {"id", TxOrder::IdAsc, "id"},
    };
    for (const auto &o : orders) {
        QTest::newRow((std::string(o.name) + ", all").c_str()) << o.order << QString(o.sql) << false;
        QTest::newRow((std::string(o.name) + ", failed").c_str()) << o.order << QString(o.sql) << true;
    }
}

void TestStore::pagingWalksEveryRowOnce()
{
    QFETCH(TxOrder, order);
    QFETCH(QString, orderBy);
    QFETCH(bool, failedOnly);

    TxFilter filter;
    if (failedOnly)
        filter.states = {TxState::Failed};
    std::vector<std::int64_t> walked;
    std::string token;
    int pages = 0;
    do {
        const TxPage page = m_store->listTransactions(filter, order, 37, token);
        QVERIFY(page.items.size() <= 37);
        QVERIFY(!page.items.empty());
        const auto pageIds = ids(page.items);
        walked.insert(walked.end(), pageIds.begin(), pageIds.end());
        QCOMPARE(page.totalSize, failedOnly ? 150 : 600);
        token = page.nextPageToken;
        QVERIFY(++pages < 100);
    } while (!token.empty());

    RawDb raw(m_store->path());
    const auto expected = raw.column("SELECT id FROM transactions" + std::string(failedOnly ? " WHERE state = 5" : "")
                                     + " ORDER BY " + orderBy.toStdString());
    QCOMPARE(walked.size(), expected.size());
    QCOMPARE(std::set<std::int64_t>(walked.begin(), walked.end()).size(), walked.size());
    QCOMPARE(walked, expected);
}

void TestStore::listsFollowStateChanges_data()
{
    QTest::addColumn<TxOrder>("order");
    QTest::addColumn<QString>("orderBy");
    QTest::newRow("impact") << TxOrder::ImpactDesc << "impact_score DESC, id DESC";
    QTest::newRow("created asc") << TxOrder::CreatedAsc << "created_at, id";
    QTest::newRow("created desc") << TxOrder::CreatedDesc << "created_at DESC, id DESC";
    QTest::newRow("amount") << TxOrder::AmountDesc << "amount_minor DESC, id DESC";
    QTest::newRow("due") << TxOrder::DueAsc << "CASE WHEN due_at = 0 THEN 1 ELSE 0 END, due_at, id";
    QTest::newRow("flow") << TxOrder::FlowAsc << "flow_id, id";
    QTest::newRow("id") << TxOrder::IdAsc << "id";
}

// Rows moved between the open states (where the open-row indexes do not move
// them), to DELIVERED and to the closed states: the list of every state, in
// every order, page by page, holds exactly the rows in that state now.
void TestStore::listsFollowStateChanges()
{
    QFETCH(TxOrder, order);
    QFETCH(QString, orderBy);
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    std::vector<std::int64_t> inserted;
    store->write([&](WriteTxn &w) {
        for (int i = 0; i < 240; ++i) {
            Transaction t = sampleTx(i);
            inserted.push_back(w.insertTransaction(t));
        }
    });
    const TxState next[] = {TxState::Resubmitted, TxState::InFlight,  TxState::Delivered,
                            TxState::Failed,      TxState::Discarded, TxState::ResolvedManually,
                            TxState::RetryScheduled, TxState::Received, TxState::Failed};
    for (int round = 0; round < 3; ++round) {
        store->write([&](WriteTxn &w) {
            for (const std::int64_t id : inserted) {
                if ((id + round) % 4 == 0)
                    continue;
                auto t = w.getTransaction(id, true);
                QVERIFY(t);
                t->state = next[(id * 5 + round) % std::size(next)];
                t->version += 1;
                w.updateTransaction(*t);
            }
        });
    }
    RawDb raw(store->path());
    for (int s = 1; s <= 8; ++s) {
        TxFilter filter;
        filter.states = {static_cast<TxState>(s)};
        std::vector<std::int64_t> walked;
        std::string token;
        int pages = 0;
        do {
            const TxPage page = store->listTransactions(filter, order, 11, token);
            const auto pageIds = ids(page.items);
            walked.insert(walked.end(), pageIds.begin(), pageIds.end());
            token = page.nextPageToken;
            QVERIFY(++pages < 100);
        } while (!token.empty());
        const auto expected = raw.column("SELECT id FROM transactions WHERE state = " + std::to_string(s)
                                         + " ORDER BY " + orderBy.toStdString());
        QVERIFY2(!expected.empty(), qPrintable(QString("no rows in state %1").arg(s)));
        QCOMPARE(walked, expected);
    }
    // Lists that reach delivered rows merge the settled rows' orderings with
    // the live rows': every state, delivered with open and closed ones, and
    // delivered alone, page by page, with their counts.
    const std::vector<std::pair<std::vector<TxState>, std::string>> mixes = {
        {{}, ""},
        {{TxState::Delivered, TxState::Failed, TxState::ResolvedManually}, " WHERE state IN (3, 5, 8)"},
        {{TxState::Delivered, TxState::Received}, " WHERE state IN (1, 3)"},
        {{TxState::Delivered}, " WHERE state = 3"},
    };
    for (const auto &[states, where] : mixes) {
        TxFilter filter;
        filter.states = states;
        std::vector<std::int64_t> walked;
        std::string token;
        int pages = 0;
        std::int64_t total = -1;
        do {
            const TxPage page = store->listTransactions(filter, order, 11, token);
            const auto pageIds = ids(page.items);
            walked.insert(walked.end(), pageIds.begin(), pageIds.end());
            token = page.nextPageToken;
            total = page.totalSize;
            QVERIFY(++pages < 100);
        } while (!token.empty());
        const auto expected = raw.column("SELECT id FROM transactions" + where + " ORDER BY " + orderBy.toStdString());
        QVERIFY2(!expected.empty(), where.c_str());
        QCOMPARE(walked, expected);
        QCOMPARE(total, static_cast<std::int64_t>(expected.size()));
        // The count beside a filter the kept counts cannot answer (a date
        // range) adds up the lifecycles too.
        TxFilter dated = filter;
        dated.createdAfter = kBase + 1;
        const auto datedRows = raw.column("SELECT id FROM transactions" + where + (where.empty() ? " WHERE " : " AND ")
                                          + "created_at >= " + std::to_string(kBase + 1));
        QCOMPARE(store->listTransactions(dated, order, 11, {}).totalSize, static_cast<std::int64_t>(datedRows.size()));
        // A search is counted in one pass over the table; its page merges
        // the lifecycles' pages as the list does.
        TxFilter searched = filter;
        searched.text = "SO-1001";
        const auto searchedRows = raw.column("SELECT id FROM transactions" + where + (where.empty() ? " WHERE " : " AND ")
                                             + "business_key LIKE '%SO-1001%' ORDER BY " + orderBy.toStdString());
        const TxPage found = store->listTransactions(searched, order, 1000, {});
        QCOMPARE(found.totalSize, static_cast<std::int64_t>(searchedRows.size()));
        QCOMPARE(ids(found.items), searchedRows);
    }
}

void TestStore::filters_data()
{
    QTest::addColumn<int>("which");
    const char *names[] = {"states", "flows", "plants", "domains", "signature", "text business key",
                           "text counterparty, any case", "text error message", "text with wildcard",
                           "text with accents, any case", "text customer name in the payload",
                           "text name with umlauts, any case", "text product reference",
                           "stuck", "triage", "categories", "assignee", "unassigned", "correlation",
                           "created after", "created before", "combined"};
    for (int i = 0; i < int(std::size(names)); ++i)
        QTest::newRow(names[i]) << i;
}

void TestStore::filters()
{
    QFETCH(int, which);
    const TimeMs now = kBase + 4 * 3'600'000;
    TxFilter f;
    std::function<bool(const Transaction &)> expect;
    switch (which) {
    case 0:
        f.states = {TxState::Failed, TxState::RetryScheduled};
        expect = [](const Transaction &t) { return t.state == TxState::Failed || t.state == TxState::RetryScheduled; };
        break;
    case 1:
        f.flowIds = {"edi-supplier-asn", "bank-reconcile"};
        expect = [](const Transaction &t) { return t.flowId == "edi-supplier-asn" || t.flowId == "bank-reconcile"; };
        break;
    case 2:
        f.plants = {"PL01"};
        expect = [](const Transaction &t) { return t.plant == "PL01"; };
        break;
    case 3:
        f.domains = {"finance", "sales"};
        expect = [](const Transaction &t) { return t.domain == "finance" || t.domain == "sales"; };
        break;
    case 4:
        f.errorSignature = "crm-quote-to-order|TIMEOUT";
        expect = [](const Transaction &t) { return t.error.signature == "crm-quote-to-order|TIMEOUT"; };
        break;
    case 5:
        f.text = "SO-1012";
        expect = [](const Transaction &t) { return t.businessKey.find("SO-1012") != std::string::npos; };
        break;
    case 6:
        f.text = "zAHNRAD";
        expect = [](const Transaction &t) { return t.counterparty == "Zahnrad Union"; };
        break;
    case 7:
        f.text = "c-12";
        expect = [](const Transaction &t) { return t.error.message.find("C-12") != std::string::npos; };
        break;
    case 8:
        f.text = "SO-10_1";  // "_" is a character here, not a wildcard
        expect = [](const Transaction &) { return false; };
        break;
    case 9:
        f.text = "ŁÓDŹ";
        expect = [](const Transaction &t) { return t.counterparty == "Zakłady Łódź"; };
        break;
    case 10:
        f.text = "bremerhaven";
        expect = [](const Transaction &t) { return t.searchTerms.find("Bremerhaven") != std::string::npos; };
        break;
    case 11:
        f.text = "GRÜNWALD PRÄZ";
        expect = [](const Transaction &t) { return t.searchTerms.find("Grünwald") != std::string::npos; };
        break;
    case 12:
        f.text = "p-2003";
        expect = [](const Transaction &t) { return t.searchTerms.find("P-2003") != std::string::npos; };
        break;
    case 13:
        f.stuckOnly = true;
        f.now = now;
        expect = [now](const Transaction &t) { return t.stuckAt(now); };
        break;
    case 14:
        f.triage = {TriageStatus::Investigating};
        expect = [](const Transaction &t) { return t.triage == TriageStatus::Investigating; };
        break;
    case 15:
        f.categories = {ErrorCategory::MasterData};
        expect = [](const Transaction &t) { return t.error.category == ErrorCategory::MasterData; };
        break;
    case 16:
        f.assignee = "operator";
        expect = [](const Transaction &t) { return t.assignee == "operator"; };
        break;
    case 17:
        f.states = {TxState::Failed};
        f.unassignedOnly = true;
        expect = [](const Transaction &t) { return t.state == TxState::Failed && t.assignee.empty(); };
        break;
    case 18:
        f.correlationId = "corr-7";
        expect = [](const Transaction &t) { return t.correlationId == "corr-7"; };
        break;
    case 19:
        f.createdAfter = kBase + 100 * 60'000;
        expect = [&f](const Transaction &t) { return t.createdAt >= f.createdAfter; };
        break;
    case 20:
        f.createdBefore = kBase + 100 * 60'000;
        expect = [&f](const Transaction &t) { return t.createdAt < f.createdBefore; };
        break;
    case 21:
        f.states = {TxState::Failed};
        f.domains = {"sales", "production"};
        f.plants = {"DE01", "FR01"};
        f.text = "customer";
        expect = [](const Transaction &t) {
            return t.state == TxState::Failed && (t.domain == "sales" || t.domain == "production")
                && (t.plant == "DE01" || t.plant == "FR01") && t.error.message.find("Customer") != std::string::npos;
        };
        break;
    default:
        QFAIL("unknown case");
    }
    std::set<std::int64_t> expected;
    for (const auto &t : m_rows) {
        if (expect(t))
            expected.insert(t.id);
    }
    if (which != 8)
        QVERIFY(!expected.empty());  // every case selects something (the wildcard case nothing)
    QVERIFY(expected.size() < m_rows.size());

    std::set<std::int64_t> got;
    std::string token;
    std::int64_t total = -1;
    do {
        const TxPage page = m_store->listTransactions(f, TxOrder::ImpactDesc, 50, token);
        for (const auto &t : page.items)
            QVERIFY(got.insert(t.id).second);
        total = page.totalSize;
        token = page.nextPageToken;
    } while (!token.empty());
    QCOMPARE(got, expected);
    QCOMPARE(total, std::int64_t(expected.size()));

    const auto selected = m_store->selectIds(f, 100000);
    QCOMPARE(std::set<std::int64_t>(selected.begin(), selected.end()), expected);
    QVERIFY(std::is_sorted(selected.begin(), selected.end()));
}

void TestStore::rejectsBadPageTokens()
{
    TxFilter failed;
    failed.states = {TxState::Failed};
    const TxPage first = m_store->listTransactions(failed, TxOrder::ImpactDesc, 10, {});
    QVERIFY(!first.nextPageToken.empty());
    QCOMPARE(m_store->listTransactions(failed, TxOrder::ImpactDesc, 10, first.nextPageToken).items.size(),
             std::size_t(10));

    auto expectInvalid = [&](const TxFilter &f, TxOrder o, const std::string &token) {
        try {
            m_store->listTransactions(f, o, 10, token);
        } catch (const StoreError &e) {
            return e.kind() == StoreError::Kind::InvalidArgument;
        }
        return false;
    };
    std::string garbled = first.nextPageToken;
    garbled[garbled.size() / 2] = garbled[garbled.size() / 2] == 'a' ? 'b' : 'a';
    QVERIFY(expectInvalid(failed, TxOrder::ImpactDesc, garbled));
    QVERIFY(expectInvalid(failed, TxOrder::ImpactDesc, "not-a-token"));
    QVERIFY(expectInvalid(failed, TxOrder::ImpactDesc, first.nextPageToken.substr(2)));
    QVERIFY(expectInvalid(failed, TxOrder::CreatedAsc, first.nextPageToken));  // another order
    TxFilter other = failed;
    other.plants = {"DE01"};
    QVERIFY(expectInvalid(other, TxOrder::ImpactDesc, first.nextPageToken));  // another filter

    // The reference time of the stuck filter is not part of the filter's identity.
    TxFilter stuck;
    stuck.stuckOnly = true;
    stuck.now = kBase + 5 * 3'600'000;
    const TxPage s1 = m_store->listTransactions(stuck, TxOrder::CreatedAsc, 5, {});
    QVERIFY(!s1.nextPageToken.empty());
    stuck.now += 1000;
    QCOMPARE(m_store->listTransactions(stuck, TxOrder::CreatedAsc, 5, s1.nextPageToken).items.size(), std::size_t(5));

    AuditFilter af;
    try {
        m_store->listAudit(af, 10, first.nextPageToken);
        QFAIL("a transaction token was accepted for the audit trail");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::InvalidArgument);
    }
}

void TestStore::findsByIdempotencyKey()
{
    const Transaction &t = m_rows[10];
    QVERIFY(!t.idempotencyKey.empty());
    QCOMPARE(m_store->findByIdempotencyKey(t.flowId, t.idempotencyKey), std::optional<std::int64_t>(t.id));
    QVERIFY(!m_store->findByIdempotencyKey("bank-reconcile", t.idempotencyKey).has_value());
    QVERIFY(!m_store->findByIdempotencyKey(t.flowId, "unknown").has_value());
    QVERIFY(!m_store->findByIdempotencyKey(t.flowId, "").has_value());

    // Many keys at once, in their order: stored ones (more than one query's
    // worth), unknown ones, one asked twice, an empty one, one in another flow.
    std::vector<IdempotencyKey> keys;
    std::vector<std::optional<std::int64_t>> expected;
    for (const Transaction &row : m_rows) {
        keys.push_back({row.flowId, row.idempotencyKey});
        expected.push_back(row.idempotencyKey.empty() ? std::nullopt : std::optional<std::int64_t>(row.id));
        if (row.id % 7 == 0) {
            keys.push_back({row.flowId, row.idempotencyKey + "-unknown"});
            expected.push_back(std::nullopt);
        }
    }
    keys.push_back({t.flowId, t.idempotencyKey});
    expected.push_back(t.id);
    keys.push_back({"bank-reconcile", t.idempotencyKey});
    expected.push_back(std::nullopt);
    QCOMPARE(m_store->findByIdempotencyKeys(keys), expected);
    // A few, as a group of single calls asks them.
    const std::vector<IdempotencyKey> few(keys.begin(), keys.begin() + 5);
    QCOMPARE(m_store->findByIdempotencyKeys(few), std::vector<std::optional<std::int64_t>>(expected.begin(), expected.begin() + 5));
    QVERIFY(m_store->findByIdempotencyKeys({}).empty());

    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    store->write([](WriteTxn &w) {
        Transaction a = sampleTx(0);
        a.idempotencyKey = "same";
        w.insertTransaction(a);
        Transaction b = sampleTx(1);  // another flow: the key is free there
        b.idempotencyKey = "same";
        w.insertTransaction(b);
        Transaction c = sampleTx(2);  // no key twice is fine
        c.idempotencyKey.clear();
        w.insertTransaction(c);
        Transaction d = sampleTx(6);
        d.idempotencyKey.clear();
        w.insertTransaction(d);
        QCOMPARE(w.findByIdempotencyKey(a.flowId, "same"), std::optional<std::int64_t>(a.id));
        // Inside the write, its own rows are found too.
        const std::vector<std::optional<std::int64_t>> both{a.id, b.id, std::nullopt};
        QCOMPARE(w.findByIdempotencyKeys({{a.flowId, "same"}, {b.flowId, "same"}, {a.flowId, "other"}}), both);
    });
    QVERIFY_THROWS_EXCEPTION(StoreError, store->write([](WriteTxn &w) {
        Transaction dup = sampleTx(0);
        dup.idempotencyKey = "same";
        w.insertTransaction(dup);
    }));
}

void TestStore::groupsErrors()
{
    TxFilter f;
    f.states = {TxState::Failed};
    const auto groups = m_store->listErrorGroups(f, 100);
    std::map<std::string, ErrorGroup> expected;
    for (const auto &t : m_rows) {
        if (t.state != TxState::Failed)
            continue;
        auto &g = expected[t.error.signature];
        if (g.count == 0) {
            g.oldest = t.error.at;
            g.newest = t.error.at;
        }
        ++g.count;
        g.valueAtRiskMinor += t.amountMinor;
        g.oldest = std::min(g.oldest, t.error.at);
        g.newest = std::max(g.newest, t.error.at);
        g.flowId = t.flowId;
        g.code = t.error.code;
        g.category = t.error.category;
    }
    QCOMPARE(groups.size(), expected.size());
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const auto &g = groups[i];
        QVERIFY(expected.count(g.signature));
        const auto &e = expected[g.signature];
        QCOMPARE(g.count, e.count);
        QCOMPARE(g.valueAtRiskMinor, e.valueAtRiskMinor);
        QCOMPARE(g.oldest, e.oldest);
        QCOMPARE(g.newest, e.newest);
        QCOMPARE(g.flowId, e.flowId);
        QCOMPARE(g.code, e.code);
        QCOMPARE(g.category, e.category);
        QVERIFY(!g.sampleMessage.empty());
        QCOMPARE(g.currency, std::string("EUR"));
        if (i > 0)
            QVERIFY(groups[i - 1].count >= g.count);
    }
    QCOMPARE(m_store->listErrorGroups(f, 2).size(), std::size_t(2));

    f.plants = {"DE01"};
    std::int64_t scoped = 0;
    for (const auto &g : m_store->listErrorGroups(f, 100))
        scoped += g.count;
    QCOMPARE(scoped, std::int64_t(std::count_if(m_rows.begin(), m_rows.end(), [](const Transaction &t) {
                 return t.state == TxState::Failed && t.plant == "DE01";
             })));
}

void TestStore::groupsErrorsByOffendingValue()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    // One signature ("Customer <id> does not exist") for orders of three
    // missing customers, and one timeout whose error names no field.
    const std::pair<const char *, std::int64_t> orders[] = {
        {"C-10442", 1000}, {"C-10442", 2000}, {"C-20001", 500}, {"C-30303", 700}, {"C-10442", 300}};
    std::vector<std::int64_t> ids;
    store->write([&](WriteTxn &w) {
        int i = 0;
        for (const auto &[customer, amount] : orders) {
            Transaction t = sampleTx(1);
            t.businessKey = "SO-" + std::to_string(500 + i++);
            t.idempotencyKey.clear();
            t.amountMinor = amount;
            t.payloadJson = std::string("{\"customer\":{\"code\":\"") + customer + "\"}}";
            t.error.code = "UNKNOWN_CUSTOMER";
            t.error.message = std::string("Customer ") + customer + " does not exist";
            t.error.signature = errorSignature(t.flowId, t.error.code, t.error.message);
            t.error.fieldPath = "/customer/code";
            recordErrorGroup(t.flowId, t.payloadJson, t.error);
            w.insertTransaction(t);
            ids.push_back(t.id);
        }
        Transaction timeout = sampleTx(1);
        timeout.idempotencyKey.clear();
        timeout.error.code = "TIMEOUT";
        timeout.error.message = "Target timed out";
        timeout.error.signature = errorSignature(timeout.flowId, timeout.error.code, timeout.error.message);
        recordErrorGroup(timeout.flowId, timeout.payloadJson, timeout.error);
        QVERIFY(timeout.error.offendingValue.empty());
        QCOMPARE(timeout.error.group, timeout.error.signature);
        w.insertTransaction(timeout);
        ids.push_back(timeout.id);
    });
    TxFilter f;
    f.states = {TxState::Failed};

    // The overview: one signature group of five orders for three customers.
    const auto bySignature = store->listErrorGroups(f, 100);
    QCOMPARE(bySignature.size(), std::size_t(2));
    QCOMPARE(bySignature[0].count, std::int64_t(5));
    QCOMPARE(bySignature[0].distinctValues, std::int64_t(3));
    QVERIFY(bySignature[0].group.empty());
    QCOMPARE(bySignature[1].distinctValues, std::int64_t(0));

    // Exact groups: one per missing customer, each under its signature.
    const auto exact = store->listErrorGroups(f, 100, true);
    QCOMPARE(exact.size(), std::size_t(4));
    QCOMPARE(exact[0].offendingValue, std::string("C-10442"));
    QCOMPARE(exact[0].fieldPath, std::string("/customer/code"));
    QCOMPARE(exact[0].count, std::int64_t(3));
    QCOMPARE(exact[0].valueAtRiskMinor, std::int64_t(3300));
    QCOMPARE(exact[0].signature, bySignature[0].signature);
    QCOMPARE(exact[0].distinctValues, std::int64_t(1));
    std::set<std::string> values;
    for (const auto &g : exact) {
        values.insert(g.offendingValue);
        if (g.code == "TIMEOUT") {
            QVERIFY(g.offendingValue.empty());
            QVERIFY(g.fieldPath.empty());
            QCOMPARE(g.group, g.signature);
        }
    }
    QCOMPARE(values, (std::set<std::string>{"", "C-10442", "C-20001", "C-30303"}));

    // Selecting an exact group selects exactly its members.
    TxFilter members = f;
    members.errorGroup = exact[0].group;
    const auto page = store->listTransactions(members, TxOrder::IdAsc, 100, {});
    QCOMPARE(page.items.size(), std::size_t(3));
    for (const auto &t : page.items)
        QCOMPARE(t.error.offendingValue, std::string("C-10442"));
    QCOMPARE(store->selectIds(members, 100), (std::vector<std::int64_t>{ids[0], ids[1], ids[4]}));

    // What a bulk correction of a selection has to replace.
    const auto fieldValues = store->errorFieldValues(ids);
    QCOMPARE(fieldValues.size(), std::size_t(3));
    QCOMPARE(fieldValues[0], (std::pair<std::string, std::string>("/customer/code", "C-10442")));
    QCOMPARE(store->errorFieldValues({ids[0], ids[4]}).size(), std::size_t(1));
}

void TestStore::errorGroupsNeverAddUpCurrencies()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    // One signature with 13 failures in five currencies, a second one in a
    // single currency, and a delivered order that must not count.
    const char *currencies[] = {"PLN", "EUR", "USD", "MXN", "GBP"};
    store->write([&](WriteTxn &w) {
        for (int i = 0; i < 13; ++i) {
            Transaction t = sampleTx(1);
            t.idempotencyKey.clear();
            t.businessKey = "SO-MIX-" + std::to_string(i);
            t.currency = currencies[i % 5];
            t.amountMinor = 100'000 + i * 250'000;
            t.error.signature = "mixed";
            w.insertTransaction(t);
        }
        Transaction single = sampleTx(1);
        single.idempotencyKey.clear();
        single.currency = "USD";
        single.amountMinor = 4200;
        single.error.signature = "single";
        w.insertTransaction(single);
        Transaction done = sampleTx(0);
        done.idempotencyKey.clear();
        done.currency = "JPY";
        done.amountMinor = 999'999'999;
        done.error.signature = "mixed";
        w.insertTransaction(done);
    });

    TxFilter f;
    f.states = {TxState::Failed};
    const auto groups = store->listErrorGroups(f, 100);
    QCOMPARE(groups.size(), std::size_t(2));
    const ErrorGroup &mixed = groups[0];
    QCOMPARE(mixed.signature, std::string("mixed"));
    QCOMPARE(mixed.count, std::int64_t(13));

    RawDb raw(store->path());
    const std::string where = " FROM transactions WHERE error_signature = 'mixed' AND state = "
                              + std::to_string(static_cast<int>(TxState::Failed));
    const auto sums = raw.column("SELECT SUM(amount_minor)" + where + " GROUP BY currency ORDER BY 1 DESC");
    QCOMPARE(mixed.valuesAtRisk.size(), sums.size());
    QCOMPARE(sums.size(), std::size_t(5));
    for (std::size_t i = 0; i < sums.size(); ++i) {
        const auto &v = mixed.valuesAtRisk[i];
        QCOMPARE(v.amountMinor, sums[i]);
        QCOMPARE(raw.column("SELECT SUM(amount_minor)" + where + " AND currency = '" + v.currency + "'"),
                 std::vector<std::int64_t>{v.amountMinor});
    }
    // The headline figure is the largest single-currency amount, with its currency.
    QCOMPARE(mixed.valueAtRiskMinor, sums.front());
    QCOMPARE(mixed.currency, mixed.valuesAtRisk.front().currency);
    QVERIFY(mixed.valueAtRiskMinor < raw.column("SELECT SUM(amount_minor)" + where).front());

    const ErrorGroup &single = groups[1];
    QCOMPARE(single.signature, std::string("single"));
    QCOMPARE(single.valuesAtRisk.size(), std::size_t(1));
    QCOMPARE(single.valuesAtRisk.front().currency, std::string("USD"));
    QCOMPARE(single.valueAtRiskMinor, std::int64_t(4200));
    QCOMPARE(single.currency, std::string("USD"));
}

void TestStore::countsAndSchedules()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    std::vector<Transaction> rows;
    store->write([&](WriteTxn &w) {
        for (int i = 0; i < 80; ++i) {
            Transaction t = sampleTx(i);
            w.insertTransaction(t);
            rows.push_back(t);
        }
    });
    auto countOf = [&](const TxFilter &scope) {
        std::map<std::pair<std::string, int>, std::int64_t> m;
        for (const auto &c : store->countByFlowAndState(scope))
            m[{c.flowId, int(c.state)}] = c.count;
        return m;
    };
    auto expectedCounts = [&](const std::function<bool(const Transaction &)> &in) {
        std::map<std::pair<std::string, int>, std::int64_t> m;
        for (const auto &t : rows) {
            if (in(t))
                ++m[{t.flowId, int(t.state)}];
        }
        return m;
    };
    QCOMPARE(countOf({}), expectedCounts([](const Transaction &) { return true; }));
    TxFilter scope;
    scope.plants = {"FR01"};
    QCOMPARE(countOf(scope), expectedCounts([](const Transaction &t) { return t.plant == "FR01"; }));

    // Counts follow state changes.
    Transaction moved = rows[1];
    QCOMPARE(moved.state, TxState::Failed);
    moved.state = TxState::Delivered;
    moved.version += 1;
    store->write([&](WriteTxn &w) { w.updateTransaction(moved); });
    rows[1] = moved;
    QCOMPARE(countOf({}), expectedCounts([](const Transaction &) { return true; }));

    const TimeMs now = kBase + 2 * 3'600'000;
    std::map<std::string, std::int64_t> stuck;
    for (const auto &t : rows) {
        if (t.stuckAt(now))
            ++stuck[t.flowId];
    }
    QVERIFY(!stuck.empty());
    QCOMPARE(store->stuckCountByFlow({}, now), stuck);

    // Due for delivery: received and resubmitted, and retries whose time has come.
    const TimeMs dueNow = kBase + 20 * 60'000;
    std::set<std::int64_t> due;
    for (const auto &t : rows) {
        if (t.state == TxState::Received || t.state == TxState::Resubmitted
            || (t.state == TxState::RetryScheduled && t.nextAttemptAt <= dueNow))
            due.insert(t.id);
    }
    const auto gotIds = ids(store->dueForDelivery(dueNow, 1000));
    QCOMPARE(std::set<std::int64_t>(gotIds.begin(), gotIds.end()), due);
    QCOMPARE(gotIds.size(), due.size());
    QCOMPARE(store->dueForDelivery(dueNow, 3).size(), std::size_t(3));

    // SLA crossings in a window, deadline order.
    const TimeMs after = kBase + 3'600'000 + 5 * 60'000;
    const TimeMs upTo = kBase + 3'600'000 + 15 * 60'000;
    std::vector<std::int64_t> crossed;
    for (const auto &t : rows) {
        if (!isClosed(t.state) && t.slaDeadline > after && t.slaDeadline <= upTo)
            crossed.push_back(t.id);
    }
    QVERIFY(!crossed.empty());
    QCOMPARE(ids(store->crossedSla(after, upTo, 1000)), crossed);

    // Timeline: every transaction of a correlation id, oldest first.
    std::vector<std::int64_t> corr;
    for (const auto &t : rows) {
        if (t.correlationId == "corr-4")
            corr.push_back(t.id);
    }
    QCOMPARE(ids(store->timeline("corr-4")), corr);
}

void TestStore::auditChainDetectsEdit()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    for (int i = 1; i <= 10; ++i) {
        AuditEntry e = sampleAudit(i);
        store->write([&](WriteTxn &w) { QCOMPARE(w.appendAudit(e), std::int64_t(i)); });
        QCOMPARE(e.hash.size(), std::size_t(64));
    }
    auto v = store->verifyAuditChain();
    QVERIFY(v.ok);
    QCOMPARE(v.checked, 10);

    RawDb raw(store->path());
    QVERIFY(raw.exec("UPDATE audit SET reason = 'nothing to see' WHERE sequence = 4"));
    v = store->verifyAuditChain();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBrokenSequence, 4);
    QVERIFY(!v.problem.empty());

    // Appends continue after a reopen and still link to the head.
    QVERIFY(raw.exec("UPDATE audit SET reason = 'reason 4' WHERE sequence = 4"));
    store.reset();
    store = openStore(dir);
    AuditEntry more = sampleAudit(11);
    store->write([&](WriteTxn &w) { w.appendAudit(more); });
    QCOMPARE(more.sequence, 11);
    v = store->verifyAuditChain();
    QVERIFY(v.ok);
    QCOMPARE(v.checked, 11);
}

void TestStore::auditChainDetectsDeletion()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    store->write([](WriteTxn &w) {
        for (int i = 1; i <= 8; ++i) {
            AuditEntry e = sampleAudit(i);
            w.appendAudit(e);
        }
    });
    QVERIFY(store->verifyAuditChain().ok);
    RawDb raw(store->path());
    QVERIFY(raw.exec("DELETE FROM audit WHERE sequence = 8"));  // the newest one
    auto v = store->verifyAuditChain();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBrokenSequence, 8);
    QVERIFY(raw.exec("DELETE FROM audit WHERE sequence = 6"));
    v = store->verifyAuditChain();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBrokenSequence, 6);
    QVERIFY(raw.exec("DELETE FROM audit WHERE sequence = 1"));
    QCOMPARE(store->verifyAuditChain().firstBrokenSequence, 1);
}

void TestStore::auditChainDetectsReorder()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    store->write([](WriteTxn &w) {
        for (int i = 1; i <= 6; ++i) {
            AuditEntry e = sampleAudit(i);
            w.appendAudit(e);
        }
    });
    RawDb raw(store->path());
    // Swap entries 3 and 5, each keeping its own hashes.
    QVERIFY(raw.exec("UPDATE audit SET sequence = -3 WHERE sequence = 3; "
                     "UPDATE audit SET sequence = 3 WHERE sequence = 5; "
                     "UPDATE audit SET sequence = 5 WHERE sequence = -3;"));
    const auto v = store->verifyAuditChain();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBrokenSequence, 3);
}

void TestStore::auditListing()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    store->write([](WriteTxn &w) {
        for (int i = 1; i <= 25; ++i) {
            AuditEntry e = sampleAudit(i);
            w.appendAudit(e);
        }
    });
    std::vector<std::int64_t> seqs;
    std::string token;
    do {
        const AuditPage page = store->listAudit({}, 7, token);
        QCOMPARE(page.totalSize, 25);
        for (const auto &e : page.items)
            seqs.push_back(e.sequence);
        token = page.nextPageToken;
    } while (!token.empty());
    std::vector<std::int64_t> expected;
    for (int i = 25; i >= 1; --i)
        expected.push_back(i);
    QCOMPARE(seqs, expected);

    AuditFilter f;
    f.actor = "operator";
    f.action = "transaction.resubmit";
    f.from = kBase + 5 * 1000;
    f.to = kBase + 20 * 1000;
    const AuditPage page = store->listAudit(f, 100, {});
    std::vector<std::int64_t> want;
    for (int i = 19; i >= 5; --i) {
        if (i % 2 == 1 && i % 3 != 0)
            want.push_back(i);
    }
    seqs.clear();
    for (const auto &e : page.items) {
        seqs.push_back(e.sequence);
        QCOMPARE(e.actor, std::string("operator"));
    }
    QCOMPARE(seqs, want);
    QCOMPARE(page.totalSize, std::int64_t(want.size()));

    AuditFilter target;
    target.targetType = "connector";
    target.targetId = "103";
    const AuditPage one = store->listAudit(target, 100, {});
    QCOMPARE(one.items.size(), std::size_t(1));
    QCOMPARE(one.items[0].reason, std::string("reason 3"));

    const AuditPage small = store->listAudit({}, 5, {});
    try {
        store->listAudit(f, 5, small.nextPageToken);
        QFAIL("a token of another filter was accepted");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::InvalidArgument);
    }
}

void TestStore::eventsAfterPruneAndBounds()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    QCOMPARE(store->oldestEventSequence(), 0);
    QCOMPARE(store->lastEventSequence(), 0);
    store->write([](WriteTxn &w) {
        for (int i = 1; i <= 7; ++i) {
            Event e;
            e.type = EventType::TransactionChanged;
            e.transactionId = i;
            e.flowId = "crm-quote-to-order";
            e.state = TxState::Failed;
            e.previousState = TxState::InFlight;
            e.version = 2;
            e.plant = "DE01";
            e.domain = "sales";
            e.action = "failed";
            e.actor = "engine";
            QCOMPARE(w.appendEvent(e), std::int64_t(i));
        }
    });
    auto evs = store->eventsAfter(2, 3);
    QCOMPARE(evs.size(), std::size_t(3));
    QCOMPARE(evs[0].sequence, 3);
    QCOMPARE(evs[2].sequence, 5);
    QCOMPARE(evs[0].transactionId, 3);
    QCOMPARE(evs[0].state, TxState::Failed);
    QCOMPARE(evs[0].previousState, TxState::InFlight);
    QCOMPARE(evs[0].plant, std::string("DE01"));
    QCOMPARE(evs[0].action, std::string("failed"));
    QVERIFY(evs[0].at > 0);
    QCOMPARE(store->oldestEventSequence(), 1);
    QCOMPARE(store->lastEventSequence(), 7);

    store->write([](WriteTxn &w) { w.pruneEvents(3); });
    QCOMPARE(store->oldestEventSequence(), 5);
    QCOMPARE(store->lastEventSequence(), 7);
    evs = store->eventsAfter(0, 100);
    QCOMPARE(evs.size(), std::size_t(3));
    QCOMPARE(evs.front().sequence, 5);

    // Sequence numbers are never reused, even after everything was pruned.
    store->write([](WriteTxn &w) { w.pruneEvents(0); });
    QCOMPARE(store->oldestEventSequence(), 0);
    Event next;
    store->write([&](WriteTxn &w) { w.appendEvent(next); });
    QCOMPARE(next.sequence, 8);

    // A write that rolls back leaves no gap: its numbers are used by the next.
    bool threw = false;
    try {
        store->write([](WriteTxn &w) {
            Event e;
            w.appendEvent(e);
            w.appendEvent(e);
            throw std::runtime_error("abandoned");
        });
    } catch (const std::runtime_error &) {
        threw = true;
    }
    QVERIFY(threw);
    QCOMPARE(store->lastEventSequence(), 8);
    Event after;
    store->write([&](WriteTxn &w) { w.appendEvent(after); });
    QCOMPARE(after.sequence, 9);
    QCOMPARE(store->eventsAfter(7, 10).size(), std::size_t(2));
}

void TestStore::waitForEventsWakesOnCommit()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    QVERIFY(!store->waitForEvents(0, std::chrono::milliseconds(20)));  // times out

    auto waiter = std::async(std::launch::async, [&] { return store->waitForEvents(0, std::chrono::seconds(20)); });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    std::thread writer([&] {
        store->write([](WriteTxn &w) {
            Event e;
            w.appendEvent(e);
        });
    });
    writer.join();
    QVERIFY(waiter.wait_for(std::chrono::seconds(10)) == std::future_status::ready);
    QVERIFY(waiter.get());
    QVERIFY(store->waitForEvents(0, std::chrono::milliseconds(0)));  // already there

    // A write without events does not wake anyone; wakeAll does.
    auto sleeper = std::async(std::launch::async, [&] { return store->waitForEvents(1, std::chrono::seconds(20)); });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    store->write([](WriteTxn &w) {
        AuditEntry a = sampleAudit(1);
        w.appendAudit(a);
    });
    QVERIFY(sleeper.wait_for(std::chrono::milliseconds(100)) == std::future_status::timeout);
    store->wakeAll();
    QVERIFY(sleeper.wait_for(std::chrono::seconds(10)) == std::future_status::ready);
    QVERIFY(!sleeper.get());
}

void TestStore::exceptionQueryUsesIndex_data()
{
    QTest::addColumn<TxOrder>("order");
    QTest::addColumn<bool>("secondPage");
    QTest::addColumn<bool>("everyState");
    for (const bool every : {false, true}) {
        const std::string suffix = every ? ", every state" : "";
        QTest::newRow(("impact, first page" + suffix).c_str()) << TxOrder::ImpactDesc << false << every;
        QTest::newRow(("impact, next page" + suffix).c_str()) << TxOrder::ImpactDesc << true << every;
        QTest::newRow(("created, next page" + suffix).c_str()) << TxOrder::CreatedAsc << true << every;
        QTest::newRow(("amount, next page" + suffix).c_str()) << TxOrder::AmountDesc << true << every;
        QTest::newRow(("due, next page" + suffix).c_str()) << TxOrder::DueAsc << true << every;
        QTest::newRow(("flow, next page" + suffix).c_str()) << TxOrder::FlowAsc << true << every;
        if (!every)  // in id order every state is the primary key's walk
            QTest::newRow("id, next page") << TxOrder::IdAsc << true << false;
    }
}

void TestStore::exceptionQueryUsesIndex()
{
    QFETCH(TxOrder, order);
    QFETCH(bool, secondPage);
    QFETCH(bool, everyState);
    TxFilter f;
    if (!everyState)
        f.states = {TxState::Failed};
    std::string token;
    if (secondPage)
        token = m_store->listTransactions(f, order, 20, {}).nextPageToken;
    const std::string plan = m_store->explainListTransactions(f, order, token);
    qInfo("%s", plan.c_str());
    if (g_postgres) {
        // On a few rows PostgreSQL may sort what an index found, which costs
        // nothing there; that the page walks the index in its order, with no
        // sort, is checked on 20,000 rows (firstPageUsesKeysetIndexAtScale).
        QVERIFY(plan.find("Index Scan") != std::string::npos || plan.find("Index Only Scan") != std::string::npos);
        QVERIFY(plan.find("Seq Scan") == std::string::npos);
        return;
    }
    QVERIFY(plan.find("USING INDEX") != std::string::npos || plan.find("USING COVERING INDEX") != std::string::npos);
    QVERIFY(plan.find("SCAN t\n") == std::string::npos);
    if (secondPage)  // the cursor is an index range, not a filter over skipped rows
        QVERIFY(plan.find("<?)") != std::string::npos || plan.find(">?)") != std::string::npos);
    if (everyState) {
        // Each lifecycle's page from its own ordering, the settled rows' and
        // the live rows'; the only sorts are the merge's, of one page each.
        QVERIFY(plan.find("INDEX tx_settled_") != std::string::npos);
        QVERIFY(plan.find("INDEX tx_live_") != std::string::npos);
        auto count = [&plan](const std::string &what) {
            int n = 0;
            for (auto at = plan.find(what); at != std::string::npos; at = plan.find(what, at + 1))
                ++n;
            return n;
        };
        QCOMPARE(count("SCAN part"), 3);
        QCOMPARE(count("USE TEMP B-TREE"), 3);
        return;
    }
    QVERIFY(plan.find("USE TEMP B-TREE") == std::string::npos);
}

class TestStoreSqlite : public TestStore {
    Q_OBJECT
};

// What only a shared database can show: several flowdeskd on one PostgreSQL.
class TestStorePostgres : public TestStore {
    Q_OBJECT

private slots:
    // A commit through one instance wakes the waiters of another (LISTEN/NOTIFY),
    // and the events it reads are numbered by the database without gaps.
    void waitForEventsWakesAcrossInstances()
    {
        QTemporaryDir dir;
        auto first = openStore(dir);
        auto second = openStore(dir);
        QVERIFY(first && second);
        QVERIFY(!second->waitForEvents(0, std::chrono::milliseconds(20)));
        auto waiter = std::async(std::launch::async, [&] { return second->waitForEvents(0, std::chrono::seconds(20)); });
        first->write([](WriteTxn &w) {
            Event e;
            w.appendEvent(e);
        });
        QVERIFY(waiter.wait_for(std::chrono::seconds(10)) == std::future_status::ready);
        QVERIFY(waiter.get());
        // Both write in turn; every event is seen once, in order.
        for (int i = 0; i < 10; ++i) {
            Store &s = i % 2 ? *first : *second;
            s.write([](WriteTxn &w) {
                Event e;
                w.appendEvent(e);
            });
        }
        QTRY_VERIFY_WITH_TIMEOUT(second->waitForEvents(10, std::chrono::milliseconds(0)), 10000);
        const auto events = second->eventsAfter(0, 100);
        QCOMPARE(events.size(), std::size_t(11));
        for (std::size_t i = 0; i < events.size(); ++i)
            QCOMPARE(events[i].sequence, static_cast<std::int64_t>(i + 1));
    }

    // Many concurrent readers share a bounded set of connections that stay
    // open: PostgreSQL starts a server process for each connection, so none
    // is opened and closed again per read.
    void readerConnectionsAreBoundedAndKept()
    {
        QTemporaryDir dir;
        auto store = openStore(dir);
        QVERIFY(store);
        RawDb raw(storeLocation(dir));
        const std::string ours = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                 "AND pid <> pg_backend_pid()";
        const auto sessions = [&] {
            const auto n = raw.column("SELECT sessions FROM pg_stat_database WHERE datname = current_database()");
            return n.empty() ? std::int64_t(-1) : n.front();
        };
        const std::int64_t before = sessions();
        QVERIFY(before >= 0);
        std::atomic<bool> done{false};
        std::atomic<std::int64_t> most{0};
        auto watcher = std::async(std::launch::async, [&] {
            RawDb look(storeLocation(dir));
            while (!done) {
                const auto n = look.column(ours);
                if (!n.empty())
                    most = std::max(most.load(), n.front());
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
        std::atomic<int> answered{0};
        for (int burst = 0; burst < 2; ++burst) {
            std::vector<std::future<void>> readers;
            for (int i = 0; i < 48; ++i)
                readers.push_back(std::async(std::launch::async, [&] {
                    for (int k = 0; k < 20; ++k) {
                        store->getTransaction(1, true);
                        store->listFlows();
                        ++answered;
                    }
                }));
            for (auto &r : readers)
                QVERIFY(r.wait_for(std::chrono::seconds(60)) == std::future_status::ready);
        }
        done = true;
        watcher.wait();
        QCOMPARE(answered.load(), 2 * 48 * 20);
        // The writer, the listener, up to 24 readers and the watcher itself.
        QVERIFY2(most.load() <= 27, std::to_string(most.load()).c_str());
        // Sessions count when they start; the closed ones before they end.
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        const std::int64_t opened = sessions() - before;
        QVERIFY2(opened <= 26, std::to_string(opened).c_str());
    }

    // Two instances writing audit entries concurrently make one chain that verifies.
    void auditChainOneAcrossInstances()
    {
        QTemporaryDir dir;
        auto first = openStore(dir);
        auto second = openStore(dir);
        QVERIFY(first && second);
        auto writeSome = [](Store &store, int from) {
            for (int i = from; i < from + 40; ++i) {
                store.write([i](WriteTxn &w) {
                    AuditEntry e = sampleAudit(i);
                    w.appendAudit(e);
                });
            }
        };
        std::thread a([&] { writeSome(*first, 0); });
        std::thread b([&] { writeSome(*second, 100); });
        a.join();
        b.join();
        for (Store *store : {first.get(), second.get()}) {
            const auto v = store->verifyAuditChain();
            QVERIFY2(v.ok, v.problem.c_str());
            QCOMPARE(v.checked, 80);
        }
        RawDb raw(storeLocation(dir));
        QCOMPARE(raw.column("SELECT MAX(sequence) FROM audit"), std::vector<std::int64_t>{80});
    }

    // The first page of the exception list on a table of realistic size walks
    // the keyset index in order (the plan a benchmark compares with SQLite's).
    void firstPageUsesKeysetIndexAtScale()
    {
        QTemporaryDir dir;
        auto store = openStore(dir);
        QVERIFY(store);
        store->write([](WriteTxn &w) {
            for (int i = 0; i < 20000; ++i) {
                Transaction t = sampleTx(i);
                w.insertTransaction(t);
            }
        });
        RawDb raw(storeLocation(dir));
        QVERIFY(raw.exec("ANALYZE"));
        for (const TxOrder order : {TxOrder::ImpactDesc, TxOrder::CreatedAsc}) {
            TxFilter f;
            f.states = {TxState::Failed};
            const std::string plan = store->explainListTransactions(f, order);
            qInfo("%s", plan.c_str());
            // One of the orderings' indexes (the open rows' or every row's), walked in order.
            QVERIFY(plan.find("Index Scan using tx_") != std::string::npos
                    || plan.find("Index Scan Backward using tx_") != std::string::npos);
            QVERIFY(plan.find("Sort") == std::string::npos);
            QVERIFY(plan.find("Seq Scan") == std::string::npos);
            // Every state: the settled rows' ordering and the live rows',
            // each walked in order, merged without a sort.
            const std::string all = store->explainListTransactions(TxFilter{}, order);
            qInfo("%s", all.c_str());
            QVERIFY(all.find("Merge Append") != std::string::npos);
            QVERIFY(all.find("using tx_settled_") != std::string::npos);
            QVERIFY(all.find("using tx_live_") != std::string::npos);
            QVERIFY(all.find("Sort  (") == std::string::npos);
            QVERIFY(all.find("Seq Scan") == std::string::npos);
        }
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    {
        g_postgres = false;
        TestStoreSqlite sqlite;
        failures += QTest::qExec(&sqlite, argc, argv);
    }
    {
        g_postgres = true;
        TestStorePostgres postgres;
        failures += QTest::qExec(&postgres, argc, argv);
    }
    QString error;
    if (PgTestServer *server = PgTestServer::shared(&error))
        server->stop();
    return failures;
}

#include "tst_store.moc"
