#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Flowdesk::Cache {

// What went wrong with the encrypted file, in the terms the console explains to a person.
enum class DbStatus {
    Ok,
    WrongKey,     // the key does not open the file (SQLCipher: "file is not a database")
    Corrupt,      // the file opens but its pages do not check out
    DiskFull,
    Busy,         // another process holds the file
    NotEncrypted, // a plaintext SQLite file, or a library without the cipher answered
    IoError,
};

class Database;

// One prepared statement; finalized when it goes out of scope.
class Statement
{
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    // Parameters are 1-based, as in SQLite.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);

    // True while a row is available; false at the end or on error (see Database::lastStatus).
    bool step();
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}

    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// An SQLCipher database keyed with a raw 256-bit key. Closed when destroyed.
// Not thread-safe: one thread uses it at a time.
class Database
{
public:
    Database() = default;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    // Opens (or creates) `path` with a raw 32-byte key and proves that the file is
    // encrypted: the cipher answers, the key reads the schema, and the file does not
    // start with the plaintext SQLite header.
    DbStatus open(const QString &path, const QByteArray &rawKey);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    bool exec(const char *sql);
    Statement prepare(const char *sql);
    // Runs `sql` and returns the first column of the first row, if any.
    std::optional<QString> scalar(const char *sql);

    QString cipherVersion();
    qint64 changes() const;
    qint64 lastInsertId() const;

    DbStatus lastStatus() const { return m_lastStatus; }
    QString lastError() const { return m_lastError; }
    QString path() const { return m_path; }

    // True when the first bytes of `path` are the plaintext SQLite header.
    static bool hasPlaintextHeader(const QString &path);
    // Maps an SQLite result code to what the console tells the person.
    static DbStatus statusFor(int sqliteCode);

private:
    friend class Statement;
    friend class Transaction;
    void noteResult(int code);

    sqlite3 *m_db = nullptr;
    QString m_path;
    DbStatus m_lastStatus = DbStatus::Ok;
    QString m_lastError;
};

// Keeps a group of statements atomic; rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    bool commit();

private:
    Database &m_db;
    bool m_open = false;
};

} // namespace Flowdesk::Cache
