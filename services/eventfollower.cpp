#include "eventfollower.h"

#include "backendconnection_p.h"

#include <QTimer>

#include <type_traits>

#include <spdlog/spdlog.h>

namespace Flowdesk {

namespace {
std::shared_ptr<spdlog::logger> logger()
{
    auto l = spdlog::get("console");
    return l ? l : spdlog::default_logger();
}
constexpr int InitialBackoffMs = 300;
constexpr int MaxBackoffMs = 8000;
} // namespace

// A stream's call, whichever method it follows.
struct WatchCall
{
    virtual ~WatchCall() = default;
    grpc::ClientContext context;
    flowdesk::v1::WatchRequest request;
};

// Shared between the follower (GUI thread) and its streams' reactors (gRPC threads).
struct WatchSink
{
    std::mutex mutex;
    std::condition_variable idle;
    EventFollower *follower = nullptr; // cleared when the follower goes away
    std::weak_ptr<WatchCall> current;
    int alive = 0; // reactors not yet done
    QList<FlowEvent> pending;
    bool deliveryQueued = false;
};

static void appendEvents(QList<FlowEvent> &out, const flowdesk::v1::Event &event)
{
    out << fromProto(event);
}

static void appendEvents(QList<FlowEvent> &out, const flowdesk::v1::EventBatch &batch)
{
    out.reserve(out.size() + batch.events_size());
    for (const auto &event : batch.events())
        out << fromProto(event);
}

// One stream of Watch (Msg = Event) or WatchBatches (Msg = EventBatch). Keeps
// itself alive until gRPC reports it done.
template<typename Msg>
class WatchReactor final : public WatchCall, public grpc::ClientReadReactor<Msg>
{
public:
    WatchReactor(std::shared_ptr<WatchSink> sink, int generation, QString target)
        : m_sink(std::move(sink))
        , m_generation(generation)
        , m_target(std::move(target))
    {
    }

    static std::shared_ptr<WatchReactor> create(std::shared_ptr<WatchSink> sink, int generation, QString target)
    {
        auto r = std::make_shared<WatchReactor>(sink, generation, std::move(target));
        r->m_self = r;
        std::lock_guard lock(sink->mutex);
        ++sink->alive;
        sink->current = r;
        return r;
    }

    void start(flowdesk::v1::EventService::Stub *stub)
    {
        if constexpr (std::is_same_v<Msg, flowdesk::v1::EventBatch>)
            stub->async()->WatchBatches(&context, &request, this);
        else
            stub->async()->Watch(&context, &request, this);
        this->StartRead(&m_message);
        this->StartCall();
    }

    void OnReadDone(bool ok) override
    {
        if (!ok)
            return; // the stream ends; OnDone follows
        QList<FlowEvent> events;
        appendEvents(events, m_message);
        {
            std::lock_guard lock(m_sink->mutex);
            m_sink->pending << events;
            if (m_sink->follower && !m_sink->deliveryQueued) {
                m_sink->deliveryQueued = true;
                EventFollower *f = m_sink->follower;
                // One delivery per burst: events arriving meanwhile join `pending`.
                QMetaObject::invokeMethod(f, [f] { f->deliverPending(); }, Qt::QueuedConnection);
            }
        }
        this->StartRead(&m_message);
    }

