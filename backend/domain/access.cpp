#include "access.h"

#include <algorithm>

namespace flowdesk::backend {

using namespace perm;

const std::vector<std::string> &permissionsFor(Role role)
{
    static const std::vector<std::string> viewer = {FlowsRead, DashboardRead, TransactionsRead, AuditReadOwn};
    static const std::vector<std::string> operatorPerms = {FlowsRead, DashboardRead, TransactionsRead,
                                                           TransactionsTriage, TransactionsEdit, ConnectorsRead,
                                                           AuditReadOwn};
    static const std::vector<std::string> admin = {FlowsRead, DashboardRead, TransactionsRead, TransactionsReplay,
                                                   ConnectorsRead, ConnectorsManage, CredentialsSet, UsersManage,
                                                   AuditReadAll, AuditReadOwn};
    static const std::vector<std::string> auditor = {FlowsRead, DashboardRead, TransactionsRead, ConnectorsRead,
                                                     AuditReadAll, AuditReadOwn};
    static const std::vector<std::string> connector = {IngestSubmit};
    static const std::vector<std::string> none;
    switch (role) {
    case Role::Viewer:
        return viewer;
    case Role::Operator:
        return operatorPerms;
    case Role::Admin:
        return admin;
    case Role::Auditor:
        return auditor;
    case Role::Connector:
        return connector;
    case Role::None:
        break;
    }
    return none;
}

bool hasPermission(Role role, const std::string &permission)
{
    const auto &perms = permissionsFor(role);
    return std::find(perms.begin(), perms.end(), permission) != perms.end();
}

bool masksSensitive(Role role)
{
    return role != Role::Operator;
}

namespace {

bool contains(const std::vector<std::string> &list, const std::string &value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

// Intersects the requested values with the allowed ones; empty request means all
// allowed. Returns false when the intersection is empty.
bool intersect(std::vector<std::string> &requested, const std::vector<std::string> &allowed)
{
    if (allowed.empty())
        return false;
    if (requested.empty()) {
        requested = allowed;
        return true;
    }
    std::vector<std::string> out;
    for (const auto &r : requested) {
        if (contains(allowed, r))
            out.push_back(r);
    }
    requested = std::move(out);
    return !requested.empty();
}

} // namespace

bool Actor::sees(const std::string &plant, const std::string &domain) const
{
    switch (user.role) {
    case Role::Viewer:
        return contains(user.plants, plant);
    case Role::Operator:
        return contains(user.domains, domain);
    case Role::Admin:
    case Role::Auditor:
        return true;
    case Role::Connector:
    case Role::None:
        break;
    }
    return false;
}

bool Actor::narrow(TxFilter &filter) const
{
    switch (user.role) {
    case Role::Viewer:
        return intersect(filter.plants, user.plants);
    case Role::Operator:
        return intersect(filter.domains, user.domains);
    case Role::Admin:
    case Role::Auditor:
        return true;
    case Role::Connector:
    case Role::None:
        break;
    }
    return false;
}

bool Actor::seesBulkJobOf(const std::string &owner) const
{
    if (user.role == Role::None || user.role == Role::Connector)
        return false;
    return owner == user.username || can(AuditReadAll);
}

std::optional<Event> Actor::eventView(const Event &e) const
{
    switch (e.type) {
    case EventType::TransactionChanged: {
        if (!can(TransactionsRead) || !sees(e.plant, e.domain))
            return std::nullopt;
        if (e.bulkJobId.empty() || seesBulkJobOf(e.actor))
            return e;
        Event view = e;
        view.bulkJobId.clear();
        return view;
    }
    case EventType::ConnectorChanged:
        if (!can(ConnectorsRead))
            return std::nullopt;
        return e;
    case EventType::BulkJobChanged:
        if (!seesBulkJobOf(e.actor))
            return std::nullopt;
        return e;
    case EventType::Heartbeat:
        return e;
    }
    return std::nullopt;
}

} // namespace flowdesk::backend
