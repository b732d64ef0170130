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
    enum Roles { SignatureRole = Qt::UserRole + 1 };

    explicit ErrorGroupModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Groups that stay keep their row and only report changed cells.
    void setGroups(const QList<ErrorGroup> &groups);
    QList<ErrorGroup> groups() const { return m_groups; }
    ErrorGroup group(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &signature) const;

private:
    QList<ErrorGroup> m_groups;
};

ErrorGroupModel *createErrorGroupModel(QObject *parent);

} // namespace Flowdesk
