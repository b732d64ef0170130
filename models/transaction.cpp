#include "transaction.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <utility>

namespace Flowdesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Flowdesk::Transaction)
};
} // namespace

QString triageStatusName(TriageStatus status)
{
    switch (status) {
    case TriageStatus::New: return Tr::tr("New");
    case TriageStatus::Investigating: return Tr::tr("Investigating");
    case TriageStatus::WaitingOnMasterData: return Tr::tr("Waiting on master data");
    case TriageStatus::WaitingOnPartner: return Tr::tr("Waiting on partner");
    case TriageStatus::Unspecified: break;
    }
    return Tr::tr("Not triaged");
}

QString errorCategoryName(ErrorCategory category)
{
    switch (category) {
    case ErrorCategory::Connectivity: return Tr::tr("Connectivity");
    case ErrorCategory::Authentication: return Tr::tr("Authentication");
    case ErrorCategory::MasterData: return Tr::tr("Master data");
    case ErrorCategory::Validation: return Tr::tr("Validation");
    case ErrorCategory::BusinessState: return Tr::tr("Business state");
    case ErrorCategory::Duplicate: return Tr::tr("Duplicate");
    case ErrorCategory::Unspecified: break;
    }
    return Tr::tr("Unknown");
}

QString formatMinorUnits(qint64 amountMinor)
{
    // The grouping is done here: Qt 6.4 leaves the highest group of a large number
    // whole in locales that group only from five digits on ("3699.058,80" in
    // Spanish and Polish).
    const QLocale locale;
    QLocale plain = locale;
    plain.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    QString text = plain.toString(double(amountMinor) / 100.0, 'f', 2);
    const QString group = locale.groupSeparator();
    if (group.isEmpty() || locale.numberOptions().testFlag(QLocale::OmitGroupSeparator))
        return text;
    const bool groupsFourDigits = locale.toString(1000).contains(group);
    qsizetype end = text.indexOf(locale.decimalPoint());
    if (end < 0)
        end = text.size();
    qsizetype start = 0;
    while (start < end && !text.at(start).isDigit())
        ++start; // the sign
    const qsizetype digits = end - start;
    if (digits < 4 || (digits == 4 && !groupsFourDigits))
        return text;
    for (qsizetype at = end - 3; at > start; at -= 3)
        text.insert(at, group);
    return text;
}

QString formatAmount(qint64 amountMinor, const QString &currency)
{
    if (currency.isEmpty() && amountMinor == 0)
        return {};
    return QStringLiteral("%1 %2").arg(formatMinorUnits(amountMinor), currency).trimmed();
}

QString amountText(const Transaction &t)
{
    return t.amountMasked ? Tr::tr("hidden") : formatAmount(t.amountMinor, t.currency);
}

QString formatElapsed(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 90 * 60)
        return Tr::tr("%n min", nullptr, int(std::max<qint64>(1, seconds / 60)));
    if (seconds < 48 * 3600)
        return Tr::tr("%n h", nullptr, int(seconds / 3600));
    return Tr::tr("%n d", nullptr, int(seconds / 86400));
}

QString businessObjectName(const QString &type)
{
    QString name = type;
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    // The site names its business objects by type ("sales_order"); the usual
    // ones read in the person's language.
    return QCoreApplication::translate("Flowdesk::BusinessObjects", name.toUtf8().constData());
}

QString bulkActionName(BulkActionKind kind)
{
    // The bulk kinds that are one transaction action carry that action's label.
    switch (kind) {
    case BulkActionKind::Resubmit: return actionLabel(TransactionAction::Resubmit);
    case BulkActionKind::Discard: return actionLabel(TransactionAction::Discard);
    case BulkActionKind::ResolveManually: return actionLabel(TransactionAction::ResolveManually);
    case BulkActionKind::Assign: return actionLabel(TransactionAction::Assign);
    case BulkActionKind::PatchAndResubmit: return Tr::tr("Set a field and resubmit");
    case BulkActionKind::SetTriageStatus: return actionLabel(TransactionAction::SetTriageStatus);
    case BulkActionKind::Unspecified: break;
    }
    return {};
}

