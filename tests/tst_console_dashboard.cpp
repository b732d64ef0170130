// The dashboards against a real flowdeskd: flow tiles that read without colour,
// drill-down from a tile to the exceptions behind it, the charts' figures, the
// wallboard, the stuck orders list with its CSV export, and live refresh that
// stops while the page is hidden.

#include "backendconnection.h"
#include "consoletestutil.h"
#include "dashboard/dashboardcharts.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/flowtile.h"
#include "dashboard/stuckorderspage.h"
#include "dashboard/wallboard.h"
#include "dashboardservice.h"
#include "eventfollower.h"
#include "exceptionlistmodel.h"
#include "exceptions/exceptionspage.h"
#include "flowhealth.h"
#include "sessionservice.h"
#include "stuckordermodel.h"
#include "transactionsservice.h"

#include <QTextDocument>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Flowdesk;

namespace {
StuckOrder stuck(qint64 ageSeconds, const QString &key = QStringLiteral("SO-1"))
{
    StuckOrder o;
    o.transactionId = QStringLiteral("tx-") + key;
    o.flowId = QStringLiteral("crm-quote-to-order");
    o.flowName = QStringLiteral("CRM quote to sales order");
    o.businessKey = key;
    o.ageSeconds = ageSeconds;
    o.overdueSeconds = std::max<qint64>(0, ageSeconds - 1800);
    o.state = TransactionState::Failed;
    return o;
}

FlowHealth health(const QString &domain, qint64 valueMinor, const QString &currency,
                  HealthStatus status = HealthStatus::Ok)
{
    FlowHealth h;
    h.flowId = domain + QStringLiteral("-flow");
    h.domain = domain;
    h.valueAtRiskMinor = valueMinor;
    h.currency = currency;
    h.status = status;
    return h;
}
} // namespace

class TestConsoleDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tileKeepsAFrenchAmountWhole();

    void backlogAgeBuckets_data();
    void backlogAgeBuckets();
    void valueAtRiskPerDomainAndCurrency();
    void stuckModelAndCsv();
    void tileReadsWithoutColour_data();
    void tileReadsWithoutColour();

    void unreachableBackendIsSaidPlainly();
    void viewerSeesOwnPlantAndDrillsDownFromTile();
    void tileOpensExceptionsOfThatFlow();
    void chartsShowExactFigures();
    void wallboardOpensFullScreenAndLeavesOnEsc();
    void liveRefreshStopsWhileHidden();
    void stuckOrdersListDrillsDownAndExportsCsv();

private:
    struct Console
    {
        BackendConnection connection;
        SessionService session{&connection};
        EventFollower events{&connection};
        DashboardService dashboard{&connection};
    };
    bool signIn(Console &console, const QString &user);
    static void saveScreenshot(QWidget *widget, const QString &name);

    std::unique_ptr<BackendProcess> m_backend;
};

void TestConsoleDashboard::saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FLOWDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestConsoleDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FlowdeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_console_dashboard"));
    QSettings().clear();
    qRegisterMetaType<Flowdesk::ServiceError>();
    qRegisterMetaType<Flowdesk::Session>();
    qRegisterMetaType<Flowdesk::TransactionQuery>();
    if (!BackendProcess::available())
        return;
    // Traffic on, so that the event stream moves while pages are open.
    m_backend = std::make_unique<BackendProcess>(QStringList{QStringLiteral("--traffic-rate"), QStringLiteral("40")});
    QVERIFY2(m_backend->start(), qPrintable(m_backend->errorText()));
}

void TestConsoleDashboard::cleanupTestCase()
{
    m_backend.reset();
    QSettings().clear();
}

bool TestConsoleDashboard::signIn(Console &console, const QString &user)
{
    console.connection.setTarget(m_backend->target());
    QSignalSpy loggedIn(&console.session, &SessionService::loggedIn);
    console.session.login(user, QStringLiteral("demo-") + user);
    return loggedIn.wait(10000);
}

