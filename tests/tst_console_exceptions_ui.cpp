// The Exceptions page as a clerk uses it, against a real flowdeskd: open an
// exception, edit with validation errors, resubmit once, meet a conflict, run a
// bulk job, export the view, and see why an action is unavailable.

#include "actioncontroller.h"
#include "backendconnection.h"
#include "bulkdialog.h"
#include "consoletestutil.h"
#include "eventfollower.h"
#include "exceptionlistmodel.h"
#include "exceptionspage.h"
#include "payloadeditor.h"
#include "sessionservice.h"
#include "transactiondetail.h"
#include "transactionsservice.h"

#include <QAction>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Flowdesk;

class TestConsoleExceptionsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void openingAnExceptionShowsItsBusinessSummary();
    void invalidEditCannotBeSent();
    void serverViolationsLandOnTheirFields();
    void resubmitSendsOnceAndTheRowLeaves();
    void conflictKeepsTheEditAndShowsBothVersions();
    void bulkJobPreviewsThenRuns();
    void exportWritesTheWholeView();
    void unavailableActionSaysWhy();
    void liveChangesKeepSelectionAndScrollPosition();

private:
    bool selectRow(int row);
    int rowOf(const std::function<bool(const Transaction &)> &pred) const;

    std::unique_ptr<BackendProcess> m_backend;
    std::unique_ptr<BackendConnection> m_connection;
    std::unique_ptr<SessionService> m_session;
    TransactionsService *m_service = nullptr;
    ExceptionsPage *m_page = nullptr;
};

void TestConsoleExceptionsUi::initTestCase()
{
    qRegisterMetaType<Flowdesk::ServiceError>();
    qRegisterMetaType<Flowdesk::Session>();
    qRegisterMetaType<Flowdesk::Transaction>();
    qRegisterMetaType<Flowdesk::BulkJob>();
    REQUIRE_BACKEND();
    m_backend = std::make_unique<BackendProcess>(QStringList{QStringLiteral("--no-traffic")});
    QVERIFY2(m_backend->start(), qPrintable(m_backend->errorText()));
    m_connection = std::make_unique<BackendConnection>();
    m_connection->setTarget(m_backend->target());
    m_session = std::make_unique<SessionService>(m_connection.get());
    QSignalSpy ok(m_session.get(), &SessionService::loggedIn);
    m_session->login(QStringLiteral("operator"), QStringLiteral("demo-operator"));
    QVERIFY(ok.wait(10000));
}

void TestConsoleExceptionsUi::cleanupTestCase()
{
    m_session.reset();
    m_connection.reset();
    m_backend.reset();
}

void TestConsoleExceptionsUi::init()
{
    m_service = new TransactionsService(m_connection.get());
    m_page = new ExceptionsPage(m_service, m_session.get(), nullptr);
    m_page->actions()->setInteractive(false);
    m_page->resize(1500, 900);
    m_page->show();
    QVERIFY(QTest::qWaitFor([this] { return m_page->model()->hasLoadedOnce(); }, 10000));
    QVERIFY(m_page->model()->rowCount() > 0);
}

void TestConsoleExceptionsUi::cleanup()
{
    delete m_page;
    m_page = nullptr;
    delete m_service;
    m_service = nullptr;
}

bool TestConsoleExceptionsUi::selectRow(int row)
{
    QSignalSpy loaded(m_page->detail(), &TransactionDetail::loaded);
    m_page->view()->selectRow(row);
    if (!loaded.wait(10000))
        return false;
    return m_page->detail()->transactionId() == m_page->model()->transaction(row).id;
}

int TestConsoleExceptionsUi::rowOf(const std::function<bool(const Transaction &)> &pred) const
{
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        if (pred(m_page->model()->transaction(row)))
            return row;
    }
    return -1;
}

void TestConsoleExceptionsUi::openingAnExceptionShowsItsBusinessSummary()
{
    QVERIFY(selectRow(0));
    const Transaction t = m_page->detail()->transaction();
    const QString summary = m_page->detail()->summaryText();
    QVERIFY(summary.contains(t.businessKey));
    QVERIFY(summary.contains(t.counterparty));
    QVERIFY(summary.contains(t.currency));
    // Backend text is never interpreted as markup.
    for (QLabel *label : m_page->detail()->findChildren<QLabel *>())
        QVERIFY2(label->textFormat() == Qt::PlainText || label->text().isEmpty() || !label->text().contains(QLatin1Char('<')),
                 qPrintable(label->objectName()));
    QVERIFY(!m_page->detail()->payloadEditor()->payloadJson().isEmpty());
    QVERIFY(m_page->actions()->action(ActionController::Resubmit)->isEnabled());
}

