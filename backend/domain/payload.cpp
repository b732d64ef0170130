#include "payload.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/encodedstream.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/pointer.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <set>

namespace flowdesk::backend {

namespace {

std::string toText(const rapidjson::Value &v)
{
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buf);
    v.Accept(writer);
    return std::string(buf.GetString(), buf.GetSize());
}

std::string keywordText(const std::string &k)
{
    if (k == "type")
        return "has the wrong type";
    if (k == "enum")
        return "is not one of the allowed values";
    if (k == "minimum" || k == "exclusiveMinimum")
        return "is below the minimum";
    if (k == "maximum" || k == "exclusiveMaximum")
        return "is above the maximum";
    if (k == "minLength")
        return "is too short";
    if (k == "maxLength")
        return "is too long";
    if (k == "minItems")
        return "has too few elements";
    if (k == "maxItems")
        return "has too many elements";
    if (k == "pattern")
        return "does not have the required form";
    if (k == "required")
        return "misses a required field";
    if (k == "additionalProperties")
        return "has a field the schema does not allow";
    return "breaks the schema rule '" + k + "'";
}

std::string escapeName(const std::string &name)
{
    std::string out;
    for (char c : name) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

// Reports every missing required field and every unknown field (when the
// schema closes an object) with the pointer of the field itself, which the
// validator's first-error report cannot give.
void walkObjects(const rapidjson::Value &schema, const rapidjson::Value &instance, const std::string &path,
                 std::vector<Violation> &out)
{
    if (!schema.IsObject())
        return;
    if (instance.IsObject()) {
        const auto props = schema.FindMember("properties");
        const bool haveProps = props != schema.MemberEnd() && props->value.IsObject();
        const auto required = schema.FindMember("required");
        if (required != schema.MemberEnd() && required->value.IsArray()) {
            for (const auto &r : required->value.GetArray()) {
                if (r.IsString() && !instance.HasMember(r))
                    out.push_back({path + "/" + escapeName(r.GetString()),
                                   std::string("the required field '") + r.GetString() + "' is missing"});
            }
        }
        const auto additional = schema.FindMember("additionalProperties");
        const bool closed = additional != schema.MemberEnd() && additional->value.IsBool() && !additional->value.GetBool();
        for (auto m = instance.MemberBegin(); m != instance.MemberEnd(); ++m) {
            const std::string name(m->name.GetString(), m->name.GetStringLength());
            if (haveProps && props->value.HasMember(m->name)) {
                walkObjects(props->value[m->name], m->value, path + "/" + escapeName(name), out);
            } else if (closed && !schema.HasMember("patternProperties")) {
                out.push_back({path + "/" + escapeName(name), "unknown field '" + name + "'"});
            }
        }
    } else if (instance.IsArray()) {
        const auto items = schema.FindMember("items");
        if (items != schema.MemberEnd() && items->value.IsObject()) {
            for (rapidjson::SizeType i = 0; i < instance.Size(); ++i)
                walkObjects(items->value, instance[i], path + "/" + std::to_string(i), out);
        }
    }
}

std::vector<std::string> splitPointer(const std::string &pointer)
{
    std::vector<std::string> tokens;
    if (pointer.empty() || pointer[0] != '/')
        return tokens;
    std::size_t pos = 1;
    while (true) {
        const std::size_t next = pointer.find('/', pos);
        std::string raw = pointer.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
        std::string token;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
                token += raw[i + 1] == '0' ? '~' : '/';
                ++i;
            } else {
                token += raw[i];
            }
        }
        tokens.push_back(token);
        if (next == std::string::npos)
            break;
        pos = next + 1;
    }
    return tokens;
}

