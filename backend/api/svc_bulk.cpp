// Bulk jobs over a selection of transactions (ids or a filter).

#include "svc_bulk.h"
#include "enums.h"

#include "engine.h"
#include "errorgroups.h"
#include "errors.h"
#include "messages.h"
#include "mapping.h"
#include "store.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <condition_variable>
#include <future>
#include <limits>
#include <thread>
#include <unordered_set>

namespace flowdesk::backend {

namespace v1 = flowdesk::v1;

struct BulkJobs::Job {
    std::mutex mutex;
    std::condition_variable cv;
    std::string id;             // set before the job is shared, never changed
    v1::BulkJob snapshot;       // guarded by mutex
    std::uint64_t revision = 0; // guarded by mutex
    std::atomic<bool> cancel{false};
    std::atomic<bool> stopping{false};  // shutdown: left unfinished, resumed at the next start
    std::thread thread;
    std::size_t cursor = 0;             // items before it are done
    // Stored jobs run under a lease (Store::takeLease), renewed with every chunk
    // and by the keeper: an instance that dies leaves the job to another one.
    bool leased = false;
    std::atomic<bool> leaseLost{false};

    Caller caller;
    v1::StartBulkActionRequest request;
    std::vector<std::int64_t> ids;
    std::vector<BulkFieldPatch> patches;
    std::string reason;
    std::string assignee;
    TriageStatus triage = TriageStatus::None;
};

namespace {

std::string leaseName(const std::string &jobId)
{
    return "bulk:" + jobId;
}

bool terminal(v1::BulkJobState s)
{
    return s == v1::BULK_JOB_SUCCEEDED || s == v1::BULK_JOB_FAILED || s == v1::BULK_JOB_CANCELLED;
}

bool changesState(v1::BulkActionKind a)
{
    return a == v1::BULK_ACTION_RESUBMIT || a == v1::BULK_ACTION_DISCARD || a == v1::BULK_ACTION_RESOLVE_MANUALLY
        || a == v1::BULK_ACTION_PATCH_AND_RESUBMIT;
}

std::string packIds(const std::vector<std::int64_t> &ids)
{
    std::string out;
    out.reserve(ids.size() * 8);
    for (const std::int64_t id : ids) {
        auto v = static_cast<std::uint64_t>(id);
        for (int b = 0; b < 8; ++b, v >>= 8)
            out.push_back(static_cast<char>(v & 0xff));
    }
    return out;
}

std::vector<BulkFieldPatch> patchesOf(const v1::StartBulkActionRequest &request)
{
    std::vector<BulkFieldPatch> out;
    for (const auto &p : request.patches()) {
        BulkFieldPatch patch{p.path(), p.value_json(), {}};
        for (const auto &[old, valueJson] : p.value_json_by_offending_value())
            patch.byOffendingValue.emplace(old, valueJson);
        out.push_back(std::move(patch));
    }
    return out;
}

std::vector<std::int64_t> unpackIds(const std::string &bytes)
{
    std::vector<std::int64_t> ids;
    ids.reserve(bytes.size() / 8);
    for (std::size_t i = 0; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t v = 0;
        for (int b = 7; b >= 0; --b)
            v = (v << 8) | static_cast<unsigned char>(bytes[i + static_cast<std::size_t>(b)]);
        ids.push_back(static_cast<std::int64_t>(v));
    }
    return ids;
}

} // namespace

struct BulkJobs::Outcome {
    bool ok = true;
    std::string message;   // English, for the log and clients without messageId
    std::string messageId; // see messages.h
    MessageArgs args;
    std::vector<Violation> violations;
    std::string newPayload;  // PATCH_AND_RESUBMIT
    std::string businessKey;
    // PATCH_AND_RESUBMIT: what the correction changes, field by field.
    std::vector<FieldChange> changes;
};

namespace {

using Outcome = BulkJobs::Outcome;

// The lifecycle action a bulk action takes on each item.
TxAction lifecycleAction(v1::BulkActionKind a)
{
    switch (a) {
    case v1::BULK_ACTION_RESUBMIT: return TxAction::Resubmit;
    case v1::BULK_ACTION_PATCH_AND_RESUBMIT: return TxAction::EditAndResubmit;
    case v1::BULK_ACTION_DISCARD: return TxAction::Discard;
    case v1::BULK_ACTION_RESOLVE_MANUALLY: return TxAction::ResolveManually;
    case v1::BULK_ACTION_ASSIGN: return TxAction::Assign;
    case v1::BULK_ACTION_SET_TRIAGE_STATUS: return TxAction::SetTriageStatus;
    default: return TxAction::None;
    }
}

Outcome evaluate(const BulkJobs::Job &job, const std::optional<Transaction> &t, const FlowCatalogue::Entry *entry)
{
    Outcome o;
    auto refuse = [&](std::string m, std::string id, MessageArgs args = {}) {
        o.ok = false;
        o.message = std::move(m);
        o.messageId = std::move(id);
        o.args = std::move(args);
        return o;
    };
    if (!t)
        return refuse("not found", "bulk.NOT_FOUND");
    o.businessKey = t->businessKey;
    const auto action = job.request.action();
    // The same rule as for one transaction, asked of the domain.
    const Decision decision = decide(job.caller, *t, lifecycleAction(action));
    if (!decision)
        return refuse(decision.message, decision.reason,
                      decision.missingPermission.empty() ? MessageArgs{}
                                                         : MessageArgs{{"permission", decision.missingPermission}});
    if (action == v1::BULK_ACTION_PATCH_AND_RESUBMIT) {
        if (!entry || !entry->schema)
            return refuse("the flow's schema is not available", "bulk.NO_SCHEMA");
        std::string error;
        std::vector<std::pair<std::string, std::string>> writes;
        if (!resolvePatches(*t, job.patches, &writes, &error))
            return refuse(error, "bulk.PATCH_FAILED", {{"detail", error}});
        if (!applyPatches(t->payloadJson, writes, &o.newPayload, &error))
            return refuse(error, "bulk.PATCH_FAILED", {{"detail", error}});
        o.changes = fieldChanges(payloadDiff(t->payloadJson, o.newPayload, entry->flow.sensitiveFields));
        o.violations = entry->schema->validate(o.newPayload, job.caller.language);
        const auto masked = maskedValuesWritten(o.newPayload, entry->flow.sensitiveFields);
        o.violations.insert(o.violations.end(), masked.begin(), masked.end());
        if (!o.violations.empty())
            return refuse(payloadProblemsText(o.violations.size(), job.caller.language),
                          o.violations.size() == 1 ? "bulk.PAYLOAD_PROBLEM" : "bulk.PAYLOAD_PROBLEMS",
                          {{"count", std::to_string(o.violations.size())}});
        Transaction corrected = *t;
        corrected.payloadJson = o.newPayload;
        if (!takeBusinessFields(corrected, t->payloadJson, entry->flow.payloadSchemaJson, 0, &error))
            return refuse(error, "bulk.PATCH_FAILED", {{"detail", error}});
    }
    return o;
}

} // namespace

BulkJobs::BulkJobs(ApiContext &ctx) : m_ctx(ctx)
{
    m_keeper = std::thread([this] { keep(); });
}

void BulkJobs::keep()
{
    const auto every = std::chrono::milliseconds(std::max<TimeMs>(50, m_ctx.engine.leaseMs() / 3));
    // Jobs another instance runs are read again this often while watched here.
    const auto watchEvery = std::min<std::chrono::milliseconds>(every, std::chrono::milliseconds(500));
    auto lastRenewal = std::chrono::steady_clock::now();
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_shutdown) {
        const auto untilRenewal = std::max<std::chrono::steady_clock::duration>(
            std::chrono::steady_clock::duration::zero(), every - (std::chrono::steady_clock::now() - lastRenewal));
        const std::chrono::steady_clock::duration wait =
            m_foreign.empty() ? untilRenewal : std::min<std::chrono::steady_clock::duration>(untilRenewal, watchEvery);
        m_keeperCv.wait_for(lock, wait, [&] { return m_shutdown || m_foreignAdded; });
        if (m_shutdown)
            break;
        m_foreignAdded = false;
        if (!m_foreign.empty()) {
            lock.unlock();
            try {
                refreshForeign();
            } catch (const std::exception &e) {
                apiLog()->error("bulk jobs: reading the progress of jobs another instance runs failed: {}", e.what());
            }
            lock.lock();
        }
        if (std::chrono::steady_clock::now() - lastRenewal < every)
            continue;
        lastRenewal = std::chrono::steady_clock::now();
        std::vector<std::shared_ptr<Job>> running;
        for (const auto &[id, job] : m_jobs) {
            std::lock_guard<std::mutex> jobLock(job->mutex);
            if (job->leased && !job->leaseLost && !terminal(job->snapshot.state()))
                running.push_back(job);
        }
        lock.unlock();
        try {
            renew(running);
            // On a store several instances share, the jobs of an instance that
            // died continue here once their lease has expired.
            if (m_ctx.store.shared())
                resumeUnfinished();
        } catch (const std::exception &e) {
            apiLog()->error("bulk jobs: renewing their leases failed: {}", e.what());
        }
        lock.lock();
    }
}

