#include "engine.h"

#include "change.h"
#include "engine_json.h"
#include "lifecycle.h"
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

namespace flowdesk::backend {

namespace {

std::shared_ptr<spdlog::logger> logger()
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
constexpr TimeMs kOrphanAfterMs = 5 * 60 * 1000;

bool isDueState(TxState s)
{
    return s == TxState::Received || s == TxState::Resubmitted || s == TxState::RetryScheduled;
}

// Where a flow's payload keeps its business fields ("x-business" of its schema).
struct BusinessMap {
    std::string key, counterparty, amount, currency, plant, due, correlation;
};

struct FlowInfo {
    FlowDef def;
    BusinessMap map;
};

BusinessMap readBusinessMap(const std::string &schemaJson)
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
    // Conventional names when the schema does not say.
    if (m.currency.empty())
        m.currency = "/currency";
    if (m.plant.empty())
        m.plant = "/plant";
    return m;
}

const rapidjson::Value *at(const rapidjson::Value &doc, const std::string &pointer)
{
    if (pointer.empty())
        return nullptr;
    rapidjson::Pointer p(pointer.c_str(), pointer.size());
    if (!p.IsValid())
        return nullptr;
    return p.Get(doc);
}

std::string stringAt(const rapidjson::Value &doc, const std::string &pointer)
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

std::optional<double> numberAt(const rapidjson::Value &doc, const std::string &pointer)
{
    const rapidjson::Value *v = at(doc, pointer);
    if (v && v->IsNumber())
        return v->GetDouble();
    return std::nullopt;
}

double eurRate(const std::string &currency)
{
    static const std::map<std::string, double> rates = {
        {"EUR", 1.0}, {"USD", 0.92}, {"GBP", 1.16}, {"PLN", 0.23}, {"MXN", 0.051}, {"CHF", 1.05}, {"CNY", 0.13},
    };
    auto it = rates.find(currency);
    return it == rates.end() ? 1.0 : it->second;
}

double objectWeight(const std::string &type)
{
    static const std::map<std::string, double> weights = {
        {"sales_order", 1.5},          {"shipment", 1.4},
        {"customer_invoice", 1.3},     {"bank_statement_line", 1.2},
        {"production_confirmation", 1.2}, {"advance_shipping_notice", 1.1},
        {"quality_inspection", 1.1},   {"purchase_order_ack", 1.0},
        {"bill_of_materials", 0.9},    {"downtime_event", 0.8},
        {"stock_level_batch", 0.7},
    };
    auto it = weights.find(type);
    return it == weights.end() ? 1.0 : it->second;
}

bool tokenChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '/' || c == '.' || c == ':' ||
           c == '#';
}

std::string normaliseToken(const std::string &token)
{
    bool hasDigit = false;
    bool numeric = true;
    for (char c : token) {
        if (std::isdigit(static_cast<unsigned char>(c)))
            hasDigit = true;
        else if (!(c == '.' || c == ',' || c == '-' || c == '+' || c == ':'))
            numeric = false;
    }
    if (!hasDigit)
        return token;
    return numeric ? "<n>" : "<id>";
}

} // namespace

// ---------------------------------------------------------------------------
// Free functions

std::string errorSignature(const std::string &flowId, const std::string &code, const std::string &message)
{
    std::string out;
    out.reserve(message.size());
    const size_t n = message.size();
    size_t i = 0;
    bool lastSpace = false;
    while (i < n) {
        const char c = message[i];
        // A quoted value: "..." always, '...' only when it opens a word.
        if (c == '"' || (c == '\'' && (i == 0 || !std::isalnum(static_cast<unsigned char>(message[i - 1]))))) {
            const size_t close = message.find(c, i + 1);
            if (close != std::string::npos &&
                (c == '"' || close + 1 >= n || !std::isalnum(static_cast<unsigned char>(message[close + 1])))) {
                out += c;
                out += "<id>";
                out += c;
                i = close + 1;
                lastSpace = false;
                continue;
            }
        }
        if (tokenChar(c) || (c == ',' && i + 1 < n && i > 0 && std::isdigit(static_cast<unsigned char>(message[i - 1])) &&
                             std::isdigit(static_cast<unsigned char>(message[i + 1])))) {
            size_t j = i;
            while (j < n && (tokenChar(message[j]) ||
                             (message[j] == ',' && j + 1 < n && j > i &&
                              std::isdigit(static_cast<unsigned char>(message[j - 1])) &&
                              std::isdigit(static_cast<unsigned char>(message[j + 1])))))
                ++j;
            std::string token = message.substr(i, j - i);
            // Sentence punctuation is not part of the token.
            std::string trailing;
            while (!token.empty() && (token.back() == '.' || token.back() == ':' || token.back() == ',')) {
                trailing.insert(trailing.begin(), token.back());
                token.pop_back();
            }
            out += normaliseToken(token);
            out += trailing;
            i = j;
            lastSpace = false;
            continue;
        }
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!lastSpace && !out.empty())
                out += ' ';
            lastSpace = true;
        } else {
            out += c;
            lastSpace = false;
        }
        ++i;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return flowId + "|" + code + "|" + out;
}