std::string escapeToken(const std::string &name)
{
    std::string out;
    for (char c : name) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

// Calls fn for every value the pointer reaches; a "*" token stands for every
// element of an array (or member of an object).
template<typename Fn>
void forEachMatch(rapidjson::Value &node, const std::vector<std::string> &tokens, std::size_t i,
                  const std::string &path, const Fn &fn)
{
    if (i == tokens.size()) {
        fn(node, path);
        return;
    }
    const std::string &t = tokens[i];
    if (node.IsObject()) {
        if (t == "*") {
            for (auto it = node.MemberBegin(); it != node.MemberEnd(); ++it)
                forEachMatch(it->value, tokens, i + 1, path + "/" + escapeToken(it->name.GetString()), fn);
            return;
        }
        auto m = node.FindMember(rapidjson::Value(rapidjson::StringRef(t.c_str(), t.size())));
        if (m != node.MemberEnd())
            forEachMatch(m->value, tokens, i + 1, path + "/" + escapeToken(t), fn);
    } else if (node.IsArray()) {
        if (t == "*") {
            for (rapidjson::SizeType k = 0; k < node.Size(); ++k)
                forEachMatch(node[k], tokens, i + 1, path + "/" + std::to_string(k), fn);
            return;
        }
        char *end = nullptr;
        const unsigned long k = std::strtoul(t.c_str(), &end, 10);
        if (!t.empty() && end && *end == '\0' && k < node.Size())
            forEachMatch(node[static_cast<rapidjson::SizeType>(k)], tokens, i + 1, path + "/" + t, fn);
    }
}

void maskIn(rapidjson::Value &root, rapidjson::Document::AllocatorType &alloc, const std::vector<std::string> &sensitive,
            std::vector<std::string> *masked)
{
    for (const auto &ptrText : sensitive) {
        const auto tokens = splitPointer(ptrText);
        if (tokens.empty())
            continue;
        forEachMatch(root, tokens, 0, std::string(), [&](rapidjson::Value &v, const std::string &path) {
            v.SetString(kMask, alloc);
            if (masked)
                masked->push_back(path);
        });
    }
}

} // namespace

bool jsonNestsDeeperThan(const std::string &text, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > maxDepth)
                return true;
            break;
        case ']':
        case '}':
            --depth;
            break;
        default:
            break;
        }
    }
    return false;
}

namespace {

// Parses JSON from outside, refusing what nests too deep (see kMaxJsonDepth).
bool parseBounded(rapidjson::Document &doc, const std::string &text)
{
    if (jsonNestsDeeperThan(text))
        return false;
    return !doc.Parse(text.c_str(), text.size()).HasParseError();
}

// Numbers keep their text: 385.00 stays 385.00, 1e3 stays 1e3 (a double would
// write 385.0 and 1000.0). While parsed, a number is held as a string that starts
// with kKeptMark + 'n' and its digits; a string that itself starts with the mark is
// held with kKeptMark + 's' in front. Only the writer below turns them back.
constexpr char kKeptMark[] = "\xEF\xBF\xBF"; // U+FFFF, a noncharacter
constexpr rapidjson::SizeType kKeptMarkSize = 3;

bool startsWithKeptMark(const char *s, rapidjson::SizeType n)
{
    return n >= kKeptMarkSize && std::memcmp(s, kKeptMark, kKeptMarkSize) == 0;
}

struct TextKeepingReader {
    rapidjson::Document &d;
    std::string held;
    bool Null() { return d.Null(); }
    bool Bool(bool b) { return d.Bool(b); }
    bool Int(int i) { return d.Int(i); }
    bool Uint(unsigned u) { return d.Uint(u); }
    bool Int64(int64_t i) { return d.Int64(i); }
    bool Uint64(uint64_t u) { return d.Uint64(u); }
    bool Double(double v) { return d.Double(v); }
    bool RawNumber(const char *s, rapidjson::SizeType n, bool)
    {
        held.assign(kKeptMark, kKeptMarkSize).append(1, 'n').append(s, n);
        return d.String(held.data(), rapidjson::SizeType(held.size()), true);
    }
    bool String(const char *s, rapidjson::SizeType n, bool)
    {
        if (!startsWithKeptMark(s, n))
            return d.String(s, n, true);
        held.assign(kKeptMark, kKeptMarkSize).append(1, 's').append(s, n);
        return d.String(held.data(), rapidjson::SizeType(held.size()), true);
    }
    bool StartObject() { return d.StartObject(); }
    bool Key(const char *s, rapidjson::SizeType n, bool) { return d.Key(s, n, true); }
    bool EndObject(rapidjson::SizeType members) { return d.EndObject(members); }
    bool StartArray() { return d.StartArray(); }
    bool EndArray(rapidjson::SizeType elements) { return d.EndArray(elements); }
};

// Parses like parseBounded, keeping every number's text.
bool parseKeepingNumbers(rapidjson::Document &doc, const std::string &text)
{
    if (jsonNestsDeeperThan(text))
        return false;
    bool ok = false;
    auto generate = [&](rapidjson::Document &handler) {
        TextKeepingReader reader{handler, {}};
        rapidjson::Reader parser;
        rapidjson::MemoryStream ms(text.data(), text.size());
        rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> in(ms);
        ok = !parser.Parse<rapidjson::kParseNumbersAsStringsFlag>(in, reader).IsError();
        return ok;
    };
    doc.Populate(generate);
    return ok;
}

struct TextKeepingWriter {
    rapidjson::Writer<rapidjson::StringBuffer> &w;
    bool Null() { return w.Null(); }
    bool Bool(bool b) { return w.Bool(b); }
    bool Int(int i) { return w.Int(i); }
    bool Uint(unsigned u) { return w.Uint(u); }
    bool Int64(int64_t i) { return w.Int64(i); }
    bool Uint64(uint64_t u) { return w.Uint64(u); }
    bool Double(double v) { return w.Double(v); }
    bool RawNumber(const char *s, rapidjson::SizeType n, bool copy) { return w.RawNumber(s, n, copy); }
    bool String(const char *s, rapidjson::SizeType n, bool copy)
    {
        if (startsWithKeptMark(s, n) && n > kKeptMarkSize) {
            const char kind = s[kKeptMarkSize];
            const char *rest = s + kKeptMarkSize + 1;
            const auto restSize = rapidjson::SizeType(n - kKeptMarkSize - 1);
            if (kind == 'n')
                return w.RawValue(rest, restSize, rapidjson::kNumberType);
            if (kind == 's')
                return w.String(rest, restSize, copy);
        }
        return w.String(s, n, copy);
    }
    bool StartObject() { return w.StartObject(); }
    bool Key(const char *s, rapidjson::SizeType n, bool copy) { return w.Key(s, n, copy); }
    bool EndObject(rapidjson::SizeType members) { return w.EndObject(members); }
    bool StartArray() { return w.StartArray(); }
    bool EndArray(rapidjson::SizeType elements) { return w.EndArray(elements); }
};

// Writes what parseKeepingNumbers read, numbers as they were written.
std::string toTextKeepingNumbers(const rapidjson::Value &v)
{
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buf);
    TextKeepingWriter keeping{writer};
    v.Accept(keeping);
    return std::string(buf.GetString(), buf.GetSize());
}

