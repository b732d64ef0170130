// The store's schema: its versioned migrations and what the lifecycle column means.

#include "store_p.h"

#include <iterator>

namespace flowdesk::backend::store_detail {

// ---------------------------------------------------------------- schema

// Applied in order, each inside its own transaction. Never edit a released
// migration; add a new one.
const Migration kMigrations[] = {
    {1, R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE flows (
    id                       TEXT PRIMARY KEY,
    name                     TEXT NOT NULL,
    domain                   TEXT NOT NULL,
    source_system            TEXT NOT NULL,
    target_system            TEXT NOT NULL,
    connector_id             TEXT NOT NULL,
    business_object_type     TEXT NOT NULL,
    description              TEXT NOT NULL,
    payload_schema_json      TEXT NOT NULL,
    sensitive_fields         TEXT NOT NULL,
    sla_seconds              INTEGER NOT NULL,
    retry_max_attempts       INTEGER NOT NULL,
    retry_initial_backoff_ms INTEGER NOT NULL,
    retry_multiplier         REAL NOT NULL,
    retry_max_backoff_ms     INTEGER NOT NULL,
    batch                    INTEGER NOT NULL
);

-- The hot row: what lists, filters and aggregates read. Payloads, the
-- target's raw answer and hops live in their own tables.
CREATE TABLE transactions (
    id                   INTEGER PRIMARY KEY,
    flow_id              TEXT NOT NULL,
    state                INTEGER NOT NULL,
    version              INTEGER NOT NULL,
    business_key         TEXT NOT NULL,
    business_object_type TEXT NOT NULL,
    correlation_id       TEXT NOT NULL,
    source_system        TEXT NOT NULL,
    target_system        TEXT NOT NULL,
    counterparty         TEXT NOT NULL,
    amount_minor         INTEGER NOT NULL,
    currency             TEXT NOT NULL,
    plant                TEXT NOT NULL,
    domain               TEXT NOT NULL,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL,
    due_at               INTEGER NOT NULL,
    sla_deadline         INTEGER NOT NULL,
    delivered_at         INTEGER NOT NULL,
    next_attempt_at      INTEGER NOT NULL,
    attempts             INTEGER NOT NULL,
    error_category       INTEGER NOT NULL,
    error_code           TEXT NOT NULL,
    error_message        TEXT NOT NULL,
    error_signature      TEXT NOT NULL,
    error_at             INTEGER NOT NULL,
    triage               INTEGER NOT NULL,
    assignee             TEXT NOT NULL,
    idempotency_key      TEXT NOT NULL,
    impact_score         REAL NOT NULL,
    -- Sort key of "due soonest first": no due date sorts last.
    due_key              INTEGER GENERATED ALWAYS AS (CASE WHEN due_at = 0 THEN 9223372036854775807 ELSE due_at END) VIRTUAL
);

-- Orderings of the open and exception rows (everything but DELIVERED, which is
-- the bulk of the table): small indexes that per-state lists walk in order.
-- A query uses them when it carries the term "t.state <> 3" (see txWhere).
CREATE INDEX tx_open_impact    ON transactions (state, impact_score DESC, id DESC) WHERE state <> 3;
CREATE INDEX tx_open_created   ON transactions (state, created_at, id) WHERE state <> 3;
CREATE INDEX tx_open_amount    ON transactions (state, amount_minor, id) WHERE state <> 3;
CREATE INDEX tx_open_due       ON transactions (state, due_key, id) WHERE state <> 3;
CREATE INDEX tx_open_flow      ON transactions (state, flow_id, id) WHERE state <> 3;
CREATE INDEX tx_open_id        ON transactions (state) WHERE state <> 3;
-- One error group ranked by impact; also covers the aggregates of the groups.
CREATE INDEX tx_open_signature ON transactions (state, error_signature, impact_score DESC, id DESC, error_at, amount_minor)
    WHERE state <> 3;
-- Orderings over every row (browsing without a state filter, DELIVERED lists).
CREATE INDEX tx_impact         ON transactions (impact_score DESC, id DESC);
CREATE INDEX tx_created        ON transactions (created_at, id);
CREATE INDEX tx_amount         ON transactions (amount_minor, id);
CREATE INDEX tx_due            ON transactions (due_key, id);
CREATE INDEX tx_flow           ON transactions (flow_id, id);
CREATE INDEX tx_flow_created   ON transactions (flow_id, created_at, id);
CREATE INDEX tx_signature      ON transactions (error_signature) WHERE error_signature <> '';
CREATE INDEX tx_correlation    ON transactions (correlation_id, created_at);
CREATE UNIQUE INDEX tx_idempotency ON transactions (flow_id, idempotency_key) WHERE idempotency_key <> '';
-- Only open transactions: the stuck sweep and the retry scheduler stay small.
CREATE INDEX tx_open_sla       ON transactions (sla_deadline, state, flow_id, plant, domain) WHERE state NOT IN (3, 7, 8);
CREATE INDEX tx_retry_due      ON transactions (next_attempt_at, id) WHERE state = 4;

CREATE TABLE tx_payloads (
    tx_id            INTEGER PRIMARY KEY REFERENCES transactions (id) ON DELETE CASCADE,
    original_payload TEXT NOT NULL,
    payload          TEXT NOT NULL,
    target_response  TEXT NOT NULL
);

CREATE TABLE tx_hops (
    id     INTEGER PRIMARY KEY,
    tx_id  INTEGER NOT NULL REFERENCES transactions (id) ON DELETE CASCADE,
    at     INTEGER NOT NULL,
    system TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX tx_hops_tx ON tx_hops (tx_id, id);

-- Counts per flow, plant, domain and state, kept by the writer in the same
-- transaction, so that the dashboards never scan the transactions.
CREATE TABLE tx_counts (
    flow_id TEXT NOT NULL,
    plant   TEXT NOT NULL,
    domain  TEXT NOT NULL,
    state   INTEGER NOT NULL,
    n       INTEGER NOT NULL,
    PRIMARY KEY (flow_id, plant, domain, state)
) WITHOUT ROWID;

-- Append-only, hash-chained.
CREATE TABLE audit (
    sequence    INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    role        TEXT NOT NULL,
    action      TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id   TEXT NOT NULL,
    reason      TEXT NOT NULL,
    diff_json   TEXT NOT NULL,
    request_id  TEXT NOT NULL,
    detail      TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_actor  ON audit (actor, sequence);
CREATE INDEX audit_target ON audit (target_type, target_id, sequence);

-- AUTOINCREMENT: a sequence number is never reused, even after pruning.
CREATE TABLE events (
    sequence       INTEGER PRIMARY KEY AUTOINCREMENT,
    type           INTEGER NOT NULL,
    at             INTEGER NOT NULL,
    transaction_id INTEGER NOT NULL,
    flow_id        TEXT NOT NULL,
    state          INTEGER NOT NULL,
    previous_state INTEGER NOT NULL,
    version        INTEGER NOT NULL,
    plant          TEXT NOT NULL,
    domain         TEXT NOT NULL,
    action         TEXT NOT NULL,
    actor          TEXT NOT NULL,
    connector_id   TEXT NOT NULL,
    bulk_job_id    TEXT NOT NULL
);

CREATE TABLE users (
    username      TEXT PRIMARY KEY,
    display_name  TEXT NOT NULL,
    role          INTEGER NOT NULL,
    domains       TEXT NOT NULL,
    plants        TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled      INTEGER NOT NULL,
    failed_logins INTEGER NOT NULL,
    locked_until  INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    last_login_at INTEGER NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    username   TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE requests (
    request_id  TEXT PRIMARY KEY,
    method      TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    response    BLOB NOT NULL,
    status_code INTEGER NOT NULL,
    at          INTEGER NOT NULL
);
CREATE INDEX requests_at ON requests (at);

CREATE TABLE connectors (
    id                     TEXT PRIMARY KEY,
    name                   TEXT NOT NULL,
    kind                   TEXT NOT NULL,
    system                 TEXT NOT NULL,
    endpoint               TEXT NOT NULL,
    auth_type              TEXT NOT NULL,
    paused                 INTEGER NOT NULL,
    paused_reason          TEXT NOT NULL,
    last_success_at        INTEGER NOT NULL,
    recent_attempts        INTEGER NOT NULL,
    recent_failures        INTEGER NOT NULL,
    credential_ciphertext  BLOB NOT NULL,
    credential_fingerprint TEXT NOT NULL,
    credential_version     INTEGER NOT NULL,
    credential_rotated_at  INTEGER NOT NULL,
    credential_rotated_by  TEXT NOT NULL,
    rotation_policy_days   INTEGER NOT NULL
);
)sql"},
    // One index fewer to move on every state change (a bulk resubmit of 50,000
    // exceptions moves each row in every index that has the state in its key or
    // its condition): tx_open_sla keeps the same rows in the same order as the
    // dashboard's tx_open_deadline, which the stuck sweep, the stuck counts and
    // the stuck list now use.
    {2, R"sql(
DROP INDEX IF EXISTS tx_open_sla;
CREATE INDEX IF NOT EXISTS tx_open_deadline ON transactions (sla_deadline, id, flow_id, plant, domain) WHERE state IN (1, 2, 4, 5, 6);
)sql"},
    // A state change among the open states (FAILED to RESUBMITTED to IN_FLIGHT,
    // say) leaves the indexes of open rows alone. Their key and condition name
    // the lifecycle (0 delivered, 1 open, 2 closed by a person) instead of the
    // state, and SQLite rewrites an index entry only when a column it names
    // changes; before, every such change moved the row in ten indexes. Lists of
    // one state walk the open rows in order and check the state on the row they
    // read anyway. Two indexes keep the state: the error groups' (it covers
    // their aggregates) and the delivery engine's queue of RECEIVED and
    // RESUBMITTED work.
    {3, R"sql(
ALTER TABLE transactions ADD COLUMN lifecycle INTEGER NOT NULL DEFAULT 0;
UPDATE transactions SET lifecycle = CASE WHEN state IN (7, 8) THEN 2 ELSE 1 END WHERE state <> 3;
DROP INDEX tx_open_impact;
DROP INDEX tx_open_created;
DROP INDEX tx_open_amount;
DROP INDEX tx_open_due;
DROP INDEX tx_open_flow;
DROP INDEX tx_open_id;
DROP INDEX tx_open_signature;
DROP INDEX IF EXISTS tx_open_age;
DROP INDEX IF EXISTS tx_open_overdue;
DROP INDEX IF EXISTS tx_open_deadline;
CREATE INDEX tx_live_impact    ON transactions (lifecycle, impact_score DESC, id DESC) WHERE lifecycle <> 0;
CREATE INDEX tx_live_created   ON transactions (lifecycle, created_at, id) WHERE lifecycle <> 0;
CREATE INDEX tx_live_amount    ON transactions (lifecycle, amount_minor, id) WHERE lifecycle <> 0;
CREATE INDEX tx_live_due       ON transactions (lifecycle, due_key, id) WHERE lifecycle <> 0;
CREATE INDEX tx_live_flow      ON transactions (lifecycle, flow_id, id) WHERE lifecycle <> 0;
CREATE INDEX tx_live_id        ON transactions (lifecycle) WHERE lifecycle <> 0;
CREATE INDEX tx_live_signature ON transactions (lifecycle, state, error_signature, impact_score DESC, id DESC, error_at,
                                                amount_minor) WHERE lifecycle <> 0;
CREATE INDEX tx_work_due       ON transactions (state, created_at, id) WHERE state IN (1, 6);
CREATE INDEX IF NOT EXISTS tx_live_age      ON transactions (flow_id, plant, domain, created_at) WHERE lifecycle = 1;
CREATE INDEX IF NOT EXISTS tx_live_overdue  ON transactions (flow_id, plant, domain, sla_deadline) WHERE lifecycle = 1;
CREATE INDEX IF NOT EXISTS tx_live_deadline ON transactions (sla_deadline, id, flow_id, plant, domain) WHERE lifecycle = 1;
)sql"},
    // A site's configuration: every schema a flow had (a transaction keeps the
    // version it was validated against), the flow's texts per language, and
    // what a delivery left on the transaction: the target's receipt and the
    // payload field the target named.
    {4, R"sql(
ALTER TABLE flows ADD COLUMN schema_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE flows ADD COLUMN texts TEXT NOT NULL DEFAULT '';
CREATE TABLE flow_schemas (
    flow_id     TEXT NOT NULL,
    version     INTEGER NOT NULL,
    schema_json TEXT NOT NULL,
    PRIMARY KEY (flow_id, version)
) WITHOUT ROWID;
INSERT INTO flow_schemas (flow_id, version, schema_json) SELECT id, 1, payload_schema_json FROM flows;
ALTER TABLE tx_payloads ADD COLUMN delivery_receipt TEXT NOT NULL DEFAULT '';
ALTER TABLE tx_payloads ADD COLUMN error_field_path TEXT NOT NULL DEFAULT '';
ALTER TABLE tx_payloads ADD COLUMN schema_version INTEGER NOT NULL DEFAULT 1;
)sql"},
    // Bulk jobs outlive the process: the frozen selection, the request, the
    // cursor and the progress, moved in the same transaction as each chunk.
    {5, R"sql(
CREATE TABLE bulk_jobs (
    id         TEXT PRIMARY KEY,
    owner      TEXT NOT NULL,
    request    BLOB NOT NULL,
    items      BLOB NOT NULL,
    cursor     INTEGER NOT NULL,
    progress   BLOB NOT NULL,
    finished   INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX bulk_jobs_open ON bulk_jobs (created_at) WHERE finished = 0;
)sql"},
    // Finding things by their business names: the search terms of a
    // transaction's payload (Transaction::searchTerms) on the row the text
    // filter reads anyway (a table beside it cost a lookup per row and twice
    // the time of a search over 1,000,000 rows); and the audit's "entries about
    // order SO2026-580024" by business key. Rows stored before have no terms
    // until their payload changes.
    {6, R"sql(
ALTER TABLE transactions ADD COLUMN search_terms TEXT NOT NULL DEFAULT '';
CREATE INDEX IF NOT EXISTS tx_business_key ON transactions (business_key);
)sql"},
    // Exact error groups: the value the target refused and the group of one
    // flow, one code and one offending value (a signature where no value is
    // known, as for every error recorded before).
    {7, R"sql(
ALTER TABLE transactions ADD COLUMN error_value TEXT NOT NULL DEFAULT '';
ALTER TABLE transactions ADD COLUMN error_group TEXT NOT NULL DEFAULT '';
UPDATE transactions SET error_group = error_signature WHERE error_signature <> '';
CREATE INDEX tx_live_group ON transactions (lifecycle, state, error_group, impact_score DESC, id DESC, error_at,
                                            amount_minor) WHERE lifecycle <> 0;
CREATE INDEX tx_error_group ON transactions (error_group) WHERE error_group <> '';
)sql"},
    // Leases: work one instance at a time does (a bulk job, the SLA sweep),
    // with the instance that has it and until when.
    {8, R"sql(
CREATE TABLE leases (
    name     TEXT PRIMARY KEY,
    holder   TEXT NOT NULL,
    until_at INTEGER NOT NULL
);
)sql"},
    // A bulk job's cancellation asked for through any instance: the one
    // running it stops at its next chunk.
    {9, R"sql(
ALTER TABLE bulk_jobs ADD COLUMN cancel_requested_by TEXT NOT NULL DEFAULT '';
)sql"},
    // A hop's message for a person, worded in the reader's language when read:
    // its id and arguments as JSON (encodeMessage); empty for older hops.
    {10, R"sql(
ALTER TABLE tx_hops ADD COLUMN message TEXT NOT NULL DEFAULT '';
)sql"},
    // An audit entry's detail for a person, worded in the reader's language
    // when read: as the hops' message; empty for older entries.
    {11, R"sql(
ALTER TABLE audit ADD COLUMN message TEXT NOT NULL DEFAULT '';
)sql"},
    // The error groups read from their indexes alone: the currency (the value
    // at risk per currency), the refused value (how many different ones a
    // group holds) and what a person's scope and a flow filter name (domain,
    // plant, flow) in the entries, so that grouping the open exceptions reads
    // no row of the table (it read every one: 250 ms for 50,000 exceptions).
    {12, R"sql(
DROP INDEX IF EXISTS tx_live_signature;
CREATE INDEX tx_live_signature ON transactions (lifecycle, state, error_signature, impact_score DESC, id DESC, error_at,
                                                amount_minor, currency, error_value, domain, plant, flow_id)
    WHERE lifecycle <> 0;
DROP INDEX IF EXISTS tx_live_group;
CREATE INDEX tx_live_group ON transactions (lifecycle, state, error_group, impact_score DESC, id DESC, error_at,
                                            amount_minor, currency, error_value, domain, plant, flow_id)
    WHERE lifecycle <> 0;
)sql"},
    // What storing a new transaction writes: 24 index entries, 14 now.
    // The orderings over delivered history hold settled rows only, so a new
    // transaction (open) writes no entry in them; a list over every state
    // merges the live rows' orderings (tx_live_*) with these (see TxQuery).
    // The error groups' indexes hold only rows with an error: the queries
    // that read them name "error_signature <> ''" or "error_group <> ''".
    {13, R"sql(
DROP INDEX IF EXISTS tx_impact;
DROP INDEX IF EXISTS tx_created;
DROP INDEX IF EXISTS tx_amount;
DROP INDEX IF EXISTS tx_due;
DROP INDEX IF EXISTS tx_flow;
DROP INDEX IF EXISTS tx_flow_created;
CREATE INDEX tx_settled_impact       ON transactions (impact_score DESC, id DESC) WHERE lifecycle = 0;
CREATE INDEX tx_settled_created      ON transactions (created_at, id) WHERE lifecycle = 0;
CREATE INDEX tx_settled_amount       ON transactions (amount_minor, id) WHERE lifecycle = 0;
CREATE INDEX tx_settled_due          ON transactions (due_key, id) WHERE lifecycle = 0;
CREATE INDEX tx_settled_flow         ON transactions (flow_id, id) WHERE lifecycle = 0;
CREATE INDEX tx_settled_flow_created ON transactions (flow_id, created_at, id) WHERE lifecycle = 0;
DROP INDEX IF EXISTS tx_live_signature;
CREATE INDEX tx_live_signature ON transactions (lifecycle, state, error_signature, impact_score DESC, id DESC, error_at,
                                                amount_minor, currency, error_value, domain, plant, flow_id)
    WHERE lifecycle <> 0 AND error_signature <> '';
DROP INDEX IF EXISTS tx_live_group;
CREATE INDEX tx_live_group ON transactions (lifecycle, state, error_group, impact_score DESC, id DESC, error_at,
                                            amount_minor, currency, error_value, domain, plant, flow_id)
    WHERE lifecycle <> 0 AND error_group <> '';
)sql"},
};

// The column "lifecycle" of a row in a state (see schema 3).
int lifecycleOf(TxState s)
{
    switch (s) {
    case TxState::Delivered: return 0;
    case TxState::Discarded:
    case TxState::ResolvedManually: return 2;
    default: return 1;
    }
}

std::span<const Migration> migrations()
{
    return {kMigrations, std::size(kMigrations)};
}

} // namespace flowdesk::backend::store_detail
