// The exception workbench and offline work, against a real flowdeskd: the pages a
// person looked at are saved in the encrypted cache and shown when the backend
// cannot be reached; changes taken in the workbench while offline wait in the
// outbox, are marked "pending sync" and are applied once after reconnecting; a
// change someone else overtook is shown as a conflict to decide about.

#include "backendconnection.h"
#include "cachestore.h"
#include "commands/actioncontroller.h"
#include "consoletestutil.h"
#include "exceptionlistmodel.h"
#include "exceptions/exceptionspage.h"
#include "exceptions/transactiondetail.h"
#include "jsonschema.h"
#include "keystore.h"
#include "offlinecontroller.h"
#include "outbox.h"
#include "payloadeditor/payloadeditor.h"
#include "sessionservice.h"
#include "transactionsservice.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Flowdesk;

namespace {

bool openStore(CacheStore &store, const QString &path, const QByteArray &key)
{
    std::optional<Cache::DbStatus> status;
    QObject context;
    store.open(path, key, &context, [&](Cache::DbStatus s, const QString &) { status = s; });
    return QTest::qWaitFor([&] { return status.has_value(); }, 10000) && *status == Cache::DbStatus::Ok;
}

bool signIn(BackendConnection &connection, SessionService &session, const QString &target,
            const QString &user = QStringLiteral("operator"))
{
    connection.setTarget(target);
    QSignalSpy ok(&session, &SessionService::loggedIn);
    QSignalSpy failed(&session, &SessionService::loginFailed);
    session.login(user, QStringLiteral("demo-") + user);
    return QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 10000) && ok.count() == 1;
}

// Everything one console window has for the workbench: connection, session, the
// cache with its outbox and controller, and the Exceptions page wired to them.
struct Console
{
    BackendConnection connection;
    SessionService session{&connection};
    CacheStore store;
    Outbox outbox{&store, &connection};
    OfflineController controller{&connection, &store, &outbox, nullptr};
    TransactionsOfflineLink link{&store, &outbox, &controller};
    TransactionsService service{&connection};
    std::unique_ptr<ExceptionsPage> page;

    bool open(const QString &path, const QByteArray &key)
    {
        if (!openStore(store, path, key))
            return false;
        outbox.load();
        bool loaded = false;
        controller.loadState([&] { loaded = true; });
        return QTest::qWaitFor([&] { return loaded && outbox.isLoaded(); }, 10000);
    }
    void showPage()
    {
        service.setOfflineStore(&link); // before the page asks for its first page
        page = std::make_unique<ExceptionsPage>(&service, &session, nullptr);
        page->setOfflineStore(&link);
        page->actions()->setInteractive(false);
        page->resize(1400, 800);
        page->show();
    }
    ~Console()
    {
        page.reset();
        store.waitForIdle();
    }
};

int rowOf(ExceptionListModel *model, const QString &id)
{
    const QModelIndex index = model->indexOf(id);
    return index.isValid() ? index.row() : -1;
}

void selectRow(ExceptionsPage *page, const QString &id)
{
    const QModelIndex index = page->model()->indexOf(id);
    page->view()->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    page->view()->setCurrentIndex(index);
}

QString payloadText(const QString &payloadJson, const QString &pointer)
{
    const auto doc = parseJson(payloadJson);
    const JsonNode *node = doc ? doc->at(pointer) : nullptr;
    return node ? node->text() : QString();
}

QString keyText(ExceptionListModel *model, const QString &id)
{
    return model->index(rowOf(model, id), ExceptionListModel::BusinessKeyColumn).data().toString();
}

} // namespace

class TestConsoleOfflineExceptions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void offlineStartShowsSavedExceptionsAndDetail();
    void offlineAssignAndCommentAreAppliedOnce();
    void overtakenOfflineChangeIsShownAsConflict();
    void lostConnectionKeepsTheEditAndDeliversItOnce();
    void overtakenOfflineCorrectionLeavesTheFormToTheServer();

private:
    // Stops the backend and waits until the console counts as offline.
    bool goOffline(Console &console);
    bool restartBackend();

    std::unique_ptr<BackendProcess> m_backend;
    QTemporaryDir m_dir;
};

