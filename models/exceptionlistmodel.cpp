#include "exceptionlistmodel.h"
#include "flowhealth.h"

#include "signalcolours.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QTimer>

#ifdef FLOWDESK_MODEL_TESTER
#include <QAbstractItemModelTester>
#endif

#include <memory>

namespace Flowdesk {

namespace {
constexpr int MaxRowsPerBatch = 100;
}

ExceptionListModel::ExceptionListModel(TransactionSource *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
    , m_coalesce(new QTimer(this))
{
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(300);
    connect(m_coalesce, &QTimer::timeout, this, &ExceptionListModel::flushChanged);
}

int ExceptionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExceptionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExceptionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Transaction &t = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case BusinessKeyColumn: {
            const QString sync = m_syncState ? m_syncState(t.id) : QString();
            return sync.isEmpty() ? t.businessKey : QStringLiteral("%1 (%2)").arg(t.businessKey, sync);
        }
        case FlowColumn: return t.flowName.isEmpty() ? t.flowId : t.flowName;
        case CounterpartyColumn: return t.counterparty;
        case AmountColumn: return amountText(t);
        case PlantColumn: return t.plant;
        case AgeColumn:
            return t.createTime.isValid()
                ? formatElapsed(t.createTime.secsTo(QDateTime::currentDateTimeUtc()))
                : QString();
        case DueColumn:
            return t.dueTime.isValid() ? formatDate(t.dueTime.toLocalTime().date())
                                       : QString();
        case ErrorColumn: {
            // In the person's words when the backend explained it; else the target's.
            const QString explanation = t.error.explanation.text();
            if (!explanation.isEmpty())
                return explanation;
            return t.error.code.isEmpty() ? t.error.message
                                          : QStringLiteral("%1: %2").arg(t.error.code, t.error.message);
        }
        case TriageColumn: return triageStatusName(t.triageStatus);
        case AssigneeColumn: return t.assignee.isEmpty() ? tr("Unassigned") : t.assignee;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case BusinessKeyColumn: {
            const QString sync = m_syncState ? m_syncState(t.id) : QString();
            return sync.isEmpty() ? t.businessKey
                                  : tr("%1\nChanges made offline wait to be sent to the server (%2)")
                                        .arg(t.businessKey, sync);
        }
        case ErrorColumn:
            return QStringLiteral("%1 · %2\n%3").arg(errorCategoryName(t.error.category), t.error.code, t.error.message);
        case AgeColumn:
            return t.stuck ? tr("Received %1; past its SLA and not delivered yet")
                                 .arg(formatDateTime(t.createTime))
                           : tr("Received %1").arg(formatDateTime(t.createTime));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == AgeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == AssigneeColumn && t.assignee.isEmpty())
            return QBrush(Colours::muted());
        if (index.column() == BusinessKeyColumn && m_syncState && !m_syncState(t.id).isEmpty())
            return QBrush(Colours::text(Colours::Signal::Warning));
        if (index.column() == AgeColumn && t.stuck)
            return QBrush(Colours::text(Colours::Signal::Error));
        return {};
    case Qt::FontRole:
        if (index.column() == BusinessKeyColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case TransactionIdRole: return t.id;
    case BusinessKeyRole: return t.businessKey;
    case StuckRole: return t.stuck;
    case SyncStateRole: return m_syncState ? m_syncState(t.id) : QString();
    }
    return {};
}

QVariant ExceptionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case BusinessKeyColumn: return tr("Business key");
        case FlowColumn: return tr("Flow");
        case CounterpartyColumn: return tr("Counterparty");
        case AmountColumn: return tr("Amount");
        case PlantColumn: return tr("Plant");
        case AgeColumn: return tr("Age");
        case DueColumn: return tr("Due");
        case ErrorColumn: return tr("Error");
        case TriageColumn: return tr("Triage");
        case AssigneeColumn: return tr("Assignee");
        }
    }
    if (role == Qt::ToolTipRole && section == AgeColumn)
        return tr("Time since the transaction arrived; red when past its SLA");
    return {};
}

