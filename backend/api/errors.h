#pragma once

// Structured gRPC errors of flowdeskd (AIP-193): a status code, a message for the
// person, and one flowdesk.v1.ErrorDetails packed into a flowdesk.v1.Status in the
// grpc-status-details-bin trailer.

#include "domainerror.h"
#include "messages.h"

#include <grpcpp/support/status.h>

#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace flowdesk::v1 {
class ErrorDetails;
class UserMessage;
}

namespace flowdesk::backend {

// The language of the call this thread answers ("de"): Authorizer::authorize
// sets it from "accept-language", guarded() resets it to English. Statuses made
// on this thread carry their text for a person (ErrorDetails.user_message) in it.
void setCallLanguage(const std::string &language);
const std::string &callLanguage();

// Fills out with id and its arguments (empty values left out), and the text
// of id in language, or fallbackText (as written) when the backend has none.
void setUserMessage(flowdesk::v1::UserMessage *out, const std::string &id, const std::map<std::string, std::string> &args,
                    const std::string &language, const std::string &fallbackText);
// The same with the text worded already (nullopt: fallbackText).
void setUserMessage(flowdesk::v1::UserMessage *out, const std::string &id, const std::map<std::string, std::string> &args,
                    const std::optional<MessageText> &text, const std::string &fallbackText);
std::map<std::string, std::string> argsOf(const flowdesk::v1::UserMessage &message);

// details.user_message is filled from details.reason (its id) when not set:
// args name the arguments of the reason's text ("version", "what", "permission").
grpc::Status makeStatus(grpc::StatusCode code, const std::string &message, const flowdesk::v1::ErrorDetails &details);
grpc::Status makeStatus(grpc::StatusCode code, const std::string &message, const std::string &reason);

// Thrown by handlers; turned into a grpc::Status by guarded().
class ApiError : public std::exception {
public:
    explicit ApiError(grpc::Status status) : m_status(std::move(status)), m_message(m_status.error_message()) {}
    const grpc::Status &status() const { return m_status; }
    // grpc::Status hands out its message as a copy: what() points into one kept here.
    const char *what() const noexcept override { return m_message.c_str(); }

private:
    grpc::Status m_status;
    std::string m_message;
};

[[noreturn]] void fail(grpc::StatusCode code, const std::string &message, const std::string &reason);
// args: the named arguments of the reason's text for a person (see messages.h).
[[noreturn]] void failInvalid(const std::string &message, const std::string &reason,
                              const std::vector<Violation> &violations,
                              const MessageArgs &args = {});
[[noreturn]] void failNotFound(const std::string &what);
[[noreturn]] void failDenied(const std::string &message, const std::string &missingPermission,
                             const std::string &reason = "PERMISSION_DENIED");
[[noreturn]] void failStale(std::int64_t currentVersion);
[[noreturn]] void failState(const std::string &message);

// The status of a domain rule's refusal.
grpc::Status statusOf(const DomainError &e);

// Runs fn and maps ApiError, StoreError and any other exception to a status.
// An unexpected exception is logged and answered INTERNAL without its text.
grpc::Status guarded(const char *method, const std::function<grpc::Status()> &fn);

} // namespace flowdesk::backend
