// Offline work against a real flowdeskd: actions taken offline wait in the
// encrypted outbox, survive the process being killed, are replayed in order and
// applied exactly once; a refused action is kept as a conflict for the person; a
// start without the backend shows the saved exceptions and reconnects by itself.

#include "backendconnection.h"
#include "backendconnection_p.h"
#include "cachecodec.h"
#include "cachestore.h"
#include "common/mainwindow.h"
#include "consoletestutil.h"
#include "dialoganswer.h"
#include "eventfollower.h"
#include "flowsservice.h"
#include "keystore.h"
#include "offlinecontroller.h"
#include "offlinesupport.h"
#include "outbox.h"
#include "session/offlinebanner.h"
#include "session/waitingchangesdialog.h"
#include "sessionservice.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

#include "flowdesk/v1/transaction.grpc.pb.h"

using namespace Flowdesk;
namespace v1 = flowdesk::v1;

// Starts TransactionService.<Method> through the stub's async() interface.
#define TX_CALL(Method)                                                                                 \
    [](v1::TransactionService::Stub::async_interface *a, grpc::ClientContext *c, const auto *q, auto *r, \
       std::function<void(grpc::Status)> cb) { a->Method(c, q, r, std::move(cb)); }

namespace {

// Waits for one TransactionService call made on `connection`.
template <class Request, class Response, class Method>
ServiceError callTransactions(BackendConnection &connection, const Request &request, Response *response, Method method)
{
    std::optional<ServiceError> result;
    QObject context;
    BackendConnectionPrivate::call<Request, Response>(
        &connection, &context, request,
        [method](BackendConnectionPrivate *d, grpc::ClientContext *ctx, const Request *req, Response *resp,
                 std::function<void(grpc::Status)> cb) {
            std::shared_ptr<v1::TransactionService::Stub> stub = v1::TransactionService::NewStub(d->channel);
            method(stub->async(), ctx, req, resp, [stub, cb](grpc::Status s) { cb(s); });
        },
        [&](const ServiceError &error, const Response &r) {
            result = error;
            *response = r;
        },
        CallOptions::noRetry());
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000)) {
        ServiceError timeout;
        timeout.code = ServiceError::DeadlineExceeded;
        return timeout;
    }
    return *result;
}

v1::Transaction getTransaction(BackendConnection &connection, const QString &id)
{
    v1::GetTransactionRequest request;
    request.set_id(id.toStdString());
    request.set_view(v1::TRANSACTION_VIEW_BASIC);
    v1::Transaction t;
    const ServiceError error = callTransactions(connection, request, &t, TX_CALL(GetTransaction));
    if (!error.isOk())
        qWarning() << "GetTransaction failed:" << error.serverMessage;
    return t;
}

bool openStore(CacheStore &store, const QString &path, const QByteArray &key)
{
    std::optional<Cache::DbStatus> status;
    QObject context;
    store.open(path, key, &context, [&](Cache::DbStatus s, const QString &) { status = s; });
    return QTest::qWaitFor([&] { return status.has_value(); }, 10000) && *status == Cache::DbStatus::Ok;
}

// Child process: saves one action in the outbox, then dies without any cleanup.
int enqueueAndDie(const QStringList &args)
{
    const QString path = args.value(0);
    const QByteArray key = QByteArray::fromHex(args.value(1).toLatin1());
    CacheStore store;
    if (!openStore(store, path, key))
        return 10;
    BackendConnection connection;
    Outbox outbox(&store, &connection);
    OutboxAction action;
    action.mutation = Mutation::assign(args.value(2), args.value(3).toLongLong(), QStringLiteral("operator"));
    bool saved = false;
    outbox.enqueue(action, nullptr, [&](const OutboxAction &a) { saved = a.id > 0; });
    if (!QTest::qWaitFor([&] { return saved; }, 10000))
        return 11;
    ::kill(::getpid(), SIGKILL);
    return 12;
}

} // namespace

class TestConsoleOffline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void outboxSurvivesKillAndReplaysOnce();
    void conflictIsKeptForThePerson();
    void olderOutboxEntriesAreConvertedAndSentOnce();
    void offlineStartShowsCachedExceptions();
    void waitingChangeFollowsTheServerToAnotherAddress();
    void quittingWithWaitingChangesAsksFirst();
    void changesLeftAtAnEarlierAddressAreOffered();

private:
    bool signIn(BackendConnection &connection, SessionService &session, const QString &target);
    // Failed transactions the operator may change, newest page first.
    QList<v1::Transaction> failedTransactions(BackendConnection &connection, int count);

    std::unique_ptr<BackendProcess> m_backend;
    QTemporaryDir m_dir;
};

