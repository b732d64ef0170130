// The console in the person's language, against a real flowdeskd: with German
// chosen, an exception reads in German (the flow's name, the error explained,
// what to do, the state) and the target's raw answer waits folded under
// "Technical details".

#include "backendconnection.h"
#include "commands/actioncontroller.h"
#include "consoletestutil.h"
#include "exceptionlistmodel.h"
#include "exceptions/exceptionspage.h"
#include "exceptions/transactiondetail.h"
#include "sessionservice.h"
#include "transactionsservice.h"
#include "usermessage.h"

#include <QScrollArea>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Flowdesk;

class TestConsoleLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void exceptionDetailReadsInGerman();
    void bulkResultsReadInGerman();
    void historyReadsInGerman();
    void healthReasonsInGermanUnitsAndNumbers();

private:
    QTranslator m_german;
    std::unique_ptr<BackendProcess> m_backend;
    std::unique_ptr<BackendConnection> m_connection;
    std::unique_ptr<SessionService> m_session;
};

void TestConsoleLanguage::initTestCase()
{
    qRegisterMetaType<Flowdesk::ServiceError>();
    qRegisterMetaType<Flowdesk::Session>();
    qRegisterMetaType<Flowdesk::Transaction>();
    QVERIFY2(m_german.load(QStringLiteral(FLOWDESK_DE_QM)), "the German translation was not compiled: " FLOWDESK_DE_QM);
    QCoreApplication::installTranslator(&m_german);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    REQUIRE_BACKEND();
    m_backend = std::make_unique<BackendProcess>(QStringList{QStringLiteral("--no-traffic")});
    QVERIFY2(m_backend->start(), qPrintable(m_backend->errorText()));
    m_connection = std::make_unique<BackendConnection>();
    m_connection->setTarget(m_backend->target());
    m_connection->setLanguage(QStringLiteral("de"));
    m_session = std::make_unique<SessionService>(m_connection.get());
    QSignalSpy ok(m_session.get(), &SessionService::loggedIn);
    m_session->login(QStringLiteral("operator"), QStringLiteral("demo-operator"));
    QVERIFY(ok.wait(10000));
}

void TestConsoleLanguage::cleanupTestCase()
{
    m_session.reset();
    m_connection.reset();
    m_backend.reset();
}

