#include "payload.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/pointer.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cstdlib>
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
    if (!parseBounded(doc, payloadJson)) {
        // Never hand out what cannot be masked.
        if (masked)
            *masked = sensitive;
        return "\"***\"";
    }
    maskIn(doc, doc.GetAllocator(), sensitive, masked);
    return toText(doc);
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
    rapidjson::Document doc;
    if (!parseBounded(doc, payloadJson)) {
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
        if (value.Parse(valueJson.c_str(), valueJson.size()).HasParseError()) {
            *error = "the value for '" + path + "' is not valid JSON";
            return false;
        }
        rapidjson::Value copy(value, doc.GetAllocator());
        ptr.Set(doc, copy);
    }
    *out = toText(doc);
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
