// valijson redefines RAPIDJSON_ASSERT to throw, so it comes before any
// RapidJSON header and stays in a file of its own.
#define VALIJSON_USE_EXCEPTIONS 1
#include <valijson/adapters/rapidjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>

#include "schemacompile.h"

#include <rapidjson/document.h>

#include <exception>

namespace flowdesk::backend::detail {

std::string draft4SchemaProblem(const std::string &schemaJson)
{
    rapidjson::Document doc;
    doc.Parse(schemaJson.c_str(), schemaJson.size());
    if (doc.HasParseError())
        return "not JSON";
    try {
        valijson::Schema schema;
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);
        valijson::adapters::RapidJsonAdapter adapter(doc);
        parser.populateSchema(adapter, schema);
    } catch (const std::exception &e) {
        const std::string what = e.what();
        return what.empty() ? std::string("it cannot be compiled") : what;
    }
    return {};
}

} // namespace flowdesk::backend::detail
