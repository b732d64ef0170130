// The store's façade: opening, the flow catalogue and the transaction reads.

#include "platform.h"
#include "storeimpl.h"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <filesystem>
#include <map>

namespace flowdesk::backend {

// ---------------------------------------------------------------- Store

Store::Store(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}

Store::~Store()
{
    wakeAll();
    d->stopCheckpointer();
}

namespace {

bool isPostgresSpec(const std::string &spec)
{
    return spec.rfind("postgresql://", 0) == 0 || spec.rfind("postgres://", 0) == 0;
}

// The connection string without its password, for messages and path().
std::string redacted(const std::string &conninfo)
{
    const auto scheme = conninfo.find("://");
    const auto at = conninfo.find('@');
    if (scheme == std::string::npos || at == std::string::npos || at < scheme)
        return conninfo;
    const auto colon = conninfo.find(':', scheme + 3);
    if (colon == std::string::npos || colon > at)
        return conninfo;
    return conninfo.substr(0, colon) + conninfo.substr(at);
}

std::unique_ptr<Store::Impl> openPostgres(const std::string &spec, const std::string &password, const Clock &clock)
{
    auto impl = std::make_unique<Store::Impl>();
    impl->dialect = Dialect::Postgres;
    impl->clock = &clock;
    impl->conninfo = spec;
    if (!password.empty()) {
        // A key=value pair after the URI is not allowed; libpq takes the
        // password as a query parameter of the URI.
        std::string escaped;
        for (const unsigned char c : password) {
            if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
                escaped += static_cast<char>(c);
            } else {
                static const char *hex = "0123456789ABCDEF";
                escaped += '%';
                escaped += hex[c >> 4];
                escaped += hex[c & 15];
            }
        }
        impl->conninfo += (spec.find('?') == std::string::npos ? "?password=" : "&password=") + escaped;
    }
    impl->path = redacted(spec);
    impl->writer = std::make_unique<pg::Connection>(impl->conninfo);
    impl->migrate();
    impl->ensureRollups();
    impl->ensureSiteId();
    impl->backfillSearchTerms();
    impl->loadHeads();
    impl->startListener();
    return impl;
}

} // namespace

std::unique_ptr<Store> Store::open(const std::string &dataDir, std::string *error, const Clock &clock)
{
    return open(StoreSpec{dataDir, {}}, error, clock);
}

