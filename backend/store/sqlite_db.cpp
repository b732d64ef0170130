#include "sqlite_db.h"

#include "store.h"

#include <sqlite3.h>

#include <cerrno>

namespace flowdesk::backend::sqlite {

namespace {

StoreError::Kind kindOf(int rc, sqlite3 *db = nullptr)
{
    // A write the file system refused for want of room: no space left, over
    // the quota, or over the size the process may write (RLIMIT_FSIZE).
    if ((rc & 0xff) == SQLITE_IOERR && db) {
        const int err = sqlite3_system_errno(db);
        if (err == ENOSPC || err == EDQUOT || err == EFBIG)
            return StoreError::Kind::Full;
    }
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return StoreError::Kind::Full;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StoreError::Kind::Corrupt;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
        return StoreError::Kind::InvalidArgument;
    default:
        return StoreError::Kind::Io;
    }
}

constexpr std::size_t kMaxCachedStatements = 256;

} // namespace

void check(sqlite3 *db, int rc, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE)
        return;
    std::string msg = what;
    msg += ": ";
    msg += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    throw StoreError(kindOf(rc, db), msg);
}

void Statement::bindInt64(int index, std::int64_t value)
{
    check(m_db, sqlite3_bind_int64(m_stmt, index, value), "bind");
}

void Statement::bindReal(int index, double value)
{
    check(m_db, sqlite3_bind_double(m_stmt, index, value), "bind");
}

void Statement::bindText(int index, std::string_view text)
{
    check(m_db, sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
          "bind");
}

void Statement::bindBytes(int index, std::string_view bytes)
{
    check(m_db, sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT), "bind");
}

void Statement::bindNothing(int index)
{
    check(m_db, sqlite3_bind_null(m_stmt, index), "bind");
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const std::string sql = sqlite3_sql(m_stmt) ? sqlite3_sql(m_stmt) : "";
    sqlite3_reset(m_stmt);
    check(m_db, rc, ("step [" + sql.substr(0, 80) + "]").c_str());
    return false;
}

void Statement::exec()
{
    while (step()) {
    }
    sqlite3_reset(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

std::string_view Statement::view(int col) const
{
    // Blob access keeps embedded NULs of serialized messages intact.
    const void *p = sqlite3_column_blob(m_stmt, col);
    const int n = sqlite3_column_bytes(m_stmt, col);
    if (!p || n <= 0)
        return {};
    return std::string_view(static_cast<const char *>(p), static_cast<std::size_t>(n));
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

Connection::Connection(const std::string &path, bool readOnly)
{
    const int flags = (readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
        | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = "cannot open " + path + ": " + (m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw StoreError(kindOf(rc), msg);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
}

Connection::~Connection()
{
    for (Cache *cache : {&m_cache, &m_dynamic}) {
        for (auto &entry : *cache)
            sqlite3_finalize(entry.second->handle());
        cache->clear();
    }
    sqlite3_close_v2(m_db);
}

void Connection::execScript(const char *sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw StoreError(kindOf(rc, m_db), std::string("exec: ") + msg);
    }
}

Statement &Connection::prepare(const std::string &sql)
{
    return prepareIn(m_cache, sql);
}

Statement &Connection::prepareDynamic(const std::string &sql)
{
    if (m_dynamic.size() >= kMaxCachedStatements && m_dynamic.find(sql) == m_dynamic.end()) {
        // Filters can produce many shapes; start over rather than grow forever.
        for (auto &entry : m_dynamic)
            sqlite3_finalize(entry.second->handle());
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
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &stmt, nullptr);
    check(m_db, rc, "prepare");
    auto [pos, inserted] = cache.emplace(sql, std::make_unique<Statement>(m_db, stmt));
    return *pos->second;
}

std::int64_t Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

bool Connection::inTransaction() const
{
    return !sqlite3_get_autocommit(m_db);
}

void Connection::resetBusy()
{
    for (sqlite3_stmt *s = sqlite3_next_stmt(m_db, nullptr); s; s = sqlite3_next_stmt(m_db, s)) {
        if (sqlite3_stmt_busy(s))
            sqlite3_reset(s);
    }
}

} // namespace flowdesk::backend::sqlite
