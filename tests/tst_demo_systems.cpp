// The demo's simulated systems as an integration reaches them: Odoo over
// JSON-RPC and JSON-2, the 3PL's REST API and the Shopify Admin API, each a
// real HTTP server on a loopback port, spoken to over HTTP as flowdeskd's
// delivery adapters do.

#include "demo_systems.h"

#include <httplib.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

using namespace flowdesk::backend;

namespace {

const char *const kCrm = "crm-quote-to-order";

struct Answer {
    int status = 0;  // 0: no answer (connection failed)
    std::string body;
    httplib::Headers headers;
    QJsonDocument json;

    QJsonObject object() const { return json.object(); }
    std::string header(const char *name) const
    {
        auto it = headers.find(name);
        return it == headers.end() ? std::string() : it->second;
    }
};

Answer toAnswer(const httplib::Result &r)
{
    Answer a;
    if (!r)
        return a;
    a.status = r->status;
    a.body = r->body;
    a.headers = r->headers;
    a.json = QJsonDocument::fromJson(QByteArray::fromStdString(r->body));
    return a;
}

Answer post(const std::string &base, const std::string &path, const std::string &body,
            const httplib::Headers &headers = {})
{
    httplib::Client client(base);
    client.set_read_timeout(10, 0);
    return toAnswer(client.Post(path.c_str(), headers, body, "application/json"));
}

Answer get(const std::string &base, const std::string &path, const httplib::Headers &headers = {})
{
    httplib::Client client(base);
    client.set_read_timeout(10, 0);
    return toAnswer(client.Get(path.c_str(), headers));
}

std::string rpcBody(const std::string &service, const std::string &method, const std::string &args, int id = 1)
{
    return R"({"jsonrpc":"2.0","method":"call","params":{"service":")" + service + R"(","method":")" + method +
           R"(","args":)" + args + R"(},"id":)" + std::to_string(id) + "}";
}

std::string context(const std::string &flow, const std::string &transaction = "1")
{
    return R"({"flowdesk_flow":")" + flow + R"(","flowdesk_transaction":")" + transaction + R"("})";
}

// execute_kw as the integration user (uid 7) with an API key in place of the password.
std::string executeKwBody(const std::string &model, const std::string &method, const std::string &args,
                          const std::string &kwargs = "{}", const std::string &password = "api-key-1")
{
    return rpcBody("object", "execute_kw",
                   R"(["acme-prod",7,")" + password + R"(",")" + model + R"(",")" + method + R"(",)" + args + "," +
                       kwargs + "]");
}

std::string salesOrder(const std::string &number, const std::string &customer = "C-10001", double total = 2480.00,
                       const std::string &extra = {})
{
    char t[32];
    std::snprintf(t, sizeof t, "%.2f", total);
    return R"({"order_number":")" + number + R"(","client_order_ref":")" + number + R"(","customer":{"code":")" +
           customer + R"("},"partner_id":11,"order_date":"2026-11-20","requested_date":"2026-12-15","currency":"EUR",)"
           R"("lines":[{"product":"P-1001","quantity":2,"uom":"pcs","price":1240.00}],"total_amount":)" + t + extra +
           "}";
}

std::string shipment(const std::string &number, const std::string &postalCode = "12277")
{
    return R"({"shipment_number":")" + number +
           R"(","sales_order":"SO2026-004400","customer":{"code":"C-10001"},"carrier":"DHL",)"
           R"("delivery_address":{"street":"Motzener Str. 12","city":"Berlin","country":"DE","postal_code":")" +
           postalCode + R"("},"lines":[{"product":"P-1001","quantity":2,"uom":"pcs"}]})";
}

std::string inventoryBatch(const std::string &number, const std::string &product = "P-1001")
{
    return R"({"batch_id":")" + number + R"(","warehouse":"WH-DE01","items":[{"product":")" + product +
           R"(","quantity_available":14,"uom":"pcs"}]})";
}

httplib::Headers wmsHeaders(const std::string &key, const std::string &token = "token-1")
{
    httplib::Headers h{{"X-Flowdesk-Flow", "wms-shipment-dispatch"}};
    if (!token.empty())
        h.emplace("Authorization", "Bearer " + token);
    if (!key.empty())
        h.emplace("Idempotency-Key", key);
    return h;
}

httplib::Headers shopHeaders(const std::string &token = "shpat_1")
{
    httplib::Headers h{{"X-Flowdesk-Flow", "odoo-stock-to-ecommerce"}};
    if (!token.empty())
        h.emplace("X-Shopify-Access-Token", token);
    return h;
}

const char *const kBatches = "/admin/api/2024-10/inventory_batches.json";

} // namespace