void BulkJobs::refreshForeign()
{
    std::vector<std::shared_ptr<Job>> watched;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        std::erase_if(m_foreign, [&](const std::weak_ptr<Job> &w) {
            auto job = w.lock();
            if (!job)
                return true;
            watched.push_back(std::move(job));
            return false;
        });
    }
    std::vector<Job *> ended;
    for (const auto &job : watched) {
        const std::string &id = job->id;
        const auto record = m_ctx.store.getBulkJob(id);
        v1::BulkJob now;
        if (!record || !now.ParseFromString(record->progress))
            continue;
        bool changed = false;
        {
            std::lock_guard<std::mutex> lock(job->mutex);
            if (now.SerializeAsString() != job->snapshot.SerializeAsString()) {
                job->snapshot = std::move(now);
                ++job->revision;
                changed = true;
            }
            if (terminal(job->snapshot.state()))
                ended.push_back(job.get());
        }
        if (changed)
            notify(*job);
    }
    if (ended.empty())
        return;
    std::lock_guard<std::mutex> lock(m_mutex);
    std::erase_if(m_foreign, [&](const std::weak_ptr<Job> &w) {
        const auto job = w.lock();
        return !job || std::find(ended.begin(), ended.end(), job.get()) != ended.end();
    });
}

void BulkJobs::renew(const std::vector<std::shared_ptr<Job>> &jobs)
{
    if (jobs.empty())
        return;
    const std::string &holder = m_ctx.engine.instanceId();
    const TimeMs now = m_ctx.clock.now();
    std::vector<std::shared_ptr<Job>> lost;
    m_ctx.store.write([&](WriteTxn &txn) {
        lost.clear();
        for (const auto &job : jobs)
            if (!txn.takeLease(leaseName(job->id), holder, now, now + m_ctx.engine.leaseMs()))
                lost.push_back(job);
    });
    for (const auto &job : lost) {
        apiLog()->warn("bulk job {} has passed to another instance; it stops here", job->id);
        job->leaseLost = true;
        notify(*job);
    }
}

