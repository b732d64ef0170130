#pragma once

// Domain types of flowdeskd. Plain C++ so that the store, the engine and the
// gRPC layer share them; the gRPC layer maps them to and from the contract.

#include "clock.h"
#include "messages.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace flowdesk::backend {

// Numbers equal those of flowdesk.v1.TransactionState.
enum class TxState : int {
    Received = 1,
    InFlight = 2,
    Delivered = 3,
    RetryScheduled = 4,
    Failed = 5,
    Resubmitted = 6,
    Discarded = 7,
    ResolvedManually = 8,
};

// What happens to a transaction: a person's action or a step of the delivery
// engine. One vocabulary for the lifecycle rules, hops, events and audit
// entries. Numbers equal those of flowdesk.v1.TransactionAction (checked at
// compile time where the API maps them).
enum class TxAction : int {
    None = 0,
    EditPayload = 1,
    Resubmit = 2,
    Discard = 3,
    ResolveManually = 4,
    Assign = 5,
    SetTriageStatus = 6,
    Comment = 7,
    EditAndResubmit = 8,
    Receive = 20,
    Attempt = 21,
    Deliver = 22,
    Fail = 23,
    ScheduleRetry = 24,
    MarkStuck = 25,
    Release = 26,
    Recover = 27,
};

// Numbers equal those of flowdesk.v1.TriageStatus.
enum class TriageStatus : int {
    None = 0,
    New = 1,
    Investigating = 2,
    WaitingOnMasterData = 3,
    WaitingOnPartner = 4,
};

// Numbers equal those of flowdesk.v1.ErrorCategory.
enum class ErrorCategory : int {
    None = 0,
    Connectivity = 1,
    Authentication = 2,
    MasterData = 3,
    Validation = 4,
    BusinessState = 5,
    Duplicate = 6,
};

// Numbers equal those of flowdesk.v1.Role.
enum class Role : int {
    None = 0,
    Viewer = 1,
    Operator = 2,
    Admin = 3,
    Auditor = 4,
    Connector = 5,
};

inline bool isClosed(TxState s)
{
    return s == TxState::Delivered || s == TxState::Discarded || s == TxState::ResolvedManually;
}

inline bool isRetryable(ErrorCategory c)
{
    return c == ErrorCategory::Connectivity || c == ErrorCategory::Authentication;
}

const char *toString(TxState s);        // "FAILED"
const char *toString(TriageStatus s);   // "INVESTIGATING"
const char *toString(ErrorCategory c);  // "MASTER_DATA"
const char *toString(Role r);           // "operator"
std::optional<Role> roleFromString(const std::string &s);

struct RetryPolicy {
    int maxAttempts = 5;
    std::int64_t initialBackoffMs = 2000;
    double multiplier = 2.0;
    std::int64_t maxBackoffMs = 5 * 60 * 1000;
};

struct FlowDef {
    std::string id;                 // "crm-quote-to-order"
    std::string name;               // "CRM quote to sales order"
    std::string domain;             // "sales"
    std::string sourceSystem;       // "Salesforce CRM"
    std::string targetSystem;       // "Odoo"
    std::string connectorId;        // connector of the target system
    std::string businessObjectType; // "sales_order"
    std::string description;
    std::string payloadSchemaJson;  // JSON Schema draft 4
    std::vector<std::string> sensitiveFields; // JSON pointers, e.g. "/bank/iban"
    std::int64_t slaSeconds = 3600;
    RetryPolicy retry;
    bool batch = false;
    // Counts up whenever the payload schema changes (kept by the store).
    int schemaVersion = 1;
    // Name and description per language ("de" -> ...), beside the English
    // name and description above; what to do per error code and language.
    std::map<std::string, std::string> localizedNames;
    std::map<std::string, std::string> localizedDescriptions;
    // What should happen next for the business object once delivered ("Sales
    // order created in Odoo"), per language; empty when the site does not say.
    std::map<std::string, std::string> milestones;
    // error code -> language -> text
    std::map<std::string, std::map<std::string, std::string>> whatToDo;
};

// A flow's texts in `language` ("de", "de-CH"), falling back to English.
std::string flowName(const FlowDef &f, const std::string &language);
std::string flowDescription(const FlowDef &f, const std::string &language);
// The flow's next milestone in `language`; empty when the site does not say.
std::string flowMilestone(const FlowDef &f, const std::string &language);
// What to do about an error code of the flow; empty when the site does not say.
std::string flowWhatToDo(const FlowDef &f, const std::string &code, const std::string &language);

