// IngestService.SubmitBatch as a connector sees it: one result per submission in
// order, deduplication within a call and across calls, a bad submission answered
// on its own without stopping the others, and the per-call limit.

#include "apitestutil.h"
#include "store.h"

#include <QtTest>

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

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(ApiIngestTest)
#include "tst_api_ingest.moc"