std::string tooDeepText()
{
    return "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
}

} // namespace

struct PayloadSchema::Impl {
    rapidjson::Document schemaDoc;
    std::unique_ptr<rapidjson::SchemaDocument> schema;
};

PayloadSchema::PayloadSchema() : d(std::make_unique<Impl>()) {}
PayloadSchema::~PayloadSchema() = default;

std::shared_ptr<const PayloadSchema> PayloadSchema::compile(const std::string &schemaJson)
{
    std::shared_ptr<PayloadSchema> s(new PayloadSchema());
    const std::string text = schemaJson.empty() ? std::string("{}") : schemaJson;
    if (!parseBounded(s->d->schemaDoc, text) || !s->d->schemaDoc.IsObject())
        return nullptr;
    s->d->schema = std::make_unique<rapidjson::SchemaDocument>(s->d->schemaDoc);
    return s;
}

std::vector<Violation> PayloadSchema::validate(const std::string &payloadJson) const
{
    std::vector<Violation> out;
    rapidjson::Document doc;
    if (jsonNestsDeeperThan(payloadJson)) {
        out.push_back({"", "the payload is " + tooDeepText()});
        return out;
    }
    if (doc.Parse(payloadJson.c_str(), payloadJson.size()).HasParseError()) {
        out.push_back({"", std::string("not valid JSON: ") + rapidjson::GetParseError_En(doc.GetParseError())
                               + " at offset " + std::to_string(doc.GetErrorOffset())});
        return out;
    }
    // A validator is cheap next to the schema document; one per call keeps this thread-safe.
    rapidjson::SchemaValidator validator(*d->schema);
    if (doc.Accept(validator))
        return out;
    walkObjects(d->schemaDoc, doc, std::string(), out);
    rapidjson::StringBuffer sb;
    validator.GetInvalidDocumentPointer().StringifyUriFragment(sb);
    std::string path = sb.GetString();
    if (!path.empty() && path[0] == '#')
        path.erase(0, 1);
    const std::string keyword = validator.GetInvalidSchemaKeyword();
    const bool covered = (keyword == "required" || keyword == "additionalProperties") && !out.empty();
    const bool samePath = std::any_of(out.begin(), out.end(), [&](const Violation &v) { return v.field == path; });
    if (!covered && !samePath)
        out.insert(out.begin(), {path, (path.empty() ? std::string("the payload ") : "'" + path + "' ") + keywordText(keyword)});
    return out;
}

