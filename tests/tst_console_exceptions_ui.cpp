// The Exceptions page as a clerk uses it, against a real flowdeskd: open an
// exception, edit with validation errors, resubmit once, meet a conflict, run a
// bulk job, export the view, and see why an action is unavailable.

#include "adminservice.h"
#include "backendconnection.h"
#include "commands/actioncontroller.h"
#include "consoletestutil.h"
#include "dialoganswer.h"
#include "eventfollower.h"
#include "exceptionlistmodel.h"
#include "exceptions/bulkdialog.h"
#include "exceptions/exceptionspage.h"
#include "exceptions/transactiondetail.h"
#include "jsonschema.h"
#include "payloadeditor/payloadeditor.h"
#include "session/logindialog.h"
#include "sessionservice.h"
#include "transactionsservice.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QTableWidget>
#include <QCheckBox>
#include "fieldlookup.h"
#include "errorgroupmodel.h"
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <algorithm>
#include <optional>

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
    void bulkPatchSetsTheFieldAsItsTypeAndResubmits_data();
    void bulkPatchSetsTheFieldAsItsTypeAndResubmits();
    void bulkPatchBadInputChangesNothing_data();
    void bulkPatchBadInputChangesNothing();
    void wholeGroupFixedInFewActions();
    void differentOffendingValuesGetOneReplacementEach();
    void exportWritesTheWholeView();
    void unavailableActionSaysWhy();
    void liveChangesKeepSelectionAndScrollPosition();
    void expiredSessionKeepsTheEditAndSendsItAfterSigningIn();
    void endedSessionKeepsTheEditAndSendsItAfterSigningIn();
    void revokedScopeKeepsTheEditAndSaysWhy();
    void anotherRowWithAnUnsavedEditAsksFirst();
    void resubmitWithAnUnsavedEditAsksFirst();
    void aLongStatusMessageTakesNoRoomFromTheList();
    void anEmptyListNamesTheChosenGroup();
    void filteringTheListKeepsAnUnsavedEdit();
    void deliveredTransactionShowsNoOverdueSla();
    void documentWithoutAmountShowsNone();

private:
    bool selectRow(int row);
    int rowOf(const std::function<bool(const Transaction &)> &pred) const;
    // Up to `count` listed rows of a flow, past the first rows other tests work on.
    QList<int> rowsOfFlow(const QString &flowId, int count) const;
    // Selects the rows and opens the bulk dialog through the Bulk action, as a clerk does.
    BulkDialog *openBulkDialog(const QList<int> &rows);
    // What a client reads from the backend now.
    std::optional<Transaction> fetch(const QString &id);
    QList<HistoryEntry> historyOf(const QString &id);
    static QString itemResult(QTreeWidget *items, const QString &businessKey, QString *why = nullptr);

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

QList<int> TestConsoleExceptionsUi::rowsOfFlow(const QString &flowId, int count) const
{
    QList<int> rows;
    for (int row = 4; row < m_page->model()->rowCount() && rows.size() < count; ++row) {
        const Transaction t = m_page->model()->transaction(row);
        if (t.flowId == flowId && t.isFailed())
            rows << row;
    }
    return rows;
}

BulkDialog *TestConsoleExceptionsUi::openBulkDialog(const QList<int> &rows)
{
    // The flow catalogue (and its schemas) has arrived: the flow filter lists the flows.
    auto *flows = m_page->findChild<QComboBox *>(QStringLiteral("flowFilter"));
    if (!flows || !QTest::qWaitFor([flows] { return flows->count() > 1; }, 10000))
        return nullptr;
    QItemSelection selection;
    for (int row : rows)
        selection.select(m_page->model()->index(row, 0), m_page->model()->index(row, 0));
    m_page->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QAction *bulk = m_page->actions()->action(ActionController::Bulk);
    if (!bulk->isEnabled() || m_page->actions()->selection().size() != rows.size())
        return nullptr;
    bulk->trigger();
    BulkDialog *dialog = nullptr;
    (void)QTest::qWaitFor([&] { return (dialog = m_page->findChild<BulkDialog *>()) != nullptr && dialog->isVisible(); }, 5000);
    return dialog;
}

std::optional<Transaction> TestConsoleExceptionsUi::fetch(const QString &id)
{
    TransactionsService client(m_connection.get());
    std::optional<Transaction> result;
    bool answered = false;
    client.get(id, true, this, [&](const ServiceError &e, const Transaction &t) {
        answered = true;
        if (e.isOk())
            result = t;
    });
    (void)QTest::qWaitFor([&] { return answered; }, 10000);
    return result;
}

QList<HistoryEntry> TestConsoleExceptionsUi::historyOf(const QString &id)
{
    TransactionsService client(m_connection.get());
    QList<HistoryEntry> result;
    bool answered = false;
    client.history(id, this, [&](const ServiceError &e, const QList<HistoryEntry> &entries) {
        answered = true;
        if (e.isOk())
            result = entries;
    });
    (void)QTest::qWaitFor([&] { return answered; }, 10000);
    return result;
}

QString TestConsoleExceptionsUi::itemResult(QTreeWidget *items, const QString &businessKey, QString *why)
{
    for (int i = 0; i < items->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = items->topLevelItem(i);
        if (item->text(0) == businessKey) {
            if (why)
                *why = item->text(3);
            return item->text(1);
        }
    }
    return {};
}

namespace {
int countActions(const QList<HistoryEntry> &history, const QString &what)
{
    return int(std::count_if(history.begin(), history.end(),
                             [&](const HistoryEntry &h) { return h.action.contains(what, Qt::CaseInsensitive); }));
}

// The steps of a transaction's route whose action names `what` (its hops, as GetTransaction returns them).
int countHops(const QList<Hop> &hops, const QString &what)
{
    return int(std::count_if(hops.begin(), hops.end(),
                             [&](const Hop &h) { return h.action.contains(what, Qt::CaseInsensitive); }));
}

// How often the history records the action, in the one vocabulary.
int countAction(const QList<HistoryEntry> &history, TransactionAction action)
{
    return int(std::count_if(history.begin(), history.end(),
                             [&](const HistoryEntry &h) { return h.transactionAction == action; }));
}

// Screenshots for a person to look at, when FLOWDESK_SHOTS_DIR names a folder.
void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FLOWDESK_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // laid out as a person would see it
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}
} // namespace

void TestConsoleExceptionsUi::openingAnExceptionShowsItsBusinessSummary()
{
    QVERIFY(selectRow(0));
    const Transaction t = m_page->detail()->transaction();
    const QString summary = m_page->detail()->summaryText();
    QVERIFY(summary.contains(t.businessKey));
    QVERIFY(summary.contains(t.counterparty));
    QVERIFY(summary.contains(t.currency));
    // A short fact wraps as a whole: its words are held together, the facts
    // part at their separators.
    auto *shown = m_page->detail()->findChild<QLabel *>(QStringLiteral("detailSummary"));
    QVERIFY(shown);
    const QChar nbsp(0x00A0);
    QVERIFY2(shown->text().contains(QStringLiteral("Counterparty:") + nbsp + QString(t.counterparty).replace(QLatin1Char(' '), nbsp)),
             qPrintable(shown->text()));
    QVERIFY2(shown->text().contains(QStringLiteral(" · ")), qPrintable(shown->text()));
    if (t.slaDeadline.isValid())
        QVERIFY2(shown->text().contains(QStringLiteral("SLA:") + nbsp), qPrintable(shown->text()));
    // The same order across systems: its key column only where a key differs
    // from this one's, so that the state and the route keep their room.
    auto *timeline = m_page->detail()->findChild<QTreeWidget *>(QStringLiteral("timelineTree"));
    QVERIFY(timeline);
    QTRY_VERIFY_WITH_TIMEOUT(timeline->topLevelItemCount() > 0, 10000);
    bool sameKey = true;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i)
        sameKey = sameKey && timeline->topLevelItem(i)->text(2) == t.businessKey;
    QCOMPARE(timeline->isColumnHidden(2), sameKey);
    // The shown transaction's row is in bold; its state's word fits its column whole.
    for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = timeline->topLevelItem(i);
        if (!item->font(3).bold())
            continue;
        QTRY_VERIFY2(QFontMetrics(item->font(3)).horizontalAdvance(item->text(3)) < timeline->columnWidth(3),
                     qPrintable(QStringLiteral("\"%1\" in %2 px").arg(item->text(3)).arg(timeline->columnWidth(3))));
    }
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
    const int resubmitsBefore = countActions(historyOf(t.id), QStringLiteral("resubmit"));
    const std::optional<Transaction> before = fetch(t.id);
    QVERIFY(before);
    QAction *resubmit = m_page->actions()->action(ActionController::Resubmit);
    QVERIFY(resubmit->isEnabled());
    QSignalSpy updated(m_page->actions(), &ActionController::transactionUpdated);
    QSignalSpy conflicts(m_page->actions(), &ActionController::conflictDetected);
    QSignalSpy errors(m_page->actions(), &ActionController::errorMessage);
    resubmit->trigger();
    QVERIFY(!resubmit->isEnabled()); // a second click is not a second delivery
    resubmit->trigger();
    QVERIFY(updated.wait(10000));
    const Transaction after = updated.first().first().value<Transaction>();
    QVERIFY(after.state != TransactionState::Failed);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->indexOf(t.id).isValid(), 10000);

    // What the backend recorded, once it shows the resubmit: exactly one, however
    // often the button was pressed, in the audit trail and in the route.
    QList<HistoryEntry> history;
    QTRY_VERIFY_WITH_TIMEOUT(
        countActions(history = historyOf(t.id), QStringLiteral("resubmit")) > resubmitsBefore, 10000);
    QCOMPARE(countActions(history, QStringLiteral("resubmit")), resubmitsBefore + 1);
    const std::optional<Transaction> now = fetch(t.id);
    QVERIFY(now);
    QCOMPARE(countHops(now->hops, QStringLiteral("resubmit")), countHops(before->hops, QStringLiteral("resubmit")) + 1);
    // And the console heard of one change, not two, and of no refused second attempt.
    QCOMPARE(updated.count(), 1);
    QCOMPARE(conflicts.count(), 0);
    QCOMPARE(errors.count(), 0);
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
    QVERIFY(m_page->detail()->payloadEditor()->isValid());

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

