#pragma once

// Who may do what: the permissions of each role and the data scope of a person.
// The rule table of the API (api/authz) and the lifecycle rules ask here.

#include "domain.h"

#include <optional>
#include <string>
#include <vector>

namespace flowdesk::backend {

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

// The person (or service account) taking an action.
struct Actor {
    UserRecord user;

    const std::string &username() const { return user.username; }
    Role role() const { return user.role; }
    bool can(const std::string &permission) const { return hasPermission(user.role, permission); }
    bool masks() const { return masksSensitive(user.role); }
    // True when the transaction lies in the actor's plants / domains.
    bool sees(const std::string &plant, const std::string &domain) const;
    bool seesTransaction(const Transaction &t) const { return sees(t.plant, t.domain); }
    // Narrows a filter to the actor's scope. Returns false when nothing can match
    // (the requested plants or domains lie outside the scope).
    bool narrow(TxFilter &filter) const;
    // True when the actor may follow the bulk job that owner started: their own
    // jobs, and everyone's with audit.read_all.
    bool seesBulkJobOf(const std::string &owner) const;
    // The event as this actor may receive it from the event feed, by the rules
    // that govern reading what it concerns: a transaction's change within the
    // actor's scope, a connector's with connectors.read, a bulk job's for those
    // who see the job. A transaction's change made by a bulk job the actor may
    // not follow comes without the job's id. Nothing when the actor may not read
    // it at all.
    std::optional<Event> eventView(const Event &e) const;
};

} // namespace flowdesk::backend