BulkJobs::~BulkJobs()
{
    shutdown();
}

v1::BulkJob BulkJobs::start(const Caller &caller, const v1::StartBulkActionRequest &request)
{
    static const char *method = "/flowdesk.v1.TransactionService/StartBulkAction";
    const auto action = request.action();
    switch (action) {
    case v1::BULK_ACTION_RESUBMIT:
        if (!caller.can(perm::TransactionsEdit) && !caller.can(perm::TransactionsReplay))
            failDenied("Your role may not resubmit transactions", perm::TransactionsEdit);
        break;
    case v1::BULK_ACTION_DISCARD:
    case v1::BULK_ACTION_RESOLVE_MANUALLY:
    case v1::BULK_ACTION_PATCH_AND_RESUBMIT:
        if (!caller.can(perm::TransactionsEdit))
            failDenied("Your role may not change transactions", perm::TransactionsEdit);
        break;
    case v1::BULK_ACTION_ASSIGN:
    case v1::BULK_ACTION_SET_TRIAGE_STATUS:
        if (!caller.can(perm::TransactionsTriage))
            failDenied("Your role may not triage transactions", perm::TransactionsTriage);
        break;
    default:
        failInvalid("Choose a bulk action", "INVALID_ARGUMENT", {{"action", "required"}});
    }
    if (request.request_id().empty())
        failInvalid("A bulk action needs a request_id", "INVALID_ARGUMENT", {{"request_id", "required"}});

    auto job = std::make_shared<Job>();
    job->caller = caller;
    job->request = request;
    requireNote(request.reason(), "reason");
    requireText(request.assignee(), "assignee", kMaxKeyBytes);
    job->reason = request.reason();
    if ((action == v1::BULK_ACTION_DISCARD || action == v1::BULK_ACTION_RESOLVE_MANUALLY)
        && job->reason.find_first_not_of(" \t\r\n") == std::string::npos)
        failInvalid("Give a reason", "REASON_REQUIRED", {{"reason", "required"}});
    if (action == v1::BULK_ACTION_ASSIGN) {
        job->assignee = request.assignee() == "me" ? caller.username() : request.assignee();
        if (!job->assignee.empty() && !m_ctx.store.getUser(job->assignee))
            failInvalid("There is no user '" + job->assignee + "'", "UNKNOWN_USER", {{"assignee", "unknown user"}});
    }
    if (action == v1::BULK_ACTION_SET_TRIAGE_STATUS) {
        const auto status = fromProto(request.triage_status());
        if (!status || *status == TriageStatus::None)
            failInvalid("Choose a triage status", "INVALID_ARGUMENT", {{"triage_status", "required"}});
        job->triage = *status;
    }
    if (action == v1::BULK_ACTION_PATCH_AND_RESUBMIT) {
        if (request.patches().empty())
            failInvalid("Give at least one field to change", "INVALID_ARGUMENT", {{"patches", "required"}});
        for (const auto &p : request.patches()) {
            if (p.path().empty() || p.path()[0] != '/' || p.path().size() > 512)
                failInvalid("'" + p.path().substr(0, 80) + "' is not a JSON pointer", "INVALID_ARGUMENT",
                            {{"patches.path", "a JSON pointer of at most 512 bytes"}});
            std::vector<std::pair<std::string, std::string>> trial{{p.path(), p.value_json()}};
            for (const auto &[old, valueJson] : p.value_json_by_offending_value()) {
                if (old.empty() || old.size() > kMaxOffendingValueBytes)
                    failInvalid("A value to replace must be given, and at most " +
                                    std::to_string(kMaxOffendingValueBytes) + " bytes long",
                                "INVALID_ARGUMENT", {{"patches.value_json_by_offending_value", "bad old value"}});
                trial.emplace_back(p.path(), valueJson);
            }
            if (p.value_json_by_offending_value().empty() && p.value_json().empty())
                failInvalid("Give the new value for " + p.path(), "INVALID_ARGUMENT",
                            {{"patches.value_json", "required"}});
            // Checked before the job starts: the job must not meet a value it cannot handle.
            for (const auto &[path, valueJson] : trial) {
                if (valueJson.empty() && !p.value_json_by_offending_value().empty())
                    continue;
                if (jsonNestsDeeperThan(valueJson))
                    failInvalid("The value for " + p.path() + " is nested deeper than " + std::to_string(kMaxJsonDepth) +
                                    " levels",
                                "INVALID_ARGUMENT", {{"patches.value_json", "nested too deep"}});
                // Each value must be JSON: tried on an empty payload before anything is touched.
                std::string patched, problem;
                if (!applyPatches("{}", {{path, valueJson}}, &patched, &problem))
                    failInvalid("The fields to change cannot be applied: " + problem, "INVALID_ARGUMENT",
                                {{"patches.value_json", problem}});
            }
        }
        job->patches = patchesOf(request);
    }

    // The selection, limited to the caller's scope.
    if (request.has_ids()) {
        if (request.ids().ids().empty())
            failInvalid("Select at least one transaction", "INVALID_ARGUMENT", {{"ids", "empty"}});
        for (const auto &id : request.ids().ids()) {
            const auto parsed = parseTransactionId(id);
            if (!parsed)
                failInvalid("'" + id + "' is not a transaction id", "INVALID_ARGUMENT", {{"ids", "malformed id " + id}});
            job->ids.push_back(*parsed);
        }
    } else if (request.has_filter()) {
        TxFilter filter = fromProto(request.filter(), caller.username(), m_ctx.clock.now());
        if (filter.states.empty() && changesState(action))
            filter.states = {TxState::Failed};
        if (caller.narrow(filter))
            job->ids = m_ctx.store.selectIds(filter, static_cast<int>(kMaxItems) + 1);
    } else {
        failInvalid("Select transactions by ids or by a filter", "INVALID_ARGUMENT", {{"selection", "required"}});
    }
    if (job->ids.size() > kMaxItems)
        failInvalid("At most 200,000 transactions per bulk action; narrow the selection", "INVALID_ARGUMENT",
                    {{"selection", "too many transactions"}});
    // One value is never written into different problems: a field whose
    // offending values differ across the selection needs one replacement each.
    if (action == v1::BULK_ACTION_PATCH_AND_RESUBMIT) {
        if (const auto several = checkOneValuePerProblem(job->patches, m_ctx.store.errorFieldValues(job->ids))) {
            std::vector<Violation> violations;
            std::string list;
            for (const auto &v : several->values) {
                violations.push_back({"patches.value_json_by_offending_value", v});
                if (list.size() < 200)
                    list += (list.empty() ? "" : ", ") + v;
            }
            failInvalid("The selection has " + std::to_string(several->values.size()) + " different values in " +
                            several->path + " (" + list + "): give one replacement per value",
                        "SEVERAL_OFFENDING_VALUES", violations,
                        {{"count", std::to_string(several->values.size())}, {"field", several->path}, {"values", list}});
        }
    }

    const TimeMs now = m_ctx.clock.now();
    v1::BulkJob &snap = job->snapshot;
    snap.set_id("bulk-" + crypto::randomHex(8));
    job->id = snap.id();
    snap.set_state(v1::BULK_JOB_PENDING);
    snap.set_action(action);
    snap.set_dry_run(request.dry_run());
    snap.set_total(static_cast<std::int64_t>(job->ids.size()));
    setTime(snap.mutable_create_time(), now);
    snap.set_created_by(caller.username());

    v1::BulkJob answer;
    bool replayed = false;
    if (!request.dry_run()) {
        const std::string fp = requestFingerprint(method, caller.username(), request);
        m_ctx.store.write([&](WriteTxn &txn) {
            if (replayedAnswer(txn, request.request_id(), method, fp, &answer)) {
                replayed = true;
                return;
            }
            AuditEntry a = auditFor(caller, "bulk_action", "bulk_job", snap.id(), m_ctx.clock.now());
            a.requestId = request.request_id();
            a.reason = job->reason;
            a.detail = v1::BulkActionKind_Name(action) + " of " + std::to_string(job->ids.size()) + " transaction(s)";
            // "BULK_ACTION_RESUBMIT" -> "audit.BULK_RESUBMIT"
            a.messageId = "audit.BULK_" + v1::BulkActionKind_Name(action).substr(std::string("BULK_ACTION_").size());
            a.messageArgs = {{"count", std::to_string(job->ids.size())}};
            txn.appendAudit(a);
            Event e;
            e.type = EventType::BulkJobChanged;
            e.at = now;
            e.action = "started";
            e.actor = caller.username();
            e.bulkJobId = snap.id();
            txn.appendEvent(e);
            rememberAnswer(txn, request.request_id(), method, fp, snap);
            // The job itself, before the call answers: a restart resumes it.
            BulkJobRecord r;
            r.id = snap.id();
            r.owner = caller.username();
            r.request = request.SerializeAsString();
            r.items = packIds(job->ids);
            r.progress = snap.SerializeAsString();
            r.createdAt = now;
            txn.putBulkJob(r);
            txn.takeLease(leaseName(r.id), m_ctx.engine.instanceId(), now, now + m_ctx.engine.leaseMs());
            job->leased = true;
        });
    }
    if (replayed) {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            const auto it = m_jobs.find(answer.id());
            if (it != m_jobs.end()) {
                std::lock_guard<std::mutex> jobLock(it->second->mutex);
                return it->second->snapshot;
            }
        }
        if (const auto kept = stored(answer.id())) {
            std::lock_guard<std::mutex> jobLock(kept->mutex);
            return kept->snapshot;
        }
        return answer;
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_shutdown)
        fail(grpc::StatusCode::UNAVAILABLE, "The backend is shutting down", "SHUTTING_DOWN");
    m_jobs[snap.id()] = job;
    const v1::BulkJob first = snap;
    job->thread = std::thread([this, job] { run(job); });
    return first;
}

