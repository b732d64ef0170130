// Reading and checking a site's configuration file. Every problem is
// collected, each with the file, line and column it is at, so that an IT admin
// fixes a file in one pass instead of one error per restart.

#include "siteconfig.h"

#include "platform.h"
#include "schemacompile.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/pointer.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <regex>
#include <set>
#include <sstream>
#include <system_error>

namespace flowdesk::backend {

// ---------------------------------------------------------------------------
// Files

ConfigFileAccess ConfigFileAccess::fileSystem()
{
    ConfigFileAccess a;
    a.read = [](const std::string &path, std::string *problem) -> std::optional<std::string> {
        std::error_code ec;
        const std::filesystem::path file = platform::pathFromUtf8(path);
        if (!std::filesystem::exists(file, ec)) {
            if (problem)
                *problem = "does not exist";
            return std::nullopt;
        }
        if (!std::filesystem::is_regular_file(file, ec)) {
            if (problem)
                *problem = "is not a regular file";
            return std::nullopt;
        }
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            if (problem)
                *problem = "cannot be read (check its permissions)";
            return std::nullopt;
        }
        std::ostringstream s;
        s << in.rdbuf();
        if (in.bad()) {
            if (problem)
                *problem = "cannot be read";
            return std::nullopt;
        }
        return s.str();
    };
    a.exists = [](const std::string &path) {
        std::error_code ec;
        return std::filesystem::is_regular_file(path, ec);
    };
    return a;
}

ConfigFileAccess ConfigFileAccess::inMemory(std::map<std::string, std::string> files)
{
    auto shared = std::make_shared<const std::map<std::string, std::string>>(std::move(files));
    ConfigFileAccess a;
    a.read = [shared](const std::string &path, std::string *problem) -> std::optional<std::string> {
        auto it = shared->find(path);
        if (it == shared->end()) {
            if (problem)
                *problem = "does not exist";
            return std::nullopt;
        }
        return it->second;
    };
    a.exists = [shared](const std::string &path) { return shared->count(path) > 0; };
    return a;
}

