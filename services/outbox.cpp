#include "outbox.h"

#include "backendconnection_p.h"
#include "cache/cachestore.h"

#include <QJsonDocument>
#include <QUuid>

#include "flowdesk/v1/transaction.grpc.pb.h"

namespace Flowdesk {

namespace {

Cache::OutboxRecord toRecord(const OutboxAction &a)
{
    Cache::OutboxRecord r;
    r.id = a.id;
    r.kind = a.kind;
    r.transactionId = a.transactionId;
    r.expectedVersion = a.expectedVersion;
    r.requestId = a.requestId;
    r.payload = QJsonDocument(a.payload).toJson(QJsonDocument::Compact);
    r.createdAt = a.createdAt;
    r.state = static_cast<Cache::OutboxRecord::State>(a.state);
    r.message = a.message;
    return r;
}

OutboxAction fromRecord(const Cache::OutboxRecord &r)
{
    OutboxAction a;
    a.id = r.id;
    a.kind = r.kind;
    a.transactionId = r.transactionId;
    a.expectedVersion = r.expectedVersion;
    a.requestId = r.requestId;
    a.payload = QJsonDocument::fromJson(r.payload).object();
    a.createdAt = r.createdAt;
    a.state = static_cast<OutboxAction::State>(r.state);
    a.message = r.message;
    return a;
}

} // namespace

QString OutboxAction::description() const
{
    const char *ctx = "Flowdesk::Outbox";
    if (kind == QLatin1String("comment"))
        return QCoreApplication::translate(ctx, "Comment on %1").arg(transactionId);
    if (kind == QLatin1String("assign"))
        return QCoreApplication::translate(ctx, "Assign %1").arg(transactionId);
    if (kind == QLatin1String("triage"))
        return QCoreApplication::translate(ctx, "Set triage status of %1").arg(transactionId);
    if (kind == QLatin1String("edit"))
        return QCoreApplication::translate(ctx, "Edit payload of %1").arg(transactionId);
    if (kind == QLatin1String("resubmit"))
        return QCoreApplication::translate(ctx, "Resubmit %1").arg(transactionId);
    if (kind == QLatin1String("discard"))
        return QCoreApplication::translate(ctx, "Discard %1").arg(transactionId);
    if (kind == QLatin1String("resolve"))
        return QCoreApplication::translate(ctx, "Resolve %1 manually").arg(transactionId);
    return QCoreApplication::translate(ctx, "%1 on %2").arg(kind, transactionId);
}

// The TransactionService stub, made for the connection's current channel. Calls
// keep their own reference, so a stub replaced after a reconnect lives until they end.
struct Outbox::StubHolder
{
    std::shared_ptr<grpc::Channel> channel;
    std::shared_ptr<flowdesk::v1::TransactionService::Stub> stub;