void TestConsoleOffline::initTestCase()
{
    qRegisterMetaType<Flowdesk::ServiceError>();
    qRegisterMetaType<Flowdesk::OutboxAction>();
    qRegisterMetaType<QList<Flowdesk::Flow>>();
    QVERIFY(m_dir.isValid());
    REQUIRE_BACKEND();
    m_backend = std::make_unique<BackendProcess>(QStringList{QStringLiteral("--no-traffic")});
    QVERIFY2(m_backend->start(), qPrintable(m_backend->errorText()));
}

void TestConsoleOffline::cleanupTestCase()
{
    m_backend.reset();
}

bool TestConsoleOffline::signIn(BackendConnection &connection, SessionService &session, const QString &target)
{
    connection.setTarget(target);
    QSignalSpy ok(&session, &SessionService::loggedIn);
    QSignalSpy failed(&session, &SessionService::loginFailed);
    session.login(QStringLiteral("operator"), QStringLiteral("demo-operator"));
    return QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 10000) && ok.count() == 1;
}

QList<v1::Transaction> TestConsoleOffline::failedTransactions(BackendConnection &connection, int count)
{
    v1::ListTransactionsRequest request;
    request.mutable_filter()->add_states(v1::FAILED);
    request.set_page_size(count);
    v1::ListTransactionsResponse response;
    const ServiceError error = callTransactions(connection, request, &response,
                                                TX_CALL(ListTransactions));
    QList<v1::Transaction> result;
    if (error.isOk())
        for (const auto &t : response.transactions())
            result << t;
    return result;
}

void TestConsoleOffline::outboxSurvivesKillAndReplaysOnce()
{
    REQUIRE_BACKEND();
    BackendConnection connection;
    SessionService session(&connection);
    QVERIFY(signIn(connection, session, m_backend->target()));
    const auto failed = failedTransactions(connection, 5);
    QVERIFY2(failed.size() >= 1, "the demo data has no failed transaction for the operator");
    const QString id = QString::fromStdString(failed.first().id());
    const qint64 version = failed.first().version();

    // A console process saves the action offline and is killed right after.
    const QString path = m_dir.filePath(QStringLiteral("killed.db"));
    const QByteArray key = KeyStore::randomKey();
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--enqueue-and-die"), path, QString::fromLatin1(key.toHex()), id,
                 QString::number(version)});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    // The next start finds it, pending, with its version and request id.
    CacheStore store;
    QVERIFY(openStore(store, path, key));
    Outbox outbox(&store, &connection);
    outbox.load();
    QTRY_VERIFY(outbox.isLoaded());
    QCOMPARE(outbox.pendingCount(), 1);
    const OutboxAction saved = outbox.actions().first();
    QCOMPARE(saved.mutation.action, TransactionAction::Assign);
    QCOMPARE(saved.transactionId(), id);
    QCOMPARE(saved.mutation.expectedVersion, version);
    QCOMPARE(saved.mutation.assignee, QStringLiteral("operator"));
    QVERIFY(!saved.mutation.requestId.isEmpty());

    QSignalSpy finished(&outbox, &Outbox::replayFinished);
    QSignalSpy applied(&outbox, &Outbox::applied);
    outbox.replay();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(finished.first().at(2).toBool(), true);
    QCOMPARE(outbox.actions().size(), 0);
    v1::Transaction after = getTransaction(connection, id);
    QCOMPARE(after.version(), version + 1);
    QCOMPARE(after.assignee(), std::string("operator"));

    // A crash between the backend's answer and the removal from disk leaves the
    // action in the outbox: sent again with its request id, it is not applied twice.
    bool requeued = false;
    store.run<bool>([saved](Cache::LocalCache &cache) {
        Cache::OutboxRecord r;
        r.kind = actionId(saved.mutation.action);
        r.transactionId = saved.transactionId();
        r.expectedVersion = saved.mutation.expectedVersion;
        r.requestId = saved.mutation.requestId;
        r.payload = saved.mutation.toRequestBytes();
        return cache.enqueue(r) > 0;
    }, this, [&](bool ok) { requeued = ok; });
    QTRY_VERIFY(requeued);
    outbox.load();
    QTRY_COMPARE(outbox.pendingCount(), 1);
    outbox.replay();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 15000);
    QCOMPARE(applied.count(), 2);
    QCOMPARE(outbox.actions().size(), 0);
    after = getTransaction(connection, id);
    QCOMPARE(after.version(), version + 1); // applied once

    // Nothing is left on disk either.
    store.close();
    Cache::LocalCache reopened;
    QCOMPARE(reopened.open(path, key), Cache::DbStatus::Ok);
    QCOMPARE(reopened.outbox().size(), 0);
}