struct TxError {
    ErrorCategory category = ErrorCategory::None;
    std::string code;           // "UNKNOWN_CUSTOMER"
    std::string message;        // "Customer C-10442 does not exist"
    std::string signature;      // "crm-quote-to-order|UNKNOWN_CUSTOMER|Customer <id> does not exist"
    std::string targetResponse; // raw text of the target's answer
    TimeMs at = 0;
    // JSON pointer of the payload field the target named ("/customer/code"),
    // empty when it named none.
    std::string fieldPath;
    // The payload's value at fieldPath when the target refused it ("C-10442",
    // "EA"); empty when unknown. At most kMaxOffendingValueBytes.
    std::string offendingValue;
    // The exact group: one flow, one code, one offending value (see
    // errorgroups.h); the signature when no offending value is known.
    std::string group;
};

struct Hop {
    TimeMs at = 0;
    std::string system;
    std::string action;  // "received", "attempt", "delivered", "failed", ...
    std::string detail;  // in English, for logs and clients without the message
    // The same for a person, worded in their language when read (messages.h);
    // empty for hops recorded before hops carried one.
    std::string messageId;
    MessageArgs messageArgs;
};

// The largest amount a transaction may carry, in minor units (10^13 in major
// units): sums over millions of transactions stay far from overflowing.
inline constexpr std::int64_t kMaxAmountMinor = 1'000'000'000'000'000;

struct Transaction {
    std::int64_t id = 0;
    std::string flowId;
    TxState state = TxState::Received;
    std::int64_t version = 1;
    std::string businessKey;
    std::string businessObjectType;
    std::string correlationId;
    std::string sourceSystem;
    std::string targetSystem;
    std::string counterparty;
    std::int64_t amountMinor = 0;
    std::string currency;
    std::string plant;
    std::string domain;
    TimeMs createdAt = 0;
    TimeMs updatedAt = 0;
    TimeMs dueAt = 0;        // 0: none
    TimeMs slaDeadline = 0;
    TimeMs deliveredAt = 0;  // 0: not delivered
    TimeMs nextAttemptAt = 0;
    int attempts = 0;
    TxError error;
    std::string originalPayloadJson;
    std::string payloadJson;
    TriageStatus triage = TriageStatus::None;
    std::string assignee;
    std::string idempotencyKey;
    double impactScore = 0;
    // The target's receipt of the delivery: the record it created or found
    // ("sale.order,4211"); empty until delivered.
    std::string deliveryReceipt;
    // The version of the flow's schema the payload was last validated against.
    int schemaVersion = 1;
    // What else the text filter finds it by (searchTerms of payload.h: a
    // customer's name, order and product references). Set with the payload at
    // ingest and by every correction; the store writes it when the payload
    // changes and never reads it back.
    std::string searchTerms;
    std::vector<Hop> hops;   // filled only by Store::getTransaction

    bool stuckAt(TimeMs now) const { return !isClosed(state) && slaDeadline > 0 && now > slaDeadline; }
};

struct TxFilter {
    std::vector<TxState> states;
    std::vector<std::string> flowIds;
    std::vector<std::string> plants;   // the service layer narrows these to the caller's scope
    std::vector<std::string> domains;  // idem
    std::string errorSignature;
    std::string errorGroup;            // an exact group (TxError::group)
    // Case-insensitive substring of the business key, the counterparty, the
    // error message or one of the search terms.
    std::string text;
    bool stuckOnly = false;
    TimeMs now = 0;                    // reference time for stuckOnly
    std::vector<TriageStatus> triage;
    std::vector<ErrorCategory> categories;
    std::string assignee;
    bool unassignedOnly = false;
    std::string correlationId;
    TimeMs createdAfter = 0;
    TimeMs createdBefore = 0;
};

enum class TxOrder {
    ImpactDesc,   // default: impact_score desc, id desc
    CreatedAsc,   // oldest first
    CreatedDesc,
    AmountDesc,
    DueAsc,
    FlowAsc,
    IdAsc,
};

struct TxPage {
    std::vector<Transaction> items;
    std::string nextPageToken;  // empty: last page
    std::int64_t totalSize = 0;
};

struct CurrencyAmount {
    std::string currency;
    std::int64_t amountMinor = 0;
};

