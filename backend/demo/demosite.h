#pragma once

// The demo as a site: the demo catalogue, connectors and accounts, simulated
// target systems behind the delivery adapter, seeded history and live traffic.

#include "demo_targets.h"
#include "server.h"

#include <cstdint>
#include <memory>

namespace flowdesk::backend {

class TrafficSimulator;

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
    DemoTargets::Options targets;
    // Password hashing cost of the demo accounts (tests may lower it).
    int passwordIterations = 120000;
};

class DemoSite final : public Site {
public:
    explicit DemoSite(DemoOptions options = {});
    ~DemoSite() override;

    DeliveryAdapter &adapter() override;
    bool prepare(Store &store, std::string *error) override;
    void seed(Engine &engine, bool freshStore) override;
    void started(Engine &engine) override;
    void stopping() override;

    // The simulated systems (tests switch their failures on and off).
    DemoTargets &targets() { return *m_targets; }
    const DemoOptions &options() const { return m_options; }

private:
    DemoOptions m_options;
    std::unique_ptr<DemoTargets> m_targets;
    std::unique_ptr<TrafficSimulator> m_traffic;
};

} // namespace flowdesk::backend
