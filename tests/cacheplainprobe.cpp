// Opens a file with plain SQLite (the system library, no cipher) and lists its
// tables. Exit status: 0 readable, 3 "file is not a database", 4 other error,
// 2 usage. With `--create FILE` it makes a small plain database instead. The cache
// tests use it to show that the cache file is unreadable
// without SQLCipher and its key.
#include <sqlite3.h>

#include <cstdio>
#include <string>

int main(int argc, char **argv)
{
    if (argc == 3 && std::string(argv[1]) == "--create") {
        sqlite3 *db = nullptr;
        int rc = sqlite3_open(argv[2], &db);
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(db, "CREATE TABLE probe (x)", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        return rc == SQLITE_OK ? 0 : 4;
    }
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s [--create] FILE\n", argv[0]);
        return 2;
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "open: %s\n", sqlite3_errmsg(db));
        sqlite3_close(db);
        return 4;
    }
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master", -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            std::printf("%s\n", reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    const int code = rc == SQLITE_OK ? 0 : ((rc & 0xff) == SQLITE_NOTADB ? 3 : 4);
    if (code != 0)
        std::fprintf(stderr, "%s\n", sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return code;
}
