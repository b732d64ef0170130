#include "errorgroupmodel.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

#ifdef FLOWDESK_MODEL_TESTER
#include <QAbstractItemModelTester>
#endif

namespace Flowdesk {

namespace {

// Per currency, largest first; a server without the per-currency list still
// gives its single figure.
QList<CurrencyAmount> valuesOf(const ErrorGroup &g)
{
    QList<CurrencyAmount> values = g.valuesAtRisk;
    if (values.isEmpty() && g.valueAtRiskMinor != 0)
        values << CurrencyAmount{g.currency, g.valueAtRiskMinor};
    std::stable_sort(values.begin(), values.end(), [](const CurrencyAmount &a, const CurrencyAmount &b) {
        return a.amountMinor > b.amountMinor;
    });
    return values;
}

qint64 largestAmount(const ErrorGroup &g)
{
    const QList<CurrencyAmount> values = valuesOf(g);
    return values.isEmpty() ? 0 : values.first().amountMinor;
}

QString valueText(const ErrorGroup &g)
{
    const QList<CurrencyAmount> values = valuesOf(g);
    if (values.isEmpty())
        return {};
    const QString first = formatAmount(values.first().amountMinor, values.first().currency);
    if (values.size() == 1)
        return first;
    return ErrorGroupModel::tr("%1 + %n more", "further currencies of an error group's value", int(values.size() - 1))
        .arg(first);
}

QString valueToolTip(const ErrorGroup &g)
{
    const QList<CurrencyAmount> values = valuesOf(g);
    if (values.isEmpty())
        return ErrorGroupModel::tr("No amount at risk");
    QStringList lines;
    lines << ErrorGroupModel::tr("Value at risk per currency:");
    for (const CurrencyAmount &v : values)
        lines << formatAmount(v.amountMinor, v.currency);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ErrorGroupModel::ErrorGroupModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ErrorGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int ErrorGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ErrorGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ErrorGroup &g = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ErrorColumn:
            return label(g);
        case CountColumn: return QLocale().toString(g.count);
        case ValueColumn: return valueText(g);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case ErrorColumn: return g.code;
        case CountColumn: return g.count;
        case ValueColumn: return largestAmount(g);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn)
            return valueToolTip(g);
    {
        QString tip = tr("%1\nCategory: %2\n%3 transactions, oldest %4")
                          .arg(g.sampleMessage, errorCategoryName(g.category), QLocale().toString(g.count),
                               QLocale().toString(g.oldestTime.toLocalTime(), QLocale::ShortFormat));
        if (!g.offendingValue.isEmpty() && siblings(g) > 1)
            tip = tr("One of %n different values of this error on this flow; each is its own group.", nullptr,
                     siblings(g))
                + QStringLiteral("\n") + tip;
        if (!g.whatToDo.isEmpty())
            tip = tr("What to do: %1").arg(g.whatToDo) + QStringLiteral("\n\n") + tip;
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() != ErrorColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SignatureRole: return g.key();
    case WhatToDoRole: return g.whatToDo;
    }
    return {};
}

QVariant ErrorGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ErrorColumn: return tr("Error group");
    case CountColumn: return tr("Count");
    case ValueColumn: return tr("Value at risk");
    }
    return {};
}

bool ErrorGroupModel::sortsBefore(const ErrorGroup &a, const ErrorGroup &b) const
{
    const auto less = [this](const ErrorGroup &x, const ErrorGroup &y) {
        switch (m_sortColumn) {
        case ErrorColumn: return x.code < y.code;
        case CountColumn: return x.count < y.count;
        case ValueColumn: return largestAmount(x) < largestAmount(y);
        }
        return false;
    };
    return m_sortOrder == Qt::AscendingOrder ? less(a, b) : less(b, a);
}

void ErrorGroupModel::sortGroups(QList<ErrorGroup> &groups) const
{
    if (m_sortColumn < 0)
        return;
    std::stable_sort(groups.begin(), groups.end(),
                     [this](const ErrorGroup &a, const ErrorGroup &b) { return sortsBefore(a, b); });
}

void ErrorGroupModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList signatures;
    for (const QModelIndex &i : before)
        signatures << m_groups.at(i.row()).key();
    sortGroups(m_groups);
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after << index(indexOf(signatures.at(i)).row(), before.at(i).column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ErrorGroupModel::setGroups(const QList<ErrorGroup> &incoming)
{
    if (m_groups.isEmpty()) {
        if (incoming.isEmpty())
            return;
        QList<ErrorGroup> groups = incoming;
        sortGroups(groups);
        beginResetModel();
        m_groups = groups;
        endResetModel();
        return;
    }
    QHash<QString, int> incomingAt;
    for (int i = 0; i < incoming.size(); ++i)
        incomingAt.insert(incoming.at(i).key(), i);

    // A group that went away leaves its row.
    for (int row = int(m_groups.size()) - 1; row >= 0; --row) {
        if (incomingAt.contains(m_groups.at(row).key()))
            continue;
        beginRemoveRows({}, row, row);
        m_groups.removeAt(row);
        endRemoveRows();
    }
    // A group that stays keeps its row, with its new numbers.
    QSet<QString> listed;
    for (ErrorGroup &g : m_groups) {
        const QString key = g.key();
        g = incoming.at(incomingAt.value(key));
        listed.insert(key);
    }
    if (!m_groups.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1));
    // A new group comes in where the chosen sort (else the server's order) puts
    // it among the rest.
    QList<ErrorGroup> fresh;
    for (const ErrorGroup &g : incoming) {
        if (!listed.contains(g.key()))
            fresh << g;
    }
    sortGroups(fresh);
    for (const ErrorGroup &g : fresh) {
        // After the last listed group that comes before it, so that new groups
        // gather below rather than push the list down.
        int row = int(m_groups.size());
        const int at = incomingAt.value(g.key());
        while (row > 0 && (m_sortColumn >= 0 ? sortsBefore(g, m_groups.at(row - 1))
                                              : incomingAt.value(m_groups.at(row - 1).key()) > at))
            --row;
        beginInsertRows({}, row, row);
        m_groups.insert(row, g);
        endInsertRows();
    }
}

ErrorGroup ErrorGroupModel::group(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return m_groups.value(index.row());
}

QModelIndex ErrorGroupModel::indexOf(const QString &key) const
{
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups.at(row).key() == key)
            return index(row, 0);
    }
    return {};
}

void ErrorGroupModel::setFlowNames(const QHash<QString, QString> &names)
{
    m_flowNames = names;
    if (!m_groups.isEmpty())
        emit dataChanged(index(0, ErrorColumn), index(int(m_groups.size()) - 1, ErrorColumn));
}

void ErrorGroupModel::setFieldNamer(FieldNamer namer)
{
    m_fieldNamer = std::move(namer);
    if (!m_groups.isEmpty())
        emit dataChanged(index(0, ErrorColumn), index(int(m_groups.size()) - 1, ErrorColumn));
}

int ErrorGroupModel::siblings(const ErrorGroup &g) const
{
    return int(std::count_if(m_groups.cbegin(), m_groups.cend(), [&](const ErrorGroup &o) {
        return o.signature == g.signature && !o.offendingValue.isEmpty();
    }));
}

QString ErrorGroupModel::label(const ErrorGroup &g) const
{
    const QString flow = m_flowNames.value(g.flowId, g.flowId);
    // The error in the person's words when the backend explained it.
    const QString message = g.explanation.text().isEmpty() ? g.sampleMessage : g.explanation.text();
    if (g.offendingValue.isEmpty())
        return tr("%1 · %2", "flow name, error message of an error group").arg(flow, message);
    // The field as the form names it ("Unit"), else its last name ("uom" of
    // /lines/3/uom), as the payload names it.
    QString field = m_fieldNamer && !g.fieldPath.isEmpty() ? m_fieldNamer(g.flowId, g.fieldPath) : QString();
    if (field.isEmpty())
        field = g.fieldPath.section(QLatin1Char('/'), -1);
    if (field.isEmpty())
        return tr("%1 · \"%2\" · %3", "flow name, offending value, error message")
            .arg(flow, g.offendingValue, message);
    return tr("%1 · %2 \"%3\" · %4", "flow name, field, offending value, error message")
        .arg(flow, field, g.offendingValue, message);
}

ErrorGroupModel *createErrorGroupModel(QObject *parent)
{
    auto *model = new ErrorGroupModel(parent);
#ifdef FLOWDESK_MODEL_TESTER
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
#endif
    return model;
}

} // namespace Flowdesk
