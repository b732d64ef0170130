#pragma once

// A small RAII layer over SQLite's C API: a connection that owns its prepared
// statements (cached by SQL text) and a statement handle with typed binding.

#include "db.h"

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

class Statement final : public db::Statement {
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}

    bool step() override;
    void exec() override;
    void reset() override;

    std::int64_t int64(int col) const override;
    double real(int col) const override;
    std::string_view view(int col) const override;
    bool isNull(int col) const override;

    sqlite3_stmt *handle() const { return m_stmt; }

protected:
    void bindInt64(int index, std::int64_t value) override;
    void bindReal(int index, double value) override;
    void bindText(int index, std::string_view text) override;
    void bindBytes(int index, std::string_view bytes) override;
    void bindNothing(int index) override;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

class Connection final : public db::Connection {
public:
    // Opens the file; readOnly connections never take the write lock.
    Connection(const std::string &path, bool readOnly);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    db::Dialect dialect() const override { return db::Dialect::Sqlite; }
    using db::Connection::execScript;
    void execScript(const char *sql) override;
    Statement &prepare(const std::string &sql) override;
    Statement &prepareDynamic(const std::string &sql) override;
    std::int64_t lastInsertRowId() const override;
    int changes() const override;
    bool inTransaction() const override;
    void resetBusy() override;
    sqlite3 *handle() const { return m_db; }

private:
    using Cache = std::unordered_map<std::string, std::unique_ptr<Statement>>;
    Statement &prepareIn(Cache &cache, const std::string &sql);

    sqlite3 *m_db = nullptr;
    Cache m_cache;
    Cache m_dynamic;
};

} // namespace flowdesk::backend::sqlite
