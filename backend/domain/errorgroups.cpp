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
    if (!v)
        return {};
    if (v->IsString())
        return bounded(std::string(v->GetString(), v->GetStringLength()));
    if (v->IsNumber() || v->IsBool()) {
        rapidjson::StringBuffer buffer;
        rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
        v->Accept(writer);
        return bounded(std::string(buffer.GetString(), buffer.GetSize()));
    }
    return {};
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
        const std::string path = wildcard || !patch.byOffendingValue.empty() ? t.error.fieldPath : patch.path;
        if (patch.byOffendingValue.empty()) {
            out->emplace_back(path, patch.valueJson);
            continue;
        }
        const auto it = patch.byOffendingValue.find(t.error.offendingValue);
        if (it == patch.byOffendingValue.end()) {
            *problem = "no replacement given for '" + t.error.offendingValue + "'";
            return false;
        }
        out->emplace_back(path, it->second);
    }
    return true;
}

} // namespace flowdesk::backend
