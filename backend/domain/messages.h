#pragma once

// The backend's own texts for a person, per message id and language (English,
// German, French, Spanish). A text names its arguments in braces ("{value}");
// an argument that is missing or empty is left out together with the space
// before it, so "Customer {value} does not exist" reads "Customer does not
// exist" when the value is not known. Clients translating the same ids apply
// the same rule (see flowdesk.v1.UserMessage).

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace flowdesk::backend {

using MessageArgs = std::map<std::string, std::string>;

struct MessageText {
    std::string text;
    std::string language; // the language of text: the one asked for, or "en"
};

// The text of id in language ("de", "de-CH"), English when there is none in
// it; nullopt when the backend has no text for id at all.
std::optional<MessageText> messageText(const std::string &id, const MessageArgs &args, const std::string &language);

// The text of an audit entry's message (id "audit.*"): arguments named
// "*_status" (a triage status, "WAITING_ON_PARTNER") and "role" ("operator")
// worded in language too, an argument "name" given as "name.<language>" too
// ("field.de": a field's German title) read in language, and "; bulk job
// {job}" added when a bulk job made the change.
std::optional<MessageText> auditMessageText(const std::string &id, const MessageArgs &args, const std::string &language);

// The languages the backend has texts in: "en", "de", "fr", "es".
const std::vector<std::string> &messageLanguages();

// Whether the backend has a text for id.
bool hasMessage(const std::string &id);

// Fills "{name}" in text from args (see above).
std::string fillMessage(const std::string &text, const MessageArgs &args);

// The message id of the explanation of a target's error code: "error.<code>".
std::string errorMessageId(const std::string &code);

// A message kept with what it is about (a hop of a transaction), to be worded
// in the reader's language when read: the id and its arguments as one JSON
// object ({"id": ..., "args": {...}}); "" for no message. decodeMessage gives
// false (and nothing) for text that is no such object.
std::string encodeMessage(const std::string &id, const MessageArgs &args);
bool decodeMessage(const std::string &text, std::string *id, MessageArgs *args);

} // namespace flowdesk::backend
