#include "pg_db.h"
#include "platform.h"

#include "store.h"

#include <libpq-fe.h>


#include <charconv>
#include <cstdlib>
#include <cstring>

namespace flowdesk::backend::pg {

namespace {

constexpr unsigned kByteaOid = 17;
constexpr std::size_t kMaxCachedStatements = 256;

StoreError::Kind kindOf(const char *sqlState)
{
    const std::string_view state(sqlState ? sqlState : "");
    if (state.substr(0, 2) == "23" || state.substr(0, 2) == "22")
        return StoreError::Kind::InvalidArgument;
    if (state == "53100" || state == "53200")
        return StoreError::Kind::Full;
    if (state == "XX001" || state == "XX002")
        return StoreError::Kind::Corrupt;
    return StoreError::Kind::Io;
}

} // namespace

std::string placeholders(const std::string &sql)
{
    std::string out;
    out.reserve(sql.size() + 16);
    int next = 0;
    bool quoted = false;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '\'') {
            quoted = !quoted;
            out += c;
        } else if (!quoted && c == 'L' && sql.compare(i, 5, "LIKE ") == 0 && i > 0 && sql[i - 1] == ' ') {
            // SQLite's LIKE folds ASCII letters; PostgreSQL's ILIKE does the same
            // under the "C" collation of every text column.
            out += "ILIKE ";
            i += 4;
        } else if (c == '?' && !quoted) {
            std::size_t j = i + 1;
            while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9')
                ++j;
            out += '$';
            if (j > i + 1) {
                out.append(sql, i + 1, j - i - 1);
                i = j - 1;
            } else {
                out += std::to_string(++next);
            }
        } else {
            out += c;
        }
    }
    return out;
}

// ---------------------------------------------------------------- Statement

Statement::Statement(Connection &conn, std::string sql, std::string name)
    : m_conn(conn), m_sql(placeholders(sql)), m_name(std::move(name))
{
}

Statement::~Statement()
{
    if (m_result)
        PQclear(m_result);
}

void Statement::setParam(int index, std::optional<std::string> value, int format)
{
    if (index < 1)
        throw StoreError(StoreError::Kind::InvalidArgument, "bind: bad parameter index");
    const auto i = static_cast<std::size_t>(index - 1);
    if (m_params.size() <= i) {
        m_params.resize(i + 1);
        m_formats.resize(i + 1, 0);
    }
    m_params[i] = std::move(value);
    m_formats[i] = format;
}

void Statement::bindInt64(int index, std::int64_t value)
{
    setParam(index, std::to_string(value), 0);
}

void Statement::bindReal(int index, double value)
{
    char buffer[64];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value);
    setParam(index, std::string(buffer, r.ptr), 0);
}

void Statement::bindText(int index, std::string_view text)
{
    setParam(index, std::string(text), 0);
}

void Statement::bindBytes(int index, std::string_view bytes)
{
    setParam(index, std::string(bytes), 1);
}

void Statement::bindNothing(int index)
{
    setParam(index, std::nullopt, 0);
}

void Statement::run()
{
    m_conn.beforeRead();
    m_conn.flush();
    PGconn *c = m_conn.handle();
    if (!m_prepared) {
        PGresult *prepared = PQprepare(c, m_name.c_str(), m_sql.c_str(), 0, nullptr);
        m_conn.check(prepared, "prepare [" + m_sql.substr(0, 80) + "]");
        PQclear(prepared);
        m_prepared = true;
    }
    std::vector<const char *> values(m_params.size());
    std::vector<int> lengths(m_params.size());
    for (std::size_t i = 0; i < m_params.size(); ++i) {
        values[i] = m_params[i] ? m_params[i]->data() : nullptr;
        lengths[i] = m_params[i] ? static_cast<int>(m_params[i]->size()) : 0;
    }
    PGresult *r = PQexecPrepared(c, m_name.c_str(), static_cast<int>(values.size()), values.data(), lengths.data(),
                                 m_formats.data(), 0);
    m_conn.check(r, "step [" + m_sql.substr(0, 80) + "]");
    m_result = r;
    m_rows = PQntuples(r);
    m_row = -1;
    const char *n = PQcmdTuples(r);
    m_conn.setChanges(n && *n ? std::atoi(n) : 0);
}

bool Statement::step()
{
    if (!m_result)
        run();
    m_decoded.clear();
    ++m_row;
    return m_row < m_rows;
}

void Statement::exec()
{
    if (m_result) {
        PQclear(m_result);
        m_result = nullptr;
    }
    if (m_conn.deferring()) {
        if (!m_prepared) {
            m_conn.flush();
            PGresult *prepared = PQprepare(m_conn.handle(), m_name.c_str(), m_sql.c_str(), 0, nullptr);
            m_conn.check(prepared, "prepare [" + m_sql.substr(0, 80) + "]");
            PQclear(prepared);
            m_prepared = true;
        }
        std::vector<const char *> values(m_params.size());
        std::vector<int> lengths(m_params.size());
        for (std::size_t i = 0; i < m_params.size(); ++i) {
            values[i] = m_params[i] ? m_params[i]->data() : nullptr;
            lengths[i] = m_params[i] ? static_cast<int>(m_params[i]->size()) : 0;
        }
        m_conn.send(m_name, static_cast<int>(values.size()), values.data(), lengths.data(), m_formats.data());
        return;
    }
    run();
    PQclear(m_result);
    m_result = nullptr;
}