std::int64_t backoffDelayMs(const RetryPolicy &policy, int attempt, double scale)
{
    if (attempt < 1)
        attempt = 1;
    double delay = static_cast<double>(policy.initialBackoffMs);
    const double cap = static_cast<double>(std::max(policy.maxBackoffMs, policy.initialBackoffMs));
    for (int i = 1; i < attempt && delay < cap; ++i)
        delay *= policy.multiplier;
    delay = std::min(delay, cap) * scale;
    const auto ms = static_cast<std::int64_t>(std::llround(delay));
    return std::max<std::int64_t>(ms, policy.initialBackoffMs > 0 ? 1 : 0);
}

double impactScore(const Transaction &tx, TimeMs now)
{
    // Value at risk in EUR; objects without an amount still count for something.
    const double value = static_cast<double>(std::max<std::int64_t>(tx.amountMinor, 0)) / 100.0 * eurRate(tx.currency);
    const double base = value + 250.0;

    // Urgency from the nearest of due date and SLA deadline.
    TimeMs deadline = tx.slaDeadline;
    if (tx.dueAt > 0 && (deadline == 0 || tx.dueAt < deadline))
        deadline = tx.dueAt;
    double urgency = 1.0;
    if (deadline > 0) {
        const double hoursLeft = static_cast<double>(deadline - now) / 3600000.0;
        if (hoursLeft <= 0)
            urgency = 4.0 + std::min(2.0, -hoursLeft / 48.0);  // overdue, growing for two days... four
        else
            urgency = 1.0 + 3.0 / (1.0 + hoursLeft / 12.0);
    }
    const double score = base * urgency * objectWeight(tx.businessObjectType);
    // Rounded so that the ranking does not flicker on the last digits.
    return std::round(score * 100.0) / 100.0;
}

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

    // Group commit of concurrent submit() calls.
    struct PendingSubmit {
        const Submission *submission = nullptr;
        SubmitResult result;
        std::exception_ptr failure;
        bool done = false;
    };
    std::mutex groupMutex;
    std::condition_variable groupCv;
    std::vector<PendingSubmit *> groupQueue;
    bool groupLeader = false;

    std::vector<SubmitResult> submitMany(const std::vector<const Submission *> &submissions);
    void wakeWorkers();

    // Transactions this engine has claimed and not yet recorded.
    std::mutex progressMutex;
    std::set<std::int64_t> inProgress;
    int makeDueAgain(const std::vector<std::int64_t> &ids, TimeMs now, const std::string &why);
    void recoverOrphans(TimeMs now);

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

void Engine::Impl::reloadFlows()
{
    std::unordered_map<std::string, std::shared_ptr<const FlowInfo>> fresh;
    for (auto &f : store.listFlows()) {
        auto info = std::make_shared<FlowInfo>();
        info->map = readBusinessMap(f.payloadSchemaJson);
        info->def = std::move(f);
        fresh.emplace(info->def.id, std::move(info));
    }
    std::unique_lock lock(flowsMutex);
    flows = std::move(fresh);
}

std::shared_ptr<const FlowInfo> Engine::Impl::flow(const std::string &id)
{
    {
        std::shared_lock lock(flowsMutex);
        auto it = flows.find(id);
        if (it != flows.end())
            return it->second;
    }
    reloadFlows();
    std::shared_lock lock(flowsMutex);
    auto it = flows.find(id);
    return it == flows.end() ? nullptr : it->second;
}

std::set<std::string> Engine::Impl::pausedConnectors() const
{
    std::set<std::string> paused;
    for (const auto &c : store.listConnectors())
        if (c.paused)
            paused.insert(c.id);
    return paused;
}

Event Engine::Impl::txEvent(const Transaction &t, TxState previous, TxAction action, TimeMs atTime,
                            const std::string &connectorId) const
{
    return transactionEvent(t, previous, action, atTime, kActor, connectorId);
}

