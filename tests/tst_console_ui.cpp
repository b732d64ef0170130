// The console's widgets against a real flowdeskd: signing in through the login
// dialog, the flows page with live counts, and the flow list model's contract.

#include "backendconnection.h"
#include "common/mainwindow.h"
#include "consoletestutil.h"
#include "dashboard/flowspage.h"
#include "eventfollower.h"
#include "flowlistmodel.h"
#include "flowsortfilterproxymodel.h"
#include "flowsservice.h"
#include "modelfactory.h"
#include "session/logindialog.h"
#include "session/statusindicator.h"
#include "sessionservice.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Flowdesk;

namespace {
Flow makeFlow(const QString &id, qint64 failed, qint64 delivered, qint64 stuck = 0)
{
    Flow f;
    f.id = id;
    f.name = QStringLiteral("Flow %1").arg(id);
    f.domain = QStringLiteral("sales");
    f.sourceSystem = QStringLiteral("CRM");
    f.targetSystem = QStringLiteral("Odoo");
    f.slaSeconds = 900;
    f.stateCounts[int(TransactionState::Failed)] = failed;
    f.stateCounts[int(TransactionState::Delivered)] = delivered;
    f.stuckCount = stuck;
    return f;
}
} // namespace

class TestConsoleUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void flowListModelContract();
    void proxySortsNumericallyAndFilters_data();
    void proxySortsNumericallyAndFilters();

    void wrongPasswordShowsMessage();
    void loginShowsFlowsWithCounts();
    void countsFollowLiveEvents();
    void reloginKeepsWindowAndRetries();

private:
    struct Console
    {
        BackendConnection connection;
        SessionService session{&connection};
        FlowsService flows{&connection};
        EventFollower events{&connection};
    };
    // Types into the real dialog's widgets and presses "Sign in".
    void typeLogin(LoginDialog &dialog, const QString &server, const QString &user, const QString &password);

    // With FLOWDESK_SCREENSHOT_DIR set, saves what the person would see, for review.
    static void saveScreenshot(QWidget *widget, const QString &name);

    std::unique_ptr<BackendProcess> m_backend;
};

void TestConsoleUi::saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FLOWDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestConsoleUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FlowdeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_console_ui"));
    QSettings().clear();
    qRegisterMetaType<Flowdesk::ServiceError>();
    qRegisterMetaType<Flowdesk::Session>();
    if (!BackendProcess::available())
        return;
    // Traffic on, so that counts move while the page is open.
    m_backend = std::make_unique<BackendProcess>(QStringList{QStringLiteral("--traffic-rate"), QStringLiteral("50")});
    QVERIFY2(m_backend->start(), qPrintable(m_backend->errorText()));
}

void TestConsoleUi::cleanupTestCase()
{
    m_backend.reset();
    QSettings().clear();
}

void TestConsoleUi::flowListModelContract()
{
    FlowListModel *model = createFlowListModel(this);
    FlowSortFilterProxyModel *proxy = createFlowProxyModel(model, this);
    // Builds with FLOWDESK_MODEL_TESTER check every model for its whole life.
    QCOMPARE(model->findChild<QAbstractItemModelTester *>() != nullptr, modelTesterAttached());
    QCOMPARE(proxy->findChild<QAbstractItemModelTester *>() != nullptr, modelTesterAttached());
    QAbstractItemModelTester sourceTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy->sort(FlowListModel::NameColumn);

    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->columnCount(), int(FlowListModel::ColumnCount));

    model->setFlows({makeFlow("a", 1, 10), makeFlow("b", 0, 5), makeFlow("c", 7, 0, 2)});
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(proxy->rowCount(), 3);

    // Same flows, new counts: rows stay, only cells change.
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    model->setFlows({makeFlow("a", 2, 10), makeFlow("b", 0, 5), makeFlow("c", 7, 0, 3)});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 2);
    const int failedColumn = FlowListModel::columnForState(TransactionState::Failed);
    QCOMPARE(model->data(model->index(0, failedColumn)).toString(), QStringLiteral("2"));

    // Fewer, more, and different flows.
    model->setFlows({makeFlow("b", 0, 5)});
    QCOMPARE(proxy->rowCount(), 1);
    model->setFlows({makeFlow("x", 1, 1), makeFlow("y", 1, 1), makeFlow("z", 0, 0), makeFlow("b", 0, 5)});
    QCOMPARE(proxy->rowCount(), 4);
    model->setFlows({});
    QCOMPARE(proxy->rowCount(), 0);

    // What a person reads in the table.
    Flow f = makeFlow("crm", 3, 1200, 1);
    f.name = QStringLiteral("CRM quote to order");
    model->setFlows({f});
    const QModelIndex row = model->index(0, 0);
    QCOMPARE(model->data(row).toString(), f.name);
    QCOMPARE(model->data(model->index(0, FlowListModel::RouteColumn)).toString(), QStringLiteral("CRM → Odoo"));
    QCOMPARE(model->data(model->index(0, FlowListModel::SlaColumn)).toString(), QStringLiteral("15 min"));
    QCOMPARE(model->data(model->index(0, FlowListModel::StuckColumn), AttentionRole).toBool(), true);
    QCOMPARE(model->data(model->index(0, failedColumn), AttentionRole).toBool(), true);
    QCOMPARE(model->headerData(failedColumn, Qt::Horizontal).toString(), QStringLiteral("Failed"));
    QCOMPARE(model->headerData(FlowListModel::StuckColumn, Qt::Horizontal).toString(), QStringLiteral("Stuck"));
    QCOMPARE(model->flow(row).id, QStringLiteral("crm"));
    QCOMPARE(proxy->flow(proxy->index(QStringLiteral("crm"), 2)).name, f.name);
    QCOMPARE(model->index(QStringLiteral("nope")).isValid(), false);
}

