// A site's configuration file as an IT admin writes it, with the schema files
// it names served from memory: the demo site's schemas, and the input's own
// parts as further files.
//
// Input: site YAML [0xFF file content]... ; the i-th extra part is served as
// "schemas/fuzz-<i>.json" and as "fuzz-<i>.pem".

#include "fuzzinput.h"
#include "siteconfig.h"

#include <map>

using namespace flowdesk::backend;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto parts = fuzzinput::parts(data, size);
    std::map<std::string, std::string> files = embeddedDemoSiteFiles();
    for (std::size_t i = 1; i < parts.size(); ++i) {
        files["schemas/fuzz-" + std::to_string(i) + ".json"] = parts[i];
        files["fuzz-" + std::to_string(i) + ".pem"] = parts[i];
    }
    std::vector<ConfigError> errors;
    const auto site = parseSiteConfig(parts[0], "site.yaml", "/etc/flowdesk", ConfigFileAccess::inMemory(files),
                                      &errors);
    if (site && !errors.empty())
        fuzzinput::broken("a configuration with errors was accepted");
    if (!site && errors.empty())
        fuzzinput::broken("a configuration was refused without an error");
    for (const auto &e : errors)
        (void)e.text();
    if (site) {
        (void)site->connectorRecords();
        (void)site->flowDefs();
    }
    return 0;
}
