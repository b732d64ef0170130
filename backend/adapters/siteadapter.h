#pragma once

// The delivery adapter of a configured site: routes each delivery to its
// connector's protocol (Odoo's external API or JSON over HTTP), classifies the
// target's answer into the categories people act on, applies the flow's error
// rules, and answers connection tests and candidate values from the real
// target. Thread-safe; a reload swaps the configuration while deliveries in
// progress finish with the one they started with.

#include "clock.h"
#include "engine.h"
#include "siteconfig.h"

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

namespace flowdesk::backend {

// A stored credential that cannot be read (stored for another connector, or
// under another master key): the adapter reports it and does not fall back
// to the configuration's secret.
class CredentialUnreadable : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Where an adapter gets a connector's secret.
class CredentialSource {
public:
    virtual ~CredentialSource() = default;
    // The credential set with SetCredential, else the file or environment
    // variable the configuration names; nullopt when there is none.
    virtual std::optional<std::string> secret(const ConnectorConfig &connector) = 0;
};

// Secrets from the configuration's files and variables only (tools, tests).
class ConfiguredSecrets : public CredentialSource {
public:
    std::optional<std::string> secret(const ConnectorConfig &connector) override;
};

class SiteAdapter final : public DeliveryAdapter {
public:
    SiteAdapter(std::shared_ptr<const SiteConfig> config, CredentialSource &credentials,
                const Clock &clock = Clock::system());
    ~SiteAdapter() override;

    SiteAdapter(const SiteAdapter &) = delete;
    SiteAdapter &operator=(const SiteAdapter &) = delete;

    // A reload: later deliveries use `config`.
    void setConfig(std::shared_ptr<const SiteConfig> config);
    std::shared_ptr<const SiteConfig> config() const;
    // The connector's credential changed: forget what was derived from the
    // old one (an Odoo uid or session).
    void credentialChanged(const std::string &connectorId) override;

    DeliveryResult deliver(const FlowDef &flow, const Transaction &tx) override;
    ConnectionTest test(const ConnectorRecord &connector) override;
    CandidateLookup candidates(const FlowDef &flow, const std::string &pointer, const std::string &query,
                               int limit) override;

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

} // namespace flowdesk::backend
