#include "dashboardpage.h"

#include "common/colours.h"

#include "backendconnection.h"
#include "dashboardcharts.h"
#include "dashboardservice.h"
#include "eventfollower.h"
#include "flowtile.h"
#include "sessionservice.h"
#include "wallboard.h"

#include "common/pagewidgets.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace Flowdesk {

namespace {
const QStringList kAllPlants{QStringLiteral("DE01"), QStringLiteral("FR01"), QStringLiteral("PL01"),
                             QStringLiteral("MX01")};
const QString kPlantSetting = QStringLiteral("dashboard/plant");

// Failing first, then degraded, then the most stuck, then by name.
bool worseFirst(const FlowHealth &a, const FlowHealth &b)
{
    if (a.status != b.status)
        return int(a.status) > int(b.status);
    if (a.stuck != b.stuck)
        return a.stuck > b.stuck;
    return a.flowName.localeAwareCompare(b.flowName) < 0;
}
} // namespace

DashboardPage::DashboardPage(DashboardService *dashboard, SessionService *session, EventFollower *events,
                             QWidget *parent)
    : QWidget(parent)
    , m_dashboard(dashboard)
    , m_session(session)
    , m_coalesce(new QTimer(this))
    , m_clock(new QTimer(this))
{
    m_sinceCreated.start();
    setObjectName(QStringLiteral("dashboardPage"));

    auto *title = PageWidgets::createTitle(tr("Dashboard"), this);

    m_plant = new QComboBox(this);
    m_plant->setObjectName(QStringLiteral("plantSelector"));
    m_plant->setToolTip(tr("Which plant the dashboard shows"));
    m_plant->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *plantLabel = new QLabel(tr("&Plant:"), this);
    plantLabel->setBuddy(m_plant);

    auto *rangeLabel = new QLabel(tr("Period:"), this);
    m_rangeGroup = new QButtonGroup(this);
    m_rangeGroup->setExclusive(true);
    auto *rangeBox = new QHBoxLayout;
    rangeBox->setSpacing(0);
    rangeBox->addWidget(rangeLabel);
    rangeBox->addSpacing(4);
    for (DashboardRange r : {DashboardRange::LastHour, DashboardRange::LastDay, DashboardRange::LastWeek,
                             DashboardRange::LastMonth}) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("range%1Button").arg(int(r)));
        button->setText(dashboardRangeName(r));
        button->setToolTip(tr("Counts in the tiles and the throughput chart cover the last %1").arg(dashboardRangeName(r)));
        button->setCheckable(true);
        button->setChecked(r == m_range);
        // The chosen period stands out in any palette, dark ones included
        // (where a sunken checked button hardly differs from the others).
        button->setStyleSheet(QStringLiteral("QToolButton:checked { background: palette(highlight); "
                                             "color: palette(highlighted-text); border: 1px solid palette(highlight); "
                                             "border-radius: 3px; padding: 3px 8px; }"));
        m_rangeGroup->addButton(button, int(r));
        rangeBox->addWidget(button);
    }
    connect(m_rangeGroup, &QButtonGroup::idClicked, this, [this](int id) { setRange(DashboardRange(id)); });

    m_wallboardButton = new QPushButton(tr("Wallboard"), this);
    m_wallboardButton->setObjectName(QStringLiteral("wallboardButton"));
    m_wallboardButton->setToolTip(tr("Full screen with large type for a shop-floor screen (F11; Esc leaves)"));
    connect(m_wallboardButton, &QPushButton::clicked, this, &DashboardPage::showWallboard);
    auto *f11 = new QShortcut(QKeySequence(Qt::Key_F11), this);
    f11->setWhatsThis(tr("Show the wallboard (Esc leaves it)"));
    // Anywhere in the window while the dashboard is the page shown.
    f11->setContext(Qt::WindowShortcut);
    connect(f11, &QShortcut::activated, this, &DashboardPage::showWallboard);

    m_updated = new QLabel(this);
    m_updated->setObjectName(QStringLiteral("lastUpdatedLabel"));
    m_updated->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(16);
    header->addWidget(plantLabel);
    header->addWidget(m_plant);
    header->addSpacing(16);
    header->addLayout(rangeBox);
    header->addStretch(1);
    header->addWidget(m_updated);
    header->addSpacing(8);
    header->addWidget(m_wallboardButton);

    // The five-second answer: one line, with a shape and words, not only colour.
    m_banner = new QWidget(this);
    m_banner->setObjectName(QStringLiteral("dashboardBanner"));
    m_banner->setAttribute(Qt::WA_StyledBackground);
    m_summaryIcon = new QLabel(m_banner);
    m_summaryIcon->setFixedSize(28, 28);
    m_summary = new QLabel(m_banner);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.3);
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 8, 12, 8);
    bannerLayout->addWidget(m_summaryIcon);
    bannerLayout->addWidget(m_summary, 1);

    m_tileArea = new QWidget(this);
    m_tileGrid = new QGridLayout(m_tileArea);
    m_tileGrid->setContentsMargins(0, 0, 0, 0);
    m_tileGrid->setSpacing(10);

    m_throughput = new ThroughputChart(this);
    m_backlog = new BacklogAgeChart(this);
    m_errors = new ErrorSignatureChart(this);
    m_value = new ValueAtRiskChart(this);

    auto *charts = new QGridLayout;
    charts->setSpacing(10);
    charts->addWidget(m_throughput, 0, 0, 1, 3);
    charts->addWidget(m_backlog, 1, 0);
    charts->addWidget(m_errors, 1, 1);
    charts->addWidget(m_value, 1, 2);
    charts->setRowMinimumHeight(0, 280);
    charts->setRowMinimumHeight(1, 280);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 4, 0);
    contentLayout->setSpacing(12);
    contentLayout->addWidget(m_tileArea);
    contentLayout->addLayout(charts);
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_emptyLabel = PageWidgets::createEmptyState(QStringLiteral("dashboardEmptyLabel"), this);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    // Drill-down from every chart.
    connect(m_throughput, &ThroughputChart::bucketActivated, this, [this](const QDateTime &start, const QDateTime &end) {
        TransactionQuery q;
        q.plants = selectedPlants();
        q.createdAfter = start;
        q.createdBefore = end;
        emit drillDown(q);
    });
    connect(m_backlog, &BacklogAgeChart::bucketActivated, this, [this](const AgeBucket &bucket) {
        TransactionQuery q;
        q.states.clear(); // stuck in any state
        q.stuckOnly = true;
        q.plants = selectedPlants();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        q.createdBefore = now.addSecs(-bucket.minSeconds);
        if (bucket.maxSeconds > 0)
            q.createdAfter = now.addSecs(-bucket.maxSeconds);
        q.order = TransactionOrder::CreatedAsc;
        emit drillDown(q);
    });
    connect(m_errors, &ErrorSignatureChart::signatureActivated, this, [this](const ErrorSignatureCount &s) {
        TransactionQuery q;
        q.plants = selectedPlants();
        q.errorSignature = s.signature;
        if (!s.flowId.isEmpty())
            q.flowIds = {s.flowId};
        emit drillDown(q);
    });
    connect(m_value, &ValueAtRiskChart::domainActivated, this, [this](const QString &domain) {
        TransactionQuery q;
        q.plants = selectedPlants();
        q.domains = {domain};
        q.order = TransactionOrder::AmountDesc;
        emit drillDown(q);
    });

    connect(m_dashboard, &DashboardService::healthLoaded, this, &DashboardPage::onHealth);
    connect(m_dashboard, &DashboardService::throughputLoaded, m_throughput, &ThroughputChart::setThroughput);
    connect(m_dashboard, &DashboardService::stuckLoaded, this, &DashboardPage::onStuck);
    connect(m_dashboard, &DashboardService::errorSignaturesLoaded, this,
            [this](const QList<ErrorSignatureCount> &signatures) {
                QHash<QString, QString> names;
                for (const FlowHealth &h : std::as_const(m_health))
                    names.insert(h.flowId, h.flowName);
                m_errors->setSignatures(signatures, names);
            });
    connect(m_dashboard, &DashboardService::failed, this, &DashboardPage::onFailed);
    if (events) {
        connect(events, &EventFollower::eventsReceived, this, &DashboardPage::onEvents);
        connect(events, &EventFollower::reloadRequired, this, [this] {
            m_dirty = true;
            refreshIfDue();
        });
    }

    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(RefreshIntervalMs);
    connect(m_coalesce, &QTimer::timeout, this, &DashboardPage::refreshIfDue);
    // Ages and "updated" texts move on while nothing happens; a quiet minute refreshes too.
    m_clock->setInterval(60000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        m_dirty = true;
        refreshIfDue();
    });
    m_clock->start();

    populatePlants();
    connect(m_plant, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kPlantSetting, m_plant->currentData().toString());
        m_health.clear();
        m_loadedOnce = false;
        reload();
    });
    if (m_session) {
        connect(m_session, &SessionService::loggedIn, this, [this] { populatePlants(); });
        // Back online after a failure: fetch again rather than wait for the next event.
        connect(m_session->connection(), &BackendConnection::connectionStateChanged, this,
                [this](ConnectionState state) {
                    if (state == ConnectionState::Connected && (!m_lastError.isEmpty() || !m_loadedOnce)) {
                        m_dirty = true;
                        refreshIfDue();
                    }
                });
    }
    updateSummary();
}

