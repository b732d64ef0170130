#pragma once

// An error a rule of the domain raises: what kind it is (the API maps it to a
// gRPC status code), a message id the client translates and an English text.

#include <stdexcept>
#include <string>
#include <vector>

namespace flowdesk::backend {

// One offending field of a request or payload.
struct Violation {
    std::string field;        // JSON pointer or request field name
    std::string description;
    std::string reason = {};  // the ErrorDetails reason where the violation decides it
};

class DomainError : public std::runtime_error {
public:
    enum class Kind {
        InvalidArgument,
        NotFound,
        PermissionDenied,    // the role or the scope does not allow it
        FailedPrecondition,  // not in a state that allows it
        Aborted,             // a stale version
    };
    DomainError(Kind kind, std::string reason, const std::string &message, std::string missingPermission = {})
        : std::runtime_error(message), m_kind(kind), m_reason(std::move(reason)),
          m_missingPermission(std::move(missingPermission))
    {
    }
    Kind kind() const { return m_kind; }
    // UPPER_SNAKE_CASE message id, e.g. "REPLAY_NOT_ALLOWED".
    const std::string &reason() const { return m_reason; }
    const std::string &missingPermission() const { return m_missingPermission; }

private:
    Kind m_kind;
    std::string m_reason;
    std::string m_missingPermission;
};

} // namespace flowdesk::backend
