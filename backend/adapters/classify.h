#pragma once

// What the adapters share when they turn a target's answer into a delivery
// outcome: transport failures, the raw answer kept on a transaction (bounded,
// secrets replaced), the message, code and field a JSON error body names.

#include "domain.h"
#include "httpclient.h"

#include <rapidjson/document.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace spdlog {
class logger;
}

namespace flowdesk::backend::adapters {

// The "adapters" logger.
std::shared_ptr<spdlog::logger> log();

// The longest raw answer kept on a transaction.
constexpr std::size_t kKeptResponseBytes = 8 * 1024;

// Replaces every secret a request carried (the credential and what was
// derived from it) in text that leaves the adapter.
class Redactor {
public:
    void add(const std::string &secret);
    std::string apply(std::string text) const;
    bool empty() const { return m_secrets.empty(); }

private:
    std::vector<std::string> m_secrets;
};

// The raw answer as kept on a transaction: secrets replaced, cut after
// kKeptResponseBytes with a note saying how long it was.
std::string keptResponse(const std::string &raw, const Redactor &redactor);
// Secrets replaced in the message and the kept answer of an error.
void redact(TxError &error, const Redactor &redactor);

TxError makeError(ErrorCategory category, std::string code, std::string message, std::string targetResponse = {});
// A failure below HTTP (timeout, refused, DNS, TLS, answer too long, lost
// connection); always Connectivity.
TxError transportError(const HttpResponse &response, const HttpClientOptions &options, const std::string &url);
// An answer that should have been JSON and is not.
TxError malformedResponse(const HttpResponse &response, const std::string &url, const std::string &what);

// Parses JSON; nullopt when it is not JSON.
std::optional<rapidjson::Document> parseJson(const std::string &text);
std::string toJson(const rapidjson::Value &value);
// A member's text: strings as they are, numbers and booleans written out;
// empty for anything else.
std::string scalarText(const rapidjson::Value &value);
const rapidjson::Value *member(const rapidjson::Value &object, const char *name);
std::string stringMember(const rapidjson::Value &object, const char *name);

// A field path as targets write it ("delivery_address.postal_code",
// "lines[0].uom", "/lines/0/uom", "#/lines/0/uom", ["lines", 0, "uom"]) as a
// JSON pointer ("/lines/0/uom").
std::string toJsonPointer(const std::string &path);
std::string toJsonPointer(const rapidjson::Value &path);

// What a JSON error body says: message, code and field, each empty when the
// body does not say.
struct BodyError {
    std::string message;
    std::string code;
    std::string fieldPath;  // JSON pointer
};
BodyError readErrorBody(const rapidjson::Value &body);

// A flow's transaction's idempotency key, or one made from flow, business key
// and transaction id when it has none.
std::string idempotencyKeyOf(const FlowDef &flow, const Transaction &tx);

} // namespace flowdesk::backend::adapters
