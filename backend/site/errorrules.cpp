// What a site's error rules make of a target's answer, and the texts a
// configuration gives in several languages.

#include "payload.h"
#include "siteconfig.h"

#include <regex>

namespace flowdesk::backend {

std::string ConfigError::text() const
{
    std::string s = where.file.empty() ? std::string("<configuration>") : where.file;
    if (where.line > 0) {
        s += ':' + std::to_string(where.line);
        if (where.column > 0)
            s += ':' + std::to_string(where.column);
    }
    return s + ": " + message;
}

std::string localized(const LocalizedText &text, const std::string &language)
{
    if (!language.empty()) {
        auto it = text.find(language);
        if (it != text.end() && !it->second.empty())
            return it->second;
        // "de-CH" falls back to "de".
        if (auto dash = language.find_first_of("-_"); dash != std::string::npos) {
            it = text.find(language.substr(0, dash));
            if (it != text.end() && !it->second.empty())
                return it->second;
        }
    }
    auto en = text.find("en");
    return en == text.end() ? std::string() : en->second;
}

const char *toString(ConnectorKind k)
{
    switch (k) {
    case ConnectorKind::Odoo: return "odoo";
    case ConnectorKind::Http: return "http";
    case ConnectorKind::Inbound: return "inbound";
    }
    return "http";
}

const char *toString(OdooProtocol p)
{
    return p == OdooProtocol::Json2 ? "json2" : "jsonrpc";
}

const char *toString(AuthScheme a)
{
    switch (a) {
    case AuthScheme::None: return "none";
    case AuthScheme::Password: return "password";
    case AuthScheme::ApiKey: return "api_key";
    case AuthScheme::Bearer: return "bearer";
    case AuthScheme::Basic: return "basic";
    case AuthScheme::HmacSha256: return "hmac_sha256";
    }
    return "none";
}

const ConnectorConfig *SiteConfig::connector(const std::string &id) const
{
    for (const auto &c : connectors)
        if (c.id == id)
            return &c;
    return nullptr;
}

const FlowConfig *SiteConfig::flow(const std::string &id) const
{
    for (const auto &f : flows)
        if (f.def.id == id)
            return &f;
    return nullptr;
}

std::vector<ConnectorRecord> SiteConfig::connectorRecords() const
{
    std::vector<ConnectorRecord> out;
    out.reserve(connectors.size());
    for (const auto &c : connectors) {
        ConnectorRecord r;
        r.id = c.id;
        r.name = c.name;
        r.kind = toString(c.kind);
        r.system = c.system;
        r.endpoint = c.baseUrl;
        r.authType = toString(c.auth);
        r.rotationPolicyDays = c.rotationPolicyDays;
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<FlowDef> SiteConfig::flowDefs() const
{
    std::vector<FlowDef> out;
    out.reserve(flows.size());
    for (const auto &f : flows)
        out.push_back(f.def);
    return out;
}

const ErrorRule *applyErrorRules(const FlowConfig &flow, TxError &error)
{
    std::optional<std::string> searched; // the part of the message a rule reads, cut once
    for (const auto &rule : flow.errors) {
        if (!rule.whenCode.empty() && rule.whenCode != error.code)
            continue;
        bool matches = true;
        if (!rule.match.empty()) {
            try {
                // The loader compiled every rule once; a rule that does not
                // compile never reaches here.
                const auto re = rule.compiled ? rule.compiled
                                              : std::make_shared<const std::regex>(rule.match, std::regex::ECMAScript);
                if (!searched)
                    searched = patternInput(error.message);
                matches = std::regex_search(*searched, *re);
            } catch (const std::regex_error &) {
                matches = false;
            }
        } else if (rule.whenCode.empty()) {
            // A rule without pattern and without adapter code names a code the
            // adapter already gives; it only carries the text.
            matches = rule.code == error.code;
        }
        if (!matches)
            continue;
        error.code = rule.code;
        if (rule.category)
            error.category = *rule.category;
        return &rule;
    }
    return nullptr;
}

std::string whatToDo(const FlowConfig &flow, const std::string &code, const std::string &language)
{
    for (const auto &rule : flow.errors)
        if (rule.code == code && !rule.whatToDo.empty())
            return localized(rule.whatToDo, language);
    return {};
}

} // namespace flowdesk::backend
