#pragma once

// The store's view of a database driver: a connection that owns its prepared
// statements (cached by SQL text) and a statement with typed binding and
// row access. SQLite (sqlite_db.h) and PostgreSQL (pg_db.h) implement it, so
// that every query, row mapping and rule of the store is written once; the
// SQL they share is written in the dialect both accept ("?" placeholders,
// "?N" for a repeated one, ON CONFLICT, RETURNING).

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace flowdesk::backend::db {

enum class Dialect { Sqlite, Postgres };

class Statement {
public:
    virtual ~Statement() = default;

    // Binding, 1-based.
    Statement &bind(int index, std::int64_t value) { bindInt64(index, value); return *this; }
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    Statement &bind(int index, double value) { bindReal(index, value); return *this; }
    Statement &bind(int index, std::string_view text) { bindText(index, text); return *this; }
    Statement &bind(int index, const std::string &text) { return bind(index, std::string_view(text)); }
    Statement &bind(int index, const char *text) { return bind(index, std::string_view(text)); }
    Statement &bindBlob(int index, std::string_view bytes) { bindBytes(index, bytes); return *this; }
    Statement &bindNull(int index) { bindNothing(index); return *this; }

    // True while there is a row.
    virtual bool step() = 0;
    // Runs a statement that returns no rows.
    virtual void exec() = 0;
    // Clears bindings and resets for reuse; called automatically before reuse.
    virtual void reset() = 0;

    virtual std::int64_t int64(int col) const = 0;
    int int32(int col) const { return static_cast<int>(int64(col)); }
    virtual double real(int col) const = 0;
    std::string text(int col) const { return std::string(view(col)); }
    // Text or bytes of a column, valid until the next step() or reset().
    virtual std::string_view view(int col) const = 0;
    virtual bool isNull(int col) const = 0;

protected:
    virtual void bindInt64(int index, std::int64_t value) = 0;
    virtual void bindReal(int index, double value) = 0;
    virtual void bindText(int index, std::string_view text) = 0;
    virtual void bindBytes(int index, std::string_view bytes) = 0;
    virtual void bindNothing(int index) = 0;
};

class Connection {
public:
    virtual ~Connection() = default;

    virtual Dialect dialect() const = 0;
    // Runs one or more statements without results.
    virtual void execScript(const char *sql) = 0;
    void execScript(const std::string &sql) { execScript(sql.c_str()); }
    // Returns a cached, reset statement for sql. Statements of fixed SQL stay
    // cached for the connection's lifetime.
    virtual Statement &prepare(const std::string &sql) = 0;
    // For SQL built from filters: cached too, but the cache is bounded, so a
    // reference is valid only until the next prepareDynamic() call.
    virtual Statement &prepareDynamic(const std::string &sql) = 0;
    // Rows changed by the last statement run.
    virtual int changes() const = 0;
    // The id SQLite gave the row the last INSERT made. SQLite runs an INSERT
    // with RETURNING as a trigger program with a statement journal (a copy of
    // every page the insert changes, in every index of the table), so its
    // inserts read their id here instead; PostgreSQL answers through RETURNING.
    virtual std::int64_t lastInsertRowId() const = 0;
    // Inside an explicit transaction.
    virtual bool inTransaction() const = 0;
    // Resets statements left mid-iteration so that no read transaction stays open.
    virtual void resetBusy() = 0;
    // The connection to a server is gone; a new one must be made.
    virtual bool broken() const { return false; }
    // Inside a write: statements run with exec() may be sent without waiting
    // for their answers (PostgreSQL's pipeline), until a statement whose rows
    // are read, changes(), or endDeferred(), which waits for them all and
    // throws the first failure. A no-op where every statement is local.
    virtual void beginDeferred() {}
    virtual void endDeferred() {}
    // Waits for what was sent and forgets any failure (before a ROLLBACK).
    virtual void discardDeferred() {}
    // Called before a statement whose answer is read runs (PostgreSQL), so that
    // rows a writer keeps to send together are in the database first; empty
    // to stop. Not called again while it runs.
    virtual void setBeforeRead(std::function<void()> fn) { (void)fn; }
};

} // namespace flowdesk::backend::db
