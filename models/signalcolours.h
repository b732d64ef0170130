#pragma once

#include <QColor>
#include <QPalette>

namespace Flowdesk {

// Every colour of the console comes from the palette of the person's desktop, so
// that a dark theme works. The few signal colours (a failure is red, a warning
// amber, success green, a hint blue) have a shade for light and one for dark
// backgrounds, picked by the palette's window colour. Item models and widgets
// take them from here.
namespace Colours {

enum class Signal { Error, Warning, Success, Info, Neutral };

// The application's palette unless one is given.
bool isDark(const QPalette &palette);
bool isDark();

// Text (or a mark) in the signal colour, readable on the palette's base and window.
QColor text(Signal signal, const QPalette &palette);
QColor text(Signal signal);
// A calm background for a banner or a highlighted cell in that colour, with
// text(signal) or the palette's text readable on it.
QColor background(Signal signal, const QPalette &palette);
QColor background(Signal signal);
// Secondary text: hints, "last updated", notes, empty cells.
QColor muted(const QPalette &palette);
QColor muted();

} // namespace Colours
} // namespace Flowdesk
