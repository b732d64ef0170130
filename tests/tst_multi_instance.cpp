// Two flowdeskd processes on one PostgreSQL database, delivering to one real
// HTTP target that counts what it receives: what a client sees through one
// instance holds for the other, and an instance killed mid-job leaves its
// work to the survivor without a duplicate delivery.

#include "httptestserver.h"
#include "pgtestserver.h"

#include "flowdesk/v1/audit.grpc.pb.h"
#include "flowdesk/v1/connector.grpc.pb.h"
#include "flowdesk/v1/event.grpc.pb.h"
#include "flowdesk/v1/ingest.grpc.pb.h"
#include "flowdesk/v1/session.grpc.pb.h"
#include "flowdesk/v1/transaction.grpc.pb.h"
#include "flowdesk/v1/user.grpc.pb.h"

#include <grpcpp/grpcpp.h>
#include <libpq-fe.h>
#include <grpcpp/security/credentials.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

#include <signal.h>

namespace v1 = flowdesk::v1;

namespace {

const char *const kAdminPassword = "multi-instance-admin";
const char *const kConnectorPassword = "multi-instance-connector";

void prepare(grpc::ClientContext &ctx, const std::string &token, int timeoutMs = 20000)
{
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(timeoutMs));
    if (!token.empty())
        ctx.AddMetadata("authorization", "Bearer " + token);
}

bool waitFor(const std::function<bool()> &pred, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!pred()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QThread::msleep(20);
    }
    return true;
}

// One flowdeskd process.
struct Instance {
    std::unique_ptr<QProcess> process;
    std::string address;
    std::shared_ptr<grpc::Channel> channel;
    // Its log goes to a file: a pipe nobody reads would fill and stop it.
    QString logFile;

    // The end of its log, for a failure's message.
    QString logTail() const
    {
        QFile f(logFile);
        if (logFile.isEmpty() || !f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll().right(3000));
    }

    bool start(const QStringList &args, QString *error)
    {
        process = std::make_unique<QProcess>();
        if (!logFile.isEmpty())
            process->setStandardErrorFile(logFile, QIODevice::Append);
        process->start(QStringLiteral(FLOWDESKD_PATH), args);
        if (!process->waitForStarted(10000)) {
            *error = QStringLiteral("flowdeskd did not start");
            return false;
        }
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains('\n') && timer.elapsed() < 60000 && process->state() == QProcess::Running) {
            process->waitForReadyRead(500);
            out += process->readAllStandardOutput();
        }
        const auto match = QRegularExpression(QStringLiteral("listening on (127\\.0\\.0\\.1:\\d+)\\n"))
                               .match(QString::fromUtf8(out));
        if (!match.hasMatch()) {
            *error = QStringLiteral("flowdeskd reported no port: %1 %2")
                         .arg(QString::fromUtf8(out), logFile.isEmpty() ? QString::fromUtf8(process->readAllStandardError()) : logTail());
            return false;
        }
        address = match.captured(1).toStdString();
        channel = grpc::CreateChannel(address, grpc::experimental::LocalCredentials(LOCAL_TCP));
        return true;
    }

    void kill9()
    {
        if (process && process->state() == QProcess::Running) {
            ::kill(static_cast<pid_t>(process->processId()), SIGKILL);
            process->waitForFinished(10000);
        }
    }

    ~Instance()
    {
        if (process && process->state() == QProcess::Running) {
            process->terminate();
            if (!process->waitForFinished(15000))
                kill9();
        }
    }

    std::string login(const std::string &user, const std::string &password)
    {
        auto sessions = v1::SessionService::NewStub(channel);
        grpc::ClientContext ctx;
        prepare(ctx, {});
        v1::LoginRequest req;
        req.set_username(user);
        req.set_password(password);
        v1::LoginResponse resp;
        return sessions->Login(&ctx, req, &resp).ok() ? resp.token() : std::string();
    }
};

// A console-like follower of one instance's event stream.
class Watcher {
public:
    Watcher(std::shared_ptr<grpc::Channel> channel, std::string token)
        : m_stub(v1::EventService::NewStub(std::move(channel))), m_token(std::move(token))
    {
        m_thread = std::thread([this] { run(); });
    }
    ~Watcher()
    {
        m_ctx.TryCancel();
        m_thread.join();
    }
    std::vector<v1::Event> events() const
    {
        std::lock_guard lock(m_mutex);
        return m_events;
    }
    bool subscribed() const { return m_subscribed; }
    // The transactions this follower has seen reach `state`.
    std::set<std::string> reached(v1::TransactionState state) const
    {
        std::set<std::string> out;
        for (const auto &e : events())
            if (e.state() == state)
                out.insert(e.transaction_id());
        return out;
    }

private:
    void run()
    {
        m_ctx.AddMetadata("authorization", "Bearer " + m_token);
        v1::WatchRequest req;
        auto reader = m_stub->Watch(&m_ctx, req);
        m_subscribed = true;
        v1::Event e;
        while (reader->Read(&e)) {
            std::lock_guard lock(m_mutex);
            m_events.push_back(e);
        }
        reader->Finish();
    }