    std::shared_ptr<flowdesk::v1::TransactionService::Stub> get(BackendConnectionPrivate *d)
    {
        if (!stub || channel != d->channel) {
            channel = d->channel;
            stub = channel ? std::shared_ptr<flowdesk::v1::TransactionService::Stub>(
                                 flowdesk::v1::TransactionService::NewStub(channel))
                           : nullptr;
        }
        return stub;
    }
};

Outbox::Outbox(CacheStore *cache, BackendConnection *connection, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_connection(connection)
    , m_stubs(std::make_unique<StubHolder>())
{
    qRegisterMetaType<Flowdesk::OutboxAction>();
    m_executor = [this](const OutboxAction &action, QObject *context, std::function<void(const ServiceError &)> done) {
        sendOverConnection(action, context, std::move(done));
    };
}

Outbox::~Outbox() = default;

void Outbox::load()
{
    m_cache->outbox(this, [this](const QList<Cache::OutboxRecord> &records) {
        m_actions.clear();
        for (const auto &r : records)
            m_actions << fromRecord(r);
        m_loaded = true;
        emit changed();
    });
}

int Outbox::pendingCount() const
{
    return int(std::count_if(m_actions.cbegin(), m_actions.cend(),
                             [](const OutboxAction &a) { return a.state == OutboxAction::State::Pending; }));
}

int Outbox::conflictCount() const
{
    return int(m_actions.size()) - pendingCount();
}

bool Outbox::hasActionsFor(const QString &transactionId) const
{
    return std::any_of(m_actions.cbegin(), m_actions.cend(),
                       [&](const OutboxAction &a) { return a.transactionId == transactionId; });
}

void Outbox::enqueue(OutboxAction action, QObject *context, std::function<void(const OutboxAction &)> done)
{
    if (action.requestId.isEmpty())
        action.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!action.createdAt.isValid())
        action.createdAt = QDateTime::currentDateTimeUtc();
    action.state = OutboxAction::State::Pending;
    action.id = 0;
    QPointer<QObject> guard(context);
    m_cache->enqueue(toRecord(action), this, [this, action, guard, done, hasContext = context != nullptr](qint64 id) mutable {
        action.id = id;
        if (id > 0) {
            m_actions << action;
            emit changed();
        }
        if (done && (!hasContext || guard))
            done(action);
    });
}

void Outbox::replay()
{
    if (m_replaying) {
        m_replayAgain = true;
        return;
    }
    m_replaying = true;
    m_appliedInRun = 0;
    m_conflictsInRun = 0;
    m_lastTried = 0;
    m_blockedTransactions.clear();
    for (const auto &a : std::as_const(m_actions)) {
        if (a.state != OutboxAction::State::Pending && !m_blockedTransactions.contains(a.transactionId))
            m_blockedTransactions << a.transactionId;
    }
    replayNext();
}

void Outbox::replayNext()
{
    auto next = std::find_if(m_actions.cbegin(), m_actions.cend(), [this](const OutboxAction &a) {
        return a.id > m_lastTried && a.state == OutboxAction::State::Pending
            && !m_blockedTransactions.contains(a.transactionId);
    });
    if (next == m_actions.cend()) {
        finishReplay(pendingCount() == 0);
        return;
    }
    const OutboxAction action = *next;
    m_lastTried = action.id;
    m_executor(action, this, [this, action](const ServiceError &error) {
        if (error.isOk()) {
            // Removed from disk before the next one is sent: a crash in between
            // replays it with the same request id, which the backend answers once.
            m_cache->removeOutbox(action.id, this, [this, action](bool) {
                m_actions.removeIf([&](const OutboxAction &a) { return a.id == action.id; });
                ++m_appliedInRun;
                emit applied(action);
                emit changed();
                replayNext();
            });
            return;
        }
        // Not an answer about the action itself: it stays pending for the next replay.
        if (error.isUnreachable() || error.code == ServiceError::Cancelled || error.code == ServiceError::Unauthenticated
            || error.code == ServiceError::ResourceExhausted || error.code == ServiceError::Internal) {
            finishReplay(false);
            return;
        }
        OutboxAction refused = action;
        refused.state = OutboxAction::State::Conflict;
        refused.message = error.userMessage();
        if (error.currentVersion > 0)
            refused.payload.insert(QStringLiteral("_current_version"), QString::number(error.currentVersion));
        m_cache->setOutboxState(action.id, Cache::OutboxRecord::State::Conflict, refused.message);
        for (auto &a : m_actions) {
            if (a.id == action.id)
                a = refused;
        }
        m_blockedTransactions << action.transactionId;
        ++m_conflictsInRun;
        emit conflict(refused, error);
        emit changed();
        replayNext();
    });
}

void Outbox::finishReplay(bool complete)
{
    m_replaying = false;
    emit replayFinished(m_appliedInRun, m_conflictsInRun, complete);
    if (m_replayAgain) {
        m_replayAgain = false;
        replay();
    }
}

void Outbox::discardAction(qint64 id)
{
    m_cache->removeOutbox(id, this, [this, id](bool) {
        m_actions.removeIf([id](const OutboxAction &a) { return a.id == id; });
        emit changed();
    });
}

void Outbox::retryAction(qint64 id, qint64 newExpectedVersion, std::function<void()> saved)
{
    auto it = std::find_if(m_actions.cbegin(), m_actions.cend(), [id](const OutboxAction &a) { return a.id == id; });
    if (it == m_actions.cend())
        return;
    OutboxAction again = *it;
    again.payload.remove(QStringLiteral("_current_version"));
    again.expectedVersion = newExpectedVersion;
    again.requestId.clear(); // other arguments: a new request
    again.message.clear();
    m_cache->removeOutbox(id, this, [this, id, again, saved](bool) {
        m_actions.removeIf([id](const OutboxAction &a) { return a.id == id; });
        enqueue(again, nullptr, [saved](const OutboxAction &) {
            if (saved)
                saved();
        });
    });
}

void Outbox::sendOverConnection(const OutboxAction &action, QObject *context,
                                std::function<void(const ServiceError &)> done)
{
    namespace v1 = flowdesk::v1;
    using Stub = v1::TransactionService::Stub;
    const std::string id = action.transactionId.toStdString();
    const std::string requestId = action.requestId.toStdString();
    const QJsonObject &p = action.payload;
    auto stubs = m_stubs.get();

    // One call per kind; the answer's body does not matter here (the pages refresh).
    auto send = [&](auto request, auto method) {
        using Request = decltype(request);
        using Response = typename decltype(method)::Response;
        BackendConnectionPrivate::call<Request, Response>(
            m_connection, context, request,
            [stubs, method](BackendConnectionPrivate *d, grpc::ClientContext *ctx, const Request *req, Response *resp,
                            std::function<void(grpc::Status)> cb) {
                auto stub = stubs->get(d);
                // Keeps the stub alive until the call ends.
                method.start(stub, ctx, req, resp, [stub, cb = std::move(cb)](grpc::Status s) { cb(std::move(s)); });
            },
            [done](const ServiceError &error, const Response &) { done(error); }, CallOptions::noRetry());
    };
    auto reason = p.value(QStringLiteral("reason")).toString().toStdString();

    struct CommentCall { using Response = v1::Comment;
        void start(std::shared_ptr<Stub> s, grpc::ClientContext *c, const v1::AddCommentRequest *q, Response *r,
                   std::function<void(grpc::Status)> cb) const { s->async()->AddComment(c, q, r, std::move(cb)); } };
    struct AssignCall { using Response = v1::Transaction;
        void start(std::shared_ptr<Stub> s, grpc::ClientContext *c, const v1::AssignRequest *q, Response *r,
                   std::function<void(grpc::Status)> cb) const { s->async()->Assign(c, q, r, std::move(cb)); } };
    struct TriageCall { using Response = v1::Transaction;
        void start(std::shared_ptr<Stub> s, grpc::ClientContext *c, const v1::SetTriageStatusRequest *q, Response *r,
                   std::function<void(grpc::Status)> cb) const { s->async()->SetTriageStatus(c, q, r, std::move(cb)); } };
    struct EditCall { using Response = v1::Transaction;
        void start(std::shared_ptr<Stub> s, grpc::ClientContext *c, const v1::UpdatePayloadRequest *q, Response *r,
                   std::function<void(grpc::Status)> cb) const { s->async()->UpdatePayload(c, q, r, std::move(cb)); } };
    struct ResubmitCall { using Response = v1::Transaction;
        void start(std::shared_ptr<Stub> s, grpc::ClientContext *c, const v1::ResubmitRequest *q, Response *r,
                   std::function<void(grpc::Status)> cb) const { s->async()->Resubmit(c, q, r, std::move(cb)); } };
    struct DiscardCall { using Response = v1::Transaction;
        void start(std::shared_ptr<Stub> s, grpc::ClientContext *c, const v1::DiscardRequest *q, Response *r,
                   std::function<void(grpc::Status)> cb) const { s->async()->Discard(c, q, r, std::move(cb)); } };
    struct ResolveCall { using Response = v1::Transaction;
        void start(std::shared_ptr<Stub> s, grpc::ClientContext *c, const v1::ResolveManuallyRequest *q, Response *r,
                   std::function<void(grpc::Status)> cb) const { s->async()->ResolveManually(c, q, r, std::move(cb)); } };

    if (action.kind == QLatin1String("comment")) {
        v1::AddCommentRequest r;
        r.set_id(id);
        r.set_text(p.value(QStringLiteral("text")).toString().toStdString());
        r.set_request_id(requestId);
        send(r, CommentCall{});
    } else if (action.kind == QLatin1String("assign")) {
        v1::AssignRequest r;
        r.set_id(id);
        r.set_assignee(p.value(QStringLiteral("assignee")).toString().toStdString());
        r.set_expected_version(action.expectedVersion);
        r.set_request_id(requestId);
        send(r, AssignCall{});
    } else if (action.kind == QLatin1String("triage")) {
        v1::SetTriageStatusRequest r;
        r.set_id(id);
        r.set_triage_status(static_cast<v1::TriageStatus>(p.value(QStringLiteral("triage_status")).toInt()));
        r.set_expected_version(action.expectedVersion);
        r.set_request_id(requestId);
        send(r, TriageCall{});
    } else if (action.kind == QLatin1String("edit")) {
        v1::UpdatePayloadRequest r;
        r.set_id(id);
        r.set_payload_json(p.value(QStringLiteral("payload_json")).toString().toStdString());
        r.set_reason(reason);
        r.set_expected_version(action.expectedVersion);
        r.set_request_id(requestId);
        send(r, EditCall{});
    } else if (action.kind == QLatin1String("resubmit")) {
        v1::ResubmitRequest r;
        r.set_id(id);
        r.set_expected_version(action.expectedVersion);
        r.set_request_id(requestId);
        send(r, ResubmitCall{});
    } else if (action.kind == QLatin1String("discard")) {
        v1::DiscardRequest r;
        r.set_id(id);
        r.set_reason(reason);
        r.set_expected_version(action.expectedVersion);
        r.set_request_id(requestId);
        send(r, DiscardCall{});
    } else if (action.kind == QLatin1String("resolve")) {
        v1::ResolveManuallyRequest r;
        r.set_id(id);
        r.set_reason(reason);
        r.set_expected_version(action.expectedVersion);
        r.set_request_id(requestId);
        send(r, ResolveCall{});
    } else {
        ServiceError error;
        error.code = ServiceError::InvalidArgument;
        error.serverMessage = QStringLiteral("unknown outbox action kind");
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(this, [guard, done, error] {
            if (guard)
                done(error);
        }, Qt::QueuedConnection);
    }
}

} // namespace Flowdesk
