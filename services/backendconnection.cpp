#include "backendconnection_p.h"
#include "protomapping.h"

#include <QTimer>

#include <grpc/grpc.h>
#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/security/credentials.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <mutex>
#include <vector>

#include "flowdesk/v1/common.pb.h"

namespace Flowdesk {

namespace {
std::shared_ptr<spdlog::logger> logger()
{
    auto l = spdlog::get("console");
    return l ? l : spdlog::default_logger();
}

// gRPC shuts itself down when its last object goes away, while callbacks of
// cancelled calls may still be finishing on its threads. One reference held for
// the life of the process keeps the library up until exit.
void keepGrpcInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] { grpc_init(); });
}

// gRPC 1.51 (Debian 12) can free a channel's callback completion queue twice
// when the channel goes away just after a callback call ended: ASan reports a
// double free in grpc_cq_internal_unref on a gRPC thread, and without ASan the
// process may abort ("prior > 0") or corrupt its heap. A console makes few
// channels (one per server address it is pointed at), so each one is kept
// until the process ends instead of being destroyed.
void keepForProcess(std::shared_ptr<grpc::Channel> channel)
{
    static std::mutex mutex;
    static auto *kept = new std::vector<std::shared_ptr<grpc::Channel>>;
    std::lock_guard lock(mutex);
    kept->push_back(std::move(channel));
}

bool isLoopback(const QString &target)
{
    const QString host = target.section(QLatin1Char(':'), 0, -2);
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost")
        || host == QLatin1String("[::1]") || host.startsWith(QLatin1String("127."));
}
} // namespace

ServiceError toServiceError(const grpc::Status &status, const QString &target)
{
    ServiceError error;
    error.code = static_cast<ServiceError::Code>(status.error_code());
    error.serverMessage = QString::fromStdString(status.error_message());
    error.server = target;
    if (status.ok() || status.error_details().empty())
        return error;
    flowdesk::v1::Status details;
    if (!details.ParseFromString(status.error_details()))
        return error;
    for (const auto &any : details.details()) {
        flowdesk::v1::ErrorDetails info;
        if (!any.UnpackTo(&info))
            continue;
        error.reason = QString::fromStdString(info.reason());
        error.missingPermission = QString::fromStdString(info.missing_permission());
        error.currentVersion = info.current_version();
        if (info.has_user_message())
            error.message = fromProto(info.user_message());
        const auto retry = info.metadata().find("retry_after_seconds");
        if (retry != info.metadata().end())
            error.retryAfterSeconds = QString::fromStdString(retry->second).toInt();
        break;
    }
    return error;
}

QList<FieldViolation> violationsFromStatus(const grpc::Status &status)
{
    QList<FieldViolation> result;
    if (status.ok() || status.error_details().empty())
        return result;
    flowdesk::v1::Status details;
    if (!details.ParseFromString(status.error_details()))
        return result;
    for (const auto &any : details.details()) {
        flowdesk::v1::ErrorDetails info;
        if (!any.UnpackTo(&info))
            continue;
        for (const auto &fv : info.field_violations())
            result << FieldViolation{QString::fromStdString(fv.field()), QString::fromStdString(fv.description())};
    }
    return result;
}

void BackendConnectionPrivate::prepareContext(grpc::ClientContext &ctx, const CallOptions &options) const
{
    ctx.set_deadline(std::chrono::system_clock::now() + deadline);
    addMetadata(ctx, options);
}

void BackendConnectionPrivate::addMetadata(grpc::ClientContext &ctx, const CallOptions &options) const
{
    const QString &bearer = options.token.isEmpty() ? token : options.token;
    if (options.authenticated && !bearer.isEmpty())
        ctx.AddMetadata("authorization", "Bearer " + bearer.toStdString());
    if (!language.empty())
        ctx.AddMetadata("accept-language", language);
}

BackendConnection::BackendConnection(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<BackendConnectionPrivate>())
{
    keepGrpcInitialised();
    d->registry->owner = this;
}

BackendConnection::~BackendConnection()
{
    // Cancel outside the lock: gRPC may complete a cancelled call on this thread.
    std::vector<std::pair<grpc::ClientContext *, std::shared_ptr<void>>> calls;
    {
        std::lock_guard lock(d->registry->mutex);
        d->registry->owner = nullptr;
        calls.assign(d->registry->active.begin(), d->registry->active.end());
    }
    for (auto &call : calls)
        call.first->TryCancel();
    calls.clear();
    // Cancelled calls finish quickly; wait so that none outlives what it refers to.
    std::unique_lock lock(d->registry->mutex);
    d->registry->idle.wait_for(lock, std::chrono::seconds(2), [this] { return d->registry->active.empty(); });
}

void BackendConnection::setTarget(const QString &target)
{
    if (target == d->target && d->channel)
        return;
    d->target = target;
    std::shared_ptr<grpc::ChannelCredentials> credentials;
    if (isLoopback(target)) {
        credentials = grpc::experimental::LocalCredentials(LOCAL_TCP);
    } else {
        // Remote servers require TLS; the system's trusted roots verify them.
        credentials = grpc::SslCredentials(grpc::SslCredentialsOptions());
    }
    grpc::ChannelArguments args;
    args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 300);
    args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 3000);
    d->channel = grpc::CreateCustomChannel(target.toStdString(), credentials, args);
    keepForProcess(d->channel);
    d->sessionStub = flowdesk::v1::SessionService::NewStub(d->channel);
    d->flowStub = flowdesk::v1::FlowService::NewStub(d->channel);
    d->eventStub = flowdesk::v1::EventService::NewStub(d->channel);
    d->consecutiveFailures = 0;
    logger()->info("backend target set to {}", target.toStdString());
    setConnectionState(ConnectionState::Connecting);
    emit targetChanged();
}

