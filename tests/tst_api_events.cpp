// The event feed (EventService.Watch, and WatchBatches with the ready events
// together) as its subscribers see it: each receives only the events about what
// it may read (transactions of its scope, connectors with connectors.read, bulk
// jobs it may follow), the same through either method, resumes after the last
// sequence it saw without a gap in what it may see; and flowdeskd serves
// hundreds of open streams without a thread for each, frees them when clients
// leave and stops promptly while they are open.

#include "apitestutil.h"
#include "sanitizerreports.h"
#include "store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <map>
#include <set>

namespace v1 = flowdesk::v1;
using namespace apitest;

namespace {

// Reads one subscriber's stream until an event or heartbeat at or after
// `until` arrived; returns the events (heartbeats left out).
std::vector<v1::Event> readUntil(grpc::ClientReader<v1::Event> &reader, std::int64_t until, bool *reached)
{
    std::vector<v1::Event> out;
    *reached = false;
    v1::Event e;
    while (reader.Read(&e)) {
        if (e.type() != v1::EVENT_TYPE_HEARTBEAT)
            out.push_back(e);
        if (e.sequence() >= until) {
            *reached = true;
            break;
        }
    }
    return out;
}

// The same through WatchBatches; `messages` counts the batches read.
std::vector<v1::Event> readBatchesUntil(grpc::ClientReader<v1::EventBatch> &reader, std::int64_t until,
                                        bool *reached, int *messages)
{
    std::vector<v1::Event> out;
    *reached = false;
    *messages = 0;
    v1::EventBatch batch;
    while (!*reached && reader.Read(&batch)) {
        ++*messages;
        for (const v1::Event &e : batch.events()) {
            if (e.type() != v1::EVENT_TYPE_HEARTBEAT)
                out.push_back(e);
            if (e.sequence() >= until)
                *reached = true;
        }
    }
    return out;
}

// What a test compares of two events.
std::string describe(const v1::Event &e)
{
    return std::to_string(e.sequence()) + " " + std::to_string(e.type()) + " " + e.transaction_id() + " "
        + e.action() + " " + e.connector_id() + " " + e.bulk_job_id() + " " + e.plant() + " " + e.domain();
}

// Open event streams driven from one completion queue: one channel, many calls.
class StreamSwarm {
public:
    StreamSwarm(std::shared_ptr<grpc::Channel> channel, const std::string &token, int count)
        : m_stub(v1::EventService::NewStub(std::move(channel)))
    {
        m_calls.resize(static_cast<std::size_t>(count));
        for (int i = 0; i < count; ++i) {
            auto &c = m_calls[static_cast<std::size_t>(i)];
            c = std::make_unique<Call>();
            c->ctx.AddMetadata("authorization", "Bearer " + token);
            c->ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::minutes(5));
            v1::WatchRequest req;
            req.set_since_sequence(-1);
            c->reader = m_stub->PrepareAsyncWatch(&c->ctx, req, &m_cq);
            c->reader->StartCall(tag(i, Started));
        }
    }

    ~StreamSwarm()
    {
        cancelAll();
        m_cq.Shutdown();
        void *t;
        bool ok;
        while (m_cq.Next(&t, &ok)) {
        }
    }

    // Drives the calls until pred holds or timeoutMs pass.
    bool driveUntil(const std::function<bool()> &pred, int timeoutMs)
    {
        const auto end = std::chrono::system_clock::now() + std::chrono::milliseconds(timeoutMs);
        while (!pred()) {
            void *t = nullptr;
            bool ok = false;
            const auto r = m_cq.AsyncNext(&t, &ok, std::min(end, std::chrono::system_clock::now()
                                                                     + std::chrono::milliseconds(100)));
            if (r == grpc::CompletionQueue::SHUTDOWN)
                return pred();
            if (r == grpc::CompletionQueue::GOT_EVENT)
                handle(t, ok);
            else if (std::chrono::system_clock::now() >= end)
                return pred();
        }
        return true;
    }

