#include "auditentry.h"

#include "domain.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

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
        {"lookup_field_values", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Looked up values")},
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

namespace {
// Each kind of target and its name, in the order the audit's filter lists them.
constexpr std::pair<const char *, const char *> kTargetTypes[] = {
    {"transaction", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Transaction")},
    {"connector", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Connector")},
    {"user", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "User")},
    {"session", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Session")},
    {"bulk_job", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Bulk job")},
    {"site", QT_TRANSLATE_NOOP("Flowdesk::AuditEntry", "Site configuration")},
};
} // namespace

const QList<QString> &auditTargetTypes()
{
    static const QList<QString> types = [] {
        QList<QString> out;
        for (const auto &[id, name] : kTargetTypes)
            out << QString::fromLatin1(id);
        return out;
    }();
    return types;
}

QString auditTargetTypeName(const QString &type)
{
    for (const auto &[id, name] : kTargetTypes) {
        if (type == QLatin1String(id))
            return QCoreApplication::translate("Flowdesk::AuditEntry", name);
    }
    return type;
}

QString auditTargetName(const AuditEntry &e)
{
    if (!e.businessKey.isEmpty())
        return QCoreApplication::translate("Flowdesk::AuditEntry", "%1 %2")
            .arg(businessObjectName(e.businessObjectType), e.businessKey);
    if (e.targetType.isEmpty())
        return e.targetId;
    if (e.targetId.isEmpty())
        return auditTargetTypeName(e.targetType);
    return QCoreApplication::translate("Flowdesk::AuditEntry", "%1 %2").arg(auditTargetTypeName(e.targetType), e.targetId);
}

QString auditValueText(const QString &valueJson)
{
    if (valueJson.isEmpty())
        return QCoreApplication::translate("Flowdesk::AuditEntry", "(none)");
    // A JSON scalar: wrapped in a list to read it with QJsonDocument.
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + valueJson.toUtf8() + "]");
    if (doc.isArray() && doc.array().size() == 1 && doc.array().at(0).isString())
        return doc.array().at(0).toString();
    return valueJson;
}

QString auditChangesText(const AuditEntry &e)
{
    QStringList parts;
    for (const AuditFieldChange &c : e.fieldChanges)
        parts << QCoreApplication::translate("Flowdesk::AuditEntry", "%1: %2 \u2192 %3")
                     .arg(c.path, auditValueText(c.oldValueJson), auditValueText(c.newValueJson));
    return parts.join(QStringLiteral("; "));
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
