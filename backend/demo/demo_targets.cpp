#include "demo_targets.h"

#include "engine_json.h"
#include "store.h"

#include <rapidjson/document.h>
#include <rapidjson/pointer.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

namespace flowdesk::backend {

using detail::jsonEscape;
using detail::jsonQuote;

// ---------------------------------------------------------------------------

namespace {

enum class TargetKind { Odoo, Wms, Shopify };

TargetKind kindOf(const FlowDef &flow)
{
    if (flow.connectorId == "wms-3pl")
        return TargetKind::Wms;
    if (flow.connectorId == "shopify")
        return TargetKind::Shopify;
    return TargetKind::Odoo;
}

} // namespace

// ---------------------------------------------------------------------------

struct DemoTargets::Impl {
    explicit Impl(Options o) : options(o) {}
    Options options;

    mutable std::mutex mutex;
    std::set<std::string> down;
    std::set<std::string> rejected;
    std::map<std::string, int> created;  // "flow|number" -> times
    std::map<std::string, std::int64_t> createdPerFlow;
    std::int64_t duplicates = 0;
    std::int64_t nextRecordId = 4100;
    std::uint64_t requestCounter = 0;

    std::string requestId(std::uint64_t salt)
    {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(detail::mix64(salt ^ options.seed)));
        return buf;
    }

    void simulateLatency(std::uint64_t salt) const
    {
        if (options.latencyMs <= 0)
            return;
        const double jitter = 0.5 + detail::unitHash(options.seed, salt);
        std::this_thread::sleep_for(
            std::chrono::milliseconds(static_cast<std::int64_t>(static_cast<double>(options.latencyMs) * jitter)));
    }
};

DemoTargets::DemoTargets() : DemoTargets(Options{}) {}

DemoTargets::DemoTargets(Options options) : d(std::make_unique<Impl>(options))
{
    for (const auto &[flow, number] : DemoMasterData::existingDocuments())
        d->created[flow + "|" + number] = 1;
}

DemoTargets::~DemoTargets() = default;

void DemoTargets::setLatencyMs(std::int64_t latencyMs)
{
    std::lock_guard lock(d->mutex);
    d->options.latencyMs = latencyMs;
}

void DemoTargets::setFailureRates(double connectivity, double authentication)
{
    std::lock_guard lock(d->mutex);
    d->options.connectivityFailureRate = connectivity;
    d->options.authFailureRate = authentication;
}

void DemoTargets::setConnectorDown(const std::string &connectorId, bool down)
{
    std::lock_guard lock(d->mutex);
    if (down)
        d->down.insert(connectorId);
    else
        d->down.erase(connectorId);
}

void DemoTargets::setCredentialsRejected(const std::string &connectorId, bool rejected)
{
    std::lock_guard lock(d->mutex);
    if (rejected)
        d->rejected.insert(connectorId);
    else
        d->rejected.erase(connectorId);
}

std::int64_t DemoTargets::createdCount(const std::string &flowId) const
{
    std::lock_guard lock(d->mutex);
    if (!flowId.empty()) {
        auto it = d->createdPerFlow.find(flowId);
        return it == d->createdPerFlow.end() ? 0 : it->second;
    }
    std::int64_t total = 0;
    for (const auto &[flow, n] : d->createdPerFlow)
        total += n;
    return total;
}

int DemoTargets::timesCreated(const std::string &flowId, const std::string &documentNumber) const
{
    std::lock_guard lock(d->mutex);
    auto it = d->created.find(flowId + "|" + documentNumber);
    return it == d->created.end() ? 0 : it->second;
}

std::int64_t DemoTargets::duplicateRejections() const
{
    std::lock_guard lock(d->mutex);
    return d->duplicates;
}

namespace {

std::string odooError(const std::string &exceptionName, const std::string &message, std::uint64_t rpcId)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nServer: Werkzeug/2.0.2 Python/3.10.12\r\n\r\n"
           "{\"jsonrpc\":\"2.0\",\"id\":" + std::to_string(rpcId) +
           ",\"error\":{\"code\":200,\"message\":\"Odoo Server Error\",\"data\":{\"name\":" + jsonQuote(exceptionName) +
           ",\"debug\":" +
           jsonQuote("Traceback (most recent call last):\n  File \"/usr/lib/python3/dist-packages/odoo/http.py\", "
                     "line 1765, in _serve_db\n    return service_model.retrying(self._serve_ir_http, self.env)\n" +
                     exceptionName + ": " + message + "\n") +
           ",\"message\":" + jsonQuote(message) + ",\"arguments\":[" + jsonQuote(message) +
           "],\"context\":{}}}}";
}

std::string httpJson(int status, const char *reason, const std::string &body, const std::string &extraHeaders = {})
{
    return "HTTP/1.1 " + std::to_string(status) + " " + reason + "\r\nContent-Type: application/json\r\n" +
           extraHeaders + "\r\n" + body;
}

} // namespace

