#pragma once

#include "flowhealth.h"
#include "serviceerror.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace Flowdesk {

class BackendConnection;
struct DashboardStubs;

// Flow health, throughput over time, stuck orders and top error signatures
// (DashboardService, TransactionService.ListErrorGroups) for the dashboards.
// Each kind of answer has at most one request out; asking again while one is
// out folds into one follow-up request with the latest arguments.
class DashboardService : public QObject
{
    Q_OBJECT
public:
    explicit DashboardService(BackendConnection *connection, QObject *parent = nullptr);
    ~DashboardService() override;

    // Empty plants: every plant in the person's scope. The counts cover the
    // last `windowSeconds` (the backend's default of 24 h when 0).
    void loadHealth(const QStringList &plants, qint64 windowSeconds = 0);
    void loadThroughput(DashboardRange range, const QStringList &plants);
    void loadStuck(const QStringList &plants, const QStringList &domains = {}, int pageSize = 500);
    void loadErrorSignatures(const QStringList &plants, int top = 8);

    bool isLoading() const;

signals:
    void healthLoaded(const QList<Flowdesk::FlowHealth> &flows);
    void throughputLoaded(const Flowdesk::Throughput &throughput);
    void stuckLoaded(const QList<Flowdesk::StuckOrder> &orders, int totalSize);
    void errorSignaturesLoaded(const QList<Flowdesk::ErrorSignatureCount> &signatures);
    // `what` names the part that failed ("health", "throughput", "stuck", "errors").
    void failed(const QString &what, const Flowdesk::ServiceError &error);

private:
    // One slot per kind of answer: a request out, and the arguments of the next one.
    struct Pending
    {
        bool inFlight = false;
        bool again = false;
    };
    void startHealth();
    void startThroughput();
    void startStuck();
    void startErrors();
    DashboardStubs &stubs();

    BackendConnection *m_connection; // not owned
    std::shared_ptr<DashboardStubs> m_stubs;
    Pending m_health;
    Pending m_throughput;
    Pending m_stuck;
    Pending m_errors;
    QStringList m_healthPlants;
    qint64 m_healthWindow = 0;
    DashboardRange m_range = DashboardRange::LastDay;
    QStringList m_throughputPlants;
    QStringList m_stuckPlants;
    QStringList m_stuckDomains;
    int m_stuckPageSize = 500;
    QStringList m_errorPlants;
    int m_errorTop = 8;
    int m_throughputParts = 0; // answers still missing of the current throughput request
    Throughput m_partial;
    bool m_partialFailed = false;
};

} // namespace Flowdesk
