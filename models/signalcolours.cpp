#include "signalcolours.h"

#include <QGuiApplication>

namespace Flowdesk::Colours {

namespace {
QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}
} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

bool isDark()
{
    return isDark(QGuiApplication::palette());
}

QColor text(Signal signal, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (signal) {
    case Signal::Error: return dark ? QColor(0xfc, 0x8f, 0x8f) : QColor(0xb0, 0x1c, 0x1c);
    case Signal::Warning: return dark ? QColor(0xfb, 0xbf, 0x4f) : QColor(0x9a, 0x4a, 0x06);
    case Signal::Success: return dark ? QColor(0x6e, 0xd8, 0x8e) : QColor(0x1d, 0x6b, 0x2f);
    case Signal::Info: return dark ? QColor(0x93, 0xb8, 0xfa) : QColor(0x1d, 0x4e, 0xd8);
    case Signal::Neutral: break;
    }
    return muted(palette);
}

QColor text(Signal signal)
{
    return text(signal, QGuiApplication::palette());
}

QColor background(Signal signal, const QPalette &palette)
{
    // A little of the signal's colour in the palette's base: light on a light theme,
    // dark on a dark one, so the palette's text stays readable on it.
    const QColor base = palette.color(QPalette::Base);
    return mix(base, text(signal, palette), isDark(palette) ? 0.22 : 0.12);
}

QColor background(Signal signal)
{
    return background(signal, QGuiApplication::palette());
}

QColor muted(const QPalette &palette)
{
    // Less of the window in it on a dark palette: light text loses contrast
    // faster against the lighter panels (tabs, buttons) it also sits on; both
    // stay above 4.5:1 there.
    return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), isDark(palette) ? 0.22 : 0.35);
}

QColor muted()
{
    return muted(QGuiApplication::palette());
}

} // namespace Flowdesk::Colours
