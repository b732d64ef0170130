// Connectors, credentials and the audit trail as a client and an auditor see
// them: a canary secret set through SetCredential is found in no response, log
// line, audit entry, event or file of the data folder; replay after a rotation
// touches only authentication failures; a paused connector's transactions wait;
// editing or deleting audit rows in the database is detected.

#include "apitestutil.h"
#include "sanitizerreports.h"
#include "demo_rules.h"
#include "store.h"

#include <grpcpp/security/credentials.h>

#include <rapidjson/document.h>
#include <rapidjson/pointer.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace apitest;
namespace v1 = flowdesk::v1;
namespace be = flowdesk::backend;
using grpc::StatusCode;

namespace {

const char *kFlow = "crm-quote-to-order";

std::string setAt(const std::string &json, const char *pointer, const std::string &value)
{
    rapidjson::Document doc;
    doc.Parse(json.c_str());
    rapidjson::Pointer(pointer).Set(doc, rapidjson::Value(value.c_str(), doc.GetAllocator()).Move(), doc.GetAllocator());
    rapidjson::StringBuffer sb;
    rapidjson::Writer<rapidjson::StringBuffer> w(sb);
    doc.Accept(w);
    return sb.GetString();
}

// The forms in which a secret could be read back: as is, hex, base64.
QList<QByteArray> readableForms(const std::string &secret)
{
    const QByteArray raw = QByteArray::fromStdString(secret);
    return {raw, raw.toHex(), raw.toBase64(), raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
}

bool containsSecret(const QByteArray &haystack, const std::string &secret, QByteArray *form = nullptr)
{
    for (const QByteArray &f : readableForms(secret)) {
        if (haystack.contains(f)) {
            if (form)
                *form = f;
            return true;
        }
    }
    return false;
}

// Runs one SQL statement on the backend's database file, as someone with file access could.
// Plain SQL on the server's store (its SQLite file or its PostgreSQL database),
// as an intruder with write access to the database.
bool tamper(const std::string &location, const std::string &sql, std::string *error)
{
    if (location.rfind("postgresql://", 0) == 0) {
        PGconn *pg = PQconnectdb(location.c_str());
        PGresult *r = PQexec(pg, sql.c_str());
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
        if (!ok)
            *error = PQstatus(pg) == CONNECTION_OK ? PQresultErrorMessage(r) : PQerrorMessage(pg);
        PQclear(r);
        PQfinish(pg);
        return ok;
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(location.c_str(), &db) != SQLITE_OK) {
        *error = sqlite3_errmsg(db);
        sqlite3_close(db);
        return false;
    }
    sqlite3_busy_timeout(db, 5000);
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
    if (err) {
        *error = err;
        sqlite3_free(err);
    }
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

v1::VerifyAuditChainResponse verifyChain(TestServer &server, const std::string &token)
{
    auto s = server.stub<v1::AuditService>();
    grpc::ClientContext ctx;
    prepare(ctx, token);
    v1::VerifyAuditChainResponse r;
    const auto st = s->VerifyAuditChain(&ctx, v1::VerifyAuditChainRequest(), &r);
    if (!st.ok())
        qWarning("VerifyAuditChain: %s", st.error_message().c_str());
    return r;
}

} // namespace

class ApiAdminTest : public QObject
{
    Q_OBJECT

private slots:
    void canarySecretIsNeverReadable();
    void replayAfterRotationTouchesOnlyAuthenticationFailures();
    void pausedConnectorsTransactionsWait();
    void userChangesAreAuditedWithBeforeAndAfter();
    void passwordResetAndDisablingEndOpenSessions();
    void auditTamperingIsDetected_data();
    void auditTamperingIsDetected();
};

// The real daemon, its log output captured, its data folder swept afterwards.
void ApiAdminTest::canarySecretIsNeverReadable()
{
    const std::string canary = "canary-7Qx2-9d41f0c2b7e84a3d";
    QTemporaryDir data;
    QVERIFY(data.isValid());
    QTemporaryDir keyDir;
    QVERIFY(keyDir.isValid());
    const ChildSanitizerReports sanitizerReports;
    QProcess daemon;
    daemon.setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FLOWDESK_MASTER_KEY"));
    daemon.setProcessEnvironment(env);
    daemon.start(QStringLiteral(FLOWDESKD_PATH),
                 {QStringLiteral("--demo"), QStringLiteral("--no-traffic"), QStringLiteral("--seed"), QStringLiteral("7"),
                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"), data.path(),
                  QStringLiteral("--master-key"), keyDir.filePath(QStringLiteral("flowdeskd.key"))});
    QVERIFY2(daemon.waitForStarted(5000), qPrintable(daemon.errorString()));
    QByteArray out;
    QString target;
    QDeadlineTimer deadline(30000);
    while (target.isEmpty() && !deadline.hasExpired() && daemon.state() == QProcess::Running) {
        daemon.waitForReadyRead(200);
        out += daemon.readAllStandardOutput();
        const int at = out.indexOf("listening on ");
        const int end = out.indexOf('\n', at);
        if (at >= 0 && end > at)
            target = QString::fromLatin1(out.mid(at + 13, end - at - 13)).trimmed();
    }
    QVERIFY2(!target.isEmpty(), daemon.readAllStandardError().constData());
    QByteArray log;
    auto drain = [&] {
        out += daemon.readAllStandardOutput();
        log += daemon.readAllStandardError();
    };

    auto channel = grpc::CreateChannel(target.toStdString(),
                                       grpc::experimental::LocalCredentials(LOCAL_TCP));
    auto sessions = v1::SessionService::NewStub(channel);
    auto login = [&](const std::string &user) {
        grpc::ClientContext ctx;
        prepare(ctx, {});
        v1::LoginRequest req;
        req.set_username(user);
        req.set_password("demo-" + user);
        v1::LoginResponse resp;
        const auto st = sessions->Login(&ctx, req, &resp);
        return st.ok() ? resp.token() : std::string();
    };
    const std::string admin = login("admin");
    const std::string auditor = login("auditor");
    const std::string operatorToken = login("operator");
    QVERIFY(!admin.empty() && !auditor.empty() && !operatorToken.empty());

    auto connectors = v1::ConnectorService::NewStub(channel);
    QByteArray responses; // everything the server answered, serialized
    std::string lastStatusTexts;
    auto setCredential = [&](const std::string &token, const std::string &connector, const std::string &requestId,
                             bool replay) {
        grpc::ClientContext ctx;
        prepare(ctx, token);
        v1::SetCredentialRequest req;
        req.set_connector_id(connector);
        req.set_secret(canary);
        req.set_request_id(requestId);
        req.set_replay_auth_failures(replay);
        v1::SetCredentialResponse resp;
        const auto st = connectors->SetCredential(&ctx, req, &resp);
        responses += QByteArray::fromStdString(resp.SerializeAsString());
        responses += QByteArray::fromStdString(st.error_message() + st.error_details());
        for (const auto &[k, v] : ctx.GetServerTrailingMetadata())
            responses += QByteArray(k.data(), int(k.size())) + QByteArray(v.data(), int(v.size()));
        return std::make_pair(st, resp);
    };
    const auto [st1, first] = setCredential(admin, "odoo", "rotate-odoo-canary", true);
    QVERIFY2(st1.ok(), st1.error_message().c_str());
    // The fingerprint is the one of the canary, so the secret was really stored
    // (keyed by the master key, so that it does not help to guess the secret)...
    QFile keyFile(keyDir.filePath(QStringLiteral("flowdeskd.key")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QByteArray masterKey = QByteArray::fromHex(keyFile.readLine().trimmed());
    QCOMPARE(masterKey.size(), 32);
    const QByteArray fingerprintKey = QMessageAuthenticationCode::hash("flowdesk credential fingerprint key v1",
                                                                       masterKey, QCryptographicHash::Sha256);
    const std::string expectedFp = QMessageAuthenticationCode::hash(QByteArray::fromStdString(canary), fingerprintKey,
                                                                    QCryptographicHash::Sha256)
                                       .toHex()
                                       .left(16)
                                       .toStdString();
    QVERIFY(expectedFp
            != QCryptographicHash::hash(QByteArray::fromStdString(canary), QCryptographicHash::Sha256)
                   .toHex()
                   .left(16)
                   .toStdString());
    QCOMPARE(first.connector().credential_fingerprint(), expectedFp);
    QCOMPARE(first.connector().credential_rotated_by(), std::string("admin"));
    // ...a repeated request answers the same without storing it twice...
    const auto [st2, again] = setCredential(admin, "odoo", "rotate-odoo-canary", true);
    QVERIFY(st2.ok());
    QCOMPARE(again.connector().credential_version(), first.connector().credential_version());
    // ...and refusals do not echo it either.
    QCOMPARE(setCredential(operatorToken, "odoo", "op-try", false).first.error_code(), StatusCode::PERMISSION_DENIED);
    QCOMPARE(setCredential(admin, "no-such-connector", "bad-id", false).first.error_code(), StatusCode::NOT_FOUND);
    QVERIFY(setCredential(admin, "bank", "rotate-bank-canary", false).first.ok());

    {
        grpc::ClientContext ctx;
        prepare(ctx, admin, 20000);
        v1::TestConnectorRequest req;
        req.set_connector_id("odoo");
        v1::TestConnectorResponse resp;
        QVERIFY(connectors->TestConnector(&ctx, req, &resp).ok());
        responses += QByteArray::fromStdString(resp.SerializeAsString());
    }
    for (const std::string &token : {admin, auditor, operatorToken}) {
        grpc::ClientContext ctx;
        prepare(ctx, token);
        v1::ListConnectorsResponse resp;
        QVERIFY(connectors->ListConnectors(&ctx, v1::ListConnectorsRequest(), &resp).ok());
        QVERIFY(resp.connectors_size() >= 10);
        // A system that only submits has no credential, so none to rotate.
        int inbound = 0;
        for (const auto &c : resp.connectors()) {
            if (c.auth_type() != "none")
                continue;
            ++inbound;
            QVERIFY2(!c.rotation_overdue(), c.id().c_str());
        }
        QVERIFY(inbound > 0);
        responses += QByteArray::fromStdString(resp.SerializeAsString());
    }

    // The whole audit trail, every page.
    auto audit = v1::AuditService::NewStub(channel);
    QByteArray auditBytes;
    int credentialEntries = 0;
    std::string token;
    do {
        grpc::ClientContext ctx;
        prepare(ctx, auditor);
        v1::ListAuditEntriesRequest req;
        req.set_page_size(1000);
        req.set_page_token(token);
        v1::ListAuditEntriesResponse resp;
        QVERIFY(audit->ListAuditEntries(&ctx, req, &resp).ok());
        auditBytes += QByteArray::fromStdString(resp.SerializeAsString());
        for (const auto &e : resp.entries())
            credentialEntries += e.action() == "set_credential";
        token = resp.next_page_token();
    } while (!token.empty());
    QCOMPARE(credentialEntries, 2);

    // Every event since the beginning.
    auto events = v1::EventService::NewStub(channel);
    QByteArray eventBytes;
    int connectorEvents = 0;
    {
        grpc::ClientContext ctx;
        prepare(ctx, admin, 3000);
        v1::WatchRequest req;
        req.set_since_sequence(0);
        auto reader = events->Watch(&ctx, req);
        v1::Event e;
        while (reader->Read(&e)) {
            eventBytes += QByteArray::fromStdString(e.SerializeAsString());
            connectorEvents += e.type() == v1::EVENT_TYPE_CONNECTOR_CHANGED;
            if (e.type() == v1::EVENT_TYPE_HEARTBEAT)
                break;
        }
        ctx.TryCancel();
        reader->Finish();
    }
    QVERIFY(connectorEvents >= 2);

    // Log lines, written while the daemon runs and at shutdown.
    daemon.terminate();
    QVERIFY(daemon.waitForFinished(15000));
    QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
    QCOMPARE(daemon.exitCode(), 0);
    QVERIFY2(sanitizerReports.none(), "a flowdeskd this test started reported errors (printed above)");
    drain();
    QVERIFY2(log.contains("credential of connector 'odoo' set by admin"), "the daemon's log was not captured");

    QByteArray form;
    QVERIFY2(!containsSecret(responses, canary, &form), form.constData());
    QVERIFY2(!containsSecret(auditBytes, canary, &form), form.constData());
    QVERIFY2(!containsSecret(eventBytes, canary, &form), form.constData());
    QVERIFY2(!containsSecret(log + out, canary, &form), form.constData());

    // Every file of the data folder, the database and its journal included,
    // and the master key's folder apart from it.
    int files = 0;
    QDirIterator it(data.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    bool sawDatabase = false;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!containsSecret(bytes, canary, &form), qPrintable(path + QStringLiteral(": ") + QString::fromLatin1(form)));
        sawDatabase = sawDatabase || path.endsWith(QStringLiteral("flowdesk.db"));
        ++files;
    }
    QVERIFY(sawDatabase);
    QDirIterator keys(keyDir.path(), QDir::Files | QDir::Hidden | QDir::System);
    while (keys.hasNext()) {
        QFile f(keys.next());
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        QVERIFY2(!containsSecret(f.readAll(), canary, &form), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files >= 2);
}

void ApiAdminTest::replayAfterRotationTouchesOnlyAuthenticationFailures()
{
    TestServer server;
    QVERIFY(server.start({200}));
    const std::string admin = server.loginDemo("admin");
    const std::string connector = server.loginDemo("connector");
    QVERIFY(!admin.empty() && !connector.empty());
    be::TxFilter f;
    f.flowIds = {kFlow};
    f.states = {be::TxState::Delivered};
    const auto page = server.backend().store().listTransactions(f, be::TxOrder::IdAsc, 1, {}, true);
    QVERIFY(!page.items.empty());
    const std::string tmpl = page.items.front().payloadJson;

    auto submit = [&](const std::string &number, const std::string &customer) -> std::int64_t {
        auto ingest = server.stub<v1::IngestService>();
        grpc::ClientContext ctx;
        prepare(ctx, connector);
        v1::SubmitRequest req;
        req.set_flow_id(kFlow);
        std::string payload = setAt(tmpl, "/order_number", number);
        if (!customer.empty())
            payload = setAt(payload, "/customer/code", customer);
        req.set_payload_json(payload);
        req.set_idempotency_key("admin-test-" + number);
        v1::SubmitResponse resp;
        const auto st = ingest->Submit(&ctx, req, &resp);
        return st.ok() ? std::stoll(resp.transaction_id()) : 0;
    };
    auto state = [&](std::int64_t id) {
        const auto t = server.backend().store().getTransaction(id, false);
        return t ? t->state : be::TxState::Received;
    };
    // A business failure (unknown customer) and an authentication failure, same connector.
    const std::int64_t business = submit("SO2026-800001", "C-99999");
    QVERIFY(business > 0);
    QVERIFY(waitFor([&] { return state(business) == be::TxState::Failed; }, 20000));
    server.targets().setCredentialsRejected("odoo", true);
    const std::int64_t auth = submit("SO2026-800002", {});
    QVERIFY(auth > 0);
    QVERIFY(waitFor([&] { return state(auth) == be::TxState::Failed; }, 20000));
    server.targets().setCredentialsRejected("odoo", false);
    const auto businessBefore = server.backend().store().getTransaction(business, false);
    QVERIFY(businessBefore->error.category != be::ErrorCategory::Authentication);
    const std::string authPayload = server.backend().store().getTransaction(auth, true)->payloadJson;

    auto connectors = server.stub<v1::ConnectorService>();
    grpc::ClientContext ctx;
    prepare(ctx, admin);
    v1::SetCredentialRequest req;
    req.set_connector_id("odoo");
    req.set_secret("odoo-key-after-rotation");
    req.set_request_id("rotate-odoo-replay");
    req.set_replay_auth_failures(true);
    v1::SetCredentialResponse resp;
    QVERIFY(connectors->SetCredential(&ctx, req, &resp).ok());
    QVERIFY(resp.replayed() >= 1);
    QVERIFY(waitFor([&] { return state(auth) == be::TxState::Delivered; }, 20000));
    // Replayed unchanged; the business failure is left for a person to fix.
    QCOMPARE(server.backend().store().getTransaction(auth, true)->payloadJson, authPayload);
    const auto businessAfter = server.backend().store().getTransaction(business, false);
    QCOMPARE(businessAfter->state, be::TxState::Failed);
    QCOMPARE(businessAfter->version, businessBefore->version);

    // An admin may replay technical failures unchanged, never edit or resubmit a business failure.
    auto txs = server.stub<v1::TransactionService>();
    {
        grpc::ClientContext ectx;
        prepare(ectx, admin);
        v1::UpdatePayloadRequest edit;
        edit.set_id(std::to_string(business));
        edit.set_expected_version(businessAfter->version);
        edit.set_payload_json(setAt(tmpl, "/order_number", "SO2026-800001"));
        edit.set_reason("customer code corrected");
        v1::Transaction t;
        QCOMPARE(txs->UpdatePayload(&ectx, edit, &t).error_code(), StatusCode::PERMISSION_DENIED);
    }
    {
        grpc::ClientContext rctx;
        prepare(rctx, admin);
        v1::ResubmitRequest replay;
        replay.set_id(std::to_string(business));
        replay.set_expected_version(businessAfter->version);
        replay.set_request_id("admin-replay-business");
        v1::Transaction t;
        const auto st = txs->Resubmit(&rctx, replay, &t);
        QVERIFY(!st.ok());
        QVERIFY(st.error_code() == StatusCode::PERMISSION_DENIED || st.error_code() == StatusCode::FAILED_PRECONDITION);
    }
    QCOMPARE(server.backend().store().getTransaction(business, false)->version, businessBefore->version);

    // Each replay is in the audit trail under the admin's name, with the reason.
    auto audit = server.stub<v1::AuditService>();
    grpc::ClientContext actx;
    prepare(actx, admin);
    v1::ListAuditEntriesRequest areq;
    areq.set_action("resubmit");
    areq.set_actor("admin");
    areq.set_page_size(1000);
    v1::ListAuditEntriesResponse entries;
    QVERIFY(audit->ListAuditEntries(&actx, areq, &entries).ok());
    QCOMPARE(std::int64_t(entries.entries_size()), resp.replayed());
    std::set<std::string> targets;
    for (const auto &e : entries.entries()) {
        QCOMPARE(e.reason(), std::string("credential of connector odoo replaced"));
        targets.insert(e.target_id());
    }
    QVERIFY(targets.count(std::to_string(auth)));
    QVERIFY(!targets.count(std::to_string(business)));
}

void ApiAdminTest::pausedConnectorsTransactionsWait()
{
    TestServer server;
    // Enough history to hold a delivered CRM quote whatever the hour it is
    // seeded at (fifty held none when seeded at 20:26).
    QVERIFY(server.start({200}));
    const std::string admin = server.loginDemo("admin");
    const std::string connector = server.loginDemo("connector");
    be::TxFilter f;
    f.flowIds = {kFlow};
    f.states = {be::TxState::Delivered};
    const auto page = server.backend().store().listTransactions(f, be::TxOrder::IdAsc, 1, {}, true);
    QVERIFY(!page.items.empty());

    auto connectors = server.stub<v1::ConnectorService>();
    {
        grpc::ClientContext ctx;
        prepare(ctx, admin);
        v1::PauseConnectorRequest req;
        req.set_connector_id("odoo");
        req.set_reason("Odoo upgrade 17 -> 18");
        v1::Connector c;
        QVERIFY(connectors->PauseConnector(&ctx, req, &c).ok());
        QCOMPARE(c.status(), v1::CONNECTOR_PAUSED);
        QCOMPARE(c.paused_reason(), std::string("Odoo upgrade 17 -> 18"));
    }
    // Even an endpoint that is down makes no failure while paused.
    server.targets().setConnectorDown("odoo", true);
    auto ingest = server.stub<v1::IngestService>();
    grpc::ClientContext sctx;
    prepare(sctx, connector);
    v1::SubmitRequest sreq;
    sreq.set_flow_id(kFlow);
    sreq.set_payload_json(setAt(page.items.front().payloadJson, "/order_number", "SO2026-700001"));
    sreq.set_idempotency_key("paused-test-1");
    v1::SubmitResponse sresp;
    QVERIFY(ingest->Submit(&sctx, sreq, &sresp).ok());
    const std::int64_t id = std::stoll(sresp.transaction_id());
    // The test server retries within milliseconds: give it many chances to fail.
    QTest::qWait(1500);
    const auto waiting = server.backend().store().getTransaction(id, false);
    QVERIFY(waiting);
    QVERIFY2(waiting->state != be::TxState::Failed && waiting->state != be::TxState::Delivered,
             be::toString(waiting->state));
    QCOMPARE(waiting->attempts, 0);

    server.targets().setConnectorDown("odoo", false);
    grpc::ClientContext rctx;
    prepare(rctx, admin);
    v1::ResumeConnectorRequest rreq;
    rreq.set_connector_id("odoo");
    v1::Connector resumed;
    QVERIFY(connectors->ResumeConnector(&rctx, rreq, &resumed).ok());
    QVERIFY(resumed.status() != v1::CONNECTOR_PAUSED);
    QVERIFY(waitFor([&] {
        const auto t = server.backend().store().getTransaction(id, false);
        return t && t->state == be::TxState::Delivered;
    }, 20000));
}

void ApiAdminTest::userChangesAreAuditedWithBeforeAndAfter()
{
    TestServer server;
    QVERIFY(server.start());
    const std::string admin = server.loginDemo("admin");
    auto users = server.stub<v1::UserService>();
    {
        grpc::ClientContext ctx;
        prepare(ctx, admin);
        v1::CreateUserRequest req;
        req.set_username("poznan.lead");
        req.set_password("a-long-password");
        req.set_role(v1::ROLE_VIEWER);
        req.add_plants("PL01");
        v1::User u;
        QVERIFY(users->CreateUser(&ctx, req, &u).ok());
    }
    {
        grpc::ClientContext ctx;
        prepare(ctx, admin);
        v1::UpdateUserRequest req;
        req.set_username("poznan.lead");
        req.add_update_mask("role");
        req.add_update_mask("domains");
        req.add_update_mask("plants");
        req.set_role(v1::ROLE_OPERATOR);
        req.add_domains("logistics");
        v1::User u;
        QVERIFY(users->UpdateUser(&ctx, req, &u).ok());
    }
    auto audit = server.stub<v1::AuditService>();
    grpc::ClientContext ctx;
    prepare(ctx, admin);
    v1::ListAuditEntriesRequest req;
    req.set_target_type("user");
    req.set_target_id("poznan.lead");
    v1::ListAuditEntriesResponse resp;
    QVERIFY(audit->ListAuditEntries(&ctx, req, &resp).ok());
    QCOMPARE(resp.entries_size(), 2);
    const auto &update = resp.entries(0); // newest first
    QCOMPARE(update.action(), std::string("update_user"));
    QCOMPARE(update.actor(), std::string("admin"));
    rapidjson::Document diff;
    diff.Parse(update.diff_json().c_str());
    QVERIFY2(!diff.HasParseError() && diff.IsObject(), update.diff_json().c_str());
    QCOMPARE(std::string(rapidjson::Pointer("/before/role").Get(diff)->GetString()), std::string("viewer"));
    QCOMPARE(std::string(rapidjson::Pointer("/after/role").Get(diff)->GetString()), std::string("operator"));
    QCOMPARE(std::string(rapidjson::Pointer("/before/plants/0").Get(diff)->GetString()), std::string("PL01"));
    QCOMPARE(rapidjson::Pointer("/after/plants").Get(diff)->Size(), rapidjson::SizeType(0));
    QCOMPARE(std::string(rapidjson::Pointer("/after/domains/0").Get(diff)->GetString()), std::string("logistics"));
    QCOMPARE(resp.entries(1).action(), std::string("create_user"));
    QVERIFY(resp.entries(1).diff_json().find("\"PL01\"") != std::string::npos);
    // The change in words, in the reader's language; the recorded detail stays as hashed.
    QCOMPARE(update.detail(), std::string("role,domains,plants"));
    QCOMPARE(update.detail_message().text(), std::string("Changed: role, domains, plants"));
    {
        grpc::ClientContext deCtx;
        prepare(deCtx, admin);
        deCtx.AddMetadata("accept-language", "de");
        v1::ListAuditEntriesResponse german;
        QVERIFY(audit->ListAuditEntries(&deCtx, req, &german).ok());
        QCOMPARE(german.entries(0).detail_message().text(), std::string("Geändert: Rolle, Bereiche, Werke"));
        QCOMPARE(german.entries(1).detail_message().text(), std::string("Angelegt mit der Rolle Betrachter"));
    }
    // No password hash or password in the trail.
    QVERIFY(resp.SerializeAsString().find("a-long-password") == std::string::npos);
    QVERIFY(resp.SerializeAsString().find("pbkdf2") == std::string::npos);

    // A sign-in reads in words too, with the client it named.
    {
        grpc::ClientContext deCtx;
        prepare(deCtx, admin);
        deCtx.AddMetadata("accept-language", "de");
        v1::ListAuditEntriesRequest logins;
        logins.set_action("login");
        logins.set_actor("admin");
        v1::ListAuditEntriesResponse german;
        QVERIFY(audit->ListAuditEntries(&deCtx, logins, &german).ok());
        QVERIFY(german.entries_size() >= 1);
        QCOMPARE(german.entries(0).target_type(), std::string("session"));
        QCOMPARE(german.entries(0).detail(), std::string("flowdesk tests"));
        QCOMPARE(german.entries(0).detail_message().id(), std::string("audit.LOGIN"));
        QCOMPARE(german.entries(0).detail_message().text(), std::string("Angemeldet mit flowdesk tests"));
    }
    // A client's name is a name: 200 bytes pass, more are refused before any sign-in.
    auto sessions = server.stub<v1::SessionService>();
    for (const std::size_t size : {std::size_t(200), std::size_t(201)}) {
        grpc::ClientContext ctx;
        prepare(ctx, std::string());
        v1::LoginRequest login;
        login.set_username("admin");
        login.set_password("demo-admin");
        login.set_client(std::string(size, 'c'));
        v1::LoginResponse resp;
        const auto st = sessions->Login(&ctx, login, &resp);
        QCOMPARE(st.error_code(), size == 200 ? grpc::StatusCode::OK : grpc::StatusCode::INVALID_ARGUMENT);
    }
}

void ApiAdminTest::auditTamperingIsDetected_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("problem");
    // "N" is replaced by the sequence of the row that is tampered with.
    QTest::newRow("reason edited") << "UPDATE audit SET reason = 'routine check' WHERE sequence = N" << "altered";
    QTest::newRow("actor edited") << "UPDATE audit SET actor = 'operator' WHERE sequence = N" << "altered";
    QTest::newRow("hash recomputed by hand") << "UPDATE audit SET hash = 'abc123' WHERE sequence = N" << "";
    QTest::newRow("row deleted") << "DELETE FROM audit WHERE sequence = N" << "missing";
    QTest::newRow("newest row deleted") << "DELETE FROM audit WHERE sequence = (SELECT max(sequence) FROM audit)"
                                        << "missing";
    QTest::newRow("all rows deleted") << "DELETE FROM audit" << "missing";
}

void ApiAdminTest::auditTamperingIsDetected()
{
    QFETCH(QString, sql);
    QFETCH(QString, problem);
    TestServer server;
    QVERIFY(server.start());
    const std::string admin = server.loginDemo("admin");
    const std::string auditor = server.loginDemo("auditor");
    auto connectors = server.stub<v1::ConnectorService>();
    for (int i = 0; i < 4; ++i) {
        grpc::ClientContext ctx;
        prepare(ctx, admin);
        v1::PauseConnectorRequest req;
        req.set_connector_id("qms");
        req.set_reason("window " + std::to_string(i));
        v1::Connector c;
        QVERIFY(connectors->PauseConnector(&ctx, req, &c).ok());
    }
    const auto before = verifyChain(server, auditor);
    QVERIFY2(before.ok(), before.problem().c_str());
    QVERIFY(before.entries_checked() >= 6);

    // The second pause is the one someone wants gone or changed.
    auto audit = server.stub<v1::AuditService>();
    grpc::ClientContext ctx;
    prepare(ctx, auditor);
    v1::ListAuditEntriesRequest req;
    req.set_action("pause_connector");
    v1::ListAuditEntriesResponse resp;
    QVERIFY(audit->ListAuditEntries(&ctx, req, &resp).ok());
    QCOMPARE(resp.entries_size(), 4);
    const std::int64_t victim = resp.entries(2).sequence();
    const std::int64_t newest = before.entries_checked() + 1; // the verification itself is not audited
    std::string statement = sql.toStdString();
    const auto n = statement.find('N', statement.find("sequence = "));
    const bool targeted = statement.find("sequence = N") != std::string::npos;
    if (targeted)
        statement.replace(n, 1, std::to_string(victim));
    std::string error;
    QVERIFY2(tamper(server.storeLocation(), statement, &error), error.c_str());

    const auto after = verifyChain(server, auditor);
    QVERIFY(!after.ok());
    QVERIFY(!after.problem().empty());
    if (!problem.isEmpty())
        QVERIFY2(after.problem().find(problem.toStdString()) != std::string::npos, after.problem().c_str());
    if (targeted)
        QCOMPARE(after.first_broken_sequence(), victim);
    else
        QVERIFY(after.first_broken_sequence() >= 1 && after.first_broken_sequence() <= newest);
}

void ApiAdminTest::passwordResetAndDisablingEndOpenSessions()
{
    TestServer server;
    QVERIFY(server.start());
    const std::string admin = server.loginDemo("admin");
    auto users = server.stub<v1::UserService>();
    auto sessions = server.stub<v1::SessionService>();
    const auto whoAmI = [&](const std::string &token) {
        grpc::ClientContext ctx;
        prepare(ctx, token);
        v1::User me;
        return sessions->WhoAmI(&ctx, v1::WhoAmIRequest(), &me).error_code();
    };
    for (const char *name : {"berlin.clerk", "lyon.clerk"}) {
        grpc::ClientContext ctx;
        prepare(ctx, admin);
        v1::CreateUserRequest req;
        req.set_username(name);
        req.set_password("first-password-1");
        req.set_role(v1::ROLE_VIEWER);
        req.add_plants("DE01");
        v1::User u;
        QVERIFY(users->CreateUser(&ctx, req, &u).ok());
    }

    // Two open sessions (office and laptop); the admin resets the password.
    const std::string office = server.login("berlin.clerk", "first-password-1");
    const std::string laptop = server.login("berlin.clerk", "first-password-1");
    const std::string other = server.login("lyon.clerk", "first-password-1");
    QVERIFY(!office.empty() && !laptop.empty() && !other.empty());
    QCOMPARE(whoAmI(office), grpc::StatusCode::OK);
    QCOMPARE(whoAmI(laptop), grpc::StatusCode::OK);
    {
        grpc::ClientContext ctx;
        prepare(ctx, admin);
        v1::ResetPasswordRequest req;
        req.set_username("berlin.clerk");
        req.set_new_password("second-password-2");
        v1::ResetPasswordResponse resp;
        QVERIFY(users->ResetPassword(&ctx, req, &resp).ok());
    }
    QCOMPARE(whoAmI(office), grpc::StatusCode::UNAUTHENTICATED);
    QCOMPARE(whoAmI(laptop), grpc::StatusCode::UNAUTHENTICATED);
    QCOMPARE(whoAmI(other), grpc::StatusCode::OK); // other accounts keep their sessions
    QCOMPARE(whoAmI(admin), grpc::StatusCode::OK);
    grpc::Status oldPassword;
    QVERIFY(server.login("berlin.clerk", "first-password-1", &oldPassword).empty());
    QCOMPARE(oldPassword.error_code(), grpc::StatusCode::UNAUTHENTICATED);
    const std::string fresh = server.login("berlin.clerk", "second-password-2");
    QVERIFY(!fresh.empty());
    QCOMPARE(whoAmI(fresh), grpc::StatusCode::OK);

    // Disabling ends the sessions too: enabling the account again does not
    // bring an old token back.
    const auto setDisabled = [&](bool disabled) {
        grpc::ClientContext ctx;
        prepare(ctx, admin);
        v1::UpdateUserRequest req;
        req.set_username("berlin.clerk");
        req.add_update_mask("disabled");
        req.set_disabled(disabled);
        v1::User u;
        return users->UpdateUser(&ctx, req, &u).ok();
    };
    QVERIFY(setDisabled(true));
    QCOMPARE(whoAmI(fresh), grpc::StatusCode::UNAUTHENTICATED);
    QVERIFY(setDisabled(false));
    QCOMPARE(whoAmI(fresh), grpc::StatusCode::UNAUTHENTICATED);
    QVERIFY(!server.login("berlin.clerk", "second-password-2").empty());
    QCOMPARE(whoAmI(other), grpc::StatusCode::OK);
}

QTEST_GUILESS_MAIN(ApiAdminTest)
#include "tst_api_admin.moc"
