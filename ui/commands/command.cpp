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
    return unavailableReason(restrictions(), permission(), selection, user);
}

QString Command::unavailableReason(Restrictions restrictions, const QString &permission,
                                   const QList<Transaction> &selection, const User &user)
{
    if (!permission.isEmpty() && !user.can(permission)) {
        if (permission == QLatin1String("transactions.edit"))
            return tr("Your role (%1) may look at exceptions but not change or resend them.").arg(roleName(user.role));
        if (permission == QLatin1String("transactions.triage"))
            return tr("Your role (%1) may not assign, comment or triage exceptions.").arg(roleName(user.role));
        return tr("Your role (%1) lacks the permission \"%2\".").arg(roleName(user.role), permission);
    }
    if ((restrictions & NeedsSelection) && selection.isEmpty())
        return tr("Select a transaction first.");
    for (const Transaction &t : selection) {
        const QString why = outOfScopeReason(t, user);
        if (!why.isEmpty())
            return why;
    }
    if ((restrictions & OnlyOneItem) && selection.size() > 1)
        return tr("Works on one transaction at a time; use Bulk action… for a selection.");
    if (restrictions & NeedsFailed) {
        for (const Transaction &t : selection) {
            if (!t.isFailed())
                return tr("%1 is %2, not failed: there is nothing to fix.")
                    .arg(t.businessKey, stateName(t.state).toLower());
        }
    }
    return {};
}

QString Command::outOfScopeReason(const Transaction &t, const User &user)
{
    // Mirrors the backend's rule; the backend checks again.
    if (user.role == Role::Operator && !t.domain.isEmpty() && !user.domains.contains(t.domain))
        return tr("%1 belongs to %2, which is not among your domains (%3). Ask IT to change your scope or hand "
                  "it to a colleague.")
            .arg(t.businessKey, domainName(t.domain), user.domains.isEmpty() ? tr("none") : user.scopeText());
    if (user.role == Role::Viewer && !t.plant.isEmpty() && !user.plants.contains(t.plant))
        return tr("%1 belongs to plant %2, which is not among your plants (%3).")
            .arg(t.businessKey, plantName(t.plant), user.plants.isEmpty() ? tr("none") : user.scopeText());
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

void Command::report(const MutationResult &result)
{
    emit finished(result);
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

void AssignCommand::send()
{
    const Transaction t = transaction();
    emit progress(tr("Assigning %1…").arg(t.businessKey));
    m_service->assign(t.id, t.version, m_assignee, m_requestId, this,
                      [this](const MutationResult &r) { report(r); });
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

void CommentCommand::send()
{
    const Transaction t = transaction();
    emit progress(tr("Adding comment…"));
    m_service->addComment(t.id, t.version, m_text, m_requestId, this, [this, t](const MutationResult &result) {
        MutationResult r = result;
        r.transaction = t;
        report(r);
    });
}

// --- Triage

TriageCommand::TriageCommand(TransactionsService *service, QWidget *parentWidget, TriageStatus status, QObject *parent)
    : Command(service, parentWidget, parent)
    , m_status(status)
{
}

void TriageCommand::send()
{
    const Transaction t = transaction();
    emit progress(tr("Setting triage status…"));
    m_service->setTriageStatus(t.id, t.version, m_status, m_requestId, this,
                               [this](const MutationResult &r) { report(r); });
}

// --- Save

SavePayloadCommand::SavePayloadCommand(TransactionsService *service, QWidget *parentWidget, QObject *parent)
    : Command(service, parentWidget, parent)
{
}

void SavePayloadCommand::send()
{
    const Transaction t = transaction();
    emit progress(tr("Saving %1…").arg(t.businessKey));
    m_service->updatePayload(t.id, m_baseVersion, m_payload, m_reason, m_requestId, this,
                             [this](const MutationResult &r) { report(r); });
}

// --- Resubmit

ResubmitCommand::ResubmitCommand(TransactionsService *service, QWidget *parentWidget, QObject *parent)
    : Command(service, parentWidget, parent)
{
}

void ResubmitCommand::send()
{
    const Transaction t = transaction();
    emit progress(tr("Resubmitting %1…").arg(t.businessKey));
    m_service->resubmit(t.id, t.version, m_requestId, this, [this](const MutationResult &r) { report(r); });
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

void CloseCommand::send()
{
    const Transaction t = transaction();
    auto done = [this](const MutationResult &r) { report(r); };
    if (m_kind == Discard) {
        emit progress(tr("Discarding %1…").arg(t.businessKey));
        m_service->discard(t.id, t.version, m_reason, m_requestId, this, done);
    } else {
        emit progress(tr("Resolving %1…").arg(t.businessKey));
        m_service->resolveManually(t.id, t.version, m_reason, m_requestId, this, done);
    }
}

} // namespace Flowdesk
