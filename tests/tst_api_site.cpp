// A site run from its configuration file, end to end: flowdeskd as a process
// started with --config, delivering through the real adapters to the demo's
// simulated Odoo (JSON-RPC) and 3PL (HTTP) on loopback; checking, refusing and
// reloading the file (SIGHUP and the admin call) under traffic; receipts,
// field paths and what to do in two languages; the target's values for a field;
// credentials set from the console used by the adapters.

#include "demo_systems.h"

#include "flowdesk/v1/audit.grpc.pb.h"
#include "flowdesk/v1/common.pb.h"
#include "flowdesk/v1/connector.grpc.pb.h"
#include "flowdesk/v1/flow.grpc.pb.h"
#include "flowdesk/v1/ingest.grpc.pb.h"
#include "flowdesk/v1/session.grpc.pb.h"
#include "flowdesk/v1/transaction.grpc.pb.h"
#include "flowdesk/v1/user.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <signal.h>

#include <functional>
#include <map>
#include <memory>
#include <string>

namespace v1 = flowdesk::v1;
using grpc::StatusCode;

namespace {

// The test site's file and payloads, defined at the end of this file.
std::string siteYaml(const std::string &odooUrl, const std::string &wmsUrl, const std::string &schemaExtra = {},
                     bool withShipments = true);
extern const char *kShipmentSchema;
extern const char *kAdminPassword;
std::string orderPayload(const std::string &number, const std::string &customer, double qty = 2);
std::string shipmentPayload(const std::string &number);
void prepare(grpc::ClientContext &ctx, const std::string &token, const char *language = nullptr);
bool waitFor(const std::function<bool()> &pred, int timeoutMs = 20000);

} // namespace

class ApiSiteTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<flowdesk::backend::DemoSystems> m_systems;
    QProcess m_daemon;
    QByteArray m_log;
    std::shared_ptr<grpc::Channel> m_channel;
    std::string m_admin, m_operator, m_connector, m_viewer;

    // What the daemon wrote to its standard error so far.
    const QByteArray &daemonLog()
    {
        while (m_daemon.waitForReadyRead(50))
            m_log += m_daemon.readAllStandardError();
        m_log += m_daemon.readAllStandardError();
        return m_log;
    }

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    void writeFile(const QString &file, const std::string &text)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.data(), static_cast<qint64>(text.size()));
    }

    void writeSite(const std::string &schemaExtra = {}, bool withShipments = true)
    {
        writeFile(path("site.yaml"),
                  siteYaml(m_systems->odooUrl(), m_systems->wmsUrl(), schemaExtra, withShipments));
    }

    // flowdeskd with `args`; its exit code and standard error.
    int run(const QStringList &args, QByteArray *err, const QByteArray &input = {})
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(FLOWDESKD_PATH), args);
        if (!p.waitForStarted(5000))
            return -1;
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(30000);
        if (err)
            *err = p.readAllStandardError() + p.readAllStandardOutput();
        return p.exitCode();
    }

    std::string login(const std::string &user, const std::string &password)
    {
        auto sessions = v1::SessionService::NewStub(m_channel);
        grpc::ClientContext ctx;
        prepare(ctx, {});
        v1::LoginRequest req;
        req.set_username(user);
        req.set_password(password);
        v1::LoginResponse resp;
        const auto st = sessions->Login(&ctx, req, &resp);
        if (!st.ok())
            qWarning("login %s: %s", user.c_str(), st.error_message().c_str());
        return resp.token();
    }

    void createUser(const std::string &name, v1::Role role, const std::string &domain)
    {
        auto users = v1::UserService::NewStub(m_channel);
        grpc::ClientContext ctx;
        prepare(ctx, m_admin);
        v1::CreateUserRequest req;
        req.set_username(name);
        req.set_password(name + "-long-password");
        req.set_role(role);
        if (!domain.empty())
            req.add_domains(domain);
        if (role == v1::ROLE_VIEWER)
            req.add_plants("DE01");
        v1::User resp;
        const auto st = users->CreateUser(&ctx, req, &resp);
        QVERIFY2(st.ok(), st.error_message().c_str());
    }

    // Submits as the connector account; the transaction id.
    std::string submit(const std::string &flow, const std::string &key, const std::string &payload)
    {
        auto ingest = v1::IngestService::NewStub(m_channel);
        grpc::ClientContext ctx;
        prepare(ctx, m_connector);
        v1::SubmitRequest req;
        req.set_flow_id(flow);
        req.set_business_key(key);
        req.set_payload_json(payload);
        req.set_idempotency_key(flow + "|" + key);
        v1::SubmitResponse resp;
        const auto st = ingest->Submit(&ctx, req, &resp);
        if (!st.ok())
            qWarning("submit %s: %s", key.c_str(), st.error_message().c_str());
        return resp.transaction_id();
    }

    v1::Transaction get(const std::string &id, const char *language = nullptr, const std::string &token = {})
    {
        auto tx = v1::TransactionService::NewStub(m_channel);
        grpc::ClientContext ctx;
        prepare(ctx, token.empty() ? m_operator : token, language);
        v1::GetTransactionRequest req;
        req.set_id(id);
        v1::Transaction t;
        tx->GetTransaction(&ctx, req, &t);
        return t;
    }

    bool settled(const std::string &id, v1::TransactionState want)
    {
        return waitFor([&] { return get(id).state() == want; });
    }

    grpc::Status reload(v1::ReloadConfigurationResponse *resp)
    {
        auto conn = v1::ConnectorService::NewStub(m_channel);
        grpc::ClientContext ctx;
        prepare(ctx, m_admin);
        return conn->ReloadConfiguration(&ctx, v1::ReloadConfigurationRequest(), resp);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        flowdesk::backend::DemoSystems::Options o;
        o.connectivityFailureRate = 0;
        o.authFailureRate = 0;
        m_systems = std::make_unique<flowdesk::backend::DemoSystems>(o);
        QVERIFY(m_systems->start());
        writeFile(path("shipment.schema.json"), kShipmentSchema);
        writeSite();
        qputenv("FD_SITE_TEST_ODOO_KEY", "odoo-api-key-for-the-integration-user");
    }

    void init()
    {
        const QByteArray name = QTest::currentTestFunction();
        if (name != "checkConfigNamesFileLineAndProblem" && name != "startsFromTheFile" && !m_channel)
            QFAIL("flowdeskd did not start from the site's file; see startsFromTheFile");
    }

    void checkConfigNamesFileLineAndProblem()
    {
        QByteArray err;
        QCOMPARE(run({QStringLiteral("--check-config"), path("site.yaml")}, &err), 0);
        QVERIFY2(err.contains("no errors"), err.constData());

        // A flow naming a connector the file does not have.
        std::string broken = siteYaml(m_systems->odooUrl(), m_systems->wmsUrl());
        const auto at = broken.find("connector: wms-3pl");
        QVERIFY(at != std::string::npos);
        broken.replace(at, 18, "connector: wms-3p1");
        const int line = 1 + static_cast<int>(std::count(broken.begin(), broken.begin() + static_cast<long>(at), '\n'));
        writeFile(path("broken.yaml"), broken);
        QCOMPARE(run({QStringLiteral("--check-config"), path("broken.yaml")}, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("broken.yaml:%1:").arg(line).toUtf8()), err.constData());
        QVERIFY2(err.contains("wms-3p1"), err.constData());

        // flowdeskd refuses to start with it, saying where.
        QCOMPARE(run({QStringLiteral("--config"), path("broken.yaml"), QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:0")},
                     &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("broken.yaml:%1:").arg(line).toUtf8()), err.constData());
        QVERIFY(!QDir(path("data")).exists() || QDir(path("data")).isEmpty() ||
                !QFile::exists(path("data/flowdesk.db")));
    }

    void startsFromTheFile()
    {
        QByteArray err;
        QCOMPARE(run({QStringLiteral("--config"), path("site.yaml"), QStringLiteral("--create-admin"),
                      QStringLiteral("anna")},
                     &err, QByteArray(kAdminPassword) + "\n"),
                 0);
        m_daemon.setWorkingDirectory(m_dir.path());
        m_daemon.start(QStringLiteral(FLOWDESKD_PATH),
                       {QStringLiteral("--config"), path("site.yaml"), QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0")});
        QVERIFY(m_daemon.waitForStarted(5000));
        QByteArray out;
        QString target;
        QDeadlineTimer deadline(30000);
        while (target.isEmpty() && !deadline.hasExpired() && m_daemon.state() == QProcess::Running) {
            m_daemon.waitForReadyRead(200);
            out += m_daemon.readAllStandardOutput();
            const int a = out.indexOf("listening on ");
            const int e = out.indexOf('\n', a);
            if (a >= 0 && e > a)
                target = QString::fromLatin1(out.mid(a + 13, e - a - 13)).trimmed();
        }
        QVERIFY2(!target.isEmpty(), m_daemon.readAllStandardError().constData());
        m_channel = grpc::CreateChannel(target.toStdString(), grpc::experimental::LocalCredentials(LOCAL_TCP));
        m_admin = login("anna", kAdminPassword);
        QVERIFY(!m_admin.empty());
        createUser("olga", v1::ROLE_OPERATOR, "sales");
        createUser("hub", v1::ROLE_CONNECTOR, "");
        createUser("petra", v1::ROLE_VIEWER, "");
        m_operator = login("olga", "olga-long-password");
        m_connector = login("hub", "hub-long-password");
        m_viewer = login("petra", "petra-long-password");
        QVERIFY(!m_operator.empty() && !m_connector.empty() && !m_viewer.empty());

        // The catalogue is the file's, in the caller's language.
        auto flows = v1::FlowService::NewStub(m_channel);
        grpc::ClientContext ctx;
        prepare(ctx, m_admin, "de");
        v1::ListFlowsResponse resp;
        QVERIFY(flows->ListFlows(&ctx, v1::ListFlowsRequest(), &resp).ok());
        QCOMPARE(resp.flows_size(), 2);
        bool sawOrders = false;
        for (const auto &f : resp.flows())
            if (f.id() == "orders") {
                sawOrders = true;
                QCOMPARE(f.name(), std::string("CRM-Angebot zu Kundenauftrag"));
                QCOMPARE(f.schema_version(), 1);
                QCOMPARE(f.connector_id(), std::string("odoo"));
            }
        QVERIFY(sawOrders);
    }

    void deliversToOdooWithItsReceipt()
    {
        const std::string id = submit("orders", "SO2026-100001", orderPayload("SO2026-100001", "C-10001"));
        QVERIFY(!id.empty());
        QVERIFY(settled(id, v1::DELIVERED));
        const auto t = get(id);
        QVERIFY2(QString::fromStdString(t.delivery_receipt()).startsWith(QStringLiteral("sale.order,")),
                 t.delivery_receipt().c_str());
        QCOMPARE(t.schema_version(), 1);
        QCOMPARE(m_systems->timesCreated("crm-quote-to-order", "SO2026-100001"), 1);
    }

    void unknownCustomerIsMasterDataWithFieldAndAdvice()
    {
        const std::string id = submit("orders", "SO2026-100002", orderPayload("SO2026-100002", "C-99999"));
        QVERIFY(settled(id, v1::FAILED));
        const auto en = get(id, "en");
        QCOMPARE(en.error().category(), v1::ERROR_CATEGORY_MASTER_DATA);
        QCOMPARE(en.error().code(), std::string("UNKNOWN_CUSTOMER"));
        QCOMPARE(en.error().field_path(), std::string("/customer/code"));
        QVERIFY2(en.error().message().find("C-99999") != std::string::npos, en.error().message().c_str());
        QCOMPARE(en.error().what_to_do(), std::string("Pick the customer as Odoo knows it and resubmit."));
        const auto de = get(id, "de-DE,de;q=0.9");
        QCOMPARE(de.error().what_to_do(),
                 std::string("Waehlen Sie den Kunden so, wie Odoo ihn kennt, und senden Sie erneut."));
        QCOMPARE(de.flow_name(), std::string("CRM-Angebot zu Kundenauftrag"));
        QCOMPARE(m_systems->timesCreated("crm-quote-to-order", "SO2026-100002"), 0);
    }

    void offersTheTargetsValuesForAField()
    {
        const std::string id = submit("orders", "SO2026-100003", orderPayload("SO2026-100003", "C-99998"));
        QVERIFY(settled(id, v1::FAILED));
        auto tx = v1::TransactionService::NewStub(m_channel);
        auto lookup = [&](const std::string &token, const std::string &field, const std::string &query,
                          v1::LookupFieldValuesResponse *resp) {
            grpc::ClientContext ctx;
            prepare(ctx, token);
            v1::LookupFieldValuesRequest req;
            req.set_transaction_id(id);
            req.set_field_path(field);
            req.set_query(query);
            req.set_page_size(10);
            return tx->LookupFieldValues(&ctx, req, resp);
        };
        v1::LookupFieldValuesResponse resp;
        auto st = lookup(m_operator, "/customer/code", "Bergmann", &resp);
        QVERIFY2(st.ok(), st.error_message().c_str());
        QCOMPARE(resp.source_system(), std::string("Odoo"));
        QVERIFY(resp.values_size() >= 1);
        QCOMPARE(resp.values(0).value(), std::string("C-10001"));
        QVERIFY2(resp.values(0).label().find("Bergmann") != std::string::npos, resp.values(0).label().c_str());

        // Products of any line.
        v1::LookupFieldValuesResponse products;
        QVERIFY(lookup(m_operator, "/lines/0/product", "pump", &products).ok());
        QVERIFY(products.values_size() >= 1);
        QVERIFY(QString::fromStdString(products.values(0).value()).startsWith(QStringLiteral("P-")));

        // A field without a lookup, a viewer, a malformed pointer.
        v1::LookupFieldValuesResponse none;
        QCOMPARE(lookup(m_operator, "/currency", "E", &none).error_code(), StatusCode::UNIMPLEMENTED);
        QCOMPARE(lookup(m_viewer, "/customer/code", "B", &none).error_code(), StatusCode::PERMISSION_DENIED);
        QCOMPARE(lookup(m_operator, "customer", "B", &none).error_code(), StatusCode::INVALID_ARGUMENT);

        // Did you mean: the values closest to the one the target refused, best first.
        auto suggest = [&](const std::string &query, v1::LookupFieldValuesResponse *r) {
            grpc::ClientContext ctx;
            prepare(ctx, m_operator);
            v1::LookupFieldValuesRequest req;
            req.set_transaction_id(id);
            req.set_field_path("/customer/code");
            req.set_query(query);
            req.set_suggest(true);
            return tx->LookupFieldValues(&ctx, req, r);
        };
        v1::LookupFieldValuesResponse typo;
        QVERIFY(suggest("C-1O001", &typo).ok());
        QVERIFY(typo.suggestions_size() >= 1 && typo.suggestions_size() <= 3);
        QCOMPARE(typo.suggestions(0).value(), std::string("C-10001"));
        QVERIFY(typo.suggestions(0).label().find("Bergmann") != std::string::npos);
        v1::LookupFieldValuesResponse exact;
        QVERIFY(suggest("C-10001", &exact).ok());
        QCOMPARE(exact.suggestions_size(), 0);
        v1::LookupFieldValuesResponse plain;
        QVERIFY(lookup(m_operator, "/customer/code", "C-1O001", &plain).ok());
        QCOMPARE(plain.suggestions_size(), 0);  // only when asked

        // At most 30 lookups a minute per person.
        int exhausted = 0;
        grpc::Status last;
        for (int i = 0; i < 32; ++i) {
            v1::LookupFieldValuesResponse r;
            const auto st = lookup(m_operator, "/customer/code", "C", &r);
            if (st.error_code() == StatusCode::RESOURCE_EXHAUSTED)
                ++exhausted;
            else
                last = st;
        }
        QVERIFY2(exhausted >= 2, (std::to_string(exhausted) + " " + last.error_message()).c_str());

        // The corrected value goes through: one change, delivered, with a receipt.
        grpc::ClientContext ctx;
        prepare(ctx, m_operator);
        const auto failed = get(id);
        v1::ResubmitRequest req;
        req.set_id(id);
        req.set_expected_version(failed.version());
        req.set_request_id("site-correct-customer");
        req.set_payload_json(orderPayload("SO2026-100003", resp.values(0).value()));
        req.set_reason("customer as Odoo knows it");
        v1::Transaction after;
        const auto rs = tx->Resubmit(&ctx, req, &after);
        QVERIFY2(rs.ok(), rs.error_message().c_str());
        QVERIFY(settled(id, v1::DELIVERED));
        QVERIFY(!get(id).delivery_receipt().empty());

        // The lookups are in the audit; the transaction's history as a person
        // reads it (changes_only) holds what changed it, not the lookups.
        auto audit = v1::AuditService::NewStub(m_channel);
        const auto entries = [&](bool changesOnly) {
            grpc::ClientContext actx;
            prepare(actx, m_admin);
            actx.AddMetadata("accept-language", "de");
            v1::ListAuditEntriesRequest areq;
            areq.set_target_type("transaction");
            areq.set_target_id(id);
            areq.set_changes_only(changesOnly);
            areq.set_page_size(500);
            v1::ListAuditEntriesResponse aresp;
            const auto ast = audit->ListAuditEntries(&actx, areq, &aresp);
            std::map<std::string, int> actions;
            if (ast.ok())
                for (const auto &e : aresp.entries()) {
                    ++actions[e.action()];
                    // A lookup's entry reads as words, not as the recorded "field /…, query …".
                    if (e.action() == "lookup_field_values"
                        && (e.detail_message().id().rfind("audit.LOOKUP", 0) != 0 || e.detail_message().text().empty()))
                        ++actions["lookup without its words"];
                    // The field as the form names it, in German, not as its JSON pointer.
                    if (e.action() == "lookup_field_values" && e.detail_message().text().find("/customer") != std::string::npos)
                        ++actions["lookup names the pointer"];
                }
            return actions;
        };
        const auto all = entries(false);
        const auto changes = entries(true);
        QVERIFY2(all.count("lookup_field_values") && all.at("lookup_field_values") >= 3,
                 std::to_string(all.size()).c_str());
        QVERIFY(!changes.count("lookup_field_values"));
        QVERIFY(!all.count("lookup without its words"));
        QVERIFY(!all.count("lookup names the pointer"));
        QVERIFY(changes.count("resubmit"));
        QCOMPARE(changes.at("resubmit"), all.at("resubmit"));
    }

    void httpDeliveryUsesTheCredentialSetInTheConsole()
    {
        // The file names a variable that is not set: no credential yet.
        const std::string id = submit("shipments", "SH-2026-000001", shipmentPayload("SH-2026-000001"));
        QVERIFY(waitFor([&] {
            const auto t = get(id, nullptr, m_admin);
            return t.error().category() == v1::ERROR_CATEGORY_AUTHENTICATION;
        }));
        auto conn = v1::ConnectorService::NewStub(m_channel);
        grpc::ClientContext ctx;
        prepare(ctx, m_admin);
        v1::SetCredentialRequest req;
        req.set_connector_id("wms-3pl");
        req.set_secret("wms-bearer-token-rotated");
        req.set_request_id("site-wms-token");
        req.set_replay_auth_failures(true);
        v1::SetCredentialResponse resp;
        QVERIFY(conn->SetCredential(&ctx, req, &resp).ok());
        QVERIFY(waitFor([&] { return get(id, nullptr, m_admin).state() == v1::DELIVERED; }));
        const auto t = get(id, nullptr, m_admin);
        QVERIFY2(QString::fromStdString(t.delivery_receipt()).startsWith(QStringLiteral("OB-")),
                 t.delivery_receipt().c_str());
        QCOMPARE(m_systems->timesCreated("wms-shipment-dispatch", "SH-2026-000001"), 1);

        // The token never appears in the daemon's log.
        QVERIFY(!daemonLog().contains("wms-bearer-token-rotated"));
        QVERIFY(!daemonLog().contains("odoo-api-key-for-the-integration-user"));
    }

    void testConnectorAsksTheRealTarget()
    {
        auto conn = v1::ConnectorService::NewStub(m_channel);
        auto test = [&](const std::string &id) {
            grpc::ClientContext ctx;
            prepare(ctx, m_admin);
            v1::TestConnectorRequest req;
            req.set_connector_id(id);
            v1::TestConnectorResponse resp;
            conn->TestConnector(&ctx, req, &resp);
            return resp;
        };
        auto odoo = test("odoo");
        QVERIFY2(odoo.ok(), odoo.message().c_str());
        QVERIFY2(odoo.message().find("17.0") != std::string::npos, odoo.message().c_str());
        m_systems->setConnectorDown("odoo", true);
        odoo = test("odoo");
        m_systems->setConnectorDown("odoo", false);
        QVERIFY2(!odoo.ok(), odoo.message().c_str());
        const auto wms = test("wms-3pl");
        QVERIFY2(wms.ok(), wms.message().c_str());
    }

    void reloadWithAnErrorKeepsTheRunningConfiguration()
    {
        std::string broken = siteYaml(m_systems->odooUrl(), m_systems->wmsUrl());
        const auto at = broken.find("sla: 30m");
        broken.replace(at, 8, "sla: soon");
        const int line = 1 + static_cast<int>(std::count(broken.begin(), broken.begin() + static_cast<long>(at), '\n'));
        writeFile(path("site.yaml"), broken);
        v1::ReloadConfigurationResponse resp;
        const auto st = reload(&resp);
        QCOMPARE(st.error_code(), StatusCode::FAILED_PRECONDITION);
        v1::Status status;
        QVERIFY(status.ParseFromString(st.error_details()));
        QVERIFY(status.details_size() == 1);
        v1::ErrorDetails details;
        QVERIFY(status.details(0).UnpackTo(&details));
        QCOMPARE(details.reason(), std::string("CONFIGURATION_INVALID"));
        QVERIFY(details.field_violations_size() >= 1);
        QVERIFY2(details.field_violations(0).field().find("site.yaml:" + std::to_string(line) + ":") !=
                     std::string::npos,
                 details.field_violations(0).field().c_str());

        // SIGHUP with the same file: refused too; the daemon keeps delivering.
        ::kill(static_cast<pid_t>(m_daemon.processId()), SIGHUP);
        const std::string id = submit("orders", "SO2026-100010", orderPayload("SO2026-100010", "C-10002"));
        QVERIFY(settled(id, v1::DELIVERED));
        QVERIFY(waitFor([&] { return daemonLog().contains("site.yaml:" + QByteArray::number(line)); }));
        writeSite();
    }

    void aChangedSchemaIsANewVersionUnderTrafficWithNothingLost()
    {
        const std::string before = submit("orders", "SO2026-100020", orderPayload("SO2026-100020", "C-10001"));
        QVERIFY(settled(before, v1::DELIVERED));

        // Traffic while the file changes and is read again, by SIGHUP and by the call.
        std::vector<std::string> ids;
        for (int i = 0; i < 120; ++i) {
            char key[32];
            std::snprintf(key, sizeof key, "SO2026-2%05d", i);
            ids.push_back(submit("orders", key, orderPayload(key, "C-10005", 1)));
            if (i % 20 == 5) {
                writeSite(i % 40 == 5 ? R"(
            email: {type: string})" : std::string());
                if (i % 40 == 5) {
                    v1::ReloadConfigurationResponse resp;
                    const auto st = reload(&resp);
                    QVERIFY2(st.ok(), st.error_message().c_str());
                } else {
                    ::kill(static_cast<pid_t>(m_daemon.processId()), SIGHUP);
                }
            }
        }
        for (const auto &id : ids)
            QVERIFY2(settled(id, v1::DELIVERED), id.c_str());
        for (int i = 0; i < 120; ++i) {
            char key[32];
            std::snprintf(key, sizeof key, "SO2026-2%05d", i);
            QCOMPARE(m_systems->timesCreated("crm-quote-to-order", key), 1);
        }

        // A final schema change: a new version; transactions keep theirs.
        writeSite(R"(
            vat_id: {type: string})");
        v1::ReloadConfigurationResponse resp;
        const auto st = reload(&resp);
        QVERIFY2(st.ok(), st.error_message().c_str());
        QCOMPARE(resp.schema_changed_flows_size(), 1);
        QCOMPARE(resp.schema_changed_flows(0), std::string("orders"));
        auto flows = v1::FlowService::NewStub(m_channel);
        grpc::ClientContext ctx;
        prepare(ctx, m_admin);
        v1::ListFlowsResponse list;
        QVERIFY(flows->ListFlows(&ctx, v1::ListFlowsRequest(), &list).ok());
        int version = 0;
        for (const auto &f : list.flows())
            if (f.id() == "orders")
                version = f.schema_version();
        QVERIFY2(version >= 3, std::to_string(version).c_str());
        QCOMPARE(get(before).schema_version(), 1);
        const std::string after = submit("orders", "SO2026-100021", orderPayload("SO2026-100021", "C-10001"));
        QVERIFY(settled(after, v1::DELIVERED));
        QCOMPARE(get(after).schema_version(), version);
    }

    void aFlowWithOpenWorkCannotBeRemoved()
    {
        auto conn = v1::ConnectorService::NewStub(m_channel);
        {
            grpc::ClientContext ctx;
            prepare(ctx, m_admin);
            v1::PauseConnectorRequest req;
            req.set_connector_id("wms-3pl");
            req.set_reason("3PL maintenance window");
            v1::Connector c;
            QVERIFY(conn->PauseConnector(&ctx, req, &c).ok());
        }
        const std::string id = submit("shipments", "SH-2026-000002", shipmentPayload("SH-2026-000002"));
        QVERIFY(!id.empty());
        writeSite({}, false);
        v1::ReloadConfigurationResponse resp;
        const auto st = reload(&resp);
        QCOMPARE(st.error_code(), StatusCode::FAILED_PRECONDITION);
        QVERIFY2(st.error_message().find("error") != std::string::npos, st.error_message().c_str());
        v1::Status status;
        QVERIFY(status.ParseFromString(st.error_details()));
        v1::ErrorDetails details;
        QVERIFY(status.details(0).UnpackTo(&details));
        QVERIFY(details.field_violations_size() >= 1);
        QVERIFY2(details.field_violations(0).description().find("shipments") != std::string::npos,
                 details.field_violations(0).description().c_str());
        writeSite();
        {
            grpc::ClientContext ctx;
            prepare(ctx, m_admin);
            v1::ResumeConnectorRequest req;
            req.set_connector_id("wms-3pl");
            v1::Connector c;
            QVERIFY(conn->ResumeConnector(&ctx, req, &c).ok());
        }
        QVERIFY(waitFor([&] { return get(id, nullptr, m_admin).state() == v1::DELIVERED; }));
    }

    void cleanupTestCase()
    {
        if (m_daemon.state() == QProcess::Running) {
            m_daemon.terminate();
            QVERIFY(m_daemon.waitForFinished(15000));
            QCOMPARE(m_daemon.exitCode(), 0);
        }
        if (m_systems)
            m_systems->stop();
    }
};

namespace {

const char *kAdminPassword = "site-admin-passphrase";

// The site's file, with the simulated systems' addresses. `schemaExtra` adds
// properties to the orders flow's schema (a schema change); `extraFlow` adds
// YAML text at the end of the flows list.
std::string siteYaml(const std::string &odooUrl, const std::string &wmsUrl, const std::string &schemaExtra,
                     bool withShipments)
{
    std::string y = R"(# Test site: Odoo over JSON-RPC, a 3PL over HTTP, a CRM that submits.
server:
  data: data
  session_ttl: 1h
plants:
  - {id: DE01, name: Berlin}
connectors:
  - id: odoo
    name: Odoo ERP
    system: Odoo
    kind: odoo
    base_url: )" + odooUrl + R"(
    odoo: {protocol: jsonrpc, database: acme-prod, login: integration@acme-industrial.example}
    auth: {scheme: api_key, secret_env: FD_SITE_TEST_ODOO_KEY}
    timeouts: {connect: 2s, total: 10s}
  - id: wms-3pl
    name: 3PL warehouse
    system: WMS (3PL)
    kind: http
    base_url: )" + wmsUrl + R"(
    auth: {scheme: bearer, secret_env: FD_SITE_TEST_NO_SUCH_VARIABLE}
    health_path: /v2/health
    timeouts: {connect: 2s, total: 10s}
  - id: crm
    name: CRM
    system: Salesforce CRM
    kind: inbound
flows:
  - id: orders
    name: {en: CRM quote to sales order, de: CRM-Angebot zu Kundenauftrag}
    description: {en: Accepted quotes become sales orders., de: Angenommene Angebote werden Kundenauftraege.}
    domain: sales
    source: Salesforce CRM
    target: Odoo
    connector: odoo
    business_object: sales_order
    sla: 30m
    retry: {max_attempts: 3, initial_backoff: 50ms, multiplier: 2, max_backoff: 200ms}
    schema:
      $schema: "http://json-schema.org/draft-04/schema#"
      type: object
      required: [order_number, customer, currency, lines, total_amount]
      properties:
        order_number: {type: string, pattern: "^SO[0-9]{4}-[0-9]{6}$"}
        customer:
          type: object
          required: [code]
          properties:
            code: {type: string}
            name: {type: string})" + schemaExtra + R"(
        currency: {type: string}
        plant: {type: string}
        lines:
          type: array
          minItems: 1
          items:
            type: object
            required: [product, quantity, uom, price]
            properties:
              product: {type: string}
              quantity: {type: number}
              uom: {type: string}
              price: {type: number}
        total_amount: {type: number}
      x-sensitive: [/total_amount]
      x-business: {key: /order_number, counterparty: /customer/code, amount: /total_amount, currency: /currency, plant: /plant}
    delivery:
      odoo:
        model: sale.order
        external_ref: client_order_ref
        references:
          - {pointer: /customer/code, model: res.partner, field: ref, odoo_field: partner_id, missing_code: UNKNOWN_CUSTOMER, label: {en: Customer, de: Kunde}}
          - {pointer: "/lines/*/product", model: product.product, field: default_code, odoo_field: product_id, missing_code: UNKNOWN_PRODUCT, label: {en: Product, de: Artikel}}
    errors:
      - code: UNKNOWN_CUSTOMER
        what_to_do: {en: "Pick the customer as Odoo knows it and resubmit.", de: "Waehlen Sie den Kunden so, wie Odoo ihn kennt, und senden Sie erneut."}
      - code: TOTAL_MISMATCH
        when_code: ODOO_VALIDATION_ERROR
        match: does not match the sum of the lines
        what_to_do: {en: "Correct the total to the sum of the lines.", de: "Korrigieren Sie die Summe."}
)";
    if (withShipments)
        y += R"(  - id: shipments
    name: {en: Shipment dispatch to 3PL, de: Versand an 3PL}
    domain: logistics
    source: Odoo
    target: WMS (3PL)
    connector: wms-3pl
    business_object: shipment
    sla: 1h
    retry: {max_attempts: 3, initial_backoff: 50ms, multiplier: 2, max_backoff: 200ms}
    schema_file: shipment.schema.json
    delivery:
      http: {method: POST, path: /v2/outbound-orders}
)";
    return y;
}

const char *kShipmentSchema = R"({
  "$schema": "http://json-schema.org/draft-04/schema#",
  "type": "object",
  "required": ["shipment_number", "sales_order", "customer", "carrier", "delivery_address", "lines"],
  "properties": {
    "shipment_number": {"type": "string"},
    "sales_order": {"type": "string"},
    "customer": {"type": "object", "properties": {"code": {"type": "string"}}},
    "plant": {"type": "string"},
    "carrier": {"type": "string"},
    "delivery_address": {"type": "object"},
    "lines": {"type": "array"}
  },
  "x-sensitive": [],
  "x-business": {"key": "/shipment_number", "counterparty": "/customer/code", "plant": "/plant"}
})";