std::unique_ptr<Store> Store::open(const StoreSpec &spec, std::string *error, const Clock &clock)
{
    const std::string &dataDir = spec.location;
    if (isPostgresSpec(spec.location)) {
        try {
            auto impl = openPostgres(spec.location, spec.password, clock);
            logger()->info("store opened {} (schema {})", impl->path, impl->schemaVersion);
            return std::unique_ptr<Store>(new Store(std::move(impl)));
        } catch (const std::exception &e) {
            if (error)
                *error = e.what();
            logger()->error("cannot open store {}: {}", redacted(spec.location), e.what());
            return nullptr;
        }
    }
    static std::once_flag configured;
    std::call_once(configured, [] {
        // Memory statistics cost a global mutex on every allocation; the store
        // does not use them. Refused (harmlessly) once SQLite is initialised.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
    try {
        // Generated columns, UPSERT and RETURNING-era planner features: refuse an
        // older library (for example SQLCipher's, should it win the symbol lookup
        // in a process that links both) rather than fail obscurely later.
        if (sqlite3_libversion_number() < 3035000)
            throw StoreError(StoreError::Kind::Io, std::string("SQLite 3.35 or newer is required, found ")
                                                       + sqlite3_libversion());
        std::error_code ec;
        const std::filesystem::path dir = platform::pathFromUtf8(dataDir);
        std::filesystem::create_directories(dir, ec);
        if (ec)
            throw StoreError(StoreError::Kind::Io, "cannot create " + dataDir + ": " + ec.message());
        auto impl = std::make_unique<Impl>();
        impl->clock = &clock;
        // SQLite takes the file name in UTF-8 on every platform.
        impl->path = platform::utf8FromPath(dir / "flowdesk.db");
        auto writer = std::make_unique<sqlite::Connection>(impl->path, false);
        registerFunctions(*writer);
        impl->writer = std::move(writer);
        Connection &w = *impl->writer;
        {
            auto &s = w.prepare("PRAGMA journal_mode = WAL");
            const std::string mode = s.step() ? s.text(0) : std::string();
            s.reset();
            if (mode != "wal")
                throw StoreError(StoreError::Kind::Io, "cannot switch " + impl->path + " to WAL (" + mode + ")");
        }
        w.execScript("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; "
                     "PRAGMA cache_size = -262144; PRAGMA mmap_size = 1073741824; PRAGMA busy_timeout = 5000; "
                     "PRAGMA wal_autocheckpoint = 0; PRAGMA journal_size_limit = 67108864;");
        impl->migrate();
        impl->ensureRollups();
        impl->ensureSiteId();
        impl->backfillSearchTerms();
        impl->loadHeads();
        impl->startCheckpointer();
        logger()->info("store opened {} (schema {})", impl->path, impl->schemaVersion);
        return std::unique_ptr<Store>(new Store(std::move(impl)));
    } catch (const std::exception &e) {
        if (error)
            *error = e.what();
        logger()->error("cannot open store in {}: {}", dataDir, e.what());
        return nullptr;
    }
}

std::string Store::siteId() const
{
    return d->siteId;
}

bool Store::shared() const
{
    return d->dialect == Dialect::Postgres;
}

int Store::schemaVersion() const
{
    return d->schemaVersion;
}

std::string Store::path() const
{
    return d->path;
}


std::vector<FlowDef> Store::listFlows() const
{
    Impl::Lease c(*d);
    std::vector<FlowDef> out;
    auto &s = c->prepare(std::string(kFlowSelect) + " ORDER BY id");
    while (s.step())
        out.push_back(readFlow(s));
    return out;
}

std::optional<FlowDef> Store::getFlow(const std::string &id) const
{
    Impl::Lease c(*d);
    auto &s = c->prepare(std::string(kFlowSelect) + " WHERE id = ?");
    s.bind(1, id);
    std::optional<FlowDef> out;
    if (s.step())
        out = readFlow(s);
    return out;
}

std::optional<std::string> Store::flowSchema(const std::string &flowId, int version) const
{
    Impl::Lease c(*d);
    auto &s = c->prepare("SELECT schema_json FROM flow_schemas WHERE flow_id = ? AND version = ?");
    s.bind(1, flowId).bind(2, version);
    std::optional<std::string> out;
    if (s.step())
        out = s.text(0);
    s.reset();
    return out;
}

std::vector<StateCount> Store::countByFlowAndState(const TxFilter &scope) const
{
    Where w;
    w.inText("plant", scope.plants);
    w.inText("domain", scope.domains);
    w.inText("flow_id", scope.flowIds);
    w.inEnum("state", scope.states);
    Impl::Lease c(*d);
    auto &s = c->prepareDynamic("SELECT flow_id, state, SUM(n) FROM tx_counts" + w.sql
                                + " GROUP BY flow_id, state HAVING SUM(n) > 0 ORDER BY flow_id, state");
    w.bindAll(s);
    std::vector<StateCount> out;
    while (s.step())
        out.push_back(StateCount{s.text(0), static_cast<TxState>(s.int32(1)), s.int64(2)});
    return out;
}

std::map<std::string, std::int64_t> Store::stuckCountByFlow(const TxFilter &scope, TimeMs now) const
{
    Where w;
    w.term(std::string(kOpenCondition) + " AND t.sla_deadline > 0 AND t.sla_deadline < ?");
    w.binds.emplace_back(static_cast<std::int64_t>(now));
    w.inText("t.plant", scope.plants);
    w.inText("t.domain", scope.domains);
    w.inText("t.flow_id", scope.flowIds);
    Impl::Lease c(*d);
    auto &s = c->prepareDynamic("SELECT t.flow_id, COUNT(*) FROM transactions t" + w.sql + " GROUP BY t.flow_id");
    w.bindAll(s);
    std::map<std::string, std::int64_t> out;
    while (s.step())
        out[s.text(0)] = s.int64(1);
    return out;
}

std::optional<Transaction> Store::getTransaction(std::int64_t id, bool withDetail) const
{
    Impl::Lease c(*d);
    Impl::Snapshot snap(*c);
    return loadTransaction(*c, id, withDetail);
}

std::vector<std::optional<Transaction>> Store::getTransactions(const std::vector<std::int64_t> &ids,
                                                              bool withDetail) const
{
    Impl::Lease c(*d);
    Impl::Snapshot snap(*c);
    return loadTransactions(*c, ids, withDetail);
}

std::optional<std::int64_t> Store::findByIdempotencyKey(const std::string &flowId, const std::string &key) const
{
    Impl::Lease c(*d);
    return loadIdempotency(*c, flowId, key);
}

std::vector<std::optional<std::int64_t>> Store::findByIdempotencyKeys(const std::vector<IdempotencyKey> &keys) const
{
    Impl::Lease c(*d);
    return loadIdempotencies(*c, keys);
}

namespace {

// The listing query of listTransactions, shared with its explanation.
//
// The orderings over delivered rows (tx_settled_*) hold only the settled
// lifecycle, and the live rows' (tx_live_*) the others, so that storing a new
// transaction writes no entry in the history's orderings. A list that reaches
// both reads the first page of each lifecycle on its own index, each walked
// in order from the cursor, and merges them: at most three pages of rows,
// whatever the size of the table.
struct TxQuery {
    Where where;
    OrderSpec spec;
    std::string fingerprint;
    std::optional<TxCursor> cursor;
    std::vector<int> parts;  // the lifecycles read one by one and merged; empty: one query
    std::string sql;
    std::string countSql;
    bool countByPart = false;

    TxQuery(const TxFilter &filter, TxOrder order, const std::string &pageToken, bool withPayload)
        : where(txWhere(filter)), spec(orderSpec(order)), fingerprint(filterFingerprint(filter, order))
    {
        if (!pageToken.empty())
            cursor = parseTxToken(pageToken, order, fingerprint);
        const std::vector<int> lifecycles = filterLifecycles(filter);
        if (!lifecycles.empty() && lifecycles.front() == 0) {
            if (lifecycles.size() == 1)
                where.term(lifecycleTerm(0));
            else if (spec.key)  // in id order the primary key holds every row in order
                parts = lifecycles;
        }
        const char *dir = spec.descending ? " DESC" : "";
        if (parts.empty()) {
            sql = select(withPayload, "", false) + " LIMIT ?";
            countSql = "SELECT COUNT(*) FROM transactions t" + where.sql;
            return;
        }
        // The merge orders by the parts' columns: the key is the one after the
        // transaction's (and the payload's), the id the first.
        const int keyColumn = kTxColumnCount + (withPayload ? kPayloadColumnCount : 0) + 1;
        // A date range is counted per lifecycle, each an index range of its
        // rows by date; anything else by one pass over the table (per
        // lifecycle it would read the table through an index, row by row).
        countByPart = filter.createdAfter > 0 || filter.createdBefore > 0;
        countSql = countByPart ? "SELECT " : "SELECT COUNT(*) FROM transactions t" + where.sql;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const std::string term = (where.sql.empty() ? " WHERE " : " AND ") + lifecycleTerm(parts[i]);
            sql += (i ? " UNION ALL " : "") + std::string("SELECT * FROM (")
                + select(withPayload, term, spec.key != nullptr) + " LIMIT ?) AS part" + std::to_string(i);
            if (countByPart)
                countSql += (i ? " + " : "") + std::string("(SELECT COUNT(*) FROM transactions t") + where.sql + term + ")";
        }
        sql += " ORDER BY ";
        if (spec.key)
            sql += std::to_string(keyColumn) + dir + ", ";
        sql += std::string("1") + dir + " LIMIT ?";
    }

    // One SELECT in the order of the list, without its LIMIT; `extra` narrows
    // the filter, `withKey` adds the ordering's key as the last column.
    std::string select(bool withPayload, const std::string &extra, bool withKey) const
    {
        const char *dir = spec.descending ? " DESC" : "";
        const char *cmp = spec.descending ? " < " : " > ";
        std::string q = std::string("SELECT ") + kTxColumns;
        if (withPayload)
            q += std::string(", ") + kPayloadColumns;
        if (withKey)
            q += std::string(", ") + spec.key;
        q += " FROM transactions t";
        if (withPayload)
            q += " LEFT JOIN tx_payloads p ON p.tx_id = t.id";
        q += where.sql + extra;
        if (cursor) {
            q += where.sql.empty() && extra.empty() ? " WHERE " : " AND ";
            if (spec.key)
                q += std::string("(") + spec.key + ", t.id)" + cmp + "(?, ?)";
            else
                q += std::string("t.id") + cmp + "?";
        }
        q += " ORDER BY ";
        if (spec.key)
            q += std::string(spec.key) + dir + ", ";
        q += std::string("t.id") + dir;
        return q;
    }

    void bind(Statement &s, int limit) const
    {
        int next = 1;
        for (std::size_t i = 0; i < std::max<std::size_t>(parts.size(), 1); ++i) {
            where.bindAll(s, next);
            next += static_cast<int>(where.binds.size());
            if (cursor) {
                if (spec.key)
                    bindValue(s, next++, cursor->key);
                s.bind(next++, cursor->id);
            }
            s.bind(next++, limit);
        }
        if (!parts.empty())
            s.bind(next, limit);
    }

    void bindCount(Statement &s) const
    {
        int next = 1;
        for (std::size_t i = 0; i < (countByPart ? parts.size() : 1); ++i) {
            where.bindAll(s, next);
            next += static_cast<int>(where.binds.size());
        }
    }
};

} // namespace

TxPage Store::listTransactions(const TxFilter &filter, TxOrder order, int pageSize, const std::string &pageToken,
                               bool withPayload) const
{
    pageSize = std::clamp(pageSize, 1, 1000);
    const TxQuery q(filter, order, pageToken, withPayload);

    TxPage page;
    Impl::Lease c(*d);
    Impl::Snapshot snap(*c);
    {
        auto &s = c->prepareDynamic(q.sql);
        q.bind(s, pageSize + 1);
        while (s.step())
            page.items.push_back(readTransaction(s, withPayload));
        s.reset();
    }
    if (static_cast<int>(page.items.size()) > pageSize) {
        page.items.resize(static_cast<std::size_t>(pageSize));
        page.nextPageToken = makeTxToken(order, q.fingerprint, page.items.back());
    }
    if (onlyScopeAndStates(filter)) {
        // The kept counts answer at once, whatever the number of matches.
        Where w;
        w.inText("plant", filter.plants);
        w.inText("domain", filter.domains);
        w.inText("flow_id", filter.flowIds);
        w.inEnum("state", filter.states);
        auto &s = c->prepareDynamic("SELECT COALESCE(SUM(n), 0) FROM tx_counts" + w.sql);
        w.bindAll(s);
        s.step();
        page.totalSize = s.int64(0);
        s.reset();
    } else {
        auto &s = c->prepareDynamic(q.countSql);
        q.bindCount(s);
        s.step();
        page.totalSize = s.int64(0);
        s.reset();
    }
    return page;
}

std::string Store::pageTokenAfter(const TxFilter &filter, TxOrder order, const Transaction &last) const
{
    return makeTxToken(order, filterFingerprint(filter, order), last);
}

void Store::loadHops(std::vector<Transaction> &transactions) const
{
    if (transactions.empty())
        return;
    std::map<std::int64_t, Transaction *> byId;
    std::string sql = "SELECT tx_id, at, system, action, detail, message FROM tx_hops WHERE tx_id IN (";
    for (auto &t : transactions) {
        t.hops.clear();
        sql += byId.empty() ? "?" : ", ?";
        byId.emplace(t.id, &t);
    }
    sql += ") ORDER BY tx_id, id";
    Impl::Lease c(*d);
    Impl::Snapshot snap(*c);
    auto &s = c->prepareDynamic(sql);
    int index = 1;
    for (const auto &[id, t] : byId)
        s.bind(index++, id);
    while (s.step()) {
        if (const auto it = byId.find(s.int64(0)); it != byId.end())
            it->second->hops.push_back(readHop(s, 1));
    }
    s.reset();
}

std::string Store::explainListTransactions(const TxFilter &filter, TxOrder order, const std::string &pageToken) const
{
    const TxQuery q(filter, order, pageToken, false);
    Impl::Lease c(*d);
    const bool pg = c->dialect() == Dialect::Postgres;
    auto &s = c->prepareDynamic((pg ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + q.sql);
    q.bind(s, 201);
    std::string out;
    while (s.step()) {
        out += s.text(pg ? 0 : 3);
        out += '\n';
    }
    s.reset();
    return out;
}

std::vector<ErrorGroup> Store::listErrorGroups(const TxFilter &filter, int limit, bool exact) const
{
    const std::string key = exact ? "t.error_group" : "t.error_signature";
    Where w = txWhere(filter);
    w.term(key + " <> ''");
    Impl::Lease c(*d);
    // Aggregate first (covered by an index when the filter is by state), then
    // read one sample row per group.
    auto &s = c->prepareDynamic(
        "SELECT g.signature, x.flow_id, x.error_category, x.error_code, x.error_message, x.currency, g.n, g.value, "
        "g.oldest, g.newest, x.error_signature, x.error_value, p.error_field_path, g.distinct_values, g.sample "
        "FROM (SELECT " + key + " AS signature, COUNT(*) AS n, "
        "SUM(t.amount_minor) AS value, MIN(t.error_at) AS oldest, MAX(t.error_at) AS newest, MAX(t.id) AS sample, "
        "COUNT(DISTINCT NULLIF(t.error_value, '')) AS distinct_values "
        "FROM transactions t"
        + w.sql + " GROUP BY " + key + " ORDER BY n DESC, value DESC, signature LIMIT ?) g "
                  "JOIN transactions x ON x.id = g.sample LEFT JOIN tx_payloads p ON p.tx_id = g.sample "
                  "ORDER BY g.n DESC, g.value DESC, g.signature");
    w.bindAll(s);
    s.bind(static_cast<int>(w.binds.size()) + 1, std::clamp(limit, 1, 10000));
    std::vector<ErrorGroup> out;
    while (s.step()) {
        ErrorGroup g;
        g.signature = s.text(0);
        g.flowId = s.text(1);
        g.category = static_cast<ErrorCategory>(s.int32(2));
        g.code = s.text(3);
        g.sampleMessage = s.text(4);
        g.currency = s.text(5);
        g.count = s.int64(6);
        g.valueAtRiskMinor = s.int64(7);
        g.oldest = s.int64(8);
        g.newest = s.int64(9);
        g.distinctValues = s.int64(13);
        g.sampleId = s.int64(14);
        if (exact) {
            g.group = g.signature;
            g.signature = s.text(10);
            g.offendingValue = s.text(11);
            if (!g.offendingValue.empty())
                g.fieldPath = s.text(12);
        }
        out.push_back(std::move(g));
    }
    s.reset();
    if (out.empty())
        return out;
    // The value at risk per currency of the groups found: amounts in different
    // currencies are never added up.
    std::vector<std::string> signatures;
    std::unordered_map<std::string, std::size_t> rowOf;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const std::string &k = exact ? out[i].group : out[i].signature;
        signatures.push_back(k);
        rowOf.emplace(k, i);
    }
    Where wc = w;
    wc.inText(key.c_str(), signatures);
    auto &v = c->prepareDynamic("SELECT " + key + ", t.currency, SUM(t.amount_minor) FROM transactions t" + wc.sql
                                + " GROUP BY " + key + ", t.currency");
    wc.bindAll(v);
    while (v.step()) {
        const auto it = rowOf.find(v.text(0));
        const std::int64_t amount = v.int64(2);
        if (it == rowOf.end() || amount == 0)
            continue;
        out[it->second].valuesAtRisk.push_back(CurrencyAmount{v.text(1), amount});
    }
    v.reset();
    for (auto &g : out) {
        std::sort(g.valuesAtRisk.begin(), g.valuesAtRisk.end(), [](const CurrencyAmount &a, const CurrencyAmount &b) {
            return a.amountMinor != b.amountMinor ? a.amountMinor > b.amountMinor : a.currency < b.currency;
        });
        if (g.valuesAtRisk.empty()) {
            g.valueAtRiskMinor = 0;
        } else {
            g.valueAtRiskMinor = g.valuesAtRisk.front().amountMinor;
            g.currency = g.valuesAtRisk.front().currency;
        }
    }
    return out;
}

std::vector<Transaction> Store::timeline(const std::string &correlationId) const
{
    Impl::Lease c(*d);
    auto &s = c->prepare(std::string("SELECT ") + kTxColumns
                         + " FROM transactions t WHERE t.correlation_id = ? ORDER BY t.created_at, t.id");
    s.bind(1, correlationId);
    std::vector<Transaction> out;
    while (s.step())
        out.push_back(readTransaction(s, false));
    return out;
}

std::vector<std::pair<std::string, std::string>> Store::errorFieldValues(const std::vector<std::int64_t> &ids) const
{
    std::set<std::pair<std::string, std::string>> found;
    Impl::Lease c(*d);
    constexpr std::size_t kChunk = 500;
    for (std::size_t at = 0; at < ids.size(); at += kChunk) {
        const std::size_t n = std::min(kChunk, ids.size() - at);
        std::string sql = "SELECT DISTINCT p.error_field_path, t.error_value FROM transactions t JOIN tx_payloads p "
                          "ON p.tx_id = t.id WHERE t.error_value <> '' AND t.id IN (";
        for (std::size_t i = 0; i < n; ++i)
            sql += i ? ",?" : "?";
        sql += ")";
        auto &s = c->prepareDynamic(sql);
        for (std::size_t i = 0; i < n; ++i)
            s.bind(static_cast<int>(i) + 1, ids[at + i]);
        while (s.step())
            found.emplace(s.text(0), s.text(1));
        s.reset();
    }
    return {found.begin(), found.end()};
}

std::vector<std::int64_t> Store::selectIds(const TxFilter &filter, int limit) const
{
    const Where w = txWhere(filter);
    Impl::Lease c(*d);
    auto &s = c->prepareDynamic("SELECT t.id FROM transactions t" + w.sql + " ORDER BY t.id LIMIT ?");
    w.bindAll(s);
    s.bind(static_cast<int>(w.binds.size()) + 1, std::max(0, limit));
    std::vector<std::int64_t> out;
    while (s.step())
        out.push_back(s.int64(0));
    return out;
}

std::vector<Transaction> Store::dueForDelivery(TimeMs now, int limit) const
{
    Impl::Lease c(*d);
    // One ordered index range per state, merged: no scan of the other rows.
    // ("t.state IN (1, 6)" lets the planner use the engine's queue, tx_work_due.)
    auto &s = c->prepare(std::string("SELECT * FROM (SELECT ") + kTxColumns
                         + " FROM transactions t WHERE t.state = 1 AND t.state IN (1, 6) ORDER BY t.created_at, t.id "
                           "LIMIT ?1) AS received UNION ALL SELECT * FROM (SELECT "
                         + kTxColumns
                         + " FROM transactions t WHERE t.state = 6 AND t.state IN (1, 6) ORDER BY t.created_at, t.id "
                           "LIMIT ?1) AS resubmitted "
                           "UNION ALL SELECT * FROM (SELECT "
                         + kTxColumns
                         + " FROM transactions t WHERE t.state = 4 AND t.next_attempt_at <= ?2 "
                           "ORDER BY t.next_attempt_at, t.id LIMIT ?1) AS retrying "
                           "ORDER BY 15, 1 LIMIT ?1");
    s.bind(1, std::max(0, limit)).bind(2, now);
    std::vector<Transaction> out;
    while (s.step())
        out.push_back(readTransaction(s, false));
    return out;
}

std::vector<Transaction> Store::crossedSla(TimeMs after, TimeMs upTo, int limit) const
{
    Impl::Lease c(*d);
    auto &s = c->prepare(std::string("SELECT ") + kTxColumns + " FROM transactions t WHERE " + kOpenCondition
                         + " AND t.sla_deadline > ? AND t.sla_deadline <= ? ORDER BY t.sla_deadline, t.id LIMIT ?");
    s.bind(1, std::max<TimeMs>(after, 0)).bind(2, upTo).bind(3, std::max(0, limit));
    std::vector<Transaction> out;
    while (s.step())
        out.push_back(readTransaction(s, false));
    return out;
}


} // namespace flowdesk::backend
