// The console's services against a real flowdeskd: signing in, permissions, the
// flow catalogue, the event feed across a backend restart, and session expiry;
// and the event feed from a backend that implements only the contract's fixed
// outline (Watch without WatchBatches).

#include "backendconnection.h"
#include "demobackend.h"
#include "consoletestutil.h"
#include "sanitizerreports.h"
#include "eventfollower.h"
#include "flowsservice.h"
#include "sessionservice.h"

#include "flowdesk/v1/event.grpc.pb.h"

#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>

#include <QSignalSpy>

#include <atomic>
#include <optional>
#include <thread>

#include <csignal>
#include <QTemporaryDir>
#include <QTest>

using namespace Flowdesk;

Q_DECLARE_METATYPE(QList<Flowdesk::FlowEvent>)

class TestConsoleServices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void login_data();
    void login();
    void unreachableServer();
    void lockedOutAccount();
    void whoAmIPermissions_data();
    void whoAmIPermissions();
    void listFlowsWithCounts();
    void followerResumesAfterRestart();
    void followerUsesWatchWhereBatchesAreNotOffered();
    void sessionExpiry();
    void demoBackendStartsAndStops();
    void demoBackendComesBackAfterItDied();

private:
    // Signs in on a fresh connection; returns false with a message on failure.
    bool signIn(BackendConnection &connection, SessionService &session, const QString &target,
                const QString &user, QString *message = nullptr);

    std::unique_ptr<BackendProcess> m_backend;
};

void TestConsoleServices::initTestCase()
{
    qRegisterMetaType<Flowdesk::ServiceError>();
    qRegisterMetaType<Flowdesk::Session>();
    qRegisterMetaType<QList<Flowdesk::Flow>>();
    qRegisterMetaType<QList<Flowdesk::FlowEvent>>();
    if (!BackendProcess::available())
        return;
    m_backend = std::make_unique<BackendProcess>(QStringList{QStringLiteral("--no-traffic")});
    QVERIFY2(m_backend->start(), qPrintable(m_backend->errorText()));
}

void TestConsoleServices::cleanupTestCase()
{
    m_backend.reset();
}

bool TestConsoleServices::signIn(BackendConnection &connection, SessionService &session, const QString &target,
                                 const QString &user, QString *message)
{
    connection.setTarget(target);
    QSignalSpy ok(&session, &SessionService::loggedIn);
    QSignalSpy failed(&session, &SessionService::loginFailed);
    session.login(user, QStringLiteral("demo-") + user);
    if (!QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 10000)) {
        if (message)
            *message = QStringLiteral("no answer to Login");
        return false;
    }
    if (failed.count() && message)
        *message = failed.first().first().value<ServiceError>().serverMessage;
    return ok.count() == 1;
}

void TestConsoleServices::login_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    const int ok = ServiceError::Ok;
    const int unauthenticated = ServiceError::Unauthenticated;
    QTest::newRow("operator") << "operator" << "demo-operator" << true << ok << QString();
    QTest::newRow("viewer") << "viewer" << "demo-viewer" << true << ok << QString();
    QTest::newRow("wrong password") << "operator" << "demo-viewer" << false << unauthenticated
                                    << "The user name or password is not correct.";
    QTest::newRow("unknown user") << "nobody" << "secret" << false << unauthenticated
                                  << "The user name or password is not correct.";
    QTest::newRow("connector service account")
        << "connector" << "demo-connector" << false << int(ServiceError::PermissionDenied)
        << "The account connector is a service account for connectors and cannot sign in to the console. "
           "Use your personal account.";
    QTest::newRow("empty password") << "admin" << "" << false << int(ServiceError::InvalidArgument)
                                    << "Enter a user name and a password.";
}

void TestConsoleServices::login()
{
    REQUIRE_BACKEND();
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    QFETCH(int, code);
    QFETCH(QString, message);

    BackendConnection connection;
    connection.setTarget(m_backend->target());
    SessionService session(&connection);
    QSignalSpy ok(&session, &SessionService::loggedIn);
    QSignalSpy failed(&session, &SessionService::loginFailed);
    session.login(user, password);
    QTRY_COMPARE_WITH_TIMEOUT(ok.count() + failed.count(), 1, 10000);

    QCOMPARE(ok.count() == 1, accepted);
    QCOMPARE(session.isLoggedIn(), accepted);
    QCOMPARE(connection.hasToken(), accepted);
    if (accepted) {
        const auto s = ok.first().first().value<Session>();
        QCOMPARE(s.user.username, user);
        QCOMPARE(s.server, m_backend->target());
        QCOMPARE(connection.connectionState(), ConnectionState::Connected);
    } else {
        const auto error = failed.first().first().value<ServiceError>();
        QCOMPARE(int(error.code), code);
        QCOMPARE(error.loginMessage(), message);
    }
}

