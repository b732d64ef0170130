#include "colours.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleOption>

namespace Flowdesk::Colours {

namespace {
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x80, 0x84, 0x8a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x40, 0x43));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::Mid, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0d, 0x0e));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}
} // namespace

QString css(const QColor &colour)
{
    return QStringLiteral("color: %1;").arg(colour.name());
}

QString bannerStyle(Signal signal, const QString &selector, const QString &extra)
{
    return QStringLiteral("%1 { background: %2; color: %3; border: 1px solid %4; %5 }")
        .arg(selector, background(signal).name(), QApplication::palette().color(QPalette::Text).name(),
             text(signal).name(), extra);
}

namespace {
// Fusion draws the frame of a check box or a radio button in the window's colour,
// darkened: on a dark palette an unchecked box hardly shows against its field.
// With a dark palette, the frame is drawn again in a colour that stands out
// (WCAG's 3:1 for the parts of a control).
class IndicatorContrastStyle : public QProxyStyle
{
public:
    IndicatorContrastStyle() : QProxyStyle(QStringLiteral("Fusion")) {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if ((element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)
            || option->palette.color(QPalette::Window).lightness() >= 128)
            return;
        const QColor mid = option->palette.color(QPalette::Mid);
        const QColor base = option->palette.color(QPalette::Base);
        QColor frame((mid.red() * 7 + base.red() * 3) / 10, (mid.green() * 7 + base.green() * 3) / 10,
                     (mid.blue() * 7 + base.blue() * 3) / 10);
        if (option->state & State_HasFocus && option->state & State_KeyboardFocusChange)
            frame = option->palette.color(QPalette::Highlight);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(frame, 1));
        if (element == PE_IndicatorCheckBox) {
            painter->translate(0.5, 0.5);
            painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        } else {
            // Where Fusion draws the circle.
            const QRect r = option->rect;
            const qreal radius = (r.width() + (r.width() + 1) % 2) / 2.0 - 1;
            painter->drawEllipse(QPointF(r.center() + QPoint(1, 1)), radius, radius);
        }
        painter->restore();
    }
};

void useReadableFusion()
{
    if (!dynamic_cast<IndicatorContrastStyle *>(QApplication::style()))
        QApplication::setStyle(new IndicatorContrastStyle);
}
} // namespace

void useReadableIndicators()
{
    if (QApplication::style() && QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0)
        useReadableFusion();
}

void applyPaletteFromEnvironment()
{
    const QString wanted = qEnvironmentVariable("FLOWDESK_PALETTE").toLower();
    if (wanted != QLatin1String("dark") && wanted != QLatin1String("light")) {
        useReadableIndicators();
        return;
    }
    useReadableFusion();
    QApplication::setPalette(wanted == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());
}

} // namespace Flowdesk::Colours
