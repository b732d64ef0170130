#include "httpadapter.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <map>

namespace flowdesk::backend::adapters {

namespace {

std::string expand(const std::string &pattern, const std::map<std::string, std::string> &values)
{
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{') {
            const auto close = pattern.find('}', i);
            if (close != std::string::npos) {
                auto it = values.find(pattern.substr(i + 1, close - i - 1));
                if (it != values.end()) {
                    out += urlEncode(it->second);
                    i = close;
                    continue;
                }
            }
        }
        out += pattern[i];
    }
    return out;
}

std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::toupper(c)); });
    return s;
}

bool looksLikeJson(const HttpResponse &response)
{
    const std::string type = response.header("content-type");
    if (type.find("json") != std::string::npos)
        return true;
    const auto first = response.body.find_first_not_of(" \t\r\n");
    return first != std::string::npos && (response.body[first] == '{' || response.body[first] == '[');
}

std::string reasonPhrase(long status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 422: return "Unprocessable Content";
    case 425: return "Too Early";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return {};
    }
}

// The body's own message, or the first line of a text answer.
BodyError describe(const HttpResponse &response)
{
    if (auto doc = parseJson(response.body))
        return readErrorBody(*doc);
    BodyError out;
    const auto firstLine = response.body.substr(0, response.body.find('\n'));
    if (!firstLine.empty() && firstLine.size() <= 200 && firstLine.find('<') == std::string::npos)
        out.message = firstLine;
    return out;
}

std::string statusText(const std::string &host, long status, const std::string &bodyMessage)
{
    std::string text = host + " answered HTTP " + std::to_string(status);
    if (const auto phrase = reasonPhrase(status); !phrase.empty())
        text += " (" + phrase + ")";
    if (!bodyMessage.empty())
        text += ": " + bodyMessage;
    return text;
}

std::string lookupField(const std::string &pointer)
{
    std::string out;
    std::size_t i = 0;
    while (i < pointer.size()) {
        if (pointer[i] == '/') {
            ++i;
            continue;
        }
        auto end = pointer.find('/', i);
        if (end == std::string::npos)
            end = pointer.size();
        const std::string segment = pointer.substr(i, end - i);
        const bool index = !segment.empty() && (segment == "*" || std::all_of(segment.begin(), segment.end(),
                                                                               [](unsigned char c) { return std::isdigit(c); }));
        if (!index) {
            if (!out.empty())
                out += '.';
            out += segment;
        }
        i = end;
    }
    return out;
}

} // namespace

void addAuthentication(const HttpTarget &target, HttpRequest &request, Redactor &redactor)
{
    const auto &c = target.connector;
    const std::string &secret = target.secret;
    redactor.add(secret);
    switch (c.auth) {
    case AuthScheme::None:
    case AuthScheme::Password:
        break;
    case AuthScheme::Bearer:
        request.headers.emplace_back("Authorization", "Bearer " + secret);
        break;
    case AuthScheme::Basic: {
        const std::string token = base64(c.username + ":" + secret);
        redactor.add(token);
        request.headers.emplace_back("Authorization", "Basic " + token);
        break;
    }
    case AuthScheme::ApiKey:
        request.headers.emplace_back(c.apiKeyHeader.empty() ? std::string("X-API-Key") : c.apiKeyHeader, secret);
        break;
    case AuthScheme::HmacSha256: {
        const std::string timestamp = std::to_string(target.clock.now() / 1000);
        const std::string signature = hmacSha256Hex(secret, timestamp + "." + request.body);
        redactor.add(signature);
        request.headers.emplace_back(c.timestampHeader.empty() ? std::string("X-Timestamp") : c.timestampHeader,
                                     timestamp);
        request.headers.emplace_back(c.signatureHeader.empty() ? std::string("X-Signature") : c.signatureHeader,
                                     signature);
        break;
    }
    }
}

