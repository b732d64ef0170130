#pragma once

// The lifecycle of a transaction: which actions exist, which state each leaves
// a transaction in, and who may take them on which transaction now. Every
// service that changes a transaction and every answer that tells a client what
// it may do asks here; nothing else decides it.

#include "access.h"
#include "domain.h"

#include <optional>
#include <string>
#include <vector>

namespace flowdesk::backend {

// The outcome of asking whether an actor may take an action now.
struct Decision {
    bool allowed = true;
    // When not allowed: the message id ("MISSING_PERMISSION", "OUT_OF_SCOPE",
    // "NOT_FAILED", "CLOSED", "REPLAY_NOT_ALLOWED"), an English text and, for a
    // missing permission, the permission.
    std::string reason;
    std::string message;
    std::string missingPermission;

    explicit operator bool() const { return allowed; }
};

// The actions a person takes on a transaction, in the order clients list them.
const std::vector<TxAction> &personActions();

// The state an action leaves a transaction in when taken from `from`;
// nullopt when the action does not change the state (assign, comment) or is
// not possible from `from`.
std::optional<TxState> stateAfter(TxAction action, TxState from);

// May `actor` take `action` on `t` now? Checks, in this order: the role's
// permission, the actor's scope, the separation of duties (an IT admin may
// replay only technical failures, unchanged) and the state.
Decision decide(const Actor &actor, const Transaction &t, TxAction action);

// decide() for every person's action.
std::vector<std::pair<TxAction, Decision>> allowedActions(const Actor &actor, const Transaction &t);

// decide(), throwing DomainError (PermissionDenied or FailedPrecondition) when
// the action is not allowed.
void require(const Actor &actor, const Transaction &t, TxAction action);

// Words for an action as stored and sent in the string fields: the audit
// entry's ("resubmit"), the hop's and the event's ("resubmitted"). One table,
// read both ways; an unknown word is TxAction::None.
const char *auditName(TxAction action);
const char *hopName(TxAction action);
const char *eventName(TxAction action);
TxAction actionFromAuditName(const std::string &name);
TxAction actionFromHopName(const std::string &name);
TxAction actionFromEventName(const std::string &name);

} // namespace flowdesk::backend
