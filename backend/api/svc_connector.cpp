// ConnectorService: the target systems, their health and their write-only credentials.

#include "engine.h"
#include "errors.h"
#include "mapping.h"
#include "store.h"
#include "svc_context.h"

#include "flowdesk/v1/connector.grpc.pb.h"

#include <spdlog/spdlog.h>

namespace flowdesk::backend {

namespace {

namespace v1 = flowdesk::v1;

class ConnectorServiceImpl final : public v1::ConnectorService::Service {
public:
    explicit ConnectorServiceImpl(ApiContext &ctx) : m_ctx(ctx) {}

    grpc::Status ListConnectors(grpc::ServerContext *context, const v1::ListConnectorsRequest *,
                                v1::ListConnectorsResponse *response) override
    {
        return guarded("ListConnectors", [&] {
            m_ctx.authorize(context, "/flowdesk.v1.ConnectorService/ListConnectors");
            const TimeMs now = m_ctx.clock.now();
            for (const auto &c : m_ctx.store.listConnectors())
                toProto(c, now, response->add_connectors());
            return grpc::Status::OK;
        });
    }

    grpc::Status PauseConnector(grpc::ServerContext *context, const v1::PauseConnectorRequest *request,
                                v1::Connector *response) override
    {
        return guarded("PauseConnector", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.ConnectorService/PauseConnector");
            requireName(request->connector_id(), "connector_id", kMaxKeyBytes);
            setPaused(caller, request->connector_id(), true, request->reason(), response);
            return grpc::Status::OK;
        });
    }

    grpc::Status ResumeConnector(grpc::ServerContext *context, const v1::ResumeConnectorRequest *request,
                                 v1::Connector *response) override
    {
        return guarded("ResumeConnector", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.ConnectorService/ResumeConnector");
            requireName(request->connector_id(), "connector_id", kMaxKeyBytes);
            setPaused(caller, request->connector_id(), false, std::string(), response);
            m_ctx.engine.wake();
            return grpc::Status::OK;
        });
    }

    grpc::Status TestConnector(grpc::ServerContext *context, const v1::TestConnectorRequest *request,
                               v1::TestConnectorResponse *response) override
    {
        return guarded("TestConnector", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.ConnectorService/TestConnector");
            requireName(request->connector_id(), "connector_id", kMaxKeyBytes);
            const auto connector = m_ctx.store.getConnector(request->connector_id());
            if (!connector)
                failNotFound("Connector '" + request->connector_id() + "'");
            const ConnectionTest t = m_ctx.adapter.test(*connector);
            response->set_ok(t.ok);
            response->set_latency_ms(t.latencyMs);
            response->set_message(t.message);
            m_ctx.store.write([&](WriteTxn &txn) {
                AuditEntry a = auditFor(caller, "test_connector", "connector", connector->id, m_ctx.clock.now());
                a.detail = t.ok ? "ok" : "failed: " + t.message;
                a.messageId = t.ok ? "audit.CONNECTION_OK" : "audit.CONNECTION_FAILED";
                a.messageArgs = {{"message", t.ok ? std::string() : t.message}};
                txn.appendAudit(a);
            });
            return grpc::Status::OK;
        });
    }

    grpc::Status SetCredential(grpc::ServerContext *context, const v1::SetCredentialRequest *request,
                               v1::SetCredentialResponse *response) override
    {
        static const char *method = "/flowdesk.v1.ConnectorService/SetCredential";
        return guarded("SetCredential", [&] {
            const Caller caller = m_ctx.authorize(context, method);
            requireName(request->connector_id(), "connector_id", kMaxKeyBytes);
            if (request->secret().empty())
                failInvalid("Enter the new secret", "INVALID_ARGUMENT", {{"secret", "required"}});
            if (request->secret().size() > 16384)
                failInvalid("The secret is too long", "INVALID_ARGUMENT", {{"secret", "at most 16384 bytes"}});
            const std::string fp = requestFingerprint(method, caller.username(), *request);
            const std::string ciphertext = m_ctx.vault.encrypt(request->secret(), request->connector_id());
            const std::string fingerprint = m_ctx.vault.fingerprint(request->secret());
            const TimeMs now = m_ctx.clock.now();
            bool replayedRequest = false;
            m_ctx.store.write([&](WriteTxn &txn) {
                if (!request->request_id().empty()
                    && replayedAnswer(txn, request->request_id(), method, fp, response)) {
                    replayedRequest = true;
                    return;
                }
                auto c = txn.getConnector(request->connector_id());
                if (!c)
                    failNotFound("Connector '" + request->connector_id() + "'");
                c->credentialCiphertext = ciphertext;
                c->credentialFingerprint = fingerprint;
                c->credentialVersion += 1;
                c->credentialRotatedAt = now;
                c->credentialRotatedBy = caller.username();
                txn.upsertConnector(*c);
                AuditEntry a = auditFor(caller, "set_credential", "connector", c->id, m_ctx.clock.now());
                a.requestId = request->request_id();
                a.detail = "credential version " + std::to_string(c->credentialVersion) + ", fingerprint "
                    + fingerprint;
                a.messageId = "audit.CREDENTIAL_SET";
                a.messageArgs = {{"version", std::to_string(c->credentialVersion)}, {"fingerprint", fingerprint}};
                txn.appendAudit(a);
                Event e;
                e.type = EventType::ConnectorChanged;
                e.at = now;
                e.action = "credential_set";
                e.actor = caller.username();
                e.connectorId = c->id;
                txn.appendEvent(e);

                std::int64_t replayed = 0;
                if (request->replay_auth_failures())
                    replayed = replayAuthFailures(txn, caller, c->id, request->request_id(), now);
                toProto(*c, now, response->mutable_connector());
                response->set_replayed(replayed);
                if (!request->request_id().empty())
                    rememberAnswer(txn, request->request_id(), method, fp, *response);
            });
            if (!replayedRequest) {
                m_ctx.adapter.credentialChanged(request->connector_id());
                apiLog()->info("credential of connector '{}' set by {}", request->connector_id(), caller.username());
                if (response->replayed() > 0)
                    m_ctx.engine.wake();
            }
            return grpc::Status::OK;
        });
    }

    grpc::Status ReloadConfiguration(grpc::ServerContext *context, const v1::ReloadConfigurationRequest *request,
                                     v1::ReloadConfigurationResponse *response) override
    {
        return guarded("ReloadConfiguration", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.ConnectorService/ReloadConfiguration");
            if (!m_ctx.reloadSite)
                fail(grpc::StatusCode::UNIMPLEMENTED, "This server cannot reload its configuration", "NO_CONFIGURATION");
            const SiteReload r = m_ctx.reloadSite(caller.username(), toString(caller.role()));
            if (!r.supported)
                fail(grpc::StatusCode::UNIMPLEMENTED,
                     "flowdeskd runs without a configuration file (--config); there is nothing to reload",
                     "NO_CONFIGURATION");
            if (!r.applied) {
                v1::ErrorDetails details;
                details.set_reason("CONFIGURATION_INVALID");
                for (const auto &p : r.problems) {
                    auto *v = details.add_field_violations();
                    v->set_field(p.file + ":" + std::to_string(p.line) + ":" + std::to_string(p.column));
                    v->set_description(p.message);
                }
                throw ApiError(makeStatus(grpc::StatusCode::FAILED_PRECONDITION,
                                          "The configuration file has " + std::to_string(r.problems.size())
                                              + (r.problems.size() == 1 ? " error" : " errors")
                                              + "; the running configuration is kept",
                                          details));
            }
            response->set_file(r.file);
            response->set_flow_count(r.flowCount);
            response->set_connector_count(r.connectorCount);
            for (const auto &f : r.schemaChanged)
                response->add_schema_changed_flows(f);
            for (const auto &f : r.added)
                response->add_added_flows(f);
            for (const auto &f : r.removed)
                response->add_removed_flows(f);
            return grpc::Status::OK;
        });
    }