void TestConsoleServices::unreachableServer()
{
    // A port nobody listens on: the person is told the server cannot be reached.
    BackendConnection connection;
    connection.setDeadline(std::chrono::milliseconds(3000));
    connection.setTarget(QStringLiteral("127.0.0.1:1"));
    SessionService session(&connection);
    QSignalSpy failed(&session, &SessionService::loginFailed);
    session.login(QStringLiteral("operator"), QStringLiteral("demo-operator"));
    QVERIFY(failed.wait(10000));
    const auto error = failed.first().first().value<ServiceError>();
    QVERIFY(error.isUnreachable());
    QVERIFY2(error.loginMessage().contains(QStringLiteral("cannot be reached"))
                 || error.loginMessage().contains(QStringLiteral("did not answer")),
             qPrintable(error.loginMessage()));
    QVERIFY(error.loginMessage().contains(QStringLiteral("127.0.0.1:1")));
    QVERIFY(!session.isLoggedIn());
}

void TestConsoleServices::lockedOutAccount()
{
    REQUIRE_BACKEND();
    BackendConnection connection;
    connection.setTarget(m_backend->target());
    SessionService session(&connection);
    QSignalSpy failed(&session, &SessionService::loginFailed);
    auto attempt = [&](const QString &password) {
        const int before = failed.count();
        session.login(QStringLiteral("auditor"), password);
        return QTest::qWaitFor([&] { return failed.count() > before; }, 10000);
    };
    ServiceError last;
    for (int i = 0; i < 10 && !last.isLockedOut(); ++i) {
        QVERIFY(attempt(QStringLiteral("guess-%1").arg(i)));
        last = failed.last().first().value<ServiceError>();
    }
    QVERIFY2(last.isLockedOut(), "repeated wrong passwords slow this computer's attempts down");
    QVERIFY(last.retryAfterSeconds > 0);
    QVERIFY2(last.loginMessage().startsWith(QStringLiteral("Too many failed sign-in attempts from this computer. Try again in")),
             qPrintable(last.loginMessage()));
    // While waiting, even the right password is refused with the same explanation.
    QVERIFY(attempt(QStringLiteral("demo-auditor")));
    QVERIFY(failed.last().first().value<ServiceError>().isLockedOut());
    QVERIFY(!session.isLoggedIn());
}

void TestConsoleServices::whoAmIPermissions_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("granted");
    QTest::addColumn<QStringList>("denied");
    QTest::addColumn<QStringList>("domains");
    QTest::addColumn<QStringList>("plants");

    QTest::newRow("operator") << "operator" << int(Role::Operator)
                              << QStringList{"flows.read", "transactions.triage", "transactions.edit"}
                              << QStringList{"connectors.manage", "users.manage", "transactions.replay"}
                              << QStringList{"sales", "finance"} << QStringList{};
    QTest::newRow("viewer") << "viewer" << int(Role::Viewer) << QStringList{"flows.read", "dashboard.read"}
                            << QStringList{"transactions.triage", "transactions.edit"} << QStringList{}
                            << QStringList{"DE01"};
    QTest::newRow("admin") << "admin" << int(Role::Admin)
                           << QStringList{"connectors.manage", "credentials.set", "users.manage", "audit.read_all"}
                           << QStringList{"transactions.edit"} << QStringList{} << QStringList{};
}

