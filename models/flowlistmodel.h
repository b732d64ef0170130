#pragma once

#include "flowmodelinterface.h"

#include <QAbstractTableModel>

namespace Flowdesk {

// The flow catalogue with counts per state, one row per flow.
class FlowListModel : public QAbstractTableModel, public FlowModelInterface
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        DomainColumn,
        RouteColumn,
        FirstStateColumn,
        // One column per displayedStates() entry follows.
        StuckColumn = FirstStateColumn + 8,
        SlaColumn,
        ColumnCount
    };

    explicit FlowListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Flow flow(const QModelIndex &index) const override;
    using QAbstractTableModel::index;
    QModelIndex index(const QString &flowId, int column = 0) const override;

    // Replaces the catalogue. Rows of flows that stay keep their place and only
    // report changed cells, so that selections and scroll positions survive a refresh.
    void setFlows(const QList<Flow> &flows);
    QList<Flow> flows() const { return m_flows; }

    static TransactionState stateForColumn(int column);
    static int columnForState(TransactionState state);

private:
    QList<Flow> m_flows;
};

} // namespace Flowdesk
