// EventService: the change feed, resumable from a sequence number. Each
// subscriber receives the events about what it may read (the domain's
// Actor::eventView); open streams hold no thread: one thread per server waits
// for new events and wakes them.

#include "mapping.h"
#include "store.h"
#include "streams.h"
#include "svc_context.h"

#include "flowdesk/v1/event.grpc.pb.h"

#include <algorithm>
#include <chrono>
#include <deque>
#include <thread>

#include <spdlog/spdlog.h>

namespace flowdesk::backend {

namespace {

namespace v1 = flowdesk::v1;

using Clock = std::chrono::steady_clock;

// The events of the store as one server follows them.
class EventFeed {
public:
    explicit EventFeed(ApiContext &ctx) : m_ctx(ctx) {}

    void start()
    {
        m_last = m_ctx.store.lastEventSequence();
        m_hub.run([this] { waitForNews(); });
        m_ctx.shutdownHooks.push_back([this] { m_hub.stopAll(); });
    }

    ApiContext &ctx() { return m_ctx; }
    StreamHub &hub() { return m_hub; }
    // The last sequence this feed knows of; streams beyond it have nothing to read.
    std::int64_t last() const { return m_last; }

    std::chrono::milliseconds tick() const
    {
        return std::clamp(std::chrono::milliseconds(m_ctx.heartbeatMs / 2), std::chrono::milliseconds(5),
                          std::chrono::milliseconds(500));
    }

private:
    void waitForNews()
    {
        const bool news = m_ctx.store.waitForEvents(m_last, tick());
        if (m_ctx.shuttingDown)
            return;
        try {
            const std::int64_t last = m_ctx.store.lastEventSequence();
            if (last > m_last)
                m_last = last;
            else if (news)
                std::this_thread::sleep_for(tick());  // published, not yet readable: do not spin
        } catch (const std::exception &e) {
            apiLog()->warn("event feed: cannot read the last sequence: {}", e.what());
            std::this_thread::sleep_for(tick());
        }
    }

    ApiContext &m_ctx;
    StreamHub m_hub;
    std::atomic<std::int64_t> m_last{0};
};

// Events in one message each (Watch) or the ready ones together (WatchBatches).
constexpr int kMaxEventsPerBatch = 500;

void take(std::deque<v1::Event> &queue, v1::Event *out)
{
    *out = std::move(queue.front());
    queue.pop_front();
}

void take(std::deque<v1::Event> &queue, v1::EventBatch *out)
{
    while (!queue.empty() && out->events_size() < kMaxEventsPerBatch) {
        *out->add_events() = std::move(queue.front());
        queue.pop_front();
    }
}

v1::Event *heartbeatOf(v1::Event *out) { return out; }
v1::Event *heartbeatOf(v1::EventBatch *out) { return out->add_events(); }

// One subscriber's stream: what it may see of the feed after its cursor, then
// heartbeats while nothing happens.
template<typename Msg>
class WatchStream final : public ServerStream<Msg> {
    using Next = typename ServerStream<Msg>::Next;

public:
    WatchStream(const char *method, EventFeed &feed, Caller caller, std::int64_t cursor)
        : ServerStream<Msg>(method), m_feed(feed), m_caller(std::move(caller)), m_cursor(cursor)
    {
    }

protected:
    Next produce(Msg *out, grpc::Status *status) override
    {
        if (m_feed.ctx().shuttingDown) {
            *status = grpc::Status(grpc::StatusCode::UNAVAILABLE, "The backend is shutting down");
            return Next::Finish;
        }
        if (m_queue.empty() && (m_first || m_cursor < m_feed.last()))
            refill();
        m_first = false;
        const auto now = Clock::now();
        if (!m_queue.empty()) {
            take(m_queue, out);
            m_lastSent = now;
            return Next::Send;
        }
        if (now - m_lastSent >= std::chrono::milliseconds(m_feed.ctx().heartbeatMs)) {
            // The position after every event read so far, those this caller may
            // not see included: resuming from it leaves no gap.
            v1::Event *beat = heartbeatOf(out);
            beat->set_sequence(m_cursor);
            beat->set_type(v1::EVENT_TYPE_HEARTBEAT);
            setTime(beat->mutable_time(), m_feed.ctx().clock.now());
            m_lastSent = now;
            return Next::Send;
        }
        return Next::Wait;
    }

private:
    void refill()
    {
        constexpr int kBatch = 500;
        for (;;) {
            const auto batch = m_feed.ctx().store.eventsAfter(m_cursor, kBatch);
            for (const auto &e : batch) {
                m_cursor = e.sequence;
                if (const auto view = m_caller.eventView(e)) {
                    m_queue.emplace_back();
                    toProto(*view, &m_queue.back());
                }
            }
            if (!m_queue.empty() || batch.size() < static_cast<std::size_t>(kBatch))
                return;
        }
    }

