#include "authz.h"

#include "auth.h"
#include "errors.h"

#include <grpcpp/server_context.h>

#include <algorithm>

namespace flowdesk::backend {

using namespace perm;

const std::map<std::string, MethodRule> &methodRules()
{
    using S = ScopeKind;
    static const std::map<std::string, MethodRule> rules = {
        // Sessions
        {"/flowdesk.v1.SessionService/Login", {true, {}, S::None}},
        {"/flowdesk.v1.SessionService/Logout", {false, {}, S::None}},
        {"/flowdesk.v1.SessionService/WhoAmI", {false, {}, S::None}},
        // Flows and dashboards
        {"/flowdesk.v1.FlowService/ListFlows", {false, {FlowsRead}, S::Transactions}},
        {"/flowdesk.v1.DashboardService/GetFlowHealth", {false, {DashboardRead}, S::Transactions}},
        {"/flowdesk.v1.DashboardService/GetTimeSeries", {false, {DashboardRead}, S::Transactions}},
        {"/flowdesk.v1.DashboardService/ListStuck", {false, {DashboardRead}, S::Transactions}},
        // Transactions
        {"/flowdesk.v1.TransactionService/ListTransactions", {false, {TransactionsRead}, S::Transactions}},
        {"/flowdesk.v1.TransactionService/GetTransaction", {false, {TransactionsRead}, S::Transactions}},
        {"/flowdesk.v1.TransactionService/ListErrorGroups", {false, {TransactionsRead}, S::Transactions}},
        {"/flowdesk.v1.TransactionService/GetTimeline", {false, {TransactionsRead}, S::Transactions}},
        {"/flowdesk.v1.TransactionService/UpdatePayload", {false, {TransactionsEdit}, S::Transactions}},
        {"/flowdesk.v1.TransactionService/Resubmit", {false, {TransactionsEdit, TransactionsReplay}, S::Transactions}},
        {"/flowdesk.v1.TransactionService/Discard", {false, {TransactionsEdit}, S::Transactions}},
        {"/flowdesk.v1.TransactionService/ResolveManually", {false, {TransactionsEdit}, S::Transactions}},
        {"/flowdesk.v1.TransactionService/Assign", {false, {TransactionsTriage}, S::Transactions}},
        {"/flowdesk.v1.TransactionService/SetTriageStatus", {false, {TransactionsTriage}, S::Transactions}},
        {"/flowdesk.v1.TransactionService/AddComment", {false, {TransactionsTriage}, S::Transactions}},
        {"/flowdesk.v1.TransactionService/LookupFieldValues", {false, {TransactionsEdit}, S::Transactions}},
        {"/flowdesk.v1.TransactionService/StartBulkAction",
         {false, {TransactionsEdit, TransactionsTriage, TransactionsReplay}, S::Transactions}},
        {"/flowdesk.v1.TransactionService/WatchBulkAction",
         {false, {TransactionsEdit, TransactionsTriage, TransactionsReplay}, S::Transactions}},
        {"/flowdesk.v1.TransactionService/CancelBulkAction",
         {false, {TransactionsEdit, TransactionsTriage, TransactionsReplay}, S::Transactions}},
        // Events and ingest
        {"/flowdesk.v1.EventService/Watch", {false, {TransactionsRead}, S::Transactions}},
        {"/flowdesk.v1.EventService/WatchBatches", {false, {TransactionsRead}, S::Transactions}},
        {"/flowdesk.v1.IngestService/Submit", {false, {IngestSubmit}, S::None}},
        {"/flowdesk.v1.IngestService/SubmitBatch", {false, {IngestSubmit}, S::None}},
        // Connectors
        {"/flowdesk.v1.ConnectorService/ListConnectors", {false, {ConnectorsRead}, S::None}},
        {"/flowdesk.v1.ConnectorService/PauseConnector", {false, {ConnectorsManage}, S::None}},
        {"/flowdesk.v1.ConnectorService/ResumeConnector", {false, {ConnectorsManage}, S::None}},
        {"/flowdesk.v1.ConnectorService/TestConnector", {false, {ConnectorsManage}, S::None}},
        {"/flowdesk.v1.ConnectorService/SetCredential", {false, {CredentialsSet}, S::None}},
        {"/flowdesk.v1.ConnectorService/ReloadConfiguration", {false, {ConnectorsManage}, S::None}},
        // Users
        {"/flowdesk.v1.UserService/ListUsers", {false, {UsersManage}, S::None}},
        {"/flowdesk.v1.UserService/CreateUser", {false, {UsersManage}, S::None}},
        {"/flowdesk.v1.UserService/UpdateUser", {false, {UsersManage}, S::None}},
        {"/flowdesk.v1.UserService/ResetPassword", {false, {UsersManage}, S::None}},
        // Audit
        {"/flowdesk.v1.AuditService/ListAuditEntries", {false, {AuditReadAll, AuditReadOwn}, S::Audit}},
        {"/flowdesk.v1.AuditService/VerifyAuditChain", {false, {AuditReadAll}, S::None}},
        // Standard services
        {"/grpc.health.v1.Health/Check", {true, {}, S::None}},
        {"/grpc.health.v1.Health/Watch", {true, {}, S::None}},
    };
    return rules;
}

namespace {

std::string bearerToken(const grpc::ServerContextBase *context)
{
    const auto &md = context->client_metadata();
    const auto it = md.find("authorization");
    if (it == md.end())
        return {};
    const std::string value(it->second.data(), it->second.size());
    static const std::string prefix = "Bearer ";
    if (value.size() <= prefix.size())
        return {};
    std::string lower = value.substr(0, prefix.size());
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower != "bearer ")
        return {};
    return value.substr(prefix.size());
}

} // namespace

