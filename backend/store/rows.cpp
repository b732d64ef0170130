// Hashing, audit-chain hashes and the mapping of rows to the domain's types.

#include "store_p.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <sqlite3.h>

#include <charconv>
#include <cstring>
#include <unordered_map>

namespace flowdesk::backend::store_detail {

std::shared_ptr<spdlog::logger> logger()
{
    static std::shared_ptr<spdlog::logger> log = [] {
        if (auto existing = spdlog::get("store"))
            return existing;
        try {
            return spdlog::stderr_color_mt("store");
        } catch (const spdlog::spdlog_ex &) {
            return spdlog::get("store");
        }
    }();
    return log;
}

// ---------------------------------------------------------------- helpers




// followed by a unit separator, so [] and [""] differ.
std::string joinList(const std::vector<std::string> &values)
{
    std::string out;
    for (const auto &v : values) {
        out += v;
        out += '\x1f';
    }
    return out;
}

std::vector<std::string> splitList(const std::string &text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\x1f', start);
        if (end == std::string::npos) {
            out.push_back(text.substr(start));
            break;
        }
        out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::string auditHash(const AuditEntry &e)
{
    Canonical c;
    c.add(std::string_view("flowdesk.audit.v1"))
        .add(e.sequence)
        .add(e.at)
        .add(e.actor)
        .add(e.role)
        .add(e.action)
        .add(e.targetType)
        .add(e.targetId)
        .add(e.reason)
        .add(e.diffJson)
        .add(e.requestId)
        .add(e.detail)
        .add(e.prevHash);
    // Entries with a message hash it too; older entries keep their hash.
    if (!e.messageId.empty())
        c.add(std::string_view("message")).add(encodeMessage(e.messageId, e.messageArgs));
    return sha256Hex(c.str());
}

// Resets statements left mid-iteration so that no read transaction stays open.
void resetBusy(Connection &c)
{
    c.resetBusy();
}

// ---------------------------------------------------------------- row mapping


Hop readHop(const Statement &s, int first)
{
    Hop h{s.int64(first), s.text(first + 1), s.text(first + 2), s.text(first + 3), {}, {}};
    // A message that does not read (written by hand, cut short) is as none: the
    // English detail is shown.
    if (!decodeMessage(s.text(first + 4), &h.messageId, &h.messageArgs)) {
        h.messageId.clear();
        h.messageArgs.clear();
    }
    return h;
}

Transaction readTransaction(const Statement &s, bool withPayload)
{
    Transaction t;
    t.id = s.int64(0);
    t.flowId = s.text(1);
    t.state = static_cast<TxState>(s.int32(2));
    t.version = s.int64(3);
    t.businessKey = s.text(4);
    t.businessObjectType = s.text(5);
    t.correlationId = s.text(6);
    t.sourceSystem = s.text(7);
    t.targetSystem = s.text(8);
    t.counterparty = s.text(9);
    t.amountMinor = s.int64(10);
    t.currency = s.text(11);
    t.plant = s.text(12);
    t.domain = s.text(13);
    t.createdAt = s.int64(14);
    t.updatedAt = s.int64(15);
    t.dueAt = s.int64(16);
    t.slaDeadline = s.int64(17);
    t.deliveredAt = s.int64(18);
    t.nextAttemptAt = s.int64(19);
    t.attempts = s.int32(20);
    t.error.category = static_cast<ErrorCategory>(s.int32(21));
    t.error.code = s.text(22);
    t.error.message = s.text(23);
    t.error.signature = s.text(24);
    t.error.at = s.int64(25);
    t.triage = static_cast<TriageStatus>(s.int32(26));
    t.assignee = s.text(27);
    t.idempotencyKey = s.text(28);
    t.impactScore = s.real(29);
    t.error.offendingValue = s.text(30);
    t.error.group = s.text(31);
    if (withPayload) {
        t.originalPayloadJson = s.text(kTxColumnCount);
        t.payloadJson = s.text(kTxColumnCount + 1);
        t.error.targetResponse = s.text(kTxColumnCount + 2);
        t.deliveryReceipt = s.text(kTxColumnCount + 3);
        t.error.fieldPath = s.text(kTxColumnCount + 4);
        t.schemaVersion = s.int32(kTxColumnCount + 5);
    }
    return t;
}

namespace {

using TextMap = std::map<std::string, std::string>;

void writeMap(rapidjson::Writer<rapidjson::StringBuffer> &w, const TextMap &m)
{
    w.StartObject();
    for (const auto &[k, v] : m) {
        w.Key(k.c_str(), static_cast<rapidjson::SizeType>(k.size()));
        w.String(v.c_str(), static_cast<rapidjson::SizeType>(v.size()));
    }
    w.EndObject();
}

TextMap readMap(const rapidjson::Value &v)
{
    TextMap m;
    if (!v.IsObject())
        return m;
    for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it)
        if (it->value.IsString())
            m[std::string(it->name.GetString(), it->name.GetStringLength())] =
                std::string(it->value.GetString(), it->value.GetStringLength());
    return m;
}

} // namespace

std::string flowTextsJson(const FlowDef &f)
{
    if (f.localizedNames.empty() && f.localizedDescriptions.empty() && f.whatToDo.empty() && f.milestones.empty())
        return {};
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.StartObject();
    w.Key("names");
    writeMap(w, f.localizedNames);
    w.Key("descriptions");
    writeMap(w, f.localizedDescriptions);
    w.Key("milestones");
    writeMap(w, f.milestones);
    w.Key("what_to_do");
    w.StartObject();
    for (const auto &[code, texts] : f.whatToDo) {
        w.Key(code.c_str(), static_cast<rapidjson::SizeType>(code.size()));
        writeMap(w, texts);
    }
    w.EndObject();
    w.EndObject();
    return std::string(buf.GetString(), buf.GetSize());
}

void readFlowTexts(const std::string &json, FlowDef &f)
{
    if (json.empty())
        return;
    rapidjson::Document doc;
    doc.Parse(json.c_str(), json.size());
    if (doc.HasParseError() || !doc.IsObject())
        return;
    if (auto it = doc.FindMember("names"); it != doc.MemberEnd())
        f.localizedNames = readMap(it->value);
    if (auto it = doc.FindMember("descriptions"); it != doc.MemberEnd())
        f.localizedDescriptions = readMap(it->value);
    if (auto it = doc.FindMember("milestones"); it != doc.MemberEnd())
        f.milestones = readMap(it->value);
    if (auto it = doc.FindMember("what_to_do"); it != doc.MemberEnd() && it->value.IsObject())
        for (auto c = it->value.MemberBegin(); c != it->value.MemberEnd(); ++c)
            f.whatToDo[std::string(c->name.GetString(), c->name.GetStringLength())] = readMap(c->value);
}

FlowDef readFlow(const Statement &s)
{
    FlowDef f;
    f.id = s.text(0);
    f.name = s.text(1);
    f.domain = s.text(2);
    f.sourceSystem = s.text(3);
    f.targetSystem = s.text(4);
    f.connectorId = s.text(5);
    f.businessObjectType = s.text(6);
    f.description = s.text(7);
    f.payloadSchemaJson = s.text(8);
    f.sensitiveFields = splitList(s.text(9));
    f.slaSeconds = s.int64(10);
    f.retry.maxAttempts = s.int32(11);
    f.retry.initialBackoffMs = s.int64(12);
    f.retry.multiplier = s.real(13);
    f.retry.maxBackoffMs = s.int64(14);
    f.batch = s.int64(15) != 0;
    f.schemaVersion = s.int32(16);
    readFlowTexts(s.text(17), f);
    return f;
}

AuditEntry readAudit(const Statement &s)
{
    AuditEntry e;
    e.sequence = s.int64(0);
    e.at = s.int64(1);
    e.actor = s.text(2);
    e.role = s.text(3);
    e.action = s.text(4);
    e.targetType = s.text(5);
    e.targetId = s.text(6);
    e.reason = s.text(7);
    e.diffJson = s.text(8);
    e.requestId = s.text(9);
    e.detail = s.text(10);
    e.prevHash = s.text(11);
    e.hash = s.text(12);
    // A message that does not read (written by hand, cut short) is as none:
    // the entry's hash then no longer matches, which verification reports.
    if (!decodeMessage(s.text(13), &e.messageId, &e.messageArgs)) {
        e.messageId.clear();
        e.messageArgs.clear();
    }
    return e;
}

Event readEvent(const Statement &s)
{
    Event e;
    e.sequence = s.int64(0);
    e.type = static_cast<EventType>(s.int32(1));
    e.at = s.int64(2);
    e.transactionId = s.int64(3);
    e.flowId = s.text(4);
    e.state = static_cast<TxState>(s.int32(5));
    e.previousState = static_cast<TxState>(s.int32(6));
    e.version = s.int64(7);
    e.plant = s.text(8);
    e.domain = s.text(9);
    e.action = s.text(10);
    e.actor = s.text(11);
    e.connectorId = s.text(12);
    e.bulkJobId = s.text(13);
    return e;
}

UserRecord readUser(const Statement &s)
{
    UserRecord u;
    u.username = s.text(0);
    u.displayName = s.text(1);
    u.role = static_cast<Role>(s.int32(2));
    u.domains = splitList(s.text(3));
    u.plants = splitList(s.text(4));
    u.passwordHash = s.text(5);
    u.disabled = s.int64(6) != 0;
    u.failedLogins = s.int32(7);
    u.lockedUntil = s.int64(8);
    u.createdAt = s.int64(9);
    u.lastLoginAt = s.int64(10);
    return u;
}

ConnectorRecord readConnector(const Statement &s)
{
    ConnectorRecord c;
    c.id = s.text(0);
    c.name = s.text(1);
    c.kind = s.text(2);
    c.system = s.text(3);
    c.endpoint = s.text(4);
    c.authType = s.text(5);
    c.paused = s.int64(6) != 0;
    c.pausedReason = s.text(7);
    c.lastSuccessAt = s.int64(8);
    c.recentAttempts = s.int64(9);
    c.recentFailures = s.int64(10);
    c.credentialCiphertext = s.text(11);
    c.credentialFingerprint = s.text(12);
    c.credentialVersion = s.int32(13);
    c.credentialRotatedAt = s.int64(14);
    c.credentialRotatedBy = s.text(15);
    c.rotationPolicyDays = s.int32(16);
    return c;
}

// ---------------------------------------------------------------- shared reads

std::optional<Transaction> loadTransaction(Connection &c, std::int64_t id, bool withDetail)
{
    std::optional<Transaction> out;
    if (withDetail) {
        static const std::string sql = std::string("SELECT ") + kTxColumns + ", " + kPayloadColumns
            + " FROM transactions t LEFT JOIN tx_payloads p ON p.tx_id = t.id WHERE t.id = ?";
        auto &s = c.prepare(sql);
        s.bind(1, id);
        if (s.step())
            out = readTransaction(s, true);
        s.reset();
        if (!out)
            return out;
        static const std::string hopsSql =
            "SELECT at, system, action, detail, message FROM tx_hops WHERE tx_id = ? ORDER BY id";
        auto &h = c.prepare(hopsSql);
        h.bind(1, id);
        while (h.step())
            out->hops.push_back(readHop(h, 0));
        return out;
    }
    static const std::string sql = std::string("SELECT ") + kTxColumns + " FROM transactions t WHERE t.id = ?";
    auto &s = c.prepare(sql);
    s.bind(1, id);
    if (s.step())
        out = readTransaction(s, false);
    s.reset();
    return out;
}

std::vector<std::optional<Transaction>> loadTransactions(Connection &c, const std::vector<std::int64_t> &ids,
                                                         bool withDetail)
{
    std::vector<std::optional<Transaction>> out(ids.size());
    if (c.dialect() != Dialect::Postgres) {
        // SQLite answers each in microseconds, in this process.
        for (std::size_t i = 0; i < ids.size(); ++i)
            out[i] = loadTransaction(c, ids[i], withDetail);
        return out;
    }
    static const std::string rowsSql = std::string("SELECT ") + kTxColumns + ", " + kPayloadColumns
        + " FROM transactions t LEFT JOIN tx_payloads p ON p.tx_id = t.id WHERE t.id = ANY (?::bigint[])";
    static const std::string bareSql =
        std::string("SELECT ") + kTxColumns + " FROM transactions t WHERE t.id = ANY (?::bigint[])";
    static const std::string hopsSql = "SELECT tx_id, at, system, action, detail, message FROM tx_hops "
                                       "WHERE tx_id = ANY (?::bigint[]) ORDER BY tx_id, id";
    constexpr std::size_t kIdsPerQuery = 500;
    for (std::size_t start = 0; start < ids.size(); start += kIdsPerQuery) {
        const std::size_t end = std::min(ids.size(), start + kIdsPerQuery);
        // Where each id goes: an id may be asked for more than once.
        std::unordered_map<std::int64_t, std::vector<std::size_t>> at;
        PgArray asked;
        for (std::size_t i = start; i < end; ++i) {
            auto &places = at[ids[i]];
            if (places.empty())
                asked.add(ids[i]);
            places.push_back(i);
        }
        const std::string list = asked.text();
        auto &s = c.prepare(withDetail ? rowsSql : bareSql);
        s.bind(1, list);
        std::unordered_map<std::int64_t, Transaction> found;
        while (s.step()) {
            Transaction t = readTransaction(s, withDetail);
            const std::int64_t id = t.id;
            found.emplace(id, std::move(t));
        }
        s.reset();
        if (withDetail && !found.empty()) {
            auto &h = c.prepare(hopsSql);
            h.bind(1, list);
            while (h.step()) {
                auto it = found.find(h.int64(0));
                if (it != found.end())
                    it->second.hops.push_back(readHop(h, 1));
            }
            h.reset();
        }
        for (auto &[id, t] : found) {
            const auto &places = at[id];
            for (std::size_t k = 1; k < places.size(); ++k)
                out[places[k]] = t;
            out[places.front()] = std::move(t);
        }
    }
    return out;
}

std::optional<std::int64_t> loadIdempotency(Connection &c, const std::string &flowId, const std::string &key)
{
    if (key.empty())
        return std::nullopt;
    auto &s = c.prepare("SELECT id FROM transactions WHERE flow_id = ? AND idempotency_key = ? AND idempotency_key <> ''");
    s.bind(1, flowId).bind(2, key);
    std::optional<std::int64_t> out;
    if (s.step())
        out = s.int64(0);
    s.reset();
    return out;
}

std::vector<std::optional<std::int64_t>> loadIdempotencies(Connection &c, const std::vector<IdempotencyKey> &keys)
{
    std::vector<std::optional<std::int64_t>> out(keys.size());
    if (c.dialect() != Dialect::Postgres) {
        for (size_t i = 0; i < keys.size(); ++i)
            out[i] = loadIdempotency(c, keys[i].flowId, keys[i].key);
        return out;
    }
    // Pairs per query: one of a few fixed sizes, the last query filled up with
    // a pair asked already, so that every statement is one of a few prepared
    // ones and a small group does not pay for a large one.
    static constexpr size_t kSizes[] = {4, 16, 64, 200};
    static const std::vector<std::string> sqlOfSize = [] {
        std::vector<std::string> all;
        for (const size_t n : kSizes) {
            std::string q = "SELECT flow_id, idempotency_key, id FROM transactions WHERE idempotency_key <> '' AND "
                            "(flow_id, idempotency_key) IN (VALUES ";
            for (size_t i = 0; i < n; ++i)
                q += i == 0 ? "(?, ?)" : ", (?, ?)";
            all.push_back(q + ")");
        }
        return all;
    }();
    std::map<std::pair<std::string_view, std::string_view>, std::vector<size_t>> wanted;
    std::vector<size_t> asked;
    for (size_t i = 0; i < keys.size(); ++i) {
        if (keys[i].key.empty())
            continue;
        auto &at = wanted[{keys[i].flowId, keys[i].key}];
        if (at.empty())
            asked.push_back(i);
        at.push_back(i);
    }
    for (size_t start = 0, n = 0; start < asked.size(); start += n) {
        size_t size = 0;
        while (size + 1 < std::size(kSizes) && kSizes[size] < asked.size() - start)
            ++size;
        n = kSizes[size];
        auto &s = c.prepare(sqlOfSize[size]);
        for (size_t j = 0; j < n; ++j) {
            const IdempotencyKey &k = keys[asked[std::min(start + j, asked.size() - 1)]];
            s.bind(static_cast<int>(2 * j + 1), k.flowId).bind(static_cast<int>(2 * j + 2), k.key);
        }
        while (s.step()) {
            const auto found = wanted.find({s.view(0), s.view(1)});
            if (found != wanted.end())
                for (const size_t i : found->second)
                    out[i] = s.int64(2);
        }
        s.reset();
    }
    return out;
}

std::optional<UserRecord> loadUser(Connection &c, const std::string &username)
{
    auto &s = c.prepare(std::string(kUserSelect) + " WHERE username = ?");
    s.bind(1, username);
    std::optional<UserRecord> out;
    if (s.step())
        out = readUser(s);
    s.reset();
    return out;
}

std::optional<ConnectorRecord> loadConnector(Connection &c, const std::string &id)
{
    auto &s = c.prepare(std::string(kConnectorSelect) + " WHERE id = ?");
    s.bind(1, id);
    std::optional<ConnectorRecord> out;
    if (s.step())
        out = readConnector(s);
    s.reset();
    return out;
}

std::optional<RequestRecord> loadRequest(Connection &c, const std::string &requestId)
{
    auto &s = c.prepare("SELECT request_id, method, fingerprint, response, status_code, at FROM requests WHERE request_id = ?");
    s.bind(1, requestId);
    std::optional<RequestRecord> out;
    if (s.step())
        out = RequestRecord{s.text(0), s.text(1), s.text(2), s.text(3), s.int32(4), s.int64(5)};
    s.reset();
    return out;
}

namespace {

constexpr const char *kBulkJobSelect =
    "SELECT id, owner, request, items, cursor, progress, finished, created_at, cancel_requested_by FROM bulk_jobs";

BulkJobRecord readBulkJob(Statement &s)
{
    BulkJobRecord r;
    r.id = s.text(0);
    r.owner = s.text(1);
    r.request = s.text(2);
    r.items = s.text(3);
    r.cursor = s.int64(4);
    r.progress = s.text(5);
    r.finished = s.int64(6) != 0;
    r.createdAt = s.int64(7);
    r.cancelRequestedBy = s.text(8);
    return r;
}

} // namespace

std::optional<BulkJobRecord> loadBulkJob(Connection &c, const std::string &id)
{
    auto &s = c.prepare(std::string(kBulkJobSelect) + " WHERE id = ?");
    s.bind(1, id);
    std::optional<BulkJobRecord> out;
    if (s.step())
        out = readBulkJob(s);
    s.reset();
    return out;
}

std::vector<BulkJobRecord> loadUnfinishedBulkJobs(Connection &c)
{
    auto &s = c.prepare(std::string(kBulkJobSelect) + " WHERE finished = 0 ORDER BY created_at, id");
    std::vector<BulkJobRecord> out;
    while (s.step())
        out.push_back(readBulkJob(s));
    s.reset();
    return out;
}

} // namespace flowdesk::backend::store_detail