class TstDemoSystems : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<DemoSystems> m_systems;

    DemoSystems &systems() { return *m_systems; }
    Answer rpc(const std::string &body) { return post(systems().odooUrl(), "/jsonrpc", body); }
    Answer executeKw(const std::string &model, const std::string &method, const std::string &args,
                     const std::string &kwargs = "{}")
    {
        return rpc(executeKwBody(model, method, args, kwargs));
    }
    Answer json2(const std::string &model, const std::string &method, const std::string &body,
                 const std::string &key = "odoo-api-key")
    {
        httplib::Headers h{{"X-Odoo-Database", "acme-prod"}};
        if (!key.empty())
            h.emplace("Authorization", "bearer " + key);
        return post(systems().odooUrl(), "/json/2/" + model + "/" + method, body, h);
    }
    // The error an Odoo JSON-RPC answer carries, after checking its shape.
    static QJsonObject rpcErrorData(const Answer &a, int code = 200)
    {
        [&] {
            QCOMPARE(a.status, 200);
            QVERIFY(a.object().contains("error"));
            QVERIFY(!a.object().contains("result"));
            QCOMPARE(a.object()["jsonrpc"].toString(), QStringLiteral("2.0"));
            QCOMPARE(a.object()["error"].toObject()["code"].toInt(), code);
        }();
        return a.object()["error"].toObject()["data"].toObject();
    }

