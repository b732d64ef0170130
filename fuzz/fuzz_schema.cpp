// A flow's JSON schema as a site provides it: the check that refuses a schema
// that cannot be used, and, for a schema that passes, validating payloads
// against it.
//
// Input: schema [0xFF payload]... (see fuzzinput.h).

#include "fuzzinput.h"
#include "payload.h"
#include "schemacompile.h"

using namespace flowdesk::backend;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto parts = fuzzinput::parts(data, size);
    const std::string &schemaText = parts[0];
    const std::string problem = detail::draft4SchemaProblem(schemaText);
    const auto schema = PayloadSchema::compile(schemaText);
    if (!problem.empty() || !schema)
        return 0;
    for (std::size_t i = 1; i < parts.size(); ++i) {
        const auto violations = schema->validate(parts[i]);
        if (jsonNestsDeeperThan(parts[i]) && violations.empty())
            fuzzinput::broken("a payload nested too deep passed validation");
    }
    // The schema is also a document a payload could be.
    (void)schema->validate(schemaText);
    return 0;
}
