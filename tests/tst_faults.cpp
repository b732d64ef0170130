// flowdeskd under faults, as real processes: killed with SIGKILL while it takes
// in submissions, while it delivers and while a bulk job runs, then started
// again on the same data folder; and serving from a disk that fills up.
// Whatever it acknowledged is there after the restart, nothing delivered is
// delivered again, a bulk job finishes exactly once with every item
// resubmitted once, the audit chain verifies and the event feed continues
// without a gap; a full disk gives a precise answer and passes by itself.

#include "flowdesk/v1/audit.grpc.pb.h"
#include "flowdesk/v1/common.pb.h"
#include "flowdesk/v1/event.grpc.pb.h"
#include "flowdesk/v1/ingest.grpc.pb.h"
#include "flowdesk/v1/session.grpc.pb.h"
#include "flowdesk/v1/transaction.grpc.pb.h"
#include "sanitizerreports.h"

#include <grpcpp/grpcpp.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <optional>
#include <csignal>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

#include <sys/mount.h>
#include <unistd.h>

namespace v1 = flowdesk::v1;

namespace {

// One flowdeskd process serving the demo catalogue without live traffic.
class Daemon {
public:
    ~Daemon()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    // Starts it on dataDir and waits for "listening on"; false with the
    // daemon's stderr in *why when it does not get there.
    // extra: more of flowdeskd's options (e.g. a latency of the demo's targets).
    bool start(const QString &dataDir, QString *why, const QStringList &extra = {})
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(FLOWDESKD_PATH),
                        QStringList{"--demo", "--no-traffic", "--listen", "127.0.0.1:0", "--data", dataDir, "--seed", "3"}
                            + extra);
        if (!m_process.waitForStarted(10000)) {
            *why = QStringLiteral("flowdeskd did not start");
            return false;
        }
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains('\n') && timer.elapsed() < 120000 && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            out += m_process.readAllStandardOutput();
        }
        static const QRegularExpression re(QStringLiteral("^listening on (\\S+)\\n"));
        const auto match = re.match(QString::fromUtf8(out));
        if (!match.hasMatch()) {
            m_process.waitForFinished(2000);
            *why = QString::fromUtf8(out + m_process.readAllStandardError());
            return false;
        }
        m_channel = grpc::CreateChannel(match.captured(1).toStdString(),
                                        grpc::experimental::LocalCredentials(LOCAL_TCP));
        return true;
    }

    void kill9()
    {
        ::kill(static_cast<pid_t>(m_process.processId()), SIGKILL);
        m_process.waitForFinished(15000);
    }

    bool running() const { return m_process.state() == QProcess::Running; }
    QProcess &process() { return m_process; }
    std::shared_ptr<grpc::Channel> channel() const { return m_channel; }

    std::string login(const std::string &user)
    {
        auto stub = v1::SessionService::NewStub(m_channel);
        grpc::ClientContext ctx;
        ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
        v1::LoginRequest req;
        req.set_username(user);
        req.set_password("demo-" + user);
        v1::LoginResponse resp;
        return stub->Login(&ctx, req, &resp).ok() ? resp.token() : std::string();
    }

private:
    QProcess m_process;
    std::shared_ptr<grpc::Channel> m_channel;
};

void prepare(grpc::ClientContext &ctx, const std::string &token, int timeoutMs = 20000)
{
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(timeoutMs));
    ctx.AddMetadata("authorization", "Bearer " + token);
}

std::string reasonOf(const grpc::Status &status)
{
    v1::Status s;
    if (!s.ParseFromString(status.error_details()))
        return {};
    for (const auto &any : s.details()) {
        v1::ErrorDetails d;
        if (any.UnpackTo(&d))
            return d.reason();
    }
    return {};
}

const char *kFlow = "crm-quote-to-order";

