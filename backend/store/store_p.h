#pragma once

// Internal to the store library: what its files share (row mapping, query
// building, page tokens, rollup histograms, hashing). Not part of the façade.

#include "hashing.h"
#include "sqlite_db.h"
#include "store.h"

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace flowdesk::backend::store_detail {

using db::Connection;
using db::Statement;
using db::Dialect;

// The "store" logger.
std::shared_ptr<spdlog::logger> logger();

// ---- schema (schema.cpp)

struct Migration {
    int version;
    const char *sql;
};
// Applied in order, each inside its own transaction.
std::span<const Migration> migrations();
// The same for a PostgreSQL database (pgschema.cpp).
std::span<const Migration> pgMigrations();


// Open: neither delivered nor closed by a person. Spelled like the condition of
// the open-transaction indexes (tx_live_deadline and the dashboard's) so that
// the planner may use them.
inline constexpr const char *kOpenCondition = "t.lifecycle = 1";
inline constexpr const char *kDueKey = "t.due_key";

// The column "lifecycle" of a row in a state (see schema 3).
int lifecycleOf(TxState s);

// ---- rollups (rollups.cpp, rollupdeltas.h)

inline constexpr int kRollupVersion = 2;
extern const char *const kRollupSchema;

std::int64_t floorTo(std::int64_t v, std::int64_t step);
std::int64_t ceilTo(std::int64_t v, std::int64_t step);
// A PostgreSQL array literal built element by element ("{1,2}",
// "{\"a\",\"b\"}"), for statements that take a whole column as one value.
class PgArray {
public:
    void add(std::int64_t value)
    {
        open();
        m_text += std::to_string(value);
    }
    void add(double value)
    {
        open();
        // The shortest text that reads back as the same double.
        char buffer[32];
        const auto r = std::to_chars(buffer, buffer + sizeof buffer, value);
        m_text.append(buffer, r.ptr);
    }
    void add(std::string_view value)
    {
        open();
        m_text += '"';
        for (const char ch : value) {
            if (ch == '"' || ch == '\\')
                m_text += '\\';
            m_text += ch;
        }
        m_text += '"';
    }
    bool empty() const { return m_count == 0; }
    std::size_t size() const { return m_count; }
    std::string text() const { return "{" + m_text + "}"; }
    void clear()
    {
        m_text.clear();
        m_count = 0;
    }

private:
    void open()
    {
        if (m_count++ > 0)
            m_text += ',';
    }
    std::string m_text;
    std::size_t m_count = 0;
};

// Runs sql with each array's text bound in order (?1 the first) and empties
// the arrays; does nothing when the first is empty.
inline void sendArrays(Connection &c, const std::string &sql, std::vector<PgArray> &arrays)
{
    if (arrays.empty() || arrays.front().empty())
        return;
    auto &s = c.prepare(sql);
    for (std::size_t i = 0; i < arrays.size(); ++i)
        s.bind(static_cast<int>(i + 1), arrays[i].text());
    s.exec();
    for (auto &array : arrays)
        array.clear();
}

using Histogram = std::map<int, std::int64_t>;
std::string encodeHistogram(const Histogram &h);
bool addHistogram(const unsigned char *data, std::size_t size, Histogram &h);
bool addHistogram(std::string_view data, Histogram &h);
bool addHistogramDense(const unsigned char *data, std::size_t size, std::int64_t *bins);
// SQL function fd_hist_merge(a, b): the sum of two encoded histograms.
void sqlHistMerge(sqlite3_context *ctx, int, sqlite3_value **argv);

// ---- hashing and rows (rows.cpp)

using crypto::sha256Hex;
inline std::string hexEncode(std::string_view data)
{
    return crypto::toHex(data);
}
inline std::optional<std::string> hexDecode(std::string_view text)
{
    return crypto::fromHex(text);
}

// Length-prefixed fields: no separator inside a value can make two different
// records encode the same.
class Canonical {
public:
    Canonical &add(std::string_view s)
    {
        m_out += std::to_string(s.size());
        m_out += ':';
        m_out += s;
        m_out += ';';
        return *this;
    }
    Canonical &add(std::int64_t v) { return add(std::string_view(std::to_string(v))); }
    Canonical &add(int v) { return add(static_cast<std::int64_t>(v)); }
    Canonical &add(bool v) { return add(static_cast<std::int64_t>(v ? 1 : 0)); }
    template<typename T>
    Canonical &addList(const std::vector<T> &values)
    {
        add(static_cast<std::int64_t>(values.size()));
        for (const auto &v : values) {
            if constexpr (std::is_enum_v<T>)
                add(static_cast<std::int64_t>(v));
            else
                add(std::string_view(v));
        }
        return *this;
    }
    const std::string &str() const { return m_out; }

private:
    std::string m_out;
};

// Lists of plain identifiers (plants, domains, JSON pointers): each element is

// Lists of plain identifiers (plants, domains, JSON pointers): each element is
// followed by a unit separator, so [] and [""] differ.
std::string joinList(const std::vector<std::string> &values);
std::vector<std::string> splitList(const std::string &text);
// A flow's texts per language (names, descriptions, what to do per error
// code) as the JSON of the column flows.texts, and back.
std::string flowTextsJson(const FlowDef &f);
void readFlowTexts(const std::string &json, FlowDef &f);
// The hash of an audit entry, over its fields and the previous entry's hash.
std::string auditHash(const AuditEntry &e);
// Resets statements left mid-iteration so that no read transaction stays open.
void resetBusy(Connection &c);

inline constexpr const char *kTxColumns =
    "t.id, t.flow_id, t.state, t.version, t.business_key, t.business_object_type, t.correlation_id, "
    "t.source_system, t.target_system, t.counterparty, t.amount_minor, t.currency, t.plant, t.domain, "
    "t.created_at, t.updated_at, t.due_at, t.sla_deadline, t.delivered_at, t.next_attempt_at, t.attempts, "
    "t.error_category, t.error_code, t.error_message, t.error_signature, t.error_at, t.triage, t.assignee, "
    "t.idempotency_key, t.impact_score, t.error_value, t.error_group";
inline constexpr int kTxColumnCount = 32;
inline constexpr const char *kPayloadColumns =
    "p.original_payload, p.payload, p.target_response, p.delivery_receipt, p.error_field_path, p.schema_version";
inline constexpr int kPayloadColumnCount = 6;
inline constexpr const char *kFlowSelect =
    "SELECT id, name, domain, source_system, target_system, connector_id, business_object_type, description, "
    "payload_schema_json, sensitive_fields, sla_seconds, retry_max_attempts, retry_initial_backoff_ms, "
    "retry_multiplier, retry_max_backoff_ms, batch, schema_version, texts FROM flows";
inline constexpr const char *kAuditColumns =
    "sequence, at, actor, role, action, target_type, target_id, reason, diff_json, request_id, detail, prev_hash, hash, "
    "message";
inline constexpr const char *kUserSelect =
    "SELECT username, display_name, role, domains, plants, password_hash, disabled, failed_logins, locked_until, "
    "created_at, last_login_at FROM users";
inline constexpr int kUserColumns = 11;  // kUserSelect's, in readUser's order
inline constexpr const char *kConnectorSelect =
    "SELECT id, name, kind, system, endpoint, auth_type, paused, paused_reason, last_success_at, recent_attempts, "
    "recent_failures, credential_ciphertext, credential_fingerprint, credential_version, credential_rotated_at, "
    "credential_rotated_by, rotation_policy_days FROM connectors";

Transaction readTransaction(const Statement &s, bool withPayload);
// A hop from the columns at, system, action, detail, message from column first on.
Hop readHop(const Statement &s, int first);
FlowDef readFlow(const Statement &s);
AuditEntry readAudit(const Statement &s);
Event readEvent(const Statement &s);
UserRecord readUser(const Statement &s);
ConnectorRecord readConnector(const Statement &s);

std::optional<Transaction> loadTransaction(Connection &c, std::int64_t id, bool withDetail);
std::vector<std::optional<Transaction>> loadTransactions(Connection &c, const std::vector<std::int64_t> &ids,
                                                         bool withDetail);
std::optional<std::int64_t> loadIdempotency(Connection &c, const std::string &flowId, const std::string &key);
// The transactions of several (flow, idempotency key) pairs, in their order:
// PostgreSQL answers a few hundred pairs per query instead of one round trip
// each; SQLite reads each from the unique index.
std::vector<std::optional<std::int64_t>> loadIdempotencies(Connection &c, const std::vector<IdempotencyKey> &keys);
std::optional<UserRecord> loadUser(Connection &c, const std::string &username);
std::optional<ConnectorRecord> loadConnector(Connection &c, const std::string &id);
std::optional<RequestRecord> loadRequest(Connection &c, const std::string &requestId);
std::optional<BulkJobRecord> loadBulkJob(Connection &c, const std::string &id);
std::vector<BulkJobRecord> loadUnfinishedBulkJobs(Connection &c);

// ---- queries and page tokens (query.cpp)

using BindValue = std::variant<std::int64_t, double, std::string>;

struct Where {
    std::string sql;  // " AND ..." terms, or empty
    std::vector<BindValue> binds;

    void term(const std::string &t)
    {
        sql += sql.empty() ? " WHERE " : " AND ";
        sql += t;
    }
    void inText(const char *column, const std::vector<std::string> &values)
    {
        if (values.empty())
            return;
        std::string t = std::string(column) + (values.size() == 1 ? " = ?" : " IN (");
        if (values.size() > 1) {
            for (std::size_t i = 0; i < values.size(); ++i)
                t += i == 0 ? "?" : ", ?";
            t += ")";
        }
        term(t);
        for (const auto &v : values)
            binds.emplace_back(v);
    }
    // Enum numbers go into the SQL text: they are not user text, and literal
    // values let the planner pick the per-state indexes.
    template<typename E>
    void inEnum(const char *column, const std::vector<E> &values)
    {
        if (values.empty())
            return;
        std::vector<int> sorted;
        for (E v : values)
            sorted.push_back(static_cast<int>(v));
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        std::string t = column;
        if (sorted.size() == 1) {
            t += " = " + std::to_string(sorted.front());
        } else {
            t += " IN (";
            for (std::size_t i = 0; i < sorted.size(); ++i)
                t += (i == 0 ? "" : ", ") + std::to_string(sorted[i]);
            t += ")";
        }
        term(t);
    }
    void bindAll(Statement &s, int first = 1) const
    {
        int i = first;
        for (const auto &v : binds) {
            if (const auto *n = std::get_if<std::int64_t>(&v))
                s.bind(i, *n);
            else if (const auto *d = std::get_if<double>(&v))
                s.bind(i, *d);
            else
                s.bind(i, std::get<std::string>(v));
            ++i;
        }
    }
};

std::string folded(std::string_view in);
// " INDEXED BY name" where the dialect has it (SQLite); PostgreSQL's planner
// picks the partial index from the query's condition.
inline std::string indexedBy(const Connection &c, const char *index)
{
    return c.dialect() == Dialect::Sqlite ? std::string(" INDEXED BY ") + index : std::string();
}
// The SQL functions of every connection (text folding, histogram merge).
void registerFunctions(sqlite::Connection &c);
// The same functions of a PostgreSQL database, as SQL that (re)creates them.
std::string pgFunctions();
std::string likePattern(const std::string &text);
Where txWhere(const TxFilter &f);
// The lifecycles (0 delivered, 1 open, 2 closed by a person) a filter's rows
// can have, ascending: what its states and "stuck only" allow.
std::vector<int> filterLifecycles(const TxFilter &f);
// The terms that confine a query to one lifecycle in the words of the partial
// indexes' conditions ("t.lifecycle = 0" for the settled rows' orderings,
// "t.lifecycle <> 0" and the lifecycle for the live rows'), so that the
// planner may use them.
std::string lifecycleTerm(int lifecycle);
bool onlyScopeAndStates(const TxFilter &f);
std::string filterFingerprint(const TxFilter &f, TxOrder order);
std::string auditFingerprint(const AuditFilter &f);

struct OrderSpec {
    const char *key;  // nullptr: the id alone
    bool descending;
    enum class Type { Int, Real, Text } type;
};

OrderSpec orderSpec(TxOrder order);

std::string sealToken(const std::string &payload);
std::vector<std::string> openToken(const std::string &token);
std::optional<std::int64_t> parseInt(const std::string &s);

struct TxCursor {
    BindValue key;
    std::int64_t id = 0;
};

std::string makeTxToken(TxOrder order, const std::string &fingerprint, const Transaction &last);
TxCursor parseTxToken(const std::string &token, TxOrder order, const std::string &fingerprint);
void bindValue(Statement &s, int index, const BindValue &v);

} // namespace flowdesk::backend::store_detail
