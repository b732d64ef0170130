#pragma once

#include "fieldviolation.h"
#include "transaction.h"

#include <QDateTime>
#include <QHash>
#include <QScrollArea>
#include <QWidget>

#include <functional>

class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace Flowdesk {

class ActionController;
class PayloadEditor;
class TransactionsService;

// One transaction: the business summary first, then the error, the payload to
// correct, its history, the other transactions of the same order and its route.
// Everything from the backend is shown as plain text.
class TransactionDetail : public QWidget
{
    Q_OBJECT
public:
    TransactionDetail(TransactionsService *service, ActionController *actions, QWidget *parent = nullptr);

    // Loads the transaction (FULL view), its history and its timeline.
    void showTransaction(const QString &id);
    void clear();
    QString transactionId() const { return m_transaction.id; }
    Transaction transaction() const { return m_transaction; }
    void setFlowSchemas(const QHash<QString, FlowSchema> &schemas) { m_schemas = schemas; }

    // The backend reported a change to the shown transaction.
    void noteChangedElsewhere();
    // Reads the shown transaction again (an unsaved edit stays).
    void reload();
    // A change made from this console: shown at once.
    void applyUpdate(const Transaction &transaction);
    void showViolations(const QString &transactionId, const QList<FieldViolation> &violations);

    PayloadEditor *payloadEditor() const { return m_editor; }
    // Shows the payload with the keyboard in the field the target named, if any.
    void openEditor();
    // The person picked the transaction with the mouse: once it is shown, the
    // keyboard goes to the field the target named (if there is one).
    void focusNamedFieldWhenShown();
    // "Delivered to Odoo as sales order 4711", the site's advice about the error,
    // the field the target named, and the schema version of the technical details.
    QLabel *receiptLabel() const { return m_receipt; }
    QLabel *whatToDoLabel() const { return m_whatToDo; }
    QLabel *fieldPathLabel() const { return m_fieldPath; }
    QLabel *schemaVersionLabel() const { return m_techSchema; }
    // The error in the person's words, and the target's own words and raw
    // answer folded under "Technical details" (closed until the person opens it).
    QLabel *errorExplanationLabel() const { return m_errorMessage; }
    QToolButton *technicalDetailsToggle() const { return m_technicalToggle; }
    QWidget *technicalDetailsFold() const { return m_technicalFold; }
    bool hasUnsavedEdit() const;
    QPushButton *saveButton() const { return m_save; }
    QPushButton *saveAndResubmitButton() const { return m_saveResubmit; }
    QString summaryText() const;
    QTabWidget *tabs() const { return m_tabs; }

    // Changes made offline for the shown transaction: "pending sync" or a conflict.
    void setSyncStateProvider(std::function<QString(const QString &id)> provider);
    void updateSyncState();
    QLabel *syncLabel() const { return m_syncLabel; }
    // Shown from the data saved on this computer (the server did not answer yet or cannot be reached).
    bool isShowingSaved() const { return m_showingSaved; }
    QLabel *savedNote() const { return m_savedNote; }
    QLabel *actionsHint() const { return m_actionsHint; }

    // Saves the edited payload against the version the person started from;
    // with resubmit, sends it again once it is saved.
    void save(bool resubmit);
    // Drops an unsaved edit: the payload as stored is shown again.
    void discardEdit();

signals:
    void loaded(const Flowdesk::Transaction &transaction);
    // The person wants to decide about changes made offline that were not applied.
    void reviewOfflineChangesRequested();

private:
    // Shares the height between the error part and the payload (see the .cpp).
    void shareTheSplit();
    void load(const QString &id, bool keepEdit);
    // keepEdit: an unsaved edit stays; ownChange: the update came from this console,
    // so an edit that started before it may go on from the new version when the
    // payload itself did not change.
    void fill(const Transaction &t, bool keepEdit, bool ownChange = false);
    void fillTechnicalDetails(const Transaction &t);
    void loadHistory();
    void loadTimeline();
    void updateEditButtons();

    TransactionsService *m_service; // not owned
    ActionController *m_actions;     // not owned
    QHash<QString, FlowSchema> m_schemas;
    Transaction m_transaction;
    qint64 m_editBaseVersion = 0;
    bool m_replaceEditOnUpdate = false; // the edit was saved: show the saved payload
    int m_generation = 0;
    bool m_serverAnswered = false;
    bool m_serverUnreachable = false;
    bool m_showingSaved = false;
    QString m_loadingId;          // asked of the server, not shown yet
    bool m_focusNamedField = false;
    std::function<QString(const QString &)> m_syncState;

    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_summary;
    QWidget *m_receiptRow;
    QLabel *m_receipt;
    QLabel *m_errorTitle;
    QFrame *m_whatToDoBox;
    QLabel *m_whatToDo;
    QLabel *m_errorMessage;
    QWidget *m_fieldRow;
    QLabel *m_fieldPath;
    QLabel *m_techId;
    QLabel *m_techFlow;
    QLabel *m_techCorrelation;
    QLabel *m_techSchema;
    QLabel *m_techCode;
    QLabel *m_techSignature;
    QLabel *m_techField;
    QLabel *m_techReceipt;
    QPlainTextEdit *m_targetResponse;
    QToolButton *m_technicalToggle;
    QScrollArea *m_technicalFold;
    QLabel *m_targetMessage;
    QLabel *m_changedBanner;
    QLabel *m_syncLabel;
    QLabel *m_savedNote;
    QLabel *m_actionsHint;
    QTabWidget *m_tabs;
    QScrollArea *m_errorScroll = nullptr;
    QSplitter *m_split = nullptr;
    bool m_splitMoved = false;
    PayloadEditor *m_editor;
    QLabel *m_editStatus;
    QPushButton *m_save;
    QPushButton *m_saveResubmit;
    QTreeWidget *m_history;
    QTreeWidget *m_timeline;
    QTreeWidget *m_route;
};

} // namespace Flowdesk
