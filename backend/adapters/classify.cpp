#include "classify.h"

#include "payload.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cctype>
#include <mutex>

namespace flowdesk::backend::adapters {

std::shared_ptr<spdlog::logger> log()
{
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    if (auto existing = spdlog::get("adapters"))
        return existing;
    try {
        return spdlog::stderr_color_mt("adapters");
    } catch (const spdlog::spdlog_ex &) {
        auto existing = spdlog::get("adapters");
        return existing ? existing : spdlog::default_logger();
    }
}

void Redactor::add(const std::string &secret)
{
    if (secret.empty())
        return;
    for (const auto &s : m_secrets)
        if (s == secret)
            return;
    m_secrets.push_back(secret);
    // Longer secrets first, so that one containing another is replaced whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const std::string &a, const std::string &b) { return a.size() > b.size(); });
}

std::string Redactor::apply(std::string text) const
{
    for (const auto &secret : m_secrets) {
        std::size_t at = 0;
        while ((at = text.find(secret, at)) != std::string::npos) {
            text.replace(at, secret.size(), "***");
            at += 3;
        }
    }
    return text;
}

std::string keptResponse(const std::string &raw, const Redactor &redactor)
{
    std::string text = redactor.apply(raw);
    if (text.size() <= kKeptResponseBytes)
        return text;
    std::size_t cut = kKeptResponseBytes;
    // Not in the middle of a UTF-8 sequence.
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    const std::size_t total = text.size();
    text.resize(cut);
    text += "\n[... cut: " + std::to_string(total) + " bytes in all]";
    return text;
}

void redact(TxError &error, const Redactor &redactor)
{
    error.message = redactor.apply(error.message);
    error.targetResponse = keptResponse(error.targetResponse, redactor);
}

TxError makeError(ErrorCategory category, std::string code, std::string message, std::string targetResponse)
{
    TxError e;
    e.category = category;
    e.code = std::move(code);
    e.message = std::move(message);
    e.targetResponse = std::move(targetResponse);
    return e;
}

TxError transportError(const HttpResponse &response, const HttpClientOptions &options, const std::string &url)
{
    const std::string host = hostOf(url);
    const std::string &why = response.transportError;
    using T = HttpResponse::Transport;
    switch (response.transport) {
    case T::Timeout:
        return makeError(ErrorCategory::Connectivity, "TIMEOUT",
                         host + " did not answer within " + std::to_string(options.timeoutMs) + " ms (" + why + ")");
    case T::Refused:
        return makeError(ErrorCategory::Connectivity, "CONNECTION_REFUSED",
                         host + " refused the connection (" + why + ")");
    case T::HostNotFound:
        return makeError(ErrorCategory::Connectivity, "HOST_NOT_FOUND", host + " was not found (" + why + ")");
    case T::Tls:
        return makeError(ErrorCategory::Connectivity, "TLS_ERROR",
                         "The TLS connection to " + host + " failed: " + why);
    case T::TooLarge:
        return makeError(ErrorCategory::Connectivity, "RESPONSE_TOO_LARGE",
                         "The answer of " + host + " is longer than " + std::to_string(options.maxResponseBytes) +
                             " bytes; the transfer was stopped",
                         response.body);
    case T::ConnectionLost:
        return makeError(ErrorCategory::Connectivity, "CONNECTION_LOST",
                         host + " closed the connection without a complete answer (" + why + ")", response.body);
    case T::Ok:
    case T::Other:
        break;
    }
    return makeError(ErrorCategory::Connectivity, "TRANSPORT_ERROR", "The request to " + host + " failed: " + why);
}

TxError malformedResponse(const HttpResponse &response, const std::string &url, const std::string &what)
{
    return makeError(ErrorCategory::Connectivity, "MALFORMED_RESPONSE",
                     hostOf(url) + " answered HTTP " + std::to_string(response.status) + " with something that is not " +
                         what,
                     response.body);
}

std::optional<rapidjson::Document> parseJson(const std::string &text)
{
    // A target's answer nested too deep is not an answer (see kMaxJsonDepth).
    if (jsonNestsDeeperThan(text))
        return std::nullopt;
    rapidjson::Document doc;
    doc.Parse(text.c_str(), text.size());
    if (doc.HasParseError())
        return std::nullopt;
    return doc;
}

std::string toJson(const rapidjson::Value &value)
{
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    value.Accept(writer);
    return std::string(buffer.GetString(), buffer.GetSize());
}

std::string scalarText(const rapidjson::Value &value)
{
    if (value.IsString())
        return std::string(value.GetString(), value.GetStringLength());
    if (value.IsNumber() || value.IsBool())
        return toJson(value);
    return {};
}

const rapidjson::Value *member(const rapidjson::Value &object, const char *name)
{
    if (!object.IsObject())
        return nullptr;
    auto it = object.FindMember(name);
    return it == object.MemberEnd() ? nullptr : &it->value;
}

std::string stringMember(const rapidjson::Value &object, const char *name)
{
    const auto *m = member(object, name);
    return m && m->IsString() ? std::string(m->GetString(), m->GetStringLength()) : std::string();
}

namespace {

void appendSegment(std::string &pointer, const std::string &segment)
{
    pointer += '/';
    for (char c : segment) {
        if (c == '~')
            pointer += "~0";
        else if (c == '/')
            pointer += "~1";
        else
            pointer += c;
    }
}

std::string firstText(const rapidjson::Value &v)
{
    if (v.IsString())
        return std::string(v.GetString(), v.GetStringLength());
    if (v.IsArray()) {
        std::string joined;
        for (const auto &e : v.GetArray()) {
            std::string t = firstText(e);
            if (t.empty())
                continue;
            if (!joined.empty())
                joined += "; ";
            joined += t;
        }
        return joined;
    }
    if (v.IsObject()) {
        for (const char *name : {"message", "detail", "title", "msg"})
            if (auto t = stringMember(v, name); !t.empty())
                return t;
    }
    return {};
}

std::string fieldOfErrorItem(const rapidjson::Value &item)
{
    if (!item.IsObject())
        return {};
    for (const char *name : {"field", "path", "pointer"})
        if (const auto *m = member(item, name))
            if (auto p = toJsonPointer(*m); !p.empty())
                return p;
    if (const auto *source = member(item, "source"))
        if (const auto *p = member(*source, "pointer"))
            return toJsonPointer(*p);
    return {};
}

} // namespace

std::string toJsonPointer(const std::string &path)
{
    if (path.empty())
        return {};
    std::string p = path;
    if (p[0] == '#')
        p.erase(0, 1);
    if (!p.empty() && p[0] == '/')
        return p;
    // Dotted with [index]: "lines[0].uom", "$.lines[0].uom".
    if (p.rfind("$.", 0) == 0)
        p.erase(0, 2);
    std::string pointer;
    std::string segment;
    for (const char c : p) {
        if (c == '.' || c == '[' || c == ']') {
            if (!segment.empty())
                appendSegment(pointer, segment);
            segment.clear();
        } else if (c != '\'' && c != '"') {
            segment += c;
        }
    }
    if (!segment.empty())
        appendSegment(pointer, segment);
    return pointer;
}

std::string toJsonPointer(const rapidjson::Value &path)
{
    if (path.IsString())
        return toJsonPointer(std::string(path.GetString(), path.GetStringLength()));
    if (path.IsArray()) {
        std::string pointer;
        for (const auto &segment : path.GetArray()) {
            const std::string text = scalarText(segment);
            if (text.empty())
                return {};
            appendSegment(pointer, text);
        }
        return pointer;
    }
    return {};
}

BodyError readErrorBody(const rapidjson::Value &body)
{
    BodyError out;
    if (!body.IsObject())
        return out;
    const auto *error = member(body, "error");
    const auto *errors = member(body, "errors");

    out.message = stringMember(body, "message");
    if (out.message.empty() && error && error->IsObject())
        out.message = stringMember(*error, "message");
    if (out.message.empty() && error && error->IsString())
        out.message = error->GetString();
    if (out.message.empty() && errors) {
        if (errors->IsObject()) {
            // {"errors": {"postal_code": ["is invalid"]}}; "base" names the
            // whole document (Rails, Shopify), not a field.
            for (const auto &m : errors->GetObject()) {
                const std::string name(m.name.GetString(), m.name.GetStringLength());
                const std::string text = firstText(m.value);
                if (!out.message.empty())
                    out.message += "; ";
                if (name == "base")
                    out.message += text;
                else
                    out.message += name + (text.empty() ? std::string() : " " + text);
            }
        } else {
            out.message = firstText(*errors);
        }
    }
    if (out.message.empty())
        out.message = stringMember(body, "detail");
    if (out.message.empty())
        out.message = stringMember(body, "title");

    if (error && error->IsObject())
        if (const auto *code = member(*error, "code"))
            out.code = scalarText(*code);
    if (out.code.empty())
        if (const auto *code = member(body, "code"))
            out.code = scalarText(*code);

    for (const char *name : {"field", "path", "pointer"}) {
        if (!out.fieldPath.empty())
            break;
        if (const auto *m = member(body, name))
            out.fieldPath = toJsonPointer(*m);
        if (out.fieldPath.empty() && error && error->IsObject() && std::string(name) == "field")
            if (const auto *m = member(*error, "field"))
                out.fieldPath = toJsonPointer(*m);
    }
    if (out.fieldPath.empty() && errors) {
        if (errors->IsObject() && errors->MemberCount() > 0) {
            const auto &first = *errors->MemberBegin();
            const std::string name(first.name.GetString(), first.name.GetStringLength());
            if (name != "base")
                out.fieldPath = toJsonPointer(name);
        } else if (errors->IsArray() && !errors->Empty()) {
            out.fieldPath = fieldOfErrorItem((*errors)[0]);
        }
    }
    return out;
}

std::string idempotencyKeyOf(const FlowDef &flow, const Transaction &tx)
{
    if (!tx.idempotencyKey.empty())
        return tx.idempotencyKey;
    return flow.id + "|" + tx.businessKey + "|" + std::to_string(tx.id);
}

} // namespace flowdesk::backend::adapters
