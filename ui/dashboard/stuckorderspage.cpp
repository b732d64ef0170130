#include "stuckorderspage.h"

#include "common/columnfitter.h"

#include "common/colours.h"

#include "dashboardservice.h"
#include "eventfollower.h"
#include "sessionservice.h"
#include "stuckordermodel.h"

#include "common/csvexportbutton.h"
#include "common/pagewidgets.h"

#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Flowdesk {

namespace {
const QStringList kAllPlants{QStringLiteral("DE01"), QStringLiteral("FR01"), QStringLiteral("PL01"),
                             QStringLiteral("MX01")};
const QStringList kAllDomains{QStringLiteral("sales"),     QStringLiteral("finance"),    QStringLiteral("procurement"),
                              QStringLiteral("logistics"), QStringLiteral("production"), QStringLiteral("quality"),
                              QStringLiteral("engineering")};
} // namespace

StuckOrdersPage::StuckOrdersPage(DashboardService *dashboard, SessionService *session, EventFollower *events,
                                 QWidget *parent)
    : QWidget(parent)
    , m_dashboard(dashboard)
    , m_session(session)
    , m_model(createStuckOrderModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_coalesce(new QTimer(this))
{
    setObjectName(QStringLiteral("stuckOrdersPage"));

    auto *title = PageWidgets::createTitle(tr("Stuck orders"), this);

    m_updated = new QLabel(this);
    m_updated->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("stuckSummary"));
    m_summary->setWordWrap(true);

    m_plant = new QComboBox(this);
    m_plant->setObjectName(QStringLiteral("stuckPlantFilter"));
    m_domain = new QComboBox(this);
    m_domain->setObjectName(QStringLiteral("stuckDomainFilter"));
    auto *plantLabel = new QLabel(tr("&Plant:"), this);
    plantLabel->setBuddy(m_plant);
    auto *domainLabel = new QLabel(tr("&Domain:"), this);
    domainLabel->setBuddy(m_domain);

    m_export = new CsvExportButton(tr("Export Stuck Orders"), QStringLiteral("stuck-orders-%1.csv"), this);
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_export->setToolTip(tr("Save the stuck orders shown as a CSV file for a spreadsheet"));
    connect(m_export, &CsvExportButton::exportRequested, this,
            [this](const QString &fileName, CsvWriter::ByteOrderMark bom) {
                if (!exportCsv(fileName, bom))
                    QMessageBox::warning(this, tr("Export Stuck Orders"),
                                         tr("The file %1 could not be written.").arg(fileName));
            });

    m_showAll = new QPushButton(tr("Open in Exceptions"), this);
    m_showAll->setObjectName(QStringLiteral("openInExceptionsButton"));
    m_showAll->setToolTip(tr("Show these stuck transactions on the Exceptions page, to work on them"));
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        TransactionQuery q;
        q.states.clear();
        q.stuckOnly = true;
        const QString plant = m_plant->currentData().toString();
        const QString domain = m_domain->currentData().toString();
        if (!plant.isEmpty())
            q.plants = {plant};
        if (!domain.isEmpty())
            q.domains = {domain};
        q.order = TransactionOrder::CreatedAsc;
        emit drillDown(q);
    });

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(StuckOrderModel::SortRole);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("stuckTable"));
    m_view->setAccessibleName(tr("Stuck orders"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(StuckOrderModel::OverdueColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    // Within the page's width: the flow, the next step and the error give up
    // width when the rest would not fit (in full in their tooltips); the error
    // takes the room that is left.
    new ColumnFitter(m_view, m_view->horizontalHeader(),
                     {StuckOrderModel::FlowColumn, StuckOrderModel::NextMilestoneColumn, StuckOrderModel::ErrorColumn},
                     StuckOrderModel::ErrorColumn);
    m_view->setToolTip(tr("Double-click or press Enter to open an order on the Exceptions page"));
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid())
            emit drillDown(queryForRow(source.row()));
    });

    m_emptyLabel = PageWidgets::createEmptyState(QStringLiteral("stuckEmptyLabel"), this);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyLabel);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_updated);

    auto *tools = new QHBoxLayout;
    tools->addWidget(plantLabel);
    tools->addWidget(m_plant);
    tools->addSpacing(12);
    tools->addWidget(domainLabel);
    tools->addWidget(m_domain);
    tools->addStretch(1);
    tools->addWidget(m_showAll);
    tools->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addLayout(tools);
    layout->addWidget(m_stack, 1);

    connect(m_dashboard, &DashboardService::stuckLoaded, this, &StuckOrdersPage::onStuck);
    connect(m_dashboard, &DashboardService::failed, this, &StuckOrdersPage::onFailed);
    if (events) {
        connect(events, &EventFollower::eventsReceived, this, [this](const QList<FlowEvent> &list) {
            for (const FlowEvent &e : list) {
                if (e.type == FlowEvent::Type::TransactionChanged) {
                    m_dirty = true;
                    refreshIfDue();
                    return;
                }
            }
        });
        connect(events, &EventFollower::reloadRequired, this, [this] {
            m_dirty = true;
            refreshIfDue();
        });
    }
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(RefreshIntervalMs);
    connect(m_coalesce, &QTimer::timeout, this, &StuckOrdersPage::refreshIfDue);
    // Overdue times grow while nothing happens.
    auto *clock = new QTimer(this);
    clock->start(60000);
    connect(clock, &QTimer::timeout, this, [this] {
        m_dirty = true;
        refreshIfDue();
    });

    populateFilters();
    if (m_session)
        connect(m_session, &SessionService::loggedIn, this, [this] { populateFilters(); });
    for (QComboBox *combo : {m_plant, m_domain}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_loadedOnce = false;
            m_model->setOrders({}, 0);
            reload();
        });
    }
    updateSummary();
}