private:
    void setPaused(const Caller &caller, const std::string &id, bool paused, const std::string &reason,
                   v1::Connector *response)
    {
        const TimeMs now = m_ctx.clock.now();
        m_ctx.store.write([&](WriteTxn &txn) {
            auto c = txn.getConnector(id);
            if (!c)
                failNotFound("Connector '" + id + "'");
            c->paused = paused;
            c->pausedReason = paused ? reason : std::string();
            txn.upsertConnector(*c);
            AuditEntry a = auditFor(caller, paused ? "pause_connector" : "resume_connector", "connector", id, m_ctx.clock.now());
            a.reason = reason;
            txn.appendAudit(a);
            Event e;
            e.type = EventType::ConnectorChanged;
            e.at = now;
            e.action = paused ? "paused" : "resumed";
            e.actor = caller.username();
            e.connectorId = id;
            txn.appendEvent(e);
            toProto(*c, now, response);
        });
    }

    std::int64_t replayAuthFailures(WriteTxn &txn, const Caller &caller, const std::string &connectorId,
                                    const std::string &requestId, TimeMs now)
    {
        TxFilter filter;
        filter.states = {TxState::Failed};
        filter.categories = {ErrorCategory::Authentication};
        for (const auto &entry : m_ctx.flows.all()) {
            if (entry->flow.connectorId == connectorId)
                filter.flowIds.push_back(entry->flow.id);
        }
        if (filter.flowIds.empty())
            return 0;
        std::int64_t replayed = 0;
        for (const std::int64_t id : m_ctx.store.selectIds(filter, 100000)) {
            auto t = txn.getTransaction(id, true);
            if (!t || t->error.category != ErrorCategory::Authentication
                || !decide(caller, *t, TxAction::Resubmit))
                continue;
            const TxState previous = t->state;
            t->state = *stateAfter(TxAction::Resubmit, t->state);
            t->nextAttemptAt = now;
            ChangeNote note;
            note.action = TxAction::Resubmit;
            note.reason = "credential of connector " + connectorId + " replaced";
            note.requestId = requestId;
            commitChange(txn, caller, *t, previous, note, now);
            ++replayed;
        }
        return replayed;
    }

    ApiContext &m_ctx;
};

} // namespace

std::unique_ptr<grpc::Service> makeConnectorService(ApiContext &ctx)
{
    return std::make_unique<ConnectorServiceImpl>(ctx);
}

} // namespace flowdesk::backend
