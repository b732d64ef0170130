#include "sqlcipherdb.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <utility>

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

namespace {

// A value that may go into a PRAGMA: digits, or an algorithm's name.
bool isPlainNumber(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{1,9}$"));
    return re.match(value).hasMatch();
}

bool isAlgorithmName(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9_]{1,40}$"));
    return re.match(value).hasMatch();
}

bool isVersionText(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Za-z._ -]{0,40}$"));
    return re.match(value).hasMatch();
}

} // namespace

bool CipherSettings::sameCipherAs(const CipherSettings &other) const
{
    return compatibility == other.compatibility && pageSize == other.pageSize && kdfIter == other.kdfIter
        && hmacAlgorithm == other.hmacAlgorithm && kdfAlgorithm == other.kdfAlgorithm;
}

CipherSettings CipherSettings::defaultsOf(int majorVersion)
{
    CipherSettings s;
    s.compatibility = majorVersion;
    if (majorVersion >= 4) {
        s.pageSize = 4096;
        s.kdfIter = 256000;
        s.hmacAlgorithm = QStringLiteral("HMAC_SHA512");
        s.kdfAlgorithm = QStringLiteral("PBKDF2_HMAC_SHA512");
    } else {
        s.pageSize = 1024;
        s.kdfIter = 64000;
        s.hmacAlgorithm = QStringLiteral("HMAC_SHA1");
        s.kdfAlgorithm = QStringLiteral("PBKDF2_HMAC_SHA1");
    }
    return s;
}

QList<QPair<QString, QString>> CipherSettings::toFields() const
{
    return {
        {QStringLiteral("sqlcipher_version"), writtenBy},
        {QStringLiteral("cipher_compatibility"), QString::number(compatibility)},
        {QStringLiteral("cipher_page_size"), QString::number(pageSize)},
        {QStringLiteral("kdf_iter"), QString::number(kdfIter)},
        {QStringLiteral("cipher_hmac_algorithm"), hmacAlgorithm},
        {QStringLiteral("cipher_kdf_algorithm"), kdfAlgorithm},
    };
}

CipherSettings CipherSettings::fromFields(const QList<QPair<QString, QString>> &fields)
{
    CipherSettings s;
    bool ok = true;
    for (const auto &[name, value] : fields) {
        if (name == QLatin1String("sqlcipher_version")) {
            ok = ok && isVersionText(value);
            s.writtenBy = value;
        } else if (name == QLatin1String("cipher_compatibility")) {
            ok = ok && isPlainNumber(value);
            s.compatibility = value.toInt();
        } else if (name == QLatin1String("cipher_page_size")) {
            ok = ok && isPlainNumber(value);
            s.pageSize = value.toInt();
        } else if (name == QLatin1String("kdf_iter")) {
            ok = ok && isPlainNumber(value);
            s.kdfIter = value.toInt();
        } else if (name == QLatin1String("cipher_hmac_algorithm")) {
            ok = ok && isAlgorithmName(value);
            s.hmacAlgorithm = value;
        } else if (name == QLatin1String("cipher_kdf_algorithm")) {
            ok = ok && isAlgorithmName(value);
            s.kdfAlgorithm = value;
        }
    }
    return ok ? s : CipherSettings();
}

QString sqlcipherVersion()
{
    static const QString version = [] {
        sqlite3 *db = nullptr;
        QString v;
        if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK) {
            sqlite3_stmt *stmt = nullptr;
            if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK
                && sqlite3_step(stmt) == SQLITE_ROW)
                v = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            sqlite3_finalize(stmt);
        }
        sqlite3_close_v2(db);
        return v;
    }();
    return version;
}

int sqlcipherMajorVersion()
{
    return sqlcipherVersion().section(QLatin1Char('.'), 0, 0).toInt();
}

QList<std::optional<CipherSettings>> Database::settingsToTry(const CipherSettings &recorded, int libraryMajor,
                                                            bool fileExists)
{
    QList<std::optional<CipherSettings>> tries;
    // A record newer than the library cannot be honoured (SQLCipher 3 has no
    // SHA512 HMAC); the library's defaults are then as good a guess as any.
    if (recorded.isValid() && recorded.compatibility <= libraryMajor)
        tries << recorded;
    tries << std::nullopt;
    // A file without a (usable) record may come from SQLCipher 3: 4.x reads it
    // in compatibility mode.
    if (fileExists && libraryMajor >= 4 && !(recorded.isValid() && recorded.compatibility == 3))
        tries << CipherSettings::defaultsOf(3);
    return tries;
}