void TestConsoleExceptionsUi::invalidEditCannotBeSent()
{
    QVERIFY(selectRow(1));
    auto *json = m_page->detail()->payloadEditor()->findChild<QPlainTextEdit *>(QStringLiteral("payloadJsonText"));
    QVERIFY(json);
    QVERIFY(!m_page->detail()->saveButton()->isEnabled()); // nothing changed yet
    json->setPlainText(QStringLiteral("{\"broken\": "));
    QVERIFY(QTest::qWaitFor([this] { return m_page->detail()->payloadEditor()->isModified(); }, 3000));
    QVERIFY(!m_page->detail()->payloadEditor()->isValid());
    QVERIFY(!m_page->detail()->saveButton()->isEnabled());
    QVERIFY(!m_page->detail()->saveButton()->toolTip().isEmpty());
    QVERIFY(!m_page->detail()->saveAndResubmitButton()->isEnabled());
}

void TestConsoleExceptionsUi::serverViolationsLandOnTheirFields()
{
    QVERIFY(selectRow(2));
    const Transaction t = m_page->detail()->transaction();
    QSignalSpy violations(m_page->actions(), &ActionController::violationsReported);
    // What only the server knows to refuse: sent past the form's own checks.
    auto *command = new SavePayloadCommand(m_service, m_page, m_page->actions());
    command->setTransactions({t});
    command->setPayload(QStringLiteral("{}"), t.version);
    command->setReason(QStringLiteral("test"));
    m_page->actions()->run(command);
    QVERIFY(violations.wait(10000));
    const auto reported = violations.first().at(1).value<QList<FieldViolation>>();
    QVERIFY(!reported.isEmpty());
    const QList<FieldViolation> shown = m_page->detail()->payloadEditor()->violations();
    for (const FieldViolation &v : reported)
        QVERIFY2(shown.contains(v), qPrintable(v.field));
    // Nothing was saved.
    QCOMPARE(m_page->detail()->transaction().version, t.version);
}

void TestConsoleExceptionsUi::resubmitSendsOnceAndTheRowLeaves()
{
    const int row = rowOf([](const Transaction &t) {
        return t.error.category == ErrorCategory::Connectivity || t.error.category == ErrorCategory::BusinessState
            || t.error.category == ErrorCategory::MasterData;
    });
    QVERIFY(row >= 0);
    QVERIFY(selectRow(row));
    const Transaction t = m_page->detail()->transaction();
    QAction *resubmit = m_page->actions()->action(ActionController::Resubmit);
    QVERIFY(resubmit->isEnabled());
    QSignalSpy updated(m_page->actions(), &ActionController::transactionUpdated);
    resubmit->trigger();
    QVERIFY(!resubmit->isEnabled()); // a second click is not a second delivery
    resubmit->trigger();
    QVERIFY(updated.wait(10000));
    QTest::qWait(300);
    QCOMPARE(updated.count(), 1);
    const Transaction after = updated.first().first().value<Transaction>();
    QVERIFY(after.state != TransactionState::Failed);
    QVERIFY(!m_page->model()->indexOf(t.id).isValid());
}

void TestConsoleExceptionsUi::conflictKeepsTheEditAndShowsBothVersions()
{
    QVERIFY(selectRow(3));
    const Transaction t = m_page->detail()->transaction();
    auto *json = m_page->detail()->payloadEditor()->findChild<QPlainTextEdit *>(QStringLiteral("payloadJsonText"));
    QVERIFY(json);
    // Someone else assigns it meanwhile.
    TransactionsService someoneElse(m_connection.get());
    bool done = false;
    someoneElse.assign(t.id, t.version, QStringLiteral("admin"), TransactionsService::newRequestId(), this,
                      [&](const MutationResult &r) { QVERIFY(r.isOk()); done = true; });
    // An edit that is valid: the same payload, formatted differently, with one more space.
    const QString edited = t.payloadJson;
    json->setPlainText(edited + QStringLiteral(" \n"));
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QTest::qWait(100);

    QSignalSpy conflict(m_page->actions(), &ActionController::conflictDetected);
    auto *command = new SavePayloadCommand(m_service, m_page, m_page->actions());
    command->setTransactions({t});
    command->setPayload(m_page->detail()->payloadEditor()->payloadJson(), t.version);
    m_page->actions()->run(command, json->toPlainText());
    QVERIFY(conflict.wait(10000));
    const Transaction theirs = conflict.first().at(0).value<Transaction>();
    QVERIFY(theirs.version > t.version);
    QCOMPARE(theirs.assignee, QStringLiteral("admin"));
    QCOMPARE(conflict.first().at(1).toString(), json->toPlainText());
    // What the person typed is still there.
    QCOMPARE(json->toPlainText(), edited + QStringLiteral(" \n"));
}