void TestConsoleDashboard::backlogAgeBuckets_data()
{
    QTest::addColumn<QList<qint64>>("ages");
    QTest::addColumn<QList<int>>("expected");

    QTest::newRow("none") << QList<qint64>{} << QList<int>{0, 0, 0, 0, 0};
    QTest::newRow("edges go up") << QList<qint64>{0, 3599, 3600, 4 * 3600, 86400, 3 * 86400}
                                 << QList<int>{2, 1, 1, 1, 1};
    QTest::newRow("very old") << QList<qint64>{40 * 86400, 30 * 86400} << QList<int>{0, 0, 0, 0, 2};
}

void TestConsoleDashboard::backlogAgeBuckets()
{
    QFETCH(QList<qint64>, ages);
    QFETCH(QList<int>, expected);
    QList<StuckOrder> orders;
    for (qint64 age : ages)
        orders << stuck(age);
    QList<int> counts;
    for (const AgeBucket &b : backlogAgeDistribution(orders))
        counts << b.count;
    QCOMPARE(counts, expected);
}

void TestConsoleDashboard::valueAtRiskPerDomainAndCurrency()
{
    const auto byDomain = valueAtRiskByDomain({health("sales", 1000, "EUR"), health("sales", 250, "EUR"),
                                               health("sales", 900, "USD"), health("finance", 0, "EUR"),
                                               health("production", 500, "PLN")});
    QCOMPARE(byDomain.value("sales").value("EUR"), 1250);
    // Currencies are never added to each other.
    QCOMPARE(byDomain.value("sales").value("USD"), 900);
    QVERIFY(!byDomain.contains("finance"));
    QCOMPARE(byDomain.value("production").value("PLN"), 500);

    const HealthSummary s = summarize({health("a", 0, {}, HealthStatus::Ok), health("b", 0, {}, HealthStatus::Failing),
                                       health("c", 0, {}, HealthStatus::Degraded)});
    QCOMPARE(s.worst, HealthStatus::Failing);
    QCOMPARE(s.ok + s.degraded + s.failing, 3);
}

void TestConsoleDashboard::stuckModelAndCsv()
{
    StuckOrderModel *model = createStuckOrderModel(this);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    StuckOrder a = stuck(7200, QStringLiteral("SO-1001"));
    a.lastError = QStringLiteral("Customer \"ACME, Inc.\" unknown");
    a.amountMinor = 123456;
    a.currency = QStringLiteral("EUR");
    model->setOrders({a, stuck(90000, QStringLiteral("SO-1002"))}, 5);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->totalSize(), 5);
    QCOMPARE(model->data(model->index(0, StuckOrderModel::OverdueColumn)).toString(), QStringLiteral("1 h 30 min"));
    QCOMPARE(model->data(model->index(1, StuckOrderModel::AgeColumn)).toString(), QStringLiteral("1 d 1 h"));
    QCOMPARE(model->order(model->index(1, 0)).businessKey, QStringLiteral("SO-1002"));

    const QStringList lines = QString::fromUtf8(model->toCsv()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Transaction,Business key")));
    // Quotes and commas survive a round trip through a spreadsheet.
    QVERIFY2(lines.at(1).contains(QStringLiteral("\"Customer \"\"ACME, Inc.\"\" unknown\"")), qPrintable(lines.at(1)));
    // The amount as a number in major units, its currency in a column of its own.
    QVERIFY2(lines.at(1).contains(QStringLiteral(",1234.56,EUR,")), qPrintable(lines.at(1)));
    QVERIFY(lines.at(0).contains(QStringLiteral(",Amount,Currency,")));
}

void TestConsoleDashboard::tileReadsWithoutColour_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("word");
    QTest::newRow("ok") << int(HealthStatus::Ok) << QStringLiteral("OK");
    QTest::newRow("degraded") << int(HealthStatus::Degraded) << QStringLiteral("Degraded");
    QTest::newRow("failing") << int(HealthStatus::Failing) << QStringLiteral("Failing");
}