void TestConsoleExceptionsUi::bulkPatchSetsTheFieldAsItsTypeAndResubmits_data()
{
    QTest::addColumn<QString>("changedFlow");
    QTest::addColumn<QString>("refusedFlow"); // a flow whose payloads have no such field
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("expectText");
    QTest::addColumn<QString>("expectedValue");

    // A postal code is text even when it is all digits.
    QTest::newRow("digits for a text field stay text")
        << QStringLiteral("shopify-order-import") << QStringLiteral("crm-quote-to-order")
        << QStringLiteral("/shipping_address/postal_code") << QStringLiteral("10115") << true << QStringLiteral("10115");
    QTest::newRow("a number for a numeric field")
        << QStringLiteral("crm-quote-to-order") << QString() << QStringLiteral("/lines/0/discount_percent")
        << QStringLiteral("5") << false << QStringLiteral("5");
}

void TestConsoleExceptionsUi::bulkPatchSetsTheFieldAsItsTypeAndResubmits()
{
    QFETCH(QString, changedFlow);
    QFETCH(QString, refusedFlow);
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(bool, expectText);
    QFETCH(QString, expectedValue);

    const QList<int> changedRows = rowsOfFlow(changedFlow, 3);
    const QList<int> refusedRows = refusedFlow.isEmpty() ? QList<int>{} : rowsOfFlow(refusedFlow, 1);
    QVERIFY2(changedRows.size() >= 2, qPrintable(QStringLiteral("too few failed %1 in the list").arg(changedFlow)));
    QVERIFY(refusedFlow.isEmpty() || refusedRows.size() == 1);
    QList<Transaction> changed, refused;
    for (int row : changedRows)
        changed << m_page->model()->transaction(row);
    for (int row : refusedRows)
        refused << m_page->model()->transaction(row);
    QHash<QString, Transaction> before;
    QHash<QString, QList<HistoryEntry>> historyBefore;
    for (const Transaction &t : changed + refused) {
        const auto now = fetch(t.id);
        QVERIFY(now);
        before.insert(t.id, *now);
        historyBefore.insert(t.id, historyOf(t.id));
    }

    BulkDialog *dialog = openBulkDialog(changedRows + refusedRows);
    QVERIFY(dialog);
    auto *action = dialog->findChild<QComboBox *>(QStringLiteral("bulkActionCombo"));
    auto *path = dialog->findChild<QComboBox *>(QStringLiteral("bulkPatchField"));
    auto *value = dialog->findChild<QLineEdit *>(QStringLiteral("bulkPatchValue"));
    auto *hint = dialog->findChild<QLabel *>(QStringLiteral("bulkPatchHint"));
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("bulkSummary"));
    auto *items = dialog->findChild<QTreeWidget *>(QStringLiteral("bulkItems"));
    QVERIFY(action && path && value && hint && summary && items);
    action->setCurrentIndex(action->findData(int(BulkActionKind::PatchAndResubmit)));
    QVERIFY(path->isVisible() && value->isVisible());
    dialog->setPatch(field, QString());
    QTest::keyClicks(value, typed);
    QVERIFY(dialog->previewButton()->isEnabled());
    QVERIFY(!dialog->runButton()->isEnabled()); // preview first
    // The dialog says how it reads what was typed.
    QVERIFY2(hint->text().contains(expectText ? QStringLiteral("the text \"%1\"").arg(expectedValue)
                                              : QStringLiteral("the number %1").arg(expectedValue)),
             qPrintable(hint->text()));

    QSignalSpy previewed(dialog, &BulkDialog::previewFinished);
    QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
    QVERIFY(previewed.wait(20000));
    const int total = int(changed.size() + refused.size());
    QVERIFY2(summary->text().contains(QStringLiteral("%1 of %2 would change; %3 would be refused")
                                          .arg(changed.size()).arg(total).arg(refused.size())),
             qPrintable(summary->text()));
    for (const Transaction &t : changed)
        QCOMPARE(itemResult(items, t.businessKey), QStringLiteral("would change"));
    for (const Transaction &t : refused) {
        QString why;
        QCOMPARE(itemResult(items, t.businessKey, &why), QStringLiteral("refused"));
        QVERIFY2(why.contains(field.section(QLatin1Char('/'), 1, 1)), qPrintable(why)); // names the field
    }
    saveShot(dialog, QStringLiteral("bulk-patch-preview-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    // A preview changes nothing.
    for (const Transaction &t : changed + refused) {
        const auto now = fetch(t.id);
        QVERIFY(now);
        QCOMPARE(now->version, before.value(t.id).version);
        QCOMPARE(now->payloadJson, before.value(t.id).payloadJson);
    }

    QVERIFY(dialog->runButton()->isEnabled());
    QSignalSpy finished(dialog, &BulkDialog::jobFinished);
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    const BulkJob job = dialog->lastJob();
    QCOMPARE(job.state, BulkJob::State::Succeeded);
    QCOMPARE(job.succeeded, qint64(changed.size()));
    QCOMPARE(job.failed, qint64(refused.size()));
    QVERIFY2(summary->text().contains(QStringLiteral("%1 changed, %2 refused").arg(changed.size()).arg(refused.size())),
             qPrintable(summary->text()));
    // The per-item report names every transaction.
    QCOMPARE(dialog->reportedItemCount(), total);
    for (const Transaction &t : changed)
        QCOMPARE(itemResult(items, t.businessKey), QStringLiteral("changed"));
    for (const Transaction &t : refused)
        QCOMPARE(itemResult(items, t.businessKey), QStringLiteral("refused"));
    QVERIFY(!dialog->runButton()->isEnabled());

    // What a client reads afterwards: the new value, of the field's type, and one resubmission each.
    for (const Transaction &t : changed) {
        const auto now = fetch(t.id);
        QVERIFY(now);
        QVERIFY(now->version > before.value(t.id).version);
        const auto doc = parseJson(now->payloadJson);
        QVERIFY(doc);
        const JsonNode *node = doc->at(field);
        QVERIFY2(node, qPrintable(now->payloadJson));
        QCOMPARE(node->kind(), expectText ? JsonNode::Kind::String : JsonNode::Kind::Number);
        QCOMPARE(node->text(), expectedValue);
        const QList<HistoryEntry> history = historyOf(t.id);
        const QList<HistoryEntry> earlier = historyBefore.value(t.id);
        QCOMPARE(countActions(history, QStringLiteral("resubmit")), countActions(earlier, QStringLiteral("resubmit")) + 1);
        QCOMPARE(countActions(history, QStringLiteral("payload")), countActions(earlier, QStringLiteral("payload")) + 1);
        // The engine takes it up again: delivered, or failed anew after one more attempt.
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            const auto later = fetch(t.id);
            return later && (later->state == TransactionState::Delivered
                             || (later->state == TransactionState::Failed && later->attempts > before.value(t.id).attempts)
                             || later->hops.size() > before.value(t.id).hops.size() + 1);
        })(), 20000);
    }
    for (const Transaction &t : refused) {
        const auto now = fetch(t.id);
        QVERIFY(now);
        QCOMPARE(now->version, before.value(t.id).version);
        QCOMPARE(now->payloadJson, before.value(t.id).payloadJson);
        QCOMPARE(now->state, TransactionState::Failed);
    }
    dialog->close();
}

void TestConsoleExceptionsUi::bulkPatchBadInputChangesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("refusedBeforeSending");
    QTest::addColumn<QString>("message");

    QTest::newRow("not a path") << QStringLiteral("shipping_address/postal_code") << QStringLiteral("10115") << true
                                << QStringLiteral("path starting with /");
    QTest::newRow("bad escape") << QStringLiteral("/lines/0/u~m") << QStringLiteral("PCE") << true
                                << QStringLiteral("is not a field path");
    QTest::newRow("no such field") << QStringLiteral("/lines/0/discout_percent") << QStringLiteral("5") << true
                                   << QStringLiteral("No field /lines/0/discout_percent in the payloads of");
    QTest::newRow("text for a number") << QStringLiteral("/lines/0/discount_percent") << QStringLiteral("five") << true
                                       << QStringLiteral("takes a number");
    QTest::newRow("breaks the schema everywhere") << QStringLiteral("/lines/0/discount_percent")
                                                  << QStringLiteral("150") << false
                                                  << QStringLiteral("None of the 3 would change");
}

