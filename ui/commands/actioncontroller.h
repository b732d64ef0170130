#pragma once

#include "command.h"
#include "domain.h"
#include "transaction.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Flowdesk {

class TransactionsService;

// Owns the workbench's actions. Enables each from the selection and what the
// backend allows the person on it (Transaction::allowedActions; bulk from the
// session's permissions); the tooltip of a disabled action says why, in the
// person's words from the backend's reason. Runs the command behind
// it and handles what every command may meet: a stale version (conflict dialog), a
// refused payload (field violations), a revoked permission, an expired session (the
// call waits for the new sign-in) and a lost connection (retry with the same
// request id). Only one change runs at a time, so a double click sends once.
class ActionController : public QObject
{
    Q_OBJECT
public:
    enum ActionId { AssignToMe, AssignTo, Comment, Resubmit, Discard, ResolveManually, Bulk, ActionCount };

    ActionController(TransactionsService *service, QWidget *parentWidget, QObject *parent = nullptr);

    void setUser(const User &user);
    User user() const { return m_user; }
    void setSelection(const QList<Transaction> &selection);
    QList<Transaction> selection() const { return m_selection; }

    QAction *action(ActionId id) const { return m_actions.value(id); }
    QMenu *triageMenu() const { return m_triageMenu; }
    bool isBusy() const { return m_running != nullptr; }

    // Runs a command made elsewhere (the detail's Save) with the common handling.
    // `payloadForConflict`: what the person has, shown beside the server's version.
    void run(Command *command, const QString &payloadForConflict = {});

    // Why the signed-in person may not take `action` on `transaction` now (the
    // backend's answer, in the person's words); empty when they may.
    QString unavailableReason(TransactionAction action, const Transaction &transaction) const;

    // The most recent command started (tests follow its signals).
    Command *lastCommand() const { return m_last; }

    // Off in tests: message boxes are replaced by the signals below.
    void setInteractive(bool interactive) { m_interactive = interactive; }

    // Asked before Resubmit sends one transaction as stored; false keeps it from
    // being sent (the page asks about an unsaved correction of it first).
    void setResubmitCheck(std::function<bool(const Transaction &)> check) { m_resubmitCheck = std::move(check); }

    // Offline, changes wait in the outbox; commands that cannot wait (bulk) are off.
    void setOffline(bool offline);
    bool isOffline() const { return m_offline; }

signals:
    void transactionUpdated(const Flowdesk::Transaction &transaction);
    void violationsReported(const QString &transactionId, const QList<Flowdesk::FieldViolation> &violations);
    // The server has a newer version than the person started from.
    void conflictDetected(const Flowdesk::Transaction &theirs, const QString &minePayload);
    void reloadRequested(const QString &transactionId);
    void statusMessage(const QString &message);
    void errorMessage(const QString &message);
    void busyChanged(bool busy);
    void bulkRequested(const QList<Flowdesk::Transaction> &selection);
    // The backend refused for lack of a permission: the session's rights changed.
    void permissionRevoked();
    // The backend refused an action on the transaction: `transaction` carries its
    // answer in allowedActions, until the transaction is fetched again.
    void actionRefused(const Flowdesk::Transaction &transaction);
    // The change could not reach the server and waits in the outbox.
    void actionQueued(const QString &transactionId);
    // The user, the selection, or what is running changed: what is allowed may have too.
    void actionsUpdated();

private:
    QAction *makeAction(ActionId id, const QString &text, const QString &shortcut, const QString &toolTip);
    Command *createCommand(ActionId id);
    void updateActions();
    void onFinished(Command *command, const MutationResult &result, const QString &payloadForConflict);
    void showError(const QString &title, const QString &text);

    std::function<bool(const Transaction &)> m_resubmitCheck;
    TransactionsService *m_service; // not owned
    QPointer<QWidget> m_parentWidget;
    User m_user;
    QList<Transaction> m_selection;
    QHash<int, QAction *> m_actions;
    QHash<int, QString> m_baseToolTips;
    QMenu *m_triageMenu;
    QPointer<Command> m_running;
    QPointer<Command> m_last;
    bool m_interactive = true;
    bool m_offline = false;
};

} // namespace Flowdesk
