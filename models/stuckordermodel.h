#pragma once

#include "csvwriter.h"
#include "flowhealth.h"

#include <QAbstractTableModel>

namespace Flowdesk {

// Stuck orders in the backend's order (most overdue first). Read-only; the whole
// list is replaced on every refresh, rows that stay keep their place.
class StuckOrderModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        OverdueColumn,
        BusinessKeyColumn,
        FlowColumn,
        NextMilestoneColumn,
        ErrorColumn,
        AgeColumn,
        ValueColumn,
        StateColumn,
        PlantColumn,
        ColumnCount
    };
    enum Role {
        TransactionIdRole = Qt::UserRole + 1,
        SortRole,        // numbers for numeric columns
        OverdueSecondsRole,
    };

    explicit StuckOrderModel(QObject *parent = nullptr);

    void setOrders(const QList<StuckOrder> &orders, int totalSize);
    QList<StuckOrder> orders() const { return m_orders; }
    StuckOrder order(const QModelIndex &index) const;
    // Stuck orders in scope, also those beyond the loaded page.
    int totalSize() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The table as CSV (header line, then one line per order; see CsvWriter), for export.
    QByteArray toCsv(CsvWriter::ByteOrderMark bom = CsvWriter::ByteOrderMark::Without) const;

private:
    QList<StuckOrder> m_orders;
    int m_total = 0;
};

// With FLOWDESK_MODEL_TESTER a QAbstractItemModelTester watches the model.
StuckOrderModel *createStuckOrderModel(QObject *parent);

} // namespace Flowdesk