// An outbox an older console left behind: its entries were a kind and a JSON
// object. They are converted on load (written back as the action's contract name
// and the request's bytes, same order, version and request id) and sent once; an
// entry nobody can read is kept, not sent, for the person to drop.
void TestConsoleOffline::olderOutboxEntriesAreConvertedAndSentOnce()
{
    REQUIRE_BACKEND();
    BackendConnection connection;
    SessionService session(&connection);
    QVERIFY(signIn(connection, session, m_backend->target()));
    const auto failed = failedTransactions(connection, 8);
    QVERIFY(failed.size() >= 7);
    const v1::Transaction &assigned = failed.at(5);
    const v1::Transaction &commented = failed.at(6);

    const QString path = m_dir.filePath(QStringLiteral("older.db"));
    const QByteArray key = KeyStore::randomKey();
    {
        Cache::LocalCache cache;
        QCOMPARE(cache.open(path, key), Cache::DbStatus::Ok);
        auto record = [](const char *kind, const std::string &id, qint64 version, const char *requestId,
                         const QJsonObject &payload) {
            Cache::OutboxRecord r;
            r.kind = QLatin1String(kind);
            r.transactionId = QString::fromStdString(id);
            r.expectedVersion = version;
            r.requestId = QLatin1String(requestId);
            r.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
            return r;
        };
        QVERIFY(cache.enqueue(record("assign", assigned.id(), assigned.version(), "older-assign-1",
                                     {{QStringLiteral("assignee"), QStringLiteral("operator")}})) > 0);
        QVERIFY(cache.enqueue(record("comment", commented.id(), commented.version(), "older-comment-1",
                                     {{QStringLiteral("text"), QStringLiteral("Asked the carrier")}})) > 0);
        // On a transaction of its own: a change not applied holds back later ones on the same transaction.
        QVERIFY(cache.enqueue(record("teleport", failed.at(4).id(), failed.at(4).version(), "older-unknown-1", {})) > 0);
    }

    CacheStore store;
    QVERIFY(openStore(store, path, key));
    Outbox outbox(&store, &connection);
    outbox.load();
    QTRY_VERIFY(outbox.isLoaded());
    QCOMPARE(outbox.actions().size(), 3);
    const Mutation assign = outbox.actions().at(0).mutation;
    QCOMPARE(assign.action, TransactionAction::Assign);
    QCOMPARE(assign.transactionId, QString::fromStdString(assigned.id()));
    QCOMPARE(assign.expectedVersion, assigned.version());
    QCOMPARE(assign.assignee, QStringLiteral("operator"));
    QCOMPARE(assign.requestId, QStringLiteral("older-assign-1"));
    const Mutation comment = outbox.actions().at(1).mutation;
    QCOMPARE(comment.action, TransactionAction::Comment);
    QCOMPARE(comment.text, QStringLiteral("Asked the carrier"));
    QCOMPARE(outbox.actions().at(2).state, OutboxAction::State::Failed);
    QVERIFY(!outbox.actions().at(2).message.isEmpty());
    QCOMPARE(outbox.pendingCount(), 2);

    // Written back in the current form.
    store.waitForIdle();
    std::optional<QList<Cache::OutboxRecord>> onDisk;
    store.outbox(this, [&](const QList<Cache::OutboxRecord> &records) { onDisk = records; });
    QTRY_VERIFY(onDisk.has_value());
    QCOMPARE(onDisk->size(), 3);
    QCOMPARE(onDisk->at(0).kind, actionId(TransactionAction::Assign));
    QCOMPARE(onDisk->at(0).payload, assign.toRequestBytes());
    QCOMPARE(onDisk->at(1).kind, actionId(TransactionAction::Comment));
    QCOMPARE(onDisk->at(2).kind, QStringLiteral("teleport"));

    QSignalSpy applied(&outbox, &Outbox::applied);
    QSignalSpy finished(&outbox, &Outbox::replayFinished);
    outbox.replay();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(applied.count(), 2);
    QCOMPARE(outbox.actions().size(), 1); // the unreadable one, for the person to drop
    const v1::Transaction after = getTransaction(connection, QString::fromStdString(assigned.id()));
    QCOMPARE(after.version(), assigned.version() + 1);
    QCOMPARE(after.assignee(), std::string("operator"));

    // Sent again (a crash before the removal), the same request id changes nothing twice.
    Outbox again(&store, &connection);
    OutboxAction repeat;
    repeat.mutation = assign;
    bool saved = false;
    again.enqueue(repeat, this, [&](const OutboxAction &a) { saved = a.id > 0; });
    QTRY_VERIFY(saved);
    QSignalSpy againFinished(&again, &Outbox::replayFinished);
    again.replay();
    QTRY_COMPARE_WITH_TIMEOUT(againFinished.count(), 1, 15000);
    QCOMPARE(getTransaction(connection, QString::fromStdString(assigned.id())).version(), assigned.version() + 1);

    outbox.discardAction(outbox.actions().at(0).id);
    QTRY_COMPARE(outbox.actions().size(), 0);
}