namespace {

// The scalar under `key` of a mapping; nullopt when the node is no mapping, has
// no such key or holds something else there. (A const node indexed by a
// missing key is an invalid node, which throws when asked what it is.)
std::optional<std::string> scalarAt(const YAML::Node &n, const char *key)
{
    if (!n.IsMap())
        return std::nullopt;
    const YAML::Node v = n[key];
    if (!v.IsDefined() || !v.IsScalar())
        return std::nullopt;
    return v.Scalar();
}

// ---------------------------------------------------------------------------
// Vocabulary

const std::regex kIdPattern("^[a-z0-9][a-z0-9_-]{0,63}$");
const std::regex kPlantIdPattern("^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$");
const std::regex kCodePattern("^[A-Z][A-Z0-9_]{0,63}$");
const std::regex kAdapterCodePattern("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$");
const std::regex kLanguagePattern("^[a-z]{2,3}([-_][A-Za-z]{2,4})?$");
const std::regex kOdooNamePattern("^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$");
const std::regex kFieldPattern("^[a-z_][a-z0-9_]*$");
const std::regex kEnvPattern("^[A-Za-z_][A-Za-z0-9_]*$");
const std::regex kHeaderPattern("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$");

const std::vector<std::string> kDomains = {"sales",      "finance", "procurement", "logistics",
                                           "production", "quality", "engineering"};
const std::vector<std::string> kCategories = {"connectivity", "authentication", "master_data",
                                              "validation",   "business_state", "duplicate"};
const std::vector<std::string> kBusinessKeys = {"key", "counterparty", "amount", "currency",
                                                "plant", "due", "correlation"};
// Keys that would hold a secret; the file never does.
const std::set<std::string> kSecretKeys = {"secret",       "password",      "passwd", "pass",
                                           "api_key",      "apikey",        "token",  "access_token",
                                           "client_secret", "private_key",  "key",    "bearer",
                                           "credential",   "credentials"};

constexpr std::int64_t kSecond = 1000;
constexpr std::int64_t kMinute = 60 * kSecond;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kDay = 24 * kHour;

std::string joinList(const std::vector<std::string> &items, const char *separator = ", ")
{
    std::string s;
    for (const auto &i : items) {
        if (!s.empty())
            s += separator;
        s += i;
    }
    return s;
}

size_t editDistance(const std::string &a, const std::string &b)
{
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t above = row[j];
            const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The known word nearest to `word`, when it is near enough to be a typo.
std::string nearest(const std::string &word, const std::vector<std::string> &known)
{
    std::string best;
    size_t bestDistance = std::string::npos;
    for (const auto &k : known) {
        const size_t d = editDistance(word, k);
        if (d < bestDistance) {
            bestDistance = d;
            best = k;
        }
    }
    const size_t allowed = std::max<size_t>(2, word.size() / 3);
    return bestDistance <= allowed ? best : std::string();
}

std::string oneOf(const std::string &what, const std::string &value, const std::vector<std::string> &known)
{
    std::string s = what + " '" + value + "' is not known; use one of: " + joinList(known);
    const std::string n = nearest(value, known);
    if (!n.empty())
        s += " (did you mean '" + n + "'?)";
    return s;
}

std::string jsonEscaped(const std::string &s)
{
    std::string out;
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

std::string compactJson(const rapidjson::Value &v)
{
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    v.Accept(writer);
    return std::string(buffer.GetString(), buffer.GetSize());
}

bool isAbsolute(const std::string &path)
{
    return std::filesystem::path(path).is_absolute();
}

// Splits a JSON pointer into its unescaped segments; false when it is not one.
bool pointerSegments(const std::string &pointer, std::vector<std::string> *segments)
{
    if (pointer.empty() || pointer[0] != '/')
        return false;
    // rapidjson decides what a valid pointer is; "*" stands for an index.
    std::string probe;
    segments->clear();
    size_t start = 1;
    while (true) {
        const size_t end = pointer.find('/', start);
        const std::string raw = pointer.substr(start, end == std::string::npos ? std::string::npos : end - start);
        probe += '/';
        probe += raw == "*" ? std::string("0") : raw;
        std::string seg;
        for (size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
                seg += raw[i + 1] == '0' ? '~' : '/';
                ++i;
            } else {
                seg += raw[i];
            }
        }
        segments->push_back(seg);
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    const rapidjson::Pointer p(probe.c_str(), probe.size());
    if (!p.IsValid())
        return false;
    for (const auto &s : *segments)
        if (s.empty())
            return false;
    return true;
}

// Where a pointer leads in a schema; empty when the schema has the field,
// else the segment it does not have.
std::string missingSchemaSegment(const rapidjson::Value &schema, const std::vector<std::string> &segments)
{
    const rapidjson::Value *node = &schema;
    for (const auto &seg : segments) {
        if (!node->IsObject())
            return {};
        const auto props = node->FindMember("properties");
        const auto items = node->FindMember("items");
        const bool isIndex = seg == "*" || std::all_of(seg.begin(), seg.end(), [](char c) {
            return c >= '0' && c <= '9';
        });
        if (props != node->MemberEnd() && props->value.IsObject() &&
            props->value.HasMember(rapidjson::StringRef(seg.c_str(), seg.size()))) {
            node = &props->value.FindMember(rapidjson::StringRef(seg.c_str(), seg.size()))->value;
            continue;
        }
        if (isIndex && items != node->MemberEnd() && items->value.IsObject()) {
            node = &items->value;
            continue;
        }
        const auto additional = node->FindMember("additionalProperties");
        if (!isIndex && additional != node->MemberEnd() && additional->value.IsObject()) {
            node = &additional->value;
            continue;
        }
        // A pointer the schema does not declare is taken for a typo: a
        // sensitive field that is never masked must not pass silently.
        if (props != node->MemberEnd() || (seg == "*" && items == node->MemberEnd()))
            return seg;
        return {};  // a value the schema leaves open
    }
    return {};
}

std::optional<std::int64_t> parseDurationMs(const std::string &text)
{
    static const std::regex re("^\\s*([0-9]+(\\.[0-9]+)?)\\s*(ms|s|m|h|d)?\\s*$");
    std::smatch m;
    if (!std::regex_match(text, m, re))
        return std::nullopt;
    const double value = std::stod(m[1].str());
    const std::string unit = m[3].str();
    const double factor = unit == "ms" ? 1.0
                          : unit == "m" ? double(kMinute)
                          : unit == "h" ? double(kHour)
                          : unit == "d" ? double(kDay)
                                        : double(kSecond);
    const double ms = value * factor;
    if (ms > 1e15)
        return std::nullopt;
    return static_cast<std::int64_t>(std::llround(ms));
}

std::optional<std::int64_t> parseSize(const std::string &text)
{
    static const std::regex re("^\\s*([0-9]+)\\s*(B|KiB|MiB|GiB)?\\s*$");
    std::smatch m;
    if (!std::regex_match(text, m, re) || m[1].str().size() > 12)
        return std::nullopt;
    const std::int64_t value = std::stoll(m[1].str());
    const std::string unit = m[2].str();
    const std::int64_t factor = unit == "KiB" ? 1024 : unit == "MiB" ? 1024 * 1024 : unit == "GiB" ? 1024 * 1024 * 1024 : 1;
    return value * factor;
}

std::optional<ErrorCategory> categoryFromString(const std::string &s)
{
    if (s == "connectivity")
        return ErrorCategory::Connectivity;
    if (s == "authentication")
        return ErrorCategory::Authentication;
    if (s == "master_data")
        return ErrorCategory::MasterData;
    if (s == "validation")
        return ErrorCategory::Validation;
    if (s == "business_state")
        return ErrorCategory::BusinessState;
    if (s == "duplicate")
        return ErrorCategory::Duplicate;
    return std::nullopt;
}

// ---------------------------------------------------------------------------
// A mapping of the file, with the keys checked.

struct Entry {
    YAML::Node key;
    YAML::Node value;
};

struct Mapping {
    YAML::Node node;
    std::map<std::string, Entry> entries;

    const Entry *find(const std::string &key) const
    {
        auto it = entries.find(key);
        return it == entries.end() ? nullptr : &it->second;
    }
    bool has(const std::string &key) const { return entries.count(key) > 0; }
};

// Where a schema's text came from, to point at its lines.
struct SchemaSource {
    std::string file;        // the JSON file; empty when inline
    std::string text;        // the file's text
    YAML::Node inlineNode;   // the inline schema
    YAML::Node referenceAt;  // "schema_file:" or "schema:" in the configuration
};

class Loader {
public:
    Loader(std::string fileName, std::string baseDir, const ConfigFileAccess &files, std::vector<ConfigError> &errors)
        : m_file(std::move(fileName)), m_baseDir(std::move(baseDir)), m_files(files), m_errors(errors)
    {
    }

    std::optional<SiteConfig> run(const std::string &text);

private:
    // -- reporting
    ConfigLocation where(const YAML::Node &n) const
    {
        ConfigLocation l;
        l.file = m_file;
        if (n.IsDefined()) {
            const YAML::Mark m = n.Mark();
            if (m.line >= 0) {
                l.line = m.line + 1;
                l.column = m.column + 1;
            }
        }
        return l;
    }
    void error(const YAML::Node &at, const std::string &message) { errorAt(where(at), message); }
    void errorAt(ConfigLocation l, const std::string &message)
    {
        m_errors.push_back(ConfigError{std::move(l), message});
        ++m_count;
    }

    std::string resolve(const std::string &path) const
    {
        if (path.empty() || isAbsolute(path) || m_baseDir.empty())
            return path;
        return (std::filesystem::path(m_baseDir) / path).lexically_normal().string();
    }

    // -- structure
    std::optional<Mapping> mapping(const YAML::Node &n, const std::string &ctx,
                                   const std::vector<std::string> &known);
    std::optional<std::string> text(const Mapping &m, const std::string &key, const std::string &ctx,
                                     bool required);
    std::optional<LocalizedText> localizedText(const Mapping &m, const std::string &key, const std::string &ctx,
                                               bool required);
    std::optional<std::int64_t> duration(const Mapping &m, const std::string &key, const std::string &ctx,
                                         std::int64_t minMs, std::int64_t maxMs);
    std::optional<bool> boolean(const Mapping &m, const std::string &key, const std::string &ctx);
    std::optional<std::int64_t> integer(const Mapping &m, const std::string &key, const std::string &ctx,
                                        std::int64_t min, std::int64_t max);
    std::optional<std::string> existingFile(const Mapping &m, const std::string &key, const std::string &ctx,
                                            const std::string &what);
    std::vector<YAML::Node> sequence(const Mapping &m, const std::string &key, const std::string &ctx);

    // -- sections
    void server(const YAML::Node &n, ServerConfig &out);
    void plants(const Mapping &root, std::vector<PlantConfig> &out);
    void connectors(const Mapping &root, std::vector<ConnectorConfig> &out);
    std::optional<ConnectorConfig> connector(const YAML::Node &n, size_t index);
    void connectorAuth(const Entry &e, const std::string &ctx, ConnectorConfig &c);
    std::optional<std::string> baseUrl(const Mapping &m, const std::string &ctx, ConnectorKind kind);
    void flows(const Mapping &root, const SiteConfig &site, std::vector<FlowConfig> &out);
    std::optional<FlowConfig> flow(const YAML::Node &n, size_t index, const SiteConfig &site);
    void delivery(const Mapping &m, const std::string &ctx, const ConnectorConfig *connector,
                  const rapidjson::Document *schema, FlowConfig &f);
    std::vector<ErrorRule> errorRules(const YAML::Node &list, const std::string &ctx);
    bool schema(const Mapping &m, const std::string &ctx, rapidjson::Document &doc, SchemaSource &source);
    void checkSchema(const rapidjson::Document &doc, const SchemaSource &source, const std::string &ctx,
                     FlowConfig &f);
    ConfigLocation locateInSchema(const SchemaSource &source, const std::string &anchorKey,
                                  const std::string &value) const;
    bool yamlToJson(const YAML::Node &n, rapidjson::Value &out, rapidjson::Document::AllocatorType &alloc);

    std::string m_file;
    std::string m_baseDir;
    const ConfigFileAccess &m_files;
    std::vector<ConfigError> &m_errors;
    size_t m_count = 0;
    std::set<std::string> m_faultyConnectors;  // defined, but too broken to use
};

std::optional<Mapping> Loader::mapping(const YAML::Node &n, const std::string &ctx,
                                       const std::vector<std::string> &known)
{
    if (!n.IsMap()) {
        error(n, ctx + " must be a mapping of keys to values" +
                     (n.IsSequence() ? std::string(", not a list") : n.IsScalar() ? ", not '" + n.Scalar() + "'" : ""));
        return std::nullopt;
    }
    Mapping m;
    m.node = n;
    for (auto it = n.begin(); it != n.end(); ++it) {
        const YAML::Node key = it->first;
        if (!key.IsScalar()) {
            error(key, ctx + ": a key must be a plain word");
            continue;
        }
        const std::string name = key.Scalar();
        if (m.entries.count(name)) {
            error(key, ctx + ": key '" + name + "' appears twice; keep one");
            continue;
        }
        if (std::find(known.begin(), known.end(), name) == known.end() && kSecretKeys.count(name)) {
            // The value is never repeated in the message: it is a secret.
            error(key, ctx + ": '" + name +
                           "' would put a secret in this file; secrets never go in the configuration: name a file "
                           "with auth.secret_file or an environment variable with auth.secret_env, or set the "
                           "credential in the console (SetCredential)");
            continue;
        }
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            std::string message = ctx + ": unknown key '" + name + "'";
            const std::string n2 = nearest(name, known);
            if (!n2.empty())
                message += " (did you mean '" + n2 + "'?)";
            else
                message += "; known keys: " + joinList(known);
            error(key, message);
            continue;
        }
        m.entries.emplace(name, Entry{key, it->second});
    }
    return m;
}

std::optional<std::string> Loader::text(const Mapping &m, const std::string &key, const std::string &ctx,
                                        bool required)
{
    const Entry *e = m.find(key);
    if (!e) {
        if (required)
            error(m.node, ctx + ": " + key + " is missing");
        return std::nullopt;
    }
    if (e->value.IsNull()) {
        error(e->key, ctx + ": " + key + " has no value");
        return std::nullopt;
    }
    if (!e->value.IsScalar()) {
        error(e->value, ctx + ": " + key + " must be a single value, not a " +
                            (e->value.IsSequence() ? "list" : "mapping"));
        return std::nullopt;
    }
    const std::string v = e->value.Scalar();
    if (v.empty()) {
        error(e->value, ctx + ": " + key + " is empty");
        return std::nullopt;
    }
    return v;
}

std::optional<LocalizedText> Loader::localizedText(const Mapping &m, const std::string &key, const std::string &ctx,
                                                   bool required)
{
    const Entry *e = m.find(key);
    if (!e) {
        if (required)
            error(m.node, ctx + ": " + key + " is missing");
        return std::nullopt;
    }
    if (e->value.IsScalar() && !e->value.Scalar().empty())
        return LocalizedText{{"en", e->value.Scalar()}};
    if (!e->value.IsMap()) {
        error(e->value.IsNull() ? e->key : e->value,
              ctx + ": " + key + " must be a text or a mapping of languages to texts ({en: ..., de: ...})");
        return std::nullopt;
    }
    LocalizedText out;
    bool ok = true;
    for (auto it = e->value.begin(); it != e->value.end(); ++it) {
        const std::string lang = it->first.IsScalar() ? it->first.Scalar() : std::string();
        if (!std::regex_match(lang, kLanguagePattern)) {
            error(it->first, ctx + ": " + key + ": '" + lang + "' is not a language code (en, de, fr, pt-BR...)");
            ok = false;
            continue;
        }
        if (!it->second.IsScalar() || it->second.Scalar().empty()) {
            error(it->second.IsNull() ? it->first : it->second, ctx + ": " + key + "." + lang + " must be a text");
            ok = false;
            continue;
        }
        if (out.count(lang)) {
            error(it->first, ctx + ": " + key + " has language '" + lang + "' twice");
            ok = false;
            continue;
        }
        out[lang] = it->second.Scalar();
    }
    if (!out.count("en")) {
        error(e->value, ctx + ": " + key + " has no English text (en); English is required, other languages are optional");
        ok = false;
    }
    return ok ? std::optional<LocalizedText>(out) : std::nullopt;
}

std::optional<std::int64_t> Loader::duration(const Mapping &m, const std::string &key, const std::string &ctx,
                                             std::int64_t minMs, std::int64_t maxMs)
{
    const auto t = text(m, key, ctx, false);
    if (!t)
        return std::nullopt;
    const YAML::Node &at = m.find(key)->value;
    const auto ms = parseDurationMs(*t);
    if (!ms) {
        error(at, ctx + ": " + key + " '" + *t +
                      "' is not a duration; write a number with a unit: 500ms, 30s, 15m, 8h, 2d (a plain number is seconds)");
        return std::nullopt;
    }
    if (*ms < minMs || *ms > maxMs) {
        auto human = [](std::int64_t v) {
            if (v % kDay == 0)
                return std::to_string(v / kDay) + "d";
            if (v % kHour == 0)
                return std::to_string(v / kHour) + "h";
            if (v % kMinute == 0)
                return std::to_string(v / kMinute) + "m";
            if (v % kSecond == 0)
                return std::to_string(v / kSecond) + "s";
            return std::to_string(v) + "ms";
        };
        error(at, ctx + ": " + key + " " + *t + " is out of range; it must be " +
                      (minMs <= 1 ? std::string("more than 0") : "at least " + human(minMs)) + " and at most " +
                      human(maxMs));
        return std::nullopt;
    }
    return ms;
}

std::optional<bool> Loader::boolean(const Mapping &m, const std::string &key, const std::string &ctx)
{
    const auto t = text(m, key, ctx, false);
    if (!t)
        return std::nullopt;
    if (*t == "true" || *t == "yes" || *t == "on")
        return true;
    if (*t == "false" || *t == "no" || *t == "off")
        return false;
    error(m.find(key)->value, ctx + ": " + key + " must be true or false, not '" + *t + "'");
    return std::nullopt;
}

std::optional<std::int64_t> Loader::integer(const Mapping &m, const std::string &key, const std::string &ctx,
                                            std::int64_t min, std::int64_t max)
{
    const auto t = text(m, key, ctx, false);
    if (!t)
        return std::nullopt;
    const YAML::Node &at = m.find(key)->value;
    static const std::regex re("^-?[0-9]{1,15}$");
    if (!std::regex_match(*t, re)) {
        error(at, ctx + ": " + key + " must be a whole number, not '" + *t + "'");
        return std::nullopt;
    }
    const std::int64_t v = std::stoll(*t);
    if (v < min || v > max) {
        error(at, ctx + ": " + key + " " + *t + " is out of range; it must be from " + std::to_string(min) + " to " +
                      std::to_string(max));
        return std::nullopt;
    }
    return v;
}

std::optional<std::string> Loader::existingFile(const Mapping &m, const std::string &key, const std::string &ctx,
                                                const std::string &what)
{
    const auto t = text(m, key, ctx, false);
    if (!t)
        return std::nullopt;
    const std::string path = resolve(*t);
    if (!m_files.exists(path)) {
        error(m.find(key)->value, ctx + ": " + key + ": the " + what + " file '" + path + "' does not exist");
        return std::nullopt;
    }
    return path;
}

std::vector<YAML::Node> Loader::sequence(const Mapping &m, const std::string &key, const std::string &ctx)
{
    const Entry *e = m.find(key);
    if (!e || e->value.IsNull())
        return {};
    if (!e->value.IsSequence()) {
        error(e->value, ctx + ": " + key + " must be a list (one item per line, each starting with '- ')");
        return {};
    }
    std::vector<YAML::Node> out;
    for (const auto &item : e->value)
        out.push_back(item);
    return out;
}

// ---------------------------------------------------------------------------

void Loader::server(const YAML::Node &n, ServerConfig &out)
{
    const std::string ctx = "server";
    const auto m = mapping(n, ctx, {"listen", "data", "store", "store_password_file", "store_password_env",
                                    "master_key", "tls", "session_ttl", "lease"});
    if (!m)
        return;
    if (const auto listen = text(*m, "listen", ctx, false)) {
        static const std::regex re("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+):([0-9]{1,5})$");
        std::smatch match;
        if (!std::regex_match(*listen, match, re) || std::stoi(match[2].str()) < 1 ||
            std::stoi(match[2].str()) > 65535)
            error(m->find("listen")->value,
                  ctx + ": listen '" + *listen + "' must be host:port with a port from 1 to 65535 (0.0.0.0:8443)");
        else
            out.listenAddress = *listen;
    }
    if (const auto data = text(*m, "data", ctx, false))
        out.dataDir = resolve(*data);
    if (const auto store = text(*m, "store", ctx, false)) {
        static const std::regex uri("^postgres(ql)?://([^:@/]*@)?[^@]+$");
        if (!std::regex_match(*store, uri))
            error(m->find("store")->value,
                  ctx + ": store must be a PostgreSQL URI without a password (postgresql://flowdesk@db:5432/flowdesk); "
                        "the password goes in a file named by store_password_file or in the environment variable "
                        "named by store_password_env");
        else
            out.store = *store;
    }
    const auto pwEnv = text(*m, "store_password_env", ctx, false);
    const auto pwFile = text(*m, "store_password_file", ctx, false);
    if (pwEnv && pwFile)
        error(m->find("store_password_file")->key, ctx + ": name both store_password_env and store_password_file; keep one");
    if ((pwEnv || pwFile) && !m->has("store"))
        error(m->find(pwEnv ? "store_password_env" : "store_password_file")->key,
              ctx + ": a store password without store; add store: postgresql://...");
    if (pwEnv) {
        if (!std::regex_match(*pwEnv, kEnvPattern))
            error(m->find("store_password_env")->value,
                  ctx + ": store_password_env '" + *pwEnv + "' is not an environment variable name (FLOWDESK_PG_PASSWORD)");
        else
            out.storePasswordEnv = *pwEnv;
    }
    if (pwFile) {
        const std::string path = resolve(*pwFile);
        if (!m_files.exists(path))
            error(m->find("store_password_file")->value, ctx + ": store_password_file '" + path + "' does not exist");
        else
            out.storePasswordFile = path;
    }
    if (const auto key = text(*m, "master_key", ctx, false))
        out.masterKeyFile = resolve(*key);
    if (const Entry *tls = m->find("tls")) {
        const std::string tctx = "server.tls";
        if (const auto t = mapping(tls->value, tctx, {"cert", "key", "client_ca"})) {
            out.tlsCertFile = existingFile(*t, "cert", tctx, "certificate").value_or("");
            out.tlsKeyFile = existingFile(*t, "key", tctx, "private key").value_or("");
            out.tlsClientCaFile = existingFile(*t, "client_ca", tctx, "client CA").value_or("");
            if (t->has("cert") != t->has("key"))
                error(tls->value, tctx + ": cert and key go together; give both or neither");
        }
    }
    if (const auto ttl = duration(*m, "session_ttl", ctx, 1000, 30 * kDay))
        out.sessionTtlSeconds = *ttl / 1000;
    if (const auto lease = duration(*m, "lease", ctx, 1000, 10 * kMinute))
        out.leaseMs = *lease;
}

void Loader::plants(const Mapping &root, std::vector<PlantConfig> &out)
{
    std::set<std::string> seen;
    size_t index = 0;
    for (const auto &item : sequence(root, "plants", "plants")) {
        ++index;
        std::string ctx = "plant " + std::to_string(index);
        if (const auto id = scalarAt(item, "id"))
            ctx = "plant '" + *id + "'";
        const auto m = mapping(item, ctx, {"id", "name"});
        if (!m)
            continue;
        PlantConfig p;
        p.where = where(item);
        const auto id = text(*m, "id", ctx, true);
        const auto name = text(*m, "name", ctx, true);
        if (id) {
            if (!std::regex_match(*id, kPlantIdPattern))
                error(m->find("id")->value, ctx + ": id '" + *id + "' must be letters and digits (DE01)");
            else if (!seen.insert(*id).second)
                error(m->find("id")->value, "plant '" + *id + "' is defined twice; plant ids must be unique");
            p.id = *id;
        }
        p.name = name.value_or("");
        if (id && name)
            out.push_back(std::move(p));
    }
}

std::optional<std::string> Loader::baseUrl(const Mapping &m, const std::string &ctx, ConnectorKind kind)
{
    const auto url = text(m, "base_url", ctx, kind != ConnectorKind::Inbound);
    if (!url)
        return std::nullopt;
    const YAML::Node &at = m.find("base_url")->value;
    if (kind == ConnectorKind::Inbound) {
        // Shown to people only; flowdeskd never calls an inbound system.
        static const std::regex any("^[a-z][a-z0-9+.-]*://[^\\s/?#]+[^\\s]*$");
        if (!std::regex_match(*url, any)) {
            error(at, ctx + ": base_url '" + *url + "' is not a URL (scheme://host/...)");
            return std::nullopt;
        }
        return *url;
    }
    static const std::regex re("^(https?)://([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(:([0-9]{1,5}))?(/[^?#\\s]*)?$");
    std::smatch match;
    if (url->rfind("http://", 0) != 0 && url->rfind("https://", 0) != 0) {
        error(at, ctx + ": base_url '" + *url + "' must start with http:// or https://");
        return std::nullopt;
    }
    if (url->find_first_of("?#") != std::string::npos) {
        error(at, ctx + ": base_url '" + *url + "' must not have a query or fragment (nothing from '?' or '#' on)");
        return std::nullopt;
    }
    if (!std::regex_match(*url, match, re) ||
        (match[4].matched && (std::stoi(match[4].str()) < 1 || std::stoi(match[4].str()) > 65535))) {
        error(at, ctx + ": base_url '" + *url + "' is not a valid URL (https://host[:port][/path])");
        return std::nullopt;
    }
    std::string u = *url;
    while (!u.empty() && u.back() == '/')
        u.pop_back();
    return u;
}

void Loader::connectorAuth(const Entry &e, const std::string &ctx, ConnectorConfig &c)
{
    const std::string actx = ctx + ": auth";
    const auto m = mapping(e.value, actx,
                           {"scheme", "secret_env", "secret_file", "username", "header", "timestamp_header",
                            "signature_header"});
    if (!m)
        return;
    const auto scheme = text(*m, "scheme", actx, true);
    if (!scheme)
        return;
    static const std::vector<std::string> schemes = {"none", "password", "api_key", "bearer", "basic", "hmac_sha256"};
    const YAML::Node &at = m->find("scheme")->value;
    if (*scheme == "none")
        c.auth = AuthScheme::None;
    else if (*scheme == "password")
        c.auth = AuthScheme::Password;
    else if (*scheme == "api_key")
        c.auth = AuthScheme::ApiKey;
    else if (*scheme == "bearer")
        c.auth = AuthScheme::Bearer;
    else if (*scheme == "basic")
        c.auth = AuthScheme::Basic;
    else if (*scheme == "hmac_sha256")
        c.auth = AuthScheme::HmacSha256;
    else {
        error(at, ctx + ": " + oneOf("auth scheme", *scheme, schemes));
        return;
    }
    std::vector<std::string> fits;
    switch (c.kind) {
    case ConnectorKind::Odoo:
        fits = c.odooProtocol == OdooProtocol::Json2 ? std::vector<std::string>{"api_key"}
                                                     : std::vector<std::string>{"api_key", "password"};
        break;
    case ConnectorKind::Http:
        fits = {"none", "api_key", "bearer", "basic", "hmac_sha256"};
        break;
    case ConnectorKind::Inbound:
        fits = {"none"};
        break;
    }
    if (std::find(fits.begin(), fits.end(), *scheme) == fits.end()) {
        std::string why = c.kind == ConnectorKind::Inbound
                              ? "an inbound connector only submits to flowdeskd, which authenticates it; use none"
                              : std::string("a ") + toString(c.kind) + " connector" +
                                    (c.kind == ConnectorKind::Odoo ? std::string(" (") + toString(c.odooProtocol) + ")"
                                                                   : std::string()) +
                                    " takes " + joinList(fits, " or ");
        error(at, ctx + ": auth scheme " + *scheme + " does not fit kind " + toString(c.kind) + "; " + why);
    }

    const auto env = text(*m, "secret_env", actx, false);
    const auto file = text(*m, "secret_file", actx, false);
    if (env && file)
        error(m->find("secret_file")->key, ctx + ": auth names both secret_env and secret_file; keep one");
    if (c.auth == AuthScheme::None && (env || file))
        error(m->find(env ? "secret_env" : "secret_file")->key,
              ctx + ": auth scheme none takes no secret; remove secret_env/secret_file or choose a scheme");
    if (env) {
        if (!std::regex_match(*env, kEnvPattern))
            error(m->find("secret_env")->value,
                  ctx + ": auth.secret_env '" + *env + "' is not an environment variable name (FLOWDESK_ODOO_KEY)");
        else
            c.secretEnv = *env;
    }
    if (file) {
        const std::string path = resolve(*file);
        if (!m_files.exists(path))
            error(m->find("secret_file")->value, ctx + ": auth.secret_file '" + path + "' does not exist");
        else
            c.secretFile = path;
    }
    if (const auto user = text(*m, "username", actx, c.auth == AuthScheme::Basic))
        c.username = *user;
    if (c.auth != AuthScheme::Basic && m->has("username"))
        error(m->find("username")->key, ctx + ": auth.username is only for scheme basic" +
                                            std::string(c.kind == ConnectorKind::Odoo ? "; Odoo's login goes in odoo.login" : ""));
    auto header = [&](const std::string &key, std::string &target, bool allowed, const char *forWhat) {
        const auto h = text(*m, key, actx, false);
        if (!h)
            return;
        if (!allowed)
            error(m->find(key)->key, ctx + ": auth." + key + " is only for " + forWhat);
        else if (!std::regex_match(*h, kHeaderPattern))
            error(m->find(key)->value, ctx + ": auth." + key + " '" + *h + "' is not an HTTP header name");
        else
            target = *h;
    };
    header("header", c.apiKeyHeader, c.kind == ConnectorKind::Http && c.auth == AuthScheme::ApiKey,
           "scheme api_key on an http connector");
    header("timestamp_header", c.timestampHeader, c.auth == AuthScheme::HmacSha256, "scheme hmac_sha256");
    header("signature_header", c.signatureHeader, c.auth == AuthScheme::HmacSha256, "scheme hmac_sha256");
}

std::optional<ConnectorConfig> Loader::connector(const YAML::Node &n, size_t index)
{
    std::string ctx = "connector " + std::to_string(index);
    if (const auto id = scalarAt(n, "id"))
        ctx = "connector '" + *id + "'";
    const std::vector<std::string> known = {"id", "name", "system", "kind", "base_url", "odoo", "auth", "timeouts",
                                            "max_response", "tls", "health_path", "lookup_path", "headers",
                                            "rotation_policy_days"};
    const auto m = mapping(n, ctx, known);
    if (!m)
        return std::nullopt;
    ConnectorConfig c;
    c.where = where(n);
    if (const auto id = text(*m, "id", ctx, true)) {
        if (!std::regex_match(*id, kIdPattern))
            error(m->find("id")->value, ctx + ": id '" + *id +
                                            "' must be lower-case letters, digits, '-' and '_' (at most 64, starting "
                                            "with a letter or digit)");
        c.id = *id;
        ctx = "connector '" + *id + "'";
    }
    c.name = text(*m, "name", ctx, true).value_or("");
    const auto kind = text(*m, "kind", ctx, true);
    bool kindKnown = false;
    if (kind) {
        kindKnown = true;
        if (*kind == "odoo")
            c.kind = ConnectorKind::Odoo;
        else if (*kind == "http")
            c.kind = ConnectorKind::Http;
        else if (*kind == "inbound")
            c.kind = ConnectorKind::Inbound;
        else {
            error(m->find("kind")->value, ctx + ": " + oneOf("kind", *kind, {"odoo", "http", "inbound"}));
            kindKnown = false;
        }
    }
    c.system = text(*m, "system", ctx, false).value_or(c.name);
    if (!kindKnown) {
        m_faultyConnectors.insert(c.id);
        return std::nullopt;
    }
    if (const auto url = baseUrl(*m, ctx, c.kind))
        c.baseUrl = *url;

    auto onlyFor = [&](const std::string &key, bool allowed, const std::string &kinds) {
        if (m->has(key) && !allowed)
            error(m->find(key)->key, ctx + ": " + key + " applies only to " + kinds + " connectors, not to kind " +
                                         toString(c.kind));
    };
    onlyFor("odoo", c.kind == ConnectorKind::Odoo, "odoo");
    onlyFor("health_path", c.kind == ConnectorKind::Http, "http");
    onlyFor("lookup_path", c.kind == ConnectorKind::Http, "http");
    const bool delivers = c.kind != ConnectorKind::Inbound;
    for (const char *key : {"auth", "timeouts", "max_response", "tls", "headers"})
        onlyFor(key, delivers, "odoo and http");

    if (c.kind == ConnectorKind::Odoo) {
        const Entry *o = m->find("odoo");
        if (!o) {
            error(n, ctx + ": odoo is missing (protocol, database, login)");
        } else if (const auto om = mapping(o->value, ctx + ": odoo", {"protocol", "database", "login"})) {
            const auto protocol = text(*om, "protocol", ctx + ": odoo", false).value_or("jsonrpc");
            if (protocol == "jsonrpc")
                c.odooProtocol = OdooProtocol::JsonRpc;
            else if (protocol == "json2")
                c.odooProtocol = OdooProtocol::Json2;
            else
                error(om->find("protocol")->value,
                      ctx + ": " + oneOf("odoo protocol", protocol, {"jsonrpc", "json2"}) +
                          " (jsonrpc: Odoo 14 to 18, json2: Odoo 19 and later)");
            const bool rpc = c.odooProtocol == OdooProtocol::JsonRpc;
            c.odooDatabase = text(*om, "database", ctx + ": odoo", rpc).value_or("");
            c.odooLogin = text(*om, "login", ctx + ": odoo", rpc).value_or("");
        }
    }
    if (const Entry *auth = m->find("auth"); auth && delivers)
        connectorAuth(*auth, ctx, c);
    else if (c.kind == ConnectorKind::Odoo)
        error(n, ctx + ": auth is missing; Odoo needs scheme api_key (or password with jsonrpc)");

    if (const Entry *t = m->find("timeouts"); t && delivers) {
        if (const auto tm = mapping(t->value, ctx + ": timeouts", {"connect", "total"})) {
            if (const auto v = duration(*tm, "connect", ctx + ": timeouts", 1, 10 * kMinute))
                c.connectTimeoutMs = *v;
            if (const auto v = duration(*tm, "total", ctx + ": timeouts", 1, 10 * kMinute))
                c.timeoutMs = *v;
            if (c.connectTimeoutMs > c.timeoutMs)
                error(t->value, ctx + ": timeouts.connect is longer than timeouts.total");
        }
    }
    if (delivers) {
        if (const auto size = text(*m, "max_response", ctx, false)) {
            const auto bytes = parseSize(*size);
            if (!bytes)
                error(m->find("max_response")->value,
                      ctx + ": max_response '" + *size + "' is not a size; write bytes or KiB, MiB, GiB (1MiB)");
            else if (*bytes < 1024 || *bytes > 1024LL * 1024 * 1024)
                error(m->find("max_response")->value,
                      ctx + ": max_response " + *size + " is out of range; it must be from 1KiB to 1GiB");
            else
                c.maxResponseBytes = *bytes;
        }
    }
    if (const Entry *t = m->find("tls"); t && delivers) {
        const std::string tctx = ctx + ": tls";
        if (const auto tm = mapping(t->value, tctx, {"ca", "client_cert", "client_key"})) {
            c.caFile = existingFile(*tm, "ca", tctx, "CA certificate").value_or("");
            c.clientCertFile = existingFile(*tm, "client_cert", tctx, "client certificate").value_or("");
            c.clientKeyFile = existingFile(*tm, "client_key", tctx, "client key").value_or("");
            if (tm->has("client_cert") != tm->has("client_key"))
                error(t->value, tctx + ": client_cert and client_key go together; give both or neither");
        }
    }
    auto path = [&](const std::string &key, std::string &target) {
        if (const auto p = text(*m, key, ctx, false)) {
            if ((*p)[0] != '/')
                error(m->find(key)->value, ctx + ": " + key + " '" + *p + "' must start with '/'");
            else
                target = *p;
        }
    };
    if (c.kind == ConnectorKind::Http) {
        path("health_path", c.healthPath);
        path("lookup_path", c.lookupPath);
        if (!c.lookupPath.empty() && c.lookupPath.find("{query}") == std::string::npos)
            error(m->find("lookup_path")->value, ctx + ": lookup_path must contain {query}");
    }
    if (const Entry *h = m->find("headers"); h && delivers) {
        if (!h->value.IsMap()) {
            error(h->value, ctx + ": headers must be a mapping of header names to values");
        } else {
            for (auto it = h->value.begin(); it != h->value.end(); ++it) {
                const std::string name = it->first.IsScalar() ? it->first.Scalar() : std::string();
                std::string lower = name;
                std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char ch) { return std::tolower(ch); });
                std::string authLower = c.apiKeyHeader;
                std::transform(authLower.begin(), authLower.end(), authLower.begin(),
                               [](unsigned char ch) { return std::tolower(ch); });
                if (!std::regex_match(name, kHeaderPattern))
                    error(it->first, ctx + ": headers: '" + name + "' is not an HTTP header name");
                else if (lower == "authorization" || lower == "cookie" || lower == "proxy-authorization" ||
                         (c.auth == AuthScheme::ApiKey && lower == authLower))
                    error(it->first, ctx + ": headers: " + name +
                                         " would put a credential in this file; configure it under auth (with "
                                         "secret_env or secret_file) or set it with SetCredential");
                else if (!it->second.IsScalar())
                    error(it->second, ctx + ": headers: the value of " + name + " must be a text");
                else
                    c.headers[name] = it->second.Scalar();
            }
        }
    }
    if (const auto days = integer(*m, "rotation_policy_days", ctx, 1, 3650))
        c.rotationPolicyDays = static_cast<int>(*days);
    // A connector with an error is still known to the flows that name it, so
    // that they are not reported as naming an undefined connector.
    return c;
}