void TestConsoleExceptionsUi::bulkPatchBadInputChangesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(bool, refusedBeforeSending);
    QFETCH(QString, message);

    const QList<int> rows = rowsOfFlow(QStringLiteral("shopify-order-import"), 2)
        + rowsOfFlow(QStringLiteral("crm-quote-to-order"), 1);
    QCOMPARE(rows.size(), 3);
    QList<Transaction> selected;
    for (int row : rows) {
        const auto t = fetch(m_page->model()->transaction(row).id);
        QVERIFY(t);
        selected << *t;
    }
    BulkDialog *dialog = openBulkDialog(rows);
    QVERIFY(dialog);
    auto *action = dialog->findChild<QComboBox *>(QStringLiteral("bulkActionCombo"));
    auto *path = dialog->findChild<QComboBox *>(QStringLiteral("bulkPatchField"));
    auto *value = dialog->findChild<QLineEdit *>(QStringLiteral("bulkPatchValue"));
    auto *hint = dialog->findChild<QLabel *>(QStringLiteral("bulkPatchHint"));
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("bulkSummary"));
    auto *items = dialog->findChild<QTreeWidget *>(QStringLiteral("bulkItems"));
    QVERIFY(action && path && value && hint && summary && items);
    action->setCurrentIndex(action->findData(int(BulkActionKind::PatchAndResubmit)));
    dialog->setPatch(field, QString());
    QTest::keyClicks(value, typed);

    if (refusedBeforeSending) {
        // Said at once, beside the fields; nothing can be sent.
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(message), qPrintable(hint->text()));
        QVERIFY(!dialog->previewButton()->isEnabled());
        QVERIFY2(dialog->previewButton()->toolTip().contains(message), qPrintable(dialog->previewButton()->toolTip()));
        QVERIFY(!dialog->runButton()->isEnabled());
        dialog->preview(); // the shortcut or a stray click changes nothing either
        QVERIFY(summary->text().contains(message));
        QCOMPARE(dialog->lastJob().id, QString());
        if (QTest::currentDataTag() == QByteArray("no such field"))
            saveShot(dialog, QStringLiteral("bulk-patch-no-such-field"));
    } else {
        QVERIFY(dialog->previewButton()->isEnabled());
        QSignalSpy previewed(dialog, &BulkDialog::previewFinished);
        QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
        QVERIFY(previewed.wait(20000));
        QVERIFY2(summary->text().contains(message), qPrintable(summary->text()));
        for (const Transaction &t : selected) {
            QString why;
            QCOMPARE(itemResult(items, t.businessKey, &why), QStringLiteral("refused"));
            QVERIFY2(why.contains(QStringLiteral("/lines/0/discount_percent")) && why.contains(QStringLiteral("100")),
                     qPrintable(why));
        }
        // Nothing to run.
        QVERIFY(!dialog->runButton()->isEnabled());
        QVERIFY2(dialog->runButton()->toolTip().contains(QStringLiteral("Nothing would change")),
                 qPrintable(dialog->runButton()->toolTip()));
        saveShot(dialog, QStringLiteral("bulk-patch-all-refused"));
    }
    // The backend is as it was.
    for (const Transaction &t : selected) {
        const auto now = fetch(t.id);
        QVERIFY(now);
        QCOMPARE(now->version, t.version);
        QCOMPARE(now->payloadJson, t.payloadJson);
        QCOMPARE(now->state, TransactionState::Failed);
    }
    dialog->close();
}

// The clerk's journey on the demo's price-book incident: the exact group of orders
// whose unit "EA" the ERP does not know is fixed through real widgets, each click,
// key chord and typed field counted.
void TestConsoleExceptionsUi::wholeGroupFixedInFewActions()
{
    auto *flows = m_page->findChild<QComboBox *>(QStringLiteral("flowFilter"));
    QVERIFY(flows && QTest::qWaitFor([flows] { return flows->count() > 1; }, 10000));
    auto *groups = m_page->findChild<QTableView *>(QStringLiteral("errorGroupsTable"));
    QVERIFY(groups);
    int groupRow = -1;
    ErrorGroup group;
    QVERIFY(QTest::qWaitFor([&] {
        for (int row = 0; row < groups->model()->rowCount(); ++row) {
            const ErrorGroup g = m_page->groupModel()->group(groups->model()->index(row, 0));
            if (g.offendingValue == QLatin1String("EA") && g.flowId == QLatin1String("crm-quote-to-order")) {
                groupRow = row;
                group = g;
                return true;
            }
        }
        return false;
    }, 10000));
    QVERIFY2(group.count >= 50, qPrintable(QString::number(group.count)));
    QVERIFY(!group.fieldPath.isEmpty());
    int actions = 0;
    QElapsedTimer waited;
    qint64 waitedMs = 0;

    // 1: the group, one click.
    groups->scrollTo(groups->model()->index(groupRow, 0));
    QTest::mouseClick(groups->viewport(), Qt::LeftButton, {},
                      groups->visualRect(groups->model()->index(groupRow, 0)).center());
    ++actions;
    QVERIFY(QTest::qWaitFor([&] { return m_page->model()->query().errorGroup == group.group; }, 5000));
    // 2: the bulk fix, Ctrl+B.
    QTest::keyClick(m_page->view(), Qt::Key_B, Qt::ControlModifier);
    ++actions;
    BulkDialog *dialog = nullptr;
    waited.start();
    QVERIFY(QTest::qWaitFor([&] { return (dialog = m_page->findChild<BulkDialog *>()) && dialog->isVisible(); }, 5000));
    waitedMs += waited.elapsed();
    // The field the errors name is chosen, the action is setting it.
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("bulkActionCombo"))->currentData().toInt(),
             int(BulkActionKind::PatchAndResubmit));
    QCOMPARE(dialog->patchPath(), fieldPattern(group.fieldPath));
    QVERIFY(!dialog->valueTable()->isVisible()); // one offending value, one replacement
    // 3: the new value, one typed field.
    QTest::keyClicks(dialog->valueEdit(), QStringLiteral("PCE"));
    ++actions;
    // 4: preview.
    QSignalSpy previewed(dialog, &BulkDialog::previewFinished);
    waited.restart();
    QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
    ++actions;
    QVERIFY(previewed.wait(20000));
    waitedMs += waited.elapsed();
    const BulkJob preview = dialog->lastJob();
    QVERIFY(preview.dryRun);
    QCOMPARE(preview.total, group.count);
    QVERIFY2(preview.succeeded > 0, qPrintable(dialog->summaryText()));
    QVERIFY(dialog->reportedItemCount() > 0);
    // Every item of the group by its order number, with what the fix writes
    // into it: the clerk checks the change before running it.
    for (int i = 0; i < dialog->itemsView()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = dialog->itemsView()->topLevelItem(i);
        QVERIFY2(row->text(0).startsWith(QLatin1String("SO")), qPrintable(row->text(0)));
        if (row->data(0, Qt::UserRole).toBool())
            QVERIFY2(row->text(2) == QStringLiteral("EA \u2192 PCE")
                         || QRegularExpression(QStringLiteral("^EA \u2192 PCE \\(\\d+ times\\)$")).match(row->text(2)).hasMatch(),
                     qPrintable(row->text(2)));
    }
    // The refused ones alone, when asked.
    dialog->refusedOnlyBox()->setChecked(true);
    int visible = 0;
    for (int i = 0; i < dialog->itemsView()->topLevelItemCount(); ++i)
        visible += dialog->itemsView()->topLevelItem(i)->isHidden() ? 0 : 1;
    int refusedItems = 0;
    for (const BulkItemResult &item : preview.items)
        refusedItems += item.ok ? 0 : 1;
    QCOMPARE(visible, refusedItems);
    dialog->refusedOnlyBox()->setChecked(false);
    // 5: run.
    QVERIFY(dialog->runButton()->isEnabled());
    QSignalSpy finished(dialog, &BulkDialog::jobFinished);
    waited.restart();
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    ++actions;
    QVERIFY(finished.wait(30000));
    waitedMs += waited.elapsed();
    const BulkJob job = dialog->lastJob();
    QCOMPARE(job.state, BulkJob::State::Succeeded);
    QCOMPARE(job.succeeded, preview.succeeded);
    QVERIFY2(actions <= 8, qPrintable(QString::number(actions)));
    QVERIFY2(waitedMs <= 10000, qPrintable(QString::number(waitedMs)));
    saveShot(dialog, QStringLiteral("bulk-group-fix"));
    // The results stay in the dialog after the run: every item by its order
    // number, changed ones with their change, refused ones with why.
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->summaryText().contains(QString::number(job.succeeded)));
    QCOMPARE(qint64(dialog->reportedItemCount()), job.succeeded + job.failed);
    int changedRows = 0;
    for (int i = 0; i < dialog->itemsView()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = dialog->itemsView()->topLevelItem(i);
        QVERIFY2(row->text(0).startsWith(QLatin1String("SO")), qPrintable(row->text(0)));
        if (!row->data(0, Qt::UserRole).toBool())
            continue;
        ++changedRows;
        QCOMPARE(row->text(1), QStringLiteral("changed"));
        QVERIFY2(row->text(2).startsWith(QStringLiteral("EA \u2192 PCE")), qPrintable(row->text(2)));
    }
    QCOMPARE(qint64(changedRows), job.succeeded);
    // The job has run: neither it nor its preview is offered again.
    QVERIFY(!dialog->runButton()->isEnabled());
    QVERIFY(!dialog->previewButton()->isEnabled());
    // The dialog names the group in business words, not by its code.
    const auto *heading = dialog->findChild<QLabel *>(QStringLiteral("bulkWhat"));
    QVERIFY(heading);
    QVERIFY2(!heading->text().contains(group.code), qPrintable(heading->text()));
    QVERIFY2(heading->text().contains(QStringLiteral("Unit \"EA\"")), qPrintable(heading->text()));
    dialog->close();
}

