// SessionService: sign in, sign out, who am I.

#include "mapping.h"
#include "svc_context.h"
#include "store.h"

#include "flowdesk/v1/session.grpc.pb.h"

namespace flowdesk::backend {

namespace {

namespace v1 = flowdesk::v1;

// The caller's address without its port ("ipv4:127.0.0.1:5123" ->
// "127.0.0.1", "ipv6:[::1]:5123" -> "::1"): failed sign-ins are counted per
// address, whatever port a retry comes from.
std::string clientAddress(const grpc::ServerContext &context)
{
    std::string peer = context.peer();
    for (const char *scheme : {"ipv4:", "ipv6:"})
        if (peer.rfind(scheme, 0) == 0) {
            peer = peer.substr(5);
            if (!peer.empty() && peer.front() == '[') {
                const auto close = peer.find(']');
                return close == std::string::npos ? peer : peer.substr(1, close - 1);
            }
            return peer.substr(0, peer.rfind(':'));
        }
    return peer;
}

class SessionServiceImpl final : public v1::SessionService::Service {
public:
    explicit SessionServiceImpl(ApiContext &ctx) : m_ctx(ctx) {}

    grpc::Status Login(grpc::ServerContext *context, const v1::LoginRequest *request, v1::LoginResponse *response) override
    {
        return guarded("Login", [&] {
            m_ctx.authorize(context, "/flowdesk.v1.SessionService/Login");
            if (request->username().empty() || request->password().empty())
                failInvalid("Enter a user name and a password", "INVALID_ARGUMENT",
                            {{request->username().empty() ? "username" : "password", "required"}});
            // The client's name goes into the audit trail: a name, not a document.
            if (request->client().size() > 200)
                failInvalid("The client's name is too long", "INVALID_ARGUMENT", {{"client", "at most 200 bytes"}});
            const LoginOutcome outcome = m_ctx.sessions.login(request->username(), request->password(), request->client(),
                                                              clientAddress(*context));
            switch (outcome.result) {
            case LoginOutcome::Result::Ok:
                break;
            case LoginOutcome::Result::BadCredentials:
                // The same for an unknown name and a wrong password.
                fail(grpc::StatusCode::UNAUTHENTICATED, "Wrong user name or password", "INVALID_CREDENTIALS");
            case LoginOutcome::Result::Throttled: {
                // Said alike whether the account exists or not; only this
                // address waits, the account is not locked.
                v1::ErrorDetails details;
                details.set_reason("LOCKED_OUT");
                const std::int64_t seconds = (outcome.retryAfterMs + 999) / 1000;
                (*details.mutable_metadata())["retry_after_seconds"] = std::to_string(seconds);
                (*details.mutable_metadata())["locked_until_ms"] =
                    std::to_string(m_ctx.clock.now() + outcome.retryAfterMs);
                throw ApiError(makeStatus(grpc::StatusCode::UNAUTHENTICATED,
                                          "Too many failed sign-ins for this user name from this address: try again in "
                                              + std::to_string(seconds) + (seconds == 1 ? " second" : " seconds"),
                                          details));
            }
            case LoginOutcome::Result::Disabled:
                fail(grpc::StatusCode::UNAUTHENTICATED, "This account is disabled", "ACCOUNT_DISABLED");
            }
            response->set_token(outcome.token);
            toProto(outcome.user, response->mutable_user());
            setTime(response->mutable_expire_time(), outcome.expiresAt);
            response->set_site_id(m_ctx.store.siteId());
            return grpc::Status::OK;
        });
    }

    grpc::Status Logout(grpc::ServerContext *context, const v1::LogoutRequest *, v1::LogoutResponse *) override
    {
        return guarded("Logout", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.SessionService/Logout");
            m_ctx.sessions.logout(caller.tokenHash, caller.user);
            return grpc::Status::OK;
        });
    }

    grpc::Status WhoAmI(grpc::ServerContext *context, const v1::WhoAmIRequest *, v1::User *response) override
    {
        return guarded("WhoAmI", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.SessionService/WhoAmI");
            toProto(caller.user, response);
            return grpc::Status::OK;
        });
    }

private:
    ApiContext &m_ctx;
};

} // namespace

std::unique_ptr<grpc::Service> makeSessionService(ApiContext &ctx)
{
    return std::make_unique<SessionServiceImpl>(ctx);
}

} // namespace flowdesk::backend
