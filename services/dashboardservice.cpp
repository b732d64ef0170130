#include "dashboardservice.h"
#include "enummapping.h"

#include "backendconnection_p.h"
#include "protomapping.h"

#include "flowdesk/v1/dashboard.grpc.pb.h"
#include "flowdesk/v1/transaction.grpc.pb.h"

#include <QStringList>

#include <algorithm>

namespace Flowdesk {

namespace v1 = flowdesk::v1;

// Stubs on the connection's current channel; made again when the channel changes.
// Shared with the calls in flight, which keep them alive.
struct DashboardStubs
{
    std::shared_ptr<grpc::Channel> channel;
    std::shared_ptr<v1::DashboardService::Stub> dashboard;
    std::shared_ptr<v1::TransactionService::Stub> transactions;
};

namespace {

QDateTime toDateTime(const google::protobuf::Timestamp &ts)
{
    if (ts.seconds() == 0 && ts.nanos() == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ts.seconds() * 1000 + ts.nanos() / 1000000, Qt::UTC);
}

void setTimestamp(google::protobuf::Timestamp *ts, const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    ts->set_seconds(ms / 1000);
    ts->set_nanos(int(ms % 1000) * 1000000);
}

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

HealthStatus fromProto(v1::HealthStatus status)
{
    switch (status) {
    case v1::HEALTH_GREEN: return HealthStatus::Ok;
    case v1::HEALTH_AMBER: return HealthStatus::Degraded;
    case v1::HEALTH_RED: return HealthStatus::Failing;
    default: return HealthStatus::Unknown;
    }
}

FlowHealth fromProto(const v1::FlowHealth &in)
{
    FlowHealth h;
    h.flowId = str(in.flow_id());
    h.flowName = str(in.flow_name());
    h.domain = str(in.domain());
    h.plant = str(in.plant());
    h.status = fromProto(in.status());
    h.statusReason = str(in.status_reason());
    if (in.status_reasons_size() > 0) {
        // Each reason in the person's language, joined as the server joins them.
        QStringList parts;
        for (const auto &r : in.status_reasons())
            parts << Flowdesk::fromProto(r).text();
        QString joined = parts.join(QStringLiteral("; "));
        if (!joined.isEmpty())
            joined[0] = joined[0].toUpper();
        h.statusReason = joined;
    }
    h.received = in.received();
    h.delivered = in.delivered();
    h.failed = in.failed();
    h.retried = in.retried();
    h.backlog = in.backlog();
    h.oldestAgeSeconds = in.oldest_age_seconds();
    h.valueAtRiskMinor = in.value_at_risk_minor();
    h.currency = str(in.currency());
    h.failureRate = in.failure_rate();
    h.latencyP50Ms = in.latency_p50_ms();
    h.latencyP95Ms = in.latency_p95_ms();
    h.stuck = in.stuck();
    return h;
}

StuckOrder fromProto(const v1::StuckItem &in)
{
    const v1::Transaction &t = in.transaction();
    StuckOrder o;
    o.transactionId = str(t.id());
    o.flowId = str(t.flow_id());
    o.flowName = str(t.flow_name());
    o.domain = str(t.domain());
    o.plant = str(t.plant());
    o.businessKey = str(t.business_key());
    o.businessObjectType = str(t.business_object_type());
    o.counterparty = str(t.counterparty());
    o.targetSystem = str(t.target_system());
    o.correlationId = str(t.correlation_id());
    o.state = Flowdesk::fromProto(t.state());
    o.amountMinor = t.amount_minor();
    o.currency = str(t.currency());
    o.createTime = toDateTime(t.create_time());
    o.slaDeadline = toDateTime(t.sla_deadline());
    o.ageSeconds = in.age_seconds();
    o.overdueSeconds = in.overdue_seconds();
    o.nextMilestone = str(in.next_milestone());
    // The error in the reader's words when the server explained it.
    if (t.has_error())
        o.lastError = t.error().has_explanation() && !t.error().explanation().text().empty()
            ? str(t.error().explanation().text())
            : str(t.error().message());
    return o;
}

// Sums the per-flow series point by point.
QList<SeriesPoint> sumSeries(const v1::GetTimeSeriesResponse &response)
{
    QList<SeriesPoint> sum;
    for (const auto &series : response.series()) {
        if (sum.isEmpty()) {
            for (const auto &p : series.points())
                sum.append({toDateTime(p.time()), p.value()});
            continue;
        }
        const int n = std::min<int>(int(sum.size()), series.points_size());
        for (int i = 0; i < n; ++i)
            sum[i].value += series.points(i).value();
    }
    return sum;
}

} // namespace

DashboardService::DashboardService(BackendConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_stubs(std::make_shared<DashboardStubs>())
{
}

DashboardService::~DashboardService() = default;

bool DashboardService::isLoading() const
{
    return m_health.inFlight || m_throughput.inFlight || m_stuck.inFlight || m_errors.inFlight;
}

DashboardStubs &DashboardService::stubs()
{
    BackendConnectionPrivate *d = m_connection->d_func();
    if (d->channel && m_stubs->channel != d->channel) {
        auto fresh = std::make_shared<DashboardStubs>();
        fresh->channel = d->channel;
        fresh->dashboard = v1::DashboardService::NewStub(d->channel);
        fresh->transactions = v1::TransactionService::NewStub(d->channel);
        m_stubs = fresh;
    }
    return *m_stubs;
}

void DashboardService::loadHealth(const QStringList &plants, qint64 windowSeconds)
{
    m_healthPlants = plants;
    m_healthWindow = windowSeconds;
    if (m_health.inFlight) {
        m_health.again = true;
        return;
    }
    startHealth();
}

void DashboardService::startHealth()
{
    m_health.inFlight = true;
    v1::GetFlowHealthRequest request;
    for (const QString &p : m_healthPlants)
        request.add_plants(p.toStdString());
    if (m_healthWindow > 0)
        setTimestamp(request.mutable_start_time(), QDateTime::currentDateTimeUtc().addSecs(-m_healthWindow));
    stubs();
    auto stub = m_stubs->dashboard;
    BackendConnectionPrivate::call<v1::GetFlowHealthRequest, v1::GetFlowHealthResponse>(
        m_connection, this, request,
        [stub](BackendConnectionPrivate *, grpc::ClientContext *ctx, const v1::GetFlowHealthRequest *req,
               v1::GetFlowHealthResponse *resp, std::function<void(grpc::Status)> cb) {
            stub->async()->GetFlowHealth(ctx, req, resp, std::move(cb));
        },
        [this](const ServiceError &error, const v1::GetFlowHealthResponse &response) {
            m_health.inFlight = false;
            if (error.isOk()) {
                QList<FlowHealth> flows;
                flows.reserve(response.flows_size());
                for (const auto &f : response.flows())
                    flows << fromProto(f);
                emit healthLoaded(flows);
            } else {
                emit failed(QStringLiteral("health"), error);
            }
            if (std::exchange(m_health.again, false))
                startHealth();
        });
}

void DashboardService::loadThroughput(DashboardRange range, const QStringList &plants)
{
    m_range = range;
    m_throughputPlants = plants;
    if (m_throughput.inFlight) {
        m_throughput.again = true;
        return;
    }
    startThroughput();
}

void DashboardService::startThroughput()
{
    m_throughput.inFlight = true;
    m_throughputParts = 2;
    m_partialFailed = false;
    m_partial = Throughput{};
    m_partial.range = m_range;
    m_partial.bucketSeconds = dashboardBucketSeconds(m_range);
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QDateTime start = end.addSecs(-dashboardRangeSeconds(m_range));
    stubs();
    auto stub = m_stubs->dashboard;
    for (const v1::Metric metric : {v1::METRIC_RECEIVED, v1::METRIC_FAILED}) {
        v1::GetTimeSeriesRequest request;
        request.set_metric(metric);
        for (const QString &p : m_throughputPlants)
            request.add_plants(p.toStdString());
        setTimestamp(request.mutable_start_time(), start);
        setTimestamp(request.mutable_end_time(), end);
        request.set_bucket_seconds(m_partial.bucketSeconds);
        BackendConnectionPrivate::call<v1::GetTimeSeriesRequest, v1::GetTimeSeriesResponse>(
            m_connection, this, request,
            [stub](BackendConnectionPrivate *, grpc::ClientContext *ctx, const v1::GetTimeSeriesRequest *req,
                   v1::GetTimeSeriesResponse *resp, std::function<void(grpc::Status)> cb) {
                stub->async()->GetTimeSeries(ctx, req, resp, std::move(cb));
            },
            [this, metric](const ServiceError &error, const v1::GetTimeSeriesResponse &response) {
                if (!error.isOk()) {
                    if (!m_partialFailed)
                        emit failed(QStringLiteral("throughput"), error);
                    m_partialFailed = true;
                } else if (metric == v1::METRIC_RECEIVED) {
                    m_partial.received = sumSeries(response);
                } else {
                    m_partial.failed = sumSeries(response);
                }
                if (--m_throughputParts > 0)
                    return;
                m_throughput.inFlight = false;
                if (!m_partialFailed)
                    emit throughputLoaded(m_partial);
                if (std::exchange(m_throughput.again, false))
                    startThroughput();
            });
    }
}

void DashboardService::loadStuck(const QStringList &plants, const QStringList &domains, int pageSize)
{
    m_stuckPlants = plants;
    m_stuckDomains = domains;
    m_stuckPageSize = pageSize;
    if (m_stuck.inFlight) {
        m_stuck.again = true;
        return;
    }
    startStuck();
}

void DashboardService::startStuck()
{
    m_stuck.inFlight = true;
    v1::ListStuckRequest request;
    for (const QString &p : m_stuckPlants)
        request.add_plants(p.toStdString());
    for (const QString &d : m_stuckDomains)
        request.add_domains(d.toStdString());
    request.set_page_size(m_stuckPageSize);
    stubs();
    auto stub = m_stubs->dashboard;
    BackendConnectionPrivate::call<v1::ListStuckRequest, v1::ListStuckResponse>(
        m_connection, this, request,
        [stub](BackendConnectionPrivate *, grpc::ClientContext *ctx, const v1::ListStuckRequest *req,
               v1::ListStuckResponse *resp, std::function<void(grpc::Status)> cb) {
            stub->async()->ListStuck(ctx, req, resp, std::move(cb));
        },
        [this](const ServiceError &error, const v1::ListStuckResponse &response) {
            m_stuck.inFlight = false;
            if (error.isOk()) {
                QList<StuckOrder> orders;
                orders.reserve(response.items_size());
                for (const auto &item : response.items())
                    orders << fromProto(item);
                emit stuckLoaded(orders, response.total_size());
            } else {
                emit failed(QStringLiteral("stuck"), error);
            }
            if (std::exchange(m_stuck.again, false))
                startStuck();
        });
}

void DashboardService::loadErrorSignatures(const QStringList &plants, int top)
{
    m_errorPlants = plants;
    m_errorTop = top;
    if (m_errors.inFlight) {
        m_errors.again = true;
        return;
    }
    startErrors();
}

void DashboardService::startErrors()
{
    m_errors.inFlight = true;
    v1::ListErrorGroupsRequest request;
    for (const QString &p : m_errorPlants)
        request.mutable_filter()->add_plants(p.toStdString());
    request.mutable_filter()->add_states(v1::FAILED);
    request.set_page_size(200);
    stubs();
    auto stub = m_stubs->transactions;
    BackendConnectionPrivate::call<v1::ListErrorGroupsRequest, v1::ListErrorGroupsResponse>(
        m_connection, this, request,
        [stub](BackendConnectionPrivate *, grpc::ClientContext *ctx, const v1::ListErrorGroupsRequest *req,
               v1::ListErrorGroupsResponse *resp, std::function<void(grpc::Status)> cb) {
            stub->async()->ListErrorGroups(ctx, req, resp, std::move(cb));
        },
        [this](const ServiceError &error, const v1::ListErrorGroupsResponse &response) {
            m_errors.inFlight = false;
            if (error.isOk()) {
                QList<ErrorSignatureCount> groups;
                for (const auto &g : response.groups()) {
                    ErrorSignatureCount s;
                    s.signature = str(g.signature());
                    s.flowId = str(g.flow_id());
                    s.code = str(g.code());
                    s.sampleMessage = str(g.sample_message());
                    if (g.has_explanation())
                        s.explanation = Flowdesk::fromProto(g.explanation());
                    s.count = g.count();
                    s.valueAtRiskMinor = g.value_at_risk_minor();
                    s.currency = str(g.currency());
                    for (const auto &v : g.values_at_risk())
                        s.valuesAtRisk.append({str(v.currency()), v.amount_minor()});
                    groups << s;
                }
                std::stable_sort(groups.begin(), groups.end(),
                                 [](const ErrorSignatureCount &a, const ErrorSignatureCount &b) { return a.count > b.count; });
                if (groups.size() > m_errorTop)
                    groups.resize(m_errorTop);
                emit errorSignaturesLoaded(groups);
            } else {
                emit failed(QStringLiteral("errors"), error);
            }
            if (std::exchange(m_errors.again, false))
                startErrors();
        });
}

} // namespace Flowdesk