private slots:
    void initTestCase()
    {
        DemoSystems::Options options;
        options.seed = 7;
        options.connectivityFailureRate = 0;
        options.authFailureRate = 0;
        m_systems = std::make_unique<DemoSystems>(options);
        QVERIFY(systems().odooUrl().empty());
        std::string error;
        QVERIFY2(systems().start(&error), error.c_str());
        QVERIFY(systems().running());
        for (const std::string &url : {systems().odooUrl(), systems().wmsUrl(), systems().shopUrl()})
            QVERIFY2(url.rfind("http://127.0.0.1:", 0) == 0 && url.size() > 17, url.c_str());
        QVERIFY(systems().odooUrl() != systems().wmsUrl());
        QCOMPARE(systems().urlOf("wms-3pl"), systems().wmsUrl());
    }

    void cleanupTestCase() { m_systems.reset(); }

    // ---- Odoo, JSON-RPC ----

    void rpcVersion()
    {
        const Answer a = rpc(rpcBody("common", "version", "[]", 41));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.object()["id"].toInt(), 41);
        const QJsonObject r = a.object()["result"].toObject();
        QCOMPARE(r["server_version"].toString(), QStringLiteral("17.0"));
        QCOMPARE(r["server_serie"].toString(), QStringLiteral("17.0"));
        QCOMPARE(r["protocol_version"].toInt(), 1);
        QCOMPARE(r["server_version_info"].toArray().first().toInt(), 17);
    }

    void rpcAuthenticate_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("args");
        QTest::addColumn<int>("uid");  // 0: false
        QTest::newRow("authenticate") << "authenticate" << R"(["acme-prod","integration","key",{}])" << 7;
        QTest::newRow("login") << "login" << R"(["acme-prod","integration","key"])" << 7;
        QTest::newRow("wrong database") << "authenticate" << R"(["acme-test","integration","key",{}])" << 0;
        QTest::newRow("empty password") << "authenticate" << R"(["acme-prod","integration","",{}])" << 0;
    }

    void rpcAuthenticate()
    {
        QFETCH(QString, method);
        QFETCH(QString, args);
        QFETCH(int, uid);
        const Answer a = rpc(rpcBody("common", method.toStdString(), args.toStdString()));
        QCOMPARE(a.status, 200);
        const QJsonValue result = a.object()["result"];
        if (uid)
            QCOMPARE(result.toInt(), uid);
        else
            QVERIFY2(result.isBool() && !result.toBool(), a.body.c_str());
    }

    void rpcSearchReadInDomain()
    {
        const Answer a = executeKw("res.partner", "search_read", R"([[["ref","in",["C-10001","C-10003","V-2002"]]]])",
                                   R"({"fields":["name","ref"],"context":{}})");
        QCOMPARE(a.status, 200);
        const QJsonArray rows = a.object()["result"].toArray();
        QCOMPARE(rows.size(), 3);
        std::set<QString> refs;
        for (const auto &row : rows) {
            const QJsonObject o = row.toObject();
            refs.insert(o["ref"].toString());
            QVERIFY(o["id"].toInt() > 0);
            QVERIFY2(!o.contains("email"), "only the fields asked for");
            if (o["ref"].toString() == "C-10001")
                QCOMPARE(o["name"].toString(), QStringLiteral("Bergmann Antriebstechnik GmbH"));
        }
        QCOMPARE(refs, (std::set<QString>{"C-10001", "C-10003", "V-2002"}));
    }

    void rpcSearchOperators()
    {
        Answer a = executeKw("res.partner", "search_count", R"([["|",["ref","=","C-10001"],["ref","=","C-10002"]]])");
        QCOMPARE(a.object()["result"].toInt(), 2);
        a = executeKw("res.partner", "search_count", R"([[["name","ilike","gmbh"]]])");
        QCOMPARE(a.object()["result"].toInt(), 4);  // three customers, one supplier
        a = executeKw("res.partner", "search_count", R"([[["name","ilike","gmbh"],["supplier_rank","=",1]]])");
        QCOMPARE(a.object()["result"].toInt(), 1);
        a = executeKw("product.product", "search", R"([[["default_code","=","P-1004"]]])");
        QCOMPARE(a.object()["result"].toArray().size(), 1);
        a = executeKw("mrp.workcenter", "search_read", R"([[["code","=","WC-CNC-2"]]])", R"({"fields":["code"]})");
        QCOMPARE(a.object()["result"].toArray().size(), 1);
        a = executeKw("uom.uom", "search_count", R"([[["name","=","kg"]]])");
        QCOMPARE(a.object()["result"].toInt(), 1);
        a = executeKw("maintenance.equipment", "search_count", R"([[["name","=","EQ-PRESS-07"]]])");
        QCOMPARE(a.object()["result"].toInt(), 0);
        a = executeKw("res.partner", "search_read", R"([[["ref","like"]]])");
        QCOMPARE(rpcErrorData(a)["name"].toString(), QStringLiteral("builtins.ValueError"));
    }

    void rpcNameSearchAndRead()
    {
        Answer a = executeKw("product.product", "name_search", "[]", R"({"name":"p-1001","limit":5})");
        QJsonArray hits = a.object()["result"].toArray();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].toArray()[1].toString(), QStringLiteral("[P-1001] Hydraulic gear pump HP-200"));
        const int productId = hits[0].toArray()[0].toInt();

        a = executeKw("res.partner", "name_search", R"(["bergmann"])");
        hits = a.object()["result"].toArray();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].toArray()[1].toString(), QStringLiteral("Bergmann Antriebstechnik GmbH (C-10001)"));
        a = executeKw("res.partner", "name_search", R"(["c-1000"])", R"({"limit":3})");
        QCOMPARE(a.object()["result"].toArray().size(), 3);

        a = executeKw("product.product", "read", "[[" + std::to_string(productId) + "]]",
                      R"({"fields":["default_code","uom_id"]})");
        const QJsonObject product = a.object()["result"].toArray()[0].toObject();
        QCOMPARE(product["default_code"].toString(), QStringLiteral("P-1001"));
        QCOMPARE(product["uom_id"].toArray()[1].toString(), QStringLiteral("pcs"));

        a = executeKw("product.product", "read", "[[999999]]");
        const QJsonObject data = rpcErrorData(a);
        QCOMPARE(data["name"].toString(), QStringLiteral("odoo.exceptions.MissingError"));
    }

    void rpcCreate()
    {
        const auto before = systems().createdCount(kCrm);
        const Answer a = executeKw("sale.order", "create", "[" + salesOrder("SO-T-000001") + "]",
                                   R"({"context":)" + context(kCrm) + "}");
        QCOMPARE(a.status, 200);
        const int id = a.object()["result"].toInt();
        QVERIFY2(id > 4100, a.body.c_str());
        QCOMPARE(systems().createdCount(kCrm), before + 1);
        QCOMPARE(systems().timesCreated(kCrm, "SO-T-000001"), 1);

        // The integration looks a document up by its external reference before creating it.
        const Answer found = executeKw("sale.order", "search_read", R"([[["client_order_ref","=","SO-T-000001"]]])",
                                       R"({"fields":["id","client_order_ref","total_amount"]})");
        const QJsonArray rows = found.object()["result"].toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].toObject()["id"].toInt(), id);
        QCOMPARE(rows[0].toObject()["total_amount"].toDouble(), 2480.0);

        // A list of values creates a list of records.
        const Answer many = executeKw("sale.order", "create",
                                      "[[" + salesOrder("SO-T-000002") + "," + salesOrder("SO-T-000003") + "]]");
        QCOMPARE(many.object()["result"].toArray().size(), 2);
    }

    // Searches by external reference start from the model's references; the
    // answers are those of a scan over every record: the records' order,
    // offset and limit, the other terms, errors, and a reference sent as
    // something other than text.
    void rpcSearchByReference()
    {
        for (const char *number : {"SO-R-000001", "SO-R-000002", "SO-R-000003"}) {
            const Answer created = executeKw("sale.order", "create", "[" + salesOrder(number) + "]");
            QVERIFY2(created.object()["result"].toInt() > 4100, created.body.c_str());
        }
        auto refs = [](const Answer &a) {
            QStringList out;
            for (const auto &row : a.object()["result"].toArray())
                out << row.toObject()["client_order_ref"].toString();
            return out;
        };
        const std::string some = "[[[\"client_order_ref\",\"in\",[\"SO-R-000003\",\"SO-R-000001\",\"SO-R-000404\"]]]]";
        QCOMPARE(refs(executeKw("sale.order", "search_read", some, "{\"fields\":[\"client_order_ref\"]}")),
                 (QStringList{"SO-R-000001", "SO-R-000003"}));
        QCOMPARE(refs(executeKw("sale.order", "search_read", some, "{\"fields\":[\"client_order_ref\"],\"offset\":1}")),
                 (QStringList{"SO-R-000003"}));
        QCOMPARE(refs(executeKw("sale.order", "search_read", some, "{\"fields\":[\"client_order_ref\"],\"limit\":1}")),
                 (QStringList{"SO-R-000001"}));
        QCOMPARE(executeKw("sale.order", "search_count", some).object()["result"].toInt(), 2);
        // Every term holds.
        QCOMPARE(executeKw("sale.order", "search_count",
                           "[[[\"client_order_ref\",\"=\",\"SO-R-000002\"],[\"name\",\"=\",\"SO-R-000002\"]]]")
                     .object()["result"]
                     .toInt(),
                 1);
        QCOMPARE(executeKw("sale.order", "search_count",
                           "[[[\"client_order_ref\",\"=\",\"SO-R-000002\"],[\"name\",\"=\",\"another\"]]]")
                     .object()["result"]
                     .toInt(),
                 0);
        // A term that is not valid fails the search, found or not.
        for (const char *ref : {"SO-R-000002", "SO-R-000404"}) {
            const Answer bad = executeKw("sale.order", "search_count",
                                         std::string("[[[\"client_order_ref\",\"=\",\"") + ref
                                             + "\"],[\"name\",\"resembles\",\"x\"]]]");
            QCOMPARE(rpcErrorData(bad)["name"].toString(), QStringLiteral("builtins.ValueError"));
        }
        // Other shapes of domain: an '|', an empty text.
        QCOMPARE(executeKw("sale.order", "search_count",
                           "[[\"|\",[\"client_order_ref\",\"=\",\"SO-R-000001\"],[\"client_order_ref\",\"=\",\"SO-R-000002\"]]]")
                     .object()["result"]
                     .toInt(),
                 2);
        QCOMPARE(executeKw("sale.order", "search_count", "[[[\"client_order_ref\",\"=\",\"\"]]]").object()["result"].toInt(),
                 0);
        // A reference sent as a many2one is found by its name, as Odoo finds it.
        std::string order = salesOrder("SO-R-000009");
        const std::string text = "\"client_order_ref\":\"SO-R-000009\"";
        order.replace(order.find(text), text.size(), "\"client_order_ref\":[7,\"PO-4711\"]");
        const Answer created = executeKw("sale.order", "create", "[" + order + "]");
        QVERIFY2(created.object()["result"].toInt() > 4100, created.body.c_str());
        QCOMPARE(executeKw("sale.order", "search_count", "[[[\"client_order_ref\",\"=\",\"PO-4711\"]]]")
                     .object()["result"]
                     .toInt(),
                 1);
        QCOMPARE(executeKw("sale.order", "search_count", some).object()["result"].toInt(), 2);
    }

    void rpcRuleFailures_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("vals");
        QTest::addColumn<QString>("exception");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown customer")
            << "sale.order" << QString::fromStdString(salesOrder("SO-T-000101", "C-99999"))
            << "odoo.exceptions.MissingError" << "Customer C-99999 does not exist";
        QTest::newRow("credit hold")
            << "sale.order" << QString::fromStdString(salesOrder("SO-T-000102", "C-10006"))
            << "odoo.exceptions.UserError"
            << "Customer C-10006 is on credit hold; new orders are blocked until finance releases it";
        QTest::newRow("total mismatch")
            << "sale.order" << QString::fromStdString(salesOrder("SO-T-000103", "C-10001", 100.0))
            << "odoo.exceptions.ValidationError" << "Total 100.00 does not match the sum of the lines 2480.00";
        QTest::newRow("closed period")
            << "account.move"
            << R"({"invoice_number":"INV/T/0001","ref":"INV/T/0001","customer":{"code":"C-10001"},"invoice_date":"2020-01-15","due_date":"2020-02-15","posting_period":"2020-01","lines":[{"product":"P-1002","quantity":2,"uom":"pcs","price":385.00,"tax_rate":19}],"amount_untaxed":770.00,"amount_total":916.30})"
            << "odoo.exceptions.UserError" << "Fiscal period 2020-01 is closed for posting";
        QTest::newRow("unknown work center")
            << "mrp.workorder"
            << R"({"confirmation_id":"CONF-T-1","production_order":"MO/2026/02000","plant":"DE01","work_center":"WC-CNC-9","product":"P-1001","uom":"pcs","quantity_good":5})"
            << "odoo.exceptions.MissingError" << "Work center WC-CNC-9 is not defined for plant DE01";
        QTest::newRow("missing supplier mapping")
            << "stock.picking"
            << R"({"asn_number":"ASN-T-1","supplier":{"code":"V-2001"},"purchase_order":"PO/2026/00999","despatch_date":"2026-11-20","expected_delivery":"2026-11-24","lines":[{"supplier_product":"XX-UNKNOWN","quantity":1,"uom":"kg"}]})"
            << "odoo.exceptions.MissingError" << "No product mapping for article XX-UNKNOWN of supplier V-2001";
        QTest::newRow("cyclic bom")
            << "mrp.bom"
            << R"({"bom_id":"BOM-T-1","product":"P-1016","revision":"A","uom":"pcs","components":[{"product":"P-1016","quantity":1,"uom":"pcs"}]})"
            << "odoo.exceptions.ValidationError" << "Product P-1016 cannot be a component of its own bill of materials";
        QTest::newRow("missing field")
            << "maintenance.request" << R"({"event_id":"DT-T-1","plant":"DE01"})"
            << "odoo.exceptions.ValidationError" << "Field work_center is required";
        QTest::newRow("existing document")
            << "sale.order" << QString::fromStdString(salesOrder("SO2026-000105"))
            << "odoo.exceptions.ValidationError" << "Sales order SO2026-000105 already exists";
    }

    void rpcRuleFailures()
    {
        QFETCH(QString, model);
        QFETCH(QString, vals);
        QFETCH(QString, exception);
        QFETCH(QString, message);
        const auto created = systems().createdCount();
        const Answer a = executeKw(model.toStdString(), "create", "[" + vals.toStdString() + "]");
        const QJsonObject error = a.object()["error"].toObject();
        QCOMPARE(error["message"].toString(), QStringLiteral("Odoo Server Error"));
        const QJsonObject data = rpcErrorData(a);
        QCOMPARE(data["name"].toString(), exception);
        QCOMPARE(data["message"].toString(), message);
        QCOMPARE(data["arguments"].toArray().first().toString(), message);
        QVERIFY(data["debug"].toString().startsWith("Traceback (most recent call last):"));
        QVERIFY(data["debug"].toString().contains(exception + ": " + message));
        QVERIFY(data["context"].isObject());
        QCOMPARE(systems().createdCount(), created);
    }

    void rpcExistingDocumentsFound()
    {
        const auto duplicates = systems().duplicateRejections();
        Answer a = executeKw("sale.order", "search_read", R"([[["client_order_ref","=","SO2026-000105"]]])");
        QCOMPARE(a.object()["result"].toArray().size(), 1);
        a = executeKw("account.move", "search_count", R"([[["ref","in",["INV/2026/00042","INV/2026/00057"]]]])");
        QCOMPARE(a.object()["result"].toInt(), 2);
        a = executeKw("stock.picking", "search_count", R"([[["x_asn_number","=","ASN-880012"]]])");
        QCOMPARE(a.object()["result"].toInt(), 1);
        QCOMPARE(systems().timesCreated(kCrm, "SO2026-000105"), 1);

        a = executeKw("sale.order", "create", "[" + salesOrder("SO2026-000112") + "]");
        QCOMPARE(rpcErrorData(a)["message"].toString(), QStringLiteral("Sales order SO2026-000112 already exists"));
        QCOMPARE(systems().duplicateRejections(), duplicates + 1);
        QCOMPARE(systems().timesCreated(kCrm, "SO2026-000112"), 1);
    }

    void rpcAccessDenied()
    {
        // A password that does not match (here: none) fails each call, as Odoo checks it every time.
        Answer a = rpc(executeKwBody("res.partner", "search_count", "[[]]", "{}", ""));
        QCOMPARE(rpcErrorData(a)["name"].toString(), QStringLiteral("odoo.exceptions.AccessDenied"));

        systems().setCredentialsRejected("odoo", true);
        a = rpc(rpcBody("common", "authenticate", R"(["acme-prod","integration","key",{}])"));
        QVERIFY2(a.object()["result"].isBool() && !a.object()["result"].toBool(), a.body.c_str());
        a = executeKw("res.partner", "search_count", "[[]]");
        const QJsonObject data = rpcErrorData(a);
        QCOMPARE(data["name"].toString(), QStringLiteral("odoo.exceptions.AccessDenied"));
        QCOMPARE(data["message"].toString(), QStringLiteral("Access Denied"));
        systems().setCredentialsRejected("odoo", false);

        a = executeKw("res.partner", "search_count", "[[]]");
        QVERIFY2(a.object()["result"].toInt() > 0, a.body.c_str());
    }

    void rpcSessionExpired()
    {
        systems().expireOdooSessions(2);
        for (int i = 0; i < 2; ++i) {
            const Answer a = executeKw("res.partner", "search_count", "[[]]");
            QCOMPARE(a.object()["error"].toObject()["message"].toString(), QStringLiteral("Odoo Session Expired"));
            const QJsonObject data = rpcErrorData(a, 100);
            QCOMPARE(data["name"].toString(), QStringLiteral("odoo.http.SessionExpiredException"));
            QCOMPARE(data["message"].toString(), QStringLiteral("Session expired"));
        }
        const Answer a = executeKw("res.partner", "search_count", "[[]]");
        QVERIFY2(a.object()["result"].toInt() > 0, a.body.c_str());
    }

    // ---- Odoo, JSON-2 ----

    void json2Success()
    {
        Answer a = get(systems().odooUrl(), "/web/version");
        QCOMPARE(a.status, 200);
        QCOMPARE(a.object()["version"].toString(), QStringLiteral("19.0"));
        QCOMPARE(a.object()["version_info"].toArray().first().toInt(), 19);

        a = json2("res.partner", "search_read",
                  R"({"domain":[["ref","=","C-10002"]],"fields":["name","ref"],"context":{"lang":"en_US"}})");
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.array().size(), 1);
        QCOMPARE(a.json.array()[0].toObject()["name"].toString(), QStringLiteral("Lyonnaise de Robinetterie SA"));

        a = json2("product.product", "name_search", R"({"name":"Valve","limit":10})");
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.array().size(), 1);

        const auto before = systems().createdCount("shopify-order-import");
        a = json2("sale.order", "create",
                  R"({"vals_list":[)" + salesOrder("SO-T-000201") + R"(],"context":)" +
                      context("shopify-order-import") + "}");
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.array().size(), 1);
        QVERIFY(a.json.array()[0].toInt() > 4100);
        QCOMPARE(systems().createdCount("shopify-order-import"), before + 1);
        QCOMPARE(systems().timesCreated("shopify-order-import", "SO-T-000201"), 1);
    }

    void json2Errors_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");  // empty: not compared
        QTest::newRow("no key") << "res.partner" << "search_read" << "{}" << "" << 401
                                << "werkzeug.exceptions.Unauthorized" << "Invalid apikey";
        QTest::newRow("create master data") << "res.partner" << "create" << R"({"vals_list":[{"name":"X"}]})"
                                            << "k" << 403 << "odoo.exceptions.AccessError" << "";
        QTest::newRow("unknown model") << "x.nothing" << "search_read" << "{}" << "k" << 404
                                       << "werkzeug.exceptions.NotFound" << "";
        QTest::newRow("unknown method") << "res.partner" << "unlink_all" << "{}" << "k" << 404
                                        << "werkzeug.exceptions.NotFound" << "";
        QTest::newRow("missing record") << "res.partner" << "read" << R"({"ids":[424242]})" << "k" << 404
                                        << "odoo.exceptions.MissingError" << "";
        QTest::newRow("unknown customer")
            << "sale.order" << "create"
            << QString::fromStdString(R"({"vals_list":[)" + salesOrder("SO-T-000301", "C-99999") + "]}") << "k" << 404
            << "odoo.exceptions.MissingError" << "Customer C-99999 does not exist";
        QTest::newRow("total mismatch")
            << "sale.order" << "create"
            << QString::fromStdString(R"({"vals_list":[)" + salesOrder("SO-T-000302", "C-10001", 1.0) + "]}") << "k"
            << 422 << "odoo.exceptions.ValidationError" << "Total 1.00 does not match the sum of the lines 2480.00";
        QTest::newRow("credit hold")
            << "sale.order" << "create"
            << QString::fromStdString(R"({"vals_list":[)" + salesOrder("SO-T-000303", "C-10013") + "]}") << "k"
            << 422 << "odoo.exceptions.UserError"
            << "Customer C-10013 is on credit hold; new orders are blocked until finance releases it";
    }

    void json2Errors()
    {
        QFETCH(QString, model);
        QFETCH(QString, method);
        QFETCH(QString, body);
        QFETCH(QString, key);
        QFETCH(int, status);
        QFETCH(QString, name);
        QFETCH(QString, message);
        const Answer a = json2(model.toStdString(), method.toStdString(), body.toStdString(), key.toStdString());
        QCOMPARE(a.status, status);
        const QJsonObject o = a.object();
        QCOMPARE(o["name"].toString(), name);
        QVERIFY(!o["message"].toString().isEmpty());
        if (!message.isEmpty())
            QCOMPARE(o["message"].toString(), message);
        QCOMPARE(o["arguments"].toArray().first().toString(), o["message"].toString());
        QVERIFY(o["context"].isObject());
        QVERIFY(o["debug"].toString().startsWith("Traceback"));
        if (status == 401)
            QVERIFY(!a.header("WWW-Authenticate").empty());
    }

    void json2RejectedKey()
    {
        systems().setCredentialsRejected("odoo", true);
        Answer a = json2("res.partner", "search_count", "{}");
        systems().setCredentialsRejected("odoo", false);
        QCOMPARE(a.status, 401);
        QCOMPARE(a.object()["message"].toString(), QStringLiteral("Invalid apikey"));
        a = json2("res.partner", "search_count", "{}");
        QCOMPARE(a.status, 200);
    }

    // ---- a system down ----

    void connectorDown()
    {
        systems().setConnectorDown("odoo", true);
        systems().setConnectorDown("wms-3pl", true);
        systems().setConnectorDown("shopify", true);
        const Answer odoo = rpc(rpcBody("common", "version", "[]"));
        const Answer wms = post(systems().wmsUrl(), "/v2/outbound-orders", shipment("SH-T-DOWN"), wmsHeaders("k-down"));
        const Answer shop = post(systems().shopUrl(), kBatches, inventoryBatch("IB-T-DOWN"), shopHeaders());
        systems().setConnectorDown("odoo", false);
        systems().setConnectorDown("wms-3pl", false);
        systems().setConnectorDown("shopify", false);
        QCOMPARE(odoo.status, 502);
        QCOMPARE(odoo.header("Server"), std::string("nginx/1.22.1"));
        QVERIFY(odoo.body.find("502 Bad Gateway") != std::string::npos);
        QCOMPARE(wms.status, 503);
        QCOMPARE(shop.status, 503);
        QCOMPARE(rpc(rpcBody("common", "version", "[]")).status, 200);
    }

    // ---- the 3PL ----

    void wmsOutboundOrders()
    {
        const std::string url = systems().wmsUrl();
        QCOMPARE(get(url, "/v2/health").object()["status"].toString(), QStringLiteral("ok"));
        const auto before = systems().createdCount("wms-shipment-dispatch");

        const Answer created = post(url, "/v2/outbound-orders", shipment("SH-T-000001"), wmsHeaders("key-1"));
        QCOMPARE(created.status, 201);
        const QString id = created.object()["id"].toString();
        QVERIFY2(id.startsWith("OB-"), created.body.c_str());
        QCOMPARE(created.object()["status"].toString(), QStringLiteral("accepted"));

        // The same key again: the first answer, nothing created twice.
        const Answer replay = post(url, "/v2/outbound-orders", shipment("SH-T-000001"), wmsHeaders("key-1"));
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.body, created.body);
        QCOMPARE(systems().timesCreated("wms-shipment-dispatch", "SH-T-000001"), 1);

        const auto duplicates = systems().duplicateRejections();
        const Answer dup = post(url, "/v2/outbound-orders", shipment("SH-T-000001"), wmsHeaders("key-2"));
        QCOMPARE(dup.status, 409);
        QCOMPARE(dup.object()["error"].toObject()["code"].toString(), QStringLiteral("DUPLICATE_SHIPMENT"));
        QCOMPARE(dup.object()["error"].toObject()["message"].toString(),
                 QStringLiteral("Outbound order SH-T-000001 already exists"));
        QCOMPARE(systems().duplicateRejections(), duplicates + 1);

        const Answer existing = post(url, "/v2/outbound-orders", shipment("SH-2026-000310"), wmsHeaders("key-3"));
        QCOMPARE(existing.status, 409);

        const Answer invalid = post(url, "/v2/outbound-orders", shipment("SH-T-000002", "1227"), wmsHeaders("key-4"));
        QCOMPARE(invalid.status, 422);
        const QJsonObject error = invalid.object()["error"].toObject();
        QCOMPARE(error["code"].toString(), QStringLiteral("INVALID_POSTAL_CODE"));
        QCOMPARE(error["message"].toString(), QStringLiteral("Postal code '1227' is not valid for country DE"));
        QCOMPARE(error["field"].toString(), QStringLiteral("delivery_address.postal_code"));
        QVERIFY(!error["request_id"].toString().isEmpty());

        // Corrected and sent again under the same key: a refusal is not kept.
        const Answer fixed = post(url, "/v2/outbound-orders", shipment("SH-T-000002"), wmsHeaders("key-4"));
        QCOMPARE(fixed.status, 201);
        QCOMPARE(systems().createdCount("wms-shipment-dispatch"), before + 2);
    }

    void wmsAuthentication()
    {
        const std::string url = systems().wmsUrl();
        Answer a = post(url, "/v2/outbound-orders", shipment("SH-T-000010"), wmsHeaders("key-10", ""));
        QCOMPARE(a.status, 401);
        QVERIFY(a.header("WWW-Authenticate").rfind("Bearer", 0) == 0);
        systems().setCredentialsRejected("wms-3pl", true);
        a = post(url, "/v2/outbound-orders", shipment("SH-T-000010"), wmsHeaders("key-10"));
        const Answer health = get(url, "/v2/health", {{"Authorization", "Bearer token-1"}});
        systems().setCredentialsRejected("wms-3pl", false);
        QCOMPARE(a.status, 401);
        QCOMPARE(a.object()["error"].toString(), QStringLiteral("invalid_token"));
        QCOMPARE(health.status, 401);
        QCOMPARE(systems().timesCreated("wms-shipment-dispatch", "SH-T-000010"), 0);
    }

    void wmsTransientFailure()
    {
        const std::string url = systems().wmsUrl();
        systems().setFailureRates(1.0, 0);
        const Answer busy = post(url, "/v2/outbound-orders", shipment("SH-T-000020"), wmsHeaders("key-20"));
        systems().setFailureRates(0, 0);
        QCOMPARE(busy.status, 503);
        QCOMPARE(busy.object()["error"].toObject()["code"].toString(), QStringLiteral("maintenance"));
        QCOMPARE(systems().timesCreated("wms-shipment-dispatch", "SH-T-000020"), 0);
        const Answer retried = post(url, "/v2/outbound-orders", shipment("SH-T-000020"), wmsHeaders("key-20"));
        QCOMPARE(retried.status, 201);
    }

    // Outages follow the seed, the document and its attempt: two runs see the same.
    void transientFailuresAreDeterministic()
    {
        auto run = [](std::vector<int> *statuses) {
            DemoSystems::Options options;
            options.seed = 42;
            options.connectivityFailureRate = 0.4;
            options.authFailureRate = 0.1;
            DemoSystems s(options);
            QVERIFY(s.start());
            for (int i = 0; i < 30; ++i) {
                const std::string number = "SH-D-" + std::to_string(i % 10);
                statuses->push_back(post(s.wmsUrl(), "/v2/outbound-orders", shipment(number),
                                         wmsHeaders("d-" + std::to_string(i % 10)))
                                        .status);
            }
        };
        std::vector<int> first, second;
        run(&first);
        run(&second);
        QCOMPARE(first.size(), std::size_t(30));
        QCOMPARE(first, second);
        const std::set<int> seen(first.begin(), first.end());
        QVERIFY2(seen.count(503) && seen.count(201), "both outages and deliveries");
    }

    // ---- the shop ----

    void shopInventoryBatches()
    {
        const std::string url = systems().shopUrl();
        Answer a = get(url, "/admin/api/2024-10/shop.json", shopHeaders());
        QCOMPARE(a.status, 200);
        QVERIFY(!a.object()["shop"].toObject()["myshopify_domain"].toString().isEmpty());

        a = post(url, kBatches, inventoryBatch("IB-T-000001"), shopHeaders());
        QCOMPARE(a.status, 201);
        QVERIFY(a.object()["inventory_batch"].toObject()["id"].toInteger() > 4100);
        QCOMPARE(systems().timesCreated("odoo-stock-to-ecommerce", "IB-T-000001"), 1);

        a = post(url, kBatches, R"({"inventory_batch":)" + inventoryBatch("IB-T-000001") + "}", shopHeaders());
        QCOMPARE(a.status, 409);

        a = post(url, kBatches, inventoryBatch("IB-T-000002", "P-9999"), shopHeaders());
        QCOMPARE(a.status, 422);
        QCOMPARE(a.object()["errors"].toObject()["items[0].product"].toArray().first().toString(),
                 QStringLiteral("Product P-9999 does not exist"));

        a = post(url, kBatches, inventoryBatch("IB-T-000003"), shopHeaders(""));
        QCOMPARE(a.status, 401);
        QCOMPARE(a.object()["errors"].toString(),
                 QStringLiteral("[API] Invalid API key or access token (unrecognized login or wrong password)"));
        systems().setCredentialsRejected("shopify", true);
        a = post(url, kBatches, inventoryBatch("IB-T-000003"), shopHeaders());
        systems().setCredentialsRejected("shopify", false);
        QCOMPARE(a.status, 401);
    }

    void shopThrottled()
    {
        const std::string url = systems().shopUrl();
        systems().setFailureRates(1.0, 0);
        std::vector<Answer> answers;
        for (int i = 0; i < 12; ++i)
            answers.push_back(post(url, kBatches, inventoryBatch("IB-T-1" + std::to_string(i)), shopHeaders()));
        systems().setFailureRates(0, 0);
        int throttled = 0, unavailable = 0;
        for (const Answer &a : answers) {
            if (a.status == 429) {
                ++throttled;
                QCOMPARE(a.header("Retry-After"), std::string("2.0"));
                QVERIFY(a.object()["errors"].toString().startsWith("Exceeded 2 calls per second"));
            } else {
                QCOMPARE(a.status, 503);
                ++unavailable;
            }
        }
        QVERIFY2(throttled > 0 && unavailable > 0, "a throttled shop and an unavailable one");
        QCOMPARE(systems().createdCount("odoo-stock-to-ecommerce"), 1);
    }

    // ---- load and lifecycle ----

    void concurrentCreates()
    {
        const auto before = systems().createdCount(kCrm);
        const std::string url = systems().odooUrl();
        std::mutex mutex;
        std::set<int> ids;
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&, t] {
                httplib::Client client(url);  // one kept-alive connection per thread
                client.set_keep_alive(true);
                client.set_read_timeout(20, 0);
                for (int i = 0; i < 50; ++i) {
                    const std::string number = "SO-C-" + std::to_string(t) + "-" + std::to_string(i);
                    const auto r = client.Post("/jsonrpc",
                                               executeKwBody("sale.order", "create", "[" + salesOrder(number) + "]",
                                                             R"({"context":)" + context(kCrm) + "}"),
                                               "application/json");
                    const QJsonObject o = r ? QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object()
                                            : QJsonObject();
                    if (!r || r->status != 200 || !o["result"].isDouble()) {
                        ++failures;
                        continue;
                    }
                    std::lock_guard lock(mutex);
                    ids.insert(o["result"].toInt());
                }
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(ids.size(), std::size_t(400));
        QCOMPARE(systems().createdCount(kCrm), before + 400);
    }

    void stopAndRestart()
    {
        const std::string oldUrl = systems().odooUrl();
        const auto started = std::chrono::steady_clock::now();
        systems().stop();
        QVERIFY(std::chrono::steady_clock::now() - started < std::chrono::seconds(10));
        QVERIFY(!systems().running());
        QVERIFY(systems().odooUrl().empty());
        QCOMPARE(post(oldUrl, "/jsonrpc", rpcBody("common", "version", "[]")).status, 0);

        QVERIFY(systems().start());
        QVERIFY(systems().running());
        // Odoo keeps its records across the restart.
        const Answer a = executeKw("sale.order", "search_count", R"([[["client_order_ref","=","SO-T-000001"]]])");
        QCOMPARE(a.object()["result"].toInt(), 1);
        QCOMPARE(post(systems().wmsUrl(), "/v2/outbound-orders", shipment("SH-T-000001"), wmsHeaders("key-1")).status,
                 200);
    }
};

QTEST_GUILESS_MAIN(TstDemoSystems)
#include "tst_demo_systems.moc"