void Loader::connectors(const Mapping &root, std::vector<ConnectorConfig> &out)
{
    std::map<std::string, int> seen;  // id -> line of its first definition
    size_t index = 0;
    const auto items = sequence(root, "connectors", "connectors");
    for (const auto &item : items) {
        ++index;
        if (const auto found = scalarAt(item, "id")) {
            const std::string id = *found;
            const int line = where(item).line;
            auto [it, fresh] = seen.emplace(id, line);
            if (!fresh) {
                error(item["id"], "connector '" + id + "' is defined twice (first on line " +
                                      std::to_string(it->second) + "); connector ids must be unique");
                continue;
            }
        }
        if (auto c = connector(item, index))
            out.push_back(std::move(*c));
    }
}

// ---------------------------------------------------------------------------
// Flows

bool Loader::yamlToJson(const YAML::Node &n, rapidjson::Value &out, rapidjson::Document::AllocatorType &alloc)
{
    if (n.IsMap()) {
        out.SetObject();
        for (auto it = n.begin(); it != n.end(); ++it) {
            if (!it->first.IsScalar()) {
                error(it->first, "schema: a key must be a plain word");
                return false;
            }
            rapidjson::Value key(it->first.Scalar().c_str(), static_cast<rapidjson::SizeType>(it->first.Scalar().size()),
                                 alloc);
            rapidjson::Value value;
            if (!yamlToJson(it->second, value, alloc))
                return false;
            out.AddMember(key, value, alloc);
        }
        return true;
    }
    if (n.IsSequence()) {
        out.SetArray();
        for (const auto &item : n) {
            rapidjson::Value value;
            if (!yamlToJson(item, value, alloc))
                return false;
            out.PushBack(value, alloc);
        }
        return true;
    }
    if (n.IsNull()) {
        out.SetNull();
        return true;
    }
    const std::string &s = n.Scalar();
    if (n.Tag() != "!") {  // plain, not quoted: YAML's core schema
        static const std::regex integer("^[-+]?[0-9]+$");
        static const std::regex real("^[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?$");
        if (s == "true" || s == "True" || s == "TRUE") {
            out.SetBool(true);
            return true;
        }
        if (s == "false" || s == "False" || s == "FALSE") {
            out.SetBool(false);
            return true;
        }
        if (s == "null" || s == "Null" || s == "NULL" || s == "~") {
            out.SetNull();
            return true;
        }
        if (std::regex_match(s, integer) && s.size() < 18) {
            out.SetInt64(std::stoll(s));
            return true;
        }
        if (std::regex_match(s, real)) {
            out.SetDouble(std::stod(s));
            return true;
        }
    }
    out.SetString(s.c_str(), static_cast<rapidjson::SizeType>(s.size()), alloc);
    return true;
}

