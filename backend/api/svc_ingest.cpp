// IngestService: connectors hand transactions to the engine.

#include "engine.h"
#include "errors.h"
#include "enums.h"
#include "mapping.h"
#include "svc_context.h"

#include "flowdesk/v1/common.pb.h"
#include "flowdesk/v1/ingest.grpc.pb.h"

#include <string>
#include <vector>

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
            std::vector<Violation> missing;
            if (request->flow_id().empty())
                missing.push_back({"flow_id", "required"});
            if (request->payload_json().empty())
                missing.push_back({"payload_json", "required"});
            if (!missing.empty())
                failInvalid("flow_id and payload_json are required", "INVALID_ARGUMENT", missing);
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.IngestService/Submit");
            const SubmitResult r = m_ctx.engine.submit(toSubmission(*request, caller.language));
            switch (r.status) {
            case SubmitResult::Status::Ok:
            case SubmitResult::Status::Duplicate:
                break;
            case SubmitResult::Status::UnknownFlow:
                fail(grpc::StatusCode::NOT_FOUND, "Unknown flow '" + request->flow_id() + "'", "UNKNOWN_FLOW");
            case SubmitResult::Status::SchemaBroken:
                failState("The flow's schema cannot be used; nothing is taken in until it is corrected");
            case SubmitResult::Status::InvalidPayload:
                failInvalid(refusal(r), "SCHEMA_VIOLATION", violationsOf(r));
            case SubmitResult::Status::InvalidField:
                failInvalid(r.message, r.reason, {{r.field, r.message}});
            }
            response->set_transaction_id(std::to_string(r.transactionId));
            response->set_duplicate(r.status == SubmitResult::Status::Duplicate);
            response->set_state(toProto(r.state));
            return grpc::Status::OK;
        });
    }

    grpc::Status SubmitBatch(grpc::ServerContext *context, const v1::SubmitBatchRequest *request,
                             v1::SubmitBatchResponse *response) override
    {
        return guarded("SubmitBatch", [&] {
            const Caller caller = m_ctx.authorize(context, "/flowdesk.v1.IngestService/SubmitBatch");
            const int n = request->submissions_size();
            if (n == 0)
                failInvalid("submissions is empty", "INVALID_ARGUMENT", {{"submissions", "at least one submission"}});
            if (n > kMaxBatch)
                failInvalid("At most " + std::to_string(kMaxBatch) + " submissions per call, got " + std::to_string(n),
                            "BATCH_TOO_LARGE",
                            {{"submissions", "at most " + std::to_string(kMaxBatch) + " per call"}});

            // Items missing a required field are answered here; the others go
            // to the engine in one batch (one store write).
            std::vector<Submission> batch;
            std::vector<int> batchIndex;
            batch.reserve(static_cast<size_t>(n));
            batchIndex.reserve(static_cast<size_t>(n));
            for (int i = 0; i < n; ++i) {
                const v1::SubmitRequest &item = request->submissions(i);
                v1::SubmitBatchResult *res = response->add_results();
                if (item.flow_id().empty() || item.payload_json().empty()) {
                    res->set_error_code(grpc::StatusCode::INVALID_ARGUMENT);
                    res->set_error_message("flow_id and payload_json are required");
                    v1::ErrorDetails *d = res->mutable_error_details();
                    d->set_reason("INVALID_ARGUMENT");
                    const auto required = [d](const char *field) {
                        v1::FieldViolation *v = d->add_field_violations();
                        v->set_field(field);
                        v->set_description("required");
                    };
                    if (item.flow_id().empty())
                        required("flow_id");
                    if (item.payload_json().empty())
                        required("payload_json");
                    continue;
                }
                try {
                    batch.push_back(toSubmission(item, caller.language));
                } catch (const ApiError &e) {
                    // Judged on its own: a bad field answers this submission only.
                    res->set_error_code(e.status().error_code());
                    res->set_error_message(e.status().error_message());
                    v1::Status status;
                    if (status.ParseFromString(e.status().error_details()) && status.details_size() > 0)
                        status.details(0).UnpackTo(res->mutable_error_details());
                    continue;
                }
                batchIndex.push_back(i);
            }
            if (batch.empty())
                return grpc::Status::OK;

            const std::vector<SubmitResult> results = m_ctx.engine.submitBatch(batch);
            for (size_t k = 0; k < results.size() && k < batchIndex.size(); ++k) {
                const SubmitResult &r = results[k];
                const v1::SubmitRequest &item = request->submissions(batchIndex[k]);
                v1::SubmitBatchResult *res = response->mutable_results(batchIndex[k]);
                switch (r.status) {
                case SubmitResult::Status::Ok:
                case SubmitResult::Status::Duplicate:
                    res->set_transaction_id(std::to_string(r.transactionId));
                    res->set_duplicate(r.status == SubmitResult::Status::Duplicate);
                    res->set_state(toProto(r.state));
                    break;
                case SubmitResult::Status::UnknownFlow:
                    res->set_error_code(grpc::StatusCode::NOT_FOUND);
                    res->set_error_message("Unknown flow '" + item.flow_id() + "'");
                    res->mutable_error_details()->set_reason("UNKNOWN_FLOW");
                    break;
                case SubmitResult::Status::InvalidField: {
                    res->set_error_code(grpc::StatusCode::INVALID_ARGUMENT);
                    res->set_error_message(r.message);
                    v1::ErrorDetails *d = res->mutable_error_details();
                    d->set_reason(r.reason);
                    v1::FieldViolation *v = d->add_field_violations();
                    v->set_field(r.field);
                    v->set_description(r.message);
                    break;
                }
                case SubmitResult::Status::SchemaBroken:
                    res->set_error_code(grpc::StatusCode::FAILED_PRECONDITION);
                    res->set_error_message("The flow's schema cannot be used; nothing is taken in until it is corrected");
                    res->mutable_error_details()->set_reason("INVALID_STATE");
                    break;
                case SubmitResult::Status::InvalidPayload: {
                    // The same answer Submit gives for this payload alone.
                    const grpc::Status alone = makeStatus(grpc::StatusCode::INVALID_ARGUMENT, refusal(r),
                                                          detailsOf(violationsOf(r)));
                    res->set_error_code(alone.error_code());
                    res->set_error_message(alone.error_message());
                    flowdesk::v1::Status packed;
                    if (packed.ParseFromString(alone.error_details()) && packed.details_size() > 0)
                        packed.details(0).UnpackTo(res->mutable_error_details());
                    break;
                }
                }
            }
            return grpc::Status::OK;
        });
    }