void Statement::reset()
{
    if (m_result) {
        PQclear(m_result);
        m_result = nullptr;
    }
    m_params.clear();
    m_formats.clear();
    m_decoded.clear();
    m_row = -1;
    m_rows = 0;
}

std::int64_t Statement::int64(int col) const
{
    if (!m_result || m_row < 0 || m_row >= m_rows || PQgetisnull(m_result, m_row, col))
        return 0;
    const char *v = PQgetvalue(m_result, m_row, col);
    std::int64_t out = 0;
    const auto r = std::from_chars(v, v + std::strlen(v), out);
    if (r.ec != std::errc()) {
        // A numeric (a SUM) with a fraction, or a real.
        return static_cast<std::int64_t>(std::strtod(v, nullptr));
    }
    return out;
}

double Statement::real(int col) const
{
    if (!m_result || m_row < 0 || m_row >= m_rows || PQgetisnull(m_result, m_row, col))
        return 0;
    return std::strtod(PQgetvalue(m_result, m_row, col), nullptr);
}

std::string_view Statement::view(int col) const
{
    if (!m_result || m_row < 0 || m_row >= m_rows || PQgetisnull(m_result, m_row, col))
        return {};
    if (PQftype(m_result, col) == kByteaOid) {
        if (m_decoded.size() <= static_cast<std::size_t>(col))
            m_decoded.resize(static_cast<std::size_t>(col) + 1);
        auto &slot = m_decoded[static_cast<std::size_t>(col)];
        if (!slot) {
            std::size_t n = 0;
            unsigned char *bytes =
                PQunescapeBytea(reinterpret_cast<const unsigned char *>(PQgetvalue(m_result, m_row, col)), &n);
            if (!bytes)
                throw StoreError(StoreError::Kind::Io, "out of memory decoding bytes");
            slot = std::string(reinterpret_cast<const char *>(bytes), n);
            PQfreemem(bytes);
        }
        return *slot;
    }
    return std::string_view(PQgetvalue(m_result, m_row, col),
                            static_cast<std::size_t>(PQgetlength(m_result, m_row, col)));
}

bool Statement::isNull(int col) const
{
    return !m_result || m_row < 0 || m_row >= m_rows || PQgetisnull(m_result, m_row, col);
}

// ---------------------------------------------------------------- Connection

Connection::Connection(const std::string &conninfo)
{
    m_conn = PQconnectdb(conninfo.c_str());
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        std::string msg = m_conn ? PQerrorMessage(m_conn) : "out of memory";
        while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' '))
            msg.pop_back();
        if (m_conn)
            PQfinish(m_conn);
        m_conn = nullptr;
        throw StoreError(StoreError::Kind::Io, "cannot connect to PostgreSQL: " + msg);
    }
    execScript("SET client_min_messages = warning; SET TIME ZONE 'UTC'");
}

Connection::~Connection()
{
    m_cache.clear();
    m_dynamic.clear();
    if (m_conn)
        PQfinish(m_conn);
}

void Connection::check(PGresult *r, const std::string &what)
{
    const auto status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY)
        return;
    std::string msg = r ? PQresultErrorMessage(r) : PQerrorMessage(m_conn);
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' '))
        msg.pop_back();
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    const auto kind = PQstatus(m_conn) != CONNECTION_OK ? StoreError::Kind::Io : kindOf(state);
    if (r)
        PQclear(r);
    throw StoreError(kind, what + ": " + msg);
}

int Connection::changes() const
{
    // The count of the last statement: it may still be on its way.
    const_cast<Connection *>(this)->flush();
    return m_changes;
}

std::int64_t Connection::lastInsertRowId() const
{
    throw StoreError(StoreError::Kind::InvalidArgument, "PostgreSQL gives a new row's id through RETURNING");
}

void Connection::send(const std::string &name, int count, const char *const *values, const int *lengths,
                      const int *formats)
{
    // A bounded pipeline: the server's answers must fit in the socket's
    // buffers while nothing reads them.
    if (m_sent >= 256)
        flush();
    if (!m_pipeline) {
        if (PQenterPipelineMode(m_conn) != 1)
            throw StoreError(StoreError::Kind::Io, std::string("pipeline: ") + PQerrorMessage(m_conn));
        m_pipeline = true;
    }
    if (PQsendQueryPrepared(m_conn, name.c_str(), count, values, lengths, formats, 0) != 1)
        throw StoreError(StoreError::Kind::Io, std::string("pipeline: ") + PQerrorMessage(m_conn));
    ++m_sent;
}

