#include "flowlistmodel.h"

#include "signalcolours.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace Flowdesk {

FlowListModel::FlowListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int FlowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_flows.size());
}

int FlowListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

TransactionState FlowListModel::stateForColumn(int column)
{
    const int i = column - FirstStateColumn;
    if (i < 0 || i >= int(displayedStates().size()))
        return TransactionState::Unspecified;
    return displayedStates()[size_t(i)];
}

int FlowListModel::columnForState(TransactionState state)
{
    const auto &states = displayedStates();
    for (size_t i = 0; i < states.size(); ++i) {
        if (states[i] == state)
            return FirstStateColumn + int(i);
    }
    return -1;
}

QVariant FlowListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Flow &f = m_flows.at(index.row());
    const int column = index.column();
    const TransactionState state = stateForColumn(column);

    if (role == FlowIdRole)
        return f.id;
    if (role == StateRole)
        return state == TransactionState::Unspecified ? -1 : int(state);
    if (role == AttentionRole) {
        if (column == StuckColumn)
            return f.stuckCount > 0;
        if (state == TransactionState::Failed)
            return f.count(state) > 0;
        return false;
    }

    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case NameColumn: return f.name;
        case DomainColumn: return domainName(f.domain);
        case RouteColumn:
            return tr("%1 → %2").arg(f.sourceSystem, f.targetSystem);
        case StuckColumn:
            return role == SortRole ? QVariant(f.stuckCount) : QVariant(QLocale().toString(f.stuckCount));
        case SlaColumn:
            return role == SortRole ? QVariant(f.slaSeconds) : QVariant(formatDuration(f.slaSeconds));
        default:
            if (state != TransactionState::Unspecified) {
                const qint64 n = f.count(state);
                return role == SortRole ? QVariant(n) : QVariant(QLocale().toString(n));
            }
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            return f.description.isEmpty() ? f.name : tr("%1\n%2").arg(f.name, f.description);
        case RouteColumn:
            return tr("%1 from %2 to %3").arg(f.businessObjectType, f.sourceSystem, f.targetSystem);
        case StuckColumn:
            return tr("Not delivered within the SLA: %1").arg(QLocale().toString(f.stuckCount));
        case SlaColumn:
            return tr("Transactions must be delivered within %1").arg(formatDuration(f.slaSeconds));
        default:
            if (state != TransactionState::Unspecified)
                return tr("%1: %2").arg(stateName(state), stateDescription(state));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column >= FirstStateColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if ((state != TransactionState::Unspecified && f.count(state) == 0)
            || (column == StuckColumn && f.stuckCount == 0))
            return QBrush(Colours::muted());
        if (column == StuckColumn)
            return QBrush(Colours::text(Colours::Signal::Error));
        if (state == TransactionState::Failed && f.count(state) > 0)
            return QBrush(Colours::text(Colours::Signal::Error));
        return {};
    case Qt::BackgroundRole:
        if (column == StuckColumn && f.stuckCount > 0)
            return QBrush(Colours::background(Colours::Signal::Error));
        return {};
    case Qt::FontRole:
        if ((column == StuckColumn && f.stuckCount > 0) || column == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    return {};
}

QVariant FlowListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const TransactionState state = stateForColumn(section);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("Flow");
        case DomainColumn: return tr("Domain");
        case RouteColumn: return tr("Route");
        case StuckColumn: return tr("Stuck");
        case SlaColumn: return tr("SLA");
        default: return stateShortName(state);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn: return tr("Integration route");
        case DomainColumn: return tr("Business domain that owns the flow");
        case RouteColumn: return tr("Source system → target system");
        case StuckColumn: return tr("Transactions not delivered within the flow's SLA, whatever their state");
        case SlaColumn: return tr("Time within which a transaction must be delivered");
        default: return tr("%1: %2").arg(stateName(state), stateDescription(state));
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section >= FirstStateColumn ? Qt::AlignRight | Qt::AlignVCenter
                                                               : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == StateRole)
        return state == TransactionState::Unspecified ? -1 : int(state);
    return QAbstractTableModel::headerData(section, orientation, role);
}

Flow FlowListModel::flow(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_flows.size())
        return {};
    return m_flows.at(index.row());
}

QModelIndex FlowListModel::index(const QString &flowId, int column) const
{
    for (int row = 0; row < m_flows.size(); ++row) {
        if (m_flows.at(row).id == flowId)
            return index(row, column);
    }
    return {};
}

void FlowListModel::setFlows(const QList<Flow> &flows)
{
    bool sameIds = flows.size() == m_flows.size();
    for (int i = 0; sameIds && i < flows.size(); ++i)
        sameIds = flows.at(i).id == m_flows.at(i).id;

    if (!sameIds) {
        beginResetModel();
        m_flows = flows;
        endResetModel();
        return;
    }
    for (int row = 0; row < flows.size(); ++row) {
        if (flows.at(row) == m_flows.at(row))
            continue;
        m_flows[row] = flows.at(row);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

} // namespace Flowdesk
