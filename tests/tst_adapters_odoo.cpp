// Delivery to Odoo through its external API, JSON-RPC and JSON-2, against an
// Odoo stand-in on a loopback port that keeps records, checks credentials and
// answers errors in the shapes Odoo gives them: classification, login renewal,
// a lost answer retried, references, candidate values, connection tests, and
// that no secret leaves the adapter.

#include "httptestserver.h"
#include "siteadapter.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <QTest>

#include <functional>
#include <mutex>
#include <sstream>

using namespace flowdesk::backend;
using flowdesk::test::TestHttpServer;

namespace {

const char *const kSecret = "odoo-K3y-5ecret-0c1d";

std::string write(const rapidjson::Value &v)
{
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    v.Accept(writer);
    return std::string(buffer.GetString(), buffer.GetSize());
}

std::string text(const rapidjson::Value &v)
{
    if (v.IsString())
        return v.GetString();
    return write(v);
}

// An error (or an answer that is not one) the stand-in gives instead of the
// method's result.
struct Injected {
    std::string name;     // "odoo.exceptions.ValidationError"; empty: an HTTP failure
    std::string message;
    int rpcCode = 200;    // JSON-RPC: 100 for an expired session
    int status = 422;     // JSON-2 status; HTTP status when name is empty
    std::string retryAfter;
    std::string rawBody;  // answered as it is, with status 200
    bool afterDoing = false;  // the method runs, then its answer is lost
    int sleepMs = 0;
};

class FakeOdoo {
public:
    using Injector = std::function<std::optional<Injected>(const std::string &model, const std::string &method)>;

    FakeOdoo()
    {
        add("res.partner", R"({"id":11,"ref":"C-10001","name":"Bergmann Antriebstechnik GmbH"})");
        add("res.partner", R"({"id":12,"ref":"C-10442","name":"Müller Maschinenbau GmbH"})");
        add("res.partner", R"({"id":13,"ref":false,"name":"Müller Privat"})");
        add("product.product", R"({"id":21,"default_code":"P-1001","name":"Servo motor"})");
        add("product.product", R"({"id":22,"default_code":"P-1002","name":"Gearbox"})");

        auto &s = m_server.server();
        s.Post("/jsonrpc", [this](const httplib::Request &req, httplib::Response &res) { jsonRpc(req, res); });
        s.Post(R"(/json/2/([^/]+)/([^/]+))", [this](const httplib::Request &req, httplib::Response &res) {
            json2(req, res);
        });
        s.Get("/web/version", [](const httplib::Request &, httplib::Response &res) {
            res.set_content(R"({"version":"19.0","version_info":[19,0,0,"final",0,""]})", "application/json");
        });
    }

    bool start() { return m_server.start(); }
    std::string baseUrl() const { return m_server.baseUrl(); }
    int port() const { return m_server.port(); }

    void add(const std::string &model, const std::string &json)
    {
        auto doc = std::make_shared<rapidjson::Document>();
        doc->Parse(json.c_str());
        const std::lock_guard lock(m_mutex);
        m_next = std::max<std::int64_t>(m_next, (*doc)["id"].GetInt64() + 1);
        m_records[model].push_back(doc);
    }
    std::vector<std::shared_ptr<rapidjson::Document>> records(const std::string &model)
    {
        const std::lock_guard lock(m_mutex);
        return m_records[model];
    }
    int calls(const std::string &modelMethod)
    {
        const std::lock_guard lock(m_mutex);
        return m_calls[modelMethod];
    }
    int logins()
    {
        const std::lock_guard lock(m_mutex);
        return m_logins;
    }
    std::string lastContext()
    {
        const std::lock_guard lock(m_mutex);
        return m_lastContext;
    }
    void setInjector(Injector injector)
    {
        const std::lock_guard lock(m_mutex);
        m_injector = std::move(injector);
    }
    void setSecret(const std::string &secret)
    {
        const std::lock_guard lock(m_mutex);
        m_secret = secret;
    }

private:
    struct Outcome {
        std::string resultJson;
        std::optional<Injected> error;
    };

    static bool matches(const rapidjson::Value &record, const rapidjson::Value &domain)
    {
        for (const auto &term : domain.GetArray()) {
            const std::string field = term[0].GetString();
            const std::string op = term[1].GetString();
            auto it = record.FindMember(field.c_str());
            if (it == record.MemberEnd())
                return false;
            const std::string value = text(it->value);
            if (op == "=") {
                if (value != text(term[2]))
                    return false;
            } else if (op == "in") {
                bool any = false;
                for (const auto &v : term[2].GetArray())
                    any = any || text(v) == value;
                if (!any)
                    return false;
            }
        }
        return true;
    }

