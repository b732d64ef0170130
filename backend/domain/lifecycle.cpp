#include "lifecycle.h"

#include "domainerror.h"

#include <array>

namespace flowdesk::backend {

namespace {

struct ActionWords {
    TxAction action;
    const char *audit;
    const char *hop;
    const char *event;
};

constexpr std::array kWords = {
    ActionWords{TxAction::EditPayload, "update_payload", "edited", "edited"},
    ActionWords{TxAction::Resubmit, "resubmit", "resubmitted", "resubmitted"},
    ActionWords{TxAction::Discard, "discard", "discarded", "discarded"},
    ActionWords{TxAction::ResolveManually, "resolve_manually", "resolved_manually", "resolved_manually"},
    ActionWords{TxAction::Assign, "assign", "assigned", "assigned"},
    ActionWords{TxAction::SetTriageStatus, "set_triage_status", "triaged", "triaged"},
    ActionWords{TxAction::Comment, "comment", "commented", "commented"},
    ActionWords{TxAction::EditAndResubmit, "update_payload_and_resubmit", "edited_and_resubmitted",
                "edited_and_resubmitted"},
    ActionWords{TxAction::Receive, "receive", "received", "received"},
    ActionWords{TxAction::Attempt, "attempt", "attempt", "in_flight"},
    ActionWords{TxAction::Deliver, "deliver", "delivered", "delivered"},
    ActionWords{TxAction::Fail, "fail", "failed", "failed"},
    ActionWords{TxAction::ScheduleRetry, "schedule_retry", "retry_scheduled", "retry_scheduled"},
    ActionWords{TxAction::MarkStuck, "mark_stuck", "stuck", "stuck"},
    ActionWords{TxAction::Release, "release", "released", "released"},
    ActionWords{TxAction::Recover, "recover", "recovered", "recovered"},
};

const ActionWords *wordsOf(TxAction action)
{
    for (const auto &w : kWords)
        if (w.action == action)
            return &w;
    return nullptr;
}

template<typename Field>
TxAction lookup(const std::string &name, Field field)
{
    for (const auto &w : kWords)
        if (name == w.*field)
            return w.action;
    return TxAction::None;
}

Decision denied(const char *reason, std::string message, std::string missingPermission = {})
{
    Decision d;
    d.allowed = false;
    d.reason = reason;
    d.message = std::move(message);
    d.missingPermission = std::move(missingPermission);
    return d;
}

// The permission a person's action needs; for a resubmit either edit or replay.
const char *permissionFor(TxAction action)
{
    switch (action) {
    case TxAction::EditPayload:
    case TxAction::EditAndResubmit:
    case TxAction::Discard:
    case TxAction::ResolveManually:
    case TxAction::Resubmit:
        return perm::TransactionsEdit;
    case TxAction::Assign:
    case TxAction::SetTriageStatus:
    case TxAction::Comment:
        return perm::TransactionsTriage;
    default:
        return nullptr;
    }
}

const char *verbOf(TxAction action)
{
    switch (action) {
    case TxAction::EditPayload: return "edited";
    case TxAction::EditAndResubmit: return "corrected and resubmitted";
    case TxAction::Resubmit: return "resubmitted";
    case TxAction::Discard: return "discarded";
    case TxAction::ResolveManually: return "resolved manually";
    case TxAction::Assign: return "assigned";
    case TxAction::SetTriageStatus: return "triaged";
    default: return "changed";
    }
}

} // namespace

const std::vector<TxAction> &personActions()
{
    static const std::vector<TxAction> actions = {
        TxAction::EditPayload, TxAction::Resubmit,        TxAction::EditAndResubmit,
        TxAction::Discard,     TxAction::ResolveManually, TxAction::Assign,
        TxAction::SetTriageStatus, TxAction::Comment,
    };
    return actions;
}

std::optional<TxState> stateAfter(TxAction action, TxState from)
{
    switch (action) {
    // People act on exceptions only.
    case TxAction::EditPayload:
        return from == TxState::Failed ? std::optional(TxState::Failed) : std::nullopt;
    case TxAction::Resubmit:
    case TxAction::EditAndResubmit:
        return from == TxState::Failed ? std::optional(TxState::Resubmitted) : std::nullopt;
    case TxAction::Discard:
        return from == TxState::Failed ? std::optional(TxState::Discarded) : std::nullopt;
    case TxAction::ResolveManually:
        return from == TxState::Failed ? std::optional(TxState::ResolvedManually) : std::nullopt;
    // The engine's steps.
    case TxAction::Receive:
        return TxState::Received;
    case TxAction::Attempt:
        return from == TxState::Received || from == TxState::Resubmitted || from == TxState::RetryScheduled
            ? std::optional(TxState::InFlight)
            : std::nullopt;
    case TxAction::Deliver:
        return from == TxState::InFlight ? std::optional(TxState::Delivered) : std::nullopt;
    case TxAction::Fail:
        return from == TxState::InFlight ? std::optional(TxState::Failed) : std::nullopt;
    case TxAction::ScheduleRetry:
    case TxAction::Recover:
        return from == TxState::InFlight ? std::optional(TxState::RetryScheduled) : std::nullopt;
    case TxAction::Release:
        return from == TxState::InFlight ? std::optional(TxState::Received) : std::nullopt;
    case TxAction::Assign:
    case TxAction::SetTriageStatus:
    case TxAction::Comment:
    case TxAction::MarkStuck:
    case TxAction::None:
        break;
    }
    return std::nullopt;
}

Decision decide(const Actor &actor, const Transaction &t, TxAction action)
{
    const char *permission = permissionFor(action);
    if (!permission)
        return denied("NOT_A_PERSON_ACTION", "This is not an action a person takes");
    const bool replayOnly = action == TxAction::Resubmit && !actor.can(perm::TransactionsEdit)
        && actor.can(perm::TransactionsReplay);
    if (!actor.can(permission) && !replayOnly)
        return denied("MISSING_PERMISSION",
                      std::string("Your role (") + toString(actor.role()) + ") may not do this: it needs "
                          + permission,
                      permission);
    if (!actor.seesTransaction(t))
        return denied("OUT_OF_SCOPE", "This transaction belongs to a plant or domain outside your scope",
                      perm::TransactionsRead);
    // Separation of duties: IT replays technical failures unchanged; business
    // failures belong to the flow's owners.
    if (replayOnly && !isRetryable(t.error.category))
        return denied("REPLAY_NOT_ALLOWED",
                      "Admins may replay only technical failures (connectivity, authentication) unchanged; "
                      "this is a business failure for the flow's owners",
                      perm::TransactionsEdit);
    switch (action) {
    case TxAction::Assign:
    case TxAction::SetTriageStatus:
        if (isClosed(t.state))
            return denied("CLOSED", std::string("A ") + toString(t.state) + " transaction cannot be "
                                        + verbOf(action));
        break;
    case TxAction::Comment:
        break;
    default:
        if (!stateAfter(action, t.state))
            return denied("NOT_FAILED", std::string("Only a FAILED transaction can be ") + verbOf(action)
                                            + "; this one is " + toString(t.state));
        break;
    }
    return {};
}

std::vector<std::pair<TxAction, Decision>> allowedActions(const Actor &actor, const Transaction &t)
{
    std::vector<std::pair<TxAction, Decision>> out;
    out.reserve(personActions().size());
    for (TxAction a : personActions())
        out.emplace_back(a, decide(actor, t, a));
    return out;
}

void require(const Actor &actor, const Transaction &t, TxAction action)
{
    Decision d = decide(actor, t, action);
    if (d.allowed)
        return;
    const bool byState = d.reason == "NOT_FAILED" || d.reason == "CLOSED";
    throw DomainError(byState ? DomainError::Kind::FailedPrecondition : DomainError::Kind::PermissionDenied,
                      byState ? "INVALID_STATE" : d.reason, d.message, d.missingPermission);
}

const char *auditName(TxAction action)
{
    const auto *w = wordsOf(action);
    return w ? w->audit : "";
}

const char *hopName(TxAction action)
{
    const auto *w = wordsOf(action);
    return w ? w->hop : "";
}

const char *eventName(TxAction action)
{
    const auto *w = wordsOf(action);
    return w ? w->event : "";
}

TxAction actionFromAuditName(const std::string &name)
{
    return lookup(name, &ActionWords::audit);
}

TxAction actionFromHopName(const std::string &name)
{
    return lookup(name, &ActionWords::hop);
}

TxAction actionFromEventName(const std::string &name)
{
    return lookup(name, &ActionWords::event);
}

} // namespace flowdesk::backend
