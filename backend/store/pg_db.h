#pragma once

// The PostgreSQL driver of the store (libpq): a connection that keeps its
// statements prepared on the server, and statements with the store's
// placeholders ("?" in order, "?N" by number) turned into PostgreSQL's "$N".

#include "db.h"

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

struct pg_conn;
struct pg_result;

namespace flowdesk::backend::pg {

// "?" -> "$1", "$2"...; "?N" -> "$N"; quoted literals left alone.
std::string placeholders(const std::string &sql);

class Connection;

class Statement final : public db::Statement {
public:
    Statement(Connection &conn, std::string sql, std::string name);
    ~Statement() override;

    bool step() override;
    void exec() override;
    void reset() override;

    std::int64_t int64(int col) const override;
    double real(int col) const override;
    std::string_view view(int col) const override;
    bool isNull(int col) const override;
    const std::string &name() const { return m_name; }

protected:
    void bindInt64(int index, std::int64_t value) override;
    void bindReal(int index, double value) override;
    void bindText(int index, std::string_view text) override;
    void bindBytes(int index, std::string_view bytes) override;
    void bindNothing(int index) override;

private:
    void run();
    void setParam(int index, std::optional<std::string> value, int format);

    Connection &m_conn;
    std::string m_sql;
    std::string m_name;
    bool m_prepared = false;
    std::vector<std::optional<std::string>> m_params;
    std::vector<int> m_formats;
    pg_result *m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
    mutable std::vector<std::optional<std::string>> m_decoded;  // bytea columns of the current row
};

class Connection final : public db::Connection {
public:
    // conninfo: a libpq connection string or URI.
    explicit Connection(const std::string &conninfo);
    ~Connection() override;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    db::Dialect dialect() const override { return db::Dialect::Postgres; }
    using db::Connection::execScript;
    void execScript(const char *sql) override;
    Statement &prepare(const std::string &sql) override;
    Statement &prepareDynamic(const std::string &sql) override;
    int changes() const override;
    std::int64_t lastInsertRowId() const override;
    bool inTransaction() const override;
    void resetBusy() override {}
    bool broken() const override;
    void beginDeferred() override { m_deferring = true; }
    void endDeferred() override;
    void discardDeferred() override;
    void setBeforeRead(std::function<void()> fn) override { m_beforeRead = std::move(fn); }
    void beforeRead();
    bool deferring() const { return m_deferring; }
    // Sends a prepared statement's execution without waiting (pipeline mode).
    void send(const std::string &name, int count, const char *const *values, const int *lengths, const int *formats);
    // Waits for every statement sent; throws StoreError for the first failure.
    void flush();

    pg_conn *handle() const { return m_conn; }
    // Throws StoreError for a failed result (and frees it).
    void check(pg_result *result, const std::string &what);
    void setChanges(int n) { m_changes = n; }
    std::string nextName() { return "fd" + std::to_string(++m_names); }
    // Notifications received and not yet taken (see nextNotification).
    std::vector<std::string> pending;

private:
    using Cache = std::unordered_map<std::string, std::unique_ptr<Statement>>;
    Statement &prepareIn(Cache &cache, const std::string &sql);

    pg_conn *m_conn = nullptr;
    Cache m_cache;
    Cache m_dynamic;
    mutable int m_changes = 0;
    std::uint64_t m_names = 0;
    bool m_deferring = false;
    std::function<void()> m_beforeRead;
    bool m_inBeforeRead = false;
    bool m_pipeline = false;  // in libpq's pipeline mode, with m_sent answers to read
    int m_sent = 0;
};

// Waits until a notification (LISTEN) arrives on conn or the timeout passes;
// throws StoreError when the connection is lost.
bool waitForNotification(Connection &conn, std::chrono::milliseconds timeout);
// The payload of the next notification received, if any.
std::optional<std::string> nextNotification(Connection &conn);

} // namespace flowdesk::backend::pg