// Orders whose errors name the same field with different values: one replacement
// per value, sent per value; one value is never written into different problems.
void TestConsoleExceptionsUi::differentOffendingValuesGetOneReplacementEach()
{
    // Two failed rows of one flow whose errors name the same field with different values
    // (the field as their exact groups name it).
    const auto fieldOf = [this](const Transaction &t) {
        if (!t.error.fieldPath.isEmpty())
            return t.error.fieldPath;
        const QModelIndex g = m_page->groupModel()->indexOf(t.error.group);
        return g.isValid() ? m_page->groupModel()->group(g).fieldPath : QString();
    };
    QVERIFY(QTest::qWaitFor([this] { return m_page->groupModel()->rowCount() > 0; }, 10000));
    QList<int> rows;
    QString pattern;
    for (int a = 4; a < m_page->model()->rowCount() && rows.isEmpty(); ++a) {
        Transaction ta = m_page->model()->transaction(a);
        ta.error.fieldPath = fieldOf(ta);
        if (!ta.isFailed() || ta.error.fieldPath.isEmpty() || ta.error.offendingValue.isEmpty())
            continue;
        for (int b = a + 1; b < m_page->model()->rowCount(); ++b) {
            Transaction tb = m_page->model()->transaction(b);
            tb.error.fieldPath = fieldOf(tb);
            if (tb.isFailed() && tb.flowId == ta.flowId && fieldPattern(tb.error.fieldPath) == fieldPattern(ta.error.fieldPath)
                && !tb.error.offendingValue.isEmpty() && tb.error.offendingValue != ta.error.offendingValue) {
                rows = {a, b};
                pattern = fieldPattern(ta.error.fieldPath);
                break;
            }
        }
    }
    QVERIFY2(rows.size() == 2, "no two failures naming one field with different values");
    const Transaction first = m_page->model()->transaction(rows[0]);
    const Transaction second = m_page->model()->transaction(rows[1]);
    BulkDialog *dialog = openBulkDialog(rows);
    QVERIFY(dialog);
    QCOMPARE(dialog->patchPath(), pattern);
    QVERIFY(dialog->valueTable()->isVisible());
    QCOMPARE(dialog->valueTable()->rowCount(), 2);
    QCOMPARE(dialog->offendingValues().value(first.error.offendingValue), 1);
    QCOMPARE(dialog->offendingValues().value(second.error.offendingValue), 1);
    QVERIFY(!dialog->valueEdit()->isEnabled());
    // A missing replacement is said before anything is sent.
    dialog->setReplacement(first.error.offendingValue, QStringLiteral("NEW-1"));
    QVERIFY(!dialog->previewButton()->isEnabled());
    QVERIFY2(dialog->previewButton()->toolTip().contains(second.error.offendingValue),
             qPrintable(dialog->previewButton()->toolTip()));
    dialog->setReplacement(second.error.offendingValue, QStringLiteral("NEW-2"));
    QVERIFY(dialog->previewButton()->isEnabled());
    QSignalSpy previewed(dialog, &BulkDialog::previewFinished);
    QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
    QVERIFY(previewed.wait(20000));
    // The server took the per-value patch (no "several offending values" refusal).
    const BulkJob preview = dialog->lastJob();
    QVERIFY2(!preview.id.isEmpty() && preview.dryRun, qPrintable(dialog->summaryText()));
    QCOMPARE(preview.total, qint64(2));
    saveShot(dialog, QStringLiteral("bulk-per-value"));
    dialog->close();
}

void TestConsoleExceptionsUi::exportWritesTheWholeView()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exceptions.csv"));
    // The view as the server counts it just before and just after the export:
    // a retry of an earlier case that ends meanwhile may change it.
    auto serverTotal = [&] {
        int total = -1;
        bool done = false;
        m_service->list(m_page->model()->query(), QString(), 1, this,
                        [&](const ServiceError &error, const TransactionPage &page) {
                            if (error.isOk())
                                total = page.totalSize;
                            done = true;
                        });
        return QTest::qWaitFor([&] { return done; }, 20000) ? total : -1;
    };
    const int before = serverTotal();
    QSignalSpy exported(m_page, &ExceptionsPage::exportFinished);
    m_page->exportCsv(path);
    QVERIFY(exported.wait(20000));
    const int after = serverTotal();
    QVERIFY(before > 0 && after > 0);
    QCOMPARE(exported.first().at(2).toString(), QString());
    const int rows = exported.first().at(1).toInt();
    QVERIFY2(rows >= std::min(before, after) && rows <= std::max(before, after),
             qPrintable(QStringLiteral("%1 rows exported, the view held %2 before and %3 after")
                            .arg(rows).arg(before).arg(after)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size() - 1, rows + 1); // header, rows, final newline
    QCOMPARE(csv.count("\r\n"), rows + 1); // RFC 4180 line ends
    // Every transaction once (its id is the last column).
    QSet<QByteArray> ids;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i)
        ids.insert(lines[i].mid(lines[i].lastIndexOf(',') + 1).trimmed());
    QCOMPARE(ids.size(), rows);
    QVERIFY(lines.first().startsWith("Business key,"));
    // The amount as a number a spreadsheet can sum, the currency beside it.
    QVERIFY2(lines.first().contains(",Amount,Currency,"), lines.first().constData());
    const Transaction first = m_page->model()->transaction(0);
    QVERIFY(!first.currency.isEmpty());
    const QByteArray amount = ',' + CsvWriter::decimalAmount(first.amountMinor, first.currency).toUtf8() + ','
        + first.currency.toUtf8() + ',';
    QVERIFY2(std::any_of(lines.begin(), lines.end(),
                         [&](const QByteArray &line) { return line.startsWith(first.businessKey.toUtf8() + ',') && line.contains(amount); }),
             amount.constData());
}

void TestConsoleExceptionsUi::liveChangesKeepSelectionAndScrollPosition()
{
    // A page that follows the backend's event feed.
    const QString probeId = m_page->model()->transaction(0).id;
    delete m_page;
    m_page = nullptr;
    EventFollower events(m_connection.get());
    QSignalSpy streaming(&events, &EventFollower::streamStarted);
    events.start(-1);
    QVERIFY(QTest::qWaitFor([&] { return streaming.count() > 0 || events.isStreaming(); }, 10000));
    // The stream is open on the server too once an event comes through it: someone
    // comments on a transaction until one does (a comment sent before the server
    // followed the feed is not replayed).
    QSignalSpy received(&events, &EventFollower::eventsReceived);
    TransactionsService commenter(m_connection.get());
    for (int attempt = 0; attempt < 20 && received.isEmpty(); ++attempt) {
        bool commented = false;
        commenter.apply(Mutation::comment(probeId, 0, QStringLiteral("following the feed")), this,
                        [&](const MutationResult &r) {
            QVERIFY2(r.error.isOk(), qPrintable(r.error.serverMessage));
            commented = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return commented; }, 10000));
        (void)received.wait(500);
    }
    QVERIFY2(!received.isEmpty(), "no event came through the feed");
    m_page = new ExceptionsPage(m_service, m_session.get(), &events);
    m_page->actions()->setInteractive(false);
    m_page->resize(1500, 500);
    m_page->show();
    QVERIFY(QTest::qWaitFor([this] { return m_page->model()->hasLoadedOnce(); }, 10000));
    QVERIFY(m_page->model()->rowCount() > 30);

    QTableView *view = m_page->view();
    view->scrollTo(m_page->model()->index(15, 0), QAbstractItemView::PositionAtTop);
    QVERIFY(selectRow(18));
    QTRY_VERIFY(view->rowAt(0) > 3);
    const int topRow = view->rowAt(0);
    const QString topId = m_page->model()->transaction(topRow).id;
    const QString selectedId = m_page->model()->transaction(18).id;

    // Someone else resolves an exception above what the person looks at.
    const Transaction gone = m_page->model()->transaction(3);
    TransactionsService someoneElse(m_connection.get());
    bool done = false;
    someoneElse.apply(Mutation::resolveManually(gone.id, gone.version, QStringLiteral("booked by hand in Odoo")), this,
                      [&](const MutationResult &r) {
        QVERIFY2(r.isOk(), qPrintable(r.error.serverMessage));
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return !m_page->model()->indexOf(gone.id).isValid(); }, 10000));

    // The same rows stay in view and selected.
    QTRY_COMPARE(m_page->model()->transaction(view->rowAt(0)).id, topId);
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(m_page->model()->transaction(selected.first()).id, selectedId);
    QCOMPARE(m_page->detail()->transactionId(), selectedId);
    delete m_page;
    m_page = nullptr;
    events.stop();
}

