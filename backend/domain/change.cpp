#include "change.h"

#include "lifecycle.h"

namespace flowdesk::backend {

AuditEntry auditEntry(const Actor &actor, const std::string &action, const std::string &targetType,
                      const std::string &targetId, TimeMs at)
{
    AuditEntry a;
    a.at = at;
    a.actor = actor.username();
    a.role = toString(actor.role());
    a.action = action;
    a.targetType = targetType;
    a.targetId = targetId;
    return a;
}

Event transactionEvent(const Transaction &t, TxState previousState, TxAction action, TimeMs at,
                       const std::string &actor, const std::string &connectorId)
{
    Event e;
    e.type = EventType::TransactionChanged;
    e.at = at;
    e.transactionId = t.id;
    e.flowId = t.flowId;
    e.state = t.state;
    e.previousState = previousState;
    e.version = t.version;
    e.plant = t.plant;
    e.domain = t.domain;
    e.action = eventName(action);
    e.actor = actor;
    e.connectorId = connectorId;
    return e;
}

Hop hop(TimeMs at, const std::string &system, TxAction action, const std::string &detail)
{
    Hop h;
    h.at = at;
    h.system = system;
    h.action = hopName(action);
    h.detail = detail;
    return h;
}

std::string triageMessageId(TriageStatus status)
{
    return std::string("hop.TRIAGE_") + toString(status);
}

void describeAssignment(ChangeNote &note, const std::string &from, const std::string &to)
{
    note.detail = "from '" + from + "' to '" + to + "'";
    note.hopDetail = to.empty() ? "unassigned" : "to " + to;
    note.hopMessageId = to.empty() ? "hop.UNASSIGNED" : "hop.ASSIGNED";
    note.hopMessageArgs = {{"assignee", to}};
    note.auditMessageId = to.empty() ? "audit.UNASSIGNED" : from.empty() ? "audit.ASSIGNED" : "audit.REASSIGNED";
    note.auditMessageArgs = {{"from", from}, {"to", to}};
}

void describeTriage(ChangeNote &note, TriageStatus from, TriageStatus to)
{
    note.detail = std::string("from ") + toString(from) + " to " + toString(to);
    note.hopDetail = toString(to);
    note.hopMessageId = triageMessageId(to);
    note.auditMessageId = to == TriageStatus::None     ? "audit.TRIAGE_CLEARED"
                          : from == TriageStatus::None ? "audit.TRIAGE_SET"
                                                       : "audit.TRIAGE_CHANGED";
    note.auditMessageArgs = {{"from_status", from == TriageStatus::None ? "" : toString(from)},
                             {"to_status", to == TriageStatus::None ? "" : toString(to)}};
}

ChangeRecord recordChange(const Actor &actor, Transaction &t, TxState previousState,
                          const std::vector<ChangeNote> &notes, TimeMs now)
{
    ChangeRecord record;
    if (notes.empty())
        return record;
    bool bump = false;
    for (const auto &n : notes)
        bump = bump || n.bumpVersion;
    if (bump)
        t.version += 1;
    t.updatedAt = now;

    for (const auto &note : notes) {
        std::string detail = "by " + actor.username();
        if (!note.hopDetail.empty())
            detail += ": " + note.hopDetail;
        else if (!note.reason.empty())
            detail += ": " + note.reason;
        Hop h = hop(now, "Flowdesk", note.action, detail);
        if (!note.hopMessageId.empty()) {
            h.messageId = note.hopMessageId;
            h.messageArgs = note.hopMessageArgs;
        } else {
            const std::string &said = !note.hopDetail.empty() ? note.hopDetail : note.reason;
            h.messageId = said.empty() ? "hop.BY" : "hop.BY_NOTE";
            h.messageArgs = {{"note", said}};
        }
        h.messageArgs["actor"] = actor.username();
        record.hops.push_back(std::move(h));

        AuditEntry a = auditEntry(actor, auditName(note.action), "transaction", std::to_string(t.id), now);
        a.reason = note.reason;
        a.diffJson = note.diffJson;
        a.requestId = note.requestId;
        a.detail = note.detail;
        a.messageId = note.auditMessageId;
        a.messageArgs = note.auditMessageArgs;
        if (!note.bulkJobId.empty()) {
            a.detail += (a.detail.empty() ? "" : "; ") + std::string("bulk job ") + note.bulkJobId;
            if (a.messageId.empty() && note.detail.empty())
                a.messageId = "audit.BULK_JOB_ITEM";
            if (!a.messageId.empty())
                a.messageArgs["job"] = note.bulkJobId;
        }
        record.audit.push_back(std::move(a));
    }
    record.event = transactionEvent(t, previousState, notes.back().action, now, actor.username());
    record.event.bulkJobId = notes.back().bulkJobId;
    return record;
}

} // namespace flowdesk::backend
