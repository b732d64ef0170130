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

} // namespace Flowdesk