private:
    static constexpr int kMaxBatch = 1000;

    // The message of a refused payload: what the schema found, in the caller's language.
    static std::string refusal(const SubmitResult &r) { return r.message; }

    // One field violation per problem, by JSON pointer into the payload.
    static std::vector<Violation> violationsOf(const SubmitResult &r)
    {
        if (r.violations.empty())
            return {{"payload_json", r.message}};
        return r.violations;
    }

    static v1::ErrorDetails detailsOf(const std::vector<Violation> &violations)
    {
        v1::ErrorDetails details;
        details.set_reason("SCHEMA_VIOLATION");
        for (const auto &v : violations) {
            auto *fv = details.add_field_violations();
            fv->set_field(v.field);
            fv->set_description(v.description);
        }
        return details;
    }

    static Submission toSubmission(const v1::SubmitRequest &request, const std::string &language)
    {
        Submission s;
        s.language = language;
        s.flowId = request.flow_id();
        s.businessKey = request.business_key();
        s.payloadJson = request.payload_json();
        s.idempotencyKey = request.idempotency_key();
        s.correlationId = request.correlation_id();
        s.counterparty = request.counterparty();
        s.amountMinor = request.amount_minor();
        s.currency = request.currency();
        s.plant = request.plant();
        if (request.has_due_time())
            s.dueAt = requireTime(request.due_time(), "due_time");
        s.businessObjectType = request.business_object_type();
        return s;
    }

    ApiContext &m_ctx;
};

} // namespace

std::unique_ptr<grpc::Service> makeIngestService(ApiContext &ctx)
{
    return std::make_unique<IngestServiceImpl>(ctx);
}

} // namespace flowdesk::backend