// A large amount stays on one line in French: its digit groups are held
// together in the tile's rich text, as in plain text.
void TestConsoleDashboard::tileKeepsAFrenchAmountWhole()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    FlowTile tile;
    FlowHealth h = health("sales", 358635900, QStringLiteral("MXN"), HealthStatus::Failing);
    h.flowName = QStringLiteral("Devis CRM en commande client");
    h.failed = 15;
    h.received = 1071;
    tile.setHealth(h);
    QLocale::setDefault(before);
    auto *figures = tile.findChild<QLabel *>(QStringLiteral("tileFigures"));
    QVERIFY(figures);
    QVERIFY2(figures->text().contains(QStringLiteral("3\u00A0586\u00A0359,00")), qPrintable(figures->text()));
    QVERIFY(!figures->text().contains(QChar(0x202F)));
    // As the label reads it (rich text folds U+202F into a space it may break at):
    // the groups still held by no-break spaces.
    QTextDocument doc;
    doc.setHtml(figures->text());
    QVERIFY2(doc.toRawText().contains(QStringLiteral("3\u00A0586\u00A0359,00")), qPrintable(doc.toRawText()));
}

void TestConsoleDashboard::tileReadsWithoutColour()
{
    QFETCH(int, status);
    QFETCH(QString, word);
    FlowTile tile;
    FlowHealth h = health("production", 0, {}, HealthStatus(status));
    h.flowName = QStringLiteral("MES production confirmation");
    h.statusReason = QStringLiteral("2 transactions past the 15 min SLA");
    h.stuck = 2;
    tile.setHealth(h);
    auto *statusLabel = tile.findChild<QLabel *>(QStringLiteral("tileStatus"));
    auto *reasonLabel = tile.findChild<QLabel *>(QStringLiteral("tileReason"));
    QVERIFY(statusLabel && reasonLabel);
    QCOMPARE(statusLabel->text(), word);
    QCOMPARE(reasonLabel->text(), h.statusReason);
    QVERIFY(tile.accessibleName().contains(word));

    // The three icons differ in shape, not only in colour: compared in grey.
    auto grey = [](HealthStatus s) {
        return FlowTile::statusIcon(s, 24).toImage().convertToFormat(QImage::Format_Grayscale8);
    };
    for (HealthStatus other : {HealthStatus::Ok, HealthStatus::Degraded, HealthStatus::Failing}) {
        if (int(other) != status)
            QVERIFY(grey(HealthStatus(status)) != grey(other));
    }
}

void TestConsoleDashboard::unreachableBackendIsSaidPlainly()
{
    // Nothing listens on the discard port.
    BackendConnection connection;
    connection.setTarget(QStringLiteral("127.0.0.1:9"));
    connection.setDeadline(std::chrono::milliseconds(2000));
    DashboardService dashboard(&connection);
    StuckOrdersPage stuck(&dashboard, nullptr, nullptr);
    DashboardPage page(&dashboard, nullptr, nullptr);
    QSignalSpy failed(&dashboard, &DashboardService::failed);
    page.show();
    page.reload();
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 4, 10000);
    auto *empty = page.findChild<QLabel *>(QStringLiteral("dashboardEmptyLabel"));
    QVERIFY(empty && empty->isVisible());
    QVERIFY2(empty->text().startsWith(QStringLiteral("The dashboard could not be loaded.")), qPrintable(empty->text()));
    QVERIFY(page.tiles().isEmpty());
    saveScreenshot(&page, QStringLiteral("dashboard-unreachable"));
    // The stuck list says the same in its place.
    stuck.show();
    stuck.reload();
    auto *stuckEmpty = stuck.findChild<QLabel *>(QStringLiteral("stuckEmptyLabel"));
    QVERIFY(stuckEmpty);
    QTRY_VERIFY_WITH_TIMEOUT(stuckEmpty->text().startsWith(QStringLiteral("The stuck orders could not be loaded.")), 10000);
}

