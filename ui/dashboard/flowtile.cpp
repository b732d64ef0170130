#include "flowtile.h"

#include "common/colours.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace Flowdesk {

FlowTile::FlowTile(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_status(new QLabel(this))
    , m_name(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_reason(new QLabel(this))
{
    setObjectName(QStringLiteral("flowTile"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_Hover);

    m_status->setObjectName(QStringLiteral("tileStatus"));
    m_name->setObjectName(QStringLiteral("tileName"));
    m_name->setWordWrap(true);
    m_figures->setObjectName(QStringLiteral("tileFigures"));
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("tileReason"));
    m_reason->setWordWrap(true);
    m_reason->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    // The whole tile is one target: clicks on its texts reach the tile.
    for (QLabel *label : {m_icon, m_status, m_name, m_figures, m_reason}) {
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        label->setTextInteractionFlags(Qt::NoTextInteraction);
    }

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_icon, 0, 0, Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_status, 0, 1, Qt::AlignLeft | Qt::AlignVCenter);
    layout->setColumnStretch(1, 1);
    layout->addWidget(m_name, 1, 0, 1, 2);
    layout->addWidget(m_figures, 2, 0, 1, 2);
    layout->addWidget(m_reason, 3, 0, 1, 2);
    layout->setRowStretch(3, 1);

    setMinimumWidth(240);
    updateLook();
}

QColor FlowTile::statusColor(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Ok: return QColor(0x1e, 0x7b, 0x3a);
    case HealthStatus::Degraded: return QColor(0xb4, 0x53, 0x09);
    case HealthStatus::Failing: return QColor(0xb9, 0x1c, 0x1c);
    case HealthStatus::Unknown: break;
    }
    return QColor(0x6b, 0x72, 0x80);
}