std::string maskPayload(const std::string &payloadJson, const std::vector<std::string> &sensitive,
                        std::vector<std::string> *masked)
{
    if (sensitive.empty() || payloadJson.empty())
        return payloadJson;
    rapidjson::Document doc;
    if (!parseKeepingNumbers(doc, payloadJson)) {
        // Never hand out what cannot be masked.
        if (masked)
            *masked = sensitive;
        return "\"***\"";
    }
    maskIn(doc, doc.GetAllocator(), sensitive, masked);
    return toTextKeepingNumbers(doc);
}

std::vector<Violation> maskedValuesWritten(const std::string &payloadJson, const std::vector<std::string> &sensitive)
{
    std::vector<Violation> out;
    rapidjson::Document doc;
    if (!parseBounded(doc, payloadJson))
        return out;
    for (const auto &p : sensitive) {
        forEachMatch(doc, splitPointer(p), 0, std::string(), [&](rapidjson::Value &v, const std::string &path) {
            if (v.IsString() && std::string(v.GetString(), v.GetStringLength()) == kMask)
                out.push_back({path, "the masked placeholder \"***\" cannot be written into a sensitive field"});
        });
    }
    return out;
}

std::string payloadDiff(const std::string &beforeJson, const std::string &afterJson,
                        const std::vector<std::string> &sensitive)
{
    rapidjson::Document before;
    rapidjson::Document after;
    if (jsonNestsDeeperThan(beforeJson) || jsonNestsDeeperThan(afterJson))
        return "{}";
    before.Parse(beforeJson.c_str(), beforeJson.size());
    after.Parse(afterJson.c_str(), afterJson.size());
    rapidjson::Document diff(rapidjson::kObjectType);
    auto &alloc = diff.GetAllocator();
    rapidjson::Value b(rapidjson::kObjectType);
    rapidjson::Value a(rapidjson::kObjectType);
    if (!before.HasParseError() && !after.HasParseError() && before.IsObject() && after.IsObject()) {
        for (auto it = before.MemberBegin(); it != before.MemberEnd(); ++it) {
            auto other = after.FindMember(it->name);
            if (other == after.MemberEnd() || other->value != it->value) {
                b.AddMember(rapidjson::Value(it->name, alloc), rapidjson::Value(it->value, alloc), alloc);
                if (other != after.MemberEnd())
                    a.AddMember(rapidjson::Value(other->name, alloc), rapidjson::Value(other->value, alloc), alloc);
            }
        }
        for (auto it = after.MemberBegin(); it != after.MemberEnd(); ++it) {
            if (before.FindMember(it->name) == before.MemberEnd())
                a.AddMember(rapidjson::Value(it->name, alloc), rapidjson::Value(it->value, alloc), alloc);
        }
    } else if (!(before.HasParseError() || after.HasParseError()) && before != after) {
        b.AddMember("value", rapidjson::Value(before, alloc), alloc);
        a.AddMember("value", rapidjson::Value(after, alloc), alloc);
    }
    if (b.ObjectEmpty() && a.ObjectEmpty())
        return "{}";
    diff.AddMember("before", b, alloc);
    diff.AddMember("after", a, alloc);
    maskIn(diff["before"], alloc, sensitive, nullptr);
    maskIn(diff["after"], alloc, sensitive, nullptr);
    return toText(diff);
}

bool applyPatches(const std::string &payloadJson, const std::vector<std::pair<std::string, std::string>> &patches,
                  std::string *out, std::string *error)
{
    // The payload is patched as text-keeping JSON: numbers outside the patched
    // fields, and the patched values themselves, are written as they were.
    rapidjson::Document doc;
    if (!parseKeepingNumbers(doc, payloadJson)) {
        *error = "the current payload is not valid JSON or is " + tooDeepText();
        return false;
    }
    for (const auto &[path, valueJson] : patches) {
        rapidjson::Pointer ptr(path.c_str());
        if (!ptr.IsValid() || path.empty()) {
            *error = "'" + path + "' is not a JSON pointer";
            return false;
        }
        rapidjson::Document value(&doc.GetAllocator());
        if (jsonNestsDeeperThan(valueJson)) {
            *error = "the value for '" + path + "' is " + tooDeepText();
            return false;
        }
        if (!parseKeepingNumbers(value, valueJson)) {
            *error = "the value for '" + path + "' is not valid JSON";
            return false;
        }
        rapidjson::Value copy(value, doc.GetAllocator());
        ptr.Set(doc, copy);
    }
    *out = toTextKeepingNumbers(doc);
    return true;
}

bool sameJson(const std::string &a, const std::string &b)
{
    rapidjson::Document da;
    rapidjson::Document db;
    if (!parseBounded(da, a) || !parseBounded(db, b))
        return a == b;
    return da == db;
}

} // namespace flowdesk::backend
