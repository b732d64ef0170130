// The event stream into the console (run by hand, see bench/README.md): a real
// flowdeskd (its own process) makes demo traffic of thousands of events per
// second; the console's real services, models and Exceptions page (offscreen)
// follow it through EventFollower, while a timer on the GUI thread records how
// late it fires (a stall of the event loop shows as lateness). Events are counted
// at both ends: a bare WatchBatches stream in a thread of its own counts what the server
// sends, the console counts what its models were given.
//
// Usage: bench_event_stream --data DIR [--store postgresql://...] [--traffic-rate N] [--seconds N]
//                           [--server-nice N] [--floor]
// --floor measures the same with no console in the process: the probe on an
// idle GUI thread beside the counting stream, under the same server. Its stalls
// are the machine's, not the console's.
// DIR is changed (the traffic adds transactions): run it on a copy of a generated
// data set.

#include "consolebench.h"

#include "backendconnection.h"
#include "eventfollower.h"
#include "exceptionlistmodel.h"
#include "exceptions/exceptionspage.h"
#include "commands/actioncontroller.h"
#include "sessionservice.h"
#include "transactionsservice.h"

#include "flowdesk/v1/event.grpc.pb.h"
#include "flowdesk/v1/session.grpc.pb.h"

#include <grpcpp/grpcpp.h>
#include <grpcpp/security/credentials.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTableView>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <ctime>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace Flowdesk;
namespace v1 = flowdesk::v1;

namespace {

const char *const Account = "auditor"; // sees every transaction
const char *const Password = "demo-auditor";

// What the server sends: a bare stream of the same account (WatchBatches, as the
// console follows it), on a thread.
class ServerCounter
{
public:
    bool start(const QString &target)
    {
        m_channel = grpc::CreateChannel(target.toStdString(), grpc::experimental::LocalCredentials(LOCAL_TCP));
        std::string token;
        {
            grpc::ClientContext ctx;
            ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
            v1::LoginRequest req;
            req.set_username(Account);
            req.set_password(Password);
            v1::LoginResponse resp;
            if (!v1::SessionService::NewStub(m_channel)->Login(&ctx, req, &resp).ok())
                return false;
            token = resp.token();
        }
        m_context.AddMetadata("authorization", "Bearer " + token);
        m_thread = std::thread([this] {
            auto stub = v1::EventService::NewStub(m_channel);
            v1::WatchRequest req;
            req.set_since_sequence(-1);
            auto reader = stub->WatchBatches(&m_context, req);
            v1::EventBatch batch;
            m_open = true;
            while (reader->Read(&batch)) {
                std::lock_guard lock(m_mutex);
                for (const v1::Event &e : batch.events()) {
                    if (e.type() != v1::EVENT_TYPE_HEARTBEAT)
                        m_sequences.push_back(e.sequence());
                }
            }
            reader->Finish();
        });
        return true;
    }

    void stop()
    {
        m_context.TryCancel();
        if (m_thread.joinable())
            m_thread.join();
    }

    bool isOpen() const { return m_open; }

    qint64 lastSequence()
    {
        std::lock_guard lock(m_mutex);
        return m_sequences.empty() ? -1 : m_sequences.back();
    }