DashboardPage::~DashboardPage()
{
    delete m_wallboard;
}

void DashboardPage::populatePlants()
{
    const QSignalBlocker blocker(m_plant);
    const QString wanted = m_plant->count() > 0 ? m_plant->currentData().toString()
                                                : QSettings().value(kPlantSetting).toString();
    m_plant->clear();
    const User user = m_session ? m_session->session().user : User{};
    const QStringList plants = user.plants.isEmpty() ? kAllPlants : user.plants;
    if (plants.size() > 1)
        m_plant->addItem(user.plants.isEmpty() ? tr("All plants") : tr("All my plants"), QString());
    for (const QString &p : plants)
        m_plant->addItem(plantName(p), p);
    const int index = m_plant->findData(wanted);
    m_plant->setCurrentIndex(index >= 0 ? index : 0);
}

QStringList DashboardPage::selectedPlants() const
{
    const QString plant = m_plant->currentData().toString();
    return plant.isEmpty() ? QStringList() : QStringList{plant};
}

void DashboardPage::selectPlant(const QString &plant)
{
    const int index = m_plant->findData(plant);
    if (index >= 0)
        m_plant->setCurrentIndex(index);
}

QString DashboardPage::scopeText() const
{
    return m_plant->currentText();
}

void DashboardPage::setRange(DashboardRange range)
{
    m_range = range;
    if (QAbstractButton *b = m_rangeGroup->button(int(range)))
        b->setChecked(true);
    m_throughput->setEmptyText(tr("Loading…"));
    reload();
}