void TestConsoleOfflineExceptions::initTestCase()
{
    qRegisterMetaType<Flowdesk::ServiceError>();
    qRegisterMetaType<Flowdesk::OutboxAction>();
    qRegisterMetaType<Flowdesk::Transaction>();
    QVERIFY(m_dir.isValid());
    REQUIRE_BACKEND();
    m_backend = std::make_unique<BackendProcess>(QStringList{QStringLiteral("--no-traffic")});
    QVERIFY2(m_backend->start(), qPrintable(m_backend->errorText()));
}

void TestConsoleOfflineExceptions::cleanupTestCase()
{
    m_backend.reset();
}

bool TestConsoleOfflineExceptions::goOffline(Console &console)
{
    m_backend->stop();
    console.controller.setProbeBackoff(200, 400);
    // A few calls in a row find the server gone.
    for (int i = 0; i < 10 && !console.controller.isOffline(); ++i) {
        bool answered = false;
        console.service.fetchRow(QStringLiteral("T-000001"), &console.connection,
                                 [&](const QString &, bool, const Transaction &) { answered = true; });
        if (!QTest::qWaitFor([&] { return answered; }, 15000))
            break;
    }
    return console.controller.isOffline();
}

bool TestConsoleOfflineExceptions::restartBackend()
{
    const int port = m_backend->port();
    return m_backend->start(port);
}

void TestConsoleOfflineExceptions::offlineStartShowsSavedExceptionsAndDetail()
{
    REQUIRE_BACKEND();
    const QString path = m_dir.filePath(QStringLiteral("start.db"));
    const QByteArray key = KeyStore::randomKey();
    QStringList shownIds;
    Transaction shown;

    // Online: the person looks at the exceptions and one transaction.
    {
        Console online;
        QVERIFY(online.open(path, key));
        QVERIFY(signIn(online.connection, online.session, m_backend->target()));
        online.showPage();
        QTRY_VERIFY_WITH_TIMEOUT(online.page->model()->hasLoadedOnce(), 15000);
        QVERIFY(online.page->model()->rowCount() >= 2);
        for (const Transaction &t : online.page->model()->loadedRows())
            shownIds << t.id;
        const QString id = shownIds.at(1);
        QSignalSpy detailLoaded(online.page->detail(), &TransactionDetail::loaded);
        selectRow(online.page.get(), id);
        QTRY_VERIFY_WITH_TIMEOUT(!detailLoaded.isEmpty(), 10000);
        shown = detailLoaded.last().first().value<Transaction>();
        QCOMPARE(shown.id, id);
        QTRY_VERIFY_WITH_TIMEOUT(online.page->detail()->findChild<QTreeWidget *>() != nullptr, 5000);
        // The history and the same-order timeline have answered (and so are saved)
        // before this console closes.
        auto *history = online.page->detail()->findChild<QTreeWidget *>(QStringLiteral("historyTree"));
        auto *timeline = online.page->detail()->findChild<QTreeWidget *>(QStringLiteral("timelineTree"));
        QVERIFY(history && timeline);
        QTRY_VERIFY_WITH_TIMEOUT(history->topLevelItemCount() > 0 && timeline->topLevelItemCount() > 0, 10000);
    }

    // Next start: the backend cannot be reached, nobody is signed in.
    Console offline;
    offline.connection.setTarget(QStringLiteral("127.0.0.1:1"));
    QVERIFY(offline.open(path, key));
    offline.controller.setProbeBackoff(200, 400);
    offline.controller.startOffline();
    offline.showPage();
    offline.page->showSavedData();

    // The saved exceptions are listed, in the order they were shown.
    QTRY_VERIFY_WITH_TIMEOUT(offline.page->model()->rowCount() == shownIds.size(), 15000);
    QVERIFY(offline.page->model()->isShowingSaved());
    QStringList listed;
    for (const Transaction &t : offline.page->model()->loadedRows())
        listed << t.id;
    QCOMPARE(listed, shownIds);

    // The detail that was looked at, with its history, from the saved data.
    QSignalSpy detailLoaded(offline.page->detail(), &TransactionDetail::loaded);
    selectRow(offline.page.get(), shown.id);
    QTRY_VERIFY_WITH_TIMEOUT(!detailLoaded.isEmpty(), 10000);
    QCOMPARE(offline.page->detail()->transactionId(), shown.id);
    QCOMPARE(offline.page->detail()->transaction().payloadJson, shown.payloadJson);
    QVERIFY(offline.page->detail()->isShowingSaved());
    QVERIFY(!offline.page->detail()->savedNote()->isHidden());
    QVERIFY(offline.page->detail()->savedNote()->text().contains(QStringLiteral("saved on this computer")));
    QVERIFY(offline.page->detail()->summaryText().contains(shown.counterparty));

    // Read-only: nobody is signed in, nothing can be changed.
    QVERIFY(!offline.page->actions()->action(ActionController::AssignToMe)->isEnabled());
    QVERIFY(!offline.page->actions()->action(ActionController::Bulk)->isEnabled());
}