void TestConsoleServices::whoAmIPermissions()
{
    REQUIRE_BACKEND();
    QFETCH(QString, user);
    QFETCH(int, role);
    QFETCH(QStringList, granted);
    QFETCH(QStringList, denied);
    QFETCH(QStringList, domains);
    QFETCH(QStringList, plants);

    BackendConnection connection;
    SessionService session(&connection);
    QString message;
    QVERIFY2(signIn(connection, session, m_backend->target(), user, &message), qPrintable(message));

    QSignalSpy refreshed(&session, &SessionService::userRefreshed);
    session.whoAmI();
    QVERIFY(refreshed.wait(10000));
    const User u = refreshed.first().first().value<User>();
    QCOMPARE(u.username, user);
    QCOMPARE(int(u.role), role);
    for (const QString &p : granted)
        QVERIFY2(u.can(p), qPrintable(p));
    for (const QString &p : denied)
        QVERIFY2(!u.can(p), qPrintable(p));
    QStringList gotDomains = u.domains;
    gotDomains.sort();
    domains.sort();
    QCOMPARE(gotDomains, domains);
    QCOMPARE(u.plants, plants);
}

void TestConsoleServices::listFlowsWithCounts()
{
    REQUIRE_BACKEND();
    BackendConnection connection;
    SessionService session(&connection);
    QString message;
    QVERIFY2(signIn(connection, session, m_backend->target(), QStringLiteral("admin"), &message), qPrintable(message));

    FlowsService flows(&connection);
    QSignalSpy loaded(&flows, &FlowsService::flowsLoaded);
    QSignalSpy failed(&flows, &FlowsService::failed);
    flows.refresh();
    flows.refresh(); // folded into one follow-up request, never two at once
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1 || failed.count() >= 1, 10000);
    QCOMPARE(failed.count(), 0);
    const auto list = loaded.first().first().value<QList<Flow>>();
    QCOMPARE(list.size(), 12);
    qint64 total = 0;
    QSet<QString> ids;
    QSet<QString> domains;
    for (const Flow &f : list) {
        QVERIFY(!f.id.isEmpty());
        QVERIFY2(!f.name.isEmpty(), qPrintable(f.id));
        QVERIFY2(!f.sourceSystem.isEmpty() && !f.targetSystem.isEmpty(), qPrintable(f.id));
        QVERIFY2(f.slaSeconds > 0, qPrintable(f.id));
        ids.insert(f.id);
        domains.insert(f.domain);
        total += f.totalCount();
    }
    QCOMPARE(ids.size(), 12);
    QVERIFY(domains.contains(QStringLiteral("sales")));
    QVERIFY(domains.contains(QStringLiteral("finance")));
    QVERIFY2(total > 0, "the demo data has transactions");
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 10000);
}

void TestConsoleServices::followerResumesAfterRestart()
{
    REQUIRE_BACKEND();
    // Traffic on: the demo simulator keeps changing transactions.
    BackendProcess backend;
    QVERIFY2(backend.start(), qPrintable(backend.errorText()));

    BackendConnection connection;
    SessionService session(&connection);
    QString message;
    QVERIFY2(signIn(connection, session, backend.target(), QStringLiteral("admin"), &message), qPrintable(message));

    EventFollower follower(&connection);
    QList<qint64> sequences;
    connect(&follower, &EventFollower::eventsReceived, this, [&](const QList<FlowEvent> &events) {
        for (const FlowEvent &e : events)
            sequences << e.sequence;
    });
    QSignalSpy started(&follower, &EventFollower::streamStarted);
    QSignalSpy broken(&follower, &EventFollower::streamBroken);
    follower.start(-1);
    QTRY_VERIFY_WITH_TIMEOUT(sequences.size() >= 3, 20000);

    // The backend goes away: the follower notices and keeps trying.
    const int port = backend.port();
    backend.stop();
    QTRY_VERIFY_WITH_TIMEOUT(broken.count() >= 1, 10000);
    const qint64 lastBefore = follower.lastSequence();
    const int receivedBefore = sequences.size();
    QCOMPARE(lastBefore, sequences.last());
    QTRY_VERIFY_WITH_TIMEOUT(connection.connectionState() != ConnectionState::Connected, 10000);

    // Same port, same data: the follower reconnects from where it stopped.
    QVERIFY2(backend.start(port), qPrintable(backend.errorText()));
    QTRY_VERIFY_WITH_TIMEOUT(sequences.size() > receivedBefore + 2, 30000);
    QVERIFY(follower.reconnectCount() >= 1);
    QCOMPARE(started.last().first().toLongLong(), lastBefore);
    // Nothing missing, nothing twice: the first event after the restart follows the last one before it.
    QCOMPARE(sequences.at(receivedBefore), lastBefore + 1);
    for (int i = 1; i < sequences.size(); ++i)
        QVERIFY2(sequences.at(i) == sequences.at(i - 1) + 1,
                 qPrintable(QStringLiteral("gap or repeat at %1: %2 after %3")
                                .arg(i).arg(sequences.at(i)).arg(sequences.at(i - 1))));
    QTRY_COMPARE_WITH_TIMEOUT(connection.connectionState(), ConnectionState::Connected, 10000);
}