void DashboardPage::reload()
{
    m_dirty = false;
    ++m_refreshCount;
    const QStringList plants = selectedPlants();
    m_dashboard->loadHealth(plants, dashboardRangeSeconds(m_range));
    m_dashboard->loadThroughput(m_range, plants);
    m_dashboard->loadStuck(plants, {}, 1000);
    m_dashboard->loadErrorSignatures(plants);
    // Events from now on wait at least one interval.
    m_coalesce->start();
}

bool DashboardPage::isShowing() const
{
    return isVisible() || (m_wallboard && m_wallboard->isVisible());
}

void DashboardPage::refreshIfDue()
{
    if (m_dirty && isShowing() && !m_coalesce->isActive())
        reload();
}

void DashboardPage::onEvents(const QList<FlowEvent> &events)
{
    const bool relevant = std::any_of(events.begin(), events.end(), [](const FlowEvent &e) {
        return e.type == FlowEvent::Type::TransactionChanged;
    });
    if (!relevant)
        return;
    m_dirty = true;
    refreshIfDue();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty || !m_loadedOnce)
        QTimer::singleShot(0, this, &DashboardPage::refreshIfDue);
}

void DashboardPage::onHealth(const QList<FlowHealth> &flows)
{
    if (!m_loadedOnce && m_sinceCreated.isValid()) {
        auto log = spdlog::get("console");
        (log ? log : spdlog::default_logger())
            ->info("dashboard: first figures ({} flows) {} ms after the page was built", flows.size(),
                   m_sinceCreated.elapsed());
        m_sinceCreated.invalidate();
    }
    m_loadedOnce = true;
    m_lastError.clear();
    m_lastUpdate = QDateTime::currentDateTime();
    m_health = flows;
    std::stable_sort(m_health.begin(), m_health.end(), worseFirst);

    while (m_tiles.size() > m_health.size())
        delete m_tiles.takeLast();
    while (m_tiles.size() < m_health.size()) {
        auto *tile = new FlowTile(m_tileArea);
        connect(tile, &FlowTile::activated, this, [this](const FlowHealth &h) { emit drillDown(queryForFlow(h)); });
        m_tiles << tile;
    }
    for (int i = 0; i < m_health.size(); ++i)
        m_tiles[i]->setHealth(m_health.at(i));
    m_tileColumns = 0;
    relayoutTiles();

    m_value->setValues(valueAtRiskByDomain(m_health));
    if (m_wallboard) {
        m_wallboard->setHealth(m_health, scopeText(), m_lastUpdate);
        m_wallboard->setProblem({});
    }
    updateSummary();
    emit healthUpdated();
}

