#include "demosite.h"

#include "auth.h"
#include "catalogue.h"
#include "store.h"
#include "traffic.h"

#include <spdlog/spdlog.h>

namespace flowdesk::backend {

namespace {

struct DemoUser {
    const char *username;
    const char *password;
    Role role;
    std::vector<std::string> domains;
    std::vector<std::string> plants;
    const char *displayName;
};

const std::vector<DemoUser> &demoUsers()
{
    static const std::vector<DemoUser> users = {
        {"viewer", "demo-viewer", Role::Viewer, {}, {"DE01"}, "Petra Schulz (plant supervisor, Berlin)"},
        {"operator", "demo-operator", Role::Operator, {"sales", "finance"}, {}, "Marc Dubois (sales operations)"},
        {"admin", "demo-admin", Role::Admin, {}, {}, "Anna Nowak (IT admin)"},
        {"auditor", "demo-auditor", Role::Auditor, {}, {}, "Luis Hernández (internal audit)"},
        {"connector", "demo-connector", Role::Connector, {}, {}, "Connector host"},
    };
    return users;
}

} // namespace

DemoSite::DemoSite(DemoOptions options) : m_options(std::move(options))
{
    DemoTargets::Options targetOptions = m_options.targets;
    targetOptions.seed = m_options.seed;
    m_targets = std::make_unique<DemoTargets>(targetOptions);
}

DemoSite::~DemoSite()
{
    stopping();
}

DeliveryAdapter &DemoSite::adapter()
{
    return *m_targets;
}

bool DemoSite::prepare(Store &store, std::string *error)
{
    if (!m_options.prepareData)
        return true;
    const auto flows = demoFlows();
    const auto connectors = demoConnectors();
    std::vector<UserRecord> users;
    const TimeMs now = Clock::system().now();
    for (const auto &u : demoUsers()) {
        if (store.getUser(u.username))
            continue;
        UserRecord r;
        r.username = u.username;
        r.displayName = u.displayName;
        r.role = u.role;
        r.domains = u.domains;
        r.plants = u.plants;
        r.passwordHash = hashPassword(u.password, m_options.passwordIterations);
        r.createdAt = now;
        users.push_back(std::move(r));
    }
    try {
        store.write([&](WriteTxn &txn) {
            for (const auto &f : flows)
                txn.upsertFlow(f);
            // Connectors keep their state (pause, credentials) across restarts.
            for (const auto &c : connectors) {
                if (!txn.getConnector(c.id))
                    txn.upsertConnector(c);
            }
            for (const auto &u : users)
                txn.upsertUser(u);
        });
    } catch (const std::exception &e) {
        if (error)
            *error = std::string("cannot prepare the demo data: ") + e.what();
        return false;
    }
    return true;
}

void DemoSite::seed(Engine &engine, bool freshStore)
{
    if (!freshStore || !m_options.seedHistory || m_options.historyCount <= 0)
        return;
    const int seeded = seedHistory(engine, m_options.historyCount, m_options.historySpanMs, m_options.seed);
    spdlog::info("seeded {} transactions of demo history", seeded);
}

void DemoSite::started(Engine &engine)
{
    if (!m_options.traffic || m_options.trafficRate <= 0 || m_traffic)
        return;
    m_traffic = std::make_unique<TrafficSimulator>(engine, m_options.seed, m_options.trafficRate);
    m_traffic->start();
}

void DemoSite::stopping()
{
    if (m_traffic) {
        m_traffic->stop();
        m_traffic.reset();
    }
}

} // namespace flowdesk::backend