std::string orderPayload(const std::string &number, const std::string &customer, double qty)
{
    const double price = 1240.0;
    char total[32];
    std::snprintf(total, sizeof total, "%.2f", qty * price);
    return R"({"order_number":")" + number + R"(","customer":{"code":")" + customer +
           R"("},"currency":"EUR","plant":"DE01","lines":[{"product":"P-1001","quantity":)" + std::to_string(qty) +
           R"(,"uom":"pcs","price":1240.0}],"total_amount":)" + total + "}";
}

std::string shipmentPayload(const std::string &number)
{
    return R"({"shipment_number":")" + number + R"(","sales_order":"SO2026-000777","customer":{"code":"C-10001"},)"
           R"("plant":"DE01","carrier":"DHL","delivery_address":{"name":"Bergmann","street":"Motzener Str. 12",)"
           R"("city":"Berlin","postal_code":"12277","country":"DE"},"lines":[{"product":"P-1001","quantity":1,"uom":"pcs"}]})";
}

void prepare(grpc::ClientContext &ctx, const std::string &token, const char *language)
{
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(15));
    if (!token.empty())
        ctx.AddMetadata("authorization", "Bearer " + token);
    if (language)
        ctx.AddMetadata("accept-language", language);
}

bool waitFor(const std::function<bool()> &pred, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (pred())
            return true;
        QThread::msleep(30);
    }
    return pred();
}

} // namespace

QTEST_GUILESS_MAIN(ApiSiteTest)
#include "tst_api_site.moc"