void TestConsoleDashboard::viewerSeesOwnPlantAndDrillsDownFromTile()
{
    REQUIRE_BACKEND();
    Console console;
    QVERIFY(signIn(console, QStringLiteral("viewer")));
    DashboardPage page(&console.dashboard, &console.session, &console.events);
    QSignalSpy updated(&page, &DashboardPage::healthUpdated);
    page.resize(1400, 1300);
    page.show();
    QVERIFY(updated.wait(10000));

    // The plant supervisor of DE01 sees DE01 and nothing else to choose.
    auto *plant = page.findChild<QComboBox *>(QStringLiteral("plantSelector"));
    QVERIFY(plant);
    QCOMPARE(plant->count(), 1);
    QCOMPARE(page.selectedPlants(), QStringList{QStringLiteral("DE01")});
    QVERIFY2(page.summaryText().startsWith(QStringLiteral("DE01 (Berlin)")), qPrintable(page.summaryText()));

    QVERIFY(!page.tiles().isEmpty());
    QCOMPARE(page.tiles().size(), page.health().size());
    for (FlowTile *tile : page.tiles()) {
        QVERIFY(QStringList({"OK", "Degraded", "Failing"}).contains(tile->statusText()));
        QVERIFY(!tile->health().statusReason.isEmpty());
    }
    // Worst first: no tile is worse than the one before it.
    for (int i = 1; i < page.tiles().size(); ++i)
        QVERIFY(int(page.tiles().at(i)->health().status) <= int(page.tiles().at(i - 1)->health().status));
    saveScreenshot(&page, QStringLiteral("dashboard-viewer-DE01"));

    // Clicking a tile asks for that flow's exceptions in the plant shown.
    QSignalSpy drill(&page, &DashboardPage::drillDown);
    FlowTile *tile = page.tiles().first();
    QTest::mouseClick(tile, Qt::LeftButton, {}, tile->rect().center());
    QCOMPARE(drill.count(), 1);
    const auto query = drill.at(0).at(0).value<TransactionQuery>();
    QCOMPARE(query.flowIds, QStringList{tile->health().flowId});
    QCOMPARE(query.plants, QStringList{QStringLiteral("DE01")});
    if (tile->health().failed == 0 && tile->health().stuck > 0)
        QVERIFY(query.stuckOnly && query.states.isEmpty());
    else
        QCOMPARE(query.states, QList<TransactionState>{TransactionState::Failed});

    // The keyboard reaches the same place.
    tile->setFocus();
    QTest::keyClick(tile, Qt::Key_Return);
    QCOMPARE(drill.count(), 2);
    QCOMPARE(drill.at(1).at(0).value<TransactionQuery>(), query);
}