QString BackendConnection::target() const
{
    return d->target;
}

void BackendConnection::setToken(const QString &token)
{
    d->token = token;
    if (token.isEmpty()) {
        emit tokenChanged();
        return;
    }
    d->expiryReported = false;
    emit tokenChanged();
    auto pending = std::move(d->pendingAfterRelogin);
    d->pendingAfterRelogin.clear();
    if (!pending.empty())
        logger()->info("sending {} call(s) again after signing in", pending.size());
    for (auto &call : pending)
        call.retry();
}

bool BackendConnection::hasToken() const
{
    return !d->token.isEmpty();
}

void BackendConnection::clearPendingCalls()
{
    auto pending = std::move(d->pendingAfterRelogin);
    d->pendingAfterRelogin.clear();
    for (auto &call : pending)
        call.giveUp();
}

int BackendConnection::pendingCallCount() const
{
    return int(d->pendingAfterRelogin.size());
}

void BackendConnection::setLanguage(const QString &language)
{
    // Only what a header value may hold ("de", "de-CH"); anything else is not sent.
    QString clean;
    for (const QChar c : language.trimmed()) {
        if ((c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('-') || c == QLatin1Char('_'))
            clean += c == QLatin1Char('_') ? QLatin1Char('-') : c;
    }
    d->language = clean.left(35).toLower().toStdString();
}

QString BackendConnection::language() const
{
    return QString::fromStdString(d->language);
}

void BackendConnection::setDeadline(std::chrono::milliseconds deadline)
{
    d->deadline = deadline;
}

std::chrono::milliseconds BackendConnection::deadline() const
{
    return d->deadline;
}

ConnectionState BackendConnection::connectionState() const
{
    return d->state;
}

void BackendConnection::setConnectionState(ConnectionState state)
{
    if (d->state == state)
        return;
    d->state = state;
    logger()->info("connection to {}: {}", d->target.toStdString(), connectionStateName(state).toStdString());
    emit connectionStateChanged(state);
}

void BackendConnection::noteReachable()
{
    d->consecutiveFailures = 0;
    setConnectionState(ConnectionState::Connected);
}

void BackendConnection::noteUnreachable()
{
    ++d->consecutiveFailures;
    // A few failed attempts in a row: say "offline" rather than "reconnecting" forever.
    if (d->consecutiveFailures >= 4)
        setConnectionState(ConnectionState::Offline);
    else if (d->state == ConnectionState::Connected)
        setConnectionState(ConnectionState::Reconnecting);
}

void BackendConnection::noteSessionExpired()
{
    if (d->expiryReported)
        return;
    d->expiryReported = true;
    logger()->info("session expired");
    emit sessionExpired();
}

void BackendConnection::checkHealth(QObject *context, std::function<void(bool, const ServiceError &)> done)
{
    if (!d->channel) {
        ServiceError error;
        error.code = ServiceError::Unavailable;
        done(false, error);
        return;
    }
    struct Call
    {
        grpc::ClientContext ctx;
        grpc::ByteBuffer request;
        grpc::ByteBuffer response;
        std::unique_ptr<grpc::GenericStub> stub;
    };
    auto c = std::make_shared<Call>();
    c->ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(2));
    // HealthCheckRequest{service: ""} serialises to zero bytes.
    grpc::Slice empty(std::string{});
    c->request = grpc::ByteBuffer(&empty, 1);
    c->stub = std::make_unique<grpc::GenericStub>(d->channel);
    auto registry = d->registry;
    {
        std::lock_guard lock(registry->mutex);
        registry->active.emplace(&c->ctx, c);
    }
    QPointer<QObject> guard(context);
    const QString target = d->target;
    c->stub->UnaryCall(&c->ctx, "/grpc.health.v1.Health/Check", grpc::StubOptions(), &c->request, &c->response,
                       [c, registry, guard, done, target](grpc::Status status) {
                           bool serving = false;
                           if (status.ok()) {
                               std::vector<grpc::Slice> slices;
                               std::string bytes;
                               if (c->response.Dump(&slices).ok()) {
                                   for (const auto &s : slices)
                                       bytes.append(reinterpret_cast<const char *>(s.begin()), s.size());
                               }
                               // HealthCheckResponse{status: SERVING (1)}: field 1, varint 1.
                               serving = bytes.size() == 2 && bytes[0] == 0x08 && bytes[1] == 0x01;
                           }
                           std::lock_guard lock(registry->mutex);
                           registry->active.erase(&c->ctx);
                           registry->idle.notify_all();
                           if (!registry->owner)
                               return;
                           const ServiceError error = toServiceError(status, target);
                           QMetaObject::invokeMethod(registry->owner, [guard, done, serving, error] {
                               if (guard)
                                   done(serving, error);
                           }, Qt::QueuedConnection);
                       });
}

} // namespace Flowdesk