// A submission of a new CRM order built from a delivered one.
v1::SubmitRequest orderLike(const std::string &templatePayload, const std::string &number)
{
    // The order number is a plain string field of the order; replace its value.
    static const QRegularExpression re(QStringLiteral("\"order_number\"\\s*:\\s*\"[^\"]*\""));
    QString payload = QString::fromStdString(templatePayload);
    payload.replace(re, QStringLiteral("\"order_number\":\"%1\"").arg(QString::fromStdString(number)));
    v1::SubmitRequest req;
    req.set_flow_id(kFlow);
    req.set_payload_json(payload.toStdString());
    req.set_idempotency_key("fault-" + number);
    return req;
}

} // namespace

class FaultsTest : public QObject {
    Q_OBJECT

    std::unique_ptr<ChildSanitizerReports> m_reports;

    // The payload of a delivered CRM order, as an operator reads it.
    std::string templatePayload(Daemon &d, const std::string &token)
    {
        auto tx = v1::TransactionService::NewStub(d.channel());
        grpc::ClientContext ctx;
        prepare(ctx, token);
        v1::ListTransactionsRequest req;
        req.mutable_filter()->add_states(v1::DELIVERED);
        req.mutable_filter()->add_flow_ids(kFlow);
        req.set_page_size(1);
        req.set_view(v1::TRANSACTION_VIEW_FULL);
        v1::ListTransactionsResponse resp;
        const auto st = tx->ListTransactions(&ctx, req, &resp);
        if (!st.ok() || resp.transactions().empty())
            return {};
        return resp.transactions(0).payload_json();
    }

    void verifyAudit(Daemon &d)
    {
        auto audit = v1::AuditService::NewStub(d.channel());
        grpc::ClientContext ctx;
        prepare(ctx, d.login("auditor"), 60000);
        v1::VerifyAuditChainResponse resp;
        const auto st = audit->VerifyAuditChain(&ctx, v1::VerifyAuditChainRequest(), &resp);
        QVERIFY2(st.ok(), st.error_message().c_str());
        QVERIFY2(resp.ok(), resp.problem().c_str());
        QVERIFY(resp.entries_checked() > 0);
    }

    // The feed from `since` on: at least `atLeast` events, numbered without a gap.
    void verifyFeedFrom(Daemon &d, std::int64_t since, int atLeast)
    {
        auto events = v1::EventService::NewStub(d.channel());
        grpc::ClientContext ctx;
        prepare(ctx, d.login("admin"), 20000);
        v1::WatchRequest req;
        req.set_since_sequence(since);
        auto reader = events->Watch(&ctx, req);
        v1::Event e;
        std::int64_t expected = since + 1;
        int seen = 0;
        while (seen < atLeast && reader->Read(&e)) {
            if (e.type() == v1::EVENT_TYPE_HEARTBEAT || e.sequence() == 0)
                continue;
            QCOMPARE(e.sequence(), expected);
            ++expected;
            ++seen;
        }
        ctx.TryCancel();
        reader->Finish();
        QVERIFY2(seen >= atLeast, qPrintable(QStringLiteral("only %1 events after %2").arg(seen).arg(since)));
    }

    // Reads the feed from `since` (or from the oldest event kept, when older
    // ones were pruned) until it has been quiet for the deadline.
    std::vector<v1::Event> readFeed(Daemon &d, const std::string &token, std::int64_t since, int deadlineMs)
    {
        std::vector<v1::Event> out;
        auto events = v1::EventService::NewStub(d.channel());
        for (int round = 0; round < 2; ++round) {
            grpc::ClientContext ctx;
            prepare(ctx, token, deadlineMs);
            v1::WatchRequest req;
            req.set_since_sequence(since);
            auto reader = events->Watch(&ctx, req);
            v1::Event e;
            while (reader->Read(&e))
                if (e.type() != v1::EVENT_TYPE_HEARTBEAT && e.sequence() > 0)
                    out.push_back(e);
            const auto st = reader->Finish();
            if (st.error_code() != grpc::StatusCode::FAILED_PRECONDITION && st.error_code() != grpc::StatusCode::OUT_OF_RANGE)
                break;
            v1::Status full;
            std::int64_t oldest = 0;
            if (full.ParseFromString(st.error_details()))
                for (const auto &any : full.details()) {
                    v1::ErrorDetails details;
                    if (any.UnpackTo(&details) && details.metadata().count("oldest_sequence"))
                        oldest = std::stoll(details.metadata().at("oldest_sequence"));
                }
            if (oldest <= 0)
                break;
            since = oldest - 1;
        }
        return out;
    }

