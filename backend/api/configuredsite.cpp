#include "configuredsite.h"

#include "store.h"

#include <algorithm>
#include <set>

namespace flowdesk::backend {

std::vector<FlowDef> catalogueFlows(const SiteConfig &config)
{
    std::vector<FlowDef> flows;
    flows.reserve(config.flows.size());
    for (const auto &fc : config.flows) {
        FlowDef f = fc.def;
        for (const auto &[lang, text] : fc.names)
            if (lang != "en")
                f.localizedNames[lang] = text;
        for (const auto &[lang, text] : fc.descriptions)
            if (lang != "en")
                f.localizedDescriptions[lang] = text;
        for (const auto &rule : fc.errors)
            if (!rule.whatToDo.empty() && !f.whatToDo.count(rule.code))
                f.whatToDo[rule.code] = rule.whatToDo;
        flows.push_back(std::move(f));
    }
    return flows;
}

SiteReload applyCatalogue(Store &store, const SiteConfig &config)
{
    SiteReload r;
    r.file = config.file;
    const auto flows = catalogueFlows(config);
    std::set<std::string> next;
    for (const auto &f : flows)
        next.insert(f.id);

    // A flow that goes away must not strand open work.
    std::map<std::string, std::int64_t> open;
    for (const auto &c : store.countByFlowAndState(TxFilter{}))
        if (!isClosed(c.state) && c.count > 0)
            open[c.flowId] += c.count;
    std::map<std::string, FlowDef> before;
    for (auto &f : store.listFlows())
        before.emplace(f.id, std::move(f));
    for (const auto &[id, f] : before) {
        if (next.count(id))
            continue;
        if (auto it = open.find(id); it != open.end()) {
            r.problems.push_back({config.file, 0, 0,
                                  "flow '" + id + "' is no longer in the file but has " + std::to_string(it->second) +
                                      " open transactions; keep it until they are delivered, discarded or resolved"});
            continue;
        }
        r.removed.push_back(id);
    }
    if (!r.problems.empty())
        return r;

    for (const auto &f : flows) {
        auto it = before.find(f.id);
        if (it == before.end())
            r.added.push_back(f.id);
        else if (it->second.payloadSchemaJson != f.payloadSchemaJson)
            r.schemaChanged.push_back(f.id);
    }
    const auto connectors = config.connectorRecords();
    store.write([&](WriteTxn &txn) {
        for (const auto &f : flows)
            txn.upsertFlow(f);
        for (const auto &c : connectors) {
            auto existing = txn.getConnector(c.id);
            if (!existing) {
                txn.upsertConnector(c);
                continue;
            }
            // The configuration says what the connector is; its state (pause,
            // health, credential) stays.
            existing->name = c.name;
            existing->kind = c.kind;
            existing->system = c.system;
            existing->endpoint = c.endpoint;
            existing->authType = c.authType;
            existing->rotationPolicyDays = c.rotationPolicyDays;
            txn.upsertConnector(*existing);
        }
    });
    r.applied = true;
    r.flowCount = static_cast<int>(flows.size());
    r.connectorCount = static_cast<int>(connectors.size());
    return r;
}

std::optional<std::string> SiteSecrets::secret(const ConnectorConfig &connector)
{
    if (m_stored)
        if (auto s = m_stored->storedSecret(connector.id); s && !s->empty())
            return s;
    return m_configured.secret(connector);
}

ConfiguredSite::ConfiguredSite(std::string path, std::shared_ptr<const SiteConfig> config)
    : m_path(std::move(path)), m_adapter(std::make_unique<SiteAdapter>(std::move(config), m_secrets))
{
}

ConfiguredSite::~ConfiguredSite() = default;

DeliveryAdapter &ConfiguredSite::adapter()
{
    return *m_adapter;
}

void ConfiguredSite::useSecrets(SecretLookup &secrets)
{
    m_secrets.setStored(&secrets);
}

std::shared_ptr<const SiteConfig> ConfiguredSite::config() const
{
    return m_adapter->config();
}

bool ConfiguredSite::prepare(Store &store, std::string *error)
{
    const SiteReload r = applyCatalogue(store, *m_adapter->config());
    if (r.applied)
        return true;
    if (error) {
        *error = "the configuration cannot be applied to the data folder:";
        for (const auto &p : r.problems)
            *error += "\n  " + p.message;
    }
    return false;
}

SiteReload ConfiguredSite::reload(Store &store)
{
    std::vector<ConfigError> errors;
    auto next = loadSiteConfig(m_path, &errors);
    if (!next) {
        SiteReload r;
        r.file = m_path;
        for (const auto &e : errors)
            r.problems.push_back({e.where.file, e.where.line, e.where.column, e.message});
        return r;
    }
    auto config = std::make_shared<const SiteConfig>(std::move(*next));
    SiteReload r = applyCatalogue(store, *config);
    if (r.applied)
        m_adapter->setConfig(config);
    return r;
}

} // namespace flowdesk::backend