namespace {
// A console's connection to one backend: session and workbench service.
struct Client
{
    BackendConnection connection;
    SessionService session{&connection};
    TransactionsService service{&connection};

    bool signIn(const QString &target, const QString &user, const QString &password = {})
    {
        connection.setTarget(target);
        QSignalSpy ok(&session, &SessionService::loggedIn);
        QSignalSpy failed(&session, &SessionService::loginFailed);
        session.login(user, password.isEmpty() ? QStringLiteral("demo-") + user : password);
        return QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 15000) && ok.count() == 1;
    }
    std::optional<Transaction> get(const QString &id)
    {
        std::optional<Transaction> result;
        bool answered = false;
        QObject context;
        service.get(id, true, &context, [&](const ServiceError &e, const Transaction &t) {
            answered = true;
            if (e.isOk())
                result = t;
        });
        (void)QTest::qWaitFor([&] { return answered; }, 15000);
        return result;
    }
    QList<HistoryEntry> history(const QString &id)
    {
        QList<HistoryEntry> result;
        bool answered = false;
        QObject context;
        service.history(id, &context, [&](const ServiceError &e, const QList<HistoryEntry> &entries) {
            answered = true;
            if (e.isOk())
                result = entries;
        });
        (void)QTest::qWaitFor([&] { return answered; }, 15000);
        return result;
    }
};

// What a client reads from the backend, as a fresh sign-in of `user`.
std::optional<Transaction> readAs(const QString &target, const QString &user, const QString &id,
                                  QList<HistoryEntry> *history = nullptr)
{
    Client client;
    if (!client.signIn(target, user))
        return std::nullopt;
    if (history)
        *history = client.history(id);
    return client.get(id);
}

// The Exceptions page of a signed-in console, shown, its actions not asking back.
std::unique_ptr<ExceptionsPage> showPage(Client &console)
{
    auto page = std::make_unique<ExceptionsPage>(&console.service, &console.session, nullptr);
    page->actions()->setInteractive(false);
    page->resize(1500, 900);
    page->show();
    return page;
}

// Types a new customer name over the old one; true once the form counts it as an edit.
bool typeCorrection(ExceptionsPage *page, QLineEdit *name, const QString &typed)
{
    name->selectAll();
    QTest::keyClicks(name, typed);
    return QTest::qWaitFor([page] { return page->detail()->payloadEditor()->isModified(); }, 5000);
}

// Signs in again in the console's prompt for an ended session, as the person would.
bool signInAgain(QWidget *parent, Client &console, const QString &user, const QString &password)
{
    LoginDialog prompt(&console.session, &console.connection, parent);
    prompt.setReloginMode(user);
    prompt.show();
    if (!QTest::qWaitForWindowExposed(&prompt))
        return false;
    auto *passwordEdit = prompt.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *signIn = prompt.findChild<QPushButton *>(QStringLiteral("signInButton"));
    if (!passwordEdit || !signIn)
        return false;
    QTest::keyClicks(passwordEdit, password);
    QSignalSpy accepted(&prompt, &QDialog::accepted);
    QTest::mouseClick(signIn, Qt::LeftButton);
    return accepted.wait(15000);
}

// Shows the Exceptions page and opens a failed sales transaction whose payload form
// has the customer's name; returns the name field.
QLineEdit *openSalesTransaction(ExceptionsPage *page, Transaction *opened)
{
    if (!QTest::qWaitFor([page] { return page->model()->hasLoadedOnce(); }, 20000))
        return nullptr;
    auto *flows = page->findChild<QComboBox *>(QStringLiteral("flowFilter"));
    if (!flows || !QTest::qWaitFor([flows] { return flows->count() > 1; }, 15000))
        return nullptr;
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        const Transaction t = page->model()->transaction(row);
        if (t.flowId != QLatin1String("crm-quote-to-order") || !t.isFailed())
            continue;
        QSignalSpy loaded(page->detail(), &TransactionDetail::loaded);
        page->view()->selectRow(row);
        if (!QTest::qWaitFor([&] { return page->detail()->transaction().id == t.id && page->detail()->transaction().full; }, 15000))
            return nullptr;
        auto *name = page->detail()->payloadEditor()->findChild<QLineEdit *>(QStringLiteral("/customer/name"));
        if (!name)
            return nullptr;
        *opened = page->detail()->transaction();
        return name;
    }
    return nullptr;
}

QString payloadText(const QString &payloadJson, const QString &pointer)
{
    const auto doc = parseJson(payloadJson);
    const JsonNode *node = doc ? doc->at(pointer) : nullptr;
    return node ? node->text() : QString();
}
} // namespace

void TestConsoleExceptionsUi::expiredSessionKeepsTheEditAndSendsItAfterSigningIn()
{
    BackendProcess backend({QStringLiteral("--no-traffic"), QStringLiteral("--session-ttl"), QStringLiteral("4")});
    QVERIFY2(backend.start(), qPrintable(backend.errorText()));
    Client console;
    // While the page is set up, every expiry is answered by signing in again, as the
    // console's sign-in prompt would be.
    const QMetaObject::Connection relogin = connect(&console.session, &SessionService::sessionExpired, this, [&] {
        console.session.login(QStringLiteral("operator"), QStringLiteral("demo-operator"));
    });
    QVERIFY(console.signIn(backend.target(), QStringLiteral("operator")));
    auto page = showPage(console);
    Transaction t;
    QLineEdit *name = openSalesTransaction(page.get(), &t);
    QVERIFY(name);
    disconnect(relogin);

    // A fresh session; the person types a correction and leaves it for a while.
    QVERIFY(console.signIn(backend.target(), QStringLiteral("operator")));
    QSignalSpy expired(&console.session, &SessionService::sessionExpired);
    const QString typed = QStringLiteral("Kessler Antriebe GmbH");
    QVERIFY(typeCorrection(page.get(), name, typed));
    QTRY_VERIFY_WITH_TIMEOUT(expired.count() > 0, 20000);
    auto *status = page->findChild<QLabel *>(QStringLiteral("exceptionsStatus"));
    QVERIFY(status);
    QTRY_VERIFY2(status->text().contains(QStringLiteral("session has expired")), qPrintable(status->text()));

    // Save and resubmit now: the call waits for the next sign-in instead of failing.
    QSignalSpy updated(page->actions(), &ActionController::transactionUpdated);
    QSignalSpy errors(page->actions(), &ActionController::errorMessage);
    QPushButton *saveResubmit = page->detail()->saveAndResubmitButton();
    QTRY_VERIFY(saveResubmit->isEnabled());
    QTest::mouseClick(saveResubmit, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(console.connection.pendingCallCount(), 1, 15000);
    QTRY_VERIFY2(status->text().contains(QStringLiteral("Sign in again")) && status->text().contains(QStringLiteral("waits")),
                 qPrintable(status->text()));
    QVERIFY(status->isVisible());
    saveShot(page.get(), QStringLiteral("session-expired-change-waits"));
    QCOMPARE(name->text(), typed);
    QVERIFY(page->detail()->payloadEditor()->isModified());
    QCOMPARE(errors.count(), 0);
    QCOMPARE(updated.count(), 0);
    const auto untouched = readAs(backend.target(), QStringLiteral("operator"), t.id);
    QVERIFY(untouched);
    QCOMPARE(untouched->version, t.version);

    // The person signs in again in the console's prompt; the change goes out by itself, once.
    QVERIFY(signInAgain(page.get(), console, QStringLiteral("operator"), QStringLiteral("demo-operator")));
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 15000); // saved and resubmitted in one change
    QCOMPARE(errors.count(), 0);
    QCOMPARE(console.connection.pendingCallCount(), 0);
    QVERIFY(!status->text().contains(QStringLiteral("session has expired")));

    QList<HistoryEntry> history;
    const auto after = readAs(backend.target(), QStringLiteral("operator"), t.id, &history);
    QVERIFY(after);
    QCOMPARE(payloadText(after->payloadJson, QStringLiteral("/customer/name")), typed);
    // One change, recorded as the correction and the resubmit.
    QCOMPARE(countAction(history, TransactionAction::EditPayload), 1);
    QCOMPARE(countAction(history, TransactionAction::Resubmit), 1);
}