DeliveryResult classifyHttpAnswer(const HttpResponse &response, const std::string &url, TimeMs now)
{
    DeliveryResult r;
    r.latencyMs = response.elapsedMs;
    if (!response.transportOk()) {
        r.error = transportError(response, HttpClientOptions{}, url);
        return r;
    }
    const long status = response.status;
    const std::string host = hostOf(url);
    if (status >= 200 && status < 300) {
        r.error.targetResponse = response.body;
        const bool empty = response.body.find_first_not_of(" \t\r\n") == std::string::npos;
        if (empty || !looksLikeJson(response)) {
            r.ok = true;
            r.targetReference = "HTTP " + std::to_string(status);
            return r;
        }
        auto doc = parseJson(response.body);
        if (!doc) {
            r.error = malformedResponse(response, url, "JSON");
            return r;
        }
        r.ok = true;
        r.targetReference = "HTTP " + std::to_string(status);
        for (const char *name : {"id", "reference", "number"}) {
            if (const auto *m = member(*doc, name)) {
                if (auto text = scalarText(*m); !text.empty()) {
                    r.targetReference = text;
                    break;
                }
            }
        }
        return r;
    }

    const BodyError body = describe(response);
    r.error.targetResponse = response.body;
    if (status >= 300 && status < 400) {
        const std::string where = response.redirectUrl.empty() ? response.header("location") : response.redirectUrl;
        r.error.category = ErrorCategory::Connectivity;
        r.error.code = "HTTP_" + std::to_string(status);
        r.error.message = host + " answered HTTP " + std::to_string(status) + " and wants to redirect to " +
                          (where.empty() ? std::string("an unnamed place") : where) +
                          "; redirects are not followed, correct the connector's address";
        return r;
    }
    if (status == 408 || status == 425 || status == 429 || status >= 500) {
        r.error.category = ErrorCategory::Connectivity;
        r.error.code = status == 429 ? std::string("RATE_LIMITED") : "HTTP_" + std::to_string(status);
        r.error.message = statusText(host, status, body.message);
        r.retryAfterMs = parseRetryAfter(response.header("retry-after"), now);
        return r;
    }
    if (status == 401 || status == 403) {
        r.error.category = ErrorCategory::Authentication;
        r.error.code = "HTTP_" + std::to_string(status);
        r.error.message = statusText(host, status, body.message);
        return r;
    }
    if (status == 409) {
        r.error.category = ErrorCategory::Duplicate;
        r.error.code = body.code.empty() ? std::string("HTTP_409") : body.code;
        r.error.message = statusText(host, status, body.message);
        r.error.fieldPath = body.fieldPath;
        return r;
    }
    if (status >= 400 && status < 500) {
        r.error.category = ErrorCategory::Validation;
        r.error.code = body.code.empty() ? "HTTP_" + std::to_string(status) : body.code;
        r.error.message = body.message.empty() ? statusText(host, status, {}) : body.message;
        r.error.fieldPath = body.fieldPath;
        return r;
    }
    r.error.category = ErrorCategory::Connectivity;
    r.error.code = "HTTP_" + std::to_string(status);
    r.error.message = statusText(host, status, body.message);
    return r;
}

DeliveryResult deliverHttp(const HttpTarget &target, const FlowDef &flow, const FlowTarget &flowTarget,
                           const Transaction &tx)
{
    const auto &c = target.connector;
    const std::string idempotencyKey = idempotencyKeyOf(flow, tx);
    HttpRequest request;
    request.method = upper(flowTarget.httpMethod.empty() ? std::string("POST") : flowTarget.httpMethod);
    request.url = c.baseUrl + expand(flowTarget.pathTemplate, {{"business_key", tx.businessKey},
                                                               {"idempotency_key", idempotencyKey},
                                                               {"flow_id", flow.id},
                                                               {"transaction_id", std::to_string(tx.id)}});
    request.body = tx.payloadJson;
    request.headers = {{"Content-Type", "application/json"},
                       {"Accept", "application/json"},
                       {"Idempotency-Key", idempotencyKey},
                       {"X-Flowdesk-Flow", flow.id},
                       {"X-Flowdesk-Transaction", std::to_string(tx.id)}};
    for (const auto &[name, value] : c.headers)
        request.headers.emplace_back(name, value);
    Redactor redactor;
    addAuthentication(target, request, redactor);

    const HttpResponse response = target.client.perform(request);
    DeliveryResult r;
    if (!response.transportOk()) {
        r.error = transportError(response, target.client.options(), request.url);
        r.latencyMs = response.elapsedMs;
    } else {
        r = classifyHttpAnswer(response, request.url, target.clock.now());
    }
    redact(r.error, redactor);
    log()->debug("{} {} -> {} {} in {} ms{}", request.method, redactor.apply(request.url),
                 response.transportOk() ? std::to_string(response.status) : std::string("no answer"),
                 r.ok ? r.targetReference : r.error.code, response.elapsedMs,
                 response.newConnections == 0 ? " (connection reused)" : "");
    return r;
}

