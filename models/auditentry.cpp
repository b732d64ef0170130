#include "auditentry.h"

#include "domain.h"

#include <QCoreApplication>

#include <utility>

namespace Flowdesk {

QString auditActionName(const QString &action)
{
    static const std::pair<const char *, const char *> names[] = {
        {"login", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Signed in")},
        {"logout", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Signed out")},
        {"update_payload", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Edited payload")},
        {"resubmit", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Resubmitted")},
        {"discard", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Discarded")},
        {"resolve_manually", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Resolved manually")},
        {"assign", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Assigned")},
        {"set_triage_status", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Changed triage status")},
        {"comment", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Commented")},
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