struct ErrorGroup {
    std::string signature;
    // Exact groups only: the group's key, its offending value and the field
    // that holds it (of one member).
    std::string group;
    std::string offendingValue;
    std::string fieldPath;
    // Signature groups: how many different offending values their members have.
    std::int64_t distinctValues = 0;
    std::string flowId;
    ErrorCategory category = ErrorCategory::None;
    std::string code;
    std::string sampleMessage;
    // The member the sample message is from (the newest).
    std::int64_t sampleId = 0;
    std::int64_t count = 0;
    // The largest single-currency amount of valuesAtRisk, never a sum across
    // currencies.
    std::int64_t valueAtRiskMinor = 0;
    std::string currency;
    TimeMs oldest = 0;
    TimeMs newest = 0;
    // Sum of the members' amount per currency, largest amount first.
    std::vector<CurrencyAmount> valuesAtRisk;
};

struct StateCount {
    std::string flowId;
    TxState state;
    std::int64_t count = 0;
};

struct AuditEntry {
    std::int64_t sequence = 0;  // assigned by the store
    TimeMs at = 0;
    std::string actor;
    std::string role;
    std::string action;
    std::string targetType;
    std::string targetId;
    std::string reason;
    std::string diffJson;
    std::string requestId;
    std::string detail;
    // The detail for a person, worded in the reader's language when read
    // (messages.h, "audit.*"); none for details in a person's own words (a
    // comment). Part of the hash when set.
    std::string messageId;
    MessageArgs messageArgs;
    std::string prevHash;  // assigned by the store
    std::string hash;      // assigned by the store
};

struct AuditFilter {
    // Entries about the transactions that carry this business key exactly.
    std::string businessKey;
    std::string actor;
    std::string action;
    std::string targetType;
    std::string targetId;
    TimeMs from = 0;
    TimeMs to = 0;
    // Only what changed the target or noted something on it: no reads
    // (readAuditActions).
    bool changesOnly = false;
};

// Audit actions that record a read, not a change ("lookup_field_values": the
// values a person looked up in the target while correcting a payload).
const std::vector<std::string> &readAuditActions();

struct AuditPage {
    std::vector<AuditEntry> items;
    std::string nextPageToken;
    std::int64_t totalSize = 0;
};

struct AuditVerification {
    bool ok = true;
    std::int64_t checked = 0;
    std::int64_t firstBrokenSequence = 0;
    std::string problem;
};

// Numbers equal those of flowdesk.v1.EventType.
enum class EventType : int { TransactionChanged = 1, ConnectorChanged = 2, BulkJobChanged = 3, Heartbeat = 4 };

struct Event {
    std::int64_t sequence = 0;  // assigned by the store
    EventType type = EventType::TransactionChanged;
    TimeMs at = 0;
    std::int64_t transactionId = 0;
    std::string flowId;
    TxState state = TxState::Received;
    TxState previousState = TxState::Received;
    std::int64_t version = 0;
    std::string plant;
    std::string domain;
    std::string action;
    std::string actor;
    std::string connectorId;
    std::string bulkJobId;
};

struct UserRecord {
    std::string username;
    std::string displayName;
    Role role = Role::Viewer;
    std::vector<std::string> domains;
    std::vector<std::string> plants;
    std::string passwordHash;  // "pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>"
    bool disabled = false;
    int failedLogins = 0;
    TimeMs lockedUntil = 0;
    TimeMs createdAt = 0;
    TimeMs lastLoginAt = 0;
};

struct SessionRecord {
    std::string tokenHash;  // SHA-256 hex of the bearer token; the token itself is never stored
    std::string username;
    TimeMs createdAt = 0;
    TimeMs expiresAt = 0;
};

// A finished mutation, kept so that the same request id answers the same.
struct RequestRecord {
    std::string requestId;
    std::string method;
    std::string fingerprint;  // hash of the method's arguments
    std::string response;     // serialized response message
    int statusCode = 0;       // grpc status code of the first answer
    TimeMs at = 0;
};

enum class ConnectorStatus : int { Up = 1, Degraded = 2, Down = 3, Paused = 4 };

struct ConnectorRecord {
    std::string id;
    std::string name;
    std::string kind;
    std::string system;
    std::string endpoint;
    std::string authType;
    bool paused = false;
    std::string pausedReason;
    TimeMs lastSuccessAt = 0;
    std::int64_t recentAttempts = 0;
    std::int64_t recentFailures = 0;
    std::string credentialCiphertext;  // encrypted under the master key; never leaves the backend
    std::string credentialFingerprint;
    int credentialVersion = 0;
    TimeMs credentialRotatedAt = 0;
    std::string credentialRotatedBy;
    int rotationPolicyDays = 90;
};

} // namespace flowdesk::backend
