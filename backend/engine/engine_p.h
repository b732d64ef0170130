#pragma once

// Internal to the engine library: Engine::Impl and the helpers its files share.

#include "engine.h"
#include "parallel.h"
#include "change.h"
#include "engine_json.h"
#include "lifecycle.h"
#include "payload.h"
#include "store.h"
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/pointer.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <set>
#include <shared_mutex>
#include <thread>
#include <unordered_map>

namespace flowdesk::backend::engine_detail {


inline std::shared_ptr<spdlog::logger> logger()
{
    static std::shared_ptr<spdlog::logger> l = [] {
        if (auto existing = spdlog::get("engine"))
            return existing;
        try {
            return spdlog::stderr_color_mt("engine");
        } catch (const spdlog::spdlog_ex &) {
            return spdlog::get("engine");
        }
    }();
    return l;
}

constexpr const char *kActor = "system";
constexpr TimeMs kConnectorWindowMs = 15 * 60 * 1000;
// The lease of the work one instance at a time does (Store::takeLease).
constexpr const char *kPeriodicLease = "periodic";

inline bool isDueState(TxState s)
{
    return s == TxState::Received || s == TxState::Resubmitted || s == TxState::RetryScheduled;
}

// Where a flow's payload keeps its business fields ("x-business" of its schema).
struct BusinessMap {
    std::string key, counterparty, amount, currency, plant, due, correlation;
    std::vector<std::string> search;  // searchPointers of the schema
};

struct FlowInfo {
    FlowDef def;
    BusinessMap map;
    // Compiled once per schema text (PayloadSchema::cached); null when broken.
    std::shared_ptr<const PayloadSchema> schema;
};

inline BusinessMap readBusinessMap(const std::string &schemaJson)
{
    BusinessMap m;
    rapidjson::Document doc;
    doc.Parse(schemaJson.c_str(), schemaJson.size());
    if (!doc.HasParseError() && doc.IsObject()) {
        auto it = doc.FindMember("x-business");
        if (it != doc.MemberEnd() && it->value.IsObject()) {
            auto get = [&](const char *name, std::string &out) {
                auto f = it->value.FindMember(name);
                if (f != it->value.MemberEnd() && f->value.IsString())
                    out = f->value.GetString();
            };
            get("key", m.key);
            get("counterparty", m.counterparty);
            get("amount", m.amount);
            get("currency", m.currency);
            get("plant", m.plant);
            get("due", m.due);
            get("correlation", m.correlation);
        }
    }
    m.search = searchPointers(schemaJson);
    // Conventional names when the schema does not say.
    if (m.currency.empty())
        m.currency = "/currency";
    if (m.plant.empty())
        m.plant = "/plant";
    return m;
}

inline const rapidjson::Value *at(const rapidjson::Value &doc, const std::string &pointer)
{
    if (pointer.empty())
        return nullptr;
    rapidjson::Pointer p(pointer.c_str(), pointer.size());
    if (!p.IsValid())
        return nullptr;
    return p.Get(doc);
}

inline std::string stringAt(const rapidjson::Value &doc, const std::string &pointer)
{
    const rapidjson::Value *v = at(doc, pointer);
    if (!v)
        return {};
    if (v->IsString())
        return std::string(v->GetString(), v->GetStringLength());
    if (v->IsInt64())
        return std::to_string(v->GetInt64());
    return {};
}

inline std::optional<double> numberAt(const rapidjson::Value &doc, const std::string &pointer)
{
    const rapidjson::Value *v = at(doc, pointer);
    if (v && v->IsNumber())
        return v->GetDouble();
    return std::nullopt;
}


} // namespace flowdesk::backend::engine_detail

namespace flowdesk::backend {

using namespace engine_detail;

// ---------------------------------------------------------------------------

struct Engine::Impl {
    Impl(Store &s, DeliveryAdapter &a, EngineOptions o)
        : store(s), adapter(a), options(o), clock(o.clock ? *o.clock : Clock::system())
    {
    }

    Store &store;
    DeliveryAdapter &adapter;
    EngineOptions options;
    const Clock &clock;
    // Helpers that deliver beside the workers.
    ParallelSteps deliveries{std::max(0, options.deliveryConcurrency - std::max(1, options.workerThreads))};

    // Flow catalogue, reloaded when an unknown flow id shows up.
    mutable std::shared_mutex flowsMutex;
    std::unordered_map<std::string, std::shared_ptr<const FlowInfo>> flows;

    std::mutex claimMutex;  // one claimer at a time, so workers never race for rows

