#include "flownamedelegate.h"

#include "flowlistmodel.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPainter>

namespace Flowdesk {

namespace {
constexpr int HPadding = 6;
constexpr int VPadding = 5;

// Under the name: the route, the owning domain and the SLA (they have no
// columns of their own, so that every count fits beside them on a laptop).
QString subline(const QModelIndex &index)
{
    QStringList parts{index.siblingAtColumn(FlowListModel::RouteColumn).data().toString()};
    const QString domain = index.siblingAtColumn(FlowListModel::DomainColumn).data().toString();
    if (!domain.isEmpty())
        parts << domain;
    const QString sla = index.siblingAtColumn(FlowListModel::SlaColumn).data().toString();
    if (!sla.isEmpty())
        parts << QCoreApplication::translate("Flowdesk::FlowNameDelegate", "SLA %1").arg(sla);
    return parts.join(QStringLiteral(" · "));
}
} // namespace

int FlowNameDelegate::rowHeight(const QFontMetrics &fm)
{
    return 2 * fm.height() + 2 * VPadding + 2;
}

void FlowNameDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    const QString route = subline(index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect r = opt.rect.adjusted(HPadding, VPadding, -HPadding, -VPadding);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;

    painter->save();
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    painter->setFont(bold);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect top(r.left(), r.top(), r.width(), boldMetrics.height());
    painter->drawText(top, Qt::AlignLeft | Qt::AlignVCenter, boldMetrics.elidedText(name, Qt::ElideRight, r.width()));

    QFont small = option.font;
    const QFontMetrics smallMetrics(small);
    painter->setFont(small);
    QColor secondary = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    if (!selected)
        secondary.setAlpha(150);
    painter->setPen(secondary);
    const QRect bottom(r.left(), top.bottom() + 2, r.width(), smallMetrics.height());
    painter->drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter, smallMetrics.elidedText(route, Qt::ElideRight, r.width()));
    painter->restore();
}

QSize FlowNameDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QString name = index.data().toString();
    const QString route = subline(index);
    const int width = std::max(boldMetrics.horizontalAdvance(name), option.fontMetrics.horizontalAdvance(route));
    return {width + 2 * HPadding + 4, rowHeight(option.fontMetrics)};
}

} // namespace Flowdesk
