// Ingest: submissions validated against their flow, deduplicated by
// idempotency key and stored as RECEIVED, one store transaction per batch.

#include "engine_p.h"
#include "payload.h"
#include "policy.h"

namespace flowdesk::backend {

bool takeBusinessFields(Transaction &t, const std::string &previousPayloadJson, const std::string &payloadSchemaJson,
                        TimeMs now, std::string *problem)
{
    rapidjson::Document doc;
    if (doc.Parse(t.payloadJson.c_str(), t.payloadJson.size()).HasParseError() || !doc.IsObject()) {
        *problem = "the payload is not a JSON object";
        return false;
    }
    rapidjson::Document before;
    before.Parse(previousPayloadJson.c_str(), previousPayloadJson.size());
    if (before.HasParseError() || !before.IsObject())
        before.SetObject();
    const BusinessMap m = readBusinessMap(payloadSchemaJson);
    // Only what the correction changed: a value the connector sent beside the
    // payload stays unless the payload's own value for it was edited.
    auto changedText = [&](const std::string &pointer, std::string *out) {
        std::string now = stringAt(doc, pointer);
        if (now.empty() || now == stringAt(before, pointer))
            return false;
        *out = std::move(now);
        return true;
    };
    Transaction next = t;
    std::string text;
    if (changedText(m.counterparty, &text))
        next.counterparty = text;
    if (changedText(m.currency, &text))
        next.currency = text;
    if (const auto amount = numberAt(doc, m.amount); amount && amount != numberAt(before, m.amount)) {
        const auto minor = amountMinorFromMajor(*amount);
        if (!minor) {
            *problem = amountOutOfRange();
            return false;
        }
        next.amountMinor = *minor;
    }
    if (changedText(m.due, &text)) {
        if (const auto due = detail::parseIsoTime(text))
            next.dueAt = *due;
    }
    if (const auto tooLong = checkListedFields(next, next.idempotencyKey)) {
        *problem = tooLong->field + " is " + tooLong->description;
        return false;
    }
    next.impactScore = impactScore(next, now);
    next.searchTerms = searchTerms(m.search, next.payloadJson);
    t = std::move(next);
    return true;
}

SubmitResult Engine::submit(const Submission &s)
{
    // The submission is checked and made into its row here, on the caller's
    // thread, so that concurrent callers check theirs at the same time; a key
    // stored already answers without the writer.
    Impl::PendingSubmit mine;
    mine.submission = &s;
    if (!d->prepareOne(s, d->clock.now(), mine.result, mine.row))
        return mine.result;
    if (d->answerStored(mine.row.flowId, s.idempotencyKey, mine.result))
        return mine.result;
    d->storeInGroup({&mine});
    if (mine.failure)
        std::rethrow_exception(mine.failure);
    return mine.result;
}

bool Engine::Impl::answerStored(const std::string &flowId, const std::string &idempotencyKey, SubmitResult &r)
{
    if (idempotencyKey.empty())
        return false;
    const auto known = store.findByIdempotencyKey(flowId, idempotencyKey);
    if (!known)
        return false;
    answerDuplicate(*known, r);
    return true;
}

void Engine::Impl::answerDuplicate(std::int64_t id, SubmitResult &r)
{
    r = SubmitResult{};
    r.status = SubmitResult::Status::Duplicate;
    r.transactionId = id;
    if (auto cur = store.getTransaction(id, false))
        r.state = cur->state;
}

void Engine::Impl::storeInGroup(const std::vector<PendingSubmit *> &mine)
{
    // Group commit: concurrent callers queue up, and whoever finds no write in
    // progress stores everything queued so far in one transaction. A batch
    // queues all its rows at once, so that they are stored by one write. Each
    // caller waits on the condition of its first row: the leader wakes the
    // callers it stored and the first one queued since, who leads the next
    // write; no one else.
    if (mine.empty())
        return;
    PendingSubmit &first = *mine.front();
    std::unique_lock lock(groupMutex);
    groupQueue.insert(groupQueue.end(), mine.begin(), mine.end());
    while (!first.done) {
        if (groupLeader) {
            first.wake.wait(lock);
            continue;
        }
        groupLeader = true;
        std::vector<PendingSubmit *> batch;
        batch.swap(groupQueue);
        lock.unlock();
        std::vector<const Submission *> submissions;
        std::vector<Transaction *> rows;
        submissions.reserve(batch.size());
        rows.reserve(batch.size());
        for (auto *p : batch) {
            submissions.push_back(p->submission);
            rows.push_back(&p->row);
        }
        std::vector<SubmitResult> results;
        std::exception_ptr failure;
        try {
            results = storePrepared(submissions, rows);
        } catch (...) {
            failure = std::current_exception();
        }
        lock.lock();
        for (size_t i = 0; i < batch.size(); ++i) {
            if (failure)
                batch[i]->failure = failure;
            else
                batch[i]->result = std::move(results[i]);
            batch[i]->done = true;
        }
        // Each other caller is woken once, on the condition of its first row.
        for (auto *p : batch)
            if (p->firstOfCaller && p != &first)
                p->wake.notify_one();
        groupLeader = false;
        if (!groupQueue.empty())
            groupQueue.front()->wake.notify_one();
    }
}

std::vector<SubmitResult> Engine::submitBatch(const std::vector<Submission> &submissions)
{
    std::vector<const Submission *> pointers;
    pointers.reserve(submissions.size());
    for (const auto &s : submissions)
        pointers.push_back(&s);
    return d->submitMany(pointers);
}

bool Engine::Impl::prepareOne(const Submission &s, TimeMs now, SubmitResult &r, Transaction &out)
{
    auto f = flow(s.flowId);
    if (!f) {
        r.status = SubmitResult::Status::UnknownFlow;
        r.message = "unknown flow \"" + s.flowId + "\"";
        return false;
    }
    rapidjson::Document doc;
    if (jsonNestsDeeperThan(s.payloadJson)) {
        r.status = SubmitResult::Status::InvalidPayload;
        r.message = "payload is nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
        r.violations.push_back({"", r.message});
        return false;
    }
    doc.Parse(s.payloadJson.c_str(), s.payloadJson.size());
    if (doc.HasParseError()) {
        r.status = SubmitResult::Status::InvalidPayload;
        r.message = std::string("payload is not valid JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()) +
                    " (at offset " + std::to_string(doc.GetErrorOffset()) + ")";
        r.violations.push_back({"", r.message});
        return false;
    }
    if (!doc.IsObject()) {
        r.status = SubmitResult::Status::InvalidPayload;
        r.message = "payload must be a JSON object";
        r.violations.push_back({"", r.message});
        return false;
    }
    // The flow's schema decides what is taken in: nothing that does not fit is stored.
    if (!f->schema) {
        r.status = SubmitResult::Status::SchemaBroken;
        r.message = "the schema of flow \"" + f->def.id + "\" cannot be compiled";
        return false;
    }
    r.violations = f->schema->validate(s.payloadJson, s.language);
    if (!r.violations.empty()) {
        r.status = SubmitResult::Status::InvalidPayload;
        r.message = payloadProblemsText(r.violations.size(), s.language);
        return false;
    }
    const BusinessMap &m = f->map;
    Transaction &t = out;
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
    // Amounts beyond any business document's are refused: summed per error
    // group and per currency they must never overflow.
    const auto refuseAmount = [&] {
        r.status = SubmitResult::Status::InvalidPayload;
        r.message = amountOutOfRange();
    };
    if (s.amountMinor != 0) {
        if (!amountMinorInRange(s.amountMinor)) {
            refuseAmount();
            return false;
        }
        t.amountMinor = s.amountMinor;
    } else if (auto amount = numberAt(doc, m.amount)) {
        const auto minor = amountMinorFromMajor(*amount);
        if (!minor) {
            refuseAmount();
            return false;
        }
        t.amountMinor = *minor;
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
    t.searchTerms = searchTerms(m.search, t.payloadJson);
    t.schemaVersion = f->def.schemaVersion;
    t.idempotencyKey = s.idempotencyKey;
    t.impactScore = impactScore(t, received);
    if (const auto tooLong = checkListedFields(t, s.idempotencyKey)) {
        r.status = SubmitResult::Status::InvalidField;
        r.field = tooLong->field;
        r.reason = tooLong->reason;
        r.message = tooLong->field + " is " + tooLong->description;
        return false;
    }
    return true;
}

std::vector<SubmitResult> Engine::Impl::submitMany(const std::vector<const Submission *> &submissions)
{
    // Checked and made into rows on the caller's thread, as single submissions
    // are; keys stored already answer without the writer.
    std::vector<SubmitResult> results(submissions.size());
    std::vector<PendingSubmit> pending(submissions.size());
    std::vector<PendingSubmit *> queued;
    const TimeMs now = clock.now();
    std::vector<bool> valid(submissions.size(), false);
    std::vector<IdempotencyKey> keys;
    std::vector<size_t> keyed;
    for (size_t i = 0; i < submissions.size(); ++i) {
        PendingSubmit &p = pending[i];
        p.submission = submissions[i];
        valid[i] = prepareOne(*submissions[i], now, results[i], p.row);
        if (valid[i] && !submissions[i]->idempotencyKey.empty()) {
            keys.push_back({p.row.flowId, submissions[i]->idempotencyKey});
            keyed.push_back(i);
        }
    }
    // The batch's keys looked up at once.
    const auto known = store.findByIdempotencyKeys(keys);
    for (size_t k = 0; k < keyed.size(); ++k) {
        if (known[k]) {
            answerDuplicate(*known[k], results[keyed[k]]);
            valid[keyed[k]] = false;
        }
    }
    for (size_t i = 0; i < submissions.size(); ++i) {
        if (!valid[i])
            continue;
        pending[i].firstOfCaller = queued.empty();
        queued.push_back(&pending[i]);
    }
    storeInGroup(queued);
    for (size_t i = 0; i < submissions.size(); ++i) {
        const PendingSubmit &p = pending[i];
        if (!p.done)
            continue;
        if (p.failure)
            std::rethrow_exception(p.failure);
        results[i] = p.result;
    }
    return results;
}

std::vector<SubmitResult> Engine::Impl::storePrepared(const std::vector<const Submission *> &submissions,
                                                      const std::vector<Transaction *> &prepared)
{
    Impl *const d = this;
    std::vector<SubmitResult> results(submissions.size());
    d->store.write([&](WriteTxn &w) {
        // Keys stored since the callers looked: one lookup for the group.
        std::vector<IdempotencyKey> keys;
        std::vector<size_t> keyOf(submissions.size(), 0);
        for (size_t i = 0; i < submissions.size(); ++i) {
            if (!submissions[i]->idempotencyKey.empty()) {
                keyOf[i] = keys.size();
                keys.push_back({prepared[i]->flowId, submissions[i]->idempotencyKey});
            }
        }
        const auto stored = w.findByIdempotencyKeys(keys);
        std::map<std::pair<std::string, std::string>, std::int64_t> inBatch;
        for (size_t i = 0; i < submissions.size(); ++i) {
            SubmitResult &r = results[i];
            r = SubmitResult{};
            Transaction t = *prepared[i];
            const std::string &key = submissions[i]->idempotencyKey;
            if (!key.empty()) {
                auto b = inBatch.find({t.flowId, key});
                std::optional<std::int64_t> existing;
                if (b != inBatch.end())
                    existing = b->second;
                else
                    existing = stored[keyOf[i]];
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
            hop.messageId = "hop.RECEIVED";
            hop.messageArgs = {{"system", t.sourceSystem}};
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
    wakeWorkers();
    return results;
}

} // namespace flowdesk::backend
