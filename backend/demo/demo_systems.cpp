#include "demo_systems.h"

#include "demo_rules.h"
#include "simulated_http.h"
#include "simulated_odoo.h"
#include "simulated_server.h"

#include <mutex>

namespace flowdesk::backend {

struct DemoSystems::Impl {
    explicit Impl(const Options &o)
        : state({o.seed, o.connectivityFailureRate, o.authFailureRate, o.latencyMs, o.slowAnswerMs}),
          odoo(state), wms(state), shop(state)
    {
        for (const auto &[flow, number] : DemoMasterData::existingDocuments())
            state.noteExisting(flow, number);
    }

    demo::SimulationState state;
    demo::SimulatedOdoo odoo;
    demo::SimulatedWms wms;
    demo::SimulatedShop shop;
    mutable std::mutex lifecycle;  // start and stop, and the URLs they change
};

DemoSystems::DemoSystems() : DemoSystems(Options{}) {}

DemoSystems::DemoSystems(Options options) : d(std::make_unique<Impl>(options)) {}

DemoSystems::~DemoSystems()
{
    stop();
}

bool DemoSystems::start(std::string *error)
{
    std::lock_guard lock(d->lifecycle);
    d->state.setStopping(false);
    if (d->odoo.start(error) && d->wms.start(error) && d->shop.start(error))
        return true;
    d->state.setStopping(true);
    d->shop.stop();
    d->wms.stop();
    d->odoo.stop();
    return false;
}

void DemoSystems::stop()
{
    std::lock_guard lock(d->lifecycle);
    // Latency and slow answers end at once, so that the servers' threads can be joined.
    d->state.setStopping(true);
    d->odoo.stop();
    d->wms.stop();
    d->shop.stop();
}

bool DemoSystems::running() const
{
    std::lock_guard lock(d->lifecycle);
    return d->odoo.running() && d->wms.running() && d->shop.running();
}

std::string DemoSystems::odooUrl() const
{
    std::lock_guard lock(d->lifecycle);
    return d->odoo.baseUrl();
}

std::string DemoSystems::wmsUrl() const
{
    std::lock_guard lock(d->lifecycle);
    return d->wms.baseUrl();
}

std::string DemoSystems::shopUrl() const
{
    std::lock_guard lock(d->lifecycle);
    return d->shop.baseUrl();
}

std::string DemoSystems::urlOf(const std::string &connectorId) const
{
    if (connectorId == "odoo")
        return odooUrl();
    if (connectorId == "wms-3pl")
        return wmsUrl();
    if (connectorId == "shopify")
        return shopUrl();
    return {};
}

void DemoSystems::setLatencyMs(std::int64_t latencyMs)
{
    d->state.setLatencyMs(latencyMs);
}

void DemoSystems::setFailureRates(double connectivity, double authentication)
{
    d->state.setFailureRates(connectivity, authentication);
}

void DemoSystems::setSlowAnswerMs(std::int64_t slowAnswerMs)
{
    d->state.setSlowAnswerMs(slowAnswerMs);
}

void DemoSystems::setConnectorDown(const std::string &connectorId, bool down)
{
    d->state.setDown(connectorId, down);
}

void DemoSystems::setCredentialsRejected(const std::string &connectorId, bool rejected)
{
    d->state.setRejected(connectorId, rejected);
}

void DemoSystems::expireOdooSessions(int calls)
{
    d->state.expireOdooSessions(calls);
}

std::int64_t DemoSystems::createdCount(const std::string &flowId) const
{
    return d->state.createdCount(flowId);
}

int DemoSystems::timesCreated(const std::string &flowId, const std::string &documentNumber) const
{
    return d->state.timesCreated(flowId, documentNumber);
}

std::int64_t DemoSystems::duplicateRejections() const
{
    return d->state.duplicateRejections();
}

} // namespace flowdesk::backend
