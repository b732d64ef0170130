#include "wallboard.h"

#include "flowtile.h"

#include <QCloseEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QScreen>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace Flowdesk {

namespace {
QFont scaled(const QFont &base, qreal factor, bool bold = false)
{
    QFont f = base;
    f.setPointSizeF((base.pointSizeF() > 0 ? base.pointSizeF() : 10.0) * factor);
    f.setBold(bold);
    return f;
}
} // namespace

Wallboard::Wallboard(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_scope(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_summaryIcon(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_updated(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_tileArea(new QWidget(this))
    , m_grid(new QGridLayout(m_tileArea))
{
    setObjectName(QStringLiteral("wallboard"));
    setWindowTitle(tr("Flowdesk wallboard"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#wallboard { background: #111827; } #wallboard QLabel { color: #f9fafb; }"));

    m_scope->setFont(scaled(font(), 2.4, true));
    m_clock->setFont(scaled(font(), 2.4, true));
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_summary->setObjectName(QStringLiteral("wallboardSummary"));
    m_summaryIcon->setFixedSize(56, 56);
    m_summary->setFont(scaled(font(), 2.6, true));
    m_summary->setWordWrap(true);
    m_updated->setFont(scaled(font(), 1.3));
    m_updated->setStyleSheet(QStringLiteral("color: #d1d5db;"));
    m_hint->setText(tr("Esc or F11: leave the wallboard"));
    m_hint->setFont(scaled(font(), 1.0));
    m_hint->setStyleSheet(QStringLiteral("color: #9ca3af;"));
    m_hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *header = new QHBoxLayout;
    header->addWidget(m_scope, 1);
    header->addWidget(m_clock);

    auto *summary = new QHBoxLayout;
    summary->setSpacing(16);
    summary->addWidget(m_summaryIcon, 0, Qt::AlignTop);
    summary->addWidget(m_summary, 1);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_updated, 1);
    footer->addWidget(m_hint);

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(18);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 18);
    layout->setSpacing(18);
    layout->addLayout(header);
    layout->addLayout(summary);
    layout->addWidget(m_tileArea, 1);
    layout->addLayout(footer);

    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, &Wallboard::updateClock);
    clock->start(1000);
    updateClock();
    resize(1280, 800);
}

void Wallboard::enter(QScreen *screen)
{
    // The geometry also holds where no window manager honours full-screen
    // requests (a bare kiosk X session).
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen)
        setGeometry(screen->geometry());
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
}

void Wallboard::setHealth(const QList<FlowHealth> &flows, const QString &scopeText, const QDateTime &updated)
{
    m_scope->setText(scopeText);
    m_lastUpdate = updated;
    while (m_tiles.size() > flows.size())
        delete m_tiles.takeLast();
    while (m_tiles.size() < flows.size()) {
        auto *tile = new FlowTile(m_tileArea);
        tile->setLarge(true);
        tile->setFocusPolicy(Qt::NoFocus);
        tile->setCursor(Qt::ArrowCursor);
        m_tiles << tile;
    }
    for (int i = 0; i < flows.size(); ++i)
        m_tiles[i]->setHealth(flows.at(i));

    const HealthSummary s = summarize(flows);
    m_summaryIcon->setPixmap(FlowTile::statusIcon(s.worst, 56, devicePixelRatioF()));
    QStringList parts;
    if (flows.isEmpty())
        parts << tr("No flows to show for %1.").arg(scopeText);
    else if (s.failing == 0 && s.degraded == 0)
        parts << tr("All flows OK");
    else {
        if (s.failing > 0)
            parts << tr("%n failing", nullptr, s.failing);
        if (s.degraded > 0)
            parts << tr("%n degraded", nullptr, s.degraded);
    }
    if (!flows.isEmpty()) {
        if (s.stuck > 0)
            parts << tr("Stuck: %1, the oldest waiting %2").arg(QLocale().toString(s.stuck), formatWaitTime(s.oldestStuckSeconds));
        else
            parts << tr("nothing stuck");
    }
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_columns = 0;
    relayout();
    updateClock();
}

void Wallboard::setProblem(const QString &text)
{
    m_problem = text;
    updateClock();
}

QString Wallboard::summaryText() const
{
    return m_summary->text();
}

void Wallboard::relayout()
{
    // Columns so that a dozen tiles fit on one 16:9 screen without scrolling.
    const int count = int(m_tiles.size());
    const int width = std::max(1, this->width() - 64);
    // As square a grid as the screen allows, so that a dozen tiles fit without scrolling.
    int columns = count <= 3 ? std::max(count, 1) : count <= 4 ? 2 : count <= 6 ? 3 : count <= 12 ? 4 : 5;
    columns = std::min(columns, std::max(1, width / 300));
    if (columns == m_columns && m_grid->count() == count)
        return;
    m_columns = columns;
    for (FlowTile *tile : m_tiles)
        m_grid->removeWidget(tile);
    for (int i = 0; i < count; ++i)
        m_grid->addWidget(m_tiles.at(i), i / columns, i % columns);
    // Few tiles fill the screen with larger type, read from further away.
    const int rows = (count + columns - 1) / columns;
    const qreal scale = rows <= 1 ? 2.8 : rows == 2 ? 2.4 : 1.9;
    for (FlowTile *tile : std::as_const(m_tiles))
        tile->setLargeScale(scale);
    for (int c = 0; c < 5; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

void Wallboard::updateClock()
{
    const QLocale locale;
    m_clock->setText(QTime::currentTime().toString(QStringLiteral("HH:mm")));
    if (!m_problem.isEmpty()) {
        m_updated->setText(tr("⚠ Not up to date: %1 — last updated %2")
                               .arg(m_problem, m_lastUpdate.isValid()
                                                   ? locale.toString(m_lastUpdate.time(), QLocale::ShortFormat)
                                                   : tr("never")));
        m_updated->setStyleSheet(QStringLiteral("color: #fca5a5;"));
    } else if (m_lastUpdate.isValid()) {
        m_updated->setText(tr("Updated %1").arg(locale.toString(m_lastUpdate.time(), QLocale::ShortFormat)));
        m_updated->setStyleSheet(QStringLiteral("color: #d1d5db;"));
    }
}

void Wallboard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F11) {
        close();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void Wallboard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void Wallboard::closeEvent(QCloseEvent *event)
{
    QWidget::closeEvent(event);
    emit left();
}

} // namespace Flowdesk
