// The console's encrypted cache: what lies on disk is unreadable without the key,
// a wrong key or a damaged file is reported as such and can be set aside, the
// size and age limits hold, a second console on the same profile is refused, and
// a full disk is reported instead of crashing.

#include "cachecodec.h"
#include "cachestore.h"
#include "keystore.h"
#include "localcache.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Flowdesk;
using namespace Flowdesk::Cache;

namespace {
const QByteArray Marker = "ACME-Umformtechnik-Invoice-4711";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestConsoleCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cipherAnswers();
    void fileIsUnreadableWithoutKey();
    void wrongKeyIsReported();
    void damagedFileIsReportedAndQuarantined_data();
    void damagedFileIsReportedAndQuarantined();
    void plaintextFileIsRefused();
    void entriesRoundTrip();
    void pruneBySizeAndAge();
    void outboxSurvivesReopen();
    void secondConsoleIsRefused();
    void fullDiskIsReported();
    void storeAnswersOnGuiThread();
    void wipeRemovesFiles();
    void flowsCodecRoundTrip();
    void passphraseKeyDerivation();
    void cipherSettingsAreRecorded();
    void fileIsOpenedWithItsRecordedSettings();
    void olderFormatGetsCompatibilitySettingsAndMigration();
    void damagedSettingsRecordIsIgnored();

private:
    QString m_probe;
    QTemporaryDir m_dir;
};

void TestConsoleCache::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_probe = QStringLiteral(CACHE_PLAIN_PROBE);
    QVERIFY2(QFile::exists(m_probe), "the plain SQLite probe is not built");
}

void TestConsoleCache::cipherAnswers()
{
    Database db;
    QCOMPARE(db.open(m_dir.filePath(QStringLiteral("cipher.db")), KeyStore::randomKey()), DbStatus::Ok);
    QCOMPARE(db.cipherVersion(), QStringLiteral("3.4.1"));
}

void TestConsoleCache::fileIsUnreadableWithoutKey()
{
    const QString path = m_dir.filePath(QStringLiteral("secret.db"));
    {
        LocalCache cache;
        QCOMPARE(cache.open(path, KeyStore::randomKey()), DbStatus::Ok);
        for (int i = 0; i < 200; ++i)
            QVERIFY(cache.put(ExceptionPageKind, QString::number(i), Marker + QByteArray::number(i)));
        OutboxRecord r;
        r.kind = QStringLiteral("comment");
        r.transactionId = QStringLiteral("T-1");
        r.requestId = QStringLiteral("r-1");
        r.payload = "{\"text\":\"" + Marker + "\"}";
        QVERIFY(cache.enqueue(r) > 0);
        // Checked while the WAL still holds the pages, then after the checkpoint.
        QVERIFY(!readAll(path + QStringLiteral("-wal")).contains(Marker));
    }
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.size() > 1024);
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(!Database::hasPlaintextHeader(path));
    QVERIFY(!bytes.contains(Marker));
    QVERIFY(!bytes.contains("outbox"));
    QVERIFY(!readAll(path + QStringLiteral("-wal")).contains(Marker));

    // Plain SQLite (the system library, in its own process) cannot read it.
    QProcess probe;
    probe.start(m_probe, {path});
    QVERIFY(probe.waitForFinished(10000));
    QCOMPARE(probe.exitCode(), 3);
    QVERIFY(probe.readAllStandardError().contains("not a database"));

    // The probe itself does read a plain database.
    const QString plain = m_dir.filePath(QStringLiteral("plain-probe.db"));
    QCOMPARE(QProcess::execute(m_probe, {QStringLiteral("--create"), plain}), 0);
    QVERIFY(Database::hasPlaintextHeader(plain));
    probe.start(m_probe, {plain});
    QVERIFY(probe.waitForFinished(10000));
    QCOMPARE(probe.exitCode(), 0);
    QVERIFY(probe.readAllStandardOutput().contains("probe"));
}

