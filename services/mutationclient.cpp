#include "mutationclient.h"

#include "backendconnection_p.h"

#include "flowdesk/v1/transaction.grpc.pb.h"

namespace Flowdesk {

namespace v1 = flowdesk::v1;
using TxStub = v1::TransactionService::Stub;

// The TransactionService stub for the connection's current channel. A call keeps
// its own reference, so a stub replaced after a reconnect lives until its calls end.
struct MutationClient::Stubs
{
    std::shared_ptr<grpc::Channel> channel;
    std::shared_ptr<TxStub> stub;

    std::shared_ptr<TxStub> get(BackendConnectionPrivate *d)
    {
        if (!stub || channel != d->channel) {
            channel = d->channel;
            stub = channel ? std::shared_ptr<TxStub>(v1::TransactionService::NewStub(channel)) : nullptr;
        }
        return stub;
    }
};

MutationClient::MutationClient(BackendConnection *connection)
    : m_connection(connection)
    , m_stubs(std::make_shared<Stubs>())
{
}

MutationClient::~MutationClient() = default;

namespace {

// Starts the call of one request type through the stub's async() interface.
template <class Request, class Response>
using AsyncMethod = void (v1::TransactionService::StubInterface::async_interface::*)(grpc::ClientContext *, const Request *, Response *,
                                                      std::function<void(grpc::Status)>);

template <class Request, class Response>
void sendRequest(BackendConnection *connection, const std::shared_ptr<MutationClient::Stubs> &stubs,
                 QObject *context, const QByteArray &bytes, AsyncMethod<Request, Response> method,
                 CallOptions options, std::function<void(const MutationResult &)> done)
{
    Request request;
    request.ParseFromArray(bytes.constData(), int(bytes.size()));
    auto violations = std::make_shared<QList<FieldViolation>>();
    BackendConnectionPrivate::call<Request, Response>(
        connection, context, request,
        [stubs, method, violations](BackendConnectionPrivate *d, grpc::ClientContext *ctx, const Request *req,
                                    Response *resp, std::function<void(grpc::Status)> cb) {
            std::shared_ptr<TxStub> stub = stubs->get(d);
            // The callback keeps the stub alive until the call ends.
            (stub->async()->*method)(ctx, req, resp, [stub, violations, cb = std::move(cb)](grpc::Status status) {
                *violations = violationsFromStatus(status);
                cb(std::move(status));
            });
        },
        [done, violations](const ServiceError &error, const Response &response) {
            MutationResult result;
            result.error = error;
            if (!error.isOk())
                result.violations = *violations;
            if constexpr (std::is_same_v<Response, v1::Transaction>) {
                if (error.isOk())
                    result.transaction = fromProto(response, true);
            }
            done(result);
        },
        options);
}

} // namespace

void MutationClient::send(const Mutation &mutation, QObject *context, Options options, Done done)
{
    CallOptions callOptions;
    callOptions.retryAfterRelogin = options.retryAfterRelogin;
    const QByteArray bytes = mutation.toRequestBytes();
    using Async = v1::TransactionService::StubInterface::async_interface;
    switch (mutation.action) {
    case TransactionAction::EditPayload:
        sendRequest<v1::UpdatePayloadRequest, v1::Transaction>(m_connection, m_stubs, context, bytes,
                                                               &Async::UpdatePayload, callOptions, std::move(done));
        return;
    case TransactionAction::Resubmit:
    case TransactionAction::EditAndResubmit:
        sendRequest<v1::ResubmitRequest, v1::Transaction>(m_connection, m_stubs, context, bytes, &Async::Resubmit,
                                                          callOptions, std::move(done));
        return;
    case TransactionAction::Discard:
        sendRequest<v1::DiscardRequest, v1::Transaction>(m_connection, m_stubs, context, bytes, &Async::Discard,
                                                         callOptions, std::move(done));
        return;
    case TransactionAction::ResolveManually:
        sendRequest<v1::ResolveManuallyRequest, v1::Transaction>(m_connection, m_stubs, context, bytes,
                                                                 &Async::ResolveManually, callOptions, std::move(done));
        return;
    case TransactionAction::Assign:
        sendRequest<v1::AssignRequest, v1::Transaction>(m_connection, m_stubs, context, bytes, &Async::Assign,
                                                        callOptions, std::move(done));
        return;
    case TransactionAction::SetTriageStatus:
        sendRequest<v1::SetTriageStatusRequest, v1::Transaction>(m_connection, m_stubs, context, bytes,
                                                                 &Async::SetTriageStatus, callOptions, std::move(done));
        return;
    case TransactionAction::Comment:
        sendRequest<v1::AddCommentRequest, v1::Comment>(m_connection, m_stubs, context, bytes, &Async::AddComment,
                                                        callOptions, std::move(done));
        return;
    default:
        break;
    }
    MutationResult refused;
    refused.error.code = ServiceError::InvalidArgument;
    refused.error.serverMessage = QStringLiteral("not a change the console can send");
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(m_connection, [guard, done, refused] {
        if (guard)
            done(refused);
    }, Qt::QueuedConnection);
}

} // namespace Flowdesk
