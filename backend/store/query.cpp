// Filters, text folding, orderings and page tokens of the list queries.

#include "store_p.h"

#include <sqlite3.h>

#include <algorithm>
#include <charconv>

namespace flowdesk::backend::store_detail {

// ---------------------------------------------------------------- filters

// Case folding for the text filter: ASCII plus the Latin-1 and Latin

// Extended-A letters of the plants' languages (German, French, Polish,
// Spanish). SQLite's LIKE folds ASCII only.
unsigned foldCodePoint(unsigned cp)
{
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
        return cp + 0x20;
    if ((cp >= 0x100 && cp <= 0x12F) || (cp >= 0x132 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177))
        return cp | 1u;  // even upper case, odd lower case
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
        return cp % 2 == 1 ? cp + 1 : cp;  // odd upper case, even lower case
    if (cp == 0x178)
        return 0xFF;
    return cp;
}

void foldInto(std::string_view in, std::string &out)
{
    out.clear();
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size();) {
        const auto c = static_cast<unsigned char>(in[i]);
        if (c < 0x80) {
            out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
            ++i;
        } else if ((c & 0xE0) == 0xC0 && i + 1 < in.size() && (static_cast<unsigned char>(in[i + 1]) & 0xC0) == 0x80) {
            const unsigned cp = foldCodePoint(((c & 0x1Fu) << 6) | (static_cast<unsigned char>(in[i + 1]) & 0x3Fu));
            out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
            i += 2;
        } else {
            out.push_back(static_cast<char>(c));
            ++i;
        }
    }
}

std::string folded(std::string_view in)
{
    std::string out;
    foldInto(in, out);
    return out;
}

// SQL function fd_contains(haystack, folded needle): 1 when the folded
// haystack contains the needle.
void sqlContainsFolded(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *h = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const auto *n = reinterpret_cast<const char *>(sqlite3_value_text(argv[1]));
    if (!h || !n) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    thread_local std::string buffer;
    foldInto(std::string_view(h, static_cast<std::size_t>(sqlite3_value_bytes(argv[0]))), buffer);
    const std::string_view needle(n, static_cast<std::size_t>(sqlite3_value_bytes(argv[1])));
    sqlite3_result_int(ctx, buffer.find(needle) != std::string::npos ? 1 : 0);
}

void registerFunctions(sqlite::Connection &c)
{
    sqlite::check(c.handle(),
                  sqlite3_create_function_v2(c.handle(), "fd_contains", 2,
                                             SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                             &sqlContainsFolded, nullptr, nullptr, nullptr),
                  "register fd_contains");
    sqlite::check(c.handle(),
                  sqlite3_create_function_v2(c.handle(), "fd_hist_merge", 2,
                                             SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                             &sqlHistMerge, nullptr, nullptr, nullptr),
                  "register fd_hist_merge");
}

