#pragma once

// Maps flowdeskd's domain types to and from the flowdesk.v1 contract.

#include "access.h"
#include "domain.h"
#include "policy.h"

#include "flowdesk/v1/audit.pb.h"
#include "flowdesk/v1/common.pb.h"
#include "flowdesk/v1/connector.pb.h"
#include "flowdesk/v1/event.pb.h"
#include "flowdesk/v1/flow.pb.h"
#include "flowdesk/v1/transaction.pb.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace flowdesk::backend {

class Store;

void setTime(google::protobuf::Timestamp *ts, TimeMs ms);
TimeMs fromTime(const google::protobuf::Timestamp &ts);
// fromTime for a time from a request: throws ApiError INVALID_ARGUMENT naming
// field when the time lies outside what a Timestamp may hold.
TimeMs requireTime(const google::protobuf::Timestamp &ts, const std::string &field);

// A name or search from a request (an id, a plant, an assignee, a search
// text): at most maxBytes and free of control characters; throws ApiError
// INVALID_ARGUMENT naming field otherwise (reason FIELD_TOO_LONG when too long).
void requireText(const std::string &value, const std::string &field, std::size_t maxBytes);
// The same for each of a list of them, and at most kMaxFilterValues of them.
inline constexpr int kMaxFilterValues = 1000;
void requireTexts(const google::protobuf::RepeatedPtrField<std::string> &values, const std::string &field,
                  std::size_t maxBytes);
// An id the request must name: empty is INVALID_ARGUMENT "field is required";
// otherwise as requireText.
void requireName(const std::string &value, const std::string &field, std::size_t maxBytes);

// A person's free text (a comment, a reason): at most kMaxNoteBytes; line breaks
// and tabs are kept, other control characters refused (INVALID_ARGUMENT naming
// field; reason FIELD_TOO_LONG when too long).
inline constexpr std::size_t kMaxNoteBytes = 8000;
void requireNote(const std::string &value, const std::string &field);

// Parses a contract transaction id ("12345"); nullopt when malformed.
std::optional<std::int64_t> parseTransactionId(const std::string &id);

struct TxView {
    bool full = false;                 // payloads and hops
    bool mask = false;                 // replace sensitive fields by "***"
    const FlowDef *flow = nullptr;     // for flow_name and sensitive fields
    TimeMs now = 0;                    // for stuck (the caller's clock)
    const Actor *actor = nullptr;      // for allowed_actions (none when null)
    std::string language = "en";       // for the flow's name and what to do
};

// True when the caller sees some of the flow's fields masked: toProto then needs
// the transaction's payloads (to find the masked values in texts and amounts).
bool masksFieldsOf(const TxView &view);
void toProto(const Transaction &t, const TxView &view, flowdesk::v1::Transaction *out);
// The same, reading the transaction's payloads from the store first when the
// caller sees masked fields and t was read without them.
void toProto(const Store &store, const Transaction &t, const TxView &view, flowdesk::v1::Transaction *out);
void toProto(const FlowDef &f, const std::string &language, flowdesk::v1::Flow *out);
// flow: for what to do (none when null).
void toProto(const ErrorGroup &g, const FlowDef *flow, const std::string &language, flowdesk::v1::ErrorGroup *out);
void toProto(const AuditEntry &e, flowdesk::v1::AuditEntry *out);
void toProto(const Event &e, flowdesk::v1::Event *out);
void toProto(const UserRecord &u, flowdesk::v1::User *out);
void toProto(const ConnectorRecord &c, TimeMs now, flowdesk::v1::Connector *out);

// Throws ApiError INVALID_ARGUMENT for unknown enum values.
TxFilter fromProto(const flowdesk::v1::TransactionFilter &f, const std::string &callerName, TimeMs now);
// "" -> ImpactDesc; nullopt for an unknown order.
std::optional<TxOrder> parseOrder(const std::string &orderBy);

} // namespace flowdesk::backend