void TestConsoleOfflineExceptions::offlineAssignAndCommentAreAppliedOnce()
{
    REQUIRE_BACKEND();
    const QString path = m_dir.filePath(QStringLiteral("actions.db"));
    Console console;
    QVERIFY(console.open(path, KeyStore::randomKey()));
    QVERIFY(signIn(console.connection, console.session, m_backend->target()));
    console.showPage();
    QTRY_VERIFY_WITH_TIMEOUT(console.page->model()->hasLoadedOnce(), 15000);
    // An unassigned failed transaction.
    Transaction target;
    for (const Transaction &t : console.page->model()->loadedRows()) {
        if (t.assignee.isEmpty()) {
            target = t;
            break;
        }
    }
    QVERIFY2(!target.id.isEmpty(), "no unassigned failed transaction in the demo data");
    QSignalSpy detailLoaded(console.page->detail(), &TransactionDetail::loaded);
    selectRow(console.page.get(), target.id);
    QTRY_VERIFY_WITH_TIMEOUT(!detailLoaded.isEmpty(), 10000);
    QVERIFY(console.page->actions()->action(ActionController::Bulk)->isEnabled());

    // The server goes away.
    QVERIFY(goOffline(console));
    QTRY_VERIFY(!console.page->actions()->action(ActionController::Bulk)->isEnabled());
    QVERIFY(console.page->actions()->action(ActionController::Bulk)->toolTip().contains(QStringLiteral("server")));

    // Assign to me, in the page.
    QSignalSpy queued(console.page->actions(), &ActionController::actionQueued);
    QAction *assign = console.page->actions()->action(ActionController::AssignToMe);
    QTRY_VERIFY(assign->isEnabled());
    assign->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(queued.count(), 1, 10000);
    QCOMPARE(queued.first().first().toString(), target.id);
    QCOMPARE(console.outbox.pendingCount(), 1);

    // A comment, typed in the comment dialog.
    const QString text = QStringLiteral("Carrier confirmed the address, resend tomorrow");
    QTimer::singleShot(0, this, [text] {
        // The dialog runs its own event loop; fill it in once it is up.
        QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
        QWidget *dialog = QApplication::activeModalWidget();
        auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
        QVERIFY(edit);
        edit->setPlainText(text);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    QAction *comment = console.page->actions()->action(ActionController::Comment);
    QTRY_VERIFY(comment->isEnabled());
    comment->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(queued.count(), 2, 10000);
    QCOMPARE(console.outbox.pendingCount(), 2);

    // Visibly pending, in the row and in the detail.
    QTRY_VERIFY(keyText(console.page->model(), target.id).contains(QStringLiteral("pending sync")));
    QCOMPARE(console.page->model()->index(rowOf(console.page->model(), target.id), 0)
                 .data(ExceptionListModel::SyncStateRole).toString(),
             QStringLiteral("pending sync"));
    QTRY_VERIFY(!console.page->detail()->syncLabel()->isHidden());
    QVERIFY(console.page->detail()->syncLabel()->text().contains(QStringLiteral("pending sync")));

    // The server is back; the person signs in again: both go out, once.
    QSignalSpy applied(&console.outbox, &Outbox::applied);
    QVERIFY(restartBackend());
    // The controller's probes find it again; then the person signs in.
    QTRY_VERIFY_WITH_TIMEOUT(!console.controller.isOffline(), 40000);
    QVERIFY(signIn(console.connection, console.session, m_backend->target()));
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 2, 20000);
    QCOMPARE(console.outbox.actions().size(), 0);

    // The row and the detail show the server's state, without the mark.
    QTRY_VERIFY_WITH_TIMEOUT(console.page->model()->transaction(rowOf(console.page->model(), target.id)).assignee
                                 == QStringLiteral("operator"),
                             15000);
    QVERIFY(!keyText(console.page->model(), target.id).contains(QStringLiteral("pending sync")));
    QTRY_VERIFY(console.page->detail()->syncLabel()->isHidden());

    // Applied exactly once: one assignment, one comment, one version step for the assignment.
    std::optional<Transaction> after;
    console.service.get(target.id, false, this, [&](const ServiceError &e, const Transaction &t) {
        QVERIFY(e.isOk());
        after = t;
    });
    QTRY_VERIFY(after.has_value());
    QCOMPARE(after->assignee, QStringLiteral("operator"));
    std::optional<QList<HistoryEntry>> history;
    console.service.history(target.id, this, [&](const ServiceError &e, const QList<HistoryEntry> &entries) {
        QVERIFY(e.isOk());
        history = entries;
    });
    QTRY_VERIFY(history.has_value());
    int comments = 0, assigns = 0;
    for (const HistoryEntry &h : *history) {
        if (h.action.contains(QStringLiteral("comment"), Qt::CaseInsensitive)
            && (h.detail.contains(text) || h.reason.contains(text)))
            ++comments;
        if (h.action.contains(QStringLiteral("assign"), Qt::CaseInsensitive))
            ++assigns;
    }
    QCOMPARE(comments, 1);
    QCOMPARE(assigns, 1);
}

void TestConsoleOfflineExceptions::overtakenOfflineChangeIsShownAsConflict()
{
    REQUIRE_BACKEND();
    const QString path = m_dir.filePath(QStringLiteral("conflict.db"));
    Console console;
    QVERIFY(console.open(path, KeyStore::randomKey()));
    QVERIFY(signIn(console.connection, console.session, m_backend->target()));
    console.showPage();
    QTRY_VERIFY_WITH_TIMEOUT(console.page->model()->hasLoadedOnce(), 15000);
    // An unassigned one, so that assigning it is a change.
    Transaction target;
    for (const Transaction &t : console.page->model()->loadedRows()) {
        if (t.assignee.isEmpty()) {
            target = t;
            break;
        }
    }
    QVERIFY(!target.id.isEmpty());
    QSignalSpy detailLoaded(console.page->detail(), &TransactionDetail::loaded);
    selectRow(console.page.get(), target.id);
    QTRY_VERIFY_WITH_TIMEOUT(!detailLoaded.isEmpty(), 10000);

    // Offline, the person sets the triage status.
    QVERIFY(goOffline(console));
    QSignalSpy queued(console.page->actions(), &ActionController::actionQueued);
    QAction *waiting = nullptr;
    for (QAction *a : console.page->actions()->triageMenu()->actions())
        if (a->text() == triageStatusName(TriageStatus::WaitingOnPartner))
            waiting = a;
    QVERIFY(waiting);
    QTRY_VERIFY(console.page->actions()->triageMenu()->isEnabled());
    waiting->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(queued.count(), 1, 10000);

    // Meanwhile the transaction is changed from another console, on a port this
    // console does not know: it stays offline, with its change queued, until the
    // other change is in (otherwise its probe may find the backend first and
    // replay its change before the other one).
    const int port = m_backend->port();
    QVERIFY2(m_backend->start(), qPrintable(m_backend->errorText()));
    QVERIFY(m_backend->port() != port);
    {
        BackendConnection other;
        SessionService colleague(&other);
        QVERIFY(signIn(other, colleague, m_backend->target()));
        TransactionsService service(&other);
        // At the version it has now: the backend's own work (the SLA sweep marking
        // it stuck) may have moved it on since the list was read.
        std::optional<Transaction> now;
        service.get(target.id, false, this, [&](const ServiceError &e, const Transaction &t) {
            if (e.isOk())
                now = t;
        });
        QTRY_VERIFY_WITH_TIMEOUT(now.has_value(), 10000);
        QVERIFY(now->version >= target.version);
        std::optional<MutationResult> result;
        service.assign(target.id, now->version, QStringLiteral("operator"), TransactionsService::newRequestId(), this,
                       [&](const MutationResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY2(result->isOk(), qPrintable(result->error.serverMessage));
    }
    QVERIFY(console.controller.isOffline());

    // Back online: the change is refused as stale and kept for the person.
    QSignalSpy conflicts(&console.outbox, &Outbox::conflict);
    QSignalSpy status(console.page.get(), &ExceptionsPage::statusMessage);
    QVERIFY2(m_backend->start(port), qPrintable(m_backend->errorText()));
    QTRY_VERIFY_WITH_TIMEOUT(!console.controller.isOffline(), 40000);
    QVERIFY(signIn(console.connection, console.session, m_backend->target()));
    QTRY_COMPARE_WITH_TIMEOUT(conflicts.count(), 1, 20000);
    QCOMPARE(console.outbox.conflictCount(), 1);
    QTRY_VERIFY(!status.isEmpty());
    bool told = false;
    for (const auto &args : status)
        told = told || args.first().toString().contains(QStringLiteral("not applied"));
    QVERIFY(told);
    QTRY_VERIFY(keyText(console.page->model(), target.id).contains(QStringLiteral("sync conflict")));
    QTRY_VERIFY(console.page->detail()->syncLabel()->text().contains(QStringLiteral("sync conflict")));
    QVERIFY(!console.page->detail()->syncLabel()->isHidden());

    // From the detail the person gets to the decision; applying to the current version works.
    QSignalSpy review(console.page.get(), &ExceptionsPage::reviewOfflineChangesRequested);
    emit console.page->detail()->syncLabel()->linkActivated(QStringLiteral("review"));
    QCOMPARE(review.count(), 1);
    const OutboxAction refused = console.outbox.actions().first();
    QCOMPARE(refused.mutation.action, TransactionAction::SetTriageStatus);
    const qint64 current = refused.currentVersion;
    QCOMPARE(current, target.version + 1);
    QSignalSpy applied(&console.outbox, &Outbox::applied);
    console.outbox.retryAction(refused.id, current, [&] { console.outbox.replay(); });
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 15000);
    QCOMPARE(console.outbox.actions().size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(console.page->model()->transaction(rowOf(console.page->model(), target.id)).triageStatus
                                 == TriageStatus::WaitingOnPartner,
                             15000);
    QVERIFY(!keyText(console.page->model(), target.id).contains(QStringLiteral("sync")));
}

void TestConsoleOfflineExceptions::lostConnectionKeepsTheEditAndDeliversItOnce()
{
    REQUIRE_BACKEND();
    const QString path = m_dir.filePath(QStringLiteral("lost.db"));
    Console console;
    QVERIFY(console.open(path, KeyStore::randomKey()));
    QVERIFY(signIn(console.connection, console.session, m_backend->target()));
    console.controller.setProbeBackoff(200, 400);
    console.showPage();
    QTRY_VERIFY_WITH_TIMEOUT(console.page->model()->hasLoadedOnce(), 15000);
    auto *flows = console.page->findChild<QComboBox *>(QStringLiteral("flowFilter"));
    QVERIFY(flows);
    QTRY_VERIFY_WITH_TIMEOUT(flows->count() > 1, 15000); // the schemas, for the payload form
    Transaction target;
    for (const Transaction &t : console.page->model()->loadedRows()) {
        if (t.flowId == QLatin1String("crm-quote-to-order") && t.isFailed()) {
            target = t;
            break;
        }
    }
    QVERIFY(!target.id.isEmpty());
    selectRow(console.page.get(), target.id);
    TransactionDetail *detail = console.page->detail();
    QTRY_VERIFY_WITH_TIMEOUT(detail->transaction().id == target.id && detail->transaction().full, 15000);
    target = detail->transaction();
    auto *name = detail->payloadEditor()->findChild<QLineEdit *>(QStringLiteral("/customer/name"));
    QVERIFY(name);
    const QString typed = QStringLiteral("Kessler Antriebe GmbH");
    name->selectAll();
    QTest::keyClicks(name, typed);
    QTRY_VERIFY(detail->payloadEditor()->isModified());
    QTRY_VERIFY(detail->saveAndResubmitButton()->isEnabled());

    // The server goes away before the person presses Save and Resubmit.
    m_backend->stop();
    QSignalSpy queued(console.page->actions(), &ActionController::actionQueued);
    QSignalSpy errors(console.page->actions(), &ActionController::errorMessage);
    QTest::mouseClick(detail->saveAndResubmitButton(), Qt::LeftButton);
    // One change waits in the outbox: the correction, to be saved and resubmitted together.
    QTRY_COMPARE_WITH_TIMEOUT(queued.count(), 1, 30000);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(console.outbox.pendingCount(), 1);
    const Mutation waiting = console.outbox.actions().first().mutation;
    QCOMPARE(waiting.action, TransactionAction::EditAndResubmit);
    QCOMPARE(waiting.transactionId, target.id);
    QCOMPARE(waiting.expectedVersion, target.version);
    QCOMPARE(payloadText(waiting.payloadJson, QStringLiteral("/customer/name")), typed);
    auto *status = console.page->findChild<QLabel *>(QStringLiteral("exceptionsStatus"));
    QVERIFY(status && status->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("cannot be reached")) && status->text().contains(QStringLiteral("pending sync")),
             qPrintable(status->text()));
    QTRY_VERIFY(!detail->syncLabel()->isHidden());
    QVERIFY(detail->syncLabel()->text().contains(QStringLiteral("pending sync")));
    // What was typed is still in the form; it waits to be sent, it is not an unsaved edit.
    QCOMPARE(detail->transactionId(), target.id);
    QCOMPARE(name->text(), typed);
    QVERIFY(!detail->hasUnsavedEdit());
    auto *editStatus = detail->findChild<QLabel *>(QStringLiteral("editStatus"));
    QVERIFY(editStatus);
    QVERIFY2(!editStatus->text().contains(QStringLiteral("not saved")), qPrintable(editStatus->text()));

    // The server is back: it goes out, once, without the person doing anything.
    QSignalSpy applied(&console.outbox, &Outbox::applied);
    QVERIFY(restartBackend());
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 40000);
    QCOMPARE(console.outbox.actions().size(), 0);
    QCOMPARE(errors.count(), 0);
    QTRY_VERIFY(detail->syncLabel()->isHidden());
    // The detail shows the version the correction made, as the person's own
    // change: no unsaved edit, no word of someone else's change.
    QTRY_VERIFY_WITH_TIMEOUT(detail->transaction().version > target.version, 15000);
    QVERIFY(!detail->hasUnsavedEdit());
    auto *banner = detail->findChild<QLabel *>(QStringLiteral("changedBanner"));
    QVERIFY(banner);
    QVERIFY2(banner->isHidden(), qPrintable(banner->text()));

    std::optional<Transaction> after;
    console.service.get(target.id, true, this, [&](const ServiceError &e, const Transaction &t) {
        QVERIFY(e.isOk());
        after = t;
    });
    QTRY_VERIFY_WITH_TIMEOUT(after.has_value(), 10000);
    const auto doc = parseJson(after->payloadJson);
    QVERIFY(doc && doc->at(QStringLiteral("/customer/name")));
    QCOMPARE(doc->at(QStringLiteral("/customer/name"))->text(), typed);
    std::optional<QList<HistoryEntry>> history;
    console.service.history(target.id, this, [&](const ServiceError &e, const QList<HistoryEntry> &entries) {
        QVERIFY(e.isOk());
        history = entries;
    });
    QTRY_VERIFY_WITH_TIMEOUT(history.has_value(), 10000);
    // Saved and resubmitted once, in one change recorded as the correction and the resubmit.
    int edits = 0, resubmits = 0;
    for (const HistoryEntry &h : *history) {
        edits += h.transactionAction == TransactionAction::EditPayload ? 1 : 0;
        resubmits += h.transactionAction == TransactionAction::Resubmit ? 1 : 0;
    }
    QCOMPARE(edits, 1);
    QCOMPARE(resubmits, 1);
}

// A correction saved offline waits in the outbox and is shown in the form. If
// the transaction was changed elsewhere meanwhile, the correction is refused as
// stale on the way back: the form then shows what the server has (the
// correction waits in the review of offline changes), never the refused
// correction as if it were stored.
void TestConsoleOfflineExceptions::overtakenOfflineCorrectionLeavesTheFormToTheServer()
{
    REQUIRE_BACKEND();
    const QString path = m_dir.filePath(QStringLiteral("overtaken-correction.db"));
    Console console;
    QVERIFY(console.open(path, KeyStore::randomKey()));
    QVERIFY(signIn(console.connection, console.session, m_backend->target()));
    console.showPage();
    QTRY_VERIFY_WITH_TIMEOUT(console.page->model()->hasLoadedOnce(), 15000);
    auto *flows = console.page->findChild<QComboBox *>(QStringLiteral("flowFilter"));
    QVERIFY(flows);
    QTRY_VERIFY_WITH_TIMEOUT(flows->count() > 1, 15000); // the schemas, for the payload form
    Transaction target;
    for (const Transaction &t : console.page->model()->loadedRows()) {
        if (t.flowId == QLatin1String("crm-quote-to-order") && t.isFailed()) {
            target = t;
            break;
        }
    }
    QVERIFY(!target.id.isEmpty());
    selectRow(console.page.get(), target.id);
    TransactionDetail *detail = console.page->detail();
    QTRY_VERIFY_WITH_TIMEOUT(detail->transaction().id == target.id && detail->transaction().full, 15000);
    target = detail->transaction();
    auto *name = detail->payloadEditor()->findChild<QLineEdit *>(QStringLiteral("/customer/name"));
    QVERIFY(name);
    const QString stored = name->text();
    const QString typed = stored + QStringLiteral(" (offline)");
    name->selectAll();
    QTest::keyClicks(name, typed);
    QTRY_VERIFY(detail->saveButton()->isEnabled());

    // Offline, the person saves the correction: it waits here.
    QVERIFY(goOffline(console));
    QSignalSpy queued(console.page->actions(), &ActionController::actionQueued);
    QTest::mouseClick(detail->saveButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(queued.count(), 1, 30000);
    QVERIFY(!detail->hasUnsavedEdit());
    QCOMPARE(name->text(), typed);

    // Meanwhile a colleague changes the transaction, on a port this console does not know.
    const int port = m_backend->port();
    QVERIFY2(m_backend->start(), qPrintable(m_backend->errorText()));
    QVERIFY(m_backend->port() != port);
    {
        BackendConnection other;
        SessionService colleague(&other);
        QVERIFY(signIn(other, colleague, m_backend->target()));
        TransactionsService service(&other);
        std::optional<Transaction> now;
        service.get(target.id, false, this, [&](const ServiceError &e, const Transaction &t) {
            if (e.isOk())
                now = t;
        });
        QTRY_VERIFY_WITH_TIMEOUT(now.has_value(), 10000);
        std::optional<MutationResult> result;
        // Taken over, or handed back: a change either way.
        const QString assignee = now->assignee == QLatin1String("operator") ? QString() : QStringLiteral("operator");
        service.assign(target.id, now->version, assignee, TransactionsService::newRequestId(), this,
                       [&](const MutationResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY2(result->isOk(), qPrintable(result->error.serverMessage));
    }
    QVERIFY(console.controller.isOffline());

    // Back online: the correction is refused as stale and kept for review; the
    // form shows the server's payload again, with no edit pretending to be stored.
    QSignalSpy conflicts(&console.outbox, &Outbox::conflict);
    QVERIFY2(m_backend->start(port), qPrintable(m_backend->errorText()));
    QTRY_VERIFY_WITH_TIMEOUT(!console.controller.isOffline(), 40000);
    QVERIFY(signIn(console.connection, console.session, m_backend->target()));
    QTRY_COMPARE_WITH_TIMEOUT(conflicts.count(), 1, 20000);
    QCOMPARE(console.outbox.conflictCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(detail->transaction().version > target.version, 15000);
    name = detail->payloadEditor()->findChild<QLineEdit *>(QStringLiteral("/customer/name"));
    QVERIFY(name);
    QTRY_COMPARE(name->text(), stored);
    QVERIFY(!detail->hasUnsavedEdit());
    QTRY_VERIFY(detail->syncLabel()->text().contains(QStringLiteral("sync conflict")));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestConsoleOfflineExceptions test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_console_offline_exceptions.moc"