void TestConsoleUi::proxySortsNumericallyAndFilters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("onlyProblems");
    QTest::addColumn<QStringList>("expectedByFailedDescending");

    QTest::newRow("all") << QString() << false << QStringList{"c", "a", "b"};
    QTest::newRow("problems only") << QString() << true << QStringList{"c", "a"};
    QTest::newRow("text") << QStringLiteral("flow b") << false << QStringList{"b"};
    QTest::newRow("nothing") << QStringLiteral("zzz") << false << QStringList{};
}

void TestConsoleUi::proxySortsNumericallyAndFilters()
{
    QFETCH(QString, filter);
    QFETCH(bool, onlyProblems);
    QFETCH(QStringList, expectedByFailedDescending);

    FlowListModel *model = createFlowListModel(this);
    FlowSortFilterProxyModel *proxy = createFlowProxyModel(model, this);
    // 10 > 9 numerically, although "10" < "9" as text.
    model->setFlows({makeFlow("a", 9, 1), makeFlow("b", 0, 100), makeFlow("c", 10, 2)});
    proxy->setFilterFixedString(filter);
    proxy->setOnlyWithExceptions(onlyProblems);
    proxy->sort(FlowListModel::columnForState(TransactionState::Failed), Qt::DescendingOrder);
    QStringList ids;
    for (int r = 0; r < proxy->rowCount(); ++r)
        ids << proxy->flow(proxy->index(r, 0)).id;
    QCOMPARE(ids, expectedByFailedDescending);
}

void TestConsoleUi::typeLogin(LoginDialog &dialog, const QString &server, const QString &user, const QString &password)
{
    auto *serverCombo = dialog.findChild<QComboBox *>(QStringLiteral("serverCombo"));
    auto *userEdit = dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"));
    auto *passwordEdit = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *signIn = dialog.findChild<QPushButton *>(QStringLiteral("signInButton"));
    QVERIFY(serverCombo && userEdit && passwordEdit && signIn);
    QVERIFY(!signIn->isEnabled()); // nothing typed yet

    serverCombo->lineEdit()->clear();
    QTest::keyClicks(serverCombo->lineEdit(), server);
    userEdit->clear();
    QTest::keyClicks(userEdit, user);
    QTest::keyClicks(passwordEdit, password);
    QVERIFY(signIn->isEnabled());
    QTest::mouseClick(signIn, Qt::LeftButton);
}

void TestConsoleUi::wrongPasswordShowsMessage()
{
    REQUIRE_BACKEND();
    Console console;
    LoginDialog dialog(&console.session, &console.connection);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeLogin(dialog, m_backend->target(), QStringLiteral("operator"), QStringLiteral("not-the-password"));

    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QCOMPARE(error->text(), QStringLiteral("The user name or password is not correct."));
    saveScreenshot(&dialog, QStringLiteral("login-wrong-password"));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!console.session.isLoggedIn());
    // The password is selected, ready to be typed again; the server was not remembered.
    auto *passwordEdit = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QVERIFY(passwordEdit->hasSelectedText() || passwordEdit->text().isEmpty());
    QVERIFY(!LoginDialog::rememberedServers().contains(m_backend->target()));
}