void TestConsoleOffline::conflictIsKeptForThePerson()
{
    REQUIRE_BACKEND();
    BackendConnection connection;
    SessionService session(&connection);
    QVERIFY(signIn(connection, session, m_backend->target()));
    const auto failed = failedTransactions(connection, 5);
    QVERIFY(failed.size() >= 3);
    const v1::Transaction &target = failed.at(1);
    const v1::Transaction &other = failed.at(2);
    const QString id = QString::fromStdString(target.id());

    const QString path = m_dir.filePath(QStringLiteral("conflict.db"));
    const QByteArray key = KeyStore::randomKey();
    CacheStore store;
    QVERIFY(openStore(store, path, key));
    Outbox outbox(&store, &connection);
    outbox.load();
    QTRY_VERIFY(outbox.isLoaded());

    // Someone else changed the transaction meanwhile: the saved version is stale.
    v1::AssignRequest assign;
    assign.set_id(target.id());
    assign.set_assignee("admin");
    assign.set_expected_version(target.version());
    assign.set_request_id("other-person-1");
    v1::Transaction changed;
    QVERIFY(callTransactions(connection, assign, &changed, TX_CALL(Assign)).isOk());

    auto enqueue = [&](OutboxAction a) {
        bool done = false;
        outbox.enqueue(a, this, [&](const OutboxAction &saved) { done = saved.id > 0; });
        return QTest::qWaitFor([&] { return done; }, 5000);
    };
    OutboxAction triage;
    triage.mutation = Mutation::setTriageStatus(id, target.version(), TriageStatus::Investigating);
    QVERIFY(enqueue(triage));
    OutboxAction comment; // waits behind the conflict on the same transaction
    comment.mutation = Mutation::comment(id, 0, QStringLiteral("Checked with the carrier"));
    QVERIFY(enqueue(comment));
    OutboxAction unrelated;
    unrelated.mutation = Mutation::assign(QString::fromStdString(other.id()), other.version(), QStringLiteral("operator"));
    QVERIFY(enqueue(unrelated));

    QSignalSpy conflicts(&outbox, &Outbox::conflict);
    QSignalSpy applied(&outbox, &Outbox::applied);
    QSignalSpy finished(&outbox, &Outbox::replayFinished);
    outbox.replay();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(conflicts.count(), 1);
    const auto error = conflicts.first().at(1).value<ServiceError>();
    QCOMPARE(error.code, ServiceError::Aborted);
    QCOMPARE(error.currentVersion, changed.version());
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.first().first().value<OutboxAction>().transactionId(), QString::fromStdString(other.id()));
    QCOMPARE(finished.first().at(2).toBool(), false); // the comment still waits

    // Both survive a restart: the conflict with its message, the comment pending.
    Outbox reloaded(&store, &connection);
    reloaded.load();
    QTRY_VERIFY(reloaded.isLoaded());
    QCOMPARE(reloaded.actions().size(), 2);
    QCOMPARE(reloaded.actions().at(0).state, OutboxAction::State::Conflict);
    QVERIFY(!reloaded.actions().at(0).message.isEmpty());
    QCOMPARE(reloaded.actions().at(1).state, OutboxAction::State::Pending);
    QCOMPARE(reloaded.conflictCount(), 1);

    // The person decides to apply it to the current version: then the comment follows.
    QSignalSpy reloadedFinished(&reloaded, &Outbox::replayFinished);
    reloaded.retryAction(reloaded.actions().at(0).id, changed.version());
    QTRY_COMPARE(reloaded.pendingCount(), 2);
    reloaded.replay();
    QTRY_COMPARE_WITH_TIMEOUT(reloadedFinished.count(), 1, 15000);
    QCOMPARE(reloadedFinished.first().at(0).toInt(), 2);
    QCOMPARE(reloaded.actions().size(), 0);
    const v1::Transaction after = getTransaction(connection, id);
    QCOMPARE(after.triage_status(), v1::TRIAGE_STATUS_INVESTIGATING);
    QCOMPARE(after.version(), changed.version() + 1);
}

