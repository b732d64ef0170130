// Delivery over JSON/HTTP against real loopback servers (plain HTTP and TLS):
// how each kind of answer is classified, timeouts and refused connections,
// certificates, answer size, authentication as the target verifies it,
// idempotency keys, connection reuse, and that no secret leaves the adapter.

#include "httpclient.h"
#include "httptestserver.h"
#include "siteadapter.h"

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <ctime>
#include <set>
#include <thread>
#include <vector>
#include <mutex>
#include <sstream>

using namespace flowdesk::backend;
using flowdesk::test::TestCertificates;
using flowdesk::test::TestHttpServer;

namespace {

const char *const kSecret = "s3cr3t-T0ken-9f8e7d";

class Secrets final : public CredentialSource {
public:
    std::optional<std::string> secret(const ConnectorConfig &connector) override
    {
        const std::lock_guard lock(m_mutex);
        auto it = m_secrets.find(connector.id);
        if (it == m_secrets.end())
            return std::nullopt;
        return it->second;
    }
    void set(const std::string &id, const std::string &value)
    {
        const std::lock_guard lock(m_mutex);
        m_secrets[id] = value;
    }
    void clear()
    {
        const std::lock_guard lock(m_mutex);
        m_secrets.clear();
    }

private:
    std::mutex m_mutex;
    std::map<std::string, std::string> m_secrets;
};

std::shared_ptr<SiteConfig> site(const std::string &baseUrl, const std::function<void(ConnectorConfig &)> &tweak = {})
{
    auto s = std::make_shared<SiteConfig>();
    ConnectorConfig c;
    c.id = "wms";
    c.name = "WMS (3PL)";
    c.kind = ConnectorKind::Http;
    c.baseUrl = baseUrl;
    c.auth = AuthScheme::Bearer;
    c.headers["X-Tenant"] = "plant-de01";
    c.timeoutMs = 5000;
    c.connectTimeoutMs = 2000;
    c.healthPath = "/health";
    if (tweak)
        tweak(c);
    s->connectors.push_back(c);
    FlowConfig f;
    f.def.id = "wms-outbound";
    f.def.connectorId = "wms";
    f.target.httpMethod = "POST";
    f.target.pathTemplate = "/v1/shipments/{business_key}";
    s->flows.push_back(f);
    return s;
}

FlowDef flow()
{
    FlowDef f;
    f.id = "wms-outbound";
    f.connectorId = "wms";
    return f;
}

Transaction transaction(std::int64_t id = 42, const std::string &key = "OB/2026 7")
{
    Transaction t;
    t.id = id;
    t.flowId = "wms-outbound";
    t.businessKey = key;
    t.idempotencyKey = "idem-" + std::to_string(id);
    t.payloadJson = R"({"order":"SO-1","delivery_address":{"postal_code":"1O115"},"lines":[{"sku":"P-1","uom":"pcs"}]})";
    return t;
}

std::string header(const httplib::Request &req, const char *name)
{
    return req.get_header_value(name);
}

} // namespace

class TestAdaptersHttp : public QObject {
    Q_OBJECT

private:
    std::ostringstream m_log;
    QTemporaryDir m_dir;
    TestCertificates m_certs;
    Secrets m_secrets;
    ManualClock m_clock{1767225600000};  // 2026-01-01T00:00:00Z

