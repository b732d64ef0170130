#include "parallel.h"

#include <algorithm>

namespace flowdesk::backend {

ParallelSteps::ParallelSteps(int threads)
{
    for (int i = 0; i < threads; ++i)
        m_threads.emplace_back([this] { helper(); });
}

ParallelSteps::~ParallelSteps()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_work.notify_all();
    for (auto &t : m_threads)
        t.join();
}

ParallelSteps::Job *ParallelSteps::openJob()
{
    for (Job *j : m_jobs)
        if (j->next < j->n)
            return j;
    return nullptr;
}

void ParallelSteps::helper()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_work.wait(lock, [this] { return m_stop || openJob(); });
        if (m_stop)
            return;
        Job *job = openJob();
        const std::size_t i = job->next++;
        lock.unlock();
        (*job->step)(i);
        lock.lock();
        // The job outlives this: its caller waits for every step under this lock.
        if (++job->done == job->n)
            job->finished.notify_all();
    }
}

void ParallelSteps::run(std::size_t n, const std::function<void(std::size_t)> &step)
{
    if (n == 0)
        return;
    Job job;
    job.step = &step;
    job.n = n;
    std::unique_lock lock(m_mutex);
    if (n > 1 && !m_threads.empty()) {
        m_jobs.push_back(&job);
        m_work.notify_all();
    }
    while (job.next < job.n) {
        const std::size_t i = job.next++;
        lock.unlock();
        step(i);
        lock.lock();
        ++job.done;
    }
    job.finished.wait(lock, [&] { return job.done == job.n; });
    m_jobs.erase(std::remove(m_jobs.begin(), m_jobs.end(), &job), m_jobs.end());
}

} // namespace flowdesk::backend