    std::unique_ptr<v1::EventService::Stub> m_stub;
    std::string m_token;
    grpc::ClientContext m_ctx;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::vector<v1::Event> m_events;
    std::atomic<bool> m_subscribed{false};
};

// Sequence numbers with a gap between them, "" when there is none: the
// database numbers events under the writers' lock, so that even a write an
// instance was killed in the middle of leaves no gap.
QString gapsIn(const std::vector<v1::Event> &events)
{
    QStringList gaps;
    for (size_t i = 1; i < events.size(); ++i) {
        const auto prev = events[i - 1].sequence();
        const auto cur = events[i].sequence();
        // Heartbeats carry no sequence of their own.
        if (cur == 0 || prev == 0)
            continue;
        if (cur != prev + 1)
            gaps << QStringLiteral("%1->%2").arg(prev).arg(cur);
    }
    return gaps.join(QStringLiteral(", "));
}

// The events of the log between the first and the last of `live` that the
// live stream did not bring, "" when it brought them all: a replay of the log
// is the reference.
QString missedBy(const std::shared_ptr<grpc::Channel> &channel, const std::string &token,
                 const std::vector<v1::Event> &live)
{
    std::set<std::int64_t> seen;
    for (const auto &e : live)
        if (e.type() != v1::EVENT_TYPE_HEARTBEAT)
            seen.insert(e.sequence());
    if (seen.empty())
        return QStringLiteral("the live stream brought no event");
    for (size_t i = 1; i < live.size(); ++i)
        if (live[i].type() != v1::EVENT_TYPE_HEARTBEAT && live[i - 1].type() != v1::EVENT_TYPE_HEARTBEAT
            && live[i].sequence() <= live[i - 1].sequence())
            return QStringLiteral("out of order: %1 after %2").arg(live[i].sequence()).arg(live[i - 1].sequence());
    const auto first = *seen.begin();
    const auto last = *seen.rbegin();
    auto stub = v1::EventService::NewStub(channel);
    grpc::ClientContext ctx;
    ctx.AddMetadata("authorization", "Bearer " + token);
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
    v1::WatchRequest req;
    req.set_since_sequence(first - 1);
    auto reader = stub->Watch(&ctx, req);
    QStringList missed;
    std::set<std::int64_t> replayed;
    v1::Event e;
    while (reader->Read(&e)) {
        if (e.type() == v1::EVENT_TYPE_HEARTBEAT) {
            if (e.sequence() >= last)
                break;
            continue;
        }
        if (e.sequence() > last)
            break;
        replayed.insert(e.sequence());
        if (!seen.count(e.sequence()))
            missed << QString::number(e.sequence());
        if (e.sequence() == last)
            break;
    }
    ctx.TryCancel();
    reader->Finish();
    if (!replayed.count(last))
        return QStringLiteral("the replay did not reach %1").arg(last);
    for (const auto s : seen)
        if (!replayed.count(s))
            missed << QStringLiteral("%1 (live only)").arg(s);
    return missed.join(QStringLiteral(", "));
}

} // namespace

class TestMultiInstance : public QObject {
    Q_OBJECT

private:
    // One database, one site, one target: a pair of instances on them.
    struct Site {
        QTemporaryDir dir;
        std::string uri;
        QString config;
        QString passwordFile;
    };

    bool makeSite(Site &site, const QByteArray &serverExtra, QString *error)
    {
        PgTestServer *pg = PgTestServer::shared(error);
        if (!pg)
            return false;
        site.uri = pg->newDatabase(error);
        if (site.uri.empty())
            return false;
        site.passwordFile = site.dir.filePath(QStringLiteral("pg-password"));
        QFile pw(site.passwordFile);
        if (!pw.open(QIODevice::WriteOnly))
            return false;
        pw.write("not-needed-by-a-trusting-server\n");
        pw.close();
        site.config = site.dir.filePath(QStringLiteral("site.yaml"));
        QFile f(site.config);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write("server:\n"
                "  master_key: flowdeskd.key\n"
                + serverExtra +
                "plants:\n"
                "  - {id: DE01, name: Berlin}\n"
                "connectors:\n"
                "  - {id: wms, name: Warehouse, kind: http, base_url: '" + QByteArray::fromStdString(m_target.baseUrl()) + "',\n"
                "     auth: {scheme: none}, timeouts: {connect: 5s, total: 10s}}\n"
                "  - {id: shop, name: Shop, system: Shop, kind: inbound}\n"
                "flows:\n"
                "  - id: shipments\n"
                "    name: Shipments\n"
                "    domain: logistics\n"
                "    source: Shop\n"
                "    target: Warehouse\n"
                "    connector: wms\n"
                "    business_object: shipment\n"
                "    retry: {max_attempts: 1, initial_backoff: 1s, multiplier: 2, max_backoff: 1s}\n"
                "    schema: {type: object, properties: {number: {type: string}}, x-business: {key: /number}}\n"
                "    delivery: {http: {method: POST, path: /orders}}\n");
        f.close();
        // The first admin, made on the command line.
        QProcess admin;
        admin.start(QStringLiteral(FLOWDESKD_PATH),
                    {"--config", site.config, "--data", site.dir.filePath(QStringLiteral("admin-data")), "--store",
                     QString::fromStdString(site.uri), "--store-password-file", site.passwordFile, "--create-admin",
                     "admin"});
        admin.write(QByteArray(kAdminPassword) + '\n');
        admin.closeWriteChannel();
        if (!admin.waitForFinished(60000) || admin.exitCode() != 0) {
            *error = QStringLiteral("--create-admin failed: %1").arg(QString::fromUtf8(admin.readAllStandardError()));
            return false;
        }
        return true;
    }

