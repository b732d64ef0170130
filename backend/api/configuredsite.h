#pragma once

// A site run from its configuration file: the catalogue (flows, connectors)
// written into the store at start and at every reload, deliveries through the
// real adapters (Odoo, HTTP), credentials from SetCredential or from the
// files and variables the configuration names.

#include "server.h"
#include "siteadapter.h"
#include "siteconfig.h"

#include <memory>
#include <mutex>
#include <string>

namespace flowdesk::backend {

// The flows of a configuration as the store keeps them: the English texts,
// the texts per language and what to do per error code.
std::vector<FlowDef> catalogueFlows(const SiteConfig &config);

// Writes a configuration's catalogue into the store in one transaction: flows
// (a changed schema becomes a new schema version), connectors (new ones
// added; existing ones keep their state and credential). A flow that the
// configuration no longer has is refused while it has open transactions;
// then nothing is written. Fills flow and connector counts, schema changes,
// added and removed flows, or problems.
SiteReload applyCatalogue(Store &store, const SiteConfig &config);

// The secret of a connector: the one set with SetCredential, else the file or
// environment variable the configuration names.
class SiteSecrets final : public CredentialSource {
public:
    explicit SiteSecrets(SecretLookup *stored = nullptr) : m_stored(stored) {}
    void setStored(SecretLookup *stored) { m_stored = stored; }
    std::optional<std::string> secret(const ConnectorConfig &connector) override;

private:
    SecretLookup *m_stored = nullptr;
    ConfiguredSecrets m_configured;
};

class ConfiguredSite final : public Site {
public:
    // `config` was loaded from `path` (reloads read `path` again).
    ConfiguredSite(std::string path, std::shared_ptr<const SiteConfig> config);
    ~ConfiguredSite() override;

    DeliveryAdapter &adapter() override;
    void useSecrets(SecretLookup &secrets) override;
    bool prepare(Store &store, std::string *error) override;
    SiteReload reload(Store &store) override;

    std::shared_ptr<const SiteConfig> config() const;

private:
    std::string m_path;
    SiteSecrets m_secrets;
    std::unique_ptr<SiteAdapter> m_adapter;
};

} // namespace flowdesk::backend