    int reading() const { return m_reading; }
    int finished() const { return m_finished; }
    int count() const { return static_cast<int>(m_calls.size()); }
    // Streams that received an event of this type.
    int receivedType(v1::EventType type) const
    {
        int n = 0;
        for (const auto &c : m_calls)
            n += c->types.count(type) ? 1 : 0;
        return n;
    }
    // Streams that received anything (an event or a heartbeat).
    int receivedAny() const
    {
        int n = 0;
        for (const auto &c : m_calls)
            n += c->received ? 1 : 0;
        return n;
    }
    std::map<grpc::StatusCode, int> statuses() const
    {
        std::map<grpc::StatusCode, int> out;
        for (const auto &c : m_calls) {
            if (c->done)
                ++out[c->status.error_code()];
        }
        return out;
    }

    void cancelAll()
    {
        for (auto &c : m_calls)
            c->ctx.TryCancel();
    }

private:
    enum Op { Started = 0, ReadDone = 1, FinishDone = 2 };
    struct Call {
        grpc::ClientContext ctx;
        std::unique_ptr<grpc::ClientAsyncReader<v1::Event>> reader;
        v1::Event event;
        grpc::Status status;
        std::set<int> types;
        bool received = false;
        bool started = false;
        bool done = false;
    };

    static void *tag(int index, Op op) { return reinterpret_cast<void *>(static_cast<std::intptr_t>(index * 4 + op)); }

    void handle(void *t, bool ok)
    {
        const auto value = reinterpret_cast<std::intptr_t>(t);
        const int index = static_cast<int>(value / 4);
        const Op op = static_cast<Op>(value % 4);
        auto &c = *m_calls[static_cast<std::size_t>(index)];
        switch (op) {
        case Started:
            if (ok) {
                c.started = true;
                ++m_reading;
                c.reader->Read(&c.event, tag(index, ReadDone));
            } else {
                c.reader->Finish(&c.status, tag(index, FinishDone));
            }
            break;
        case ReadDone:
            if (ok) {
                c.received = true;
                c.types.insert(c.event.type());
                c.reader->Read(&c.event, tag(index, ReadDone));
            } else {
                c.reader->Finish(&c.status, tag(index, FinishDone));
            }
            break;
        case FinishDone:
            c.done = true;
            if (c.started)
                --m_reading;
            ++m_finished;
            break;
        }
    }

    std::unique_ptr<v1::EventService::Stub> m_stub;
    grpc::CompletionQueue m_cq;
    std::vector<std::unique_ptr<Call>> m_calls;
    int m_reading = 0;
    int m_finished = 0;
};

