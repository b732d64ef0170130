#pragma once

#include <QStyledItemDelegate>

namespace Flowdesk {

// Draws a flow's name in bold with its route (source → target) underneath, so
// that the table keeps room for the counts.
class FlowNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Two text lines plus padding.
    static int rowHeight(const QFontMetrics &fm);
};

} // namespace Flowdesk
