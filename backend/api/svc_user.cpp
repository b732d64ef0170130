// UserService: accounts and roles (admins only).

#include "engine_json.h"
#include "enums.h"
#include "mapping.h"
#include "store.h"
#include "svc_context.h"

#include "flowdesk/v1/user.grpc.pb.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace flowdesk::backend {

namespace {

// A user name has 1 to 64 characters (CreateUser); a display name at most 256 bytes.
constexpr std::size_t kMaxUserNameBytes = 64;
constexpr std::size_t kMaxDisplayNameBytes = 256;


namespace v1 = flowdesk::v1;
using detail::jsonQuote;

const std::set<std::string> kDomains = {"sales", "finance", "procurement", "logistics",
                                        "production", "quality", "engineering"};
const std::set<std::string> kPlants = {"DE01", "FR01", "PL01", "MX01"};

void checkPassword(const std::string &password, const char *field)
{
    if (password.size() < 8)
        failInvalid("The password must have at least 8 characters", "WEAK_PASSWORD",
                    {{field, "at least 8 characters"}});
}

Role checkRole(v1::Role role)
{
    const auto r = fromProto(role);
    if (!r || *r == Role::None)
        failInvalid("Choose a role", "INVALID_ARGUMENT", {{"role", "required"}});
    return *r;
}

template<typename List>
std::vector<std::string> checkedList(const List &values, const std::set<std::string> &allowed, const char *field)
{
    std::vector<std::string> out;
    for (const auto &v : values) {
        if (!allowed.count(v))
            failInvalid("Unknown value '" + v + "' in " + field, "INVALID_ARGUMENT", {{field, "unknown value " + v}});
        if (std::find(out.begin(), out.end(), v) == out.end())
            out.push_back(v);
    }
    return out;
}

std::string jsonList(const std::vector<std::string> &values)
{
    std::string out = "[";
    for (const auto &v : values)
        out += (out.size() > 1 ? "," : "") + jsonQuote(v);
    return out + "]";
}

// The audited value of one field of an account, as JSON.
std::string fieldJson(const UserRecord &u, const std::string &field)
{
    if (field == "role")
        return jsonQuote(toString(u.role));
    if (field == "domains")
        return jsonList(u.domains);
    if (field == "plants")
        return jsonList(u.plants);
    if (field == "disabled")
        return u.disabled ? "true" : "false";
    return jsonQuote(u.displayName);
}

class UserServiceImpl final : public v1::UserService::Service {
public:
    explicit UserServiceImpl(ApiContext &ctx) : m_ctx(ctx) {}

    grpc::Status ListUsers(grpc::ServerContext *context, const v1::ListUsersRequest *,
                           v1::ListUsersResponse *response) override
    {
        return guarded("ListUsers", [&] {
            m_ctx.authorize(context, "/flowdesk.v1.UserService/ListUsers");
            for (const auto &u : m_ctx.store.listUsers())
                toProto(u, response->add_users());
            return grpc::Status::OK;
        });
    }

    grpc::Status CreateUser(grpc::ServerContext *context, const v1::CreateUserRequest *request,
                            v1::User *response) override
    {
        return guarded("CreateUser", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.UserService/CreateUser");
            const std::string &name = request->username();
            const bool nameOk = !name.empty() && name.size() <= kMaxUserNameBytes
                && std::all_of(name.begin(), name.end(), [](unsigned char c) {
                       return std::isalnum(c) || c == '.' || c == '_' || c == '-' || c == '@';
                   });
            if (!nameOk)
                failInvalid("A user name has 1 to 64 letters, digits, '.', '_', '-' or '@'", "INVALID_ARGUMENT",
                            {{"username", "invalid"}});
            checkPassword(request->password(), "password");
            requireText(request->display_name(), "display_name", kMaxDisplayNameBytes);
            UserRecord u;
            u.username = name;
            u.displayName = request->display_name();
            u.role = checkRole(request->role());
            u.domains = checkedList(request->domains(), kDomains, "domains");
            u.plants = checkedList(request->plants(), kPlants, "plants");
            u.passwordHash = m_ctx.sessions.hashPassword(request->password());
            u.createdAt = m_ctx.clock.now();
            m_ctx.store.write([&](WriteTxn &txn) {
                if (txn.getUser(name))
                    fail(grpc::StatusCode::ALREADY_EXISTS, "User '" + name + "' exists already", "ALREADY_EXISTS");
                txn.upsertUser(u);
                AuditEntry a = auditFor(caller, "create_user", "user", name, m_ctx.clock.now());
                a.detail = std::string("role ") + toString(u.role);
                a.messageId = "audit.USER_CREATED";
                a.messageArgs = {{"role", toString(u.role)}};
                a.diffJson = "{\"after\":{\"role\":" + fieldJson(u, "role") + ",\"domains\":" + fieldJson(u, "domains")
                    + ",\"plants\":" + fieldJson(u, "plants") + ",\"display_name\":" + fieldJson(u, "display_name") + "}}";
                txn.appendAudit(a);
            });
            toProto(u, response);
            return grpc::Status::OK;
        });
    }