void TestConsoleLanguage::exceptionDetailReadsInGerman()
{
    TransactionsService service(m_connection.get());
    ExceptionsPage page(&service, m_session.get(), nullptr);
    page.actions()->setInteractive(false);
    page.resize(1500, 900);
    page.show();
    QVERIFY(QTest::qWaitFor([&] { return page.model()->hasLoadedOnce(); }, 10000));

    // A CRM order whose customer does not exist in Odoo.
    int row = -1;
    for (int r = 0; r < page.model()->rowCount() && row < 0; ++r) {
        const Transaction t = page.model()->transaction(r);
        if (t.flowId == QLatin1String("crm-quote-to-order") && t.error.code == QLatin1String("UNKNOWN_CUSTOMER")
            && t.isFailed())
            row = r;
    }
    QVERIFY2(row >= 0, "the demo history has no failed CRM order with an unknown customer");
    const Transaction listed = page.model()->transaction(row);
    // The list: the flow's name and the error in German.
    QCOMPARE(page.model()->index(row, ExceptionListModel::FlowColumn).data().toString(),
             QStringLiteral("CRM-Angebot zu Kundenauftrag"));
    const QString listedError = page.model()->index(row, ExceptionListModel::ErrorColumn).data().toString();
    QVERIFY2(listedError.startsWith(QStringLiteral("Kunde ")) && listedError.endsWith(QStringLiteral(" ist in Odoo nicht angelegt.")),
             qPrintable(listedError));

    QSignalSpy loaded(page.detail(), &TransactionDetail::loaded);
    page.view()->selectRow(row);
    QVERIFY(loaded.wait(10000));
    TransactionDetail *detail = page.detail();
    QCOMPARE(detail->transactionId(), listed.id);
    const Transaction t = detail->transaction();
    const QString customer = t.error.explanation.arg(QStringLiteral("value"));
    QVERIFY(!customer.isEmpty());

    // The flow's name in the summary, the state in German.
    QVERIFY2(detail->summaryText().contains(QStringLiteral("CRM-Angebot zu Kundenauftrag")), qPrintable(detail->summaryText()));
    auto *state = detail->findChild<QLabel *>(QStringLiteral("detailState"));
    QVERIFY(state);
    QVERIFY2(state->text().startsWith(QStringLiteral("Fehlgeschlagen")), qPrintable(state->text()));
    // The error explained, and what to do, in German.
    QCOMPARE(detail->errorExplanationLabel()->text(), QStringLiteral("Kunde %1 ist in Odoo nicht angelegt.").arg(customer));
    QVERIFY(detail->errorExplanationLabel()->isVisible());
    QVERIFY2(detail->whatToDoLabel()->text().startsWith(QStringLiteral("Prüfen Sie die Kundennummer.")),
             qPrintable(detail->whatToDoLabel()->text()));
    QVERIFY(detail->whatToDoLabel()->isVisible());

    // The target's own words and raw answer: folded under "Technical details".
    QToolButton *toggle = detail->technicalDetailsToggle();
    QVERIFY(toggle->isVisible());
    QCOMPARE(toggle->text(), QStringLiteral("Technische Details"));
    QVERIFY(!toggle->isChecked());
    QVERIFY(!detail->technicalDetailsFold()->isVisible());
    auto *raw = detail->technicalDetailsFold()->findChild<QPlainTextEdit *>(QStringLiteral("targetResponse"));
    QVERIFY(raw);
    QVERIFY(!raw->isVisible());
    QCOMPARE(raw->toPlainText(), t.error.targetResponse);
    auto *targetWords = detail->technicalDetailsFold()->findChild<QLabel *>(QStringLiteral("targetMessage"));
    QVERIFY(targetWords);
    QVERIFY2(targetWords->text().contains(t.error.message), qPrintable(targetWords->text()));
    // Nothing English of the target's reads outside the fold.
    QVERIFY(!detail->errorExplanationLabel()->text().contains(QStringLiteral("does not exist")));

    // On a laptop's screen: opened, the details come into view in the error part.
    page.resize(1280, 700);
    QTest::qWait(100);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(toggle->isChecked());
    QVERIFY(detail->technicalDetailsFold()->isVisible());
    QVERIFY(targetWords->isVisible());
    auto *errorScroll = detail->findChild<QScrollArea *>(QStringLiteral("detailErrorScroll"));
    QVERIFY(errorScroll);
    const QWidget *fold = detail->technicalDetailsFold();
    QTRY_VERIFY2(errorScroll->viewport()->rect().contains(
                     QRect(fold->mapTo(errorScroll->viewport(), QPoint(0, 0)), QSize(fold->width(), std::min(fold->height(), 40)))),
                 qPrintable(QStringLiteral("the details at %1 of a %2 px part")
                                .arg(fold->mapTo(errorScroll->viewport(), QPoint(0, 0)).y())
                                .arg(errorScroll->viewport()->height())));
    // The raw answer shows when the target sent one.
    QCOMPARE(raw->isVisible(), !t.error.targetResponse.isEmpty());
}

