#include "payload.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/encodedstream.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/pointer.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cctype>
#include <string_view>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <mutex>
#include <optional>
#include <unordered_map>
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
                forEachMatch(it->value, tokens, i + 1, path + "/" + jsonPointerToken(it->name.GetString()), fn);
            return;
        }
        auto m = node.FindMember(rapidjson::Value(rapidjson::StringRef(t.c_str(), t.size())));
        if (m != node.MemberEnd())
            forEachMatch(m->value, tokens, i + 1, path + "/" + jsonPointerToken(t), fn);
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

std::string jsonPointerToken(const std::string &name)
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

// Text that is not UTF-8 is not JSON: a member name with a broken sequence
// would otherwise reach the validator's error path, which reads past it.
constexpr unsigned kParseFlags = rapidjson::kParseValidateEncodingFlag;

// Parses JSON from outside, refusing what nests too deep (see kMaxJsonDepth).
bool parseBounded(rapidjson::Document &doc, const std::string &text)
{
    if (jsonNestsDeeperThan(text))
        return false;
    return !doc.Parse<kParseFlags>(text.c_str(), text.size()).HasParseError();
}

bool validUtf8(const std::string &text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t n = 0;
        unsigned min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            n = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            n = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            n = 3;
            min = 0x10000;
        } else {
            return false;
        }
        if (i + n >= text.size())
            return false;
        unsigned cp = c & (0x3F >> n);
        for (std::size_t k = 1; k <= n; ++k) {
            const auto cc = static_cast<unsigned char>(text[i + k]);
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += n + 1;
    }
    return true;
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
        ok = !parser.Parse<rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseValidateEncodingFlag>(in, reader).IsError();
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
    before.Parse<kParseFlags>(beforeJson.c_str(), beforeJson.size());
    after.Parse<kParseFlags>(afterJson.c_str(), afterJson.size());
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
        rapidjson::Pointer ptr(path.c_str(), path.size());
        if (!ptr.IsValid() || path.empty() || !validUtf8(path)) {
            *error = "'" + path + "' is not a JSON pointer";
            return false;
        }
        // A pointer creates what it names: a long one would nest the payload
        // as deep as it is long.
        if (ptr.GetTokenCount() > static_cast<std::size_t>(kMaxJsonDepth)) {
            *error = "a JSON pointer of more than " + std::to_string(kMaxJsonDepth) + " parts would nest the payload "
                + tooDeepText();
            return false;
        }
        // An index may name an element or the place just past the last one:
        // rapidjson would fill an array up to any index it is given, and a
        // pointer such as /lines/400000000 would take gigabytes.
        {
            const rapidjson::Value *node = &doc;
            for (std::size_t i = 0; i < ptr.GetTokenCount(); ++i) {
                const auto &token = ptr.GetTokens()[i];
                if (node && node->IsArray()) {
                    if (token.index != rapidjson::kPointerInvalidIndex && token.index > node->Size()) {
                        *error = "'" + path + "' names an element past the end of its list";
                        return false;
                    }
                    node = token.index < node->Size() ? &(*node)[static_cast<rapidjson::SizeType>(token.index)] : nullptr;
                } else if (node && node->IsObject()) {
                    const auto member = node->FindMember(rapidjson::StringRef(token.name, token.length));
                    node = member != node->MemberEnd() ? &member->value : nullptr;
                } else {
                    // What the pointer creates from here: a list starts at element 0.
                    if (token.index != rapidjson::kPointerInvalidIndex && token.index > 0) {
                        *error = "'" + path + "' names an element past the end of its list";
                        return false;
                    }
                    node = nullptr;
                }
            }
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
    // Each patch nests at most twice the limit; what they made together is
    // held to the limit like any payload.
    std::string text = toTextKeepingNumbers(doc);
    if (jsonNestsDeeperThan(text)) {
        *error = "the patched payload is " + tooDeepText();
        return false;
    }
    *out = std::move(text);
    return true;
}