void TestConsoleCache::wrongKeyIsReported()
{
    const QString path = m_dir.filePath(QStringLiteral("wrongkey.db"));
    const QByteArray key = KeyStore::randomKey();
    {
        LocalCache cache;
        QCOMPARE(cache.open(path, key), DbStatus::Ok);
        QVERIFY(cache.put(FlowsKind, QStringLiteral("catalogue"), Marker));
    }
    const QByteArray before = readAll(path);
    LocalCache other;
    QCOMPARE(other.open(path, KeyStore::randomKey()), DbStatus::WrongKey);
    QVERIFY(!other.isOpen());
    QCOMPARE(readAll(path), before); // a wrong key changes nothing
    QVERIFY(!CacheStore::statusMessage(DbStatus::WrongKey).isEmpty());

    LocalCache right;
    QCOMPARE(right.open(path, key), DbStatus::Ok);
    const auto entry = right.get(FlowsKind, QStringLiteral("catalogue"));
    QVERIFY(entry.has_value());
    QCOMPARE(entry->data, Marker);
}

void TestConsoleCache::damagedFileIsReportedAndQuarantined_data()
{
    QTest::addColumn<int>("damageAt");
    QTest::newRow("first page") << 100;
    QTest::newRow("random file") << -1;
}

void TestConsoleCache::damagedFileIsReportedAndQuarantined()
{
    QFETCH(int, damageAt);
    const QString path = m_dir.filePath(QStringLiteral("damaged-%1.db").arg(damageAt));
    const QByteArray key = KeyStore::randomKey();
    if (damageAt >= 0) {
        {
            LocalCache cache;
            QCOMPARE(cache.open(path, key), DbStatus::Ok);
            QVERIFY(cache.put(FlowsKind, QStringLiteral("catalogue"), Marker));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(damageAt);
        f.write(QByteArray(64, '\x5a'));
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, '\x17'));
    }
    LocalCache cache;
    const DbStatus status = cache.open(path, key);
    QVERIFY2(status == DbStatus::WrongKey || status == DbStatus::Corrupt, "a damaged file must not open");
    QVERIFY(!cache.isOpen());

    // The way out: set it aside (it stays encrypted) and build a new one.
    QVERIFY(CacheStore::quarantine(path));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(cache.open(path, key), DbStatus::Ok);
    QVERIFY(!cache.get(FlowsKind, QStringLiteral("catalogue")).has_value());
}

void TestConsoleCache::plaintextFileIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("plain.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("SQLite format 3", 16) + QByteArray(4080, '\0'));
    f.close();
    LocalCache cache;
    QCOMPARE(cache.open(path, KeyStore::randomKey()), DbStatus::NotEncrypted);
    QVERIFY(readAll(path).startsWith("SQLite format 3")); // left untouched, never keyed
}

