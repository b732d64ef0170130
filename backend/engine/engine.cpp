#include "engine_p.h"
#include "hashing.h"

#include "errorgroups.h"

namespace flowdesk::backend {

namespace {

// A failure's hop, for a person: the explanation of the target's code, with
// the value it refused and where, when the backend has words for the code;
// else no message, and the target's own text is what the hop says.
void setErrorMessage(Hop &hop, const TxError &err, const std::string &system)
{
    const std::string id = errorMessageId(err.code);
    if (!hasMessage(id))
        return;
    hop.messageId = id;
    hop.messageArgs = {{"system", system}, {"field", err.fieldPath}, {"value", err.offendingValue}};
}

} // namespace

void Engine::Impl::reloadFlows()
{
    std::unordered_map<std::string, std::shared_ptr<const FlowInfo>> fresh;
    for (auto &f : store.listFlows()) {
        auto info = std::make_shared<FlowInfo>();
        info->map = readBusinessMap(f.payloadSchemaJson);
        info->schema = PayloadSchema::cached(f.payloadSchemaJson);
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
        // The pauses as of this write: a connector paused since the list above
        // was read (here or by another instance) gets no new delivery.
        std::map<std::string, bool> pausedNow;
        auto isPaused = [&](const std::string &connectorId) {
            auto it = pausedNow.find(connectorId);
            if (it == pausedNow.end()) {
                const auto c = w.getConnector(connectorId);
                it = pausedNow.emplace(connectorId, c && c->paused).first;
            }
            return it->second;
        };
        std::vector<std::int64_t> ids;
        ids.reserve(picked.size());
        for (const auto &p : picked)
            ids.push_back(p.first);
        auto rows = w.getTransactions(ids, true);
        for (std::size_t i = 0; i < picked.size(); ++i) {
            const auto &f = picked[i].second;
            if (isPaused(f->def.connectorId))
                continue;
            auto &cur = rows[i];
            if (!cur || !isDueState(cur->state))
                continue;
            if (cur->state == TxState::RetryScheduled && cur->nextAttemptAt > now)
                continue;
            w.adoptCurrent(*cur, true);
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
            // The claim's lease: renewed while the delivery runs; once past,
            // another instance may take the delivery over.
            t.nextAttemptAt = now + std::max<TimeMs>(1, options.leaseMs);
            w.updateTransaction(t);
            Hop hop;
            hop.at = now;
            hop.system = f->def.targetSystem;
            hop.action = hopName(TxAction::Attempt);
            hop.detail = "attempt " + std::to_string(t.attempts) + " of " + std::to_string(f->def.retry.maxAttempts) +
                         " via " + f->def.connectorId;
            hop.messageId = "hop.ATTEMPT";
            hop.messageArgs = {{"attempt", std::to_string(t.attempts)},
                               {"max", std::to_string(f->def.retry.maxAttempts)},
                               {"connector", f->def.connectorId}};
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
        std::vector<std::int64_t> ids;
        ids.reserve(outcomes.size());
        for (const auto &o : outcomes)
            ids.push_back(o.claimed.tx.id);
        const auto rows = w.getTransactions(ids, false);
        std::set<std::int64_t> recorded;  // the rows as read are stale once one is recorded
        for (std::size_t i = 0; i < outcomes.size(); ++i) {
            auto &o = outcomes[i];
            Transaction &t = o.claimed.tx;
            const FlowDef &f = o.claimed.flow->def;
            // Recorded only while the claim is this engine's: a claim taken over
            // (after it expired) or a row changed meanwhile has a new version.
            const auto &cur = rows[i];
            if (!cur || cur->version != t.version || cur->state != TxState::InFlight || !recorded.insert(t.id).second) {
                logger()->warn("transaction {} changed while in flight; outcome not recorded", t.id);
                continue;
            }
            w.adoptCurrent(*cur, false);
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
                hop.messageId = "hop.POSTPONED";
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
                t.deliveryReceipt = o.result.targetReference;
                hop.action = hopName(TxAction::Deliver);
                hop.detail = o.result.targetReference.empty() ? std::string("accepted")
                                                              : "created " + o.result.targetReference;
                hop.messageId = o.result.targetReference.empty() ? "hop.DELIVERED" : "hop.DELIVERED_AS";
                hop.messageArgs = {{"system", t.targetSystem}, {"reference", o.result.targetReference}};
                action = TxAction::Deliver;
            } else {
                TxError err = o.result.error;
                if (err.category == ErrorCategory::None)
                    err.category = ErrorCategory::Connectivity;
                if (err.code.empty())
                    err.code = "UNKNOWN";
                err.at = now;
                err.signature = errorSignature(f.id, err.code, err.message);
                recordErrorGroup(f.id, t.payloadJson, err);
                auto &tally = tallies[f.connectorId];
                tally.attempts++;
                if (isRetryable(err.category))
                    tally.failures++;
                else
                    tally.success = true;  // the target answered
                t.error = err;
                if (isRetryable(err.category) && t.attempts < f.retry.maxAttempts) {
                    std::int64_t delay = backoffDelayMs(f.retry, t.attempts, options.backoffScale);
                    // A target that says when to come back (Retry-After) is not asked sooner.
                    if (o.result.retryAfterMs > 0)
                        delay = std::max(delay, static_cast<std::int64_t>(static_cast<double>(o.result.retryAfterMs) *
                                                                          options.backoffScale));
                    // Up to 10 % deterministic jitter so that a burst does not retry in lockstep.
                    delay += static_cast<std::int64_t>(static_cast<double>(delay) * 0.1 *
                                                       detail::unitHash(static_cast<std::uint64_t>(t.id),
                                                                        static_cast<std::uint64_t>(t.attempts)));
                    t.state = TxState::RetryScheduled;
                    t.nextAttemptAt = now + delay;
                    hop.action = hopName(TxAction::ScheduleRetry);
                    hop.detail = err.code + ": " + err.message + " (next attempt in " + std::to_string(delay) + " ms)";
                    setErrorMessage(hop, err, t.targetSystem);
                    action = TxAction::ScheduleRetry;
                } else {
                    t.state = TxState::Failed;
                    t.nextAttemptAt = 0;
                    t.triage = TriageStatus::New;
                    hop.action = hopName(TxAction::Fail);
                    hop.detail = err.code + ": " + err.message;
                    setErrorMessage(hop, err, t.targetSystem);
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
            for (auto id : ids) {
                d.inProgress.erase(id);
                d.lost.erase(id);
            }
        }
    } tracking{*this, {}};
    {
        std::lock_guard lock(progressMutex);
        for (const auto &c : claimed) {
            tracking.ids.push_back(c.tx.id);
            inProgress[c.tx.id] = c.tx.version;
        }
    }
    std::vector<Outcome> outcomes;
    outcomes.reserve(claimed.size());
    auto lastFlush = std::chrono::steady_clock::now();
    int attempted = 0;
    std::chrono::steady_clock::duration delivering{};
    // A few deliveries at a time (they mostly wait for the target), in the
    // order claimed.
    const std::size_t window = static_cast<std::size_t>(std::max(1, options.deliveryConcurrency));
    for (std::size_t from = 0; from < claimed.size(); from += window) {
        const std::size_t count = std::min(window, claimed.size() - from);
        std::vector<Outcome> part(count);
        const auto started = std::chrono::steady_clock::now();
        const bool stop = live && stopping.load();
        deliveries.run(count, [&](std::size_t i) {
            Outcome &o = part[i];
            const Claimed &c = claimed[from + i];
            // Not delivered: the server stops, or another instance took the
            // claim over (its outcome would not be recorded either).
            if (stop || claimLost(c.tx.id)) {
                o.attempted = false;
                return;
            }
            try {
                o.result = adapter.deliver(c.flow->def, c.tx);
            } catch (const std::exception &ex) {
                o.result = DeliveryResult{};
                o.result.error.category = ErrorCategory::Connectivity;
                o.result.error.code = "ADAPTER_ERROR";
                o.result.error.message = ex.what();
            } catch (...) {
                o.result = DeliveryResult{};
                o.result.error.category = ErrorCategory::Connectivity;
                o.result.error.code = "ADAPTER_ERROR";
                o.result.error.message = "the delivery adapter failed";
            }
        });
        if (!stop) {
            delivering += std::chrono::steady_clock::now() - started;
            attempted += static_cast<int>(count);
        }
        for (std::size_t i = 0; i < count; ++i) {
            part[i].claimed = std::move(claimed[from + i]);
            outcomes.push_back(std::move(part[i]));
        }
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
                if (periodicHeld.load())
                    sweepStuck(clock.now());
                lastSweep = std::chrono::steady_clock::now();
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
    d->instanceId = "flowdeskd-" + crypto::randomHex(8);
    // A store of its own: nobody else to share the periodic work with.
    d->periodicHeld = !store.shared();
}

const std::string &Engine::instanceId() const
{
    return d->instanceId;
}

TimeMs Engine::leaseMs() const
{
    return std::max<TimeMs>(1, d->options.leaseMs);
}

bool Engine::runsPeriodicWork() const
{
    return d->periodicHeld.load();
}

bool Engine::Impl::claimLost(std::int64_t id)
{
    std::lock_guard lock(progressMutex);
    return lost.count(id) > 0;
}

void Engine::Impl::renewLeases(TimeMs now)
{
    const TimeMs until = now + std::max<TimeMs>(1, options.leaseMs);
    std::vector<std::pair<std::int64_t, std::int64_t>> held;
    {
        std::lock_guard lock(progressMutex);
        held.assign(inProgress.begin(), inProgress.end());
    }
    const bool shared = store.shared();
    if (held.empty() && !shared)
        return;  // nothing to renew, nobody to share the periodic work with
    std::vector<std::int64_t> gone;
    bool periodic = !shared;
    store.write([&](WriteTxn &w) {
        gone.clear();
        for (const auto &[id, version] : held)
            if (!w.renewDeliveryLease(id, version, until))
                gone.push_back(id);
        if (shared)
            periodic = w.takeLease(kPeriodicLease, instanceId, now, until);
    });
    if (periodic != periodicHeld.load()) {
        periodicHeld = periodic;
        if (periodic)
            logger()->info("this instance ({}) runs the periodic work", instanceId);
        else
            logger()->info("the periodic work has passed from this instance ({}) to another", instanceId);
    }
    if (gone.empty())
        return;
    std::lock_guard lock(progressMutex);
    for (const auto id : gone)
        if (inProgress.count(id))
            lost.insert(id);
}

void Engine::Impl::keeperLoop()
{
    const auto every = std::chrono::milliseconds(std::max<TimeMs>(50, options.leaseMs / 3));
    auto lastOrphanSweep = std::chrono::steady_clock::now();
    while (!stopping.load()) {
        try {
            renewLeases(clock.now());
            // Claims left by an instance that died (or an outcome that could
            // not be recorded) are due again once they have expired.
            if (std::chrono::steady_clock::now() - lastOrphanSweep
                >= std::chrono::milliseconds(std::max<TimeMs>(50, options.leaseMs / 2))) {
                lastOrphanSweep = std::chrono::steady_clock::now();
                recoverOrphans(clock.now());
            }
        } catch (const std::exception &ex) {
            logger()->error("renewing the leases failed: {}", ex.what());
        }
        std::unique_lock lock(wakeMutex);
        wakeCv.wait_for(lock, every, [&] { return stopping.load(); });
    }
}

Engine::~Engine()
{
    stop();
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
    d->keeper = std::thread([this] { d->keeperLoop(); });
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
    if (d->keeper.joinable())
        d->keeper.join();
    if (d->store.shared() && d->periodicHeld.load()) {
        // The periodic work passes to another instance at once.
        try {
            d->store.write([&](WriteTxn &w) { w.releaseLease(kPeriodicLease, d->instanceId); });
        } catch (const std::exception &ex) {
            logger()->warn("cannot give up the periodic work's lease: {}", ex.what());
        }
        d->periodicHeld = false;
    }
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
    const int recovered = d->makeDueAgain(ids, now, "delivery interrupted by a restart; due again", "hop.INTERRUPTED",
                                          d->store.shared());
    if (recovered > 0)
        wake();
    return recovered;
}

int Engine::Impl::makeDueAgain(const std::vector<std::int64_t> &ids, TimeMs now, const std::string &why,
                               const std::string &whyId,
                               bool onlyExpired)
{
    int recovered = 0;
    for (size_t start = 0; start < ids.size(); start += 500) {
        const size_t end = std::min(ids.size(), start + 500);
        store.write([&](WriteTxn &w) {
            for (size_t i = start; i < end; ++i) {
                auto cur = w.getTransaction(ids[i], true);
                if (!cur || cur->state != TxState::InFlight)
                    continue;
                // A claim renewed meanwhile is alive.
                if (onlyExpired && cur->nextAttemptAt > now)
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
                hop.messageId = whyId;
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
    // A claim nobody renews (its instance died, or its outcome could not be
    // recorded) expires; the delivery is then due again, here or elsewhere.
    TxFilter filter;
    filter.states = {TxState::InFlight};
    std::vector<std::int64_t> orphans;
    std::string token;
    do {
        const TxPage page = store.listTransactions(filter, TxOrder::IdAsc, 1000, token);
        std::lock_guard lock(progressMutex);
        for (const auto &t : page.items)
            if (!inProgress.count(t.id) && t.nextAttemptAt <= now)
                orphans.push_back(t.id);
        token = page.nextPageToken;
    } while (!token.empty());
    if (orphans.empty())
        return;
    const int n = makeDueAgain(orphans, now, "the claim on this delivery expired without an outcome; due again",
                               "hop.CLAIM_EXPIRED", true);
    if (n > 0) {
        logger()->warn("{} deliveries whose claim expired without an outcome are due again", n);
        wakeWorkers();
    }
}

} // namespace flowdesk::backend
namespace flowdesk::backend {

void Engine::flowsChanged()
{
    d->reloadFlows();
}

} // namespace flowdesk::backend
