#pragma once

// A site's configuration: how flowdeskd serves, the plants, the connectors to the
// site's systems and the flows between them. Read from one YAML file (with JSON
// schema files beside it) and checked as a whole before anything uses it: a file
// with an error is refused with every error it has, each naming the file, the
// line and what is wrong.
//
// Secrets are never in the file: a connector names a file or an environment
// variable that holds its secret, or an IT admin sets it with SetCredential.

#include "domain.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <vector>

namespace flowdesk::backend {

// A place in a configuration file (1-based line and column; 0 when unknown).
struct ConfigLocation {
    std::string file;
    int line = 0;
    int column = 0;
};

struct ConfigError {
    ConfigLocation where;
    std::string message;
    // "site.yaml:12:5: connector 'odoo': base_url must start with http:// or https://"
    std::string text() const;
};

// Language ("en", "de") -> text. "en" is always present once loaded.
using LocalizedText = std::map<std::string, std::string>;
// The text in `language`, else English, else empty.
std::string localized(const LocalizedText &text, const std::string &language);

struct ServerConfig {
    std::string listenAddress;   // empty: not set in the file
    std::string dataDir;         // relative paths are relative to the file's folder
    // server.store: a PostgreSQL database (postgresql://user@host:port/name)
    // instead of the data folder's SQLite file; empty: the data folder. Its
    // password comes from store_password_file or store_password_env, never
    // from the file itself.
    std::string store;
    std::string storePasswordFile;
    std::string storePasswordEnv;
    std::string masterKeyFile;   // server.master_key; empty: flowdeskd's default
    std::string tlsCertFile;
    std::string tlsKeyFile;
    std::string tlsClientCaFile;
    std::int64_t sessionTtlSeconds = 0;  // 0: not set in the file
    // server.lease: how long an instance's claim on a delivery or a bulk job
    // lasts unrenewed (several instances on one store); 0: not set in the file.
    std::int64_t leaseMs = 0;
};

struct PlantConfig {
    std::string id;    // "DE01"
    std::string name;  // "Berlin"
    ConfigLocation where;
};

enum class ConnectorKind {
    Odoo,     // Odoo's external API (JSON-RPC or JSON-2)
    Http,     // JSON over HTTP (a 3PL, a web shop, a middleware's REST endpoint)
    Inbound,  // a system that only submits to flowdeskd; nothing is delivered to it
};

enum class OdooProtocol {
    JsonRpc,  // POST /jsonrpc, execute_kw with database, uid and password or API key (Odoo 14 to 18)
    Json2,    // POST /json/2/<model>/<method>, Authorization: bearer <API key> (Odoo 19 and later)
};

enum class AuthScheme {
    None,
    Password,    // Odoo JSON-RPC: login and password
    ApiKey,      // Odoo: API key (JSON-RPC in place of the password, JSON-2 as bearer);
                 // HTTP: the key in the header apiKeyHeader
    Bearer,      // HTTP: Authorization: Bearer <secret>
    Basic,       // HTTP: Authorization: Basic base64(username:secret)
    HmacSha256,  // HTTP: timestamp header, and signature header = hex HMAC-SHA256(secret, timestamp + "." + body)
};

const char *toString(ConnectorKind k);   // "odoo", "http", "inbound"
const char *toString(OdooProtocol p);    // "jsonrpc", "json2"
const char *toString(AuthScheme a);      // "none", "password", "api_key", "bearer", "basic", "hmac_sha256"

struct ConnectorConfig {
    std::string id;
    std::string name;
    std::string system;  // the system as people name it: "Odoo", "WMS (3PL)"
    ConnectorKind kind = ConnectorKind::Http;
    std::string baseUrl;  // "https://erp.example.com" (no trailing slash once loaded)

    // Odoo
    OdooProtocol odooProtocol = OdooProtocol::JsonRpc;
    std::string odooDatabase;
    std::string odooLogin;  // JSON-RPC: the integration user's login

    AuthScheme auth = AuthScheme::None;
    std::string username;                        // Basic
    std::string apiKeyHeader = "X-API-Key";      // HTTP ApiKey
    std::string timestampHeader = "X-Timestamp"; // HmacSha256
    std::string signatureHeader = "X-Signature"; // HmacSha256
    // Where the secret is when none was set with SetCredential (the one set
    // there wins): a file (first line) or an environment variable.
    std::string secretFile;
    std::string secretEnv;

    std::map<std::string, std::string> headers;  // sent with every request
    std::int64_t connectTimeoutMs = 5000;
    std::int64_t timeoutMs = 30000;               // whole request
    std::int64_t maxResponseBytes = 1 << 20;      // a longer answer is a failure
    std::string caFile;          // PEM; empty: the system's CAs
    std::string clientCertFile;  // PEM, with clientKeyFile
    std::string clientKeyFile;

    std::string healthPath;  // HTTP: GET by TestConnector ("/health")
    // HTTP: GET for candidate values; placeholders {field} {query} {limit}
    // ("/v2/lookup/{field}?q={query}&limit={limit}"); the answer is a JSON
    // array of strings or of {"value": ..., "label": ...}.
    std::string lookupPath;

