// The write side: one SQLite transaction per Store::write(), its row, hop,
// audit, event and rollup writes.

#include "storeimpl.h"

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <variant>

namespace flowdesk::backend {

// ---------------------------------------------------------------- WriteTxn

namespace {

// PostgreSQL: rows of one table kept to be inserted together, one statement
// over arrays of their columns instead of one statement per row.
class PgRows {
public:
    // types: each column's PostgreSQL type ("bigint", "text"), in order.
    PgRows(const std::string &table, const std::string &columns, const std::vector<std::string> &types)
        : m_columns(types.size())
    {
        std::string arrays;
        for (const auto &type : types)
            arrays += (arrays.empty() ? "?::" : ", ?::") + type + "[]";
        // In the order added: identity columns number them in that order.
        m_sql = "INSERT INTO " + table + " (" + columns + ") SELECT " + columns + " FROM unnest(" + arrays
            + ") WITH ORDINALITY AS u(" + columns + ", fd_n) ORDER BY fd_n";
    }

    PgArray &operator[](std::size_t column) { return m_columns[column]; }
    std::size_t size() const { return m_columns.front().size(); }

    void send(Connection &c) { sendArrays(c, m_sql, m_columns); }

private:
    std::string m_sql;
    std::vector<PgArray> m_columns;
};

// PostgreSQL: updates of transactions kept to be sent together, one
// UPDATE ... FROM unnest(arrays) per set of changed columns, instead of one
// statement per row. A row is in at most one kept update: a second change to
// it sends what is kept first.
class PgUpdates {
public:
    // One kept update: the changed columns' names and types, the values.
    struct Shape {
        std::string sql;
        std::vector<PgArray> columns;  // [0]: the rows' ids
    };

    bool holds(std::int64_t id) const { return m_ids.count(id) > 0; }
    std::size_t size() const { return m_ids.size(); }

    // names and types: the changed columns'; key: their names, joined.
    Shape &shape(const std::string &key, const std::vector<std::pair<const char *, const char *>> &columns)
    {
        auto it = m_shapes.find(key);
        if (it != m_shapes.end())
            return it->second;
        Shape shape;
        std::string set, arrays = "?::bigint[]", names = "fd_id";
        for (const auto &[name, type] : columns) {
            set += (set.empty() ? "" : ", ") + std::string(name) + " = u." + name;
            arrays += std::string(", ?::") + type + "[]";
            names += std::string(", ") + name;
        }
        shape.sql = "UPDATE transactions AS t SET " + set + " FROM unnest(" + arrays + ") AS u(" + names
            + ") WHERE t.id = u.fd_id";
        shape.columns.resize(columns.size() + 1);
        return m_shapes.emplace(key, std::move(shape)).first->second;
    }

    void added(std::int64_t id) { m_ids.insert(id); }

    void send(Connection &c)
    {
        if (m_ids.empty())
            return;
        for (auto &[key, shape] : m_shapes)
            sendArrays(c, shape.sql, shape.columns);
        m_ids.clear();
    }

private:
    std::map<std::string, Shape> m_shapes;
    std::unordered_set<std::int64_t> m_ids;
};

class WriteTxnImpl final : public WriteTxn {
public:
    // eventsLast: PostgreSQL's last event number (numbered here, under the
    // writers' lock); -1 on SQLite, which numbers them itself.
    WriteTxnImpl(Connection &c, const Clock &clock, std::int64_t auditSeq, std::string auditHash,
                 std::int64_t eventsLast)
        : m_c(c), m_clock(clock), m_auditSeq(auditSeq), m_auditHash(std::move(auditHash)), m_eventsLast(eventsLast),
          m_eventsStart(eventsLast)
    {
        // Whatever reads inside the write sees the rows kept to send together.
        if (m_pg)
            m_c.setBeforeRead([this] { sendRows(); });
    }
    ~WriteTxnImpl() override { stopKeepingRows(); }
    WriteTxnImpl(const WriteTxnImpl &) = delete;
    WriteTxnImpl &operator=(const WriteTxnImpl &) = delete;

    // The write is given up: what is kept is not sent.
    void stopKeepingRows()
    {
        if (m_pg)
            m_c.setBeforeRead({});
    }

    std::int64_t auditSeq() const { return m_auditSeq; }
    const std::string &auditHash() const { return m_auditHash; }
    bool auditChanged() const { return m_auditChanged; }
    std::int64_t lastEventSeq() const { return m_lastEventSeq; }