    grpc::Status UpdateUser(grpc::ServerContext *context, const v1::UpdateUserRequest *request,
                            v1::User *response) override
    {
        return guarded("UpdateUser", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.UserService/UpdateUser");
            requireName(request->username(), "username", kMaxUserNameBytes);
            if (request->update_mask().empty())
                failInvalid("Name the fields to change in update_mask", "INVALID_ARGUMENT",
                            {{"update_mask", "required"}});
            UserRecord result;
            m_ctx.store.write([&](WriteTxn &txn) {
                auto u = txn.getUser(request->username());
                if (!u)
                    failNotFound("User '" + request->username() + "'");
                const UserRecord before = *u;
                std::string changed;
                for (const auto &field : request->update_mask()) {
                    if (field == "role")
                        u->role = checkRole(request->role());
                    else if (field == "domains")
                        u->domains = checkedList(request->domains(), kDomains, "domains");
                    else if (field == "plants")
                        u->plants = checkedList(request->plants(), kPlants, "plants");
                    else if (field == "disabled")
                        u->disabled = request->disabled();
                    else if (field == "display_name") {
                        requireText(request->display_name(), "display_name", kMaxDisplayNameBytes);
                        u->displayName = request->display_name();
                    }
                    else
                        failInvalid("Unknown field '" + field + "' in update_mask", "INVALID_ARGUMENT",
                                    {{"update_mask", "unknown field " + field}});
                    changed += (changed.empty() ? "" : ",") + field;
                }
                if (u->username == caller.username() && (u->disabled || u->role != Role::Admin))
                    failState("You cannot disable yourself or take away your own admin role");
                txn.upsertUser(*u);
                if (u->disabled)
                    txn.deleteSessionsOf(u->username);
                AuditEntry a = auditFor(caller, "update_user", "user", u->username, m_ctx.clock.now());
                a.detail = changed;
                a.messageId = "audit.USER_UPDATED";
                a.messageArgs = {{"user_fields", changed}};
                // Who changed what: the fields' values before and after, so that an
                // auditor can prove a role or scope change.
                std::string beforeJson, afterJson;
                for (const auto &field : request->update_mask()) {
                    const std::string sep = beforeJson.empty() ? "" : ",";
                    beforeJson += sep + jsonQuote(field) + ":" + fieldJson(before, field);
                    afterJson += sep + jsonQuote(field) + ":" + fieldJson(*u, field);
                }
                a.diffJson = "{\"before\":{" + beforeJson + "},\"after\":{" + afterJson + "}}";
                txn.appendAudit(a);
                result = *u;
            });
            toProto(result, response);
            return grpc::Status::OK;
        });
    }

    grpc::Status ResetPassword(grpc::ServerContext *context, const v1::ResetPasswordRequest *request,
                               v1::ResetPasswordResponse *) override
    {
        return guarded("ResetPassword", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.UserService/ResetPassword");
            requireName(request->username(), "username", kMaxUserNameBytes);
            checkPassword(request->new_password(), "new_password");
            const std::string hash = m_ctx.sessions.hashPassword(request->new_password());
            m_ctx.store.write([&](WriteTxn &txn) {
                auto u = txn.getUser(request->username());
                if (!u)
                    failNotFound("User '" + request->username() + "'");
                u->passwordHash = hash;
                u->failedLogins = 0;
                u->lockedUntil = 0;
                txn.upsertUser(*u);
                txn.deleteSessionsOf(u->username);
                AuditEntry a = auditFor(caller, "reset_password", "user", u->username, m_ctx.clock.now());
                txn.appendAudit(a);
            });
            return grpc::Status::OK;
        });
    }

private:
    ApiContext &m_ctx;
};

} // namespace

std::unique_ptr<grpc::Service> makeUserService(ApiContext &ctx)
{
    return std::make_unique<UserServiceImpl>(ctx);
}

} // namespace flowdesk::backend