void BulkJobs::run(const std::shared_ptr<Job> &job)
{
    const auto action = job->request.action();
    const bool dry = job->request.dry_run();
    const bool resubmits = action == v1::BULK_ACTION_RESUBMIT || action == v1::BULK_ACTION_PATCH_AND_RESUBMIT;
    {
        std::lock_guard<std::mutex> lock(job->mutex);
        job->snapshot.set_state(v1::BULK_JOB_RUNNING);
        ++job->revision;
    }
    notify(*job);

    auto report = [&](std::int64_t id, const Outcome &o, v1::BulkJob &snap) {
        // Every refusal reported so far, up to its bound, so the rest of the
        // items reported are successes.
        const int refusalsReported = static_cast<int>(std::min<std::int64_t>(snap.failed(), kMaxReportedItems));
        const bool reported = o.ok ? snap.items_size() - refusalsReported < kMaxReportedSuccesses
                                   : refusalsReported < kMaxReportedItems;
        if (o.ok)
            snap.set_succeeded(snap.succeeded() + 1);
        else
            snap.set_failed(snap.failed() + 1);
        if (reported) {
            auto *item = snap.add_items();
            item->set_transaction_id(std::to_string(id));
            item->set_business_key(o.businessKey);
            for (const FieldChange &c : o.changes) {
                auto *change = item->add_changes();
                change->set_path(c.path);
                change->set_old_value_json(c.oldJson);
                change->set_new_value_json(c.newJson);
            }
            item->set_ok(o.ok);
            item->set_message(o.ok ? (dry ? "would succeed" : "done") : o.message);
            if (o.ok)
                setUserMessage(item->mutable_user_message(), dry ? "bulk.WOULD_SUCCEED" : "bulk.DONE", {},
                               job->caller.language, dry ? "would succeed" : "done");
            else if (!o.messageId.empty())
                setUserMessage(item->mutable_user_message(), o.messageId, o.args, job->caller.language, o.message);
            for (const auto &v : o.violations) {
                auto *fv = item->add_field_violations();
                fv->set_field(v.field);
                fv->set_description(v.description);
            }
        }
    };
    auto stopped = [&] { return job->stopping.load() || job->leaseLost.load() || m_ctx.shuttingDown.load(); };
    // Inside each of the job's writes: the job is still this instance's (its
    // lease renewed), else nothing of the write is applied.
    const std::string lease = leaseName(job->id);
    auto stillOurs = [&](WriteTxn &txn, TimeMs now) {
        if (!job->leased)
            return true;
        if (txn.takeLease(lease, m_ctx.engine.instanceId(), now, now + m_ctx.engine.leaseMs()))
            return true;
        job->leaseLost = true;
        return false;
    };
    // A write the disk has no room for is tried again, every second, until
    // there is room (nothing of it was applied) or the server stops. False
    // when the server stops first.
    auto writeWithRoom = [&](const std::function<void(WriteTxn &)> &fn) {
        bool warned = false;
        for (;;) {
            try {
                m_ctx.store.write(fn);
                if (warned)
                    apiLog()->info("bulk job {} continues: the disk has room again", job->id);
                return true;
            } catch (const StoreError &e) {
                if (e.kind() != StoreError::Kind::Full)
                    throw;
                if (!warned)
                    apiLog()->error("bulk job {} waits for room on the disk: {}", job->id, e.what());
                warned = true;
            }
            std::unique_lock<std::mutex> lock(job->mutex);
            job->cv.wait_for(lock, std::chrono::seconds(1), [&] { return stopped(); });
            if (stopped())
                return false;
        }
    };

    // The engine stays out of the writer's way until every chunk is written
    // (the job is a few seconds even for 200,000 items), then delivers them all.
    struct ClaimHold {
        Engine *engine = nullptr;
        ~ClaimHold()
        {
            if (engine)
                engine->releaseClaims();
        }
    } hold;
    if (resubmits && !dry) {
        m_ctx.engine.holdClaims();
        hold.engine = &m_ctx.engine;
    }

    v1::BulkJobState finalState = v1::BULK_JOB_SUCCEEDED;
    bool interrupted = false;
    const bool needPayload = action == v1::BULK_ACTION_PATCH_AND_RESUBMIT;
    // While one chunk is written, the next is read on the other core; the
    // writer takes a row read ahead only when it is unchanged since.
    using Rows = std::vector<std::optional<Transaction>>;
    auto readAhead = [this, &job](std::size_t begin) {
        return std::async(std::launch::async, [this, &job, begin] {
            Rows rows;
            const std::size_t end = std::min(job->ids.size(), begin + kChunk);
            // A few hundred at a time, so that a cancel or a stop is not kept waiting.
            constexpr std::size_t kPerRead = 500;
            for (std::size_t at = begin; at < end && !job->cancel && !job->stopping; at += kPerRead) {
                const std::vector<std::int64_t> ids(job->ids.begin() + static_cast<std::ptrdiff_t>(at),
                                                    job->ids.begin() + static_cast<std::ptrdiff_t>(std::min(end, at + kPerRead)));
                auto part = m_ctx.store.getTransactions(ids, true);
                rows.insert(rows.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
            }
            return rows;
        });
    };
    std::future<Rows> ahead;
    for (std::size_t begin = job->cursor; begin < job->ids.size(); begin += kChunk) {
        if (stopped()) {
            interrupted = true;
            break;
        }
        if (job->cancel) {
            finalState = v1::BULK_JOB_CANCELLED;
            break;
        }
        const std::size_t end = std::min(job->ids.size(), begin + kChunk);
        std::vector<std::pair<std::int64_t, Outcome>> results;
        results.reserve(end - begin);
        v1::BulkJob progress;
        try {
            if (dry) {
                for (std::size_t i = begin; i < end; ++i) {
                    const auto t = m_ctx.store.getTransaction(job->ids[i], needPayload);
                    const auto entry = t ? m_ctx.flows.get(t->flowId) : nullptr;
                    results.emplace_back(job->ids[i], evaluate(*job, t, entry.get()));
                }
                std::lock_guard<std::mutex> lock(job->mutex);
                progress = job->snapshot;
                for (const auto &[id, o] : results)
                    report(id, o, progress);
                progress.set_processed(static_cast<std::int64_t>(end));
            } else {
                if (!ahead.valid())
                    ahead = readAhead(begin);
                const Rows read = ahead.get();
                if (end < job->ids.size())
                    ahead = readAhead(end);
                const TimeMs now = m_ctx.clock.now();
                // The chunk's changes, the job's cursor and its progress in one
                // store transaction: after a crash every item is either done
                // and behind the cursor, or untouched and ahead of it.
                bool cancelAsked = false;
                const bool written = writeWithRoom([&](WriteTxn &txn) {
                    results.clear();
                    if (!stillOurs(txn, now))
                        return;
                    // Cancelled through another instance (or before this
                    // one took the job over): nothing of this chunk is applied.
                    if (job->leased && !txn.bulkCancelRequestedBy(job->id).empty()) {
                        cancelAsked = true;
                        return;
                    }
                    // Which rows read ahead are unchanged since: one read for the chunk.
                    const std::vector<bool> current = txn.stillCurrent(read);
                    std::unordered_set<std::int64_t> seen; // an id twice in the job: its second read is stale
                    for (std::size_t i = begin; i < end; ++i) {
                        std::optional<Transaction> t;
                        const bool first = seen.insert(job->ids[i]).second;
                        if (first && i - begin < read.size() && current[i - begin]) {
                            t = read[i - begin];
                            txn.adoptCurrent(*t);
                        } else {
                            t = txn.getTransaction(job->ids[i], true);
                        }
                        const auto entry = t ? m_ctx.flows.get(t->flowId) : nullptr;
                        Outcome o = evaluate(*job, t, entry.get());
                        if (o.ok)
                            applyOne(txn, *job, *t, o, now);
                        results.emplace_back(job->ids[i], std::move(o));
                    }
                    {
                        std::lock_guard<std::mutex> lock(job->mutex);
                        progress = job->snapshot;
                    }
                    for (const auto &[id, o] : results)
                        report(id, o, progress);
                    progress.set_processed(static_cast<std::int64_t>(end));
                    txn.updateBulkJob(progress.id(), static_cast<std::int64_t>(end), progress.SerializeAsString(),
                                      false);
                });
                if (!written || job->leaseLost) {
                    interrupted = true;
                    break;
                }
                if (cancelAsked) {
                    job->cancel = true;
                    finalState = v1::BULK_JOB_CANCELLED;
                    break;
                }
            }
        } catch (const std::exception &e) {
            apiLog()->error("bulk job {} failed: {}", job->id, e.what());
            finalState = v1::BULK_JOB_FAILED;
            break;
        }
        {
            std::lock_guard<std::mutex> lock(job->mutex);
            job->snapshot = std::move(progress);
            job->cursor = end;
            ++job->revision;
        }
        notify(*job);
    }
    if (ahead.valid())
        ahead.wait();
    // Stopped with the server: the store keeps the job unfinished and the
    // next start resumes it from its cursor.
    if (interrupted)
        return;

    const TimeMs now = m_ctx.clock.now();
    v1::BulkJob last;
    {
        std::lock_guard<std::mutex> lock(job->mutex);
        last = job->snapshot;
    }
    last.set_state(finalState);
    setTime(last.mutable_end_time(), now);
    if (!dry) {
        try {
            const bool written = writeWithRoom([&](WriteTxn &txn) {
                if (!stillOurs(txn, now))
                    return;
                Event e;
                e.type = EventType::BulkJobChanged;
                e.at = now;
                e.action = finalState == v1::BULK_JOB_SUCCEEDED ? "finished"
                    : finalState == v1::BULK_JOB_CANCELLED       ? "cancelled"
                                                                 : "failed";
                e.actor = job->caller.username();
                e.bulkJobId = last.id();
                txn.appendEvent(e);
                txn.updateBulkJob(last.id(), static_cast<std::int64_t>(job->cursor), last.SerializeAsString(), true);
                if (job->leased)
                    txn.releaseLease(lease, m_ctx.engine.instanceId());
            });
            if (!written || job->leaseLost)
                return;
        } catch (const std::exception &e) {
            apiLog()->error("bulk job {}: cannot record its end: {}", last.id(), e.what());
        }
    }
    {
        std::lock_guard<std::mutex> lock(job->mutex);
        job->snapshot = std::move(last);
        ++job->revision;
    }
    notify(*job);
}

void BulkJobs::applyOne(WriteTxn &txn, const Job &job, Transaction &t, const Outcome &o, TimeMs now)
{
    ChangeNote note;
    note.requestId = job.request.request_id();
    note.bulkJobId = job.id;
    note.reason = job.reason;
    const TxState previous = t.state;
    const TxAction action = lifecycleAction(job.request.action());
    std::vector<ChangeNote> notes;
    switch (action) {
    case TxAction::EditAndResubmit: {
        ChangeNote edit = note;
        edit.action = TxAction::EditPayload;
        const auto flow = m_ctx.flows.get(t.flowId);
        edit.diffJson = payloadDiff(t.payloadJson, o.newPayload, flow->flow.sensitiveFields);
        const std::string previous = std::move(t.payloadJson);
        t.payloadJson = o.newPayload;
        // Checked when the item was evaluated: the counterparty, amount and due
        // date follow the patched payload.
        std::string problem;
        if (!takeBusinessFields(t, previous, flow->flow.payloadSchemaJson, now, &problem))
            spdlog::warn("bulk job {}: transaction {} keeps its listed fields: {}", job.id, t.id, problem);
        t.schemaVersion = flow->flow.schemaVersion;
        notes.push_back(std::move(edit));
        note.action = TxAction::Resubmit;
        t.nextAttemptAt = now;
        break;
    }
    case TxAction::Resubmit:
        note.action = TxAction::Resubmit;
        t.nextAttemptAt = now;
        break;
    case TxAction::Discard:
    case TxAction::ResolveManually:
        note.action = action;
        t.nextAttemptAt = 0;
        break;
    case TxAction::Assign:
        note.action = action;
        describeAssignment(note, t.assignee, job.assignee);
        t.assignee = job.assignee;
        break;
    case TxAction::SetTriageStatus:
        note.action = action;
        describeTriage(note, t.triage, job.triage);
        t.triage = job.triage;
        break;
    default:
        return;
    }
    if (const auto next = stateAfter(action, t.state))
        t.state = *next;
    notes.push_back(std::move(note));
    commitChange(txn, job.caller, t, previous, notes, now);
}

std::shared_ptr<BulkJobs::Job> BulkJobs::find(const Caller &caller, const std::string &jobId)
{
    std::shared_ptr<Job> job;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        const auto it = m_jobs.find(jobId);
        if (it != m_jobs.end())
            job = it->second;
    }
    if (!job)
        job = stored(jobId);
    if (!job || !caller.seesBulkJobOf(job->caller.username()))
        failNotFound("Bulk job '" + jobId + "'");
    return job;
}

