#pragma once

#include "transaction.h"

#include <functional>
#include <QAbstractTableModel>
#include <QHash>

namespace Flowdesk {

// Failures grouped exactly (one flow, one code, one offending value) or by
// signature, with their count and value at risk. An exact group is labelled in
// business words: the flow's name, the offending value and its field; its
// tooltip names the signature level it lies in ("3 customers").
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

    // A refresh: a group that stays keeps its row with its new numbers, so that
    // a click lands on the group the person aimed at; one that went away leaves
    // its row; a new one comes in where the last sort() puts it among the rest
    // (else in the server's order). The rows re-sort only on sort().
    void setGroups(const QList<ErrorGroup> &groups);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QList<ErrorGroup> groups() const { return m_groups; }
    ErrorGroup group(const QModelIndex &index) const;
    // By ErrorGroup::key(): an exact group's key, else a signature.
    QModelIndex indexOf(const QString &key) const;
    // Flow id -> the flow's name, for the labels.
    void setFlowNames(const QHash<QString, QString> &names);
    // (flow id, JSON pointer) -> the field's name in the person's language
    // (the schema's title), empty when unknown; the labels name fields by it.
    using FieldNamer = std::function<QString(const QString &flowId, const QString &pointer)>;
    void setFieldNamer(FieldNamer namer);

private:
    bool sortsBefore(const ErrorGroup &a, const ErrorGroup &b) const;
    void sortGroups(QList<ErrorGroup> &groups) const;

    QString label(const ErrorGroup &g) const;
    // How many exact groups of the same signature are listed.
    int siblings(const ErrorGroup &g) const;

    QList<ErrorGroup> m_groups;
    QHash<QString, QString> m_flowNames;
    FieldNamer m_fieldNamer;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

ErrorGroupModel *createErrorGroupModel(QObject *parent);

} // namespace Flowdesk
