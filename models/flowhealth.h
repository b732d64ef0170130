#pragma once

// What the dashboards show: the health of each flow, throughput over time, the
// stuck orders and the most frequent error signatures. Mirrors
// flowdesk.v1.DashboardService answers; the services layer maps them.

#include "usermessage.h"
#include "domain.h"

#include <QDateTime>
#include <QLocale>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace Flowdesk {

// Mirrors flowdesk.v1.HealthStatus (GREEN, AMBER, RED).
enum class HealthStatus { Unknown = 0, Ok = 1, Degraded = 2, Failing = 3 };

// "OK", "Degraded", "Failing": the status in words, so that tiles read without colour.
QString healthStatusName(HealthStatus status);

struct FlowHealth
{
    QString flowId;
    QString flowName;
    QString domain;
    QString plant; // set when the dashboard asked for one plant
    HealthStatus status = HealthStatus::Unknown;
    QString statusReason;
    qint64 received = 0;
    qint64 delivered = 0;
    qint64 failed = 0;
    qint64 retried = 0;
    qint64 backlog = 0;
    qint64 oldestAgeSeconds = 0;
    qint64 valueAtRiskMinor = 0;
    QString currency;
    double failureRate = 0.0;
    qint64 latencyP50Ms = 0;
    qint64 latencyP95Ms = 0;
    qint64 stuck = 0;

    bool operator==(const FlowHealth &other) const = default;
};

// The time windows the throughput chart offers.
enum class DashboardRange { LastHour, LastDay, LastWeek, LastMonth };
QString dashboardRangeName(DashboardRange range);
qint64 dashboardRangeSeconds(DashboardRange range);
// Bucket size that keeps each chart between roughly 12 and 170 points.
qint64 dashboardBucketSeconds(DashboardRange range);

struct SeriesPoint
{
    QDateTime time; // start of the bucket
    double value = 0.0;
};

// Received and failed transactions per bucket, summed over the flows in scope.
struct Throughput
{
    DashboardRange range = DashboardRange::LastDay;
    qint64 bucketSeconds = 0;
    QList<SeriesPoint> received;
    QList<SeriesPoint> failed;
};

// A transaction past its flow's SLA and not closed (DashboardService.ListStuck).
struct StuckOrder
{
    QString transactionId;
    QString flowId;
    QString flowName;
    QString domain;
    QString plant;
    QString businessKey;
    QString businessObjectType;
    QString counterparty;
    QString targetSystem;
    QString correlationId;
    TransactionState state = TransactionState::Unspecified;
    qint64 amountMinor = 0;
    QString currency;
    QDateTime createTime;
    QDateTime slaDeadline;
    qint64 ageSeconds = 0;
    qint64 overdueSeconds = 0;
    QString nextMilestone;
    QString lastError;
};

// One error signature with how many open exceptions share it (ListErrorGroups).
struct ErrorSignatureCount
{
    QString signature;
    QString flowId;
    QString code;
    QString sampleMessage;
    // The error explained, in the person's language (the chart's label).
    UserMessage explanation;
    qint64 count = 0;
    // The largest single-currency amount, never a sum across currencies.
    qint64 valueAtRiskMinor = 0;
    QString currency;
    // (currency, amount in minor units) for every currency, largest first.
    QList<QPair<QString, qint64>> valuesAtRisk;
};

// How long stuck orders have been waiting, in the buckets the backlog chart shows.
struct AgeBucket
{
    QString label;
    qint64 minSeconds = 0;
    qint64 maxSeconds = 0; // exclusive; 0: no upper bound
    int count = 0;
};
QList<AgeBucket> backlogAgeDistribution(const QList<StuckOrder> &orders);

// Value at risk summed per business domain and currency: domain -> currency -> minor units.
QMap<QString, QMap<QString, qint64>> valueAtRiskByDomain(const QList<FlowHealth> &flows);

// "45 s", "12 min", "3 h 20 min", "2 d 4 h": how long something has waited.
QString formatWaitTime(qint64 seconds);

// "EUR 12,345.67" in the person's locale; minor units are hundredths.
QString formatMoney(qint64 minor, const QString &currency);

// Dates as the person writes them, with the year in full: "05.12.2026",
// "12/5/2026". Every date the console shows goes through these.
QString dateFormatFullYear(const QLocale &locale = QLocale());
QString formatDate(const QDate &date);
// The date as above and the time of day, in local time: "05.12.2026 14:30".
QString formatDateTime(const QDateTime &when);

// What a dashboard shows in one line: the worst status and the total stuck.
struct HealthSummary
{
    int ok = 0;
    int degraded = 0;
    int failing = 0;
    qint64 stuck = 0;
    qint64 backlog = 0;
    qint64 oldestStuckSeconds = 0; // age of the oldest stuck order; 0 when none
    HealthStatus worst = HealthStatus::Unknown;
};
HealthSummary summarize(const QList<FlowHealth> &flows);

} // namespace Flowdesk

Q_DECLARE_METATYPE(Flowdesk::FlowHealth)
Q_DECLARE_METATYPE(Flowdesk::Throughput)
Q_DECLARE_METATYPE(Flowdesk::StuckOrder)
Q_DECLARE_METATYPE(Flowdesk::ErrorSignatureCount)