ConfigLocation Loader::locateInSchema(const SchemaSource &source, const std::string &anchorKey,
                                      const std::string &value) const
{
    if (!source.file.empty()) {
        ConfigLocation l;
        l.file = source.file;
        size_t from = 0;
        if (!anchorKey.empty()) {
            const size_t a = source.text.find("\"" + anchorKey + "\"");
            if (a != std::string::npos)
                from = a;
        }
        size_t at = value.empty() ? from : source.text.find("\"" + jsonEscaped(value) + "\"", from);
        if (at == std::string::npos)
            at = from;
        l.line = 1 + static_cast<int>(std::count(source.text.begin(), source.text.begin() + static_cast<long>(at), '\n'));
        const size_t lineStart = source.text.rfind('\n', at == 0 ? 0 : at - 1);
        l.column = static_cast<int>(at - (lineStart == std::string::npos || at == 0 ? 0 : lineStart + 1)) + 1;
        if (at == 0)
            l.column = 1;
        return l;
    }
    YAML::Node start = source.inlineNode;
    if (!anchorKey.empty() && start.IsMap()) {
        for (auto it = start.begin(); it != start.end(); ++it)
            if (it->first.IsScalar() && it->first.Scalar() == anchorKey) {
                start = it->second;
                break;
            }
    }
    std::vector<YAML::Node> stack{start};
    while (!value.empty() && !stack.empty()) {
        YAML::Node n = stack.back();
        stack.pop_back();
        if (n.IsScalar() && n.Scalar() == value)
            return where(n);
        if (n.IsSequence())
            for (const auto &c : n)
                stack.push_back(c);
        if (n.IsMap())
            for (auto it = n.begin(); it != n.end(); ++it) {
                stack.push_back(it->second);
                stack.push_back(it->first);
            }
    }
    return where(start);
}