namespace {

class BulkWatchStream final : public ServerStream<v1::BulkJob> {
public:
    BulkWatchStream(std::shared_ptr<BulkJobs::Job> job, const ApiContext &ctx)
        : ServerStream("WatchBulkAction"), m_job(std::move(job)), m_ctx(ctx)
    {
    }

protected:
    Next produce(v1::BulkJob *out, grpc::Status *status) override;

private:
    std::shared_ptr<BulkJobs::Job> m_job;
    const ApiContext &m_ctx;
    std::uint64_t m_seen = ~std::uint64_t(0);
};

} // namespace

BulkWatchStream::Next BulkWatchStream::produce(v1::BulkJob *out, grpc::Status *status)
{
    std::lock_guard<std::mutex> lock(m_job->mutex);
    if (m_job->revision == m_seen) {
        if (m_ctx.shuttingDown) {
            *status = grpc::Status(grpc::StatusCode::UNAVAILABLE, "The backend is shutting down");
            return Next::Finish;
        }
        return Next::Wait;
    }
    m_seen = m_job->revision;
    *out = m_job->snapshot;
    return terminal(out->state()) ? Next::SendLast : Next::Send;
}

void BulkJobs::notify(Job &job)
{
    job.cv.notify_all();
    m_watchers.wakeAll();
}

