#pragma once

// The demo's HTTP JSON systems on loopback servers: a 3PL warehouse's REST API
// (outbound orders, with a bearer token and idempotency keys) and a Shopify
// shop's Admin API (inventory batches, with an access token). Each runs the
// flow's business rule on the request body and answers as the real system
// does: 201 with the created object, 422 with the refusal, 409 for a document
// it already has, 401 for a refused credential, 503 or 429 when it is busy.
// The flow of a request is in its X-Flowdesk-Flow header.

#include "simulated_server.h"

#include <map>
#include <mutex>
#include <set>
#include <string>

namespace flowdesk::backend::demo {

// POST /v2/outbound-orders (Authorization: Bearer, Idempotency-Key), GET /v2/health.
class SimulatedWms final : public SimulatedServer {
public:
    explicit SimulatedWms(SimulationState &state);
    ~SimulatedWms() override;

protected:
    void installRoutes(httplib::Server &server) override;
    void downAnswer(httplib::Response &res) override;

private:
    void createOutboundOrder(const httplib::Request &req, httplib::Response &res);
    bool authorized(const httplib::Request &req, httplib::Response &res);

    std::mutex m_mutex;
    std::set<std::string> m_shipments;               // shipment numbers the warehouse has
    std::map<std::string, std::string> m_answers;    // idempotency key -> the answer (201) given
    std::set<std::string> m_keysInProgress;
    std::int64_t m_nextId = 4100;
};

// POST /admin/api/2024-10/inventory_batches.json, GET /admin/api/2024-10/shop.json
// (X-Shopify-Access-Token).
class SimulatedShop final : public SimulatedServer {
public:
    static constexpr const char *apiVersion = "2024-10";

    explicit SimulatedShop(SimulationState &state);
    ~SimulatedShop() override;

protected:
    void installRoutes(httplib::Server &server) override;
    void downAnswer(httplib::Response &res) override;

private:
    void createInventoryBatch(const httplib::Request &req, httplib::Response &res);
    bool authorized(const httplib::Request &req, httplib::Response &res);

    std::mutex m_mutex;
    std::set<std::string> m_batches;
    std::int64_t m_nextId = 4100;
};

} // namespace flowdesk::backend::demo