bool Loader::schema(const Mapping &m, const std::string &ctx, rapidjson::Document &doc, SchemaSource &source)
{
    const Entry *file = m.find("schema_file");
    const Entry *inlineSchema = m.find("schema");
    if (file && inlineSchema) {
        error(inlineSchema->key, ctx + ": give either schema_file or schema, not both");
        return false;
    }
    if (!file && !inlineSchema) {
        error(m.node, ctx + ": the payload schema is missing; add schema_file: schemas/<flow>.json (or an inline schema:)");
        return false;
    }
    if (file) {
        source.referenceAt = file->value;
        const auto rel = text(m, "schema_file", ctx, true);
        if (!rel)
            return false;
        source.file = resolve(*rel);
        std::string problem;
        const auto content = m_files.read(source.file, &problem);
        if (!content) {
            error(file->value, ctx + ": the schema file '" + source.file + "' " + problem);
            return false;
        }
        source.text = *content;
        doc.Parse(source.text.c_str(), source.text.size());
        if (doc.HasParseError()) {
            const size_t offset = doc.GetErrorOffset();
            ConfigLocation l;
            l.file = source.file;
            const auto end = source.text.begin() + static_cast<long>(std::min(offset, source.text.size()));
            l.line = 1 + static_cast<int>(std::count(source.text.begin(), end, '\n'));
            const size_t lineStart = offset == 0 ? std::string::npos : source.text.rfind('\n', offset - 1);
            l.column = static_cast<int>(offset - (lineStart == std::string::npos ? 0 : lineStart + 1)) + 1;
            errorAt(l, ctx + ": the schema file is not valid JSON: " +
                           std::string(rapidjson::GetParseError_En(doc.GetParseError())));
            return false;
        }
        return true;
    }
    source.referenceAt = inlineSchema->value;
    source.inlineNode = inlineSchema->value;
    if (!inlineSchema->value.IsMap()) {
        error(inlineSchema->value, ctx + ": schema must be a JSON Schema object (a mapping)");
        return false;
    }
    return yamlToJson(inlineSchema->value, doc, doc.GetAllocator());
}