namespace {

void appendUtf8(std::string &out, unsigned cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

} // namespace

std::string pgFunctions()
{
    // fd_contains(haystack, folded needle), folding with foldCodePoint above
    // as a translate() of every letter it changes.
    std::string from;
    std::string to;
    for (unsigned cp = 1; cp < 0x800; ++cp) {
        const unsigned f = cp < 0x80 ? (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp) : foldCodePoint(cp);
        if (f == cp)
            continue;
        appendUtf8(from, cp);
        appendUtf8(to, f);
    }
    return "CREATE OR REPLACE FUNCTION fd_contains(h text, n text) RETURNS boolean LANGUAGE sql IMMUTABLE "
           "PARALLEL SAFE AS $fd$ SELECT strpos(translate(h, '" + from + "', '" + to + "'), n) > 0 $fd$";
}

std::string likePattern(const std::string &text)
{
    std::string out = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '%';
    return out;
}

Where txWhere(const TxFilter &f)
{
    Where w;
    w.inEnum("t.state", f.states);
    // States without DELIVERED: say so in the exact words of the partial
    // indexes' condition, so that the planner may use them, and name the one
    // lifecycle they share, so that a list walks that part of an index in order.
    if (!f.states.empty() && std::find(f.states.begin(), f.states.end(), TxState::Delivered) == f.states.end()) {
        w.term("t.lifecycle <> 0");
        const int first = lifecycleOf(f.states.front());
        if (std::all_of(f.states.begin(), f.states.end(), [first](TxState s) { return lifecycleOf(s) == first; }))
            w.term("t.lifecycle = " + std::to_string(first));
    }
    w.inText("t.flow_id", f.flowIds);
    w.inText("t.plant", f.plants);
    w.inText("t.domain", f.domains);
    if (!f.errorSignature.empty()) {
        w.term("t.error_signature = ? AND t.error_signature <> ''");
        w.binds.emplace_back(f.errorSignature);
    }
    if (!f.errorGroup.empty()) {
        w.term("t.error_group = ? AND t.error_group <> ''");
        w.binds.emplace_back(f.errorGroup);
    }
    if (!f.text.empty()) {
        const bool ascii = std::all_of(f.text.begin(), f.text.end(),
                                       [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
        // LIKE is fast and folds ASCII, which is all an ASCII needle needs.
        if (ascii)
            w.term("(t.business_key LIKE ? ESCAPE '\\' OR t.counterparty LIKE ? ESCAPE '\\' "
                   "OR t.error_message LIKE ? ESCAPE '\\' "
                   "OR t.search_terms LIKE ? ESCAPE '\\')");
        else
            w.term("(fd_contains(t.business_key, ?) OR fd_contains(t.counterparty, ?) "
                   "OR fd_contains(t.error_message, ?) "
                   "OR fd_contains(t.search_terms, ?))");
        const std::string p = ascii ? likePattern(f.text) : folded(f.text);
        for (int i = 0; i < 4; ++i)
            w.binds.emplace_back(p);
    }
    if (f.stuckOnly) {
        w.term(std::string(kOpenCondition) + " AND t.sla_deadline > 0 AND t.sla_deadline < ?");
        // A filter that names no time means now.
        w.binds.emplace_back(static_cast<std::int64_t>(f.now > 0 ? f.now : Clock::system().now()));
    }
    w.inEnum("t.triage", f.triage);
    w.inEnum("t.error_category", f.categories);
    if (!f.assignee.empty()) {
        w.term("t.assignee = ?");
        w.binds.emplace_back(f.assignee);
    }
    if (f.unassignedOnly)
        w.term("t.assignee = ''");
    if (!f.correlationId.empty()) {
        w.term("t.correlation_id = ?");
        w.binds.emplace_back(f.correlationId);
    }
    if (f.createdAfter > 0) {
        w.term("t.created_at >= ?");
        w.binds.emplace_back(static_cast<std::int64_t>(f.createdAfter));
    }
    if (f.createdBefore > 0) {
        w.term("t.created_at < ?");
        w.binds.emplace_back(static_cast<std::int64_t>(f.createdBefore));
    }
    return w;
}

std::vector<int> filterLifecycles(const TxFilter &f)
{
    std::vector<int> out;
    for (const int lifecycle : {0, 1, 2}) {
        const bool byState = f.states.empty()
            || std::any_of(f.states.begin(), f.states.end(), [lifecycle](TxState s) { return lifecycleOf(s) == lifecycle; });
        // "Stuck only" means open (kOpenCondition).
        if (byState && (!f.stuckOnly || lifecycle == 1))
            out.push_back(lifecycle);
    }
    return out;
}

std::string lifecycleTerm(int lifecycle)
{
    return lifecycle == 0 ? std::string("t.lifecycle = 0") : "t.lifecycle <> 0 AND t.lifecycle = " + std::to_string(lifecycle);
}

bool onlyScopeAndStates(const TxFilter &f)
{
    return f.errorSignature.empty() && f.errorGroup.empty() && f.text.empty() && !f.stuckOnly && f.triage.empty() && f.categories.empty()
        && f.assignee.empty() && !f.unassignedOnly && f.correlationId.empty() && f.createdAfter == 0
        && f.createdBefore == 0;
}

// What identifies a filter in a page token (everything but the reference time).
std::string filterFingerprint(const TxFilter &f, TxOrder order)
{
    Canonical c;
    c.add(static_cast<std::int64_t>(order))
        .addList(f.states)
        .addList(f.flowIds)
        .addList(f.plants)
        .addList(f.domains)
        .add(f.errorSignature)
        .add(f.errorGroup)
        .add(f.text)
        .add(f.stuckOnly)
        .addList(f.triage)
        .addList(f.categories)
        .add(f.assignee)
        .add(f.unassignedOnly)
        .add(f.correlationId)
        .add(f.createdAfter)
        .add(f.createdBefore);
    return sha256Hex(c.str()).substr(0, 16);
}

std::string auditFingerprint(const AuditFilter &f)
{
    Canonical c;
    c.add(f.businessKey).add(f.actor).add(f.action).add(f.targetType).add(f.targetId).add(f.from).add(f.to);
    if (f.changesOnly)
        c.add(std::string_view("changes-only"));
    return sha256Hex(c.str()).substr(0, 16);
}


OrderSpec orderSpec(TxOrder order)
{
    switch (order) {
    case TxOrder::ImpactDesc: return {"t.impact_score", true, OrderSpec::Type::Real};
    case TxOrder::CreatedAsc: return {"t.created_at", false, OrderSpec::Type::Int};
    case TxOrder::CreatedDesc: return {"t.created_at", true, OrderSpec::Type::Int};
    case TxOrder::AmountDesc: return {"t.amount_minor", true, OrderSpec::Type::Int};
    case TxOrder::DueAsc: return {kDueKey, false, OrderSpec::Type::Int};
    case TxOrder::FlowAsc: return {"t.flow_id", false, OrderSpec::Type::Text};
    case TxOrder::IdAsc: return {nullptr, false, OrderSpec::Type::Int};
    }
    throw StoreError(StoreError::Kind::InvalidArgument, "unknown order");
}

// ---------------------------------------------------------------- page tokens

std::string sealToken(const std::string &payload)
{
    return hexEncode(payload) + sha256Hex("flowdesk.page." + payload).substr(0, 8);
}

std::vector<std::string> openToken(const std::string &token)
{
    auto bad = [] { return StoreError(StoreError::Kind::InvalidArgument, "invalid page token"); };
    if (token.size() < 10)
        throw bad();
    const auto payload = hexDecode(std::string_view(token).substr(0, token.size() - 8));
    if (!payload || sha256Hex("flowdesk.page." + *payload).substr(0, 8) != token.substr(token.size() - 8))
        throw bad();
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const auto end = payload->find('|', start);
        parts.push_back(payload->substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return parts;
}

std::optional<std::int64_t> parseInt(const std::string &s)
{
    std::int64_t v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size() || s.empty())
        return std::nullopt;
    return v;
}


std::string makeTxToken(TxOrder order, const std::string &fingerprint, const Transaction &last)
{
    const OrderSpec spec = orderSpec(order);
    std::string key;
    switch (order) {
    case TxOrder::ImpactDesc: key = std::to_string(std::bit_cast<std::int64_t>(last.impactScore)); break;
    case TxOrder::CreatedAsc:
    case TxOrder::CreatedDesc: key = std::to_string(last.createdAt); break;
    case TxOrder::AmountDesc: key = std::to_string(last.amountMinor); break;
    case TxOrder::DueAsc:
        key = std::to_string(last.dueAt == 0 ? std::numeric_limits<std::int64_t>::max() : last.dueAt);
        break;
    case TxOrder::FlowAsc: key = hexEncode(last.flowId); break;
    case TxOrder::IdAsc: break;
    }
    (void)spec;
    return sealToken("t1|" + std::to_string(static_cast<int>(order)) + "|" + fingerprint + "|" + key + "|"
                     + std::to_string(last.id));
}

TxCursor parseTxToken(const std::string &token, TxOrder order, const std::string &fingerprint)
{
    const auto parts = openToken(token);
    auto bad = [](const char *why) { return StoreError(StoreError::Kind::InvalidArgument, why); };
    if (parts.size() != 5 || parts[0] != "t1")
        throw bad("invalid page token");
    if (parts[1] != std::to_string(static_cast<int>(order)) || parts[2] != fingerprint)
        throw bad("page token belongs to another filter or order");
    TxCursor cursor;
    const auto id = parseInt(parts[4]);
    if (!id)
        throw bad("invalid page token");
    cursor.id = *id;
    const OrderSpec spec = orderSpec(order);
    if (!spec.key)
        return cursor;
    if (spec.type == OrderSpec::Type::Text) {
        const auto text = hexDecode(parts[3]);
        if (!text)
            throw bad("invalid page token");
        cursor.key = *text;
        return cursor;
    }
    const auto n = parseInt(parts[3]);
    if (!n)
        throw bad("invalid page token");
    if (spec.type == OrderSpec::Type::Real)
        cursor.key = std::bit_cast<double>(*n);
    else
        cursor.key = *n;
    return cursor;
}

void bindValue(Statement &s, int index, const BindValue &v)
{
    if (const auto *n = std::get_if<std::int64_t>(&v))
        s.bind(index, *n);
    else if (const auto *d = std::get_if<double>(&v))
        s.bind(index, *d);
    else
        s.bind(index, std::get<std::string>(v));
}

} // namespace flowdesk::backend::store_detail
