#pragma once

// Payload checks of flowdeskd: JSON schema validation (draft 4), masking of a
// flow's sensitive fields and the before/after difference of an edit.

#include "domainerror.h"

#include <memory>
#include <string>
#include <vector>

namespace flowdesk::backend {

inline constexpr const char *kMask = "***";

// How deep JSON from outside (payloads, patch values, a target's answers) may
// nest. Deeper documents are refused before they are parsed: every walk over
// a document (validation, masking, comparison, writing it out) recurses once
// per level, and a few hundred thousand levels would exhaust a thread's stack.
inline constexpr int kMaxJsonDepth = 64;
// True when the text nests arrays and objects deeper than maxDepth (strings
// are skipped, escapes included); reads the text once, without parsing it.
bool jsonNestsDeeperThan(const std::string &text, int maxDepth = kMaxJsonDepth);

// The formats a flow's schema may ask of a string, checked the same way by the
// console's payload form:
//   "date"      YYYY-MM-DD of a day the calendar has (2028-02-29, not 2026-02-30);
//   "date-time" RFC 3339: a date, "T", hh:mm:ss with optional fraction, and "Z" or
//               an offset +hh:mm / -hh:mm ("t" and "z" in lower case too);
//   "email"     local@domain in ASCII: the local part of letters, digits and
//               !#$%&'*+/=?^_`{|}~.- (no dot first, last or twice in a row, at most
//               64), the domain of at least two dot-separated labels of letters,
//               digits and '-' (not first or last, at most 63 each), ending in a
//               label of at least two letters.
// Other formats are not checked (JSON Schema leaves them optional).
int daysInMonth(int year, int month);
bool isFormatDate(const std::string &text);
bool isFormatDateTime(const std::string &text);
bool isFormatEmail(const std::string &text);
// Characters (Unicode code points) of UTF-8 text, as minLength and maxLength count.
std::size_t codePointCount(const std::string &utf8);
// A "pattern" is searched only in strings of at most this many characters;
// a longer string in a field with a pattern is refused.
inline constexpr std::size_t kMaxPatternInput = 4096;
// The part of a text a regular expression may search: its first
// kMaxPatternInput bytes, cut before a character that would be split. A
// target's error text can be any length, and std::regex walks its input
// recursively: a long one would run it off the end of the stack.
std::string patternInput(const std::string &text);

// A compiled flow schema (JSON Schema draft 4, valijson), thread-safe to use from
// many threads. The one check of a payload wherever it enters or changes:
// Submit and SubmitBatch, a corrected payload, a bulk patch.
class PayloadSchema {
public:
    // Returns nullptr when the schema text is not valid JSON or cannot be
    // compiled; *problem then says why.
    static std::shared_ptr<const PayloadSchema> compile(const std::string &schemaJson, std::string *problem = nullptr);
    // The same, compiled once per schema text and kept while anyone uses it.
    static std::shared_ptr<const PayloadSchema> cached(const std::string &schemaJson, std::string *problem = nullptr);
    ~PayloadSchema();

    // Every problem of the payload, empty when it is valid: each with the JSON
    // pointer of the field and a description in `language` ("en", "de", "fr",
    // "es"; English otherwise). A payload that is not JSON yields one violation
    // with field "" (the whole document).
    std::vector<Violation> validate(const std::string &payloadJson, const std::string &language = "en") const;

    struct Impl;

private:
    PayloadSchema();
    std::unique_ptr<Impl> d;
};

// "The payload does not fit the flow's schema (N problems)." in `language`.
std::string payloadProblemsText(std::size_t count, const std::string &language);

// The payload with every sensitive field (JSON pointers) that is present replaced
// by "***". *masked receives the pointers that were masked.
std::string maskPayload(const std::string &payloadJson, const std::vector<std::string> &sensitive,
                        std::vector<std::string> *masked = nullptr);

// What a caller who sees a flow's sensitive fields masked must not receive
// anywhere else either: the values of those fields in a transaction's payloads
// (wildcards expanded). A target's message, its raw answer, a hop's detail or a
// comment may quote them ("Total 33521.50 does not match..."), so free text is
// masked with them before it leaves the backend.
class SensitiveValues {
public:
    // Adds the values the sensitive fields hold in payloadJson (JSON text; a
    // payload that cannot be read adds nothing).
    void collect(const std::string &payloadJson, const std::vector<std::string> &sensitive);
    // Adds one numeric value (an amount taken from a sensitive field).
    void addNumber(double value);
    bool empty() const { return m_texts.empty() && m_numbers.empty() && !m_numeric; }
    // True when amount (in major units) is one of the numeric values.
    bool holdsNumber(double amount) const;