int Engine::Impl::claimSize(bool live) const
{
    const int base = std::max(1, options.batchSize);
    const double micros = deliveryMicros.load();
    if (!live || micros <= 0)
        return base;
    // Fast targets get larger batches, up to about half a second of deliveries:
    // every claim and every record is one write that rewrites the same hot
    // index pages, so a backlog drains with far fewer pages written per
    // delivery. Slow targets keep the configured size, so that nothing waits
    // long IN_FLIGHT behind the rest of its batch.
    const double budget = 500000.0 / std::max(micros, 1.0);
    return static_cast<int>(std::clamp(budget, static_cast<double>(base), static_cast<double>(base) * 8.0));
}

std::vector<Engine::Impl::Claimed> Engine::Impl::claim(TimeMs now, int want)
{
    std::lock_guard claimLock(claimMutex);
    const auto paused = pausedConnectors();
    want = std::max(1, want);
    // Ask for more than a batch so that waiting work of a paused connector does
    // not hide the work behind it.
    auto due = store.dueForDelivery(now, paused.empty() ? want : want * 4);
    std::vector<std::pair<std::int64_t, std::shared_ptr<const FlowInfo>>> picked;
    for (const auto &t : due) {
        auto f = flow(t.flowId);
        if (!f) {
            logger()->warn("transaction {} belongs to unknown flow {}; left waiting", t.id, t.flowId);
            continue;
        }
        if (paused.count(f->def.connectorId))
            continue;
        picked.emplace_back(t.id, std::move(f));
        if (static_cast<int>(picked.size()) >= want)
            break;
    }
    // Work of a paused connector can fill the whole due list; then look for
    // the work of the running connectors explicitly.
    if (!paused.empty() && static_cast<int>(picked.size()) < want && static_cast<int>(due.size()) >= want * 4) {
        TxFilter filter;
        filter.states = {TxState::Received, TxState::Resubmitted, TxState::RetryScheduled};
        {
            std::shared_lock lock(flowsMutex);
            for (const auto &[id, info] : flows)
                if (!paused.count(info->def.connectorId))
                    filter.flowIds.push_back(id);
        }
        std::set<std::int64_t> seen;
        for (const auto &p : picked)
            seen.insert(p.first);
        if (!filter.flowIds.empty()) {
            const TxPage page = store.listTransactions(filter, TxOrder::CreatedAsc, 1000, {});
            for (const auto &t : page.items) {
                if (static_cast<int>(picked.size()) >= want)
                    break;
                if (seen.count(t.id) || (t.state == TxState::RetryScheduled && t.nextAttemptAt > now))
                    continue;
                if (auto f = flow(t.flowId))
                    picked.emplace_back(t.id, std::move(f));
            }
        }
    }
    std::vector<Claimed> claimed;
    if (picked.empty())
        return claimed;
    store.write([&](WriteTxn &w) {
        claimed.clear();
        for (auto &[id, f] : picked) {
            auto cur = w.getTransaction(id, true);
            if (!cur || !isDueState(cur->state))
                continue;
            if (cur->state == TxState::RetryScheduled && cur->nextAttemptAt > now)
                continue;
            Transaction t = std::move(*cur);
            t.hops.clear();
            const TxState previous = t.state;
            // A resubmit starts a new delivery cycle with the flow's full retry policy.
            if (previous == TxState::Resubmitted)
                t.attempts = 0;
            t.attempts += 1;
            t.state = TxState::InFlight;
            t.version += 1;
            t.updatedAt = now;
            t.nextAttemptAt = 0;
            w.updateTransaction(t);
            Hop hop;
            hop.at = now;
            hop.system = f->def.targetSystem;
            hop.action = hopName(TxAction::Attempt);
            hop.detail = "attempt " + std::to_string(t.attempts) + " of " + std::to_string(f->def.retry.maxAttempts) +
                         " via " + f->def.connectorId;
            w.appendHop(t.id, hop);
            Event e = txEvent(t, previous, TxAction::Attempt, now, f->def.connectorId);
            w.appendEvent(e);
            claimed.push_back({std::move(t), f});
        }
    });
    return claimed;
}