void Loader::checkSchema(const rapidjson::Document &doc, const SchemaSource &source, const std::string &ctx,
                         FlowConfig &f)
{
    auto at = [&](const std::string &anchor, const std::string &value) { return locateInSchema(source, anchor, value); };
    const std::string what = source.file.empty() ? "the schema" : "the schema file";
    if (!doc.IsObject()) {
        errorAt(at("", ""), ctx + ": " + what + " must be a JSON object");
        return;
    }
    const auto dialect = doc.FindMember("$schema");
    if (dialect != doc.MemberEnd() &&
        !(dialect->value.IsString() &&
          std::string(dialect->value.GetString()).rfind("http://json-schema.org/draft-04/schema", 0) == 0)) {
        errorAt(at("$schema", ""), ctx + ": " + what +
                                       " must be JSON Schema draft 4 ($schema: http://json-schema.org/draft-04/schema#)");
        return;
    }
    const auto type = doc.FindMember("type");
    if (type == doc.MemberEnd() || !type->value.IsString() || std::string(type->value.GetString()) != "object") {
        errorAt(at("type", ""), ctx + ": " + what + " must describe an object (\"type\": \"object\")");
        return;
    }
    // Patterns are ECMAScript regular expressions; each must compile.
    bool patternsCompile = true;
    std::vector<const rapidjson::Value *> stack{&doc};
    while (!stack.empty()) {
        const rapidjson::Value *v = stack.back();
        stack.pop_back();
        if (v->IsArray()) {
            for (const auto &e : v->GetArray())
                stack.push_back(&e);
        } else if (v->IsObject()) {
            for (const auto &member : v->GetObject()) {
                if (std::string(member.name.GetString()) == "pattern" && member.value.IsString()) {
                    const std::string pattern = member.value.GetString();
                    try {
                        const std::regex re(pattern, std::regex::ECMAScript);
                    } catch (const std::regex_error &e) {
                        patternsCompile = false;
                        errorAt(at("", pattern), ctx + ": pattern '" + pattern +
                                                     "' in the schema is not a valid regular expression: " + e.what());
                    }
                }
                stack.push_back(&member.value);
            }
        }
    }
    if (!patternsCompile)
        return;

    if (const std::string problem = detail::draft4SchemaProblem(compactJson(doc)); !problem.empty()) {
        errorAt(at("", ""), ctx + ": " + what + " is not a valid JSON Schema (draft 4): " + problem);
        return;
    }
    auto checkPointer = [&](const std::string &anchor, const std::string &pointer, const std::string &label) {
        std::vector<std::string> segments;
        if (!pointerSegments(pointer, &segments)) {
            errorAt(at(anchor, pointer), ctx + ": " + label + " '" + pointer +
                                             "' is not a JSON pointer (/customer/code, /lines/*/price)");
            return false;
        }
        const std::string missing = missingSchemaSegment(doc, segments);
        if (!missing.empty()) {
            errorAt(at(anchor, pointer), ctx + ": " + label + " '" + pointer + "' names a field the schema does not have ('" +
                                             missing + "')");
            return false;
        }
        return true;
    };

    f.def.sensitiveFields.clear();
    const auto sensitive = doc.FindMember("x-sensitive");
    if (sensitive != doc.MemberEnd()) {
        if (!sensitive->value.IsArray()) {
            errorAt(at("x-sensitive", ""), ctx + ": x-sensitive must be a list of JSON pointers");
        } else {
            for (const auto &p : sensitive->value.GetArray()) {
                if (!p.IsString()) {
                    errorAt(at("x-sensitive", ""), ctx + ": x-sensitive must hold JSON pointers (texts)");
                    continue;
                }
                if (checkPointer("x-sensitive", p.GetString(), "x-sensitive pointer"))
                    f.def.sensitiveFields.emplace_back(p.GetString());
            }
        }
    }
    const auto business = doc.FindMember("x-business");
    if (business != doc.MemberEnd()) {
        if (!business->value.IsObject()) {
            errorAt(at("x-business", ""), ctx + ": x-business must map business fields to JSON pointers");
        } else {
            for (const auto &member : business->value.GetObject()) {
                const std::string key = member.name.GetString();
                if (std::find(kBusinessKeys.begin(), kBusinessKeys.end(), key) == kBusinessKeys.end()) {
                    errorAt(at("x-business", key), ctx + ": x-business: " + oneOf("business field", key, kBusinessKeys));
                    continue;
                }
                if (!member.value.IsString()) {
                    errorAt(at("x-business", key), ctx + ": x-business." + key + " must be a JSON pointer (text)");
                    continue;
                }
                checkPointer("x-business", member.value.GetString(), "x-business." + key);
            }
        }
    }
    // Searchable fields: never a sensitive one, or a search would tell a
    // person who sees it masked what it holds.
    const auto search = doc.FindMember("x-search");
    if (search != doc.MemberEnd()) {
        if (!search->value.IsArray()) {
            errorAt(at("x-search", ""), ctx + ": x-search must be a list of JSON pointers");
        } else {
            for (const auto &p : search->value.GetArray()) {
                if (!p.IsString()) {
                    errorAt(at("x-search", ""), ctx + ": x-search must hold JSON pointers (texts)");
                    continue;
                }
                const std::string pointer = p.GetString();
                if (!checkPointer("x-search", pointer, "x-search pointer"))
                    continue;
                for (const auto &hidden : f.def.sensitiveFields) {
                    if (pointer == hidden || pointer.starts_with(hidden + "/")) {
                        errorAt(at("x-search", ""), ctx + ": x-search: " + pointer + " is sensitive (x-sensitive) and "
                                                        "cannot be searched");
                        break;
                    }
                }
            }
        }
    }
    f.def.payloadSchemaJson = compactJson(doc);
}

