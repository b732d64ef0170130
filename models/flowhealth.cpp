#include "flowhealth.h"
#include "transaction.h"

#include <QLocale>

#include <algorithm>

namespace Flowdesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Flowdesk::FlowHealth)
};

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;
} // namespace

QString healthStatusName(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Ok: return Tr::tr("OK");
    case HealthStatus::Degraded: return Tr::tr("Degraded");
    case HealthStatus::Failing: return Tr::tr("Failing");
    case HealthStatus::Unknown: break;
    }
    return Tr::tr("Unknown");
}

QString dashboardRangeName(DashboardRange range)
{
    switch (range) {
    case DashboardRange::LastHour: return Tr::tr("1 h");
    case DashboardRange::LastDay: return Tr::tr("24 h");
    case DashboardRange::LastWeek: return Tr::tr("7 d");
    case DashboardRange::LastMonth: return Tr::tr("30 d");
    }
    return {};
}

qint64 dashboardRangeSeconds(DashboardRange range)
{
    switch (range) {
    case DashboardRange::LastHour: return kHour;
    case DashboardRange::LastDay: return kDay;
    case DashboardRange::LastWeek: return 7 * kDay;
    case DashboardRange::LastMonth: return 30 * kDay;
    }
    return kDay;
}

qint64 dashboardBucketSeconds(DashboardRange range)
{
    switch (range) {
    case DashboardRange::LastHour: return 5 * 60;   // 12 points
    case DashboardRange::LastDay: return kHour;     // 24 points
    case DashboardRange::LastWeek: return kHour * 6; // 28 points
    case DashboardRange::LastMonth: return kDay;    // 30 points
    }
    return kHour;
}

QList<AgeBucket> backlogAgeDistribution(const QList<StuckOrder> &orders)
{
    QList<AgeBucket> buckets{
        {Tr::tr("under 1 h"), 0, kHour, 0},
        {Tr::tr("1–4 h"), kHour, 4 * kHour, 0},
        {Tr::tr("4–24 h"), 4 * kHour, kDay, 0},
        {Tr::tr("1–3 d"), kDay, 3 * kDay, 0},
        {Tr::tr("over 3 d"), 3 * kDay, 0, 0},
    };
    for (const StuckOrder &o : orders) {
        for (AgeBucket &b : buckets) {
            if (o.ageSeconds >= b.minSeconds && (b.maxSeconds == 0 || o.ageSeconds < b.maxSeconds)) {
                ++b.count;
                break;
            }
        }
    }
    return buckets;
}

QMap<QString, QMap<QString, qint64>> valueAtRiskByDomain(const QList<FlowHealth> &flows)
{
    QMap<QString, QMap<QString, qint64>> result;
    for (const FlowHealth &f : flows) {
        if (f.valueAtRiskMinor <= 0 || f.currency.isEmpty())
            continue;
        result[f.domain][f.currency] += f.valueAtRiskMinor;
    }
    return result;
}

QString formatWaitTime(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60)
        return Tr::tr("%1 s").arg(seconds);
    if (seconds < kHour)
        return Tr::tr("%1 min").arg(seconds / 60);
    if (seconds < kDay) {
        const qint64 minutes = (seconds % kHour) / 60;
        return minutes == 0 ? Tr::tr("%1 h").arg(seconds / kHour)
                            : Tr::tr("%1 h %2 min").arg(seconds / kHour).arg(minutes);
    }
    const qint64 hours = (seconds % kDay) / kHour;
    return hours == 0 ? Tr::tr("%1 d").arg(seconds / kDay) : Tr::tr("%1 d %2 h").arg(seconds / kDay).arg(hours);
}

QString dateFormatFullYear(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString formatDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, dateFormatFullYear()) : QString();
}

QString formatDateTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    return locale.toString(local.date(), dateFormatFullYear(locale)) + QLatin1Char(' ')
           + locale.toString(local.time(), QLocale::ShortFormat);
}

QString formatMoney(qint64 minor, const QString &currency)
{
    const QString amount = formatMinorUnits(minor);
    return currency.isEmpty() ? amount : Tr::tr("%1 %2", "currency and amount").arg(currency, amount);
}

HealthSummary summarize(const QList<FlowHealth> &flows)
{
    HealthSummary s;
    for (const FlowHealth &f : flows) {
        switch (f.status) {
        case HealthStatus::Ok: ++s.ok; break;
        case HealthStatus::Degraded: ++s.degraded; break;
        case HealthStatus::Failing: ++s.failing; break;
        case HealthStatus::Unknown: break;
        }
        if (int(f.status) > int(s.worst))
            s.worst = f.status;
        s.stuck += f.stuck;
        s.backlog += f.backlog;
        if (f.stuck > 0)
            s.oldestStuckSeconds = std::max(s.oldestStuckSeconds, f.oldestAgeSeconds);
    }
    return s;
}

} // namespace Flowdesk
