#pragma once

#include "csvwriter.h"
#include "domain.h"
#include "transaction.h"
#include "transactionquery.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace Flowdesk {

class ActionController;
class ErrorGroupModel;
class EventFollower;
class ExceptionListModel;
class SavedViews;
class SessionService;
class TransactionDetail;
class TransactionsOfflineStore;
class TransactionsService;

// The exception workbench: failed transactions ranked by business impact, filtered
// and sorted in the backend, fed page by page; error groups beside the list; the
// chosen transaction with its payload, history and actions. Live: new failures come
// in and resolved ones leave without a reload, in coalesced batches, keeping the
// selection and the scroll position.
class ExceptionsPage : public QWidget
{
    Q_OBJECT
public:
    ExceptionsPage(TransactionsService *service, SessionService *session, EventFollower *events,
                   QWidget *parent = nullptr);
    ~ExceptionsPage() override;

    // Drill-down from other pages: shows exactly this query.
    void showQuery(const Flowdesk::TransactionQuery &query);
    TransactionQuery currentQuery() const;
    void reload();
    void setUser(const User &user);
    // Saved pages for a cache-first start, and changes waiting while offline. Give
    // the service the same store before creating the page so its first page is saved.
    void setOfflineStore(TransactionsOfflineStore *store);
    // The read-only window opened from the saved data: shows the saved exceptions.
    void showSavedData();

    ExceptionListModel *model() const { return m_model; }
    ErrorGroupModel *groupModel() const { return m_groups; }
    QTableView *view() const { return m_view; }
    QTableView *groupView() const { return m_groupView; }
    TransactionDetail *detail() const { return m_detail; }
    ActionController *actions() const { return m_actions; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *newExceptionsBar() const { return m_newBar; }

    // Writes every row of the current query (not only the loaded pages) to a CSV file.
    void exportCsv(const QString &path, CsvWriter::ByteOrderMark bom = CsvWriter::ByteOrderMark::Without);
    void copyBusinessKey();
    // Opens the bulk dialog for the selection, or the chosen error group.
    void openBulkDialog();
    // Gives the open bulk dialog what has loaded since it opened (the flows'
    // schemas, the error groups naming the field to set).
    void feedBulkDialog();
    // Fills the error field of rows from their exact error group; true when
    // any was filled.
    bool fillFieldPathsFromGroups(QList<Transaction> &rows) const;
    void selectGroup(const QString &signature);
    // Before the shown transaction's unsaved payload edit would be lost (another row,
    // closing, quitting): asks Save / Discard / Cancel. True: go on (saved or
    // discarded, or there was no edit); false: stay on the edit.
    bool confirmLeavingEdit();
    // Before Resubmit sends `transaction` as stored while the detail holds an
    // unsaved correction of it: asks whether to send the correction (Save and
    // Resubmit), drop it and resubmit as stored, or neither. True: resubmit as
    // stored; false: not (the correction was sent instead, or nothing).
    bool confirmResubmitWithoutEdit(const Transaction &transaction);
    // Shows one transaction (from a notification): its row chosen when listed, its detail in any case.
    void openTransaction(const QString &id);
    // Ctrl+. and Ctrl+,: the next or previous exception of the list.
    void selectNeighbour(int step);
    // While the pointer is on the list or the groups, their updates wait.
    void setListHeld(bool held);
    QWidget *heldUpdatesBar() const { return m_heldBar; }

signals:
    void exportFinished(const QString &path, int rows, const QString &error);
    void statusMessage(const QString &message);
    // The person wants to decide about changes made offline (apply or drop).
    void reviewOfflineChangesRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QString sessionExpiredText() const;
    void buildFilters();
    void applyFilters();
    void setFiltersFrom(const TransactionQuery &query);
    void onSelectionChanged();
    void onEvents(const QList<FlowEvent> &events);
    // The chosen error group's advice under the groups.
    void updateGroupWhatToDo();
    void refreshGroups();
    void updateSummary();
    void updateNewBar(int count);
    void loadSavedViews();
    void saveCurrentView();

    TransactionsService *m_service; // not owned
    SessionService *m_session;      // not owned
    EventFollower *m_events;        // not owned
    User m_user;
    ExceptionListModel *m_model;
    ErrorGroupModel *m_groups;
    ActionController *m_actions;
    SavedViews *m_savedViews = nullptr;
    QHash<QString, FlowSchema> m_flows;
    // The bulk dialog open now and what it was opened for.
    QPointer<class BulkDialog> m_bulkDialog;
    bool m_bulkByGroup = false;
    bool m_bulkSchemasGiven = false;
    QString m_bulkSignature;
    QList<Transaction> m_bulkRows;
    TransactionsOfflineStore *m_offlineStore = nullptr; // not owned
    bool m_applying = false;
    bool m_restoringSelection = false;
    bool m_selectionFollowsData = false;  // onSelectionChanged after a data change, not a choice
    // The transaction whose edit the person already decided to save or discard
    // while the next one loads.
    QString m_editDecidedFor;
    int m_scrollShift = 0;

    QLabel *m_summary;
    QComboBox *m_viewCombo;
    QLineEdit *m_search;
    QComboBox *m_order;
    QComboBox *m_flow;
    QComboBox *m_domain;
    QComboBox *m_plant;
    QComboBox *m_state;
    QComboBox *m_triage;
    QComboBox *m_category;
    QComboBox *m_assignee;
    QComboBox *m_age;
    QCheckBox *m_stuck;
    QLabel *m_groupWhatToDo;
    QLabel *m_groupFilterLabel;
    QPushButton *m_clearGroup;
    QLabel *m_newBar;
    QPushButton *m_showNew;
    QWidget *m_heldBar;
    QLabel *m_heldLabel;
    QPushButton *m_showHeld;
    bool m_pointerOnGroups = false;
    bool m_groupsHeld = false;
    QSplitter *m_splitter;
    QTableView *m_groupView = nullptr;
    QTableView *m_view = nullptr;
    // The error column's floor and its widest (fitErrorColumn).
    QPair<int, int> m_errorWidths{0, 0};
    void fitErrorColumn();
    TransactionDetail *m_detail;
    QLabel *m_status;
    bool m_sessionExpired = false;
    QTimer *m_searchDelay;
    QTimer *m_groupRefresh;
    QString m_signature;
};

} // namespace Flowdesk
