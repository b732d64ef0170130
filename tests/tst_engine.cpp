// The delivery engine against a real store in a temporary folder and the
// simulated target systems: what a connector, an operator or the console would
// observe in the store and the event log.

#include "catalogue.h"
#include "demo_rules.h"
#include "demosite.h"
#include "engine.h"
#include "engine_json.h"
#include "payload.h"
#include "store.h"
#include "traffic.h"

#include <rapidjson/document.h>

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <set>
#include <thread>

using namespace flowdesk::backend;

namespace {

std::string orderPayload(const std::string &orderNumber, const std::string &customer, const std::string &uom = "pcs",
                         double quantity = 2, const std::string &requested = "2026-12-15")
{
    const double price = 1240.00;
    char total[32];
    std::snprintf(total, sizeof total, "%.2f", quantity * price);
    return std::string(R"({"order_number":")") + orderNumber +
           R"(","quote_number":"Q-2026-01234","customer":{"code":")" + customer +
           R"(","name":"Bergmann Antriebstechnik GmbH","contact":{"email":"einkauf@bergmann-antriebe.example"}},)"
           R"("order_date":"2026-11-20","requested_date":")" + requested +
           R"(","currency":"EUR","plant":"DE01","lines":[{"line_no":1,"product":"P-1001","quantity":)" +
           std::to_string(quantity) + R"(,"uom":")" + uom + R"(","price":1240.00}],"total_amount":)" + total + "}";
}

std::string invoicePayload(const std::string &number, const std::string &date)
{
    const std::string period = date.substr(0, 7);
    return R"({"invoice_number":")" + number +
           R"(","sales_order":"SO2026-004512","customer":{"code":"C-10001"},"invoice_date":")" + date +
           R"(","due_date":"2027-03-31","posting_period":")" + period +
           R"(","currency":"EUR","lines":[{"product":"P-1002","quantity":2,"uom":"pcs","price":385.00,"tax_rate":19}],)"
           R"("amount_untaxed":770.00,"amount_tax":146.30,"amount_total":916.30})";
}

std::vector<Event> allEvents(const Store &store)
{
    return store.eventsAfter(0, 100000);
}

std::vector<std::string> actionsOf(const Store &store, std::int64_t id)
{
    std::vector<std::string> out;
    for (const auto &e : allEvents(store))
        if (e.transactionId == id && e.type == EventType::TransactionChanged)
            out.push_back(e.action);
    return out;
}

} // namespace