namespace {

// rapidjson's == looks members up by name, so an object that gives a name twice
// would differ from itself: members are compared as a sorted list instead,
// equal names keeping their order.
bool sameValue(const rapidjson::Value &a, const rapidjson::Value &b)
{
    if (a.IsObject() && b.IsObject()) {
        if (a.MemberCount() != b.MemberCount())
            return false;
        using Member = const rapidjson::Value::Member *;
        auto sorted = [](const rapidjson::Value &o) {
            std::vector<Member> members;
            members.reserve(o.MemberCount());
            for (auto m = o.MemberBegin(); m != o.MemberEnd(); ++m)
                members.push_back(&*m);
            std::stable_sort(members.begin(), members.end(), [](Member x, Member y) {
                return std::string_view(x->name.GetString(), x->name.GetStringLength())
                    < std::string_view(y->name.GetString(), y->name.GetStringLength());
            });
            return members;
        };
        const auto ma = sorted(a);
        const auto mb = sorted(b);
        for (std::size_t i = 0; i < ma.size(); ++i) {
            if (ma[i]->name != mb[i]->name || !sameValue(ma[i]->value, mb[i]->value))
                return false;
        }
        return true;
    }
    if (a.IsArray() && b.IsArray()) {
        if (a.Size() != b.Size())
            return false;
        for (rapidjson::SizeType i = 0; i < a.Size(); ++i) {
            if (!sameValue(a[i], b[i]))
                return false;
        }
        return true;
    }
    return a == b;
}

} // namespace

bool sameJson(const std::string &a, const std::string &b)
{
    rapidjson::Document da;
    rapidjson::Document db;
    if (!parseBounded(da, a) || !parseBounded(db, b))
        return a == b;
    return sameValue(da, db);
}


// ---------------------------------------------------------------- sensitive values

