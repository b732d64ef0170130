#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
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

// The settings SQLCipher encrypted a file with. Its major versions differ in
// their defaults (3.x: 1 KiB pages, HMAC-SHA1, PBKDF2-HMAC-SHA1 with 64000
// iterations; 4.x: 4 KiB pages, SHA512, 256000 iterations), so a file opened by
// another version than the one that wrote it reads as "not a database" unless
// it is opened with the settings it was written with. A cache records them
// inside (its meta table) and beside itself (the file "<cache>-cipher", no
// secret in it), so that they are known before the key has read anything.
struct CipherSettings {
    QString writtenBy;     // cipher_version of the library that created the file ("3.4.1")
    int compatibility = 0; // the major version whose defaults the file uses (3, 4)
    int pageSize = 0;      // cipher_page_size
    int kdfIter = 0;       // kdf_iter (a raw key skips this KDF; recorded for completeness)
    QString hmacAlgorithm; // cipher_hmac_algorithm: HMAC_SHA1, HMAC_SHA512
    QString kdfAlgorithm;  // cipher_kdf_algorithm: PBKDF2_HMAC_SHA1, PBKDF2_HMAC_SHA512

    bool isValid() const { return compatibility > 0 && pageSize > 0; }
    bool sameCipherAs(const CipherSettings &other) const;

    // The defaults of SQLCipher's major version 3 or 4 (writtenBy empty).
    static CipherSettings defaultsOf(int majorVersion);
    // "name=value" lines, as in the file beside the cache and its meta table.
    QList<QPair<QString, QString>> toFields() const;
    // Unknown names are ignored; a value that is not a plain number or
    // algorithm name makes the whole record invalid.
    static CipherSettings fromFields(const QList<QPair<QString, QString>> &fields);
};

// The major version of the SQLCipher library in use (3, 4), and its full version.
int sqlcipherMajorVersion();
QString sqlcipherVersion();

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
    // start with the plaintext SQLite header. A file is opened with the settings
    // recorded beside it; without a record, with the library's defaults and then
    // with those of SQLCipher 3. A file written by an older major version than the
    // library's is migrated to the library's format (PRAGMA cipher_migrate); should
    // that fail, it is used as it is: the key is right, and its waiting changes
    // must stay reachable.
    DbStatus open(const QString &path, const QByteArray &rawKey);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    bool exec(const char *sql);
    Statement prepare(const char *sql);
    // Runs `sql` and returns the first column of the first row, if any.
    std::optional<QString> scalar(const char *sql);

    QString cipherVersion();
    // The settings the open file is encrypted with (writtenBy: the library that
    // created it, as far as known).
    CipherSettings cipherSettings() const { return m_settings; }
    // True when open() migrated the file from an older SQLCipher format.
    bool wasMigrated() const { return m_migrated; }

    // The record beside the cache file `path` ("<path>-cipher").
    static QString settingsFilePath(const QString &path);
    static CipherSettings readSettingsFile(const QString &path);
    static bool writeSettingsFile(const QString &path, const CipherSettings &settings);
    // The settings open() tries, in order (nullopt: the library's defaults),
    // for a file with the record `recorded` and a library of `libraryMajor`.
    static QList<std::optional<CipherSettings>> settingsToTry(const CipherSettings &recorded, int libraryMajor,
                                                             bool fileExists);
    // Whether a file with `settings` is migrated by a library of `libraryMajor`.
    static bool needsMigration(const CipherSettings &settings, int libraryMajor);
    qint64 changes() const;
    qint64 lastInsertId() const;
    // True inside BEGIN ... COMMIT (a Transaction, or one a caller opened).
    bool inTransaction() const;

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
    // Opens and keys the file, applies `settings` (none: the library's defaults)
    // and reads page 1.
    DbStatus openWith(const QByteArray &rawKey, const CipherSettings *settings);
    CipherSettings effectiveSettings();

    sqlite3 *m_db = nullptr;
    CipherSettings m_settings;
    bool m_migrated = false;
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