namespace {

// Another middleware's event feed, as the contract's fixed outline has it: Watch
// sends each event after since_sequence in a message of its own, then stays
// open; WatchBatches is not implemented, so gRPC answers UNIMPLEMENTED.
class OutlineEventService final : public flowdesk::v1::EventService::Service
{
public:
    std::atomic<int> watchCalls{0};
    std::atomic<bool> sawToken{false};

    grpc::Status Watch(grpc::ServerContext *context, const flowdesk::v1::WatchRequest *request,
                       grpc::ServerWriter<flowdesk::v1::Event> *writer) override
    {
        ++watchCalls;
        const auto token = context->client_metadata().find("authorization");
        sawToken = token != context->client_metadata().end() && token->second == "Bearer outline-token";
        const std::int64_t from = std::max<std::int64_t>(request->since_sequence(), 0);
        for (std::int64_t seq = from + 1; seq <= from + 5; ++seq) {
            flowdesk::v1::Event e;
            e.set_sequence(seq);
            e.set_type(flowdesk::v1::EVENT_TYPE_TRANSACTION_CHANGED);
            e.set_transaction_id("tx-" + std::to_string(seq));
            e.set_state(flowdesk::v1::FAILED);
            e.set_action("failed");
            if (!writer->Write(e))
                return grpc::Status::CANCELLED;
        }
        while (!context->IsCancelled())
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        return grpc::Status::OK;
    }
};

// The same feed from a backend that offers batches too: WatchBatches sends the
// five events after since_sequence in one message.
class BatchesEventService final : public flowdesk::v1::EventService::Service
{
public:
    std::atomic<int> watchCalls{0};
    std::atomic<int> batchCalls{0};

    grpc::Status Watch(grpc::ServerContext *, const flowdesk::v1::WatchRequest *,
                       grpc::ServerWriter<flowdesk::v1::Event> *) override
    {
        ++watchCalls;
        return grpc::Status(grpc::StatusCode::FAILED_PRECONDITION, "this feed is followed in batches");
    }

    grpc::Status WatchBatches(grpc::ServerContext *context, const flowdesk::v1::WatchRequest *request,
                              grpc::ServerWriter<flowdesk::v1::EventBatch> *writer) override
    {
        ++batchCalls;
        const std::int64_t from = std::max<std::int64_t>(request->since_sequence(), 0);
        flowdesk::v1::EventBatch batch;
        for (std::int64_t seq = from + 1; seq <= from + 5; ++seq) {
            flowdesk::v1::Event *e = batch.add_events();
            e->set_sequence(seq);
            e->set_type(flowdesk::v1::EVENT_TYPE_TRANSACTION_CHANGED);
            e->set_transaction_id("tx-" + std::to_string(seq));
            e->set_state(flowdesk::v1::FAILED);
            e->set_action("failed");
        }
        if (!writer->Write(batch))
            return grpc::Status::CANCELLED;
        while (!context->IsCancelled())
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        return grpc::Status::OK;
    }
};

} // namespace