DeliveryResult DemoTargets::deliver(const FlowDef &flow, const Transaction &tx)
{
    const auto started = std::chrono::steady_clock::now();
    const TimeMs now = Clock::system().now();
    const TargetKind kind = kindOf(flow);
    const std::uint64_t salt = detail::hashString(flow.id + "|" + tx.businessKey + "|" + tx.idempotencyKey) ^
                               static_cast<std::uint64_t>(tx.id);
    Options options;
    bool isDown, isRejected;
    std::uint64_t rpcId;
    {
        std::lock_guard lock(d->mutex);
        options = d->options;
        isDown = d->down.count(flow.connectorId) > 0;
        isRejected = d->rejected.count(flow.connectorId) > 0;
        rpcId = ++d->requestCounter;
    }
    d->simulateLatency(salt + static_cast<std::uint64_t>(tx.attempts));

    DeliveryResult result;
    auto finish = [&]() {
        result.latencyMs = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                                 started)
                               .count();
        return result;
    };
    auto fail = [&](ErrorCategory category, std::string code, std::string message, std::string raw) {
        result.ok = false;
        result.error.category = category;
        result.error.code = std::move(code);
        result.error.message = std::move(message);
        result.error.targetResponse = std::move(raw);
        return finish();
    };

    // Transport and authentication first, as in real life.
    const double u = detail::unitHash(options.seed, salt, static_cast<std::uint64_t>(tx.attempts));
    if (isDown || u < options.connectivityFailureRate) {
        const bool timeout = isDown ? false : detail::unitHash(salt, options.seed, 7) < 0.6;
        if (kind == TargetKind::Odoo) {
            if (timeout)
                return fail(ErrorCategory::Connectivity, "TIMEOUT",
                            "Odoo did not answer within 30 s (504 Gateway Time-out)",
                            "HTTP/1.1 504 Gateway Time-out\r\nServer: nginx/1.22.1\r\nContent-Type: text/html\r\n\r\n"
                            "<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway "
                            "Time-out</h1></center><hr><center>nginx/1.22.1</center></body></html>");
            return fail(ErrorCategory::Connectivity, "CONNECTION_REFUSED",
                        "Connection to erp.acme-industrial.example:443 refused",
                        "connect ECONNREFUSED 10.20.4.11:443 (erp.acme-industrial.example)");
        }
        if (kind == TargetKind::Shopify)
            return fail(ErrorCategory::Connectivity, timeout ? "RATE_LIMITED" : "SERVICE_UNAVAILABLE",
                        timeout ? "Shopify throttled the request (429 Too Many Requests)"
                                : "Shopify is unavailable (503 Service Unavailable)",
                        timeout ? httpJson(429, "Too Many Requests", "{\"errors\":\"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.\"}", "Retry-After: 2.0\r\n")
                                : httpJson(503, "Service Unavailable", "{\"errors\":\"Unavailable Shop\"}"));
        return fail(ErrorCategory::Connectivity, timeout ? "TIMEOUT" : "SERVICE_UNAVAILABLE",
                    timeout ? "3PL API did not answer within 20 s" : "3PL API is unavailable (503 Service Unavailable)",
                    timeout ? std::string("read ETIMEDOUT api.logistics-partner.example:443")
                            : httpJson(503, "Service Unavailable",
                                       "{\"error\":{\"code\":\"maintenance\",\"message\":\"Scheduled maintenance, "
                                       "retry later\",\"request_id\":\"" + d->requestId(salt) + "\"}}"));
    }
    if (isRejected || u < options.connectivityFailureRate + options.authFailureRate) {
        if (kind == TargetKind::Odoo)
            return fail(ErrorCategory::Authentication, "SESSION_EXPIRED",
                        "Odoo refused the API key of the integration user (Access Denied)",
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":" +
                            std::to_string(rpcId) +
                            ",\"error\":{\"code\":100,\"message\":\"Odoo Session Expired\",\"data\":{\"name\":"
                            "\"odoo.exceptions.AccessDenied\",\"debug\":\"\",\"message\":\"Access Denied\","
                            "\"arguments\":[\"Access Denied\"],\"context\":{}}}}");
        if (kind == TargetKind::Shopify)
            return fail(ErrorCategory::Authentication, "INVALID_TOKEN", "Shopify rejected the access token (401)",
                        httpJson(401, "Unauthorized",
                                 "{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong "
                                 "password)\"}"));
        return fail(ErrorCategory::Authentication, "TOKEN_EXPIRED", "3PL API rejected the OAuth token (401)",
                    httpJson(401, "Unauthorized",
                             "{\"error\":\"invalid_token\",\"error_description\":\"The access token expired\"}",
                             "WWW-Authenticate: Bearer error=\"invalid_token\"\r\n"));
    }

    rapidjson::Document payload;
    payload.Parse(tx.payloadJson.c_str(), tx.payloadJson.size());
    const bool payloadOk = !payload.HasParseError() && payload.IsObject();
    std::optional<demo::RuleFailure> failure;
    if (!payloadOk)
        failure = demo::RuleFailure{ErrorCategory::Validation, "MALFORMED_PAYLOAD", "The payload is not a JSON object", ""};
    else
        failure = demo::checkDocument(flow.id, payload, now);
    const std::string number = payloadOk ? demo::documentNumber(flow.id, payload) : std::string();
    const std::string docKey = flow.id + "|" + number;
    if (!failure && !number.empty()) {
        std::lock_guard lock(d->mutex);
        auto it = d->created.find(docKey);
        if (it != d->created.end() && it->second > 0) {
            ++d->duplicates;
            failure = demo::RuleFailure{ErrorCategory::Duplicate, "DUPLICATE_DOCUMENT", demo::duplicateMessage(flow.id, number), ""};
        } else {
            d->created[docKey] += 1;
            d->createdPerFlow[flow.id] += 1;
            result.targetReference = kind == TargetKind::Odoo ? std::string(demo::odooModel(flow.id)) + "," +
                                                                    std::to_string(++d->nextRecordId)
                                     : kind == TargetKind::Wms ? "OB-" + std::to_string(++d->nextRecordId)
                                                               : "gid://shopify/InventoryBatch/" +
                                                                     std::to_string(++d->nextRecordId);
        }
    }
    if (failure) {
        std::string raw;
        if (kind == TargetKind::Odoo) {
            const char *exc = failure->category == ErrorCategory::Validation ? "odoo.exceptions.ValidationError"
                              : failure->category == ErrorCategory::MasterData ? "odoo.exceptions.MissingError"
                                                                               : "odoo.exceptions.UserError";
            raw = odooError(exc, failure->message, rpcId);
        } else if (kind == TargetKind::Shopify) {
            raw = httpJson(failure->category == ErrorCategory::Duplicate ? 409 : 422,
                           failure->category == ErrorCategory::Duplicate ? "Conflict" : "Unprocessable Entity",
                           "{\"errors\":{" + jsonQuote(failure->field.empty() ? "base" : failure->field) + ":[" +
                               jsonQuote(failure->message) + "]}}",
                           "X-Shopify-Shop-Api-Call-Limit: 3/40\r\n");
        } else {
            raw = httpJson(failure->category == ErrorCategory::Duplicate ? 409 : 422,
                           failure->category == ErrorCategory::Duplicate ? "Conflict" : "Unprocessable Entity",
                           "{\"error\":{\"code\":" + jsonQuote(failure->code) + ",\"message\":" +
                               jsonQuote(failure->message) + ",\"field\":" + jsonQuote(failure->field) +
                               ",\"request_id\":\"" + d->requestId(salt) + "\"}}");
        }
        return fail(failure->category, failure->code, failure->message, std::move(raw));
    }
    result.ok = true;
    return finish();
}