void StuckOrdersPage::populateFilters()
{
    const QSignalBlocker plantBlocker(m_plant);
    const QSignalBlocker domainBlocker(m_domain);
    const User user = m_session ? m_session->session().user : User{};
    const QString plant = m_plant->currentData().toString();
    const QString domain = m_domain->currentData().toString();
    m_plant->clear();
    m_domain->clear();
    const QStringList plants = user.plants.isEmpty() ? kAllPlants : user.plants;
    const QStringList domains = user.domains.isEmpty() ? kAllDomains : user.domains;
    if (plants.size() > 1)
        m_plant->addItem(tr("All", "plants"), QString());
    for (const QString &p : plants)
        m_plant->addItem(plantName(p), p);
    if (domains.size() > 1)
        m_domain->addItem(tr("All", "domains"), QString());
    for (const QString &d : domains)
        m_domain->addItem(domainName(d), d);
    m_plant->setCurrentIndex(std::max(0, m_plant->findData(plant)));
    m_domain->setCurrentIndex(std::max(0, m_domain->findData(domain)));
}

void StuckOrdersPage::selectPlant(const QString &plant)
{
    const int index = m_plant->findData(plant);
    if (index >= 0)
        m_plant->setCurrentIndex(index);
}

void StuckOrdersPage::selectDomain(const QString &domain)
{
    const int index = m_domain->findData(domain);
    if (index >= 0)
        m_domain->setCurrentIndex(index);
}

void StuckOrdersPage::reload()
{
    m_dirty = false;
    const QString plant = m_plant->currentData().toString();
    const QString domain = m_domain->currentData().toString();
    m_dashboard->loadStuck(plant.isEmpty() ? QStringList() : QStringList{plant},
                           domain.isEmpty() ? QStringList() : QStringList{domain}, PageSize);
    m_coalesce->start();
}

void StuckOrdersPage::refreshIfDue()
{
    if (m_dirty && isVisible() && !m_coalesce->isActive())
        reload();
}

void StuckOrdersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty || !m_loadedOnce)
        QTimer::singleShot(0, this, &StuckOrdersPage::refreshIfDue);
}

void StuckOrdersPage::onStuck(const QList<StuckOrder> &orders, int total)
{
    m_loadedOnce = true;
    m_lastError.clear();
    m_lastUpdate = QDateTime::currentDateTime();
    m_model->setOrders(orders, total);
    // One plant chosen: the plant column would only repeat it.
    m_view->setColumnHidden(StuckOrderModel::PlantColumn, !m_plant->currentData().toString().isEmpty());
    updateSummary();
}

void StuckOrdersPage::onFailed(const QString &what, const ServiceError &error)
{
    if (what != QLatin1String("stuck"))
        return;
    m_lastError = error.userMessage();
    updateSummary();
}

TransactionQuery StuckOrdersPage::queryForRow(int row) const
{
    const StuckOrder o = m_model->order(m_model->index(row, 0));
    TransactionQuery q;
    q.states.clear();
    q.stuckOnly = true;
    if (!o.flowId.isEmpty())
        q.flowIds = {o.flowId};
    // The business key finds the order; the correlation id would also pull in
    // the other, delivered transactions of the same business object.
    q.text = o.businessKey;
    if (!o.plant.isEmpty())
        q.plants = {o.plant};
    return q;
}

QString StuckOrdersPage::summaryText() const
{
    return m_summary->text();
}

void StuckOrdersPage::updateSummary()
{
    const QLocale locale;
    if (!m_lastError.isEmpty()) {
        m_updated->setText(tr("⚠ Not updated: %1").arg(m_lastError));
        m_updated->setStyleSheet(Colours::css(Colours::text(Colours::Signal::Error)));
    } else if (m_lastUpdate.isValid()) {
        m_updated->setText(tr("Live · updated %1").arg(locale.toString(m_lastUpdate.time(), QLocale::ShortFormat)));
        m_updated->setStyleSheet(Colours::css(Colours::muted()));
    }

    const QList<StuckOrder> orders = m_model->orders();
    m_export->setEnabled(!orders.isEmpty());
    m_showAll->setEnabled(!orders.isEmpty());
    QString empty;
    if (!m_loadedOnce) {
        m_summary->setText(tr("Transactions past their SLA that are not closed yet."));
        empty = m_lastError.isEmpty() ? tr("Loading stuck orders…")
                                      : tr("The stuck orders could not be loaded.\n%1").arg(m_lastError);
    } else if (orders.isEmpty()) {
        m_summary->setText(tr("Nothing is stuck."));
        empty = tr("No order is stuck: every open transaction is within its SLA.");
    } else {
        qint64 oldest = 0;
        for (const StuckOrder &o : orders)
            oldest = std::max(oldest, o.ageSeconds);
        QString text = tr("Stuck past their SLA: %1. The oldest has waited %2.")
                           .arg(locale.toString(m_model->totalSize()), formatWaitTime(oldest));
        if (m_model->totalSize() > orders.size())
            text += QLatin1Char(' ') + tr("The %1 most overdue are listed.").arg(locale.toString(orders.size()));
        m_summary->setText(text);
    }
    m_emptyLabel->setText(empty);
    m_stack->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget *>(m_view) : m_emptyLabel);
}

bool StuckOrdersPage::exportCsv(const QString &fileName, CsvWriter::ByteOrderMark bom) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(m_model->toCsv(bom));
    return file.commit();
}

} // namespace Flowdesk
