#include "unconfigured.h"

namespace flowdesk::backend {

DeliveryResult UnconfiguredAdapter::deliver(const FlowDef &flow, const Transaction &)
{
    DeliveryResult r;
    r.ok = false;
    r.error.category = ErrorCategory::Connectivity;
    r.error.code = "NO_ADAPTER";
    r.error.message = "No delivery is configured for connector '" + flow.connectorId + "'";
    return r;
}

ConnectionTest UnconfiguredAdapter::test(const ConnectorRecord &connector)
{
    ConnectionTest t;
    t.ok = false;
    t.message = "No delivery is configured for connector '" + connector.id + "'";
    return t;
}

} // namespace flowdesk::backend
