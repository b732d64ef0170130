#include "simulated_server.h"

#include "engine_json.h"

#include <httplib.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>

namespace flowdesk::backend::demo {

// ---------------------------------------------------------------------------
// SimulationState

SimulationState::SimulationState(Settings settings) : m_settings(settings) {}

SimulationState::Settings SimulationState::settings() const
{
    std::lock_guard lock(m_mutex);
    return m_settings;
}

void SimulationState::setLatencyMs(std::int64_t latencyMs)
{
    std::lock_guard lock(m_mutex);
    m_settings.latencyMs = latencyMs;
}

void SimulationState::setFailureRates(double connectivity, double authentication)
{
    std::lock_guard lock(m_mutex);
    m_settings.connectivityFailureRate = connectivity;
    m_settings.authFailureRate = authentication;
}

void SimulationState::setSlowAnswerMs(std::int64_t slowAnswerMs)
{
    std::lock_guard lock(m_mutex);
    m_settings.slowAnswerMs = slowAnswerMs;
}

void SimulationState::setDown(const std::string &connectorId, bool down)
{
    std::lock_guard lock(m_mutex);
    if (down)
        m_down.insert(connectorId);
    else
        m_down.erase(connectorId);
}

bool SimulationState::isDown(const std::string &connectorId) const
{
    std::lock_guard lock(m_mutex);
    return m_down.count(connectorId) > 0;
}

void SimulationState::setRejected(const std::string &connectorId, bool rejected)
{
    std::lock_guard lock(m_mutex);
    if (rejected)
        m_rejected.insert(connectorId);
    else
        m_rejected.erase(connectorId);
}

bool SimulationState::isRejected(const std::string &connectorId) const
{
    std::lock_guard lock(m_mutex);
    return m_rejected.count(connectorId) > 0;
}

void SimulationState::expireOdooSessions(int calls)
{
    std::lock_guard lock(m_mutex);
    m_expiredSessions = std::max(0, calls);
}

bool SimulationState::takeOdooSessionExpiry()
{
    std::lock_guard lock(m_mutex);
    if (m_expiredSessions <= 0)
        return false;
    --m_expiredSessions;
    return true;
}

SimulationState::AttemptOutcome SimulationState::nextAttempt(const std::string &flowId,
                                                             const std::string &documentNumber)
{
    const std::string key = flowId + "|" + documentNumber;
    Settings settings;
    int attempt = 0;
    {
        std::lock_guard lock(m_mutex);
        settings = m_settings;
        attempt = ++m_attempts[key];
    }
    const std::uint64_t document = detail::hashString(key);
    const auto n = static_cast<std::uint64_t>(attempt);
    AttemptOutcome outcome;
    outcome.salt = detail::mix64(document ^ settings.seed ^ (n << 32));
    const double u = detail::unitHash(settings.seed, document, n);
    if (u < settings.connectivityFailureRate) {
        const bool slow = settings.slowAnswerMs > 0 && detail::unitHash(document, settings.seed, n + 7919) < 0.4;
        outcome.attempt = slow ? Attempt::Slow : Attempt::Unavailable;
    } else if (u < settings.connectivityFailureRate + settings.authFailureRate) {
        outcome.attempt = Attempt::AuthFailure;
    }
    return outcome;
}

void SimulationState::noteExisting(const std::string &flowId, const std::string &documentNumber)
{
    std::lock_guard lock(m_mutex);
    m_created[flowId + "|" + documentNumber] = 1;
}

void SimulationState::noteCreated(const std::string &flowId, const std::string &documentNumber)
{
    std::lock_guard lock(m_mutex);
    m_created[flowId + "|" + documentNumber] += 1;
    m_createdPerFlow[flowId] += 1;
}

void SimulationState::noteDuplicate()
{
    std::lock_guard lock(m_mutex);
    ++m_duplicates;
}

std::int64_t SimulationState::createdCount(const std::string &flowId) const
{
    std::lock_guard lock(m_mutex);
    if (!flowId.empty()) {
        auto it = m_createdPerFlow.find(flowId);
        return it == m_createdPerFlow.end() ? 0 : it->second;
    }
    std::int64_t total = 0;
    for (const auto &[flow, n] : m_createdPerFlow)
        total += n;
    return total;
}

int SimulationState::timesCreated(const std::string &flowId, const std::string &documentNumber) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_created.find(flowId + "|" + documentNumber);
    return it == m_created.end() ? 0 : it->second;
}

