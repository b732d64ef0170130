// The plain-SQLite half of the cache benchmark: the same rows, schema and settings
// as the encrypted cache, written with the system libsqlite3 in its own process
// (SQLCipher and SQLite export the same symbols and cannot share one).
// Usage: bench_cache_plain FILE ROWS ROWS_PER_TRANSACTION ROW_BYTES
// Prints: "plain_ms <milliseconds>"
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char **argv)
{
    if (argc != 5) {
        std::fprintf(stderr, "usage: %s FILE ROWS ROWS_PER_TRANSACTION ROW_BYTES\n", argv[0]);
        return 2;
    }
    const int rows = std::atoi(argv[2]);
    const int batch = std::max(1, std::atoi(argv[3]));
    const int rowBytes = std::atoi(argv[4]);
    std::remove(argv[1]);
    sqlite3 *db = nullptr;
    if (sqlite3_open(argv[1], &db) != SQLITE_OK)
        return 3;
    sqlite3_exec(db, "PRAGMA temp_store = MEMORY; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                     "CREATE TABLE entries (kind TEXT NOT NULL, key TEXT NOT NULL, data BLOB NOT NULL,"
                     " saved_at INTEGER NOT NULL, used_at INTEGER NOT NULL, size INTEGER NOT NULL,"
                     " PRIMARY KEY (kind, key)) WITHOUT ROWID;"
                     "CREATE INDEX entries_used ON entries (used_at);",
                 nullptr, nullptr, nullptr);
    // The statements the cache runs for each write (LocalCache::put).
    sqlite3_stmt *drop = nullptr;
    sqlite3_prepare_v2(db, "DELETE FROM entries WHERE kind = ?1 AND key = ?2", -1, &drop, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO entries (kind, key, data, saved_at, used_at, size)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", -1, &stmt, nullptr);
    const std::string blob(static_cast<size_t>(rowBytes), 'x');
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < rows; ++i) {
        if (i % batch == 0 && batch > 1)
            sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        const std::string key = std::to_string(i);
        sqlite3_bind_text(drop, 1, "exceptions.page", -1, SQLITE_STATIC);
        sqlite3_bind_text(drop, 2, key.c_str(), -1, SQLITE_TRANSIENT);
        if (sqlite3_step(drop) != SQLITE_DONE)
            return 4;
        sqlite3_reset(drop);
        sqlite3_bind_text(stmt, 1, "exceptions.page", -1, SQLITE_STATIC);
        sqlite3_bind_text(stmt, 2, key.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_blob(stmt, 3, blob.data(), int(blob.size()), SQLITE_STATIC);
        sqlite3_bind_int64(stmt, 4, i);
        sqlite3_bind_int64(stmt, 5, i);
        sqlite3_bind_int64(stmt, 6, rowBytes);
        if (sqlite3_step(stmt) != SQLITE_DONE)
            return 4;
        sqlite3_reset(stmt);
        if (batch > 1 && (i % batch == batch - 1 || i == rows - 1))
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    sqlite3_finalize(stmt);
    sqlite3_finalize(drop);
    sqlite3_close(db);
    std::printf("plain_ms %.3f\n", ms);
    return 0;
}
