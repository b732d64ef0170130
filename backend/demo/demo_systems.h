#pragma once

// The systems the demo delivers to, as real servers on loopback ports: Odoo
// (JSON-RPC and JSON-2 on one server), a 3PL warehouse's REST API and a
// Shopify shop. flowdeskd reaches them through its ordinary delivery adapters;
// they run in threads of their own, started by the demo, never by the engine.
//
// They refuse documents for the reasons the real systems would (an unknown
// customer code, a closed fiscal period, a credit hold...) with the answers
// those systems give, and fail now and then as real systems do (a gateway
// time-out, a throttled shop, an expired session): deterministic for a seed,
// from the flow, the document number and how often that document was tried.
// The switches below let the demo and the tests take a system down or make
// it refuse its credentials.

#include <cstdint>
#include <memory>
#include <string>

namespace flowdesk::backend {

class DemoSystems {
public:
    struct Options {
        std::uint64_t seed = 1;
        double connectivityFailureRate = 0.03;  // per attempt at a document
        double authFailureRate = 0.004;         // per attempt at a document
        std::int64_t latencyMs = 0;             // every answer, with jitter
        // When above 0, some transient failures are slow answers instead (the
        // document is then created after this long, as a system that kept
        // working after the caller gave up).
        std::int64_t slowAnswerMs = 0;
    };

    // What the simulated Odoo accepts: any login with a non-empty password or
    // API key for this database; the integration user is uid 7.
    static constexpr const char *odooDatabase = "acme-prod";
    static constexpr int odooUid = 7;

    DemoSystems();
    explicit DemoSystems(Options options);
    ~DemoSystems();  // stops
    DemoSystems(const DemoSystems &) = delete;
    DemoSystems &operator=(const DemoSystems &) = delete;

    // Binds the three servers on 127.0.0.1 at ports the system picks and
    // serves from their own threads. False (and *error) when a port cannot be
    // bound. Starting again after stop() serves the same records on new ports.
    bool start(std::string *error = nullptr);
    // Ends every request in progress and joins the servers' threads.
    void stop();
    bool running() const;

    // "http://127.0.0.1:PORT"; empty while stopped.
    std::string odooUrl() const;
    std::string wmsUrl() const;
    std::string shopUrl() const;
    // The base URL of the system behind a demo connector ("odoo", "wms-3pl",
    // "shopify"); empty for another.
    std::string urlOf(const std::string &connectorId) const;

    void setLatencyMs(std::int64_t latencyMs);
    void setFailureRates(double connectivity, double authentication);
    void setSlowAnswerMs(std::int64_t slowAnswerMs);
    // While down, every request gets the answer of a proxy whose backend is
    // gone: 502 Bad Gateway from nginx for Odoo, 503 for the 3PL and the shop.
    void setConnectorDown(const std::string &connectorId, bool down);
    // While set, the system refuses its credential as it does: Odoo's
    // authenticate answers false and execute_kw raises AccessDenied, JSON-2 and
    // the HTTP systems answer 401.
    void setCredentialsRejected(const std::string &connectorId, bool rejected);
    // The next `calls` execute_kw calls find their Odoo session expired
    // (error code 100), as after an Odoo restart.
    void expireOdooSessions(int calls);

    // Documents created so far by a flow (all flows when empty).
    std::int64_t createdCount(const std::string &flowId = {}) const;
    // How often the document was created (more than once would be a double
    // delivery); 1 for a document the systems had before the demo started.
    int timesCreated(const std::string &flowId, const std::string &documentNumber) const;
    // Creations refused because the document already existed.
    std::int64_t duplicateRejections() const;

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

} // namespace flowdesk::backend
