#pragma once

#include "signalcolours.h"

#include <QString>

namespace Flowdesk {

// Style-sheet helpers over the palette's signal colours (models/signalcolours.h).
namespace Colours {

// "color: #rrggbb;" for a style sheet.
QString css(const QColor &colour);
// A banner style sheet: the signal's background, a border in the signal's colour,
// text in the palette's text colour. selector: "QLabel", "#name".
QString bannerStyle(Signal signal, const QString &selector, const QString &extra = {});

// FLOWDESK_PALETTE=dark (or light) in the environment gives the console Fusion with
// a dark (light) palette whatever the desktop's theme: to look at the dark theme on
// any desktop.
// Also makes the frames of check boxes and radio buttons stand out with a dark
// palette under Fusion (useReadableIndicators).
void applyPaletteFromEnvironment();
void useReadableIndicators();

} // namespace Colours
} // namespace Flowdesk
