#include "odooadapter.h"

#include "engine_json.h"
#include "httpadapter.h"

#include <rapidjson/pointer.h>
#include <spdlog/spdlog.h>

#include <set>

namespace flowdesk::backend::adapters {

using detail::jsonQuote;

struct OdooConnection::Call {
    std::string model;
    std::string method;
    // Named parameters (JSON-2 sends them all by name; JSON-RPC sends the first
    // `positional` as positional arguments and the rest as keyword arguments).
    std::vector<std::pair<std::string, std::string>> params;  // name, JSON text
    std::size_t positional = 0;
    std::string contextJson;  // empty: no context
};

struct OdooConnection::Reply {
    bool ok = false;
    rapidjson::Document result;
    TxError error;
    std::int64_t retryAfterMs = 0;
    std::int64_t elapsedMs = 0;
    int rpcCode = 0;
    std::string exceptionName;
};

namespace {

std::string lastComponent(const std::string &name)
{
    const auto dot = name.rfind('.');
    return dot == std::string::npos ? name : name.substr(dot + 1);
}

bool isLoginProblem(const std::string &exceptionName, int rpcCode)
{
    const std::string shortName = lastComponent(exceptionName);
    return rpcCode == 100 || shortName == "AccessDenied" || shortName == "SessionExpiredException";
}

bool isKnownException(const std::string &exceptionName)
{
    static const std::set<std::string> known = {"ValidationError", "UserError", "MissingError", "AccessError",
                                                "AccessDenied", "Unauthorized", "SessionExpiredException"};
    return known.count(lastComponent(exceptionName)) > 0;
}

std::int64_t recordId(const rapidjson::Value &v)
{
    if (v.IsInt64())
        return v.GetInt64();
    if (v.IsArray() && !v.Empty() && v[0].IsInt64())
        return v[0].GetInt64();
    return 0;
}

std::vector<std::string> splitPointer(const std::string &pointer)
{
    std::vector<std::string> segments;
    std::size_t i = pointer.empty() || pointer[0] != '/' ? 0 : 1;
    if (pointer.empty())
        return segments;
    while (true) {
        const auto end = pointer.find('/', i);
        std::string s = pointer.substr(i, end == std::string::npos ? std::string::npos : end - i);
        std::string unescaped;
        for (std::size_t k = 0; k < s.size(); ++k) {
            if (s[k] == '~' && k + 1 < s.size()) {
                unescaped += s[k + 1] == '1' ? '/' : '~';
                ++k;
            } else {
                unescaped += s[k];
            }
        }
        segments.push_back(std::move(unescaped));
        if (end == std::string::npos)
            break;
        i = end + 1;
    }
    return segments;
}

std::string joinPointer(const std::vector<std::string> &segments, std::size_t count)
{
    std::string out;
    for (std::size_t i = 0; i < count && i < segments.size(); ++i) {
        out += '/';
        for (char c : segments[i])
            out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    }
    return out;
}

// A payload value a reference names.
struct RefValue {
    std::string pointer;  // concrete: "/lines/2/product"
    std::string text;     // "P-1001"
    std::string json;     // "\"P-1001\""
};

void collect(const rapidjson::Value &v, const std::vector<std::string> &segments, std::size_t at,
             std::vector<std::string> &path, std::vector<RefValue> &out)
{
    if (at == segments.size()) {
        const std::string text = scalarText(v);
        if (!text.empty())
            out.push_back({joinPointer(path, path.size()), text, toJson(v)});
        return;
    }
    const std::string &s = segments[at];
    if (v.IsArray()) {
        const auto size = v.Size();
        for (rapidjson::SizeType i = 0; i < size; ++i) {
            if (s != "*" && s != std::to_string(i))
                continue;
            path.push_back(std::to_string(i));
            collect(v[i], segments, at + 1, path, out);
            path.pop_back();
        }
    } else if (v.IsObject()) {
        auto it = v.FindMember(s.c_str());
        if (it == v.MemberEnd())
            return;
        path.push_back(s);
        collect(it->value, segments, at + 1, path, out);
        path.pop_back();
    }
}

std::vector<RefValue> valuesAt(const rapidjson::Value &payload, const std::string &pattern)
{
    std::vector<RefValue> out;
    std::vector<std::string> path;
    collect(payload, splitPointer(pattern), 0, path, out);
    return out;
}

bool pointerMatches(const std::string &pattern, const std::string &pointer)
{
    const auto p = splitPointer(pattern);
    const auto c = splitPointer(pointer);
    if (p.size() != c.size())
        return false;
    for (std::size_t i = 0; i < p.size(); ++i)
        if (p[i] != "*" && p[i] != c[i])
            return false;
    return true;
}

void setMember(rapidjson::Value &object, const std::string &name, rapidjson::Value value,
               rapidjson::Document::AllocatorType &allocator)
{
    auto it = object.FindMember(name.c_str());
    if (it != object.MemberEnd())
        it->value = value;
    else
        object.AddMember(rapidjson::Value(name.c_str(), allocator), value, allocator);
}

std::string label(const TargetReference &ref)
{
    std::string text = localized(ref.label, "en");
    return text.empty() ? ref.model : text;
}

std::string contextOf(const FlowDef &flow, const Transaction *tx)
{
    std::string json = "{\"flowdesk_flow\":" + jsonQuote(flow.id);
    if (tx)
        json += ",\"flowdesk_transaction\":" + jsonQuote(std::to_string(tx->id));
    return json + "}";
}

} // namespace

TxError classifyOdooException(const std::string &exceptionName, const std::string &message)
{
    const std::string name = lastComponent(exceptionName);
    const std::string text = message.empty() ? (exceptionName.empty() ? std::string("Odoo Server Error") : exceptionName)
                                             : message;
    if (name == "ValidationError")
        return makeError(ErrorCategory::Validation, "ODOO_VALIDATION_ERROR", text);
    if (name == "UserError")
        return makeError(ErrorCategory::BusinessState, "ODOO_USER_ERROR", text);
    if (name == "MissingError")
        return makeError(ErrorCategory::MasterData, "ODOO_MISSING_RECORD", text);
    if (name == "AccessError")
        return makeError(ErrorCategory::Authentication, "ODOO_ACCESS_ERROR", text);
    if (name == "AccessDenied" || name == "Unauthorized")
        return makeError(ErrorCategory::Authentication, "ODOO_ACCESS_DENIED", text);
    if (name == "SessionExpiredException")
        return makeError(ErrorCategory::Authentication, "ODOO_SESSION_EXPIRED", text);
    return makeError(ErrorCategory::Validation, "ODOO_ERROR", text);
}

bool isNameStart(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

// The end of the name that starts at i, or i when none starts there.
std::size_t nameEnd(const std::string &text, std::size_t i)
{
    if (i >= text.size() || !isNameStart(text[i]))
        return i;
    while (++i < text.size() && isNameChar(text[i])) {
    }
    return i;
}

// Read by hand rather than by std::regex: a target's text can be any length,
// and std::regex walks a repeated group recursively, one stack frame set per
// repetition.
std::string fieldNamedIn(const std::string &message, const rapidjson::Value &payload)
{
    // A path with an index or a dot: "lines[2].uom", "customer.code".
    for (std::size_t i = 0; i < message.size();) {
        const std::size_t name = nameEnd(message, i);
        if (name == i) {
            ++i;
            continue;
        }
        std::size_t end = name;
        for (;;) {
            if (end < message.size() && message[end] == '[') {
                std::size_t digits = end + 1;
                while (digits < message.size() && message[digits] >= '0' && message[digits] <= '9')
                    ++digits;
                if (digits > end + 1 && digits < message.size() && message[digits] == ']') {
                    end = digits + 1;
                    continue;
                }
            } else if (end < message.size() && message[end] == '.') {
                const std::size_t next = nameEnd(message, end + 1);
                if (next > end + 1) {
                    end = next;
                    continue;
                }
            }
            break;
        }
        if (end > name) {
            const std::string pointer = toJsonPointer(message.substr(i, end - i));
            if (!pointer.empty() && rapidjson::Pointer(pointer.c_str()).Get(payload))
                return pointer;
        }
        i = end;
    }
    // A quoted top-level key: 'client_order_ref', "requested_date".
    for (std::size_t i = 0; i < message.size(); ++i) {
        if (message[i] != '\'' && message[i] != '"')
            continue;
        const std::size_t end = nameEnd(message, i + 1);
        if (end == i + 1 || end >= message.size() || (message[end] != '\'' && message[end] != '"'))
            continue;
        const std::string name = message.substr(i + 1, end - i - 1);
        if (payload.IsObject() && payload.HasMember(name.c_str()))
            return "/" + name;
        i = end;
    }
    return {};
}

OdooConnection::OdooConnection(const ConnectorConfig &connector, const HttpClient &client, const Clock &clock)
    : m_connector(connector), m_client(client), m_clock(clock)
{
}

void OdooConnection::forgetLogin()
{
    const std::lock_guard lock(m_mutex);
    m_uid.reset();
    m_uidSecret.clear();
}

OdooConnection::Reply OdooConnection::jsonRpc(const std::string &service, const std::string &method,
                                              const std::string &argsJson, Redactor &redactor)
{
    std::int64_t id = 0;
    {
        const std::lock_guard lock(m_mutex);
        id = m_nextRequestId++;
    }
    HttpRequest request;
    request.method = "POST";
    request.url = m_connector.baseUrl + "/jsonrpc";
    request.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    for (const auto &[name, value] : m_connector.headers)
        request.headers.emplace_back(name, value);
    request.body = R"({"jsonrpc":"2.0","method":"call","params":{"service":)" + jsonQuote(service) +
                   ",\"method\":" + jsonQuote(method) + ",\"args\":" + argsJson + "},\"id\":" + std::to_string(id) +
                   "}";
    const HttpResponse response = m_client.perform(request);

    Reply r;
    r.elapsedMs = response.elapsedMs;
    if (!response.transportOk()) {
        r.error = transportError(response, m_client.options(), request.url);
        return r;
    }
    if (response.status < 200 || response.status >= 300) {
        const DeliveryResult d = classifyHttpAnswer(response, request.url, m_clock.now());
        r.error = d.error;
        r.retryAfterMs = d.retryAfterMs;
        return r;
    }
    auto doc = parseJson(response.body);
    if (!doc || !doc->IsObject()) {
        r.error = malformedResponse(response, request.url, "a JSON-RPC answer");
        return r;
    }
    if (const auto *error = member(*doc, "error"); error && error->IsObject()) {
        if (const auto *code = member(*error, "code"); code && code->IsInt())
            r.rpcCode = code->GetInt();
        std::string message;
        if (const auto *data = member(*error, "data")) {
            r.exceptionName = stringMember(*data, "name");
            message = stringMember(*data, "message");
        }
        if (message.empty())
            message = stringMember(*error, "message");
        r.error = classifyOdooException(r.rpcCode == 100 && r.exceptionName.empty()
                                            ? std::string("odoo.http.SessionExpiredException")
                                            : r.exceptionName,
                                        message);
        r.error.targetResponse = response.body;
        return r;
    }
    if (const auto *result = member(*doc, "result")) {
        r.ok = true;
        r.result.CopyFrom(*result, r.result.GetAllocator());
        r.error.targetResponse = response.body;
        return r;
    }
    r.error = malformedResponse(response, request.url, "a JSON-RPC answer");
    (void)redactor;
    return r;
}

std::optional<TxError> OdooConnection::login(const std::string &secret, Redactor &redactor, std::int64_t *uid)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_uid && m_uidSecret == secret) {
            *uid = *m_uid;
            return std::nullopt;
        }
    }
    const std::string args = "[" + jsonQuote(m_connector.odooDatabase) + "," + jsonQuote(m_connector.odooLogin) + "," +
                             jsonQuote(secret) + ",{}]";
    Reply r = jsonRpc("common", "authenticate", args, redactor);
    log()->debug("odoo login of {} at {}: {}", m_connector.odooLogin, hostOf(m_connector.baseUrl),
                 r.ok ? std::string("answered") : r.error.code);
    if (!r.ok)
        return r.error;
    const std::int64_t given = r.result.IsInt64() ? r.result.GetInt64() : 0;
    if (given <= 0) {
        TxError e = makeError(ErrorCategory::Authentication, "ODOO_ACCESS_DENIED",
                              "Odoo refused the login of " + m_connector.odooLogin, r.error.targetResponse);
        return e;
    }
    const std::lock_guard lock(m_mutex);
    m_uid = given;
    m_uidSecret = secret;
    *uid = given;
    return std::nullopt;
}

