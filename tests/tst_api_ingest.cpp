// IngestService.SubmitBatch as a connector sees it: one result per submission in
// order, deduplication within a call and across calls, a bad submission answered
// on its own without stopping the others, and the per-call limit.

#include "apitestutil.h"
#include "store.h"

#include <QtTest>

#include <functional>
#include <limits>
#include <set>
#include <string>

using namespace apitest;
namespace v1 = flowdesk::v1;
namespace be = flowdesk::backend;
using grpc::StatusCode;

class ApiIngestTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::string m_connector;
    std::string m_flow;     // a flow of the demo catalogue
    std::string m_payload;  // a payload that fits it

    v1::SubmitRequest item(const std::string &key, const std::string &flow = {}, const std::string &payload = {}) const
    {
        v1::SubmitRequest r;
        r.set_flow_id(flow.empty() ? m_flow : flow);
        r.set_payload_json(payload.empty() ? m_payload : payload);
        r.set_idempotency_key(key);
        return r;
    }

    grpc::Status submitBatch(const v1::SubmitBatchRequest &req, v1::SubmitBatchResponse *resp,
                             const std::string &token = {})
    {
        auto ingest = m_server.stub<v1::IngestService>();
        grpc::ClientContext ctx;
        prepare(ctx, token.empty() ? m_connector : token);
        return ingest->SubmitBatch(&ctx, req, resp);
    }

    std::optional<std::int64_t> stored(const std::string &key) const
    {
        return const_cast<TestServer &>(m_server).backend().store().findByIdempotencyKey(m_flow, key);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start({40}));
        m_connector = m_server.loginDemo("connector");
        QVERIFY(!m_connector.empty());
        be::TxFilter f;
        f.states = {be::TxState::Delivered};
        const auto page = m_server.backend().store().listTransactions(f, be::TxOrder::IdAsc, 1, {}, true);
        QVERIFY2(!page.items.empty(), "the seeded history has no delivered transaction");
        m_flow = page.items.front().flowId;
        m_payload = page.items.front().payloadJson;
        QVERIFY(!m_flow.empty() && !m_payload.empty());
    }

    void resultsInOrderWithBadItemsIsolated()
    {
        v1::SubmitBatchRequest req;
        *req.add_submissions() = item("batch-a");
        *req.add_submissions() = item("batch-b");
        *req.add_submissions() = item("batch-a");                              // same key in the same call
        *req.add_submissions() = item("batch-bad-json", {}, "{not json");
        *req.add_submissions() = item("batch-unknown", "no-such-flow");
        v1::SubmitRequest missing = item("batch-missing");
        missing.clear_payload_json();
        *req.add_submissions() = missing;
        *req.add_submissions() = item("batch-c");

        v1::SubmitBatchResponse resp;
        const auto st = submitBatch(req, &resp);
        QVERIFY2(st.ok(), st.error_message().c_str());
        QCOMPARE(resp.results_size(), 7);

        const auto &a = resp.results(0);
        const auto &b = resp.results(1);
        const auto &c = resp.results(6);
        for (const auto *r : {&a, &b, &c}) {
            QCOMPARE(r->error_code(), 0);
            QVERIFY(!r->duplicate());
            QVERIFY(!r->transaction_id().empty());
            QVERIFY(r->state() != v1::TRANSACTION_STATE_UNSPECIFIED);
        }
        QCOMPARE(std::set<std::string>({a.transaction_id(), b.transaction_id(), c.transaction_id()}).size(),
                 std::size_t(3));

        const auto &again = resp.results(2);
        QCOMPARE(again.error_code(), 0);
        QVERIFY(again.duplicate());
        QCOMPARE(again.transaction_id(), a.transaction_id());

        const auto &badJson = resp.results(3);
        QCOMPARE(badJson.error_code(), int(StatusCode::INVALID_ARGUMENT));
        QCOMPARE(badJson.error_details().reason(), std::string("SCHEMA_VIOLATION"));
        QVERIFY(badJson.transaction_id().empty());
        QVERIFY(!badJson.error_message().empty());

        const auto &unknown = resp.results(4);
        QCOMPARE(unknown.error_code(), int(StatusCode::NOT_FOUND));
        QCOMPARE(unknown.error_details().reason(), std::string("UNKNOWN_FLOW"));
        QVERIFY(unknown.transaction_id().empty());

        const auto &miss = resp.results(5);
        QCOMPARE(miss.error_code(), int(StatusCode::INVALID_ARGUMENT));
        QCOMPARE(miss.error_details().field_violations_size(), 1);
        QCOMPARE(miss.error_details().field_violations(0).field(), std::string("payload_json"));

        // What was accepted is stored, once; what was refused is not.
        QCOMPARE(stored("batch-a").value_or(0), std::stoll(a.transaction_id()));
        QCOMPARE(stored("batch-b").value_or(0), std::stoll(b.transaction_id()));
        QCOMPARE(stored("batch-c").value_or(0), std::stoll(c.transaction_id()));
        QVERIFY(!stored("batch-bad-json"));
        QVERIFY(!stored("batch-missing"));
        const auto t = m_server.backend().store().getTransaction(std::stoll(a.transaction_id()), true);
        QVERIFY(t);
        QCOMPARE(t->flowId, m_flow);
        QCOMPARE(t->payloadJson, m_payload);
    }

    void duplicatesAcrossCalls()
    {
        const auto first = stored("batch-a");
        QVERIFY(first);
        v1::SubmitBatchRequest req;
        *req.add_submissions() = item("batch-a");
        *req.add_submissions() = item("batch-d");
        v1::SubmitBatchResponse resp;
        const auto st = submitBatch(req, &resp);
        QVERIFY2(st.ok(), st.error_message().c_str());
        QCOMPARE(resp.results_size(), 2);
        QVERIFY(resp.results(0).duplicate());
        QCOMPARE(resp.results(0).transaction_id(), std::to_string(*first));
        QVERIFY(!resp.results(1).duplicate());
        QCOMPARE(resp.results(1).error_code(), 0);
        QCOMPARE(stored("batch-d").value_or(0), std::stoll(resp.results(1).transaction_id()));

        // The single-item call agrees with the batch.
        auto ingest = m_server.stub<v1::IngestService>();
        grpc::ClientContext ctx;
        prepare(ctx, m_connector);
        v1::SubmitResponse single;
        QVERIFY(ingest->Submit(&ctx, item("batch-d"), &single).ok());
        QVERIFY(single.duplicate());
        QCOMPARE(single.transaction_id(), resp.results(1).transaction_id());
    }

    void batchLimits()
    {
        v1::SubmitBatchRequest tooMany;
        for (int i = 0; i < 1001; ++i)
            *tooMany.add_submissions() = item("over-" + std::to_string(i));
        v1::SubmitBatchResponse resp;
        auto st = submitBatch(tooMany, &resp);
        QCOMPARE(st.error_code(), StatusCode::INVALID_ARGUMENT);
        QCOMPARE(detailsOf(st).field_violations_size(), 1);
        QCOMPARE(detailsOf(st).field_violations(0).field(), std::string("submissions"));
        QVERIFY(!stored("over-0"));
        QVERIFY(!stored("over-1000"));

        // Exactly the limit is accepted.
        v1::SubmitBatchRequest full;
        for (int i = 0; i < 1000; ++i)
            *full.add_submissions() = item("full-" + std::to_string(i));
        v1::SubmitBatchResponse fullResp;
        st = submitBatch(full, &fullResp);
        QVERIFY2(st.ok(), st.error_message().c_str());
        QCOMPARE(fullResp.results_size(), 1000);
        QVERIFY(stored("full-0"));
        QVERIFY(stored("full-999"));

        v1::SubmitBatchResponse emptyResp;
        st = submitBatch(v1::SubmitBatchRequest(), &emptyResp);
        QCOMPARE(st.error_code(), StatusCode::INVALID_ARGUMENT);
    }

    void needsIngestPermission()
    {
        const std::string viewer = m_server.loginDemo("viewer");
        QVERIFY(!viewer.empty());
        v1::SubmitBatchRequest req;
        *req.add_submissions() = item("viewer-1");
        v1::SubmitBatchResponse resp;
        const auto st = submitBatch(req, &resp, viewer);
        QCOMPARE(st.error_code(), StatusCode::PERMISSION_DENIED);
        QVERIFY(!stored("viewer-1"));
    }

    // JSON nested hundreds of thousands of levels deep is refused as it comes
    // in, by every method that takes JSON, and the server keeps serving.
    void deeplyNestedJsonIsRefused()
    {
        auto deep = [](int levels) {
            return "{\"a\":" + std::string(static_cast<size_t>(levels), '[') +
                   std::string(static_cast<size_t>(levels), ']') + "}";
        };
        auto ingest = m_server.stub<v1::IngestService>();
        {
            grpc::ClientContext ctx;
            prepare(ctx, m_connector);
            v1::SubmitResponse resp;
            const auto st = ingest->Submit(&ctx, item("deep-1", {}, deep(100000)), &resp);
            QCOMPARE(st.error_code(), StatusCode::INVALID_ARGUMENT);
            QVERIFY2(st.error_message().find("deeper than 64") != std::string::npos, st.error_message().c_str());
            QVERIFY(!stored("deep-1"));
        }
        {
            v1::SubmitBatchRequest req;
            *req.add_submissions() = item("deep-2", {}, deep(100000));
            *req.add_submissions() = item("deep-ok");
            v1::SubmitBatchResponse resp;
            const auto st = submitBatch(req, &resp);
            QVERIFY2(st.ok(), st.error_message().c_str());
            QCOMPARE(resp.results(0).error_code(), int(StatusCode::INVALID_ARGUMENT));
            QCOMPARE(resp.results(1).error_code(), 0);
            QVERIFY(!stored("deep-2"));
            QVERIFY(stored("deep-ok"));
        }

        // An operator's correction and a bulk patch value.
        const std::string op = m_server.loginDemo("operator");
        be::TxFilter failed;
        failed.states = {be::TxState::Failed};
        failed.domains = {"sales", "finance"};
        const auto page = m_server.backend().store().listTransactions(failed, be::TxOrder::IdAsc, 1, {});
        QVERIFY2(!page.items.empty(), "the seeded history has no failed transaction of the operator's domains");
        const auto &t = page.items.front();
        auto tx = m_server.stub<v1::TransactionService>();
        {
            grpc::ClientContext ctx;
            prepare(ctx, op, 30000);
            v1::UpdatePayloadRequest req;
            req.set_id(std::to_string(t.id));
            req.set_expected_version(t.version);
            req.set_payload_json(deep(1000000));
            v1::Transaction resp;
            QCOMPARE(tx->UpdatePayload(&ctx, req, &resp).error_code(), StatusCode::INVALID_ARGUMENT);
        }
        {
            grpc::ClientContext ctx;
            prepare(ctx, op);
            v1::StartBulkActionRequest req;
            req.set_request_id("deep-patch");
            req.set_action(v1::BULK_ACTION_PATCH_AND_RESUBMIT);
            req.set_dry_run(true);
            req.mutable_ids()->add_ids(std::to_string(t.id));
            auto *patch = req.add_patches();
            patch->set_path("/note");
            patch->set_value_json(std::string(100000, '[') + std::string(100000, ']'));
            v1::BulkJob job;
            QCOMPARE(tx->StartBulkAction(&ctx, req, &job).error_code(), StatusCode::INVALID_ARGUMENT);
        }
        // Unchanged, and the server still answers.
        QCOMPARE(m_server.backend().store().getTransaction(t.id, false)->version, t.version);
        grpc::ClientContext ctx;
        prepare(ctx, m_connector);
        v1::SubmitResponse resp;
        QVERIFY(ingest->Submit(&ctx, item("deep-after"), &resp).ok());
    }

    // Amounts near the integer limit would overflow the sums of the error
    // groups for everyone: they are refused, and the groups keep answering.
    void amountsBeyondAnyDocumentAreRefused()
    {
        auto ingest = m_server.stub<v1::IngestService>();
        for (const std::int64_t amount : {std::numeric_limits<std::int64_t>::max() - 1,
                                          std::numeric_limits<std::int64_t>::min() + 1,
                                          be::kMaxAmountMinor + 1}) {
            grpc::ClientContext ctx;
            prepare(ctx, m_connector);
            v1::SubmitRequest req = item("huge-" + std::to_string(amount));
            req.set_amount_minor(amount);
            v1::SubmitResponse resp;
            const auto st = ingest->Submit(&ctx, req, &resp);
            QCOMPARE(st.error_code(), StatusCode::INVALID_ARGUMENT);
            QVERIFY2(st.error_message().find("amount out of range") != std::string::npos, st.error_message().c_str());
            QVERIFY(!stored("huge-" + std::to_string(amount)));
        }
        {
            grpc::ClientContext ctx;
            prepare(ctx, m_connector);
            v1::SubmitRequest req = item("at-limit");
            req.set_amount_minor(be::kMaxAmountMinor);
            v1::SubmitResponse resp;
            QVERIFY(ingest->Submit(&ctx, req, &resp).ok());
        }
        auto tx = m_server.stub<v1::TransactionService>();
        grpc::ClientContext ctx;
        prepare(ctx, m_server.loginDemo("admin"));
        v1::ListErrorGroupsResponse groups;
        const auto st = tx->ListErrorGroups(&ctx, v1::ListErrorGroupsRequest(), &groups);
        QVERIFY2(st.ok(), st.error_message().c_str());
    }

    // A 10,000-character id comes back as the error it is, with its echo cut,
    // not as a transport failure over the size of the answer's metadata.
    void longIdsComeBackAsTheirError()
    {
        const std::string longId(10000, '9');
        auto tx = m_server.stub<v1::TransactionService>();
        {
            grpc::ClientContext ctx;
            prepare(ctx, m_server.loginDemo("admin"));
            v1::GetTransactionRequest req;
            req.set_id(longId);
            v1::Transaction resp;
            const auto st = tx->GetTransaction(&ctx, req, &resp);
            QVERIFY2(st.error_code() == StatusCode::INVALID_ARGUMENT || st.error_code() == StatusCode::NOT_FOUND,
                     st.error_message().substr(0, 200).c_str());
            QVERIFY(st.error_message().size() <= 1100);
        }
        {
            auto ingest = m_server.stub<v1::IngestService>();
            grpc::ClientContext ctx;
            prepare(ctx, m_connector);
            v1::SubmitResponse resp;
            const auto st = ingest->Submit(&ctx, item("long-flow", std::string(10000, 'f')), &resp);
            QCOMPARE(st.error_code(), StatusCode::NOT_FOUND);
            QVERIFY(st.error_message().size() <= 1100);
            QVERIFY(detailsOf(st).reason() == "UNKNOWN_FLOW");
        }
    }

    // A key, name or code holding control characters (a forged log line, a terminal
    // escape) is refused with the field named, alone and in a batch; nothing is stored.
    void controlCharactersInListedFieldsAreRefused()
    {
        auto ingest = m_server.stub<v1::IngestService>();
        struct Case
        {
            const char *field;
            std::function<void(v1::SubmitRequest &)> set;
        };
        const Case cases[] = {
            {"business_key", [](v1::SubmitRequest &r) { r.set_business_key("SO-1\nERROR forged line"); }},
            {"correlation_id", [](v1::SubmitRequest &r) { r.set_correlation_id("c-1\x1b[31m"); }},
            {"counterparty", [](v1::SubmitRequest &r) { r.set_counterparty(std::string("Acme\0GmbH", 9)); }},
            {"plant", [](v1::SubmitRequest &r) { r.set_plant("P1\t"); }},
            {"idempotency_key", [](v1::SubmitRequest &r) { r.set_idempotency_key("ctl-key\x7f"); }},
        };
        for (const Case &c : cases) {
            v1::SubmitRequest req = item(std::string("ctl-") + c.field);
            c.set(req);
            grpc::ClientContext ctx;
            prepare(ctx, m_connector);
            v1::SubmitResponse resp;
            const auto st = ingest->Submit(&ctx, req, &resp);
            QCOMPARE(st.error_code(), StatusCode::INVALID_ARGUMENT);
            const v1::ErrorDetails details = detailsOf(st);
            QCOMPARE(details.reason(), std::string("INVALID_ARGUMENT"));
            QCOMPARE(details.field_violations_size(), 1);
            QCOMPARE(details.field_violations(0).field(), std::string(c.field));
            QVERIFY(!stored(req.idempotency_key()));

            v1::SubmitBatchRequest batch;
            *batch.add_submissions() = req;
            *batch.add_submissions() = item(std::string("ctl-neighbour-") + c.field);
            v1::SubmitBatchResponse results;
            QVERIFY(submitBatch(batch, &results).ok());
            QCOMPARE(results.results_size(), 2);
            QCOMPARE(results.results(0).error_code(), int(StatusCode::INVALID_ARGUMENT));
            QCOMPARE(results.results(0).error_details().reason(), std::string("INVALID_ARGUMENT"));
            QCOMPARE(results.results(0).error_details().field_violations(0).field(), std::string(c.field));
            QCOMPARE(results.results(1).error_code(), 0);
            QVERIFY(!stored(req.idempotency_key()));
        }
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(ApiIngestTest)
#include "tst_api_ingest.moc"
