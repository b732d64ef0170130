// IngestService: connectors hand transactions to the engine.

#include "engine.h"
#include "mapping.h"
#include "svc_context.h"

#include "flowdesk/v1/ingest.grpc.pb.h"

namespace flowdesk::backend {

namespace {

namespace v1 = flowdesk::v1;

class IngestServiceImpl final : public v1::IngestService::Service {
public:
    explicit IngestServiceImpl(ApiContext &ctx) : m_ctx(ctx) {}

    grpc::Status Submit(grpc::ServerContext *context, const v1::SubmitRequest *request,
                        v1::SubmitResponse *response) override
    {
        return guarded("Submit", [&] {
            m_ctx.authorize(context, "/flowdesk.v1.IngestService/Submit");
            std::vector<Violation> missing;
            if (request->flow_id().empty())
                missing.push_back({"flow_id", "required"});
            if (request->payload_json().empty())
                missing.push_back({"payload_json", "required"});
            if (!missing.empty())
                failInvalid("flow_id and payload_json are required", "INVALID_ARGUMENT", missing);
            Submission s;
            s.flowId = request->flow_id();
            s.businessKey = request->business_key();
            s.payloadJson = request->payload_json();
            s.idempotencyKey = request->idempotency_key();
            s.correlationId = request->correlation_id();
            s.counterparty = request->counterparty();
            s.amountMinor = request->amount_minor();
            s.currency = request->currency();
            s.plant = request->plant();
            if (request->has_due_time())
                s.dueAt = fromTime(request->due_time());
            s.businessObjectType = request->business_object_type();
            const SubmitResult r = m_ctx.engine.submit(s);
            switch (r.status) {
            case SubmitResult::Status::Ok:
            case SubmitResult::Status::Duplicate:
                break;
            case SubmitResult::Status::UnknownFlow:
                fail(grpc::StatusCode::NOT_FOUND, "Unknown flow '" + request->flow_id() + "'", "UNKNOWN_FLOW");
            case SubmitResult::Status::InvalidPayload:
                failInvalid("The payload does not fit the flow: " + r.message, "SCHEMA_VIOLATION",
                            {{"payload_json", r.message}});
            }
            response->set_transaction_id(std::to_string(r.transactionId));
            response->set_duplicate(r.status == SubmitResult::Status::Duplicate);
            response->set_state(static_cast<v1::TransactionState>(r.state));
            return grpc::Status::OK;
        });
    }

private:
    ApiContext &m_ctx;
};

} // namespace

std::unique_ptr<grpc::Service> makeIngestService(ApiContext &ctx)
{
    return std::make_unique<IngestServiceImpl>(ctx);
}

} // namespace flowdesk::backend
