#include "errorgroupmodel.h"

#include <QLocale>

#ifdef FLOWDESK_MODEL_TESTER
#include <QAbstractItemModelTester>
#endif

namespace Flowdesk {

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
            return QStringLiteral("%1 · %2").arg(g.code, g.sampleMessage);
        case CountColumn: return QLocale().toString(g.count);
        case ValueColumn: return formatAmount(g.valueAtRiskMinor, g.currency);
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1\nCategory: %2\n%3 transactions, oldest %4")
            .arg(g.sampleMessage, errorCategoryName(g.category), QLocale().toString(g.count),
                 QLocale().toString(g.oldestTime.toLocalTime(), QLocale::ShortFormat));
    case Qt::TextAlignmentRole:
        if (index.column() != ErrorColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SignatureRole: return g.signature;
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

void ErrorGroupModel::setGroups(const QList<ErrorGroup> &groups)
{
    bool sameSignatures = groups.size() == m_groups.size();
    for (int i = 0; sameSignatures && i < groups.size(); ++i)
        sameSignatures = groups.at(i).signature == m_groups.at(i).signature;
    if (sameSignatures) {
        m_groups = groups;
        if (!m_groups.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

ErrorGroup ErrorGroupModel::group(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return m_groups.value(index.row());
}

QModelIndex ErrorGroupModel::indexOf(const QString &signature) const
{
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups.at(row).signature == signature)
            return index(row, 0);
    }
    return {};
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