    bool startInstance(Site &site, Instance &instance, const QString &name, QString *error)
    {
        instance.logFile = site.dir.filePath(name + QStringLiteral(".log"));
        return instance.start({"--config", site.config, "--listen", "127.0.0.1:0", "--data",
                               site.dir.filePath(name), "--store", QString::fromStdString(site.uri),
                               "--store-password-file", site.passwordFile},
                              error);
    }

    bool createConnectorAccount(Instance &instance, const std::string &adminToken)
    {
        auto users = v1::UserService::NewStub(instance.channel);
        grpc::ClientContext ctx;
        prepare(ctx, adminToken);
        v1::CreateUserRequest req;
        req.set_username("shop-host");
        req.set_password(kConnectorPassword);
        req.set_role(v1::ROLE_CONNECTOR);
        v1::User user;
        const auto st = users->CreateUser(&ctx, req, &user);
        if (!st.ok())
            qWarning("CreateUser: %s", st.error_message().c_str());
        return st.ok();
    }

    // A logistics operator ("ops"), who triages and fixes the shipments.
    bool createOperatorAccount(Instance &instance, const std::string &adminToken)
    {
        auto users = v1::UserService::NewStub(instance.channel);
        grpc::ClientContext ctx;
        prepare(ctx, adminToken);
        v1::CreateUserRequest req;
        req.set_username("ops");
        req.set_password(kConnectorPassword);
        req.set_role(v1::ROLE_OPERATOR);
        req.add_domains("logistics");
        v1::User user;
        const auto st = users->CreateUser(&ctx, req, &user);
        if (!st.ok())
            qWarning("CreateUser: %s", st.error_message().c_str());
        return st.ok();
    }

    // Submits `count` shipments numbered from `first` through `instance`.
    std::vector<std::string> submit(Instance &instance, const std::string &token, int first, int count)
    {
        auto ingest = v1::IngestService::NewStub(instance.channel);
        std::vector<std::string> ids;
        for (int start = first; start < first + count; start += 100) {
            grpc::ClientContext ctx;
            prepare(ctx, token, 60000);
            v1::SubmitBatchRequest req;
            for (int i = start; i < std::min(first + count, start + 100); ++i) {
                auto *s = req.add_submissions();
                s->set_flow_id("shipments");
                const std::string key = "SH-" + std::to_string(i);
                s->set_business_key(key);
                s->set_idempotency_key("idem-" + key);
                s->set_payload_json("{\"number\":\"" + key + "\"}");
            }
            v1::SubmitBatchResponse resp;
            const auto st = ingest->SubmitBatch(&ctx, req, &resp);
            if (!st.ok()) {
                qWarning("SubmitBatch: %s", st.error_message().c_str());
                return {};
            }
            for (const auto &r : resp.results())
                ids.push_back(r.transaction_id());
        }
        return ids;
    }

    int countInState(Instance &instance, const std::string &token, v1::TransactionState state)
    {
        auto tx = v1::TransactionService::NewStub(instance.channel);
        grpc::ClientContext ctx;
        prepare(ctx, token);
        v1::ListTransactionsRequest req;
        req.mutable_filter()->add_states(state);
        req.mutable_filter()->add_flow_ids("shipments");
        req.set_page_size(1);
        v1::ListTransactionsResponse resp;
        return tx->ListTransactions(&ctx, req, &resp).ok() ? resp.total_size() : -1;
    }

    v1::VerifyAuditChainResponse verifyAudit(Instance &instance, const std::string &token, grpc::Status *status)
    {
        auto audit = v1::AuditService::NewStub(instance.channel);
        grpc::ClientContext ctx;
        prepare(ctx, token, 60000);
        v1::VerifyAuditChainRequest req;
        v1::VerifyAuditChainResponse resp;
        *status = audit->VerifyAuditChain(&ctx, req, &resp);
        return resp;
    }

