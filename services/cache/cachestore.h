#pragma once

#include "localcache.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace Flowdesk {

// The console's encrypted cache, used from the GUI thread. Every read and write
// runs on one worker thread; answers come back as queued calls to a context object
// (nothing arrives once that object is gone).
class CacheStore : public QObject
{
    Q_OBJECT
public:
    explicit CacheStore(QObject *parent = nullptr);
    ~CacheStore() override;

    // A stable, non-identifying file name for one backend and user.
    static QString profileId(const QString &backend, const QString &username);
    // The profile a person's saved data and waiting changes for one server live in.
    // Keyed by the server's identity (siteId, from sign-in) where it is known, so that
    // another address for the same server (a name instead of an IP, another port, the
    // demo server's new port at every start) finds the same profile: a profile made
    // for an earlier address of this server is adopted, never left behind. Without a
    // siteId (start while the server cannot be reached) the profile last used at this
    // address. Remembers the choice in the application settings.
    static QString resolveProfileId(const QString &directory, const QString &backend, const QString &siteId,
                                    const QString &username);
    // Other profiles on this computer that may hold waiting changes of `username` for
    // the server `siteId`: kept by a console that reached this server under an address
    // no longer used. A profile known to belong to another person or another server is
    // left out, and so is one protected by a passphrase. knownOwner: this console
    // recorded the profile as this person's; false for one an older console kept,
    // which did not record whose it was.
    struct EarlierProfile
    {
        QString profileId;
        bool knownOwner = false;
    };
    static QList<EarlierProfile> earlierProfiles(const QString &directory, const QString &currentProfile,
                                                 const QString &siteId, const QString &username);
    // <application data folder>/cache
    static QString defaultDirectory();
    static QString databasePath(const QString &directory, const QString &profileId);
    // What to tell the person about a failed open or write.
    static QString statusMessage(Cache::DbStatus status);

    using OpenCallback = std::function<void(Cache::DbStatus status, const QString &detail)>;
    // Takes the profile's lock (one console per profile), opens the file with the
    // raw 256-bit key and proves that it is encrypted.
    void open(const QString &path, const QByteArray &rawKey, QObject *context, OpenCallback done);
    void close();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

    // Size and age limit, applied after opening and every few writes.
    void setLimits(qint64 maxBytes, qint64 maxAgeSeconds);

    void put(const QString &kind, const QString &key, const QByteArray &data);
    void get(const QString &kind, const QString &key, QObject *context,
             std::function<void(std::optional<Cache::Entry>)> done);
    void remove(const QString &kind, const QString &key);
    void setMeta(const QString &name, const QString &value);
    void meta(const QString &name, QObject *context, std::function<void(QString)> done);

    void enqueue(const Cache::OutboxRecord &record, QObject *context, std::function<void(qint64 id)> done);
    void outbox(QObject *context, std::function<void(QList<Cache::OutboxRecord>)> done);
    void setOutboxState(qint64 id, Cache::OutboxRecord::State state, const QString &message);
    void removeOutbox(qint64 id, QObject *context, std::function<void(bool)> done);

    // Another profile's waiting changes, read or removed under that profile's lock
    // while this cache stays open. nullopt / false: the file cannot be opened with
    // the key, or a console has it open.
    using OutboxRecords = QList<Cache::OutboxRecord>;
    void readOtherOutbox(const QString &path, const QByteArray &rawKey, QObject *context,
                         std::function<void(std::optional<OutboxRecords>)> done);
    void removeFromOtherOutbox(const QString &path, const QByteArray &rawKey, const QList<qint64> &ids,
                               QObject *context, std::function<void(bool)> done);

    // Closes the cache and deletes its files (the key is the caller's business).
    void wipe(QObject *context, std::function<void(bool)> done);
    // Moves a damaged file aside (it stays encrypted) so that a new one can be built.
    static bool quarantine(const QString &path);

    // Runs `work` on the cache's thread; `done` gets its result on the GUI thread.
    template <class R>
    void run(std::function<R(Cache::LocalCache &)> work, QObject *context, std::function<void(R)> done);
    // Waits for queued work (tests, shutdown).
    void waitForIdle();

signals:
    // A write failed (disk full, file locked...): the console keeps working without saving.
    void writeFailed(Flowdesk::Cache::DbStatus status, const QString &message);
    void closed();

private:
    struct Worker;
    void submit(std::function<void(Cache::LocalCache &)> work);
    void reportWrite(bool ok, Cache::DbStatus status, const QString &error);

    std::shared_ptr<Worker> m_worker;
    QThreadPool m_pool;
    QString m_path;
    bool m_open = false;
    int m_writesSincePrune = 0;
};

template <class R>
void CacheStore::run(std::function<R(Cache::LocalCache &)> work, QObject *context, std::function<void(R)> done)
{
    QPointer<QObject> guard(context);
    QPointer<CacheStore> self(this);
    submit([self, guard, work = std::move(work), done = std::move(done)](Cache::LocalCache &cache) {
        R result = work(cache);
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [guard, done, result = std::move(result)] {
            if (guard && done)
                done(result);
        }, Qt::QueuedConnection);
    });
}

} // namespace Flowdesk