void DashboardPage::onStuck(const QList<StuckOrder> &orders, int total)
{
    m_backlog->setDistribution(backlogAgeDistribution(orders), int(orders.size()), total);
}

void DashboardPage::onFailed(const QString &what, const ServiceError &error)
{
    const QString message = error.userMessage();
    if (what == QLatin1String("health")) {
        m_lastError = message;
        if (m_wallboard)
            m_wallboard->setProblem(message);
        updateSummary();
        return;
    }
    // A chart that cannot be drawn says so in its place; the tiles stay.
    const QString text = tr("Could not be loaded: %1").arg(message);
    if (what == QLatin1String("throughput"))
        m_throughput->setEmptyText(text);
    else if (what == QLatin1String("stuck"))
        m_backlog->setEmptyText(text);
    else if (what == QLatin1String("errors"))
        m_errors->setEmptyText(error.code == ServiceError::PermissionDenied
                                   ? tr("Your role does not show exception details.")
                                   : text);
}

TransactionQuery DashboardPage::queryForFlow(const FlowHealth &health) const
{
    TransactionQuery q;
    q.flowIds = {health.flowId};
    q.plants = selectedPlants();
    if (health.failed == 0 && health.stuck > 0) {
        // Nothing failed, but orders wait past their SLA: show those.
        q.states.clear();
        q.stuckOnly = true;
        q.order = TransactionOrder::CreatedAsc;
    }
    return q;
}

QString DashboardPage::summaryText() const
{
    return m_summary->text();
}