bool ExceptionListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_nextToken.isEmpty() && !m_fetching;
}

void ExceptionListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void ExceptionListModel::setQuery(const TransactionQuery &query)
{
    ++m_generation;
    beginResetModel();
    m_query = query;
    m_rows.clear();
    m_shown.clear();
    m_nextToken.clear();
    m_total = 0;
    m_error.clear();
    m_loadedOnce = false;
    m_showingSaved = false;
    m_fetching = false;
    endResetModel();
    m_changed.clear();
    if (m_hold)
        emit heldCountChanged(0);
    if (!m_pendingNew.isEmpty()) {
        m_pendingNew.clear();
        emit pendingNewCountChanged(0);
    }
    if (m_source) {
        // Cache-first: the saved first page is on screen until the backend answers.
        const int generation = m_generation;
        m_source->fetchSavedPage(m_query, this, [this, generation](const QString &error, const QList<Transaction> &rows,
                                                                   const QString &, int total) {
            if (generation != m_generation || m_loadedOnce || !error.isEmpty() || !m_rows.isEmpty())
                return;
            m_showingSaved = true;
            m_total = total;
            if (!rows.isEmpty()) {
                beginInsertRows({}, 0, int(rows.size()) - 1);
                m_rows = rows;
                countShown(rows, +1);
                endInsertRows();
            }
            emit pageLoaded();
        });
    }
    requestPage();
}

void ExceptionListModel::setSyncStateProvider(std::function<QString(const QString &)> provider)
{
    m_syncState = std::move(provider);
    refreshSyncStates();
}

void ExceptionListModel::refreshSyncStates()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void ExceptionListModel::requestPage()
{
    if (!m_source)
        return;
    m_fetching = true;
    const int generation = m_generation;
    const QString token = m_nextToken;
    m_source->fetchPage(m_query, token, m_pageSize, this,
                        [this, generation](const QString &error, const QList<Transaction> &rows,
                                           const QString &nextToken, int total) {
        if (generation != m_generation)
            return; // an answer for a query no longer shown
        m_fetching = false;
        if (!error.isEmpty()) {
            m_error = error;
            emit loadFailed(error);
            return;
        }
        m_error.clear();
        if (m_showingSaved) {
            // The backend's answer replaces the saved rows.
            m_showingSaved = false;
            if (!m_rows.isEmpty()) {
                ++m_removingRows;
                beginRemoveRows({}, 0, int(m_rows.size()) - 1);
                m_rows.clear();
                m_shown.clear();
                endRemoveRows();
                --m_removingRows;
            }
        }
        m_loadedOnce = true;
        m_total = total;
        m_nextToken = nextToken;
        // A live insert may already have brought some of these rows in.
        QList<Transaction> fresh;
        fresh.reserve(rows.size());
        for (const Transaction &t : rows) {
            if (!indexOf(t.id).isValid())
                fresh << t;
        }
        if (!fresh.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(fresh.size()) - 1);
            m_rows.append(fresh);
            countShown(fresh, +1);
            endInsertRows();
        }
        bool pendingChanged = false;
        for (const Transaction &t : fresh)
            pendingChanged = m_pendingNew.remove(t.id) || pendingChanged;
        if (pendingChanged)
            emit pendingNewCountChanged(int(m_pendingNew.size()));
        emit pageLoaded();
    });
}

Transaction ExceptionListModel::transaction(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return m_rows.value(index.row());
}

void ExceptionListModel::countShown(const QList<Transaction> &rows, int delta)
{
    for (const Transaction &t : rows) {
        int &n = m_shown[t.id];
        n += delta;
        if (n <= 0)
            m_shown.remove(t.id);
    }
}

QModelIndex ExceptionListModel::indexOf(const QString &id, int column) const
{
    if (!m_shown.contains(id))
        return {};
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return index(row, column);
    }
    return {};
}