void TestConsoleOffline::offlineStartShowsCachedExceptions()
{
    REQUIRE_BACKEND();
    const QString path = m_dir.filePath(QStringLiteral("offline-start.db"));
    const QByteArray key = KeyStore::randomKey();
    QStringList shownIds;
    QList<Flow> shownFlows;

    // Online: the console shows flows and a page of exceptions, and saves them.
    {
        BackendConnection connection;
        SessionService session(&connection);
        QVERIFY(signIn(connection, session, m_backend->target()));
        CacheStore store;
        QVERIFY(openStore(store, path, key));
        Outbox outbox(&store, &connection);
        EventFollower events(&connection);
        OfflineController controller(&connection, &store, &outbox, &events);
        FlowsService flows(&connection);
        QSignalSpy loaded(&flows, &FlowsService::flowsLoaded);
        flows.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        shownFlows = loaded.first().first().value<QList<Flow>>();
        QVERIFY(!shownFlows.isEmpty());
        store.put(Cache::FlowsKind, QStringLiteral("catalogue"), Cache::encodeFlows(shownFlows));
        QJsonArray page;
        for (const auto &t : failedTransactions(connection, 20)) {
            shownIds << QString::fromStdString(t.id());
            page.append(QJsonObject{{QStringLiteral("id"), QString::fromStdString(t.id())},
                                    {QStringLiteral("business_key"), QString::fromStdString(t.business_key())}});
        }
        QVERIFY(!shownIds.isEmpty());
        store.put(Cache::ExceptionPageKind, QStringLiteral("state:failed"), QJsonDocument(page).toJson());
        controller.noteFreshData();
        store.waitForIdle();
    }

    // Next start: the backend cannot be reached.
    BackendConnection connection;
    connection.setTarget(QStringLiteral("127.0.0.1:1"));
    CacheStore store;
    QVERIFY(openStore(store, path, key));
    Outbox outbox(&store, &connection);
    outbox.load();
    EventFollower events(&connection);
    OfflineController controller(&connection, &store, &outbox, &events);
    controller.setProbeBackoff(100, 400);
    bool stateLoaded = false;
    controller.loadState([&] { stateLoaded = true; });
    QTRY_VERIFY(stateLoaded);
    QVERIFY(controller.dataTime().isValid());
    QVERIFY(controller.dataTime().secsTo(QDateTime::currentDateTimeUtc()) < 600);

    OfflineBanner banner;
    connect(&controller, &OfflineController::offlineChanged, &banner, &OfflineBanner::setOffline);
    connect(&outbox, &Outbox::changed, &banner, [&] { banner.setPendingCount(outbox.pendingCount(), outbox.conflictCount()); });
    QSignalSpy offline(&controller, &OfflineController::offlineChanged);
    controller.startOffline();
    QCOMPARE(offline.count(), 1);
    QVERIFY(controller.isOffline());
    QVERIFY(banner.isVisibleTo(nullptr) || !banner.isHidden());
    QVERIFY(banner.text().contains(QStringLiteral("Offline")));
    QVERIFY(banner.text().contains(QLocale().toString(controller.dataTime().toLocalTime(), QLocale::ShortFormat)));

    // The saved exceptions and flows are there at once.
    std::optional<Cache::Entry> page, flows;
    int answers = 0;
    store.get(Cache::ExceptionPageKind, QStringLiteral("state:failed"), this, [&](auto e) { page = e; ++answers; });
    store.get(Cache::FlowsKind, QStringLiteral("catalogue"), this, [&](auto e) { flows = e; ++answers; });
    QTRY_COMPARE(answers, 2);
    QVERIFY(page.has_value());
    QStringList cachedIds;
    for (const auto &v : QJsonDocument::fromJson(page->data).array())
        cachedIds << v.toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(cachedIds, shownIds);
    QVERIFY(flows.has_value());
    QCOMPARE(Cache::decodeFlows(flows->data), shownFlows);

    // An action taken offline is visibly pending.
    OutboxAction comment;
    comment.mutation = Mutation::comment(shownIds.first(), 0, QStringLiteral("Customer called, will resend"));
    outbox.enqueue(comment);
    QTRY_COMPARE(outbox.pendingCount(), 1);
    QVERIFY(banner.text().contains(QStringLiteral("1 change")));

    // Probes with backoff find nothing yet...
    QTRY_VERIFY_WITH_TIMEOUT(controller.probeCount() >= 2, 10000);
    QVERIFY(controller.isOffline());

    // ...then the backend is reachable again: online, and the outbox is replayed.
    SessionService session(&connection);
    QSignalSpy back(&controller, &OfflineController::backOnline);
    QSignalSpy finished(&outbox, &Outbox::replayFinished);
    QVERIFY(signIn(connection, session, m_backend->target()));
    QTRY_COMPARE_WITH_TIMEOUT(back.count(), 1, 10000);
    QVERIFY(!controller.isOffline());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(finished.first().at(0).toInt(), 1);
    QCOMPARE(outbox.pendingCount(), 0);
    QVERIFY(!banner.text().contains(QStringLiteral("Offline")));
}