    // The newest event sequence the feed shows now.
    std::int64_t lastSequence(Daemon &d)
    {
        std::int64_t last = 0;
        for (const auto &e : readFeed(d, d.login("admin"), 0, 3000))
            last = std::max(last, e.sequence());
        return last;
    }

    std::optional<v1::Transaction> get(Daemon &d, const std::string &token, const std::string &id)
    {
        auto tx = v1::TransactionService::NewStub(d.channel());
        grpc::ClientContext ctx;
        prepare(ctx, token);
        v1::GetTransactionRequest req;
        req.set_id(id);
        req.set_view(v1::TRANSACTION_VIEW_FULL);
        v1::Transaction t;
        if (!tx->GetTransaction(&ctx, req, &t).ok())
            return std::nullopt;
        return t;
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

    // Killed while a connector submits: every submission it answered is
    // there after the restart, the audit chain verifies, the feed goes on.
    void everyAcknowledgedSubmitSurvivesKill()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        auto d = std::make_unique<Daemon>();
        QString why;
        QVERIFY2(d->start(data, &why), qPrintable(why));
        const std::string op = d->login("operator");
        const std::string connector = d->login("connector");
        QVERIFY(!op.empty() && !connector.empty());
        const std::string tmpl = templatePayload(*d, op);
        QVERIFY(!tmpl.empty());
        const std::int64_t feedBefore = lastSequence(*d);
        QVERIFY(feedBefore > 0);

        std::mutex mutex;
        std::map<std::string, std::string> acknowledged;  // transaction id -> order number
        std::atomic<bool> stop{false};
        std::thread submitter([&] {
            auto ingest = v1::IngestService::NewStub(d->channel());
            for (int i = 0; !stop; ++i) {
                const std::string number = "SO2026-7" + std::to_string(10000 + i);
                grpc::ClientContext ctx;
                prepare(ctx, connector, 5000);
                v1::SubmitResponse resp;
                if (!ingest->Submit(&ctx, orderLike(tmpl, number), &resp).ok())
                    return;  // the server is gone
                std::lock_guard<std::mutex> lock(mutex);
                acknowledged[resp.transaction_id()] = number;
            }
        });
        QVERIFY(QTest::qWaitFor(
            [&] {
                std::lock_guard<std::mutex> lock(mutex);
                return acknowledged.size() >= 40;
            },
            60000));
        d->kill9();
        stop = true;
        submitter.join();
        QCOMPARE(d->process().exitStatus(), QProcess::CrashExit);

        d = std::make_unique<Daemon>();
        QVERIFY2(d->start(data, &why), qPrintable(why));
        const std::string op2 = d->login("operator");
        for (const auto &[id, number] : acknowledged) {
            const auto t = get(*d, op2, id);
            QVERIFY2(t, qPrintable(QStringLiteral("acknowledged transaction %1 is lost").arg(QString::fromStdString(id))));
            QVERIFY(t->payload_json().find(number) != std::string::npos);
        }
        verifyAudit(*d);
        // Every acknowledged submission left an event; the feed from before the
        // kill goes on without a gap.
        verifyFeedFrom(*d, feedBefore, static_cast<int>(acknowledged.size()));
    }

