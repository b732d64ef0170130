#pragma once

// Bulk jobs of the TransactionService: one background thread per job, changes
// applied in chunks, progress streamed to watchers.

#include "streams.h"
#include "svc_context.h"

#include "flowdesk/v1/transaction.pb.h"

#include <grpcpp/server_context.h>
#include <grpcpp/support/sync_stream.h>

#include <condition_variable>
#include <map>
#include <set>
#include <thread>
#include <vector>
#include <memory>
#include <mutex>
#include <string>

namespace flowdesk::backend {

class BulkJobs {
public:
    static constexpr std::size_t kChunk = 5000;
    static constexpr std::size_t kMaxItems = 200000;
    // A job reports each refusal up to the first, and each item it changed
    // (or, for a dry run, would change) up to the second.
    static constexpr int kMaxReportedItems = 1000;
    static constexpr int kMaxReportedSuccesses = 500;

    explicit BulkJobs(ApiContext &ctx);
    ~BulkJobs();

    flowdesk::v1::BulkJob start(const Caller &caller, const flowdesk::v1::StartBulkActionRequest &request);
    // The job's progress as a stream that holds no thread: a snapshot at once,
    // then one at each change, until the job ends.
    grpc::ServerWriteReactor<flowdesk::v1::BulkJob> *watch(const Caller &caller, const std::string &jobId,
                                                           grpc::CallbackServerContext *context);
    flowdesk::v1::BulkJob cancel(const Caller &caller, const std::string &jobId);
    // Resumes every job the store holds unfinished (after a restart), each
    // from its cursor.
    void resumeUnfinished();
    // Stops every running job where it is (it resumes at the next start) and
    // waits for their threads.
    void shutdown();

    struct Job;
    struct Outcome;

private:
    std::shared_ptr<Job> find(const Caller &caller, const std::string &jobId);
    // The job as the store keeps it (a finished job after a restart); null when there is none.
    std::shared_ptr<Job> stored(const std::string &jobId);
    void run(const std::shared_ptr<Job> &job);
    // Tells the job's watchers (and its thread) that it changed.
    void notify(Job &job);
    void applyOne(WriteTxn &txn, const Job &job, Transaction &t, const Outcome &o, TimeMs now);

    // Renews the leases of the jobs running here and, on a shared store,
    // resumes the jobs of instances that died.
    void keep();
    void renew(const std::vector<std::shared_ptr<Job>> &jobs);
    // Reads the progress of the watched jobs other instances run.
    void refreshForeign();

    ApiContext &m_ctx;
    std::mutex m_mutex;
    std::map<std::string, std::shared_ptr<Job>> m_jobs;
    std::set<std::string> m_unreadable;  // guarded by m_mutex
    std::vector<std::weak_ptr<Job>> m_foreign;  // watched here, run elsewhere; guarded by m_mutex
    bool m_foreignAdded = false;                // guarded by m_mutex
    bool m_shutdown = false;
    std::mutex m_resumeMutex;
    std::condition_variable m_keeperCv;
    std::thread m_keeper;
    StreamHub m_watchers;
};

} // namespace flowdesk::backend
