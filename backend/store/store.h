#pragma once

// The persistent store of flowdeskd: one SQLite database (WAL) under the data
// folder, with versioned migrations. One writer at a time through write(); reads
// from any thread on their own connections, never blocked by the writer.

#include "change.h"
#include "clock.h"
#include "domain.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace flowdesk::backend {

// Thrown by the store for misuse the caller can report to its client
// (a malformed page token) and for SQLite failures.
class StoreError : public std::runtime_error {
public:
    // Full: the disk (or the file size the process may write) has no room left;
    // the change was not applied and the same change succeeds once there is room.
    enum class Kind { InvalidArgument, Io, Corrupt, Full };
    StoreError(Kind kind, const std::string &what) : std::runtime_error(what), m_kind(kind) {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

class WriteTxn;

// A connector's idempotency key within its flow.
struct IdempotencyKey {
    std::string flowId;
    std::string key;
};

// A bulk job as the store keeps it, so that it survives a restart: written
// before the job's first answer, its cursor and progress in the same store
// transaction as each chunk of changes (an item before the cursor is done,
// one after it untouched).
struct BulkJobRecord {
    std::string id;
    std::string owner;         // username of the person who started it
    std::string request;       // the serialized request (action, patch, reason...)
    std::string items;         // the frozen selection: ids as little-endian int64
    std::int64_t cursor = 0;   // items [0, cursor) are done
    std::string progress;      // the serialized job as watchers see it
    bool finished = false;
    TimeMs createdAt = 0;
    // Who asked for it to be cancelled (through whatever instance); empty when
    // nobody did.
    std::string cancelRequestedBy;
};

// ---- rollups: what the dashboards read instead of the transactions ----
//
// Every transaction counts once in the bucket of its creation time, with its
// current outcome: received (every one), delivered, failed (FAILED now), retried
// (needed more than one attempt, or waits for the next), the value of the failed
// ones and a histogram of delivery latency (delivered_at - created_at). The
// writer keeps them in the same SQLite transaction as each change, at three
// grains (5 minutes, 1 hour, 1 day, UTC), so that they always equal the same
// aggregate computed from the rows.

inline constexpr std::int64_t kRollupGrainsMs[] = {5 * 60 * 1000, 3600 * 1000, 24 * 3600 * 1000};
inline constexpr int kLatencyBins = 128;

// Fixed log-scale latency bins: bin i holds [2^(i/4) - 1, 2^((i+1)/4) - 1) ms.
int latencyBin(std::int64_t latencyMs);
// A representative latency of a bin (its geometric middle), in ms.
std::int64_t latencyBinValue(int bin);
// The q-quantile (0..1) of a histogram (bin -> count); 0 when it is empty.
// A latency histogram's bins that hold something, (bin, delivered count), by bin.
using LatencyBins = std::vector<std::pair<int, std::int64_t>>;
std::int64_t latencyQuantile(const LatencyBins &histogram, double q);

struct RollupRow {
    std::string flowId;
    std::string plant;    // empty when summed over plants
    std::string domain;   // empty when summed over domains
    TimeMs bucket = 0;    // start of the bucket
    std::int64_t received = 0;
    std::int64_t delivered = 0;
    std::int64_t failed = 0;
    std::int64_t retried = 0;
    std::int64_t valueFailedMinor = 0;
    LatencyBins latency;
};

// What is open now for one flow within a scope: from the kept counts and the
// small indexes of open transactions.
struct FlowOpenHealth {
    std::string flowId;
    std::int64_t backlog = 0;        // not closed
    std::int64_t stuck = 0;          // not closed, past the SLA deadline
    TimeMs oldestOpenCreatedAt = 0;  // 0: nothing open
    TimeMs earliestOpenDeadline = 0; // smallest SLA deadline of the open ones; 0: none
    // Failed, or open past the SLA deadline: value per currency.
    std::map<std::string, std::int64_t> valueAtRiskMinor;
};


// Where a store lives: a data folder (the embedded SQLite store), or a
// PostgreSQL database named by a URI ("postgresql://user@host:5432/flowdesk")
// with its password given apart (read from a file or the environment by the
// caller; never written into the URI in a configuration file).
struct StoreSpec {
    std::string location;
    std::string password;
};

class Store {
public:
    // Opens the store of spec, creating and migrating its schema if needed:
    // <folder>/flowdesk.db, or the PostgreSQL database.
    static std::unique_ptr<Store> open(const StoreSpec &spec, std::string *error,
                                       const Clock &clock = Clock::system());
    // Opens (creating and migrating if needed) <dataDir>/flowdesk.db, or the
    // PostgreSQL database when dataDir is a postgresql:// URI.
    // Returns nullptr and sets *error when the folder or file cannot be used.
    // Times the store stamps itself (audit and event times left 0, migrations)
    // come from clock, which must outlive the store.
    static std::unique_ptr<Store> open(const std::string &dataDir, std::string *error,
                                       const Clock &clock = Clock::system());
    ~Store();

    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    int schemaVersion() const;
    std::string path() const;
    // This data folder's identity: random, made when the database was created (or
    // first opened by a flowdeskd that knew it) and never changed. Clients key what
    // they keep about a server by it, not by the address they reach it at.
    std::string siteId() const;
    // Several flowdeskd instances may write this store at once (PostgreSQL);
    // false for the SQLite file, which one process owns.
    bool shared() const;

    // Runs fn inside one SQLite transaction (BEGIN IMMEDIATE) while holding the
    // writer lock. Commits when fn returns; rolls back and rethrows when it throws,
    // so a change is applied whole or not at all. Events appended by fn are
    // published to waitForEvents() after the commit. A write() from inside fn
    // throws StoreError(InvalidArgument) rather than wait for itself.
    void write(const std::function<void(WriteTxn &)> &fn);

    // ---- reads (thread-safe) ----
    std::vector<FlowDef> listFlows() const;
    std::optional<FlowDef> getFlow(const std::string &id) const;
    // The flow's payload schema as it was in `version` (FlowDef::schemaVersion
    // is the current one).
    std::optional<std::string> flowSchema(const std::string &flowId, int version) const;
    // Counts per flow and state of the transactions matching filter (scope only:
    // plants and domains are honoured).
    std::vector<StateCount> countByFlowAndState(const TxFilter &scope) const;
    // Stuck (not closed, past SLA deadline at `now`) per flow within scope.
    std::map<std::string, std::int64_t> stuckCountByFlow(const TxFilter &scope, TimeMs now) const;

    // withDetail: payloads and hops too.
    std::optional<Transaction> getTransaction(std::int64_t id, bool withDetail = true) const;
    // Several at once, as of one moment, in the order of ids (nullopt for an
    // id not stored); on PostgreSQL one query per table for a few hundred ids.
    std::vector<std::optional<Transaction>> getTransactions(const std::vector<std::int64_t> &ids,
                                                            bool withDetail = true) const;
    std::optional<std::int64_t> findByIdempotencyKey(const std::string &flowId, const std::string &key) const;
    // The transactions of several keys at once, in their order (nullopt for a
    // key not stored, or empty).
    std::vector<std::optional<std::int64_t>> findByIdempotencyKeys(const std::vector<IdempotencyKey> &keys) const;
    // Keyset paging: the token encodes the sort key of the last row, so every page
    // costs the same as the first. Throws StoreError(InvalidArgument) for a bad
    // token. pageSize is clamped to [1, 1000].
    TxPage listTransactions(const TxFilter &filter, TxOrder order, int pageSize,
                            const std::string &pageToken, bool withPayload = false) const;
    // The page token of listTransactions that continues after `last` (a row of
    // a page for the same filter and order): for a page cut short.
    std::string pageTokenAfter(const TxFilter &filter, TxOrder order, const Transaction &last) const;
    // Reads the hops of each transaction (one query for all).
    void loadHops(std::vector<Transaction> &transactions) const;
    // The query plan (EXPLAIN QUERY PLAN, one step per line) of the page query that
    // listTransactions runs for these arguments: diagnostics and index checks.
    std::string explainListTransactions(const TxFilter &filter, TxOrder order,
                                        const std::string &pageToken = {}) const;
    // Groups by signature (with the number of different offending values of
    // each), or with exact by flow, code and offending value (each with its
    // signature, offending value and the field of one member).
    std::vector<ErrorGroup> listErrorGroups(const TxFilter &filter, int limit, bool exact = false) const;
    // The distinct (error field path, offending value) pairs of these
    // transactions' errors (a bulk correction's rule of one value per problem).
    std::vector<std::pair<std::string, std::string>> errorFieldValues(const std::vector<std::int64_t> &ids) const;
    // Every transaction of a correlation id, oldest first, without payloads.
    std::vector<Transaction> timeline(const std::string &correlationId) const;
    // Ids matching filter, in id order, at most limit (bulk jobs).
    std::vector<std::int64_t> selectIds(const TxFilter &filter, int limit) const;
    // Transactions ready for a delivery attempt at `now`: RECEIVED, RESUBMITTED, or
    // RETRY_SCHEDULED with next_attempt_at <= now. Oldest first, at most limit.
    std::vector<Transaction> dueForDelivery(TimeMs now, int limit) const;
    // Transactions not closed whose SLA deadline lies in (after, upTo], oldest
    // deadline first, at most limit, without payloads (the engine's stuck sweep).
    std::vector<Transaction> crossedSla(TimeMs after, TimeMs upTo, int limit) const;

    // Rows of one rollup grain (a value of kRollupGrainsMs) with bucket in
    // [from, to), within scope (plants, domains, flowIds), ordered by bucket, flow,
    // plant, domain.
    std::vector<RollupRow> rollupRows(const TxFilter &scope, std::int64_t grainMs, TimeMs from, TimeMs to) const;
    // Per flow and bucket of bucketMs from start up to end, summed over the scope's
    // plants and domains, read from the coarsest rollup rows that fit each bucket.
    // start, end and bucketMs are rounded to 5 minutes (start and end down, the
    // bucket up). Buckets without transactions are left out.
    std::vector<RollupRow> rollupSeries(const TxFilter &scope, TimeMs start, TimeMs end, std::int64_t bucketMs) const;
    // Per flow with open transactions in scope, at `now`.
    std::vector<FlowOpenHealth> openHealth(const TxFilter &scope, TimeMs now) const;
    // Open transactions past their SLA deadline at `now` within scope, oldest
    // deadline first, keyset paged (the token is bound to the scope). totalSize is
    // the number of them in scope.
    TxPage listStuck(const TxFilter &scope, TimeMs now, int pageSize, const std::string &pageToken) const;

    AuditPage listAudit(const AuditFilter &filter, int pageSize, const std::string &pageToken) const;
    AuditVerification verifyAuditChain() const;

    // Events with sequence > afterSequence, ascending, at most limit.
    std::vector<Event> eventsAfter(std::int64_t afterSequence, int limit) const;
    std::int64_t oldestEventSequence() const;  // 0 when there is none
    std::int64_t lastEventSequence() const;    // 0 when there is none
    // Blocks until an event with sequence > afterSequence is committed, the timeout
    // passes or wakeAll() is called. Returns true when there is such an event.
    bool waitForEvents(std::int64_t afterSequence, std::chrono::milliseconds timeout) const;
    // Wakes every waiter (shutdown).
    void wakeAll();

    std::optional<UserRecord> getUser(const std::string &username) const;
    std::vector<UserRecord> listUsers() const;
    std::optional<SessionRecord> getSession(const std::string &tokenHash) const;
    // A session with its user's record (none when the user is gone), in one
    // read: every authenticated call asks for both.
    struct SessionWithUser {
        SessionRecord session;
        std::optional<UserRecord> user;
    };
    std::optional<SessionWithUser> getSessionWithUser(const std::string &tokenHash) const;
    std::optional<RequestRecord> getRequest(const std::string &requestId) const;
    std::optional<BulkJobRecord> getBulkJob(const std::string &id) const;
    // Bulk jobs that have not finished (to resume at start), oldest first.
    std::vector<BulkJobRecord> unfinishedBulkJobs() const;
    std::vector<ConnectorRecord> listConnectors() const;
    std::optional<ConnectorRecord> getConnector(const std::string &id) const;

    struct Impl;

private:
    explicit Store(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

// The write side, valid only inside Store::write().
class WriteTxn {
public:
    virtual ~WriteTxn() = default;

    virtual void upsertFlow(const FlowDef &flow) = 0;

    // Assigns t.id. Sets the original payload to t.payloadJson when it is empty.
    virtual std::int64_t insertTransaction(Transaction &t) = 0;
    // Writes every mutable column of t (state, version, payload, error, triage,
    // assignee, attempts, times, impact). The caller bumps the version.
    virtual void updateTransaction(const Transaction &t) = 0;
    virtual void appendHop(std::int64_t transactionId, const Hop &hop) = 0;
    // Reads inside the transaction (sees this transaction's own writes).
    virtual std::optional<Transaction> getTransaction(std::int64_t id, bool withDetail = true) = 0;
    // For rows read before the transaction began (with their detail, by
    // Store::getTransaction), in one read per few hundred rows: current[i] is
    // true when rows[i] still has its version and update time (false for an
    // empty one). Every change of a row bumps its version or changes nothing but
    // its update time, so equal means unchanged.
    virtual std::vector<bool> stillCurrent(const std::vector<std::optional<Transaction>> &rows) = 0;
    // Several inside the transaction, in the order of ids (nullopt for an id
    // not stored); on PostgreSQL one query per table for a few hundred ids.
    // Before updating one of them, adopt it (adoptCurrent).
    virtual std::vector<std::optional<Transaction>> getTransactions(const std::vector<std::int64_t> &ids,
                                                                    bool withDetail) = 0;
    // A row read in this transaction (getTransactions) or one stillCurrent()
    // found current, with nothing written to it since, counts as the row just
    // read, as if by getTransaction(t.id, withDetail).
    virtual void adoptCurrent(const Transaction &t, bool withDetail = true) = 0;
    virtual std::optional<std::int64_t> findByIdempotencyKey(const std::string &flowId,
                                                             const std::string &key) = 0;
    virtual std::vector<std::optional<std::int64_t>> findByIdempotencyKeys(const std::vector<IdempotencyKey> &keys) = 0;

    // Fills sequence, prevHash and hash.
    virtual std::int64_t appendAudit(AuditEntry &entry) = 0;
    // Fills sequence.
    virtual std::int64_t appendEvent(Event &event) = 0;
    // Keeps only the newest keepLast events.
    virtual void pruneEvents(std::int64_t keepLast) = 0;

    virtual std::optional<RequestRecord> getRequest(const std::string &requestId) = 0;
    virtual void putRequest(const RequestRecord &record) = 0;

    // Inserts a bulk job or replaces it whole.
    virtual void putBulkJob(const BulkJobRecord &job) = 0;
    // Moves a job's cursor and progress (and ends it when finished).
    virtual void updateBulkJob(const std::string &id, std::int64_t cursor, const std::string &progress,
                               bool finished) = 0;
    // Records that `by` asks for the unfinished job to be cancelled; false when
    // there is no such unfinished job.
    virtual bool requestBulkCancel(const std::string &id, const std::string &by) = 0;
    // Who asked for the job to be cancelled; empty when nobody did.
    virtual std::string bulkCancelRequestedBy(const std::string &id) = 0;

    // Named leases: work that one instance at a time does (a bulk job, the SLA
    // sweep). Takes the lease `name` for `holder` until `until`, or renews it
    // when holder has it already; true when holder has it now. A lease another
    // holder has and that has not expired at `now` stays theirs.
    virtual bool takeLease(const std::string &name, const std::string &holder, TimeMs now, TimeMs until) = 0;
    // Gives the lease up, when holder has it.
    virtual void releaseLease(const std::string &name, const std::string &holder) = 0;
    // A delivery's lease (the expiry of an IN_FLIGHT transaction's claim, kept in
    // its next_attempt_at) moved to `until`, when the row is still IN_FLIGHT
    // with `version`; false when the claim is no longer the caller's.
    virtual bool renewDeliveryLease(std::int64_t id, std::int64_t version, TimeMs until) = 0;

    virtual std::optional<UserRecord> getUser(const std::string &username) = 0;
    virtual void upsertUser(const UserRecord &user) = 0;
    virtual void putSession(const SessionRecord &session) = 0;
    virtual void deleteSession(const std::string &tokenHash) = 0;
    // Ends every open session of the account (password reset, disabling).
    virtual void deleteSessionsOf(const std::string &username) = 0;
    virtual void deleteExpiredSessions(TimeMs now) = 0;

    virtual std::optional<ConnectorRecord> getConnector(const std::string &id) = 0;
    virtual void upsertConnector(const ConnectorRecord &connector) = 0;

    // Persists one change of t as the domain recorded it: the row, its hops, its
    // event and its audit entries (filling their sequences and hashes).
    void record(const Transaction &t, ChangeRecord &change)
    {
        updateTransaction(t);
        for (const auto &h : change.hops)
            appendHop(t.id, h);
        appendEvent(change.event);
        for (auto &a : change.audit)
            appendAudit(a);
    }
};


} // namespace flowdesk::backend