std::vector<ErrorRule> Loader::errorRules(const YAML::Node &list, const std::string &ctx)
{
    std::vector<ErrorRule> out;
    if (!list.IsDefined() || list.IsNull())
        return out;
    if (!list.IsSequence()) {
        error(list, ctx + ": errors must be a list of rules (- code: ..., match: ...)");
        return out;
    }
    size_t index = 0;
    for (const auto &item : list) {
        ++index;
        const std::string rctx = ctx + ", error rule " + std::to_string(index);
        const auto m = mapping(item, rctx, {"code", "when_code", "match", "category", "what_to_do"});
        if (!m)
            continue;
        ErrorRule r;
        r.where = where(item);
        const size_t before = m_count;
        if (const auto code = text(*m, "code", rctx, true)) {
            if (!std::regex_match(*code, kCodePattern))
                error(m->find("code")->value, rctx + ": code '" + *code +
                                                  "' must be upper-case letters, digits and '_' (CREDIT_HOLD)");
            r.code = *code;
        }
        if (const auto when = text(*m, "when_code", rctx, false)) {
            if (!std::regex_match(*when, kAdapterCodePattern))
                error(m->find("when_code")->value, rctx + ": when_code '" + *when + "' is not an error code");
            r.whenCode = *when;
        }
        if (const auto match = text(*m, "match", rctx, false)) {
            try {
                r.compiled = std::make_shared<const std::regex>(*match, std::regex::ECMAScript);
                r.match = *match;
            } catch (const std::regex_error &e) {
                error(m->find("match")->value,
                      rctx + ": match '" + *match + "' is not a valid regular expression (ECMAScript): " + e.what());
            }
        }
        if (const auto category = text(*m, "category", rctx, false)) {
            r.category = categoryFromString(*category);
            if (!r.category)
                error(m->find("category")->value, rctx + ": " + oneOf("category", *category, kCategories));
        }
        if (const auto todo = localizedText(*m, "what_to_do", rctx, false))
            r.whatToDo = *todo;
        if (m_count == before)
            out.push_back(std::move(r));
    }
    return out;
}

void Loader::delivery(const Mapping &m, const std::string &ctx, const ConnectorConfig *connector,
                      const rapidjson::Document *schema, FlowConfig &f)
{
    const Entry *d = m.find("delivery");
    if (!d) {
        if (!connector || connector->kind != ConnectorKind::Inbound)
            error(m.node, ctx + ": delivery is missing; say how the target receives it (delivery: odoo: {model: ...} "
                              "or delivery: http: {path: ...})");
        return;
    }
    const auto dm = mapping(d->value, ctx + ": delivery", {"odoo", "http"});
    if (!dm)
        return;
    if (dm->entries.size() != 1) {
        error(d->value, ctx + ": delivery must have exactly one of odoo or http");
        return;
    }
    const auto &[kindName, entry] = *dm->entries.begin();
    if (connector) {
        const std::string connectorKind = toString(connector->kind);
        if (kindName != connectorKind) {
            error(entry.key, ctx + ": delivery is " + kindName + " but connector '" + connector->id + "' is of kind " +
                                 connectorKind + "; use delivery: " + connectorKind + ": ...");
            return;
        }
    }
    if (kindName == "odoo") {
        const std::string octx = ctx + ": delivery.odoo";
        const auto om = mapping(entry.value, octx, {"model", "method", "external_ref", "references"});
        if (!om)
            return;
        if (const auto model = text(*om, "model", octx, true)) {
            if (!std::regex_match(*model, kOdooNamePattern))
                error(om->find("model")->value, octx + ": model '" + *model + "' is not an Odoo model name (sale.order)");
            f.target.odooModel = *model;
        }
        if (const auto method = text(*om, "method", octx, false)) {
            if (!std::regex_match(*method, kFieldPattern))
                error(om->find("method")->value, octx + ": method '" + *method + "' is not an Odoo method name (create)");
            f.target.odooMethod = *method;
        }
        if (const auto ref = text(*om, "external_ref", octx, false)) {
            if (!std::regex_match(*ref, kFieldPattern))
                error(om->find("external_ref")->value, octx + ": external_ref '" + *ref + "' is not an Odoo field name");
            f.target.externalRefField = *ref;
        }
        size_t index = 0;
        for (const auto &item : sequence(*om, "references", octx)) {
            ++index;
            const std::string rctx = octx + ", reference " + std::to_string(index);
            const auto rm = mapping(item, rctx, {"pointer", "model", "field", "odoo_field", "missing_code", "label"});
            if (!rm)
                continue;
            TargetReference r;
            r.where = where(item);
            if (const auto pointer = text(*rm, "pointer", rctx, true)) {
                std::vector<std::string> segments;
                if (!pointerSegments(*pointer, &segments))
                    error(rm->find("pointer")->value, rctx + ": pointer '" + *pointer +
                                                          "' is not a JSON pointer (/customer/code, /lines/*/product)");
                else if (schema && schema->IsObject()) {
                    const std::string missing = missingSchemaSegment(*schema, segments);
                    if (!missing.empty())
                        error(rm->find("pointer")->value, rctx + ": pointer '" + *pointer +
                                                              "' names a field the schema does not have ('" + missing + "')");
                }
                r.pointer = *pointer;
            }
            if (const auto model = text(*rm, "model", rctx, true)) {
                if (!std::regex_match(*model, kOdooNamePattern))
                    error(rm->find("model")->value, rctx + ": model '" + *model + "' is not an Odoo model name (res.partner)");
                r.model = *model;
            }
            if (const auto field = text(*rm, "field", rctx, true)) {
                if (!std::regex_match(*field, kFieldPattern))
                    error(rm->find("field")->value, rctx + ": field '" + *field + "' is not an Odoo field name (ref)");
                r.field = *field;
            }
            if (const auto field = text(*rm, "odoo_field", rctx, false)) {
                if (!std::regex_match(*field, kFieldPattern))
                    error(rm->find("odoo_field")->value,
                          rctx + ": odoo_field '" + *field + "' is not an Odoo field name (partner_id)");
                r.odooField = *field;
            }
            if (const auto code = text(*rm, "missing_code", rctx, false)) {
                if (!std::regex_match(*code, kCodePattern))
                    error(rm->find("missing_code")->value,
                          rctx + ": missing_code '" + *code + "' must be upper-case letters, digits and '_'");
                r.missingCode = *code;
            }
            if (const auto label = localizedText(*rm, "label", rctx, false))
                r.label = *label;
            f.target.references.push_back(std::move(r));
        }
    } else {
        const std::string hctx = ctx + ": delivery.http";
        const auto hm = mapping(entry.value, hctx, {"method", "path"});
        if (!hm)
            return;
        if (const auto method = text(*hm, "method", hctx, false)) {
            static const std::vector<std::string> methods = {"POST", "PUT", "PATCH"};
            if (std::find(methods.begin(), methods.end(), *method) == methods.end())
                error(hm->find("method")->value, hctx + ": " + oneOf("method", *method, methods));
            f.target.httpMethod = *method;
        }
        if (const auto path = text(*hm, "path", hctx, true)) {
            if ((*path)[0] != '/') {
                error(hm->find("path")->value, hctx + ": path '" + *path + "' must start with '/'");
            } else {
                static const std::regex placeholder("\\{([^}]*)\\}");
                static const std::set<std::string> known = {"business_key", "idempotency_key", "flow_id",
                                                            "transaction_id"};
                for (auto it = std::sregex_iterator(path->begin(), path->end(), placeholder);
                     it != std::sregex_iterator(); ++it)
                    if (!known.count((*it)[1].str()))
                        error(hm->find("path")->value,
                              hctx + ": path placeholder {" + (*it)[1].str() +
                                  "} is not known; use {business_key}, {idempotency_key}, {flow_id} or {transaction_id}");
            }
            f.target.pathTemplate = *path;
        }
    }
}

