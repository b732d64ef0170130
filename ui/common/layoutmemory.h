#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace Flowdesk {

// Where the person left things: window geometry, splitter positions and table
// columns (widths, order, hidden columns, sort), kept in QSettings under a group
// per window or page and given back on the next start.
namespace LayoutMemory {

// Saves every splitter and table header below root (QSplitter::saveState,
// QHeaderView::saveState), each under a key made of its object names.
void save(QWidget *root, const QString &group);
// Gives the saved states back to the splitters and headers below root; a header
// whose columns changed since keeps its default layout.
void restore(QWidget *root, const QString &group);

void saveGeometry(QWidget *window, const QString &group);
// Restores the saved geometry. Without one, or when it lies on a screen that is no
// longer there, the window gets defaultSize (at most the screen) centred on the
// primary screen.
void restoreGeometry(QWidget *window, const QString &group, QSize defaultSize);

} // namespace LayoutMemory
} // namespace Flowdesk