OdooConnection::Reply OdooConnection::callJsonRpc(const Call &call, const std::string &secret, Redactor &redactor)
{
    Reply reply;
    for (int attempt = 0; attempt < 2; ++attempt) {
        std::int64_t uid = 0;
        if (auto failed = login(secret, redactor, &uid)) {
            reply = Reply{};
            reply.error = *failed;
            return reply;
        }
        std::string positional;
        std::string named;
        for (std::size_t i = 0; i < call.params.size(); ++i) {
            std::string &into = i < call.positional ? positional : named;
            if (!into.empty())
                into += ',';
            into += i < call.positional ? call.params[i].second
                                        : jsonQuote(call.params[i].first) + ":" + call.params[i].second;
        }
        if (!call.contextJson.empty())
            named += std::string(named.empty() ? "" : ",") + "\"context\":" + call.contextJson;
        const std::string args = "[" + jsonQuote(m_connector.odooDatabase) + "," + std::to_string(uid) + "," +
                                 jsonQuote(secret) + "," + jsonQuote(call.model) + "," + jsonQuote(call.method) +
                                 ",[" + positional + "],{" + named + "}]";
        reply = jsonRpc("object", "execute_kw", args, redactor);
        if (reply.ok || !isLoginProblem(reply.exceptionName, reply.rpcCode))
            return reply;
        // The session or login is no longer accepted: log in again, once.
        forgetLogin();
    }
    reply.error.category = ErrorCategory::Authentication;
    return reply;
}

