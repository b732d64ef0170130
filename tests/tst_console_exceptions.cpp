// The exception list and its sources against a real flowdeskd: pages fetched as the
// view scrolls, backend sorting and filtering, live changes, error groups, saved
// views, and what the backend answers to repeated, stale and invalid changes.

#include "backendconnection.h"
#include "flowhealth.h"
#include "transaction.h"
#include <QScopeGuard>
#include "consoletestutil.h"
#include "errorgroupmodel.h"
#include "exceptionlistmodel.h"
#include "savedviews.h"
#include "sessionservice.h"
#include "transactionsservice.h"

#include <QAbstractItemModelTester>
#include <QMap>
#include <QSet>
#include <QSignalSpy>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace Flowdesk;

class TestConsoleExceptions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void amountsAreGroupedAsTheLocaleGroups_data();
    void amountsAreGroupedAsTheLocaleGroups();

    void firstPagesAsTheViewScrolls();
    void rowsShareTheTextsTheyRepeat();
    void sortedAndFilteredInTheBackend_data();
    void sortedAndFilteredInTheBackend();
    void resolvedRowLeavesLive();
    void newFailureTakesItsRank();
    void newFailureBeyondLoadedRowsIsCounted();
    void errorGroupsAddUpToTheList();
    void errorGroupValueIsPerCurrency();
    void savedViewsRoundTrip();
    void resubmitWithSameRequestIdDeliversOnce();
    void historyShowsColleaguesActions();
    void staleVersionIsRefused();
    void amountHiddenFromTheRoleSaysSo();
    void invalidPayloadNamesFields();

private:
    bool loadAll(ExceptionListModel &model, const TransactionQuery &query, int pageSize);
    QList<Transaction> failedTransactions(int count, const TransactionQuery &query = {});

    std::unique_ptr<BackendProcess> m_backend;
    std::unique_ptr<BackendConnection> m_connection;
    std::unique_ptr<SessionService> m_session;
    std::unique_ptr<TransactionsService> m_service;
};

void TestConsoleExceptions::initTestCase()
{
    qRegisterMetaType<Flowdesk::ServiceError>();
    qRegisterMetaType<Flowdesk::Session>();
    REQUIRE_BACKEND();
    m_backend = std::make_unique<BackendProcess>(QStringList{QStringLiteral("--no-traffic")});
    QVERIFY2(m_backend->start(), qPrintable(m_backend->errorText()));
    m_connection = std::make_unique<BackendConnection>();
    m_connection->setTarget(m_backend->target());
    m_session = std::make_unique<SessionService>(m_connection.get());
    QSignalSpy ok(m_session.get(), &SessionService::loggedIn);
    m_session->login(QStringLiteral("operator"), QStringLiteral("demo-operator"));
    QVERIFY(ok.wait(10000));
    m_service = std::make_unique<TransactionsService>(m_connection.get());
}

void TestConsoleExceptions::cleanupTestCase()
{
    m_service.reset();
    m_session.reset();
    m_connection.reset();
    m_backend.reset();
}

bool TestConsoleExceptions::loadAll(ExceptionListModel &model, const TransactionQuery &query, int pageSize)
{
    model.setPageSize(pageSize);
    QSignalSpy loaded(&model, &ExceptionListModel::pageLoaded);
    model.setQuery(query);
    // A model tester fetches on its own at every change; wait for whoever asked.
    while (model.isLoading() || model.canFetchMore({})) {
        if (model.canFetchMore({}))
            model.fetchMore({});
        if (!loaded.wait(10000))
            return false;
    }
    return model.lastError().isEmpty();
}