void TestConsoleServices::followerUsesWatchWhereBatchesAreNotOffered()
{
    OutlineEventService service;
    int port = 0;
    grpc::ServerBuilder builder;
    builder.AddListeningPort("127.0.0.1:0", grpc::experimental::LocalServerCredentials(LOCAL_TCP), &port);
    builder.RegisterService(&service);
    std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
    QVERIFY(server);
    QVERIFY(port > 0);

    BackendConnection connection;
    connection.setTarget(QStringLiteral("127.0.0.1:%1").arg(port));
    connection.setToken(QStringLiteral("outline-token"));
    EventFollower follower(&connection);
    QList<qint64> sequences;
    QStringList ids;
    connect(&follower, &EventFollower::eventsReceived, this, [&](const QList<FlowEvent> &events) {
        for (const FlowEvent &e : events) {
            sequences << e.sequence;
            ids << e.transactionId;
        }
    });
    QSignalSpy broken(&follower, &EventFollower::streamBroken);
    QSignalSpy reload(&follower, &EventFollower::reloadRequired);
    follower.start(10);

    // Refused batches are no broken stream: the follower goes on through Watch,
    // from the same position, without a retry's wait.
    QTRY_COMPARE_WITH_TIMEOUT(sequences.size(), 5, 10000);
    QCOMPARE(sequences, (QList<qint64>{11, 12, 13, 14, 15}));
    QCOMPARE(ids.first(), QStringLiteral("tx-11"));
    QCOMPARE(service.watchCalls.load(), 1);
    QVERIFY(service.sawToken.load());
    QCOMPARE(broken.count(), 0);
    QCOMPARE(reload.count(), 0);
    QCOMPARE(follower.reconnectCount(), 0);
    QVERIFY(follower.isStreaming());
    QCOMPARE(follower.lastSequence(), qint64(15));

    // The backend is replaced, on the same address, by one that offers batches
    // (an upgrade): the follower asks for them again, from where it stopped.
    server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(2));
    server.reset();
    QTRY_VERIFY_WITH_TIMEOUT(broken.count() >= 1, 10000);
    BatchesEventService upgraded;
    grpc::ServerBuilder again;
    int samePort = 0;
    again.AddListeningPort(QStringLiteral("127.0.0.1:%1").arg(port).toStdString(),
                           grpc::experimental::LocalServerCredentials(LOCAL_TCP), &samePort);
    again.RegisterService(&upgraded);
    server = again.BuildAndStart();
    QVERIFY(server);
    QCOMPARE(samePort, port);
    QTRY_COMPARE_WITH_TIMEOUT(sequences.size(), 10, 20000);
    QCOMPARE(sequences.mid(5), (QList<qint64>{16, 17, 18, 19, 20}));
    QCOMPARE(upgraded.batchCalls.load(), 1);
    QCOMPARE(upgraded.watchCalls.load(), 0);
    QCOMPARE(service.watchCalls.load(), 1);
    QCOMPARE(reload.count(), 0);

    follower.stop();
    server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(2));
}

void TestConsoleServices::sessionExpiry()
{
    REQUIRE_BACKEND();
    BackendProcess backend({QStringLiteral("--no-traffic"), QStringLiteral("--session-ttl"), QStringLiteral("2")});
    QVERIFY2(backend.start(), qPrintable(backend.errorText()));

    BackendConnection connection;
    SessionService session(&connection);
    QSignalSpy expired(&session, &SessionService::sessionExpired);
    QString message;
    QVERIFY2(signIn(connection, session, backend.target(), QStringLiteral("operator"), &message),
             qPrintable(message));

    // Without any click, the console notices that the session ran out.
    QVERIFY(expired.wait(15000));
    QCOMPARE(expired.count(), 1);

    // A call made now waits for the person to sign in again, then goes out by itself.
    FlowsService flows(&connection);
    QSignalSpy loaded(&flows, &FlowsService::flowsLoaded);
    QSignalSpy failed(&flows, &FlowsService::failed);
    flows.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(connection.pendingCallCount(), 1, 10000);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(expired.count(), 1);

    QVERIFY2(signIn(connection, session, backend.target(), QStringLiteral("operator"), &message),
             qPrintable(message));
    QVERIFY(loaded.wait(10000) || loaded.count() == 1);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!loaded.first().first().value<QList<Flow>>().isEmpty());

    // Expired again, and this time the person signs out: the waiting call is given
    // up and reported, and the service works normally after the next sign-in.
    QVERIFY(expired.wait(15000));
    flows.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(connection.pendingCallCount(), 1, 10000);
    session.logout();
    QCOMPARE(connection.pendingCallCount(), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().value<ServiceError>().isSessionExpired());
    QVERIFY2(signIn(connection, session, backend.target(), QStringLiteral("operator"), &message),
             qPrintable(message));
    const int loadedBefore = loaded.count();
    flows.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), loadedBefore + 1, 10000);
}