// IT resets the operator's password while a correction is typed: the server
// no longer knows the session. The change waits, the person is asked to sign
// in (with the new password), then it goes out once.
void TestConsoleExceptionsUi::endedSessionKeepsTheEditAndSendsItAfterSigningIn()
{
    BackendProcess backend({QStringLiteral("--no-traffic")});
    QVERIFY2(backend.start(), qPrintable(backend.errorText()));
    Client console;
    QVERIFY(console.signIn(backend.target(), QStringLiteral("operator")));
    auto page = showPage(console);
    Transaction t;
    QLineEdit *name = openSalesTransaction(page.get(), &t);
    QVERIFY(name);
    const QString typed = QStringLiteral("Kessler Antriebe GmbH");
    QVERIFY(typeCorrection(page.get(), name, typed));

    const QString newPassword = QStringLiteral("a fresh passphrase 2026");
    // Watched from before the reset: a call of the page's own (its event
    // stream, a refresh) may meet the ended session before the save does.
    QSignalSpy expired(&console.session, &SessionService::sessionExpired);
    {
        Client it;
        QVERIFY(it.signIn(backend.target(), QStringLiteral("admin")));
        AdminService admin(&it.connection);
        std::optional<ServiceError> result;
        admin.resetPassword(this, QStringLiteral("operator"), newPassword,
                            [&](const ServiceError &e) { result = e; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        QVERIFY2(result->isOk(), qPrintable(result->serverMessage));
    }

    QSignalSpy updated(page->actions(), &ActionController::transactionUpdated);
    QSignalSpy errors(page->actions(), &ActionController::errorMessage);
    QPushButton *saveResubmit = page->detail()->saveAndResubmitButton();
    QTRY_VERIFY(saveResubmit->isEnabled());
    QTest::mouseClick(saveResubmit, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(expired.count() > 0, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(console.connection.pendingCallCount(), 1, 15000);
    auto *status = page->findChild<QLabel *>(QStringLiteral("exceptionsStatus"));
    QVERIFY(status);
    QTRY_VERIFY2(status->text().contains(QStringLiteral("Sign in again")), qPrintable(status->text()));
    QCOMPARE(name->text(), typed);
    QVERIFY(page->detail()->payloadEditor()->isModified());
    QCOMPARE(errors.count(), 0);
    QCOMPARE(updated.count(), 0);

    // The old password no longer works; the new one does, and the change goes out.
    QVERIFY(signInAgain(page.get(), console, QStringLiteral("operator"), newPassword));
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 15000); // saved and resubmitted in one change
    QCOMPARE(errors.count(), 0);
    QCOMPARE(console.connection.pendingCallCount(), 0);

    Client check;
    QVERIFY(check.signIn(backend.target(), QStringLiteral("operator"), newPassword));
    const QList<HistoryEntry> history = check.history(t.id);
    const auto after = check.get(t.id);
    QVERIFY(after);
    QCOMPARE(payloadText(after->payloadJson, QStringLiteral("/customer/name")), typed);
    // One change, recorded as the correction and the resubmit.
    QCOMPARE(countAction(history, TransactionAction::EditPayload), 1);
    QCOMPARE(countAction(history, TransactionAction::Resubmit), 1);
}

void TestConsoleExceptionsUi::revokedScopeKeepsTheEditAndSaysWhy()
{
    // A backend of its own: the operator's scope changes here.
    BackendProcess backend({QStringLiteral("--no-traffic")});
    QVERIFY2(backend.start(), qPrintable(backend.errorText()));
    Client console;
    QVERIFY(console.signIn(backend.target(), QStringLiteral("operator")));
    auto page = showPage(console);
    Transaction t;
    QLineEdit *name = openSalesTransaction(page.get(), &t);
    QVERIFY(name);
    QCOMPARE(t.domain, QStringLiteral("sales"));
    const QString typed = QStringLiteral("Kessler Antriebe GmbH");
    QVERIFY(typeCorrection(page.get(), name, typed));
    QPushButton *save = page->detail()->saveButton();
    QTRY_VERIFY(save->isEnabled());

    // Meanwhile IT takes sales away from the operator.
    {
        Client it;
        QVERIFY(it.signIn(backend.target(), QStringLiteral("admin")));
        AdminService admin(&it.connection);
        UserChange change;
        change.username = QStringLiteral("operator");
        change.domains = {QStringLiteral("finance")};
        change.changed = {QStringLiteral("domains")};
        std::optional<ServiceError> result;
        admin.updateUser(this, change, [&](const ServiceError &e, const AdminUser &) { result = e; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        QVERIFY2(result->isOk(), qPrintable(result->serverMessage));
    }

    QSignalSpy errors(page->actions(), &ActionController::errorMessage);
    QSignalSpy refreshed(&console.session, &SessionService::userRefreshed);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 15000);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(t.businessKey) && message.contains(QStringLiteral("no longer within your scope"))
                 && message.contains(QStringLiteral("stays in the form")),
             qPrintable(message));
    auto *status = page->findChild<QLabel *>(QStringLiteral("exceptionsStatus"));
    QVERIFY(status && status->isVisible());
    QCOMPARE(status->text(), message);
    saveShot(page.get(), QStringLiteral("scope-revoked"));

    // The session's rights are fetched again; the actions say why they are off.
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 15000);
    QCOMPARE(console.session.session().user.domains, QStringList{QStringLiteral("finance")});
    QTRY_VERIFY(!save->isEnabled());
    QVERIFY2(save->toolTip().contains(QStringLiteral("not among your domains")), qPrintable(save->toolTip()));
    QVERIFY(!page->detail()->saveAndResubmitButton()->isEnabled());
    QAction *resubmit = page->actions()->action(ActionController::Resubmit);
    QVERIFY(!resubmit->isEnabled());
    QVERIFY2(resubmit->toolTip().contains(QStringLiteral("Sales")) && resubmit->toolTip().contains(QStringLiteral("Finance")),
             qPrintable(resubmit->toolTip()));

    // What was typed is still there; the backend has the old payload.
    QCOMPARE(page->detail()->transactionId(), t.id);
    QCOMPARE(name->text(), typed);
    QVERIFY(page->detail()->payloadEditor()->isModified());
    const auto after = readAs(backend.target(), QStringLiteral("admin"), t.id);
    QVERIFY(after);
    QCOMPARE(after->version, t.version);
    QVERIFY(payloadText(after->payloadJson, QStringLiteral("/customer/name")) != typed);
}

void TestConsoleExceptionsUi::unavailableActionSaysWhy()
{
    // A plant supervisor reads exceptions; the backend says what they may not do, and why.
    Client viewer;
    QVERIFY(viewer.signIn(m_backend->target(), QStringLiteral("viewer")));
    auto page = showPage(viewer);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->hasLoadedOnce(), 15000);
    QVERIFY2(page->model()->rowCount() > 0, "the viewer's plant has no failed transaction in the demo data");
    QSignalSpy loaded(page->detail(), &TransactionDetail::loaded);
    page->view()->selectRow(0);
    QVERIFY(loaded.wait(10000));
    for (auto id : {ActionController::Resubmit, ActionController::Discard, ActionController::AssignToMe,
                    ActionController::Bulk}) {
        QAction *a = page->actions()->action(id);
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QVERIFY2(a->toolTip().contains(roleName(Role::Viewer)), qPrintable(a->toolTip()));
    }
    QVERIFY(!page->detail()->saveButton()->isEnabled());
    // The triage button looks as unavailable as its menu is, and says why.
    auto *viewerTriage = page->detail()->findChild<QToolButton *>(QStringLiteral("triageButton"));
    QVERIFY(viewerTriage);
    QVERIFY(!viewerTriage->isEnabled());
    QVERIFY2(viewerTriage->toolTip().contains(roleName(Role::Viewer)), qPrintable(viewerTriage->toolTip()));
    page.reset();

    // Several rows selected: one-item actions point to the bulk action.
    QVERIFY(selectRow(0));
    auto *triage = m_page->detail()->findChild<QToolButton *>(QStringLiteral("triageButton"));
    QVERIFY(triage);
    QTRY_VERIFY(triage->isEnabled());
    m_page->view()->selectionModel()->select(
        QItemSelection(m_page->model()->index(0, 0), m_page->model()->index(2, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QAction *resubmit = m_page->actions()->action(ActionController::Resubmit);
    QVERIFY(!resubmit->isEnabled());
    QVERIFY(resubmit->toolTip().contains(QLatin1String("Bulk")));
    QVERIFY(m_page->actions()->action(ActionController::Bulk)->isEnabled());
    QVERIFY(!triage->isEnabled());
    QVERIFY(!triage->toolTip().isEmpty());
    m_page->view()->selectionModel()->select(m_page->model()->index(0, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_VERIFY(triage->isEnabled());
}

namespace {
// Clicks a row as a person does (the view's own selection handling).
void clickRow(ExceptionsPage *page, int row)
{
    const QModelIndex index = page->model()->index(row, 1);
    page->view()->scrollTo(index);
    QTest::mouseClick(page->view()->viewport(), Qt::LeftButton, {}, page->view()->visualRect(index).center());
}
} // namespace

// An unsaved payload edit is never dropped silently: choosing another row asks
// Save / Discard / Cancel; Cancel stays on the edit, Discard drops it, Save saves it.
void TestConsoleExceptionsUi::anotherRowWithAnUnsavedEditAsksFirst()
{
    Transaction t;
    QLineEdit *name = openSalesTransaction(m_page, &t);
    QVERIFY(name);
    const int editedRow = m_page->model()->indexOf(t.id).row();
    const int otherRow = editedRow == 0 ? 1 : 0;
    const QString otherId = m_page->model()->transaction(otherRow).id;
    QVERIFY(otherId != t.id);

    // Cancel: the selection and the detail stay on the edit.
    const QString typed = QStringLiteral("Kessler Antriebe GmbH");
    QVERIFY(typeCorrection(m_page, name, typed));
    auto cancel = answerNextDialog(QStringLiteral("cancelEditButton"), QStringLiteral("unsavedEditDialog"));
    clickRow(m_page, otherRow);
    QTRY_VERIFY(cancel->asked);
    QVERIFY2(cancel->text.contains(t.businessKey), qPrintable(cancel->text));
    QTRY_COMPARE(m_page->view()->selectionModel()->selectedRows().value(0).row(), editedRow);
    QCOMPARE(m_page->view()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(m_page->detail()->transactionId(), t.id);
    QCOMPARE(name->text(), typed);
    QVERIFY(m_page->detail()->hasUnsavedEdit());
    QCOMPARE(m_page->actions()->selection().value(0).id, t.id);

    // Discard: the other row opens, nothing reached the server.
    auto discard = answerNextDialog(QStringLiteral("discardEditButton"), QStringLiteral("unsavedEditDialog"));
    clickRow(m_page, otherRow);
    QTRY_VERIFY(discard->asked);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->detail()->transactionId(), otherId, 10000);
    QVERIFY2(!m_page->detail()->hasUnsavedEdit(),
             qPrintable(otherId + QLatin1Char(' ') + m_page->model()->transaction(otherRow).flowId + QLatin1Char(' ')
                        + m_page->model()->transaction(otherRow).error.code + QLatin1Char(' ')
                        + m_page->model()->transaction(otherRow).error.fieldPath));
    const std::optional<Transaction> untouched = fetch(t.id);
    QVERIFY(untouched);
    QCOMPARE(untouched->version, t.version);

    // Save: back on the transaction, the same correction, another row: it is saved.
    clickRow(m_page, m_page->model()->indexOf(t.id).row());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->detail()->transactionId() == t.id && m_page->detail()->transaction().full, 10000);
    name = m_page->detail()->payloadEditor()->findChild<QLineEdit *>(QStringLiteral("/customer/name"));
    QVERIFY(name);
    QVERIFY(typeCorrection(m_page, name, typed));
    auto save = answerNextDialog(QStringLiteral("saveEditButton"), QStringLiteral("unsavedEditDialog"));
    clickRow(m_page, otherRow);
    QTRY_VERIFY(save->asked);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->detail()->transactionId(), otherId, 10000);
    std::optional<Transaction> saved;
    QTRY_VERIFY_WITH_TIMEOUT((saved = fetch(t.id)) && saved->version > t.version, 10000);
    QCOMPARE(payloadText(saved->payloadJson, QStringLiteral("/customer/name")), typed);

    // Closing or quitting asks the same; Cancel keeps the page.
    clickRow(m_page, m_page->model()->indexOf(t.id).row());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->detail()->transactionId() == t.id && m_page->detail()->transaction().full, 10000);
    name = m_page->detail()->payloadEditor()->findChild<QLineEdit *>(QStringLiteral("/customer/name"));
    QVERIFY(name);
    QVERIFY(typeCorrection(m_page, name, QStringLiteral("Kessler Antriebe AG")));
    auto stay = answerNextDialog(QStringLiteral("cancelEditButton"), QStringLiteral("unsavedEditDialog"));
    QVERIFY(!m_page->confirmLeavingEdit());
    QVERIFY(stay->asked);
    QVERIFY(m_page->detail()->hasUnsavedEdit());
    auto leave = answerNextDialog(QStringLiteral("discardEditButton"), QStringLiteral("unsavedEditDialog"));
    QVERIFY(m_page->confirmLeavingEdit());
    QVERIFY(leave->asked);
}

// Resubmit sends the payload as stored. With an unsaved correction of the same
// transaction open it never does so silently: it asks. Cancel sends nothing
// and keeps the edit; "Save and Resubmit" sends the correction, saved and
// resubmitted in one change; "Discard Correction and Resubmit" drops the edit
// and resubmits the payload as stored.
void TestConsoleExceptionsUi::resubmitWithAnUnsavedEditAsksFirst()
{
    Transaction t;
    QLineEdit *name = openSalesTransaction(m_page, &t);
    QVERIFY(name);
    QAction *resubmit = m_page->actions()->action(ActionController::Resubmit);
    QTRY_VERIFY(resubmit->isEnabled());
    const QList<HistoryEntry> before = historyOf(t.id);
    const QString typed = QStringLiteral("Brandt Hydraulik GmbH");
    QVERIFY(typeCorrection(m_page, name, typed));

    auto cancel = answerNextDialog(QStringLiteral("cancelResubmitButton"), QStringLiteral("unsavedResubmitDialog"));
    resubmit->trigger();
    QTRY_VERIFY(cancel->asked);
    QVERIFY2(cancel->text.contains(t.businessKey), qPrintable(cancel->text));
    QVERIFY(!m_page->actions()->isBusy());
    QVERIFY(m_page->detail()->hasUnsavedEdit());
    QCOMPARE(name->text(), typed);
    QTest::qWait(300);
    const std::optional<Transaction> untouched = fetch(t.id);
    QVERIFY(untouched);
    QCOMPARE(untouched->version, t.version);

    QSignalSpy updated(m_page->actions(), &ActionController::transactionUpdated);
    auto withEdit = answerNextDialog(QStringLiteral("resubmitWithEditButton"), QStringLiteral("unsavedResubmitDialog"));
    resubmit->trigger();
    QTRY_VERIFY(withEdit->asked);
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 15000);
    std::optional<Transaction> sent = fetch(t.id);
    QVERIFY(sent);
    QCOMPARE(payloadText(sent->payloadJson, QStringLiteral("/customer/name")), typed);
    QList<HistoryEntry> history = historyOf(t.id);
    // One change more, recorded as the correction and the resubmit.
    QCOMPARE(countAction(history, TransactionAction::EditPayload), countAction(before, TransactionAction::EditPayload) + 1);
    QCOMPARE(countAction(history, TransactionAction::Resubmit), countAction(before, TransactionAction::Resubmit) + 1);
    QTRY_VERIFY(!m_page->detail()->hasUnsavedEdit() || m_page->detail()->transactionId() != t.id);

    // Another one: the correction is dropped, the stored payload goes out.
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->actions()->isBusy(), 10000);
    Transaction u;
    int other = -1;
    for (int row = 0; row < m_page->model()->rowCount() && other < 0; ++row) {
        const Transaction candidate = m_page->model()->transaction(row);
        if (candidate.flowId == QLatin1String("crm-quote-to-order") && candidate.isFailed() && candidate.id != t.id)
            other = row;
    }
    QVERIFY2(other >= 0, "a second failed sales order is needed");
    const QString otherId = m_page->model()->transaction(other).id;
    clickRow(m_page, other);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->detail()->transactionId() == otherId && m_page->detail()->transaction().full,
                             15000);
    u = m_page->detail()->transaction();
    name = m_page->detail()->payloadEditor()->findChild<QLineEdit *>(QStringLiteral("/customer/name"));
    QVERIFY(name);
    const QList<HistoryEntry> uBefore = historyOf(u.id);
    const QString stored = name->text();
    QTRY_VERIFY(resubmit->isEnabled());
    QVERIFY(typeCorrection(m_page, name, stored + QStringLiteral(" (corrected)")));
    updated.clear();
    auto dropEdit = answerNextDialog(QStringLiteral("resubmitStoredButton"), QStringLiteral("unsavedResubmitDialog"));
    resubmit->trigger();
    QTRY_VERIFY(dropEdit->asked);
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 15000);
    const std::optional<Transaction> asStored = fetch(u.id);
    QVERIFY(asStored);
    QCOMPARE(payloadText(asStored->payloadJson, QStringLiteral("/customer/name")), stored);
    history = historyOf(u.id);
    QCOMPARE(countAction(history, TransactionAction::EditPayload), countAction(uBefore, TransactionAction::EditPayload));
    QCOMPARE(countAction(history, TransactionAction::Resubmit), countAction(uBefore, TransactionAction::Resubmit) + 1);
    QVERIFY(!m_page->detail()->hasUnsavedEdit());
}