namespace {

std::string lowerAscii(std::string s)
{
    for (char &c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::optional<double> parseNumberText(const std::string &s)
{
    if (s.empty() || s.size() > 64)
        return std::nullopt;
    char *end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (!end || *end != '\0' || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// A number token read with one convention: digit groups separated by
// `group`, decimals after `decimal`. nullopt when the token does not fit it.
std::optional<double> readToken(const std::string &token, char group, char decimal)
{
    std::string plain;
    bool seenDecimal = false;
    for (char c : token) {
        if (c == group || c == '\'')
            continue;
        if (c == decimal) {
            if (seenDecimal)
                return std::nullopt;
            seenDecimal = true;
            plain += '.';
            continue;
        }
        if (c == '.' || c == ',')
            return std::nullopt;
        plain += c;
    }
    return parseNumberText(plain);
}

// True when the token ends in one or two decimals after '.' or ',' ("12.50",
// "1.234,5"), the way amounts are written.
bool looksLikeAmount(const std::string &token)
{
    const auto sep = token.find_last_of(".,");
    if (sep == std::string::npos)
        return false;
    const std::size_t decimals = token.size() - sep - 1;
    return decimals == 1 || decimals == 2;
}

void collectLeaves(const rapidjson::Value &v, std::vector<std::string> &texts, std::vector<double> &numbers,
                   bool &numeric)
{
    if (v.IsString()) {
        std::string text(v.GetString(), v.GetStringLength());
        if (text.empty() || text == kMask)
            return;
        if (const auto n = parseNumberText(text)) {
            numbers.push_back(*n);
            numeric = true;
        }
        // As a target may quote it inside JSON, escaped.
        rapidjson::StringBuffer sb;
        rapidjson::Writer<rapidjson::StringBuffer> w(sb);
        w.String(v.GetString(), v.GetStringLength());
        std::string escaped(sb.GetString() + 1, sb.GetSize() - 2);
        if (escaped != text)
            texts.push_back(lowerAscii(std::move(escaped)));
        texts.push_back(lowerAscii(std::move(text)));
    } else if (v.IsNumber()) {
        numbers.push_back(v.GetDouble());
        numeric = true;
    } else if (v.IsObject()) {
        for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it)
            collectLeaves(it->value, texts, numbers, numeric);
    } else if (v.IsArray()) {
        for (const auto &item : v.GetArray())
            collectLeaves(item, texts, numbers, numeric);
    }
}

// True when a sensitive pointer (with "*" for any member or item) names the
// field at `pointer` or one of the objects it lies in.
bool pointerCovered(const std::vector<std::string> &field, const std::vector<std::string> &sensitive)
{
    if (sensitive.empty() || sensitive.size() > field.size())
        return false;
    for (std::size_t i = 0; i < sensitive.size(); ++i) {
        if (sensitive[i] != "*" && sensitive[i] != field[i])
            return false;
    }
    return true;
}

} // namespace

void SensitiveValues::collect(const std::string &payloadJson, const std::vector<std::string> &sensitive)
{
    if (sensitive.empty() || payloadJson.empty())
        return;
    rapidjson::Document doc;
    if (!parseBounded(doc, payloadJson))
        return;
    for (const auto &p : sensitive) {
        const auto tokens = splitPointer(p);
        if (tokens.empty())
            continue;
        forEachMatch(doc, tokens, 0, std::string(), [&](rapidjson::Value &v, const std::string &) {
            collectLeaves(v, m_texts, m_numbers, m_numeric);
        });
    }
    std::sort(m_texts.begin(), m_texts.end(),
              [](const std::string &a, const std::string &b) { return a.size() > b.size(); });
    m_texts.erase(std::unique(m_texts.begin(), m_texts.end()), m_texts.end());
}

void SensitiveValues::addNumber(double value)
{
    m_numbers.push_back(value);
    m_numeric = true;
}

bool SensitiveValues::holdsNumber(double amount) const
{
    return std::any_of(m_numbers.begin(), m_numbers.end(),
                       [&](double n) { return std::fabs(std::fabs(n) - std::fabs(amount)) < 0.005; });
}

std::string SensitiveValues::mask(const std::string &text) const
{
    if (text.empty() || empty())
        return text;
    std::string out = text;
    if (!m_texts.empty()) {
        // Longest values first, so that a value inside another goes with it.
        std::string lower = lowerAscii(out);
        for (const auto &value : m_texts) {
            std::string next;
            std::string nextLower;
            std::size_t from = 0;
            for (std::size_t at = lower.find(value); at != std::string::npos; at = lower.find(value, from)) {
                next.append(out, from, at - from).append(kMask);
                nextLower.append(lower, from, at - from).append(kMask);
                from = at + value.size();
            }
            if (from == 0)
                continue;
            next.append(out, from, std::string::npos);
            nextLower.append(lower, from, std::string::npos);
            out = std::move(next);
            lower = std::move(nextLower);
        }
    }
    if (m_numbers.empty() && !m_numeric)
        return out;
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    std::string result;
    result.reserve(out.size());
    std::size_t i = 0;
    while (i < out.size()) {
        if (!isDigit(out[i])) {
            result += out[i++];
            continue;
        }
        // A number token: digits, with '.', ',' or '\'' between digits.
        std::size_t end = i;
        while (end < out.size()) {
            if (isDigit(out[end])) {
                ++end;
            } else if ((out[end] == '.' || out[end] == ',' || out[end] == '\'') && end + 1 < out.size()
                       && isDigit(out[end + 1])) {
                ++end;
            } else {
                break;
            }
        }
        const std::string token = out.substr(i, end - i);
        bool hide = m_numeric && looksLikeAmount(token);
        if (!hide) {
            for (const auto reading : {readToken(token, ',', '.'), readToken(token, '.', ',')}) {
                if (!reading)
                    continue;
                const bool integral = token.find_first_of(".,") == std::string::npos;
                for (double n : m_numbers) {
                    const double a = std::fabs(n);
                    if (a < 0.005)
                        continue;  // a zero says nothing
                    if (std::fabs(a - *reading) < 0.005 || (integral && std::floor(a) == *reading && a >= 1)) {
                        hide = true;
                        break;
                    }
                }
                if (hide)
                    break;
            }
        }
        result += hide ? std::string(kMask) : token;
        i = end;
    }
    return result;
}

bool amountIsSensitive(const std::string &payloadSchemaJson, const std::vector<std::string> &sensitive)
{
    if (sensitive.empty())
        return false;
    // Asked for every transaction a masked caller reads: remembered per schema.
    static std::mutex mutex;
    static std::unordered_map<std::size_t, bool> known;
    std::size_t key = std::hash<std::string>{}(payloadSchemaJson);
    for (const auto &p : sensitive)
        key = key * 31 + std::hash<std::string>{}(p);
    {
        std::lock_guard lock(mutex);
        if (const auto it = known.find(key); it != known.end())
            return it->second;
    }
    bool result = false;
    rapidjson::Document doc;
    if (parseBounded(doc, payloadSchemaJson) && doc.IsObject()) {
        const auto business = doc.FindMember("x-business");
        if (business != doc.MemberEnd() && business->value.IsObject()) {
            const auto amount = business->value.FindMember("amount");
            if (amount != business->value.MemberEnd() && amount->value.IsString()) {
                const auto field = splitPointer(amount->value.GetString());
                result = std::any_of(sensitive.begin(), sensitive.end(),
                                     [&](const std::string &p) { return pointerCovered(field, splitPointer(p)); });
            }
        }
    }
    std::lock_guard lock(mutex);
    if (known.size() > 4096)
        known.clear();
    known.emplace(key, result);
    return result;
}

std::string scalarAt(const std::string &payloadJson, const std::string &pointer)
{
    if (payloadJson.empty() || pointer.empty() || pointer[0] != '/' || jsonNestsDeeperThan(payloadJson))
        return {};
    rapidjson::Document doc;
    doc.Parse(payloadJson.c_str(), payloadJson.size());
    if (doc.HasParseError())
        return {};
    const rapidjson::Pointer p(pointer.c_str(), pointer.size());
    if (!p.IsValid())
        return {};
    const rapidjson::Value *v = p.Get(doc);
    if (!v)
        return {};
    if (v->IsString())
        return std::string(v->GetString(), v->GetStringLength());
    if (v->IsNumber())
        return toText(*v);
    return {};
}

namespace {

// A schema node's "x-flowdesk-title" in language ("de-AT") or its primary
// language ("de"); nullptr when it gives none.
const rapidjson::Value *titleInLanguage(const rapidjson::Value &titles, const std::string &language,
                                        const std::string &primary)
{
    if (!titles.IsObject())
        return nullptr;
    for (const std::string &key : {language, primary}) {
        const auto m = titles.FindMember(rapidjson::StringRef(key.c_str(), key.size()));
        if (m != titles.MemberEnd() && m->value.IsString() && m->value.GetStringLength() > 0)
            return &m->value;
    }
    return nullptr;
}

bool localizeTitles(rapidjson::Value &node, rapidjson::Document::AllocatorType &alloc, const std::string &language,
                    const std::string &primary)
{
    bool changed = false;
    if (node.IsObject()) {
        const auto titles = node.FindMember("x-flowdesk-title");
        if (titles != node.MemberEnd() && titles->value.IsObject()) {
            if (const rapidjson::Value *text = titleInLanguage(titles->value, language, primary)) {
                rapidjson::Value copy(*text, alloc);
                const auto title = node.FindMember("title");
                if (title != node.MemberEnd())
                    title->value = copy;
                else
                    node.AddMember("title", copy, alloc);
            }
            node.RemoveMember("x-flowdesk-title");
            changed = true;
        }
        for (auto it = node.MemberBegin(); it != node.MemberEnd(); ++it)
            changed = localizeTitles(it->value, alloc, language, primary) || changed;
    } else if (node.IsArray()) {
        for (auto &v : node.GetArray())
            changed = localizeTitles(v, alloc, language, primary) || changed;
    }
    return changed;
}

} // namespace

std::string localizedSchema(const std::string &schemaJson, const std::string &language)
{
    const std::string primary = language.substr(0, language.find_first_of("-_"));
    if (schemaJson.find("x-flowdesk-title") == std::string::npos || jsonNestsDeeperThan(schemaJson))
        return schemaJson;
    rapidjson::Document doc;
    doc.Parse(schemaJson.c_str(), schemaJson.size());
    if (doc.HasParseError() || !localizeTitles(doc, doc.GetAllocator(), language, primary))
        return schemaJson;
    return toText(doc);
}

namespace {

std::string titleIn(const rapidjson::Value *node, const std::string &language, const std::string &primary)
{
    if (!node || !node->IsObject())
        return {};
    const auto titles = node->FindMember("x-flowdesk-title");
    if (titles != node->MemberEnd())
        if (const rapidjson::Value *text = titleInLanguage(titles->value, language, primary))
            return std::string(text->GetString(), text->GetStringLength());
    const auto title = node->FindMember("title");
    if (title != node->MemberEnd() && title->value.IsString() && title->value.GetStringLength() > 0)
        return std::string(title->value.GetString(), title->value.GetStringLength());
    return {};
}

// "order_number" -> "Order number", "uom" -> "Unit".
std::string wordsOfName(const std::string &name)
{
    static const std::unordered_map<std::string, std::string> words = {
        {"uom", "unit"}, {"id", "ID"},   {"iban", "IBAN"}, {"bic", "BIC"}, {"vat", "VAT"},
        {"gln", "GLN"},  {"asn", "ASN"}, {"bom", "BOM"},   {"sku", "SKU"}, {"no", "no."},
    };
    std::string out;
    for (std::size_t at = 0; at <= name.size();) {
        const std::size_t end = std::min(name.find('_', at), name.size());
        std::string part = name.substr(at, end - at);
        at = end + 1;
        if (part.empty())
            continue;
        std::string lower = part;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
        if (const auto w = words.find(lower); w != words.end())
            part = w->second;
        out += (out.empty() ? "" : " ") + part;
    }
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
        out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out.empty() ? name : out;
}

} // namespace

std::string readableFieldPath(const std::string &schemaJson, const std::string &pointer, const std::string &language)
{
    if (pointer.empty() || pointer.front() != '/' || jsonNestsDeeperThan(schemaJson))
        return pointer;
    rapidjson::Document doc;
    doc.Parse(schemaJson.c_str(), schemaJson.size());
    if (doc.HasParseError() || !doc.IsObject())
        return pointer;
    const std::string primary = language.substr(0, language.find_first_of("-_"));
    const rapidjson::Value *node = &doc;
    std::string out;
    for (const std::string &token : splitPointer(pointer)) {
        const bool index = token == "*" || (!token.empty() && std::all_of(token.begin(), token.end(), [](unsigned char c) {
                                                 return std::isdigit(c);
                                             }));
        const rapidjson::Value *next = nullptr;
        if (node && node->IsObject()) {
            const auto items = node->FindMember("items");
            const auto properties = node->FindMember("properties");
            if (index && items != node->MemberEnd() && items->value.IsObject())
                next = &items->value;
            else if (!index && properties != node->MemberEnd() && properties->value.IsObject()) {
                const auto m = properties->value.FindMember(rapidjson::StringRef(token.c_str(), token.size()));
                if (m != properties->value.MemberEnd())
                    next = &m->value;
            }
        }
        std::string part;
        if (index)
            part = token.size() <= 9 && token != "*" ? std::to_string(std::stol(token) + 1) : token;
        else if (part = titleIn(next, language, primary); part.empty())
            part = wordsOfName(token);
        out += (out.empty() ? "" : " › ") + part;
        node = next;
    }
    return out.empty() ? pointer : out;
}

} // namespace flowdesk::backend

// ---------------------------------------------------------------- field changes, search terms, suggestions

namespace flowdesk::backend {

namespace {

void collectChanges(const rapidjson::Value *before, const rapidjson::Value *after, const std::string &path,
                    std::vector<FieldChange> &out)
{
    if (before && after && *before == *after)
        return;
    if (before && after && before->IsObject() && after->IsObject()) {
        for (auto it = before->MemberBegin(); it != before->MemberEnd(); ++it) {
            const auto other = after->FindMember(it->name);
            collectChanges(&it->value, other == after->MemberEnd() ? nullptr : &other->value,
                           path + "/" + jsonPointerToken(it->name.GetString()), out);
        }
        for (auto it = after->MemberBegin(); it != after->MemberEnd(); ++it) {
            if (before->FindMember(it->name) == before->MemberEnd())
                collectChanges(nullptr, &it->value, path + "/" + jsonPointerToken(it->name.GetString()), out);
        }
        return;
    }
    if (before && after && before->IsArray() && after->IsArray()) {
        const rapidjson::SizeType n = std::max(before->Size(), after->Size());
        for (rapidjson::SizeType i = 0; i < n; ++i)
            collectChanges(i < before->Size() ? &(*before)[i] : nullptr, i < after->Size() ? &(*after)[i] : nullptr,
                           path + "/" + std::to_string(i), out);
        return;
    }
    // A whole object or list added or removed reads as its leaves.
    const rapidjson::Value *only = before ? before : after;
    if (!(before && after) && only && (only->IsObject() || only->IsArray())) {
        if (only->IsObject()) {
            for (auto it = only->MemberBegin(); it != only->MemberEnd(); ++it)
                collectChanges(before ? &it->value : nullptr, after ? &it->value : nullptr,
                               path + "/" + jsonPointerToken(it->name.GetString()), out);
        } else {
            for (rapidjson::SizeType i = 0; i < only->Size(); ++i)
                collectChanges(before ? &(*only)[i] : nullptr, after ? &(*only)[i] : nullptr,
                               path + "/" + std::to_string(i), out);
        }
        return;
    }
    out.push_back({path, before ? toTextKeepingNumbers(*before) : std::string(),
                   after ? toTextKeepingNumbers(*after) : std::string()});
}

std::string foldAscii(std::string s)
{
    for (char &c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::size_t editDistance(const std::string &a, const std::string &b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

} // namespace

std::vector<FieldChange> fieldChanges(const std::string &diffJson)
{
    std::vector<FieldChange> out;
    rapidjson::Document doc;
    if (jsonNestsDeeperThan(diffJson) || !parseKeepingNumbers(doc, diffJson) || !doc.IsObject())
        return out;
    const auto before = doc.FindMember("before");
    const auto after = doc.FindMember("after");
    const rapidjson::Value *b = before != doc.MemberEnd() && before->value.IsObject() ? &before->value : nullptr;
    const rapidjson::Value *a = after != doc.MemberEnd() && after->value.IsObject() ? &after->value : nullptr;
    if (!b && !a)
        return out;
    rapidjson::Value empty(rapidjson::kObjectType);
    // A diff of a payload that is not an object keeps it under "value".
    const bool whole = (b && b->MemberCount() == 1 && b->HasMember("value"))
        && (a && a->MemberCount() == 1 && a->HasMember("value")) && !(*b)["value"].IsObject();
    if (whole)
        collectChanges(&(*b)["value"], &(*a)["value"], std::string(), out);
    else
        collectChanges(b ? b : &empty, a ? a : &empty, std::string(), out);
    return out;
}

std::vector<std::string> searchPointers(const std::string &payloadSchemaJson)
{
    rapidjson::Document schema;
    if (!parseBounded(schema, payloadSchemaJson) || !schema.IsObject())
        return {};
    std::vector<std::string> pointers;
    if (const auto search = schema.FindMember("x-search");
        search != schema.MemberEnd() && search->value.IsArray()) {
        for (const auto &p : search->value.GetArray()) {
            if (p.IsString())
                pointers.emplace_back(p.GetString(), p.GetStringLength());
        }
    }
    if (const auto business = schema.FindMember("x-business");
        business != schema.MemberEnd() && business->value.IsObject()) {
        for (const char *name : {"key", "counterparty", "correlation"}) {
            const auto m = business->value.FindMember(name);
            if (m != business->value.MemberEnd() && m->value.IsString())
                pointers.emplace_back(m->value.GetString(), m->value.GetStringLength());
        }
    }
    return pointers;
}

std::string searchTerms(const std::vector<std::string> &pointers, const std::string &payloadJson)
{
    if (pointers.empty())
        return {};
    rapidjson::Document doc;
    if (!parseBounded(doc, payloadJson) || !doc.IsObject())
        return {};
    std::vector<std::string> terms;
    for (const auto &pointer : pointers) {
        const auto tokens = splitPointer(pointer);
        if (tokens.empty())
            continue;
        forEachMatch(doc, tokens, 0, std::string(), [&](rapidjson::Value &v, const std::string &) {
            std::string term;
            if (v.IsString())
                term.assign(v.GetString(), v.GetStringLength());
            else if (v.IsNumber())
                term = toText(v);
            // One line per term: a search never matches across two of them.
            std::replace(term.begin(), term.end(), '\n', ' ');
            if (!term.empty() && std::find(terms.begin(), terms.end(), term) == terms.end())
                terms.push_back(std::move(term));
        });
    }
    std::string out;
    for (const auto &t : terms) {
        if (!out.empty())
            out += '\n';
        out += t;
    }
    return out;
}

std::vector<std::size_t> closestCandidates(const std::string &query, const std::vector<FieldCandidate> &candidates,
                                           std::size_t count)
{
    const std::string q = foldAscii(query);
    if (q.empty())
        return {};
    struct Ranked {
        bool prefix;
        std::size_t distance;
        std::size_t index;
    };
    std::vector<Ranked> ranked;
    const std::size_t limit = std::max<std::size_t>(1, (q.size() + 1) / 2);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const std::string value = foldAscii(candidates[i].value);
        if (value == q)
            return {};  // the query names a value: nothing to suggest
        const std::string label = foldAscii(candidates[i].label);
        const bool prefix = (!value.empty() && (value.starts_with(q) || q.starts_with(value)))
            || (!label.empty() && label.starts_with(q));
        std::size_t distance = editDistance(q, value);
        if (!label.empty())
            distance = std::min(distance, editDistance(q, label));
        if (prefix || distance <= limit)
            ranked.push_back({prefix, distance, i});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.prefix != b.prefix)
            return a.prefix;
        return a.distance < b.distance;
    });
    std::vector<std::size_t> out;
    for (const auto &r : ranked) {
        if (out.size() >= count)
            break;
        out.push_back(r.index);
    }
    return out;
}

} // namespace flowdesk::backend
