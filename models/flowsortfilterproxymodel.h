#pragma once

#include "flowmodelinterface.h"

#include <QSortFilterProxyModel>

namespace Flowdesk {

// Sorts flows numerically by count and filters them by text (name, domain, systems).
// The catalogue is small (a few dozen flows), so this happens in the console.
class FlowSortFilterProxyModel : public QSortFilterProxyModel, public FlowModelInterface
{
    Q_OBJECT
public:
    explicit FlowSortFilterProxyModel(QObject *parent = nullptr);

    Flow flow(const QModelIndex &index) const override;
    using QSortFilterProxyModel::index;
    QModelIndex index(const QString &flowId, int column = 0) const override;

    // The counts' headers of two words take two lines (narrow columns).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setOnlyWithExceptions(bool on);
    bool onlyWithExceptions() const { return m_onlyWithExceptions; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyWithExceptions = false;
};

} // namespace Flowdesk
