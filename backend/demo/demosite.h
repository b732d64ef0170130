#pragma once

// The demo as a site: the demo site's configuration (built into the program),
// its accounts, the simulated Odoo, 3PL and web shop as HTTP servers on
// loopback reached through the real delivery adapters, seeded history and live
// traffic.

#include "demo_systems.h"
#include "server.h"

#include <cstdint>
#include <memory>
#include <string>

namespace flowdesk::backend {

class TrafficSimulator;
class SiteAdapter;
struct SiteConfig;

struct DemoOptions {
    std::uint64_t seed = 1;
    // Write the demo catalogue, connectors and accounts into the store (off
    // for a data folder that brings its own, such as the benchmarks' data set).
    bool prepareData = true;
    // Live traffic, transactions per second (none when traffic is false or the
    // rate is 0).
    bool traffic = true;
    double trafficRate = 5.0;
    // History seeded into a fresh data folder.
    bool seedHistory = true;
    int historyCount = 3000;
    std::int64_t historySpanMs = 30LL * 24 * 3600 * 1000;
    // The simulated systems (their seed is the demo's).
    DemoSystems::Options targets;
    // Password hashing cost of the demo accounts (tests may lower it).
    PasswordCost passwordCost;
};

class DemoSite final : public Site {
public:
    explicit DemoSite(DemoOptions options = {});
    ~DemoSite() override;

    DeliveryAdapter &adapter() override;
    void useSecrets(SecretLookup &secrets) override;
    bool prepare(Store &store, std::string *error) override;
    void seed(Engine &engine, bool freshStore) override;
    void started(Engine &engine) override;
    void stopping() override;

    // The simulated systems (tests switch their failures on and off).
    DemoSystems &targets() { return *m_systems; }
    const DemoOptions &options() const { return m_options; }
    // The demo site's configuration, its connectors pointed at the simulated systems.
    std::shared_ptr<const SiteConfig> config() const { return m_config; }

    class Secrets;

private:
    DemoOptions m_options;
    std::unique_ptr<DemoSystems> m_systems;
    std::string m_startError;
    std::shared_ptr<const SiteConfig> m_config;
    std::unique_ptr<Secrets> m_secrets;
    std::unique_ptr<SiteAdapter> m_adapter;
    std::unique_ptr<TrafficSimulator> m_traffic;
};

} // namespace flowdesk::backend
