#pragma once

// The domain's policies for failures: how identical failures are grouped, how
// long to wait before the next attempt, and how much an exception matters.

#include "domain.h"
#include "domainerror.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace flowdesk::backend {

// Normalises numbers, ids and quoted values out of an error so that identical
// failures share one signature: "<flow>|<code>|<message with <n> placeholders>".
// The first value errorSignature() normalises away in message (a quoted text, or
// a word with digits such as "C-10442"): the offending value a target named.
// Empty when there is none.
std::string firstVaryingValue(const std::string &message);
std::string errorSignature(const std::string &flowId, const std::string &code, const std::string &message);
// A signature is at most this long (a target's answer may be any size), so that
// every group can be named in a request's filter.
inline constexpr std::size_t kMaxSignatureBytes = 64 * 1024;

// An amount in major units (as a payload gives it) in minor units, or nullopt when
// it lies beyond kMaxAmountMinor (or is not a number); amountOutOfRange() says why.
std::optional<std::int64_t> amountMinorFromMajor(double major);
bool amountMinorInRange(std::int64_t minor);
std::string amountOutOfRange();

// Backoff before attempt number `attempt` (1-based: the delay after the first
// failed attempt is initialBackoffMs), capped at maxBackoffMs.
std::int64_t backoffDelayMs(const RetryPolicy &policy, int attempt, double scale = 1.0);

// Ranking score of an exception: value at risk weighted by urgency.
double impactScore(const Transaction &tx, TimeMs now);

// What lists show and search stays bounded, so that a page of them always fits
// an answer (a default gRPC client accepts 4 MB).
//
// Identifying fields of a transaction (business key, correlation id,
// idempotency key, counterparty): at most this many bytes, whether a connector
// sends them or the payload names them.
inline constexpr std::size_t kMaxKeyBytes = 512;
// Short codes (plant, currency, business object type).
inline constexpr std::size_t kMaxCodeBytes = 64;
// True when `text` holds a control character (below U+0020, or DEL). No name, key,
// code or search a person or a connector sends holds one: it would break lines in
// logs and lists, and SQLite reads a NUL as the end of a text.
bool hasControlCharacter(std::string_view text);

// A transaction whose identifying fields exceed their bounds or hold control
// characters is refused: the violation names the field ("business_key",
// "counterparty"...) and its reason (FIELD_TOO_LONG or INVALID_ARGUMENT).
std::optional<Violation> checkListedFields(const Transaction &t, const std::string &idempotencyKey);

// Free texts in a list's rows (an error message, a target's answer, a hop's
// detail) are cut after this many bytes, at a character boundary, and end in
// "…"; the transaction's detail carries them whole.
inline constexpr std::size_t kListTextBytes = 1024;
std::string cutForList(const std::string &text);
// A list answer ends early, with a token for the rest, rather than grow beyond
// this many bytes; a page always holds at least one row.
inline constexpr std::size_t kListPageBudgetBytes = 1024 * 1024;

} // namespace flowdesk::backend