bool Database::needsMigration(const CipherSettings &settings, int libraryMajor)
{
    return settings.isValid() && settings.compatibility < libraryMajor;
}

QString Database::settingsFilePath(const QString &path)
{
    return path + QStringLiteral("-cipher");
}

CipherSettings Database::readSettingsFile(const QString &path)
{
    QFile file(settingsFilePath(path));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QList<QPair<QString, QString>> fields;
    const QList<QByteArray> lines = file.read(4096).split('\n');
    for (const QByteArray &line : lines) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            fields.append({QString::fromUtf8(line.left(eq)).trimmed(), QString::fromUtf8(line.mid(eq + 1)).trimmed()});
    }
    return CipherSettings::fromFields(fields);
}

bool Database::writeSettingsFile(const QString &path, const CipherSettings &settings)
{
    QSaveFile file(settingsFilePath(path));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    QByteArray text = "# The SQLCipher settings of " + QFileInfo(path).fileName().toUtf8()
        + " (no secret): read before the key opens it.\n";
    for (const auto &[name, value] : settings.toFields())
        text += name.toUtf8() + '=' + value.toUtf8() + '\n';
    file.write(text);
    return file.commit();
}

DbStatus Database::openWith(const QByteArray &rawKey, const CipherSettings *settings)
{
    close();
    // SQLite takes UTF-8 file names on every platform.
    int rc = sqlite3_open_v2(m_path.toUtf8().constData(), &m_db,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
    auto failed = [this](DbStatus status, const QString &error) {
        close();
        m_lastStatus = status;
        m_lastError = error;
        return status;
    };
    if (rc != SQLITE_OK) {
        noteResult(rc);
        return failed(m_lastStatus, m_lastError);
    }
    sqlite3_busy_timeout(m_db, 2000);
    // A raw key in SQLCipher's blob syntax skips its own passphrase KDF.
    QByteArray keySpec = "x'" + rawKey.toHex() + "'";
    rc = sqlite3_key(m_db, keySpec.constData(), int(keySpec.size()));
    keySpec.fill('\0');
    if (rc != SQLITE_OK) {
        noteResult(rc);
        return failed(m_lastStatus, m_lastError);
    }
    // The cipher must answer: a plain SQLite library would ignore the key silently.
    if (cipherVersion().isEmpty())
        return failed(DbStatus::NotEncrypted, QStringLiteral("the SQLite library in use does not encrypt"));
    if (settings) {
        // Before the first read: they decide how page 1 is decrypted. The
        // values were checked (plain numbers, algorithm names) when read.
        const bool modern = sqlcipherMajorVersion() >= 4;
        QList<QByteArray> pragmas;
        if (modern)
            pragmas << "PRAGMA cipher_compatibility = " + QByteArray::number(settings->compatibility);
        pragmas << "PRAGMA cipher_page_size = " + QByteArray::number(settings->pageSize);
        if (settings->kdfIter > 0)
            pragmas << "PRAGMA kdf_iter = " + QByteArray::number(settings->kdfIter);
        if (modern && !settings->hmacAlgorithm.isEmpty())
            pragmas << "PRAGMA cipher_hmac_algorithm = " + settings->hmacAlgorithm.toLatin1();
        if (modern && !settings->kdfAlgorithm.isEmpty())
            pragmas << "PRAGMA cipher_kdf_algorithm = " + settings->kdfAlgorithm.toLatin1();
        for (const QByteArray &pragma : std::as_const(pragmas)) {
            if (!exec(pragma.constData()))
                return failed(m_lastStatus == DbStatus::Ok ? DbStatus::IoError : m_lastStatus, m_lastError);
        }
    }
    // The first read decrypts page 1: a wrong key (or wrong settings) fails here.
    if (!scalar("SELECT count(*) FROM sqlite_master").has_value())
        return failed(m_lastStatus == DbStatus::Ok ? DbStatus::IoError : m_lastStatus, m_lastError);
    return DbStatus::Ok;
}

CipherSettings Database::effectiveSettings()
{
    CipherSettings s;
    const int major = sqlcipherMajorVersion();
    const CipherSettings defaults = CipherSettings::defaultsOf(major);
    s.pageSize = scalar("PRAGMA cipher_page_size").value_or(QString()).toInt();
    s.kdfIter = scalar("PRAGMA kdf_iter").value_or(QString()).toInt();
    // SQLCipher 3 knows only SHA1 and has no pragma to ask.
    s.hmacAlgorithm = scalar("PRAGMA cipher_hmac_algorithm").value_or(QString());
    if (s.hmacAlgorithm.isEmpty())
        s.hmacAlgorithm = defaults.hmacAlgorithm;
    s.kdfAlgorithm = scalar("PRAGMA cipher_kdf_algorithm").value_or(QString());
    if (s.kdfAlgorithm.isEmpty())
        s.kdfAlgorithm = defaults.kdfAlgorithm;
    s.compatibility = major;
    for (int m : {3, 4}) {
        const CipherSettings d = CipherSettings::defaultsOf(m);
        if (d.pageSize == s.pageSize && d.hmacAlgorithm == s.hmacAlgorithm && d.kdfAlgorithm == s.kdfAlgorithm)
            s.compatibility = m;
    }
    return s;
}

DbStatus Database::open(const QString &path, const QByteArray &rawKey)
{
    close();
    m_path = path;
    m_settings = {};
    m_migrated = false;
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
    const bool fileExists = QFileInfo(path).size() > 0;
    const int libraryMajor = sqlcipherMajorVersion();
    const CipherSettings recorded = readSettingsFile(path);
    DbStatus status = DbStatus::WrongKey;
    std::optional<CipherSettings> used;
    for (const auto &settings : settingsToTry(recorded, libraryMajor, fileExists)) {
        status = openWith(rawKey, settings ? &*settings : nullptr);
        if (status == DbStatus::Ok) {
            used = settings;
            break;
        }
        // Other settings can only help where the key seemed wrong.
        if (status != DbStatus::WrongKey)
            return status;
    }
    if (status != DbStatus::Ok)
        return status;

    CipherSettings current = used ? *used : effectiveSettings();
    if (!used)
        current.writtenBy = !fileExists ? sqlcipherVersion()
            : recorded.sameCipherAs(current) ? recorded.writtenBy : QString();
    if (needsMigration(current, libraryMajor)) {
        // Everything into the main file first: the write-ahead log of the old
        // format would not fit the new one.
        exec("PRAGMA wal_checkpoint(TRUNCATE)");
        exec("PRAGMA journal_mode = DELETE");
        close();
        if (sqlite3_open_v2(m_path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX,
                            nullptr) == SQLITE_OK) {
            QByteArray keySpec = "x'" + rawKey.toHex() + "'";
            sqlite3_key(m_db, keySpec.constData(), int(keySpec.size()));
            keySpec.fill('\0');
            // Right after the key, before anything reads: "0" is success.
            m_migrated = scalar("PRAGMA cipher_migrate").value_or(QString()) == QLatin1String("0");
        }
        close();
        if (m_migrated && openWith(rawKey, nullptr) == DbStatus::Ok) {
            current = effectiveSettings();
            current.writtenBy = sqlcipherVersion();
        } else {
            // Used as it is, in the older format: the key is right and the
            // file may hold changes that wait to be sent.
            m_migrated = false;
            status = openWith(rawKey, used ? &*used : nullptr);
            if (status != DbStatus::Ok)
                return status;
        }
    }
    exec("PRAGMA temp_store = MEMORY");
    if (!exec("PRAGMA journal_mode = WAL") && m_lastStatus != DbStatus::Ok) {
        const DbStatus failedStatus = m_lastStatus;
        const QString error = m_lastError;
        close();
        m_lastStatus = failedStatus;
        m_lastError = error;
        return failedStatus;
    }
    exec("PRAGMA synchronous = FULL");
    m_settings = current;
    if (!recorded.sameCipherAs(current) || recorded.writtenBy != current.writtenBy)
        writeSettingsFile(path, current);
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

bool Database::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
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
