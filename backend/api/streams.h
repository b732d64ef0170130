#pragma once

// Long-lived server streams (the event feed, a bulk job's progress) served
// through gRPC's callback API: an open stream holds no thread. It writes when it
// has something to send and otherwise waits to be woken by its hub, which wakes
// every stream it holds when there is news and at every tick.

#include "errors.h"

#include <grpcpp/support/server_callback.h>
#include <grpcpp/server_context.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace flowdesk::backend {

class WakeableStream {
public:
    virtual ~WakeableStream() = default;
    // Asks the stream to send what it has, if no write is under way.
    virtual void wake() = 0;
    // The server stops: the stream ends (UNAVAILABLE) once no write is under way.
    virtual void stop() = 0;
};

// The open streams of one method. Owns them until gRPC is done with them.
class StreamHub {
public:
    StreamHub() = default;
    ~StreamHub();
    StreamHub(const StreamHub &) = delete;
    StreamHub &operator=(const StreamHub &) = delete;

    void add(const std::shared_ptr<WakeableStream> &stream);
    // Drops the stream; the caller holds the last reference.
    std::shared_ptr<WakeableStream> remove(WakeableStream *stream);
    void wakeAll();
    // Ends every open stream and every one opened later; stops the hub's thread.
    void stopAll();
    bool stopped() const { return m_stopped; }
    std::size_t size() const;

    // Runs `wait` over and over on a thread of the hub's own, waking every
    // stream after each return, until stopAll(). `wait` returns within a tick.
    void run(std::function<void()> wait);

private:
    mutable std::mutex m_mutex;
    std::map<WakeableStream *, std::shared_ptr<WakeableStream>> m_streams;
    std::atomic<bool> m_stopped{false};
    std::thread m_thread;
};

// A server stream of Msg. Subclasses say what to send next; everything else
// (one write at a time, cancellation, the server stopping, lifetime) is here.
template<typename Msg>
class ServerStream : public grpc::ServerWriteReactor<Msg>, public WakeableStream {
public:
    enum class Next {
        Send,      // *out is the next message
        SendLast,  // *out is the last message; the stream then ends OK
        Wait,      // nothing now; wake() again later
        Finish,    // end with *status
    };

    // Hands the stream to hub and starts it; returns what gRPC's method returns.
    static grpc::ServerWriteReactor<Msg> *open(const std::shared_ptr<ServerStream> &stream, StreamHub &hub,
                                               grpc::CallbackServerContext *context)
    {
        stream->m_hub = &hub;
        stream->m_context = context;
        hub.add(stream);
        if (hub.stopped())
            stream->stop();
        else
            stream->wake();
        return stream.get();
    }

    void wake() override
    {
        const std::lock_guard<std::recursive_mutex> lock(m_mutex);
        if (m_writing || m_finished)
            return;
        grpc::Status status;
        Next next = Next::Finish;
        // A client that left is noticed by OnCancel, and at the latest at the hub's next wake.
        if (m_cancelled || m_context->IsCancelled()) {
            status = grpc::Status::CANCELLED;
        } else if (m_stopping) {
            status = grpc::Status(grpc::StatusCode::UNAVAILABLE, "The backend is shutting down");
        } else if (m_lastSent) {
            status = grpc::Status::OK;
        } else {
            m_out.Clear();
            const grpc::Status produced = guarded(m_method, [&] {
                next = produce(&m_out, &status);
                return grpc::Status::OK;
            });
            if (!produced.ok()) {
                next = Next::Finish;
                status = produced;
            }
        }
        switch (next) {
        case Next::Wait:
            return;
        case Next::Send:
        case Next::SendLast:
            m_writing = true;
            m_lastSent = next == Next::SendLast;
            this->StartWrite(&m_out);
            return;
        case Next::Finish:
            m_finished = true;
            this->Finish(status);
            return;
        }
    }

    void stop() override
    {
        {
            const std::lock_guard<std::recursive_mutex> lock(m_mutex);
            m_stopping = true;
        }
        wake();
    }

    void OnWriteDone(bool ok) override
    {
        const std::lock_guard<std::recursive_mutex> lock(m_mutex);
        m_writing = false;
        if (!ok) {
            // The client is gone or the call was cancelled.
            m_finished = true;
            this->Finish(grpc::Status::OK);
            return;
        }
        wake();
    }

    void OnCancel() override
    {
        const std::lock_guard<std::recursive_mutex> lock(m_mutex);
        m_cancelled = true;
        wake();
    }

    void OnDone() override
    {
        // gRPC calls OnDone once the other reactions and calls have returned,
        // ordered by its own locks; taking the stream's lock makes that order
        // one that ThreadSanitizer sees too.
        { const std::lock_guard<std::recursive_mutex> lock(m_mutex); }
        // The hub's reference goes with this scope, and the stream with it.
        const auto last = m_hub->remove(this);
    }

protected:
    explicit ServerStream(const char *method) : m_method(method) {}

    // Called with the stream's lock held, never while a write is under way.
    // May throw ApiError (or any exception): the stream ends with its status.
    virtual Next produce(Msg *out, grpc::Status *status) = 0;

private:
    const char *m_method;
    StreamHub *m_hub = nullptr;
    grpc::CallbackServerContext *m_context = nullptr;
    // Guards the state below and every call into gRPC's reactor (StartWrite,
    // Finish), so that no two of them run at once and each sees what the one
    // before did. Recursive: a reaction gRPC runs inline from such a call
    // finds it held by its own thread.
    std::recursive_mutex m_mutex;
    Msg m_out;  // the message being written; touched only while no write is under way
    bool m_writing = false;
    bool m_finished = false;
    bool m_lastSent = false;
    bool m_cancelled = false;
    bool m_stopping = false;
};

// A stream refused before it started: ends at once with status.
template<typename Msg>
class RefusedStream final : public grpc::ServerWriteReactor<Msg> {
public:
    explicit RefusedStream(const grpc::Status &status) { this->Finish(status); }
    void OnDone() override { delete this; }
};

} // namespace flowdesk::backend
