#include "auditlogmodel.h"
#include "flowhealth.h"

#include <QLocale>

#ifdef FLOWDESK_MODEL_TESTER
#include <QAbstractItemModelTester>
#endif

namespace Flowdesk {

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == EntryRole)
        return QVariant::fromValue(e);
    if (role == SequenceRole)
        return e.sequence;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn: {
            // The reader's date order, with the full year and the seconds an audit needs.
            return QLocale().toString(e.time.toLocalTime(), dateFormatFullYear() + QStringLiteral(" HH:mm:ss"));
        }
        case ActorColumn: return e.role.isEmpty() ? e.actor : tr("%1 (%2)").arg(e.actor, auditRoleName(e.role));
        case ActionColumn: return auditActionName(e);
        case TargetColumn: return auditTargetName(e);
        case ReasonColumn: return e.reason;
        case DetailColumn: {
            // An edit reads field by field; a server that sends no changes, as its diff.
            const QString change = !e.fieldChanges.isEmpty() ? auditChangesText(e) : e.diffJson;
            const QString detail = e.detailText();
            return change.isEmpty() ? detail : (detail.isEmpty() ? change : detail + QStringLiteral(" · ") + change);
        }
        case SequenceColumn: return e.sequence;
        default: break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ActionColumn: return e.action;
        case TimeColumn: return QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat);
        case TargetColumn: return e.businessKey.isEmpty() ? QVariant() : QVariant(e.targetType + QLatin1Char(' ') + e.targetId);
        case DetailColumn:
        case ReasonColumn: return data(index, Qt::DisplayRole);
        case SequenceColumn:
            return tr("Entry %1, hash %2, previous %3").arg(e.sequence).arg(e.hash.left(16), e.prevHash.left(16));
        default: break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == SequenceColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case ActorColumn: return tr("Who");
    case ActionColumn: return tr("Action");
    case TargetColumn: return tr("Target");
    case ReasonColumn: return tr("Reason");
    case DetailColumn: return tr("Details");
    case SequenceColumn: return tr("#");
    default: break;
    }
    return {};
}

bool AuditLogModel::requestMore()
{
    if (m_loading || m_nextPageToken.isEmpty())
        return false;
    m_loading = true;
    emit moreRequested(m_nextPageToken);
    return true;
}

void AuditLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_nextPageToken.clear();
    m_totalSize = 0;
    m_loading = true;
    endResetModel();
}

void AuditLogModel::appendPage(const AuditEntryPage &page)
{
    m_loading = false;
    m_nextPageToken = page.nextPageToken;
    m_totalSize = page.totalSize;
    if (page.entries.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(page.entries.size()) - 1);
    m_entries.append(page.entries);
    endInsertRows();
}

AuditEntry AuditLogModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    return m_entries.at(index.row());
}

int AuditLogModel::rowOfSequence(qint64 sequence) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).sequence == sequence)
            return i;
    }
    return -1;
}

QByteArray AuditLogModel::toCsv(CsvWriter::ByteOrderMark bom) const
{
    CsvWriter csv(bom);
    csv.addHeader({QStringLiteral("sequence"), QStringLiteral("time_utc"), QStringLiteral("actor"), QStringLiteral("role"),
                   QStringLiteral("action"), QStringLiteral("target_type"), QStringLiteral("target_id"),
                   QStringLiteral("reason"), QStringLiteral("detail"), QStringLiteral("diff_json"),
                   QStringLiteral("request_id"), QStringLiteral("hash"), QStringLiteral("prev_hash")});
    for (const AuditEntry &e : m_entries) {
        csv.addNumber(e.sequence).addDateTime(e.time, Qt::ISODateWithMs);
        for (const QString *text : {&e.actor, &e.role, &e.action, &e.targetType, &e.targetId, &e.reason, &e.detail,
                                    &e.diffJson, &e.requestId, &e.hash, &e.prevHash})
            csv.addText(*text);
        csv.endRow();
    }
    return csv.takeData();
}

AuditLogModel *createAuditLogModel(QObject *parent)
{
    auto *model = new AuditLogModel(parent);
#ifdef FLOWDESK_MODEL_TESTER
    // Owned by the model: it lives exactly as long as what it checks.
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
#endif
    return model;
}

} // namespace Flowdesk