void TestConsoleCache::entriesRoundTrip()
{
    LocalCache cache;
    QCOMPARE(cache.open(m_dir.filePath(QStringLiteral("entries.db")), KeyStore::randomKey()), DbStatus::Ok);
    const QDateTime saved = QDateTime::currentDateTimeUtc().addSecs(-120);
    QVERIFY(cache.put(TransactionKind, QStringLiteral("T-9"), "{\"id\":\"T-9\"}", saved));
    QVERIFY(cache.put(TransactionKind, QStringLiteral("T-9"), "{\"id\":\"T-9\",\"v\":2}", saved));
    const auto entry = cache.get(TransactionKind, QStringLiteral("T-9"));
    QVERIFY(entry.has_value());
    QCOMPARE(entry->data, QByteArray("{\"id\":\"T-9\",\"v\":2}"));
    QCOMPARE(entry->savedAt.toSecsSinceEpoch(), saved.toSecsSinceEpoch());
    QVERIFY(!cache.get(HistoryKind, QStringLiteral("T-9")).has_value());
    // Inside a transaction the caller opened, a replacement joins it: rolled
    // back, the entry is as before; committed, the new one is the only one.
    QVERIFY(cache.database().exec("BEGIN IMMEDIATE"));
    QVERIFY(cache.put(TransactionKind, QStringLiteral("T-9"), "{\"id\":\"T-9\",\"v\":3}", saved));
    QVERIFY(cache.database().exec("ROLLBACK"));
    QCOMPARE(cache.get(TransactionKind, QStringLiteral("T-9"))->data, QByteArray("{\"id\":\"T-9\",\"v\":2}"));
    QVERIFY(cache.database().exec("BEGIN IMMEDIATE"));
    QVERIFY(cache.put(TransactionKind, QStringLiteral("T-9"), "{\"id\":\"T-9\",\"v\":4}", saved));
    QVERIFY(cache.database().exec("COMMIT"));
    QCOMPARE(cache.get(TransactionKind, QStringLiteral("T-9"))->data, QByteArray("{\"id\":\"T-9\",\"v\":4}"));
    QCOMPARE(cache.database().scalar("SELECT COUNT(*) FROM entries WHERE key = 'T-9'"), QStringLiteral("1"));
    QVERIFY(cache.setMeta(QStringLiteral("event_sequence"), QStringLiteral("42")));
    QCOMPARE(cache.meta(QStringLiteral("event_sequence")), QStringLiteral("42"));
    QVERIFY(cache.remove(TransactionKind, QStringLiteral("T-9")));
    QVERIFY(!cache.get(TransactionKind, QStringLiteral("T-9")).has_value());
}

void TestConsoleCache::pruneBySizeAndAge()
{
    LocalCache cache;
    QCOMPARE(cache.open(m_dir.filePath(QStringLiteral("prune.db")), KeyStore::randomKey()), DbStatus::Ok);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(cache.put(HistoryKind, QStringLiteral("old"), QByteArray(100, 'o'), now.addDays(-40)));
    for (int i = 0; i < 10; ++i) {
        QVERIFY(cache.put(ExceptionPageKind, QString::number(i), QByteArray(1000, 'x'), now));
        // Distinct use times: the next entry is put once the millisecond clock has moved on.
        const qint64 putAt = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(QTest::qWaitFor([putAt] { return QDateTime::currentMSecsSinceEpoch() > putAt; }, 1000));
    }
    QVERIFY(cache.get(ExceptionPageKind, QStringLiteral("0")).has_value()); // 0 is now the most recently used
    const int dropped = cache.prune(5000, 30 * 24 * 3600, now);
    QVERIFY(!cache.get(HistoryKind, QStringLiteral("old")).has_value());
    QVERIFY(cache.totalBytes() <= 5000);
    QCOMPARE(dropped, 1 + 10 - int(cache.entryCount()));
    QVERIFY(cache.get(ExceptionPageKind, QStringLiteral("0")).has_value());
    QVERIFY(cache.get(ExceptionPageKind, QStringLiteral("9")).has_value());
    QVERIFY(!cache.get(ExceptionPageKind, QStringLiteral("1")).has_value());
}

void TestConsoleCache::outboxSurvivesReopen()
{
    const QString path = m_dir.filePath(QStringLiteral("outbox.db"));
    const QByteArray key = KeyStore::randomKey();
    {
        LocalCache cache;
        QCOMPARE(cache.open(path, key), DbStatus::Ok);
        for (int i = 1; i <= 3; ++i) {
            OutboxRecord r;
            r.kind = QStringLiteral("assign");
            r.transactionId = QStringLiteral("T-%1").arg(i);
            r.expectedVersion = i;
            r.requestId = QStringLiteral("req-%1").arg(i);
            r.payload = "{\"assignee\":\"operator\"}";
            QVERIFY(cache.enqueue(r) > 0);
        }
        OutboxRecord duplicate;
        duplicate.kind = QStringLiteral("assign");
        duplicate.requestId = QStringLiteral("req-2");
        QCOMPARE(cache.enqueue(duplicate), 0); // one row per request id
    }
    LocalCache cache;
    QCOMPARE(cache.open(path, key), DbStatus::Ok);
    const auto records = cache.outbox();
    QCOMPARE(records.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(records[i].transactionId, QStringLiteral("T-%1").arg(i + 1));
        QCOMPARE(records[i].expectedVersion, i + 1);
        QCOMPARE(records[i].state, OutboxRecord::State::Pending);
    }
    QVERIFY(cache.setOutboxState(records[1].id, OutboxRecord::State::Conflict, QStringLiteral("stale")));
    QVERIFY(cache.removeOutbox(records[0].id));
    const auto after = cache.outbox();
    QCOMPARE(after.size(), 2);
    QCOMPARE(after[0].state, OutboxRecord::State::Conflict);
    QCOMPARE(after[0].message, QStringLiteral("stale"));
}

