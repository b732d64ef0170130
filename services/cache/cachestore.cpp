#include "cachestore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace Flowdesk {

using namespace Cache;

struct CacheStore::Worker
{
    LocalCache cache;
    std::unique_ptr<QLockFile> lock;
    qint64 maxBytes = 64LL * 1024 * 1024;
    qint64 maxAgeSeconds = 30LL * 24 * 3600;
};

CacheStore::CacheStore(QObject *parent)
    : QObject(parent)
    , m_worker(std::make_shared<Worker>())
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    qRegisterMetaType<Flowdesk::Cache::DbStatus>();
}

CacheStore::~CacheStore()
{
    close();
    m_pool.waitForDone();
}

QString CacheStore::profileId(const QString &backend, const QString &username)
{
    const QByteArray digest = QCryptographicHash::hash((backend.trimmed().toLower() + u'\n' + username).toUtf8(),
                                                       QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(24));
}

QString CacheStore::resolveProfileId(const QString &directory, const QString &backend, const QString &siteId,
                                     const QString &username)
{
    QSettings settings;
    const QString addressProfile = profileId(backend, username);
    const QString atAddressKey = QStringLiteral("profiles/address/") + addressProfile;
    auto usable = [&](const QString &profile) {
        return !profile.isEmpty() && QFile::exists(databasePath(directory, profile));
    };
    auto rememberUser = [&](const QString &profile) {
        settings.setValue(QStringLiteral("profiles/user/") + profile, username);
    };
    if (siteId.isEmpty()) {
        const QString remembered = settings.value(atAddressKey).toString();
        const QString chosen = usable(remembered) ? remembered : addressProfile;
        rememberUser(chosen);
        return chosen;
    }
    const QString siteKey = QStringLiteral("profiles/site/") + profileId(QStringLiteral("site:") + siteId, username);
    auto siteOf = [&](const QString &profile) {
        return settings.value(QStringLiteral("profiles/owner/") + profile).toString();
    };
    QString chosen = settings.value(siteKey).toString();
    if (!usable(chosen)) {
        // A profile used at this address before, by this server or by a console that
        // did not know server identities yet, holds this server's data.
        const QString candidates[] = {settings.value(atAddressKey).toString(), addressProfile};
        chosen.clear();
        for (const QString &candidate : candidates) {
            const QString owner = siteOf(candidate);
            if (usable(candidate) && (owner.isEmpty() || owner == siteId)) {
                chosen = candidate;
                break;
            }
        }
        if (chosen.isEmpty())
            chosen = profileId(QStringLiteral("site:") + siteId, username);
    }
    settings.setValue(siteKey, chosen);
    settings.setValue(atAddressKey, chosen);
    settings.setValue(QStringLiteral("profiles/owner/") + chosen, siteId);
    rememberUser(chosen);
    return chosen;
}

QList<CacheStore::EarlierProfile> CacheStore::earlierProfiles(const QString &directory, const QString &currentProfile,
                                                              const QString &siteId, const QString &username)
{
    QSettings settings;
    QList<EarlierProfile> result;
    const QStringList files = QDir(directory).entryList({QStringLiteral("profile-*.db")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString profile = file.mid(8, file.size() - 8 - 3);
        if (profile.isEmpty() || profile == currentProfile)
            continue;
        // A passphrase-protected profile cannot be read without asking for its passphrase.
        if (QFile::exists(databasePath(directory, profile) + QStringLiteral(".kdf")))
            continue;
        const QString user = settings.value(QStringLiteral("profiles/user/") + profile).toString();
        const QString owner = settings.value(QStringLiteral("profiles/owner/") + profile).toString();
        if ((!user.isEmpty() && user != username) || (!owner.isEmpty() && owner != siteId))
            continue;
        result << EarlierProfile{profile, !user.isEmpty()};
    }
    return result;
}

QString CacheStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache");
}

QString CacheStore::databasePath(const QString &directory, const QString &profileId)
{
    return directory + QStringLiteral("/profile-") + profileId + QStringLiteral(".db");
}