void Engine::Impl::record(std::vector<Outcome> &outcomes, TimeMs now)
{
    if (outcomes.empty())
        return;
    struct Tally {
        int attempts = 0;
        int failures = 0;
        bool success = false;
    };
    std::map<std::string, Tally> tallies;
    // Keep the event log bounded: every few hundred writes, and at least once a minute.
    const auto steadyNow = std::chrono::steady_clock::now();
    bool prune = ++writesSincePrune % 200 == 0;
    {
        std::lock_guard lock(statsMutex);
        if (steadyNow - lastPrune > std::chrono::seconds(60)) {
            prune = true;
            lastPrune = steadyNow;
        }
    }

    store.write([&](WriteTxn &w) {
        for (auto &o : outcomes) {
            Transaction &t = o.claimed.tx;
            const FlowDef &f = o.claimed.flow->def;
            auto cur = w.getTransaction(t.id, false);
            if (!cur || cur->version != t.version || cur->state != TxState::InFlight) {
                logger()->warn("transaction {} changed while in flight; outcome not recorded", t.id);
                continue;
            }
            const TxState previous = t.state;
            Hop hop;
            hop.at = now;
            hop.system = f.targetSystem;
            TxAction action = TxAction::None;
            if (!o.attempted) {
                // Claimed but not attempted before a stop: due again at once.
                t.attempts = std::max(0, t.attempts - 1);
                t.state = TxState::RetryScheduled;
                t.nextAttemptAt = now;
                hop.action = hopName(TxAction::Release);
                hop.detail = "delivery postponed by shutdown";
                action = TxAction::ScheduleRetry;
            } else if (o.result.ok) {
                auto &tally = tallies[f.connectorId];
                tally.attempts++;
                tally.success = true;
                t.state = TxState::Delivered;
                t.deliveredAt = now;
                t.nextAttemptAt = 0;
                t.error = TxError{};
                t.impactScore = 0;
                hop.action = hopName(TxAction::Deliver);
                hop.detail = o.result.targetReference.empty() ? std::string("accepted")
                                                              : "created " + o.result.targetReference;
                action = TxAction::Deliver;
            } else {
                TxError err = o.result.error;
                if (err.category == ErrorCategory::None)
                    err.category = ErrorCategory::Connectivity;
                if (err.code.empty())
                    err.code = "UNKNOWN";
                err.at = now;
                err.signature = errorSignature(f.id, err.code, err.message);
                auto &tally = tallies[f.connectorId];
                tally.attempts++;
                if (isRetryable(err.category))
                    tally.failures++;
                else
                    tally.success = true;  // the target answered
                t.error = err;
                if (isRetryable(err.category) && t.attempts < f.retry.maxAttempts) {
                    std::int64_t delay = backoffDelayMs(f.retry, t.attempts, options.backoffScale);
                    // Up to 10 % deterministic jitter so that a burst does not retry in lockstep.
                    delay += static_cast<std::int64_t>(static_cast<double>(delay) * 0.1 *
                                                       detail::unitHash(static_cast<std::uint64_t>(t.id),
                                                                        static_cast<std::uint64_t>(t.attempts)));
                    t.state = TxState::RetryScheduled;
                    t.nextAttemptAt = now + delay;
                    hop.action = hopName(TxAction::ScheduleRetry);
                    hop.detail = err.code + ": " + err.message + " (next attempt in " + std::to_string(delay) + " ms)";
                    action = TxAction::ScheduleRetry;
                } else {
                    t.state = TxState::Failed;
                    t.nextAttemptAt = 0;
                    t.triage = TriageStatus::New;
                    hop.action = hopName(TxAction::Fail);
                    hop.detail = err.code + ": " + err.message;
                    action = TxAction::Fail;
                }
                t.impactScore = impactScore(t, now);
            }
            t.version += 1;
            t.updatedAt = now;
            w.updateTransaction(t);
            w.appendHop(t.id, hop);
            Event e = txEvent(t, previous, action, now, f.connectorId);
            w.appendEvent(e);
        }

        // Connector health: last success and the failures of the last minutes.
        std::lock_guard statsLock(statsMutex);
        for (const auto &[connectorId, tally] : tallies) {
            auto &window = windows[connectorId];
            for (int i = 0; i < tally.attempts; ++i)
                window.emplace_back(now, i < tally.failures);
            while (!window.empty() && window.front().first < now - kConnectorWindowMs)
                window.pop_front();
            while (window.size() > 5000)
                window.pop_front();
            auto rec = w.getConnector(connectorId);
            if (!rec)
                continue;
            std::int64_t failures = 0;
            for (const auto &entry : window)
                failures += entry.second ? 1 : 0;
            rec->recentAttempts = static_cast<std::int64_t>(window.size());
            rec->recentFailures = failures;
            if (tally.success)
                rec->lastSuccessAt = std::max(rec->lastSuccessAt, now);
            w.upsertConnector(*rec);

            // Health from the failure ratio, with some hysteresis so that a
            // ratio near a threshold does not flap.
            auto last = lastStatus.find(connectorId);
            const ConnectorStatus before = last == lastStatus.end() ? ConnectorStatus::Up : last->second;
            const double ratio = rec->recentAttempts >= 4 ? static_cast<double>(failures) /
                                                                static_cast<double>(rec->recentAttempts)
                                                          : 0.0;
            ConnectorStatus status = ConnectorStatus::Up;
            if (ratio >= (before == ConnectorStatus::Down ? 0.3 : 0.5))
                status = ConnectorStatus::Down;
            else if (ratio >= (before == ConnectorStatus::Up ? 0.1 : 0.05))
                status = ConnectorStatus::Degraded;
            if (last == lastStatus.end() || last->second != status) {
                if (last != lastStatus.end()) {
                    Event e;
                    e.type = EventType::ConnectorChanged;
                    e.at = now;
                    e.connectorId = connectorId;
                    e.action = status == ConnectorStatus::Up ? "connector_up"
                               : status == ConnectorStatus::Degraded ? "connector_degraded"
                                                                     : "connector_down";
                    e.actor = kActor;
                    w.appendEvent(e);
                }
                lastStatus[connectorId] = status;
            }
        }
        if (prune)
            w.pruneEvents(options.eventRetention);
    });
}

