#include "simulated_http.h"

#include "clock.h"
#include "demo_rules.h"
#include "engine_json.h"

#include <httplib.h>
#include <rapidjson/document.h>

namespace flowdesk::backend::demo {

using detail::jsonQuote;

namespace {

constexpr const char *kWmsFlow = "wms-shipment-dispatch";
constexpr const char *kShopFlow = "odoo-stock-to-ecommerce";

std::string flowOf(const httplib::Request &req, const char *fallback)
{
    const std::string flow = headerValue(req, "X-Flowdesk-Flow");
    return flow.empty() ? std::string(fallback) : flow;
}

std::string member(const rapidjson::Value &object, const char *name)
{
    if (!object.IsObject())
        return {};
    auto it = object.FindMember(name);
    return it != object.MemberEnd() && it->value.IsString()
               ? std::string(it->value.GetString(), it->value.GetStringLength())
               : std::string();
}

} // namespace

// ---------------------------------------------------------------------------
// The 3PL

SimulatedWms::SimulatedWms(SimulationState &state) : SimulatedServer("wms-3pl", state)
{
    for (const auto &[flow, number] : DemoMasterData::existingDocuments())
        if (flow == kWmsFlow)
            m_shipments.insert(number);
}

SimulatedWms::~SimulatedWms()
{
    stop();
}

void SimulatedWms::installRoutes(httplib::Server &server)
{
    server.Post("/v2/outbound-orders",
                [this](const httplib::Request &req, httplib::Response &res) { createOutboundOrder(req, res); });
    server.Get("/v2/health", [this](const httplib::Request &req, httplib::Response &res) {
        // Public; a token that comes along is checked, so a connection test sees a refused one.
        if (req.has_header("Authorization") && !authorized(req, res))
            return;
        setJson(res, 200, "{\"status\":\"ok\",\"version\":\"2.14.3\"}");
    });
}

void SimulatedWms::downAnswer(httplib::Response &res)
{
    // The load balancer in front of the API, without a healthy backend.
    res.status = 503;
    res.set_header("Server", "envoy");
    res.set_content("no healthy upstream", "text/plain");
}

bool SimulatedWms::authorized(const httplib::Request &req, httplib::Response &res)
{
    if (!bearerToken(req).empty() && !state().isRejected(connectorId()))
        return true;
    res.set_header("WWW-Authenticate", "Bearer realm=\"api\", error=\"invalid_token\", "
                                       "error_description=\"The access token expired\"");
    setJson(res, 401, "{\"error\":\"invalid_token\",\"error_description\":\"The access token expired\"}");
    return false;
}

void SimulatedWms::createOutboundOrder(const httplib::Request &req, httplib::Response &res)
{
    const std::string requestId = state().requestId();
    res.set_header("X-Request-Id", requestId);
    if (!authorized(req, res))
        return;
    auto refuse = [&](int status, const std::string &code, const std::string &message, const std::string &field) {
        setJson(res, status,
                "{\"error\":{\"code\":" + jsonQuote(code) + ",\"message\":" + jsonQuote(message) +
                    ",\"field\":" + jsonQuote(field) + ",\"request_id\":" + jsonQuote(requestId) + "}}");
    };
    rapidjson::Document body;
    body.Parse(req.body.c_str(), req.body.size());
    if (body.HasParseError() || !body.IsObject()) {
        refuse(400, "INVALID_JSON", "The request body is not a JSON object", "");
        return;
    }
    const std::string flow = flowOf(req, kWmsFlow);
    const std::string number = documentNumber(flow, body);

    const auto attempt = state().nextAttempt(flow, number);
    if (attempt.attempt == SimulationState::Attempt::Unavailable) {
        res.set_header("Retry-After", "5");
        setJson(res, 503,
                "{\"error\":{\"code\":\"maintenance\",\"message\":\"Scheduled maintenance, retry later\","
                "\"request_id\":" + jsonQuote(requestId) + "}}");
        return;
    }
    if (attempt.attempt == SimulationState::Attempt::AuthFailure) {
        res.set_header("WWW-Authenticate", "Bearer realm=\"api\", error=\"invalid_token\", "
                                           "error_description=\"The access token expired\"");
        setJson(res, 401, "{\"error\":\"invalid_token\",\"error_description\":\"The access token expired\"}");
        return;
    }

    // The same key again gets the first answer: the order exists once.
    const std::string key = headerValue(req, "Idempotency-Key");
    if (!key.empty()) {
        std::lock_guard lock(m_mutex);
        auto it = m_answers.find(key);
        if (it != m_answers.end()) {
            res.set_header("Idempotent-Replayed", "true");
            setJson(res, 200, it->second);
            return;
        }
        if (!m_keysInProgress.insert(key).second) {
            refuse(409, "IDEMPOTENCY_CONFLICT", "A request with this Idempotency-Key is still being processed", "");
            return;
        }
    }
    struct Release {
        SimulatedWms *self;
        std::string key;
        ~Release()
        {
            if (key.empty())
                return;
            std::lock_guard lock(self->m_mutex);
            self->m_keysInProgress.erase(key);
        }
    } release{this, key};

    if (attempt.attempt == SimulationState::Attempt::Slow)
        state().pause(state().settings().slowAnswerMs);

    if (auto failure = checkDocument(flow, body, Clock::system().now())) {
        refuse(422, failure->code, failure->message, failure->field);
        return;
    }
    std::lock_guard lock(m_mutex);
    if (!number.empty() && m_shipments.count(number)) {
        state().noteDuplicate();
        refuse(409, "DUPLICATE_SHIPMENT", duplicateMessage(kWmsFlow, number), "shipment_number");
        return;
    }
    if (!number.empty())
        m_shipments.insert(number);
    const std::string id = "OB-" + std::to_string(++m_nextId);
    const std::string answer = "{\"id\":" + jsonQuote(id) + ",\"status\":\"accepted\",\"shipment_number\":" +
                               jsonQuote(number) + ",\"sales_order\":" + jsonQuote(member(body, "sales_order")) +
                               ",\"carrier\":" + jsonQuote(member(body, "carrier")) +
                               ",\"created_at\":" + jsonQuote(nowIso()) + ",\"request_id\":" + jsonQuote(requestId) +
                               "}";
    if (!key.empty())
        m_answers[key] = answer;
    state().noteCreated(flow, number);
    res.set_header("Location", "/v2/outbound-orders/" + id);
    setJson(res, 201, answer);
}

// ---------------------------------------------------------------------------
// The shop

SimulatedShop::SimulatedShop(SimulationState &state) : SimulatedServer("shopify", state)
{
    for (const auto &[flow, number] : DemoMasterData::existingDocuments())
        if (flow == kShopFlow)
            m_batches.insert(number);
}

SimulatedShop::~SimulatedShop()
{
    stop();
}

void SimulatedShop::installRoutes(httplib::Server &server)
{
    const std::string base = std::string("/admin/api/") + apiVersion;
    server.Post(base + "/inventory_batches.json",
                [this](const httplib::Request &req, httplib::Response &res) { createInventoryBatch(req, res); });
    server.Get(base + "/shop.json", [this](const httplib::Request &req, httplib::Response &res) {
        if (!authorized(req, res))
            return;
        setJson(res, 200,
                "{\"shop\":{\"id\":54838000913,\"name\":\"Acme Industrial Parts\",\"email\":"
                "\"shop@acme-industrial.example\",\"domain\":\"parts.acme-industrial.example\","
                "\"myshopify_domain\":\"acme-industrial.myshopify.com\",\"country_code\":\"DE\","
                "\"currency\":\"EUR\",\"iana_timezone\":\"Europe/Berlin\",\"plan_name\":\"shopify_plus\"}}");
    });
}

void SimulatedShop::downAnswer(httplib::Response &res)
{
    res.status = 503;
    res.set_content("<!DOCTYPE html><html><head><title>Service Unavailable</title></head><body><h1>503 Service "
                    "Unavailable</h1><p>This store is temporarily unavailable.</p></body></html>",
                    "text/html");
}

bool SimulatedShop::authorized(const httplib::Request &req, httplib::Response &res)
{
    if (!headerValue(req, "X-Shopify-Access-Token").empty() && !state().isRejected(connectorId()))
        return true;
    setJson(res, 401, "{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}");
    return false;
}

void SimulatedShop::createInventoryBatch(const httplib::Request &req, httplib::Response &res)
{
    res.set_header("X-Request-Id", state().requestId());
    if (!authorized(req, res))
        return;
    rapidjson::Document doc;
    doc.Parse(req.body.c_str(), req.body.size());
    if (doc.HasParseError() || !doc.IsObject()) {
        setJson(res, 400, "{\"errors\":{\"inventory_batch\":\"Required parameter missing or invalid\"}}");
        return;
    }
    // The body is the batch, or the batch wrapped as Shopify's own resources are.
    const rapidjson::Value *batch = &doc;
    auto wrapped = doc.FindMember("inventory_batch");
    if (wrapped != doc.MemberEnd() && wrapped->value.IsObject())
        batch = &wrapped->value;

    const std::string flow = flowOf(req, kShopFlow);
    const std::string number = documentNumber(flow, *batch);
    const auto attempt = state().nextAttempt(flow, number);
    if (attempt.attempt == SimulationState::Attempt::Unavailable) {
        if (detail::unitHash(attempt.salt) < 0.6) {
            res.set_header("Retry-After", "2.0");
            setJson(res, 429,
                    "{\"errors\":\"Exceeded 2 calls per second for api client. Reduce request rates to resume "
                    "uninterrupted service.\"}");
        } else {
            setJson(res, 503, "{\"errors\":\"Unavailable Shop\"}");
        }
        return;
    }
    if (attempt.attempt == SimulationState::Attempt::AuthFailure) {
        setJson(res, 401,
                "{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}");
        return;
    }
    if (attempt.attempt == SimulationState::Attempt::Slow)
        state().pause(state().settings().slowAnswerMs);

    res.set_header("X-Shopify-Shop-Api-Call-Limit", "3/40");
    auto refuse = [&](int status, const std::string &field, const std::string &message) {
        setJson(res, status, "{\"errors\":{" + jsonQuote(field.empty() ? "base" : field) + ":[" +
                                 jsonQuote(message) + "]}}");
    };
    if (auto failure = checkDocument(flow, *batch, Clock::system().now())) {
        refuse(422, failure->field, failure->message);
        return;
    }
    std::lock_guard lock(m_mutex);
    if (!number.empty() && m_batches.count(number)) {
        state().noteDuplicate();
        refuse(409, "base", duplicateMessage(kShopFlow, number));
        return;
    }
    if (!number.empty())
        m_batches.insert(number);
    const std::int64_t id = ++m_nextId;
    std::size_t items = 0;
    auto itemsIt = batch->FindMember("items");
    if (itemsIt != batch->MemberEnd() && itemsIt->value.IsArray())
        items = itemsIt->value.Size();
    state().noteCreated(flow, number);
    setJson(res, 201,
            "{\"inventory_batch\":{\"id\":" + std::to_string(id) + ",\"batch_id\":" + jsonQuote(number) +
                ",\"location\":" + jsonQuote(member(*batch, "warehouse")) +
                ",\"items_count\":" + std::to_string(items) + ",\"status\":\"applied\",\"created_at\":" +
                jsonQuote(nowIso()) + ",\"admin_graphql_api_id\":\"gid://shopify/InventoryBatch/" +
                std::to_string(id) + "\"}}");
}

} // namespace flowdesk::backend::demo
