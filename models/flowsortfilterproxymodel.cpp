#include "flowsortfilterproxymodel.h"

#include "flowlistmodel.h"

namespace Flowdesk {

FlowSortFilterProxyModel::FlowSortFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setDynamicSortFilter(true);
}

Flow FlowSortFilterProxyModel::flow(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const auto *source = dynamic_cast<const FlowModelInterface *>(sourceModel());
    return source ? source->flow(mapToSource(index)) : Flow{};
}

QModelIndex FlowSortFilterProxyModel::index(const QString &flowId, int column) const
{
    const auto *source = dynamic_cast<const FlowModelInterface *>(sourceModel());
    return source ? mapFromSource(source->index(flowId, column)) : QModelIndex{};
}

void FlowSortFilterProxyModel::setOnlyWithExceptions(bool on)
{
    if (m_onlyWithExceptions == on)
        return;
    m_onlyWithExceptions = on;
    invalidateFilter();
}

bool FlowSortFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_onlyWithExceptions) {
        const auto *source = dynamic_cast<const FlowModelInterface *>(sourceModel());
        if (source) {
            const Flow f = source->flow(sourceModel()->index(sourceRow, 0, sourceParent));
            if (f.count(TransactionState::Failed) == 0 && f.stuckCount == 0)
                return false;
        }
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

QVariant FlowSortFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QVariant value = QSortFilterProxyModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < FlowListModel::FirstStateColumn)
        return value;
    QString text = value.toString();
    // The space nearest the middle breaks the line.
    int best = -1;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char(' ') && (best < 0 || qAbs(i - text.size() / 2) < qAbs(best - text.size() / 2)))
            best = i;
    }
    if (best > 0)
        text[best] = QLatin1Char('\n');
    return text;
}

} // namespace Flowdesk