OdooConnection::Reply OdooConnection::callJson2(const Call &call, const std::string &secret, Redactor &redactor)
{
    HttpRequest request;
    request.method = "POST";
    request.url = m_connector.baseUrl + "/json/2/" + urlEncode(call.model) + "/" + urlEncode(call.method);
    request.headers = {{"Content-Type", "application/json"},
                       {"Accept", "application/json"},
                       {"Authorization", "bearer " + secret}};
    redactor.add(secret);
    if (!m_connector.odooDatabase.empty())
        request.headers.emplace_back("X-Odoo-Database", m_connector.odooDatabase);
    for (const auto &[name, value] : m_connector.headers)
        request.headers.emplace_back(name, value);
    std::string body;
    for (const auto &[name, json] : call.params)
        body += std::string(body.empty() ? "" : ",") + jsonQuote(name) + ":" + json;
    if (!call.contextJson.empty())
        body += std::string(body.empty() ? "" : ",") + "\"context\":" + call.contextJson;
    request.body = "{" + body + "}";
    const HttpResponse response = m_client.perform(request);

    Reply r;
    r.elapsedMs = response.elapsedMs;
    if (!response.transportOk()) {
        r.error = transportError(response, m_client.options(), request.url);
        return r;
    }
    if (response.status >= 200 && response.status < 300) {
        auto doc = parseJson(response.body);
        if (!doc) {
            r.error = malformedResponse(response, request.url, "JSON");
            return r;
        }
        r.ok = true;
        r.result.CopyFrom(*doc, r.result.GetAllocator());
        r.error.targetResponse = response.body;
        return r;
    }
    std::string name;
    std::string message;
    if (auto doc = parseJson(response.body); doc && doc->IsObject()) {
        name = stringMember(*doc, "name");
        message = stringMember(*doc, "message");
    }
    r.exceptionName = name;
    if (isKnownException(name)) {
        r.error = classifyOdooException(name, message);
    } else if (response.status == 401) {
        r.error = makeError(ErrorCategory::Authentication, "ODOO_ACCESS_DENIED",
                            message.empty() ? "Odoo refused the API key" : message);
    } else if (response.status == 403) {
        r.error = makeError(ErrorCategory::Authentication, "ODOO_ACCESS_ERROR",
                            message.empty() ? "Odoo refused the access" : message);
    } else {
        const DeliveryResult d = classifyHttpAnswer(response, request.url, m_clock.now());
        r.error = d.error;
        r.retryAfterMs = d.retryAfterMs;
        if (r.error.category != ErrorCategory::Connectivity) {
            r.error = classifyOdooException(name, message.empty() ? d.error.message : message);
        } else if (!message.empty()) {
            r.error.message = hostOf(request.url) + " answered HTTP " + std::to_string(response.status) + ": " + message;
        }
    }
    r.error.targetResponse = response.body;
    return r;
}

