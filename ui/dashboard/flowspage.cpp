#include "flowspage.h"

#include "common/colours.h"

#include "eventfollower.h"
#include "flowlistmodel.h"
#include "flownamedelegate.h"
#include "flowsortfilterproxymodel.h"
#include "flowsservice.h"
#include "modelfactory.h"

#include "common/pagewidgets.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Flowdesk {

FlowsPage::FlowsPage(FlowsService *flows, EventFollower *events, QWidget *parent)
    : QWidget(parent)
    , m_flows(flows)
    , m_events(events)
    , m_model(createFlowListModel(this))
    , m_proxy(createFlowProxyModel(m_model, this))
    , m_coalesce(new QTimer(this))
{
    setObjectName(QStringLiteral("flowsPage"));

    auto *title = PageWidgets::createTitle(tr("Flows"), this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("flowsSummary"));
    m_summary->setWordWrap(true);

    m_updated = new QLabel(this);
    m_updated->setObjectName(QStringLiteral("lastUpdatedLabel"));
    m_updated->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_updated->setStyleSheet(Colours::css(Colours::muted()));

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("flowFilter"));
    m_filter->setAccessibleName(tr("Filter flows"));
    m_filter->setPlaceholderText(tr("Filter by flow, domain or system…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(300);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateEmptyState();
    });

    m_onlyProblems = new QCheckBox(tr("Only flows with exceptions or stuck transactions"), this);
    m_onlyProblems->setObjectName(QStringLiteral("onlyProblemsCheck"));
    connect(m_onlyProblems, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setOnlyWithExceptions(on);
        updateEmptyState();
    });

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("flowsTable"));
    m_view->setAccessibleName(tr("Flows"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FlowListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(FlowNameDelegate::rowHeight(m_view->fontMetrics()));
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // The route is drawn under the flow's name.
    m_view->setItemDelegateForColumn(FlowListModel::NameColumn, new FlowNameDelegate(m_view));
    m_view->setColumnHidden(FlowListModel::RouteColumn, true);
    // The domain and the SLA are drawn there too: the counts fit beside a laptop's sidebar.
    m_view->setColumnHidden(FlowListModel::DomainColumn, true);
    m_view->setColumnHidden(FlowListModel::SlaColumn, true);
    // Resubmitted transactions are on their way again, briefly: no column of their
    // own, so that the counts that need attention fit a laptop's width.
    m_view->setColumnHidden(FlowListModel::columnForState(TransactionState::Resubmitted), true);
    m_view->viewport()->installEventFilter(this);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    // Counts are never cut off; the flow's name and route take what is left.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setMinimumSectionSize(48);

    m_emptyLabel = PageWidgets::createEmptyState(QStringLiteral("flowsEmptyLabel"), this);
    m_emptyLabel->setStyleSheet(Colours::css(Colours::muted()) + QStringLiteral(" font-size: 12pt;"));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyLabel);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_updated);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter);
    tools->addSpacing(12);
    tools->addWidget(m_onlyProblems);
    tools->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addLayout(tools);
    layout->addWidget(m_stack, 1);

    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(CoalesceIntervalMs);
    connect(m_coalesce, &QTimer::timeout, this, [this] {
        if (m_dirty)
            reload();
    });

    connect(m_flows, &FlowsService::flowsLoaded, this, &FlowsPage::onFlowsLoaded);
    connect(m_flows, &FlowsService::failed, this, &FlowsPage::onFailed);
    if (m_events) {
        connect(m_events, &EventFollower::eventsReceived, this, &FlowsPage::onEvents);
        connect(m_events, &EventFollower::reloadRequired, this, &FlowsPage::reload);
    }
    // The "updated … ago" text stays truthful while nothing happens.
    auto *clock = new QTimer(this);
    clock->start(15000);
    connect(clock, &QTimer::timeout, this, &FlowsPage::updateSummary);

    updateSummary();
    updateEmptyState();
}

void FlowsPage::reload()
{
    m_dirty = false;
    ++m_refreshCount;
    m_flows->refresh();
    // Events that arrive from now on wait at least one interval.
    m_coalesce->start();
}

void FlowsPage::onEvents(const QList<FlowEvent> &events)
{
    bool relevant = false;
    for (const FlowEvent &e : events)
        relevant = relevant || e.type == FlowEvent::Type::TransactionChanged;
    if (!relevant)
        return;
    m_dirty = true;
    if (!m_coalesce->isActive())
        reload();
}

void FlowsPage::onFlowsLoaded(const QList<Flow> &flows)
{
    m_loadedOnce = true;
    m_lastError.clear();
    m_lastUpdate = QDateTime::currentDateTime();
    m_model->setFlows(flows);
    updateColumnModes();
    updateSummary();
    updateEmptyState();
    emit flowsUpdated();
}