QList<Transaction> TestConsoleExceptions::failedTransactions(int count, const TransactionQuery &query)
{
    QList<Transaction> result;
    bool done = false;
    m_service->list(query, QString(), count, this, [&](const ServiceError &, const TransactionPage &page) {
        result = page.transactions;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return {};
    return result;
}

void TestConsoleExceptions::firstPagesAsTheViewScrolls()
{
    // Without a model tester: it would fetch every page at once, as it calls
    // fetchMore() after each change it checks.
    auto *model = new ExceptionListModel(m_service.get(), this);
    model->setPageSize(20);
    QSignalSpy loaded(model, &ExceptionListModel::pageLoaded);
    model->setQuery(TransactionQuery{});
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model->rowCount(), 20);
    QVERIFY2(model->totalSize() > 40, "the demo data has more than two pages of exceptions");
    QVERIFY(model->canFetchMore({}));

    model->fetchMore({});
    QVERIFY(!model->canFetchMore({})); // one request at a time
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model->rowCount(), 40);

    QSet<QString> ids;
    double previous = std::numeric_limits<double>::max();
    for (int row = 0; row < model->rowCount(); ++row) {
        const Transaction t = model->transaction(row);
        QCOMPARE(t.state, TransactionState::Failed);
        QVERIFY2(t.impactScore <= previous, "ranked by business impact");
        previous = t.impactScore;
        ids.insert(t.id);
        QVERIFY(t.payloadJson.isEmpty()); // the list keeps the light view only
    }
    QCOMPARE(ids.size(), 40); // no row twice across pages
    delete model;
}

// Loaded rows hold one copy of what many of them repeat (the flow, its plant,
// the advice for the error, the allowed actions and why not), however many
// pages were read: a long list stays small.
void TestConsoleExceptions::rowsShareTheTextsTheyRepeat()
{
    auto *model = new ExceptionListModel(m_service.get(), this);
    model->setPageSize(20);
    QSignalSpy loaded(model, &ExceptionListModel::pageLoaded);
    model->setQuery(TransactionQuery{});
    QVERIFY(loaded.wait(10000));
    model->fetchMore({});
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model->rowCount(), 40);

    QSet<const void *> flowNames, domains, actionLists, reasons;
    QSet<QString> flowNameValues, domainValues;
    const QList<Transaction> rows = model->loadedRows();
    for (const Transaction &t : rows) {
        flowNames.insert(t.flowName.constData());
        flowNameValues.insert(t.flowName);
        domains.insert(t.domain.constData());
        domainValues.insert(t.domain);
        actionLists.insert(t.allowedActions.constData());
        for (const AllowedAction &a : t.allowedActions)
            if (!a.message.isEmpty())
                reasons.insert(a.message.constData());
    }
    QCOMPARE(flowNames.size(), flowNameValues.size()); // one copy per different value
    QCOMPARE(domains.size(), domainValues.size());
    QVERIFY2(actionLists.size() <= 10, qPrintable(QString::number(actionLists.size())));
    QVERIFY2(reasons.size() <= 20, qPrintable(QString::number(reasons.size())));
    delete model;
}

void TestConsoleExceptions::sortedAndFilteredInTheBackend_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("amount") << "amount";
    QTest::newRow("oldest first") << "oldest";
    QTest::newRow("flow") << "flow";
    QTest::newRow("domain") << "domain";
    QTest::newRow("stuck only") << "stuck";
    QTest::newRow("text") << "text";
    QTest::newRow("unassigned") << "unassigned";
}