// The saved data and its outbox belong to the server, not to the address it was
// reached at: a change made offline at one address (the demo server's port of the
// day) is found and sent when the same server answers at another address (another
// port, a name instead of the IP).
void TestConsoleOffline::waitingChangeFollowsTheServerToAnotherAddress()
{
    REQUIRE_BACKEND();
    QSettings().remove(QStringLiteral("profiles"));
    const QString directory = m_dir.filePath(QStringLiteral("profiles"));
    QVERIFY(QDir().mkpath(directory));
    BackendProcess server({QStringLiteral("--no-traffic")});
    QVERIFY2(server.start(), qPrintable(server.errorText()));
    const QByteArray key = KeyStore::randomKey();
    QString id;
    qint64 version = 0;
    QString firstProfile;
    QString siteId;
    {
        BackendConnection connection;
        SessionService session(&connection);
        QVERIFY(signIn(connection, session, server.target()));
        siteId = session.session().siteId;
        QVERIFY(!siteId.isEmpty());
        const auto failed = failedTransactions(connection, 5);
        QVERIFY(!failed.isEmpty());
        id = QString::fromStdString(failed.first().id());
        version = failed.first().version();
        firstProfile = CacheStore::resolveProfileId(directory, server.target(), siteId, QStringLiteral("operator"));
        CacheStore store;
        QVERIFY(openStore(store, CacheStore::databasePath(directory, firstProfile), key));
        Outbox outbox(&store, &connection);
        outbox.load();
        QTRY_VERIFY(outbox.isLoaded());
        OutboxAction assign;
        assign.mutation = Mutation::assign(id, version, QStringLiteral("operator"));
        bool saved = false;
        outbox.enqueue(assign, this, [&](const OutboxAction &a) { saved = a.id > 0; });
        QTRY_VERIFY(saved);
        store.close();
    }

    // The server restarts on another port and is reached by name.
    const int oldPort = server.port();
    server.stop();
    QVERIFY2(server.start(), qPrintable(server.errorText()));
    const QString newAddress = QStringLiteral("localhost:%1").arg(server.port());
    QVERIFY(server.port() != oldPort || newAddress != server.target());
    BackendConnection connection;
    SessionService session(&connection);
    QVERIFY(signIn(connection, session, newAddress));
    QCOMPARE(session.session().siteId, siteId);
    // The old way (by address) would have opened an empty profile.
    QVERIFY(CacheStore::profileId(newAddress, QStringLiteral("operator")) != firstProfile);
    const QString profile = CacheStore::resolveProfileId(directory, newAddress, siteId, QStringLiteral("operator"));
    QCOMPARE(profile, firstProfile);
    // A start without the server at the new address finds the same profile too.
    QCOMPARE(CacheStore::resolveProfileId(directory, newAddress, {}, QStringLiteral("operator")), firstProfile);

    CacheStore store;
    QVERIFY(openStore(store, CacheStore::databasePath(directory, profile), key));
    Outbox outbox(&store, &connection);
    outbox.load();
    QTRY_VERIFY(outbox.isLoaded());
    QCOMPARE(outbox.pendingCount(), 1);
    QSignalSpy finished(&outbox, &Outbox::replayFinished);
    outbox.replay();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(outbox.pendingCount(), 0);
    const v1::Transaction after = getTransaction(connection, id);
    QCOMPARE(after.assignee(), std::string("operator"));
    QCOMPARE(after.version(), version + 1);

    // Another server at an address this profile was used at does not get its changes.
    BackendProcess other({QStringLiteral("--no-traffic")});
    QVERIFY2(other.start(), qPrintable(other.errorText()));
    BackendConnection otherConnection;
    SessionService otherSession(&otherConnection);
    QVERIFY(signIn(otherConnection, otherSession, other.target()));
    QVERIFY(otherSession.session().siteId != siteId);
    QVERIFY(CacheStore::resolveProfileId(directory, newAddress, otherSession.session().siteId,
                                         QStringLiteral("operator"))
            != firstProfile);
}

