// EventService: the change feed, resumable from a sequence number.

#include "mapping.h"
#include "store.h"
#include "svc_context.h"

#include "flowdesk/v1/event.grpc.pb.h"

#include <chrono>

namespace flowdesk::backend {

namespace {

namespace v1 = flowdesk::v1;

class EventServiceImpl final : public v1::EventService::Service {
public:
    explicit EventServiceImpl(ApiContext &ctx) : m_ctx(ctx) {}

    grpc::Status Watch(grpc::ServerContext *context, const v1::WatchRequest *request,
                       grpc::ServerWriter<v1::Event> *writer) override
    {
        return guarded("Watch", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.EventService/Watch");
            std::int64_t cursor = request->since_sequence();
            if (cursor < -1)
                failInvalid("since_sequence must be -1 (live end) or a sequence number", "INVALID_ARGUMENT",
                            {{"since_sequence", "less than -1"}});
            if (cursor == -1) {
                cursor = m_ctx.store.lastEventSequence();
            } else {
                const std::int64_t oldest = m_ctx.store.oldestEventSequence();
                const std::int64_t last = m_ctx.store.lastEventSequence();
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
            const auto heartbeat = std::chrono::milliseconds(m_ctx.heartbeatMs);
            auto lastSent = std::chrono::steady_clock::now();
            v1::Event out;
            while (!m_ctx.shuttingDown && !context->IsCancelled()) {
                const auto batch = m_ctx.store.eventsAfter(cursor, 1000);
                for (const auto &e : batch) {
                    cursor = e.sequence;
                    if (e.type == EventType::TransactionChanged && !caller.sees(e.plant, e.domain))
                        continue;
                    out.Clear();
                    toProto(e, &out);
                    if (!writer->Write(out))
                        return grpc::Status::OK;
                    lastSent = std::chrono::steady_clock::now();
                }
                if (batch.size() == 1000)
                    continue;
                const auto now = std::chrono::steady_clock::now();
                if (now - lastSent >= heartbeat) {
                    out.Clear();
                    out.set_sequence(cursor);
                    out.set_type(v1::EVENT_TYPE_HEARTBEAT);
                    setTime(out.mutable_time(), m_ctx.clock.now());
                    if (!writer->Write(out))
                        return grpc::Status::OK;
                    lastSent = now;
                }
                const auto untilHeartbeat = std::chrono::duration_cast<std::chrono::milliseconds>(
                    heartbeat - (std::chrono::steady_clock::now() - lastSent));
                m_ctx.store.waitForEvents(cursor, std::clamp(untilHeartbeat, std::chrono::milliseconds(1),
                                                             std::chrono::milliseconds(500)));
            }
            if (context->IsCancelled())
                return grpc::Status::CANCELLED;
            return grpc::Status(grpc::StatusCode::UNAVAILABLE, "The backend is shutting down");
        });
    }

private:
    ApiContext &m_ctx;
};

} // namespace

std::unique_ptr<grpc::Service> makeEventService(ApiContext &ctx)
{
    return std::make_unique<EventServiceImpl>(ctx);
}

} // namespace flowdesk::backend