    // The target: counts every delivery per business key; answers 503 while
    // m_failing holds. Like a real target, it applies a request once per
    // Idempotency-Key and answers a repeat with the first answer; repeats are
    // counted apart, with whether they came after m_killed was set (a delivery
    // cut off by an instance's death and taken over by another).
    flowdesk::test::TestHttpServer m_target;
    std::mutex m_deliveriesMutex;
    std::map<std::string, int> m_deliveries;
    std::set<std::string> m_appliedKeys;
    std::vector<std::pair<std::string, bool>> m_repeats;  // business key, after the kill
    std::set<std::string> m_appliedBeforeKill;           // business keys sent before the kill
    std::atomic<bool> m_killed{false};
    std::atomic<bool> m_failing{false};
    std::atomic<int> m_delayMs{0};

    Site m_site;
    Instance m_a;
    Instance m_b;
    std::string m_adminA;
    std::string m_adminB;
    std::string m_connectorA;

    std::map<std::string, int> deliveries()
    {
        std::lock_guard lock(m_deliveriesMutex);
        return m_deliveries;
    }

    std::vector<std::pair<std::string, bool>> repeats()
    {
        std::lock_guard lock(m_deliveriesMutex);
        return m_repeats;
    }

private slots:
    void initTestCase()
    {
        m_target.server().Post("/orders", [this](const httplib::Request &req, httplib::Response &res) {
            const bool sentBeforeKill = !m_killed;
            if (m_delayMs > 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(m_delayMs.load()));
            if (m_failing) {
                res.status = 503;
                res.set_content("{\"error\":{\"code\":\"DOWN\",\"message\":\"down for maintenance\"}}",
                                "application/json");
                return;
            }
            const auto at = req.body.find("SH-");
            const std::string key = at == std::string::npos ? req.body : req.body.substr(at, req.body.find('"', at) - at);
            {
                std::lock_guard lock(m_deliveriesMutex);
                const std::string idempotencyKey = req.get_header_value("Idempotency-Key");
                if (!idempotencyKey.empty() && !m_appliedKeys.insert(idempotencyKey).second) {
                    m_repeats.emplace_back(key, m_killed.load());
                } else {
                    ++m_deliveries[key];
                    if (sentBeforeKill)
                        m_appliedBeforeKill.insert(key);
                }
            }
            res.status = 200;
            res.set_content("{\"id\":\"" + key + "\"}", "application/json");
        });
        QVERIFY(m_target.start());
        QString error;
        QVERIFY2(makeSite(m_site, {}, &error), qPrintable(error));
        QVERIFY2(startInstance(m_site, m_a, QStringLiteral("a"), &error), qPrintable(error));
        QVERIFY2(startInstance(m_site, m_b, QStringLiteral("b"), &error), qPrintable(error));
        QVERIFY(m_a.address != m_b.address);
        m_adminA = m_a.login("admin", kAdminPassword);
        m_adminB = m_b.login("admin", kAdminPassword);
        QVERIFY(!m_adminA.empty());
        QVERIFY(!m_adminB.empty());
        QVERIFY(createConnectorAccount(m_a, m_adminA));
        m_connectorA = m_a.login("shop-host", kConnectorPassword);
        QVERIFY(!m_connectorA.empty());
    }

