#pragma once

// The adapter of a site whose connectors have no delivery configured yet:
// every delivery fails as a connectivity problem (retried, owned by IT) that
// says so, and a connection test fails with the same words.

#include "engine.h"

namespace flowdesk::backend {

class UnconfiguredAdapter final : public DeliveryAdapter {
public:
    DeliveryResult deliver(const FlowDef &flow, const Transaction &tx) override;
    ConnectionTest test(const ConnectorRecord &connector) override;
};

} // namespace flowdesk::backend