QPixmap FlowTile::statusIcon(HealthStatus status, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor color = statusColor(status);
    const qreal s = size;
    QPen mark(Qt::white, std::max(1.5, s / 9.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (status) {
    case HealthStatus::Ok: {
        // A circle with a check mark.
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QRectF(1, 1, s - 2, s - 2));
        p.setPen(mark);
        QPainterPath check;
        check.moveTo(s * 0.28, s * 0.52);
        check.lineTo(s * 0.44, s * 0.68);
        check.lineTo(s * 0.73, s * 0.34);
        p.setBrush(Qt::NoBrush);
        p.drawPath(check);
        break;
    }
    case HealthStatus::Degraded: {
        // A triangle with an exclamation mark.
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        QPolygonF triangle{QPointF(s / 2, 1), QPointF(s - 1, s - 2), QPointF(1, s - 2)};
        p.drawPolygon(triangle);
        p.setPen(mark);
        p.drawLine(QPointF(s / 2, s * 0.36), QPointF(s / 2, s * 0.62));
        p.drawPoint(QPointF(s / 2, s * 0.78));
        break;
    }
    case HealthStatus::Failing: {
        // An octagon (a stop sign) with a cross.
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        const qreal a = s * 0.29;
        QPolygonF octagon{QPointF(a, 1), QPointF(s - a, 1), QPointF(s - 1, a), QPointF(s - 1, s - a),
                          QPointF(s - a, s - 1), QPointF(a, s - 1), QPointF(1, s - a), QPointF(1, a)};
        p.drawPolygon(octagon);
        p.setPen(mark);
        p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    }
    case HealthStatus::Unknown: {
        p.setPen(QPen(color, std::max(1.5, s / 10.0)));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(2, 2, s - 4, s - 4));
        QFont f;
        f.setPixelSize(int(s * 0.6));
        f.setBold(true);
        p.setFont(f);
        p.drawText(QRectF(0, 0, s, s), Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    }
    return pixmap;
}

void FlowTile::setHealth(const FlowHealth &health)
{
    m_health = health;
    updateTexts();
    updateLook();
}

void FlowTile::setLarge(bool large)
{
    if (m_large == large)
        return;
    m_large = large;
    updateTexts();
    updateLook();
}

void FlowTile::setLargeScale(qreal scale)
{
    if (qFuzzyCompare(m_largeScale, scale))
        return;
    m_largeScale = scale;
    if (m_large)
        updateLook();
}

QString FlowTile::statusText() const
{
    return healthStatusName(m_health.status);
}

void FlowTile::updateTexts()
{
    const FlowHealth &h = m_health;
    const QLocale locale;
    m_status->setText(statusText());
    m_name->setText(h.flowName.isEmpty() ? h.flowId : h.flowName);

    // Stuck first: it is what a supervisor asks about.
    QStringList parts;
    const QString strong = QStringLiteral("<b>%1</b>");
    if (h.stuck > 0)
        parts << tr("%1 stuck").arg(strong.arg(locale.toString(h.stuck)));
    else
        parts << tr("none stuck");
    if (h.failed > 0)
        parts << tr("%1 failed").arg(strong.arg(locale.toString(h.failed)));
    if (!m_large) {
        parts << tr("%1 received").arg(locale.toString(h.received));
        if (h.backlog > 0)
            parts << tr("%1 waiting, oldest %2").arg(locale.toString(h.backlog), formatWaitTime(h.oldestAgeSeconds));
        if (h.valueAtRiskMinor > 0)
            parts << tr("%1 at risk").arg(formatMoney(h.valueAtRiskMinor, h.currency).toHtmlEscaped());
    } else if (h.stuck > 0) {
        parts << tr("oldest waiting %1").arg(formatWaitTime(h.oldestAgeSeconds));
    }
    // Rich text reads U+202F, the narrow no-break space French groups digits
    // with, as a space to break at ("3 586" | "359,00 MXN"); U+00A0 holds.
    m_figures->setText(parts.join(QStringLiteral(" · ")).replace(QChar(0x202F), QChar(0x00A0)));
    m_reason->setText(h.statusReason);
    m_reason->setVisible(!h.statusReason.isEmpty());

    const QString domain = domainName(h.domain);
    QString tip = tr("<b>%1</b> (%2)<br>Status: %3 — %4").arg(m_name->text().toHtmlEscaped(), domain.toHtmlEscaped(),
                                                             statusText(), h.statusReason.toHtmlEscaped());
    tip += tr("<br>In the window: %1 received, %2 delivered, %3 failed (%4 %), %5 retried")
               .arg(locale.toString(h.received), locale.toString(h.delivered), locale.toString(h.failed),
                    locale.toString(h.failureRate * 100.0, 'f', 1), locale.toString(h.retried));
    tip += tr("<br>Open now: %1, of which %2 stuck; oldest waiting %3")
               .arg(locale.toString(h.backlog), locale.toString(h.stuck), formatWaitTime(h.oldestAgeSeconds));
    if (h.latencyP95Ms > 0)
        tip += tr("<br>Delivery time: median %1 ms, 95 % within %2 ms")
                   .arg(locale.toString(h.latencyP50Ms), locale.toString(h.latencyP95Ms));
    if (h.valueAtRiskMinor > 0)
        tip += tr("<br>Value at risk: %1").arg(formatMoney(h.valueAtRiskMinor, h.currency).toHtmlEscaped());
    tip += tr("<br><i>Click to see this flow's exceptions</i>");
    setToolTip(tip);
    setAccessibleName(tr("%1: %2").arg(m_name->text(), statusText()));
    setAccessibleDescription(h.statusReason);
}

void FlowTile::updateLook()
{
    const QColor color = statusColor(m_health.status);
    const qreal scale = m_large ? m_largeScale : 1.0;
    const qreal textScale = m_large ? m_largeScale / 1.9 : 1.0;
    const int iconSize = int(22 * scale);
    m_icon->setPixmap(statusIcon(m_health.status, iconSize, devicePixelRatioF()));
    m_icon->setFixedSize(iconSize, iconSize);

    QFont base = font();
    const qreal pt = base.pointSizeF() > 0 ? base.pointSizeF() : 10.0;
    QFont statusFont = base;
    statusFont.setBold(true);
    statusFont.setPointSizeF(pt * 1.15 * scale);
    m_status->setFont(statusFont);
    QFont nameFont = base;
    nameFont.setBold(true);
    nameFont.setPointSizeF(pt * 1.05 * scale);
    m_name->setFont(nameFont);
    QFont figuresFont = base;
    figuresFont.setPointSizeF(pt * (m_large ? 1.5 * textScale : 1.0));
    m_figures->setFont(figuresFont);
    QFont reasonFont = base;
    reasonFont.setPointSizeF(pt * (m_large ? 1.15 * textScale : 0.92));
    m_reason->setFont(reasonFont);

    // The colour is a second channel only: a band on the left and the status word.
    // On the page the palette's colours; on the wallboard its own dark screen.
    const QPalette pal = palette();
    const QString border = m_hover || hasFocus() ? pal.color(QPalette::Highlight).name() : pal.color(QPalette::Mid).name();
    const QString background = m_large ? QStringLiteral("#1f2937") : pal.color(QPalette::Base).name();
    const QString text = m_large ? QStringLiteral("#f9fafb") : pal.color(QPalette::Text).name();
    const QString muted = m_large ? QStringLiteral("#d1d5db") : Colours::muted(pal).name();
    QColor statusText = color;
    if (m_large || Colours::isDark(pal))
        statusText = color.lighter(170);
    setStyleSheet(QStringLiteral("#flowTile { background: %1; border: 1px solid %2; border-left: %6px solid %3;"
                                 " border-radius: 6px; }"
                                 "#flowTile QLabel { color: %4; background: transparent; }"
                                 "#flowTile QLabel#tileReason { color: %5; }")
                      .arg(background, border, color.name(), text, muted)
                      .arg(m_large ? 10 : 6)
                  + QStringLiteral("#flowTile QLabel#tileStatus { color: %1; }").arg(statusText.name()));
}

void FlowTile::mousePressEvent(QMouseEvent *event)
{
    // Accepted, so that the release comes here too.
    if (event->button() == Qt::LeftButton) {
        event->accept();
        return;
    }
    QFrame::mousePressEvent(event);
}

void FlowTile::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    updateLook();
}

void FlowTile::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    updateLook();
}

void FlowTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        emit activated(m_health);
        event->accept();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void FlowTile::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        emit activated(m_health);
        event->accept();
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

void FlowTile::enterEvent(QEnterEvent *event)
{
    m_hover = true;
    updateLook();
    QFrame::enterEvent(event);
}

void FlowTile::leaveEvent(QEvent *event)
{
    m_hover = false;
    updateLook();
    QFrame::leaveEvent(event);
}

} // namespace Flowdesk
