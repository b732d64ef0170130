#include "actioncontroller.h"

#include "exceptions/conflictdialog.h"
#include "transactionsservice.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace Flowdesk {

namespace {
// Bulk jobs need no transaction to start from: the session's permission decides
// whether the action is offered (the backend decides for each item).
const char *const PermissionBulk = "transactions.edit";
} // namespace

ActionController::ActionController(TransactionsService *service, QWidget *parentWidget, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_parentWidget(parentWidget)
{
    makeAction(AssignToMe, tr("Assign to &Me"), QStringLiteral("Ctrl+M"), tr("Take this exception over"));
    makeAction(AssignTo, tr("&Assign…"), QString(), tr("Hand this exception to a colleague"));
    makeAction(Comment, tr("&Comment…"), QString(), tr("Add a note to the transaction's history"));
    makeAction(Resubmit, tr("&Resubmit"), QStringLiteral("Ctrl+R"),
               tr("Send the transaction to its target again, with its current payload"));
    makeAction(Discard, tr("&Discard…"), QString(), tr("Give up on this transaction; a reason is required"));
    makeAction(ResolveManually, tr("Resolve &Manually…"), QString(),
               tr("Mark as resolved outside Flowdesk; a reason is required"));
    makeAction(Bulk, tr("&Bulk Action…"), QStringLiteral("Ctrl+B"),
               tr("Resubmit, discard, assign or patch the selection or an error group"));

    m_triageMenu = new QMenu(tr("&Triage Status"), parentWidget);
    m_triageMenu->setObjectName(QStringLiteral("triageMenu"));
    for (TriageStatus status : {TriageStatus::New, TriageStatus::Investigating, TriageStatus::WaitingOnMasterData,
                                TriageStatus::WaitingOnPartner}) {
        QAction *a = m_triageMenu->addAction(triageStatusName(status));
        connect(a, &QAction::triggered, this, [this, status] {
            auto *command = new TriageCommand(m_service, m_parentWidget, status, this);
            command->setTransactions(m_selection);
            run(command);
        });
    }
    updateActions();
}

QAction *ActionController::makeAction(ActionId id, const QString &text, const QString &shortcut,
                                      const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QStringLiteral("action%1").arg(int(id)));
    if (!shortcut.isEmpty()) {
        action->setShortcut(QKeySequence(shortcut));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    m_actions.insert(id, action);
    m_baseToolTips.insert(id, toolTip);
    connect(action, &QAction::triggered, this, [this, id] {
        if (id == Bulk) {
            emit bulkRequested(m_selection);
            return;
        }
        if (id == Resubmit && m_resubmitCheck && m_selection.size() == 1 && !m_running) {
            // The check may ask the person (a modal question): the selection may
            // change meanwhile, and only the transaction asked about is sent.
            const Transaction asked = m_selection.constFirst();
            if (!m_resubmitCheck(asked) || m_selection.size() != 1 || m_selection.constFirst().id != asked.id)
                return;
        }
        if (Command *command = createCommand(id))
            run(command);
    });
    return action;
}

Command *ActionController::createCommand(ActionId id)
{
    Command *command = nullptr;
    switch (id) {
    case AssignToMe: command = new AssignCommand(m_service, m_parentWidget, m_user.username, false, this); break;
    case AssignTo: command = new AssignCommand(m_service, m_parentWidget, QString(), true, this); break;
    case Comment: command = new CommentCommand(m_service, m_parentWidget, this); break;
    case Resubmit: command = new ResubmitCommand(m_service, m_parentWidget, this); break;
    case Discard: command = new CloseCommand(m_service, m_parentWidget, CloseCommand::Discard, this); break;
    case ResolveManually:
        command = new CloseCommand(m_service, m_parentWidget, CloseCommand::ResolveManually, this);
        break;
    case Bulk:
    case ActionCount: break;
    }
    if (command)
        command->setTransactions(m_selection);
    return command;
}

void ActionController::setUser(const User &user)
{
    m_user = user;
    updateActions();
}

void ActionController::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    updateActions();
}

