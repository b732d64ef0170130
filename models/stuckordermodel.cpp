#include "stuckordermodel.h"
#include "flowhealth.h"

#include "signalcolours.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#ifdef FLOWDESK_MODEL_TESTER
#include <QAbstractItemModelTester>
#endif

namespace Flowdesk {

StuckOrderModel::StuckOrderModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StuckOrderModel::setOrders(const QList<StuckOrder> &orders, int totalSize)
{
    // A plain reset: the list is small (one page) and its order changes as
    // orders become more overdue.
    beginResetModel();
    m_orders = orders;
    m_total = std::max(totalSize, int(orders.size()));
    endResetModel();
}

StuckOrder StuckOrderModel::order(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_orders.size())
        return {};
    return m_orders.at(index.row());
}

int StuckOrderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int StuckOrderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StuckOrderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StuckOrder &o = m_orders.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OverdueColumn: return formatWaitTime(o.overdueSeconds);
        case BusinessKeyColumn: return o.businessKey;
        case FlowColumn: return o.flowName.isEmpty() ? o.flowId : o.flowName;
        case PlantColumn: return o.plant.isEmpty() ? QString() : plantName(o.plant);
        case NextMilestoneColumn: return o.nextMilestone;
        case AgeColumn: return formatWaitTime(o.ageSeconds);
        case ValueColumn: return o.amountMinor != 0 ? formatMoney(o.amountMinor, o.currency) : QString();
        case StateColumn: return stateName(o.state);
        case ErrorColumn: return o.lastError;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case OverdueColumn: return o.overdueSeconds;
        case AgeColumn: return o.ageSeconds;
        case ValueColumn: return o.amountMinor;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case OverdueColumn:
            return tr("Past its SLA deadline (%1) by %2")
                .arg(formatDateTime(o.slaDeadline), formatWaitTime(o.overdueSeconds));
        case AgeColumn:
            return tr("Received %1").arg(formatDateTime(o.createTime));
        case ErrorColumn: return o.lastError;
        case NextMilestoneColumn: return tr("What should happen next: %1").arg(o.nextMilestone);
        case FlowColumn: return data(index, Qt::DisplayRole);
        case BusinessKeyColumn:
            return o.counterparty.isEmpty()
                ? tr("%1 on %2").arg(o.businessKey, o.flowName)
                : tr("%1 on %2, counterparty %3").arg(o.businessKey, o.flowName, o.counterparty);
        default: break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == OverdueColumn || index.column() == AgeColumn || index.column() == ValueColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == OverdueColumn && o.overdueSeconds >= 24 * 3600)
            return QBrush(Colours::text(Colours::Signal::Error));
        break;
    case TransactionIdRole: return o.transactionId;
    case OverdueSecondsRole: return o.overdueSeconds;
    default: break;
    }
    return {};
}

QVariant StuckOrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OverdueColumn: return tr("Overdue by");
    case BusinessKeyColumn: return tr("Order / document");
    case FlowColumn: return tr("Flow");
    case PlantColumn: return tr("Plant");
    case NextMilestoneColumn: return tr("Next step");
    case AgeColumn: return tr("Waiting");
    case ValueColumn: return tr("Value");
    case StateColumn: return tr("State");
    case ErrorColumn: return tr("Last error");
    }
    return {};
}

QByteArray StuckOrderModel::toCsv(CsvWriter::ByteOrderMark bom) const
{
    // Machine-readable columns: ISO times in UTC, seconds, the amount as a plain
    // number beside its currency, so that a spreadsheet can compute with them.
    CsvWriter csv(bom);
    csv.addHeader({tr("Transaction"), tr("Business key"), tr("Object type"), tr("Flow"), tr("Domain"), tr("Plant"),
                   tr("State"), tr("Received (UTC)"), tr("SLA deadline (UTC)"), tr("Overdue seconds"), tr("Next step"),
                   tr("Amount"), tr("Currency"), tr("Counterparty"), tr("Last error")});
    for (const StuckOrder &o : m_orders) {
        csv.addText(o.transactionId)
            .addText(o.businessKey)
            .addText(o.businessObjectType)
            .addText(o.flowName.isEmpty() ? o.flowId : o.flowName)
            .addText(o.domain)
            .addText(o.plant)
            .addText(stateName(o.state))
            .addDateTime(o.createTime)
            .addDateTime(o.slaDeadline)
            .addNumber(o.overdueSeconds)
            .addText(o.nextMilestone)
            .addAmount(o.amountMinor, o.currency)
            .addText(o.counterparty)
            .addText(o.lastError);
        csv.endRow();
    }
    return csv.takeData();
}

StuckOrderModel *createStuckOrderModel(QObject *parent)
{
    auto *model = new StuckOrderModel(parent);
#ifdef FLOWDESK_MODEL_TESTER
    // Owned by the model: it lives exactly as long as what it checks.
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
#endif
    return model;
}

} // namespace Flowdesk