void ExceptionListModel::noteChanged(const QString &transactionId)
{
    if (transactionId.isEmpty())
        return;
    const auto before = m_changed.size();
    m_changed.insert(transactionId);
    if (m_hold) {
        if (m_changed.size() != before)
            emit heldCountChanged(int(m_changed.size()));
        return;
    }
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

void ExceptionListModel::setHoldUpdates(bool hold)
{
    if (m_hold == hold)
        return;
    m_hold = hold;
    if (hold) {
        m_coalesce->stop();
        if (!m_changed.isEmpty())
            emit heldCountChanged(int(m_changed.size()));
        return;
    }
    emit heldCountChanged(0);
    if (!m_changed.isEmpty())
        flushChanged();
}

void ExceptionListModel::setCoalesceInterval(int ms)
{
    m_coalesce->setInterval(ms);
}

void ExceptionListModel::flushChanged()
{
    if (m_changed.isEmpty() || !m_source || m_hold)
        return;
    QStringList ids;
    for (auto it = m_changed.begin(); it != m_changed.end() && ids.size() < MaxRowsPerBatch;)
    {
        ids << *it;
        it = m_changed.erase(it);
    }
    if (!m_changed.isEmpty())
        m_coalesce->start(); // the rest follows in the next batch

    struct Batch
    {
        int outstanding = 0;
        QList<Transaction> rows;
        QStringList gone;
    };
    auto batch = std::make_shared<Batch>();
    batch->outstanding = int(ids.size());
    const int generation = m_generation;
    for (const QString &id : ids) {
        m_source->fetchRow(id, this, [this, batch, generation, id](const QString &error, bool gone,
                                                                   const Transaction &row) {
            if (gone)
                batch->gone << id;
            else if (error.isEmpty())
                batch->rows << row;
            if (--batch->outstanding != 0 || generation != m_generation)
                return;
            if (m_hold) {
                // Answered after the pointer came onto the list: waits with the rest.
                for (const Transaction &t : std::as_const(batch->rows))
                    m_changed.insert(t.id);
                for (const QString &goneId : std::as_const(batch->gone))
                    m_changed.insert(goneId);
                emit heldCountChanged(int(m_changed.size()));
                return;
            }
            applyBatch(batch->rows, batch->gone);
        });
    }
}

void ExceptionListModel::applyBatch(const QList<Transaction> &rows, const QStringList &gone)
{
    bool pendingChanged = false;
    auto removeId = [this](const QString &id) {
        const QModelIndex idx = indexOf(id);
        if (!idx.isValid())
            return;
        ++m_removingRows;
        beginRemoveRows({}, idx.row(), idx.row());
        countShown({m_rows.at(idx.row())}, -1);
        m_rows.removeAt(idx.row());
        endRemoveRows();
        --m_removingRows;
        m_total = std::max(0, m_total - 1);
    };
    for (const QString &id : gone) {
        removeId(id);
        pendingChanged = m_pendingNew.remove(id) || pendingChanged;
    }
    for (const Transaction &t : rows) {
        const QModelIndex idx = indexOf(t.id);
        if (!matches(t)) {
            removeId(t.id);
            pendingChanged = m_pendingNew.remove(t.id) || pendingChanged;
            continue;
        }
        if (idx.isValid()) {
            // Stays where it is: a row that moves under the pointer is worse than
            // a rank that is a little off until the next reload.
            m_rows[idx.row()] = t;
            emit dataChanged(index(idx.row(), 0), index(idx.row(), ColumnCount - 1));
            continue;
        }
        const int rank = rankOf(t);
        if (rank < m_rows.size() || m_nextToken.isEmpty()) {
            beginInsertRows({}, rank, rank);
            m_rows.insert(rank, t);
            countShown({t}, +1);
            endInsertRows();
            ++m_total;
            pendingChanged = m_pendingNew.remove(t.id) || pendingChanged;
        } else if (!m_pendingNew.contains(t.id)) {
            m_pendingNew.insert(t.id);
            pendingChanged = true;
        }
    }
    if (pendingChanged)
        emit pendingNewCountChanged(int(m_pendingNew.size()));
    emit liveBatchApplied();
}

void ExceptionListModel::applyRow(const Transaction &row)
{
    if (m_hold) {
        // The new content in place; whether it stays in the list is decided on release.
        if (const QModelIndex idx = indexOf(row.id); idx.isValid()) {
            m_rows[idx.row()] = row;
            emit dataChanged(index(idx.row(), 0), index(idx.row(), ColumnCount - 1));
        }
        noteChanged(row.id);
        return;
    }
    applyBatch({row}, {});
}

bool ExceptionListModel::matches(const Transaction &t) const
{
    const TransactionQuery &q = m_query;
    if (!q.states.isEmpty() && !q.states.contains(t.state))
        return false;
    if (!q.flowIds.isEmpty() && !q.flowIds.contains(t.flowId))
        return false;
    if (!q.plants.isEmpty() && !q.plants.contains(t.plant))
        return false;
    if (!q.domains.isEmpty() && !q.domains.contains(t.domain))
        return false;
    if (!q.errorSignature.isEmpty() && q.errorSignature != t.error.signature)
        return false;
    if (!q.errorGroup.isEmpty() && q.errorGroup != t.error.group)
        return false;
    if (q.stuckOnly && !t.stuck)
        return false;
    if (!q.triageStatuses.isEmpty() && !q.triageStatuses.contains(t.triageStatus))
        return false;
    if (!q.errorCategories.isEmpty() && !q.errorCategories.contains(t.error.category))
        return false;
    if (q.unassignedOnly && !t.assignee.isEmpty())
        return false;
    if (!q.assignee.isEmpty()) {
        const QString who = q.assignee == QLatin1String("me") ? m_me : q.assignee;
        if (t.assignee != who)
            return false;
    }
    if (!q.correlationId.isEmpty() && q.correlationId != t.correlationId)
        return false;
    if (q.createdAfter.isValid() && t.createTime < q.createdAfter)
        return false;
    if (q.createdBefore.isValid() && t.createTime >= q.createdBefore)
        return false;
    const QString text = q.text.trimmed();
    if (!text.isEmpty() && !t.businessKey.contains(text, Qt::CaseInsensitive)
        && !t.counterparty.contains(text, Qt::CaseInsensitive) && !t.error.message.contains(text, Qt::CaseInsensitive))
        return false;
    return true;
}

bool ExceptionListModel::lessThan(const Transaction &a, const Transaction &b) const
{
    switch (m_query.order) {
    case TransactionOrder::ImpactDesc:
        if (a.impactScore != b.impactScore)
            return a.impactScore > b.impactScore;
        break;
    case TransactionOrder::CreatedAsc:
        if (a.createTime != b.createTime)
            return a.createTime < b.createTime;
        break;
    case TransactionOrder::CreatedDesc:
        if (a.createTime != b.createTime)
            return a.createTime > b.createTime;
        break;
    case TransactionOrder::AmountDesc:
        if (a.amountMinor != b.amountMinor)
            return a.amountMinor > b.amountMinor;
        break;
    case TransactionOrder::DueAsc:
        if (a.dueTime != b.dueTime)
            return a.dueTime < b.dueTime;
        break;
    case TransactionOrder::Flow:
        if (a.flowId != b.flowId)
            return a.flowId < b.flowId;
        break;
    }
    return a.id < b.id;
}

int ExceptionListModel::rankOf(const Transaction &t) const
{
    // The first row that t goes before, found by halving: the rows are in the
    // list's order but for those changed in place since the last load, which
    // only make the place found a little off, as they make the rank.
    int low = 0;
    int high = int(m_rows.size());
    while (low < high) {
        const int mid = low + (high - low) / 2;
        if (lessThan(t, m_rows.at(mid)))
            high = mid;
        else
            low = mid + 1;
    }
    return low;
}

ExceptionListModel *createExceptionListModel(TransactionSource *source, QObject *parent)
{
    auto *model = new ExceptionListModel(source, parent);
#ifdef FLOWDESK_MODEL_TESTER
    // Owned by the model: it lives exactly as long as what it checks.
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
#endif
    return model;
}

} // namespace Flowdesk
