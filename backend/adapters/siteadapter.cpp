#include "siteadapter.h"

#include "classify.h"
#include "httpadapter.h"
#include "platform.h"
#include "secrets.h"
#include "httpclient.h"
#include "odooadapter.h"

#include <spdlog/spdlog.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>

namespace flowdesk::backend {

using namespace adapters;

std::optional<std::string> ConfiguredSecrets::secret(const ConnectorConfig &connector)
{
    return readSecret(connector.secretFile, connector.secretEnv);
}

namespace {

// What is kept for one connector while a configuration is in use: its
// settings, its connections and, for Odoo, its login and the references found.
struct ConnectorSession {
    explicit ConnectorSession(const ConnectorConfig &c, const Clock &clock)
        : config(c),
          client(HttpClientOptions{c.connectTimeoutMs, c.timeoutMs, c.maxResponseBytes, c.caFile, c.clientCertFile,
                                   c.clientKeyFile}),
          odoo(config, client, clock)
    {
    }
    const ConnectorConfig config;
    HttpClient client;
    OdooConnection odoo;
};

bool needsSecret(const ConnectorConfig &c)
{
    return c.kind == ConnectorKind::Odoo || (c.kind == ConnectorKind::Http && c.auth != AuthScheme::None);
}

} // namespace

struct SiteAdapter::Impl {
    Impl(std::shared_ptr<const SiteConfig> c, CredentialSource &s, const Clock &k)
        : config(std::move(c)), credentials(s), clock(k)
    {
    }

    mutable std::mutex mutex;
    std::shared_ptr<const SiteConfig> config;
    std::map<std::string, std::shared_ptr<ConnectorSession>> sessions;
    CredentialSource &credentials;
    const Clock &clock;

    std::shared_ptr<ConnectorSession> session(const ConnectorConfig &connector)
    {
        const std::lock_guard lock(mutex);
        auto &s = sessions[connector.id];
        if (!s)
            s = std::make_shared<ConnectorSession>(connector, clock);
        return s;
    }

    // The flow's configuration and its connector's session, or why there are none.
    struct Route {
        std::shared_ptr<const SiteConfig> config;
        const FlowConfig *flow = nullptr;
        std::shared_ptr<ConnectorSession> session;
        TxError error;
    };
    Route route(const FlowDef &flow)
    {
        Route r;
        {
            const std::lock_guard lock(mutex);
            r.config = config;
        }
        if (!r.config) {
            r.error = makeError(ErrorCategory::Connectivity, "NOT_CONFIGURED", "flowdeskd has no site configuration");
            return r;
        }
        r.flow = r.config->flow(flow.id);
        if (!r.flow) {
            r.error = makeError(ErrorCategory::Connectivity, "NOT_CONFIGURED",
                                "Flow " + flow.id + " is not in the site's configuration");
            return r;
        }
        const std::string connectorId = flow.connectorId.empty() ? r.flow->def.connectorId : flow.connectorId;
        const ConnectorConfig *connector = r.config->connector(connectorId);
        if (!connector) {
            r.error = makeError(ErrorCategory::Connectivity, "NOT_CONFIGURED",
                                "Connector " + connectorId + " of flow " + flow.id +
                                    " is not in the site's configuration");
            return r;
        }
        if (connector->kind == ConnectorKind::Inbound) {
            r.error = makeError(ErrorCategory::Connectivity, "NOT_CONFIGURED",
                                "Nothing can be delivered to " + connector->name + ": it submits to flowdeskd");
            return r;
        }
        r.session = session(*connector);
        return r;
    }