std::optional<FlowConfig> Loader::flow(const YAML::Node &n, size_t index, const SiteConfig &site)
{
    std::string ctx = "flow " + std::to_string(index);
    if (const auto id = scalarAt(n, "id"))
        ctx = "flow '" + *id + "'";
    const auto m = mapping(n, ctx,
                           {"id", "name", "description", "domain", "source", "target", "connector", "business_object",
                            "sla", "retry", "batch", "schema_file", "schema", "delivery", "errors", "milestone"});
    if (!m)
        return std::nullopt;
    const size_t before = m_count;
    FlowConfig f;
    f.where = where(n);
    if (const auto id = text(*m, "id", ctx, true)) {
        if (!std::regex_match(*id, kIdPattern))
            error(m->find("id")->value, ctx + ": id '" + *id +
                                            "' must be lower-case letters, digits, '-' and '_' (at most 64, starting "
                                            "with a letter or digit)");
        f.def.id = *id;
        ctx = "flow '" + *id + "'";
    }
    if (const auto names = localizedText(*m, "name", ctx, true)) {
        f.names = *names;
        f.def.name = names->at("en");
    }
    if (const auto descriptions = localizedText(*m, "description", ctx, false)) {
        f.descriptions = *descriptions;
        f.def.description = descriptions->at("en");
    }
    f.def.localizedNames = f.names;
    f.def.localizedDescriptions = f.descriptions;
    if (const auto milestones = localizedText(*m, "milestone", ctx, false))
        f.def.milestones = *milestones;
    if (const auto domain = text(*m, "domain", ctx, true)) {
        if (std::find(kDomains.begin(), kDomains.end(), *domain) == kDomains.end())
            error(m->find("domain")->value, ctx + ": " + oneOf("domain", *domain, kDomains));
        f.def.domain = *domain;
    }
    f.def.sourceSystem = text(*m, "source", ctx, true).value_or("");
    const ConnectorConfig *connector = nullptr;
    if (const auto id = text(*m, "connector", ctx, true)) {
        connector = site.connector(*id);
        if (!connector && m_faultyConnectors.count(*id)) {
            // Its own errors are reported where it is defined.
        } else if (!connector) {
            std::vector<std::string> ids;
            for (const auto &c : site.connectors)
                ids.push_back(c.id);
            std::string message = ctx + ": connector '" + *id + "' is not defined under connectors";
            const std::string n2 = nearest(*id, ids);
            if (!n2.empty())
                message += " (did you mean '" + n2 + "'?)";
            error(m->find("connector")->value, message);
        } else if (connector->kind == ConnectorKind::Inbound) {
            error(m->find("connector")->value,
                  ctx + ": connector '" + *id +
                      "' is inbound (it only submits to flowdeskd); a flow needs the connector of its target system");
            connector = nullptr;
        }
        f.def.connectorId = *id;
    }
    f.def.targetSystem = text(*m, "target", ctx, false).value_or(connector ? connector->system : std::string());
    if (const auto object = text(*m, "business_object", ctx, true)) {
        if (!std::regex_match(*object, kFieldPattern))
            error(m->find("business_object")->value,
                  ctx + ": business_object '" + *object + "' must be lower-case words joined by '_' (sales_order)");
        f.def.businessObjectType = *object;
    }
    if (const auto sla = duration(*m, "sla", ctx, 1000, 30 * kDay))
        f.def.slaSeconds = *sla / 1000;
    if (const Entry *r = m->find("retry")) {
        const std::string rctx = ctx + ": retry";
        if (const auto rm = mapping(r->value, rctx, {"max_attempts", "initial_backoff", "multiplier", "max_backoff"})) {
            if (const auto v = integer(*rm, "max_attempts", rctx, 1, 100))
                f.def.retry.maxAttempts = static_cast<int>(*v);
            if (const auto v = duration(*rm, "initial_backoff", rctx, 1, kDay))
                f.def.retry.initialBackoffMs = *v;
            if (const auto v = duration(*rm, "max_backoff", rctx, 1, 7 * kDay))
                f.def.retry.maxBackoffMs = *v;
            if (const auto t = text(*rm, "multiplier", rctx, false)) {
                static const std::regex number("^[0-9]+(\\.[0-9]+)?$");
                if (!std::regex_match(*t, number) || std::stod(*t) < 1.0 || std::stod(*t) > 10.0)
                    error(rm->find("multiplier")->value,
                          rctx + ": multiplier '" + *t + "' must be a number from 1 to 10 (1: the same wait each time)");
                else
                    f.def.retry.multiplier = std::stod(*t);
            }
            if (f.def.retry.maxBackoffMs < f.def.retry.initialBackoffMs)
                error(r->value, rctx + ": max_backoff is shorter than initial_backoff");
        }
    }
    if (const auto batch = boolean(*m, "batch", ctx))
        f.def.batch = *batch;

    rapidjson::Document doc;
    SchemaSource source;
    bool haveSchema = false;
    if (schema(*m, ctx, doc, source)) {
        const size_t beforeSchema = m_count;
        checkSchema(doc, source, ctx, f);
        haveSchema = m_count == beforeSchema;
        f.schemaFile = source.file;
    }
    delivery(*m, ctx, connector, haveSchema ? &doc : nullptr, f);
    if (const Entry *e = m->find("errors"))
        f.errors = errorRules(e->value, ctx);
    if (m_count != before)
        return std::nullopt;
    return f;
}

void Loader::flows(const Mapping &root, const SiteConfig &site, std::vector<FlowConfig> &out)
{
    std::map<std::string, int> seen;
    size_t index = 0;
    for (const auto &item : sequence(root, "flows", "flows")) {
        ++index;
        if (const auto found = scalarAt(item, "id")) {
            const std::string id = *found;
            auto [it, fresh] = seen.emplace(id, where(item).line);
            if (!fresh) {
                error(item["id"], "flow '" + id + "' is defined twice (first on line " + std::to_string(it->second) +
                                      "); flow ids must be unique");
                continue;
            }
        }
        if (auto f = flow(item, index, site))
            out.push_back(std::move(*f));
    }
}

std::optional<SiteConfig> Loader::run(const std::string &text)
{
    YAML::Node root;
    try {
        root = YAML::Load(text);
    } catch (const YAML::ParserException &e) {
        ConfigLocation l;
        l.file = m_file;
        if (e.mark.line >= 0) {
            l.line = e.mark.line + 1;
            l.column = e.mark.column + 1;
        }
        errorAt(l, "YAML syntax error: " + e.msg);
        return std::nullopt;
    } catch (const YAML::Exception &e) {
        errorAt(ConfigLocation{m_file, 0, 0}, std::string("cannot read the file as YAML: ") + e.what());
        return std::nullopt;
    }
    if (root.IsNull() || !root.IsDefined()) {
        errorAt(ConfigLocation{m_file, 1, 1}, "the file is empty; a site needs at least connectors and flows");
        return std::nullopt;
    }
    const auto m = mapping(root, "the file", {"server", "plants", "connectors", "flows", "errors"});
    if (!m)
        return std::nullopt;
    SiteConfig site;
    site.file = m_file;
    if (const Entry *s = m->find("server"))
        server(s->value, site.server);
    plants(*m, site.plants);
    if (!m->has("connectors"))
        error(root, "the file: connectors is missing");
    if (!m->has("flows"))
        error(root, "the file: flows is missing");
    connectors(*m, site.connectors);
    std::vector<ErrorRule> siteRules;
    if (const Entry *e = m->find("errors"))
        siteRules = errorRules(e->value, "site-wide errors");
    flows(*m, site, site.flows);
    for (auto &f : site.flows) {
        f.errors.insert(f.errors.end(), siteRules.begin(), siteRules.end());
        for (const auto &rule : f.errors)
            if (!rule.whatToDo.empty() && !f.def.whatToDo.count(rule.code))
                f.def.whatToDo[rule.code] = rule.whatToDo;
    }
    if (m_count > 0)
        return std::nullopt;
    return site;
}

} // namespace

std::optional<SiteConfig> parseSiteConfig(const std::string &yamlText, const std::string &fileName,
                                          const std::string &baseDir, const ConfigFileAccess &files,
                                          std::vector<ConfigError> *errors)
{
    std::vector<ConfigError> local;
    Loader loader(fileName, baseDir, files, errors ? *errors : local);
    return loader.run(yamlText);
}

std::optional<SiteConfig> parseSiteConfig(const std::string &yamlText, const std::string &fileName,
                                          const std::string &baseDir, std::vector<ConfigError> *errors)
{
    return parseSiteConfig(yamlText, fileName, baseDir, ConfigFileAccess::fileSystem(), errors);
}

std::optional<SiteConfig> loadSiteConfig(const std::string &path, std::vector<ConfigError> *errors)
{
    const ConfigFileAccess files = ConfigFileAccess::fileSystem();
    std::string problem;
    const auto text = files.read(path, &problem);
    if (!text) {
        if (errors)
            errors->push_back(ConfigError{ConfigLocation{path, 0, 0}, "the configuration file " + problem});
        return std::nullopt;
    }
    std::string baseDir = std::filesystem::path(path).parent_path().string();
    if (baseDir.empty())
        baseDir = ".";
    auto config = parseSiteConfig(*text, path, baseDir, files, errors);
    return config;
}

} // namespace flowdesk::backend