    static std::string pick(const rapidjson::Value &record, const rapidjson::Value *fields)
    {
        if (!fields)
            return write(record);
        rapidjson::Document out(rapidjson::kObjectType);
        out.AddMember("id", rapidjson::Value(record["id"].GetInt64()), out.GetAllocator());
        for (const auto &f : fields->GetArray()) {
            auto it = record.FindMember(f.GetString());
            rapidjson::Value v;
            if (it != record.MemberEnd())
                v.CopyFrom(it->value, out.GetAllocator());
            else
                v.SetBool(false);
            if (!out.HasMember(f.GetString()))
                out.AddMember(rapidjson::Value(f.GetString(), out.GetAllocator()), v, out.GetAllocator());
        }
        return write(out);
    }

    // The method on named parameters.
    Outcome dispatch(const std::string &model, const std::string &method, const rapidjson::Value &params)
    {
        std::optional<Injected> injected;
        {
            const std::lock_guard lock(m_mutex);
            ++m_calls[model + "." + method];
            if (m_injector)
                injected = m_injector(model, method);
        }
        if (injected && !injected->afterDoing)
            return {{}, injected};
        Outcome out = run(model, method, params);
        if (injected)
            out.error = injected;
        return out;
    }

    Outcome run(const std::string &model, const std::string &method, const rapidjson::Value &params)
    {
        const std::lock_guard lock(m_mutex);
        auto get = [&](const char *name) -> const rapidjson::Value * {
            auto it = params.FindMember(name);
            return it == params.MemberEnd() ? nullptr : &it->value;
        };
        if (const auto *context = get("context"))
            m_lastContext = write(*context);
        auto &records = m_records[model];
        if (method == "search_read") {
            std::string out;
            int count = 0;
            const auto *limit = get("limit");
            for (const auto &r : records) {
                if (!matches(*r, *get("domain")))
                    continue;
                if (limit && count >= limit->GetInt())
                    break;
                out += (out.empty() ? "" : ",") + pick(*r, get("fields"));
                ++count;
            }
            return {"[" + out + "]", {}};
        }
        if (method == "create") {
            std::string ids;
            for (const auto &vals : get("vals_list")->GetArray()) {
                auto doc = std::make_shared<rapidjson::Document>();
                doc->CopyFrom(vals, doc->GetAllocator());
                doc->AddMember("id", rapidjson::Value(m_next), doc->GetAllocator());
                ids += (ids.empty() ? "" : ",") + std::to_string(m_next++);
                records.push_back(doc);
            }
            return {"[" + ids + "]", {}};
        }
        if (method == "name_search") {
            const std::string name = get("name") ? get("name")->GetString() : "";
            const int limit = get("limit") ? get("limit")->GetInt() : 100;
            std::string out;
            int count = 0;
            for (const auto &r : records) {
                const std::string display = (*r)["name"].GetString();
                if (display.find(name) == std::string::npos || count >= limit)
                    continue;
                out += (out.empty() ? "" : ",") + ("[" + std::to_string((*r)["id"].GetInt64()) + "," +
                                                   write((*r)["name"]) + "]");
                ++count;
            }
            return {"[" + out + "]", {}};
        }
        if (method == "read") {
            std::string out;
            for (const auto &id : get("ids")->GetArray())
                for (const auto &r : records)
                    if ((*r)["id"].GetInt64() == id.GetInt64())
                        out += (out.empty() ? "" : ",") + pick(*r, get("fields"));
            return {"[" + out + "]", {}};
        }
        if (method == "context_get")
            return {R"({"lang":"en_US","tz":"Europe/Berlin","uid":7})", {}};
        Injected unknown;
        unknown.name = "builtins.AttributeError";
        unknown.message = "The method '" + method + "' does not exist on the model '" + model + "'";
        unknown.status = 404;
        return {{}, unknown};
    }