int Engine::Impl::cycle(TimeMs now, bool live)
{
    if (live && claimHolds.load() > 0)
        return 0;
    auto claimed = claim(now, claimSize(live));
    if (claimed.empty())
        return 0;
    struct Tracking {
        Impl &d;
        std::vector<std::int64_t> ids;
        ~Tracking()
        {
            std::lock_guard lock(d.progressMutex);
            for (auto id : ids)
                d.inProgress.erase(id);
        }
    } tracking{*this, {}};
    {
        std::lock_guard lock(progressMutex);
        for (const auto &c : claimed) {
            tracking.ids.push_back(c.tx.id);
            inProgress.insert(c.tx.id);
        }
    }
    std::vector<Outcome> outcomes;
    outcomes.reserve(claimed.size());
    auto lastFlush = std::chrono::steady_clock::now();
    int attempted = 0;
    std::chrono::steady_clock::duration delivering{};
    for (auto &c : claimed) {
        Outcome o;
        if (live && stopping.load()) {
            o.attempted = false;
        } else {
            const auto started = std::chrono::steady_clock::now();
            try {
                o.result = adapter.deliver(c.flow->def, c.tx);
            } catch (const std::exception &ex) {
                o.result = DeliveryResult{};
                o.result.error.category = ErrorCategory::Connectivity;
                o.result.error.code = "ADAPTER_ERROR";
                o.result.error.message = ex.what();
            }
            delivering += std::chrono::steady_clock::now() - started;
            ++attempted;
        }
        o.claimed = std::move(c);
        outcomes.push_back(std::move(o));
        // With a slow target, hand finished outcomes over now and then rather
        // than at the end of the batch. A fast target gets its whole batch
        // recorded in one write: every write rewrites the same hot index pages.
        if (live && std::chrono::steady_clock::now() - lastFlush > std::chrono::milliseconds(100)) {
            record(outcomes, clock.now());
            outcomes.clear();
            lastFlush = std::chrono::steady_clock::now();
        }
    }
    record(outcomes, live ? clock.now() : now);
    if (live && attempted > 0)
        deliveryMicros = std::chrono::duration<double, std::micro>(delivering).count() / attempted;
    return attempted;
}

void Engine::Impl::sweepStuck(TimeMs now)
{
    std::lock_guard lock(sweepMutex);
    constexpr int kChunk = 2000;
    while (now > sweptUpTo) {
        auto crossed = store.crossedSla(sweptUpTo, now, kChunk);
        if (!crossed.empty()) {
            store.write([&](WriteTxn &w) {
                for (const auto &t : crossed) {
                    auto f = flow(t.flowId);
                    Event e = txEvent(t, t.state, TxAction::MarkStuck, now, f ? f->def.connectorId : std::string());
                    w.appendEvent(e);
                }
            });
        }
        if (static_cast<int>(crossed.size()) < kChunk) {
            sweptUpTo = now;
        } else {
            sweptUpTo = crossed.back().slaDeadline;
        }
    }
}

