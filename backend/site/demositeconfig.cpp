// The demo site's configuration, read from the copy embedded in the program
// (backend/demo/site), so that the demo needs no files on disk.

#include "siteconfig.h"

namespace flowdesk::backend {

std::optional<SiteConfig> loadDemoSiteConfig(std::vector<ConfigError> *errors)
{
    const auto &files = embeddedDemoSiteFiles();
    const auto it = files.find("demo-site.yaml");
    if (it == files.end()) {
        if (errors)
            errors->push_back(ConfigError{ConfigLocation{"demo-site.yaml", 0, 0},
                                          "the demo site configuration is not embedded in this program"});
        return std::nullopt;
    }
    // Relative names ("schemas/plm-bom-sync.json") are the embedded files' names.
    return parseSiteConfig(it->second, "demo-site.yaml", std::string(), ConfigFileAccess::inMemory(files), errors);
}

} // namespace flowdesk::backend
