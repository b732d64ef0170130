// What a person may do with a transaction is the backend's answer: the Exceptions
// page enables its actions from Transaction.allowed_actions and says why one is
// off, in the person's words. Against a real flowdeskd on a loopback port, run in
// this process so that a target system can be made to refuse its credentials.

#include "commands/actioncontroller.h"
#include "apitestutil.h"
#include "backendconnection.h"
#include "exceptionlistmodel.h"
#include "exceptions/exceptionspage.h"
#include "sessionservice.h"
#include "exceptions/transactiondetail.h"
#include "transactionsservice.h"

#include <QAction>
#include <QLabel>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <optional>

using namespace Flowdesk;
namespace v1 = flowdesk::v1;

namespace {

const char *const CrmFlow = "crm-quote-to-order";
const char *const UnknownCustomer = "C-99999";

// A console's connection to the backend: session and workbench service.
struct Client
{
    BackendConnection connection;
    SessionService session{&connection};
    TransactionsService service{&connection};

    bool signIn(const QString &target, const QString &user)
    {
        connection.setTarget(target);
        QSignalSpy ok(&session, &SessionService::loggedIn);
        QSignalSpy failed(&session, &SessionService::loginFailed);
        session.login(user, QStringLiteral("demo-") + user);
        return QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 15000) && ok.count() == 1;
    }
};

ErrorCategory categoryOf(const v1::Transaction &t)
{
    return static_cast<ErrorCategory>(t.error().category());
}

// Screenshots for a person to look at, when FLOWDESK_SHOTS_DIR names a folder.
void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FLOWDESK_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestConsoleAllowedActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void adminMayReplayOnlyTechnicalFailures();
    void operatorMayCorrectABusinessFailure();
    void longSavedSearchIsShortenedVisibly();

private:
    // Submits an order of `customer` as the connector does; waits until it has failed.
    std::optional<v1::Transaction> submitFailingOrder(const QString &customer);
    std::unique_ptr<ExceptionsPage> showPage(Client &client);
    // Shows the failed transactions of these categories and opens the one with `id`.
    bool open(ExceptionsPage *page, const QList<ErrorCategory> &categories, const QString &id);

    apitest::TestServer m_server;
    QString m_target;
    std::string m_connector;
    std::string m_admin;
    QJsonObject m_order; // a delivered order's payload, the template of new ones
    int m_orders = 0;
};

void TestConsoleAllowedActions::initTestCase()
{
    qRegisterMetaType<Flowdesk::Transaction>();
    qRegisterMetaType<Flowdesk::ServiceError>();
    QVERIFY2(m_server.start({200}), "flowdeskd could not be started in this process");
    m_target = QString::fromStdString(m_server.backend().address());
    m_connector = m_server.loginDemo("connector");
    m_admin = m_server.loginDemo("admin");
    QVERIFY(!m_connector.empty() && !m_admin.empty());

    auto tx = m_server.stub<v1::TransactionService>();
    grpc::ClientContext ctx;
    apitest::prepare(ctx, m_admin);
    v1::ListTransactionsRequest request;
    request.mutable_filter()->add_flow_ids(CrmFlow);
    request.mutable_filter()->add_states(v1::DELIVERED);
    request.set_view(v1::TRANSACTION_VIEW_FULL);
    request.set_page_size(1);
    v1::ListTransactionsResponse response;
    QVERIFY(tx->ListTransactions(&ctx, request, &response).ok());
    QVERIFY2(response.transactions_size() == 1, "the seeded history has no delivered CRM order");
    m_order = QJsonDocument::fromJson(QByteArray::fromStdString(response.transactions(0).payload_json())).object();
    QVERIFY(!m_order.isEmpty());
    // The admin reads the sensitive fields masked ("***"); a connector sends real
    // values, and Submit takes only what fits the flow's schema.
    QJsonObject party = m_order.value(QStringLiteral("customer")).toObject();
    if (party.contains(QStringLiteral("contact"))) {
        QJsonObject contact = party.value(QStringLiteral("contact")).toObject();
        if (contact.contains(QStringLiteral("email")))
            contact.insert(QStringLiteral("email"), QStringLiteral("einkauf@example.com"));
        if (contact.contains(QStringLiteral("phone")))
            contact.insert(QStringLiteral("phone"), QStringLiteral("+49 711 555 0100"));
        party.insert(QStringLiteral("contact"), contact);
        m_order.insert(QStringLiteral("customer"), party);
    }
    QJsonArray lines = m_order.value(QStringLiteral("lines")).toArray();
    double total = 0;
    for (auto it = lines.begin(); it != lines.end(); ++it) {
        QJsonObject line = it->toObject();
        line.insert(QStringLiteral("price"), 100.0);
        total += 100.0 * line.value(QStringLiteral("quantity")).toDouble();
        *it = line;
    }
    m_order.insert(QStringLiteral("lines"), lines);
    m_order.insert(QStringLiteral("total_amount"), total);
}