void DashboardPage::updateSummary()
{
    const QLocale locale;
    m_updated->setToolTip(m_lastError);
    if (!m_lastError.isEmpty() && m_lastUpdate.isValid()) {
        // Short here; the reason is in the tooltip. The figures shown are older.
        m_updated->setText(tr("⚠ Not up to date: figures from %1")
                               .arg(locale.toString(m_lastUpdate.time(), QLocale::ShortFormat)));
        m_updated->setStyleSheet(Colours::css(Colours::text(Colours::Signal::Error)));
    } else if (!m_lastError.isEmpty()) {
        m_updated->clear(); // the page itself says why
    } else if (m_lastUpdate.isValid()) {
        m_updated->setText(tr("Live · updated %1").arg(locale.toString(m_lastUpdate.time(), QLocale::ShortFormat)));
        m_updated->setStyleSheet(Colours::css(Colours::muted()));
    } else {
        m_updated->clear();
    }

    if (!m_loadedOnce) {
        m_banner->hide();
        m_emptyLabel->setText(m_lastError.isEmpty()
                                  ? tr("Loading the dashboard…")
                                  : tr("The dashboard could not be loaded.\n%1\n\nIt will try again when the "
                                       "connection returns.")
                                        .arg(m_lastError));
        m_stack->setCurrentWidget(m_emptyLabel);
        return;
    }
    if (m_health.isEmpty()) {
        m_banner->hide();
        m_emptyLabel->setText(tr("No flows are visible to you for %1.\nYour role may be limited to certain plants "
                                 "or business domains; ask your administrator if you expected to see flows here.")
                                  .arg(scopeText()));
        m_stack->setCurrentWidget(m_emptyLabel);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_banner->show();

    const HealthSummary s = summarize(m_health);
    QStringList parts;
    if (s.failing == 0 && s.degraded == 0)
        parts << tr("%1: all flows OK").arg(scopeText());
    else {
        QStringList bad;
        if (s.failing > 0)
            bad << tr("%n failing", nullptr, s.failing);
        if (s.degraded > 0)
            bad << tr("%n degraded", nullptr, s.degraded);
        if (s.ok > 0)
            bad << tr("%n OK", nullptr, s.ok);
        parts << tr("%1: %2").arg(scopeText(), bad.join(QStringLiteral(", ")));
    }
    if (s.stuck > 0)
        parts << tr("Stuck: %1, the oldest waiting %2").arg(locale.toString(s.stuck), formatWaitTime(s.oldestStuckSeconds));
    else
        parts << tr("nothing stuck");
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_summaryIcon->setPixmap(FlowTile::statusIcon(s.worst, 28, devicePixelRatioF()));
    const QColor color = FlowTile::statusColor(s.worst);
    // A tint of the status colour: light on a light theme, dark on a dark one.
    const QColor background = QColor::fromHsl(color.hslHue(), std::min(color.hslSaturation(), 120),
                                              Colours::isDark(palette()) ? 48 : 238);
    m_banner->setStyleSheet(QStringLiteral("#dashboardBanner { background: %1; border: 1px solid %2; "
                                           "border-radius: 6px; } #dashboardBanner QLabel { color: %3; }")
                                .arg(background.name(), color.name(), palette().color(QPalette::Text).name()));
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayoutTiles();
}

void DashboardPage::relayoutTiles()
{
    const int count = int(m_tiles.size());
    const int width = std::max(1, m_stack->width() - 24);
    const int columns = std::clamp(width / 280, 1, 6);
    if (columns == m_tileColumns && m_tileGrid->count() == count)
        return;
    m_tileColumns = columns;
    for (FlowTile *tile : std::as_const(m_tiles))
        m_tileGrid->removeWidget(tile);
    for (int i = 0; i < count; ++i)
        m_tileGrid->addWidget(m_tiles.at(i), i / columns, i % columns);
    for (int c = 0; c < 6; ++c)
        m_tileGrid->setColumnStretch(c, c < columns ? 1 : 0);
}

Wallboard *DashboardPage::wallboard() const
{
    return m_wallboard;
}

void DashboardPage::showWallboard()
{
    if (!m_wallboard) {
        m_wallboard = new Wallboard;
        connect(m_wallboard, &Wallboard::left, this, [this] {
            if (window())
                window()->activateWindow();
        });
    }
    m_wallboard->setHealth(m_health, scopeText(), m_lastUpdate);
    m_wallboard->setProblem(m_lastError);
    // On the screen the console is on.
    m_wallboard->enter(window() ? window()->screen() : nullptr);
    refreshIfDue();
}

} // namespace Flowdesk