void TestConsoleDashboard::tileOpensExceptionsOfThatFlow()
{
    REQUIRE_BACKEND();
    Console console;
    QVERIFY(signIn(console, QStringLiteral("operator")));
    TransactionsService transactions(&console.connection);
    ExceptionsPage exceptions(&transactions, &console.session, &console.events);
    exceptions.setUser(console.session.session().user);
    DashboardPage page(&console.dashboard, &console.session, &console.events);
    // As the composition root wires them.
    connect(&page, &DashboardPage::drillDown, &exceptions, &ExceptionsPage::showQuery);
    QSignalSpy updated(&page, &DashboardPage::healthUpdated);
    page.resize(1400, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(updated.wait(10000));

    // The first tile with failures: clicking it lists that flow's exceptions.
    // Live updates re-sort the tiles: one arriving between the press and the
    // release moves the pressed tile away from the pointer, and the release
    // rightly opens nothing. The click is then made again on the tiles as they
    // are, a few times at most.
    QString flowId;
    QSignalSpy loaded(exceptions.model(), &ExceptionListModel::pageLoaded);
    for (int attempt = 0; attempt < 5 && exceptions.currentQuery().flowIds != QStringList{flowId}; ++attempt) {
        FlowTile *tile = nullptr;
        for (FlowTile *t : page.tiles()) {
            if (t->health().failed > 0 || t->health().stuck > 0) {
                tile = t;
                break;
            }
        }
        QVERIFY2(tile, "the demo data has a flow with failures or stuck orders");
        flowId = tile->health().flowId;
        // A click on the tile's text counts as a click on the tile.
        auto *name = tile->findChild<QLabel *>(QStringLiteral("tileName"));
        QVERIFY(name);
        const QPoint onName = name->mapTo(tile, name->rect().center());
        QTest::mouseClick(tile, Qt::LeftButton, {}, onName);
    }
    QCOMPARE(exceptions.currentQuery().flowIds, QStringList{flowId});
    QVERIFY(loaded.wait(10000));
    QVERIFY(exceptions.model()->rowCount() > 0);
    for (int row = 0; row < exceptions.model()->rowCount(); ++row)
        QCOMPARE(exceptions.model()->transaction(row).flowId, flowId);
}

void TestConsoleDashboard::chartsShowExactFigures()
{
    REQUIRE_BACKEND();
    Console console;
    QVERIFY(signIn(console, QStringLiteral("operator")));
    DashboardPage page(&console.dashboard, &console.session, &console.events);
    page.resize(1400, 1300);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(!page.throughputChart()->throughput().received.isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(page.backlogChart()->emptyText() != QStringLiteral("Loading…"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(page.errorChart()->emptyText() != QStringLiteral("Loading…"), 10000);

    // An operator of sales and finance sees every plant, and only their domains.
    QVERIFY(page.selectedPlants().isEmpty());
    for (const FlowHealth &h : page.health())
        QVERIFY2(h.domain == QStringLiteral("sales") || h.domain == QStringLiteral("finance"), qPrintable(h.domain));
    for (const QString &d : page.valueChart()->domains())
        QVERIFY(d == QStringLiteral("sales") || d == QStringLiteral("finance"));

    // 24 h in hourly buckets; the tooltip of a bucket carries its exact figures.
    const Throughput t = page.throughputChart()->throughput();
    QVERIFY(t.received.size() >= 24 && t.received.size() <= 26);
    QCOMPARE(t.failed.size(), t.received.size());
    const int last = int(t.received.size()) - 1;
    const QString tip = page.throughputChart()->bucketText(last);
    QVERIFY2(tip.contains(QStringLiteral("Received: %1").arg(QLocale().toString(qint64(t.received.at(last).value)))),
             qPrintable(tip));
    const QPointF atLast(qreal(t.received.at(last).time.toMSecsSinceEpoch()), 0);
    QCOMPARE(page.throughputChart()->bucketAt(atLast), last);

    // The age buckets count what the stuck list holds.
    int counted = 0;
    for (const AgeBucket &b : page.backlogChart()->distribution())
        counted += b.count;
    QVERIFY(counted > 0);

    // A bar of the error signature chart drills down to that signature.
    const auto signatures = page.errorChart()->signatures();
    QVERIFY(!signatures.isEmpty());
    // Its tooltip names the value at risk in every currency, never one sum across them.
    int mixed = 0;
    for (int i = 0; i < signatures.size(); ++i) {
        const ErrorSignatureCount &s = signatures.at(i);
        const QString text = page.errorChart()->signatureText(i);
        for (const auto &v : s.valuesAtRisk)
            QVERIFY2(text.contains(formatMoney(v.second, v.first).toHtmlEscaped()), qPrintable(text));
        if (!s.valuesAtRisk.isEmpty()) {
            QCOMPARE(s.valueAtRiskMinor, s.valuesAtRisk.first().second);
            QCOMPARE(s.currency, s.valuesAtRisk.first().first);
        }
        if (s.valuesAtRisk.size() > 1)
            ++mixed;
    }
    QVERIFY2(mixed > 0, "the demo data has a signature failing in several currencies");
    QSignalSpy drill(&page, &DashboardPage::drillDown);
    emit page.errorChart()->signatureActivated(signatures.last());
    QCOMPARE(drill.count(), 1);
    QCOMPARE(drill.at(0).at(0).value<TransactionQuery>().errorSignature, signatures.last().signature);

    // Export to PNG writes a picture.
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("throughput.png"));
    QVERIFY(page.throughputChart()->exportPng(png));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 200);
    saveScreenshot(&page, QStringLiteral("dashboard-operator"));

    // 30 days in daily buckets.
    page.setRange(DashboardRange::LastMonth);
    QTRY_COMPARE_WITH_TIMEOUT(page.throughputChart()->throughput().range, DashboardRange::LastMonth, 10000);
    const Throughput month = page.throughputChart()->throughput();
    QVERIFY2(month.received.size() >= 30 && month.received.size() <= 31, qPrintable(QString::number(month.received.size())));
    QCOMPARE(month.bucketSeconds, 86400);
    saveScreenshot(page.throughputChart(), QStringLiteral("throughput-30d"));
}

void TestConsoleDashboard::wallboardOpensFullScreenAndLeavesOnEsc()
{
    REQUIRE_BACKEND();
    Console console;
    QVERIFY(signIn(console, QStringLiteral("viewer")));
    DashboardPage page(&console.dashboard, &console.session, &console.events);
    QSignalSpy updated(&page, &DashboardPage::healthUpdated);
    page.show();
    QVERIFY(updated.wait(10000));

    page.showWallboard();
    Wallboard *board = page.wallboard();
    QVERIFY(board);
    QVERIFY(board->isVisible());
    // A window of its own (full screen where the platform has screens to fill).
    QVERIFY(board->isWindow());
    QCOMPARE(board->tiles().size(), page.tiles().size());
    for (FlowTile *tile : board->tiles())
        QVERIFY(tile->isLarge());
    QVERIFY(board->summaryText().contains(QStringLiteral("Stuck")) || board->summaryText().contains(QStringLiteral("nothing stuck")));
    board->resize(1920, 1080);
    saveScreenshot(board, QStringLiteral("wallboard-DE01"));

    QTest::keyClick(board, Qt::Key_Escape);
    QVERIFY(!board->isVisible());
}

void TestConsoleDashboard::liveRefreshStopsWhileHidden()
{
    REQUIRE_BACKEND();
    Console console;
    QVERIFY(signIn(console, QStringLiteral("admin")));
    DashboardPage page(&console.dashboard, &console.session, &console.events);
    QSignalSpy updated(&page, &DashboardPage::healthUpdated);
    page.show();
    QVERIFY(updated.wait(10000));
    console.events.start(-1);

    // Traffic keeps coming: the visible page refreshes by itself.
    const int before = page.refreshCount();
    QTRY_VERIFY_WITH_TIMEOUT(page.refreshCount() > before, 15000);

    // Hidden, it asks for nothing while events keep arriving...
    page.hide();
    // refreshCount() counts the refreshes started; none starts while the page is hidden.
    const int hidden = page.refreshCount();
    QSignalSpy events(&console.events, &EventFollower::eventsReceived);
    QTRY_VERIFY_WITH_TIMEOUT(events.count() >= 2, 15000);
    // This asserts that nothing happens: no refresh starts within a whole refresh
    // interval after events have arrived, where a visible page would have refreshed.
    QVERIFY(!QTest::qWaitFor([&] { return page.refreshCount() != hidden; }, DashboardPage::RefreshIntervalMs + 200));
    QCOMPARE(page.refreshCount(), hidden);

    // ...and catches up once when shown again.
    page.show();
    QTRY_COMPARE_WITH_TIMEOUT(page.refreshCount(), hidden + 1, 5000);
    console.events.stop();
}

void TestConsoleDashboard::stuckOrdersListDrillsDownAndExportsCsv()
{
    REQUIRE_BACKEND();
    Console console;
    QVERIFY(signIn(console, QStringLiteral("viewer")));
    StuckOrdersPage page(&console.dashboard, &console.session, &console.events);
    page.resize(1300, 700);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, 10000);
    QVERIFY2(page.summaryText().contains(QStringLiteral("Stuck")), qPrintable(page.summaryText()));
    // Only the viewer's plant, most overdue first.
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const StuckOrder &o : page.model()->orders()) {
        QCOMPARE(o.plant, QStringLiteral("DE01"));
        QVERIFY(!o.nextMilestone.isEmpty());
        QVERIFY(o.overdueSeconds <= previous);
        previous = o.overdueSeconds;
    }
    saveScreenshot(&page, QStringLiteral("stuck-orders-viewer"));

    QSignalSpy drill(&page, &StuckOrdersPage::drillDown);
    const QModelIndex first = page.view()->model()->index(0, StuckOrderModel::BusinessKeyColumn);
    page.view()->setCurrentIndex(first);
    emit page.view()->activated(first);
    QCOMPARE(drill.count(), 1);
    const auto query = drill.at(0).at(0).value<TransactionQuery>();
    const StuckOrder order = page.model()->orders().first();
    QCOMPARE(query.text, order.businessKey);
    QCOMPARE(query.flowIds, QStringList{order.flowId});
    QVERIFY(query.stuckOnly);

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("stuck.csv"));
    QVERIFY(page.exportCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QCOMPARE(text.count(QStringLiteral("\r\n")), page.model()->rowCount() + 1);
    QVERIFY(text.contains(order.businessKey));
}

QTEST_MAIN(TestConsoleDashboard)
#include "tst_console_dashboard.moc"