void Connection::flush()
{
    if (!m_pipeline)
        return;
    if (PQpipelineSync(m_conn) != 1)
        throw StoreError(StoreError::Kind::Io, std::string("pipeline sync: ") + PQerrorMessage(m_conn));
    PGresult *failure = nullptr;
    int answered = 0;
    bool synced = false;
    while (!synced) {
        PGresult *r = PQgetResult(m_conn);
        if (!r) {
            if (PQstatus(m_conn) != CONNECTION_OK)
                break;
            continue;  // the end of one statement's results
        }
        switch (PQresultStatus(r)) {
        case PGRES_PIPELINE_SYNC:
            synced = true;
            PQclear(r);
            break;
        case PGRES_COMMAND_OK:
        case PGRES_TUPLES_OK: {
            const char *n = PQcmdTuples(r);
            m_changes = n && *n ? std::atoi(n) : 0;
            ++answered;
            PQclear(r);
            break;
        }
        case PGRES_PIPELINE_ABORTED:
            ++answered;
            PQclear(r);
            break;
        default:
            ++answered;
            if (!failure)
                failure = r;
            else
                PQclear(r);
            break;
        }
    }
    m_sent = 0;
    m_pipeline = false;
    if (synced && PQexitPipelineMode(m_conn) != 1 && !failure)
        throw StoreError(StoreError::Kind::Io, std::string("pipeline end: ") + PQerrorMessage(m_conn));
    if (failure)
        check(failure, "a statement sent ahead");
    if (!synced)
        throw StoreError(StoreError::Kind::Io, std::string("pipeline: ") + PQerrorMessage(m_conn));
}

void Connection::beforeRead()
{
    if (!m_beforeRead || m_inBeforeRead)
        return;
    m_inBeforeRead = true;
    try {
        m_beforeRead();
    } catch (...) {
        m_inBeforeRead = false;
        throw;
    }
    m_inBeforeRead = false;
}

void Connection::endDeferred()
{
    m_deferring = false;
    flush();
}

void Connection::discardDeferred()
{
    m_deferring = false;
    try {
        flush();
    } catch (const StoreError &) {
        // The change is rolled back as a whole.
    }
}

void Connection::execScript(const char *sql)
{
    flush();
    PGresult *r = PQexec(m_conn, sql);
    check(r, std::string("exec [") + std::string(sql).substr(0, 80) + "]");
    PQclear(r);
}

bool Connection::broken() const
{
    return PQstatus(m_conn) != CONNECTION_OK;
}

bool Connection::inTransaction() const
{
    const auto s = PQtransactionStatus(m_conn);
    return s == PQTRANS_INTRANS || s == PQTRANS_INERROR || s == PQTRANS_ACTIVE;
}

Statement &Connection::prepare(const std::string &sql)
{
    return prepareIn(m_cache, sql);
}

Statement &Connection::prepareDynamic(const std::string &sql)
{
    if (m_dynamic.size() >= kMaxCachedStatements && m_dynamic.find(sql) == m_dynamic.end()) {
        flush();
        for (auto &entry : m_dynamic) {
            const std::string dealloc = "DEALLOCATE " + entry.second->name();
            PQclear(PQexec(m_conn, dealloc.c_str()));
        }
        m_dynamic.clear();
    }
    return prepareIn(m_dynamic, sql);
}

Statement &Connection::prepareIn(Cache &cache, const std::string &sql)
{
    auto it = cache.find(sql);
    if (it != cache.end()) {
        it->second->reset();
        return *it->second;
    }
    auto [pos, inserted] = cache.emplace(sql, std::make_unique<Statement>(*this, sql, nextName()));
    return *pos->second;
}

bool waitForNotification(Connection &conn, std::chrono::milliseconds timeout)
{
    PGconn *c = conn.handle();
    if (!PQconsumeInput(c))
        throw StoreError(StoreError::Kind::Io, std::string("listening: ") + PQerrorMessage(c));
    if (PGnotify *n = PQnotifies(c)) {
        // Put back is not possible; report it through nextNotification's queue.
        conn.pending.emplace_back(n->extra ? n->extra : "");
        PQfreemem(n);
        return true;
    }
    if (!conn.pending.empty())
        return true;
    const int socket = PQsocket(c);
    if (socket < 0)
        throw StoreError(StoreError::Kind::Io, "listening: the connection to PostgreSQL is gone");
    const int r = platform::waitReadable(socket, static_cast<int>(timeout.count()));
    if (r <= 0)
        return false;
    if (!PQconsumeInput(c))
        throw StoreError(StoreError::Kind::Io, std::string("listening: ") + PQerrorMessage(c));
    if (PGnotify *n = PQnotifies(c)) {
        conn.pending.emplace_back(n->extra ? n->extra : "");
        PQfreemem(n);
    }
    return !conn.pending.empty();
}

std::optional<std::string> nextNotification(Connection &conn)
{
    if (PGnotify *n = PQnotifies(conn.handle())) {
        conn.pending.emplace_back(n->extra ? n->extra : "");
        PQfreemem(n);
    }
    if (conn.pending.empty())
        return std::nullopt;
    std::string out = std::move(conn.pending.front());
    conn.pending.erase(conn.pending.begin());
    return out;
}

} // namespace flowdesk::backend::pg
