#pragma once

#include "transaction.h"
#include "transactionquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <functional>

class QTimer;

namespace Flowdesk {

// Where the exception list gets its rows from; implemented by the services layer.
class TransactionSource
{
public:
    virtual ~TransactionSource() = default;
    // `error` is empty on success; `nextToken` empty at the end of the list.
    using PageCallback = std::function<void(const QString &error, const QList<Transaction> &rows,
                                            const QString &nextToken, int totalSize)>;
    using RowCallback = std::function<void(const QString &error, bool gone, const Transaction &row)>;
    virtual void fetchPage(const TransactionQuery &query, const QString &pageToken, int pageSize, QObject *context,
                           PageCallback done) = 0;
    // One row in the list's (BASIC) view; `gone` when it no longer exists or is out of scope.
    virtual void fetchRow(const QString &id, QObject *context, RowCallback done) = 0;
    // The first page of the query as it was last saved on this computer, if any
    // (`done` is not called when nothing is saved). Shown until the backend answers.
    virtual void fetchSavedPage(const TransactionQuery &query, QObject *context, PageCallback done)
    {
        Q_UNUSED(query);
        Q_UNUSED(context);
        Q_UNUSED(done);
    }
};

// Transactions matching a query, in the backend's order, fetched page by page as the
// view scrolls (asynchronous fetchMore). Only the pages seen so far are in memory.
//
// Live changes: noteChanged() collects the ids of changed transactions; once per
// coalescing interval their rows are fetched again and applied together. Rows that
// no longer match leave, new matches are inserted at their rank when it falls within
// the loaded range, otherwise they are counted in pendingNewCount().
class ExceptionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        BusinessKeyColumn,
        FlowColumn,
        CounterpartyColumn,
        AmountColumn,
        PlantColumn,
        AgeColumn,
        DueColumn,
        ErrorColumn,
        TriageColumn,
        AssigneeColumn,
        ColumnCount
    };
    enum Roles {
        TransactionIdRole = Qt::UserRole + 1,
        BusinessKeyRole,
        StuckRole,
        SyncStateRole, // "pending sync", "sync conflict" or empty
    };

    explicit ExceptionListModel(TransactionSource *source, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Starts over with a new query (first page at once).
    void setQuery(const TransactionQuery &query);
    TransactionQuery query() const { return m_query; }
    void reload() { setQuery(m_query); }
    // The signed-in person, for the "me" assignee filter.
    void setCurrentUser(const QString &username) { m_me = username; }

    Transaction transaction(const QModelIndex &index) const;
    Transaction transaction(int row) const { return m_rows.value(row); }
    QModelIndex indexOf(const QString &id, int column = 0) const;
    QList<Transaction> loadedRows() const { return m_rows; }

    bool isLoading() const { return m_fetching; }
    bool hasLoadedOnce() const { return m_loadedOnce; }
    // True while rows leave the list because the data changed (not because a
    // person chose something): a selection that changes meanwhile is not theirs.
    bool isRemovingRows() const { return m_removingRows > 0; }
    int totalSize() const { return m_total; }
    QString lastError() const { return m_error; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size) { m_pageSize = size; }

    // Rows shown from the saved first page while the backend has not answered (or cannot be reached).
    bool isShowingSaved() const { return m_showingSaved; }
    // Tells for a transaction id whether changes made offline wait for it
    // ("pending sync", "sync conflict"; empty when none).
    void setSyncStateProvider(std::function<QString(const QString &id)> provider);
    // The waiting changes changed: repaint the marks.
    void refreshSyncStates();

    // Live updates.
    void noteChanged(const QString &transactionId);
    void setCoalesceInterval(int ms);
    int pendingNewCount() const { return m_pendingNew.size(); }
    // While held (the pointer is on the list), changed rows are counted, not applied:
    // no row moves, comes or goes under the pointer. A row the person changed from
    // this console shows its new content in place. Releasing applies what waits.
    void setHoldUpdates(bool hold);
    bool holdsUpdates() const { return m_hold; }
    int heldCount() const { return m_hold ? int(m_changed.size()) : 0; }
    // Puts a known new version of a row in place (after a change made from this console).
    void applyRow(const Transaction &row);
    // Whether a transaction belongs in this list, as far as the console can tell.
    bool matches(const Transaction &t) const;
    // Where a row of this content ranks among the loaded rows.
    int rankOf(const Transaction &t) const;

signals:
    void pageLoaded();
    void loadFailed(const QString &message);
    // New matches ranked beyond the loaded rows; the view offers to show them.
    void pendingNewCountChanged(int count);
    // How many changed transactions wait while updates are held (0 once applied).
    void heldCountChanged(int count);
    // One batch of live changes was applied.
    void liveBatchApplied();

private:
    void requestPage();
    void flushChanged();
    void applyBatch(const QList<Transaction> &rows, const QStringList &gone);
    bool lessThan(const Transaction &a, const Transaction &b) const;
    // Keeps m_shown with m_rows: after rows were added (+1) or removed (-1).
    void countShown(const QList<Transaction> &rows, int delta);

    TransactionSource *m_source; // not owned
    TransactionQuery m_query;
    QString m_me;
    QList<Transaction> m_rows;
    // How many rows of m_rows each id has: indexOf answers "not shown" (what
    // most live events are about) without reading every row.
    QHash<QString, int> m_shown;
    QString m_nextToken;
    QString m_error;
    int m_total = 0;
    int m_pageSize = 200;
    int m_generation = 0;
    bool m_fetching = false;
    bool m_loadedOnce = false;
    int m_removingRows = 0;
    bool m_showingSaved = false;
    std::function<QString(const QString &)> m_syncState;
    QSet<QString> m_changed;
    QSet<QString> m_pendingNew;
    bool m_hold = false;
    QTimer *m_coalesce;
};

// With FLOWDESK_MODEL_TESTER, checked by QAbstractItemModelTester for its whole life.
ExceptionListModel *createExceptionListModel(TransactionSource *source, QObject *parent);

} // namespace Flowdesk