void ActionController::setSelection(const QList<Transaction> &selection)
{
    m_selection = selection;
    updateActions();
}

void ActionController::updateActions()
{
    const QString busy = m_running ? tr("Waiting for the previous change to be confirmed…") : QString();
    const auto one = Command::Restrictions(Command::NeedsSelection) | Command::OnlyOneItem;
    auto apply = [this, &busy, one](int id, TransactionAction action) {
        QAction *a = m_actions.value(id);
        QString why = Command::unavailableReason(action, one, m_selection, m_user);
        if (why.isEmpty())
            why = busy;
        a->setEnabled(why.isEmpty());
        a->setToolTip(why.isEmpty() ? m_baseToolTips.value(id) : why);
        a->setStatusTip(a->toolTip());
    };
    apply(AssignToMe, TransactionAction::Assign);
    apply(AssignTo, TransactionAction::Assign);
    apply(Comment, TransactionAction::Comment);
    apply(Resubmit, TransactionAction::Resubmit);
    apply(Discard, TransactionAction::Discard);
    apply(ResolveManually, TransactionAction::ResolveManually);

    QString bulkWhy;
    if (!m_user.can(QLatin1String(PermissionBulk)))
        bulkWhy = tr("Your role (%1) may look at exceptions but not change or resend them.").arg(roleName(m_user.role));
    else if (m_offline)
        bulkWhy = tr("Bulk actions need the server: they cannot wait to be sent while it cannot be reached");
    else
        bulkWhy = busy;
    QAction *bulk = m_actions.value(Bulk);
    bulk->setEnabled(bulkWhy.isEmpty());
    bulk->setToolTip(bulkWhy.isEmpty() ? m_baseToolTips.value(Bulk) : bulkWhy);
    bulk->setStatusTip(bulk->toolTip());

    QString triageWhy = Command::unavailableReason(TransactionAction::SetTriageStatus, one, m_selection, m_user);
    if (triageWhy.isEmpty())
        triageWhy = busy;
    m_triageMenu->setEnabled(triageWhy.isEmpty());
    m_triageMenu->menuAction()->setEnabled(triageWhy.isEmpty());
    m_triageMenu->setToolTip(triageWhy);
    m_triageMenu->menuAction()->setToolTip(triageWhy.isEmpty() ? tr("Where the investigation stands") : triageWhy);
    // Assigning to oneself when one already holds it changes nothing.
    if (m_actions.value(AssignToMe)->isEnabled() && m_selection.size() == 1
        && m_selection.first().assignee == m_user.username) {
        m_actions.value(AssignToMe)->setEnabled(false);
        m_actions.value(AssignToMe)->setToolTip(tr("Already assigned to you"));
    }
    emit actionsUpdated();
}

QString ActionController::unavailableReason(TransactionAction action, const Transaction &transaction) const
{
    return Command::unavailableReason(action, Command::NeedsSelection, {transaction}, m_user);
}

void ActionController::run(Command *command, const QString &payloadForConflict)
{
    if (m_running) {
        // A second click while the first is on its way: the first one counts.
        command->deleteLater();
        return;
    }
    const QString why = command->unavailableReason(command->transactions(), m_user);
    if (!why.isEmpty()) {
        emit errorMessage(why);
        command->deleteLater();
        return;
    }
    m_last = command;
    m_running = command;
    updateActions();
    emit busyChanged(true);
    connect(command, &Command::progress, this, &ActionController::statusMessage);
    connect(command, &Command::canceled, this, [this, command] {
        m_running = nullptr;
        updateActions();
        emit busyChanged(false);
        command->deleteLater();
    });
    connect(command, &Command::finished, this, [this, command, payloadForConflict](const MutationResult &result) {
        onFinished(command, result, payloadForConflict);
    });
    command->start();
}

