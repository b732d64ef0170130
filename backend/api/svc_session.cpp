// SessionService: sign in, sign out, who am I.

#include "mapping.h"
#include "svc_context.h"
#include "store.h"

#include "flowdesk/v1/session.grpc.pb.h"

namespace flowdesk::backend {

namespace {

namespace v1 = flowdesk::v1;

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
            const LoginOutcome outcome = m_ctx.sessions.login(request->username(), request->password(), request->client());
            switch (outcome.result) {
            case LoginOutcome::Result::Ok:
                break;
            case LoginOutcome::Result::BadCredentials:
                fail(grpc::StatusCode::UNAUTHENTICATED, "Wrong user name or password", "INVALID_CREDENTIALS");
            case LoginOutcome::Result::LockedOut: {
                v1::ErrorDetails details;
                details.set_reason("LOCKED_OUT");
                (*details.mutable_metadata())["locked_until_ms"] = std::to_string(outcome.lockedUntil);
                throw ApiError(makeStatus(grpc::StatusCode::UNAUTHENTICATED,
                                          "Too many failed sign-ins: this account is locked for a few minutes",
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