void TestConsoleCache::secondConsoleIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("profile.db"));
    const QByteArray key = KeyStore::randomKey();
    CacheStore first;
    CacheStore second;
    QList<DbStatus> results;
    first.open(path, key, this, [&](DbStatus s, const QString &) { results << s; });
    QTRY_COMPARE(results.size(), 1);
    second.open(path, key, this, [&](DbStatus s, const QString &) { results << s; });
    QTRY_COMPARE(results.size(), 2);
    QCOMPARE(results[0], DbStatus::Ok);
    QCOMPARE(results[1], DbStatus::Busy);
    QVERIFY(first.isOpen());
    QVERIFY(!second.isOpen());
    QVERIFY(CacheStore::statusMessage(DbStatus::Busy).contains(QStringLiteral("Another Flowdesk window")));
    first.close();
    second.open(path, key, this, [&](DbStatus s, const QString &) { results << s; });
    QTRY_COMPARE(results.size(), 3);
    QCOMPARE(results[2], DbStatus::Ok);
}

void TestConsoleCache::fullDiskIsReported()
{
    // A page limit stands in for a full disk: SQLite answers SQLITE_FULL either way.
    const QString path = m_dir.filePath(QStringLiteral("full.db"));
    CacheStore store;
    bool opened = false;
    store.open(path, KeyStore::randomKey(), this, [&](DbStatus s, const QString &) { opened = s == DbStatus::Ok; });
    QTRY_VERIFY(opened);
    bool limited = false;
    store.run<bool>([](LocalCache &cache) { return cache.database().exec("PRAGMA max_page_count = 12"); }, this,
                    [&](bool ok) { limited = ok; });
    QTRY_VERIFY(limited);
    QSignalSpy failed(&store, &CacheStore::writeFailed);
    store.put(ExceptionPageKind, QStringLiteral("big"), QByteArray(256 * 1024, 'b'));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<DbStatus>(), DbStatus::DiskFull);
    // The cache still answers: small writes go on, the failed one is absent.
    store.put(FlowsKind, QStringLiteral("catalogue"), "small");
    std::optional<Entry> small, big;
    int answers = 0;
    store.get(FlowsKind, QStringLiteral("catalogue"), this, [&](std::optional<Entry> e) { small = e; ++answers; });
    store.get(ExceptionPageKind, QStringLiteral("big"), this, [&](std::optional<Entry> e) { big = e; ++answers; });
    QTRY_COMPARE(answers, 2);
    QVERIFY(small.has_value());
    QVERIFY(!big.has_value());
}

