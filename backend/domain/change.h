#pragma once

// Recording a change of a transaction: what one change writes besides the
// transaction itself (the version, the update time, a hop of its route, an
// event for the live feed, an entry of the audit trail). The API's services,
// bulk jobs and the delivery engine all build their records here; the store
// only persists them.

#include "access.h"
#include "domain.h"

#include <string>
#include <vector>

namespace flowdesk::backend {

// What a person's change says about itself.
struct ChangeNote {
    TxAction action = TxAction::None;
    std::string hopDetail;   // shown after "by <user>: "; the reason when empty
    // The hop's message for a person (messages.h; "actor" is added); when
    // empty, "by {actor}: {note}" with hopDetail or the reason as the note.
    std::string hopMessageId;
    MessageArgs hopMessageArgs;
    std::string reason;
    std::string diffJson;    // for edits: before/after of the changed fields
    std::string requestId;
    std::string detail;      // the audit entry's free text
    // The audit entry's detail for a person (AuditEntry.messageId); "job" is
    // added for a change made by a bulk job.
    std::string auditMessageId;
    MessageArgs auditMessageArgs;
    std::string bulkJobId;
    bool bumpVersion = true;
};

// The message id of a hop that sets the triage status: "hop.TRIAGE_<STATUS>".
std::string triageMessageId(TriageStatus status);

// Fills note (hop and audit texts) for assigning a transaction from one user
// to another ("" for nobody).
void describeAssignment(ChangeNote &note, const std::string &from, const std::string &to);
// Fills note for a triage status set from one to another.
void describeTriage(ChangeNote &note, TriageStatus from, TriageStatus to);

// What a change writes, in the order the store writes it.
struct ChangeRecord {
    std::vector<Hop> hops;
    Event event;
    std::vector<AuditEntry> audit;
};

// An audit entry of `actor` about anything (a connector, a user, a session).
AuditEntry auditEntry(const Actor &actor, const std::string &action, const std::string &targetType,
                      const std::string &targetId, TimeMs at);

// The event announcing a change of t (its state now, previousState before).
Event transactionEvent(const Transaction &t, TxState previousState, TxAction action, TimeMs at,
                       const std::string &actor, const std::string &connectorId = {});

// A hop of t's route.
Hop hop(TimeMs at, const std::string &system, TxAction action, const std::string &detail);

// A person's change of t, already applied to t's fields by the caller: bumps
// the version (unless the note says not to), sets the update time and returns
// what to record. More than one note (a correction resubmitted at once) make
// one change: one version, one event (of the last note), a hop and an audit
// entry per note.
ChangeRecord recordChange(const Actor &actor, Transaction &t, TxState previousState,
                          const std::vector<ChangeNote> &notes, TimeMs now);
inline ChangeRecord recordChange(const Actor &actor, Transaction &t, TxState previousState, const ChangeNote &note,
                                 TimeMs now)
{
    return recordChange(actor, t, previousState, std::vector<ChangeNote>{note}, now);
}

} // namespace flowdesk::backend
