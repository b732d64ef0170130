#pragma once

// A small RAII layer over SQLite's C API: a connection that owns its prepared
// statements (cached by SQL text) and a statement handle with typed binding.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace flowdesk::backend::sqlite {

// Throws StoreError with the connection's message when rc is an error.
void check(sqlite3 *db, int rc, const char *what);

class Statement {
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}

    // Binding, 1-based like SQLite.
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view text);
    Statement &bind(int index, const std::string &text) { return bind(index, std::string_view(text)); }
    Statement &bind(int index, const char *text) { return bind(index, std::string_view(text)); }
    Statement &bindBlob(int index, std::string_view bytes);
    Statement &bindNull(int index);

    // True while there is a row.
    bool step();
    // Runs a statement that returns no rows.
    void exec();
    // Clears bindings and resets for reuse; called automatically before reuse.
    void reset();

    std::int64_t int64(int col) const;
    int int32(int col) const { return static_cast<int>(int64(col)); }
    double real(int col) const;
    std::string text(int col) const;
    bool isNull(int col) const;

    sqlite3_stmt *handle() const { return m_stmt; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

class Connection {
public:
    // Opens the file; readOnly connections never take the write lock.
    Connection(const std::string &path, bool readOnly);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Runs one or more statements without results.
    void execScript(const char *sql);
    // Returns a cached, reset statement for sql. Statements of fixed SQL stay
    // cached for the connection's lifetime.
    Statement &prepare(const std::string &sql);
    // For SQL built from filters: cached too, but the cache is bounded, so a
    // reference is valid only until the next prepareDynamic() call.
    Statement &prepareDynamic(const std::string &sql);
    std::int64_t lastInsertRowId() const;
    int changes() const;
    sqlite3 *handle() const { return m_db; }

private:
    using Cache = std::unordered_map<std::string, std::unique_ptr<Statement>>;
    Statement &prepareIn(Cache &cache, const std::string &sql);

    sqlite3 *m_db = nullptr;
    Cache m_cache;
    Cache m_dynamic;
};

} // namespace flowdesk::backend::sqlite
