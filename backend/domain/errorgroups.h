#pragma once

// Exact error groups and the rule of one replacement per offending value.
//
// A signature groups identical failures of a flow ("Customer <id> does not
// exist"); an exact group is finer: one flow, one error code and one offending
// value (the missing customer C-10442, the unknown unit "EA"). A correction
// over a selection writes one replacement per offending value and never one
// value into different problems.

#include "domain.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace flowdesk::backend {

// An offending value is at most this long; control characters become spaces.
inline constexpr std::size_t kMaxOffendingValueBytes = 512;

// The payload's value at the field the target named (a JSON pointer), as text:
// a string as it is, a number or true/false as JSON. Empty when the field is
// not named, absent, or not a single value (an object, a list, null).
std::string offendingValueAt(const std::string &payloadJson, const std::string &fieldPath);

// The exact group of an error of a flow: "<flow>|<code>|=<value>", or the
// error's signature when no offending value is known.
std::string exactErrorGroup(const std::string &flowId, const TxError &error);

// Sets error.offendingValue (from the payload the target refused) and
// error.group; error.signature must be set.
void recordErrorGroup(const std::string &flowId, const std::string &payloadJson, TxError &error);

// A JSON pointer with its list indexes as "*" ("/lines/2/uom" gives
// "/lines/*/uom"): the field whatever the line.
std::string fieldPattern(const std::string &pointer);

// One field a bulk correction sets. A path holding "*" for a list index names
// each transaction's own offending field of that pattern ("/lines/*/uom").
// With byOffendingValue, each transaction gets the replacement (JSON text) of
// its own offending value, and valueJson is not used.
struct BulkFieldPatch {
    std::string path;
    std::string valueJson;
    std::map<std::string, std::string> byOffendingValue;
};

// Refusal of one value written into different problems: the field and its
// different offending values in the selection.
struct SeveralOffendingValues {
    std::string path;
    std::vector<std::string> values;  // sorted, distinct
};

// The field path and offending value of one member of a selection.
using ErrorFieldValue = std::pair<std::string, std::string>;

// A patch without a per-value map over a selection whose members' errors name
// the patch's field with more than one offending value is refused.
std::optional<SeveralOffendingValues> checkOneValuePerProblem(const std::vector<BulkFieldPatch> &patches,
                                                              const std::vector<ErrorFieldValue> &members);

// The (JSON pointer, JSON value) writes of the patches on one transaction.
// False with *problem when the transaction's offending value has no
// replacement, or a "*" path does not match the field its error names.
bool resolvePatches(const Transaction &t, const std::vector<BulkFieldPatch> &patches,
                    std::vector<std::pair<std::string, std::string>> *out, std::string *problem);

} // namespace flowdesk::backend
