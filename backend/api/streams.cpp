#include "streams.h"

#include <vector>

namespace flowdesk::backend {

StreamHub::~StreamHub()
{
    stopAll();
    if (m_thread.joinable())
        m_thread.join();
}

void StreamHub::add(const std::shared_ptr<WakeableStream> &stream)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_streams[stream.get()] = stream;
}

std::shared_ptr<WakeableStream> StreamHub::remove(WakeableStream *stream)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_streams.find(stream);
    if (it == m_streams.end())
        return {};
    auto last = std::move(it->second);
    m_streams.erase(it);
    return last;
}

std::size_t StreamHub::size() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_streams.size();
}

void StreamHub::wakeAll()
{
    std::vector<std::shared_ptr<WakeableStream>> streams;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        streams.reserve(m_streams.size());
        for (const auto &[key, stream] : m_streams)
            streams.push_back(stream);
    }
    for (const auto &s : streams)
        s->wake();
}

void StreamHub::stopAll()
{
    m_stopped = true;
    std::vector<std::shared_ptr<WakeableStream>> streams;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        for (const auto &[key, stream] : m_streams)
            streams.push_back(stream);
    }
    for (const auto &s : streams)
        s->stop();
}

void StreamHub::run(std::function<void()> wait)
{
    m_thread = std::thread([this, wait = std::move(wait)] {
        while (!m_stopped) {
            wait();
            if (!m_stopped)
                wakeAll();
        }
    });
}

} // namespace flowdesk::backend
