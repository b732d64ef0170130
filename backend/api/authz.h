#pragma once

// Authorization of flowdeskd: one deny-by-default rule table keyed by full gRPC
// method name, the permissions of each role, and the data scope of a caller.

#include "access.h"

#include <map>
#include <string>
#include <vector>

namespace grpc {
class ServerContextBase;
}

namespace flowdesk::backend {

class SessionManager;

enum class ScopeKind {
    None,          // no data scope (sessions, users, connectors)
    Transactions,  // narrowed to the caller's plants (viewer) or domains (operator)
    Audit,         // all entries with audit.read_all, else the caller's own
};

struct MethodRule {
    bool isPublic = false;             // no session needed
    std::vector<std::string> anyOf;    // a session with one of these; empty: any session
    ScopeKind scope = ScopeKind::None;
};

// Full method name ("/flowdesk.v1.TransactionService/Resubmit") -> rule.
const std::map<std::string, MethodRule> &methodRules();

// The resolved caller of one call: the signed-in person (an Actor of the
// domain) and the hash of their session token.
struct Caller : Actor {
    std::string tokenHash;
    // The caller's language from the metadata "accept-language" ("de"), for
    // the texts a site's configuration gives per language; "en" by default.
    std::string language = "en";
};

// The primary language of an Accept-Language value: "de-DE,de;q=0.9" -> "de".
std::string primaryLanguage(const std::string &acceptLanguage);

class Authorizer {
public:
    explicit Authorizer(const SessionManager &sessions) : m_sessions(sessions) {}

    // Resolves the session of the call and checks the method's rule. Throws
    // ApiError UNAUTHENTICATED / PERMISSION_DENIED. For public methods returns an
    // empty Caller.
    Caller authorize(const grpc::ServerContextBase *context, const std::string &method) const;

private:
    const SessionManager &m_sessions;
};

} // namespace flowdesk::backend
