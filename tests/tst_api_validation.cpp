// One validation truth: every case of tests/data/validation_cases.json submitted
// to a real flowdeskd (Submit and SubmitBatch), refused ones with the pointers of
// their problems and nothing stored; the same schema check for a corrected
// payload and a bulk patch; descriptions in the caller's language; and the due
// date the engine reads from a payload only from a day the calendar has.
// tests/tst_console_validation.cpp runs the same table against the console's form.

#include "apitestutil.h"
#include "store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <set>
#include <string>

using namespace apitest;
namespace v1 = flowdesk::v1;
namespace be = flowdesk::backend;
using grpc::StatusCode;

namespace {

struct Case {
    std::string name;
    std::string schemaJson;
    std::string payloadJson;
    bool valid = false;
    std::set<std::string> pointers;
};

std::string compact(const QJsonValue &v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).toStdString();
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact).toStdString();
    // A scalar: written inside an array and taken out again.
    const QByteArray text = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2).toStdString();
}

std::vector<Case> loadCases()
{
    QFile file(QStringLiteral(FLOWDESK_VALIDATION_CASES));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::vector<Case> out;
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value("cases").toArray();
    for (const auto &entry : cases) {
        const QJsonObject c = entry.toObject();
        Case k;
        k.name = c.value("name").toString().toStdString();
        k.valid = c.value("valid").toBool();
        if (c.contains("root_schema")) {
            k.schemaJson = compact(c.value("root_schema"));
            k.payloadJson = compact(c.value("payload"));
        } else {
            k.schemaJson = "{\"type\":\"object\",\"properties\":{\"v\":" + compact(c.value("schema")) + "}}";
            k.payloadJson = "{\"v\":" + compact(c.value("value")) + "}";
        }
        for (const auto &p : c.value("pointers").toArray())
            k.pointers.insert(p.toString().toStdString());
        out.push_back(k);
    }
    return out;
}

std::set<std::string> fieldsOf(const v1::ErrorDetails &details)
{
    std::set<std::string> out;
    for (const auto &v : details.field_violations())
        out.insert(v.field());
    return out;
}

QString describe(const std::set<std::string> &pointers)
{
    QStringList out;
    for (const auto &p : pointers)
        out << QString::fromStdString(p);
    return out.join(QStringLiteral(", "));
}

} // namespace

class ApiValidationTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::string m_connector;
    std::string m_operator;
    std::vector<Case> m_cases;

    static std::string caseFlow(int i) { return "validation-case-" + std::to_string(i); }

    be::Store &store() { return m_server.backend().store(); }

    grpc::Status submit(const std::string &flow, const std::string &payload, const std::string &key,
                        v1::SubmitResponse *resp, const std::string &language = {})
    {
        auto ingest = m_server.stub<v1::IngestService>();
        grpc::ClientContext ctx;
        prepare(ctx, m_connector);
        if (!language.empty())
            ctx.AddMetadata("accept-language", language);
        v1::SubmitRequest req;
        req.set_flow_id(flow);
        req.set_payload_json(payload);
        req.set_idempotency_key(key);
        return ingest->Submit(&ctx, req, resp);
    }

    std::int64_t storedOf(const std::string &flow)
    {
        be::TxFilter f;
        f.flowIds = {flow};
        return store().listTransactions(f, be::TxOrder::IdAsc, 1, {}).totalSize;
    }

    // Checks one case's answer; empty when it is as the table says.
    QString judge(const Case &c, int code, const std::string &message, const v1::ErrorDetails &details)
    {
        if (c.valid) {
            if (code != 0)
                return QStringLiteral("refused a valid payload (%1): %2 [%3]")
                    .arg(code)
                    .arg(QString::fromStdString(message), describe(fieldsOf(details)));
            return {};
        }
        if (code != int(StatusCode::INVALID_ARGUMENT))
            return QStringLiteral("answered %1 instead of INVALID_ARGUMENT").arg(code);
        if (details.reason() != "SCHEMA_VIOLATION")
            return QStringLiteral("reason %1").arg(QString::fromStdString(details.reason()));
        if (fieldsOf(details) != c.pointers)
            return QStringLiteral("named [%1], the table says [%2]")
                .arg(describe(fieldsOf(details)), describe(c.pointers));
        for (const auto &v : details.field_violations()) {
            if (v.description().empty())
                return QStringLiteral("a violation without a description");
        }
        return {};
    }

    // A failed transaction the operator may correct whose flow has a top-level
    // "date" field; its id, version, and the field's pointer.
    bool failedWithDateField(std::int64_t *id, std::int64_t *version, std::string *pointer)
    {
        be::TxFilter f;
        f.states = {be::TxState::Failed};
        const auto page = store().listTransactions(f, be::TxOrder::IdAsc, 500, {}, true);
        auto tx = m_server.stub<v1::TransactionService>();
        for (const auto &t : page.items) {
            const auto flow = store().getFlow(t.flowId);
            if (!flow)
                continue;
            const QJsonObject props = QJsonDocument::fromJson(QByteArray::fromStdString(flow->payloadSchemaJson))
                                          .object()
                                          .value("properties")
                                          .toObject();
            const QJsonObject payload = QJsonDocument::fromJson(QByteArray::fromStdString(t.payloadJson)).object();
            for (auto it = props.begin(); it != props.end(); ++it) {
                if (it.value().toObject().value("format").toString() != "date" || !payload.contains(it.key()))
                    continue;
                grpc::ClientContext ctx;
                prepare(ctx, m_operator);
                v1::GetTransactionRequest req;
                req.set_id(std::to_string(t.id));
                v1::Transaction seen;
                if (!tx->GetTransaction(&ctx, req, &seen).ok())
                    break;
                *id = t.id;
                *version = seen.version();
                *pointer = "/" + it.key().toStdString();
                return true;
            }
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        m_cases = loadCases();
        QVERIFY2(m_cases.size() > 50, "tests/data/validation_cases.json cannot be read");
        QVERIFY(m_server.start({300}));
        m_connector = m_server.loginDemo("connector");
        m_operator = m_server.loginDemo("operator");
        QVERIFY(!m_connector.empty() && !m_operator.empty());
        // One flow per case, like a demo flow but with the case's schema.
        const auto flows = store().listFlows();
        QVERIFY(!flows.empty());
        store().write([&](be::WriteTxn &w) {
            for (std::size_t i = 0; i < m_cases.size(); ++i) {
                be::FlowDef f = flows.front();
                f.id = caseFlow(int(i));
                f.payloadSchemaJson = m_cases[i].schemaJson;
                f.sensitiveFields.clear();
                w.upsertFlow(f);
            }
        });
    }

    // Issue: Submit took {} and a number where the schema wants text, and the
    // payload failed only at delivery.
    void submitRefusesWhatTheSchemaRefuses()
    {
        const auto flows = store().listFlows();
        const auto order = std::find_if(flows.begin(), flows.end(),
                                        [](const be::FlowDef &f) { return f.id == "crm-quote-to-order"; });
        QVERIFY(order != flows.end());
        const std::int64_t before = storedOf(order->id);

        v1::SubmitResponse resp;
        auto st = submit(order->id, "{}", "empty-object", &resp);
        QCOMPARE(st.error_code(), StatusCode::INVALID_ARGUMENT);
        auto details = detailsOf(st);
        QCOMPARE(details.reason(), std::string("SCHEMA_VIOLATION"));
        QVERIFY2(fieldsOf(details).count("/order_number"), qPrintable(describe(fieldsOf(details))));
        QVERIFY(fieldsOf(details).size() > 1);  // every missing field, not the first only

        st = submit(order->id, "{\"order_number\":4512}", "number-for-text", &resp);
        QCOMPARE(st.error_code(), StatusCode::INVALID_ARGUMENT);
        QVERIFY2(fieldsOf(detailsOf(st)).count("/order_number"), qPrintable(describe(fieldsOf(detailsOf(st)))));

        QCOMPARE(storedOf(order->id), before);
        QVERIFY(!store().findByIdempotencyKey(order->id, "empty-object"));
        QVERIFY(!store().findByIdempotencyKey(order->id, "number-for-text"));
    }

    void submitEachCase_data()
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < m_cases.size(); ++i)
            QTest::newRow(m_cases[i].name.c_str()) << int(i);
    }

    void submitEachCase()
    {
        QFETCH(int, index);
        const Case &c = m_cases[std::size_t(index)];
        v1::SubmitResponse resp;
        const auto st = submit(caseFlow(index), c.payloadJson, "one", &resp);
        const QString problem = judge(c, int(st.error_code()), st.error_message(), detailsOf(st));
        QVERIFY2(problem.isEmpty(), qPrintable(problem + " for " + QString::fromStdString(c.payloadJson)));
        if (c.valid) {
            QVERIFY(!resp.transaction_id().empty());
            QCOMPARE(storedOf(caseFlow(index)), std::int64_t(1));
        } else {
            QVERIFY(!st.error_message().empty());
            QVERIFY(!store().findByIdempotencyKey(caseFlow(index), "one"));
            QCOMPARE(storedOf(caseFlow(index)), std::int64_t(0));
        }
    }

    void submitBatchAnswersEachCase()
    {
        v1::SubmitBatchRequest req;
        for (std::size_t i = 0; i < m_cases.size(); ++i) {
            auto *s = req.add_submissions();
            s->set_flow_id(caseFlow(int(i)));
            s->set_payload_json(m_cases[i].payloadJson);
            s->set_idempotency_key("batch");
        }
        auto ingest = m_server.stub<v1::IngestService>();
        grpc::ClientContext ctx;
        prepare(ctx, m_connector);
        v1::SubmitBatchResponse resp;
        const auto st = ingest->SubmitBatch(&ctx, req, &resp);
        QVERIFY2(st.ok(), st.error_message().c_str());
        QCOMPARE(resp.results_size(), int(m_cases.size()));
        for (std::size_t i = 0; i < m_cases.size(); ++i) {
            const auto &r = resp.results(int(i));
            const QString problem = judge(m_cases[i], r.error_code(), r.error_message(), r.error_details());
            QVERIFY2(problem.isEmpty(), qPrintable(QString::fromStdString(m_cases[i].name) + ": " + problem));
            QCOMPARE(bool(store().findByIdempotencyKey(caseFlow(int(i)), "batch")), m_cases[i].valid);
            QCOMPARE(r.transaction_id().empty(), !m_cases[i].valid);
        }
    }

    void problemsInTheCallersLanguage()
    {
        // The first case that refuses an impossible date.
        int index = -1;
        for (std::size_t i = 0; i < m_cases.size() && index < 0; ++i) {
            if (m_cases[i].payloadJson.find("2026-02-30") != std::string::npos)
                index = int(i);
        }
        QVERIFY(index >= 0);
        v1::SubmitResponse resp;
        auto st = submit(caseFlow(index), m_cases[std::size_t(index)].payloadJson, "de", &resp, "de-DE,de;q=0.9");
        QCOMPARE(st.error_code(), StatusCode::INVALID_ARGUMENT);
        auto details = detailsOf(st);
        QCOMPARE(details.field_violations_size(), 1);
        QCOMPARE(details.field_violations(0).description(), std::string("Geben Sie ein gültiges Datum als JJJJ-MM-TT ein."));
        QVERIFY2(st.error_message().find("Schema") != std::string::npos, st.error_message().c_str());

        st = submit(caseFlow(index), m_cases[std::size_t(index)].payloadJson, "en", &resp);
        QCOMPARE(detailsOf(st).field_violations(0).description(), std::string("Enter a valid date as YYYY-MM-DD."));
    }

    void correctedPayloadIsCheckedTheSameWay()
    {
        std::int64_t id = 0, version = 0;
        std::string pointer;
        QVERIFY2(failedWithDateField(&id, &version, &pointer), "no failed transaction with a date field");
        const auto t = store().getTransaction(id, true);
        QVERIFY(t);
        QJsonObject payload = QJsonDocument::fromJson(QByteArray::fromStdString(t->payloadJson)).object();
        payload.insert(QString::fromStdString(pointer.substr(1)), "2026-02-30");
        const std::string bad = QJsonDocument(payload).toJson(QJsonDocument::Compact).toStdString();

        auto tx = m_server.stub<v1::TransactionService>();
        {
            grpc::ClientContext ctx;
            prepare(ctx, m_operator);
            v1::UpdatePayloadRequest req;
            req.set_id(std::to_string(id));
            req.set_expected_version(version);
            req.set_payload_json(bad);
            req.set_reason("date corrected");
            v1::Transaction out;
            const auto st = tx->UpdatePayload(&ctx, req, &out);
            QCOMPARE(st.error_code(), StatusCode::INVALID_ARGUMENT);
            QCOMPARE(fieldsOf(detailsOf(st)), std::set<std::string>{pointer});
        }
        {
            grpc::ClientContext ctx;
            prepare(ctx, m_operator);
            v1::ResubmitRequest req;
            req.set_id(std::to_string(id));
            req.set_expected_version(version);
            req.set_request_id("correct-and-resubmit-bad-date");
            req.set_payload_json(bad);
            req.set_reason("date corrected");
            v1::Transaction out;
            const auto st = tx->Resubmit(&ctx, req, &out);
            QCOMPARE(st.error_code(), StatusCode::INVALID_ARGUMENT);
            QCOMPARE(fieldsOf(detailsOf(st)), std::set<std::string>{pointer});
        }
        QCOMPARE(store().getTransaction(id, true)->payloadJson, t->payloadJson);

        // A bulk patch to the same day: refused in the preview, skipped and reported in the run.
        for (const bool dry : {true, false}) {
            v1::StartBulkActionRequest req;
            req.set_request_id(dry ? "bulk-bad-date-preview" : "bulk-bad-date-run");
            req.set_dry_run(dry);
            req.set_action(v1::BULK_ACTION_PATCH_AND_RESUBMIT);
            req.mutable_ids()->add_ids(std::to_string(id));
            auto *patch = req.add_patches();
            patch->set_path(pointer);
            patch->set_value_json("\"2026-02-30\"");
            v1::BulkJob job;
            {
                grpc::ClientContext ctx;
                prepare(ctx, m_operator);
                const auto st = tx->StartBulkAction(&ctx, req, &job);
                QVERIFY2(st.ok(), st.error_message().c_str());
            }
            grpc::ClientContext ctx;
            prepare(ctx, m_operator, 30000);
            v1::WatchBulkActionRequest w;
            w.set_job_id(job.id());
            auto reader = tx->WatchBulkAction(&ctx, w);
            v1::BulkJob update;
            while (reader->Read(&update))
                job = update;
            QVERIFY(reader->Finish().ok());
            QCOMPARE(job.state(), v1::BULK_JOB_SUCCEEDED);
            QCOMPARE(job.failed(), 1);
            QCOMPARE(job.succeeded(), 0);
            QCOMPARE(job.items_size(), 1);
            QVERIFY(!job.items(0).ok());
            QCOMPARE(job.items(0).field_violations_size(), 1);
            QCOMPARE(job.items(0).field_violations(0).field(), pointer);
        }
        const auto after = store().getTransaction(id, true);
        QCOMPARE(after->payloadJson, t->payloadJson);
        QCOMPARE(after->version, t->version);
        QCOMPARE(after->state, be::TxState::Failed);
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(ApiValidationTest)
#include "tst_api_validation.moc"
