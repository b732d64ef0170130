#pragma once

#include <QList>
#include <QObject>

class QAbstractItemView;
class QHeaderView;

namespace Flowdesk {

// Keeps a table's columns within the width of its view: every column as wide as
// its contents while they fit; when they do not, the long-text columns named
// (a flow's name, an error, an endpoint) give up width, the widest first, down
// to a floor, their text elided with the whole of it in the cell's tooltip; the
// fill column, if it is one of them, keeps twice the width of the others. The
// room left over goes to the fill column. Refits when the view's width changes
// and when rows come or go; a column the person drags keeps its width until the
// next refit.
class ColumnFitter : public QObject
{
    Q_OBJECT
public:
    // A table's columns (its horizontal header) or a tree's (its header).
    ColumnFitter(QAbstractItemView *view, QHeaderView *header, QList<int> shrinkable, int fill);

    // For views whose text wraps: a shrinkable column keeps the width of its
    // longest word (up to a limit), so that no word breaks in the middle.
    void setKeepWordsWhole(bool keep) { m_keepWordsWhole = keep; }

    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    QHeaderView *m_header;
    QObject *m_viewport;
    QList<int> m_shrinkable;
    int m_fill;
    bool m_pending = false;
    bool m_keepWordsWhole = false;
    int longestWord(int column) const;
    void scheduleFit();
};

} // namespace Flowdesk
