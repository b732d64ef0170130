#pragma once

#include "sqlcipherdb.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Flowdesk::Cache {

// One thing the console has shown, as it was saved.
struct Entry
{
    QByteArray data;
    QDateTime savedAt;
};

// One action taken while the backend could not be reached, as it waits on disk.
struct OutboxRecord
{
    enum class State { Pending = 0, Conflict = 1, Failed = 2 };
    qint64 id = 0;            // order of taking the actions
    // The action's contract name ("TRANSACTION_ACTION_RESUBMIT"); an older console
    // wrote "comment", "assign", "triage", "edit", "resubmit", "discard", "resolve".
    QString kind;
    QString transactionId;
    qint64 expectedVersion = 0;
    QString requestId;
    QByteArray payload;       // the request message's bytes (older: a JSON object of the arguments)
    QDateTime createdAt;
    State state = State::Pending;
    QString message;          // why it is in conflict or failed
};

// The encrypted local cache of one backend and user: entries by kind and key,
// with a size and age limit, small metadata values, and the outbox.
// Synchronous; it lives on one worker thread (see CacheStore).
class LocalCache
{
public:
    DbStatus open(const QString &path, const QByteArray &rawKey);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    Database &database() { return m_db; }
    // The SQLCipher version and settings recorded in the meta table.
    CipherSettings recordedCipherSettings();
    DbStatus lastStatus() const { return m_db.lastStatus(); }
    QString lastError() const { return m_db.lastError(); }

    bool put(const QString &kind, const QString &key, const QByteArray &data,
             const QDateTime &savedAt = QDateTime::currentDateTimeUtc());
    std::optional<Entry> get(const QString &kind, const QString &key);
    bool remove(const QString &kind, const QString &key);
    bool removeKind(const QString &kind);
    // Keys of one kind, most recently used first.
    QStringList keys(const QString &kind);

    // Drops entries older than `maxAgeSeconds`, then the least recently used until
    // the entries hold at most `maxBytes`. Returns how many were dropped.
    int prune(qint64 maxBytes, qint64 maxAgeSeconds, const QDateTime &now = QDateTime::currentDateTimeUtc());
    qint64 totalBytes();
    qint64 entryCount();

    bool setMeta(const QString &name, const QString &value);
    QString meta(const QString &name);

    qint64 enqueue(OutboxRecord record);
    QList<OutboxRecord> outbox();
    bool setOutboxState(qint64 id, OutboxRecord::State state, const QString &message);
    bool removeOutbox(qint64 id);
    // Rewrites an entry's kind and payload in place (converting an older form).
    bool rewriteOutbox(qint64 id, const QString &kind, const QByteArray &payload);

    // Deletes the database and its side files (journal, WAL). The cache must be closed.
    static bool removeFiles(const QString &path);

private:
    bool createSchema();

    Database m_db;
    // put()'s statements, prepared at its first call; finalized before m_db closes.
    Statement m_putDrop;
    Statement m_putInsert;
};

} // namespace Flowdesk::Cache