ConnectionTest DemoTargets::test(const ConnectorRecord &connector)
{
    ConnectionTest t;
    Options options;
    bool isDown, isRejected;
    {
        std::lock_guard lock(d->mutex);
        options = d->options;
        isDown = d->down.count(connector.id) > 0;
        isRejected = d->rejected.count(connector.id) > 0;
    }
    const std::uint64_t salt = detail::hashString(connector.id, options.seed);
    d->simulateLatency(salt);
    // A handshake takes what it takes on the wire.
    t.latencyMs = options.latencyMs + 15 + static_cast<std::int64_t>(detail::unitHash(salt) * 60.0);
    std::string host = connector.endpoint;
    if (auto p = host.find("://"); p != std::string::npos)
        host = host.substr(p + 3);
    if (auto p = host.find('/'); p != std::string::npos)
        host = host.substr(0, p);
    if (isDown) {
        t.ok = false;
        t.message = "Cannot reach " + host + ": connection refused";
        return t;
    }
    if (isRejected) {
        t.ok = false;
        t.message = "Reached " + host + " but the credential was rejected (401 Unauthorized)";
        return t;
    }
    if (connector.paused) {
        t.ok = true;
        t.message = "Reachable and authenticated; the connector is paused, so nothing is delivered";
        return t;
    }
    t.ok = true;
    if (connector.kind == "odoo")
        t.message = "Odoo 17.0 at " + host + " answered; authenticated as integration user (uid 7)";
    else if (connector.kind == "shop")
        t.message = "Shopify Admin API 2024-10 at " + host + " answered; access scopes read_inventory, write_inventory";
    else
        t.message = connector.name + " at " + host + " answered; " + connector.authType + " authentication accepted";
    return t;
}

} // namespace flowdesk::backend
