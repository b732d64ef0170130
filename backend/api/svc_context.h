#pragma once

// What every gRPC service of flowdeskd shares: the store, the engine, sessions,
// the rule table and the flow catalogue. Internal to the api library.

#include "auth.h"
#include "authz.h"
#include "server.h"
#include "change.h"
#include "lifecycle.h"
#include "domain.h"
#include "errors.h"
#include "payload.h"

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace google::protobuf {
class Message;
}
namespace spdlog {
class logger;
}
namespace grpc {
class Service;
class ServerContext;
class ServerContextBase;
}

namespace flowdesk::backend {

class Store;
class Engine;
class DeliveryAdapter;
class WriteTxn;

// The flow catalogue with compiled schemas, loaded from the store on demand.
class FlowCatalogue {
public:
    FlowCatalogue(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    struct Entry {
        FlowDef flow;
        std::shared_ptr<const PayloadSchema> schema;  // null when the flow's schema is broken
    };
    std::shared_ptr<const Entry> get(const std::string &flowId) const;
    std::vector<std::shared_ptr<const Entry>> all() const;
    void reload() const;

private:
    Store &m_store;
    const Clock &m_clock;
    mutable std::mutex m_mutex;
    mutable std::map<std::string, std::shared_ptr<const Entry>> m_entries;
    mutable bool m_loaded = false;
    mutable TimeMs m_lastReload = 0;
};

struct ApiContext {
    Store &store;
    Engine &engine;
    DeliveryAdapter &adapter;
    SessionManager &sessions;
    Authorizer &authorizer;
    CredentialVault &vault;
    FlowCatalogue flows;
    std::atomic<bool> shuttingDown{false};
    std::int64_t heartbeatMs = 15000;
    const Clock &clock;
    // Called at shutdown before the gRPC server stops (bulk jobs end).
    std::vector<std::function<void()>> shutdownHooks;
    // Reads the site's configuration again (the server's reloadConfiguration).
    std::function<SiteReload(const std::string &actor, const std::string &role)> reloadSite;

    ApiContext(Store &s, Engine &e, DeliveryAdapter &a, SessionManager &ss, Authorizer &az, CredentialVault &v,
               const Clock &c)
        : store(s), engine(e), adapter(a), sessions(ss), authorizer(az), vault(v), flows(s, c), clock(c)
    {
    }

    Caller authorize(const grpc::ServerContextBase *context, const char *method) const
    {
        return authorizer.authorize(context, method);
    }
};

// Hash of the method, the caller and the request's deterministic serialization.
std::string requestFingerprint(const std::string &method, const std::string &username,
                               const google::protobuf::Message &request);
// Inside a write: when requestId was answered before, parses the stored answer
// into *response and returns true; throws REQUEST_ID_REUSED when the same id
// came with other arguments.
bool replayedAnswer(WriteTxn &txn, const std::string &requestId, const std::string &method,
                    const std::string &fingerprint, google::protobuf::Message *response);
void rememberAnswer(WriteTxn &txn, const std::string &requestId, const std::string &method,
                    const std::string &fingerprint, const google::protobuf::Message &response);

// Inside a write: the domain records the change (version, update time, hops,
// event, audit entries) and the store persists it with the row.
void commitChange(WriteTxn &txn, const Caller &caller, Transaction &t, TxState previousState,
                  const std::vector<ChangeNote> &notes, TimeMs now);
inline void commitChange(WriteTxn &txn, const Caller &caller, Transaction &t, TxState previousState,
                         const ChangeNote &note, TimeMs now)
{
    commitChange(txn, caller, t, previousState, std::vector<ChangeNote>{note}, now);
}

// The "api" logger.
std::shared_ptr<spdlog::logger> apiLog();

AuditEntry auditFor(const Caller &caller, const std::string &action, const std::string &targetType,
                    const std::string &targetId, TimeMs at);

std::unique_ptr<grpc::Service> makeSessionService(ApiContext &ctx);
std::unique_ptr<grpc::Service> makeFlowService(ApiContext &ctx);
std::unique_ptr<grpc::Service> makeTransactionService(ApiContext &ctx);
std::unique_ptr<grpc::Service> makeEventService(ApiContext &ctx);
std::unique_ptr<grpc::Service> makeIngestService(ApiContext &ctx);
std::unique_ptr<grpc::Service> makeDashboardService(ApiContext &ctx);
std::unique_ptr<grpc::Service> makeConnectorService(ApiContext &ctx);
std::unique_ptr<grpc::Service> makeUserService(ApiContext &ctx);
std::unique_ptr<grpc::Service> makeAuditService(ApiContext &ctx);

} // namespace flowdesk::backend