void TestConsoleCache::storeAnswersOnGuiThread()
{
    CacheStore store;
    bool opened = false;
    store.open(m_dir.filePath(QStringLiteral("async.db")), KeyStore::randomKey(), this,
               [&](DbStatus s, const QString &) { opened = s == DbStatus::Ok; });
    QTRY_VERIFY(opened);
    store.put(DashboardKind, QStringLiteral("all"), "snapshot");
    QThread *answeredOn = nullptr;
    std::optional<Entry> got;
    store.get(DashboardKind, QStringLiteral("all"), this, [&](std::optional<Entry> e) {
        answeredOn = QThread::currentThread();
        got = e;
    });
    QTRY_VERIFY(answeredOn != nullptr);
    QCOMPARE(answeredOn, QThread::currentThread());
    QVERIFY(got.has_value());
    QCOMPARE(got->data, QByteArray("snapshot"));

    // A context that is gone gets nothing.
    auto *context = new QObject;
    bool called = false;
    store.get(DashboardKind, QStringLiteral("all"), context, [&](std::optional<Entry>) { called = true; });
    delete context;
    store.waitForIdle();
    // The worker is done, so its answer is posted by now: deliver it, then look.
    QCoreApplication::sendPostedEvents();
    QVERIFY(!called);
}

void TestConsoleCache::wipeRemovesFiles()
{
    const QString path = m_dir.filePath(QStringLiteral("wipe.db"));
    CacheStore store;
    bool opened = false;
    store.open(path, KeyStore::randomKey(), this, [&](DbStatus s, const QString &) { opened = s == DbStatus::Ok; });
    QTRY_VERIFY(opened);
    store.put(FlowsKind, QStringLiteral("catalogue"), Marker);
    bool wiped = false;
    store.wipe(this, [&](bool ok) { wiped = ok; });
    QTRY_VERIFY(wiped);
    QVERIFY(!store.isOpen());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-cipher")));
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
}

void TestConsoleCache::flowsCodecRoundTrip()
{
    Flow f;
    f.id = QStringLiteral("sales.order-to-sap");
    f.name = QStringLiteral("Sales orders to SAP");
    f.domain = QStringLiteral("sales");
    f.slaSeconds = 900;
    f.batch = true;
    f.stuckCount = 3;
    f.stateCounts[static_cast<int>(TransactionState::Failed)] = 17;
    bool ok = false;
    const QList<Flow> back = decodeFlows(encodeFlows({f, Flow{}}), &ok);
    QVERIFY(ok);
    QCOMPARE(back.size(), 2);
    QCOMPARE(back.first(), f);
    QVERIFY(decodeFlows("garbage", &ok).isEmpty());
    QVERIFY(!ok);
}

void TestConsoleCache::passphraseKeyDerivation()
{
    const QByteArray salt = KeyStore::randomKey().left(16);
    const QByteArray a = KeyStore::deriveKey(QStringLiteral("correct horse battery"), salt, 1000);
    QCOMPARE(a.size(), 32);
    QCOMPARE(KeyStore::deriveKey(QStringLiteral("correct horse battery"), salt, 1000), a);
    QVERIFY(KeyStore::deriveKey(QStringLiteral("correct horse batterz"), salt, 1000) != a);
    QVERIFY(KeyStore::deriveKey(QStringLiteral("correct horse battery"), salt, 1001) != a);

    // The derivation runs off the GUI thread and answers on it.
    QByteArray derived;
    KeyStore::deriveKeyAsync(QStringLiteral("correct horse battery"), salt, 1000, this,
                             [&](const QByteArray &key) { derived = key; });
    QTRY_COMPARE(derived, a);

    const QString file = m_dir.filePath(QStringLiteral("profile.kdf"));
    QVERIFY(KeyStore::writeKdfParameters(file, {salt, 1000}));
    const auto params = KeyStore::readKdfParameters(file);
    QVERIFY(params.isValid());
    QCOMPARE(params.salt, salt);
    QCOMPARE(params.iterations, 1000);

    // A passphrase-derived key opens the cache like a keychain key; another does not.
    const QString path = m_dir.filePath(QStringLiteral("passphrase.db"));
    {
        LocalCache cache;
        QCOMPARE(cache.open(path, a), DbStatus::Ok);
    }
    LocalCache cache;
    QCOMPARE(cache.open(path, KeyStore::deriveKey(QStringLiteral("wrong"), salt, 1000)), DbStatus::WrongKey);
}

