// Encrypted cache benchmarks (run by hand, see bench/README.md):
//  1. writes: the same rows into the SQLCipher cache and into plain SQLite (the
//     latter in a separate process, bench_cache_plain), median of several runs,
//     and their ratio, for single-row transactions and for batches;
//  2. cold start: a fresh process opens the cache with its key, reads the saved
//     flow catalogue and draws it in a table (offscreen); time from process start
//     to the first drawn frame, median over several processes.
// Usage: bench_cache [--rows N] [--runs N] [--row-bytes N] [--flows N]

#include "cachecodec.h"
#include "cachestore.h"
#include "flowlistmodel.h"
#include "keystore.h"
#include "localcache.h"
#include "modelfactory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QPixmap>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace Flowdesk;
using namespace Flowdesk::Cache;

namespace {

const auto ProcessStart = std::chrono::steady_clock::now();

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// viaCachePut: through LocalCache::put (what the console does, one prepare per
// write); otherwise its two statements prepared once, exactly like the plain
// baseline.
double encryptedWrite(const QString &path, const QByteArray &key, int rows, int batch, int rowBytes, bool viaCachePut)
{
    LocalCache::removeFiles(path);
    LocalCache cache;
    if (cache.open(path, key) != DbStatus::Ok)
        qFatal("cannot open the encrypted cache");
    const QByteArray blob(rowBytes, 'x');
    Database &db = cache.database();
    // The statements LocalCache::put runs, prepared once.
    Statement drop = db.prepare("DELETE FROM entries WHERE kind = ?1 AND key = ?2");
    Statement stmt = db.prepare("INSERT INTO entries (kind, key, data, saved_at, used_at, size)"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rows; ++i) {
        if (batch > 1 && i % batch == 0)
            db.exec("BEGIN IMMEDIATE");
        if (viaCachePut) {
            if (!cache.put(ExceptionPageKind, QString::number(i), blob, QDateTime::fromMSecsSinceEpoch(i)))
                qFatal("write failed: %s", qPrintable(cache.lastError()));
        } else {
            drop.reset();
            drop.bind(1, ExceptionPageKind).bind(2, QString::number(i));
            drop.step();
            stmt.reset();
            stmt.bind(1, ExceptionPageKind).bind(2, QString::number(i)).bind(3, blob).bind(4, qint64(i))
                .bind(5, qint64(i)).bind(6, qint64(rowBytes));
            stmt.step();
            if (db.lastStatus() != DbStatus::Ok)
                qFatal("write failed: %s", qPrintable(db.lastError()));
        }
        if (batch > 1 && (i % batch == batch - 1 || i == rows - 1))
            db.exec("COMMIT");
    }
    return timer.nsecsElapsed() / 1e6;
}

double plainWrite(const QString &program, const QString &path, int rows, int batch, int rowBytes)
{
    QProcess p;
    p.start(program, {path, QString::number(rows), QString::number(batch), QString::number(rowBytes)});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        qFatal("bench_cache_plain failed");
    const QByteArray out = p.readAllStandardOutput().trimmed();
    return out.mid(out.indexOf(' ') + 1).toDouble();
}

QList<Flow> sampleFlows(int count)
{
    QList<Flow> flows;
    const QStringList domains{QStringLiteral("sales"), QStringLiteral("finance"), QStringLiteral("logistics"),
                              QStringLiteral("production")};
    for (int i = 0; i < count; ++i) {
        Flow f;
        f.id = QStringLiteral("flow-%1").arg(i);
        f.name = QStringLiteral("Flow %1 from SAP to the carrier portal").arg(i);
        f.domain = domains.at(i % domains.size());
        f.sourceSystem = QStringLiteral("SAP S/4");
        f.targetSystem = QStringLiteral("Carrier portal");
        f.businessObjectType = QStringLiteral("Shipment");
        f.slaSeconds = 900;
        for (int s = 0; s < TransactionStateCount; ++s)
            f.stateCounts[s] = (i * 7 + s * 13) % 500;
        f.stuckCount = i % 5;
        flows << f;
    }
    return flows;
}

// Child process: cache-first start, measured from process start to the first drawn table.
int coldStart(const QString &path, const QByteArray &key)
{
    CacheStore store;
    FlowListModel *model = createFlowListModel(&store);
    QTableView view;
    view.setModel(model);
    view.resize(1400, 900);
    bool drawn = false;
    store.open(path, key, &view, [&](DbStatus status, const QString &) {
        if (status != DbStatus::Ok)
            qFatal("cold start: the cache did not open");
        store.get(FlowsKind, QStringLiteral("catalogue"), &view, [&](std::optional<Entry> entry) {
            if (!entry)
                qFatal("cold start: no saved catalogue");
            model->setFlows(decodeFlows(entry->data));
            view.show();
            const QPixmap frame = view.grab(); // renders the table once
            drawn = !frame.isNull();
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - ProcessStart).count();
            std::printf("drawn_ms %.3f rows %d\n", ms, int(model->rowCount()));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    });
    QCoreApplication::exec();
    return drawn ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--cold-start") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return coldStart(QString::fromLocal8Bit(argv[2]), QByteArray::fromHex(argv[3]));
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows per write run."), QStringLiteral("n"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure."), QStringLiteral("n"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("row-bytes"), QStringLiteral("Bytes per written row."), QStringLiteral("n"),
                      QStringLiteral("1024")});
    parser.addOption({QStringLiteral("flows"), QStringLiteral("Flows in the saved catalogue."), QStringLiteral("n"), QStringLiteral("300")});
    parser.addHelpOption();
    parser.process(app);
    const int rows = parser.value(QStringLiteral("rows")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const int flowCount = parser.value(QStringLiteral("flows")).toInt();
    const int rowBytes = parser.value(QStringLiteral("row-bytes")).toInt();
    const QString plainProgram = QFileInfo(QCoreApplication::applicationDirPath(), QStringLiteral("bench_cache_plain")).filePath();

    QTemporaryDir dir;
    const QByteArray key = KeyStore::randomKey();
    const QString encPath = dir.filePath(QStringLiteral("enc.db"));
    const QString plainPath = dir.filePath(QStringLiteral("plain.db"));

    QString pageSize;
    {
        LocalCache::removeFiles(encPath);
        LocalCache cache;
        if (cache.open(encPath, key) != DbStatus::Ok)
            qFatal("cannot open the encrypted cache");
        pageSize = cache.database().scalar("PRAGMA cipher_page_size").value_or(QString());
    }
    std::printf("cache writes: %d rows of %d bytes, WAL, synchronous=FULL, median of %d runs; cipher_page_size %s\n",
                rows, rowBytes, runs, qPrintable(pageSize));
    std::printf("%-20s %10s %13s %7s %13s %7s %16s\n", "rows per transaction", "plain ms", "sqlcipher ms",
                "ratio", "cache put ms", "ratio", "sqlcipher rows/s");
    for (int batch : {1, 100, rows}) {
        const int n = batch == 1 ? std::min(rows, 500) : rows; // single-row commits fsync each time
        QList<double> enc, put, plain;
        for (int r = 0; r < runs; ++r) {
            plain << plainWrite(plainProgram, plainPath, n, batch, rowBytes);
            enc << encryptedWrite(encPath, key, n, batch, rowBytes, false);
            put << encryptedWrite(encPath, key, n, batch, rowBytes, true);
        }
        const double e = median(enc), p = median(plain), c = median(put);
        std::printf("%-20s %10.1f %13.1f %7.2f %13.1f %7.2f %16.0f   (%d rows)\n",
                    qPrintable(QString::number(batch)), p, e, e / p, c, c / p, n / (e / 1000.0), n);
    }

    // Cold start from the cache: save a catalogue, then start fresh processes.
    {
        LocalCache::removeFiles(encPath);
        LocalCache cache;
        if (cache.open(encPath, key) != DbStatus::Ok)
            qFatal("cannot open the encrypted cache");
        cache.put(FlowsKind, QStringLiteral("catalogue"), encodeFlows(sampleFlows(flowCount)));
        for (int i = 0; i < 2000; ++i) // other saved pages, as after a day of work
            cache.put(ExceptionPageKind, QString::number(i), QByteArray(2048, 'p'));
    }
    QList<double> inProcess, wall;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        QProcess p;
        p.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--cold-start"), encPath, QString::fromLatin1(key.toHex())});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            qFatal("cold start failed: %s", p.readAllStandardError().constData());
        wall << timer.nsecsElapsed() / 1e6;
        const QByteArray out = p.readAllStandardOutput();
        inProcess << out.split(' ').value(1).toDouble();
    }
    std::printf("\ncold start from the cache (%d flows, 2000 other entries, offscreen):\n", flowCount);
    std::printf("  process start -> table drawn: median %.1f ms\n", median(inProcess));
    std::printf("  spawn -> process exit (incl. Qt start-up and teardown): median %.1f ms\n", median(wall));
    return 0;
}