    // Worker control.
    std::mutex wakeMutex;
    std::condition_variable wakeCv;
    std::uint64_t wakeSeq = 0;
    std::atomic<bool> stopping{false};
    std::atomic<int> claimHolds{0};
    std::vector<std::thread> workers;
    bool running = false;

    // Stuck sweep watermark: SLA deadlines up to here have been announced.
    std::mutex sweepMutex;
    TimeMs sweptUpTo = 0;

    // Connector health windows (time, technical failure).
    std::mutex statsMutex;
    std::map<std::string, std::deque<std::pair<TimeMs, bool>>> windows;
    std::map<std::string, ConnectorStatus> lastStatus;

    std::atomic<std::int64_t> writesSincePrune{0};
    std::chrono::steady_clock::time_point lastPrune = std::chrono::steady_clock::now();

    // Group commit of concurrent submissions, single ones and batches.
    struct PendingSubmit {
        const Submission *submission = nullptr;
        Transaction row;  // as it will be stored
        SubmitResult result;
        std::exception_ptr failure;
        bool done = false;
        bool firstOfCaller = true;     // the row whose condition its caller waits on
        std::condition_variable wake;  // done, or first in the queue with no write in progress
    };
    std::mutex groupMutex;
    std::vector<PendingSubmit *> groupQueue;
    bool groupLeader = false;
    // Stores the caller's prepared rows together with whatever other callers
    // queued meanwhile, in one write; each row's result or failure is set.
    void storeInGroup(const std::vector<PendingSubmit *> &mine);
    // A key stored already answers as a duplicate of its transaction, without
    // the writer; false for a new (or no) key.
    bool answerStored(const std::string &flowId, const std::string &idempotencyKey, SubmitResult &r);
    // The answer for a key stored already as transaction `id`.
    void answerDuplicate(std::int64_t id, SubmitResult &r);

    std::vector<SubmitResult> submitMany(const std::vector<const Submission *> &submissions);
    // Checks one submission against its flow and makes the row it would be
    // stored as; false with r filled in when it is refused.
    bool prepareOne(const Submission &s, TimeMs now, SubmitResult &r, Transaction &out);
    // Stores the prepared rows in one write (keys stored already, or twice
    // among them, answer as duplicates).
    std::vector<SubmitResult> storePrepared(const std::vector<const Submission *> &submissions,
                                            const std::vector<Transaction *> &prepared);
    void wakeWorkers();

    // Transactions this engine has claimed and not yet recorded, with the
    // version of their claim; those whose claim another instance took over
    // (after a lapse of renewals) are lost and not delivered.
    std::mutex progressMutex;
    std::map<std::int64_t, std::int64_t> inProgress;
    std::set<std::int64_t> lost;
    bool claimLost(std::int64_t id);
    // onlyExpired: rows whose claim is past its lease at `now` (an instance that
    // stopped renewing it); else every IN_FLIGHT row of ids.
    // why: the hops' English detail; whyId: their message id (messages.h).
    int makeDueAgain(const std::vector<std::int64_t> &ids, TimeMs now, const std::string &why,
                     const std::string &whyId, bool onlyExpired);
    // IN_FLIGHT rows nobody renews any more (a dead instance's, an outcome that
    // could not be recorded) due again.
    void recoverOrphans(TimeMs now);

    // Leases: the instance's name, the renewal of its claims and of the
    // periodic work, on a thread of its own so that a slow delivery never
    // lets a claim lapse.
    std::string instanceId;
    std::atomic<bool> periodicHeld{false};
    std::thread keeper;
    void keeperLoop();
    void renewLeases(TimeMs now);

    std::shared_ptr<const FlowInfo> flow(const std::string &id);
    void reloadFlows();
    std::set<std::string> pausedConnectors() const;

    struct Claimed {
        Transaction tx;
        std::shared_ptr<const FlowInfo> flow;
    };
    struct Outcome {
        Claimed claimed;
        DeliveryResult result;
        bool attempted = true;
    };

    // Mean time of one delivery in the last live batch, in microseconds; 0
    // until a batch has been delivered.
    std::atomic<double> deliveryMicros{0};
    int claimSize(bool live) const;
    std::vector<Claimed> claim(TimeMs now, int want);
    void record(std::vector<Outcome> &outcomes, TimeMs now);
    int cycle(TimeMs now, bool live);
    void sweepStuck(TimeMs now);
    void workerLoop(int index);
    Event txEvent(const Transaction &t, TxState previous, TxAction action, TimeMs at,
                  const std::string &connectorId) const;
};

} // namespace flowdesk::backend
