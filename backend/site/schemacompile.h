#pragma once

// Compiles a JSON Schema (draft 4) the way a payload will be validated, to
// refuse a schema that cannot be used before anything is delivered.

#include <string>

namespace flowdesk::backend::detail {

// Empty when the schema compiles, else what is wrong with it.
std::string draft4SchemaProblem(const std::string &schemaJson);

} // namespace flowdesk::backend::detail