OdooConnection::Reply OdooConnection::call(const Call &call, const std::string &secret, Redactor &redactor)
{
    Reply r = m_connector.odooProtocol == OdooProtocol::Json2 ? callJson2(call, secret, redactor)
                                                              : callJsonRpc(call, secret, redactor);
    log()->debug("odoo {}.{} at {} -> {} in {} ms", call.model, call.method, hostOf(m_connector.baseUrl),
                 r.ok ? std::string("ok") : r.error.code, r.elapsedMs);
    return r;
}

DeliveryResult OdooConnection::deliver(const FlowDef &flow, const FlowTarget &target, const Transaction &tx,
                                       const std::string &secret)
{
    Redactor redactor;
    redactor.add(secret);
    DeliveryResult out;
    const auto started = m_clock.now();
    auto payload = parseJson(tx.payloadJson);
    const std::string context = contextOf(flow, &tx);
    const std::string &model = target.odooModel;

    auto finish = [&](DeliveryResult &r) -> DeliveryResult & {
        if (!r.ok && r.error.fieldPath.empty() && payload)
            r.error.fieldPath = fieldNamedIn(r.error.message, *payload);
        redact(r.error, redactor);
        r.latencyMs = std::max<std::int64_t>(r.latencyMs, m_clock.now() - started);
        return r;
    };
    auto failWith = [&](Reply &reply) -> DeliveryResult & {
        out.ok = false;
        out.error = std::move(reply.error);
        out.retryAfterMs = reply.retryAfterMs;
        return finish(out);
    };

    if (!payload || !payload->IsObject()) {
        out.error = makeError(ErrorCategory::Validation, "PAYLOAD_NOT_OBJECT", "The payload is not a JSON object");
        return finish(out);
    }
    if (model.empty()) {
        out.error = makeError(ErrorCategory::Connectivity, "NOT_CONFIGURED",
                              "Flow " + flow.id + " names no Odoo model to deliver to");
        return finish(out);
    }

    // (1) References: one search per model and field for all the values.
    std::vector<std::vector<RefValue>> values(target.references.size());
    std::map<std::pair<std::string, std::string>, std::vector<std::string>> wanted;  // (model, field) -> JSON values
    std::map<std::string, std::int64_t> found;  // model\x1f field\x1f text -> id
    auto keyOf = [](const std::string &m, const std::string &f, const std::string &text) {
        return m + '\x1f' + f + '\x1f' + text;
    };
    {
        const TimeMs now = m_clock.now();
        const std::lock_guard lock(m_mutex);
        for (std::size_t i = 0; i < target.references.size(); ++i) {
            const auto &ref = target.references[i];
            values[i] = valuesAt(*payload, ref.pointer);
            for (const auto &v : values[i]) {
                const std::string key = keyOf(ref.model, ref.field, v.text);
                auto cached = m_references.find(key);
                if (cached != m_references.end() && cached->second.second > now) {
                    found[key] = cached->second.first;
                    continue;
                }
                auto &list = wanted[{ref.model, ref.field}];
                if (std::find(list.begin(), list.end(), v.json) == list.end())
                    list.push_back(v.json);
            }
        }
    }
    for (const auto &[modelField, list] : wanted) {
        std::string in;
        for (const auto &json : list)
            in += std::string(in.empty() ? "" : ",") + json;
        Call search{modelField.first,
                    "search_read",
                    {{"domain", "[[" + jsonQuote(modelField.second) + ",\"in\",[" + in + "]]]"},
                     {"fields", "[\"id\"," + jsonQuote(modelField.second) + "]"}},
                    1,
                    context};
        Reply reply = call(search, secret, redactor);
        if (!reply.ok)
            return failWith(reply);
        if (!reply.result.IsArray()) {
            out.error = makeError(ErrorCategory::Connectivity, "MALFORMED_RESPONSE",
                                  "Odoo's answer to a search of " + modelField.first + " is not a list of records",
                                  reply.error.targetResponse);
            return finish(out);
        }
        const TimeMs until = m_clock.now() + kReferenceCacheMs;
        const std::lock_guard lock(m_mutex);
        for (const auto &record : reply.result.GetArray()) {
            const auto *id = member(record, "id");
            const auto *value = member(record, modelField.second.c_str());
            if (!id || !id->IsInt64() || !value)
                continue;
            const std::string key = keyOf(modelField.first, modelField.second, scalarText(*value));
            found[key] = id->GetInt64();
            m_references[key] = {id->GetInt64(), until};
        }
    }
    for (std::size_t i = 0; i < target.references.size(); ++i) {
        const auto &ref = target.references[i];
        for (const auto &v : values[i]) {
            if (found.count(keyOf(ref.model, ref.field, v.text)))
                continue;
            out.error = makeError(ErrorCategory::MasterData,
                                  ref.missingCode.empty() ? std::string("UNKNOWN_REFERENCE") : ref.missingCode,
                                  label(ref) + " " + v.text + " does not exist in Odoo (" + ref.model + "." +
                                      ref.field + ")");
            out.error.fieldPath = v.pointer;
            return finish(out);
        }
    }

    // (2) A record that already carries the business key.
    if (!target.externalRefField.empty()) {
        Call search{model,
                    "search_read",
                    {{"domain", "[[" + jsonQuote(target.externalRefField) + ",\"=\"," + jsonQuote(tx.businessKey) + "]]"},
                     {"fields", "[\"id\"]"},
                     {"limit", "1"}},
                    1,
                    context};
        Reply reply = call(search, secret, redactor);
        if (!reply.ok)
            return failWith(reply);
        if (reply.result.IsArray() && !reply.result.Empty()) {
            const auto *id = member(reply.result[0], "id");
            const std::int64_t existing = id && id->IsInt64() ? id->GetInt64() : 0;
            if (tx.error.category == ErrorCategory::Connectivity) {
                // An earlier attempt created it and its answer was lost.
                out.ok = true;
                out.targetReference = model + "," + std::to_string(existing);
                return finish(out);
            }
            out.error = makeError(ErrorCategory::Duplicate, "DUPLICATE_DOCUMENT",
                                  model + " with " + target.externalRefField + " " + tx.businessKey +
                                      " already exists (id " + std::to_string(existing) + ")",
                                  reply.error.targetResponse);
            return finish(out);
        }
    }

    // (3) Create, with the business key and the resolved record ids.
    rapidjson::Document vals;
    vals.CopyFrom(*payload, vals.GetAllocator());
    auto &allocator = vals.GetAllocator();
    if (!target.externalRefField.empty())
        setMember(vals, target.externalRefField, rapidjson::Value(tx.businessKey.c_str(), allocator), allocator);
    for (std::size_t i = 0; i < target.references.size(); ++i) {
        const auto &ref = target.references[i];
        if (ref.odooField.empty())
            continue;
        const auto pattern = splitPointer(ref.pointer);
        const auto star = std::find(pattern.begin(), pattern.end(), "*");
        for (const auto &v : values[i]) {
            const std::int64_t id = found[keyOf(ref.model, ref.field, v.text)];
            rapidjson::Value *into = &vals;
            if (star != pattern.end()) {
                const auto depth = std::size_t(star - pattern.begin()) + 1;
                into = rapidjson::Pointer(joinPointer(splitPointer(v.pointer), depth).c_str()).Get(vals);
            }
            if (into && into->IsObject())
                setMember(*into, ref.odooField, rapidjson::Value(id), allocator);
        }
    }
    const std::string method = target.odooMethod.empty() ? std::string("create") : target.odooMethod;
    Call create{model, method, {}, 1, context};
    if (method == "create")
        create.params.emplace_back("vals_list", "[" + toJson(vals) + "]");
    else
        create.params.emplace_back("vals", toJson(vals));
    Reply reply = call(create, secret, redactor);
    if (!reply.ok)
        return failWith(reply);
    out.ok = true;
    const std::int64_t id = recordId(reply.result);
    out.targetReference = model + "," + (id > 0 ? std::to_string(id) : toJson(reply.result).substr(0, 200));
    out.error.targetResponse = reply.error.targetResponse;
    return finish(out);
}

