#include "catalogue.h"

#include "siteconfig.h"

#include <stdexcept>

namespace flowdesk::backend {

namespace {

const SiteConfig &demoSite()
{
    static const SiteConfig site = [] {
        std::vector<ConfigError> errors;
        auto config = loadDemoSiteConfig(&errors);
        if (!config) {
            std::string message = "the demo site's configuration has errors:";
            for (const auto &e : errors)
                message += "\n  " + e.text();
            throw std::runtime_error(message);
        }
        return std::move(*config);
    }();
    return site;
}

} // namespace

std::vector<FlowDef> demoFlows()
{
    return demoSite().flowDefs();
}

std::vector<ConnectorRecord> demoConnectors()
{
    return demoSite().connectorRecords();
}

} // namespace flowdesk::backend
