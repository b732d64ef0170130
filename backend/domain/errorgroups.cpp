#include "errorgroups.h"

#include <rapidjson/document.h>
#include <rapidjson/pointer.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <set>

namespace flowdesk::backend {

namespace {

std::string bounded(std::string text)
{
    for (char &c : text)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            c = ' ';
    if (text.size() > kMaxOffendingValueBytes) {
        std::size_t end = kMaxOffendingValueBytes;
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
            --end;
        text.resize(end);
    }
    return text;
}

bool isIndex(const std::string &token)
{
    return !token.empty() && std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string scalarText(const rapidjson::Value &v)
{
    if (v.IsString())
        return bounded(std::string(v.GetString(), v.GetStringLength()));
    if (v.IsNumber() || v.IsBool()) {
        rapidjson::StringBuffer buffer;
        rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
        v.Accept(writer);
        return bounded(std::string(buffer.GetString(), buffer.GetSize()));
    }
    return {};
}

std::vector<std::string> tokensOf(const std::string &pattern)
{
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < pattern.size()) {
        const std::size_t next = pattern.find('/', i + 1);
        const std::size_t end = next == std::string::npos ? pattern.size() : next;
        out.push_back(pattern.substr(i + 1, end - i - 1));
        i = end;
    }
    return out;
}

// Every pointer matching the pattern ("*" for any list index) whose value reads
// as `value`.
void collectMatches(const rapidjson::Value &node, const std::vector<std::string> &tokens, std::size_t at,
                    const std::string &prefix, const std::string &value, std::vector<std::string> *out)
{
    if (at == tokens.size()) {
        if (scalarText(node) == value)
            out->push_back(prefix);
        return;
    }
    const std::string &token = tokens[at];
    if (node.IsArray()) {
        for (rapidjson::SizeType i = 0; i < node.Size(); ++i)
            if (token == "*" || token == std::to_string(i))
                collectMatches(node[i], tokens, at + 1, prefix + "/" + std::to_string(i), value, out);
    } else if (node.IsObject()) {
        // Pointer tokens escape "~" and "/"; the fields a flow names have neither.
        const auto member = node.FindMember(rapidjson::StringRef(token.c_str(), token.size()));
        if (member != node.MemberEnd())
            collectMatches(member->value, tokens, at + 1, prefix + "/" + token, value, out);
    }
}

} // namespace

std::string offendingValueAt(const std::string &payloadJson, const std::string &fieldPath)
{
    if (fieldPath.empty() || fieldPath[0] != '/')
        return {};
    rapidjson::Pointer pointer(fieldPath.c_str(), fieldPath.size());
    if (!pointer.IsValid())
        return {};
    rapidjson::Document doc;
    doc.Parse(payloadJson.c_str(), payloadJson.size());
    if (doc.HasParseError())
        return {};
    const rapidjson::Value *v = pointer.Get(doc);
    return v ? scalarText(*v) : std::string();
}

std::string exactErrorGroup(const std::string &flowId, const TxError &error)
{
    if (error.offendingValue.empty())
        return error.signature;
    return flowId + "|" + error.code + "|=" + error.offendingValue;
}

void recordErrorGroup(const std::string &flowId, const std::string &payloadJson, TxError &error)
{
    error.offendingValue = offendingValueAt(payloadJson, error.fieldPath);
    error.group = exactErrorGroup(flowId, error);
}

std::string fieldPattern(const std::string &pointer)
{
    std::string out;
    std::size_t i = 0;
    while (i < pointer.size()) {
        const std::size_t next = pointer.find('/', i + 1);
        const std::size_t end = next == std::string::npos ? pointer.size() : next;
        const std::string token = pointer.substr(i + 1, end - i - 1);
        out += '/';
        out += isIndex(token) ? std::string("*") : token;
        i = end;
    }
    return out;
}

std::optional<SeveralOffendingValues> checkOneValuePerProblem(const std::vector<BulkFieldPatch> &patches,
                                                              const std::vector<ErrorFieldValue> &members)
{
    for (const auto &patch : patches) {
        if (!patch.byOffendingValue.empty())
            continue;
        const std::string pattern = fieldPattern(patch.path);
        std::set<std::string> values;
        for (const auto &[path, value] : members)
            if (!value.empty() && !path.empty() && fieldPattern(path) == pattern)
                values.insert(value);
        if (values.size() > 1)
            return SeveralOffendingValues{patch.path, std::vector<std::string>(values.begin(), values.end())};
    }
    return std::nullopt;
}

bool resolvePatches(const Transaction &t, const std::vector<BulkFieldPatch> &patches,
                    std::vector<std::pair<std::string, std::string>> *out, std::string *problem)
{
    out->clear();
    const bool errorMatches = !t.error.fieldPath.empty();
    for (const auto &patch : patches) {
        const bool wildcard = patch.path.find("/*") != std::string::npos;
        const bool ownField = errorMatches && fieldPattern(patch.path) == fieldPattern(t.error.fieldPath);
        if ((wildcard || !patch.byOffendingValue.empty()) && !ownField) {
            *problem = "its error does not name the field " + patch.path;
            return false;
        }
        if (!wildcard && patch.byOffendingValue.empty()) {
            out->emplace_back(patch.path, patch.valueJson);
            continue;
        }
        std::string valueJson = patch.valueJson;
        if (!patch.byOffendingValue.empty()) {
            const auto it = patch.byOffendingValue.find(t.error.offendingValue);
            if (it == patch.byOffendingValue.end()) {
                *problem = "no replacement given for '" + t.error.offendingValue + "'";
                return false;
            }
            valueJson = it->second;
        }
        // The offending field, and every other field of its pattern that holds
        // the same offending value (each line with the unit "EA"): one
        // correction fixes the whole problem, not its first line only.
        std::vector<std::string> paths;
        if (!t.error.offendingValue.empty()) {
            rapidjson::Document doc;
            doc.Parse(t.payloadJson.c_str(), t.payloadJson.size());
            if (!doc.HasParseError())
                collectMatches(doc, tokensOf(fieldPattern(t.error.fieldPath)), 0, std::string(), t.error.offendingValue,
                               &paths);
        }
        if (std::find(paths.begin(), paths.end(), t.error.fieldPath) == paths.end())
            paths.insert(paths.begin(), t.error.fieldPath);
        for (const auto &path : paths)
            out->emplace_back(path, valueJson);
    }
    return true;
}

} // namespace flowdesk::backend
