#pragma once

#include "transaction.h"
#include "transactionquery.h"

#include <QDialog>
#include <QPointer>
#include <QHash>

#include <memory>
#include <vector>

class QAbstractItemView;
class QCheckBox;
class QComboBox;
class QTableWidget;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace Flowdesk {

class FieldLookupCompleter;

class PayloadSchema;
class TransactionsService;

// One action over many transactions (a selection or a whole error group): a preview
// says how many would change and which would fail validation, then a server-side
// job runs with a progress bar, can be cancelled, and reports per item.
//
// "Set a field" picks the field from the flows' payload schemas (their titles,
// types and allowed values), preselected when the errors name one field. Over
// items with different offending values for that field it asks for one
// replacement per value (old -> new table) and sends them per value, so one
// value is never written into different problems.
//
// Stable object names (used by tests and desktop journeys): bulkDialog,
// bulkActionCombo, bulkPatchField (field combo), bulkPatchValue (the one new
// value), bulkValueTable (old -> new per offending value; column 2 is edited),
// bulkPreviewButton, bulkRunButton, bulkCancelButton, bulkSummary, bulkItems
// (per-item results), bulkRefusedOnly (shows only refused items), bulkCloseButton.
class BulkDialog : public QDialog
{
    Q_OBJECT
public:
    // Either the given transactions, or everything matching `query` (an error group).
    BulkDialog(TransactionsService *service, const QList<Transaction> &selection, const TransactionQuery &query,
               bool byQuery, const QString &what, QWidget *parent = nullptr);

    // Rows the person has seen, so that results name business keys rather than ids.
    void setKnownTransactions(const QList<Transaction> &transactions);
    void setAction(BulkActionKind action);
    void setReason(const QString &reason);
    void setAssignee(const QString &assignee);
    void setPatch(const QString &pointer, const QString &value);
    // The field to preselect (a JSON pointer, list indexes as "*" allowed), e.g. the
    // field an error group's members name; otherwise the one field the selection's
    // errors name, if they name exactly one.
    void setPreferredField(const QString &pointer);
    // The selected transactions again, with what has become known of their
    // errors since the dialog opened; a field already chosen stays.
    void setSelection(const QList<Transaction> &selection);
    // The offending values of the chosen field among the selection, with how many
    // items have each.
    QMap<QString, int> offendingValues() const;
    // Sets the replacement for one offending value in the old -> new table.
    void setReplacement(const QString &offendingValue, const QString &value);
    QComboBox *fieldCombo() const { return m_patchField; }
    QLineEdit *valueEdit() const { return m_patchValue; }
    // The list of the target system's values under the value field; null when
    // the field offers none.
    QAbstractItemView *lookupPopup() const;
    QTableWidget *valueTable() const { return m_valueTable; }
    QCheckBox *refusedOnlyBox() const { return m_refusedOnly; }
    QTreeWidget *itemsView() const { return m_items; }
    QString patchPath() const;
    // The chosen field as the payload form names it ("Unit"), else its path.
    QString patchFieldName() const;
    // The payload schemas of the flows the selection spans: a patch value is taken as
    // the type its field has there (a postal code 10115 stays text, a quantity 5 is a
    // number), and a field none of them has is refused before anything is sent.
    void setFlowSchemas(const QList<FlowSchema> &schemas);

    void preview();
    void runJob();
    void cancelJob();

    BulkJob lastJob() const { return m_job; }
    QString summaryText() const;
    QPushButton *runButton() const { return m_run; }
    QPushButton *previewButton() const { return m_preview; }
    QProgressBar *progressBar() const { return m_progress; }
    int reportedItemCount() const;
    // The JSON value a patch sets, as the dialog reads what was typed.
    QString patchValueJson() const;

signals:
    void previewFinished(const Flowdesk::BulkJob &job);
    void jobFinished(const Flowdesk::BulkJob &job);
    void jobProgress(const Flowdesk::BulkJob &job);

private:
    static constexpr int FieldTitleRole = Qt::UserRole + 1;
    BulkRequest request(bool dryRun) const;
    QString inputProblem() const;
    // The JSON types ("string", "number"...) the patched field has in the flows' schemas.
    QStringList patchFieldTypes() const;
    void updatePatchHint();
    void populateFields();
    void updateValueTable();
    // The target system's values for the chosen field, offered as the person
    // types (the lookup of the payload form), for fields without a fixed list.
    void updateLookup(bool wanted);
    void applyRefusedFilter();
    QString valueJsonFor(const QString &text) const;
    bool perValue() const;
    void start(bool dryRun);
    void showJob(const BulkJob &job);
    void updateButtons();

    TransactionsService *m_service; // not owned
    QList<Transaction> m_selection;
    QHash<QString, QString> m_keys; // transaction id -> business key
    TransactionQuery m_query;
    bool m_byQuery;
    // One id per intent to run: a retry after a dropped connection starts no second job.
    QString m_runRequestId;
    std::vector<std::pair<QString, std::shared_ptr<const PayloadSchema>>> m_schemas; // flow name, schema
    BulkJob m_job;
    bool m_previewed = false;
    bool m_running = false;
    bool m_ran = false;

    QComboBox *m_action;
    QStackedWidget *m_inputs;
    QLineEdit *m_reason;
    QLineEdit *m_assignee;
    QComboBox *m_patchField;
    QString m_preferredField;
    QTableWidget *m_valueTable;
    QCheckBox *m_refusedOnly;
    QLineEdit *m_patchValue;
    QLabel *m_patchHint;
    QLabel *m_lookupHint;
    QPointer<FieldLookupCompleter> m_lookup;
    QString m_lookupPath;
    bool m_lookupWanted = false;
    Transaction m_groupMember;  // a loaded member of the chosen group (by query)
    QComboBox *m_triage;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTreeWidget *m_items;
    QPushButton *m_preview;
    QPushButton *m_run;
    QPushButton *m_cancelJob;
};

} // namespace Flowdesk