    int rotationPolicyDays = 90;
    ConfigLocation where;
};

// A value of the payload that names a record of the target (a many2one in
// Odoo): resolved before delivering (a missing one fails as master data
// naming the value), and where candidate values come from.
struct TargetReference {
    std::string pointer;  // "/customer/code", "/lines/*/product" ("*": every element)
    std::string model;    // Odoo model: "res.partner"
    std::string field;    // field holding the payload's value: "ref"
    // Where the resolved record id goes in the values sent to Odoo, beside the
    // payload's own member ("partner_id"); empty: only checked, not sent.
    std::string odooField;
    // The error code when a value does not exist ("UNKNOWN_CUSTOMER");
    // empty: "UNKNOWN_REFERENCE".
    std::string missingCode;
    LocalizedText label;  // "Customer" / "Kunde", for messages
    ConfigLocation where;
};

struct FlowTarget {
    // Odoo
    std::string odooModel;          // "sale.order"
    std::string odooMethod = "create";
    std::string externalRefField;   // "client_order_ref": holds the business key, looked up before creating
    std::vector<TargetReference> references;
    // HTTP
    std::string httpMethod = "POST";
    // Appended to the connector's base URL; placeholders {business_key},
    // {idempotency_key}, {flow_id}, {transaction_id} (URL-encoded).
    std::string pathTemplate;
};

// Turns a target's answer into the code a site's people know, and says what
// to do about it. Rules are tried in order; the first whose regular
// expression (ECMAScript) finds a match in the target's message applies.
struct ErrorRule {
    std::string code;                         // "CREDIT_LIMIT_EXCEEDED"
    std::string match;                        // regex on the message; empty: matches by code only
    std::shared_ptr<const std::regex> compiled;  // `match`, compiled by the loader
    std::string whenCode;                     // applies only to this adapter code ("ODOO_USER_ERROR"); empty: any
    std::optional<ErrorCategory> category;    // overrides the adapter's category
    LocalizedText whatToDo;
    ConfigLocation where;
};

struct FlowConfig {
    // id, English name and description, domain, systems, connector, schema
    // (JSON, with "x-sensitive" and "x-business"), sensitive fields, SLA,
    // retry policy, batch.
    FlowDef def;
    LocalizedText names;
    LocalizedText descriptions;
    FlowTarget target;
    // The flow's own rules, then the site's (the file's top-level "errors").
    std::vector<ErrorRule> errors;
    std::string schemaFile;  // when the schema came from a file
    ConfigLocation where;
};

struct SiteConfig {
    std::string file;  // the path it was read from ("" when parsed from text)
    ServerConfig server;
    std::vector<PlantConfig> plants;
    std::vector<ConnectorConfig> connectors;
    std::vector<FlowConfig> flows;

    const ConnectorConfig *connector(const std::string &id) const;
    const FlowConfig *flow(const std::string &id) const;
    // The connectors as the store keeps them (no state, no credential).
    std::vector<ConnectorRecord> connectorRecords() const;
    std::vector<FlowDef> flowDefs() const;
};

// Reads and checks a configuration file. On error: nullopt, with every error
// found appended to *errors (each with file and line).
std::optional<SiteConfig> loadSiteConfig(const std::string &path, std::vector<ConfigError> *errors);
// The same from text; `fileName` names it in messages and relative paths
// (schema files, TLS files) are taken relative to `baseDir`.
std::optional<SiteConfig> parseSiteConfig(const std::string &yamlText, const std::string &fileName,
                                          const std::string &baseDir, std::vector<ConfigError> *errors);

// How a configuration reaches the files it names (schema files, TLS files,
// secret files). The default reads the file system; the demo reads files
// embedded in flowdeskd.
struct ConfigFileAccess {
    // The file's content; nullopt when it does not exist or cannot be read
    // (*problem then says which, when not null).
    std::function<std::optional<std::string>(const std::string &path, std::string *problem)> read;
    // Whether the file exists and is a regular file.
    std::function<bool(const std::string &path)> exists;

    static ConfigFileAccess fileSystem();
    // Files held in memory: path as the configuration names it, relative to
    // the base folder ("schemas/crm-quote-to-order.json") -> content.
    static ConfigFileAccess inMemory(std::map<std::string, std::string> files);
};

// As parseSiteConfig above, reading the files the configuration names through
// `files`.
std::optional<SiteConfig> parseSiteConfig(const std::string &yamlText, const std::string &fileName,
                                          const std::string &baseDir, const ConfigFileAccess &files,
                                          std::vector<ConfigError> *errors);

// The demo site (backend/demo/site), embedded in the program: the file name
// relative to that folder ("demo-site.yaml", "schemas/plm-bom-sync.json") ->
// content. Defined by the flowdesk_demo_site library.
const std::map<std::string, std::string> &embeddedDemoSiteFiles();
// The demo site's configuration, read from the embedded files. Defined by the
// flowdesk_demo_site library.
std::optional<SiteConfig> loadDemoSiteConfig(std::vector<ConfigError> *errors);

// Applies the flow's error rules to an error an adapter classified: sets the
// code (and the category where a rule says so). Returns the rule that
// applied, or null.
const ErrorRule *applyErrorRules(const FlowConfig &flow, TxError &error);
// What to do about an error code of a flow, in `language`; empty when the
// configuration does not say.
std::string whatToDo(const FlowConfig &flow, const std::string &code, const std::string &language);

} // namespace flowdesk::backend