void TestConsoleExceptions::sortedAndFilteredInTheBackend()
{
    QFETCH(QString, what);
    const QList<Transaction> sample = failedTransactions(50);
    QVERIFY(!sample.isEmpty());
    TransactionQuery q;
    if (what == QLatin1String("amount"))
        q.order = TransactionOrder::AmountDesc;
    else if (what == QLatin1String("oldest"))
        q.order = TransactionOrder::CreatedAsc;
    else if (what == QLatin1String("flow"))
        q.flowIds << sample.first().flowId;
    else if (what == QLatin1String("domain"))
        q.domains << QStringLiteral("finance");
    else if (what == QLatin1String("stuck"))
        q.stuckOnly = true;
    else if (what == QLatin1String("text"))
        q.text = sample.first().businessKey.toLower();
    else if (what == QLatin1String("unassigned"))
        q.unassignedOnly = true;

    ExceptionListModel *model = createExceptionListModel(m_service.get(), this);
    QVERIFY(loadAll(*model, q, 50));
    QVERIFY2(model->rowCount() > 0, qPrintable(what));
    QCOMPARE(model->rowCount(), model->totalSize());
    for (int row = 0; row < model->rowCount(); ++row) {
        const Transaction t = model->transaction(row);
        QVERIFY(model->matches(t));
        if (row > 0 && what == QLatin1String("amount"))
            QVERIFY(model->transaction(row - 1).amountMinor >= t.amountMinor);
        if (row > 0 && what == QLatin1String("oldest"))
            QVERIFY(model->transaction(row - 1).createTime <= t.createTime);
    }
    if (what == QLatin1String("text"))
        QCOMPARE(model->transaction(0).businessKey, sample.first().businessKey);
    delete model;
}