    EventFeed &m_feed;
    const Caller m_caller;
    std::int64_t m_cursor;
    std::deque<v1::Event> m_queue;
    Clock::time_point m_lastSent = Clock::now();
    bool m_first = true;
};

class EventServiceImpl final : public v1::EventService::CallbackService {
public:
    explicit EventServiceImpl(ApiContext &ctx) : m_feed(ctx) { m_feed.start(); }

    grpc::ServerWriteReactor<v1::Event> *Watch(grpc::CallbackServerContext *context,
                                               const v1::WatchRequest *request) override
    {
        return open<v1::Event>("Watch", "/flowdesk.v1.EventService/Watch", context, request);
    }

    grpc::ServerWriteReactor<v1::EventBatch> *WatchBatches(grpc::CallbackServerContext *context,
                                                           const v1::WatchRequest *request) override
    {
        return open<v1::EventBatch>("WatchBatches", "/flowdesk.v1.EventService/WatchBatches", context, request);
    }

private:
    template<typename Msg>
    grpc::ServerWriteReactor<Msg> *open(const char *method, const char *fullMethod,
                                        grpc::CallbackServerContext *context, const v1::WatchRequest *request)
    {
        ApiContext &ctx = m_feed.ctx();
        if (ctx.shuttingDown)
            return new RefusedStream<Msg>(
                grpc::Status(grpc::StatusCode::UNAVAILABLE, "The backend is shutting down"));
        std::shared_ptr<WatchStream<Msg>> stream;
        const grpc::Status status = guarded(method, [&] {
            Caller caller = ctx.authorize(context, fullMethod);
            std::int64_t cursor = request->since_sequence();
            if (cursor < -1)
                failInvalid("since_sequence must be -1 (live end) or a sequence number", "INVALID_ARGUMENT",
                            {{"since_sequence", "less than -1"}});
            if (cursor == -1) {
                cursor = ctx.store.lastEventSequence();
            } else {
                const std::int64_t oldest = ctx.store.oldestEventSequence();
                const std::int64_t last = ctx.store.lastEventSequence();
                // Events after the cursor that are no longer retained would leave a hole.
                if ((oldest > 0 && cursor < oldest - 1) || (oldest == 0 && cursor < last)) {
                    v1::ErrorDetails details;
                    details.set_reason("EVENTS_EXPIRED");
                    (*details.mutable_metadata())["oldest_sequence"] = std::to_string(oldest);
                    throw ApiError(makeStatus(grpc::StatusCode::OUT_OF_RANGE,
                                              "The backend no longer keeps events that far back; reload, then "
                                              "watch from the latest sequence",
                                              details));
                }
            }
            stream = std::make_shared<WatchStream<Msg>>(method, m_feed, std::move(caller), cursor);
            return grpc::Status::OK;
        });
        if (!status.ok())
            return new RefusedStream<Msg>(status);
        return ServerStream<Msg>::open(stream, m_feed.hub(), context);
    }

    EventFeed m_feed;
};

} // namespace

std::unique_ptr<grpc::Service> makeEventService(ApiContext &ctx)
{
    return std::make_unique<EventServiceImpl>(ctx);
}

} // namespace flowdesk::backend
