// FlowService: the flow catalogue, with per-state counts within the caller's scope.

#include "mapping.h"
#include "enums.h"
#include "store.h"
#include "svc_context.h"

#include "flowdesk/v1/flow.grpc.pb.h"

#include <algorithm>

namespace flowdesk::backend {

namespace {

namespace v1 = flowdesk::v1;

class FlowServiceImpl final : public v1::FlowService::Service {
public:
    explicit FlowServiceImpl(ApiContext &ctx) : m_ctx(ctx) {}

    grpc::Status ListFlows(grpc::ServerContext *context, const v1::ListFlowsRequest *request,
                           v1::ListFlowsResponse *response) override
    {
        return guarded("ListFlows", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.FlowService/ListFlows");
            const auto flows = m_ctx.store.listFlows();
            TxFilter scope;
            const bool anyVisible = caller.narrow(scope);
            std::map<std::string, std::map<TxState, std::int64_t>> counts;
            std::map<std::string, std::int64_t> stuck;
            if (request->include_counts() && anyVisible) {
                for (const auto &c : m_ctx.store.countByFlowAndState(scope))
                    counts[c.flowId][c.state] += c.count;
                stuck = m_ctx.store.stuckCountByFlow(scope, m_ctx.clock.now());
            }
            for (const auto &f : flows) {
                // Operators see the flows of their domains; everyone else the whole catalogue.
                if (caller.role() == Role::Operator
                    && std::find(caller.user.domains.begin(), caller.user.domains.end(), f.domain)
                        == caller.user.domains.end())
                    continue;
                auto *out = response->add_flows();
                toProto(f, caller.language, out);
                if (request->include_counts()) {
                    for (const auto &[state, n] : counts[f.id]) {
                        auto *sc = out->add_state_counts();
                        sc->set_state(toProto(state));
                        sc->set_count(n);
                    }
                    const auto it = stuck.find(f.id);
                    out->set_stuck_count(it == stuck.end() ? 0 : it->second);
                }
            }
            return grpc::Status::OK;
        });
    }

private:
    ApiContext &m_ctx;
};

} // namespace

std::unique_ptr<grpc::Service> makeFlowService(ApiContext &ctx)
{
    return std::make_unique<FlowServiceImpl>(ctx);
}

} // namespace flowdesk::backend
