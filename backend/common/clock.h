#pragma once

// Time for flowdeskd: every layer asks a Clock it was given, so that tests can
// run the lifecycle (SLA deadlines, backoff, session expiry) on a clock of their
// own instead of waiting.

#include <atomic>
#include <cstdint>

namespace flowdesk::backend {

// Milliseconds since the Unix epoch (UTC).
using TimeMs = std::int64_t;

class Clock {
public:
    virtual ~Clock() = default;
    virtual TimeMs now() const = 0;

    // The wall clock.
    static const Clock &system();
};

// A clock that stands still until it is set or advanced (tests). Thread-safe.
class ManualClock final : public Clock {
public:
    explicit ManualClock(TimeMs start) : m_now(start) {}
    TimeMs now() const override { return m_now.load(); }
    void set(TimeMs t) { m_now.store(t); }
    void advance(TimeMs ms) { m_now.fetch_add(ms); }

private:
    std::atomic<TimeMs> m_now;
};

} // namespace flowdesk::backend
