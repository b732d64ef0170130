#pragma once

// Simulated target systems for the demo and the tests: Odoo (sales,
// manufacturing, maintenance, quality, purchasing, accounting), a 3PL warehouse
// and a Shopify shop, with real master data. Deliveries fail for the reasons the
// real systems would give from the payload's content (an unknown customer code, a
// closed fiscal period, a credit hold...), plus seeded transient outages, and the
// raw answers look like the target's own (Odoo JSON-RPC errors, HTTP status
// lines). Deterministic for a seed.

#include "engine.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace flowdesk::backend {

struct DemoCustomer {
    std::string code;
    std::string name;
    std::string country;
    std::string currency;
    double creditLimit = 0;   // in the customer's currency
    double openExposure = 0;  // open orders and invoices, same currency
    bool creditHold = false;
    std::string city;
    std::string street;
    std::string postalCode;
    std::string email;
    std::string phone;
};

struct DemoProduct {
    std::string code;
    std::string name;
    std::string uom;       // default unit
    double price = 0;      // EUR list price
    double weightKg = 0;
};

struct DemoSupplier {
    std::string code;
    std::string name;
    std::string gln;
    std::map<std::string, std::string> articles;  // supplier article -> product code
};

// The master data both the simulated targets and the demo traffic use.
struct DemoMasterData {
    static const std::vector<DemoCustomer> &customers();
    static const std::vector<DemoProduct> &products();
    static const std::vector<DemoSupplier> &suppliers();
    // Units of measure known to Odoo and their category ("unit", "weight", ...).
    static const std::map<std::string, std::string> &uoms();
    // Sales orders, purchase orders and manufacturing orders that are closed.
    static const std::vector<std::string> &closedOrders();
    static const std::vector<std::string> &workCenters();
    static const std::vector<std::string> &equipment();
    // Documents that already exist in the targets: (flow id, document number).
    static const std::vector<std::pair<std::string, std::string>> &existingDocuments();
    // Fiscal periods ("2026-11") open for posting at `now`: the current and the previous month.
    static bool periodOpen(const std::string &period, TimeMs now);
};

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