    // Persists what must survive with the commit.
    void finish()
    {
        sendRows();
        if (!m_countDeltas.empty()) {
            auto &s = m_c.prepare("INSERT INTO tx_counts (flow_id, plant, domain, state, n) VALUES (?, ?, ?, ?, ?) "
                                  "ON CONFLICT (flow_id, plant, domain, state) DO UPDATE SET n = tx_counts.n + excluded.n");
            for (const auto &[key, delta] : m_countDeltas) {
                if (delta == 0)
                    continue;
                s.reset();
                s.bind(1, std::get<0>(key)).bind(2, std::get<1>(key)).bind(3, std::get<2>(key));
                s.bind(4, std::get<3>(key)).bind(5, delta);
                s.exec();
            }
            m_countDeltas.clear();
        }
        m_rollups.flush(m_c);
        if (m_eventsLast > m_eventsStart) {
            auto &s = m_c.prepare("INSERT INTO meta (key, value) VALUES ('events_last', ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
            s.bind(1, std::to_string(m_eventsLast));
            s.exec();
        }
        if (m_auditChanged) {
            auto &s = m_c.prepare("INSERT INTO meta (key, value) VALUES ('audit_head_seq', ?), ('audit_head_hash', ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
            s.bind(1, std::to_string(m_auditSeq)).bind(2, m_auditHash);
            s.exec();
        }
        stopKeepingRows();
    }

    // PostgreSQL: the hops, events and audit entries kept so far, each table's
    // in one statement.
    void sendRows()
    {
        if (!m_pg)
            return;
        m_updates.send(m_c);
        m_hops.send(m_c);
        m_events.send(m_c);
        m_audit.send(m_c);
    }
    static constexpr std::size_t kRowsPerInsert = 500;

    void upsertFlow(const FlowDef &f) override
    {
        // A changed schema is a new version; every version stays readable, so
        // that a transaction keeps the schema it was validated against.
        int version = 1;
        {
            auto &q = m_c.prepare("SELECT schema_version, payload_schema_json FROM flows WHERE id = ?");
            q.bind(1, f.id);
            if (q.step()) {
                version = q.int32(0);
                if (q.text(1) != f.payloadSchemaJson)
                    ++version;
            }
            q.reset();
        }
        {
            auto &v = m_c.prepare("INSERT INTO flow_schemas (flow_id, version, schema_json) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
            v.bind(1, f.id).bind(2, version).bind(3, f.payloadSchemaJson);
            v.exec();
        }
        auto &s = m_c.prepare(
            "INSERT INTO flows (id, name, domain, source_system, target_system, connector_id, business_object_type, "
            "description, payload_schema_json, sensitive_fields, sla_seconds, retry_max_attempts, "
            "retry_initial_backoff_ms, retry_multiplier, retry_max_backoff_ms, batch, schema_version, texts) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, domain = excluded.domain, "
            "source_system = excluded.source_system, target_system = excluded.target_system, "
            "connector_id = excluded.connector_id, business_object_type = excluded.business_object_type, "
            "description = excluded.description, payload_schema_json = excluded.payload_schema_json, "
            "sensitive_fields = excluded.sensitive_fields, sla_seconds = excluded.sla_seconds, "
            "retry_max_attempts = excluded.retry_max_attempts, "
            "retry_initial_backoff_ms = excluded.retry_initial_backoff_ms, "
            "retry_multiplier = excluded.retry_multiplier, retry_max_backoff_ms = excluded.retry_max_backoff_ms, "
            "batch = excluded.batch, schema_version = excluded.schema_version, texts = excluded.texts");
        s.bind(1, f.id).bind(2, f.name).bind(3, f.domain).bind(4, f.sourceSystem).bind(5, f.targetSystem);
        s.bind(6, f.connectorId).bind(7, f.businessObjectType).bind(8, f.description).bind(9, f.payloadSchemaJson);
        s.bind(10, joinList(f.sensitiveFields)).bind(11, f.slaSeconds).bind(12, f.retry.maxAttempts);
        s.bind(13, f.retry.initialBackoffMs).bind(14, f.retry.multiplier).bind(15, f.retry.maxBackoffMs);
        s.bind(16, f.batch).bind(17, version).bind(18, flowTextsJson(f));
        s.exec();
    }

    std::int64_t insertTransaction(Transaction &t) override
    {
        if (t.originalPayloadJson.empty())
            t.originalPayloadJson = t.payloadJson;
        if (t.createdAt == 0)
            t.createdAt = m_clock.now();
        if (t.updatedAt == 0)
            t.updatedAt = t.createdAt;
        // A new row takes the next id the database gives; a given id (a restore,
        // a test) is kept.
        static const std::string columns =
            "flow_id, state, version, business_key, business_object_type, "
            "correlation_id, source_system, target_system, counterparty, amount_minor, currency, plant, domain, "
            "created_at, updated_at, due_at, sla_deadline, delivered_at, next_attempt_at, attempts, error_category, "
            "error_code, error_message, error_signature, error_at, triage, assignee, impact_score, idempotency_key, "
            "lifecycle, search_terms, error_value, error_group";
        static const std::string values = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                          "?, ?, ?, ?, ?, ?, ?, ?";
        static const std::string withId = "INSERT INTO transactions (" + columns + ", id) VALUES (" + values + ", ?)";
        static const std::string withoutId = "INSERT INTO transactions (" + columns + ") VALUES (" + values + ")";
        if (t.id == 0 && m_c.dialect() == db::Dialect::Postgres)
            t.id = nextTransactionId();
        auto &s = m_c.prepare(t.id > 0 ? withId : withoutId);
        s.bind(1, t.flowId).bind(2, static_cast<int>(t.state)).bind(3, t.version).bind(4, t.businessKey);
        s.bind(5, t.businessObjectType).bind(6, t.correlationId).bind(7, t.sourceSystem).bind(8, t.targetSystem);
        s.bind(9, t.counterparty).bind(10, t.amountMinor).bind(11, t.currency).bind(12, t.plant).bind(13, t.domain);
        bindMutable(s, t, 14);
        s.bind(29, t.idempotencyKey);
        s.bind(30, lifecycleOf(t.state));
        s.bind(31, t.searchTerms);
        s.bind(32, t.error.offendingValue).bind(33, t.error.group);
        if (t.id > 0)
            s.bind(34, t.id);
        s.exec();
        if (t.id == 0)
            t.id = m_c.lastInsertRowId();

        auto &p = m_c.prepare(
            "INSERT INTO tx_payloads (tx_id, original_payload, payload, target_response, delivery_receipt, "
            "error_field_path, schema_version) VALUES (?, ?, ?, ?, ?, ?, ?)");
        p.bind(1, t.id).bind(2, t.originalPayloadJson).bind(3, t.payloadJson).bind(4, t.error.targetResponse);
        p.bind(5, t.deliveryReceipt).bind(6, t.error.fieldPath).bind(7, t.schemaVersion);
        p.exec();
        for (const Hop &h : t.hops)
            appendHop(t.id, h);
        countDelta(t, t.state, +1);
        m_rollups.add(t, +1);
        remember(t, true);
        return t.id;
    }

    void updateTransaction(const Transaction &t) override
    {
        // The engine reads a transaction right before it updates it: the row it
        // read is the current one, no need to read it again.
        std::optional<Transaction> old;
        const bool payloadKnown = m_last && m_last->id == t.id && m_lastHasDetail;
        if (m_last && m_last->id == t.id)
            old = std::move(m_last);
        else
            old = loadTransaction(m_c, t.id, false);
        m_last.reset();
        if (!old)
            throw StoreError(StoreError::Kind::InvalidArgument, "no transaction " + std::to_string(t.id));
        if (old->state != t.state) {
            // Flow, plant and domain are not updatable: the row keeps the old ones.
            countDelta(*old, old->state, -1);
            countDelta(*old, t.state, +1);
        }
        m_rollups.change(*old, t);
        // Only the columns whose value changes are written, so that the indexes
        // over unchanged columns are left alone (a bulk state change rewrites
        // the state indexes, not the date, amount or correlation indexes).
        std::string sql = "UPDATE transactions SET ";
        std::vector<BindValue> values;
        std::vector<std::pair<const char *, const char *>> columns;  // name, PostgreSQL type
        auto set = [&](const char *column, auto oldValue, auto newValue) {
            if (oldValue == newValue)
                return;
            if (!values.empty())
                sql += ", ";
            sql += column;
            sql += " = ?";
            using V = decltype(newValue);
            if constexpr (std::is_same_v<V, std::string>) {
                values.emplace_back(newValue);
                columns.emplace_back(column, "text");
            } else if constexpr (std::is_same_v<V, double>) {
                values.emplace_back(newValue);
                columns.emplace_back(column, "float8");
            } else {
                values.emplace_back(static_cast<std::int64_t>(newValue));
                columns.emplace_back(column, "bigint");
            }
        };
        set("state", static_cast<int>(old->state), static_cast<int>(t.state));
        set("lifecycle", lifecycleOf(old->state), lifecycleOf(t.state));
        set("version", old->version, t.version);
        set("business_key", old->businessKey, t.businessKey);
        set("business_object_type", old->businessObjectType, t.businessObjectType);
        set("correlation_id", old->correlationId, t.correlationId);
        set("counterparty", old->counterparty, t.counterparty);
        set("amount_minor", old->amountMinor, t.amountMinor);
        set("currency", old->currency, t.currency);
        set("created_at", old->createdAt, t.createdAt);
        set("updated_at", old->updatedAt, t.updatedAt);
        set("due_at", old->dueAt, t.dueAt);
        set("sla_deadline", old->slaDeadline, t.slaDeadline);
        set("delivered_at", old->deliveredAt, t.deliveredAt);
        set("next_attempt_at", old->nextAttemptAt, t.nextAttemptAt);
        set("attempts", old->attempts, t.attempts);
        set("error_category", static_cast<int>(old->error.category), static_cast<int>(t.error.category));
        set("error_code", old->error.code, t.error.code);
        set("error_message", old->error.message, t.error.message);
        set("error_signature", old->error.signature, t.error.signature);
        set("error_value", old->error.offendingValue, t.error.offendingValue);
        set("error_group", old->error.group, t.error.group);
        set("error_at", old->error.at, t.error.at);
        set("triage", static_cast<int>(old->triage), static_cast<int>(t.triage));
        set("assignee", old->assignee, t.assignee);
        set("impact_score", old->impactScore, t.impactScore);
        if (!values.empty() && m_pg) {
            // Kept, and sent with the next statement that reads, a change to
            // the same row, or at the end of the write.
            if (m_updates.holds(t.id))
                sendRows();
            auto &shape = m_updates.shape(sql, columns);
            shape.columns[0].add(t.id);
            for (std::size_t i = 0; i < values.size(); ++i)
                std::visit([&](const auto &v) { shape.columns[i + 1].add(v); }, values[i]);
            m_updates.added(t.id);
            if (m_updates.size() >= kRowsPerInsert)
                m_updates.send(m_c);
        } else if (!values.empty()) {
            sql += " WHERE id = ?";
            // One statement per set of changed columns; there are few in practice.
            auto &s = m_c.prepare(sql);
            int i = 1;
            for (const auto &v : values)
                bindValue(s, i++, v);
            s.bind(i, t.id);
            s.exec();
        }
        // The payload row is rewritten only when it differs: bulk state changes
        // leave payloads alone.
        if (!payloadKnown || old->payloadJson != t.payloadJson || old->error.targetResponse != t.error.targetResponse ||
            old->deliveryReceipt != t.deliveryReceipt || old->error.fieldPath != t.error.fieldPath ||
            old->schemaVersion != t.schemaVersion) {
            auto &p = m_c.prepare("UPDATE tx_payloads SET payload = ?2, target_response = ?3, delivery_receipt = ?4, "
                                  "error_field_path = ?5, schema_version = ?6 "
                                  "WHERE tx_id = ?1 AND (payload <> ?2 OR target_response <> ?3 OR "
                                  "delivery_receipt <> ?4 OR error_field_path <> ?5 OR schema_version <> ?6)");
            p.bind(1, t.id).bind(2, t.payloadJson).bind(3, t.error.targetResponse).bind(4, t.deliveryReceipt);
            p.bind(5, t.error.fieldPath).bind(6, t.schemaVersion);
            p.exec();
        }
        // Terms are set with the payload (ingest, corrections); a change that
        // leaves the payload alone carries none and keeps the stored ones.
        if (!t.searchTerms.empty() && (!payloadKnown || old->payloadJson != t.payloadJson))
            writeSearchTerms(t);
        remember(t, true);
    }

    void writeSearchTerms(const Transaction &t)
    {
        static const std::string sql =
            "UPDATE transactions SET search_terms = ?2 WHERE id = ?1 AND search_terms <> ?2";
        auto &s = m_c.prepare(sql);
        s.bind(1, t.id).bind(2, t.searchTerms);
        s.exec();
    }

    void appendHop(std::int64_t transactionId, const Hop &hop) override
    {
        if (m_pg) {
            m_hops[0].add(transactionId);
            m_hops[1].add(hop.at);
            m_hops[2].add(hop.system);
            m_hops[3].add(hop.action);
            m_hops[4].add(hop.detail);
            m_hops[5].add(encodeMessage(hop.messageId, hop.messageArgs));
            if (m_hops.size() >= kRowsPerInsert)
                m_hops.send(m_c);
            return;
        }
        static const std::string sql =
            "INSERT INTO tx_hops (tx_id, at, system, action, detail, message) VALUES (?, ?, ?, ?, ?, ?)";
        auto &s = m_c.prepare(sql);
        s.bind(1, transactionId).bind(2, hop.at).bind(3, hop.system).bind(4, hop.action).bind(5, hop.detail);
        s.bind(6, encodeMessage(hop.messageId, hop.messageArgs));
        s.exec();
    }

    std::optional<Transaction> getTransaction(std::int64_t id, bool withDetail) override
    {
        auto t = loadTransaction(m_c, id, withDetail);
        if (t)
            remember(*t, withDetail);
        else
            m_last.reset();
        return t;
    }

    std::vector<bool> stillCurrent(const std::vector<std::optional<Transaction>> &rows) override
    {
        // A fixed number of places per statement (the last id repeated), so that
        // one prepared statement serves every batch.
        constexpr std::size_t kPerRead = 256;
        static const std::string sql = [] {
            std::string q = "SELECT id, version, updated_at FROM transactions WHERE id IN (?";
            for (std::size_t i = 1; i < kPerRead; ++i)
                q += ", ?";
            return q + ")";
        }();
        std::vector<bool> current(rows.size(), false);
        std::vector<std::size_t> asked;
        asked.reserve(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            if (rows[i])
                asked.push_back(i);
        std::unordered_map<std::int64_t, std::pair<std::int64_t, std::int64_t>> found;
        for (std::size_t from = 0; from < asked.size(); from += kPerRead) {
            const std::size_t to = std::min(asked.size(), from + kPerRead);
            auto &s = m_c.prepare(sql);
            for (std::size_t k = 0; k < kPerRead; ++k)
                s.bind(static_cast<int>(k + 1), rows[asked[std::min(from + k, to - 1)]]->id);
            while (s.step())
                found[s.int64(0)] = {s.int64(1), s.int64(2)};
            s.reset();
        }
        for (std::size_t i : asked) {
            const auto it = found.find(rows[i]->id);
            current[i] = it != found.end() && it->second.first == rows[i]->version
                         && it->second.second == rows[i]->updatedAt;
        }
        return current;
    }

    std::vector<std::optional<Transaction>> getTransactions(const std::vector<std::int64_t> &ids,
                                                            bool withDetail) override
    {
        m_last.reset();
        return loadTransactions(m_c, ids, withDetail);
    }

    void adoptCurrent(const Transaction &t, bool withDetail) override { remember(t, withDetail); }

    std::optional<std::int64_t> findByIdempotencyKey(const std::string &flowId, const std::string &key) override
    {
        return loadIdempotency(m_c, flowId, key);
    }

    std::vector<std::optional<std::int64_t>> findByIdempotencyKeys(const std::vector<IdempotencyKey> &keys) override
    {
        return loadIdempotencies(m_c, keys);
    }

    std::int64_t appendAudit(AuditEntry &e) override
    {
        e.sequence = m_auditSeq + 1;
        if (e.at == 0)
            e.at = m_clock.now();
        e.prevHash = m_auditHash;
        e.hash = flowdesk::backend::auditHash(e);
        if (m_pg) {
            m_audit[0].add(e.sequence);
            m_audit[1].add(e.at);
            const std::string *texts[] = {&e.actor,     &e.role,      &e.action, &e.targetType,
                                          &e.targetId,  &e.reason,    &e.diffJson, &e.requestId,
                                          &e.detail,    &e.prevHash,  &e.hash};
            std::size_t column = 2;
            for (const std::string *text : texts)
                m_audit[column++].add(*text);
            m_audit[column].add(encodeMessage(e.messageId, e.messageArgs));
            if (m_audit.size() >= kRowsPerInsert)
                m_audit.send(m_c);
        } else {
            static const std::string sql =
                std::string("INSERT INTO audit (") + kAuditColumns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            auto &s = m_c.prepare(sql);
            s.bind(1, e.sequence).bind(2, e.at).bind(3, e.actor).bind(4, e.role).bind(5, e.action);
            s.bind(6, e.targetType).bind(7, e.targetId).bind(8, e.reason).bind(9, e.diffJson).bind(10, e.requestId);
            s.bind(11, e.detail).bind(12, e.prevHash).bind(13, e.hash);
            s.bind(14, encodeMessage(e.messageId, e.messageArgs));
            s.exec();
        }
        m_auditSeq = e.sequence;
        m_auditHash = e.hash;
        m_auditChanged = true;
        return e.sequence;
    }

    std::int64_t appendEvent(Event &e) override
    {
        if (e.at == 0)
            e.at = m_clock.now();
        const auto bindEvent = [&](Statement &s) {
            s.bind(1, static_cast<int>(e.type)).bind(2, e.at).bind(3, e.transactionId).bind(4, e.flowId);
            s.bind(5, static_cast<int>(e.state)).bind(6, static_cast<int>(e.previousState)).bind(7, e.version);
            s.bind(8, e.plant).bind(9, e.domain).bind(10, e.action).bind(11, e.actor).bind(12, e.connectorId);
            s.bind(13, e.bulkJobId);
        };
        if (m_eventsStart >= 0) {
            // PostgreSQL: the next number under the writers' lock; a write
            // that rolls back leaves no gap.
            e.sequence = ++m_eventsLast;
            m_events[0].add(static_cast<std::int64_t>(e.type));
            m_events[1].add(e.at);
            m_events[2].add(e.transactionId);
            m_events[3].add(e.flowId);
            m_events[4].add(static_cast<std::int64_t>(e.state));
            m_events[5].add(static_cast<std::int64_t>(e.previousState));
            m_events[6].add(e.version);
            m_events[7].add(e.plant);
            m_events[8].add(e.domain);
            m_events[9].add(e.action);
            m_events[10].add(e.actor);
            m_events[11].add(e.connectorId);
            m_events[12].add(e.bulkJobId);
            m_events[13].add(e.sequence);
            if (m_events.size() >= kRowsPerInsert)
                m_events.send(m_c);
        } else {
            auto &s = m_c.prepare("INSERT INTO events (type, at, transaction_id, flow_id, state, previous_state, "
                                  "version, plant, domain, action, actor, connector_id, bulk_job_id) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            bindEvent(s);
            s.exec();
            e.sequence = m_c.lastInsertRowId();
        }
        m_lastEventSeq = std::max(m_lastEventSeq, e.sequence);
        return e.sequence;
    }

    void pruneEvents(std::int64_t keepLast) override
    {
        sendRows();
        auto &s = m_c.prepare("DELETE FROM events WHERE sequence <= (SELECT MAX(sequence) FROM events) - ?");
        s.bind(1, std::max<std::int64_t>(0, keepLast));
        s.exec();
    }

    std::optional<RequestRecord> getRequest(const std::string &requestId) override
    {
        return loadRequest(m_c, requestId);
    }

    void putRequest(const RequestRecord &r) override
    {
        auto &s = m_c.prepare(
            "INSERT INTO requests (request_id, method, fingerprint, response, status_code, at) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (request_id) DO UPDATE SET method = excluded.method, fingerprint = excluded.fingerprint, "
            "response = excluded.response, status_code = excluded.status_code, at = excluded.at");
        s.bind(1, r.requestId).bind(2, r.method).bind(3, r.fingerprint).bindBlob(4, r.response);
        s.bind(5, r.statusCode).bind(6, r.at == 0 ? m_clock.now() : r.at);
        s.exec();
    }

    void putBulkJob(const BulkJobRecord &j) override
    {
        auto &s = m_c.prepare(
            "INSERT INTO bulk_jobs (id, owner, request, items, cursor, progress, finished, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, "
            "request = excluded.request, items = excluded.items, cursor = excluded.cursor, "
            "progress = excluded.progress, finished = excluded.finished, created_at = excluded.created_at");
        s.bind(1, j.id).bind(2, j.owner).bindBlob(3, j.request).bindBlob(4, j.items);
        s.bind(5, j.cursor).bindBlob(6, j.progress).bind(7, std::int64_t(j.finished ? 1 : 0));
        s.bind(8, j.createdAt == 0 ? m_clock.now() : j.createdAt);
        s.exec();
    }

    void updateBulkJob(const std::string &id, std::int64_t cursor, const std::string &progress, bool finished) override
    {
        auto &s = m_c.prepare("UPDATE bulk_jobs SET cursor = ?, progress = ?, finished = ? WHERE id = ?");
        s.bind(1, cursor).bindBlob(2, progress).bind(3, std::int64_t(finished ? 1 : 0)).bind(4, id);
        s.exec();
    }

    bool requestBulkCancel(const std::string &id, const std::string &by) override
    {
        auto &s = m_c.prepare("UPDATE bulk_jobs SET cancel_requested_by = ? WHERE id = ? AND finished = 0");
        s.bind(1, by).bind(2, id);
        s.exec();
        return m_c.changes() > 0;
    }

    std::string bulkCancelRequestedBy(const std::string &id) override
    {
        auto &s = m_c.prepare("SELECT cancel_requested_by FROM bulk_jobs WHERE id = ?");
        s.bind(1, id);
        std::string by;
        if (s.step())
            by = s.text(0);
        s.reset();
        return by;
    }

    bool takeLease(const std::string &name, const std::string &holder, TimeMs now, TimeMs until) override
    {
        auto &s = m_c.prepare(
            "INSERT INTO leases (name, holder, until_at) VALUES (?1, ?2, ?3) ON CONFLICT (name) DO UPDATE SET "
            "holder = excluded.holder, until_at = excluded.until_at WHERE leases.holder = excluded.holder "
            "OR leases.until_at <= ?4");
        s.bind(1, name).bind(2, holder).bind(3, until).bind(4, now);
        s.exec();
        return m_c.changes() > 0;
    }

    void releaseLease(const std::string &name, const std::string &holder) override
    {
        auto &s = m_c.prepare("DELETE FROM leases WHERE name = ? AND holder = ?");
        s.bind(1, name).bind(2, holder);
        s.exec();
    }

    bool renewDeliveryLease(std::int64_t id, std::int64_t version, TimeMs until) override
    {
        sendRows();  // its condition reads the row: the changes kept for it go first
        auto &s = m_c.prepare("UPDATE transactions SET next_attempt_at = ? WHERE id = ? AND version = ? AND state = 2");
        s.bind(1, until).bind(2, id).bind(3, version);
        s.exec();
        return m_c.changes() > 0;
    }

    std::optional<UserRecord> getUser(const std::string &username) override { return loadUser(m_c, username); }

    void upsertUser(const UserRecord &u) override
    {
        auto &s = m_c.prepare(
            "INSERT INTO users (username, display_name, role, domains, plants, password_hash, disabled, failed_logins, "
            "locked_until, created_at, last_login_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name, role = excluded.role, "
            "domains = excluded.domains, plants = excluded.plants, password_hash = excluded.password_hash, "
            "disabled = excluded.disabled, failed_logins = excluded.failed_logins, "
            "locked_until = excluded.locked_until, created_at = excluded.created_at, "
            "last_login_at = excluded.last_login_at");
        s.bind(1, u.username).bind(2, u.displayName).bind(3, static_cast<int>(u.role)).bind(4, joinList(u.domains));
        s.bind(5, joinList(u.plants)).bind(6, u.passwordHash).bind(7, u.disabled).bind(8, u.failedLogins);
        s.bind(9, u.lockedUntil).bind(10, u.createdAt).bind(11, u.lastLoginAt);
        s.exec();
    }

    void putSession(const SessionRecord &r) override
    {
        auto &s = m_c.prepare(
            "INSERT INTO sessions (token_hash, username, created_at, expires_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (token_hash) DO UPDATE SET username = excluded.username, created_at = excluded.created_at, "
            "expires_at = excluded.expires_at");
        s.bind(1, r.tokenHash).bind(2, r.username).bind(3, r.createdAt).bind(4, r.expiresAt);
        s.exec();
    }

    void deleteSession(const std::string &tokenHash) override
    {
        auto &s = m_c.prepare("DELETE FROM sessions WHERE token_hash = ?");
        s.bind(1, tokenHash);
        s.exec();
    }

    void deleteSessionsOf(const std::string &username) override
    {
        auto &s = m_c.prepare("DELETE FROM sessions WHERE username = ?");
        s.bind(1, username);
        s.exec();
    }

    void deleteExpiredSessions(TimeMs now) override
    {
        auto &s = m_c.prepare("DELETE FROM sessions WHERE expires_at <= ?");
        s.bind(1, now);
        s.exec();
    }

    std::optional<ConnectorRecord> getConnector(const std::string &id) override { return loadConnector(m_c, id); }

    void upsertConnector(const ConnectorRecord &c) override
    {
        auto &s = m_c.prepare(
            "INSERT INTO connectors (id, name, kind, system, endpoint, auth_type, paused, paused_reason, "
            "last_success_at, recent_attempts, recent_failures, credential_ciphertext, credential_fingerprint, "
            "credential_version, credential_rotated_at, credential_rotated_by, rotation_policy_days) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, system = excluded.system, "
            "endpoint = excluded.endpoint, auth_type = excluded.auth_type, paused = excluded.paused, "
            "paused_reason = excluded.paused_reason, last_success_at = excluded.last_success_at, "
            "recent_attempts = excluded.recent_attempts, recent_failures = excluded.recent_failures, "
            "credential_ciphertext = excluded.credential_ciphertext, "
            "credential_fingerprint = excluded.credential_fingerprint, "
            "credential_version = excluded.credential_version, "
            "credential_rotated_at = excluded.credential_rotated_at, "
            "credential_rotated_by = excluded.credential_rotated_by, "
            "rotation_policy_days = excluded.rotation_policy_days");
        s.bind(1, c.id).bind(2, c.name).bind(3, c.kind).bind(4, c.system).bind(5, c.endpoint).bind(6, c.authType);
        s.bind(7, c.paused).bind(8, c.pausedReason).bind(9, c.lastSuccessAt).bind(10, c.recentAttempts);
        s.bind(11, c.recentFailures).bindBlob(12, c.credentialCiphertext).bind(13, c.credentialFingerprint);
        s.bind(14, c.credentialVersion).bind(15, c.credentialRotatedAt).bind(16, c.credentialRotatedBy);
        s.bind(17, c.rotationPolicyDays);
        s.exec();
    }

private:
    using CountKey = std::tuple<std::string, std::string, std::string, int>;

    // PostgreSQL: the next id from the transactions' sequence. Ids are taken
    // a growing block at a time (1, 2, 4, ... up to 1,024 per query), so that
    // the inserts of a large write go out without waiting for an answer each;
    // ids a write leaves unused are skipped, as a rolled-back insert's are.
    std::int64_t nextTransactionId()
    {
        if (m_reservedNext == m_reservedIds.size()) {
            auto &s = m_c.prepare(
                "SELECT nextval(pg_get_serial_sequence('transactions', 'id')) FROM generate_series(1, ?)");
            s.bind(1, m_reserveBlock);
            m_reservedIds.clear();
            m_reservedNext = 0;
            while (s.step())
                m_reservedIds.push_back(s.int64(0));
            s.reset();
            if (m_reservedIds.empty())
                throw StoreError(StoreError::Kind::Io, "the transactions' sequence gave no id");
            std::sort(m_reservedIds.begin(), m_reservedIds.end());
            m_reserveBlock = std::min<std::int64_t>(m_reserveBlock * 2, 1024);
        }
        return m_reservedIds[m_reservedNext++];
    }

    void countDelta(const Transaction &t, TxState state, std::int64_t delta)
    {
        m_countDeltas[CountKey{t.flowId, t.plant, t.domain, static_cast<int>(state)}] += delta;
    }

    // The last row read or written in this transaction, as it now stands.
    void remember(const Transaction &t, bool withDetail)
    {
        m_last = t;
        m_last->hops.clear();
        m_lastHasDetail = withDetail;
    }

    // The 15 mutable columns in the order of the INSERT (created_at first).
    static void bindMutable(Statement &s, const Transaction &t, int first)
    {
        const int i = first;
        s.bind(i, t.createdAt);
        s.bind(i + 1, t.updatedAt);
        s.bind(i + 2, t.dueAt);
        s.bind(i + 3, t.slaDeadline);
        s.bind(i + 4, t.deliveredAt);
        s.bind(i + 5, t.nextAttemptAt);
        s.bind(i + 6, t.attempts);
        s.bind(i + 7, static_cast<int>(t.error.category));
        s.bind(i + 8, t.error.code);
        s.bind(i + 9, t.error.message);
        s.bind(i + 10, t.error.signature);
        s.bind(i + 11, t.error.at);
        s.bind(i + 12, static_cast<int>(t.triage));
        s.bind(i + 13, t.assignee);
        s.bind(i + 14, t.impactScore);
    }

    Connection &m_c;
    const Clock &m_clock;
    std::int64_t m_auditSeq;
    std::string m_auditHash;
    bool m_auditChanged = false;
    std::int64_t m_eventsLast;
    const std::int64_t m_eventsStart;
    std::int64_t m_lastEventSeq = 0;
    std::map<CountKey, std::int64_t> m_countDeltas;
    RollupDeltas m_rollups;
    std::optional<Transaction> m_last;
    std::vector<std::int64_t> m_reservedIds;
    std::size_t m_reservedNext = 0;
    std::int64_t m_reserveBlock = 1;
    bool m_lastHasDetail = false;
    const bool m_pg = m_c.dialect() == Dialect::Postgres;
    PgUpdates m_updates;
    PgRows m_hops{"tx_hops", "tx_id, at, system, action, detail, message",
                  {"bigint", "bigint", "text", "text", "text", "text"}};
    PgRows m_events{"events",
                    "type, at, transaction_id, flow_id, state, previous_state, version, plant, domain, action, actor, "
                    "connector_id, bulk_job_id, sequence",
                    {"bigint", "bigint", "bigint", "text", "bigint", "bigint", "bigint", "text", "text", "text", "text",
                     "text", "text", "bigint"}};
    PgRows m_audit{"audit", kAuditColumns,
                   {"bigint", "bigint", "text", "text", "text", "text", "text", "text", "text", "text", "text", "text",
                    "text", "text"}};
};

} // namespace

void Store::write(const std::function<void(WriteTxn &)> &fn)
{
    std::int64_t publishedEvent = 0;
    if (d->writerThread.load() == std::this_thread::get_id())
        throw StoreError(StoreError::Kind::InvalidArgument, "write() called inside write(); use the WriteTxn given");
    {
        std::lock_guard lock(d->writeMutex);
        d->writerThread = std::this_thread::get_id();
        struct ClearOwner {
            std::atomic<std::thread::id> &owner;
            ~ClearOwner() { owner = std::thread::id(); }
        } clearOwner{d->writerThread};
        d->beginWrite();  // may open a new connection to a server that went away
        Connection &c = *d->writer;
        WriteTxnImpl txn(c, *d->clock, d->auditSeq, d->auditHash,
                         c.dialect() == Dialect::Postgres ? d->eventsLast : -1);
        try {
            c.beginDeferred();
            fn(txn);
            txn.finish();
            c.endDeferred();
            resetBusy(c);
            if (txn.lastEventSeq() > 0 && c.dialect() == Dialect::Postgres) {
                // Every instance's watchers wake at the commit; the events
                // table stays the truth they read.
                auto &n = c.prepare("SELECT pg_notify('flowdesk_events', ?)");
                n.bind(1, std::to_string(txn.lastEventSeq()));
                n.exec();
            }
            c.prepare("COMMIT").exec();
        } catch (...) {
            txn.stopKeepingRows();
            c.discardDeferred();
            resetBusy(c);
            if (c.inTransaction()) {
                try {
                    c.prepare("ROLLBACK").exec();
                } catch (const std::exception &e) {
                    logger()->error("rollback failed: {}", e.what());
                }
            }
            throw;
        }
        if (txn.auditChanged()) {
            d->auditSeq = txn.auditSeq();
            d->auditHash = txn.auditHash();
        }
        publishedEvent = txn.lastEventSeq();
        d->requestCheckpoint();
    }
    if (publishedEvent > 0) {
        {
            std::lock_guard lock(d->eventMutex);
            d->lastEventSeq = std::max(d->lastEventSeq, publishedEvent);
        }
        d->eventCv.notify_all();
    }
}

} // namespace flowdesk::backend