    void jsonRpc(const httplib::Request &req, httplib::Response &res)
    {
        rapidjson::Document body;
        body.Parse(req.body.c_str());
        const auto &params = body["params"];
        const std::string service = params["service"].GetString();
        const std::string method = params["method"].GetString();
        const auto &args = params["args"];
        const std::string id = write(body["id"]);
        auto answer = [&](const std::string &result) {
            res.set_content(R"({"jsonrpc":"2.0","id":)" + id + R"(,"result":)" + result + "}", "application/json");
        };
        std::string secret;
        {
            const std::lock_guard lock(m_mutex);
            secret = m_secret;
        }
        if (service == "common" && method == "version")
            return answer(R"({"server_version":"17.0","server_version_info":[17,0,0,"final",0,""],"protocol_version":1})");
        if (service == "common" && method == "authenticate") {
            {
                const std::lock_guard lock(m_mutex);
                ++m_logins;
            }
            const bool ok = std::string(args[0].GetString()) == "prod" && std::string(args[1].GetString()) == "flowdesk" &&
                            args[2].GetString() == secret;
            return answer(ok ? "7" : "false");
        }
        // object.execute_kw
        const std::string model = args[3].GetString();
        const std::string call = args[4].GetString();
        Outcome outcome;
        if (args[2].GetString() != secret || args[1].GetInt() != 7) {
            Injected denied;
            denied.name = "odoo.exceptions.AccessDenied";
            denied.message = "Access Denied";
            outcome.error = denied;
        } else {
            // Positional arguments by name, as Odoo's methods take them.
            rapidjson::Document named(rapidjson::kObjectType);
            auto &a = named.GetAllocator();
            static const std::map<std::string, std::vector<std::string>> positional = {
                {"search_read", {"domain"}}, {"create", {"vals_list"}}, {"read", {"ids"}}, {"name_search", {"name"}}};
            const auto names = positional.count(call) ? positional.at(call) : std::vector<std::string>{};
            for (rapidjson::SizeType i = 0; i < args[5].Size() && i < names.size(); ++i)
                named.AddMember(rapidjson::Value(names[i].c_str(), a), rapidjson::Value(args[5][i], a), a);
            for (const auto &m : args[6].GetObject())
                named.AddMember(rapidjson::Value(m.name, a), rapidjson::Value(m.value, a), a);
            outcome = dispatch(model, call, named);
        }
        if (!outcome.error)
            return answer(outcome.resultJson);
        const Injected &e = *outcome.error;
        if (e.sleepMs)
            std::this_thread::sleep_for(std::chrono::milliseconds(e.sleepMs));
        if (!e.rawBody.empty()) {
            res.set_content(e.rawBody, "text/html");
            return;
        }
        if (e.name.empty()) {
            res.status = e.status;
            if (!e.retryAfter.empty())
                res.set_header("Retry-After", e.retryAfter);
            res.set_content("<html><body>" + e.message + "</body></html>", "text/html");
            return;
        }
        rapidjson::Document message;
        message.SetString(e.message.c_str(), message.GetAllocator());
        res.set_content(R"({"jsonrpc":"2.0","id":)" + id + R"(,"error":{"code":)" + std::to_string(e.rpcCode) +
                            R"(,"message":)" + (e.rpcCode == 100 ? "\"Odoo Session Expired\"" : "\"Odoo Server Error\"") +
                            R"(,"data":{"name":")" + e.name +
                            "\",\"debug\":\"Traceback (most recent call last):\",\"message\":" +
                            write(message) + R"(,"arguments":[)" + write(message) + R"(],"context":{}}}})",
                        "application/json");
    }

    void json2(const httplib::Request &req, httplib::Response &res)
    {
        const std::string model = req.matches[1];
        const std::string method = req.matches[2];
        std::string secret;
        {
            const std::lock_guard lock(m_mutex);
            secret = m_secret;
        }
        auto fail = [&](const Injected &e) {
            if (e.sleepMs)
                std::this_thread::sleep_for(std::chrono::milliseconds(e.sleepMs));
            if (!e.rawBody.empty()) {
                res.set_content(e.rawBody, "text/html");
                return;
            }
            res.status = e.status;
            if (!e.retryAfter.empty())
                res.set_header("Retry-After", e.retryAfter);
            if (e.name.empty()) {
                res.set_content("<html><body>" + e.message + "</body></html>", "text/html");
                return;
            }
            rapidjson::Document message;
            message.SetString(e.message.c_str(), message.GetAllocator());
            res.set_content(R"({"name":")" + e.name + R"(","message":)" + write(message) + R"(,"arguments":[)" +
                                write(message) + R"(],"context":{},"debug":"Traceback (most recent call last):"})",
                            "application/json");
        };
        if (req.get_header_value("Authorization") != "bearer " + secret) {
            Injected e;
            e.name = "werkzeug.exceptions.Unauthorized";
            e.message = "Invalid apikey";
            e.status = 401;
            return fail(e);
        }
        if (req.get_header_value("X-Odoo-Database") != "prod") {
            Injected e;
            e.name = "werkzeug.exceptions.NotFound";
            e.message = "database not found";
            e.status = 404;
            return fail(e);
        }
        rapidjson::Document params;
        params.Parse(req.body.c_str());
        Outcome outcome = dispatch(model, method, params);
        if (outcome.error)
            return fail(*outcome.error);
        res.set_content(outcome.resultJson, "application/json");
    }

    TestHttpServer m_server;
    std::mutex m_mutex;
    std::map<std::string, std::vector<std::shared_ptr<rapidjson::Document>>> m_records;
    std::map<std::string, int> m_calls;
    std::int64_t m_next = 1;
    int m_logins = 0;
    std::string m_lastContext;
    std::string m_secret = kSecret;
    Injector m_injector;
};

