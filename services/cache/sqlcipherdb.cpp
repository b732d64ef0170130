#include "sqlcipherdb.h"

#include <QFile>

#include <sqlite3.h>

#ifndef SQLITE_HAS_CODEC
#error "The cache must be built against SQLCipher with SQLITE_HAS_CODEC"
#endif

namespace Flowdesk::Cache {

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (m_stmt) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (m_stmt)
        sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_db->noteResult(rc);
    else
        m_db->noteResult(SQLITE_OK);
    return false;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Database::~Database()
{
    close();
}

DbStatus Database::statusFor(int code)
{
    switch (code & 0xff) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
        return DbStatus::Ok;
    case SQLITE_NOTADB:
        return DbStatus::WrongKey;
    case SQLITE_CORRUPT:
        return DbStatus::Corrupt;
    case SQLITE_FULL:
        return DbStatus::DiskFull;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return DbStatus::Busy;
    default:
        return DbStatus::IoError;
    }
}

void Database::noteResult(int code)
{
    m_lastStatus = statusFor(code);
    if (m_lastStatus == DbStatus::Ok)
        m_lastError.clear();
    else
        m_lastError = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code));
}

bool Database::hasPlaintextHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray header("SQLite format 3", 16); // includes the terminating NUL
    return file.read(16) == header;
}

DbStatus Database::open(const QString &path, const QByteArray &rawKey)
{
    close();
    m_path = path;
    if (rawKey.size() != 32) {
        m_lastStatus = DbStatus::WrongKey;
        m_lastError = QStringLiteral("the cache key must be 256 bits");
        return m_lastStatus;
    }
    if (hasPlaintextHeader(path)) {
        // Never key (and so never write into) a file that holds readable data.
        m_lastStatus = DbStatus::NotEncrypted;
        m_lastError = QStringLiteral("the file is a plaintext SQLite database");
        return m_lastStatus;
    }
    const QByteArray nativePath = QFile::encodeName(path);
    int rc = sqlite3_open_v2(nativePath.constData(), &m_db,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        noteResult(rc);
        close();
        return m_lastStatus;
    }
    sqlite3_busy_timeout(m_db, 2000);
    // A raw key in SQLCipher's blob syntax skips its own passphrase KDF.
    QByteArray keySpec = "x'" + rawKey.toHex() + "'";
    rc = sqlite3_key(m_db, keySpec.constData(), int(keySpec.size()));
    keySpec.fill('\0');
    if (rc != SQLITE_OK) {
        noteResult(rc);
        close();
        return m_lastStatus;
    }
    // The cipher must answer: a plain SQLite library would ignore the key silently.
    if (cipherVersion().isEmpty()) {
        m_lastStatus = DbStatus::NotEncrypted;
        m_lastError = QStringLiteral("the SQLite library in use does not encrypt");
        close();
        return m_lastStatus;
    }
    // The first read decrypts page 1: a wrong key fails here.
    if (!scalar("SELECT count(*) FROM sqlite_master").has_value()) {
        const DbStatus status = m_lastStatus == DbStatus::Ok ? DbStatus::IoError : m_lastStatus;
        const QString error = m_lastError;
        close();
        m_lastStatus = status;
        m_lastError = error;
        return status;
    }
    exec("PRAGMA temp_store = MEMORY");
    if (!exec("PRAGMA journal_mode = WAL") && m_lastStatus != DbStatus::Ok) {
        const DbStatus status = m_lastStatus;
        const QString error = m_lastError;
        close();
        m_lastStatus = status;
        m_lastError = error;
        return status;
    }
    exec("PRAGMA synchronous = FULL");
    m_lastStatus = DbStatus::Ok;
    m_lastError.clear();
    return DbStatus::Ok;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Database::exec(const char *sql)
{
    if (!m_db)
        return false;
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    noteResult(rc);
    return rc == SQLITE_OK;
}

Statement Database::prepare(const char *sql)
{
    if (!m_db)
        return {};
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    noteResult(rc);
    if (rc != SQLITE_OK)
        return {};
    return Statement(this, stmt);
}

std::optional<QString> Database::scalar(const char *sql)
{
    Statement stmt = prepare(sql);
    if (!stmt.isValid())
        return std::nullopt;
    if (stmt.step())
        return stmt.text(0);
    if (m_lastStatus != DbStatus::Ok)
        return std::nullopt;
    return QString();
}

QString Database::cipherVersion()
{
    return scalar("PRAGMA cipher_version").value_or(QString());
}

qint64 Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

qint64 Database::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_open = m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_open) {
        // Keeps the reason the work failed, not the rollback's answer.
        const DbStatus status = m_db.m_lastStatus;
        const QString error = m_db.m_lastError;
        m_db.exec("ROLLBACK");
        m_db.m_lastStatus = status;
        m_db.m_lastError = error;
    }
}

bool Transaction::commit()
{
    if (!m_open)
        return false;
    m_open = false;
    if (m_db.exec("COMMIT"))
        return true;
    m_db.exec("ROLLBACK");
    return false;
}

} // namespace Flowdesk::Cache