    void OnDone(const grpc::Status &status) override
    {
        std::shared_ptr<WatchReactor> keep = std::move(m_self);
        std::lock_guard lock(m_sink->mutex);
        if (EventFollower *f = m_sink->follower) {
            const ServiceError error = toServiceError(status, m_target);
            const int generation = m_generation;
            QMetaObject::invokeMethod(f, [f, error, generation] { f->onStreamDone(error, generation); },
                                      Qt::QueuedConnection);
        }
        --m_sink->alive;
        m_sink->idle.notify_all();
    }

private:
    std::shared_ptr<WatchSink> m_sink;
    std::shared_ptr<WatchReactor> m_self;
    int m_generation;
    QString m_target;
    Msg m_message;
};

EventFollower::EventFollower(BackendConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_sink(std::make_shared<WatchSink>())
    , m_retryTimer(new QTimer(this))
    , m_watchdog(new QTimer(this))
{
    m_watchdog->setSingleShot(true);
    m_watchdog->setInterval(45000);
    connect(m_watchdog, &QTimer::timeout, this, &EventFollower::onSilence);
    m_sink->follower = this;
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &EventFollower::openStream);
    connect(m_connection, &BackendConnection::tokenChanged, this, [this] {
        if (m_running && m_waitingForToken && m_connection->hasToken()) {
            m_waitingForToken = false;
            openStream();
        }
    });
    connect(m_connection, &BackendConnection::targetChanged, this, [this] {
        m_batches = true; // another backend may offer what this one did not
        if (m_running) {
            cancelStream();
            openStream();
        }
    });
}

EventFollower::~EventFollower()
{
    {
        std::lock_guard lock(m_sink->mutex);
        m_sink->follower = nullptr;
    }
    cancelStream();
    std::unique_lock lock(m_sink->mutex);
    m_sink->idle.wait_for(lock, std::chrono::seconds(2), [this] { return m_sink->alive == 0; });
}

void EventFollower::start(qint64 sinceSequence)
{
    m_running = true;
    m_lastSequence = sinceSequence;
    m_backoffMs = 0;
    m_reconnects = 0;
    cancelStream();
    {
        // Whatever an earlier stream left undelivered belongs to the old position.
        std::lock_guard lock(m_sink->mutex);
        m_sink->pending.clear();
    }
    openStream();
}

void EventFollower::setSilenceTimeout(int ms)
{
    m_watchdog->setInterval(ms);
}

void EventFollower::onSilence()
{
    if (!m_running || !m_streaming)
        return;
    logger()->warn("no event or heartbeat for {} ms, opening the stream again", m_watchdog->interval());
    cancelStream();
    m_connection->noteUnreachable();
    m_batches = true; // as when the backend went away: what answers next may offer them
    scheduleReconnect();
}

void EventFollower::stop()
{
    m_running = false;
    m_retryTimer->stop();
    m_watchdog->stop();
    cancelStream();
}

void EventFollower::cancelStream()
{
    ++m_generation; // whatever the old stream still reports no longer concerns us
    m_streaming = false;
    std::shared_ptr<WatchCall> reactor;
    {
        std::lock_guard lock(m_sink->mutex);
        reactor = m_sink->current.lock();
        m_sink->current.reset();
    }
    if (reactor)
        reactor->context.TryCancel();
}

void EventFollower::openStream()
{
    if (!m_running)
        return;
    BackendConnectionPrivate *d = m_connection->d_func();
    if (!d->eventStub)
        return;
    if (!m_connection->hasToken()) {
        m_waitingForToken = true;
        return;
    }
    cancelStream();

    auto open = [&](auto reactor) {
        // A long deadline: the stream is simply opened again when it expires.
        reactor->context.set_deadline(std::chrono::system_clock::now() + m_streamDeadline);
        d->addMetadata(reactor->context, CallOptions{});
        reactor->request.set_since_sequence(m_lastSequence);
        m_lastRequested = m_lastSequence;
        m_streaming = true;
        m_watchdog->start();
        logger()->info("following events from sequence {}{}", m_lastSequence, m_batches ? "" : " (one per message)");
        reactor->start(d->eventStub.get());
    };
    if (m_batches)
        open(WatchReactor<flowdesk::v1::EventBatch>::create(m_sink, m_generation, d->target));
    else
        open(WatchReactor<flowdesk::v1::Event>::create(m_sink, m_generation, d->target));
    emit streamStarted(m_lastRequested);
}

void EventFollower::deliverPending()
{
    QList<FlowEvent> events;
    {
        std::lock_guard lock(m_sink->mutex);
        events.swap(m_sink->pending);
        m_sink->deliveryQueued = false;
    }
    if (events.isEmpty() || !m_running)
        return;
    QList<FlowEvent> fresh;
    fresh.reserve(events.size());
    for (const FlowEvent &e : events) {
        // After a reconnect the backend replays from our sequence: drop anything seen.
        if (e.sequence <= m_lastSequence && m_lastSequence >= 0)
            continue;
        m_lastSequence = e.sequence;
        if (e.type != FlowEvent::Type::Heartbeat)
            fresh << e;
    }
    m_backoffMs = 0;
    if (m_streaming)
        m_watchdog->start();
    m_connection->noteReachable();
    if (!fresh.isEmpty())
        emit eventsReceived(fresh);
}

void EventFollower::onStreamDone(const ServiceError &error, int generation)
{
    deliverPending();
    if (generation != m_generation)
        return;
    m_streaming = false;
    m_watchdog->stop();
    if (!m_running || error.code == ServiceError::Cancelled)
        return;
    if (error.code == ServiceError::Unimplemented && m_batches) {
        // A backend of the contract's fixed outline: follow it one event per message.
        logger()->info("the backend does not send events in batches; following them one by one");
        m_batches = false;
        openStream();
        return;
    }
    logger()->info("event stream ended: code {} {}", int(error.code), error.reason.toStdString());
    emit streamBroken(error);
    if (error.code == ServiceError::OutOfRange) {
        // The backend no longer has our position: reload everything, then follow live.
        m_lastSequence = -1;
        emit reloadRequired();
        openStream();
        return;
    }
    if (error.code == ServiceError::Unauthenticated) {
        if (error.isSessionEnded())
            m_connection->noteSessionExpired();
        m_waitingForToken = true;
        return;
    }
    if (error.code == ServiceError::DeadlineExceeded) {
        // The stream's own deadline: carry on from where it ended.
        openStream();
        return;
    }
    if (error.isUnreachable() || error.code == ServiceError::Ok) {
        m_connection->noteUnreachable();
        // The backend went away: what comes back may be a newer one that offers
        // batches. If it does not, it says so at once and Watch follows.
        m_batches = true;
    }
    scheduleReconnect();
}

void EventFollower::scheduleReconnect()
{
    m_backoffMs = m_backoffMs == 0 ? InitialBackoffMs : std::min(m_backoffMs * 2, MaxBackoffMs);
    ++m_reconnects;
    m_retryTimer->start(m_backoffMs);
}

} // namespace Flowdesk