class Secrets final : public CredentialSource {
public:
    std::optional<std::string> secret(const ConnectorConfig &connector) override
    {
        const std::lock_guard lock(m_mutex);
        auto it = m_secrets.find(connector.id);
        return it == m_secrets.end() ? std::nullopt : std::optional<std::string>(it->second);
    }
    void set(const std::string &id, const std::string &value)
    {
        const std::lock_guard lock(m_mutex);
        m_secrets[id] = value;
    }

private:
    std::mutex m_mutex;
    std::map<std::string, std::string> m_secrets;
};

std::shared_ptr<SiteConfig> site(const std::string &baseUrl, OdooProtocol protocol)
{
    auto s = std::make_shared<SiteConfig>();
    ConnectorConfig c;
    c.id = "odoo";
    c.name = "Odoo";
    c.kind = ConnectorKind::Odoo;
    c.baseUrl = baseUrl;
    c.odooProtocol = protocol;
    c.odooDatabase = "prod";
    c.odooLogin = "flowdesk";
    c.auth = protocol == OdooProtocol::Json2 ? AuthScheme::ApiKey : AuthScheme::Password;
    c.timeoutMs = 1000;
    s->connectors.push_back(c);

    FlowConfig f;
    f.def.id = "crm-quote-to-order";
    f.def.connectorId = "odoo";
    f.target.odooModel = "sale.order";
    f.target.externalRefField = "client_order_ref";
    TargetReference customer;
    customer.pointer = "/customer/code";
    customer.model = "res.partner";
    customer.field = "ref";
    customer.odooField = "partner_id";
    customer.missingCode = "UNKNOWN_CUSTOMER";
    customer.label = {{"en", "Customer"}, {"de", "Kunde"}};
    TargetReference product;
    product.pointer = "/lines/*/product";
    product.model = "product.product";
    product.field = "default_code";
    product.odooField = "product_id";
    product.missingCode = "UNKNOWN_PRODUCT";
    product.label = {{"en", "Product"}};
    f.target.references = {customer, product};
    s->flows.push_back(f);
    return s;
}

FlowDef flow()
{
    FlowDef f;
    f.id = "crm-quote-to-order";
    f.connectorId = "odoo";
    return f;
}

Transaction order(const std::string &key = "SO-1", const std::string &customer = "C-10001",
                  const std::string &thirdProduct = "P-1001")
{
    Transaction t;
    t.id = 42;
    t.flowId = "crm-quote-to-order";
    t.businessKey = key;
    t.payloadJson = R"({"order_number":")" + key + R"(","customer":{"code":")" + customer +
                    R"("},"requested_date":"2026-12-15","lines":[{"product":"P-1001","quantity":2,"uom":"pcs"},)"
                    R"({"product":"P-1002","quantity":1,"uom":"pcs"},{"product":")" +
                    thirdProduct + R"(","quantity":1,"uom":"box"}]})";
    return t;
}

void protocolRows()
{
    QTest::addColumn<int>("protocol");
    QTest::newRow("jsonrpc") << int(OdooProtocol::JsonRpc);
    QTest::newRow("json2") << int(OdooProtocol::Json2);
}

} // namespace

class TestAdaptersOdoo : public QObject {
    Q_OBJECT

private:
    std::ostringstream m_log;
    Secrets m_secrets;

private slots:
    void initTestCase()
    {
        auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(m_log);
        auto logger = std::make_shared<spdlog::logger>("adapters", sink);
        logger->set_level(spdlog::level::trace);
        spdlog::register_logger(logger);
        auto fallback = std::make_shared<spdlog::logger>("capture", sink);
        fallback->set_level(spdlog::level::trace);
        spdlog::set_default_logger(fallback);
        m_secrets.set("odoo", kSecret);
    }

    void cleanupTestCase()
    {
        const std::string text = m_log.str();
        QVERIFY2(text.find("odoo sale.order.create") != std::string::npos, "the adapter logs its calls");
        QVERIFY2(text.find(kSecret) == std::string::npos, "a secret was logged");
    }

    void delivered_data() { protocolRows(); }
    void delivered()
    {
        QFETCH(int, protocol);
        FakeOdoo odoo;
        QVERIFY(odoo.start());
        SiteAdapter adapter(site(odoo.baseUrl(), OdooProtocol(protocol)), m_secrets);
        const auto r = adapter.deliver(flow(), order());
        QVERIFY2(r.ok, (r.error.code + " " + r.error.message).c_str());
        const auto orders = odoo.records("sale.order");
        QCOMPARE(orders.size(), std::size_t(1));
        const auto &o = *orders[0];
        QCOMPARE(r.targetReference, "sale.order," + std::to_string(o["id"].GetInt64()));
        QCOMPARE(std::string(o["client_order_ref"].GetString()), std::string("SO-1"));
        QCOMPARE(o["partner_id"].GetInt64(), std::int64_t(11));
        QCOMPARE(o["lines"][0]["product_id"].GetInt64(), std::int64_t(21));
        QCOMPARE(o["lines"][1]["product_id"].GetInt64(), std::int64_t(22));
        QCOMPARE(o["lines"][2]["product_id"].GetInt64(), std::int64_t(21));
        QCOMPARE(std::string(o["lines"][2]["product"].GetString()), std::string("P-1001"));
        QCOMPARE(odoo.lastContext(), std::string(R"({"flowdesk_flow":"crm-quote-to-order","flowdesk_transaction":"42"})"));
        // One search per model and field for all the values.
        QCOMPARE(odoo.calls("res.partner.search_read"), 1);
        QCOMPARE(odoo.calls("product.product.search_read"), 1);

        // Found references are kept for a while.
        QVERIFY(adapter.deliver(flow(), order("SO-2")).ok);
        QCOMPARE(odoo.calls("res.partner.search_read"), 1);
        QCOMPARE(odoo.calls("product.product.search_read"), 1);
        QCOMPARE(odoo.records("sale.order").size(), std::size_t(2));
        if (OdooProtocol(protocol) == OdooProtocol::JsonRpc)
            QCOMPARE(odoo.logins(), 1);
    }

