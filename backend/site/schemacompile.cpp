#include "schemacompile.h"

#include "payload.h"

namespace flowdesk::backend::detail {

std::string draft4SchemaProblem(const std::string &schemaJson)
{
    // Compiled exactly as payloads will be validated against it.
    std::string problem;
    if (!PayloadSchema::compile(schemaJson, &problem))
        return problem.empty() ? std::string("it cannot be compiled") : problem;
    return {};
}

} // namespace flowdesk::backend::detail
