#include "auditentry.h"

#include "domain.h"

#include <QCoreApplication>

#include <utility>

namespace Flowdesk {

QString auditActionName(const QString &action)
{
    // The contract's older words for transaction actions (entries of servers that
    // do not send transaction_action yet, and the audit filter).
    static const std::pair<const char *, TransactionAction> transactionActions[] = {
        {"update_payload", TransactionAction::EditPayload},
        {"resubmit", TransactionAction::Resubmit},
        {"update_payload_and_resubmit", TransactionAction::EditAndResubmit},
        {"discard", TransactionAction::Discard},
        {"resolve_manually", TransactionAction::ResolveManually},
        {"assign", TransactionAction::Assign},
        {"set_triage_status", TransactionAction::SetTriageStatus},
        {"comment", TransactionAction::Comment},
    };
    for (const auto &[id, a] : transactionActions) {
        if (action == QLatin1String(id))
            return actionLabel(a);
    }
    static const std::pair<const char *, const char *> names[] = {
        {"login", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Signed in")},
        {"logout", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Signed out")},
        {"sign_in_throttled", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Sign-in attempts slowed down")},
        {"bulk_action", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Bulk action")},
        {"pause_connector", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Paused connector")},
        {"resume_connector", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Resumed connector")},
        {"test_connector", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Tested connector")},
        {"set_credential", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Set credential")},
        {"create_user", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Created user")},
        {"update_user", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Changed user")},
        {"reset_password", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Reset password")},
    };
    for (const auto &[id, name] : names) {
        if (action == QLatin1String(id))
            return QCoreApplication::translate("Flowdesk::AuditEntry", name);
    }
    return action;
}

QString auditActionName(const AuditEntry &entry)
{
    if (entry.transactionAction != TransactionAction::Unspecified)
        return actionLabel(entry.transactionAction);
    return auditActionName(entry.action);
}

QString auditRoleName(const QString &role)
{
    static const std::pair<const char *, Role> roles[] = {{"viewer", Role::Viewer}, {"operator", Role::Operator},
                                                          {"admin", Role::Admin}, {"auditor", Role::Auditor},
                                                          {"connector", Role::Connector}};
    for (const auto &[id, r] : roles) {
        if (role == QLatin1String(id))
            return roleName(r);
    }
    return role;
}

} // namespace Flowdesk
