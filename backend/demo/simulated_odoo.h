#pragma once

// Odoo as an integration sees it, on one loopback server: the external JSON-RPC
// API (POST /jsonrpc, services common and object, Odoo 17.0) and the JSON-2 API
// (POST /json/2/<model>/<method> with a bearer API key, GET /web/version, Odoo
// 19.0). The demo's master data are records (res.partner, product.product,
// uom.uom, mrp.workcenter, maintenance.equipment) that search_read, search,
// search_count, read and name_search find; create on the document models runs
// the flow's business rule and answers a refusal with the exception Odoo would
// raise (ValidationError, MissingError, UserError) and the rule's message.

#include "simulated_server.h"

#include <memory>

namespace flowdesk::backend::demo {

class SimulatedOdoo final : public SimulatedServer {
public:
    static constexpr const char *database = "acme-prod";
    static constexpr int integrationUid = 7;

    explicit SimulatedOdoo(SimulationState &state);
    ~SimulatedOdoo() override;

    struct Data;

protected:
    void installRoutes(httplib::Server &server) override;
    void downAnswer(httplib::Response &res) override;

private:
    std::unique_ptr<Data> d;
};

} // namespace flowdesk::backend::demo