AllowedAction Transaction::allowedAction(TransactionAction action) const
{
    for (const AllowedAction &a : allowedActions) {
        if (a.action == action)
            return a;
    }
    AllowedAction unknown;
    unknown.action = action;
    return unknown;
}

void Transaction::noteRefusal(TransactionAction refused, const QString &reasonId, const QString &message,
                              const QString &missingPermission)
{
    const bool wholeTransaction = reasonId == QLatin1String("OUT_OF_SCOPE");
    bool found = false;
    for (AllowedAction &a : allowedActions) {
        if (!wholeTransaction && a.action != refused)
            continue;
        found = found || a.action == refused;
        a.allowed = false;
        a.reasonId = reasonId;
        a.message = message;
        a.missingPermission = missingPermission;
    }
    if (!found)
        allowedActions << AllowedAction{refused, false, reasonId, message, missingPermission};
}

QString unavailableText(const AllowedAction &a, const Transaction &t, const User &person)
{
    if (a.allowed)
        return {};
    const QString role = roleName(person.role);
    if (a.reasonId == QLatin1String("MISSING_PERMISSION")) {
        if (a.missingPermission == QLatin1String("transactions.edit"))
            return Tr::tr("Your role (%1) may look at exceptions but not change or resend them.").arg(role);
        if (a.missingPermission == QLatin1String("transactions.triage"))
            return Tr::tr("Your role (%1) may not assign, comment or triage exceptions.").arg(role);
        if (a.missingPermission.isEmpty())
            return Tr::tr("Your role (%1) does not allow this.").arg(role);
        return Tr::tr("Your role (%1) lacks the permission \"%2\".").arg(role, a.missingPermission);
    }
    if (a.reasonId == QLatin1String("OUT_OF_SCOPE")) {
        // The backend said the transaction lies outside the person's scope; the
        // words name the scope the person has, domains or plants.
        if (!person.plants.isEmpty() && person.domains.isEmpty())
            return Tr::tr("%1 belongs to plant %2, which is not among your plants (%3).")
                .arg(t.businessKey, plantName(t.plant), person.scopeText());
        return Tr::tr("%1 belongs to %2, which is not among your domains (%3). Ask IT to change your scope or hand "
                      "it to a colleague.")
            .arg(t.businessKey, domainName(t.domain),
                 person.domains.isEmpty() ? Tr::tr("none") : person.scopeText());
    }
    if (a.reasonId == QLatin1String("NOT_FAILED"))
        return Tr::tr("%1 is not failed (state: %2): there is nothing to fix.").arg(t.businessKey, stateName(t.state));
    if (a.reasonId == QLatin1String("CLOSED"))
        return Tr::tr("%1 is closed (state: %2) and cannot be changed any more.").arg(t.businessKey, stateName(t.state));
    if (a.reasonId == QLatin1String("REPLAY_NOT_ALLOWED"))
        return Tr::tr("An IT admin may replay only technical failures (connection, sign-in) unchanged; this is a "
                      "business failure for the flow's owners.");
    if (!a.message.isEmpty())
        return a.message;
    return Tr::tr("The server has not said whether you may do this with %1; reload it.").arg(t.businessKey);
}

QString bulkJobStateName(BulkJob::State state)
{
    switch (state) {
    case BulkJob::State::Pending: return Tr::tr("Waiting to start");
    case BulkJob::State::Running: return Tr::tr("Running");
    case BulkJob::State::Succeeded: return Tr::tr("Finished");
    case BulkJob::State::Failed: return Tr::tr("Failed");
    case BulkJob::State::Cancelled: return Tr::tr("Cancelled");
    case BulkJob::State::Unspecified: break;
    }
    return {};
}

} // namespace Flowdesk
