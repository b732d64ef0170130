#pragma once

// Private to the services layer: includes gRPC and generated contract headers.

#include "backendconnection.h"
#include "fieldviolation.h"
#include "protomapping.h"

#include <QPointer>

#include <grpcpp/grpcpp.h>

#include <condition_variable>
#include <mutex>
#include <map>

#include "flowdesk/v1/event.grpc.pb.h"
#include "flowdesk/v1/flow.grpc.pb.h"
#include "flowdesk/v1/session.grpc.pb.h"

namespace Flowdesk {

// Calls in flight on one connection. Shared with the gRPC callbacks, so that a
// callback that finishes after the connection is gone finds `owner` cleared.
struct CallRegistry
{
    std::mutex mutex;
    std::condition_variable idle;
    // Each call's context, and a reference that keeps the call's state alive while
    // someone outside the lock cancels it.
    std::map<grpc::ClientContext *, std::shared_ptr<void>> active;
    BackendConnection *owner = nullptr; // cleared by the connection's destructor
};

struct CallOptions
{
    static CallOptions unauthenticated() { CallOptions o; o.authenticated = false; o.retryAfterRelogin = false; return o; }
    static CallOptions noRetry() { CallOptions o; o.retryAfterRelogin = false; return o; }

    bool authenticated = true;
    // Keep the call and send it again after the person signs in again.
    bool retryAfterRelogin = true;
    // Overrides the connection's token (for ending a session never adopted).
    QString token;
};

class BackendConnectionPrivate;

// Starts a call through one of the stubs' async() interfaces.
template <class Request, class Response>
using StartFunction = std::function<void(BackendConnectionPrivate *, grpc::ClientContext *, const Request *,
                                         Response *, std::function<void(grpc::Status)>)>;

class BackendConnectionPrivate
{
public:
    QString target;
    QString token;
    std::string language; // sent as "accept-language"; empty: not sent
    std::chrono::milliseconds deadline{10000};
    ConnectionState state = ConnectionState::Offline;
    int consecutiveFailures = 0;
    bool expiryReported = false;
    std::shared_ptr<grpc::Channel> channel;
    std::unique_ptr<flowdesk::v1::SessionService::Stub> sessionStub;
    std::unique_ptr<flowdesk::v1::FlowService::Stub> flowStub;
    std::unique_ptr<flowdesk::v1::EventService::Stub> eventStub;
    std::shared_ptr<CallRegistry> registry = std::make_shared<CallRegistry>();
    // Calls that failed with SESSION_EXPIRED: sent again with the next token, or
    // given up (their callers learn it) when the person signs out instead.
    struct PendingCall
    {
        std::function<void()> retry;
        std::function<void()> giveUp;
    };
    std::vector<PendingCall> pendingAfterRelogin;

    void prepareContext(grpc::ClientContext &ctx, const CallOptions &options) const;
    // The metadata every call carries besides its deadline: the session token
    // (unless the call is unauthenticated) and the person's language.
    void addMetadata(grpc::ClientContext &ctx, const CallOptions &options) const;

    // Starts one unary call. `start` invokes the stub's async() method; `done`
    // runs in the GUI thread, only while `context` lives. The returned function
    // cancels the call (its `done` then gets CANCELLED); harmless once it ended.
    template <class Request, class Response>
    static std::function<void()> call(BackendConnection *conn, QObject *context, const Request &request,
                     StartFunction<Request, Response> start,
                     std::function<void(const ServiceError &, const Response &)> done,
                     CallOptions options = {});
};

ServiceError toServiceError(const grpc::Status &status, const QString &target);
// Where a refused payload is wrong (INVALID_ARGUMENT), which ServiceError does not carry.
QList<FieldViolation> violationsFromStatus(const grpc::Status &status);

template <class Request, class Response>
std::function<void()> BackendConnectionPrivate::call(
    BackendConnection *conn, QObject *context, const Request &request,
    StartFunction<Request, Response> start,
    std::function<void(const ServiceError &, const Response &)> done, CallOptions options)
{
    BackendConnectionPrivate *d = conn->d_func();
    if (!d->channel) {
        ServiceError error;
        error.code = ServiceError::Unavailable;
        error.serverMessage = QStringLiteral("no server address");
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(conn, [guard, done, error] {
            if (guard)
                done(error, Response{});
        }, Qt::QueuedConnection);
        return [] {};
    }

    struct Call
    {
        grpc::ClientContext ctx;
        Request request;
        Response response;
    };
    auto c = std::make_shared<Call>();
    c->request = request;
    d->prepareContext(c->ctx, options);

    auto registry = d->registry;
    {
        std::lock_guard lock(registry->mutex);
        registry->active.emplace(&c->ctx, c);
    }
    QPointer<QObject> guard(context);
    const QString target = d->target;
    start(d, &c->ctx, &c->request, &c->response,
          [c, registry, guard, done, start, options, target, request](grpc::Status status) {
              std::lock_guard lock(registry->mutex);
              registry->active.erase(&c->ctx);
              registry->idle.notify_all();
              BackendConnection *owner = registry->owner;
              if (!owner)
                  return;
              // Queued to the GUI thread; `owner` cannot go away while we hold the lock.
              QMetaObject::invokeMethod(owner, [owner, c, guard, done, start, options, target, request, status] {
                  if (!guard)
                      return;
                  const ServiceError error = toServiceError(status, target);
                  if (error.isUnreachable())
                      owner->noteUnreachable();
                  else if (error.code != ServiceError::Cancelled) // cancelled here: says nothing
                      owner->noteReachable();
                  if (error.isSessionEnded() && options.authenticated && options.retryAfterRelogin) {
                      QPointer<BackendConnection> ownerGuard(owner);
                      owner->d_func()->pendingAfterRelogin.push_back(
                          {[ownerGuard, guard, request, start, done, options] {
                               if (ownerGuard && guard)
                                   call<Request, Response>(ownerGuard, guard, request, start, done, options);
                           },
                           [guard, done, error] {
                               if (guard)
                                   done(error, Response{});
                           }});
                      owner->noteSessionExpired();
                      return;
                  }
                  if (error.isSessionEnded() && options.authenticated)
                      owner->noteSessionExpired();
                  done(error, c->response);
              }, Qt::QueuedConnection);
          });
    // While the call object lives, its context does: cancelling through it is safe.
    std::weak_ptr<Call> weak = c;
    return [weak] {
        if (auto alive = weak.lock())
            alive->ctx.TryCancel();
    };
}

} // namespace Flowdesk
