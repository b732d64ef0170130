#include "flowsservice.h"

#include "backendconnection_p.h"

namespace Flowdesk {

FlowsService::FlowsService(BackendConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

void FlowsService::refresh()
{
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_inFlight = true;
    flowdesk::v1::ListFlowsRequest request;
    request.set_include_counts(true);
    BackendConnectionPrivate::call<flowdesk::v1::ListFlowsRequest, flowdesk::v1::ListFlowsResponse>(
        m_connection, this, request,
        [](BackendConnectionPrivate *d, grpc::ClientContext *ctx, const flowdesk::v1::ListFlowsRequest *req,
           flowdesk::v1::ListFlowsResponse *resp, std::function<void(grpc::Status)> cb) {
            d->flowStub->async()->ListFlows(ctx, req, resp, std::move(cb));
        },
        [this](const ServiceError &error, const flowdesk::v1::ListFlowsResponse &response) {
            m_inFlight = false;
            if (!error.isOk()) {
                m_again = false;
                emit failed(error);
                return;
            }
            QList<Flow> flows;
            flows.reserve(response.flows_size());
            for (const auto &f : response.flows())
                flows << fromProto(f);
            m_fresh = true;
            emit flowsLoaded(flows);
            emit freshFlowsLoaded(flows);
            if (m_again) {
                m_again = false;
                refresh();
            }
        });
}

void FlowsService::showCached(const QList<Flow> &flows)
{
    if (!m_fresh && !flows.isEmpty())
        emit flowsLoaded(flows);
}

} // namespace Flowdesk