namespace {

QString describe(const QList<std::optional<CipherSettings>> &tries)
{
    QStringList out;
    for (const auto &t : tries)
        out << (t ? QStringLiteral("v%1/%2/%3").arg(t->compatibility).arg(t->pageSize).arg(t->hmacAlgorithm)
                  : QStringLiteral("library"));
    return out.join(QLatin1Char(' '));
}

} // namespace

// A new cache records the library's version and its settings, in its meta
// table and beside it; both read back the same, and a lost record beside it is
// written again.
void TestConsoleCache::cipherSettingsAreRecorded()
{
    const QString path = m_dir.filePath(QStringLiteral("settings.db"));
    const QByteArray key = KeyStore::randomKey();
    const int major = sqlcipherMajorVersion();
    QVERIFY2(major >= 3, qPrintable(sqlcipherVersion()));
    {
        LocalCache cache;
        QCOMPARE(cache.open(path, key), DbStatus::Ok);
        const CipherSettings used = cache.database().cipherSettings();
        QCOMPARE(used.writtenBy, sqlcipherVersion());
        QVERIFY(used.sameCipherAs(CipherSettings::defaultsOf(major)));
        QCOMPARE(cache.database().scalar("PRAGMA cipher_page_size").value_or(QString()).toInt(), used.pageSize);
        const CipherSettings inside = cache.recordedCipherSettings();
        QVERIFY(inside.sameCipherAs(used));
        QCOMPARE(inside.writtenBy, used.writtenBy);
        const CipherSettings beside = Database::readSettingsFile(path);
        QVERIFY(beside.sameCipherAs(used));
        QCOMPARE(beside.writtenBy, used.writtenBy);
        QVERIFY(!readAll(Database::settingsFilePath(path)).toLower().contains(key.toHex()));
    }
    QVERIFY(QFile::remove(Database::settingsFilePath(path)));
    LocalCache cache;
    QCOMPARE(cache.open(path, key), DbStatus::Ok);
    const CipherSettings again = Database::readSettingsFile(path);
    QVERIFY(again.sameCipherAs(CipherSettings::defaultsOf(major)));
    QVERIFY(cache.recordedCipherSettings().sameCipherAs(again));
    QCOMPARE(cache.recordedCipherSettings().writtenBy, sqlcipherVersion()); // the meta table kept the creator
}

// A file recorded as written with other settings (another version's page size)
// is opened with those: without the record it does not open, with it the
// waiting changes are all there.
void TestConsoleCache::fileIsOpenedWithItsRecordedSettings()
{
    const QString path = m_dir.filePath(QStringLiteral("othersettings.db"));
    const QByteArray key = KeyStore::randomKey();
    CipherSettings other = CipherSettings::defaultsOf(sqlcipherMajorVersion());
    other.pageSize = other.pageSize == 4096 ? 8192 : 4096;
    other.writtenBy = QStringLiteral("3.4.2");
    QVERIFY(Database::writeSettingsFile(path, other));
    {
        LocalCache cache;
        QCOMPARE(cache.open(path, key), DbStatus::Ok);
        QCOMPARE(cache.database().scalar("PRAGMA cipher_page_size").value_or(QString()).toInt(), other.pageSize);
        OutboxRecord r;
        r.kind = QStringLiteral("assign");
        r.transactionId = QStringLiteral("T-1");
        r.expectedVersion = 1;
        r.requestId = QStringLiteral("req-settings");
        r.payload = "{}";
        QVERIFY(cache.enqueue(r) > 0);
    }
    const QByteArray record = readAll(Database::settingsFilePath(path));
    QVERIFY(QFile::remove(Database::settingsFilePath(path)));
    {
        LocalCache cache;
        QCOMPARE(cache.open(path, key), DbStatus::WrongKey); // the library's defaults do not fit
    }
    QFile restore(Database::settingsFilePath(path));
    QVERIFY(restore.open(QIODevice::WriteOnly));
    restore.write(record);
    restore.close();
    LocalCache cache;
    QCOMPARE(cache.open(path, key), DbStatus::Ok);
    QCOMPARE(cache.outbox().size(), 1);
    const CipherSettings used = cache.database().cipherSettings();
    QVERIFY(used.sameCipherAs(other));
    QCOMPARE(used.writtenBy, QStringLiteral("3.4.2"));
    QVERIFY(!cache.database().wasMigrated());
    QVERIFY(cache.recordedCipherSettings().sameCipherAs(other));
}