class TstEngine : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<DemoSite> m_site;
    std::unique_ptr<Engine> m_engine;

    // The demo's simulated systems behind the real adapters; the store gets
    // the catalogue from init().
    static std::unique_ptr<DemoSite> makeSite(std::uint64_t seed, double connectivity, double authentication)
    {
        DemoOptions o;
        o.seed = seed;
        o.prepareData = false;
        o.traffic = false;
        o.seedHistory = false;
        o.targets.connectivityFailureRate = connectivity;
        o.targets.authFailureRate = authentication;
        return std::make_unique<DemoSite>(o);
    }

    void makeEngine(EngineOptions options = {})
    {
        m_engine.reset();
        options.backoffScale = options.backoffScale == 1.0 ? 0.01 : options.backoffScale;
        m_engine = std::make_unique<Engine>(*m_store, m_site->adapter(), options);
    }

    std::int64_t submitOrder(const std::string &orderNumber, const std::string &customer,
                             const std::string &key = {}, TimeMs receivedAt = 0)
    {
        Submission s;
        s.flowId = "crm-quote-to-order";
        s.payloadJson = orderPayload(orderNumber, customer);
        s.idempotencyKey = key.empty() ? "sfdc-" + orderNumber : key;
        s.receivedAt = receivedAt;
        const SubmitResult r = m_engine->submit(s);
        if (r.status != SubmitResult::Status::Ok)
            return -1;
        return r.transactionId;
    }

    Transaction tx(std::int64_t id) const
    {
        auto t = m_store->getTransaction(id, true);
        if (!t)
            return {};
        return *t;
    }

    void setPaused(const std::string &connectorId, bool paused)
    {
        m_store->write([&](WriteTxn &w) {
            auto c = w.getConnector(connectorId);
            QVERIFY(c.has_value());
            c->paused = paused;
            c->pausedReason = paused ? "maintenance window" : "";
            w.upsertConnector(*c);
        });
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        std::string error;
        m_store = Store::open(m_dir->path().toStdString(), &error);
        QVERIFY2(m_store, error.c_str());
        m_store->write([](WriteTxn &w) {
            for (const auto &f : demoFlows())
                w.upsertFlow(f);
            for (const auto &c : demoConnectors())
                w.upsertConnector(c);
        });
        m_site = makeSite(1, 0, 0);
        makeEngine();
    }

    void cleanup()
    {
        m_engine.reset();
        m_site.reset();
        m_store.reset();
        m_dir.reset();
    }

    void catalogueIsConsistent()
    {
        const auto flows = demoFlows();
        QCOMPARE(flows.size(), size_t(12));
        std::set<std::string> connectors;
        for (const auto &c : demoConnectors())
            connectors.insert(c.id);
        QVERIFY(connectors.count("odoo") && connectors.count("mes-mx01") && connectors.count("bank"));
        const std::set<std::string> domains = {"sales", "finance", "procurement", "logistics",
                                               "production", "quality", "engineering"};
        std::set<std::string> ids;
        for (const auto &f : flows) {
            QVERIFY2(ids.insert(f.id).second, f.id.c_str());
            QVERIFY2(domains.count(f.domain), f.id.c_str());
            QVERIFY2(connectors.count(f.connectorId), f.id.c_str());
            QVERIFY(f.slaSeconds > 0 && f.retry.maxAttempts > 0);
            rapidjson::Document schema;
            schema.Parse(f.payloadSchemaJson.c_str());
            QVERIFY2(!schema.HasParseError() && schema.IsObject(), f.id.c_str());
            QCOMPARE(std::string(schema["$schema"].GetString()), std::string("http://json-schema.org/draft-04/schema#"));
            QVERIFY(schema["required"].IsArray() && schema["required"].Size() > 0);
            const auto &sensitive = schema["x-sensitive"];
            QVERIFY(sensitive.IsArray());
            QCOMPARE(size_t(sensitive.Size()), f.sensitiveFields.size());
            for (rapidjson::SizeType i = 0; i < sensitive.Size(); ++i)
                QCOMPARE(std::string(sensitive[i].GetString()), f.sensitiveFields[i]);
        }
        // Prices, bank details and contact data are declared sensitive.
        auto find = [&](const std::string &id) {
            return *std::find_if(flows.begin(), flows.end(), [&](const FlowDef &f) { return f.id == id; });
        };
        const auto order = find("crm-quote-to-order").sensitiveFields;
        QVERIFY(std::count(order.begin(), order.end(), "/lines/*/price"));
        QVERIFY(std::count(order.begin(), order.end(), "/customer/contact/email"));
        const auto bank = find("bank-payment-reconciliation").sensitiveFields;
        QVERIFY(std::count(bank.begin(), bank.end(), "/counterparty/iban"));
        QVERIFY(find("odoo-stock-to-ecommerce").batch);
    }

    void signatureNormalisesIds_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("customer codes") << "Customer C-10442 does not exist" << "Customer C-19021 does not exist" << true;
        QTest::newRow("odoo names") << "Sales order SO/2026/00412 is already closed"
                                    << "Sales order SO/2026/01877 is already closed" << true;
        QTest::newRow("amounts") << "Order total 12450.00 EUR exceeds the available credit of 5500.00 EUR"
                                 << "Order total 980.50 EUR exceeds the available credit of 12.00 EUR" << true;
        QTest::newRow("quoted") << "Unit of measure \"Stk\" is not defined" << "Unit of measure \"EA\" is not defined"
                                << true;
        QTest::newRow("different text") << "Customer C-10442 does not exist" << "Product P-1001 does not exist"
                                        << false;
        QTest::newRow("field names stay") << "Field customer.code is required" << "Field order_date is required"
                                          << false;
        QTest::newRow("line index") << "Field lines[0].uom is required" << "Field lines[7].uom is required" << true;
    }

    void signatureNormalisesIds()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        const auto sa = errorSignature("crm-quote-to-order", "CODE", a.toStdString());
        const auto sb = errorSignature("crm-quote-to-order", "CODE", b.toStdString());
        QCOMPARE(sa == sb, same);
        QVERIFY(sa.rfind("crm-quote-to-order|CODE|", 0) == 0);
        QVERIFY(sa.find("10442") == std::string::npos);
        QCOMPARE(errorSignature("f", "UNKNOWN_CUSTOMER", "Customer C-10442 does not exist"),
                 std::string("f|UNKNOWN_CUSTOMER|Customer <id> does not exist"));
    }

    // A target may answer with megabytes of text: the signature stays short enough
    // to be named in a request's filter, and is cut at a character boundary.
    void signatureOfAHugeMessageIsBounded()
    {
        std::string message = "Lieferung abgelehnt: ";
        while (message.size() < 300 * 1024)
            message += "Größe überschritten ";
        const std::string signature = errorSignature("f", "CODE", message);
        QVERIFY(signature.size() <= kMaxSignatureBytes);
        QVERIFY(signature.size() > kMaxSignatureBytes - 4);
        QVERIFY((static_cast<unsigned char>(signature.back()) & 0xC0) != 0xC0); // no lead byte left dangling
        QCOMPARE(QString::fromStdString(signature).toStdString(), signature);   // valid UTF-8
        QCOMPARE(errorSignature("f", "CODE", message), signature);
    }

    void backoffFollowsPolicy()
    {
        RetryPolicy p;
        p.initialBackoffMs = 2000;
        p.multiplier = 2.0;
        p.maxBackoffMs = 10000;
        QCOMPARE(backoffDelayMs(p, 1), std::int64_t(2000));
        QCOMPARE(backoffDelayMs(p, 2), std::int64_t(4000));
        QCOMPARE(backoffDelayMs(p, 3), std::int64_t(8000));
        QCOMPARE(backoffDelayMs(p, 4), std::int64_t(10000));
        QCOMPARE(backoffDelayMs(p, 40), std::int64_t(10000));
        QCOMPARE(backoffDelayMs(p, 2, 0.01), std::int64_t(40));
    }

    void impactRanksValueAndUrgency()
    {
        const TimeMs now = 1'790'000'000'000;
        Transaction small;
        small.amountMinor = 100000;
        small.currency = "EUR";
        small.businessObjectType = "sales_order";
        small.slaDeadline = now + 24 * 3600 * 1000;
        Transaction big = small;
        big.amountMinor = 5000000;
        QVERIFY(impactScore(big, now) > impactScore(small, now));
        Transaction overdue = small;
        overdue.slaDeadline = now - 3600 * 1000;
        QVERIFY(impactScore(overdue, now) > impactScore(small, now));
        Transaction pesos = big;
        pesos.currency = "MXN";
        QVERIFY(impactScore(pesos, now) < impactScore(big, now));
        QCOMPARE(impactScore(big, now), impactScore(big, now));
    }

    void submitDerivesBusinessFields()
    {
        const TimeMs received = flowdesk::backend::Clock::system().now() - 1000;
        const auto id = submitOrder("SO2026-004512", "C-10001", "sfdc-1", received);
        QVERIFY(id > 0);
        const Transaction t = tx(id);
        QCOMPARE(t.state, TxState::Received);
        QCOMPARE(t.businessKey, std::string("SO2026-004512"));
        QCOMPARE(t.correlationId, std::string("SO2026-004512"));
        QCOMPARE(t.counterparty, std::string("C-10001"));
        QCOMPARE(t.amountMinor, std::int64_t(248000));
        QCOMPARE(t.currency, std::string("EUR"));
        QCOMPARE(t.plant, std::string("DE01"));
        QCOMPARE(t.domain, std::string("sales"));
        QCOMPARE(t.sourceSystem, std::string("Salesforce CRM"));
        QCOMPARE(t.slaDeadline, received + 1800 * 1000);
        QVERIFY(t.dueAt > received);
        QCOMPARE(t.originalPayloadJson, t.payloadJson);
        QCOMPARE(t.hops.size(), size_t(1));
        QCOMPARE(t.hops[0].action, std::string("received"));
        QCOMPARE(actionsOf(*m_store, id), std::vector<std::string>{"received"});
    }

    void submitRejectsBadInput_data()
    {
        QTest::addColumn<QString>("flow");
        QTest::addColumn<QString>("payload");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown flow") << "no-such-flow" << "{}" << int(SubmitResult::Status::UnknownFlow);
        QTest::newRow("not json") << "crm-quote-to-order" << "{\"order_number\":" << int(SubmitResult::Status::InvalidPayload);
        QTest::newRow("array") << "crm-quote-to-order" << "[1,2]" << int(SubmitResult::Status::InvalidPayload);
        // What the flow's schema refuses is never stored.
        QTest::newRow("empty object") << "crm-quote-to-order" << "{}" << int(SubmitResult::Status::InvalidPayload);
        QTest::newRow("number for text") << "crm-quote-to-order" << "{\"order_number\":4512}"
                                         << int(SubmitResult::Status::InvalidPayload);
    }

    // The due date read from a payload is a day the calendar has: 2026-02-30
    // is no date, never 2 March.
    void dueDatesAreRealDays()
    {
        using flowdesk::backend::detail::parseIsoTime;
        QVERIFY(!parseIsoTime("2026-02-30"));
        QVERIFY(!parseIsoTime("2026-02-29"));
        QVERIFY(!parseIsoTime("2026-04-31T10:00:00Z"));
        QVERIFY(!parseIsoTime("2026-13-01"));
        QVERIFY(!parseIsoTime("yesterday afternoon"));
        QVERIFY(parseIsoTime("2028-02-29"));
        QCOMPARE(*parseIsoTime("2026-03-02") - *parseIsoTime("2026-02-28"), TimeMs(2) * 86400 * 1000);
        QCOMPARE(*parseIsoTime("2026-11-25T14:30:00+01:00"), *parseIsoTime("2026-11-25T13:30:00Z"));
    }

    void submitRejectsBadInput()
    {
        QFETCH(QString, flow);
        QFETCH(QString, payload);
        QFETCH(int, status);
        Submission s;
        s.flowId = flow.toStdString();
        s.payloadJson = payload.toStdString();
        s.idempotencyKey = "k1";
        const auto r = m_engine->submit(s);
        QCOMPARE(int(r.status), status);
        QVERIFY(!r.message.empty());
        if (r.status == SubmitResult::Status::InvalidPayload)
            QVERIFY(!r.violations.empty());
        QCOMPARE(m_store->lastEventSequence(), std::int64_t(0));
    }

    void duplicateIdempotencyKeyKeepsOneRow()
    {
        const auto first = submitOrder("SO2026-004512", "C-10001", "sfdc-77");
        QVERIFY(first > 0);
        Submission again;
        again.flowId = "crm-quote-to-order";
        again.payloadJson = orderPayload("SO2026-004512", "C-10001");
        again.idempotencyKey = "sfdc-77";
        const auto r = m_engine->submit(again);
        QCOMPARE(r.status, SubmitResult::Status::Duplicate);
        QCOMPARE(r.transactionId, first);
        // Within one batch too.
        const auto batch = m_engine->submitBatch({again, again});
        QCOMPARE(batch[0].status, SubmitResult::Status::Duplicate);
        QCOMPARE(batch[1].transactionId, first);
        TxFilter all;
        QCOMPARE(m_store->listTransactions(all, TxOrder::IdAsc, 100, {}).totalSize, std::int64_t(1));
        // The same key on another flow is another transaction (a flow that
        // takes the same documents, so the payload fits its schema).
        FlowDef copy = *m_store->getFlow("crm-quote-to-order");
        copy.id = "crm-quote-to-order-eu";
        m_store->write([&](WriteTxn &w) { w.upsertFlow(copy); });
        Submission other = again;
        other.flowId = copy.id;
        QCOMPARE(m_engine->submit(other).status, SubmitResult::Status::Ok);
    }

    void concurrentSubmitsStoreEachKeyOnce()
    {
        std::vector<std::thread> threads;
        std::atomic<int> ok{0}, duplicates{0};
        // More callers than cores, so that writes gather groups and leaders
        // hand over to the callers queued behind them.
        for (int k = 0; k < 16; ++k) {
            threads.emplace_back([&, k] {
                for (int i = 0; i < 60; ++i) {
                    Submission s;
                    s.flowId = "crm-quote-to-order";
                    // Every key is sent by two threads.
                    s.idempotencyKey = "sfdc-" + std::to_string(k % 8) + "-" + std::to_string(i);
                    s.payloadJson = orderPayload("SO2026-0060" + std::to_string(10 + i), "C-10001");
                    const auto r = m_engine->submit(s);
                    (r.status == SubmitResult::Status::Ok ? ok : duplicates)++;
                }
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(ok.load(), 480);
        QCOMPARE(duplicates.load(), 480);
        TxFilter all;
        QCOMPARE(m_store->listTransactions(all, TxOrder::IdAsc, 10, {}).totalSize, std::int64_t(480));
    }

    void concurrentBatchesAndSingleCallsStoreEachKeyOnce()
    {
        // Batches queue all their rows at once and share writes with single
        // calls and with each other; a key sent by a batch and by a single
        // call, or twice within one batch, is stored once, and every answer
        // names the one transaction.
        std::vector<std::thread> threads;
        std::mutex mutex;
        std::map<std::string, std::set<std::int64_t>> idsOfKey;
        std::atomic<int> ok{0}, duplicates{0}, other{0};
        auto record = [&](const std::string &key, const SubmitResult &r) {
            if (r.status == SubmitResult::Status::Ok)
                ++ok;
            else if (r.status == SubmitResult::Status::Duplicate)
                ++duplicates;
            else
                ++other;
            std::lock_guard lock(mutex);
            idsOfKey[key].insert(r.transactionId);
        };
        auto submission = [](const std::string &key, int i) {
            Submission s;
            s.flowId = "crm-quote-to-order";
            s.idempotencyKey = key;
            s.payloadJson = orderPayload("SO2026-0062" + std::to_string(10 + i % 90), "C-10001");
            return s;
        };
        for (int k = 0; k < 4; ++k) {
            threads.emplace_back([&, k] {
                for (int round = 0; round < 5; ++round) {
                    // 40 keys per batch, the last one twice; batches k and k+2 send the same keys.
                    std::vector<Submission> batch;
                    for (int i = 0; i < 40; ++i)
                        batch.push_back(submission("b-" + std::to_string(k % 2) + "-" + std::to_string(round) + "-" +
                                                       std::to_string(i),
                                                   i));
                    batch.push_back(batch.back());
                    const auto results = m_engine->submitBatch(batch);
                    if (results.size() != batch.size()) {
                        ++other;
                        continue;
                    }
                    for (size_t i = 0; i < batch.size(); ++i)
                        record(batch[i].idempotencyKey, results[i]);
                }
            });
        }
        for (int k = 0; k < 4; ++k) {
            threads.emplace_back([&, k] {
                for (int round = 0; round < 5; ++round)
                    for (int i = k; i < 40; i += 4) {
                        const std::string key =
                            "b-" + std::to_string(k % 2) + "-" + std::to_string(round) + "-" + std::to_string(i);
                        record(key, m_engine->submit(submission(key, i)));
                    }
            });
        }
        for (auto &t : threads)
            t.join();
        // 2 key sets x 5 rounds x 40 keys, each stored once.
        QCOMPARE(other.load(), 0);
        QCOMPARE(ok.load(), 400);
        // Sent: 4 x 5 x 41 by batches and 4 x 5 x 10 singly.
        QCOMPARE(duplicates.load(), 4 * 5 * 41 + 4 * 5 * 10 - 400);
        QCOMPARE(idsOfKey.size(), size_t(400));
        for (const auto &[key, ids] : idsOfKey)
            QVERIFY2(ids.size() == 1 && *ids.begin() > 0, key.c_str());
        TxFilter all;
        QCOMPARE(m_store->listTransactions(all, TxOrder::IdAsc, 10, {}).totalSize, std::int64_t(400));
    }

    void eventLogIsPruned()
    {
        EngineOptions options;
        options.eventRetention = 5;
        makeEngine(options);
        for (int i = 0; i < 4; ++i)
            submitOrder("SO2026-0061" + std::to_string(10 + i), "C-10001");
        QCOMPARE(m_engine->runOnce(flowdesk::backend::Clock::system().now()), 4);
        QCOMPARE(allEvents(*m_store).size(), size_t(5));
        QCOMPARE(m_store->lastEventSequence(), std::int64_t(12));
        QCOMPARE(m_store->oldestEventSequence(), std::int64_t(8));
    }

    void deliversValidOrder()
    {
        const TimeMs t0 = flowdesk::backend::Clock::system().now();
        const auto id = submitOrder("SO2026-004600", "C-10001", {}, t0);
        QCOMPARE(m_engine->runOnce(t0 + 10), 1);
        const Transaction t = tx(id);
        QCOMPARE(t.state, TxState::Delivered);
        QCOMPARE(t.deliveredAt, t0 + 10);
        QCOMPARE(t.attempts, 1);
        QCOMPARE(t.version, std::int64_t(3));
        QCOMPARE(t.error.category, ErrorCategory::None);
        QCOMPARE(t.hops.back().action, std::string("delivered"));
        QVERIFY(t.hops.back().detail.find("sale.order") != std::string::npos);
        QCOMPARE(m_site->targets().timesCreated("crm-quote-to-order", "SO2026-004600"), 1);
        QCOMPARE(m_engine->runOnce(t0 + 20), 0);
        const auto odoo = m_store->getConnector("odoo");
        QVERIFY(odoo);
        QCOMPARE(odoo->lastSuccessAt, t0 + 10);
        QCOMPARE(odoo->recentAttempts, std::int64_t(1));
        QCOMPARE(odoo->recentFailures, std::int64_t(0));
    }

    void retriesWithBackoffThenSucceeds()
    {
        const TimeMs t0 = flowdesk::backend::Clock::system().now();
        const auto id = submitOrder("SO2026-004601", "C-10001", {}, t0);
        m_site->targets().setConnectorDown("odoo", true);
        const RetryPolicy policy = m_store->getFlow("crm-quote-to-order")->retry;
        TimeMs at = t0;
        std::vector<TimeMs> delays;
        for (int attempt = 1; attempt <= 3; ++attempt) {
            QCOMPARE(m_engine->runOnce(at), 1);
            const Transaction t = tx(id);
            QCOMPARE(t.state, TxState::RetryScheduled);
            QCOMPARE(t.attempts, attempt);
            QCOMPARE(t.error.category, ErrorCategory::Connectivity);
            QVERIFY(!t.error.targetResponse.empty());
            const TimeMs delay = t.nextAttemptAt - at;
            const TimeMs expected = backoffDelayMs(policy, attempt, 0.01);
            QVERIFY2(delay >= expected && delay <= expected + expected / 10 + 1, std::to_string(delay).c_str());
            delays.push_back(delay);
            // Not due before its time.
            QCOMPARE(m_engine->runOnce(t.nextAttemptAt - 1), 0);
            at = t.nextAttemptAt;
        }
        QVERIFY(delays[0] < delays[1] && delays[1] < delays[2]);
        m_site->targets().setConnectorDown("odoo", false);
        QCOMPARE(m_engine->runOnce(at), 1);
        const Transaction t = tx(id);
        QCOMPARE(t.state, TxState::Delivered);
        QCOMPARE(t.attempts, 4);
        int retries = 0;
        for (const auto &h : t.hops)
            retries += h.action == "retry_scheduled";
        QCOMPARE(retries, 3);
        const auto actions = actionsOf(*m_store, id);
        QCOMPARE(actions.front(), std::string("received"));
        QCOMPARE(actions.back(), std::string("delivered"));
        QCOMPARE(std::count(actions.begin(), actions.end(), "retry_scheduled"), 3L);
        const auto odoo = m_store->getConnector("odoo");
        QCOMPARE(odoo->recentFailures, std::int64_t(3));
        QCOMPARE(odoo->recentAttempts, std::int64_t(4));
    }

    void retriesExhaustedFails()
    {
        const TimeMs t0 = flowdesk::backend::Clock::system().now();
        const auto id = submitOrder("SO2026-004602", "C-10001", {}, t0);
        m_site->targets().setCredentialsRejected("odoo", true);
        const int maxAttempts = m_store->getFlow("crm-quote-to-order")->retry.maxAttempts;
        TimeMs at = t0;
        for (int i = 0; i < maxAttempts; ++i) {
            QCOMPARE(m_engine->runOnce(at), 1);
            at = std::max(at, tx(id).nextAttemptAt);
        }
        const Transaction t = tx(id);
        QCOMPARE(t.state, TxState::Failed);
        QCOMPARE(t.attempts, maxAttempts);
        QCOMPARE(t.error.category, ErrorCategory::Authentication);
        QCOMPARE(t.error.code, std::string("SESSION_EXPIRED"));
        // Odoo's answer to the login with the refused credential.
        QVERIFY2(t.error.targetResponse.find("\"result\":false") != std::string::npos, t.error.targetResponse.c_str());
        QCOMPARE(t.error.signature, errorSignature(t.flowId, t.error.code, t.error.message));
        QCOMPARE(t.triage, TriageStatus::New);
        QVERIFY(t.impactScore > 0);
        QCOMPARE(m_engine->runOnce(at + 1000000), 0);
    }

    void nonRetryableFailsAtOnce_data()
    {
        QTest::addColumn<QString>("flow");
        QTest::addColumn<QString>("payload");
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown customer") << "crm-quote-to-order" << QString::fromStdString(orderPayload("SO2026-004700", "C-10442"))
                                          << int(ErrorCategory::MasterData) << "UNKNOWN_CUSTOMER";
        QTest::newRow("unknown uom") << "crm-quote-to-order" << QString::fromStdString(orderPayload("SO2026-004701", "C-10001", "Stk"))
                                     << int(ErrorCategory::MasterData) << "UNKNOWN_UOM";
        QTest::newRow("uom category") << "crm-quote-to-order" << QString::fromStdString(orderPayload("SO2026-004702", "C-10001", "kg"))
                                      << int(ErrorCategory::Validation) << "UOM_CATEGORY_MISMATCH";
        QTest::newRow("credit hold") << "crm-quote-to-order" << QString::fromStdString(orderPayload("SO2026-004703", "C-10006"))
                                     << int(ErrorCategory::BusinessState) << "CREDIT_HOLD";
        QTest::newRow("credit limit") << "crm-quote-to-order" << QString::fromStdString(orderPayload("SO2026-004704", "C-10016", "pcs", 10))
                                      << int(ErrorCategory::BusinessState) << "CREDIT_LIMIT_EXCEEDED";
        QTest::newRow("dates") << "crm-quote-to-order"
                               << QString::fromStdString(orderPayload("SO2026-004705", "C-10001", "pcs", 2, "2026-11-01"))
                               << int(ErrorCategory::Validation) << "DATE_ORDER";
        QTest::newRow("existing order") << "crm-quote-to-order" << QString::fromStdString(orderPayload("SO2026-000105", "C-10001"))
                                        << int(ErrorCategory::Duplicate) << "DUPLICATE_DOCUMENT";
        QTest::newRow("closed period") << "invoice-posting" << QString::fromStdString(invoicePayload("INV/2026/07001", "2024-03-14"))
                                       << int(ErrorCategory::BusinessState) << "PERIOD_CLOSED";
        QTest::newRow("closed order") << "crm-quote-to-order" << QString::fromStdString(orderPayload("SO2026-000871", "C-10001"))
                                      << int(ErrorCategory::BusinessState) << "ORDER_CLOSED";
    }

    void nonRetryableFailsAtOnce()
    {
        QFETCH(QString, flow);
        QFETCH(QString, payload);
        QFETCH(int, category);
        QFETCH(QString, code);
        Submission s;
        s.flowId = flow.toStdString();
        s.payloadJson = payload.toStdString();
        s.idempotencyKey = "key-1";
        const auto r = m_engine->submit(s);
        QCOMPARE(r.status, SubmitResult::Status::Ok);
        const TimeMs t0 = flowdesk::backend::Clock::system().now();
        QCOMPARE(m_engine->runOnce(t0), 1);
        const Transaction t = tx(r.transactionId);
        QCOMPARE(t.state, TxState::Failed);
        QCOMPARE(t.attempts, 1);
        QCOMPARE(int(t.error.category), category);
        QCOMPARE(QString::fromStdString(t.error.code), code);
        QVERIFY(!t.error.message.empty());
        QCOMPARE(t.error.at, t0);
        QCOMPARE(t.triage, TriageStatus::New);
        if (category == int(ErrorCategory::MasterData)) {
            // Looked up before creating: the field and the missing value are named.
            QVERIFY2(!t.error.fieldPath.empty(), t.error.message.c_str());
        } else if (flow == "crm-quote-to-order") {
            QVERIFY2(t.error.targetResponse.find("\"jsonrpc\":\"2.0\"") != std::string::npos, t.error.targetResponse.c_str());
        }
        QCOMPARE(actionsOf(*m_store, t.id).back(), std::string("failed"));
    }

    void wmsAnswersLikeARestApi()
    {
        const std::string payload =
            R"({"shipment_number":"SH-2026-001234","sales_order":"SO2026-004512","customer":{"code":"C-10003"},)"
            R"("plant":"PL01","carrier":"DHL","ship_date":"2026-11-26","delivery_address":{"name":"Nowak","street":"ul. Gorecka 41",)"
            R"("city":"Poznan","postal_code":"61485","country":"PL"},"lines":[{"product":"P-1003","quantity":4,"uom":"pcs"}]})";
        Submission s;
        s.flowId = "wms-shipment-dispatch";
        s.payloadJson = payload;
        s.idempotencyKey = "out-1";
        const auto id = m_engine->submit(s).transactionId;
        m_engine->runOnce(flowdesk::backend::Clock::system().now());
        const Transaction t = tx(id);
        QCOMPARE(t.state, TxState::Failed);
        QCOMPARE(t.error.code, std::string("INVALID_POSTAL_CODE"));
        QVERIFY2(t.error.targetResponse.find("\"code\":\"INVALID_POSTAL_CODE\"") != std::string::npos,
                 t.error.targetResponse.c_str());
        QCOMPARE(t.error.fieldPath, std::string("/delivery_address/postal_code"));
        QCOMPARE(t.counterparty, std::string("C-10003"));
        QCOMPARE(t.plant, std::string("PL01"));
    }

    void signatureGroupsIdenticalFailures()
    {
        const auto a = submitOrder("SO2026-004800", "C-10442");
        const auto b = submitOrder("SO2026-004801", "C-10873");
        const auto c = submitOrder("SO2026-004802", "C-10006");
        m_engine->runOnce(flowdesk::backend::Clock::system().now());
        const Transaction ta = tx(a), tb = tx(b), tc = tx(c);
        QVERIFY(ta.error.message != tb.error.message);
        QCOMPARE(ta.error.signature, tb.error.signature);
        QVERIFY(ta.error.signature != tc.error.signature);
        TxFilter filter;
        filter.states = {TxState::Failed};
        const auto groups = m_store->listErrorGroups(filter, 10);
        std::map<std::string, std::int64_t> counts;
        for (const auto &g : groups)
            counts[g.signature] = g.count;
        QCOMPARE(counts[ta.error.signature], std::int64_t(2));
        QCOMPARE(counts[tc.error.signature], std::int64_t(1));
    }

    void pausedConnectorWaits()
    {
        setPaused("odoo", true);
        const TimeMs t0 = flowdesk::backend::Clock::system().now();
        const auto id = submitOrder("SO2026-004900", "C-10001", {}, t0);
        Submission stock;
        stock.flowId = "odoo-stock-to-ecommerce";
        stock.payloadJson = R"({"batch_id":"STK-20261125-0800-DE01","plant":"DE01","warehouse":"WH-DE01",)"
                            R"("generated_at":"2026-11-25T08:00:00Z","items":[{"product":"P-1001","quantity_available":12,"uom":"pcs"}]})";
        stock.idempotencyKey = "stock-1";
        const auto other = m_engine->submit(stock).transactionId;
        // Only the flow whose connector is running moves.
        QCOMPARE(m_engine->runOnce(t0 + 1000), 1);
        QCOMPARE(tx(other).state, TxState::Delivered);
        QCOMPARE(m_engine->runOnce(t0 + 600000), 0);
        QCOMPARE(tx(id).state, TxState::Received);
        QCOMPARE(tx(id).attempts, 0);
        setPaused("odoo", false);
        QCOMPARE(m_engine->runOnce(t0 + 700000), 1);
        QCOMPARE(tx(id).state, TxState::Delivered);
    }

    void pausedBacklogDoesNotBlockOthers()
    {
        EngineOptions options;
        options.batchSize = 4;
        makeEngine(options);
        setPaused("odoo", true);
        const TimeMs t0 = flowdesk::backend::Clock::system().now() - 60000;
        std::vector<Submission> orders;
        for (int i = 0; i < 40; ++i) {
            Submission s;
            s.flowId = "crm-quote-to-order";
            s.payloadJson = orderPayload("SO2026-0070" + std::to_string(10 + i), "C-10001");
            s.idempotencyKey = "backlog-" + std::to_string(i);
            s.receivedAt = t0 + i;
            orders.push_back(s);
        }
        m_engine->submitBatch(orders);
        Submission stock;
        stock.flowId = "odoo-stock-to-ecommerce";
        stock.payloadJson = R"({"batch_id":"STK-20261125-0815-FR01","plant":"FR01","warehouse":"WH-FR01",)"
                            R"("generated_at":"2026-11-25T08:15:00Z","items":[{"product":"P-1004","quantity_available":3,"uom":"set"}]})";
        stock.idempotencyKey = "stock-late";
        const auto late = m_engine->submit(stock).transactionId;
        QCOMPARE(m_engine->runOnce(flowdesk::backend::Clock::system().now()), 1);
        QCOMPARE(tx(late).state, TxState::Delivered);
    }

    // A pause holds from the moment it is written: an order submitted after it
    // is not delivered, even when a delivery round is under way as it lands.
    void pauseHoldsWhileDeliveriesRun()
    {
        EngineOptions options;
        options.workerThreads = 2;
        makeEngine(options);
        m_engine->start();
        // Another connector's work keeps the delivery rounds going.
        std::atomic<bool> stop{false};
        std::thread others([&] {
            for (int i = 0; !stop; ++i) {
                Submission stock;
                stock.flowId = "odoo-stock-to-ecommerce";
                stock.payloadJson = R"({"batch_id":"STK-20261125-0900-DE01-)" + std::to_string(i)
                    + R"(","plant":"DE01","warehouse":"WH-DE01","generated_at":"2026-11-25T09:00:00Z",)"
                      R"("items":[{"product":"P-1001","quantity_available":5,"uom":"pcs"}]})";
                stock.idempotencyKey = "busy-" + std::to_string(i);
                m_engine->submit(stock);
                std::this_thread::sleep_for(std::chrono::microseconds(300));
            }
        });
        struct Join {
            std::atomic<bool> &stop;
            std::thread &thread;
            ~Join()
            {
                stop = true;
                thread.join();
            }
        } join{stop, others};
        for (int round = 0; round < 10; ++round) {
            setPaused("odoo", true);
            const auto id = submitOrder("SO2026-0081" + std::to_string(10 + round), "C-10001");
            QVERIFY(id > 0);
            // Several delivery rounds pass while the connector is paused.
            std::this_thread::sleep_for(std::chrono::milliseconds(30));
            const Transaction held = tx(id);
            QVERIFY2(held.attempts == 0 && held.state == TxState::Received,
                     qPrintable(QStringLiteral("round %1: the order of a paused connector was delivered (%2)")
                                    .arg(round)
                                    .arg(QString::fromStdString(std::string(toString(held.state))))));
            setPaused("odoo", false);
            QTRY_VERIFY_WITH_TIMEOUT(tx(id).state == TxState::Delivered, 10000);
        }
    }

    void stuckEventOncePastSla()
    {
        const TimeMs t0 = flowdesk::backend::Clock::system().now();
        const auto id = submitOrder("SO2026-005000", "C-10442", {}, t0);
        m_engine->runOnce(t0);
        QCOMPARE(tx(id).state, TxState::Failed);
        auto stuckEvents = [&] {
            int n = 0;
            for (const auto &e : allEvents(*m_store))
                n += e.transactionId == id && e.action == "stuck";
            return n;
        };
        QCOMPARE(stuckEvents(), 0);
        const TimeMs sla = tx(id).slaDeadline;
        m_engine->runOnce(sla - 1);
        QCOMPARE(stuckEvents(), 0);
        m_engine->runOnce(sla + 1);
        QCOMPARE(stuckEvents(), 1);
        m_engine->runOnce(sla + 3600000);
        QCOMPARE(stuckEvents(), 1);
        const auto events = allEvents(*m_store);
        const auto stuck = std::find_if(events.begin(), events.end(), [&](const Event &e) { return e.action == "stuck"; });
        QCOMPARE(stuck->state, TxState::Failed);
        QCOMPARE(stuck->plant, std::string("DE01"));
        QCOMPARE(stuck->domain, std::string("sales"));
    }

    void correctedPayloadGoesThrough()
    {
        const auto id = submitOrder("SO2026-005100", "C-10442");
        m_engine->runOnce(flowdesk::backend::Clock::system().now());
        Transaction failed = tx(id);
        QCOMPARE(failed.state, TxState::Failed);
        QCOMPARE(failed.error.code, std::string("UNKNOWN_CUSTOMER"));
        // Resubmitting unchanged fails again for the same reason.
        m_store->write([&](WriteTxn &w) {
            auto t = w.getTransaction(id, true);
            t->state = TxState::Resubmitted;
            t->version += 1;
            w.updateTransaction(*t);
        });
        m_engine->runOnce(flowdesk::backend::Clock::system().now());
        QCOMPARE(tx(id).state, TxState::Failed);
        // The operator fixes the customer code and resubmits.
        m_store->write([&](WriteTxn &w) {
            auto t = w.getTransaction(id, true);
            t->payloadJson = orderPayload("SO2026-005100", "C-10001");
            t->state = TxState::Resubmitted;
            t->version += 1;
            w.updateTransaction(*t);
        });
        QCOMPARE(m_engine->runOnce(flowdesk::backend::Clock::system().now()), 1);
        const Transaction t = tx(id);
        QCOMPARE(t.state, TxState::Delivered);
        QVERIFY(t.originalPayloadJson.find("C-10442") != std::string::npos);
        QVERIFY(t.payloadJson.find("C-10001") != std::string::npos);
        QCOMPARE(m_site->targets().timesCreated("crm-quote-to-order", "SO2026-005100"), 1);
        // A second delivery of the same order number is refused by the target.
        const auto again = submitOrder("SO2026-005100", "C-10001", "another-message-id");
        m_engine->runOnce(flowdesk::backend::Clock::system().now());
        QCOMPARE(tx(again).error.category, ErrorCategory::Duplicate);
        QCOMPARE(m_site->targets().timesCreated("crm-quote-to-order", "SO2026-005100"), 1);
    }

    void recoversInterruptedDelivery()
    {
        const auto id = submitOrder("SO2026-005200", "C-10001");
        // A run that died while delivering left the transaction IN_FLIGHT.
        m_store->write([&](WriteTxn &w) {
            auto t = w.getTransaction(id, true);
            t->state = TxState::InFlight;
            t->attempts = 1;
            t->version += 1;
            w.updateTransaction(*t);
        });
        makeEngine();
        QCOMPARE(m_engine->runOnce(flowdesk::backend::Clock::system().now()), 0);  // IN_FLIGHT is not due by itself
        const TimeMs now = flowdesk::backend::Clock::system().now();
        QCOMPARE(m_engine->recoverInterrupted(now), 1);
        QCOMPARE(tx(id).state, TxState::RetryScheduled);
        QCOMPARE(tx(id).nextAttemptAt, now);
        QCOMPARE(m_engine->runOnce(now), 1);
        QCOMPARE(tx(id).state, TxState::Delivered);
        QCOMPARE(m_engine->recoverInterrupted(flowdesk::backend::Clock::system().now()), 0);
    }

    void workersDeliverInBackground()
    {
        const auto crashed = submitOrder("SO2026-005300", "C-10001");
        m_store->write([&](WriteTxn &w) {
            auto t = w.getTransaction(crashed, true);
            t->state = TxState::InFlight;
            t->version += 1;
            w.updateTransaction(*t);
        });
        EngineOptions options;
        options.workerThreads = 2;
        options.batchSize = 16;
        makeEngine(options);
        m_engine->start();
        std::vector<std::int64_t> ids = {crashed};
        for (int i = 0; i < 40; ++i)
            ids.push_back(submitOrder("SO2026-0054" + std::to_string(10 + i), i % 10 == 0 ? "C-10442" : "C-10002"));
        auto settled = [&] {
            for (auto id : ids) {
                const auto s = tx(id).state;
                if (s != TxState::Delivered && s != TxState::Failed)
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 15000);
        m_engine->stop();
        int failed = 0;
        for (auto id : ids)
            failed += tx(id).state == TxState::Failed;
        QCOMPARE(failed, 4);
        QCOMPARE(m_site->targets().createdCount("crm-quote-to-order"), std::int64_t(37));
    }

    void stopLeavesNothingInFlight()
    {
        m_site->targets().setLatencyMs(20);
        EngineOptions options;
        options.workerThreads = 1;
        options.batchSize = 200;
        makeEngine(options);
        std::vector<Submission> orders;
        for (int i = 0; i < 60; ++i) {
            Submission s;
            s.flowId = "crm-quote-to-order";
            s.payloadJson = orderPayload("SO2026-0080" + std::to_string(10 + i), "C-10001");
            s.idempotencyKey = "slow-" + std::to_string(i);
            orders.push_back(s);
        }
        m_engine->submitBatch(orders);
        m_engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_site->targets().createdCount() > 0, 5000);
        m_engine->stop();
        TxFilter inFlight;
        inFlight.states = {TxState::InFlight};
        QCOMPARE(m_store->listTransactions(inFlight, TxOrder::IdAsc, 10, {}).totalSize, std::int64_t(0));
        TxFilter delivered;
        delivered.states = {TxState::Delivered};
        const auto done = m_store->listTransactions(delivered, TxOrder::IdAsc, 10, {}).totalSize;
        QVERIFY(done < 60);  // stopped in the middle of the batch
        QCOMPARE(done, m_site->targets().createdCount());
        // The rest is delivered after a restart, each order once.
        m_site->targets().setLatencyMs(0);
        makeEngine();
        QCOMPARE(m_engine->runOnce(flowdesk::backend::Clock::system().now()), int(60 - done));
        QCOMPARE(m_store->listTransactions(delivered, TxOrder::IdAsc, 10, {}).totalSize, std::int64_t(60));
        QCOMPARE(m_site->targets().duplicateRejections(), std::int64_t(0));
    }

    void eventsHaveIncreasingSequences()
    {
        const auto good = submitOrder("SO2026-005500", "C-10001");
        const auto bad = submitOrder("SO2026-005501", "C-10442");
        m_engine->runOnce(flowdesk::backend::Clock::system().now());
        const auto events = allEvents(*m_store);
        QVERIFY(events.size() >= 6);
        for (size_t i = 1; i < events.size(); ++i)
            QVERIFY(events[i].sequence > events[i - 1].sequence);
        QCOMPARE(actionsOf(*m_store, good), (std::vector<std::string>{"received", "in_flight", "delivered"}));
        QCOMPARE(actionsOf(*m_store, bad), (std::vector<std::string>{"received", "in_flight", "failed"}));
        for (const auto &e : events) {
            if (e.transactionId != bad || e.action != "failed")
                continue;
            QCOMPARE(e.state, TxState::Failed);
            QCOMPARE(e.previousState, TxState::InFlight);
            QCOMPARE(e.version, tx(bad).version);
            QCOMPARE(e.flowId, std::string("crm-quote-to-order"));
            QCOMPARE(e.connectorId, std::string("odoo"));
        }
    }

    void connectorTestAnswers()
    {
        auto odoo = *m_store->getConnector("odoo");
        auto ok = m_site->adapter().test(odoo);
        QVERIFY2(ok.ok, ok.message.c_str());
        QVERIFY2(ok.message.find("17.0") != std::string::npos, ok.message.c_str());
        m_site->targets().setConnectorDown("odoo", true);
        auto down = m_site->adapter().test(odoo);
        QVERIFY(!down.ok);
        QVERIFY2(down.message.find("502") != std::string::npos, down.message.c_str());
    }

    void seedHistoryBuildsRealisticBacklog()
    {
        m_engine.reset();
        m_site = makeSite(11, 0.03, 0.004);  // transient failures on
        makeEngine();
        const TimeMs span = 3LL * 24 * 3600 * 1000;
        int refused = -1;
        const int submitted = seedHistory(*m_engine, 1500, span, 3, &refused);
        QCOMPARE(refused, 0);
        QVERIFY2(submitted > 1400, std::to_string(submitted).c_str());
        TxFilter all;
        QCOMPARE(m_store->listTransactions(all, TxOrder::IdAsc, 10, {}).totalSize, std::int64_t(submitted));
        TxFilter failed;
        failed.states = {TxState::Failed};
        const auto nFailed = m_store->listTransactions(failed, TxOrder::IdAsc, 10, {}).totalSize;
        TxFilter stuck;
        stuck.stuckOnly = true;
        stuck.now = flowdesk::backend::Clock::system().now();
        QVERIFY(m_store->listTransactions(stuck, TxOrder::IdAsc, 10, {}).totalSize > 0);
        // Every flow carries traffic and failures of several categories.
        std::set<std::string> flows;
        std::set<ErrorCategory> categories;
        std::map<std::string, std::set<std::string>> flowsByCorrelation;
        std::string token;
        // Every stored payload fits its flow's schema, checked as Submit checks it.
        std::map<std::string, std::shared_ptr<const PayloadSchema>> compiled;
        for (const auto &f : demoFlows())
            compiled[f.id] = PayloadSchema::cached(f.payloadSchemaJson);
        int invalid = 0;
        // The price-book incident ("EA" for piece goods, from eight days ago
        // until two hours ago) covers the whole seeded span.
        std::int64_t priceBookFailures = 0;
        std::set<std::string> priceBookGroups;
        do {
            const auto page = m_store->listTransactions(all, TxOrder::IdAsc, 500, token, true);
            for (const auto &t : page.items) {
                flows.insert(t.flowId);
                if (t.state == TxState::Failed) {
                    categories.insert(t.error.category);
                    if (t.flowId == "crm-quote-to-order" && t.error.offendingValue == "EA") {
                        ++priceBookFailures;
                        priceBookGroups.insert(t.error.group);
                    }
                }
                flowsByCorrelation[t.correlationId].insert(t.flowId);
                const auto problems = compiled[t.flowId]->validate(t.payloadJson);
                if (!problems.empty()) {
                    if (++invalid < 4)
                        qWarning("%s does not match its schema: %s %s at %s", t.flowId.c_str(),
                                 problems.front().field.c_str(), problems.front().description.c_str(),
                                 t.payloadJson.c_str());
                }
            }
            token = page.nextPageToken;
        } while (!token.empty());
        QCOMPARE(invalid, 0);
        // Besides the incident, between 2 % and 10 % fail, as at a real site.
        const auto ordinary = nFailed - priceBookFailures;
        QVERIFY2(ordinary > submitted * 2 / 100 && ordinary < submitted * 10 / 100, std::to_string(ordinary).c_str());
        // The incident is one exact group of at least 50 orders.
        QVERIFY2(priceBookFailures >= 50, std::to_string(priceBookFailures).c_str());
        QCOMPARE(priceBookGroups.size(), size_t(1));
        QCOMPARE(flows.size(), size_t(12));
        QVERIFY(categories.count(ErrorCategory::MasterData));
        QVERIFY(categories.count(ErrorCategory::BusinessState));
        QVERIFY(categories.count(ErrorCategory::Validation));
        size_t longest = 0;
        for (const auto &[corr, set] : flowsByCorrelation)
            longest = std::max(longest, set.size());
        QVERIFY(longest >= 4);  // order, shipment, invoice, payment (and production)
    }

    void liveTrafficSubmits()
    {
        TrafficSimulator traffic(*m_engine, 5, 200.0);
        const TimeMs t0 = flowdesk::backend::Clock::system().now();
        int n = 0;
        for (int i = 1; i <= 10; ++i)
            n += traffic.step(t0 + i * 100);
        QVERIFY2(n >= 50, std::to_string(n).c_str());
        QCOMPARE(traffic.submitted(), std::int64_t(n));
        traffic.start();
        QTRY_VERIFY_WITH_TIMEOUT(traffic.submitted() > n, 5000);
        traffic.stop();
        // The demo's failures come from its targets, never from a payload its schema refuses.
        QCOMPARE(traffic.refused(), std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TstEngine)
#include "tst_engine.moc"