    // A console following instance B sees every change made through A, in
    // order and without a gap.
    void watcherOnBSeesChangesThroughA()
    {
        Watcher watcher(m_b.channel, m_adminB);
        QVERIFY(waitFor([&] { return watcher.subscribed(); }, 10000));
        // The stream is open once the server has taken the call; a heartbeat
        // or nothing may come first, so give the subscription a first change
        // to prove it is live before counting.
        const auto ids = submit(m_a, m_connectorA, 1, 40);
        QCOMPARE(int(ids.size()), 40);
        const std::set<std::string> want(ids.begin(), ids.end());
        const bool all = waitFor(
            [&] {
                const auto seen = watcher.reached(v1::DELIVERED);
                return std::includes(seen.begin(), seen.end(), want.begin(), want.end());
            },
            30000);
        const auto events = watcher.events();
        QVERIFY2(all, qPrintable(QStringLiteral("B's watcher saw %1 of 40 deliveries made through A (%2 events)")
                                     .arg(watcher.reached(v1::DELIVERED).size())
                                     .arg(events.size())));
        const QString missed = missedBy(m_b.channel, m_adminB, events);
        QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("B's live stream missed events of the log: %1").arg(missed)));
        const QString gaps = gapsIn(events);
        QVERIFY2(gaps.isEmpty(), qPrintable(QStringLiteral("gaps in B's event numbers: %1").arg(gaps)));
        for (const auto &[key, n] : deliveries())
            QCOMPARE(n, 1);
    }

    // A session made on A is valid on B; a request id answered by A is
    // answered the same by B, and changes nothing twice.
    void requestIdAndSessionAcrossInstances()
    {
        // The token A gave is accepted by B.
        {
            auto tx = v1::TransactionService::NewStub(m_b.channel);
            grpc::ClientContext ctx;
            prepare(ctx, m_adminA);
            v1::ListTransactionsRequest req;
            req.set_page_size(5);
            v1::ListTransactionsResponse resp;
            const auto st = tx->ListTransactions(&ctx, req, &resp);
            QVERIFY2(st.ok(), st.error_message().c_str());
            QVERIFY(resp.transactions_size() > 0);
        }
        // Something to resubmit: two that failed.
        m_failing = true;
        const auto ids = submit(m_a, m_connectorA, 1001, 2);
        QCOMPARE(int(ids.size()), 2);
        QVERIFY(waitFor([&] { return countInState(m_a, m_adminA, v1::FAILED) >= 2; }, 30000));
        m_failing = false;
        const auto before = deliveries().size();
        v1::StartBulkActionRequest req;
        req.set_request_id("same-request-on-both");
        req.set_action(v1::BULK_ACTION_RESUBMIT);
        req.set_reason("target back");
        for (const auto &id : ids)
            req.mutable_ids()->add_ids(id);
        v1::BulkJob first;
        v1::BulkJob second;
        {
            auto tx = v1::TransactionService::NewStub(m_a.channel);
            grpc::ClientContext ctx;
            prepare(ctx, m_adminA);
            const auto st = tx->StartBulkAction(&ctx, req, &first);
            QVERIFY2(st.ok(), st.error_message().c_str());
        }
        {
            auto tx = v1::TransactionService::NewStub(m_b.channel);
            grpc::ClientContext ctx;
            prepare(ctx, m_adminA);
            const auto st = tx->StartBulkAction(&ctx, req, &second);
            QVERIFY2(st.ok(), st.error_message().c_str());
        }
        QCOMPARE(second.id(), first.id());
        QVERIFY(waitFor([&] { return deliveries().size() >= before + 2; }, 30000));
        // Nothing delivered twice by the repeated request.
        QVERIFY(!waitFor([&] { return deliveries()["SH-1001"] > 1 || deliveries()["SH-1002"] > 1; }, 1500));
        QCOMPARE(deliveries()["SH-1001"], 1);
        QCOMPARE(deliveries()["SH-1002"], 1);
        QVERIFY2(repeats().empty(), "a delivery was sent twice while both instances lived");
    }

    // Entries written by both instances make one chain that verifies.
    void auditChainWithBothWriters()
    {
        for (auto *inst : {&m_a, &m_b}) {
            const std::string token = inst == &m_a ? m_adminA : m_adminB;
            auto users = v1::UserService::NewStub(inst->channel);
            for (int i = 0; i < 5; ++i) {
                grpc::ClientContext ctx;
                prepare(ctx, token);
                v1::CreateUserRequest req;
                req.set_username((inst == &m_a ? "viewer-a-" : "viewer-b-") + std::to_string(i));
                req.set_password("a-long-enough-password");
                req.set_role(v1::ROLE_VIEWER);
                req.add_plants("DE01");
                v1::User user;
                const auto st = users->CreateUser(&ctx, req, &user);
                QVERIFY2(st.ok(), st.error_message().c_str());
            }
        }
        for (auto *inst : {&m_a, &m_b}) {
            grpc::Status st;
            const auto v = verifyAudit(*inst, inst == &m_a ? m_adminA : m_adminB, &st);
            QVERIFY2(st.ok(), st.error_message().c_str());
            QVERIFY2(v.ok(), qPrintable(QStringLiteral("broken at %1: %2")
                                            .arg(v.first_broken_sequence())
                                            .arg(QString::fromStdString(v.problem()))));
            QVERIFY(v.entries_checked() >= 11);
        }
    }

    // A bulk resubmit started on A; A is killed mid-job. B finishes it, every
    // item reaches the target exactly once, the chain verifies, and B's
    // follower saw every item delivered.
    void survivorFinishesABulkJobAfterKill9()
    {
        // A pair of its own with short leases (server.lease_ms), so that B
        // takes A's claims over within the test.
        Site site;
        QString error;
        QVERIFY2(makeSite(site, "  lease: 2s\n", &error), qPrintable(error));
        Instance a;
        Instance b;
        QVERIFY2(startInstance(site, a, QStringLiteral("a"), &error), qPrintable(error));
        QVERIFY2(startInstance(site, b, QStringLiteral("b"), &error), qPrintable(error));
        const std::string adminA = a.login("admin", kAdminPassword);
        const std::string adminB = b.login("admin", kAdminPassword);
        QVERIFY(!adminA.empty() && !adminB.empty());
        QVERIFY(createConnectorAccount(a, adminA));
        const std::string connector = a.login("shop-host", kConnectorPassword);
        QVERIFY(!connector.empty());

        const int items = 300;
        const int first = 5000;
        m_failing = true;
        const auto ids = submit(a, connector, first, items);
        QCOMPARE(int(ids.size()), items);
        QVERIFY(waitFor([&] { return countInState(a, adminA, v1::FAILED) == items; }, 60000));
        m_failing = false;
        {
            std::lock_guard lock(m_deliveriesMutex);
            m_deliveries.clear();
        }
        Watcher watcher(b.channel, adminB);
        QVERIFY(waitFor([&] { return watcher.subscribed(); }, 10000));
        // A slow target, so that the job is still running when A dies.
        m_delayMs = 30;
        v1::BulkJob job;
        {
            auto tx = v1::TransactionService::NewStub(a.channel);
            grpc::ClientContext ctx;
            prepare(ctx, adminA);
            v1::StartBulkActionRequest req;
            req.set_request_id("bulk-then-kill");
            req.set_action(v1::BULK_ACTION_RESUBMIT);
            req.set_reason("target back");
            for (const auto &id : ids)
                req.mutable_ids()->add_ids(id);
            const auto st = tx->StartBulkAction(&ctx, req, &job);
            QVERIFY2(st.ok(), st.error_message().c_str());
        }
        QVERIFY(waitFor([&] { return deliveries().size() >= 20; }, 30000));
        m_killed = true;
        a.kill9();
        const auto atKill = deliveries().size();
        QVERIFY2(atKill < size_t(items), "the job ended before A was killed; nothing was left to take over");
        m_delayMs = 0;

        // B finishes: every item delivered.
        const bool all = waitFor([&] { return deliveries().size() >= size_t(items); }, 90000);
        const auto got = deliveries();
        QVERIFY2(all, qPrintable(QStringLiteral("the target got %1 of %2 items (%3 when A was killed)")
                                     .arg(got.size())
                                     .arg(items)
                                     .arg(atKill)));
        // Some more time for a late duplicate to show.
        waitFor([&] { return countInState(b, adminB, v1::DELIVERED) >= items; }, 30000);
        QStringList duplicates;
        for (const auto &[key, n] : deliveries())
            if (n != 1)
                duplicates << QStringLiteral("%1×%2").arg(QString::fromStdString(key)).arg(n);
        QVERIFY2(duplicates.isEmpty(), qPrintable(QStringLiteral("delivered more than once: %1").arg(duplicates.join(' '))));
        // Sent again with the same Idempotency-Key, so applied once: only
        // deliveries A made before it died and had not recorded yet, each
        // once, never one while both instances lived.
        QStringList before;
        QStringList notByA;
        std::map<std::string, int> again;
        std::set<std::string> appliedBeforeKill;
        {
            std::lock_guard lock(m_deliveriesMutex);
            appliedBeforeKill = m_appliedBeforeKill;
        }
        for (const auto &[key, late] : repeats()) {
            if (!late)
                before << QString::fromStdString(key);
            else if (!appliedBeforeKill.count(key))
                notByA << QString::fromStdString(key);
            ++again[key];
        }
        QVERIFY2(before.isEmpty(), qPrintable(QStringLiteral("sent twice while both instances lived: %1").arg(before.join(' '))));
        // (A request A sent just before it died may reach the target's
        // handler after the kill: the target's threads were busy.)
        QVERIFY2(notByA.size() <= 16, qPrintable(QStringLiteral("sent again without A having sent it first: %1").arg(notByA.join(' '))));
        for (const auto &[key, n] : again)
            QVERIFY2(n == 1, qPrintable(QStringLiteral("%1 sent again %2 times").arg(QString::fromStdString(key)).arg(n)));
        qInfo("%d applied before the kill; %d sent again by B, each once (A's outcomes not yet recorded)",
              int(atKill), int(again.size()));
        m_killed = false;
        QCOMPARE(countInState(b, adminB, v1::DELIVERED), items);

        // The job is finished, as B reports it.
        {
            auto tx = v1::TransactionService::NewStub(b.channel);
            grpc::ClientContext ctx;
            prepare(ctx, adminB, 60000);
            v1::WatchBulkActionRequest req;
            req.set_job_id(job.id());
            auto reader = tx->WatchBulkAction(&ctx, req);
            v1::BulkJob state;
            v1::BulkJob last;
            while (reader->Read(&state)) {
                last = state;
                if (state.state() == v1::BULK_JOB_SUCCEEDED || state.state() == v1::BULK_JOB_FAILED
                    || state.state() == v1::BULK_JOB_CANCELLED) {
                    ctx.TryCancel();
                    break;
                }
            }
            reader->Finish();
            QCOMPARE(int(last.state()), int(v1::BULK_JOB_SUCCEEDED));
            QCOMPARE(last.processed(), qint64(items));
        }

        grpc::Status st;
        const auto v = verifyAudit(b, adminB, &st);
        QVERIFY2(st.ok(), st.error_message().c_str());
        QVERIFY2(v.ok(), qPrintable(QString::fromStdString(v.problem())));

        const std::set<std::string> want(ids.begin(), ids.end());
        QVERIFY(waitFor(
            [&] {
                const auto seen = watcher.reached(v1::DELIVERED);
                return std::includes(seen.begin(), seen.end(), want.begin(), want.end());
            },
            30000));
        const QString missed = missedBy(b.channel, adminB, watcher.events());
        QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("B's live stream missed events of the log: %1").arg(missed)));
        const QString gaps = gapsIn(watcher.events());
        QVERIFY2(gaps.isEmpty(), qPrintable(QStringLiteral("gaps in B's event numbers: %1").arg(gaps)));
    }

    // Behind a load balancer a console reaches either instance: a bulk job A
    // runs is followed and cancelled through B. A stops at its next chunk of
    // 5,000; what it had done stays done, the rest is untouched.
    void bulkJobFollowedAndCancelledThroughTheOther()
    {
        Site site;
        QString error;
        QVERIFY2(makeSite(site, {}, &error), qPrintable(error));
        Instance a;
        Instance b;
        QVERIFY2(startInstance(site, a, QStringLiteral("a"), &error), qPrintable(error));
        QVERIFY2(startInstance(site, b, QStringLiteral("b"), &error), qPrintable(error));
        const std::string adminA = a.login("admin", kAdminPassword);
        const std::string adminB = b.login("admin", kAdminPassword);
        QVERIFY(!adminA.empty() && !adminB.empty());
        QVERIFY(createConnectorAccount(a, adminA));
        const std::string connector = a.login("shop-host", kConnectorPassword);
        QVERIFY(!connector.empty());
        QVERIFY(createOperatorAccount(a, adminA));
        const std::string opsA = a.login("ops", kConnectorPassword);
        const std::string opsB = b.login("ops", kConnectorPassword);
        QVERIFY(!opsA.empty() && !opsB.empty());
        // The target's connector paused: the items stay open, nothing is delivered.
        {
            auto connectors = v1::ConnectorService::NewStub(a.channel);
            grpc::ClientContext ctx;
            prepare(ctx, adminA);
            v1::PauseConnectorRequest req;
            req.set_connector_id("wms");
            req.set_reason("stocktaking");
            v1::Connector out;
            const auto st = connectors->PauseConnector(&ctx, req, &out);
            QVERIFY2(st.ok(), st.error_message().c_str());
        }
        const int items = 6000;  // more than one chunk
        const auto ids = submit(a, connector, 20000, items);
        QCOMPARE(int(ids.size()), items);

        auto txA = v1::TransactionService::NewStub(a.channel);
        auto txB = v1::TransactionService::NewStub(b.channel);
        v1::BulkJob job;
        {
            grpc::ClientContext ctx;
            prepare(ctx, opsA);
            v1::StartBulkActionRequest req;
            req.set_request_id("bulk-cancel-through-b");
            req.set_action(v1::BULK_ACTION_SET_TRIAGE_STATUS);
            req.set_triage_status(v1::TRIAGE_STATUS_INVESTIGATING);
            for (const auto &id : ids)
                req.mutable_ids()->add_ids(id);
            const auto st = txA->StartBulkAction(&ctx, req, &job);
            QVERIFY2(st.ok(), st.error_message().c_str());
        }
        // Followed through B, which does not run it.
        std::vector<v1::BulkJob> seen;
        std::thread follower([&] {
            grpc::ClientContext ctx;
            prepare(ctx, opsB, 120000);
            v1::WatchBulkActionRequest req;
            req.set_job_id(job.id());
            auto reader = txB->WatchBulkAction(&ctx, req);
            v1::BulkJob state;
            while (reader->Read(&state)) {
                seen.push_back(state);
                if (state.state() == v1::BULK_JOB_SUCCEEDED || state.state() == v1::BULK_JOB_FAILED
                    || state.state() == v1::BULK_JOB_CANCELLED) {
                    ctx.TryCancel();
                    break;
                }
            }
            reader->Finish();
        });
        // Cancelled through B.
        {
            grpc::ClientContext ctx;
            prepare(ctx, opsB);
            v1::CancelBulkActionRequest req;
            req.set_job_id(job.id());
            v1::BulkJob out;
            const auto st = txB->CancelBulkAction(&ctx, req, &out);
            QVERIFY2(st.ok(), st.error_message().c_str());
        }
        follower.join();
        QVERIFY(!seen.empty());
        const v1::BulkJob last = seen.back();
        QVERIFY2(last.state() == v1::BULK_JOB_CANCELLED,
                 qPrintable(QStringLiteral("B reported state %1 last; A's log ends:\n%2\nB's log ends:\n%3")
                                .arg(int(last.state()))
                                .arg(a.logTail(), b.logTail())));
        qInfo("cancelled through B after %lld of %d items", static_cast<long long>(last.processed()), items);
        QVERIFY2(last.processed() < items && last.processed() % 5000 == 0, qPrintable(QString::number(last.processed())));
        // A reports the same end; what was done is exactly what the job counts.
        {
            grpc::ClientContext ctx;
            prepare(ctx, opsA, 30000);
            v1::WatchBulkActionRequest req;
            req.set_job_id(job.id());
            auto reader = txA->WatchBulkAction(&ctx, req);
            v1::BulkJob state;
            v1::BulkJob end;
            while (reader->Read(&state)) {
                end = state;
                if (state.state() == v1::BULK_JOB_CANCELLED)
                    break;
            }
            ctx.TryCancel();
            reader->Finish();
            QCOMPARE(int(end.state()), int(v1::BULK_JOB_CANCELLED));
            QCOMPARE(end.processed(), last.processed());
        }
        {
            grpc::ClientContext ctx;
            prepare(ctx, adminB);
            v1::ListTransactionsRequest req;
            req.mutable_filter()->add_triage_statuses(v1::TRIAGE_STATUS_INVESTIGATING);
            req.mutable_filter()->add_flow_ids("shipments");
            req.set_page_size(1);
            v1::ListTransactionsResponse resp;
            QVERIFY(txB->ListTransactions(&ctx, req, &resp).ok());
            QCOMPARE(qint64(resp.total_size()), last.processed());
        }
        grpc::Status st;
        const auto v = verifyAudit(b, adminB, &st);
        QVERIFY2(st.ok(), st.error_message().c_str());
        QVERIFY2(v.ok(), qPrintable(QString::fromStdString(v.problem())));
    }

    // A delivery that takes longer than the lease stays with the instance
    // working on it: its renewals keep the other instance from taking it over.
    void slowDeliveryKeepsItsClaim()
    {
        Site site;
        QString error;
        QVERIFY2(makeSite(site, "  lease: 1s\n", &error), qPrintable(error));
        Instance a;
        Instance b;
        QVERIFY2(startInstance(site, a, QStringLiteral("a"), &error), qPrintable(error));
        QVERIFY2(startInstance(site, b, QStringLiteral("b"), &error), qPrintable(error));
        const std::string adminA = a.login("admin", kAdminPassword);
        QVERIFY(!adminA.empty());
        QVERIFY(createConnectorAccount(a, adminA));
        const std::string connector = a.login("shop-host", kConnectorPassword);
        QVERIFY(!connector.empty());
        {
            std::lock_guard lock(m_deliveriesMutex);
            m_repeats.clear();
        }
        // Each delivery takes three leases' time.
        m_delayMs = 3000;
        const auto ids = submit(a, connector, 9001, 4);
        QCOMPARE(int(ids.size()), 4);
        const bool all = waitFor(
            [&] {
                const auto d = deliveries();
                for (int n = 9001; n <= 9004; ++n)
                    if (!d.count("SH-" + std::to_string(n)))
                        return false;
                return true;
            },
            60000);
        m_delayMs = 0;
        QVERIFY2(all, "the slow deliveries did not all arrive");
        QVERIFY(waitFor([&] { return countInState(a, adminA, v1::DELIVERED) >= 4; }, 30000));
        QStringList twice;
        for (const auto &[key, late] : repeats())
            twice << QString::fromStdString(key);
        QVERIFY2(twice.isEmpty(), qPrintable(QStringLiteral("taken over from a live instance and sent again: %1")
                                                 .arg(twice.join(' '))));
    }

    // A test process killed with SIGKILL takes its PostgreSQL with it; the
    // folder it leaves is removed by the next start.
    void postgresDiesWithItsTest()
    {
        QProcess holder;
        holder.start(QStringLiteral(PGTESTHOLDER_PATH), {});
        QVERIFY(holder.waitForStarted(10000));
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains('\n') && timer.elapsed() < 60000 && holder.state() == QProcess::Running) {
            holder.waitForReadyRead(500);
            out += holder.readAllStandardOutput();
        }
        const QList<QByteArray> parts = out.trimmed().split(' ');
        QVERIFY2(parts.size() == 2, holder.readAllStandardError().constData());
        const std::string uri = "postgresql://flowdesk@127.0.0.1:" + parts[0].toStdString() + "/postgres";
        const QString folder = QString::fromUtf8(parts[1]);
        QCOMPARE(int(PQping(uri.c_str())), int(PQPING_OK));
        ::kill(static_cast<pid_t>(holder.processId()), SIGKILL);
        QVERIFY(holder.waitForFinished(10000));
        QVERIFY2(waitFor([&] { return PQping(uri.c_str()) == PQPING_NO_RESPONSE; }, 10000),
                 "the killed test's PostgreSQL still answers");
        // The postmaster is gone, not only its socket.
        QVERIFY(waitFor([&] { return !QFile::exists(folder + QStringLiteral("/data/postmaster.pid"))
                                     || [&] { QFile f(folder + QStringLiteral("/data/postmaster.pid"));
                                              if (!f.open(QIODevice::ReadOnly)) return true;
                                              const qint64 pid = f.readLine().trimmed().toLongLong();
                                              return pid <= 0 || ::kill(static_cast<pid_t>(pid), 0) != 0; }(); },
                        10000));
        QVERIFY(QDir(folder).exists());
        // Old enough to count as left behind; the next start removes it.
        QVERIFY(QProcess::execute(QStringLiteral("touch"), {"-d", "5 minutes ago", folder}) == 0);
        PgTestServer next;
        QString error;
        QVERIFY2(next.start(&error), qPrintable(error));
        QVERIFY(!QDir(folder).exists());
    }

    void cleanupTestCase() { m_target.stop(); }
};

QTEST_GUILESS_MAIN(TestMultiInstance)
#include "tst_multi_instance.moc"