ConnectionTest testHttp(const HttpTarget &target)
{
    const auto &c = target.connector;
    HttpRequest request;
    request.method = "GET";
    request.url = c.baseUrl + c.healthPath;
    request.headers = {{"Accept", "application/json"}};
    for (const auto &[name, value] : c.headers)
        request.headers.emplace_back(name, value);
    Redactor redactor;
    addAuthentication(target, request, redactor);
    const HttpResponse response = target.client.perform(request);

    ConnectionTest t;
    t.latencyMs = response.elapsedMs;
    const std::string host = hostOf(request.url);
    if (!response.transportOk()) {
        t.message = redactor.apply(transportError(response, target.client.options(), request.url).message);
        return t;
    }
    if (response.status >= 200 && response.status < 300) {
        t.ok = true;
        t.message = "HTTP " + std::to_string(response.status) + " from " + host + " in " +
                    std::to_string(response.elapsedMs) + " ms";
        return t;
    }
    const DeliveryResult r = classifyHttpAnswer(response, request.url, target.clock.now());
    t.message = redactor.apply(r.error.message);
    if (r.error.category == ErrorCategory::Authentication)
        t.message += " (the credential was refused)";
    return t;
}

CandidateLookup httpCandidates(const HttpTarget &target, const std::string &pointer, const std::string &query,
                               int limit)
{
    CandidateLookup out;
    const auto &c = target.connector;
    if (c.lookupPath.empty())
        return out;  // NotSupported
    HttpRequest request;
    request.method = "GET";
    request.url = c.baseUrl + expand(c.lookupPath, {{"field", lookupField(pointer)},
                                                    {"query", query},
                                                    {"limit", std::to_string(std::max(1, limit))}});
    request.headers = {{"Accept", "application/json"}};
    for (const auto &[name, value] : c.headers)
        request.headers.emplace_back(name, value);
    Redactor redactor;
    addAuthentication(target, request, redactor);
    const HttpResponse response = target.client.perform(request);

    out.status = CandidateLookup::Status::Failed;
    if (!response.transportOk()) {
        out.error = transportError(response, target.client.options(), request.url);
    } else if (response.status < 200 || response.status >= 300) {
        out.error = classifyHttpAnswer(response, request.url, target.clock.now()).error;
    } else if (auto doc = parseJson(response.body); !doc || !doc->IsArray()) {
        out.error = malformedResponse(response, request.url, "a JSON array of values");
    } else {
        out.status = CandidateLookup::Status::Ok;
        for (const auto &item : doc->GetArray()) {
            if (limit > 0 && int(out.candidates.size()) >= limit)
                break;
            FieldCandidate candidate;
            if (item.IsObject()) {
                if (const auto *v = member(item, "value"))
                    candidate.value = scalarText(*v);
                candidate.label = stringMember(item, "label");
            } else {
                candidate.value = scalarText(item);
            }
            if (candidate.value.empty())
                continue;
            if (candidate.label.empty())
                candidate.label = candidate.value;
            out.candidates.push_back(std::move(candidate));
        }
    }
    redact(out.error, redactor);
    return out;
}

} // namespace flowdesk::backend::adapters
