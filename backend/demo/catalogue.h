#pragma once

// The demo catalogue: the integration flows and connectors of a mid-sized
// manufacturer with four plants (DE01 Berlin, FR01 Lyon, PL01 Poznan,
// MX01 Puebla) whose hub is Odoo, as the demo site's configuration file
// (backend/demo/site/demo-site.yaml, built into the program) describes them.
//
// Every flow schema is JSON Schema draft 4 with two extensions at its top level:
//  - "x-sensitive": JSON pointers of the fields masked for roles that may not see
//    them (also in FlowDef::sensitiveFields). A "*" segment stands for every
//    element of an array ("/lines/*/price").
//  - "x-business": JSON pointers from which the engine reads the business fields
//    of a transaction when the connector does not send them: "key",
//    "counterparty", "amount" (major units), "currency", "plant", "due" (date or
//    date-time) and "correlation".

#include "domain.h"

#include <vector>

namespace flowdesk::backend {

// The flows with their texts per language and what to do per error code.
std::vector<FlowDef> demoFlows();
// The connectors as the store keeps them (no state, no credential).
std::vector<ConnectorRecord> demoConnectors();

} // namespace flowdesk::backend