// Quitting (Ctrl+Q) with a change waiting to be sent asks first: Cancel stays,
// Send Now tries to send and stays, Send Later quits and the change stays saved.
void TestConsoleOffline::quittingWithWaitingChangesAsksFirst()
{
    REQUIRE_BACKEND();
    const QString path = m_dir.filePath(QStringLiteral("quit.db"));
    const QByteArray key = KeyStore::randomKey();
    BackendConnection connection;
    connection.setTarget(QStringLiteral("127.0.0.1:1")); // the server cannot be reached
    SessionService session(&connection);
    FlowsService flows(&connection);
    EventFollower events(&connection);
    CacheStore store;
    QVERIFY(openStore(store, path, key));
    Outbox outbox(&store, &connection);
    outbox.load();
    QTRY_VERIFY(outbox.isLoaded());
    OutboxAction comment;
    comment.mutation = Mutation::comment(QStringLiteral("42"), 0, QStringLiteral("Customer called"));
    outbox.enqueue(comment);
    QTRY_COMPARE(outbox.pendingCount(), 1);

    MainWindow window(&session, &flows, &events);
    int sendNowCalls = 0;
    window.addLeaveGuard(&outbox, [&] {
        return WaitingChangesDialog::confirmLeaving(&window, outbox.pendingCount(), outbox.conflictCount(),
                                                    [&] { ++sendNowCalls; });
    });
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy quit(&window, &MainWindow::quitRequested);
    auto *quitAction = window.findChild<QAction *>(QStringLiteral("quitAction"));
    QVERIFY(quitAction);
    QCOMPARE(quitAction->shortcut(), QKeySequence(QKeySequence::Quit));

    auto cancel = answerNextDialog(QStringLiteral("stayButton"), QStringLiteral("waitingChangesDialog"));
    // Ctrl+Q where the platform binds Quit to a key (the offscreen platform binds none).
    if (quitAction->shortcut().isEmpty())
        quitAction->trigger();
    else
        QTest::keySequence(&window, quitAction->shortcut());
    QTRY_VERIFY(cancel->asked);
    QVERIFY2(cancel->text.contains(QStringLiteral("1 change")), qPrintable(cancel->text));
    QCOMPARE(quit.count(), 0);

    auto sendNow = answerNextDialog(QStringLiteral("sendNowButton"), QStringLiteral("waitingChangesDialog"));
    quitAction->trigger();
    QTRY_VERIFY(sendNow->asked);
    QCOMPARE(sendNowCalls, 1);
    QCOMPARE(quit.count(), 0);

    // Closing the window asks too.
    auto closeCancel = answerNextDialog(QStringLiteral("stayButton"), QStringLiteral("waitingChangesDialog"));
    QVERIFY(!window.close());
    QTRY_VERIFY(closeCancel->asked);
    QVERIFY(window.isVisible());

    auto later = answerNextDialog(QStringLiteral("sendLaterButton"), QStringLiteral("waitingChangesDialog"));
    quitAction->trigger();
    QTRY_VERIFY(later->asked);
    QCOMPARE(quit.count(), 1);
    // The windows closing on the way out do not ask again.
    QVERIFY(window.close());

    // The change stays saved for the next start.
    store.close();
    Cache::LocalCache reopened;
    QCOMPARE(reopened.open(path, key), Cache::DbStatus::Ok);
    QCOMPARE(reopened.outbox().size(), 1);
}

namespace {

// A profile as a console keeps it for `address` and `user`, with its key in the
// keychain and one change waiting; the profile id.
QString profileWithWaitingChange(KeyStore &keys, const QString &address, const QString &user,
                                 const Mutation &mutation)
{
    const QString profile = CacheStore::profileId(address, user);
    std::optional<KeyStore::Result> key;
    QObject context;
    keys.loadOrCreateKey(profile, &context, [&](const KeyStore::Result &r) { key = r; });
    if (!QTest::qWaitFor([&] { return key.has_value(); }, 20000) || key->key.isEmpty())
        return {};
    CacheStore store;
    if (!openStore(store, CacheStore::databasePath(CacheStore::defaultDirectory(), profile), key->key))
        return {};
    BackendConnection offline;
    Outbox outbox(&store, &offline);
    OutboxAction action;
    action.mutation = mutation;
    bool saved = false;
    outbox.enqueue(action, nullptr, [&](const OutboxAction &a) { saved = a.id > 0; });
    if (!QTest::qWaitFor([&] { return saved; }, 10000))
        return {};
    store.close();
    return profile;
}

// How many changes wait in a profile's file.
int waitingIn(KeyStore &keys, const QString &profile)
{
    std::optional<KeyStore::Result> key;
    QObject context;
    keys.readKey(profile, &context, [&](const KeyStore::Result &r) { key = r; });
    // -1: the keychain gave no key; -2: the cache did not open with it.
    if (!QTest::qWaitFor([&] { return key.has_value(); }, 20000) || key->status != KeyStore::Status::Found) {
        qWarning("no key for profile %s: %s", qPrintable(profile),
                 key ? qPrintable(key->message) : "the keychain did not answer");
        return -1;
    }
    Cache::LocalCache cache;
    const auto opened = cache.open(CacheStore::databasePath(CacheStore::defaultDirectory(), profile), key->key);
    if (opened != Cache::DbStatus::Ok) {
        qWarning("the cache of profile %s does not open: status %d", qPrintable(profile), int(opened));
        return -2;
    }
    return int(cache.outbox().size());
}

} // namespace