void TestConsoleAllowedActions::cleanupTestCase()
{
    m_server.stop();
}

std::optional<v1::Transaction> TestConsoleAllowedActions::submitFailingOrder(const QString &customer)
{
    QJsonObject order = m_order;
    const QString number = QStringLiteral("SO2026-8%1").arg(++m_orders, 5, 10, QLatin1Char('0'));
    order.insert(QStringLiteral("order_number"), number);
    QJsonObject party = order.value(QStringLiteral("customer")).toObject();
    if (!customer.isEmpty())
        party.insert(QStringLiteral("code"), customer);
    order.insert(QStringLiteral("customer"), party);

    auto ingest = m_server.stub<v1::IngestService>();
    grpc::ClientContext ctx;
    apitest::prepare(ctx, m_connector);
    v1::SubmitRequest request;
    request.set_flow_id(CrmFlow);
    request.set_payload_json(QJsonDocument(order).toJson(QJsonDocument::Compact).toStdString());
    request.set_idempotency_key("console-test-" + number.toStdString());
    v1::SubmitResponse response;
    if (!ingest->Submit(&ctx, request, &response).ok())
        return std::nullopt;
    std::optional<v1::Transaction> failed;
    apitest::waitFor([&] {
        auto tx = m_server.stub<v1::TransactionService>();
        grpc::ClientContext c;
        apitest::prepare(c, m_admin);
        v1::GetTransactionRequest get;
        get.set_id(response.transaction_id());
        v1::Transaction t;
        if (tx->GetTransaction(&c, get, &t).ok() && t.state() == v1::FAILED)
            failed = t;
        return failed.has_value();
    }, 30000);
    return failed;
}

std::unique_ptr<ExceptionsPage> TestConsoleAllowedActions::showPage(Client &client)
{
    auto page = std::make_unique<ExceptionsPage>(&client.service, &client.session, nullptr);
    page->actions()->setInteractive(false);
    page->resize(1500, 900);
    page->show();
    return page;
}

bool TestConsoleAllowedActions::open(ExceptionsPage *page, const QList<ErrorCategory> &categories, const QString &id)
{
    if (!QTest::qWaitFor([page] { return page->model()->hasLoadedOnce(); }, 15000))
        return false;
    TransactionQuery query;
    query.states = {TransactionState::Failed};
    query.errorCategories = categories;
    page->showQuery(query);
    if (!QTest::qWaitFor([&] { return !page->model()->isLoading() && page->model()->indexOf(id).isValid(); }, 15000))
        return false;
    page->view()->selectRow(page->model()->indexOf(id).row());
    return QTest::qWaitFor([&] { return page->detail()->transaction().id == id && page->detail()->transaction().full; },
                           15000);
}

void TestConsoleAllowedActions::adminMayReplayOnlyTechnicalFailures()
{
    // A business failure (the customer is unknown in the ERP) and a technical one
    // (the ERP refuses the integration's credential until IT replaces it).
    const auto business = submitFailingOrder(QLatin1String(UnknownCustomer));
    QVERIFY2(business, "an order of an unknown customer did not fail");
    QVERIFY2(!business->error().retryable(), business->error().message().c_str());
    m_server.targets().setCredentialsRejected("odoo", true);
    const auto technical = submitFailingOrder({});
    m_server.targets().setCredentialsRejected("odoo", false);
    QVERIFY2(technical, "an order refused for its credential did not fail");
    QCOMPARE(technical->error().category(), v1::ERROR_CATEGORY_AUTHENTICATION);

    Client it;
    QVERIFY(it.signIn(m_target, QStringLiteral("admin")));
    auto page = showPage(it);
    QAction *resubmit = page->actions()->action(ActionController::Resubmit);

    QVERIFY(open(page.get(), {categoryOf(*business)}, QString::fromStdString(business->id())));
    QVERIFY(!resubmit->isEnabled());
    QCOMPARE(resubmit->toolTip(),
             QStringLiteral("An IT admin may replay only technical failures (connection, sign-in) unchanged; this is a "
                            "business failure for the flow's owners."));
    // Correcting a payload is for the flow's owners, whatever failed; the
    // detail says so in words under the grey buttons, not only in tooltips.
    QVERIFY(!page->detail()->saveAndResubmitButton()->isEnabled());
    QTRY_VERIFY(page->detail()->actionsHint()->isVisible());
    QCOMPARE(page->detail()->actionsHint()->text(),
             QStringLiteral("Your role (Administrator) may look at exceptions but not change or resend them."));
    saveShot(page.get(), QStringLiteral("admin-business-failure"));

    QVERIFY(open(page.get(), {ErrorCategory::Authentication}, QString::fromStdString(technical->id())));
    QTRY_VERIFY2(resubmit->isEnabled(), qPrintable(resubmit->toolTip()));
    saveShot(page.get(), QStringLiteral("admin-technical-failure"));

    // The backend takes it, once.
    QSignalSpy updated(page->actions(), &ActionController::transactionUpdated);
    QSignalSpy errors(page->actions(), &ActionController::errorMessage);
    resubmit->trigger();
    QVERIFY(updated.wait(10000));
    QCOMPARE(errors.count(), 0);
    const Transaction after = updated.first().first().value<Transaction>();
    QCOMPARE(after.id, QString::fromStdString(technical->id()));
    QCOMPARE(after.version, technical->version() + 1);
    QVERIFY(after.state != TransactionState::Failed);
}