CandidateLookup OdooConnection::candidates(const FlowDef &flow, const FlowTarget &target, const std::string &pointer,
                                           const std::string &query, int limit, const std::string &secret)
{
    CandidateLookup out;
    const TargetReference *ref = nullptr;
    for (const auto &r : target.references)
        if (pointerMatches(r.pointer, pointer)) {
            ref = &r;
            break;
        }
    if (!ref)
        return out;  // NotSupported
    Redactor redactor;
    redactor.add(secret);
    const std::string context = contextOf(flow, nullptr);
    out.status = CandidateLookup::Status::Failed;
    Reply names = call({ref->model, "name_search", {{"name", jsonQuote(query)}, {"limit", std::to_string(std::max(1, limit))}},
                        0, context},
                       secret, redactor);
    if (!names.ok) {
        out.error = std::move(names.error);
        redact(out.error, redactor);
        return out;
    }
    std::vector<std::pair<std::int64_t, std::string>> records;
    std::string ids;
    if (names.result.IsArray()) {
        for (const auto &pair : names.result.GetArray()) {
            if (!pair.IsArray() || pair.Size() < 2 || !pair[0].IsInt64())
                continue;
            records.emplace_back(pair[0].GetInt64(), scalarText(pair[1]));
            ids += std::string(ids.empty() ? "" : ",") + std::to_string(pair[0].GetInt64());
        }
    }
    out.status = CandidateLookup::Status::Ok;
    if (records.empty())
        return out;
    Reply read = call({ref->model, "read", {{"ids", "[" + ids + "]"}, {"fields", "[" + jsonQuote(ref->field) + "]"}}, 1,
                       context},
                      secret, redactor);
    if (!read.ok || !read.result.IsArray()) {
        out.status = CandidateLookup::Status::Failed;
        out.error = read.ok ? makeError(ErrorCategory::Connectivity, "MALFORMED_RESPONSE",
                                        "Odoo's answer to a read of " + ref->model + " is not a list of records",
                                        read.error.targetResponse)
                            : std::move(read.error);
        redact(out.error, redactor);
        return out;
    }
    std::map<std::int64_t, std::string> valueOf;
    for (const auto &record : read.result.GetArray()) {
        const auto *id = member(record, "id");
        const auto *value = member(record, ref->field.c_str());
        if (id && id->IsInt64() && value)
            valueOf[id->GetInt64()] = scalarText(*value);
    }
    for (const auto &[id, name] : records) {
        auto it = valueOf.find(id);
        // A record without the field (false in Odoo) cannot go into a payload.
        if (it == valueOf.end() || it->second.empty() || it->second == "false")
            continue;
        out.candidates.push_back({it->second, name.empty() ? it->second : name});
    }
    return out;
}

