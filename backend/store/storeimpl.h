#pragma once

// Store::Impl: the writer connection, the pool of reader connections, the
// checkpointer thread, opening and migrating the file. Internal to the store.

#include "payload.h"
#include "pg_db.h"
#include "rollupdeltas.h"
#include "store_p.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace flowdesk::backend {

using namespace store_detail;

// ---------------------------------------------------------------- Impl

struct Store::Impl {
    Dialect dialect = Dialect::Sqlite;
    // PostgreSQL: the libpq connection string (with the password).
    std::string conninfo;
    std::string path;
    std::string siteId;
    int schemaVersion = 0;
    const Clock *clock = &Clock::system();

    std::mutex writeMutex;
    std::atomic<std::thread::id> writerThread{};
    std::unique_ptr<Connection> writer;
    // Head of the audit chain as committed.
    std::int64_t auditSeq = 0;
    std::string auditHash;
    // PostgreSQL: the last event number used, as the database had it when
    // this instance's current write began (the writers' lock held).
    std::int64_t eventsLast = 0;

    // Idle reader connections. SQLite opens one at will and keeps up to
    // kSqliteReadersKept: opening one reads the whole schema, so a connection
    // opened and closed again for every read beyond the kept ones costs more
    // than the read (with 64 connectors calling at once, more than 8 reads
    // are under way whenever threads holding one wait for a core).
    // PostgreSQL starts a server process for each: at most kPgReaders are
    // open, all kept, and a read waits for one of them rather than open
    // and close another under load.
    std::mutex poolMutex;
    std::condition_variable poolCv;
    std::vector<std::unique_ptr<Connection>> pool;
    int pgReadersOpen = 0;
    static constexpr int kPgReaders = 24;
    static constexpr int kSqliteReadersKept = 32;

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
        listenerStop = true;
        if (listener.joinable())
            listener.join();
    }

    // ---- PostgreSQL: events committed by any instance wake this one's waiters.
    std::atomic<bool> listenerStop{false};
    std::thread listener;

    void publishEventSeq(std::int64_t seq)
    {
        {
            std::lock_guard lock(eventMutex);
            if (seq <= lastEventSeq)
                return;
            lastEventSeq = seq;
        }
        eventCv.notify_all();
    }

    static std::int64_t lastIssuedEventSeq(Connection &c)
    {
        // The counter, not MAX(sequence): numbers of pruned events are never reused.
        auto &e = c.prepare(c.dialect() == Dialect::Postgres
                                ? "SELECT COALESCE((SELECT MAX(sequence) FROM events), 0), "
                                  "COALESCE((SELECT value::BIGINT FROM meta WHERE key = 'events_last'), 0)"
                                : "SELECT COALESCE((SELECT MAX(sequence) FROM events), "
                                  "(SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0), 0");
        e.step();
        const std::int64_t seq = std::max(e.int64(0), e.int64(1));
        e.reset();
        return seq;
    }

    void startListener()
    {
        auto conn = std::make_unique<pg::Connection>(conninfo);
        conn->execScript("LISTEN flowdesk_events");
        listener = std::thread([this, c = std::move(conn)]() mutable { runListener(std::move(c)); });
    }

    void runListener(std::unique_ptr<pg::Connection> conn)
    {
        while (!listenerStop) {
            try {
                if (!conn) {
                    conn = std::make_unique<pg::Connection>(conninfo);
                    conn->execScript("LISTEN flowdesk_events");
                    // Whatever was committed while no one listened.
                    publishEventSeq(lastIssuedEventSeq(*conn));
                }
                if (!pg::waitForNotification(*conn, std::chrono::milliseconds(200)))
                    continue;
                std::int64_t newest = 0;
                while (auto payload = pg::nextNotification(*conn))
                    newest = std::max(newest, parseInt(*payload).value_or(0));
                if (newest > 0)
                    publishEventSeq(newest);
            } catch (const std::exception &e) {
                logger()->warn("event listener: {}", e.what());
                conn.reset();
                for (int i = 0; i < 10 && !listenerStop; ++i)
                    std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        }
    }

    // Begins the writer's transaction. PostgreSQL: one writer at a time across
    // every instance on the database (a transaction-scoped advisory lock), and
    // the audit chain's head as the database has it, whoever wrote last.
    void beginWrite()
    {
        Connection &c = *writer;
        if (dialect == Dialect::Sqlite) {
            c.prepare("BEGIN IMMEDIATE").exec();
            return;
        }
        if (c.broken()) {
            // The server went away (a restart, a failover): a new connection.
            writer = std::make_unique<pg::Connection>(conninfo);
            beginWrite();
            return;
        }
        c.prepare("BEGIN").exec();
        try {
            c.prepare("SELECT pg_advisory_xact_lock(7305514424)").exec();
            loadAuditHead(c);
        } catch (...) {
            if (c.inTransaction())
                c.prepare("ROLLBACK").exec();
            throw;
        }
    }

    void loadAuditHead(Connection &c)
    {
        auto &m = c.prepare(
            "SELECT key, value FROM meta WHERE key IN ('audit_head_seq', 'audit_head_hash', 'events_last')");
        while (m.step()) {
            if (m.view(0) == "audit_head_seq")
                auditSeq = parseInt(m.text(1)).value_or(0);
            else if (m.view(0) == "events_last")
                eventsLast = parseInt(m.text(1)).value_or(0);
            else
                auditHash = m.text(1);
        }
        m.reset();
    }

    void requestCheckpoint()
    {
        if (dialect != Dialect::Sqlite)
            return;
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
                    conn = std::make_unique<sqlite::Connection>(path, false);
                conn->execScript("PRAGMA wal_checkpoint(PASSIVE)");
            } catch (const std::exception &e) {
                logger()->warn("checkpoint failed: {}", e.what());
            }
            lock.lock();
        }
    }

    std::unique_ptr<Connection> openReader()
    {
        if (dialect == Dialect::Postgres)
            return std::make_unique<pg::Connection>(conninfo);
        auto c = std::make_unique<sqlite::Connection>(path, true);
        c->execScript("PRAGMA mmap_size = 268435456; PRAGMA cache_size = -16384; PRAGMA temp_store = MEMORY;");
        registerFunctions(*c);
        return c;
    }

    class Lease {
    public:
        explicit Lease(Impl &impl) : m_impl(impl)
        {
            const bool pg = impl.dialect == Dialect::Postgres;
            std::unique_lock lock(impl.poolMutex);
            // A thread that holds a reader already does not wait for another:
            // no two threads wait for each other's.
            if (pg && held() == 0)
                impl.poolCv.wait(lock, [&] { return !impl.pool.empty() || impl.pgReadersOpen < kPgReaders; });
            if (!impl.pool.empty()) {
                m_conn = std::move(impl.pool.back());
                impl.pool.pop_back();
            } else {
                if (pg)
                    ++impl.pgReadersOpen;
                lock.unlock();
                try {
                    m_conn = impl.openReader();
                } catch (...) {
                    if (pg)
                        closed();
                    throw;
                }
            }
            ++held();
        }
        ~Lease()
        {
            --held();
            const bool pg = m_impl.dialect == Dialect::Postgres;
            if (m_conn->broken()) {
                if (pg)
                    closed();
                return;  // a server connection that is gone is not kept
            }
            resetBusy(*m_conn);
            if (m_conn->inTransaction()) {
                try {
                    m_conn->execScript("ROLLBACK");
                } catch (...) {
                }
            }
            {
                std::lock_guard lock(m_impl.poolMutex);
                if (m_impl.pool.size() < static_cast<std::size_t>(pg ? kPgReaders : kSqliteReadersKept)) {
                    m_impl.pool.push_back(std::move(m_conn));
                } else if (pg) {
                    --m_impl.pgReadersOpen;
                }
            }
            m_impl.poolCv.notify_one();
        }
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        Connection &operator*() const { return *m_conn; }
        Connection *operator->() const { return m_conn.get(); }

    private:
        // Readers this thread holds now.
        static int &held()
        {
            thread_local int n = 0;
            return n;
        }
        // A PostgreSQL reader is gone: another may be opened.
        void closed()
        {
            {
                std::lock_guard lock(m_impl.poolMutex);
                --m_impl.pgReadersOpen;
            }
            m_impl.poolCv.notify_one();
        }

        Impl &m_impl;
        std::unique_ptr<Connection> m_conn;
    };

    // A read snapshot: several statements see the same committed state.
    class Snapshot {
    public:
        explicit Snapshot(Connection &c) : m_c(c)
        {
            m_c.prepare(c.dialect() == Dialect::Postgres ? "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY" : "BEGIN")
                .exec();
        }
        ~Snapshot()
        {
            resetBusy(m_c);
            if (m_c.inTransaction()) {
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
        const bool pg = dialect == Dialect::Postgres;
        const auto steps = pg ? pgMigrations() : migrations();
        if (pg) {
            // Instances starting together migrate one after the other.
            c.execScript("SELECT pg_advisory_lock(7305514425)");
        }
        struct Unlock {
            Connection &c;
            bool pg;
            ~Unlock()
            {
                if (pg) {
                    try {
                        c.execScript("SELECT pg_advisory_unlock(7305514425)");
                    } catch (...) {
                    }
                }
            }
        } unlock{c, pg};
        c.execScript(pg ? "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)"
                        : "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)");
        {
            auto &s = c.prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
            s.step();
            schemaVersion = s.int32(0);
            s.reset();
        }
        for (const Migration &m : steps) {
            if (m.version <= schemaVersion)
                continue;
            c.execScript(pg ? "BEGIN" : "BEGIN IMMEDIATE");
            try {
                c.execScript(m.sql);
                auto &ins = c.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)");
                ins.bind(1, m.version).bind(2, clock->now());
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
        if (pg) {
            // The text folding of the filters, generated from the one rule.
            c.execScript(pgFunctions());
        }
        if (!pg) {
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
        const int newest = steps.back().version;
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
        // The hours per flow agree with the hours per flow and plant.
        using F = std::tuple<std::string, std::string>;
        std::map<F, std::array<std::int64_t, 3>> hours;
        std::map<F, std::array<std::int64_t, 3>> flowHours;
        {
            auto &s = c.prepare("SELECT flow_id, domain, SUM(received), SUM(delivered), SUM(failed) "
                                "FROM tx_rollup WHERE grain = ? GROUP BY 1, 2 HAVING SUM(received) <> 0");
            s.bind(1, kRollupGrainsMs[1]);
            while (s.step())
                hours[F{s.text(0), s.text(1)}] = {s.int64(2), s.int64(3), s.int64(4)};
        }
        {
            auto &s = c.prepare("SELECT flow_id, domain, SUM(received), SUM(delivered), SUM(failed) "
                                "FROM tx_rollup_flow GROUP BY 1, 2 HAVING SUM(received) <> 0");
            while (s.step())
                flowHours[F{s.text(0), s.text(1)}] = {s.int64(2), s.int64(3), s.int64(4)};
        }
        return counts == rolled && counts == values && hours == flowHours;
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
        const bool pg = dialect == Dialect::Postgres;
        c.execScript(pg ? "BEGIN; SELECT pg_advisory_xact_lock(7305514424)" : "BEGIN IMMEDIATE");
        std::int64_t rows = 0;
        try {
            if (!pg)
                c.execScript(kRollupSchema);
            c.execScript("DELETE FROM tx_rollup; DELETE FROM tx_rollup_flow; DELETE FROM tx_value;");
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

    void ensureSiteId()
    {
        Connection &c = *writer;
        auto &s = c.prepare("SELECT value FROM meta WHERE key = 'site_id'");
        if (s.step())
            siteId = s.text(0);
        s.reset();
        if (!siteId.empty())
            return;
        siteId = crypto::randomHex(16);
        auto &m = c.prepare("INSERT INTO meta (key, value) VALUES ('site_id', ?) ON CONFLICT (key) DO NOTHING");
        m.bind(1, siteId);
        m.exec();
    }

    // Rows stored before the search-terms column existed carry '' there: their
    // terms are computed from the payload with the flow's current schema, in
    // batches of one short write transaction each, once per database (a meta
    // key records that it is done, so later opens skip the scan; an open cut
    // short resumes).
    void backfillSearchTerms()
    {
        Connection &c = *writer;
        {
            auto &s = c.prepare("SELECT value FROM meta WHERE key = 'search_terms_backfilled'");
            const bool done = s.step();
            s.reset();
            if (done)
                return;
        }
        std::map<std::string, std::vector<std::string>> pointers;
        {
            auto &s = c.prepare("SELECT id, payload_schema_json FROM flows");
            while (s.step())
                pointers[s.text(0)] = searchPointers(s.text(1));
            s.reset();
        }
        constexpr int kBatch = 2000;
        std::int64_t after = 0;
        std::int64_t filled = 0;
        for (;;) {
            std::vector<std::pair<std::int64_t, std::string>> terms;
            std::int64_t last = after;
            int seen = 0;
            {
                auto &s = c.prepare("SELECT t.id, t.flow_id, p.payload FROM transactions t "
                                    "LEFT JOIN tx_payloads p ON p.tx_id = t.id "
                                    "WHERE t.id > ? AND t.search_terms = '' ORDER BY t.id LIMIT ?");
                s.bind(1, after).bind(2, kBatch);
                while (s.step()) {
                    ++seen;
                    last = s.int64(0);
                    const auto flow = pointers.find(s.text(1));
                    if (flow == pointers.end() || flow->second.empty() || s.isNull(2))
                        continue;
                    std::string t = searchTerms(flow->second, s.text(2));
                    if (!t.empty())
                        terms.emplace_back(last, std::move(t));
                }
                s.reset();
            }
            if (!terms.empty()) {
                c.execScript(dialect == Dialect::Postgres ? "BEGIN" : "BEGIN IMMEDIATE");
                try {
                    auto &u = c.prepare("UPDATE transactions SET search_terms = ?2 WHERE id = ?1 AND search_terms = ''");
                    for (const auto &[id, t] : terms) {
                        u.bind(1, id).bind(2, t);
                        u.exec();
                    }
                    c.execScript("COMMIT");
                } catch (...) {
                    resetBusy(c);
                    c.execScript("ROLLBACK");
                    throw;
                }
                filled += static_cast<std::int64_t>(terms.size());
            }
            if (seen < kBatch)
                break;
            after = last;
        }
        auto &m = c.prepare("INSERT INTO meta (key, value) VALUES ('search_terms_backfilled', '1') "
                            "ON CONFLICT (key) DO NOTHING");
        m.exec();
        if (filled > 0)
            logger()->info("search terms computed for {} transactions stored before they existed", filled);
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
        m.reset();
        lastEventSeq = lastIssuedEventSeq(c);
    }
};

} // namespace flowdesk::backend
