#pragma once

// Authorization of flowdeskd: one deny-by-default rule table keyed by full gRPC
// method name, the permissions of each role, and the data scope of a caller.

#include "domain.h"

#include <map>
#include <string>
#include <vector>

namespace grpc {
class ServerContext;
}

namespace flowdesk::backend {

class SessionManager;

namespace perm {
inline constexpr const char *FlowsRead = "flows.read";
inline constexpr const char *DashboardRead = "dashboard.read";
inline constexpr const char *TransactionsRead = "transactions.read";
inline constexpr const char *TransactionsTriage = "transactions.triage";
inline constexpr const char *TransactionsEdit = "transactions.edit";
inline constexpr const char *TransactionsReplay = "transactions.replay";
inline constexpr const char *ConnectorsRead = "connectors.read";
inline constexpr const char *ConnectorsManage = "connectors.manage";
inline constexpr const char *CredentialsSet = "credentials.set";
inline constexpr const char *UsersManage = "users.manage";
inline constexpr const char *AuditReadAll = "audit.read_all";
inline constexpr const char *AuditReadOwn = "audit.read_own";
inline constexpr const char *IngestSubmit = "ingest.submit";
} // namespace perm

const std::vector<std::string> &permissionsFor(Role role);
bool hasPermission(Role role, const std::string &permission);
// Roles that see sensitive payload fields only as "***".
bool masksSensitive(Role role);

enum class ScopeKind {
    None,          // no data scope (sessions, users, connectors)
    Transactions,  // narrowed to the caller's plants (viewer) or domains (operator)
    Audit,         // all entries with audit.read_all, else the caller's own
};

struct MethodRule {
    bool isPublic = false;             // no session needed
    std::vector<std::string> anyOf;    // a session with one of these; empty: any session
    ScopeKind scope = ScopeKind::None;
};

// Full method name ("/flowdesk.v1.TransactionService/Resubmit") -> rule.
const std::map<std::string, MethodRule> &methodRules();

// The resolved caller of one call.
struct Caller {
    UserRecord user;
    std::string tokenHash;

    const std::string &username() const { return user.username; }
    Role role() const { return user.role; }
    bool can(const std::string &permission) const { return hasPermission(user.role, permission); }
    bool masks() const { return masksSensitive(user.role); }
    // True when the transaction lies in the caller's plants / domains.
    bool sees(const std::string &plant, const std::string &domain) const;
    bool seesTransaction(const Transaction &t) const { return sees(t.plant, t.domain); }
    // Narrows a filter to the caller's scope. Returns false when nothing can match
    // (the requested plants or domains lie outside the scope).
    bool narrow(TxFilter &filter) const;
};

class Authorizer {
public:
    explicit Authorizer(const SessionManager &sessions) : m_sessions(sessions) {}

    // Resolves the session of the call and checks the method's rule. Throws
    // ApiError UNAUTHENTICATED / PERMISSION_DENIED. For public methods returns an
    // empty Caller.
    Caller authorize(grpc::ServerContext *context, const std::string &method) const;

private:
    const SessionManager &m_sessions;
};

} // namespace flowdesk::backend