    std::vector<qint64> sequences()
    {
        std::lock_guard lock(m_mutex);
        return m_sequences;
    }

private:
    std::shared_ptr<grpc::Channel> m_channel;
    grpc::ClientContext m_context;
    std::thread m_thread;
    std::mutex m_mutex;
    std::vector<qint64> m_sequences;
    std::atomic<bool> m_open{false};
};

// Runs the event loop (sleeping while there is nothing to do) until `condition`
// holds or `ms` have passed; checks at least every 10 ms.
bool waitFor(const std::function<bool()> &condition, int ms)
{
    QElapsedTimer t;
    t.start();
    QTimer tick;
    tick.start(10);
    while (!condition()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// CPU time of the calling thread.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// How long the calling thread has waited, runnable, for a core (the kernel's
// schedstat; 0 where it is not available).
double threadRunDelayMs()
{
    FILE *f = std::fopen("/proc/thread-self/schedstat", "r");
    if (!f)
        return 0;
    unsigned long long run = 0, wait = 0;
    const int n = std::fscanf(f, "%llu %llu", &run, &wait);
    std::fclose(f);
    return n == 2 ? double(wait) / 1e6 : 0;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(double(values.size()) * p))];
}

// The GUI thread's longest tasks: every event the application delivers on
// it is timed (the outermost delivery only: an event handled inside another's
// handler counts in that one), and the longest are kept with what received
// them, so that a stall with the thread's own work in it says whose work it was.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Task {
        double ms = 0;
        double cpuMs = 0; // the thread's own CPU time in it; the rest it waited
        double atS = 0;   // seconds into the recording
        QByteArray receiver;
        int eventType = 0;
    };

    void record(bool on)
    {
        m_recording = on;
        if (on)
            m_clock.start();
    }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_recording || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuMs();
        const int type = event->type();
        // The receiver's class before the event is handled: it may be deleted by it.
        const QByteArray name = receiver->metaObject()->className();
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = double(t.nsecsElapsed()) / 1e6;
        const double cpuMs = threadCpuMs() - cpu0;
        if (ms >= kKeptMs)
            m_tasks.push_back({ms, cpuMs, double(m_clock.nsecsElapsed()) / 1e9, name, type});
        Total &total = m_totals[{name, type}];
        ++total.count;
        total.cpuMs += cpuMs;
        return handled;
    }

    struct Total {
        long long count = 0;
        double cpuMs = 0;
    };

    // Where the GUI thread's own CPU time went, by receiver class and event type,
    // the largest first.
    std::vector<std::pair<std::pair<QByteArray, int>, Total>> totals(size_t n) const
    {
        std::vector<std::pair<std::pair<QByteArray, int>, Total>> out(m_totals.begin(), m_totals.end());
        std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.second.cpuMs > b.second.cpuMs; });
        if (out.size() > n)
            out.resize(n);
        return out;
    }

    // The longest tasks, longest first.
    std::vector<Task> longest(size_t n) const
    {
        std::vector<Task> out = m_tasks;
        std::sort(out.begin(), out.end(), [](const Task &a, const Task &b) { return a.ms > b.ms; });
        if (out.size() > n)
            out.resize(n);
        return out;
    }

    size_t countOver(double ms) const
    {
        return size_t(std::count_if(m_tasks.begin(), m_tasks.end(), [&](const Task &t) { return t.ms > ms; }));
    }

    size_t countCpuOver(double ms) const
    {
        return size_t(std::count_if(m_tasks.begin(), m_tasks.end(), [&](const Task &t) { return t.cpuMs > ms; }));
    }

    static constexpr double kKeptMs = 8.0;

