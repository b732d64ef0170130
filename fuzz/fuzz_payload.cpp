// Payload JSON as clients and target systems send it: the depth check, schema
// validation against every demo flow's schema, masking, the before/after
// difference, patches (pointer and value pairs, as UpdatePayload and bulk
// patches carry them) and the adapters' reading of a target's JSON answer.
//
// Input: payload [0xFF pointer 0xFF value]... (see fuzzinput.h).

#include "classify.h"
#include "fuzzinput.h"
#include "payload.h"
#include "siteconfig.h"

#include <rapidjson/document.h>

#include <cstdlib>
#include <memory>
#include <vector>

using namespace flowdesk::backend;

namespace {

struct Flow {
    std::shared_ptr<const PayloadSchema> schema;
    std::vector<std::string> sensitive;
};

std::vector<Flow> *flows;

// The depth of a parsed document, walked without recursion.
int depthOf(const rapidjson::Value &root)
{
    int deepest = 0;
    std::vector<std::pair<const rapidjson::Value *, int>> todo{{&root, 0}};
    while (!todo.empty()) {
        const auto [v, d] = todo.back();
        todo.pop_back();
        if (v->IsObject()) {
            deepest = std::max(deepest, d + 1);
            for (auto it = v->MemberBegin(); it != v->MemberEnd(); ++it)
                todo.emplace_back(&it->value, d + 1);
        } else if (v->IsArray()) {
            deepest = std::max(deepest, d + 1);
            for (const auto &e : v->GetArray())
                todo.emplace_back(&e, d + 1);
        }
    }
    return deepest;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    flows = new std::vector<Flow>;
    std::vector<ConfigError> errors;
    const auto site = loadDemoSiteConfig(&errors);
    if (!site) {
        std::fprintf(stderr, "fuzz_payload: the demo site does not load\n");
        std::abort();
    }
    for (const auto &f : site->flows) {
        auto schema = PayloadSchema::compile(f.def.payloadSchemaJson);
        if (!schema)
            std::abort();
        flows->push_back({schema, f.def.sensitiveFields});
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto parts = fuzzinput::parts(data, size);
    const std::string &payload = parts[0];

    // Every document the parser accepts that nests deeper than the limit is
    // caught by the depth check (parsed iteratively, so that depth cannot hurt
    // the check itself). The check may refuse more: it reads the whole text,
    // the parser stops at a NUL after the value.
    const bool tooDeep = jsonNestsDeeperThan(payload);
    {
        rapidjson::Document doc;
        doc.Parse<rapidjson::kParseIterativeFlag>(payload.c_str(), payload.size());
        if (!doc.HasParseError() && depthOf(doc) > kMaxJsonDepth && !tooDeep)
            fuzzinput::broken("jsonNestsDeeperThan missed a document nested too deep");
    }

    const Flow &flow = (*flows)[payload.size() % flows->size()];
    const auto violations = flow.schema->validate(payload);
    if (tooDeep && violations.empty())
        fuzzinput::broken("a payload nested too deep passed validation");
    std::vector<std::string> masked;
    const std::string maskedText = maskPayload(payload, flow.sensitive, &masked);
    (void)maskedValuesWritten(payload, flow.sensitive);
    (void)payloadDiff(R"({"a":1,"lines":[{"qty":2}]})", payload, flow.sensitive);
    if (!tooDeep && !sameJson(payload, payload))
        fuzzinput::broken("a document differs from itself");

    std::vector<std::pair<std::string, std::string>> patches;
    for (std::size_t i = 1; i + 1 < parts.size(); i += 2)
        patches.emplace_back(parts[i], parts[i + 1]);
    if (!patches.empty()) {
        std::string patched;
        std::string error;
        if (applyPatches(payload, patches, &patched, &error)) {
            // What a patch produced is stored and walked again like any payload.
            if (jsonNestsDeeperThan(patched))
                fuzzinput::broken("a patch produced a document nested too deep");
            (void)flow.schema->validate(patched);
            (void)maskPayload(patched, flow.sensitive);
            (void)payloadDiff(payload, patched, flow.sensitive);
        }
    }

    // A target system's answer.
    if (const auto body = adapters::parseJson(payload)) {
        const auto e = adapters::readErrorBody(*body);
        (void)adapters::toJsonPointer(*body);
        (void)adapters::toJson(*body);
        (void)e;
    }
    for (std::size_t i = 1; i < parts.size(); ++i)
        (void)adapters::toJsonPointer(parts[i]);
    return 0;
}