std::string primaryLanguage(const std::string &acceptLanguage)
{
    std::string lang;
    for (char c : acceptLanguage) {
        if (std::isalpha(static_cast<unsigned char>(c)))
            lang += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else
            break;
        if (lang.size() > 8)
            return "en";
    }
    return lang.size() >= 2 ? lang : std::string("en");
}

Caller Authorizer::authorize(const grpc::ServerContextBase *context, const std::string &method) const
{
    const auto &rules = methodRules();
    const auto it = rules.find(method);
    if (it == rules.end())
        failDenied("No authorization rule for " + method + "; refused", "", "NO_RULE");
    const MethodRule &rule = it->second;
    Caller caller;
    {
        const auto &md = context->client_metadata();
        const auto lang = md.find("accept-language");
        if (lang != md.end())
            caller.language = primaryLanguage(std::string(lang->second.data(), lang->second.size()));
        setCallLanguage(caller.language);
    }
    if (rule.isPublic)
        return caller;

    const SessionLookup lookup = m_sessions.resolve(bearerToken(context));
    switch (lookup.result) {
    case SessionLookup::Result::Ok:
        break;
    case SessionLookup::Result::Missing:
        fail(grpc::StatusCode::UNAUTHENTICATED, "Sign in first: this call needs a session token", "MISSING_TOKEN");
    case SessionLookup::Result::Invalid:
        fail(grpc::StatusCode::UNAUTHENTICATED, "The session token is not valid; sign in again", "INVALID_TOKEN");
    case SessionLookup::Result::Expired:
        fail(grpc::StatusCode::UNAUTHENTICATED, "Your session has expired; sign in again", "SESSION_EXPIRED");
    case SessionLookup::Result::Disabled:
        fail(grpc::StatusCode::UNAUTHENTICATED, "This account is disabled", "ACCOUNT_DISABLED");
    }
    caller.user = lookup.user;
    caller.tokenHash = lookup.tokenHash;

    if (!rule.anyOf.empty()) {
        const bool allowed = std::any_of(rule.anyOf.begin(), rule.anyOf.end(),
                                         [&](const std::string &p) { return caller.can(p); });
        if (!allowed)
            failDenied(std::string("Your role (") + toString(caller.role()) + ") may not do this: it needs "
                           + rule.anyOf.front(),
                       rule.anyOf.front());
    }
    return caller;
}

} // namespace flowdesk::backend