private:
    bool m_recording = false;
    int m_depth = 0;
    QElapsedTimer m_clock;
    std::vector<Task> m_tasks;
    std::map<std::pair<QByteArray, int>, Total> m_totals;
};

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("data"), QStringLiteral("Data folder (changed)."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("store"),
                      QStringLiteral("flowdeskd's store in this PostgreSQL database (changed) instead of DIR."),
                      QStringLiteral("uri")});
    parser.addOption({QStringLiteral("traffic-rate"), QStringLiteral("Demo transactions per second."),
                      QStringLiteral("n"), QStringLiteral("1700")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Measured seconds."), QStringLiteral("n"),
                      QStringLiteral("60")});
    parser.addOption({QStringLiteral("server-nice"),
                      QStringLiteral("Run flowdeskd at this lower priority (as if it had cores of its own)."),
                      QStringLiteral("n"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("probe-ms"), QStringLiteral("Interval of the latency probe."),
                      QStringLiteral("ms"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("floor"),
                      QStringLiteral("No console: the probe alone beside the counting stream (the floor).")});
    parser.addHelpOption();
    parser.process(app);
    const QString dataDir = parser.value(QStringLiteral("data"));
    if (dataDir.isEmpty()) {
        std::fprintf(stderr, "usage: bench_event_stream --data DIR [--store postgresql://...] [--traffic-rate N] "
                             "[--seconds N] [--server-nice N] [--floor]\n");
        return 2;
    }
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const int probeMs = parser.value(QStringLiteral("probe-ms")).toInt();
    const bool floor = parser.isSet(QStringLiteral("floor"));
    qRegisterMetaType<Flowdesk::ServiceError>();
    qRegisterMetaType<Flowdesk::Session>();
    qRegisterMetaType<Flowdesk::FlowEvent>();

    const double load = flowdesk::bench::loadAverage();
    flowdesk::bench::Flowdeskd server;
    const flowdesk::bench::ServedStore store{dataDir, parser.value(QStringLiteral("store"))};
    if (!server.start(store,
                      {QStringLiteral("--demo"), QStringLiteral("--traffic-rate"),
                       parser.value(QStringLiteral("traffic-rate"))},
                      parser.value(QStringLiteral("server-nice")).toInt())) {
        std::fprintf(stderr, "bench_event_stream: flowdeskd did not start\n");
        return 1;
    }

    // The console: connection, session, services, the follower and the page.
    BackendConnection connection;
    connection.setTarget(server.target());
    SessionService session(&connection);
    TransactionsService transactions(&connection);
    EventFollower events(&connection);
    ExceptionsPage *page = nullptr;
    if (!floor) {
        bool loggedIn = false;
        QObject::connect(&session, &SessionService::loggedIn, [&] { loggedIn = true; });
        session.login(QString::fromLatin1(Account), QString::fromLatin1(Password));
        if (!waitFor([&] { return loggedIn; }, 30000)) {
            std::fprintf(stderr, "bench_event_stream: the console could not sign in\n");
            return 1;
        }
        page = new ExceptionsPage(&transactions, &session, &events);
        page->actions()->setInteractive(false);
        page->resize(1500, 900);
        page->show();
        if (!waitFor([&] { return page->model()->hasLoadedOnce(); }, 60000)) {
            std::fprintf(stderr, "bench_event_stream: the Exceptions page did not load\n");
            return 1;
        }
    }

    // What the console's models were given (connected after the page: counted
    // once the page has applied them).
    std::vector<qint64> applied;
    QObject::connect(&events, &EventFollower::eventsReceived, [&](const QList<FlowEvent> &list) {
        for (const FlowEvent &e : list)
            if (e.type != FlowEvent::Type::Heartbeat)
                applied.push_back(e.sequence);
    });
    int reloads = 0;
    QObject::connect(&events, &EventFollower::reloadRequired, [&] { ++reloads; });

    ServerCounter sent;
    if (!sent.start(server.target()) || !waitFor([&] { return sent.isOpen() && sent.lastSequence() >= 0; }, 20000)) {
        std::fprintf(stderr, "bench_event_stream: the counting stream did not open\n");
        return 1;
    }
    bool streaming = false;
    QObject::connect(&events, &EventFollower::streamStarted, [&] { streaming = true; });
    if (!floor) {
        events.start(-1);
        if (!waitFor([&] { return streaming && !applied.empty(); }, 20000)) {
            std::fprintf(stderr, "bench_event_stream: the console's stream did not open\n");
            return 1;
        }
    }
    waitFor([] { return false; }, 2000); // settle

    // The window: events after `from` up to `to`, as numbered by the server.
    const qint64 from = floor ? sent.lastSequence() : std::max(sent.lastSequence(), applied.back());
    std::vector<double> lateness;
    lateness.reserve(size_t(seconds) * 1000 / size_t(std::max(1, probeMs)) + 100);
    QElapsedTimer clock;
    clock.start();
    qint64 lastFire = clock.nsecsElapsed();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(probeMs);
    // Beside each lateness, the GUI thread's own CPU time in that interval: a
    // stall with little of it was the thread waiting for a core, not working.
    std::vector<double> busy, queued;
    busy.reserve(lateness.capacity());
    queued.reserve(lateness.capacity());
    double lastCpu = threadCpuMs();
    double lastQueued = threadRunDelayMs();
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double cpuNow = threadCpuMs();
        lateness.push_back(std::max(0.0, double(now - lastFire) / 1e6 - probeMs));
        const double queuedNow = threadRunDelayMs();
        busy.push_back(cpuNow - lastCpu);
        queued.push_back(queuedNow - lastQueued);
        lastFire = now;
        lastCpu = cpuNow;
        lastQueued = queuedNow;
    });
    const double cpu0 = flowdesk::bench::processCpuSeconds();
    app.record(true);
    probe.start();
    {
        QEventLoop loop; // the console's own loop, as in the application
        QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    probe.stop();
    app.record(false);
    const double windowSeconds = double(clock.nsecsElapsed()) / 1e9;
    const double cpu = flowdesk::bench::processCpuSeconds() - cpu0;
    const qint64 to = sent.lastSequence();

    // Until the console has what the server had sent by the end of the window.
    QElapsedTimer catchUp;
    catchUp.start();
    const bool caughtUp = floor || waitFor([&] { return events.lastSequence() >= to; }, 60000);
    const double catchUpMs = double(catchUp.nsecsElapsed()) / 1e6;
    waitFor([] { return false; }, 500);
    sent.stop();

    auto inWindow = [&](std::vector<qint64> v) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
        v.erase(std::remove_if(v.begin(), v.end(), [&](qint64 s) { return s <= from || s > to; }), v.end());
        return v;
    };
    const std::vector<qint64> serverSide = inWindow(sent.sequences());
    const std::vector<qint64> consoleSide = inWindow(applied);
    std::vector<qint64> lost;
    std::set_difference(serverSide.begin(), serverSide.end(), consoleSide.begin(), consoleSide.end(),
                        std::back_inserter(lost));
    std::vector<qint64> unknown;
    std::set_difference(consoleSide.begin(), consoleSide.end(), serverSide.begin(), serverSide.end(),
                        std::back_inserter(unknown));

    const double maxLate = lateness.empty() ? 0 : *std::max_element(lateness.begin(), lateness.end());
    const auto stalls = std::count_if(lateness.begin(), lateness.end(), [](double ms) { return ms > 16.0; });
    const QString measured = floor ? QStringLiteral("FLOOR: no console, the probe alone beside the counting stream")
                                   : QStringLiteral("console signed in as %1, Exceptions page offscreen (%2 rows "
                                                    "loaded of %3)")
                                         .arg(QString::fromLatin1(Account))
                                         .arg(page->model()->rowCount())
                                         .arg(page->model()->totalSize());
    std::printf("data set: %s; flowdeskd (nice %s) --demo --traffic-rate %s; %s; load average at start %.2f\n",
                qPrintable(store.description()), qPrintable(parser.value(QStringLiteral("server-nice"))),
                qPrintable(parser.value(QStringLiteral("traffic-rate"))), qPrintable(measured), load);
    std::printf("events sent by the server   %9zu in %.1f s (%.0f/s), sequences %lld..%lld\n", serverSide.size(),
                windowSeconds, double(serverSide.size()) / windowSeconds, (long long)from + 1, (long long)to);
    if (!floor) {
        std::printf("events applied in console   %9zu, lost %zu, not sent %zu, reloads %d, reconnects %d\n",
                    consoleSide.size(), lost.size(), unknown.size(), reloads, events.reconnectCount());
        std::printf("console caught up           %s %.0f ms after the window\n", caughtUp ? "yes," : "NO,",
                    catchUpMs);
    }
    std::printf("GUI-thread probe (%d ms)     %zu samples: lateness p50 %.2f ms, p99 %.2f ms, max %.2f ms, "
                "stalls over 16 ms %lld\n",
                probeMs, lateness.size(), percentile(lateness, 0.5), percentile(lateness, 0.99), maxLate,
                (long long)stalls);
    {
        // The stalls in which the GUI thread itself worked over 16 ms, and its longest work.
        long long working = 0, waiting = 0;
        double longest = 0, stalled = 0, stalledQueued = 0;
        for (size_t i = 0; i < lateness.size(); ++i) {
            if (lateness[i] > 16.0) {
                working += busy[i] > 16.0 ? 1 : 0;
                waiting += queued[i] >= lateness[i] / 2 ? 1 : 0;
                stalled += lateness[i];
                stalledQueued += queued[i];
            }
            longest = std::max(longest, busy[i]);
        }
        std::printf("GUI-thread CPU per interval p99 %.2f ms, max %.2f ms; of the stalls over 16 ms, %lld with over "
                    "16 ms of it, %lld mostly spent runnable waiting for a core (%.0f of %.0f ms late)\n",
                    percentile(busy, 0.99), longest, working, waiting, stalledQueued, stalled);
    }
    {
        const auto tasks = app.longest(8);
        std::printf("GUI-thread tasks (events delivered) over 16 ms %zu (over %.0f ms %zu), of which with over 16 ms of"
                    " the thread's own CPU %zu; the longest:\n",
                    app.countOver(16.0), TimedApplication::kKeptMs, app.countOver(TimedApplication::kKeptMs),
                    app.countCpuOver(16.0));
        for (const auto &t : tasks)
            std::printf("    %6.1f ms (own CPU %5.1f ms) at %5.1f s  %s, event %d\n", t.ms, t.cpuMs, t.atS,
                        t.receiver.constData(), t.eventType);
    }
    {
        std::printf("GUI-thread CPU by what received the event (Qt's event type numbers), the largest:\n");
        for (const auto &[key, total] : app.totals(6))
            std::printf("    %8.1f ms in %7lld events (%.3f ms each)  %s, event %d\n", total.cpuMs, total.count,
                        total.cpuMs / double(std::max(1LL, total.count)), key.first.constData(), key.second);
    }
    std::printf("%-27s %.2f s in the window (%.0f %% of one core), peak RSS %.1f MiB\n",
                floor ? "process CPU (no console)" : "console process CPU", cpu, 100.0 * cpu / windowSeconds,
                flowdesk::bench::statusMiB("VmHWM"));
    if (floor) {
        std::printf("floor (no console): %s\n", maxLate <= 16.0 ? "no stall over 16 ms" : "stalls over 16 ms");
    } else {
        const bool met = maxLate <= 16.0 && lost.empty() && unknown.empty() && caughtUp && reloads == 0;
        std::printf("goal (no stall over 16 ms, no event lost): %s\n", met ? "met" : "MISSED");
    }

    events.stop();
    delete page;
    server.stop();
    return 0;
}
