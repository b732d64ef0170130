#pragma once

// Simulated target systems for the demo and the tests: Odoo (sales,
// manufacturing, maintenance, quality, purchasing, accounting), a 3PL warehouse
// and a Shopify shop, with real master data. Deliveries fail for the reasons the
// real systems would give from the payload's content (an unknown customer code, a
// closed fiscal period, a credit hold...), plus seeded transient outages, and the
// raw answers look like the target's own (Odoo JSON-RPC errors, HTTP status
// lines). Deterministic for a seed.

#include "demo_rules.h"
#include "engine.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace flowdesk::backend {

class DemoTargets : public DeliveryAdapter {
public:
    struct Options {
        std::uint64_t seed = 1;
        double connectivityFailureRate = 0.03;  // per attempt
        double authFailureRate = 0.004;         // per attempt
        std::int64_t latencyMs = 0;             // simulated round trip
    };

    DemoTargets();
    explicit DemoTargets(Options options);
    ~DemoTargets() override;

    DeliveryResult deliver(const FlowDef &flow, const Transaction &tx) override;
    ConnectionTest test(const ConnectorRecord &connector) override;

    void setLatencyMs(std::int64_t latencyMs);
    void setFailureRates(double connectivity, double authentication);
    // Every call to the connector fails with a connection error while down.
    void setConnectorDown(const std::string &connectorId, bool down);
    // Every call to the connector is refused as unauthenticated while set.
    void setCredentialsRejected(const std::string &connectorId, bool rejected);

    // Documents created so far by successful deliveries of a flow (all flows when empty).
    std::int64_t createdCount(const std::string &flowId = {}) const;
    // How often the document was created (more than once would be a double delivery).
    int timesCreated(const std::string &flowId, const std::string &documentNumber) const;
    // Deliveries refused because the document already existed.
    std::int64_t duplicateRejections() const;

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

} // namespace flowdesk::backend