ConnectionTest OdooConnection::test(const std::string &secret)
{
    Redactor redactor;
    redactor.add(secret);
    ConnectionTest t;
    const TimeMs started = m_clock.now();
    const std::string host = hostOf(m_connector.baseUrl);
    auto done = [&](bool ok, std::string message) {
        t.ok = ok;
        t.message = redactor.apply(std::move(message));
        t.latencyMs = std::max<std::int64_t>(t.latencyMs, m_clock.now() - started);
        return t;
    };

    std::string version;
    if (m_connector.odooProtocol == OdooProtocol::JsonRpc) {
        Reply v = jsonRpc("common", "version", "[]", redactor);
        t.latencyMs = v.elapsedMs;
        if (!v.ok)
            return done(false, "Odoo at " + host + " did not answer: " + v.error.message);
        version = stringMember(v.result, "server_version");
        forgetLogin();
        std::int64_t uid = 0;
        if (auto failed = login(secret, redactor, &uid))
            return done(false, "Odoo " + version + " at " + host + " answered, but the login failed: " + failed->message);
        return done(true, "Odoo " + version + " at " + host + " answered; authenticated as " + m_connector.odooLogin +
                              " (uid " + std::to_string(uid) + ")");
    }

    HttpRequest request;
    request.method = "GET";
    request.url = m_connector.baseUrl + "/web/version";
    request.headers = {{"Accept", "application/json"}};
    for (const auto &[name, value] : m_connector.headers)
        request.headers.emplace_back(name, value);
    const HttpResponse response = m_client.perform(request);
    t.latencyMs = response.elapsedMs;
    if (!response.transportOk())
        return done(false, "Odoo at " + host + " did not answer: " +
                               transportError(response, m_client.options(), request.url).message);
    auto doc = parseJson(response.body);
    if (response.status != 200 || !doc || !doc->IsObject())
        return done(false, "Odoo at " + host + " did not answer with its version (HTTP " +
                               std::to_string(response.status) + ")");
    version = stringMember(*doc, "version");
    Reply who = call({"res.users", "context_get", {}, 0, {}}, secret, redactor);
    if (!who.ok)
        return done(false, "Odoo " + version + " at " + host + " answered, but " +
                               (who.error.category == ErrorCategory::Authentication
                                    ? std::string("the API key was refused: ")
                                    : std::string("an authenticated call failed: ")) +
                               who.error.message);
    std::string as = m_connector.odooLogin.empty() ? std::string("with the API key") : "as " + m_connector.odooLogin;
    if (!m_connector.odooDatabase.empty())
        as += " (database " + m_connector.odooDatabase + ")";
    return done(true, "Odoo " + version + " at " + host + " answered; authenticated " + as);
}

} // namespace flowdesk::backend::adapters
