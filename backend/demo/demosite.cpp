#include "demosite.h"

#include "auth.h"
#include "configuredsite.h"
#include "siteadapter.h"
#include "siteconfig.h"
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
        {"viewer", "demo-viewer", Role::Viewer, {}, {"DE01"}, "Petra Schulz"},
        {"operator", "demo-operator", Role::Operator, {"sales", "finance"}, {}, "Marc Dubois"},
        {"admin", "demo-admin", Role::Admin, {}, {}, "Anna Nowak"},
        {"auditor", "demo-auditor", Role::Auditor, {}, {}, "Luis Hernández"},
        {"connector", "demo-connector", Role::Connector, {}, {}, "Connector host"},
    };
    return users;
}

} // namespace

// The demo's credentials: one set with SetCredential, else the variable the
// demo's configuration names, else the demo's own (the simulated systems take
// any non-empty credential unless told to refuse it).
class DemoSite::Secrets final : public CredentialSource {
public:
    std::optional<std::string> secret(const ConnectorConfig &connector) override
    {
        if (auto s = site.secret(connector))
            return s;
        return "demo-credential-" + connector.id;
    }
    SiteSecrets site;
};

DemoSite::DemoSite(DemoOptions options) : m_options(std::move(options)), m_secrets(std::make_unique<Secrets>())
{
    DemoSystems::Options systems = m_options.targets;
    systems.seed = m_options.seed;
    m_systems = std::make_unique<DemoSystems>(systems);
    std::vector<ConfigError> errors;
    auto config = loadDemoSiteConfig(&errors);
    if (!config) {
        m_startError = "the demo site's configuration has errors:";
        for (const auto &e : errors)
            m_startError += "\n  " + e.text();
        config = SiteConfig{};
    } else if (std::string error; !m_systems->start(&error)) {
        m_startError = "cannot start the demo's simulated systems: " + error;
    } else {
        // The demo's connectors reach the simulated systems on loopback.
        for (auto &c : config->connectors)
            if (const std::string url = m_systems->urlOf(c.id); !url.empty())
                c.baseUrl = url;
    }
    m_config = std::make_shared<const SiteConfig>(std::move(*config));
    m_adapter = std::make_unique<SiteAdapter>(m_config, *m_secrets);
}

DemoSite::~DemoSite()
{
    stopping();
    m_systems->stop();
}

DeliveryAdapter &DemoSite::adapter()
{
    return *m_adapter;
}

void DemoSite::useSecrets(SecretLookup &secrets)
{
    m_secrets->site.setStored(&secrets);
}

bool DemoSite::prepare(Store &store, std::string *error)
{
    if (!m_startError.empty()) {
        if (error)
            *error = m_startError;
        return false;
    }
    if (!m_options.prepareData)
        return true;
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
        r.passwordHash = hashPassword(u.password, m_options.passwordCost);
        r.createdAt = now;
        users.push_back(std::move(r));
    }
    try {
        const SiteReload catalogue = applyCatalogue(store, *m_config);
        if (!catalogue.applied) {
            if (error) {
                *error = "cannot prepare the demo data:";
                for (const auto &p : catalogue.problems)
                    *error += "\n  " + p.message;
            }
            return false;
        }
        store.write([&](WriteTxn &txn) {
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