    // text with every occurrence of a value replaced by "***": strings
    // literally (ASCII case folded), numbers in any common rendering (33521.5,
    // 33521.50, 33,521.50, 33.521,50, 33521). When a numeric field is
    // sensitive, every decimal amount (digits with one or two decimals) is
    // masked as well: a target quotes values computed from the masked ones
    // ("the sum of the lines 33514.00"), which no list of values can foresee.
    std::string mask(const std::string &text) const;

private:
    std::vector<std::string> m_texts;
    std::vector<double> m_numbers;
    bool m_numeric = false;
};

// True when the flow's payload schema names (x-business) its amount field and
// that field is one of the sensitive ones (or lies inside one): the
// transaction's amount is then as sensitive as the field.
bool amountIsSensitive(const std::string &payloadSchemaJson, const std::vector<std::string> &sensitive);

// Pointers of sensitive fields whose value in payloadJson is exactly "***".
std::vector<Violation> maskedValuesWritten(const std::string &payloadJson, const std::vector<std::string> &sensitive);

// {"before": {...}, "after": {...}} of the top-level members that differ, with
// sensitive values replaced by "***". Empty object when nothing changed.
std::string payloadDiff(const std::string &beforeJson, const std::string &afterJson,
                        const std::vector<std::string> &sensitive);

// One changed leaf of an edit: its JSON pointer and the value before and after
// as JSON text (empty: the field was added, or removed).
struct FieldChange {
    std::string path;
    std::string oldJson;
    std::string newJson;
};
// The field-by-field reading of a payloadDiff ({"before": ..., "after": ...}):
// every leaf that differs, objects and arrays walked down to their values, in
// the order of the payload. The one rule of "what changed" in an edit; the API
// hands it to every client.
std::vector<FieldChange> fieldChanges(const std::string &diffJson);

// What the text filter finds a transaction by besides its business key,
// counterparty and error: the values of the payload fields its flow's schema
// names for searching ("x-search", JSON pointers, "*" for every element; a
// customer's name, order and product references) and of its business fields
// ("x-business" key, counterparty, correlation), text and numbers, once each,
// one per line. Empty when the schema names none or the payload is not JSON.
// searchPointers reads the pointers from a schema once; searchTerms takes them.
std::vector<std::string> searchPointers(const std::string &payloadSchemaJson);
std::string searchTerms(const std::vector<std::string> &pointers, const std::string &payloadJson);
inline std::string searchTerms(const std::string &payloadSchemaJson, const std::string &payloadJson)
{
    return searchTerms(searchPointers(payloadSchemaJson), payloadJson);
}

// "Did you mean": indexes of at most `count` candidates closest to `query`, a
// value the target refused, best first. A candidate's distance is the smaller
// edit distance (case folded, ASCII) of its value and its label to the query;
// one that starts with the query or that the query starts with ranks first.
// Candidates further than about half the query's length are left out, and
// nothing is suggested when a value is the query itself.
// A value a target offers for a field (a customer code, a product, a unit).
struct FieldCandidate {
    std::string value;  // what goes into the payload: "C-10442"
    std::string label;  // what a person reads: "Müller Maschinenbau GmbH (C-10442)"
};
std::vector<std::size_t> closestCandidates(const std::string &query, const std::vector<FieldCandidate> &candidates,
                                           std::size_t count = 3);

// Applies (pointer, JSON value) patches. Returns false with *error when a path or
// value is malformed.
bool applyPatches(const std::string &payloadJson, const std::vector<std::pair<std::string, std::string>> &patches,
                  std::string *out, std::string *error);

// A member name as a token of a JSON pointer ("~" as "~0", "/" as "~1").
std::string jsonPointerToken(const std::string &name);

// The text of the string or number at pointer ("/customer/code") in the
// payload; empty when there is none (or it is an object, an array, null).
std::string scalarAt(const std::string &payloadJson, const std::string &pointer);

// The payload schema with its texts for a person in language: wherever the
// schema gives "x-flowdesk-title": {"de": ..., "fr": ...} beside "title", the
// title in language replaces the English one, and the translations themselves
// are left out (the schema's rules are untouched). The schema as it is when it
// has no such texts.
std::string localizedSchema(const std::string &schemaJson, const std::string &language);

// A field of the payload named for a person in language, by the schema's titles
// as the console's form shows them: "/lines/0/uom" reads "Positionen › 1 ›
// Mengeneinheit" in German, "Lines › 1 › Unit" where the schema has no title
// (the member's name, words separated, a few abbreviations spelled out). The
// pointer itself when the schema cannot be read.
std::string readableFieldPath(const std::string &schemaJson, const std::string &pointer, const std::string &language);

// True when both texts hold the same JSON value: the same members in any order
// (a name given twice counts each time, in its order).
bool sameJson(const std::string &a, const std::string &b);

} // namespace flowdesk::backend
