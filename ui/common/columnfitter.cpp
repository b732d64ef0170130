#include "columnfitter.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>
#include <QAbstractItemView>
#include <QTimer>

#include <algorithm>

namespace Flowdesk {

ColumnFitter::ColumnFitter(QAbstractItemView *view, QHeaderView *header, QList<int> shrinkable, int fill)
    : QObject(view)
    , m_view(view)
    , m_header(header)
    , m_viewport(view->viewport())
    , m_shrinkable(std::move(shrinkable))
    , m_fill(fill)
{
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    view->setTextElideMode(Qt::ElideRight);
    m_viewport->installEventFilter(this);
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::scheduleFit);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::scheduleFit);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::scheduleFit);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::scheduleFit);
    }
    scheduleFit();
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    // Only the pointer is compared: while the view is destroyed its viewport
    // still sends events, and the view is no longer one to ask anything.
    if (watched == m_viewport && event->type() == QEvent::Resize)
        scheduleFit();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::scheduleFit()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        fit();
    });
}

int ColumnFitter::longestWord(int column) const
{
    const QAbstractItemModel *model = m_view->model();
    if (!model)
        return 0;
    int widest = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        const QString text = index.data(Qt::DisplayRole).toString();
        // In the cell's own font: a row in bold (the transaction shown) is wider.
        const QVariant font = index.data(Qt::FontRole);
        const QFontMetrics metrics = font.isValid() ? QFontMetrics(font.value<QFont>()) : m_view->fontMetrics();
        for (const QString &word : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(word));
    }
    // The cell's margins on either side of the text.
    const int margin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    return widest > 0 ? widest + 4 * margin : 0;
}

void ColumnFitter::fit()
{
    QHeaderView *header = m_header;
    const QAbstractItemView *view = m_view; // sizeHintForColumn() is public there
    const int columns = header->count();
    QList<int> natural(columns, 0);
    QList<int> floor(columns, 0);
    int fixed = 0;
    int flexible = 0;
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    for (int c = 0; c < columns; ++c) {
        if (header->isSectionHidden(c))
            continue;
        natural[c] = std::max(view->sizeHintForColumn(c), header->sectionSizeHint(c));
        if (m_shrinkable.contains(c)) {
            floor[c] = std::max(header->sectionSizeHint(c), 12 * charWidth);
            if (m_keepWordsWhole)
                floor[c] = std::max(floor[c], std::min(longestWord(c), 24 * charWidth));
            floor[c] = std::min(natural[c], floor[c]);
            flexible += natural[c];
        } else {
            fixed += natural[c];
        }
    }
    const int available = m_view->viewport()->width();
    // The level the shrinkable columns are cut to: the largest one at which
    // everything fits (or every one at its floor).
    int level = 0;
    for (int c : m_shrinkable)
        level = std::max(level, natural.value(c));
    // The fill column, what the table is mostly read for, keeps twice the level.
    const auto cut = [&](int c, int cap) {
        return std::clamp(c == m_fill ? 2 * cap : cap, floor[c], std::max(floor[c], natural[c]));
    };
    const auto widthAt = [&](int cap) {
        int sum = fixed;
        for (int c : m_shrinkable)
            if (c < columns && !header->isSectionHidden(c))
                sum += cut(c, cap);
        return sum;
    };
    if (widthAt(level) > available) {
        int low = 0;
        int high = level;
        while (low < high) {
            const int mid = (low + high + 1) / 2;
            if (widthAt(mid) <= available)
                low = mid;
            else
                high = mid - 1;
        }
        level = low;
    }
    int used = 0;
    QList<int> width(columns, 0);
    for (int c = 0; c < columns; ++c) {
        if (header->isSectionHidden(c))
            continue;
        width[c] = m_shrinkable.contains(c) ? cut(c, level) : natural[c];
        used += width[c];
    }
    if (m_fill >= 0 && m_fill < columns && !header->isSectionHidden(m_fill) && used < available)
        width[m_fill] += available - used;
    for (int c = 0; c < columns; ++c) {
        if (!header->isSectionHidden(c) && header->sectionSize(c) != width[c])
            header->resizeSection(c, width[c]);
    }
}

} // namespace Flowdesk