grpc::ServerWriteReactor<v1::BulkJob> *BulkJobs::watch(const Caller &caller, const std::string &jobId,
                                                       grpc::CallbackServerContext *context)
{
    auto job = find(caller, jobId);
    {
        // A job another instance runs (or ran): its progress as the store
        // has it, read again while the stream is open.
        std::lock_guard<std::mutex> lock(m_mutex);
        const auto it = m_jobs.find(jobId);
        bool running = false;
        {
            std::lock_guard<std::mutex> jobLock(job->mutex);
            running = !terminal(job->snapshot.state());
        }
        if ((it == m_jobs.end() || it->second != job) && running) {
            m_foreign.push_back(job);
            m_foreignAdded = true;
            m_keeperCv.notify_all();
        }
    }
    auto stream = std::make_shared<BulkWatchStream>(job, m_ctx);
    return ServerStream<v1::BulkJob>::open(stream, m_watchers, context);
}

v1::BulkJob BulkJobs::cancel(const Caller &caller, const std::string &jobId)
{
    const auto job = find(caller, jobId);
    if (job->caller.username() != caller.username())
        failDenied("Only the person who started a bulk action can cancel it", perm::TransactionsEdit, "NOT_OWNER");
    {
        std::lock_guard<std::mutex> lock(job->mutex);
        if (terminal(job->snapshot.state()))
            return job->snapshot;
    }
    // Kept with the job, so that whichever instance runs it (or takes it
    // over) stops at its next chunk; the one running it here stops at once.
    if (!job->request.dry_run())
        m_ctx.store.write([&](WriteTxn &txn) {
            if (!txn.requestBulkCancel(jobId, caller.username()))
                return;
            AuditEntry a = auditFor(caller, "bulk_cancel", "bulk_job", jobId, m_ctx.clock.now());
            txn.appendAudit(a);
        });
    job->cancel = true;
    notify(*job);
    std::lock_guard<std::mutex> lock(job->mutex);
    return job->snapshot;
}