void Engine::Impl::workerLoop(int index)
{
    auto lastSweep = std::chrono::steady_clock::now() - std::chrono::seconds(10);
    auto lastOrphanSweep = std::chrono::steady_clock::now();
    while (!stopping.load()) {
        std::uint64_t seenSeq;
        {
            std::lock_guard lock(wakeMutex);
            seenSeq = wakeSeq;
        }
        int n = 0;
        try {
            n = cycle(clock.now(), true);
            if (index == 0 && std::chrono::steady_clock::now() - lastSweep > std::chrono::seconds(1)) {
                sweepStuck(clock.now());
                lastSweep = std::chrono::steady_clock::now();
            }
            if (index == 0 && std::chrono::steady_clock::now() - lastOrphanSweep > std::chrono::seconds(30)) {
                lastOrphanSweep = std::chrono::steady_clock::now();
                recoverOrphans(clock.now());
            }
        } catch (const std::exception &ex) {
            logger()->error("delivery cycle failed: {}", ex.what());
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
        if (n == 0 && !stopping.load()) {
            std::unique_lock lock(wakeMutex);
            wakeCv.wait_for(lock, std::chrono::milliseconds(250),
                            [&] { return stopping.load() || wakeSeq != seenSeq; });
        }
    }
}

// ---------------------------------------------------------------------------

Engine::Engine(Store &store, DeliveryAdapter &adapter, EngineOptions options)
    : d(std::make_unique<Impl>(store, adapter, options))
{
    d->sweptUpTo = d->clock.now();
}

Engine::~Engine()
{
    stop();
}

SubmitResult Engine::submit(const Submission &s)
{
    // Group commit: concurrent callers queue up, and whoever finds no write in
    // progress stores everything queued so far in one transaction.
    Impl::PendingSubmit mine;
    mine.submission = &s;
    std::unique_lock lock(d->groupMutex);
    d->groupQueue.push_back(&mine);
    while (!mine.done) {
        if (d->groupLeader) {
            d->groupCv.wait(lock);
            continue;
        }
        d->groupLeader = true;
        std::vector<Impl::PendingSubmit *> batch;
        batch.swap(d->groupQueue);
        lock.unlock();
        std::vector<const Submission *> submissions;
        submissions.reserve(batch.size());
        for (auto *p : batch)
            submissions.push_back(p->submission);
        std::vector<SubmitResult> results;
        std::exception_ptr failure;
        try {
            results = d->submitMany(submissions);
        } catch (...) {
            failure = std::current_exception();
        }
        lock.lock();
        for (size_t i = 0; i < batch.size(); ++i) {
            if (failure)
                batch[i]->failure = failure;
            else
                batch[i]->result = results[i];
            batch[i]->done = true;
        }
        d->groupLeader = false;
        d->groupCv.notify_all();
    }
    if (mine.failure)
        std::rethrow_exception(mine.failure);
    return mine.result;
}

std::vector<SubmitResult> Engine::submitBatch(const std::vector<Submission> &submissions)
{
    std::vector<const Submission *> pointers;
    pointers.reserve(submissions.size());
    for (const auto &s : submissions)
        pointers.push_back(&s);
    return d->submitMany(pointers);
}

std::vector<SubmitResult> Engine::Impl::submitMany(const std::vector<const Submission *> &submissions)
{
    Impl *const d = this;
    std::vector<SubmitResult> results(submissions.size());
    std::vector<Transaction> prepared(submissions.size());
    std::vector<bool> valid(submissions.size(), false);
    const TimeMs now = clock.now();

    for (size_t i = 0; i < submissions.size(); ++i) {
        const Submission &s = *submissions[i];
        SubmitResult &r = results[i];
        auto f = d->flow(s.flowId);
        if (!f) {
            r.status = SubmitResult::Status::UnknownFlow;
            r.message = "unknown flow \"" + s.flowId + "\"";
            continue;
        }
        rapidjson::Document doc;
        doc.Parse(s.payloadJson.c_str(), s.payloadJson.size());
        if (doc.HasParseError()) {
            r.status = SubmitResult::Status::InvalidPayload;
            r.message = std::string("payload is not valid JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()) +
                        " (at offset " + std::to_string(doc.GetErrorOffset()) + ")";
            continue;
        }
        if (!doc.IsObject()) {
            r.status = SubmitResult::Status::InvalidPayload;
            r.message = "payload must be a JSON object";
            continue;
        }
        const BusinessMap &m = f->map;
        Transaction &t = prepared[i];
        const TimeMs received = s.receivedAt > 0 ? s.receivedAt : now;
        t.flowId = f->def.id;
        t.state = TxState::Received;
        t.version = 1;
        t.businessKey = !s.businessKey.empty() ? s.businessKey : stringAt(doc, m.key);
        if (t.businessKey.empty())
            t.businessKey = !s.idempotencyKey.empty() ? s.idempotencyKey : f->def.id + "-" + std::to_string(received);
        t.businessObjectType = !s.businessObjectType.empty() ? s.businessObjectType : f->def.businessObjectType;
        t.correlationId = !s.correlationId.empty() ? s.correlationId : stringAt(doc, m.correlation);
        if (t.correlationId.empty())
            t.correlationId = t.businessKey;
        t.sourceSystem = f->def.sourceSystem;
        t.targetSystem = f->def.targetSystem;
        t.counterparty = !s.counterparty.empty() ? s.counterparty : stringAt(doc, m.counterparty);
        if (s.amountMinor != 0) {
            t.amountMinor = s.amountMinor;
        } else if (auto amount = numberAt(doc, m.amount)) {
            t.amountMinor = static_cast<std::int64_t>(std::llround(*amount * 100.0));
        }
        t.currency = !s.currency.empty() ? s.currency : stringAt(doc, m.currency);
        t.plant = !s.plant.empty() ? s.plant : stringAt(doc, m.plant);
        t.domain = f->def.domain;
        t.createdAt = received;
        t.updatedAt = received;
        if (s.dueAt > 0) {
            t.dueAt = s.dueAt;
        } else if (auto due = detail::parseIsoTime(stringAt(doc, m.due))) {
            t.dueAt = *due;
        }
        t.slaDeadline = received + f->def.slaSeconds * 1000;
        t.payloadJson = s.payloadJson;
        t.idempotencyKey = s.idempotencyKey;
        t.impactScore = impactScore(t, received);
        valid[i] = true;
    }

    // Fast path: keys already stored answer without taking the writer lock.
    std::vector<std::optional<std::int64_t>> known(submissions.size());
    bool anyNew = false;
    for (size_t i = 0; i < submissions.size(); ++i) {
        if (!valid[i])
            continue;
        if (!submissions[i]->idempotencyKey.empty())
            known[i] = d->store.findByIdempotencyKey(prepared[i].flowId, submissions[i]->idempotencyKey);
        if (!known[i])
            anyNew = true;
    }

    if (anyNew) {
        d->store.write([&](WriteTxn &w) {
            std::map<std::pair<std::string, std::string>, std::int64_t> inBatch;
            for (size_t i = 0; i < submissions.size(); ++i) {
                if (!valid[i])
                    continue;
                SubmitResult &r = results[i];
                r = SubmitResult{};
                Transaction t = prepared[i];
                const std::string &key = submissions[i]->idempotencyKey;
                if (!key.empty()) {
                    auto b = inBatch.find({t.flowId, key});
                    std::optional<std::int64_t> existing;
                    if (b != inBatch.end())
                        existing = b->second;
                    else
                        existing = w.findByIdempotencyKey(t.flowId, key);
                    if (existing) {
                        r.status = SubmitResult::Status::Duplicate;
                        r.transactionId = *existing;
                        if (auto cur = w.getTransaction(*existing, false))
                            r.state = cur->state;
                        continue;
                    }
                }
                w.insertTransaction(t);
                Hop hop;
                hop.at = t.createdAt;
                hop.system = t.sourceSystem;
                hop.action = hopName(TxAction::Receive);
                hop.detail = "received from " + t.sourceSystem;
                w.appendHop(t.id, hop);
                auto f = d->flow(t.flowId);
                Event e = d->txEvent(t, TxState::Received, TxAction::Receive, t.createdAt, f ? f->def.connectorId : "");
                w.appendEvent(e);
                if (!key.empty())
                    inBatch[{t.flowId, key}] = t.id;
                r.status = SubmitResult::Status::Ok;
                r.transactionId = t.id;
                r.state = TxState::Received;
            }
        });
    }
    for (size_t i = 0; i < submissions.size(); ++i) {
        if (valid[i] && known[i] && !anyNew) {
            results[i].status = SubmitResult::Status::Duplicate;
            results[i].transactionId = *known[i];
            if (auto cur = d->store.getTransaction(*known[i], false))
                results[i].state = cur->state;
        }
    }
    if (anyNew)
        wakeWorkers();
    return results;
}

void Engine::Impl::wakeWorkers()
{
    {
        std::lock_guard lock(wakeMutex);
        ++wakeSeq;
    }
    wakeCv.notify_all();
}

void Engine::start()
{
    if (d->running)
        return;
    try {
        const int recovered = recoverInterrupted(d->clock.now());
        if (recovered > 0)
            logger()->info("{} interrupted deliveries are due again", recovered);
    } catch (const std::exception &ex) {
        logger()->error("recovery of interrupted deliveries failed: {}", ex.what());
    }
    d->stopping = false;
    d->running = true;
    const int n = std::max(1, d->options.workerThreads);
    for (int i = 0; i < n; ++i)
        d->workers.emplace_back([this, i] { d->workerLoop(i); });
    logger()->info("delivery engine started with {} workers", n);
}

void Engine::stop()
{
    if (!d->running)
        return;
    {
        std::lock_guard lock(d->wakeMutex);
        d->stopping = true;
        ++d->wakeSeq;
    }
    d->wakeCv.notify_all();
    for (auto &t : d->workers)
        if (t.joinable())
            t.join();
    d->workers.clear();
    d->running = false;
    logger()->info("delivery engine stopped");
}

void Engine::wake()
{
    d->wakeWorkers();
}

void Engine::holdClaims()
{
    ++d->claimHolds;
}

void Engine::releaseClaims()
{
    if (--d->claimHolds <= 0)
        d->wakeWorkers();
}

int Engine::runOnce(TimeMs now)
{
    int total = 0;
    // Several batches, until nothing more is due at `now`.
    for (int i = 0; i < 10000; ++i) {
        const int n = d->cycle(now, false);
        total += n;
        if (n == 0)
            break;
    }
    d->sweepStuck(now);
    d->store.write([&](WriteTxn &w) { w.pruneEvents(d->options.eventRetention); });
    return total;
}

int Engine::recoverInterrupted(TimeMs now)
{
    TxFilter filter;
    filter.states = {TxState::InFlight};
    std::vector<std::int64_t> ids;
    std::string token;
    do {
        TxPage page = d->store.listTransactions(filter, TxOrder::IdAsc, 1000, token);
        for (const auto &t : page.items)
            ids.push_back(t.id);
        token = page.nextPageToken;
    } while (!token.empty());
    const int recovered = d->makeDueAgain(ids, now, "delivery interrupted by a restart; due again");
    if (recovered > 0)
        wake();
    return recovered;
}

int Engine::Impl::makeDueAgain(const std::vector<std::int64_t> &ids, TimeMs now, const std::string &why)
{
    int recovered = 0;
    for (size_t start = 0; start < ids.size(); start += 500) {
        const size_t end = std::min(ids.size(), start + 500);
        store.write([&](WriteTxn &w) {
            for (size_t i = start; i < end; ++i) {
                auto cur = w.getTransaction(ids[i], true);
                if (!cur || cur->state != TxState::InFlight)
                    continue;
                Transaction t = std::move(*cur);
                t.hops.clear();
                t.state = TxState::RetryScheduled;
                t.nextAttemptAt = now;
                t.version += 1;
                t.updatedAt = now;
                w.updateTransaction(t);
                Hop hop;
                hop.at = now;
                hop.system = t.targetSystem;
                hop.action = hopName(TxAction::Recover);
                hop.detail = why;
                w.appendHop(t.id, hop);
                auto f = flow(t.flowId);
                Event e = txEvent(t, TxState::InFlight, TxAction::ScheduleRetry, now, f ? f->def.connectorId : "");
                w.appendEvent(e);
                ++recovered;
            }
        });
    }
    return recovered;
}

void Engine::Impl::recoverOrphans(TimeMs now)
{
    // An outcome that could not be recorded (a failed write) leaves its
    // transaction IN_FLIGHT with nobody working on it.
    TxFilter filter;
    filter.states = {TxState::InFlight};
    const TxPage page = store.listTransactions(filter, TxOrder::IdAsc, 1000, {});
    std::vector<std::int64_t> orphans;
    {
        std::lock_guard lock(progressMutex);
        for (const auto &t : page.items)
            if (!inProgress.count(t.id) && t.updatedAt < now - kOrphanAfterMs)
                orphans.push_back(t.id);
    }
    if (orphans.empty())
        return;
    const int n = makeDueAgain(orphans, now, "outcome of the last attempt was not recorded; due again");
    logger()->warn("{} deliveries without a recorded outcome are due again", n);
    wakeWorkers();
}

} // namespace flowdesk::backend
