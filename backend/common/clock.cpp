#include "clock.h"

#include <chrono>

namespace flowdesk::backend {

namespace {

class SystemClock final : public Clock {
public:
    TimeMs now() const override
    {
        using namespace std::chrono;
        return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    }
};

} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace flowdesk::backend
