#pragma once

// Delivery to a JSON-over-HTTP target (a 3PL, a web shop, a middleware's REST
// endpoint): the transaction's payload sent to the flow's path, the answer
// classified by status and body.

#include "classify.h"
#include "clock.h"
#include "engine.h"
#include "httpclient.h"
#include "siteconfig.h"

#include <string>

namespace flowdesk::backend::adapters {

// Everything one request to an HTTP connector needs.
struct HttpTarget {
    const ConnectorConfig &connector;
    const HttpClient &client;
    const std::string &secret;  // empty when the connector has no authentication
    const Clock &clock;
};

// The connector's authentication added to `request` (for HmacSha256 over the
// request's body as it is); what it adds that must never be shown goes into
// `redactor`.
void addAuthentication(const HttpTarget &target, HttpRequest &request, Redactor &redactor);

// The outcome of an HTTP answer: 2xx delivered, a 3xx is not followed, 408,
// 425, 429 and 5xx are retried (Retry-After honoured), 401/403 are
// authentication, 409 a duplicate, other 4xx a validation error with the
// body's message, code and field.
DeliveryResult classifyHttpAnswer(const HttpResponse &response, const std::string &url, TimeMs now);

DeliveryResult deliverHttp(const HttpTarget &target, const FlowDef &flow, const FlowTarget &flowTarget,
                           const Transaction &tx);
// GET of the connector's health path.
ConnectionTest testHttp(const HttpTarget &target);
// GET of the connector's lookup path. {field} is the pointer's members joined
// by dots without array indices ("/lines/3/product" -> "lines.product").
CandidateLookup httpCandidates(const HttpTarget &target, const std::string &pointer, const std::string &query,
                               int limit);

} // namespace flowdesk::backend::adapters
