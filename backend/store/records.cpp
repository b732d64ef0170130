// Reads of the audit trail, the event log, users, sessions, request answers
// and connectors.

#include "storeimpl.h"

#include <algorithm>

namespace flowdesk::backend {

AuditPage Store::listAudit(const AuditFilter &filter, int pageSize, const std::string &pageToken) const
{
    pageSize = std::clamp(pageSize, 1, 1000);
    const std::string fingerprint = auditFingerprint(filter);
    std::int64_t before = 0;
    if (!pageToken.empty()) {
        const auto parts = openToken(pageToken);
        if (parts.size() != 3 || parts[0] != "a1")
            throw StoreError(StoreError::Kind::InvalidArgument, "invalid page token");
        if (parts[1] != fingerprint)
            throw StoreError(StoreError::Kind::InvalidArgument, "page token belongs to another filter");
        const auto seq = parseInt(parts[2]);
        if (!seq)
            throw StoreError(StoreError::Kind::InvalidArgument, "invalid page token");
        before = *seq;
    }
    Where w;
    if (!filter.businessKey.empty()) {
        // Through the transactions' business-key index, then the audit's
        // target index: a handful of transactions, their entries.
        w.term("target_type = 'transaction' AND target_id IN "
               "(SELECT CAST(id AS TEXT) FROM transactions WHERE business_key = ?)");
        w.binds.emplace_back(filter.businessKey);
    }
    if (!filter.actor.empty()) {
        w.term("actor = ?");
        w.binds.emplace_back(filter.actor);
    }
    if (!filter.action.empty()) {
        w.term("action = ?");
        w.binds.emplace_back(filter.action);
    }
    if (!filter.targetType.empty()) {
        w.term("target_type = ?");
        w.binds.emplace_back(filter.targetType);
    }
    if (!filter.targetId.empty()) {
        w.term("target_id = ?");
        w.binds.emplace_back(filter.targetId);
    }
    if (filter.changesOnly) {
        std::string places;
        for (const auto &action : readAuditActions()) {
            places += places.empty() ? "?" : ", ?";
            w.binds.emplace_back(action);
        }
        w.term("action NOT IN (" + places + ")");
    }
    if (filter.from > 0) {
        w.term("at >= ?");
        w.binds.emplace_back(static_cast<std::int64_t>(filter.from));
    }
    if (filter.to > 0) {
        w.term("at < ?");
        w.binds.emplace_back(static_cast<std::int64_t>(filter.to));
    }
    AuditPage page;
    Impl::Lease c(*d);
    Impl::Snapshot snap(*c);
    {
        std::string sql = std::string("SELECT ") + kAuditColumns + " FROM audit" + w.sql;
        if (before > 0)
            sql += w.sql.empty() ? " WHERE sequence < ?" : " AND sequence < ?";
        sql += " ORDER BY sequence DESC LIMIT ?";
        auto &s = c->prepareDynamic(sql);
        w.bindAll(s);
        int next = static_cast<int>(w.binds.size()) + 1;
        if (before > 0)
            s.bind(next++, before);
        s.bind(next, pageSize + 1);
        while (s.step())
            page.items.push_back(readAudit(s));
        s.reset();
    }
    if (static_cast<int>(page.items.size()) > pageSize) {
        page.items.resize(static_cast<std::size_t>(pageSize));
        page.nextPageToken = sealToken("a1|" + fingerprint + "|" + std::to_string(page.items.back().sequence));
    }
    {
        auto &s = c->prepareDynamic("SELECT COUNT(*) FROM audit" + w.sql);
        w.bindAll(s);
        s.step();
        page.totalSize = s.int64(0);
        s.reset();
    }
    return page;
}

AuditVerification Store::verifyAuditChain() const
{
    AuditVerification v;
    Impl::Lease c(*d);
    Impl::Snapshot snap(*c);
    std::int64_t headSeq = 0;
    std::string headHash;
    {
        auto &m = c->prepare("SELECT key, value FROM meta WHERE key IN ('audit_head_seq', 'audit_head_hash')");
        while (m.step()) {
            if (m.text(0) == "audit_head_seq")
                headSeq = parseInt(m.text(1)).value_or(0);
            else
                headHash = m.text(1);
        }
    }
    auto broken = [&v](std::int64_t seq, std::string problem) {
        v.ok = false;
        v.firstBrokenSequence = seq;
        v.problem = std::move(problem);
        return v;
    };
    std::int64_t expected = 1;
    std::string prevHash;
    auto &s = c->prepare(std::string("SELECT ") + kAuditColumns + " FROM audit ORDER BY sequence");
    while (s.step()) {
        const AuditEntry e = readAudit(s);
        if (e.sequence != expected)
            return broken(expected, "audit entry " + std::to_string(expected) + " is missing");
        if (e.prevHash != prevHash)
            return broken(e.sequence,
                          "audit entry " + std::to_string(e.sequence) + " does not link to the entry before it");
        if (auditHash(e) != e.hash)
            return broken(e.sequence, "audit entry " + std::to_string(e.sequence) + " was altered");
        prevHash = e.hash;
        ++v.checked;
        ++expected;
    }
    if (headSeq >= expected)
        return broken(expected, "audit entries from " + std::to_string(expected) + " to " + std::to_string(headSeq)
                                    + " are missing");
    if (headSeq == expected - 1 && headSeq > 0 && headHash != prevHash)
        return broken(headSeq, "audit entry " + std::to_string(headSeq) + " was replaced");
    return v;
}

std::vector<Event> Store::eventsAfter(std::int64_t afterSequence, int limit) const
{
    Impl::Lease c(*d);
    auto &s = c->prepare("SELECT sequence, type, at, transaction_id, flow_id, state, previous_state, version, plant, "
                         "domain, action, actor, connector_id, bulk_job_id FROM events WHERE sequence > ? "
                         "ORDER BY sequence LIMIT ?");
    s.bind(1, afterSequence).bind(2, std::max(0, limit));
    std::vector<Event> out;
    while (s.step())
        out.push_back(readEvent(s));
    return out;
}

std::int64_t Store::oldestEventSequence() const
{
    Impl::Lease c(*d);
    auto &s = c->prepare("SELECT COALESCE(MIN(sequence), 0) FROM events");
    s.step();
    return s.int64(0);
}

std::int64_t Store::lastEventSequence() const
{
    Impl::Lease c(*d);
    auto &s = c->prepare("SELECT COALESCE(MAX(sequence), 0) FROM events");
    s.step();
    return s.int64(0);
}

bool Store::waitForEvents(std::int64_t afterSequence, std::chrono::milliseconds timeout) const
{
    std::unique_lock lock(d->eventMutex);
    const std::uint64_t generation = d->wakeGeneration;
    d->eventCv.wait_for(lock, timeout, [&] {
        return d->lastEventSeq > afterSequence || d->wakeGeneration != generation;
    });
    return d->lastEventSeq > afterSequence;
}

void Store::wakeAll()
{
    {
        std::lock_guard lock(d->eventMutex);
        ++d->wakeGeneration;
    }
    d->eventCv.notify_all();
}

std::optional<UserRecord> Store::getUser(const std::string &username) const
{
    Impl::Lease c(*d);
    return loadUser(*c, username);
}

std::vector<UserRecord> Store::listUsers() const
{
    Impl::Lease c(*d);
    auto &s = c->prepare(std::string(kUserSelect) + " ORDER BY username");
    std::vector<UserRecord> out;
    while (s.step())
        out.push_back(readUser(s));
    return out;
}

std::optional<SessionRecord> Store::getSession(const std::string &tokenHash) const
{
    Impl::Lease c(*d);
    auto &s = c->prepare("SELECT token_hash, username, created_at, expires_at FROM sessions WHERE token_hash = ?");
    s.bind(1, tokenHash);
    std::optional<SessionRecord> out;
    if (s.step())
        out = SessionRecord{s.text(0), s.text(1), s.int64(2), s.int64(3)};
    return out;
}

std::optional<Store::SessionWithUser> Store::getSessionWithUser(const std::string &tokenHash) const
{
    Impl::Lease c(*d);
    // The user's columns first, in readUser's order.
    auto &s = c->prepare(std::string("SELECT u.*, s.token_hash, s.username, s.created_at, s.expires_at FROM sessions s "
                                     "LEFT JOIN (")
                         + kUserSelect + ") AS u ON u.username = s.username WHERE s.token_hash = ?");
    s.bind(1, tokenHash);
    std::optional<SessionWithUser> out;
    if (s.step()) {
        out.emplace();
        const int at = kUserColumns;
        out->session = SessionRecord{s.text(at), s.text(at + 1), s.int64(at + 2), s.int64(at + 3)};
        if (!s.isNull(0))
            out->user = readUser(s);
    }
    return out;
}

std::optional<RequestRecord> Store::getRequest(const std::string &requestId) const
{
    Impl::Lease c(*d);
    return loadRequest(*c, requestId);
}

std::optional<BulkJobRecord> Store::getBulkJob(const std::string &id) const
{
    Impl::Lease c(*d);
    return loadBulkJob(*c, id);
}

std::vector<BulkJobRecord> Store::unfinishedBulkJobs() const
{
    Impl::Lease c(*d);
    return loadUnfinishedBulkJobs(*c);
}

std::vector<ConnectorRecord> Store::listConnectors() const
{
    Impl::Lease c(*d);
    auto &s = c->prepare(std::string(kConnectorSelect) + " ORDER BY id");
    std::vector<ConnectorRecord> out;
    while (s.step())
        out.push_back(readConnector(s));
    return out;
}

std::optional<ConnectorRecord> Store::getConnector(const std::string &id) const
{
    Impl::Lease c(*d);
    return loadConnector(*c, id);
}

} // namespace flowdesk::backend