std::int64_t SimulationState::duplicateRejections() const
{
    std::lock_guard lock(m_mutex);
    return m_duplicates;
}

std::string SimulationState::requestId()
{
    std::uint64_t n, seed;
    {
        std::lock_guard lock(m_mutex);
        n = ++m_requests;
        seed = m_settings.seed;
    }
    char buf[40];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(detail::mix64(n ^ (seed << 20))));
    return buf;
}

void SimulationState::pause(std::int64_t ms)
{
    if (ms <= 0)
        return;
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stopping; });
}

void SimulationState::simulateLatency()
{
    std::int64_t latency;
    std::uint64_t n, seed;
    {
        std::lock_guard lock(m_mutex);
        latency = m_settings.latencyMs;
        n = ++m_requests;
        seed = m_settings.seed;
    }
    if (latency <= 0)
        return;
    const double jitter = 0.5 + detail::unitHash(seed, n, 17);
    pause(static_cast<std::int64_t>(static_cast<double>(latency) * jitter));
}

void SimulationState::setStopping(bool stopping)
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = stopping;
    }
    m_wake.notify_all();
}

// ---------------------------------------------------------------------------
// SimulatedServer

namespace {
// Connections are served by a pool of threads, one per open connection; the
// engine delivers from several threads and keeps its connections alive.
constexpr std::size_t kServerThreads = 16;
// An idle kept-alive connection is closed after this; stopping waits for it.
constexpr time_t kKeepAliveSeconds = 2;
} // namespace

SimulatedServer::SimulatedServer(std::string connectorId, SimulationState &state)
    : m_connectorId(std::move(connectorId)), m_state(state)
{
}

SimulatedServer::~SimulatedServer()
{
    stop();
}

bool SimulatedServer::start(std::string *error)
{
    if (m_server)
        return true;
    auto server = std::make_unique<httplib::Server>();
    server->new_task_queue = [] { return new httplib::ThreadPool(kServerThreads); };
    server->set_keep_alive_max_count(1000);
    server->set_keep_alive_timeout(kKeepAliveSeconds);
    server->set_tcp_nodelay(true);
    server->set_pre_routing_handler([this](const httplib::Request &, httplib::Response &res) {
        if (m_state.isDown(m_connectorId)) {
            downAnswer(res);
            return httplib::Server::HandlerResponse::Handled;
        }
        m_state.simulateLatency();
        return httplib::Server::HandlerResponse::Unhandled;
    });
    server->set_exception_handler([](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
        res.status = 500;
        res.set_content("Internal Server Error", "text/plain");
    });
    installRoutes(*server);
    // Answers leave at once, as from a real system's server (no Nagle delay
    // between headers and body).
    server->set_tcp_nodelay(true);

    const int port = server->bind_to_any_port("127.0.0.1");
    if (port <= 0) {
        if (error)
            *error = "cannot bind a loopback port for the simulated " + m_connectorId;
        return false;
    }
    httplib::Server *raw = server.get();
    m_thread = std::thread([raw] { raw->listen_after_bind(); });
    // stop() only takes effect once the accept loop runs.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!raw->is_running() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    m_server = std::move(server);
    m_port = port;
    return true;
}

void SimulatedServer::stop()
{
    if (!m_server)
        return;
    m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
    m_server.reset();
    m_port = 0;
}

std::string SimulatedServer::baseUrl() const
{
    return m_port > 0 ? "http://127.0.0.1:" + std::to_string(m_port) : std::string();
}

// ---------------------------------------------------------------------------

std::string headerValue(const httplib::Request &req, const char *name)
{
    return req.has_header(name) ? req.get_header_value(name) : std::string();
}

std::string bearerToken(const httplib::Request &req)
{
    const std::string value = headerValue(req, "Authorization");
    if (value.size() < 7)
        return {};
    std::string scheme = value.substr(0, 7);
    for (char &c : scheme)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (scheme != "bearer ")
        return {};
    std::string token = value.substr(7);
    while (!token.empty() && token.front() == ' ')
        token.erase(token.begin());
    return token;
}

void setJson(httplib::Response &res, int status, const std::string &body)
{
    res.status = status;
    res.set_content(body, "application/json; charset=utf-8");
}

std::string nowIso()
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::system_clock::now().time_since_epoch())
                        .count();
    return detail::formatDateTime(ms);
}

} // namespace flowdesk::backend::demo