// What a bulk job says about an item reads in German: a dry run over a
// transaction that no longer exists.
void TestConsoleLanguage::bulkResultsReadInGerman()
{
    TransactionsService service(m_connection.get());
    BulkRequest request;
    request.requestId = QStringLiteral("console-language-bulk");
    request.dryRun = true;
    request.action = BulkActionKind::Resubmit;
    request.ids = {QStringLiteral("987654321")};
    BulkJob job;
    bool started = false;
    service.startBulk(request, this, [&](const ServiceError &error, const BulkJob &j) {
        QVERIFY2(error.isOk(), qPrintable(error.userMessage()));
        job = j;
        started = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(started, 10000);
    bool ended = false;
    service.watchBulk(job.id, this, [&](const BulkJob &j) { job = j; }, [&](const ServiceError &) { ended = true; });
    QTRY_VERIFY_WITH_TIMEOUT(ended && job.isFinished(), 10000);
    QCOMPARE(job.items.size(), 1);
    const BulkItemResult item = job.items.first();
    QVERIFY(!item.ok);
    QCOMPARE(item.userMessage.id, QStringLiteral("bulk.NOT_FOUND"));
    QVERIFY(item.userMessage.isKnown());
    QCOMPARE(item.message, QStringLiteral("Diese Transaktion gibt es nicht mehr."));
}

// The transaction's history (its audit entries) in German: the backend words
// what an entry records, the console shows that.
void TestConsoleLanguage::historyReadsInGerman()
{
    TransactionsService service(m_connection.get());
    TransactionQuery query;
    query.states = {TransactionState::Failed};
    QList<Transaction> rows;
    bool listed = false;
    service.list(query, QString(), 20, this, [&](const ServiceError &error, const TransactionPage &page) {
        QVERIFY2(error.isOk(), qPrintable(error.userMessage()));
        rows = page.transactions;
        listed = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(listed, 10000);
    QVERIFY(!rows.isEmpty());
    const Transaction t = rows.first();
    MutationResult assigned;
    bool done = false;
    service.assign(t.id, t.version, QStringLiteral("operator"), QString(), this, [&](const MutationResult &r) {
        assigned = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(assigned.isOk(), qPrintable(assigned.error.userMessage()));
    QList<HistoryEntry> history;
    done = false;
    service.history(t.id, this, [&](const ServiceError &error, const QList<HistoryEntry> &entries) {
        QVERIFY2(error.isOk(), qPrintable(error.userMessage()));
        history = entries;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QStringList details;
    for (const HistoryEntry &e : history)
        details << e.detail;
    QVERIFY2(details.contains(QStringLiteral("operator zugewiesen")), qPrintable(details.join(QStringLiteral(" | "))));
    QVERIFY2(!details.join(QString()).contains(QStringLiteral("from '")), qPrintable(details.join(QStringLiteral(" | "))));
}

QTEST_MAIN(TestConsoleLanguage)
// A tile's reason carries the backend's durations and rates: they read in
// German units and with a decimal comma.
void TestConsoleLanguage::healthReasonsInGermanUnitsAndNumbers()
{
    const UserMessage overdue{QStringLiteral("health.STUCK_OVERDUE"),
                              {{QStringLiteral("count"), QStringLiteral("92")},
                               {QStringLiteral("sla"), QStringLiteral("30 min")},
                               {QStringLiteral("overdue"), QStringLiteral("26 d 8 h")}},
                              {}};
    const QString text = overdue.text();
    QVERIFY2(text.contains(QStringLiteral("26 Tg. 8 Std.")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral(" d ")), qPrintable(text));
    const UserMessage rate{QStringLiteral("health.FAILURE_AMBER"),
                           {{QStringLiteral("rate"), QStringLiteral("2.7 %")}, {QStringLiteral("count"), QStringLiteral("37")}},
                           {}};
    QVERIFY2(rate.text().startsWith(QStringLiteral("2,7 %")), qPrintable(rate.text()));
    // A value in another shape passes as it came.
    const UserMessage odd{QStringLiteral("health.STUCK"),
                          {{QStringLiteral("count"), QStringLiteral("3")}, {QStringLiteral("sla"), QStringLiteral("soon")}},
                          {}};
    QVERIFY2(odd.text().contains(QStringLiteral("soon")), qPrintable(odd.text()));
}

#include "tst_console_language.moc"