void TestConsoleAllowedActions::operatorMayCorrectABusinessFailure()
{
    const auto business = submitFailingOrder(QLatin1String(UnknownCustomer));
    QVERIFY(business);
    Client sales;
    QVERIFY(sales.signIn(m_target, QStringLiteral("operator")));
    auto page = showPage(sales);
    QVERIFY(open(page.get(), {categoryOf(*business)}, QString::fromStdString(business->id())));
    QAction *resubmit = page->actions()->action(ActionController::Resubmit);
    QTRY_VERIFY2(resubmit->isEnabled(), qPrintable(resubmit->toolTip()));
    QVERIFY(page->actions()->action(ActionController::Discard)->isEnabled());
    QVERIFY(!page->detail()->actionsHint()->isVisible());
    // Closed by someone else: the backend now says it is not failed, and the console says so.
    Client colleague;
    QVERIFY(colleague.signIn(m_target, QStringLiteral("operator")));
    std::optional<MutationResult> discarded;
    colleague.service.apply(Mutation::discard(QString::fromStdString(business->id()), business->version(),
                                              QStringLiteral("entered by hand")),
                            this, [&](const MutationResult &r) { discarded = r; });
    QTRY_VERIFY_WITH_TIMEOUT(discarded.has_value(), 10000);
    QVERIFY2(discarded->isOk(), qPrintable(discarded->error.serverMessage));
    QSignalSpy loaded(page->detail(), &TransactionDetail::loaded);
    page->detail()->noteChangedElsewhere();
    QVERIFY(loaded.wait(10000));
    page->actions()->setSelection({page->detail()->transaction()});
    QVERIFY(!resubmit->isEnabled());
    QVERIFY2(resubmit->toolTip().contains(QStringLiteral("not failed")), qPrintable(resubmit->toolTip()));
    // The state line says that already; the hint is for the person's role or scope.
    QVERIFY(!page->detail()->actionsHint()->isVisible());
}

// A search kept from before the search box had its limit runs as the box shows
// it, cut to the limit, and the person is told.
void TestConsoleAllowedActions::longSavedSearchIsShortenedVisibly()
{
    Client sales;
    QVERIFY(sales.signIn(m_target, QStringLiteral("operator")));
    auto page = showPage(sales);
    QVERIFY(QTest::qWaitFor([&] { return page->model()->hasLoadedOnce(); }, 15000));
    QSignalSpy told(page.get(), &ExceptionsPage::statusMessage);
    TransactionQuery query;
    query.states = {TransactionState::Failed};
    query.text = QString(300, u'k');
    page->showQuery(query);
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("exceptionsSearch"));
    QVERIFY(search);
    QCOMPARE(search->text().size(), search->maxLength());
    QCOMPARE(page->model()->query().text, search->text());
    QCOMPARE(told.count(), 1);
    QVERIFY2(told.first().first().toString().contains(QString::number(search->maxLength())),
             qPrintable(told.first().first().toString()));
    // The shortened search is answered, not refused.
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading(), 15000);
    QVERIFY2(page->model()->lastError().isEmpty(), qPrintable(page->model()->lastError()));
}

QTEST_MAIN(TestConsoleAllowedActions)
#include "tst_console_allowed_actions.moc"
