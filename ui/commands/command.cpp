#include "command.h"

#include "exceptions/reasondialog.h"

#include <QInputDialog>
#include <QWidget>

namespace Flowdesk {

Command::Command(TransactionsService *service, QWidget *parentWidget, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_parentWidget(parentWidget)
    , m_requestId(TransactionsService::newRequestId())
{
}

QString Command::unavailableReason(const QList<Transaction> &selection, const User &user) const
{
    return unavailableReason(action(), restrictions(), selection, user);
}

QString Command::unavailableReason(TransactionAction action, Restrictions restrictions,
                                   const QList<Transaction> &selection, const User &user)
{
    if ((restrictions & NeedsSelection) && selection.isEmpty())
        return tr("Select a transaction first.");
    if ((restrictions & OnlyOneItem) && selection.size() > 1)
        return tr("Works on one transaction at a time; use Bulk action… for a selection.");
    if (user.username.isEmpty())
        return tr("Sign in first: what you may do is known once the server has answered for you.");
    // The backend decided, for this person and this transaction as it was fetched.
    for (const Transaction &t : selection) {
        const QString why = unavailableText(t.allowedAction(action), t, user);
        if (!why.isEmpty())
            return why;
    }
    return {};
}

void Command::start()
{
    if (!prepare()) {
        emit canceled();
        return;
    }
    send();
}

Mutation Command::mutation() const
{
    Mutation m = makeMutation();
    m.requestId = m_requestId;
    return m;
}

void Command::send()
{
    const Transaction t = transaction();
    emit progress(progressText());
    m_service->apply(mutation(), this, [this, t](const MutationResult &result) {
        MutationResult r = result;
        // A comment's answer has no transaction: it is the one commented on.
        if (r.isOk() && !r.queued && !r.transaction.isValid())
            r.transaction = t;
        emit finished(r);
    });
}

// --- Assign

AssignCommand::AssignCommand(TransactionsService *service, QWidget *parentWidget, const QString &assignee,
                             bool askForName, QObject *parent)
    : Command(service, parentWidget, parent)
    , m_assignee(assignee)
    , m_ask(askForName)
{
}

bool AssignCommand::prepare()
{
    if (!m_ask)
        return true;
    bool ok = false;
    const QString name = QInputDialog::getText(m_parentWidget, tr("Assign"),
                                               tr("Assign %1 to (user name, empty to unassign):")
                                                   .arg(transaction().businessKey),
                                               QLineEdit::Normal, transaction().assignee, &ok);
    if (!ok)
        return false;
    m_assignee = name.trimmed();
    return true;
}

Mutation AssignCommand::makeMutation() const
{
    const Transaction t = transaction();
    return Mutation::assign(t.id, t.version, m_assignee);
}

QString AssignCommand::progressText() const
{
    return tr("Assigning %1…").arg(transaction().businessKey);
}

// --- Comment

CommentCommand::CommentCommand(TransactionsService *service, QWidget *parentWidget, QObject *parent)
    : Command(service, parentWidget, parent)
{
}

bool CommentCommand::prepare()
{
    if (!m_text.isEmpty())
        return true;
    ReasonDialog dialog(tr("Comment on %1").arg(transaction().businessKey),
                        tr("Your comment is kept in the transaction's history for everyone who works on it."),
                        m_parentWidget);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_text = dialog.reason();
    return true;
}

Mutation CommentCommand::makeMutation() const
{
    const Transaction t = transaction();
    return Mutation::comment(t.id, t.version, m_text);
}

QString CommentCommand::progressText() const
{
    return tr("Adding comment…");
}

// --- Triage

TriageCommand::TriageCommand(TransactionsService *service, QWidget *parentWidget, TriageStatus status, QObject *parent)
    : Command(service, parentWidget, parent)
    , m_status(status)
{
}

Mutation TriageCommand::makeMutation() const
{
    const Transaction t = transaction();
    return Mutation::setTriageStatus(t.id, t.version, m_status);
}

QString TriageCommand::progressText() const
{
    return tr("Setting triage status…");
}

// --- Save

SavePayloadCommand::SavePayloadCommand(TransactionsService *service, QWidget *parentWidget, QObject *parent,
                                       bool resubmit)
    : Command(service, parentWidget, parent)
    , m_resubmit(resubmit)
{
}

Mutation SavePayloadCommand::makeMutation() const
{
    const Transaction t = transaction();
    return m_resubmit ? Mutation::editAndResubmit(t.id, m_baseVersion, m_payload, m_reason)
                      : Mutation::editPayload(t.id, m_baseVersion, m_payload, m_reason);
}

QString SavePayloadCommand::progressText() const
{
    return m_resubmit ? tr("Saving and resubmitting %1…").arg(transaction().businessKey)
                      : tr("Saving %1…").arg(transaction().businessKey);
}

// --- Resubmit

ResubmitCommand::ResubmitCommand(TransactionsService *service, QWidget *parentWidget, QObject *parent)
    : Command(service, parentWidget, parent)
{
}

Mutation ResubmitCommand::makeMutation() const
{
    const Transaction t = transaction();
    return Mutation::resubmit(t.id, t.version);
}

QString ResubmitCommand::progressText() const
{
    return tr("Resubmitting %1…").arg(transaction().businessKey);
}

// --- Discard / resolve manually

CloseCommand::CloseCommand(TransactionsService *service, QWidget *parentWidget, Kind kind, QObject *parent)
    : Command(service, parentWidget, parent)
    , m_kind(kind)
{
}

bool CloseCommand::prepare()
{
    if (!m_reason.trimmed().isEmpty())
        return true;
    const Transaction t = transaction();
    const QString title = m_kind == Discard ? tr("Discard %1").arg(t.businessKey)
                                            : tr("Resolve %1 manually").arg(t.businessKey);
    const QString text = m_kind == Discard
        ? tr("The transaction will not be delivered. Say why, for the history and for colleagues:")
        : tr("Say how it was resolved outside Flowdesk (for example, entered by hand in the target system):");
    ReasonDialog dialog(title, text, m_parentWidget);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_reason = dialog.reason();
    return true;
}

Mutation CloseCommand::makeMutation() const
{
    const Transaction t = transaction();
    return m_kind == Discard ? Mutation::discard(t.id, t.version, m_reason)
                             : Mutation::resolveManually(t.id, t.version, m_reason);
}

QString CloseCommand::progressText() const
{
    return m_kind == Discard ? tr("Discarding %1…").arg(transaction().businessKey)
                             : tr("Resolving %1…").arg(transaction().businessKey);
}

} // namespace Flowdesk
