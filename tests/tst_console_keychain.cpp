// The cache key in a real OS keychain (Secret Service through QtKeychain). CTest
// runs this inside a private D-Bus session with gnome-keyring; without a keychain
// every test fails, so a broken setup cannot pass unnoticed.

#include "cachecodec.h"
#include "cachestore.h"
#include "keystore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

using namespace Flowdesk;

class TestConsoleKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyIsCreatedOnceAndFoundAgain();
    void keyOpensEncryptedCache();
    void forgetDeletesKey();
    void aReadThatIsNotAKeyIsAskedAgain();
    void anEntryThatIsNeverAKeyFails();

private:
    KeyStore::Result load(const QString &profile);
    KeyStore::Result read(const QString &profile);
    bool writeEntry(const QString &profile, const QByteArray &bytes);
    bool removeKey(const QString &profile);

    KeyStore m_store{QStringLiteral("Flowdesk test")};
    QString m_profile = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QTemporaryDir m_dir;
};

KeyStore::Result TestConsoleKeychain::load(const QString &profile)
{
    std::optional<KeyStore::Result> result;
    m_store.loadOrCreateKey(profile, this, [&](const KeyStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return {KeyStore::Status::Failed, {}, QStringLiteral("no answer from the keychain")};
    return *result;
}

KeyStore::Result TestConsoleKeychain::read(const QString &profile)
{
    std::optional<KeyStore::Result> result;
    m_store.readKey(profile, this, [&](const KeyStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return {KeyStore::Status::Failed, {}, QStringLiteral("no answer from the keychain")};
    return *result;
}

bool TestConsoleKeychain::writeEntry(const QString &profile, const QByteArray &bytes)
{
    // The entry as the key store names it, written straight through QtKeychain.
    auto *job = new QKeychain::WritePasswordJob(QStringLiteral("Flowdesk test"));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(QStringLiteral("cache-key/") + profile);
    job->setBinaryData(bytes);
    std::optional<bool> ok;
    connect(job, &QKeychain::Job::finished, this, [&ok, job](QKeychain::Job *) { ok = job->error() == QKeychain::NoError; });
    job->start();
    return QTest::qWaitFor([&] { return ok.has_value(); }, 20000) && *ok;
}

bool TestConsoleKeychain::removeKey(const QString &profile)
{
    std::optional<bool> deleted;
    m_store.deleteKey(profile, this, [&](bool ok, const QString &) { deleted = ok; });
    return QTest::qWaitFor([&] { return deleted.has_value(); }, 20000) && *deleted;
}

void TestConsoleKeychain::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run this test through CTest (dbus-run-session with gnome-keyring)");
    QVERIFY(m_dir.isValid());
}

void TestConsoleKeychain::keyIsCreatedOnceAndFoundAgain()
{
    const KeyStore::Result first = load(m_profile);
    QVERIFY2(first.status == KeyStore::Status::Created,
             qPrintable(QStringLiteral("keychain unavailable or failing: %1").arg(first.message)));
    QCOMPARE(first.key.size(), 32);
    const KeyStore::Result second = load(m_profile);
    QCOMPARE(second.status, KeyStore::Status::Found);
    QCOMPARE(second.key, first.key);
    // Another profile gets another key.
    const QString other = m_profile + QStringLiteral("-other");
    const KeyStore::Result third = load(other);
    QCOMPARE(third.status, KeyStore::Status::Created);
    QVERIFY(third.key != first.key);
    bool deleted = false;
    m_store.deleteKey(other, this, [&](bool ok, const QString &) { deleted = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(deleted, 20000);
}

void TestConsoleKeychain::keyOpensEncryptedCache()
{
    const KeyStore::Result key = load(m_profile);
    QCOMPARE(key.status, KeyStore::Status::Found);
    const QString path = m_dir.filePath(QStringLiteral("keychain.db"));
    {
        CacheStore store;
        std::optional<Cache::DbStatus> status;
        store.open(path, key.key, this, [&](Cache::DbStatus s, const QString &) { status = s; });
        QTRY_VERIFY(status.has_value());
        QCOMPARE(*status, Cache::DbStatus::Ok);
        store.put(Cache::FlowsKind, QStringLiteral("catalogue"), "kept under the keychain's key");
    }
    QVERIFY(!Cache::Database::hasPlaintextHeader(path));
    // Read back with the key from the keychain, as at the next start.
    const KeyStore::Result again = load(m_profile);
    Cache::LocalCache cache;
    QCOMPARE(cache.open(path, again.key), Cache::DbStatus::Ok);
    const auto entry = cache.get(Cache::FlowsKind, QStringLiteral("catalogue"));
    QVERIFY(entry.has_value());
    QCOMPARE(entry->data, QByteArray("kept under the keychain's key"));
}

void TestConsoleKeychain::forgetDeletesKey()
{
    std::optional<bool> deleted;
    m_store.deleteKey(m_profile, this, [&](bool ok, const QString &) { deleted = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), 20000);
    QVERIFY(*deleted);
    const KeyStore::Result after = read(m_profile);
    QCOMPARE(after.status, KeyStore::Status::Found);
    QVERIFY(after.key.isEmpty()); // nothing stored any more
    // Without the key the old file stays unreadable: a new key does not open it.
    const KeyStore::Result fresh = load(m_profile);
    QCOMPARE(fresh.status, KeyStore::Status::Created);
    Cache::LocalCache cache;
    QCOMPARE(cache.open(m_dir.filePath(QStringLiteral("keychain.db")), fresh.key), Cache::DbStatus::WrongKey);
    bool cleaned = false;
    m_store.deleteKey(m_profile, this, [&](bool ok, const QString &) { cleaned = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(cleaned, 20000);
}

void TestConsoleKeychain::aReadThatIsNotAKeyIsAskedAgain()
{
    // The keychain answers the first read with something that is not a key;
    // the key is there when the store asks again, and the caller gets it.
    const QString profile = m_profile + QStringLiteral("-retry");
    QVERIFY(writeEntry(profile, QByteArray("not a key")));
    std::optional<KeyStore::Result> result;
    m_store.readKey(profile, this, [&](const KeyStore::Result &r) { result = r; });
    const QByteArray key = KeyStore::randomKey();
    QVERIFY(writeEntry(profile, key));
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
    QVERIFY2(result->status == KeyStore::Status::Found, qPrintable(result->message));
    QCOMPARE(result->key, key);
    QVERIFY(removeKey(profile));
}

void TestConsoleKeychain::anEntryThatIsNeverAKeyFails()
{
    // Asked again, still not a key: the caller is told, and nothing is
    // written over the entry.
    const QString profile = m_profile + QStringLiteral("-broken");
    QVERIFY(writeEntry(profile, QByteArray("not a key")));
    const KeyStore::Result result = read(profile);
    QCOMPARE(result.status, KeyStore::Status::Failed);
    QVERIFY(result.key.isEmpty());
    const KeyStore::Result loaded = load(profile);
    QCOMPARE(loaded.status, KeyStore::Status::Failed);
    QVERIFY(removeKey(profile));
}

QTEST_GUILESS_MAIN(TestConsoleKeychain)
#include "tst_console_keychain.moc"