void ActionController::onFinished(Command *command, const MutationResult &result, const QString &payloadForConflict)
{
    const Transaction t = command->transaction();
    const ServiceError &error = result.error;
    if (result.queued) {
        emit statusMessage(tr("%1: the server cannot be reached; the change waits on this computer and is sent "
                              "when it answers again (pending sync).")
                               .arg(t.businessKey));
        emit actionQueued(t.id);
    } else if (error.isUnreachable()) {
        // Nothing is lost: the same request (same id) can be sent again and the
        // server does it only once, even if the first one did arrive.
        const QString text = tr("%1: the server could not be reached, so it is not known whether the change "
                                "arrived. Sending it again is safe: it takes effect only once.")
                                 .arg(t.businessKey);
        if (m_interactive && m_parentWidget) {
            QMessageBox box(QMessageBox::Warning, tr("Connection lost"), text, QMessageBox::Cancel, m_parentWidget);
            QPushButton *retry = box.addButton(tr("Send Again"), QMessageBox::AcceptRole);
            box.exec();
            if (box.clickedButton() == retry) {
                command->send();
                return;
            }
        } else {
            emit errorMessage(text);
        }
    } else if (result.isConflict()) {
        // Show the server's version beside the person's; nothing is overwritten.
        m_service->get(t.id, true, this, [this, payloadForConflict, t](const ServiceError &e, const Transaction &theirs) {
            if (!e.isOk()) {
                showError(tr("Changed by someone else"), tr("%1 was changed meanwhile: %2").arg(t.businessKey, e.userMessage()));
                return;
            }
            const QString mine = payloadForConflict.isEmpty() ? t.payloadJson : payloadForConflict;
            emit conflictDetected(theirs, mine);
            if (m_interactive && m_parentWidget) {
                ConflictDialog dialog(theirs, mine, t.version, m_parentWidget);
                dialog.exec();
                if (dialog.choice() == ConflictDialog::Reload)
                    emit reloadRequested(t.id);
            }
        });
    } else if (error.code == ServiceError::InvalidArgument && !result.violations.isEmpty()) {
        emit violationsReported(t.id, result.violations);
        QStringList lines;
        for (const FieldViolation &v : result.violations)
            lines << QStringLiteral("%1: %2").arg(v.field.isEmpty() ? tr("payload") : v.field, v.description);
        emit errorMessage(tr("The server refused the payload:\n%1").arg(lines.join(QLatin1Char('\n'))));
    } else if (error.code == ServiceError::PermissionDenied) {
        // The backend's answer for this transaction now; it holds until the
        // transaction is fetched again.
        Transaction refused = t;
        refused.noteRefusal(command->action(), error.reason, error.serverMessage, error.missingPermission);
        for (Transaction &s : m_selection) {
            if (s.id == t.id)
                s.allowedActions = refused.allowedActions;
        }
        emit actionRefused(refused);
        emit permissionRevoked();
        if (error.reason == QLatin1String("OUT_OF_SCOPE"))
            showError(tr("Not allowed"),
                      tr("%1 is no longer within your scope: your role or domains were changed. Nothing was "
                         "changed; what you typed stays in the form so you can copy it or hand it on.")
                          .arg(t.businessKey));
        else
            showError(tr("Not allowed"),
                      tr("Your role no longer allows this, so %1 was not changed. What you typed stays in the "
                         "form so you can copy it or hand it on.")
                          .arg(t.businessKey));
    } else if (error.code == ServiceError::Unauthenticated) {
        showError(tr("Signed out"), tr("Your session ended before the change was sent. Sign in again and repeat it; "
                                       "your edit stays open."));
    } else if (!error.isOk()) {
        showError(tr("Not done"), tr("%1: %2").arg(t.businessKey, error.userMessage()));
    } else {
        emit statusMessage(tr("%1: done.").arg(t.businessKey));
        emit transactionUpdated(result.transaction);
    }
    m_running = nullptr;
    updateActions();
    emit busyChanged(false);
    command->deleteLater();
}

void ActionController::showError(const QString &title, const QString &text)
{
    emit errorMessage(text);
    if (m_interactive && m_parentWidget)
        QMessageBox::warning(m_parentWidget, title, text);
}

} // namespace Flowdesk
