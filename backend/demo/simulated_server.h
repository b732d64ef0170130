#pragma once

// What the demo's simulated systems (Odoo, the 3PL, the web shop) have in
// common: the switches the demo and the tests turn (latency, failure rates, a
// system down, credentials refused, Odoo sessions expiring), what they count
// (documents created, duplicates refused) and an HTTP server on a loopback
// port that serves from its own threads.

#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace flowdesk::backend::demo {

class SimulationState {
public:
    struct Settings {
        std::uint64_t seed = 1;
        double connectivityFailureRate = 0.03;  // per attempt at a document
        double authFailureRate = 0.004;         // per attempt at a document
        std::int64_t latencyMs = 0;             // every answer, with jitter
        std::int64_t slowAnswerMs = 0;          // 0: transient failures never answer slowly
    };

    explicit SimulationState(Settings settings);

    Settings settings() const;
    void setLatencyMs(std::int64_t latencyMs);
    void setFailureRates(double connectivity, double authentication);
    void setSlowAnswerMs(std::int64_t slowAnswerMs);

    void setDown(const std::string &connectorId, bool down);
    bool isDown(const std::string &connectorId) const;
    void setRejected(const std::string &connectorId, bool rejected);
    bool isRejected(const std::string &connectorId) const;

    void expireOdooSessions(int calls);
    // True (once per expiry asked for) when this Odoo call finds its session expired.
    bool takeOdooSessionExpiry();

    // What becomes of one attempt at delivering a document: decided by the seed,
    // the flow, the document number and how often the document was attempted.
    enum class Attempt {
        Proceed,
        Unavailable,  // the system or the proxy in front of it answers 5xx (or 429)
        Slow,         // answered after slowAnswerMs, then processed as usual
        AuthFailure,  // the credential is refused this once
    };
    struct AttemptOutcome {
        Attempt attempt = Attempt::Proceed;
        std::uint64_t salt = 0;  // picks among the ways the system fails
    };
    AttemptOutcome nextAttempt(const std::string &flowId, const std::string &documentNumber);

    void noteExisting(const std::string &flowId, const std::string &documentNumber);
    void noteCreated(const std::string &flowId, const std::string &documentNumber);
    void noteDuplicate();
    std::int64_t createdCount(const std::string &flowId) const;
    int timesCreated(const std::string &flowId, const std::string &documentNumber) const;
    std::int64_t duplicateRejections() const;

    // A request id as the systems print them ("8f3a..."), unique per call.
    std::string requestId();

    // Waits for `ms` (latency, a slow answer); ends at once when the systems stop.
    void pause(std::int64_t ms);
    // The simulated latency of one answer (latencyMs with jitter).
    void simulateLatency();
    void setStopping(bool stopping);

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    Settings m_settings;
    std::set<std::string> m_down;
    std::set<std::string> m_rejected;
    int m_expiredSessions = 0;
    std::map<std::string, int> m_attempts;  // "flow|number" -> attempts so far
    std::map<std::string, int> m_created;   // "flow|number" -> times created
    std::map<std::string, std::int64_t> m_createdPerFlow;
    std::int64_t m_duplicates = 0;
    std::uint64_t m_requests = 0;
};

// An HTTP server on 127.0.0.1 at a port the system picks, serving from its own
// threads (keep-alive connections, concurrent requests). A subclass installs
// the routes; while the connector is down every request gets downAnswer().
class SimulatedServer {
public:
    SimulatedServer(std::string connectorId, SimulationState &state);
    virtual ~SimulatedServer();
    SimulatedServer(const SimulatedServer &) = delete;
    SimulatedServer &operator=(const SimulatedServer &) = delete;

    bool start(std::string *error);
    void stop();
    bool running() const { return m_port > 0; }
    int port() const { return m_port; }
    std::string baseUrl() const;

protected:
    virtual void installRoutes(httplib::Server &server) = 0;
    virtual void downAnswer(httplib::Response &res) = 0;
    SimulationState &state() { return m_state; }
    const std::string &connectorId() const { return m_connectorId; }

private:
    std::string m_connectorId;
    SimulationState &m_state;
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    int m_port = 0;
};

// Small pieces of HTTP the servers share.
// The header's value, or empty.
std::string headerValue(const httplib::Request &req, const char *name);
// The credential after "Bearer " (any case), or empty.
std::string bearerToken(const httplib::Request &req);
void setJson(httplib::Response &res, int status, const std::string &body);
// "2026-12-04T10:24:28Z", now.
std::string nowIso();

} // namespace flowdesk::backend::demo