void TestConsoleServices::demoBackendStartsAndStops()
{
    REQUIRE_BACKEND();
    QTemporaryDir dir;
    const ChildSanitizerReports sanitizerReports;
    DemoBackend demo;
    demo.setProgram(BackendProcess::program());
    demo.setDataDir(dir.filePath(QStringLiteral("demo-backend")));
    demo.setExtraArguments({QStringLiteral("--no-traffic")});
    QSignalSpy ready(&demo, &DemoBackend::ready);
    QSignalSpy failed(&demo, &DemoBackend::failed);
    demo.start();
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() + failed.count() > 0, 30000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    const QString target = ready.first().first().toString();
    QVERIFY(target.startsWith(QStringLiteral("127.0.0.1:")));
    QVERIFY(demo.isReady());

    // A second demo on the same data would corrupt it: refused with a clear message.
    DemoBackend second;
    second.setProgram(BackendProcess::program());
    second.setDataDir(demo.dataDir());
    QSignalSpy secondFailed(&second, &DemoBackend::failed);
    second.start();
    QVERIFY(secondFailed.wait(5000));
    QVERIFY(secondFailed.first().first().toString().contains(QStringLiteral("already running")));

    // The demo accounts work on it.
    {
        BackendConnection connection;
        SessionService session(&connection);
        QString message;
        QVERIFY2(signIn(connection, session, target, QStringLiteral("operator"), &message), qPrintable(message));
    }

    // Long enough for a sanitized daemon to check for leaks on the way out.
    demo.stop(20000);
    QVERIFY2(sanitizerReports.none(), "a flowdeskd this test started reported errors (printed above)");
    BackendConnection probe;
    probe.setTarget(target);
    probe.setDeadline(std::chrono::milliseconds(1000));
    SessionService session(&probe);
    QSignalSpy loginFailed(&session, &SessionService::loginFailed);
    session.login(QStringLiteral("operator"), QStringLiteral("demo-operator"));
    QVERIFY(loginFailed.wait(5000));
    QVERIFY(loginFailed.first().first().value<ServiceError>().isUnreachable());

    // A missing program is reported, not crashed on.
    DemoBackend missing;
    missing.setProgram(dir.filePath(QStringLiteral("no-such-flowdeskd")));
    QSignalSpy missingFailed(&missing, &DemoBackend::failed);
    missing.start();
    QVERIFY(missingFailed.wait(5000));
    QVERIFY(missingFailed.first().first().toString().contains(QStringLiteral("not found")));
}

QTEST_GUILESS_MAIN(TestConsoleServices)
// The demo server is killed: the console's demo starts it again with the same
// data, on the same address where it is free, and the console reaches it again.
void TestConsoleServices::demoBackendComesBackAfterItDied()
{
    REQUIRE_BACKEND();
    QTemporaryDir dir;
    DemoBackend demo;
    demo.setProgram(BackendProcess::program());
    demo.setDataDir(dir.filePath(QStringLiteral("demo-backend")));
    demo.setExtraArguments({QStringLiteral("--no-traffic")});
    demo.setRestartDelay(100);
    QSignalSpy ready(&demo, &DemoBackend::ready);
    QSignalSpy failed(&demo, &DemoBackend::failed);
    QSignalSpy stopped(&demo, &DemoBackend::stoppedUnexpectedly);
    QSignalSpy restarted(&demo, &DemoBackend::restarted);
    demo.start();
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() + failed.count() > 0, 30000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    const QString target = ready.first().first().toString();

    BackendConnection connection;
    SessionService session(&connection);
    QString message;
    QVERIFY2(signIn(connection, session, target, QStringLiteral("operator"), &message), qPrintable(message));

    const qint64 pid = demo.processId();
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(restarted.count(), 1, 30000);
    QVERIFY(failed.isEmpty());
    QCOMPARE(ready.count(), 1); // not a second first start: nobody is signed in afresh
    QCOMPARE(demo.restartCount(), 1);
    const QString again = restarted.first().first().toString();
    QCOMPARE(again, target); // the port was still free
    QVERIFY(demo.processId() > 0 && demo.processId() != pid);

    // "Try Again Now" finds it, and the same session works on (its data survived).
    connection.setTarget(again);
    std::optional<bool> serving;
    connection.checkHealth(this, [&](bool s, const ServiceError &) { serving = s; });
    QTRY_VERIFY_WITH_TIMEOUT(serving.has_value(), 10000);
    QVERIFY(*serving);
    QSignalSpy refreshed(&session, &SessionService::userRefreshed);
    QSignalSpy whoFailed(&session, &SessionService::whoAmIFailed);
    session.whoAmI();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() + whoFailed.count() > 0, 10000);
    QCOMPARE(refreshed.count(), 1);
    demo.stop(20000);
}

#include "tst_console_services.moc"
