#include "keystore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <QFutureWatcher>

#include <qt6keychain/keychain.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace Flowdesk {

namespace {
QString keyName(const QString &profileId)
{
    return QStringLiteral("cache-key/") + profileId;
}
} // namespace

KeyStore::KeyStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

QByteArray KeyStore::randomKey()
{
    QByteArray key(32, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), int(key.size())) != 1)
        return {};
    return key;
}

void KeyStore::readKey(const QString &profileId, QObject *context, std::function<void(const Result &)> done)
{
    readKeyTrying(profileId, context, std::move(done), 1);
}

void KeyStore::readKeyTrying(const QString &profileId, QObject *context, std::function<void(const Result &)> done,
                             int retries)
{
    // A job has no parent: the Secret Service answers it asynchronously, and
    // libsecret calls back into the job even when this store is gone by then;
    // a job deleted with its parent would be used after its deletion. Each job
    // deletes itself once it has finished; the connection's context (this)
    // drops the answer when the store is gone.
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyName(profileId));
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, guard, done, profileId, retries](QKeychain::Job *) {
        if (!guard)
            return;
        Result result;
        switch (job->error()) {
        case QKeychain::NoError:
            result.key = job->binaryData();
            if (result.key.size() == 32) {
                result.status = Status::Found;
            } else {
                result.key.clear();
                result.status = Status::Failed;
                result.message = tr("The key in the keychain is not a cache key.");
            }
            break;
        case QKeychain::EntryNotFound:
            result.status = Status::Found; // with an empty key: none stored yet
            break;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::OtherError:
            result.status = Status::NoKeychain;
            result.message = job->errorString();
            break;
        default:
            result.status = Status::Failed;
            result.message = job->errorString();
            break;
        }
        if (result.status == Status::Failed && retries > 0) {
            QTimer::singleShot(500, this, [this, profileId, guard, done, retries] {
                if (guard)
                    readKeyTrying(profileId, guard, done, retries - 1);
            });
            return;
        }
        done(result);
    });
    job->start();
}

void KeyStore::loadOrCreateKey(const QString &profileId, QObject *context, std::function<void(const Result &)> done)
{
    QPointer<QObject> guard(context);
    readKey(profileId, this, [this, profileId, guard, done](const Result &read) {
        if (!guard)
            return;
        if (read.status != Status::Found || !read.key.isEmpty()) {
            done(read);
            return;
        }
        const QByteArray key = randomKey();
        if (key.isEmpty()) {
            done({Status::Failed, {}, tr("No random key could be made.")});
            return;
        }
        auto *job = new QKeychain::WritePasswordJob(m_service);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(keyName(profileId));
        job->setBinaryData(key);
        connect(job, &QKeychain::Job::finished, this, [job, guard, done, key](QKeychain::Job *) {
            if (!guard)
                return;
            if (job->error() == QKeychain::NoError) {
                done({Status::Created, key, {}});
                return;
            }
            const bool noKeychain = job->error() == QKeychain::NoBackendAvailable
                || job->error() == QKeychain::NotImplemented || job->error() == QKeychain::OtherError;
            done({noKeychain ? Status::NoKeychain : Status::Failed, {}, job->errorString()});
        });
        job->start();
    });
}

void KeyStore::deleteKey(const QString &profileId, QObject *context,
                         std::function<void(bool, const QString &)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyName(profileId));
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, guard, done](QKeychain::Job *) {
        if (!guard)
            return;
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : job->errorString());
    });
    job->start();
}

QByteArray KeyStore::deriveKey(const QString &passphrase, const QByteArray &salt, int iterations)
{
    QByteArray secret = passphrase.toUtf8();
    QByteArray key(32, '\0');
    const int ok = PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                                     iterations, EVP_sha256(), int(key.size()),
                                     reinterpret_cast<unsigned char *>(key.data()));
    secret.fill('\0');
    if (ok != 1)
        return {};
    return key;
}

void KeyStore::deriveKeyAsync(const QString &passphrase, const QByteArray &salt, int iterations, QObject *context,
                              std::function<void(const QByteArray &)> done)
{
    auto *watcher = new QFutureWatcher<QByteArray>(context);
    QObject::connect(watcher, &QFutureWatcher<QByteArray>::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([passphrase, salt, iterations] {
        QByteArray key = deriveKey(passphrase, salt, iterations);
        // OpenSSL keeps state (its error queue) per thread until the thread ends. Qt's
        // pooled threads are detached and may still be ending at exit, after OpenSSL's
        // exit handler, and their state is then never freed: free it now.
        OPENSSL_thread_stop();
        return key;
    }));
}

KeyStore::KdfParameters KeyStore::readKdfParameters(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    KdfParameters p;
    p.salt = QByteArray::fromBase64(o.value(QStringLiteral("salt")).toString().toLatin1());
    p.iterations = o.value(QStringLiteral("iterations")).toInt();
    return p;
}

bool KeyStore::writeKdfParameters(const QString &file, const KdfParameters &parameters)
{
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QJsonObject o;
    o.insert(QStringLiteral("kdf"), QStringLiteral("PBKDF2-HMAC-SHA256"));
    o.insert(QStringLiteral("salt"), QString::fromLatin1(parameters.salt.toBase64()));
    o.insert(QStringLiteral("iterations"), parameters.iterations);
    f.write(QJsonDocument(o).toJson());
    return f.commit();
}

} // namespace Flowdesk
