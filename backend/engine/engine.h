#pragma once

// The ingest and delivery engine: takes transactions from connectors, delivers
// them to their targets through a DeliveryAdapter, retries retryable failures with
// exponential backoff and parks the rest as FAILED exceptions.

#include "domainerror.h"
#include "domain.h"
#include "payload.h"
#include "policy.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace flowdesk::backend {

class Store;

struct DeliveryResult {
    bool ok = false;
    // On failure: category, code, message, targetResponse (signature is filled
    // by the engine).
    TxError error;
    // The target's receipt for the delivered object: the record it created or
    // found ("sale.order,4211", "OB-88120"); kept on the transaction.
    std::string targetReference;
    std::int64_t latencyMs = 0;
    // On a retryable failure: the earliest retry the target asked for
    // (Retry-After), 0 when it did not say.
    std::int64_t retryAfterMs = 0;
};

// FieldCandidate, a value a target offers for a field: payload.h.

struct CandidateLookup {
    enum class Status { Ok, NotSupported, Failed };
    Status status = Status::NotSupported;
    std::vector<FieldCandidate> candidates;
    // Failed: the error in the category the adapter would give a delivery.
    TxError error;
};

struct ConnectionTest {
    bool ok = false;
    std::int64_t latencyMs = 0;
    std::string message;
};

// Delivers one transaction to its flow's target. Called from the engine's worker
// threads; implementations are thread-safe.
class DeliveryAdapter {
public:
    virtual ~DeliveryAdapter() = default;
    virtual DeliveryResult deliver(const FlowDef &flow, const Transaction &tx) = 0;
    virtual ConnectionTest test(const ConnectorRecord &connector) = 0;
    // Values the flow's target offers for the payload field at `pointer`
    // ("/customer/code", "/lines/0/product") that match `query`, at most
    // `limit`. NotSupported when the flow's target has no lookup for it.
    virtual CandidateLookup candidates(const FlowDef &flow, const std::string &pointer, const std::string &query,
                                       int limit)
    {
        return {};
    }
    // The connector's credential was set anew: forget what was derived from
    // the old one (a session, an Odoo uid).
    virtual void credentialChanged(const std::string &connectorId) {}
};

struct Submission {
    std::string flowId;
    std::string businessKey;
    std::string payloadJson;
    std::string idempotencyKey;
    // Optional: read from the payload when empty.
    std::string correlationId;
    std::string counterparty;
    std::int64_t amountMinor = 0;
    std::string currency;
    std::string plant;
    TimeMs dueAt = 0;
    std::string businessObjectType;
    TimeMs receivedAt = 0;  // 0: now
    // The caller's language for the descriptions of a refused payload.
    std::string language = "en";
};

struct SubmitResult {
    // InvalidField: a field lists show (the business key, the counterparty...)
    // is beyond its bound (checkListedFields); field names it.
    // SchemaBroken: the flow's schema cannot be compiled, so nothing is taken in.
    enum class Status { Ok, Duplicate, UnknownFlow, InvalidPayload, InvalidField, SchemaBroken };
    Status status = Status::Ok;
    std::int64_t transactionId = 0;
    TxState state = TxState::Received;
    std::string message;  // for UnknownFlow / InvalidPayload / InvalidField / SchemaBroken
    std::string field;    // for InvalidField
    std::string reason;   // for InvalidField: FIELD_TOO_LONG or INVALID_ARGUMENT (control characters)
    // InvalidPayload: every problem, by JSON pointer into the payload (the
    // flow's schema), in the submission's language.
    std::vector<Violation> violations;
};

struct EngineOptions {
    int workerThreads = 2;
    // Deliveries in flight at once, over all workers: a delivery mostly waits
    // for a remote target, so a few run at the same time (1: one after the
    // other on each worker).
    int deliveryConcurrency = 8;
    int batchSize = 256;
    // Scale of the backoff delays (tests use small values).
    double backoffScale = 1.0;
    std::int64_t eventRetention = 200000;
    // The engine's time (SLA sweep, backoff, claims); null: the wall clock.
    const Clock *clock = nullptr;
    // How long a claim on a delivery (and a lease on a bulk job or on the
    // periodic work) lasts without being renewed. An instance renews its
    // claims while it works on them, every third of this; a claim of an
    // instance that died is taken over once it has expired.
    TimeMs leaseMs = 30000;
};

// After a payload is corrected, the business fields the flow's schema maps to
// it (x-business) follow the correction: counterparty, amount, currency and due
// date, each where the correction changed the payload's value for it (a value
// a connector sent beside the payload stays otherwise). The business key,
// correlation id and plant stay: they name the transaction, link it to its
// neighbours and decide who sees it. False, with *problem and t unchanged, when
// the new amount is out of range.
bool takeBusinessFields(Transaction &t, const std::string &previousPayloadJson, const std::string &payloadSchemaJson,
                        TimeMs now, std::string *problem);

class Engine {
public:
    Engine(Store &store, DeliveryAdapter &adapter, EngineOptions options = {});
    ~Engine();

    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    // Validates against the flow, deduplicates by (flow, idempotency key), stores
    // the transaction as RECEIVED with a "received" event, and wakes the workers.
    SubmitResult submit(const Submission &s);
    // Several submissions in one store transaction (bulk ingest, history seeding);
    // one result per submission, in order.
    std::vector<SubmitResult> submitBatch(const std::vector<Submission> &submissions);

    void start();
    // Stops the workers after their current batch; nothing in flight is lost
    // (an interrupted IN_FLIGHT transaction is picked up again at the next start).
    void stop();
    // New work is due (after a resubmit, a resume).
    void wake();
    // The flow catalogue in the store changed (a configuration reload): later
    // claims use the new definitions; deliveries in progress finish with theirs.
    void flowsChanged();

    // A bulk change writing thousands of rows in a row (a bulk resubmit) holds
    // new claims meanwhile, so that the workers do not compete with it for the
    // store's single writer and the cores; deliveries already claimed are still
    // recorded. Holds nest: every holdClaims() needs its releaseClaims(), and
    // the last release wakes the workers.
    void holdClaims();
    void releaseClaims();

    // One pass over the due work on the calling thread; returns how many
    // transactions were attempted. For tests and for stop-the-world tools.
    int runOnce(TimeMs now);

    // Makes transactions left IN_FLIGHT by an interrupted run due again at `now`
    // (start() does this); returns how many there were. On a store shared by
    // several instances, only those whose claim has expired: the others are
    // being delivered by a live instance.
    int recoverInterrupted(TimeMs now);

    // This instance, as its leases name it: host, process and a random part.
    const std::string &instanceId() const;
    TimeMs leaseMs() const;
    // Whether this instance runs the work that one instance at a time does (the
    // SLA sweep): always on a store of its own; on a shared store, the instance
    // that has the lease "periodic".
    bool runsPeriodicWork() const;

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

} // namespace flowdesk::backend