    // The connector's secret; nullopt with the error when it needs one and has none.
    std::optional<std::string> secretFor(const ConnectorConfig &connector, TxError *error)
    {
        if (!needsSecret(connector))
            return std::string();
        std::optional<std::string> s;
        try {
            s = credentials.secret(connector);
        } catch (const CredentialUnreadable &e) {
            *error = makeError(ErrorCategory::Authentication, "CREDENTIAL_UNREADABLE", e.what());
            return std::nullopt;
        }
        if (!s || s->empty()) {
            *error = makeError(ErrorCategory::Authentication, "NO_CREDENTIAL",
                               "No credential is set for connector " + connector.name + " (" + connector.id + ")");
            return std::nullopt;
        }
        return s;
    }
};

SiteAdapter::SiteAdapter(std::shared_ptr<const SiteConfig> config, CredentialSource &credentials, const Clock &clock)
    : d(std::make_unique<Impl>(std::move(config), credentials, clock))
{
}

SiteAdapter::~SiteAdapter() = default;

void SiteAdapter::setConfig(std::shared_ptr<const SiteConfig> config)
{
    const std::lock_guard lock(d->mutex);
    d->config = std::move(config);
    // Deliveries in progress keep their session; later ones start afresh with
    // the new settings.
    d->sessions.clear();
}

std::shared_ptr<const SiteConfig> SiteAdapter::config() const
{
    const std::lock_guard lock(d->mutex);
    return d->config;
}

void SiteAdapter::credentialChanged(const std::string &connectorId)
{
    std::shared_ptr<ConnectorSession> session;
    {
        const std::lock_guard lock(d->mutex);
        auto it = d->sessions.find(connectorId);
        if (it != d->sessions.end())
            session = it->second;
    }
    if (session)
        session->odoo.forgetLogin();
}

DeliveryResult SiteAdapter::deliver(const FlowDef &flow, const Transaction &tx)
{
    DeliveryResult result;
    const TimeMs started = d->clock.now();
    auto route = d->route(flow);
    if (!route.session) {
        result.error = route.error;
        if (route.flow)
            applyErrorRules(*route.flow, result.error);
        log()->warn("delivery of transaction {} ({}): {} {}", tx.id, flow.id, result.error.code, result.error.message);
        return result;
    }
    const ConnectorConfig &connector = route.session->config;
    TxError missing;
    const auto secret = d->secretFor(connector, &missing);
    if (!secret) {
        result.error = missing;
    } else if (connector.kind == ConnectorKind::Odoo) {
        result = route.session->odoo.deliver(flow, route.flow->target, tx, *secret);
    } else {
        result = deliverHttp({connector, route.session->client, *secret, d->clock}, flow, route.flow->target, tx);
    }
    if (result.latencyMs == 0)
        result.latencyMs = d->clock.now() - started;
    if (!result.ok) {
        applyErrorRules(*route.flow, result.error);
        log()->info("delivery of transaction {} ({}) to {} failed: {} {}", tx.id, flow.id, connector.id,
                    result.error.code, result.error.message);
    } else {
        log()->debug("delivery of transaction {} ({}) to {}: {}", tx.id, flow.id, connector.id, result.targetReference);
    }
    return result;
}

ConnectionTest SiteAdapter::test(const ConnectorRecord &record)
{
    ConnectionTest t;
    const auto config = this->config();
    const ConnectorConfig *connector = config ? config->connector(record.id) : nullptr;
    if (!connector) {
        t.message = "Connector " + record.id + " is not in the site's configuration";
        return t;
    }
    if (connector->kind == ConnectorKind::Inbound) {
        t.ok = true;
        t.message = "Nothing is delivered to " + connector->name + ": it submits to flowdeskd";
        return t;
    }
    TxError missing;
    const auto secret = d->secretFor(*connector, &missing);
    if (!secret) {
        t.message = missing.message;
        return t;
    }
    auto session = d->session(*connector);
    if (connector->kind == ConnectorKind::Odoo)
        t = session->odoo.test(*secret);
    else
        t = testHttp({*connector, session->client, *secret, d->clock});
    log()->info("connection test of {}: {}", connector->id, t.ok ? "ok" : "failed");
    return t;
}

CandidateLookup SiteAdapter::candidates(const FlowDef &flow, const std::string &pointer, const std::string &query,
                                        int limit)
{
    CandidateLookup out;
    auto route = d->route(flow);
    if (!route.session) {
        out.status = CandidateLookup::Status::NotSupported;
        return out;
    }
    const ConnectorConfig &connector = route.session->config;
    if (connector.kind == ConnectorKind::Http && connector.lookupPath.empty())
        return out;
    if (connector.kind == ConnectorKind::Odoo) {
        bool any = false;
        for (const auto &r : route.flow->target.references)
            any = any || !r.model.empty();
        if (!any)
            return out;
    }
    TxError missing;
    const auto secret = d->secretFor(connector, &missing);
    if (!secret) {
        out.status = CandidateLookup::Status::Failed;
        out.error = missing;
        return out;
    }
    if (connector.kind == ConnectorKind::Odoo)
        out = route.session->odoo.candidates(flow, route.flow->target, pointer, query, limit, *secret);
    else
        out = httpCandidates({connector, route.session->client, *secret, d->clock}, pointer, query, limit);
    if (out.status == CandidateLookup::Status::Failed)
        applyErrorRules(*route.flow, out.error);
    return out;
}

} // namespace flowdesk::backend
