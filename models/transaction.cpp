#include "transaction.h"

#include <QLocale>

#include <algorithm>

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

QString formatAmount(qint64 amountMinor, const QString &currency)
{
    if (currency.isEmpty() && amountMinor == 0)
        return {};
    const QLocale locale;
    return QStringLiteral("%1 %2").arg(locale.toString(double(amountMinor) / 100.0, 'f', 2), currency).trimmed();
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
    return name;
}

QString bulkActionName(BulkActionKind kind)
{
    switch (kind) {
    case BulkActionKind::Resubmit: return Tr::tr("Resubmit");
    case BulkActionKind::Discard: return Tr::tr("Discard");
    case BulkActionKind::ResolveManually: return Tr::tr("Resolve manually");
    case BulkActionKind::Assign: return Tr::tr("Assign");
    case BulkActionKind::PatchAndResubmit: return Tr::tr("Set a field and resubmit");
    case BulkActionKind::SetTriageStatus: return Tr::tr("Set triage status");
    case BulkActionKind::Unspecified: break;
    }
    return {};
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