// A change made offline while the server was reached at an address the console no
// longer uses (an older console kept profiles by address, the demo server's port
// changes at every start) is offered after the next sign-in: added, it is sent once
// and leaves the old profile; discarded, it is gone after a second question.
// Another person's profile is never offered.
void TestConsoleOffline::changesLeftAtAnEarlierAddressAreOffered()
{
    REQUIRE_BACKEND();
    QSettings().remove(QStringLiteral("profiles"));
    QDir(CacheStore::defaultDirectory()).removeRecursively();
    QVERIFY(QDir().mkpath(CacheStore::defaultDirectory()));
    KeyStore keys(QStringLiteral("Flowdesk"));

    BackendConnection connection;
    SessionService session(&connection);
    QVERIFY(signIn(connection, session, m_backend->target()));
    const auto failed = failedTransactions(connection, 20);
    QVERIFY(failed.size() >= 3);
    const v1::Transaction &mine = failed.at(failed.size() - 1);
    const QString id = QString::fromStdString(mine.id());
    const QString otherId = QString::fromStdString(failed.at(failed.size() - 2).id());

    // An older console's profile for an address no longer used: it noted no owner.
    const QString earlier = profileWithWaitingChange(
        keys, QStringLiteral("127.0.0.1:1"), QStringLiteral("operator"),
        Mutation::assign(id, mine.version(), QStringLiteral("operator")));
    QVERIFY(!earlier.isEmpty());
    // Another person's profile on this computer.
    const QString theirs = profileWithWaitingChange(
        keys, QStringLiteral("127.0.0.1:2"), QStringLiteral("viewer"),
        Mutation::comment(otherId, 0, QStringLiteral("not the operator's")));
    QVERIFY(!theirs.isEmpty());
    QSettings().setValue(QStringLiteral("profiles/user/") + theirs, QStringLiteral("viewer"));
    const auto candidates = CacheStore::earlierProfiles(CacheStore::defaultDirectory(), QString(),
                                                        session.session().siteId, QStringLiteral("operator"));
    QCOMPARE(candidates.size(), 1);
    QCOMPARE(candidates.first().profileId, earlier);
    QVERIFY(!candidates.first().knownOwner);

    FlowsService flows(&connection);
    EventFollower events(&connection);
    {
        MainWindow window(&session, &flows, &events);
        OfflineSupport support(&connection, &session, &flows, &events);
        window.show();
        auto add = answerNextDialog(QStringLiteral("addEarlierButton"), QStringLiteral("earlierChangesDialog"), 30000);
        support.attach(&window);
        QTRY_VERIFY_WITH_TIMEOUT(add->asked, 30000);
        QVERIFY2(add->text.contains(QStringLiteral("1 change")), qPrintable(add->text));
        QVERIFY2(add->text.contains(id), qPrintable(add->text));
        QVERIFY2(add->text.contains(QStringLiteral("without noting who")), qPrintable(add->text));
        QVERIFY2(!add->text.contains(otherId), qPrintable(add->text));
        // Sent once: the transaction moved one version and is the operator's.
        QTRY_VERIFY_WITH_TIMEOUT(getTransaction(connection, id).version() == mine.version() + 1, 20000);
        QCOMPARE(getTransaction(connection, id).assignee(), std::string("operator"));
        QTRY_COMPARE_WITH_TIMEOUT(support.outbox()->pendingCount(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(waitingIn(keys, earlier), 0, 10000);
        QCOMPARE(waitingIn(keys, theirs), 1);
        support.detach();
    }

    // Discarding asks a second time; Cancel there keeps the change for later.
    const QString another = profileWithWaitingChange(
        keys, QStringLiteral("127.0.0.1:3"), QStringLiteral("operator"),
        Mutation::comment(otherId, 0, QStringLiteral("made at another address")));
    QVERIFY(!another.isEmpty());
    for (const bool confirm : {false, true}) {
        MainWindow window(&session, &flows, &events);
        OfflineSupport support(&connection, &session, &flows, &events);
        window.show();
        auto discard = answerNextDialog(QStringLiteral("discardEarlierButton"), QStringLiteral("earlierChangesDialog"),
                                        30000);
        auto second = answerNextDialog(confirm ? QStringLiteral("confirmDiscardButton") : QStringLiteral("cancel"),
                                       QStringLiteral("confirmDiscardDialog"), 30000);
        support.attach(&window);
        QTRY_VERIFY_WITH_TIMEOUT(discard->asked && second->asked, 30000);
        QVERIFY2(discard->text.contains(QStringLiteral("1 change")), qPrintable(discard->text));
        QTRY_COMPARE_WITH_TIMEOUT(waitingIn(keys, another), confirm ? 0 : 1, 10000);
        QCOMPARE(support.outbox()->pendingCount(), 0);
        support.detach();
    }
    QCOMPARE(waitingIn(keys, theirs), 1);
}

int main(int argc, char **argv)
{
    if (argc >= 2 && qstrcmp(argv[1], "--enqueue-and-die") == 0) {
        QCoreApplication app(argc, argv);
        return enqueueAndDie(app.arguments().mid(2));
    }
    QApplication app(argc, argv);
    // The profiles the test remembers stay out of the person's own settings.
    QCoreApplication::setOrganizationName(QStringLiteral("flowdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_console_offline"));
    // The console's own data folder, under the test's home.
    QStandardPaths::setTestModeEnabled(true);
    TestConsoleOffline test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_console_offline.moc"