QString CacheStore::statusMessage(DbStatus status)
{
    switch (status) {
    case DbStatus::Ok:
        return {};
    case DbStatus::WrongKey:
        return QCoreApplication::translate("Flowdesk::CacheStore", "The saved data on this computer cannot be opened with its key. "
                                                "The key or passphrase is wrong, or it was lost.");
    case DbStatus::Corrupt:
        return QCoreApplication::translate("Flowdesk::CacheStore", "The saved data on this computer is damaged.");
    case DbStatus::DiskFull:
        return QCoreApplication::translate("Flowdesk::CacheStore", "The disk is full: Flowdesk cannot save data for offline use.");
    case DbStatus::Busy:
        return QCoreApplication::translate("Flowdesk::CacheStore", "Another Flowdesk window is using the saved data of this account "
                                                "on this computer.");
    case DbStatus::NotEncrypted:
        return QCoreApplication::translate("Flowdesk::CacheStore", "The saved data file is not encrypted; Flowdesk will not use it.");
    case DbStatus::IoError:
        return QCoreApplication::translate("Flowdesk::CacheStore", "The saved data on this computer cannot be read or written.");
    }
    return {};
}

void CacheStore::submit(std::function<void(LocalCache &)> work)
{
    auto worker = m_worker;
    (void)QtConcurrent::run(&m_pool, [worker, work = std::move(work)] { work(worker->cache); });
}

void CacheStore::waitForIdle()
{
    m_pool.waitForDone();
}

void CacheStore::open(const QString &path, const QByteArray &rawKey, QObject *context, OpenCallback done)
{
    close();
    m_path = path;
    auto worker = m_worker;
    QPointer<QObject> guard(context);
    QPointer<CacheStore> self(this);
    (void)QtConcurrent::run(&m_pool, [worker, self, guard, path, rawKey, done] {
        DbStatus status = DbStatus::Ok;
        QString detail;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile::setPermissions(QFileInfo(path).absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        worker->lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        if (!worker->lock->tryLock(0)) {
            worker->lock.reset();
            status = DbStatus::Busy;
        } else {
            status = worker->cache.open(path, rawKey);
            detail = worker->cache.lastError();
            if (status == DbStatus::Ok) {
                QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                worker->cache.prune(worker->maxBytes, worker->maxAgeSeconds);
            } else {
                worker->lock.reset();
            }
        }
        if (status != DbStatus::Ok)
            spdlog::get("console") ? spdlog::get("console")->warn("cache: open failed ({})", detail.toStdString())
                                   : void();
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, guard, done, status, detail] {
            if (self)
                self->m_open = status == DbStatus::Ok;
            if (guard && done)
                done(status, detail);
        }, Qt::QueuedConnection);
    });
}

void CacheStore::close()
{
    if (!m_open && m_path.isEmpty())
        return;
    auto worker = m_worker;
    m_open = false;
    (void)QtConcurrent::run(&m_pool, [worker] {
        worker->cache.close();
        worker->lock.reset();
    });
    m_pool.waitForDone();
    emit closed();
}

void CacheStore::readOtherOutbox(const QString &path, const QByteArray &rawKey, QObject *context,
                                 std::function<void(std::optional<OutboxRecords>)> done)
{
    run<std::optional<OutboxRecords>>([path, rawKey](LocalCache &) -> std::optional<OutboxRecords> {
        QLockFile lock(path + QStringLiteral(".lock"));
        if (path.isEmpty() || !lock.tryLock(0))
            return std::nullopt;
        LocalCache other;
        if (other.open(path, rawKey) != DbStatus::Ok)
            return std::nullopt;
        OutboxRecords records = other.outbox();
        const bool ok = other.lastStatus() == DbStatus::Ok;
        other.close();
        return ok ? std::optional<OutboxRecords>(std::move(records)) : std::nullopt;
    }, context, std::move(done));
}

void CacheStore::removeFromOtherOutbox(const QString &path, const QByteArray &rawKey, const QList<qint64> &ids,
                                       QObject *context, std::function<void(bool)> done)
{
    run<bool>([path, rawKey, ids](LocalCache &) {
        QLockFile lock(path + QStringLiteral(".lock"));
        if (path.isEmpty() || !lock.tryLock(0))
            return false;
        LocalCache other;
        if (other.open(path, rawKey) != DbStatus::Ok)
            return false;
        bool ok = true;
        {
            Transaction tx(other.database());
            for (qint64 id : ids)
                ok = ok && other.removeOutbox(id);
            ok = ok && tx.commit();
        }
        other.close();
        return ok;
    }, context, std::move(done));
}

void CacheStore::setLimits(qint64 maxBytes, qint64 maxAgeSeconds)
{
    auto worker = m_worker;
    (void)QtConcurrent::run(&m_pool, [worker, maxBytes, maxAgeSeconds] {
        worker->maxBytes = maxBytes;
        worker->maxAgeSeconds = maxAgeSeconds;
        if (worker->cache.isOpen())
            worker->cache.prune(maxBytes, maxAgeSeconds);
    });
}

