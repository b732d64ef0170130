// Console memory while scrolling (run by hand, see bench/README.md): a real
// flowdeskd (its own process) serves the data set; the console's real
// Exceptions page (offscreen) is scrolled to its end again and again, as a
// person holding the End key would, until every exception is loaded. Prints
// the console's resident memory at the first page and after the end, its peak,
// and how long the scroll took.
//
// Usage: bench_scroll_memory --data DIR [--store postgresql://...] [--account NAME --password TEXT]
// With --store, flowdeskd serves that PostgreSQL database (a data set gen_dataset
// wrote there) and DIR holds only its local files.

#include "consolebench.h"

#include "backendconnection.h"
#include "commands/actioncontroller.h"
#include "eventfollower.h"
#include "exceptionlistmodel.h"
#include "exceptions/exceptionspage.h"
#include "sessionservice.h"
#include "transactionsservice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPixmap>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <QSet>

#include <algorithm>
#include <cstdio>

using namespace Flowdesk;

namespace {

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

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("data"), QStringLiteral("Data folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("store"), QStringLiteral("flowdeskd's store in this PostgreSQL database instead of DIR."),
                      QStringLiteral("uri")});
    parser.addOption({QStringLiteral("account"), QStringLiteral("Account (default: the demo's auditor, who sees every exception)."),
                      QStringLiteral("name"), QStringLiteral("auditor")});
    parser.addOption({QStringLiteral("password"), QStringLiteral("Its password."), QStringLiteral("text"),
                      QStringLiteral("demo-auditor")});
    parser.addHelpOption();
    parser.process(app);
    const QString dataDir = parser.value(QStringLiteral("data"));
    if (dataDir.isEmpty()) {
        std::fprintf(stderr, "usage: bench_scroll_memory --data DIR [--store postgresql://...] "
                             "[--account NAME --password TEXT]\n");
        return 2;
    }
    qRegisterMetaType<Flowdesk::ServiceError>();
    qRegisterMetaType<Flowdesk::Session>();

    const double load = flowdesk::bench::loadAverage();
    const double rssAtStart = flowdesk::bench::statusMiB("VmRSS");
    flowdesk::bench::Flowdeskd server;
    const flowdesk::bench::ServedStore store{dataDir, parser.value(QStringLiteral("store"))};
    if (!server.start(store, {QStringLiteral("--demo"), QStringLiteral("--no-traffic")})) {
        std::fprintf(stderr, "bench_scroll_memory: flowdeskd did not start\n");
        return 1;
    }
    BackendConnection connection;
    connection.setTarget(server.target());
    SessionService session(&connection);
    bool loggedIn = false;
    QObject::connect(&session, &SessionService::loggedIn, [&] { loggedIn = true; });
    session.login(parser.value(QStringLiteral("account")), parser.value(QStringLiteral("password")));
    if (!waitFor([&] { return loggedIn; }, 30000)) {
        std::fprintf(stderr, "bench_scroll_memory: the console could not sign in\n");
        return 1;
    }
    TransactionsService transactions(&connection);
    EventFollower events(&connection);
    auto *page = new ExceptionsPage(&transactions, &session, &events);
    page->actions()->setInteractive(false);
    page->resize(1500, 900);
    page->show();
    ExceptionListModel *model = page->model();
    if (!waitFor([&] { return model->hasLoadedOnce() && !model->isLoading(); }, 60000)) {
        std::fprintf(stderr, "bench_scroll_memory: the Exceptions page did not load\n");
        return 1;
    }
    page->grab(); // drawn once, as on screen
    const double rssFirstPage = flowdesk::bench::statusMiB("VmRSS");
    const int total = model->totalSize();

    QElapsedTimer clock;
    clock.start();
    const double cpu0 = flowdesk::bench::processCpuSeconds();
    QTableView *view = page->view();
    int steps = 0;
    while (model->canFetchMore({})) {
        view->scrollToBottom();
        view->viewport()->repaint(); // what a person sees at each step
        ++steps;
        if (!waitFor([&] { return !model->isLoading(); }, 60000)) {
            std::fprintf(stderr, "bench_scroll_memory: a page did not come\n");
            return 1;
        }
        QCoreApplication::processEvents();
    }
    view->scrollToBottom();
    page->grab();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const double cpu = flowdesk::bench::processCpuSeconds() - cpu0;
    waitFor([] { return false; }, 500);
    const double rssEnd = flowdesk::bench::statusMiB("VmRSS");
    const double peak = flowdesk::bench::statusMiB("VmHWM");

    std::printf("data set: %s; console signed in as %s; load average at start %.2f\n",
                qPrintable(store.description()), qPrintable(parser.value(QStringLiteral("account"))), load);
    std::printf("exceptions in view %d, rows loaded %d, in %d scroll steps, %.1f s (console CPU %.1f s)\n", total,
                int(model->rowCount()), steps, seconds, cpu);
    std::printf("console RSS: at start %.1f MiB, first page drawn %.1f MiB, at the end %.1f MiB, peak %.1f MiB\n",
                rssAtStart, rssFirstPage, rssEnd, peak);
    std::printf("goal (peak after scrolling to the end <= 200 MB = 190.7 MiB): %s\n",
                peak * 1024 * 1024 <= 200e6 && !model->canFetchMore({}) ? "met" : "MISSED");
    // Where the rows' memory is: the text each row holds (UTF-16, with the
    // allocation's header), counting a text shared with an earlier row once.
    {
        QSet<const void *> seen;
        auto bytes = [&seen](const QString &s) -> double {
            if (s.isEmpty() || seen.contains(s.constData()))
                return 0;
            seen.insert(s.constData());
            return double(s.capacity()) * 2 + 16;
        };
        double actions = 0, error = 0, payload = 0, other = 0, actionLists = 0;
        QSet<const void *> lists;
        const QList<Transaction> rows = model->loadedRows();
        for (const Transaction &t : rows) {
            if (!lists.contains(t.allowedActions.constData())) {
                lists.insert(t.allowedActions.constData());
                actionLists += double(t.allowedActions.capacity()) * sizeof(AllowedAction) + 16;
            }
            for (const AllowedAction &a : t.allowedActions)
                actions += bytes(a.reasonId) + bytes(a.message) + bytes(a.missingPermission);
            error += bytes(t.error.code) + bytes(t.error.message) + bytes(t.error.signature)
                + bytes(t.error.targetResponse) + bytes(t.error.fieldPath) + bytes(t.error.whatToDo);
            payload += bytes(t.payloadJson) + bytes(t.originalPayloadJson);
            for (const QString *s : {&t.id, &t.flowId, &t.flowName, &t.businessKey, &t.correlationId,
                                     &t.businessObjectType, &t.sourceSystem, &t.targetSystem, &t.counterparty,
                                     &t.currency, &t.plant, &t.domain, &t.assignee, &t.deliveryReceipt})
                other += bytes(*s);
        }
        const double n = std::max<qsizetype>(1, rows.size());
        std::printf("per row: struct %zu B, allowed actions %.0f B (+ lists %.0f B), error texts %.0f B, "
                    "payloads %.0f B, other texts %.0f B\n",
                    sizeof(Transaction), actions / n, actionLists / n, error / n, payload / n, other / n);
    }
    delete page;
    server.stop();
    return 0;
}