// What a SQLCipher 4 library tries on a file of SQLCipher 3, and when it
// migrates. (Only the choice runs here: this build has SQLCipher 3.)
void TestConsoleCache::olderFormatGetsCompatibilitySettingsAndMigration()
{
    const CipherSettings v3 = CipherSettings::defaultsOf(3);
    const CipherSettings v4 = CipherSettings::defaultsOf(4);
    // 4.x, a file without a record: its own defaults, then SQLCipher 3's.
    QCOMPARE(describe(Database::settingsToTry({}, 4, true)), QStringLiteral("library v3/1024/HMAC_SHA1"));
    // 4.x, a file recorded as SQLCipher 3's: those settings first, not twice.
    QCOMPARE(describe(Database::settingsToTry(v3, 4, true)), QStringLiteral("v3/1024/HMAC_SHA1 library"));
    // A new file gets the library's defaults.
    QCOMPARE(describe(Database::settingsToTry({}, 4, false)), QStringLiteral("library"));
    // 3.x cannot read 4.x's algorithms: a newer record is not applied.
    QCOMPARE(describe(Database::settingsToTry(v4, 3, true)), QStringLiteral("library"));
    QCOMPARE(describe(Database::settingsToTry(v3, 3, true)), QStringLiteral("v3/1024/HMAC_SHA1 library"));
    QCOMPARE(describe(Database::settingsToTry({}, 3, true)), QStringLiteral("library"));

    QVERIFY(Database::needsMigration(v3, 4));
    QVERIFY(!Database::needsMigration(v4, 4));
    QVERIFY(!Database::needsMigration(v3, 3));
    QVERIFY(!Database::needsMigration({}, 4));

    // The record carries every setting a 4.x library needs to apply.
    const CipherSettings back = CipherSettings::fromFields(v3.toFields());
    QVERIFY(back.sameCipherAs(v3));
    QCOMPARE(back.hmacAlgorithm, QStringLiteral("HMAC_SHA1"));
    QCOMPARE(back.kdfAlgorithm, QStringLiteral("PBKDF2_HMAC_SHA1"));
    QCOMPARE(back.kdfIter, 64000);
}

// A record that is not plain numbers and algorithm names never reaches a
// PRAGMA: the file opens with the library's defaults and the record is
// written anew.
void TestConsoleCache::damagedSettingsRecordIsIgnored()
{
    const QString path = m_dir.filePath(QStringLiteral("badrecord.db"));
    const QByteArray key = KeyStore::randomKey();
    {
        LocalCache cache;
        QCOMPARE(cache.open(path, key), DbStatus::Ok);
    }
    QFile bad(Database::settingsFilePath(path));
    QVERIFY(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
    bad.write("cipher_compatibility=3\ncipher_page_size=1024\ncipher_hmac_algorithm=HMAC_SHA1; DROP TABLE outbox\n");
    bad.close();
    QVERIFY(!Database::readSettingsFile(path).isValid());
    LocalCache cache;
    QCOMPARE(cache.open(path, key), DbStatus::Ok);
    QVERIFY(Database::readSettingsFile(path).isValid());
    QVERIFY(Database::readSettingsFile(path).sameCipherAs(CipherSettings::defaultsOf(sqlcipherMajorVersion())));
}

QTEST_GUILESS_MAIN(TestConsoleCache)
#include "tst_console_cache.moc"