    // Killed while orders are being delivered: after the restart nothing is
    // left in flight, what was delivered is not delivered again, the rest goes
    // out, the audit chain verifies and the feed goes on.
    void deliveryInterruptedByKillResumesOnce()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        auto d = std::make_unique<Daemon>();
        QString why;
        // The demo's targets answer after 1.5 s, so deliveries are in flight when it is killed.
        QVERIFY2(d->start(data, &why, {QStringLiteral("--demo-latency"), QStringLiteral("1500")}), qPrintable(why));
        const std::string op = d->login("operator");
        const std::string connector = d->login("connector");
        QVERIFY(!op.empty() && !connector.empty());
        const std::string tmpl = templatePayload(*d, op);
        QVERIFY(!tmpl.empty());
        const std::int64_t feedBefore = lastSequence(*d);

        std::mutex mutex;
        std::vector<std::string> acknowledged;
        std::atomic<bool> stop{false};
        std::thread submitter([&] {
            auto ingest = v1::IngestService::NewStub(d->channel());
            for (int i = 0; !stop && i < 400; ++i) {
                grpc::ClientContext ctx;
                prepare(ctx, connector, 5000);
                v1::SubmitResponse resp;
                if (!ingest->Submit(&ctx, orderLike(tmpl, "SO2026-8" + std::to_string(10000 + i)), &resp).ok())
                    return;  // the server is gone
                std::lock_guard<std::mutex> lock(mutex);
                acknowledged.push_back(resp.transaction_id());
            }
        });
        // Killed once some of the new orders are delivered and others are in
        // flight that moment (a delivery takes 1.5 s: still in flight at the kill).
        auto inFlightNow = [&] {
            auto tx = v1::TransactionService::NewStub(d->channel());
            grpc::ClientContext ctx;
            prepare(ctx, op);
            v1::ListTransactionsRequest req;
            req.mutable_filter()->add_states(v1::IN_FLIGHT);
            req.mutable_filter()->add_flow_ids(kFlow);
            req.set_page_size(1);
            v1::ListTransactionsResponse resp;
            return tx->ListTransactions(&ctx, req, &resp).ok() && resp.transactions_size() > 0;
        };
        QVERIFY(QTest::qWaitFor(
            [&] {
                std::string first;
                {
                    std::lock_guard<std::mutex> lock(mutex);
                    if (acknowledged.size() < 30)
                        return false;
                    first = acknowledged.front();
                }
                const auto t = get(*d, op, first);
                return t && t->state() != v1::RECEIVED && t->state() != v1::IN_FLIGHT && inFlightNow();
            },
            60000));
        d->kill9();
        stop = true;
        submitter.join();
        QCOMPARE(d->process().exitStatus(), QProcess::CrashExit);