void CacheStore::reportWrite(bool ok, DbStatus status, const QString &error)
{
    if (!ok)
        emit writeFailed(status, error);
}

void CacheStore::put(const QString &kind, const QString &key, const QByteArray &data)
{
    if (!m_open)
        return;
    const bool prune = ++m_writesSincePrune >= 50;
    if (prune)
        m_writesSincePrune = 0;
    auto worker = m_worker;
    QPointer<CacheStore> self(this);
    (void)QtConcurrent::run(&m_pool, [worker, self, kind, key, data, prune] {
        const bool ok = worker->cache.put(kind, key, data);
        const DbStatus status = worker->cache.lastStatus();
        const QString error = worker->cache.lastError();
        if (ok && prune)
            worker->cache.prune(worker->maxBytes, worker->maxAgeSeconds);
        if (!ok && self)
            QMetaObject::invokeMethod(self.data(), [self, status, error] {
                if (self)
                    self->reportWrite(false, status, error);
            }, Qt::QueuedConnection);
    });
}

void CacheStore::get(const QString &kind, const QString &key, QObject *context,
                     std::function<void(std::optional<Entry>)> done)
{
    if (!m_open) {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(this, [guard, done] {
            if (guard)
                done(std::nullopt);
        }, Qt::QueuedConnection);
        return;
    }
    run<std::optional<Entry>>([kind, key](LocalCache &cache) { return cache.get(kind, key); }, context,
                              std::move(done));
}

void CacheStore::remove(const QString &kind, const QString &key)
{
    if (!m_open)
        return;
    submit([kind, key](LocalCache &cache) { cache.remove(kind, key); });
}

void CacheStore::setMeta(const QString &name, const QString &value)
{
    if (!m_open)
        return;
    submit([name, value](LocalCache &cache) { cache.setMeta(name, value); });
}

void CacheStore::meta(const QString &name, QObject *context, std::function<void(QString)> done)
{
    run<QString>([name, open = m_open](LocalCache &cache) { return open ? cache.meta(name) : QString(); },
                 context, std::move(done));
}

void CacheStore::enqueue(const OutboxRecord &record, QObject *context, std::function<void(qint64)> done)
{
    QPointer<CacheStore> self(this);
    run<std::pair<qint64, std::pair<DbStatus, QString>>>(
        [record](LocalCache &cache) {
            if (!cache.isOpen())
                return std::make_pair(qint64(0), std::make_pair(DbStatus::IoError, QStringLiteral("cache closed")));
            const qint64 id = cache.enqueue(record);
            return std::make_pair(id, std::make_pair(cache.lastStatus(), cache.lastError()));
        },
        context,
        [self, done](std::pair<qint64, std::pair<DbStatus, QString>> result) {
            if (result.first == 0 && self)
                self->reportWrite(false, result.second.first, result.second.second);
            if (done)
                done(result.first);
        });
}

void CacheStore::outbox(QObject *context, std::function<void(QList<OutboxRecord>)> done)
{
    run<QList<OutboxRecord>>([](LocalCache &cache) { return cache.isOpen() ? cache.outbox() : QList<OutboxRecord>(); },
                             context, std::move(done));
}

void CacheStore::setOutboxState(qint64 id, OutboxRecord::State state, const QString &message)
{
    submit([id, state, message](LocalCache &cache) {
        if (cache.isOpen())
            cache.setOutboxState(id, state, message);
    });
}

void CacheStore::removeOutbox(qint64 id, QObject *context, std::function<void(bool)> done)
{
    run<bool>([id](LocalCache &cache) { return cache.isOpen() && cache.removeOutbox(id); }, context, std::move(done));
}

void CacheStore::wipe(QObject *context, std::function<void(bool)> done)
{
    const QString path = m_path;
    m_open = false;
    m_path.clear();
    auto worker = m_worker;
    // Closing and deleting run on the cache's thread, after any queued writes.
    run<bool>([path, worker](LocalCache &cache) {
        cache.close();
        worker->lock.reset();
        if (path.isEmpty())
            return true;
        const bool ok = LocalCache::removeFiles(path);
        QFile::remove(path + QStringLiteral(".lock"));
        return ok;
    }, context, std::move(done));
    emit closed();
}

bool CacheStore::quarantine(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    bool ok = true;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral("-cipher")}) {
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, path + QStringLiteral(".damaged-") + stamp + suffix))
            ok = false;
    }
    return ok;
}

} // namespace Flowdesk