    void errorShapes_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("retryAfter");
        QTest::addColumn<QString>("rawBody");
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("fieldPath");
        QTest::addColumn<qint64>("retryAfterMs");
        for (const auto protocol : {OdooProtocol::JsonRpc, OdooProtocol::Json2}) {
            const QByteArray p = protocol == OdooProtocol::Json2 ? "json2 " : "jsonrpc ";
            const int pi = int(protocol);
            QTest::newRow(p + "ValidationError")
                << pi << "odoo.exceptions.ValidationError"
                << "The unit of measure box on lines[2].uom is not in the category of the product's unit" << 422 << ""
                << "" << int(ErrorCategory::Validation) << "ODOO_VALIDATION_ERROR" << "/lines/2/uom" << qint64(0);
            QTest::newRow(p + "UserError")
                << pi << "odoo.exceptions.UserError" << "The field 'requested_date' lies before the order date" << 422
                << "" << "" << int(ErrorCategory::BusinessState) << "ODOO_USER_ERROR" << "/requested_date"
                << qint64(0);
            QTest::newRow(p + "MissingError")
                << pi << "odoo.exceptions.MissingError" << "Record does not exist or has been deleted." << 404 << ""
                << "" << int(ErrorCategory::MasterData) << "ODOO_MISSING_RECORD" << "" << qint64(0);
            QTest::newRow(p + "AccessError")
                << pi << "odoo.exceptions.AccessError" << "You are not allowed to create 'Sales Order' records." << 403
                << "" << "" << int(ErrorCategory::Authentication) << "ODOO_ACCESS_ERROR" << "" << qint64(0);
            QTest::newRow(p + "other exception")
                << pi << "builtins.KeyError" << "'frobnicate'" << 400 << "" << "" << int(ErrorCategory::Validation)
                << "ODOO_ERROR" << "" << qint64(0);
            QTest::newRow(p + "503") << pi << "" << "maintenance" << 503 << "3" << "" << int(ErrorCategory::Connectivity)
                                     << "HTTP_503" << "" << qint64(3000);
            QTest::newRow(p + "429") << pi << "" << "slow down" << 429 << "1.5" << ""
                                     << int(ErrorCategory::Connectivity) << "RATE_LIMITED" << "" << qint64(1500);
            // A 120 KB dotted name before the field: the text is read in one
            // pass, without std::regex, whose repeated groups recurse per
            // repetition and overflowed the stack.
            QString dotted = QStringLiteral("Wrong a");
            for (int i = 0; i < 60000; ++i)
                dotted += QStringLiteral(".b");
            dotted += QStringLiteral(" on lines[2].uom; 'x");
            QTest::newRow(p + "long text") << pi << "odoo.exceptions.ValidationError" << dotted << 422 << "" << ""
                                           << int(ErrorCategory::Validation) << "ODOO_VALIDATION_ERROR"
                                           << "/lines/2/uom" << qint64(0);
            QTest::newRow(p + "quoted after quoted")
                << pi << "odoo.exceptions.UserError" << "Fields 'no_such'\"requested_date\" are wrong" << 422 << ""
                << "" << int(ErrorCategory::BusinessState) << "ODOO_USER_ERROR" << "/requested_date" << qint64(0);
            QTest::newRow(p + "garbage") << pi << "" << "" << 200 << "" << "<html>proxy login</html>"
                                         << int(ErrorCategory::Connectivity) << "MALFORMED_RESPONSE" << ""
                                         << qint64(0);
        }
    }

    void errorShapes()
    {
        QFETCH(int, protocol);
        QFETCH(QString, name);
        QFETCH(QString, message);
        QFETCH(int, status);
        QFETCH(QString, retryAfter);
        QFETCH(QString, rawBody);
        QFETCH(int, category);
        QFETCH(QString, code);
        QFETCH(QString, fieldPath);
        QFETCH(qint64, retryAfterMs);
        FakeOdoo odoo;
        odoo.setInjector([&](const std::string &, const std::string &method) -> std::optional<Injected> {
            if (method != "create")
                return std::nullopt;
            Injected e;
            e.name = name.toStdString();
            e.message = message.toStdString();
            e.status = status;
            e.retryAfter = retryAfter.toStdString();
            e.rawBody = rawBody.toStdString();
            return e;
        });
        QVERIFY(odoo.start());
        SiteAdapter adapter(site(odoo.baseUrl(), OdooProtocol(protocol)), m_secrets);
        const auto r = adapter.deliver(flow(), order());
        QVERIFY(!r.ok);
        QCOMPARE(int(r.error.category), category);
        QCOMPARE(QString::fromStdString(r.error.code), code);
        QCOMPARE(QString::fromStdString(r.error.fieldPath), fieldPath);
        QCOMPARE(qint64(r.retryAfterMs), retryAfterMs);
        QCOMPARE(isRetryable(r.error.category), category == int(ErrorCategory::Connectivity) ||
                                                    category == int(ErrorCategory::Authentication));
        if (!name.isEmpty())
            QCOMPARE(QString::fromStdString(r.error.message), message);
        else if (rawBody.isEmpty())
            QVERIFY2(r.error.message.find("answered HTTP " + std::to_string(status)) != std::string::npos,
                     r.error.message.c_str());
        if (!rawBody.isEmpty())
            QCOMPARE(QString::fromStdString(r.error.targetResponse), rawBody);
        else
            QVERIFY(!r.error.targetResponse.empty());
    }

    void sessionRenewedOnce_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("rpcCode");
        QTest::newRow("session expired") << "odoo.http.SessionExpiredException" << 100;
        QTest::newRow("access denied") << "odoo.exceptions.AccessDenied" << 200;
    }
    void sessionRenewedOnce()
    {
        QFETCH(QString, name);
        QFETCH(int, rpcCode);
        FakeOdoo odoo;
        int failures = 1;
        std::mutex mutex;
        odoo.setInjector([&](const std::string &, const std::string &method) -> std::optional<Injected> {
            const std::lock_guard lock(mutex);
            if (method != "create" || failures == 0)
                return std::nullopt;
            --failures;
            Injected e;
            e.name = name.toStdString();
            e.message = "Session expired";
            e.rpcCode = rpcCode;
            return e;
        });
        QVERIFY(odoo.start());
        SiteAdapter adapter(site(odoo.baseUrl(), OdooProtocol::JsonRpc), m_secrets);
        auto r = adapter.deliver(flow(), order());
        QVERIFY2(r.ok, r.error.message.c_str());
        QCOMPARE(odoo.logins(), 2);
        QCOMPARE(odoo.calls("sale.order.create"), 2);

        // Still refused after logging in again: authentication, and only one renewal.
        {
            const std::lock_guard lock(mutex);
            failures = 100;
        }
        r = adapter.deliver(flow(), order("SO-2"));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.category, ErrorCategory::Authentication);
        QCOMPARE(odoo.logins(), 3);
        QCOMPARE(odoo.calls("sale.order.create"), 4);
    }

    void credentialRefused_data() { protocolRows(); }
    void credentialRefused()
    {
        QFETCH(int, protocol);
        FakeOdoo odoo;
        QVERIFY(odoo.start());
        Secrets wrong;
        wrong.set("odoo", "wrong-password-123");
        SiteAdapter adapter(site(odoo.baseUrl(), OdooProtocol(protocol)), wrong);
        auto r = adapter.deliver(flow(), order());
        QVERIFY(!r.ok);
        QCOMPARE(r.error.category, ErrorCategory::Authentication);
        QCOMPARE(r.error.code, std::string("ODOO_ACCESS_DENIED"));
        QVERIFY(isRetryable(r.error.category));
        if (OdooProtocol(protocol) == OdooProtocol::JsonRpc)
            QCOMPARE(r.error.message, std::string("Odoo refused the login of flowdesk"));
        else
            QCOMPARE(r.error.message, std::string("Invalid apikey"));
        QVERIFY(r.error.targetResponse.find("wrong-password-123") == std::string::npos);

        // The credential is set right and announced: the next delivery logs in with it.
        wrong.set("odoo", kSecret);
        adapter.credentialChanged("odoo");
        r = adapter.deliver(flow(), order());
        QVERIFY2(r.ok, r.error.message.c_str());

        Secrets none;
        SiteAdapter without(site(odoo.baseUrl(), OdooProtocol(protocol)), none);
        r = without.deliver(flow(), order("SO-3"));
        QCOMPARE(r.error.category, ErrorCategory::Authentication);
        QCOMPARE(r.error.code, std::string("NO_CREDENTIAL"));
    }

    void lostAnswerCreatesOneRecord_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<bool>("timeout");
        QTest::newRow("jsonrpc 500") << int(OdooProtocol::JsonRpc) << false;
        QTest::newRow("jsonrpc timeout") << int(OdooProtocol::JsonRpc) << true;
        QTest::newRow("json2 500") << int(OdooProtocol::Json2) << false;
        QTest::newRow("json2 timeout") << int(OdooProtocol::Json2) << true;
    }
    void lostAnswerCreatesOneRecord()
    {
        QFETCH(int, protocol);
        QFETCH(bool, timeout);
        FakeOdoo odoo;
        bool lose = true;
        std::mutex mutex;
        odoo.setInjector([&](const std::string &, const std::string &method) -> std::optional<Injected> {
            const std::lock_guard lock(mutex);
            if (method != "create" || !lose)
                return std::nullopt;
            lose = false;
            Injected e;
            e.afterDoing = true;
            e.status = 500;
            e.message = "Internal Server Error";
            e.sleepMs = timeout ? 1500 : 0;
            return e;
        });
        QVERIFY(odoo.start());
        SiteAdapter adapter(site(odoo.baseUrl(), OdooProtocol(protocol)), m_secrets);
        Transaction tx = order();
        auto first = adapter.deliver(flow(), tx);
        QVERIFY(!first.ok);
        QCOMPARE(first.error.category, ErrorCategory::Connectivity);
        QCOMPARE(first.error.code, std::string(timeout ? "TIMEOUT" : "HTTP_500"));
        QCOMPARE(odoo.records("sale.order").size(), std::size_t(1));

        tx.error = first.error;
        tx.attempts = 1;
        const auto retry = adapter.deliver(flow(), tx);
        QVERIFY2(retry.ok, retry.error.message.c_str());
        QCOMPARE(odoo.records("sale.order").size(), std::size_t(1));
        QCOMPARE(retry.targetReference,
                 "sale.order," + std::to_string((*odoo.records("sale.order")[0])["id"].GetInt64()));
        QCOMPARE(odoo.calls("sale.order.create"), 1);
    }

    void existingDocumentIsDuplicate_data() { protocolRows(); }
    void existingDocumentIsDuplicate()
    {
        QFETCH(int, protocol);
        FakeOdoo odoo;
        odoo.add("sale.order", R"({"id":4211,"client_order_ref":"SO-1","partner_id":11})");
        QVERIFY(odoo.start());
        SiteAdapter adapter(site(odoo.baseUrl(), OdooProtocol(protocol)), m_secrets);
        const auto r = adapter.deliver(flow(), order());
        QVERIFY(!r.ok);
        QCOMPARE(r.error.category, ErrorCategory::Duplicate);
        QCOMPARE(r.error.code, std::string("DUPLICATE_DOCUMENT"));
        QCOMPARE(r.error.message, std::string("sale.order with client_order_ref SO-1 already exists (id 4211)"));
        QCOMPARE(odoo.calls("sale.order.create"), 0);
    }

    void missingReferences_data() { protocolRows(); }
    void missingReferences()
    {
        QFETCH(int, protocol);
        FakeOdoo odoo;
        QVERIFY(odoo.start());
        SiteAdapter adapter(site(odoo.baseUrl(), OdooProtocol(protocol)), m_secrets);
        auto r = adapter.deliver(flow(), order("SO-1", "C-99999"));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.category, ErrorCategory::MasterData);
        QCOMPARE(r.error.code, std::string("UNKNOWN_CUSTOMER"));
        QCOMPARE(r.error.message, std::string("Customer C-99999 does not exist in Odoo (res.partner.ref)"));
        QCOMPARE(r.error.fieldPath, std::string("/customer/code"));
        QVERIFY(!isRetryable(r.error.category));

        r = adapter.deliver(flow(), order("SO-1", "C-10001", "P-4040"));
        QCOMPARE(r.error.code, std::string("UNKNOWN_PRODUCT"));
        QCOMPARE(r.error.message, std::string("Product P-4040 does not exist in Odoo (product.product.default_code)"));
        QCOMPARE(r.error.fieldPath, std::string("/lines/2/product"));
        QCOMPARE(odoo.calls("sale.order.create"), 0);

        // A miss is not remembered: once the customer exists, the order goes through.
        odoo.add("res.partner", R"({"id":19,"ref":"C-99999","name":"Neu GmbH"})");
        r = adapter.deliver(flow(), order("SO-1", "C-99999"));
        QVERIFY2(r.ok, r.error.message.c_str());
        QCOMPARE((*odoo.records("sale.order")[0])["partner_id"].GetInt64(), std::int64_t(19));
    }

    void candidateValues_data() { protocolRows(); }
    void candidateValues()
    {
        QFETCH(int, protocol);
        FakeOdoo odoo;
        bool fail = false;
        odoo.setInjector([&](const std::string &, const std::string &method) -> std::optional<Injected> {
            if (!fail || method != "name_search")
                return std::nullopt;
            Injected e;
            e.name = "odoo.exceptions.AccessError";
            e.message = "You are not allowed to access 'Contact' records.";
            e.status = 403;
            return e;
        });
        QVERIFY(odoo.start());
        SiteAdapter adapter(site(odoo.baseUrl(), OdooProtocol(protocol)), m_secrets);
        auto c = adapter.candidates(flow(), "/lines/3/product", "Servo", 10);
        QCOMPARE(c.status, CandidateLookup::Status::Ok);
        QCOMPARE(c.candidates.size(), std::size_t(1));
        QCOMPARE(c.candidates[0].value, std::string("P-1001"));
        QCOMPARE(c.candidates[0].label, std::string("Servo motor"));

        // A partner without a ref cannot be a value.
        c = adapter.candidates(flow(), "/customer/code", "Müller", 10);
        QCOMPARE(c.status, CandidateLookup::Status::Ok);
        QCOMPARE(c.candidates.size(), std::size_t(1));
        QCOMPARE(c.candidates[0].value, std::string("C-10442"));
        QCOMPARE(c.candidates[0].label, std::string("Müller Maschinenbau GmbH"));

        QCOMPARE(adapter.candidates(flow(), "/order_number", "SO", 10).status, CandidateLookup::Status::NotSupported);

        fail = true;
        c = adapter.candidates(flow(), "/customer/code", "M", 10);
        QCOMPARE(c.status, CandidateLookup::Status::Failed);
        QCOMPARE(c.error.category, ErrorCategory::Authentication);
        QCOMPARE(c.error.code, std::string("ODOO_ACCESS_ERROR"));
    }

    void connectionTest_data() { protocolRows(); }
    void connectionTest()
    {
        QFETCH(int, protocol);
        const auto p = OdooProtocol(protocol);
        FakeOdoo odoo;
        QVERIFY(odoo.start());
        const std::string host = "127.0.0.1:" + std::to_string(odoo.port());
        ConnectorRecord record;
        record.id = "odoo";
        SiteAdapter adapter(site(odoo.baseUrl(), p), m_secrets);
        auto t = adapter.test(record);
        QVERIFY2(t.ok, t.message.c_str());
        if (p == OdooProtocol::JsonRpc)
            QCOMPARE(t.message, "Odoo 17.0 at " + host + " answered; authenticated as flowdesk (uid 7)");
        else
            QCOMPARE(t.message, "Odoo 19.0 at " + host + " answered; authenticated as flowdesk (database prod)");

        Secrets wrong;
        wrong.set("odoo", "not-it-4711");
        SiteAdapter refused(site(odoo.baseUrl(), p), wrong);
        t = refused.test(record);
        QVERIFY(!t.ok);
        QVERIFY2(t.message.find(p == OdooProtocol::JsonRpc ? "refused the login of flowdesk" : "API key was refused") !=
                     std::string::npos,
                 t.message.c_str());
        QVERIFY(t.message.find("not-it-4711") == std::string::npos);

        const int closed = flowdesk::test::closedPort();
        SiteAdapter down(site("http://127.0.0.1:" + std::to_string(closed), p), m_secrets);
        t = down.test(record);
        QVERIFY(!t.ok);
        QVERIFY2(t.message.find("did not answer") != std::string::npos &&
                     t.message.find("refused the connection") != std::string::npos,
                 t.message.c_str());

        auto inbound = site(odoo.baseUrl(), p);
        inbound->connectors[0].kind = ConnectorKind::Inbound;
        inbound->connectors[0].name = "Salesforce CRM";
        SiteAdapter submitter(inbound, m_secrets);
        t = submitter.test(record);
        QVERIFY(t.ok);
        QCOMPARE(t.message, std::string("Nothing is delivered to Salesforce CRM: it submits to flowdeskd"));
    }

    void secretsNeverShown_data() { protocolRows(); }
    void secretsNeverShown()
    {
        QFETCH(int, protocol);
        FakeOdoo odoo;
        odoo.setInjector([&](const std::string &, const std::string &method) -> std::optional<Injected> {
            if (method != "create")
                return std::nullopt;
            Injected e;
            e.name = "odoo.exceptions.ValidationError";
            e.message = std::string("Cannot use key ") + kSecret + " here";
            return e;
        });
        QVERIFY(odoo.start());
        SiteAdapter adapter(site(odoo.baseUrl(), OdooProtocol(protocol)), m_secrets);
        const auto r = adapter.deliver(flow(), order());
        QVERIFY(!r.ok);
        QCOMPARE(r.error.message, std::string("Cannot use key *** here"));
        QVERIFY(r.error.targetResponse.find(kSecret) == std::string::npos);
        QVERIFY(r.error.targetResponse.find("***") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestAdaptersOdoo)
#include "tst_adapters_odoo.moc"
