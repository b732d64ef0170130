#include "simulated_odoo.h"

#include "clock.h"
#include "demo_rules.h"
#include "engine_json.h"

#include <httplib.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cctype>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <set>

namespace flowdesk::backend::demo {

namespace {

using Value = rapidjson::Value;
using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

// An exception Odoo raises, as both protocols carry it.
struct Fault {
    std::string name;     // "odoo.exceptions.ValidationError"
    std::string message;
    int status = 422;     // JSON-2: HTTP status
    int code = 200;       // JSON-RPC: error code (100: session expired)
    std::string title = "Odoo Server Error";
};

Fault accessDenied()
{
    return {"odoo.exceptions.AccessDenied", "Access Denied", 401, 200};
}

Fault sessionExpired()
{
    return {"odoo.http.SessionExpiredException", "Session expired", 401, 100, "Odoo Session Expired"};
}

Fault invalidApiKey()
{
    return {"werkzeug.exceptions.Unauthorized", "Invalid apikey", 401, 200};
}

Fault valueError(const std::string &message)
{
    return {"builtins.ValueError", message, 422, 200};
}

int statusOf(const char *exceptionName)
{
    const std::string name = exceptionName;
    if (name == "odoo.exceptions.MissingError")
        return 404;
    if (name == "odoo.exceptions.AccessError")
        return 403;
    return 422;
}

std::string traceback(const Fault &f)
{
    return "Traceback (most recent call last):\n"
           "  File \"/usr/lib/python3/dist-packages/odoo/http.py\", line 1765, in _serve_db\n"
           "    return service_model.retrying(self._serve_ir_http, self.env)\n" +
           f.name + ": " + f.message + "\n";
}

void writeFaultData(Writer &w, const Fault &f)
{
    w.StartObject();
    w.Key("name");
    w.String(f.name.c_str());
    w.Key("debug");
    const std::string tb = traceback(f);
    w.String(tb.c_str());
    w.Key("message");
    w.String(f.message.c_str());
    w.Key("arguments");
    w.StartArray();
    w.String(f.message.c_str());
    w.EndArray();
    w.Key("context");
    w.StartObject();
    w.EndObject();
    w.EndObject();
}

std::string rpcError(const Fault &f, const std::string &idJson)
{
    rapidjson::StringBuffer buf;
    Writer w(buf);
    w.StartObject();
    w.Key("jsonrpc");
    w.String("2.0");
    w.Key("id");
    w.RawValue(idJson.c_str(), idJson.size(), rapidjson::kNumberType);
    w.Key("error");
    w.StartObject();
    w.Key("code");
    w.Int(f.code);
    w.Key("message");
    w.String(f.title.c_str());
    w.Key("data");
    writeFaultData(w, f);
    w.EndObject();
    w.EndObject();
    return buf.GetString();
}

std::string rpcResult(const std::string &result, const std::string &idJson)
{
    return "{\"jsonrpc\":\"2.0\",\"id\":" + idJson + ",\"result\":" + result + "}";
}

// JSON-2 error body: the exception's name, message and arguments at the top level.
std::string json2Error(const Fault &f)
{
    rapidjson::StringBuffer buf;
    Writer w(buf);
    writeFaultData(w, f);
    return buf.GetString();
}

std::string lower(std::string s)
{
    for (char &c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string str(const Value *v)
{
    return v && v->IsString() ? std::string(v->GetString(), v->GetStringLength()) : std::string();
}

const Value *member(const Value &object, const char *name)
{
    if (!object.IsObject())
        return nullptr;
    auto it = object.FindMember(name);
    return it == object.MemberEnd() ? nullptr : &it->value;
}

bool isFalsy(const Value *v)
{
    return !v || v->IsNull() || (v->IsBool() && !v->GetBool()) || (v->IsString() && v->GetStringLength() == 0);
}

// A many2one as Odoo reads it: [id, "display name"].
bool isMany2one(const Value &v)
{
    return v.IsArray() && v.Size() == 2 && v[0].IsNumber() && v[1].IsString();
}

std::optional<std::string> textOf(const Value *v)
{
    if (!v)
        return std::nullopt;
    if (v->IsString())
        return std::string(v->GetString(), v->GetStringLength());
    if (isMany2one(*v))
        return std::string((*v)[1].GetString(), (*v)[1].GetStringLength());
    if (v->IsInt64())
        return std::to_string(v->GetInt64());
    return std::nullopt;
}

bool valueEquals(const Value *field, const Value &value)
{
    if (value.IsNull() || (value.IsBool() && !value.GetBool()))
        return isFalsy(field);
    if (!field)
        return false;
    if (isMany2one(*field)) {
        if (value.IsNumber())
            return (*field)[0].GetDouble() == value.GetDouble();
        if (value.IsString())
            return (*field)[1] == value;
        return false;
    }
    if (field->IsNumber() && value.IsNumber())
        return field->GetDouble() == value.GetDouble();
    if (field->IsString() && value.IsString())
        return *field == value;
    if (field->IsBool() && value.IsBool())
        return field->GetBool() == value.GetBool();
    return false;
}

int compareValues(const Value *field, const Value &value, bool *comparable)
{
    *comparable = false;
    if (!field)
        return 0;
    if (field->IsNumber() && value.IsNumber()) {
        *comparable = true;
        const double a = field->GetDouble(), b = value.GetDouble();
        return a < b ? -1 : a > b ? 1 : 0;
    }
    if (field->IsString() && value.IsString()) {
        *comparable = true;
        const std::string a = str(field), b = str(&value);
        return a.compare(b);
    }
    return 0;
}

struct DomainError {
    std::string message;
};

std::string describe(const Value &v)
{
    rapidjson::StringBuffer buf;
    Writer w(buf);
    v.Accept(w);
    return buf.GetString();
}

bool matchLeaf(const Value &record, const Value &leaf)
{
    const std::string field = str(&leaf[0]);
    const std::string op = lower(str(&leaf[1]));
    const Value &value = leaf[2];
    const Value *fv = member(record, field.c_str());
    if (op == "=" || op == "==")
        return valueEquals(fv, value);
    if (op == "!=" || op == "<>")
        return !valueEquals(fv, value);
    if (op == "in" || op == "not in") {
        bool found = false;
        if (value.IsArray()) {
            for (const auto &v : value.GetArray())
                if (valueEquals(fv, v)) {
                    found = true;
                    break;
                }
        } else {
            found = valueEquals(fv, value);
        }
        return op == "in" ? found : !found;
    }
    if (op == "ilike" || op == "not ilike" || op == "like" || op == "not like" || op == "=ilike" || op == "=like") {
        const bool caseless = op.find("ilike") != std::string::npos;
        const bool negate = op.rfind("not ", 0) == 0;
        const auto text = textOf(fv);
        std::string pattern = textOf(&value).value_or(std::string());
        // '%' is a wildcard in Odoo's patterns; the plain substring covers what integrations send.
        pattern.erase(std::remove(pattern.begin(), pattern.end(), '%'), pattern.end());
        bool hit = false;
        if (text) {
            const std::string a = caseless ? lower(*text) : *text;
            const std::string b = caseless ? lower(pattern) : pattern;
            hit = op[0] == '=' ? a == b : a.find(b) != std::string::npos;
        }
        return negate ? !hit : hit;
    }
    if (op == "<" || op == ">" || op == "<=" || op == ">=") {
        bool comparable = false;
        const int c = compareValues(fv, value, &comparable);
        if (!comparable)
            return false;
        return op == "<" ? c < 0 : op == ">" ? c > 0 : op == "<=" ? c <= 0 : c >= 0;
    }
    throw DomainError{"Invalid leaf " + describe(leaf)};
}

rapidjson::SizeType evalTerm(const Value &domain, rapidjson::SizeType i, const Value &record, bool &out)
{
    if (i >= domain.Size())
        throw DomainError{"Invalid domain " + describe(domain) + ": an operator lacks its operands"};
    const Value &t = domain[i];
    if (t.IsString()) {
        const std::string op = str(&t);
        if (op == "&" || op == "|") {
            bool a = false, b = false;
            i = evalTerm(domain, i + 1, record, a);
            i = evalTerm(domain, i, record, b);
            out = op == "&" ? (a && b) : (a || b);
            return i;
        }
        if (op == "!") {
            bool a = false;
            i = evalTerm(domain, i + 1, record, a);
            out = !a;
            return i;
        }
        throw DomainError{"Invalid domain term " + describe(t)};
    }
    if (t.IsArray() && t.Size() == 3 && t[0].IsString() && t[1].IsString()) {
        out = matchLeaf(record, t);
        return i + 1;
    }
    throw DomainError{"Invalid leaf " + describe(t)};
}

// A domain is a list of terms in prefix notation, the top level joined by '&'.
bool matchDomain(const Value *domain, const Value &record)
{
    if (!domain || domain->IsNull() || (domain->IsBool() && !domain->GetBool()))
        return true;
    if (!domain->IsArray())
        throw DomainError{"Invalid domain " + describe(*domain)};
    bool all = true;
    rapidjson::SizeType i = 0;
    while (i < domain->Size()) {
        bool b = false;
        i = evalTerm(*domain, i, record, b);
        all = all && b;
    }
    return all;
}

// Arguments of a call: positional (JSON-RPC's args) and named (its kwargs, or
// the JSON-2 body); a name wins over a position.
struct Params {
    const Value *args = nullptr;
    const Value *named = nullptr;

    const Value *get(const char *name, rapidjson::SizeType index) const
    {
        if (named && named->IsObject()) {
            auto it = named->FindMember(name);
            if (it != named->MemberEnd())
                return &it->value;
        }
        if (args && args->IsArray() && index < args->Size())
            return &(*args)[index];
        return nullptr;
    }
    std::int64_t integer(const char *name, rapidjson::SizeType index, std::int64_t fallback) const
    {
        const Value *v = get(name, index);
        return v && v->IsInt64() ? v->GetInt64() : fallback;
    }
};

enum class Protocol { JsonRpc, Json2 };

// What a call comes to: a result (JSON), an exception, or an answer from the
// proxy in front of Odoo.
struct Outcome {
    enum class Kind { Result, Fault, Gateway } kind = Kind::Result;
    std::string json;
    Fault fault;
    static Outcome result(std::string json)
    {
        Outcome o;
        o.json = std::move(json);
        return o;
    }
    static Outcome failure(Fault f)
    {
        Outcome o;
        o.kind = Kind::Fault;
        o.fault = std::move(f);
        return o;
    }
    static Outcome gateway()
    {
        Outcome o;
        o.kind = Kind::Gateway;
        return o;
    }
};

std::string nginxPage(int status, const char *reason)
{
    const std::string title = std::to_string(status) + " " + reason;
    return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title +
           "</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";
}

void setNginx(httplib::Response &res, int status, const char *reason)
{
    res.status = status;
    res.set_header("Server", "nginx/1.22.1");
    res.set_content(nginxPage(status, reason), "text/html");
}

struct Model {
    std::string label;        // "Contact", for access errors
    bool writable = false;    // the integration user may create records
    const char *codeField = nullptr;  // searched by name_search beside the display name
    std::deque<Value> records;
    std::map<std::int64_t, std::size_t> byId;
    std::map<std::string, std::int64_t> byRef;  // external reference -> id (document models)
    // Every record whose reference field holds a non-empty text is in byRef
    // under that text, and no other: a search by reference may start there.
    bool byRefComplete = true;
};

} // namespace

// ---------------------------------------------------------------------------

struct SimulatedOdoo::Data {
    explicit Data(SimulationState &s) : state(s) { load(); }

    SimulationState &state;
    std::mutex mutex;
    rapidjson::MemoryPoolAllocator<> allocator;  // owns every record; records are never removed
    std::map<std::string, Model> models;
    std::int64_t nextId = 4100;

    // ---- records ----

    Value text(const std::string &s) { return Value(s.c_str(), static_cast<rapidjson::SizeType>(s.size()), allocator); }

    Value many2one(std::int64_t id, const std::string &name)
    {
        Value v(rapidjson::kArrayType);
        v.PushBack(Value(id), allocator);
        v.PushBack(text(name), allocator);
        return v;
    }

    Value &add(const std::string &modelName, std::int64_t id)
    {
        Model &m = models[modelName];
        Value rec(rapidjson::kObjectType);
        rec.AddMember("id", Value(id), allocator);
        m.byId[id] = m.records.size();
        m.records.push_back(std::move(rec));
        return m.records.back();
    }

    void set(Value &rec, const char *field, Value value) { rec.AddMember(Value(rapidjson::StringRef(field)), value, allocator); }
    void set(Value &rec, const char *field, const std::string &value) { set(rec, field, text(value)); }

    void load()
    {
        const std::pair<const char *, const char *> labels[] = {
            {"res.partner", "Contact"},
            {"product.product", "Product Variant"},
            {"uom.uom", "Product Unit of Measure"},
            {"mrp.workcenter", "Work Center"},
            {"maintenance.equipment", "Maintenance Equipment"},
            {"sale.order", "Sales Order"},
            {"mrp.workorder", "Work Order"},
            {"maintenance.request", "Maintenance Request"},
            {"quality.check", "Quality Check"},
            {"stock.picking", "Transfer"},
            {"purchase.order", "Purchase Order"},
            {"account.move", "Journal Entry"},
            {"account.bank.statement.line", "Bank Statement Line"},
            {"mrp.bom", "Bill of Material"},
        };
        for (const auto &[name, label] : labels) {
            Model &m = models[name];
            m.label = label;
            m.writable = !flowOfOdooModel(name).empty();
        }
        models["res.partner"].codeField = "ref";
        models["product.product"].codeField = "default_code";
        models["mrp.workcenter"].codeField = "code";

        // Units, by category.
        std::map<std::string, std::int64_t> categories;
        std::map<std::string, std::int64_t> uomIds;
        std::int64_t id = 0;
        for (const auto &[uom, category] : DemoMasterData::uoms()) {
            auto [cat, inserted] = categories.emplace(category, static_cast<std::int64_t>(categories.size()) + 1);
            (void)inserted;
            std::string catName = category;
            catName[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(catName[0])));
            Value &rec = add("uom.uom", ++id);
            uomIds[uom] = id;
            set(rec, "name", uom);
            set(rec, "display_name", uom);
            set(rec, "category_id", many2one(cat->second, catName));
            set(rec, "active", Value(true));
        }

        id = 10;
        for (const auto &c : DemoMasterData::customers()) {
            Value &rec = add("res.partner", ++id);
            set(rec, "name", c.name);
            set(rec, "display_name", c.name + " (" + c.code + ")");
            set(rec, "ref", c.code);
            set(rec, "is_company", Value(true));
            set(rec, "customer_rank", Value(1));
            set(rec, "supplier_rank", Value(0));
            set(rec, "street", c.street);
            set(rec, "zip", c.postalCode);
            set(rec, "city", c.city);
            set(rec, "country_code", c.country);
            set(rec, "email", c.email);
            set(rec, "phone", c.phone);
            set(rec, "credit_limit", Value(c.creditLimit));
            set(rec, "active", Value(true));
        }
        id = 50;
        for (const auto &s : DemoMasterData::suppliers()) {
            Value &rec = add("res.partner", ++id);
            set(rec, "name", s.name);
            set(rec, "display_name", s.name + " (" + s.code + ")");
            set(rec, "ref", s.code);
            set(rec, "barcode", s.gln);
            set(rec, "is_company", Value(true));
            set(rec, "customer_rank", Value(0));
            set(rec, "supplier_rank", Value(1));
            set(rec, "active", Value(true));
        }
        id = 100;
        for (const auto &p : DemoMasterData::products()) {
            Value &rec = add("product.product", ++id);
            set(rec, "name", p.name);
            set(rec, "display_name", "[" + p.code + "] " + p.name);
            set(rec, "default_code", p.code);
            auto uom = uomIds.find(p.uom);
            set(rec, "uom_id", uom == uomIds.end() ? Value(false) : many2one(uom->second, p.uom));
            set(rec, "lst_price", Value(p.price));
            set(rec, "weight", Value(p.weightKg));
            set(rec, "active", Value(true));
        }
        static const std::map<std::string, std::string> workCenterNames = {
            {"WC-ASSY-1", "Assembly line 1"}, {"WC-ASSY-2", "Assembly line 2"}, {"WC-CNC-1", "CNC machining 1"},
            {"WC-CNC-2", "CNC machining 2"},  {"WC-PAINT", "Paint shop"},        {"WC-TEST", "Test bench"},
            {"WC-PACK", "Packing"},
        };
        id = 0;
        for (const auto &code : DemoMasterData::workCenters()) {
            auto name = workCenterNames.find(code);
            const std::string readable = name == workCenterNames.end() ? code : name->second;
            Value &rec = add("mrp.workcenter", ++id);
            set(rec, "name", readable);
            set(rec, "display_name", readable);
            set(rec, "code", code);
            set(rec, "active", Value(true));
        }
        id = 0;
        for (const auto &name : DemoMasterData::equipment()) {
            Value &rec = add("maintenance.equipment", ++id);
            set(rec, "name", name);
            set(rec, "display_name", name);
            set(rec, "active", Value(true));
        }

        // Documents created before the demo started, found by their external reference.
        id = 3000;
        for (const auto &[flow, number] : DemoMasterData::existingDocuments()) {
            const std::string model = odooModel(flow);
            const char *refField = odooReferenceField(model);
            if (!refField)
                continue;
            Value &rec = add(model, ++id);
            set(rec, refField, number);
            set(rec, "name", number);
            set(rec, "display_name", number);
            set(rec, "state", model == "account.move" ? "posted" : model == "sale.order" ? "sale" : "done");
            Model &m = models[model];
            if (number.empty() || !m.byRef.emplace(number, id).second)
                m.byRefComplete = false;
        }
    }

    // ---- writing results ----

    static void writeRecord(Writer &w, const Value &record, const Value *fields)
    {
        if (!fields || !fields->IsArray() || fields->Empty()) {
            record.Accept(w);
            return;
        }
        w.StartObject();
        w.Key("id");
        record["id"].Accept(w);
        for (const auto &f : fields->GetArray()) {
            if (!f.IsString() || std::string(f.GetString()) == "id")
                continue;
            w.Key(f.GetString(), f.GetStringLength());
            auto it = record.FindMember(f);
            if (it == record.MemberEnd())
                w.Bool(false);
            else
                it->value.Accept(w);
        }
        w.EndObject();
    }

    // Where the records that can match a domain are, in the order of the
    // records, when a term of it names external references: a document
    // model's records are searched by reference on every delivery, and a
    // scan of all of them grows with every document created. Nothing when
    // the domain does not say (then every record is a candidate).
    static std::optional<std::vector<std::size_t>> candidates(const Model &m, const char *refField,
                                                              const Value *domain)
    {
        if (!refField || !m.byRefComplete || !domain || !domain->IsArray())
            return std::nullopt;
        // Only a domain whose terms are all leaves, joined by the implicit '&':
        // a record it matches matches each term.
        for (const auto &t : domain->GetArray())
            if (!t.IsArray())
                return std::nullopt;
        for (const auto &t : domain->GetArray()) {
            if (t.Size() != 3 || !t[0].IsString() || !t[1].IsString() || str(&t[0]) != refField)
                continue;
            const std::string op = lower(str(&t[1]));
            std::vector<const Value *> wanted;
            if (op == "=" || op == "==")
                wanted.push_back(&t[2]);
            else if (op == "in" && t[2].IsArray())
                for (const auto &v : t[2].GetArray())
                    wanted.push_back(&v);
            else
                continue;
            std::vector<std::size_t> at;
            bool usable = true;
            for (const Value *v : wanted) {
                // An empty text or another kind of value may match records
                // that are not kept under it.
                if (!v->IsString() || v->GetStringLength() == 0) {
                    usable = false;
                    break;
                }
                auto ref = m.byRef.find(str(v));
                if (ref == m.byRef.end())
                    continue;
                if (auto id = m.byId.find(ref->second); id != m.byId.end())
                    at.push_back(id->second);
            }
            if (!usable)
                continue;
            std::sort(at.begin(), at.end());
            at.erase(std::unique(at.begin(), at.end()), at.end());
            return at;
        }
        return std::nullopt;
    }

    // Records of the model matching the domain, from offset, at most limit (0: all).
    std::vector<const Value *> find(const Model &m, const char *refField, const Value *domain, std::int64_t offset,
                                    std::int64_t limit)
    {
        std::vector<const Value *> hits;
        std::int64_t skipped = 0;
        auto take = [&](const Value &rec) {
            if (!matchDomain(domain, rec))
                return true;
            if (skipped++ < offset)
                return true;
            hits.push_back(&rec);
            return !(limit > 0 && static_cast<std::int64_t>(hits.size()) >= limit);
        };
        if (const auto some = candidates(m, refField, domain)) {
            // A term that is not valid fails the search as the scan would
            // have on its first record.
            if (!m.records.empty())
                matchDomain(domain, Value(rapidjson::kObjectType));
            for (const std::size_t i : *some)
                if (!take(m.records[i]))
                    break;
            return hits;
        }
        for (const auto &rec : m.records)
            if (!take(rec))
                break;
        return hits;
    }

    // ---- the model methods ----

    Outcome call(const std::string &modelName, const std::string &method, const Params &p,
                 const std::string &contextFlow, Protocol protocol)
    {
        std::unique_lock lock(mutex);
        auto mit = models.find(modelName);
        if (mit == models.end()) {
            if (protocol == Protocol::Json2)
                return Outcome::failure({"werkzeug.exceptions.NotFound",
                                         "the model '" + modelName + "' does not exist", 404});
            return Outcome::failure({"builtins.KeyError", "'" + modelName + "'", 500});
        }
        Model &m = mit->second;
        try {
            if (method == "search_read" || method == "search" || method == "search_count") {
                const Value *domain = p.get("domain", 0);
                const char *refField = odooReferenceField(modelName);
                if (method == "search_count") {
                    const auto hits = find(m, refField, domain, 0, p.integer("limit", 1, 0));
                    return Outcome::result(std::to_string(hits.size()));
                }
                const bool readFields = method == "search_read";
                const Value *fields = readFields ? p.get("fields", 1) : nullptr;
                const auto offset = p.integer("offset", readFields ? 2 : 1, 0);
                const auto limit = p.integer("limit", readFields ? 3 : 2, 0);
                const auto hits = find(m, refField, domain, offset, limit);
                rapidjson::StringBuffer buf;
                Writer w(buf);
                w.StartArray();
                for (const Value *rec : hits) {
                    if (readFields)
                        writeRecord(w, *rec, fields);
                    else
                        (*rec)["id"].Accept(w);
                }
                w.EndArray();
                return Outcome::result(buf.GetString());
            }
            if (method == "read") {
                const Value *ids = p.get("ids", 0);
                const Value *fields = p.get("fields", 1);
                std::vector<std::int64_t> wanted;
                if (ids && ids->IsInt64())
                    wanted.push_back(ids->GetInt64());
                else if (ids && ids->IsArray())
                    for (const auto &v : ids->GetArray())
                        if (v.IsInt64())
                            wanted.push_back(v.GetInt64());
                rapidjson::StringBuffer buf;
                Writer w(buf);
                w.StartArray();
                for (std::int64_t id : wanted) {
                    auto it = m.byId.find(id);
                    if (it == m.byId.end())
                        return Outcome::failure({"odoo.exceptions.MissingError",
                                                 "Record does not exist or has been deleted.\n(Record: " + modelName +
                                                     "(" + std::to_string(id) + ",), User: " +
                                                     std::to_string(integrationUid) + ")",
                                                 404});
                    writeRecord(w, m.records[it->second], fields);
                }
                w.EndArray();
                return Outcome::result(buf.GetString());
            }
            if (method == "name_search") {
                const std::string name = str(p.get("name", 0));
                const Value *domain = p.get("domain", 1);
                if (!domain)
                    domain = p.get("args", 1);
                const std::string op = p.get("operator", 2) ? lower(str(p.get("operator", 2))) : "ilike";
                const auto limit = p.integer("limit", 3, 100);
                const std::string needle = lower(name);
                rapidjson::StringBuffer buf;
                Writer w(buf);
                w.StartArray();
                std::int64_t count = 0;
                for (const auto &rec : m.records) {
                    if (limit > 0 && count >= limit)
                        break;
                    if (!matchDomain(domain, rec))
                        continue;
                    const std::string display = str(member(rec, "display_name"));
                    const std::string code = m.codeField ? str(member(rec, m.codeField)) : std::string();
                    auto hit = [&](const std::string &candidate) {
                        if (candidate.empty())
                            return false;
                        const std::string c = lower(candidate);
                        return op == "=" || op == "=ilike" ? c == needle : c.find(needle) != std::string::npos;
                    };
                    if (!needle.empty() && !hit(display) && !hit(code))
                        continue;
                    w.StartArray();
                    rec["id"].Accept(w);
                    w.String(display.c_str());
                    w.EndArray();
                    ++count;
                }
                w.EndArray();
                return Outcome::result(buf.GetString());
            }
            if (method == "create") {
                lock.unlock();
                return create(modelName, p, contextFlow, protocol);
            }
        } catch (const DomainError &e) {
            return Outcome::failure(valueError(e.message));
        }
        if (protocol == Protocol::Json2)
            return Outcome::failure({"werkzeug.exceptions.NotFound",
                                     "the method '" + method + "' does not exist on the model '" + modelName + "'",
                                     404});
        return Outcome::failure({"builtins.AttributeError",
                                 "The method '" + method + "' does not exist on the model '" + modelName + "'", 500});
    }

    Outcome create(const std::string &modelName, const Params &p, const std::string &contextFlow, Protocol protocol)
    {
        const Value *valsArg = p.get("vals_list", 0);
        if (!valsArg)
            valsArg = p.get("vals", 0);
        std::vector<const Value *> valsList;
        if (valsArg && valsArg->IsObject())
            valsList.push_back(valsArg);
        else if (valsArg && valsArg->IsArray())
            for (const auto &v : valsArg->GetArray())
                valsList.push_back(&v);
        if (valsList.empty())
            return Outcome::failure({"builtins.TypeError", "create() missing 1 required positional argument: 'vals_list'",
                                     422});
        for (const Value *v : valsList)
            if (!v->IsObject())
                return Outcome::failure(valueError("Invalid values for create: " + describe(*v)));
        const bool single = valsArg->IsObject() && protocol == Protocol::JsonRpc;

        std::string label;
        bool writable;
        {
            std::lock_guard lock(mutex);
            label = models[modelName].label;
            writable = models[modelName].writable;
        }
        if (!writable)
            return Outcome::failure({"odoo.exceptions.AccessError",
                                     "You are not allowed to create '" + label + "' (" + modelName +
                                         ") records.\n\nContact your administrator to request access if necessary.",
                                     403});

        const std::string flow = !contextFlow.empty() && odooModel(contextFlow) == modelName
                                     ? contextFlow
                                     : flowOfOdooModel(modelName);
        const char *refField = odooReferenceField(modelName);
        struct Doc {
            std::string number;  // counted under the flow
            std::string ref;     // the external reference, unique in the model
        };
        std::vector<Doc> docs;
        for (const Value *vals : valsList) {
            Doc doc;
            doc.number = documentNumber(flow, *vals);
            doc.ref = refField ? str(member(*vals, refField)) : std::string();
            if (doc.ref.empty())
                doc.ref = doc.number;
            if (doc.number.empty())
                doc.number = doc.ref;
            docs.push_back(doc);
        }

        // The way there: the proxy in front of Odoo, the session, a slow worker.
        const auto attempt = state.nextAttempt(flow, docs.front().number);
        switch (attempt.attempt) {
        case SimulationState::Attempt::Unavailable:
            return Outcome::gateway();
        case SimulationState::Attempt::AuthFailure:
            return Outcome::failure(protocol == Protocol::Json2 ? invalidApiKey() : sessionExpired());
        case SimulationState::Attempt::Slow:
            state.pause(state.settings().slowAnswerMs);
            break;
        case SimulationState::Attempt::Proceed:
            break;
        }

        const TimeMs now = Clock::system().now();
        for (const Value *vals : valsList)
            if (auto failure = checkDocument(flow, *vals, now)) {
                const char *exc = odooExceptionName(failure->category);
                return Outcome::failure({exc, failure->message, statusOf(exc)});
            }

        std::lock_guard lock(mutex);
        Model &m = models[modelName];
        std::set<std::string> batch;
        for (const auto &doc : docs) {
            if (doc.ref.empty())
                continue;
            if (m.byRef.count(doc.ref) || !batch.insert(doc.ref).second) {
                state.noteDuplicate();
                return Outcome::failure(
                    {"odoo.exceptions.ValidationError", duplicateMessage(flow, doc.number), 422});
            }
        }
        std::vector<std::int64_t> ids;
        for (std::size_t i = 0; i < valsList.size(); ++i) {
            const std::int64_t id = ++nextId;
            Value rec(rapidjson::kObjectType);
            rec.AddMember("id", Value(id), allocator);
            for (const auto &entry : valsList[i]->GetObject()) {
                if (entry.name == "id")
                    continue;
                rec.AddMember(Value(entry.name, allocator), Value(entry.value, allocator), allocator);
            }
            if (refField && !rec.HasMember(refField))
                set(rec, refField, docs[i].ref);
            if (!rec.HasMember("name"))
                set(rec, "name", docs[i].ref.empty() ? std::to_string(id) : docs[i].ref);
            if (!rec.HasMember("display_name"))
                set(rec, "display_name", str(member(rec, "name")));
            // The reference the record holds is the one it is kept under,
            // unless the connector sent it as something else than text.
            if (refField) {
                const Value *held = member(rec, refField);
                if (!held || !held->IsString() || str(held) != docs[i].ref)
                    m.byRefComplete = false;
            }
            m.byId[id] = m.records.size();
            m.records.push_back(std::move(rec));
            if (!docs[i].ref.empty())
                m.byRef[docs[i].ref] = id;
            state.noteCreated(flow, docs[i].number);
            ids.push_back(id);
        }
        if (single)
            return Outcome::result(std::to_string(ids.front()));
        std::string list = "[";
        for (std::size_t i = 0; i < ids.size(); ++i)
            list += (i ? "," : "") + std::to_string(ids[i]);
        return Outcome::result(list + "]");
    }

    static std::string flowOfContext(const Value *context)
    {
        return context ? str(member(*context, "flowdesk_flow")) : std::string();
    }

    // ---- JSON-RPC ----

    void jsonRpc(const httplib::Request &req, httplib::Response &res)
    {
        res.set_header("Server", "Werkzeug/2.0.2 Python/3.10.12");
        rapidjson::Document body;
        body.Parse(req.body.c_str(), req.body.size());
        if (body.HasParseError() || !body.IsObject()) {
            Fault f{"werkzeug.exceptions.BadRequest", "Invalid JSON data", 400, 400, "Bad Request"};
            setJson(res, 400, rpcError(f, "null"));
            return;
        }
        const Value *idValue = member(body, "id");
        const std::string idJson = idValue ? describe(*idValue) : std::string("null");
        const Value *params = member(body, "params");
        const std::string service = params ? str(member(*params, "service")) : std::string();
        const std::string method = params ? str(member(*params, "method")) : std::string();
        const Value *args = params ? member(*params, "args") : nullptr;
        auto arg = [&](rapidjson::SizeType i) -> const Value * {
            return args && args->IsArray() && i < args->Size() ? &(*args)[i] : nullptr;
        };
        auto answer = [&](const Outcome &o) {
            if (o.kind == Outcome::Kind::Gateway)
                setNginx(res, 504, "Gateway Time-out");
            else if (o.kind == Outcome::Kind::Fault)
                setJson(res, 200, rpcError(o.fault, idJson));
            else
                setJson(res, 200, rpcResult(o.json, idJson));
        };
        const bool rejected = state.isRejected("odoo");

        if (service == "common") {
            if (method == "version") {
                answer(Outcome::result("{\"server_version\":\"17.0\",\"server_version_info\":[17,0,0,\"final\",0,\"\"],"
                                       "\"server_serie\":\"17.0\",\"protocol_version\":1}"));
                return;
            }
            if (method == "authenticate" || method == "login") {
                const bool ok = str(arg(0)) == database && !str(arg(2)).empty() && !rejected;
                answer(Outcome::result(ok ? std::to_string(integrationUid) : "false"));
                return;
            }
            answer(Outcome::failure({"builtins.AttributeError",
                                     "module 'odoo.service.common' has no attribute 'exp_" + method + "'", 500}));
            return;
        }
        if (service != "object" || method != "execute_kw") {
            answer(Outcome::failure({"builtins.Exception", "No such service or method: " + service + "." + method, 500}));
            return;
        }
        if (!args || !args->IsArray() || args->Size() < 5) {
            answer(Outcome::failure({"builtins.TypeError",
                                     "execute_kw() missing required positional arguments (db, uid, password, model, "
                                     "method)",
                                     500}));
            return;
        }
        const std::string db = str(arg(0));
        if (db != database) {
            answer(Outcome::failure({"psycopg2.OperationalError",
                                     "connection to server failed: FATAL:  database \"" + db + "\" does not exist",
                                     500}));
            return;
        }
        if (state.takeOdooSessionExpiry()) {
            answer(Outcome::failure(sessionExpired()));
            return;
        }
        const Value *uid = arg(1);
        if (rejected || !uid || !uid->IsInt64() || uid->GetInt64() != integrationUid || str(arg(2)).empty()) {
            answer(Outcome::failure(accessDenied()));
            return;
        }
        Params p;
        p.args = arg(5);
        p.named = arg(6);
        const Value *context = p.named ? member(*p.named, "context") : nullptr;
        answer(call(str(arg(3)), str(arg(4)), p, flowOfContext(context), Protocol::JsonRpc));
    }

    // ---- JSON-2 ----

    void json2(const httplib::Request &req, httplib::Response &res)
    {
        res.set_header("Server", "Werkzeug/3.0.1 Python/3.12.3");
        auto fail = [&](const Fault &f) {
            if (f.status == 401)
                res.set_header("WWW-Authenticate", "bearer");
            setJson(res, f.status, json2Error(f));
        };
        const std::string key = bearerToken(req);
        if (key.empty() || state.isRejected("odoo")) {
            fail(invalidApiKey());
            return;
        }
        const std::string db = headerValue(req, "X-Odoo-Database");
        if (!db.empty() && db != database) {
            fail({"werkzeug.exceptions.NotFound", "database '" + db + "' not found", 404});
            return;
        }
        rapidjson::Document body;
        if (req.body.empty())
            body.SetObject();
        else
            body.Parse(req.body.c_str(), req.body.size());
        if (body.HasParseError() || !body.IsObject()) {
            fail({"werkzeug.exceptions.BadRequest", "The request body is not a JSON object", 400});
            return;
        }
        Params p;
        p.named = &body;
        const Outcome o = call(req.matches[1].str(), req.matches[2].str(), p, flowOfContext(member(body, "context")),
                               Protocol::Json2);
        if (o.kind == Outcome::Kind::Gateway)
            setNginx(res, 504, "Gateway Time-out");
        else if (o.kind == Outcome::Kind::Fault)
            fail(o.fault);
        else
            setJson(res, 200, o.json);
    }
};

// ---------------------------------------------------------------------------

SimulatedOdoo::SimulatedOdoo(SimulationState &state)
    : SimulatedServer("odoo", state), d(std::make_unique<Data>(state))
{
}

SimulatedOdoo::~SimulatedOdoo()
{
    // The handlers use the records: no request may run once they are gone.
    stop();
}

void SimulatedOdoo::installRoutes(httplib::Server &server)
{
    server.Post("/jsonrpc", [this](const httplib::Request &req, httplib::Response &res) { d->jsonRpc(req, res); });
    server.Post(R"(/json/2/([A-Za-z0-9_.]+)/([A-Za-z0-9_]+))",
                [this](const httplib::Request &req, httplib::Response &res) { d->json2(req, res); });
    server.Get("/web/version", [](const httplib::Request &, httplib::Response &res) {
        res.set_header("Server", "Werkzeug/3.0.1 Python/3.12.3");
        setJson(res, 200, "{\"version\":\"19.0\",\"version_info\":[19,0,0,\"final\",0,\"\"]}");
    });
}

void SimulatedOdoo::downAnswer(httplib::Response &res)
{
    setNginx(res, 502, "Bad Gateway");
}

} // namespace flowdesk::backend::demo
