#pragma once

// A fixed set of threads that runs the steps of a job at the same time: the
// engine's deliveries, which mostly wait on a remote target. Several callers
// may run jobs at once; each caller works on its own job too.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace flowdesk::backend {

class ParallelSteps {
public:
    // `threads` helpers besides each caller (0: every job runs on its caller).
    explicit ParallelSteps(int threads);
    ~ParallelSteps();

    ParallelSteps(const ParallelSteps &) = delete;
    ParallelSteps &operator=(const ParallelSteps &) = delete;

    // Calls step(i) once for every i in [0, n), on the helpers and the calling
    // thread; returns when every step has returned. step must not throw.
    void run(std::size_t n, const std::function<void(std::size_t)> &step);

private:
    struct Job {
        const std::function<void(std::size_t)> *step = nullptr;
        std::size_t n = 0;
        std::size_t next = 0;  // the next step to hand out
        std::size_t done = 0;
        std::condition_variable finished;
    };
    Job *openJob();
    void helper();

    std::mutex m_mutex;
    std::condition_variable m_work;
    std::deque<Job *> m_jobs;
    bool m_stop = false;
    std::vector<std::thread> m_threads;
};

} // namespace flowdesk::backend