void TestConsoleExceptionsUi::bulkJobPreviewsThenRuns()
{
    QList<Transaction> selection;
    for (int row = 0; row < 3; ++row)
        selection << m_page->model()->transaction(row);
    BulkDialog dialog(m_service, selection, {}, false, QStringLiteral("3 selected"), m_page);
    dialog.setAction(BulkActionKind::SetTriageStatus);
    QVERIFY(!dialog.runButton()->isEnabled()); // preview first
    QSignalSpy previewed(&dialog, &BulkDialog::previewFinished);
    dialog.preview();
    QVERIFY(previewed.wait(10000));
    QCOMPARE(dialog.lastJob().total, 3);
    QVERIFY(dialog.lastJob().dryRun);
    QVERIFY(dialog.summaryText().contains(QLatin1String("3")));
    QVERIFY(dialog.runButton()->isEnabled());

    QSignalSpy finished(&dialog, &BulkDialog::jobFinished);
    dialog.runJob();
    QVERIFY(finished.wait(20000));
    const BulkJob job = dialog.lastJob();
    QCOMPARE(job.state, BulkJob::State::Succeeded);
    QCOMPARE(job.processed, 3);
    QCOMPARE(job.succeeded + job.failed, 3);
    QCOMPARE(dialog.progressBar()->value(), 3);
    QVERIFY(!dialog.runButton()->isEnabled()); // the job ran; running it again needs a new intent
}

void TestConsoleExceptionsUi::exportWritesTheWholeView()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exceptions.csv"));
    QSignalSpy exported(m_page, &ExceptionsPage::exportFinished);
    m_page->exportCsv(path);
    QVERIFY(exported.wait(20000));
    QCOMPARE(exported.first().at(2).toString(), QString());
    const int rows = exported.first().at(1).toInt();
    QCOMPARE(rows, m_page->model()->totalSize());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size() - 1, rows + 1); // header, rows, final newline
    QVERIFY(lines.first().startsWith("Business key,"));
}

void TestConsoleExceptionsUi::unavailableActionSaysWhy()
{
    QVERIFY(selectRow(0));
    User viewer;
    viewer.username = QStringLiteral("viewer");
    viewer.role = Role::Viewer;
    viewer.permissions = {QStringLiteral("transactions.read")};
    m_page->actions()->setUser(viewer);
    for (auto id : {ActionController::Resubmit, ActionController::Discard, ActionController::AssignToMe,
                    ActionController::Bulk}) {
        QAction *a = m_page->actions()->action(id);
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QVERIFY2(a->toolTip().contains(roleName(Role::Viewer)), qPrintable(a->toolTip()));
    }
    // Several rows selected: one-item actions point to the bulk action.
    m_page->actions()->setUser(m_session->session().user);
    m_page->view()->selectionModel()->select(
        QItemSelection(m_page->model()->index(0, 0), m_page->model()->index(2, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QAction *resubmit = m_page->actions()->action(ActionController::Resubmit);
    QVERIFY(!resubmit->isEnabled());
    QVERIFY(resubmit->toolTip().contains(QLatin1String("Bulk")));
    QVERIFY(m_page->actions()->action(ActionController::Bulk)->isEnabled());
}

void TestConsoleExceptionsUi::liveChangesKeepSelectionAndScrollPosition()
{
    // A page that follows the backend's event feed.
    delete m_page;
    m_page = nullptr;
    EventFollower events(m_connection.get());
    QSignalSpy streaming(&events, &EventFollower::streamStarted);
    events.start(-1);
    QVERIFY(QTest::qWaitFor([&] { return streaming.count() > 0 || events.isStreaming(); }, 10000));
    QTest::qWait(200); // the stream is open on the server too
    m_page = new ExceptionsPage(m_service, m_session.get(), &events);
    m_page->actions()->setInteractive(false);
    m_page->resize(1500, 500);
    m_page->show();
    QVERIFY(QTest::qWaitFor([this] { return m_page->model()->hasLoadedOnce(); }, 10000));
    QVERIFY(m_page->model()->rowCount() > 30);

    QTableView *view = m_page->view();
    view->scrollTo(m_page->model()->index(15, 0), QAbstractItemView::PositionAtTop);
    QVERIFY(selectRow(18));
    QTest::qWait(50);
    const int topRow = view->rowAt(0);
    QVERIFY(topRow > 3);
    const QString topId = m_page->model()->transaction(topRow).id;
    const QString selectedId = m_page->model()->transaction(18).id;

    // Someone else resolves an exception above what the person looks at.
    const Transaction gone = m_page->model()->transaction(3);
    TransactionsService someoneElse(m_connection.get());
    bool done = false;
    someoneElse.resolveManually(gone.id, gone.version, QStringLiteral("booked by hand in Odoo"),
                                TransactionsService::newRequestId(), this, [&](const MutationResult &r) {
        QVERIFY2(r.isOk(), qPrintable(r.error.serverMessage));
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return !m_page->model()->indexOf(gone.id).isValid(); }, 10000));
    QTest::qWait(50);

    // The same rows stay in view and selected.
    QCOMPARE(m_page->model()->transaction(view->rowAt(0)).id, topId);
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(m_page->model()->transaction(selected.first()).id, selectedId);
    QCOMPARE(m_page->detail()->transactionId(), selectedId);
    delete m_page;
    m_page = nullptr;
    events.stop();
}

QTEST_MAIN(TestConsoleExceptionsUi)
#include "tst_console_exceptions_ui.moc"
