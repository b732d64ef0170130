#include "localcache.h"

#include <QFile>

namespace Flowdesk::Cache {

namespace {
constexpr qint64 SchemaVersion = 1;
}

DbStatus LocalCache::open(const QString &path, const QByteArray &rawKey)
{
    const DbStatus status = m_db.open(path, rawKey);
    if (status != DbStatus::Ok)
        return status;
    if (!createSchema()) {
        const DbStatus failed = m_db.lastStatus() == DbStatus::Ok ? DbStatus::IoError : m_db.lastStatus();
        m_db.close();
        return failed;
    }
    // The schema write put page 1 on disk: it must not read as plain SQLite.
    if (Database::hasPlaintextHeader(path)) {
        m_db.close();
        return DbStatus::NotEncrypted;
    }
    return DbStatus::Ok;
}

CipherSettings LocalCache::recordedCipherSettings()
{
    QList<QPair<QString, QString>> fields;
    Statement stmt = m_db.prepare("SELECT name, value FROM meta WHERE name <> 'schema'");
    while (stmt.step())
        fields.append({stmt.text(0), stmt.text(1)});
    return CipherSettings::fromFields(fields);
}

void LocalCache::close()
{
    m_putDrop = {};
    m_putInsert = {};
    m_db.close();
}

bool LocalCache::createSchema()
{
    Transaction tx(m_db);
    const bool ok = m_db.exec("CREATE TABLE IF NOT EXISTS entries ("
                              " kind TEXT NOT NULL, key TEXT NOT NULL, data BLOB NOT NULL,"
                              " saved_at INTEGER NOT NULL, used_at INTEGER NOT NULL, size INTEGER NOT NULL,"
                              " PRIMARY KEY (kind, key)) WITHOUT ROWID")
        && m_db.exec("CREATE INDEX IF NOT EXISTS entries_used ON entries (used_at)")
        && m_db.exec("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        && m_db.exec("CREATE TABLE IF NOT EXISTS outbox ("
                     " id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, transaction_id TEXT NOT NULL,"
                     " expected_version INTEGER NOT NULL, request_id TEXT NOT NULL UNIQUE, payload BLOB NOT NULL,"
                     " created_at INTEGER NOT NULL, state INTEGER NOT NULL DEFAULT 0, message TEXT NOT NULL DEFAULT '')");
    if (!ok)
        return false;
    Statement version = m_db.prepare("INSERT OR IGNORE INTO meta (name, value) VALUES ('schema', ?1)");
    version.bind(1, QString::number(SchemaVersion));
    version.step();
    if (m_db.lastStatus() != DbStatus::Ok)
        return false;
    // The SQLCipher version and settings the file was created with; a
    // migration to a newer format replaces them.
    Statement cipher = m_db.prepare(m_db.wasMigrated() ? "INSERT OR REPLACE INTO meta (name, value) VALUES (?1, ?2)"
                                                       : "INSERT OR IGNORE INTO meta (name, value) VALUES (?1, ?2)");
    for (const auto &[name, value] : m_db.cipherSettings().toFields()) {
        cipher.bind(1, name).bind(2, value);
        cipher.step();
        cipher.reset();
        if (m_db.lastStatus() != DbStatus::Ok)
            return false;
    }
    return tx.commit();
}

bool LocalCache::put(const QString &kind, const QString &key, const QByteArray &data, const QDateTime &savedAt)
{
    // A delete and an insert, not INSERT OR REPLACE: a statement that may
    // replace rows keeps a statement journal, and SQLCipher encrypts every
    // page it journals, which made each write cost twice plain SQLite's.
    // Neither of these two statements needs one. Both run in one transaction.
    if (!m_putDrop.isValid())
        m_putDrop = m_db.prepare("DELETE FROM entries WHERE kind = ?1 AND key = ?2");
    if (!m_putInsert.isValid())
        m_putInsert = m_db.prepare("INSERT INTO entries (kind, key, data, saved_at, used_at, size)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!m_putDrop.isValid() || !m_putInsert.isValid())
        return false;
    std::optional<Transaction> own;
    if (!m_db.inTransaction())
        own.emplace(m_db);
    m_putDrop.reset();
    m_putDrop.bind(1, kind).bind(2, key);
    m_putDrop.step();
    m_putDrop.reset();
    if (m_db.lastStatus() != DbStatus::Ok)
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_putInsert.reset();
    m_putInsert.bind(1, kind).bind(2, key).bind(3, data).bind(4, savedAt.toMSecsSinceEpoch()).bind(5, now)
        .bind(6, qint64(data.size() + kind.size() + key.size()));
    m_putInsert.step();
    const bool ok = m_db.lastStatus() == DbStatus::Ok;
    m_putInsert.reset();  // releases the bound data and the statement's read of the table
    return ok && (!own || own->commit());
}

std::optional<Entry> LocalCache::get(const QString &kind, const QString &key)
{
    Statement stmt = m_db.prepare("SELECT data, saved_at FROM entries WHERE kind = ?1 AND key = ?2");
    if (!stmt.isValid())
        return std::nullopt;
    stmt.bind(1, kind).bind(2, key);
    if (!stmt.step())
        return std::nullopt;
    Entry entry{stmt.blob(0), QDateTime::fromMSecsSinceEpoch(stmt.int64(1), Qt::UTC)};
    stmt = {};
    // Reading counts as use for the LRU limit; a failure here loses nothing.
    Statement touch = m_db.prepare("UPDATE entries SET used_at = ?1 WHERE kind = ?2 AND key = ?3");
    touch.bind(1, QDateTime::currentMSecsSinceEpoch()).bind(2, kind).bind(3, key);
    touch.step();
    return entry;
}

bool LocalCache::remove(const QString &kind, const QString &key)
{
    Statement stmt = m_db.prepare("DELETE FROM entries WHERE kind = ?1 AND key = ?2");
    stmt.bind(1, kind).bind(2, key);
    stmt.step();
    return m_db.lastStatus() == DbStatus::Ok;
}

bool LocalCache::removeKind(const QString &kind)
{
    Statement stmt = m_db.prepare("DELETE FROM entries WHERE kind = ?1");
    stmt.bind(1, kind);
    stmt.step();
    return m_db.lastStatus() == DbStatus::Ok;
}

QStringList LocalCache::keys(const QString &kind)
{
    QStringList result;
    Statement stmt = m_db.prepare("SELECT key FROM entries WHERE kind = ?1 ORDER BY used_at DESC");
    stmt.bind(1, kind);
    while (stmt.step())
        result << stmt.text(0);
    return result;
}

int LocalCache::prune(qint64 maxBytes, qint64 maxAgeSeconds, const QDateTime &now)
{
    int dropped = 0;
    Transaction tx(m_db);
    if (maxAgeSeconds > 0) {
        Statement old = m_db.prepare("DELETE FROM entries WHERE saved_at < ?1");
        old.bind(1, now.toMSecsSinceEpoch() - maxAgeSeconds * 1000);
        old.step();
        dropped += int(m_db.changes());
    }
    if (maxBytes > 0) {
        qint64 total = totalBytes();
        if (total > maxBytes) {
            Statement lru = m_db.prepare("SELECT kind, key, size FROM entries ORDER BY used_at ASC");
            Statement del = m_db.prepare("DELETE FROM entries WHERE kind = ?1 AND key = ?2");
            QList<std::pair<QString, QString>> victims;
            while (total > maxBytes && lru.step()) {
                victims.append({lru.text(0), lru.text(1)});
                total -= lru.int64(2);
            }
            lru = {};
            for (const auto &[kind, key] : victims) {
                del.reset();
                del.bind(1, kind).bind(2, key);
                del.step();
                ++dropped;
            }
        }
    }
    if (!tx.commit())
        return 0;
    return dropped;
}

qint64 LocalCache::totalBytes()
{
    Statement stmt = m_db.prepare("SELECT coalesce(sum(size), 0) FROM entries");
    return stmt.step() ? stmt.int64(0) : 0;
}

qint64 LocalCache::entryCount()
{
    Statement stmt = m_db.prepare("SELECT count(*) FROM entries");
    return stmt.step() ? stmt.int64(0) : 0;
}

bool LocalCache::setMeta(const QString &name, const QString &value)
{
    Statement stmt = m_db.prepare("INSERT OR REPLACE INTO meta (name, value) VALUES (?1, ?2)");
    stmt.bind(1, name).bind(2, value);
    stmt.step();
    return m_db.lastStatus() == DbStatus::Ok;
}

QString LocalCache::meta(const QString &name)
{
    Statement stmt = m_db.prepare("SELECT value FROM meta WHERE name = ?1");
    stmt.bind(1, name);
    return stmt.step() ? stmt.text(0) : QString();
}

qint64 LocalCache::enqueue(OutboxRecord record)
{
    if (!record.createdAt.isValid())
        record.createdAt = QDateTime::currentDateTimeUtc();
    Statement stmt = m_db.prepare("INSERT INTO outbox (kind, transaction_id, expected_version, request_id, payload,"
                                  " created_at, state, message) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!stmt.isValid())
        return 0;
    stmt.bind(1, record.kind).bind(2, record.transactionId).bind(3, record.expectedVersion)
        .bind(4, record.requestId).bind(5, record.payload).bind(6, record.createdAt.toMSecsSinceEpoch())
        .bind(7, qint64(record.state)).bind(8, record.message);
    stmt.step();
    if (m_db.lastStatus() != DbStatus::Ok)
        return 0;
    return m_db.lastInsertId();
}

QList<OutboxRecord> LocalCache::outbox()
{
    QList<OutboxRecord> result;
    Statement stmt = m_db.prepare("SELECT id, kind, transaction_id, expected_version, request_id, payload,"
                                  " created_at, state, message FROM outbox ORDER BY id");
    while (stmt.step()) {
        OutboxRecord r;
        r.id = stmt.int64(0);
        r.kind = stmt.text(1);
        r.transactionId = stmt.text(2);
        r.expectedVersion = stmt.int64(3);
        r.requestId = stmt.text(4);
        r.payload = stmt.blob(5);
        r.createdAt = QDateTime::fromMSecsSinceEpoch(stmt.int64(6), Qt::UTC);
        r.state = static_cast<OutboxRecord::State>(stmt.int64(7));
        r.message = stmt.text(8);
        result << r;
    }
    return result;
}

bool LocalCache::setOutboxState(qint64 id, OutboxRecord::State state, const QString &message)
{
    Statement stmt = m_db.prepare("UPDATE outbox SET state = ?1, message = ?2 WHERE id = ?3");
    stmt.bind(1, qint64(state)).bind(2, message).bind(3, id);
    stmt.step();
    return m_db.lastStatus() == DbStatus::Ok;
}

bool LocalCache::removeOutbox(qint64 id)
{
    Statement stmt = m_db.prepare("DELETE FROM outbox WHERE id = ?1");
    stmt.bind(1, id);
    stmt.step();
    return m_db.lastStatus() == DbStatus::Ok;
}

bool LocalCache::rewriteOutbox(qint64 id, const QString &kind, const QByteArray &payload)
{
    Statement stmt = m_db.prepare("UPDATE outbox SET kind = ?1, payload = ?2 WHERE id = ?3");
    stmt.bind(1, kind).bind(2, payload).bind(3, id);
    stmt.step();
    return m_db.lastStatus() == DbStatus::Ok;
}

bool LocalCache::removeFiles(const QString &path)
{
    bool ok = true;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"),
                                  QStringLiteral("-cipher")}) {
        const QString name = path + suffix;
        if (QFile::exists(name) && !QFile::remove(name))
            ok = false;
    }
    return ok;
}

} // namespace Flowdesk::Cache