// A long message in the page's header (a change waiting offline, in German)
// wraps at a readable width in at most two lines: the list and the detail
// below keep their height, and the payload editor its room.
void TestConsoleExceptionsUi::aLongStatusMessageTakesNoRoomFromTheList()
{
    QVERIFY(QTest::qWaitFor([this] { return m_page->model()->hasLoadedOnce(); }, 20000));
    auto *status = m_page->findChild<QLabel *>(QStringLiteral("exceptionsStatus"));
    auto *splitter = m_page->findChild<QSplitter *>(QStringLiteral("exceptionsSplitter"));
    QVERIFY(status);
    QVERIFY(splitter);
    const QSize size = m_page->size();
    m_page->resize(1280, 740);
    status->clear();
    QTRY_COMPARE(m_page->width(), 1280);
    QTest::qWait(50);
    const int tall = splitter->height();
    const int line = status->fontMetrics().lineSpacing();
    status->setText(QStringLiteral("SO2026-862742: Der Server ist nicht erreichbar; die Änderung wartet auf diesem "
                                   "Computer und wird gesendet, sobald er wieder antwortet. ")
                        .repeated(3));
    QTest::qWait(50);
    QVERIFY2(status->width() > 300, qPrintable(QString::number(status->width())));
    QVERIFY2(status->height() <= 2 * line + 2, qPrintable(QString::number(status->height())));
    QVERIFY2(splitter->height() >= tall - 2 * line,
             qPrintable(QStringLiteral("%1 before, %2 with the message").arg(tall).arg(splitter->height())));
    status->clear();
    m_page->resize(size);
}