void FlowsPage::onFailed(const ServiceError &error)
{
    m_lastError = error.userMessage();
    updateSummary();
    updateEmptyState();
}

bool FlowsPage::eventFilter(QObject *watched, QEvent *event)
{
    // The view's own width decides, once its layout has given it one.
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &FlowsPage::updateColumnModes);
    return QWidget::eventFilter(watched, event);
}

void FlowsPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateColumnModes();
}

void FlowsPage::updateColumnModes()
{
    // The flow's name takes the room that is left; on a narrow screen its route
    // line gives way first, and the table scrolls sideways rather than cut a name.
    QHeaderView *header = m_view->horizontalHeader();
    const QAbstractItemView *view = m_view; // sizeHintForColumn() is public there
    int needed = std::max(view->sizeHintForColumn(FlowListModel::NameColumn),
                          header->sectionSizeHint(FlowListModel::NameColumn));
    for (int column = 0; column < FlowListModel::ColumnCount; ++column) {
        if (column != FlowListModel::NameColumn && !m_view->isColumnHidden(column))
            needed += std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
    }
    const int available = m_view->viewport()->width();
    const bool fits = needed <= available;
    const auto mode = fits ? QHeaderView::Stretch : QHeaderView::Interactive;
    if (header->sectionResizeMode(FlowListModel::NameColumn) != mode)
        header->setSectionResizeMode(FlowListModel::NameColumn, mode);
    if (!fits) {
        // Narrower than its route line (which elides, whole in the tooltip), never
        // narrower than the flow names in bold.
        const int nameNeeded = std::max(view->sizeHintForColumn(FlowListModel::NameColumn),
                                        header->sectionSizeHint(FlowListModel::NameColumn));
        QFont bold = m_view->font();
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        int names = header->sectionSizeHint(FlowListModel::NameColumn);
        for (int row = 0; row < m_view->model()->rowCount(); ++row)
            names = std::max(names, boldMetrics.horizontalAdvance(
                                        m_view->model()->index(row, FlowListModel::NameColumn).data().toString())
                                        + 16);
        const int width = std::clamp(available - (needed - nameNeeded), std::min(names, nameNeeded), nameNeeded);
        if (header->sectionSize(FlowListModel::NameColumn) != width)
            header->resizeSection(FlowListModel::NameColumn, width);
    }
}

void FlowsPage::updateSummary()
{
    const QList<Flow> flows = m_model->flows();
    qint64 failed = 0;
    qint64 stuck = 0;
    int flowsWithProblems = 0;
    for (const Flow &f : flows) {
        failed += f.count(TransactionState::Failed);
        stuck += f.stuckCount;
        if (f.count(TransactionState::Failed) > 0 || f.stuckCount > 0)
            ++flowsWithProblems;
    }
    if (!m_loadedOnce) {
        m_summary->setText(tr("Loading flows…"));
    } else {
        const QLocale locale;
        if (failed == 0 && stuck == 0)
            m_summary->setText(tr("Flows visible to you: %1 · Nothing is failed or stuck right now.")
                                   .arg(locale.toString(flows.size())));
        else
            m_summary->setText(tr("Flows visible to you: %1 · Exceptions: %2 · Stuck: %3 · Flows needing attention: %4")
                                   .arg(locale.toString(flows.size()), locale.toString(failed),
                                        locale.toString(stuck), locale.toString(flowsWithProblems)));
    }
    if (!m_lastError.isEmpty()) {
        m_updated->setText(tr("Update failed: %1").arg(m_lastError));
        m_updated->setStyleSheet(Colours::css(Colours::text(Colours::Signal::Error)));
    } else if (m_lastUpdate.isValid()) {
        m_updated->setText(tr("Updated %1").arg(QLocale().toString(m_lastUpdate.time(), QLocale::ShortFormat)));
        m_updated->setStyleSheet(Colours::css(Colours::muted()));
    }
}

void FlowsPage::updateEmptyState()
{
    QString text;
    if (!m_loadedOnce)
        text = m_lastError.isEmpty() ? tr("Loading flows…") : tr("The flows could not be loaded.\n%1").arg(m_lastError);
    else if (m_model->rowCount() == 0)
        text = tr("No flows are visible to you.\nYour role may be limited to certain business domains or plants; "
                  "ask your administrator if you expected to see flows here.");
    else if (m_proxy->rowCount() == 0)
        text = m_onlyProblems->isChecked() && m_filter->text().isEmpty()
            ? tr("No flow has exceptions or stuck transactions right now.")
            : tr("No flow matches \"%1\".").arg(m_filter->text());
    m_emptyLabel->setText(text);
    m_stack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_view) : m_emptyLabel);
}

} // namespace Flowdesk