    DeliveryResult deliverTo(const std::shared_ptr<SiteConfig> &config, const Transaction &tx = transaction())
    {
        SiteAdapter adapter(config, m_secrets, m_clock);
        return adapter.deliver(flow(), tx);
    }

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
        QVERIFY(m_dir.isValid());
        m_certs = TestCertificates::generate(m_dir.path().toStdString());
        m_secrets.set("wms", kSecret);
    }

    void cleanupTestCase()
    {
        const std::string text = m_log.str();
        QVERIFY2(text.find("delivery of transaction") != std::string::npos, "the adapter logs its deliveries");
        QVERIFY2(text.find(kSecret) == std::string::npos, "a secret was logged");
        QVERIFY2(text.find("czNjcjN0") == std::string::npos, "a Basic credential was logged");
    }

    void deliveredWithHeadersAndReceipt()
    {
        TestHttpServer server;
        httplib::Headers seen;
        std::string path;
        std::string body;
        server.server().Post(R"(/v1/shipments/(.*))", [&](const httplib::Request &req, httplib::Response &res) {
            seen = req.headers;
            path = req.target;
            body = req.body;
            res.status = 201;
            res.set_content(R"({"id":"OB-88120","status":"accepted"})", "application/json");
        });
        QVERIFY(server.start());
        const auto r = deliverTo(site(server.baseUrl()));
        QVERIFY2(r.ok, r.error.message.c_str());
        QCOMPARE(r.targetReference, std::string("OB-88120"));
        QCOMPARE(path, std::string("/v1/shipments/OB%2F2026%207"));
        QCOMPARE(body, transaction().payloadJson);
        auto get = [&](const char *name) {
            auto it = seen.find(name);
            return it == seen.end() ? std::string() : it->second;
        };
        QCOMPARE(get("Content-Type"), std::string("application/json"));
        QCOMPARE(get("Accept"), std::string("application/json"));
        QCOMPARE(get("Idempotency-Key"), std::string("idem-42"));
        QCOMPARE(get("X-Flowdesk-Flow"), std::string("wms-outbound"));
        QCOMPARE(get("X-Flowdesk-Transaction"), std::string("42"));
        QCOMPARE(get("X-Tenant"), std::string("plant-de01"));
        QCOMPARE(get("Authorization"), std::string("Bearer ") + kSecret);

        // Without an idempotency key of its own, one is made from flow, key and id.
        Transaction t = transaction(43, "OB-7");
        t.idempotencyKey.clear();
        QVERIFY(deliverTo(site(server.baseUrl()), t).ok);
        QCOMPARE(get("Idempotency-Key"), std::string("wms-outbound|OB-7|43"));
    }

    void receiptWithoutId()
    {
        TestHttpServer server;
        server.server().Post(R"(/v1/shipments/(.*))", [](const httplib::Request &, httplib::Response &res) {
            res.status = 202;
            res.set_content(R"({"reference":7781})", "application/json");
        });
        server.server().Put(R"(/v1/shipments/(.*))", [](const httplib::Request &, httplib::Response &res) {
            res.status = 204;
        });
        QVERIFY(server.start());
        auto r = deliverTo(site(server.baseUrl()));
        QVERIFY(r.ok);
        QCOMPARE(r.targetReference, std::string("7781"));
        auto config = site(server.baseUrl());
        config->flows[0].target.httpMethod = "put";
        r = deliverTo(config);
        QVERIFY2(r.ok, r.error.message.c_str());
        QCOMPARE(r.targetReference, std::string("HTTP 204"));
    }

    void statusClasses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("retryAfter");
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("fieldPath");
        QTest::addColumn<qint64>("retryAfterMs");

        const int conn = int(ErrorCategory::Connectivity);
        const int auth = int(ErrorCategory::Authentication);
        const int val = int(ErrorCategory::Validation);
        QTest::newRow("302 not followed") << 302 << "" << "" << conn << "HTTP_302" << "/v2/shipments" << "" << qint64(0);
        QTest::newRow("401") << 401 << R"({"message":"token expired"})" << "" << auth << "HTTP_401" << "token expired"
                             << "" << qint64(0);
        QTest::newRow("403") << 403 << "forbidden" << "" << auth << "HTTP_403" << "HTTP 403" << "" << qint64(0);
        QTest::newRow("404 message and code")
            << 404 << R"({"message":"Warehouse DE09 is unknown","code":"UNKNOWN_WAREHOUSE","field":"warehouse"})" << ""
            << val << "UNKNOWN_WAREHOUSE" << "Warehouse DE09 is unknown" << "/warehouse" << qint64(0);
        QTest::newRow("422 nested error")
            << 422
            << R"({"error":{"code":"INVALID_POSTAL_CODE","message":"Postal code 1O115 is not valid for DE","field":"delivery_address.postal_code"}})"
            << "" << val << "INVALID_POSTAL_CODE" << "Postal code 1O115 is not valid" << "/delivery_address/postal_code"
            << qint64(0);
        QTest::newRow("422 errors object") << 422 << R"({"errors":{"lines[0].uom":["is not a known unit"]}})" << ""
                                           << val << "HTTP_422" << "lines[0].uom is not a known unit" << "/lines/0/uom"
                                           << qint64(0);
        QTest::newRow("422 errors base") << 422 << R"({"errors":{"base":["The document has no items"]}})" << ""
                                         << val << "HTTP_422" << "The document has no items" << "" << qint64(0);
        QTest::newRow("400 errors array") << 400 << R"({"errors":[{"detail":"order is required","source":{"pointer":"/order"}}]})"
                                          << "" << val << "HTTP_400" << "order is required" << "/order" << qint64(0);
        QTest::newRow("400 error string") << 400 << R"({"error":"bad carrier","path":["lines",0,"sku"]})" << "" << val
                                          << "HTTP_400" << "bad carrier" << "/lines/0/sku" << qint64(0);
        QTest::newRow("422 problem detail") << 422 << R"({"title":"Invalid","detail":"Weight exceeds 30 kg"})" << ""
                                            << val << "HTTP_422" << "Weight exceeds 30 kg" << "" << qint64(0);
        QTest::newRow("409") << 409 << R"({"message":"shipment exists"})" << "" << int(ErrorCategory::Duplicate)
                             << "HTTP_409" << "shipment exists" << "" << qint64(0);
        QTest::newRow("408") << 408 << "" << "" << conn << "HTTP_408" << "HTTP 408" << "" << qint64(0);
        QTest::newRow("425") << 425 << "" << "" << conn << "HTTP_425" << "HTTP 425" << "" << qint64(0);
        QTest::newRow("429 seconds") << 429 << "" << "2.0" << conn << "RATE_LIMITED" << "HTTP 429" << ""
                                     << qint64(2000);
        // The manual clock stands at 2026-01-01T00:00:00Z.
        QTest::newRow("429 http-date") << 429 << "" << "Thu, 01 Jan 2026 00:00:30 GMT" << conn << "RATE_LIMITED"
                                       << "HTTP 429" << "" << qint64(30000);
        QTest::newRow("500") << 500 << "<html>Internal Server Error</html>" << "" << conn << "HTTP_500" << "HTTP 500"
                             << "" << qint64(0);
        QTest::newRow("503 retry-after") << 503 << R"({"message":"maintenance"})" << "120" << conn << "HTTP_503"
                                         << "maintenance" << "" << qint64(120000);
    }

    void statusClasses()
    {
        QFETCH(int, status);
        QFETCH(QString, body);
        QFETCH(QString, retryAfter);
        QFETCH(int, category);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QString, fieldPath);
        QFETCH(qint64, retryAfterMs);

        TestHttpServer server;
        int calls = 0;
        server.server().Post(R"(/v1/shipments/(.*))", [&](const httplib::Request &, httplib::Response &res) {
            ++calls;
            res.status = status;
            if (status == 302)
                res.set_header("Location", "https://wms.example.com/v2/shipments");
            if (!retryAfter.isEmpty())
                res.set_header("Retry-After", retryAfter.toStdString());
            if (!body.isEmpty())
                res.set_content(body.toStdString(), body.startsWith('{') ? "application/json" : "text/html");
        });
        server.server().Get("/v2/shipments", [&](const httplib::Request &, httplib::Response &res) {
            ++calls;
            res.set_content(R"({"id":"followed"})", "application/json");
        });
        QVERIFY(server.start());
        const auto r = deliverTo(site(server.baseUrl()));
        QVERIFY(!r.ok);
        QCOMPARE(calls, 1);
        QCOMPARE(int(r.error.category), category);
        QCOMPARE(QString::fromStdString(r.error.code), code);
        QVERIFY2(r.error.message.find(message.toStdString()) != std::string::npos, r.error.message.c_str());
        QCOMPARE(QString::fromStdString(r.error.fieldPath), fieldPath);
        QCOMPARE(qint64(r.retryAfterMs), retryAfterMs);
        QCOMPARE(isRetryable(r.error.category), category == int(ErrorCategory::Connectivity) ||
                                                    category == int(ErrorCategory::Authentication));
        QCOMPARE(QString::fromStdString(r.error.targetResponse), body);
    }

    void timeout()
    {
        TestHttpServer server;
        server.server().Post(R"(/v1/shipments/(.*))", [](const httplib::Request &, httplib::Response &res) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            res.set_content("{}", "application/json");
        });
        QVERIFY(server.start());
        const auto r = deliverTo(site(server.baseUrl(), [](ConnectorConfig &c) { c.timeoutMs = 300; }));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.category, ErrorCategory::Connectivity);
        QCOMPARE(r.error.code, std::string("TIMEOUT"));
        QVERIFY(isRetryable(r.error.category));
        QVERIFY2(r.error.message.find("300 ms") != std::string::npos, r.error.message.c_str());
    }

    void refused()
    {
        const int port = flowdesk::test::closedPort();
        QVERIFY(port > 0);
        const auto r = deliverTo(site("http://127.0.0.1:" + std::to_string(port)));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.category, ErrorCategory::Connectivity);
        QCOMPARE(r.error.code, std::string("CONNECTION_REFUSED"));
        QVERIFY(r.error.message.find("127.0.0.1:" + std::to_string(port)) != std::string::npos);
    }

    void onlyHttpAndHttps()
    {
        const auto r = deliverTo(site("file:///etc"));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.category, ErrorCategory::Connectivity);
        QCOMPARE(r.error.code, std::string("TRANSPORT_ERROR"));
    }

    void tls()
    {
        TestHttpServer server(TestHttpServer::Tls::Server, &m_certs);
        server.server().Post(R"(/v1/shipments/(.*))", [](const httplib::Request &, httplib::Response &res) {
            res.set_content(R"({"id":"TLS-1"})", "application/json");
        });
        QVERIFY(server.start());

        // The system's CAs do not know the test CA; an unrelated CA does not either.
        for (const std::string &ca : {std::string(), m_certs.otherCaFile}) {
            const auto r = deliverTo(site(server.baseUrl(), [&](ConnectorConfig &c) { c.caFile = ca; }));
            QVERIFY(!r.ok);
            QCOMPARE(r.error.category, ErrorCategory::Connectivity);
            QCOMPARE(r.error.code, std::string("TLS_ERROR"));
            QVERIFY2(r.error.message.find("certificate") != std::string::npos, r.error.message.c_str());
        }
        const auto r = deliverTo(site(server.baseUrl(), [&](ConnectorConfig &c) { c.caFile = m_certs.caFile; }));
        QVERIFY2(r.ok, r.error.message.c_str());
        QCOMPARE(r.targetReference, std::string("TLS-1"));
    }

    void clientCertificate()
    {
        TestHttpServer server(TestHttpServer::Tls::ServerRequiringClientCert, &m_certs);
        server.server().Post(R"(/v1/shipments/(.*))", [](const httplib::Request &, httplib::Response &res) {
            res.set_content(R"({"id":"MTLS-1"})", "application/json");
        });
        QVERIFY(server.start());
        auto r = deliverTo(site(server.baseUrl(), [&](ConnectorConfig &c) { c.caFile = m_certs.caFile; }));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.category, ErrorCategory::Connectivity);
        QVERIFY2(r.error.code == "TLS_ERROR" || r.error.code == "CONNECTION_LOST", r.error.code.c_str());
        r = deliverTo(site(server.baseUrl(), [&](ConnectorConfig &c) {
            c.caFile = m_certs.caFile;
            c.clientCertFile = m_certs.clientCertFile;
            c.clientKeyFile = m_certs.clientKeyFile;
        }));
        QVERIFY2(r.ok, r.error.message.c_str());
        QCOMPARE(r.targetReference, std::string("MTLS-1"));
    }

    void oversizeAnswer()
    {
        TestHttpServer server;
        server.server().Post(R"(/v1/shipments/(.*))", [](const httplib::Request &, httplib::Response &res) {
            res.set_content(std::string(200000, 'x'), "application/json");
        });
        server.server().Put(R"(/v1/shipments/(.*))", [](const httplib::Request &, httplib::Response &res) {
            res.status = 422;
            res.set_content(std::string(R"({"message":"too long",)") + "\"pad\":\"" + std::string(30000, 'y') + "\"}",
                            "application/json");
        });
        QVERIFY(server.start());
        auto r = deliverTo(site(server.baseUrl(), [](ConnectorConfig &c) { c.maxResponseBytes = 4096; }));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.category, ErrorCategory::Connectivity);
        QCOMPARE(r.error.code, std::string("RESPONSE_TOO_LARGE"));
        QVERIFY(r.error.targetResponse.size() <= 4096);
        QVERIFY(r.error.message.find("4096") != std::string::npos);

        // A long answer within the limit is kept, cut and marked.
        auto config = site(server.baseUrl());
        config->flows[0].target.httpMethod = "PUT";
        r = deliverTo(config);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, std::string("HTTP_422"));
        QCOMPARE(r.error.message, std::string("too long"));
        QVERIFY(r.error.targetResponse.size() < 8 * 1024 + 100);
        QVERIFY2(r.error.targetResponse.find("cut") != std::string::npos, r.error.targetResponse.c_str());
    }

    void garbageAnswer()
    {
        TestHttpServer server;
        server.server().Post(R"(/v1/shipments/(.*))", [](const httplib::Request &, httplib::Response &res) {
            res.set_content(std::string("<html>\x01\xff not json {", 20), "application/json");
        });
        QVERIFY(server.start());
        const auto r = deliverTo(site(server.baseUrl()));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.category, ErrorCategory::Connectivity);
        QCOMPARE(r.error.code, std::string("MALFORMED_RESPONSE"));
        QVERIFY(r.error.targetResponse.find("not json") != std::string::npos);
    }

    // A hostile target answering JSON nested 200,000 levels deep, as a success
    // and as a refusal: a categorised failure or a plain message, never a crash.
    void deeplyNestedAnswer()
    {
        const std::string deep = "{\"error\":" + std::string(200000, '[') + std::string(200000, ']') + "}";
        TestHttpServer server;
        int status = 201;
        server.server().Post(R"(/v1/shipments/(.*))", [&](const httplib::Request &, httplib::Response &res) {
            res.status = status;
            res.set_content(deep, "application/json");
        });
        QVERIFY(server.start());
        const auto config = site(server.baseUrl(), [](ConnectorConfig &c) { c.maxResponseBytes = 1 << 20; });
        auto r = deliverTo(config);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.category, ErrorCategory::Connectivity);
        QCOMPARE(r.error.code, std::string("MALFORMED_RESPONSE"));
        status = 422;
        r = deliverTo(config);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.category, ErrorCategory::Validation);
    }

    void authenticationSchemes_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::newRow("bearer") << int(AuthScheme::Bearer);
        QTest::newRow("basic") << int(AuthScheme::Basic);
        QTest::newRow("api key") << int(AuthScheme::ApiKey);
        QTest::newRow("hmac") << int(AuthScheme::HmacSha256);
        QTest::newRow("none") << int(AuthScheme::None);
    }

    void authenticationSchemes()
    {
        QFETCH(int, scheme);
        const auto auth = AuthScheme(scheme);
        TestHttpServer server;
        // The target checks the credential as a real one does, and echoes what
        // it got in its refusal (some do).
        server.server().Post(R"(/v1/shipments/(.*))", [&](const httplib::Request &req, httplib::Response &res) {
            bool ok = false;
            std::string got;
            switch (auth) {
            case AuthScheme::Bearer:
                got = header(req, "Authorization");
                ok = got == std::string("Bearer ") + kSecret;
                break;
            case AuthScheme::Basic:
                got = header(req, "Authorization");
                ok = got == "Basic " + base64(std::string("flowdesk:") + kSecret);
                break;
            case AuthScheme::ApiKey:
                got = header(req, "X-Wms-Key");
                ok = got == kSecret;
                break;
            case AuthScheme::HmacSha256: {
                const std::string ts = header(req, "X-Wms-Time");
                got = header(req, "X-Wms-Signature");
                ok = ts == "1767225600" && got == hmacSha256Hex(kSecret, ts + "." + req.body);
                break;
            }
            default:
                ok = !req.has_header("Authorization");
                break;
            }
            if (!ok || req.get_header_value("X-Fail") == "1") {
                res.status = 401;
                res.set_content(R"({"message":"credential )" + got + R"( refused"})", "application/json");
                return;
            }
            res.set_content(R"({"id":"AUTH-OK"})", "application/json");
        });
        QVERIFY(server.start());
        auto tweak = [&](ConnectorConfig &c) {
            c.auth = auth;
            c.username = "flowdesk";
            c.apiKeyHeader = "X-Wms-Key";
            c.timestampHeader = "X-Wms-Time";
            c.signatureHeader = "X-Wms-Signature";
        };
        auto r = deliverTo(site(server.baseUrl(), tweak));
        QVERIFY2(r.ok, r.error.message.c_str());
        QCOMPARE(r.targetReference, std::string("AUTH-OK"));

        if (auth == AuthScheme::None)
            return;
        // A refusal that echoes the credential shows it as ***.
        r = deliverTo(site(server.baseUrl(), [&](ConnectorConfig &c) {
            tweak(c);
            c.headers["X-Fail"] = "1";
        }));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.category, ErrorCategory::Authentication);
        QCOMPARE(r.error.code, std::string("HTTP_401"));
        QVERIFY2(r.error.targetResponse.find("***") != std::string::npos, r.error.targetResponse.c_str());
        for (const std::string &text : {r.error.targetResponse, r.error.message}) {
            QVERIFY2(text.find(kSecret) == std::string::npos, text.c_str());
            QVERIFY(text.find(base64(std::string("flowdesk:") + kSecret)) == std::string::npos);
        }
    }

    void missingCredential()
    {
        TestHttpServer server;
        server.server().Post(R"(/v1/shipments/(.*))", [](const httplib::Request &, httplib::Response &res) {
            res.set_content("{}", "application/json");
        });
        QVERIFY(server.start());
        Secrets none;
        SiteAdapter adapter(site(server.baseUrl()), none, m_clock);
        const auto r = adapter.deliver(flow(), transaction());
        QVERIFY(!r.ok);
        QCOMPARE(r.error.category, ErrorCategory::Authentication);
        QCOMPARE(r.error.code, std::string("NO_CREDENTIAL"));
    }

    void notConfigured()
    {
        SiteAdapter adapter(site("http://127.0.0.1:1"), m_secrets, m_clock);
        FlowDef unknown = flow();
        unknown.id = "no-such-flow";
        auto r = adapter.deliver(unknown, transaction());
        QCOMPARE(r.error.category, ErrorCategory::Connectivity);
        QCOMPARE(r.error.code, std::string("NOT_CONFIGURED"));
        QVERIFY(r.error.message.find("no-such-flow") != std::string::npos);

        auto config = site("http://127.0.0.1:1");
        config->flows[0].def.connectorId = "gone";
        adapter.setConfig(config);
        FlowDef f = flow();
        f.connectorId = "gone";
        r = adapter.deliver(f, transaction());
        QCOMPARE(r.error.code, std::string("NOT_CONFIGURED"));
        QVERIFY(r.error.message.find("gone") != std::string::npos);
    }

    void errorRulesApplied()
    {
        TestHttpServer server;
        server.server().Post(R"(/v1/shipments/(.*))", [](const httplib::Request &, httplib::Response &res) {
            res.status = 422;
            res.set_content(R"({"message":"Postal code 1O115 is not valid for DE"})", "application/json");
        });
        QVERIFY(server.start());
        auto config = site(server.baseUrl());
        ErrorRule rule;
        rule.code = "INVALID_POSTAL_CODE";
        rule.match = "Postal code .* is not valid";
        rule.category = ErrorCategory::MasterData;
        config->flows[0].errors.push_back(rule);
        const auto r = deliverTo(config);
        QCOMPARE(r.error.code, std::string("INVALID_POSTAL_CODE"));
        QCOMPARE(r.error.category, ErrorCategory::MasterData);
    }

    // A target may answer with an error text of any length. The site's rules
    // read its first 4 KiB (std::regex would otherwise walk 200 KB of it
    // recursively and overflow the stack); the text itself is kept whole.
    void longErrorTextsAreReadSafely()
    {
        const std::string filler(200000, 'x');
        TestHttpServer server;
        server.server().Post(R"(/v1/shipments/(.*))", [&](const httplib::Request &, httplib::Response &res) {
            res.status = 422;
            res.set_content("{\"errors\":{\"lines[0].uom\":[\"Unit of measure " + filler + " is not defined\"]}}",
                            "application/json");
        });
        QVERIFY(server.start());
        auto config = site(server.baseUrl());
        for (const bool compiled : {true, false}) {
            ErrorRule rule;
            rule.code = "UNKNOWN_UOM";
            rule.match = R"(^(\S+ )?Unit of measure .+ is not defined)";
            if (compiled)
                rule.compiled = std::make_shared<const std::regex>(rule.match, std::regex::ECMAScript);
            rule.category = ErrorCategory::MasterData;
            config->flows[0].errors = {rule};
            const auto r = deliverTo(config);
            QVERIFY(!r.ok);
            // The rule's end lies beyond what is read: the adapter's code stays.
            QCOMPARE(r.error.code, std::string("HTTP_422"));
            QCOMPARE(r.error.fieldPath, std::string("/lines/0/uom"));
            QVERIFY(r.error.message.find(filler + " is not defined") != std::string::npos);
        }
    }

    void connectionReuse()
    {
        TestHttpServer server;
        std::vector<int> ports;
        std::mutex mutex;
        server.server().Post(R"(/v1/shipments/(.*))", [&](const httplib::Request &req, httplib::Response &res) {
            const std::lock_guard lock(mutex);
            ports.push_back(req.remote_port);
            res.set_content(R"({"id":"R"})", "application/json");
        });
        QVERIFY(server.start());
        SiteAdapter adapter(site(server.baseUrl()), m_secrets, m_clock);
        for (int i = 0; i < 3; ++i)
            QVERIFY(adapter.deliver(flow(), transaction(100 + i)).ok);
        QCOMPARE(ports.size(), std::size_t(3));
        QCOMPARE(ports[1], ports[0]);
        QCOMPARE(ports[2], ports[0]);

        HttpClient client(HttpClientOptions{});
        HttpRequest request;
        request.method = "POST";
        request.url = server.baseUrl() + "/v1/shipments/x";
        QCOMPARE(client.perform(request).newConnections, 1L);
        QCOMPARE(client.perform(request).newConnections, 0L);
    }

    // One client used by the engine's delivery threads at once: every request
    // gets its own answer, none is lost or mixed up, whatever connections the
    // server closes on the way.
    void concurrentRequestsFromManyThreads()
    {
        TestHttpServer server;
        std::mutex mutex;
        std::set<std::string> seen;
        server.server().Post("/echo", [&](const httplib::Request &req, httplib::Response &res) {
            {
                const std::lock_guard lock(mutex);
                seen.insert(req.body);
            }
            res.set_content(req.body, "text/plain");
        });
        QVERIFY(server.start());
        HttpClient client(HttpClientOptions{});
        constexpr int kThreads = 6;
        constexpr int kEach = 150;
        std::atomic<int> answered{0};
        std::atomic<int> wrong{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back([&, t] {
                for (int i = 0; i < kEach; ++i) {
                    HttpRequest request;
                    request.method = "POST";
                    request.url = server.baseUrl() + "/echo";
                    request.body = std::to_string(t) + "-" + std::to_string(i);
                    const HttpResponse r = client.perform(request);
                    if (r.status == 200 && r.body == request.body)
                        ++answered;
                    else
                        ++wrong;
                }
            });
        for (auto &t : threads)
            t.join();
        QCOMPARE(wrong.load(), 0);
        QCOMPARE(answered.load(), kThreads * kEach);
        QCOMPARE(seen.size(), std::size_t(kThreads * kEach));
    }

    void connectionTest()
    {
        TestHttpServer server;
        server.server().Get("/health", [](const httplib::Request &req, httplib::Response &res) {
            if (req.get_header_value("Authorization") != std::string("Bearer ") + kSecret) {
                res.status = 401;
                return;
            }
            res.set_content(R"({"status":"up"})", "application/json");
        });
        QVERIFY(server.start());
        SiteAdapter adapter(site(server.baseUrl()), m_secrets, m_clock);
        ConnectorRecord record;
        record.id = "wms";
        auto t = adapter.test(record);
        QVERIFY2(t.ok, t.message.c_str());
        QVERIFY2(t.message.find("HTTP 200 from 127.0.0.1:" + std::to_string(server.port()) + " in ") == 0,
                 t.message.c_str());

        Secrets wrong;
        wrong.set("wms", "not-the-key");
        SiteAdapter refused(site(server.baseUrl()), wrong, m_clock);
        t = refused.test(record);
        QVERIFY(!t.ok);
        QVERIFY2(t.message.find("401") != std::string::npos, t.message.c_str());
        QVERIFY(t.message.find("not-the-key") == std::string::npos);

        SiteAdapter down(site("http://127.0.0.1:" + std::to_string(flowdesk::test::closedPort())), m_secrets, m_clock);
        t = down.test(record);
        QVERIFY(!t.ok);
        QVERIFY2(t.message.find("refused the connection") != std::string::npos, t.message.c_str());

        auto inbound = site(server.baseUrl());
        inbound->connectors[0].kind = ConnectorKind::Inbound;
        SiteAdapter submitter(inbound, m_secrets, m_clock);
        t = submitter.test(record);
        QVERIFY(t.ok);
        QCOMPARE(t.message, std::string("Nothing is delivered to WMS (3PL): it submits to flowdeskd"));
    }

    void candidateValues()
    {
        TestHttpServer server;
        std::string field;
        std::string query;
        std::string limit;
        server.server().Get(R"(/lookup/(.*))", [&](const httplib::Request &req, httplib::Response &res) {
            field = req.matches[1];
            query = req.get_param_value("q");
            limit = req.get_param_value("limit");
            if (query == "broken") {
                res.set_content("oops", "text/plain");
                return;
            }
            res.set_content(R"([{"value":"C-10442","label":"Müller Maschinenbau GmbH"},"C-10443"])", "application/json");
        });
        QVERIFY(server.start());
        auto config = site(server.baseUrl(), [](ConnectorConfig &c) { c.lookupPath = "/lookup/{field}?q={query}&limit={limit}"; });
        SiteAdapter adapter(config, m_secrets, m_clock);
        auto c = adapter.candidates(flow(), "/lines/3/sku", "Mü ller", 5);
        QCOMPARE(c.status, CandidateLookup::Status::Ok);
        QCOMPARE(field, std::string("lines.sku"));
        QCOMPARE(query, std::string("Mü ller"));
        QCOMPARE(limit, std::string("5"));
        QCOMPARE(c.candidates.size(), std::size_t(2));
        QCOMPARE(c.candidates[0].value, std::string("C-10442"));
        QCOMPARE(c.candidates[0].label, std::string("Müller Maschinenbau GmbH"));
        QCOMPARE(c.candidates[1].value, std::string("C-10443"));

        c = adapter.candidates(flow(), "/customer", "broken", 5);
        QCOMPARE(c.status, CandidateLookup::Status::Failed);
        QCOMPARE(c.error.code, std::string("MALFORMED_RESPONSE"));

        SiteAdapter without(site(server.baseUrl()), m_secrets, m_clock);
        QCOMPARE(without.candidates(flow(), "/customer", "x", 5).status, CandidateLookup::Status::NotSupported);
    }

    void retryAfterParsing()
    {
        QCOMPARE(parseRetryAfter("2.0", 0), std::int64_t(2000));
        QCOMPARE(parseRetryAfter(" 7 ", 0), std::int64_t(7000));
        QCOMPARE(parseRetryAfter("Thu, 01 Jan 2026 00:01:00 GMT", 1767225600000), std::int64_t(60000));
        QCOMPARE(parseRetryAfter("Wed, 31 Dec 2025 00:00:00 GMT", 1767225600000), std::int64_t(0));
        QCOMPARE(parseRetryAfter("soon", 0), std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestAdaptersHttp)
#include "tst_adapters_http.moc"