// A search inside a chosen error group that finds nothing says that the group
// narrows it too, and "All Groups" finds the order.
void TestConsoleExceptionsUi::anEmptyListNamesTheChosenGroup()
{
    m_page->selectGroup(QString());
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("exceptionsSearch"));
    auto *summary = m_page->findChild<QLabel *>(QStringLiteral("exceptionsSummary"));
    auto *allGroups = m_page->findChild<QPushButton *>(QStringLiteral("clearGroupButton"));
    QVERIFY(search && summary && allGroups);
    search->clear();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->hasLoadedOnce() && !m_page->model()->isLoading()
                                 && m_page->model()->rowCount() > 0, 15000);
    const Transaction wanted = m_page->model()->transaction(0);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->groupModel()->rowCount() > 1, 10000);
    QString otherGroup;
    for (int row = 0; row < m_page->groupModel()->rowCount() && otherGroup.isEmpty(); ++row) {
        const ErrorGroup g = m_page->groupModel()->group(m_page->groupModel()->index(row, 0));
        if (g.key() != wanted.error.group && g.key() != wanted.error.signature)
            otherGroup = g.key();
    }
    QVERIFY(!otherGroup.isEmpty());
    m_page->selectGroup(otherGroup);
    QTest::keyClicks(search, wanted.businessKey);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->query().text == wanted.businessKey, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading() && m_page->model()->totalSize() == 0, 10000);
    QTRY_VERIFY2(summary->text().contains(QStringLiteral("All Groups")), qPrintable(summary->text()));
    QVERIFY(allGroups->isEnabled());

    QTest::mouseClick(allGroups, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading() && m_page->model()->indexOf(wanted.id).isValid(), 10000);
    QVERIFY2(!summary->text().contains(QStringLiteral("All Groups")), qPrintable(summary->text()));
    search->clear();
}

// Choosing an error group or searching narrows the list; it is not leaving the
// edit: the corrected transaction stays in the detail, nothing is asked, and
// the correction saves afterwards.
void TestConsoleExceptionsUi::filteringTheListKeepsAnUnsavedEdit()
{
    Transaction t;
    QLineEdit *name = openSalesTransaction(m_page, &t);
    QVERIFY(name);
    const QString typed = QStringLiteral("Vogel Getriebebau KG");
    QVERIFY(typeCorrection(m_page, name, typed));

    auto *groups = m_page->findChild<QTableView *>(QStringLiteral("errorGroupsTable"));
    QVERIFY(groups);
    QTRY_VERIFY_WITH_TIMEOUT(groups->model()->rowCount() > 1, 10000);
    int other = -1;
    for (int row = 0; row < groups->model()->rowCount() && other < 0; ++row) {
        const ErrorGroup g = m_page->groupModel()->group(groups->model()->index(row, 0));
        if (g.key() != t.error.group && g.key() != t.error.signature)
            other = row;
    }
    QVERIFY(other >= 0);
    const QString otherKey = m_page->groupModel()->group(groups->model()->index(other, 0)).key();
    auto asked = answerNextDialog(QStringLiteral("cancelEditButton"), QString(), 3000);
    groups->scrollTo(groups->model()->index(other, 0));
    QTest::mouseClick(groups->viewport(), Qt::LeftButton, {}, groups->visualRect(groups->model()->index(other, 0)).center());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->query().errorGroup == otherKey
                                 || m_page->model()->query().errorSignature == otherKey, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->hasLoadedOnce() && !m_page->model()->isLoading(), 10000);
    QTest::qWait(300);
    QCOMPARE(m_page->detail()->transactionId(), t.id);
    QVERIFY(m_page->detail()->hasUnsavedEdit());
    QCOMPARE(name->text(), typed);
    QCOMPARE(m_page->actions()->selection().value(0).id, t.id);

    // A search that does not find it either.
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("exceptionsSearch"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("no such order"));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->query().text == QLatin1String("no such order"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading(), 10000);
    QTest::qWait(3200); // the dialog helper's watch runs out: nothing was asked
    QVERIFY2(!asked->asked, qPrintable(asked->text));
    QCOMPARE(m_page->detail()->transactionId(), t.id);
    QVERIFY(m_page->detail()->hasUnsavedEdit());
    QCOMPARE(name->text(), typed);

    // The edit saves as it is.
    QVERIFY(m_page->detail()->saveButton()->isEnabled());
    m_page->detail()->save(false);
    std::optional<Transaction> saved;
    QTRY_VERIFY_WITH_TIMEOUT((saved = fetch(t.id)) && saved->version > t.version, 10000);
    QCOMPARE(payloadText(saved->payloadJson, QStringLiteral("/customer/name")), typed);
    search->clear();
}

// A delivered order whose SLA deadline has passed is not "overdue": the SLA line
// belongs to open transactions only.
void TestConsoleExceptionsUi::deliveredTransactionShowsNoOverdueSla()
{
    TransactionQuery query;
    query.states = {TransactionState::Delivered};
    std::optional<TransactionPage> page;
    m_service->list(query, {}, 200, this, [&](const ServiceError &e, const TransactionPage &p) {
        QVERIFY2(e.isOk(), qPrintable(e.userMessage()));
        page = p;
    });
    QTRY_VERIFY_WITH_TIMEOUT(page.has_value(), 10000);
    QString id;
    for (const Transaction &t : page->transactions) {
        if (t.slaDeadline.isValid() && t.slaDeadline < QDateTime::currentDateTimeUtc()) {
            id = t.id;
            break;
        }
    }
    QVERIFY2(!id.isEmpty(), "the demo data has no delivered transaction past its SLA deadline");
    QSignalSpy loaded(m_page->detail(), &TransactionDetail::loaded);
    m_page->detail()->showTransaction(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->detail()->transactionId() == id && m_page->detail()->transaction().full, 10000);
    QVERIFY2(!m_page->detail()->summaryText().contains(QStringLiteral("SLA")), qPrintable(m_page->detail()->summaryText()));
    QVERIFY(!m_page->detail()->summaryText().contains(QStringLiteral("overdue")));
}

// A document without an amount (a stock batch) shows no "Amount:" with nothing
// after it; an order shows its amount.
void TestConsoleExceptionsUi::documentWithoutAmountShowsNone()
{
    auto firstOf = [&](const QString &flow) {
        TransactionQuery query;
        query.flowIds = {flow};
        std::optional<TransactionPage> page;
        m_service->list(query, {}, 1, this, [&](const ServiceError &e, const TransactionPage &p) {
            QVERIFY2(e.isOk(), qPrintable(e.userMessage()));
            page = p;
        });
        if (!QTest::qWaitFor([&] { return page.has_value(); }, 10000) || page->transactions.isEmpty())
            return QString();
        return page->transactions.first().id;
    };
    auto show = [&](const QString &id) {
        m_page->detail()->showTransaction(id);
        return QTest::qWaitFor(
            [&] { return m_page->detail()->transactionId() == id && m_page->detail()->transaction().full; }, 10000);
    };
    const QString batch = firstOf(QStringLiteral("odoo-stock-to-ecommerce"));
    QVERIFY2(!batch.isEmpty(), "the demo data has no stock batch");
    QVERIFY(show(batch));
    QVERIFY(m_page->detail()->transaction().currency.isEmpty());
    QVERIFY2(!m_page->detail()->summaryText().contains(QStringLiteral("Amount")), qPrintable(m_page->detail()->summaryText()));
    QVERIFY2(m_page->detail()->summaryText().contains(QStringLiteral("Counterparty: ")),
             qPrintable(m_page->detail()->summaryText()));

    const QString order = firstOf(QStringLiteral("crm-quote-to-order"));
    QVERIFY(!order.isEmpty());
    QVERIFY(show(order));
    const Transaction t = m_page->detail()->transaction();
    QVERIFY2(m_page->detail()->summaryText().contains(QStringLiteral("Amount: ") + formatAmount(t.amountMinor, t.currency)),
             qPrintable(m_page->detail()->summaryText()));
}

QTEST_MAIN(TestConsoleExceptionsUi)
#include "tst_console_exceptions_ui.moc"