        d = std::make_unique<Daemon>();
        QVERIFY2(d->start(data, &why), qPrintable(why));
        const std::string op2 = d->login("operator");
        // Everything leaves RECEIVED and IN_FLIGHT: an interrupted delivery is due again.
        auto unsettled = [&] {
            int open = 0;
            for (const auto &id : acknowledged) {
                const auto t = get(*d, op2, id);
                if (!t || t->state() == v1::RECEIVED || t->state() == v1::IN_FLIGHT)
                    ++open;
            }
            return open;
        };
        QVERIFY(QTest::qWaitFor([&] { return unsettled() == 0; }, 90000));
        int delivered = 0;
        int recovered = 0;  // deliveries the kill interrupted, due again after the restart
        for (const auto &id : acknowledged) {
            const auto t = get(*d, op2, id);
            QVERIFY2(t, qPrintable(QStringLiteral("acknowledged transaction %1 is lost").arg(QString::fromStdString(id))));
            int deliveries = 0;
            for (const auto &h : t->hops()) {
                deliveries += h.action() == "delivered";
                recovered += h.action() == "recovered";
            }
            QVERIFY2(deliveries <= 1, qPrintable(QStringLiteral("transaction %1 was delivered %2 times")
                                                     .arg(QString::fromStdString(id)).arg(deliveries)));
            delivered += t->state() == v1::DELIVERED;
        }
        QVERIFY(delivered > 0);
        qInfo("%zu orders acknowledged, %d delivered, %d deliveries interrupted and resumed", acknowledged.size(),
              delivered, recovered);
        QVERIFY2(recovered > 0, "no delivery was in flight when flowdeskd was killed");
        verifyAudit(*d);
        verifyFeedFrom(*d, feedBefore, static_cast<int>(acknowledged.size()));
    }

    // Killed while a bulk resubmit runs: after the restart the job is found,
    // followed to its end, answered again for the same request id, and every
    // item was resubmitted exactly once.
    void bulkJobResumesAfterKill()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        auto d = std::make_unique<Daemon>();
        QString why;
        QVERIFY2(d->start(data, &why), qPrintable(why));
        std::string op = d->login("operator");
        QVERIFY(!op.empty());

        // The operator's exceptions, split over the first chunk and the last.
        std::vector<std::string> failed;
        {
            auto tx = v1::TransactionService::NewStub(d->channel());
            grpc::ClientContext ctx;
            prepare(ctx, op);
            v1::ListTransactionsRequest req;
            req.mutable_filter()->add_states(v1::FAILED);
            req.set_page_size(1000);
            v1::ListTransactionsResponse resp;
            const auto st = tx->ListTransactions(&ctx, req, &resp);
            QVERIFY2(st.ok(), st.error_message().c_str());
            for (const auto &t : resp.transactions())
                failed.push_back(t.id());
        }
        QVERIFY2(failed.size() >= 4, "the demo history has too few exceptions");
        auto resubmitHops = [&](Daemon &daemon, const std::string &token, const std::string &id) {
            const auto t = get(daemon, token, id);
            int n = 0;
            for (const auto &h : t ? t->hops() : google::protobuf::RepeatedPtrField<v1::Hop>())
                n += h.action() == "resubmitted";
            return t ? n : -1;
        };
        std::map<std::string, int> before;
        for (const auto &id : failed)
            before[id] = resubmitHops(*d, op, id);
        const std::size_t half = failed.size() / 2;
        // Between them ids that do not exist: each is reported as not found
        // and keeps the job going for many chunks.
        constexpr int kTotal = 120000;
        v1::StartBulkActionRequest start;
        start.set_request_id("fault-bulk-1");
        start.set_action(v1::BULK_ACTION_RESUBMIT);
        auto *ids = start.mutable_ids();
        for (std::size_t i = 0; i < half; ++i)
            ids->add_ids(failed[i]);
        while (ids->ids_size() < kTotal - static_cast<int>(failed.size() - half))
            ids->add_ids("999999999");
        for (std::size_t i = half; i < failed.size(); ++i)
            ids->add_ids(failed[i]);

        v1::BulkJob job;
        {
            auto tx = v1::TransactionService::NewStub(d->channel());
            grpc::ClientContext ctx;
            prepare(ctx, op);
            const auto st = tx->StartBulkAction(&ctx, start, &job);
            QVERIFY2(st.ok(), st.error_message().c_str());
        }
        // Killed once the first chunk is written, long before the last.
        std::int64_t processedAtKill = 0;
        {
            auto tx = v1::TransactionService::NewStub(d->channel());
            grpc::ClientContext ctx;
            prepare(ctx, op, 60000);
            v1::WatchBulkActionRequest req;
            req.set_job_id(job.id());
            auto reader = tx->WatchBulkAction(&ctx, req);
            v1::BulkJob snap;
            while (reader->Read(&snap)) {
                if (snap.processed() > 0) {
                    d->kill9();
                    processedAtKill = snap.processed();
                    break;
                }
            }
            ctx.TryCancel();
            reader->Finish();
        }
        QVERIFY(processedAtKill > 0);
        QVERIFY2(processedAtKill < kTotal, "the job ended before the kill; nothing to resume");
        QVERIFY(!d->running());

        d = std::make_unique<Daemon>();
        QVERIFY2(d->start(data, &why), qPrintable(why));
        op = d->login("operator");
        // Followed to its end after the restart.
        v1::BulkJob last;
        {
            auto tx = v1::TransactionService::NewStub(d->channel());
            grpc::ClientContext ctx;
            prepare(ctx, op, 120000);
            v1::WatchBulkActionRequest req;
            req.set_job_id(job.id());
            auto reader = tx->WatchBulkAction(&ctx, req);
            v1::BulkJob snap;
            while (reader->Read(&snap))
                last = snap;
            const auto st = reader->Finish();
            QVERIFY2(st.ok(), st.error_message().c_str());
        }
        QCOMPARE(last.id(), job.id());
        QCOMPARE(last.state(), v1::BULK_JOB_SUCCEEDED);
        QCOMPARE(last.total(), std::int64_t(kTotal));
        QCOMPARE(last.processed(), std::int64_t(kTotal));
        QCOMPARE(last.succeeded() + last.failed(), std::int64_t(kTotal));
        QVERIFY(last.failed() >= kTotal - static_cast<int>(failed.size()));
        // The same request id answers the same job, and following it shows its end.
        {
            auto tx = v1::TransactionService::NewStub(d->channel());
            grpc::ClientContext ctx;
            prepare(ctx, op);
            v1::BulkJob again;
            const auto st = tx->StartBulkAction(&ctx, start, &again);
            QVERIFY2(st.ok(), st.error_message().c_str());
            QCOMPARE(again.id(), job.id());
            QCOMPARE(again.state(), v1::BULK_JOB_SUCCEEDED);
            QCOMPARE(again.processed(), std::int64_t(kTotal));
        }
        // Every item resubmitted at most once, those the job counts exactly
        // once, and some of them only after the restart.
        int resubmitted = 0;
        int resubmittedLate = 0;
        for (std::size_t i = 0; i < failed.size(); ++i) {
            QVERIFY(before[failed[i]] >= 0);
            const int resubmits = resubmitHops(*d, op, failed[i]) - before[failed[i]];
            QVERIFY2(resubmits <= 1, qPrintable(QStringLiteral("transaction %1 resubmitted %2 times")
                                                    .arg(QString::fromStdString(failed[i]))
                                                    .arg(resubmits)));
            resubmitted += resubmits;
            if (i >= half)
                resubmittedLate += resubmits;
        }
        QCOMPARE(std::int64_t(resubmitted), last.succeeded());
        QVERIFY2(resubmittedLate > 0, "no item after the kill was resubmitted");
        verifyAudit(*d);
        // The job's end is in the feed once.
        int ends = 0;
        for (const auto &e : readFeed(*d, op, 0, 3000))
            ends += e.bulk_job_id() == job.id() && e.action() == "finished";
        QCOMPARE(ends, 1);
    }

    // A disk that fills up: at start a message and a non-zero exit; while
    // serving, RESOURCE_EXHAUSTED for what cannot be written, nothing
    // acknowledged lost, and service again once there is room.
    void fullDiskIsReportedAndPasses()
    {
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(mountPoint));
        const QByteArray mp = QFile::encodeName(mountPoint);
        // A small file system of its own; without one this test cannot run, and says so.
        if (::mount("tmpfs", mp.constData(), "tmpfs", 0, "size=96m,mode=0700") != 0)
            QFAIL(qPrintable(QStringLiteral("cannot mount a small tmpfs at %1 (%2); the full-disk test needs root "
                                            "with mount rights (CAP_SYS_ADMIN)")
                                 .arg(mountPoint, QString::fromLocal8Bit(std::strerror(errno)))));
        struct Unmount {
            QByteArray path;
            ~Unmount() { ::umount2(path.constData(), MNT_DETACH); }
        } unmount{mp};
        const QString filler = mountPoint + QStringLiteral("/filler");
        auto fill = [&] {
            QFile f(filler);
            if (!f.open(QIODevice::Append))
                return false;
            const QByteArray block(64 * 1024, 'x');
            while (f.write(block) == block.size()) {
            }
            f.flush();
            return true;
        };

        // Starting on a full disk: a message and an exit status, no abort.
        {
            QVERIFY(fill());
            QProcess p;
            p.start(QStringLiteral(FLOWDESKD_PATH), {"--demo", "--no-traffic", "--listen", "127.0.0.1:0", "--data",
                                                     mountPoint + QStringLiteral("/first")});
            QVERIFY(p.waitForFinished(60000));
            const QByteArray err = p.readAllStandardError();
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QVERIFY2(p.exitCode() != 0, err.constData());
            QVERIFY2(err.contains("full"), err.constData());
            QVERIFY(QFile::remove(filler));
        }

        const QString data = mountPoint + QStringLiteral("/data");
        Daemon d;
        QString why;
        QVERIFY2(d.start(data, &why), qPrintable(why));
        const std::string op = d.login("operator");
        const std::string connector = d.login("connector");
        const std::string tmpl = templatePayload(d, op);
        QVERIFY(!tmpl.empty());
        auto ingest = v1::IngestService::NewStub(d.channel());
        std::map<std::string, std::string> acknowledged;
        int counter = 0;
        auto submitBatch = [&](grpc::Status *status) {
            v1::SubmitBatchRequest req;
            for (int i = 0; i < 100; ++i)
                *req.add_submissions() = orderLike(tmpl, "SO2026-" + std::to_string(800000 + counter++));
            grpc::ClientContext ctx;
            prepare(ctx, connector);
            v1::SubmitBatchResponse resp;
            *status = ingest->SubmitBatch(&ctx, req, &resp);
            if (status->ok()) {
                for (int i = 0; i < resp.results_size(); ++i)
                    if (!resp.results(i).transaction_id().empty())
                        acknowledged[resp.results(i).transaction_id()] = req.submissions(i).idempotency_key();
            }
        };
        grpc::Status st;
        submitBatch(&st);
        QVERIFY2(st.ok(), st.error_message().c_str());

        // The disk fills up: submissions are refused, precisely, until there is room.
        QVERIFY(fill());
        bool refused = false;
        for (int i = 0; i < 300 && !refused; ++i) {
            submitBatch(&st);
            if (!st.ok()) {
                QCOMPARE(int(st.error_code()), int(grpc::StatusCode::RESOURCE_EXHAUSTED));
                QCOMPARE(reasonOf(st), std::string("STORAGE_FULL"));
                QVERIFY(QString::fromStdString(st.error_message()).contains(QStringLiteral("disk is full")));
                refused = true;
            }
        }
        QVERIFY2(refused, "the disk filled up but submissions were still acknowledged");
        QVERIFY2(d.running(), "flowdeskd stopped on a full disk");
        // Reads still answer.
        QVERIFY(get(d, op, acknowledged.begin()->first));

        // Room again: the same call succeeds without a restart.
        QVERIFY(QFile::remove(filler));
        submitBatch(&st);
        QVERIFY2(st.ok(), st.error_message().c_str());
        for (const auto &[id, key] : acknowledged)
            QVERIFY2(get(d, op, id), qPrintable(QStringLiteral("acknowledged %1 is lost").arg(QString::fromStdString(id))));
        verifyAudit(d);

        // And after a crash too.
        d.kill9();
        Daemon again;
        QVERIFY2(again.start(data, &why), qPrintable(why));
        const std::string op2 = again.login("operator");
        for (const auto &[id, key] : acknowledged)
            QVERIFY2(get(again, op2, id),
                     qPrintable(QStringLiteral("acknowledged %1 is lost").arg(QString::fromStdString(id))));
        verifyAudit(again);
    }
};

QTEST_GUILESS_MAIN(FaultsTest)
#include "tst_faults.moc"
