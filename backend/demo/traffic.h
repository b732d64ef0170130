#pragma once

// Demo traffic: realistic business transactions submitted through the engine as
// the connectors of a manufacturer would send them. A sales order travels from
// the CRM or the web shop to Odoo, through production, shipment, invoicing and
// payment, every step sharing the order's correlation id; purchase orders are
// acknowledged and delivered by suppliers; machines report downtime. About 5 %
// of the transactions carry a real problem (an unknown customer code, a unit the
// ERP does not know, a closed fiscal period...) that makes them fail at the
// target; transient outages are retried and mostly succeed.

#include "domain.h"

#include <cstdint>
#include <memory>

namespace flowdesk::backend {

class Engine;

class TrafficSimulator {
public:
    // ratePerSecond: transactions per second, on average.
    TrafficSimulator(Engine &engine, std::uint64_t seed = 1, double ratePerSecond = 5.0);
    ~TrafficSimulator();

    TrafficSimulator(const TrafficSimulator &) = delete;
    TrafficSimulator &operator=(const TrafficSimulator &) = delete;

    void start();
    void stop();  // joins the thread
    void setRate(double ratePerSecond);

    // Submits what is due at `now` (the thread calls this every tick): follow-up
    // steps of earlier business objects and about ratePerSecond * elapsed new
    // ones. Returns how many transactions were submitted.
    int step(TimeMs now);
    std::int64_t submitted() const;
    // Submissions the flow's schema refused (none: the demo's failures come
    // from its target systems); each one is logged.
    std::int64_t refused() const;

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

// Fills a fresh store with a realistic backlog: about `count` transactions whose
// business objects started over the last `span` milliseconds, delivered, retried
// and failed at their historical times through engine.runOnce() (so call it
// before Engine::start()). Failed ones older than their SLA are stuck. Returns
// the number of transactions submitted. *refused (when given) receives how many
// the flows' schemas refused (none: the failures come from the target systems).
int seedHistory(Engine &engine, int count, TimeMs span, std::uint64_t seed = 7, int *refused = nullptr);

} // namespace flowdesk::backend
