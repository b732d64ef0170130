#pragma once

#include "transaction.h"

#include <QAbstractTableModel>

namespace Flowdesk {

// Identical failures grouped by signature, with their count and value at risk.
class ErrorGroupModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ErrorColumn, CountColumn, ValueColumn, ColumnCount };
    // SortRole: the value a column sorts by (the value column: the largest
    // single-currency amount).
    // WhatToDoRole: the site's advice for the group's error (empty when it gives none).
    enum Roles { SignatureRole = Qt::UserRole + 1, SortRole, WhatToDoRole };

    explicit ErrorGroupModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Groups that stay keep their row and only report changed cells.
    // Kept in the order of the last sort(), else in the server's order.
    void setGroups(const QList<ErrorGroup> &groups);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QList<ErrorGroup> groups() const { return m_groups; }
    ErrorGroup group(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &signature) const;

private:
    void sortGroups(QList<ErrorGroup> &groups) const;

    QList<ErrorGroup> m_groups;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

ErrorGroupModel *createErrorGroupModel(QObject *parent);

} // namespace Flowdesk