std::shared_ptr<BulkJobs::Job> BulkJobs::stored(const std::string &jobId)
{
    const auto record = m_ctx.store.getBulkJob(jobId);
    if (!record)
        return nullptr;
    auto job = std::make_shared<Job>();
    job->caller.user.username = record->owner;
    if (!job->snapshot.ParseFromString(record->progress) || !job->request.ParseFromString(record->request))
        return nullptr;
    job->id = job->snapshot.id();
    return job;
}

void BulkJobs::resumeUnfinished()
{
    std::lock_guard<std::mutex> resuming(m_resumeMutex);
    const auto records = m_ctx.store.unfinishedBulkJobs();
    for (const auto &r : records) {
        std::shared_ptr<Job> before;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_shutdown)
                return;
            if (m_unreadable.count(r.id))
                continue;
            const auto it = m_jobs.find(r.id);
            // Running here; one that passed to another instance may come back.
            if (it != m_jobs.end() && !it->second->leaseLost)
                continue;
            if (it != m_jobs.end())
                before = it->second;
        }
        // The job is this instance's once it has its lease: a job another
        // live instance runs keeps its lease there.
        // On a store of its own (SQLite), every lease left is of an earlier run
        // of this instance, expired or not.
        bool ours = false;
        const TimeMs now = m_ctx.clock.now();
        const TimeMs expiredBefore = m_ctx.store.shared() ? now : std::numeric_limits<TimeMs>::max();
        m_ctx.store.write([&](WriteTxn &txn) {
            ours = txn.takeLease(leaseName(r.id), m_ctx.engine.instanceId(), expiredBefore,
                                 now + m_ctx.engine.leaseMs());
        });
        if (!ours)
            continue;
        if (before && before->thread.joinable())
            before->thread.join();  // it stopped when its lease was lost
        auto job = std::make_shared<Job>();
        job->leased = true;
        if (!job->request.ParseFromString(r.request) || !job->snapshot.ParseFromString(r.progress)) {
            apiLog()->error("bulk job {} cannot be resumed: its stored form is unreadable", r.id);
            std::lock_guard<std::mutex> lock(m_mutex);
            m_unreadable.insert(r.id);
            continue;
        }
        job->id = job->snapshot.id();
        // The person who started it, with their role and scope of today.
        if (const auto user = m_ctx.store.getUser(r.owner))
            job->caller.user = *user;
        else
            job->caller.user.username = r.owner;
        job->ids = unpackIds(r.items);
        job->cursor = static_cast<std::size_t>(std::clamp<std::int64_t>(r.cursor, 0, static_cast<std::int64_t>(job->ids.size())));
        const auto &request = job->request;
        job->reason = request.reason();
        job->assignee = request.assignee() == "me" ? r.owner : request.assignee();
        if (const auto status = fromProto(request.triage_status()))
            job->triage = *status;
        job->patches = patchesOf(request);
        apiLog()->info("resuming bulk job {} of {} at item {} of {}", r.id, r.owner, job->cursor, job->ids.size());
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_shutdown)
            return;
        m_jobs[r.id] = job;
        job->thread = std::thread([this, job] { run(job); });
    }
}

void BulkJobs::shutdown()
{
    std::map<std::string, std::shared_ptr<Job>> jobs;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_shutdown = true;
        jobs = m_jobs;
    }
    m_keeperCv.notify_all();
    if (m_keeper.joinable())
        m_keeper.join();
    for (auto &[id, job] : jobs) {
        job->stopping = true;
        notify(*job);
    }
    std::vector<std::string> held;
    for (auto &[id, job] : jobs) {
        if (job->thread.joinable())
            job->thread.join();
        std::lock_guard<std::mutex> jobLock(job->mutex);
        if (job->leased && !job->leaseLost && !terminal(job->snapshot.state()))
            held.push_back(id);
    }
    // Jobs left unfinished pass at once to another instance sharing the
    // store (this one resumes them at its next start otherwise).
    if (!held.empty()) {
        try {
            m_ctx.store.write([&](WriteTxn &txn) {
                for (const auto &id : held)
                    txn.releaseLease(leaseName(id), m_ctx.engine.instanceId());
            });
        } catch (const std::exception &e) {
            apiLog()->warn("bulk jobs: cannot give up their leases: {}", e.what());
        }
    }
    m_watchers.stopAll();
}

} // namespace flowdesk::backend