void TestConsoleUi::loginShowsFlowsWithCounts()
{
    REQUIRE_BACKEND();
    Console console;
    LoginDialog dialog(&console.session, &console.connection);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    typeLogin(dialog, m_backend->target(), QStringLiteral("admin"), QStringLiteral("demo-admin"));
    QVERIFY(accepted.wait(10000));
    QVERIFY(!dialog.isVisible());
    QVERIFY(console.session.isLoggedIn());
    // The server is offered next time; the password is stored nowhere.
    QCOMPARE(LoginDialog::rememberedServers().value(0), m_backend->target());
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("demo-admin")), qPrintable(key));

    MainWindow window(&console.session, &console.flows, &console.events);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.sessionText().contains(QStringLiteral("Anna Nowak")), qPrintable(window.sessionText()));
    QVERIFY(window.sessionText().contains(QStringLiteral("Administrator")));

    FlowsPage *page = window.flowsPage();
    QSignalSpy updated(page, &FlowsPage::flowsUpdated);
    page->reload();
    QVERIFY(updated.wait(10000));

    QTableView *table = page->view();
    QVERIFY(table->isVisible());
    QAbstractItemModel *shown = table->model();
    QCOMPARE(shown->rowCount(), 12);
    qint64 total = 0;
    for (int r = 0; r < shown->rowCount(); ++r) {
        QVERIFY(!shown->index(r, FlowListModel::NameColumn).data().toString().isEmpty());
        for (int c = FlowListModel::FirstStateColumn; c < FlowListModel::StuckColumn; ++c)
            total += shown->index(r, c).data(SortRole).toLongLong();
    }
    QVERIFY2(total > 0, "the flows page shows transaction counts");
    QCOMPARE(window.connectionIndicator()->connectionState(), ConnectionState::Connected);
    QCOMPARE(window.connectionIndicator()->text(), QStringLiteral("Connected"));
    auto *summary = page->findChild<QLabel *>(QStringLiteral("flowsSummary"));
    QVERIFY2(summary->text().startsWith(QStringLiteral("Flows visible to you: 12 ·")), qPrintable(summary->text()));
    saveScreenshot(&window, QStringLiteral("flows-admin"));
}

void TestConsoleUi::countsFollowLiveEvents()
{
    REQUIRE_BACKEND();
    Console console;
    console.connection.setTarget(m_backend->target());
    QSignalSpy loggedIn(&console.session, &SessionService::loggedIn);
    console.session.login(QStringLiteral("operator"), QStringLiteral("demo-operator"));
    QVERIFY(loggedIn.wait(10000));

    FlowsPage page(&console.flows, &console.events);
    page.show();
    QSignalSpy updated(&page, &FlowsPage::flowsUpdated);
    console.events.start(-1);
    page.reload();
    QVERIFY(updated.wait(10000));
    auto totals = [&] {
        qint64 sum = 0;
        for (const Flow &f : page.model()->flows())
            sum += f.totalCount();
        return sum;
    };
    const qint64 before = totals();
    const int refreshesBefore = page.refreshCount();

    // The simulator's traffic reaches the page through the event feed alone.
    QTRY_VERIFY_WITH_TIMEOUT(totals() != before, 20000);
    QVERIFY(page.refreshCount() > refreshesBefore);
    QVERIFY(console.events.lastSequence() > 0);
}

void TestConsoleUi::reloginKeepsWindowAndRetries()
{
    REQUIRE_BACKEND();
    BackendProcess backend({QStringLiteral("--no-traffic"), QStringLiteral("--session-ttl"), QStringLiteral("2")});
    QVERIFY2(backend.start(), qPrintable(backend.errorText()));
    Console console;
    console.connection.setTarget(backend.target());
    QSignalSpy loggedIn(&console.session, &SessionService::loggedIn);
    QSignalSpy expired(&console.session, &SessionService::sessionExpired);
    console.session.login(QStringLiteral("operator"), QStringLiteral("demo-operator"));
    QVERIFY(loggedIn.wait(10000));

    MainWindow window(&console.session, &console.flows, &console.events);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FlowsPage *page = window.flowsPage();
    QSignalSpy updated(page, &FlowsPage::flowsUpdated);
    page->reload();
    QVERIFY(updated.wait(10000));
    const int rows = page->view()->model()->rowCount();
    QVERIFY(rows > 0);

    // The session runs out; a refresh asked for now waits instead of failing.
    QVERIFY(expired.wait(15000));
    QVERIFY(window.sessionText().contains(QStringLiteral("expired")));
    page->reload();
    QTRY_COMPARE_WITH_TIMEOUT(console.connection.pendingCallCount(), 1, 10000);
    const int updatesBefore = updated.count();

    LoginDialog relogin(&console.session, &console.connection, &window);
    relogin.setReloginMode(QStringLiteral("operator"));
    relogin.show();
    QVERIFY(QTest::qWaitForWindowExposed(&relogin));
    auto *userEdit = relogin.findChild<QLineEdit *>(QStringLiteral("userEdit"));
    auto *passwordEdit = relogin.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *signIn = relogin.findChild<QPushButton *>(QStringLiteral("signInButton"));
    QCOMPARE(userEdit->text(), QStringLiteral("operator"));
    QVERIFY(userEdit->isReadOnly());
    saveScreenshot(&relogin, QStringLiteral("relogin"));
    QTest::keyClicks(passwordEdit, QStringLiteral("demo-operator"));
    QSignalSpy accepted(&relogin, &QDialog::accepted);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QVERIFY(accepted.wait(10000));

    // Same window, same page; the waiting refresh went out by itself.
    QTRY_VERIFY_WITH_TIMEOUT(updated.count() > updatesBefore, 10000);
    QVERIFY(window.isVisible());
    QCOMPARE(page->view()->model()->rowCount(), rows);
    QCOMPARE(console.connection.pendingCallCount(), 0);
    QVERIFY(window.sessionText().startsWith(QStringLiteral("Signed in as")));
}

QTEST_MAIN(TestConsoleUi)
#include "tst_console_ui.moc"