int threadCount(qint64 pid)
{
    return static_cast<int>(
        QDir(QStringLiteral("/proc/%1/task").arg(pid)).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

} // namespace

class EventFeedTest : public QObject {
    Q_OBJECT

    TestServer m_server;
    std::string m_admin, m_auditor, m_operator, m_viewer, m_operatorB;

    std::unique_ptr<v1::TransactionService::Stub> tx() const { return m_server.stub<v1::TransactionService>(); }

    std::int64_t lastSequence() { return m_server.backend().store().lastEventSequence(); }

    // Events after `since` as the holder of token receives them, up to the
    // store's last sequence at the time of the call: read through Watch and
    // through WatchBatches, which must agree event for event.
    std::vector<v1::Event> eventsSeenBy(const std::string &token, std::int64_t since, bool *complete,
                                        int *batches = nullptr)
    {
        const std::int64_t until = lastSequence();
        auto stub = m_server.stub<v1::EventService>();
        v1::WatchRequest req;
        req.set_since_sequence(since);
        std::vector<v1::Event> out;
        {
            grpc::ClientContext ctx;
            prepare(ctx, token, 20000);
            auto reader = stub->Watch(&ctx, req);
            out = readUntil(*reader, until, complete);
            ctx.TryCancel();
            reader->Finish();
        }
        grpc::ClientContext ctx;
        prepare(ctx, token, 20000);
        auto reader = stub->WatchBatches(&ctx, req);
        bool batchedComplete = false;
        int messages = 0;
        const auto batched = readBatchesUntil(*reader, until, &batchedComplete, &messages);
        ctx.TryCancel();
        reader->Finish();
        if (batches)
            *batches = messages;
        std::vector<std::string> one, together;
        for (const auto &e : out)
            one.push_back(describe(e));
        for (const auto &e : batched)
            together.push_back(describe(e));
        if (one != together || batchedComplete != *complete) {
            qWarning("Watch and WatchBatches disagree: %zu and %zu events", one.size(), together.size());
            *complete = false;
        }
        return out;
    }

    std::vector<v1::Transaction> failed(const std::string &token, const std::vector<std::string> &plants, int count)
    {
        grpc::ClientContext ctx;
        prepare(ctx, token);
        v1::ListTransactionsRequest req;
        req.mutable_filter()->add_states(v1::FAILED);
        for (const auto &p : plants)
            req.mutable_filter()->add_plants(p);
        req.set_page_size(count);
        v1::ListTransactionsResponse resp;
        const auto st = tx()->ListTransactions(&ctx, req, &resp);
        if (!st.ok())
            qWarning("ListTransactions: %s", st.error_message().c_str());
        return {resp.transactions().begin(), resp.transactions().end()};
    }

    grpc::Status comment(const std::string &token, const std::string &id, const std::string &text)
    {
        grpc::ClientContext ctx;
        prepare(ctx, token);
        v1::AddCommentRequest req;
        req.set_id(id);
        req.set_text(text);
        v1::Comment c;
        return tx()->AddComment(&ctx, req, &c);
    }

    std::string firstConnector()
    {
        grpc::ClientContext ctx;
        prepare(ctx, m_admin);
        v1::ListConnectorsRequest req;
        v1::ListConnectorsResponse resp;
        if (!m_server.stub<v1::ConnectorService>()->ListConnectors(&ctx, req, &resp).ok() || resp.connectors().empty())
            return {};
        return resp.connectors(0).id();
    }

    // A bulk triage by the holder of token over ids, followed to its end.
    v1::BulkJob bulkTriage(const std::string &token, const std::vector<std::string> &ids, const std::string &requestId)
    {
        v1::StartBulkActionRequest req;
        req.set_request_id(requestId);
        req.set_action(v1::BULK_ACTION_SET_TRIAGE_STATUS);
        req.set_triage_status(v1::TRIAGE_STATUS_INVESTIGATING);
        for (const auto &id : ids)
            req.mutable_ids()->add_ids(id);
        v1::BulkJob job;
        {
            grpc::ClientContext ctx;
            prepare(ctx, token);
            const auto st = tx()->StartBulkAction(&ctx, req, &job);
            if (!st.ok()) {
                qWarning("StartBulkAction: %s", st.error_message().c_str());
                return job;
            }
        }
        grpc::ClientContext ctx;
        prepare(ctx, token, 30000);
        v1::WatchBulkActionRequest w;
        w.set_job_id(job.id());
        auto reader = tx()->WatchBulkAction(&ctx, w);
        v1::BulkJob update;
        while (reader->Read(&update))
            job = update;
        const auto st = reader->Finish();
        if (!st.ok())
            qWarning("WatchBulkAction: %s", st.error_message().c_str());
        return job;
    }

private slots:
    void initTestCase()
    {
        ServerConfig config;
        config.historyCount = 400;
        config.eventHeartbeatMs = 100;
        QVERIFY(m_server.start(config));
        m_admin = m_server.loginDemo("admin");
        m_auditor = m_server.loginDemo("auditor");
        m_operator = m_server.loginDemo("operator");
        m_viewer = m_server.loginDemo("viewer");
        QVERIFY(!m_admin.empty() && !m_auditor.empty() && !m_operator.empty() && !m_viewer.empty());
        // A second operator of the same domains.
        grpc::ClientContext ctx;
        prepare(ctx, m_admin);
        v1::CreateUserRequest req;
        req.set_username("second.operator");
        req.set_password("second-operator-password");
        req.set_role(v1::ROLE_OPERATOR);
        req.add_domains("sales");
        req.add_domains("finance");
        v1::User u;
        const auto st = m_server.stub<v1::UserService>()->CreateUser(&ctx, req, &u);
        QVERIFY2(st.ok(), st.error_message().c_str());
        m_operatorB = m_server.login("second.operator", "second-operator-password");
        QVERIFY(!m_operatorB.empty());
    }

    void connectorEventsOnlyForThoseWhoReadConnectors()
    {
        const std::string connector = firstConnector();
        QVERIFY(!connector.empty());
        const std::int64_t since = lastSequence();
        auto connectors = m_server.stub<v1::ConnectorService>();
        {
            grpc::ClientContext ctx;
            prepare(ctx, m_admin);
            v1::PauseConnectorRequest req;
            req.set_connector_id(connector);
            req.set_reason("maintenance window");
            v1::Connector c;
            QVERIFY(connectors->PauseConnector(&ctx, req, &c).ok());
        }
        {
            grpc::ClientContext ctx;
            prepare(ctx, m_admin);
            v1::ResumeConnectorRequest req;
            req.set_connector_id(connector);
            v1::Connector c;
            QVERIFY(connectors->ResumeConnector(&ctx, req, &c).ok());
        }
        QVERIFY(lastSequence() >= since + 2);

        auto countConnectorEvents = [](const std::vector<v1::Event> &events) {
            return std::count_if(events.begin(), events.end(),
                                 [](const v1::Event &e) { return e.type() == v1::EVENT_TYPE_CONNECTOR_CHANGED; });
        };
        bool complete = false;
        const auto viewerEvents = eventsSeenBy(m_viewer, since, &complete);
        QVERIFY2(complete, "the viewer's stream did not reach the last sequence");
        QCOMPARE(countConnectorEvents(viewerEvents), 0);
        for (const std::string &token : {m_admin, m_auditor, m_operator}) {
            const auto events = eventsSeenBy(token, since, &complete);
            QVERIFY(complete);
            QCOMPARE(countConnectorEvents(events), 2);
        }
    }

    void bulkJobEventsOnlyForTheirOwnerAndThoseWhoSeeAllJobs()
    {
        const auto rows = failed(m_operator, {}, 3);
        QVERIFY(rows.size() >= 2);
        std::vector<std::string> ids;
        for (const auto &t : rows)
            ids.push_back(t.id());
        const std::int64_t since = lastSequence();
        const v1::BulkJob job = bulkTriage(m_operator, ids, "events-bulk-1");
        QCOMPARE(job.state(), v1::BULK_JOB_SUCCEEDED);
        QVERIFY(waitFor([&] { return lastSequence() >= since + 2 + static_cast<std::int64_t>(ids.size()); }));

        auto jobEvents = [&](const std::vector<v1::Event> &events) {
            return std::count_if(events.begin(), events.end(), [&](const v1::Event &e) {
                return e.type() == v1::EVENT_TYPE_BULK_JOB_CHANGED && e.bulk_job_id() == job.id();
            });
        };
        auto mentions = [&](const std::vector<v1::Event> &events) {
            return std::count_if(events.begin(), events.end(),
                                 [&](const v1::Event &e) { return e.bulk_job_id() == job.id(); });
        };
        auto changesOf = [&](const std::vector<v1::Event> &events) {
            return std::count_if(events.begin(), events.end(), [&](const v1::Event &e) {
                return e.type() == v1::EVENT_TYPE_TRANSACTION_CHANGED && e.action() == "triaged";
            });
        };
        bool complete = false;
        // Another operator of the same domains sees the transactions change, not whose job changed them.
        const auto other = eventsSeenBy(m_operatorB, since, &complete);
        QVERIFY(complete);
        QCOMPARE(jobEvents(other), 0);
        QCOMPARE(mentions(other), 0);
        QCOMPARE(changesOf(other), static_cast<long>(ids.size()));
        // The owner and those who see every job (admin, auditor) get the job's start and end.
        for (const std::string &token : {m_operator, m_admin, m_auditor}) {
            const auto events = eventsSeenBy(token, since, &complete);
            QVERIFY(complete);
            QCOMPARE(jobEvents(events), 2);
            QCOMPARE(changesOf(events), static_cast<long>(ids.size()));
        }
        // The viewer follows no bulk job.
        const auto viewer = eventsSeenBy(m_viewer, since, &complete);
        QVERIFY(complete);
        QCOMPARE(jobEvents(viewer), 0);
        QCOMPARE(mentions(viewer), 0);
    }

    void transactionEventsOnlyOfTheSubscribersPlants()
    {
        // The operator's failed transactions in the viewer's plant and in another one.
        const auto inPlant = failed(m_operator, {"DE01"}, 1);
        QCOMPARE(inPlant.size(), std::size_t(1));
        std::vector<v1::Transaction> elsewhere;
        for (const auto &t : failed(m_operator, {}, 200)) {
            if (t.plant() != "DE01" && !t.plant().empty()) {
                elsewhere.push_back(t);
                break;
            }
        }
        QCOMPARE(elsewhere.size(), std::size_t(1));

        const std::int64_t since = lastSequence();
        QVERIFY(comment(m_operator, elsewhere[0].id(), "checked with the plant").ok());
        QVERIFY(comment(m_operator, inPlant[0].id(), "checked with the plant").ok());
        QVERIFY(comment(m_operator, elsewhere[0].id(), "and again").ok());
        const std::int64_t until = lastSequence();
        QVERIFY(until >= since + 3);

        auto ids = [](const std::vector<v1::Event> &events) {
            std::vector<std::string> out;
            for (const auto &e : events) {
                if (e.type() == v1::EVENT_TYPE_TRANSACTION_CHANGED && e.action() == "commented")
                    out.push_back(e.transaction_id());
            }
            return out;
        };
        bool complete = false;
        const auto viewer = eventsSeenBy(m_viewer, since, &complete);
        QVERIFY(complete);
        for (const auto &e : viewer) {
            if (e.type() == v1::EVENT_TYPE_TRANSACTION_CHANGED)
                QCOMPARE(e.plant(), std::string("DE01"));
        }
        QCOMPARE(ids(viewer), std::vector<std::string>{inPlant[0].id()});
        const auto admin = eventsSeenBy(m_admin, since, &complete);
        QVERIFY(complete);
        QCOMPARE(ids(admin), (std::vector<std::string>{elsewhere[0].id(), inPlant[0].id(), elsewhere[0].id()}));
    }

    void batchesCarryTheReadyEventsTogether()
    {
        const auto rows = failed(m_operator, {}, 1);
        QCOMPARE(rows.size(), std::size_t(1));
        const std::int64_t since = lastSequence();
        constexpr int kChanges = 40;
        for (int i = 0; i < kChanges; ++i)
            QVERIFY(comment(m_operator, rows[0].id(), "note " + std::to_string(i)).ok());
        QVERIFY(lastSequence() >= since + kChanges);

        // Ready when the stream opens: they come in fewer messages than events.
        bool complete = false;
        int batches = 0;
        const auto events = eventsSeenBy(m_admin, since, &complete, &batches);
        QVERIFY2(complete, "WatchBatches and Watch disagree, or did not reach the last sequence");
        QVERIFY(events.size() >= static_cast<std::size_t>(kChanges));
        QVERIFY2(batches >= 1 && batches < kChanges,
                 qPrintable(QStringLiteral("%1 events in %2 messages").arg(events.size()).arg(batches)));
        for (std::size_t i = 1; i < events.size(); ++i)
            QVERIFY(events[i].sequence() > events[i - 1].sequence());

        // Idle: a heartbeat comes alone in its message, at the position after every event.
        {
            auto stub = m_server.stub<v1::EventService>();
            grpc::ClientContext ctx;
            prepare(ctx, m_viewer, 10000);
            v1::WatchRequest req;
            req.set_since_sequence(-1);
            auto reader = stub->WatchBatches(&ctx, req);
            v1::EventBatch batch;
            bool beat = false;
            while (!beat && reader->Read(&batch)) {
                if (batch.events_size() == 1 && batch.events(0).type() == v1::EVENT_TYPE_HEARTBEAT) {
                    beat = true;
                    QVERIFY(batch.events(0).sequence() >= since + kChanges);
                }
            }
            QVERIFY(beat);
            ctx.TryCancel();
            reader->Finish();
        }

        // The same refusals as Watch.
        for (const std::int64_t bad : {std::int64_t(-2), std::int64_t(-100)}) {
            auto stub = m_server.stub<v1::EventService>();
            grpc::ClientContext ctx;
            prepare(ctx, m_admin, 5000);
            v1::WatchRequest req;
            req.set_since_sequence(bad);
            auto reader = stub->WatchBatches(&ctx, req);
            v1::EventBatch batch;
            QVERIFY(!reader->Read(&batch));
            QCOMPARE(reader->Finish().error_code(), grpc::StatusCode::INVALID_ARGUMENT);
        }
        {
            auto stub = m_server.stub<v1::EventService>();
            grpc::ClientContext ctx;
            prepare(ctx, "not-a-session", 5000);
            v1::WatchRequest req;
            req.set_since_sequence(-1);
            auto reader = stub->WatchBatches(&ctx, req);
            v1::EventBatch batch;
            QVERIFY(!reader->Read(&batch));
            QCOMPARE(reader->Finish().error_code(), grpc::StatusCode::UNAUTHENTICATED);
        }
    }

    void aFilteredFeedResumesAfterTheLastSequenceSeen()
    {
        const auto inPlant = failed(m_operator, {"DE01"}, 1);
        QCOMPARE(inPlant.size(), std::size_t(1));
        std::string elsewhere;
        for (const auto &t : failed(m_operator, {}, 200)) {
            if (t.plant() != "DE01" && !t.plant().empty()) {
                elsewhere = t.id();
                break;
            }
        }
        QVERIFY(!elsewhere.empty());
        const std::int64_t since = lastSequence();

        // The viewer follows, sees its plant's change, then leaves.
        std::int64_t lastSeen = since;
        {
            grpc::ClientContext ctx;
            prepare(ctx, m_viewer, 20000);
            v1::WatchRequest req;
            req.set_since_sequence(since);
            auto stub = m_server.stub<v1::EventService>();
            auto reader = stub->Watch(&ctx, req);
            QVERIFY(comment(m_operator, inPlant[0].id(), "first").ok());
            v1::Event e;
            bool got = false;
            while (!got && reader->Read(&e)) {
                lastSeen = e.sequence();
                got = e.type() == v1::EVENT_TYPE_TRANSACTION_CHANGED && e.transaction_id() == inPlant[0].id();
            }
            QVERIFY(got);
            ctx.TryCancel();
            reader->Finish();
        }
        // While away: changes it may not see, then one it may.
        QVERIFY(comment(m_operator, elsewhere, "away 1").ok());
        QVERIFY(comment(m_operator, elsewhere, "away 2").ok());
        QVERIFY(comment(m_operator, inPlant[0].id(), "second").ok());
        const std::int64_t secondSeq = lastSequence();
        QVERIFY(comment(m_operator, elsewhere, "away 3").ok());

        // Resuming after the last sequence it saw gives exactly what it missed and may see.
        bool complete = false;
        const auto resumed = eventsSeenBy(m_viewer, lastSeen, &complete);
        QVERIFY(complete);
        std::vector<std::int64_t> seqs;
        for (const auto &e : resumed) {
            QVERIFY(e.sequence() > lastSeen);
            if (e.type() == v1::EVENT_TYPE_TRANSACTION_CHANGED)
                seqs.push_back(e.sequence());
        }
        QCOMPARE(seqs, std::vector<std::int64_t>{secondSeq});
        // Numbers increase; the unseen ones are gaps, never repeats.
        for (std::size_t i = 1; i < resumed.size(); ++i)
            QVERIFY(resumed[i].sequence() > resumed[i - 1].sequence());
    }
};

// flowdeskd as a process, with hundreds of event streams from one client.
class EventStreamsDaemonTest : public QObject {
    Q_OBJECT

    std::unique_ptr<ChildSanitizerReports> m_reports;

    struct Daemon {
        QTemporaryDir dir;
        QProcess process;
        std::string address;
    };

    static bool startDaemon(Daemon &d)
    {
        d.process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        d.process.start(QStringLiteral(FLOWDESKD_PATH), {"--demo", "--no-traffic", "--listen", "127.0.0.1:0", "--data",
                                                         d.dir.path(), "--seed", "3"});
        if (!d.process.waitForStarted(10000))
            return false;
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains('\n') && timer.elapsed() < 60000 && d.process.state() == QProcess::Running) {
            d.process.waitForReadyRead(500);
            out += d.process.readAllStandardOutput();
        }
        const QRegularExpression re(QStringLiteral("^listening on (127\\.0\\.0\\.1:\\d+)\\n$"));
        const auto match = re.match(QString::fromUtf8(out));
        if (!match.hasMatch()) {
            qWarning("flowdeskd did not start: %s", out.constData());
            return false;
        }
        d.address = match.captured(1).toStdString();
        return true;
    }

    static std::string login(const std::shared_ptr<grpc::Channel> &channel)
    {
        auto sessions = v1::SessionService::NewStub(channel);
        grpc::ClientContext ctx;
        prepare(ctx, {});
        v1::LoginRequest req;
        req.set_username("admin");
        req.set_password("demo-admin");
        v1::LoginResponse resp;
        return sessions->Login(&ctx, req, &resp).ok() ? resp.token() : std::string();
    }

    static bool toggleAConnector(const std::shared_ptr<grpc::Channel> &channel, const std::string &token, bool pause)
    {
        auto connectors = v1::ConnectorService::NewStub(channel);
        v1::ListConnectorsResponse list;
        {
            grpc::ClientContext ctx;
            prepare(ctx, token);
            if (!connectors->ListConnectors(&ctx, v1::ListConnectorsRequest(), &list).ok()
                || list.connectors().empty())
                return false;
        }
        grpc::ClientContext ctx;
        prepare(ctx, token);
        v1::Connector c;
        if (pause) {
            v1::PauseConnectorRequest req;
            req.set_connector_id(list.connectors(0).id());
            req.set_reason("maintenance window");
            return connectors->PauseConnector(&ctx, req, &c).ok();
        }
        v1::ResumeConnectorRequest req;
        req.set_connector_id(list.connectors(0).id());
        return connectors->ResumeConnector(&ctx, req, &c).ok();
    }

    // Streams opened at the live end see what is published once they are
    // served; publishes connector changes until every stream received one.
    static bool publishUntilAllReceive(StreamSwarm &swarm, const std::shared_ptr<grpc::Channel> &channel,
                                       const std::string &token)
    {
        for (int i = 0; i < 30; ++i) {
            if (!toggleAConnector(channel, token, i % 2 == 0))
                return false;
            if (swarm.driveUntil([&] { return swarm.receivedType(v1::EVENT_TYPE_CONNECTOR_CHANGED) == swarm.count(); },
                                 1000))
                return true;
        }
        qWarning("%d of %d streams got a connector event", swarm.receivedType(v1::EVENT_TYPE_CONNECTOR_CHANGED),
                 swarm.count());
        return false;
    }

private slots:
    void init()
    {
        m_reports = std::make_unique<ChildSanitizerReports>();
        QVERIFY(m_reports->isValid());
    }

    void cleanup()
    {
        const bool none = m_reports->none();
        m_reports.reset();
        QVERIFY2(none, "a flowdeskd this test started reported errors (printed above)");
    }

    void threeHundredStreamsWithoutAThreadEach()
    {
        Daemon d;
        QVERIFY(startDaemon(d));
        const qint64 pid = d.process.processId();
        auto channel = grpc::CreateChannel(d.address, grpc::experimental::LocalCredentials(LOCAL_TCP));
        const std::string token = login(channel);
        QVERIFY(!token.empty());
        const int before = threadCount(pid);
        {
            StreamSwarm swarm(channel, token, 300);
            QVERIFY2(swarm.driveUntil([&] { return swarm.reading() == 300; }, 60000),
                     qPrintable(QStringLiteral("%1 of 300 streams open").arg(swarm.reading())));
            // Every stream receives a published event.
            QVERIFY(publishUntilAllReceive(swarm, channel, token));
            // The demo's simulated systems have threads of their own; the streams add next to none.
            const int open = threadCount(pid);
            qInfo("flowdeskd threads: %d before, %d with 300 open event streams", before, open);
            QVERIFY2(open - before < 20,
                     qPrintable(QStringLiteral("%1 threads before, %2 with 300 open streams").arg(before).arg(open)));
            QCOMPARE(swarm.finished(), 0);
            // Clients leaving end their streams.
            swarm.cancelAll();
            QVERIFY(swarm.driveUntil([&] { return swarm.finished() == 300; }, 30000));
        }
        // The server still serves new streams after the old ones left.
        {
            StreamSwarm again(channel, token, 20);
            QVERIFY(again.driveUntil([&] { return again.reading() == 20; }, 30000));
        }
        ::kill(static_cast<pid_t>(pid), SIGTERM);
        QVERIFY(d.process.waitForFinished(30000));
        QCOMPARE(d.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(d.process.exitCode(), 0);
    }

    void stopsPromptlyWithOpenStreams()
    {
        Daemon d;
        QVERIFY(startDaemon(d));
        const qint64 pid = d.process.processId();
        auto channel = grpc::CreateChannel(d.address, grpc::experimental::LocalCredentials(LOCAL_TCP));
        const std::string token = login(channel);
        QVERIFY(!token.empty());
        StreamSwarm swarm(channel, token, 300);
        QVERIFY(swarm.driveUntil([&] { return swarm.reading() == 300; }, 60000));
        // Every stream is being served: each received an event.
        QVERIFY(publishUntilAllReceive(swarm, channel, token));
        QElapsedTimer timer;
        timer.start();
        ::kill(static_cast<pid_t>(pid), SIGTERM);
        // The streams end with the server (UNAVAILABLE), and the process exits.
        QVERIFY2(swarm.driveUntil([&] { return swarm.finished() == 300; }, 20000),
                 qPrintable(QStringLiteral("%1 of 300 streams ended").arg(swarm.finished())));
        QVERIFY(d.process.waitForFinished(20000));
        qInfo("flowdeskd stopped %lld ms after SIGTERM with 300 open streams", timer.elapsed());
        QCOMPARE(d.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(d.process.exitCode(), 0);
        QVERIFY(timer.elapsed() < 10000);
        const auto statuses = swarm.statuses();
        QVERIFY(!statuses.count(grpc::StatusCode::OK));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        EventFeedTest t;
        status |= QTest::qExec(&t, argc, argv);
    }
    {
        EventStreamsDaemonTest t;
        status |= QTest::qExec(&t, argc, argv);
    }
    return status;
}

#include "tst_api_events.moc"