void TestConsoleExceptions::resolvedRowLeavesLive()
{
    ExceptionListModel *model = createExceptionListModel(m_service.get(), this);
    model->setCoalesceInterval(50);
    QVERIFY(loadAll(*model, TransactionQuery{}, 1000));
    const int before = model->rowCount();
    const Transaction victim = model->transaction(before / 2);
    const Transaction neighbour = model->transaction(before / 2 + 1);

    bool done = false;
    MutationResult result;
    m_service->apply(Mutation::discard(victim.id, victim.version, QStringLiteral("duplicate of an order entered by hand")),
                     this, [&](const MutationResult &r) {
        result = r;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QVERIFY2(result.isOk(), qPrintable(result.error.serverMessage));

    // As the event feed would report it; several notes of the same change are one fetch.
    QSignalSpy applied(model, &ExceptionListModel::liveBatchApplied);
    model->noteChanged(victim.id);
    model->noteChanged(victim.id);
    QVERIFY(applied.wait(5000));
    QCOMPARE(applied.count(), 1);
    QCOMPARE(model->rowCount(), before - 1);
    QVERIFY(!model->indexOf(victim.id).isValid());
    QCOMPARE(model->indexOf(neighbour.id).row(), before / 2);
    delete model;
}

void TestConsoleExceptions::newFailureTakesItsRank()
{
    ExceptionListModel *model = createExceptionListModel(m_service.get(), this);
    QVERIFY(loadAll(*model, TransactionQuery{}, 1000));
    const int before = model->rowCount();
    QVERIFY(before > 3);
    Transaction fresh = model->transaction(2);
    fresh.id = QStringLiteral("new-failure");
    fresh.impactScore = (model->transaction(1).impactScore + model->transaction(2).impactScore) / 2;
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    model->applyRow(fresh);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model->rowCount(), before + 1);
    const int row = model->indexOf(fresh.id).row();
    QVERIFY2(row == 2 || row == 3, "ranked between its neighbours");
    QCOMPARE(model->pendingNewCount(), 0);
    delete model;
}

void TestConsoleExceptions::newFailureBeyondLoadedRowsIsCounted()
{
    auto *model = new ExceptionListModel(m_service.get(), this); // only the first page, see above
    model->setPageSize(10);
    QSignalSpy loaded(model, &ExceptionListModel::pageLoaded);
    model->setQuery(TransactionQuery{});
    QVERIFY(loaded.wait(10000));
    QVERIFY(model->canFetchMore({}));
    Transaction fresh = model->transaction(9);
    fresh.id = QStringLiteral("low-impact-failure");
    fresh.impactScore = -1;
    QSignalSpy pending(model, &ExceptionListModel::pendingNewCountChanged);
    model->applyRow(fresh);
    QCOMPARE(model->rowCount(), 10); // not shown among rows it does not belong to
    QCOMPARE(model->pendingNewCount(), 1);
    QCOMPARE(pending.count(), 1);
    model->applyRow(fresh); // the same change reported again counts once
    QCOMPARE(model->pendingNewCount(), 1);
    delete model;
}

void TestConsoleExceptions::errorGroupsAddUpToTheList()
{
    QList<ErrorGroup> groups;
    bool done = false;
    m_service->listErrorGroups(TransactionQuery{}, this, [&](const ServiceError &e, const QList<ErrorGroup> &g) {
        QVERIFY(e.isOk());
        groups = g;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QVERIFY(!groups.isEmpty());
    qint64 sum = 0;
    for (const ErrorGroup &g : groups) {
        QVERIFY(!g.signature.isEmpty());
        QVERIFY(g.count > 0);
        sum += g.count;
    }
    ExceptionListModel *list = createExceptionListModel(m_service.get(), this);
    QVERIFY(loadAll(*list, TransactionQuery{}, 1000));
    QCOMPARE(sum, qint64(list->totalSize()));

    // The groups are exact: one flow, one code, one offending value. The
    // demo's CRM orders with the unit "EA" form one group of 50 or more.
    const auto ea = std::find_if(groups.cbegin(), groups.cend(), [](const ErrorGroup &g) {
        return g.flowId == QLatin1String("crm-quote-to-order") && g.code == QLatin1String("UNKNOWN_UOM")
            && g.offendingValue == QLatin1String("EA");
    });
    QVERIFY2(ea != groups.cend(), "the demo has no group of CRM orders with the unit EA");
    QVERIFY2(ea->count >= 50, qPrintable(QString::number(ea->count)));
    QVERIFY(ea->fieldPath.endsWith(QLatin1String("/uom")));
    QSet<QString> keys;
    for (const ErrorGroup &g : groups)
        keys.insert(g.key());
    QCOMPARE(keys.size(), groups.size());

    // Choosing a group shows exactly its members.
    TransactionQuery byGroup;
    byGroup.errorGroup = ea->key();
    QVERIFY(loadAll(*list, byGroup, 1000));
    QCOMPARE(qint64(list->rowCount()), ea->count);
    for (int row = 0; row < list->rowCount(); ++row)
        QCOMPARE(list->transaction(row).error.offendingValue, QStringLiteral("EA"));
    byGroup.errorGroup = groups.first().key();
    QVERIFY(loadAll(*list, byGroup, 1000));
    QCOMPARE(qint64(list->rowCount()), groups.first().count);

    ErrorGroupModel *model = createErrorGroupModel(this);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setGroups(groups);
    QCOMPARE(model->rowCount(), groups.size());
    QCOMPARE(model->indexOf(groups.last().key()).row(), int(groups.size()) - 1);
    // Labelled in business words: the flow's name, the field and the value.
    model->setFlowNames({{QStringLiteral("crm-quote-to-order"), QStringLiteral("CRM quote to order")}});
    const QString label = model->indexOf(ea->key()).data().toString();
    QVERIFY2(label.startsWith(QStringLiteral("CRM quote to order · uom \"EA\"")), qPrintable(label));
    // The field as the form names it, when the page knows the flow's schema.
    model->setFieldNamer([](const QString &flowId, const QString &pointer) {
        return flowId == QLatin1String("crm-quote-to-order") && pointer.endsWith(QLatin1String("/uom"))
                   ? QStringLiteral("Unit")
                   : QString();
    });
    const QString named = model->indexOf(ea->key()).data().toString();
    QVERIFY2(named.startsWith(QStringLiteral("CRM quote to order · Unit \"EA\"")), qPrintable(named));
    model->setGroups(groups.mid(1));
    QCOMPARE(model->rowCount(), groups.size() - 1);
    delete list;
    delete model;
}

void TestConsoleExceptions::errorGroupValueIsPerCurrency()
{
    QList<ErrorGroup> groups;
    bool done = false;
    m_service->listErrorGroups(TransactionQuery{}, this, [&](const ServiceError &e, const QList<ErrorGroup> &g) {
        QVERIFY(e.isOk());
        groups = g;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QVERIFY(!groups.isEmpty());
    // The group spanning the most currencies: its members, added up per currency.
    const ErrorGroup g = *std::max_element(groups.begin(), groups.end(), [](const ErrorGroup &a, const ErrorGroup &b) {
        return a.valuesAtRisk.size() < b.valuesAtRisk.size();
    });
    QVERIFY2(g.valuesAtRisk.size() > 1, "the demo data has failures of one signature in several currencies");
    ExceptionListModel *list = createExceptionListModel(m_service.get(), this);
    TransactionQuery byGroup;
    byGroup.errorSignature = g.signature;
    QVERIFY(loadAll(*list, byGroup, 1000));
    QMap<QString, qint64> expected;
    for (int row = 0; row < list->rowCount(); ++row) {
        const Transaction t = list->transaction(row);
        if (t.amountMinor != 0)
            expected[t.currency] += t.amountMinor;
    }
    delete list;
    QMap<QString, qint64> actual;
    for (int i = 0; i < g.valuesAtRisk.size(); ++i) {
        actual.insert(g.valuesAtRisk.at(i).currency, g.valuesAtRisk.at(i).amountMinor);
        if (i > 0)
            QVERIFY(g.valuesAtRisk.at(i - 1).amountMinor >= g.valuesAtRisk.at(i).amountMinor);
    }
    QCOMPARE(actual, expected);
    if (!g.valuesAtRisk.isEmpty()) {
        QCOMPARE(g.valueAtRiskMinor, g.valuesAtRisk.first().amountMinor);
        QCOMPARE(g.currency, g.valuesAtRisk.first().currency);
    }

    // What the clerk reads: the largest currency and how many more, every
    // currency in the tooltip, and sorting by the largest single amount.
    ErrorGroup mixed;
    mixed.signature = QStringLiteral("mixed");
    mixed.code = QStringLiteral("UNKNOWN_CUSTOMER");
    mixed.count = 13;
    mixed.valueAtRiskMinor = 21406530;
    mixed.currency = QStringLiteral("EUR");
    mixed.valuesAtRisk = {{QStringLiteral("EUR"), 21406530}, {QStringLiteral("PLN"), 9000000},
                          {QStringLiteral("USD"), 120000}};
    ErrorGroup single;
    single.signature = QStringLiteral("single");
    single.code = QStringLiteral("TIMEOUT");
    single.count = 20;
    single.valueAtRiskMinor = 30000000;
    single.currency = QStringLiteral("MXN");
    single.valuesAtRisk = {{QStringLiteral("MXN"), 30000000}};
    ErrorGroupModel *model = createErrorGroupModel(this);
    model->setGroups({single, mixed});
    const QModelIndex value = model->index(model->indexOf(QStringLiteral("mixed")).row(), ErrorGroupModel::ValueColumn);
    QCOMPARE(value.data().toString(),
             ErrorGroupModel::tr("%1 + %n more", "further currencies of an error group's value", 2)
                 .arg(formatAmount(21406530, QStringLiteral("EUR"))));
    QVERIFY(value.data().toString().endsWith(QStringLiteral("+ 2 more")));
    const QString tip = value.data(Qt::ToolTipRole).toString();
    for (const CurrencyAmount &v : mixed.valuesAtRisk)
        QVERIFY2(tip.contains(formatAmount(v.amountMinor, v.currency)), qPrintable(tip));
    QCOMPARE(model->index(model->indexOf(QStringLiteral("single")).row(), ErrorGroupModel::ValueColumn).data().toString(),
             formatAmount(30000000, QStringLiteral("MXN")));
    QCOMPARE(value.data(ErrorGroupModel::SortRole).toLongLong(), qint64(21406530));
    model->sort(ErrorGroupModel::ValueColumn, Qt::DescendingOrder);
    QCOMPARE(model->group(model->index(0, 0)).signature, QStringLiteral("single"));
    model->sort(ErrorGroupModel::ValueColumn, Qt::AscendingOrder);
    QCOMPARE(model->group(model->index(0, 0)).signature, QStringLiteral("mixed"));
    model->setGroups({single, mixed}); // a refresh keeps the chosen order
    QCOMPARE(model->group(model->index(0, 0)).signature, QStringLiteral("mixed"));

    // A refresh moves no listed group: the row under the pointer stays the one
    // aimed at, with its new numbers, even where the sort would now put it
    // elsewhere. A new group comes in where the sort puts it; one that went
    // away leaves its row. Only sorting again re-sorts.
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QPersistentModelIndex chosen = model->index(0, 0);
    ErrorGroup grown = mixed;
    grown.valuesAtRisk = {{QStringLiteral("EUR"), 99000000}};
    ErrorGroup middle;
    middle.signature = QStringLiteral("middle");
    middle.code = QStringLiteral("HTTP_422");
    middle.count = 2;
    middle.valuesAtRisk = {{QStringLiteral("EUR"), 50000000}};
    model->setGroups({grown, single, middle}); // sorted by value, smallest first
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->group(model->index(0, 0)).signature, QStringLiteral("mixed"));
    QCOMPARE(model->group(model->index(0, 0)).valuesAtRisk.first().amountMinor, qint64(99000000));
    QCOMPARE(chosen.row(), 0);
    QCOMPARE(model->group(model->index(1, 0)).signature, QStringLiteral("single"));
    QCOMPARE(model->group(model->index(2, 0)).signature, QStringLiteral("middle")); // after 30 M, before 99 M
    model->setGroups({grown, middle});
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(chosen.row(), 0);
    QCOMPARE(model->group(model->index(1, 0)).signature, QStringLiteral("middle"));
    model->sort(ErrorGroupModel::ValueColumn, Qt::AscendingOrder);
    QCOMPARE(model->group(model->index(0, 0)).signature, QStringLiteral("middle"));
    QCOMPARE(chosen.row(), 1);
    delete model;
}

void TestConsoleExceptions::savedViewsRoundTrip()
{
    TransactionQuery q;
    q.flowIds << QStringLiteral("crm-quote-to-order");
    q.errorCategories << ErrorCategory::MasterData;
    q.triageStatuses << TriageStatus::WaitingOnPartner;
    q.assignee = QStringLiteral("me");
    q.stuckOnly = true;
    q.text = QStringLiteral("Müller");
    q.order = TransactionOrder::DueAsc;
    QCOMPARE(SavedViews::fromJson(SavedViews::toJson(q)), q);
    const QList<SavedView> builtIns = SavedViews::builtIns();
    QCOMPARE(builtIns.size(), 3);
    QCOMPARE(builtIns.at(0).query.assignee, QStringLiteral("me"));
    QVERIFY(builtIns.at(1).query.stuckOnly);
}

void TestConsoleExceptions::resubmitWithSameRequestIdDeliversOnce()
{
    TransactionQuery q;
    q.errorCategories << ErrorCategory::Connectivity << ErrorCategory::Authentication << ErrorCategory::BusinessState
                      << ErrorCategory::MasterData;
    const QList<Transaction> list = failedTransactions(5, q);
    QVERIFY(!list.isEmpty());
    const Transaction t = list.first();
    const QString requestId = TransactionsService::newRequestId();
    QList<MutationResult> results;
    // A double click, or a retry after the first answer was lost on the way.
    for (int i = 0; i < 2; ++i)
        m_service->resubmit(t.id, t.version, requestId, this, [&](const MutationResult &r) { results << r; });
    QVERIFY(QTest::qWaitFor([&] { return results.size() == 2; }, 10000));
    QVERIFY2(results.at(0).isOk(), qPrintable(results.at(0).error.serverMessage));
    QVERIFY2(results.at(1).isOk(), qPrintable(results.at(1).error.serverMessage));
    QCOMPARE(results.at(0).transaction.version, results.at(1).transaction.version);

    QList<HistoryEntry> history;
    bool done = false;
    m_service->history(t.id, this, [&](const ServiceError &, const QList<HistoryEntry> &h) {
        history = h;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    int resubmits = 0;
    for (const HistoryEntry &e : history)
        resubmits += e.action == QLatin1String("resubmit");
    QCOMPARE(resubmits, 1);
}

void TestConsoleExceptions::historyShowsColleaguesActions()
{
    TransactionQuery berlin;
    berlin.plants << QStringLiteral("DE01");
    const QList<Transaction> list = failedTransactions(10, berlin);
    QVERIFY(!list.isEmpty());
    const Transaction t = list.last();
    // The operator takes it over...
    bool done = false;
    m_service->assign(t.id, t.version, QStringLiteral("operator"), TransactionsService::newRequestId(), this,
                      [&](const MutationResult &r) {
        QVERIFY2(r.isOk(), qPrintable(r.error.serverMessage));
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));

    // ...and the Berlin plant supervisor, who may read the transaction, sees who did.
    BackendConnection supervisorConnection;
    supervisorConnection.setTarget(m_backend->target());
    SessionService supervisor(&supervisorConnection);
    QSignalSpy ok(&supervisor, &SessionService::loggedIn);
    supervisor.login(QStringLiteral("viewer"), QStringLiteral("demo-viewer"));
    QVERIFY(ok.wait(10000));
    TransactionsService supervisorService(&supervisorConnection);
    QList<HistoryEntry> history;
    ServiceError error;
    done = false;
    supervisorService.history(t.id, this, [&](const ServiceError &e, const QList<HistoryEntry> &h) {
        error = e;
        history = h;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QVERIFY2(error.isOk(), qPrintable(error.serverMessage));
    bool seen = false;
    for (const HistoryEntry &e : history)
        seen = seen || (e.actor == QLatin1String("operator") && e.action == QLatin1String("assign"));
    QVERIFY2(seen, "the history of a transaction shows everyone who worked on it");
}

// An amount the reader's role may not see reads "hidden", never as 0.00; the
// same transaction shows its amount to a sales clerk.
void TestConsoleExceptions::amountHiddenFromTheRoleSaysSo()
{
    BackendConnection adminConnection;
    adminConnection.setTarget(m_backend->target());
    SessionService admin(&adminConnection);
    QSignalSpy ok(&admin, &SessionService::loggedIn);
    admin.login(QStringLiteral("admin"), QStringLiteral("demo-admin"));
    QVERIFY(ok.wait(10000));
    TransactionsService adminService(&adminConnection);
    ExceptionListModel model(&adminService);
    TransactionQuery query;
    query.states = {TransactionState::Failed};
    query.flowIds = {QStringLiteral("crm-quote-to-order")};
    model.setQuery(query);
    QTRY_VERIFY_WITH_TIMEOUT(model.hasLoadedOnce() && model.rowCount() > 0, 10000);
    const Transaction hidden = model.transaction(0);
    QVERIFY(hidden.amountMasked);
    QCOMPARE(model.index(0, ExceptionListModel::AmountColumn).data().toString(), QStringLiteral("hidden"));

    ExceptionListModel clerks(m_service.get());
    clerks.setQuery(query);
    QTRY_VERIFY_WITH_TIMEOUT(clerks.hasLoadedOnce() && clerks.indexOf(hidden.id).isValid(), 10000);
    const QModelIndex row = clerks.indexOf(hidden.id);
    QVERIFY(!clerks.transaction(row).amountMasked);
    QVERIFY(clerks.transaction(row).amountMinor > 0);
    const QString shown = clerks.index(row.row(), ExceptionListModel::AmountColumn).data().toString();
    QVERIFY2(shown.endsWith(clerks.transaction(row).currency), qPrintable(shown));
}

void TestConsoleExceptions::staleVersionIsRefused()
{
    const QList<Transaction> list = failedTransactions(10);
    QVERIFY(list.size() > 3);
    const Transaction t = list.at(3);
    MutationResult first;
    MutationResult second;
    bool done = false;
    m_service->assign(t.id, t.version, QStringLiteral("operator"), TransactionsService::newRequestId(), this,
                      [&](const MutationResult &r) { first = r; done = true; });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QVERIFY(first.isOk());
    done = false;
    // Still the version this person started from: someone else's change stands.
    m_service->apply(Mutation::setTriageStatus(t.id, t.version, TriageStatus::Investigating), this,
                     [&](const MutationResult &r) { second = r; done = true; });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QVERIFY(second.isConflict());
    QCOMPARE(second.error.currentVersion, first.transaction.version);
}

void TestConsoleExceptions::invalidPayloadNamesFields()
{
    const QList<Transaction> list = failedTransactions(10);
    QVERIFY(list.size() > 4);
    const Transaction t = list.at(4);
    MutationResult result;
    bool done = false;
    m_service->updatePayload(t.id, t.version, QStringLiteral("{}"), QStringLiteral("test"),
                             TransactionsService::newRequestId(), this, [&](const MutationResult &r) {
        result = r;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QCOMPARE(result.error.code, ServiceError::InvalidArgument);
    QVERIFY(!result.violations.isEmpty());
    for (const FieldViolation &v : result.violations) {
        QVERIFY2(v.field.startsWith(QLatin1Char('/')), qPrintable(v.field));
        QVERIFY(!v.description.isEmpty());
    }
}

void TestConsoleExceptions::amountsAreGroupedAsTheLocaleGroups_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("expected");
    // Spanish and Polish group from five digits on; every group of a large number is set apart.
    QTest::newRow("es-large") << "es" << qint64(369905880) << QStringLiteral("3.699.058,80 MXN");
    QTest::newRow("es-five") << "es" << qint64(1303080) << QStringLiteral("13.030,80 MXN");
    QTest::newRow("es-four") << "es" << qint64(512460) << QStringLiteral("5124,60 MXN");
    QTest::newRow("es-negative") << "es" << qint64(-369905880) << QStringLiteral("-3.699.058,80 MXN");
    QTest::newRow("pl-large") << "pl" << qint64(369905880) << QString::fromUtf8("3\u00a0699\u00a0058,80 MXN");
    QTest::newRow("de-four") << "de" << qint64(512460) << QStringLiteral("5.124,60 MXN");
    QTest::newRow("de-large") << "de" << qint64(369905880) << QStringLiteral("3.699.058,80 MXN");
    QTest::newRow("en-large") << "en_US" << qint64(369905880) << QStringLiteral("3,699,058.80 MXN");
    QTest::newRow("en-small") << "en_US" << qint64(-5) << QStringLiteral("-0.05 MXN");
    QTest::newRow("fr-large") << "fr" << qint64(369905880) << QString::fromUtf8("3\u202f699\u202f058,80 MXN");
}

void TestConsoleExceptions::amountsAreGroupedAsTheLocaleGroups()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, expected);
    const QLocale before;
    QLocale::setDefault(QLocale(locale));
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    QCOMPARE(formatAmount(minor, QStringLiteral("MXN")), expected);
    // The same digits wherever an amount is shown.
    QVERIFY(formatMoney(minor, QStringLiteral("MXN")).contains(formatMinorUnits(minor)));
}

QTEST_GUILESS_MAIN(TestConsoleExceptions)
#include "tst_console_exceptions.moc"
