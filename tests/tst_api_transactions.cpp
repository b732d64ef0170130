// The exception workbench over gRPC as a client sees it: versions, request ids,
// schema errors, separation of duties, the audit chain, the event feed, sessions
// and bulk jobs, against a real in-process flowdeskd.

#include "apitestutil.h"

#include "demo_rules.h"
#include "auth.h"
#include "policy.h"
#include "store.h"

#include <rapidjson/document.h>
#include <rapidjson/pointer.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <openssl/evp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <libpq-fe.h>
#include <sqlite3.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <map>
#include <limits>
#include <set>
#include <thread>

using namespace apitest;
namespace v1 = flowdesk::v1;
namespace be = flowdesk::backend;
using grpc::StatusCode;

namespace {

const char *kFlow = "crm-quote-to-order";
const char *kUnknownCustomer = "C-99999";

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

// The value of a message's argument; empty when it has none of that name.
std::string argOf(const v1::UserMessage &m, const std::string &name)
{
    for (const auto &a : m.args()) {
        if (a.name() == name)
            return a.value();
    }
    return {};
}

std::string stringAt(const std::string &json, const char *pointer)
{
    rapidjson::Document doc;
    doc.Parse(json.c_str());
    const auto *v = rapidjson::Pointer(pointer).Get(doc);
    return v && v->IsString() ? v->GetString() : std::string();
}

std::set<std::string> violationFields(const grpc::Status &status)
{
    std::set<std::string> out;
    const auto details = detailsOf(status);
    for (const auto &v : details.field_violations())
        out.insert(v.field());
    return out;
}

// A loopback TCP relay whose connections to the server leave from another
// loopback address (127.0.0.2): through it the server sees a second client
// address, as it would a second computer.
class SecondAddressRelay {
public:
    explicit SecondAddressRelay(int serverPort) : m_serverPort(serverPort)
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::listen(m_listen, 8) != 0
            || ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &len) != 0 || ::pipe(m_wake) != 0)
            return;
        m_port = ntohs(a.sin_port);
        m_thread = std::thread([this] { run(); });
    }
    ~SecondAddressRelay()
    {
        if (m_thread.joinable()) {
            const char c = 0;
            [[maybe_unused]] const auto n = ::write(m_wake[1], &c, 1);
            m_thread.join();
        }
        for (int fd : {m_listen, m_wake[0], m_wake[1]})
            if (fd >= 0)
                ::close(fd);
    }
    // 0 when the relay could not be set up.
    int port() const { return m_port; }

private:
    int connectFromSecondAddress() const
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in from{};
        from.sin_family = AF_INET;
        from.sin_addr.s_addr = htonl(0x7f000002);  // 127.0.0.2
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        to.sin_port = htons(static_cast<std::uint16_t>(m_serverPort));
        if (::bind(fd, reinterpret_cast<sockaddr *>(&from), sizeof from) != 0
            || ::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof to) != 0) {
            ::close(fd);
            return -1;
        }
        return fd;
    }

    void run()
    {
        std::map<int, int> peer;  // each side of a relayed connection -> the other
        for (;;) {
            std::vector<pollfd> fds{{m_wake[0], POLLIN, 0}, {m_listen, POLLIN, 0}};
            for (const auto &[fd, other] : peer)
                fds.push_back({fd, POLLIN, 0});
            if (::poll(fds.data(), fds.size(), 1000) < 0 && errno != EINTR)
                break;
            if (fds[0].revents)
                break;
            if (fds[1].revents & POLLIN) {
                const int client = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
                const int upstream = client >= 0 ? connectFromSecondAddress() : -1;
                if (upstream >= 0) {
                    peer[client] = upstream;
                    peer[upstream] = client;
                } else if (client >= 0) {
                    ::close(client);
                }
            }
            for (std::size_t i = 2; i < fds.size(); ++i) {
                if (!fds[i].revents || !peer.count(fds[i].fd))
                    continue;
                char buf[16384];
                const auto n = ::read(fds[i].fd, buf, sizeof buf);
                const int other = peer[fds[i].fd];
                bool ok = n > 0;
                for (ssize_t done = 0; ok && done < n;) {
                    const auto w = ::write(other, buf + done, static_cast<std::size_t>(n - done));
                    ok = w > 0;
                    done += ok ? w : 0;
                }
                if (!ok) {
                    peer.erase(fds[i].fd);
                    peer.erase(other);
                    ::close(fds[i].fd);
                    ::close(other);
                }
            }
        }
        for (const auto &[fd, other] : peer)
            ::close(fd);
    }

    int m_serverPort = 0;
    int m_listen = -1;
    int m_wake[2] = {-1, -1};
    int m_port = 0;
    std::thread m_thread;
};

} // namespace

class ApiTransactionsTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::string m_operator, m_admin, m_auditor, m_connector;
    std::string m_template;      // payload of a delivered CRM order
    std::string m_goodCustomer;  // its customer code
    int m_orderCounter = 0;

    std::unique_ptr<v1::TransactionService::Stub> tx() { return m_server.stub<v1::TransactionService>(); }

    static void createUser(TestServer &server, const std::string &name, const std::string &password)
    {
        auto users = server.stub<v1::UserService>();
        grpc::ClientContext ctx;
        prepare(ctx, server.loginDemo("admin"));
        v1::CreateUserRequest req;
        req.set_username(name);
        req.set_password(password);
        req.set_role(v1::ROLE_OPERATOR);
        req.add_domains("sales");
        v1::User user;
        const auto st = users->CreateUser(&ctx, req, &user);
        QVERIFY2(st.ok(), st.error_message().c_str());
    }

    static v1::Connector setCredential(TestServer &server, const std::string &token, const std::string &connector,
                                       const std::string &secret)
    {
        auto connectors = server.stub<v1::ConnectorService>();
        grpc::ClientContext ctx;
        prepare(ctx, token);
        v1::SetCredentialRequest req;
        req.set_connector_id(connector);
        req.set_secret(secret);
        v1::SetCredentialResponse resp;
        const auto st = connectors->SetCredential(&ctx, req, &resp);
        if (!st.ok())
            qWarning("SetCredential: %s", st.error_message().c_str());
        return resp.connector();
    }

    static v1::TestConnectorResponse testConnector(TestServer &server, const std::string &token,
                                                   const std::string &connector)
    {
        auto connectors = server.stub<v1::ConnectorService>();
        grpc::ClientContext ctx;
        prepare(ctx, token);
        v1::TestConnectorRequest req;
        req.set_connector_id(connector);
        v1::TestConnectorResponse resp;
        const auto st = connectors->TestConnector(&ctx, req, &resp);
        if (!st.ok())
            qWarning("TestConnector: %s", st.error_message().c_str());
        return resp;
    }

    // AES-256-GCM without additional data, as earlier versions stored credentials.
    static std::string sealWithoutBinding(const std::string &key, const std::string &plaintext)
    {
        std::string iv(12, '\x07');
        std::string out(plaintext.size(), '\0');
        std::string tag(16, '\0');
        EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
        int len = 0;
        EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, reinterpret_cast<const unsigned char *>(key.data()),
                           reinterpret_cast<const unsigned char *>(iv.data()));
        EVP_EncryptUpdate(ctx, reinterpret_cast<unsigned char *>(out.data()), &len,
                          reinterpret_cast<const unsigned char *>(plaintext.data()), int(plaintext.size()));
        unsigned char rest[16];
        EVP_EncryptFinal_ex(ctx, rest, &len);
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag.data());
        EVP_CIPHER_CTX_free(ctx);
        return be::crypto::toHex(iv + out + tag);
    }

    // Submits a new CRM order like the template, for customerCode, and waits until it has a final state.
    std::int64_t submitOrder(const std::string &customerCode, be::TxState expected, std::string *orderNumber = nullptr,
                             const std::string &customerName = {})
    {
        char number[32];
        std::snprintf(number, sizeof number, "SO2026-9%05d", ++m_orderCounter);
        std::string payload = setAt(m_template, "/order_number", number);
        payload = setAt(payload, "/customer/code", customerCode);
        if (!customerName.empty())
            payload = setAt(payload, "/customer/name", customerName);
        auto ingest = m_server.stub<v1::IngestService>();
        grpc::ClientContext ctx;
        prepare(ctx, m_connector);
        v1::SubmitRequest req;
        req.set_flow_id(kFlow);
        req.set_payload_json(payload);
        req.set_idempotency_key(std::string("test-") + number);
        v1::SubmitResponse resp;
        const auto st = ingest->Submit(&ctx, req, &resp);
        if (!st.ok()) {
            qWarning("submit failed: %s", st.error_message().c_str());
            return 0;
        }
        const std::int64_t id = std::stoll(resp.transaction_id());
        if (!waitState(id, expected, 20000)) {
            const auto t = m_server.backend().store().getTransaction(id, false);
            qWarning("transaction %lld did not reach %s (is %s: %s)", static_cast<long long>(id), be::toString(expected),
                     t ? be::toString(t->state) : "?", t ? t->error.message.c_str() : "");
            return 0;
        }
        if (orderNumber)
            *orderNumber = number;
        return id;
    }

    bool waitState(std::int64_t id, be::TxState state, int timeoutMs = 15000)
    {
        return waitFor(
            [&] {
                const auto t = m_server.backend().store().getTransaction(id, false);
                return t && t->state == state;
            },
            timeoutMs);
    }

    v1::Transaction get(std::int64_t id, const std::string &token)
    {
        grpc::ClientContext ctx;
        prepare(ctx, token);
        v1::GetTransactionRequest req;
        req.set_id(std::to_string(id));
        v1::Transaction t;
        const auto st = tx()->GetTransaction(&ctx, req, &t);
        if (!st.ok())
            qWarning("GetTransaction: %s", st.error_message().c_str());
        return t;
    }

    grpc::Status updatePayload(std::int64_t id, std::int64_t version, const std::string &payload,
                               const std::string &token, v1::Transaction *out = nullptr, const std::string &requestId = {})
    {
        grpc::ClientContext ctx;
        prepare(ctx, token);
        v1::UpdatePayloadRequest req;
        req.set_id(std::to_string(id));
        req.set_expected_version(version);
        req.set_payload_json(payload);
        req.set_request_id(requestId);
        req.set_reason("customer code corrected");
        v1::Transaction t;
        const auto st = tx()->UpdatePayload(&ctx, req, &t);
        if (out)
            *out = t;
        return st;
    }

    grpc::Status resubmit(std::int64_t id, std::int64_t version, const std::string &requestId, const std::string &token,
                          v1::Transaction *out = nullptr)
    {
        grpc::ClientContext ctx;
        prepare(ctx, token);
        v1::ResubmitRequest req;
        req.set_id(std::to_string(id));
        req.set_expected_version(version);
        req.set_request_id(requestId);
        v1::Transaction t;
        const auto st = tx()->Resubmit(&ctx, req, &t);
        if (out)
            *out = t;
        return st;
    }

    std::vector<std::int64_t> searchIds(const std::string &text, const std::string &token)
    {
        grpc::ClientContext ctx;
        prepare(ctx, token);
        v1::ListTransactionsRequest req;
        req.mutable_filter()->set_text(text);
        req.set_page_size(100);
        v1::ListTransactionsResponse resp;
        const auto st = tx()->ListTransactions(&ctx, req, &resp);
        if (!st.ok())
            qWarning("ListTransactions: %s", st.error_message().c_str());
        std::vector<std::int64_t> ids;
        for (const auto &t : resp.transactions())
            ids.push_back(std::stoll(t.id()));
        return ids;
    }

    static bool holds(const std::vector<std::int64_t> &ids, std::int64_t id)
    {
        return std::find(ids.begin(), ids.end(), id) != ids.end();
    }

    std::vector<v1::AuditEntry> audit(const std::string &action, const std::string &targetId,
                                      const std::string &language = {})
    {
        auto s = m_server.stub<v1::AuditService>();
        grpc::ClientContext ctx;
        prepare(ctx, m_auditor);
        if (!language.empty())
            ctx.AddMetadata("accept-language", language);
        v1::ListAuditEntriesRequest req;
        req.set_action(action);
        req.set_target_type("transaction");
        req.set_target_id(targetId);
        req.set_page_size(100);
        v1::ListAuditEntriesResponse resp;
        const auto st = s->ListAuditEntries(&ctx, req, &resp);
        if (!st.ok())
            qWarning("ListAuditEntries: %s", st.error_message().c_str());
        return {resp.entries().begin(), resp.entries().end()};
    }

    v1::BulkJob runBulk(const v1::StartBulkActionRequest &req, const std::string &token, grpc::Status *status = nullptr,
                        const std::string &language = {})
    {
        v1::BulkJob job;
        {
            grpc::ClientContext ctx;
            prepare(ctx, token);
            if (!language.empty())
                ctx.AddMetadata("accept-language", language);
            const auto st = tx()->StartBulkAction(&ctx, req, &job);
            if (status)
                *status = st;
            if (!st.ok())
                return job;
        }
        grpc::ClientContext ctx;
        prepare(ctx, token, 30000);
        v1::WatchBulkActionRequest w;
        w.set_job_id(job.id());
        auto reader = tx()->WatchBulkAction(&ctx, w);
        v1::BulkJob update;
        while (reader->Read(&update))
            job = update;
        const auto st = reader->Finish();
        if (!st.ok())
            qWarning("WatchBulkAction: %s", st.error_message().c_str());
        return job;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start({300}));
        m_operator = m_server.loginDemo("operator");
        m_admin = m_server.loginDemo("admin");
        m_auditor = m_server.loginDemo("auditor");
        m_connector = m_server.loginDemo("connector");
        QVERIFY(!m_operator.empty() && !m_admin.empty() && !m_auditor.empty() && !m_connector.empty());
        be::TxFilter f;
        f.flowIds = {kFlow};
        f.states = {be::TxState::Delivered};
        const auto page = m_server.backend().store().listTransactions(f, be::TxOrder::IdAsc, 1, {}, true);
        QVERIFY2(!page.items.empty(), "the seeded history has no delivered CRM order");
        m_template = page.items.front().payloadJson;
        m_goodCustomer = stringAt(m_template, "/customer/code");
        QVERIFY(!m_goodCustomer.empty());
    }

    void cleanupTestCase() { m_server.stop(); }

    void malformedAndUnknownIds()
    {
        grpc::ClientContext c1;
        prepare(c1, m_operator);
        v1::GetTransactionRequest req;
        req.set_id("not-an-id");
        v1::Transaction t;
        QCOMPARE(tx()->GetTransaction(&c1, req, &t).error_code(), StatusCode::INVALID_ARGUMENT);
        grpc::ClientContext c2;
        prepare(c2, m_operator);
        req.set_id("987654321");
        QCOMPARE(tx()->GetTransaction(&c2, req, &t).error_code(), StatusCode::NOT_FOUND);
    }

    void staleVersionIsRefusedWithTheCurrentVersion()
    {
        const auto id = submitOrder(kUnknownCustomer, be::TxState::Failed);
        QVERIFY(id > 0);
        const auto t = get(id, m_operator);
        QCOMPARE(t.state(), v1::FAILED);
        QCOMPARE(t.error().category(), v1::ERROR_CATEGORY_MASTER_DATA);
        const std::string fixed = setAt(t.payload_json(), "/customer/code", m_goodCustomer);
        const auto st = updatePayload(id, t.version() - 1, fixed, m_operator);
        QCOMPARE(st.error_code(), StatusCode::ABORTED);
        QCOMPARE(detailsOf(st).current_version(), t.version());
        QCOMPARE(detailsOf(st).reason(), std::string("VERSION_MISMATCH"));
        // Nothing changed.
        QCOMPARE(get(id, m_operator).version(), t.version());
        QCOMPARE(get(id, m_operator).payload_json(), t.payload_json());
    }

    // What an audit entry records reads in the reader's language, triage
    // statuses (a failed transaction starts as New) and the bulk job included; the recorded English detail stays,
    // and the chain verifies over both.
    void auditDetailsReadInTheReadersLanguage()
    {
        const auto id = submitOrder(kUnknownCustomer, be::TxState::Failed);
        QVERIFY(id > 0);
        const std::string sid = std::to_string(id);
        auto assign = [&](const std::string &assignee) {
            grpc::ClientContext ctx;
            prepare(ctx, m_operator);
            v1::AssignRequest req;
            req.set_id(sid);
            req.set_assignee(assignee);
            req.set_expected_version(get(id, m_operator).version());
            v1::Transaction out;
            return tx()->Assign(&ctx, req, &out).ok();
        };
        auto triage = [&](v1::TriageStatus status) {
            grpc::ClientContext ctx;
            prepare(ctx, m_operator);
            v1::SetTriageStatusRequest req;
            req.set_id(sid);
            req.set_triage_status(status);
            req.set_expected_version(get(id, m_operator).version());
            v1::Transaction out;
            return tx()->SetTriageStatus(&ctx, req, &out).ok();
        };
        QVERIFY(assign("operator"));
        QVERIFY(assign("auditor"));
        QVERIFY(assign(""));
        QVERIFY(triage(v1::TRIAGE_STATUS_INVESTIGATING));
        QVERIFY(triage(v1::TRIAGE_STATUS_WAITING_ON_PARTNER));
        v1::StartBulkActionRequest bulk;
        bulk.set_request_id("audit-words-" + sid);
        bulk.mutable_ids()->add_ids(sid);
        bulk.set_action(v1::BULK_ACTION_SET_TRIAGE_STATUS);
        bulk.set_triage_status(v1::TRIAGE_STATUS_NEW);
        const v1::BulkJob job = runBulk(bulk, m_operator);
        QCOMPARE(job.state(), v1::BULK_JOB_SUCCEEDED);

        auto texts = [&](const std::string &action, const std::string &language) {
            QStringList out;
            for (const auto &e : audit(action, sid, language)) {
                out.prepend(QString::fromStdString(e.detail_message().text()));
                if (!language.empty())
                    if (e.detail_message().language() != language)
                        out.prepend(QStringLiteral("(not in %1)").arg(QString::fromStdString(language)));
            }
            return out;
        };
        QCOMPARE(texts("assign", "de"),
                 (QStringList{"operator zugewiesen", "auditor statt operator zugewiesen", "Nicht mehr auditor zugewiesen"}));
        QCOMPARE(texts("assign", "fr"), (QStringList{"Attribué à operator", "Attribué à auditor au lieu de operator",
                                                     "N'est plus attribué à auditor"}));
        const QString jobText = QString::fromStdString(job.id());
        QCOMPARE(texts("set_triage_status", "de"),
                 (QStringList{"Klärungsstatus „In Klärung“ statt „Neu“", "Klärungsstatus „Wartet auf Partner“ statt „In Klärung“",
                              "Klärungsstatus „Neu“ statt „Wartet auf Partner“; Massenjob " + jobText}));
        QCOMPARE(texts("set_triage_status", "es"),
                 (QStringList{"Estado de triaje «En investigación» en lugar de «Nueva»",
                              "Estado de triaje «A la espera del socio» en lugar de «En investigación»",
                              "Estado de triaje «Nueva» en lugar de «A la espera del socio»; trabajo masivo " + jobText}));
        // Without a language: English; the recorded detail is the one hashed.
        const auto english = audit("assign", sid);
        QCOMPARE(english.size(), std::size_t(3));
        QCOMPARE(english.back().detail_message().id(), std::string("audit.ASSIGNED"));
        QCOMPARE(english.back().detail_message().text(), std::string("Assigned to operator"));
        QCOMPARE(english.back().detail(), std::string("from '' to 'operator'"));

        auto s = m_server.stub<v1::AuditService>();
        grpc::ClientContext ctx;
        prepare(ctx, m_auditor);
        v1::VerifyAuditChainResponse verified;
        QVERIFY(s->VerifyAuditChain(&ctx, v1::VerifyAuditChainRequest{}, &verified).ok());
        QVERIFY2(verified.ok(), verified.problem().c_str());
    }

    void schemaViolationsNameTheOffendingFields_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("unknown top-level field") << "bogus" << QStringList{"/bogus"};
        QTest::newRow("missing required object") << "no-customer" << QStringList{"/customer"};
        QTest::newRow("pattern") << "bad-code" << QStringList{"/customer/code"};
        QTest::newRow("masked placeholder written back") << "masked" << QStringList{"/total_amount"};
        QTest::newRow("not JSON") << "garbage" << QStringList{""};
    }

    void schemaViolationsNameTheOffendingFields()
    {
        QFETCH(QString, edit);
        QFETCH(QStringList, fields);
        const auto id = submitOrder(kUnknownCustomer, be::TxState::Failed);
        QVERIFY(id > 0);
        const auto t = get(id, m_operator);
        rapidjson::Document doc;
        doc.Parse(t.payload_json().c_str());
        QVERIFY(doc.IsObject());
        std::string payload;
        if (edit == "bogus") {
            doc.AddMember("bogus", 1, doc.GetAllocator());
        } else if (edit == "no-customer") {
            doc.RemoveMember("customer");
        } else if (edit == "bad-code") {
            rapidjson::Pointer("/customer/code").Set(doc, "X");
        } else if (edit == "masked") {
            rapidjson::Pointer("/total_amount").Set(doc, "***");
        }
        if (edit == "garbage") {
            payload = "{\"order_number\": ";
        } else {
            rapidjson::StringBuffer sb;
            rapidjson::Writer<rapidjson::StringBuffer> w(sb);
            doc.Accept(w);
            payload = sb.GetString();
        }
        const auto st = updatePayload(id, t.version(), payload, m_operator);
        QCOMPARE(st.error_code(), StatusCode::INVALID_ARGUMENT);
        QCOMPARE(detailsOf(st).reason(), std::string("SCHEMA_VIOLATION"));
        const auto got = violationFields(st);
        for (const auto &f : fields)
            QVERIFY2(got.count(f.toStdString()), qPrintable("missing violation " + f + " in " + QString::fromStdString(
                                                                st.error_message())));
        QCOMPARE(get(id, m_operator).version(), t.version());
    }

    void correctedPayloadIsDeliveredExactlyOncePerRequestId()
    {
        std::string order;
        const auto id = submitOrder(kUnknownCustomer, be::TxState::Failed, &order);
        QVERIFY(id > 0);
        auto t = get(id, m_operator);
        const std::string realEmail = stringAt(t.payload_json(), "/customer/contact/email");
        v1::Transaction edited;
        const auto st = updatePayload(id, t.version(), setAt(t.payload_json(), "/customer/code", m_goodCustomer),
                                      m_operator, &edited);
        QVERIFY2(st.ok(), st.error_message().c_str());
        QCOMPARE(edited.version(), t.version() + 1);
        QCOMPARE(stringAt(edited.payload_json(), "/customer/code"), m_goodCustomer);
        QCOMPARE(stringAt(edited.original_payload_json(), "/customer/code"), std::string(kUnknownCustomer));
        // What lists and the detail show follows the correction.
        QCOMPARE(t.counterparty(), std::string(kUnknownCustomer));
        QCOMPARE(edited.counterparty(), m_goodCustomer);
        QCOMPARE(get(id, m_operator).counterparty(), m_goodCustomer);

        // The edit's audit entry carries the difference, never a sensitive value.
        const auto edits = audit("update_payload", std::to_string(id));
        QCOMPARE(edits.size(), std::size_t(1));
        QCOMPARE(edits[0].actor(), std::string("operator"));
        QVERIFY(edits[0].diff_json().find(kUnknownCustomer) != std::string::npos);
        QVERIFY(edits[0].diff_json().find(m_goodCustomer) != std::string::npos);
        if (!realEmail.empty())
            QVERIFY(edits[0].diff_json().find(realEmail) == std::string::npos);

        v1::Transaction first;
        v1::Transaction second;
        QVERIFY(resubmit(id, edited.version(), "resubmit-once-1", m_operator, &first).ok());
        QCOMPARE(first.state(), v1::RESUBMITTED);
        // A double click: the same request id answers the same and does nothing twice.
        const auto again = resubmit(id, edited.version(), "resubmit-once-1", m_operator, &second);
        QVERIFY2(again.ok(), again.error_message().c_str());
        QCOMPARE(second.SerializeAsString(), first.SerializeAsString());
        QVERIFY(waitState(id, be::TxState::Delivered));
        QCOMPARE(m_server.targets().timesCreated(kFlow, order), 1);
        QCOMPARE(audit("resubmit", std::to_string(id)).size(), std::size_t(1));
        // A retry after delivery still gets the first answer.
        v1::Transaction third;
        QVERIFY(resubmit(id, edited.version(), "resubmit-once-1", m_operator, &third).ok());
        QCOMPARE(third.SerializeAsString(), first.SerializeAsString());

        // The same id with other arguments is refused.
        const auto reused = resubmit(id, edited.version() + 5, "resubmit-once-1", m_operator);
        QCOMPARE(reused.error_code(), StatusCode::INVALID_ARGUMENT);
        QCOMPARE(detailsOf(reused).reason(), std::string("REQUEST_ID_REUSED"));
        // A resubmit without a request id is refused.
        QCOMPARE(resubmit(id, 0, std::string(), m_operator).error_code(), StatusCode::INVALID_ARGUMENT);
        // Delivered now: a fresh resubmit is not allowed.
        const auto late = resubmit(id, 0, "resubmit-once-2", m_operator);
        QCOMPARE(late.error_code(), StatusCode::FAILED_PRECONDITION);
        QCOMPARE(detailsOf(late).reason(), std::string("INVALID_STATE"));
    }

    // The same request id again answers the first answer only to a caller who
    // may still see the transaction.
    void repeatedRequestIdChecksTheScopeAgain()
    {
        auto users = m_server.stub<v1::UserService>();
        {
            grpc::ClientContext ctx;
            prepare(ctx, m_admin);
            v1::CreateUserRequest req;
            req.set_username("scoped-op");
            req.set_password("scoped-op-password");
            req.set_role(v1::ROLE_OPERATOR);
            req.add_domains("sales");
            v1::User u;
            QVERIFY(users->CreateUser(&ctx, req, &u).ok());
        }
        const std::string op = m_server.login("scoped-op", "scoped-op-password");
        QVERIFY(!op.empty());
        const auto id = submitOrder(kUnknownCustomer, be::TxState::Failed);
        QVERIFY(id > 0);
        const auto t = get(id, op);
        v1::Transaction first;
        QVERIFY(resubmit(id, t.version(), "scope-replay", op, &first).ok());
        {
            grpc::ClientContext ctx;
            prepare(ctx, m_admin);
            v1::UpdateUserRequest req;
            req.set_username("scoped-op");
            req.add_update_mask("domains");
            req.add_domains("finance");
            v1::User u;
            QVERIFY(users->UpdateUser(&ctx, req, &u).ok());
        }
        v1::Transaction again;
        const auto st = resubmit(id, t.version(), "scope-replay", op, &again);
        QCOMPARE(st.error_code(), StatusCode::PERMISSION_DENIED);
        QVERIFY(again.payload_json().empty());
    }

    void discardNeedsAReasonAndOnlyWorksOnFailed()
    {
        const auto id = submitOrder(kUnknownCustomer, be::TxState::Failed);
        QVERIFY(id > 0);
        auto discard = [&](const std::string &reason, v1::Transaction *out = nullptr) {
            grpc::ClientContext ctx;
            prepare(ctx, m_operator);
            v1::DiscardRequest req;
            req.set_id(std::to_string(id));
            req.set_reason(reason);
            v1::Transaction t;
            const auto st = tx()->Discard(&ctx, req, &t);
            if (out)
                *out = t;
            return st;
        };
        QCOMPARE(discard("").error_code(), StatusCode::INVALID_ARGUMENT);
        QCOMPARE(discard("   ").error_code(), StatusCode::INVALID_ARGUMENT);
        QCOMPARE(get(id, m_operator).state(), v1::FAILED);
        v1::Transaction t;
        QVERIFY(discard("Customer placed the order twice", &t).ok());
        QCOMPARE(t.state(), v1::DISCARDED);
        const auto entries = audit("discard", std::to_string(id));
        QCOMPARE(entries.size(), std::size_t(1));
        QCOMPARE(entries[0].reason(), std::string("Customer placed the order twice"));
        const auto st = discard("again");
        QCOMPARE(st.error_code(), StatusCode::FAILED_PRECONDITION);
        QCOMPARE(detailsOf(st).reason(), std::string("INVALID_STATE"));
    }

    void adminMayReplayOnlyTechnicalFailuresUnchanged()
    {
        const auto business = submitOrder(kUnknownCustomer, be::TxState::Failed);
        QVERIFY(business > 0);
        const auto t = get(business, m_admin);
        QVERIFY(t.masked_fields_size() > 0);
        const auto refused = resubmit(business, t.version(), "admin-replay-business", m_admin);
        QCOMPARE(refused.error_code(), StatusCode::PERMISSION_DENIED);
        QCOMPARE(detailsOf(refused).reason(), std::string("REPLAY_NOT_ALLOWED"));
        const auto edit = updatePayload(business, t.version(), setAt(m_template, "/customer/code", m_goodCustomer), m_admin);
        QCOMPARE(edit.error_code(), StatusCode::PERMISSION_DENIED);
        QCOMPARE(get(business, m_operator).state(), v1::FAILED);

        // A connectivity failure: the target was down until the retries ran out.
        m_server.targets().setConnectorDown("odoo", true);
        std::string order;
        const auto technical = submitOrder(m_goodCustomer, be::TxState::Failed, &order);
        m_server.targets().setConnectorDown("odoo", false);
        QVERIFY(technical > 0);
        const auto failed = get(technical, m_admin);
        QCOMPARE(failed.error().category(), v1::ERROR_CATEGORY_CONNECTIVITY);
        v1::Transaction replayed;
        const auto ok = resubmit(technical, failed.version(), "admin-replay-technical", m_admin, &replayed);
        QVERIFY2(ok.ok(), ok.error_message().c_str());
        QCOMPARE(replayed.state(), v1::RESUBMITTED);
        QVERIFY(waitState(technical, be::TxState::Delivered));
        QCOMPARE(m_server.targets().timesCreated(kFlow, order), 1);
    }

    // What the backend tells each caller it may do, and why not.
    static const v1::AllowedAction *allowed(const v1::Transaction &t, v1::TransactionAction action)
    {
        for (const auto &a : t.allowed_actions())
            if (a.action() == action)
                return &a;
        return nullptr;
    }

    void allowedActionsFollowTheLifecycleRules()
    {
        const auto business = submitOrder(kUnknownCustomer, be::TxState::Failed);
        QVERIFY(business > 0);
        m_server.targets().setConnectorDown("odoo", true);
        const auto technical = submitOrder(m_goodCustomer, be::TxState::Failed);
        m_server.targets().setConnectorDown("odoo", false);
        QVERIFY(technical > 0);

        // An IT admin: replay of the technical failure only, nothing else.
        const auto adminTech = get(technical, m_admin);
        const auto adminBiz = get(business, m_admin);
        QCOMPARE(adminTech.allowed_actions_size(), 8);
        const auto *replay = allowed(adminTech, v1::TRANSACTION_ACTION_RESUBMIT);
        QVERIFY(replay && replay->allowed());
        const auto *refused = allowed(adminBiz, v1::TRANSACTION_ACTION_RESUBMIT);
        QVERIFY(refused && !refused->allowed());
        QCOMPARE(refused->reason(), std::string("REPLAY_NOT_ALLOWED"));
        QVERIFY(!refused->message().empty());
        const auto *edit = allowed(adminTech, v1::TRANSACTION_ACTION_EDIT_PAYLOAD);
        QVERIFY(edit && !edit->allowed());
        QCOMPARE(edit->reason(), std::string("MISSING_PERMISSION"));
        QCOMPARE(edit->missing_permission(), std::string("transactions.edit"));

        // The operator may do everything with a failed transaction of their domain.
        const auto op = get(business, m_operator);
        for (const auto &a : op.allowed_actions())
            QVERIFY2(a.allowed(), v1::TransactionAction_Name(a.action()).c_str());
        // An auditor may do nothing.
        const auto audited = get(business, m_auditor);
        for (const auto &a : audited.allowed_actions()) {
            QVERIFY(!a.allowed());
            QCOMPARE(a.reason(), std::string("MISSING_PERMISSION"));
        }

        // What the answer says is what the calls do.
        QCOMPARE(resubmit(business, adminBiz.version(), "allowed-admin-biz", m_admin).error_code(),
                 StatusCode::PERMISSION_DENIED);
        QVERIFY(resubmit(technical, adminTech.version(), "allowed-admin-tech", m_admin).ok());
        QVERIFY(waitState(technical, be::TxState::Delivered));
        // Delivered: nothing is left to do but comment.
        const auto done = get(technical, m_operator);
        for (const auto &a : done.allowed_actions()) {
            if (a.action() == v1::TRANSACTION_ACTION_COMMENT) {
                QVERIFY(a.allowed());
                continue;
            }
            QVERIFY2(!a.allowed(), v1::TransactionAction_Name(a.action()).c_str());
            QVERIFY(a.reason() == "NOT_FAILED" || a.reason() == "CLOSED");
        }
        // Lists carry them too.
        grpc::ClientContext ctx;
        prepare(ctx, m_admin);
        v1::ListTransactionsRequest req;
        req.mutable_filter()->add_states(v1::FAILED);
        req.set_page_size(5);
        v1::ListTransactionsResponse resp;
        QVERIFY(tx()->ListTransactions(&ctx, req, &resp).ok());
        QVERIFY(resp.transactions_size() > 0);
        for (const auto &t : resp.transactions())
            QCOMPARE(t.allowed_actions_size(), 8);
    }

    void correctionAndResubmitAreOneChange()
    {
        std::string order;
        const auto id = submitOrder(kUnknownCustomer, be::TxState::Failed, &order);
        QVERIFY(id > 0);
        const auto t = get(id, m_operator);
        auto send = [&](const std::string &payload, const std::string &requestId, v1::Transaction *out) {
            grpc::ClientContext ctx;
            prepare(ctx, m_operator);
            v1::ResubmitRequest req;
            req.set_id(std::to_string(id));
            req.set_expected_version(t.version());
            req.set_request_id(requestId);
            req.set_payload_json(payload);
            req.set_reason("customer code corrected");
            return tx()->Resubmit(&ctx, req, out);
        };
        // A correction that fails the schema changes nothing: no save, no resubmit.
        v1::Transaction out;
        const auto bad = send(setAt(t.payload_json(), "/customer/code", ""), "correct-1", &out);
        QCOMPARE(bad.error_code(), StatusCode::INVALID_ARGUMENT);
        QCOMPARE(detailsOf(bad).reason(), std::string("SCHEMA_VIOLATION"));
        const auto unchanged = get(id, m_operator);
        QCOMPARE(unchanged.version(), t.version());
        QCOMPARE(unchanged.state(), v1::FAILED);
        QCOMPARE(unchanged.payload_json(), t.payload_json());
        QVERIFY(audit("update_payload", std::to_string(id)).empty());

        // A good one: saved and resubmitted in one change, one version up.
        const auto ok = send(setAt(t.payload_json(), "/customer/code", m_goodCustomer), "correct-2", &out);
        QVERIFY2(ok.ok(), ok.error_message().c_str());
        QCOMPARE(out.state(), v1::RESUBMITTED);
        QCOMPARE(out.version(), t.version() + 1);
        QCOMPARE(stringAt(out.payload_json(), "/customer/code"), m_goodCustomer);
        const auto edits = audit("update_payload", std::to_string(id));
        QCOMPARE(edits.size(), std::size_t(1));
        QCOMPARE(edits[0].reason(), std::string("customer code corrected"));
        QCOMPARE(edits[0].request_id(), std::string("correct-2"));
        QCOMPARE(edits[0].transaction_action(), v1::TRANSACTION_ACTION_EDIT_PAYLOAD);
        const auto resubmits = audit("resubmit", std::to_string(id));
        QCOMPARE(resubmits.size(), std::size_t(1));
        QCOMPARE(resubmits[0].transaction_action(), v1::TRANSACTION_ACTION_RESUBMIT);
        QVERIFY(waitState(id, be::TxState::Delivered));
        QCOMPARE(m_server.targets().timesCreated(kFlow, order), 1);
        // The hops say the same in the one vocabulary.
        bool edited = false, resubmitted = false;
        const auto delivered = get(id, m_operator);
        for (const auto &h : delivered.hops()) {
            edited = edited || h.transaction_action() == v1::TRANSACTION_ACTION_EDIT_PAYLOAD;
            resubmitted = resubmitted || h.transaction_action() == v1::TRANSACTION_ACTION_RESUBMIT;
        }
        QVERIFY(edited && resubmitted);

        // The same request id again answers the same and does nothing twice.
        v1::Transaction again;
        QVERIFY(send(setAt(t.payload_json(), "/customer/code", m_goodCustomer), "correct-2", &again).ok());
        QCOMPARE(again.SerializeAsString(), out.SerializeAsString());
        QCOMPARE(audit("resubmit", std::to_string(id)).size(), std::size_t(1));
        // An admin may not correct a payload, even as part of a resubmit.
        const auto adminTry = [&] {
            grpc::ClientContext ctx;
            prepare(ctx, m_admin);
            v1::ResubmitRequest req;
            req.set_id(std::to_string(id));
            req.set_request_id("correct-admin");
            req.set_payload_json(t.payload_json());
            v1::Transaction o;
            return tx()->Resubmit(&ctx, req, &o);
        }();
        QCOMPARE(adminTry.error_code(), StatusCode::PERMISSION_DENIED);
    }

    // Search text with control characters cannot match what a person typed: refused.
    // The list's search finds an order by its customer's name (the row keeps
    // only the code), in any case and with umlauts, and follows a correction.
    void searchFindsCustomerNames()
    {
        std::string number;
        const std::int64_t id = submitOrder(kUnknownCustomer, be::TxState::Failed, &number, "Zyxwerk Präzision GmbH");
        QVERIFY(id > 0);
        QVERIFY(holds(searchIds("zyxwerk", m_operator), id));
        QVERIFY(holds(searchIds("PRÄZISION", m_operator), id));
        QVERIFY(holds(searchIds(number, m_operator), id));
        QVERIFY(!holds(searchIds("Quorvex", m_operator), id));

        const auto t = get(id, m_operator);
        std::string corrected = setAt(t.payload_json(), "/customer/code", m_goodCustomer);
        corrected = setAt(corrected, "/customer/name", "Quorvex Antriebe AG");
        QVERIFY(updatePayload(id, t.version(), corrected, m_operator).ok());
        QVERIFY(holds(searchIds("quorvex", m_operator), id));
        QVERIFY(!holds(searchIds("zyxwerk", m_operator), id));
    }

    // The audit answers "what happened to order SO2026-9…": entries about the
    // transactions of that business key, named by it, each edit field by field.
    void auditIsSearchableByBusinessKeyAndReadsEditsFieldByField()
    {
        std::string number;
        const std::int64_t id = submitOrder(kUnknownCustomer, be::TxState::Failed, &number);
        QVERIFY(id > 0);
        const auto t = get(id, m_operator);
        std::string corrected = setAt(t.payload_json(), "/customer/code", m_goodCustomer);
        corrected = setAt(corrected, "/customer/name", "Quorvex Antriebe AG");
        QVERIFY(updatePayload(id, t.version(), corrected, m_operator).ok());

        auto s = m_server.stub<v1::AuditService>();
        auto list = [&](const std::string &key, const std::string &token) {
            grpc::ClientContext ctx;
            prepare(ctx, token);
            v1::ListAuditEntriesRequest req;
            req.set_business_key(key);
            req.set_page_size(100);
            v1::ListAuditEntriesResponse resp;
            const auto st = s->ListAuditEntries(&ctx, req, &resp);
            if (!st.ok())
                qWarning("ListAuditEntries: %s", st.error_message().c_str());
            return resp;
        };
        const auto found = list(number, m_auditor);
        QVERIFY(found.entries_size() >= 1);
        const v1::AuditEntry *edit = nullptr;
        for (const auto &e : found.entries()) {
            QCOMPARE(e.target_type(), std::string("transaction"));
            QCOMPARE(e.target_id(), std::to_string(id));
            QCOMPARE(e.business_key(), number);
            QVERIFY(!e.business_object_type().empty());
            if (e.action() == "update_payload")
                edit = &e;
        }
        QVERIFY(edit);
        std::map<std::string, std::pair<std::string, std::string>> changes;
        for (const auto &c : edit->field_changes())
            changes[c.path()] = {c.old_value_json(), c.new_value_json()};
        QCOMPARE(changes["/customer/code"].first, "\"" + std::string(kUnknownCustomer) + "\"");
        QCOMPARE(changes["/customer/code"].second, "\"" + m_goodCustomer + "\"");
        QCOMPARE(changes["/customer/name"].second, std::string("\"Quorvex Antriebe AG\""));
        // Only what changed: the order number stayed.
        QVERIFY(changes.find("/order_number") == changes.end());
        // The operator who made the edit finds it too; another key finds none of it.
        QVERIFY(list(number, m_operator).entries_size() >= 1);
        QCOMPARE(list("SO2026-NOSUCHORDER", m_auditor).entries_size(), 0);
    }

    void controlCharactersInSearchTextAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("NUL") << QByteArray("\0", 1);
        QTest::newRow("NUL inside") << QByteArray("SO2026\0x", 8);
        QTest::newRow("bell") << QByteArray("\a");
        QTest::newRow("delete") << QByteArray("\x7f");
    }

    void controlCharactersInSearchTextAreRefused()
    {
        QFETCH(QByteArray, text);
        for (const bool groups : {false, true}) {
            grpc::ClientContext ctx;
            prepare(ctx, m_operator);
            grpc::Status st;
            if (groups) {
                v1::ListErrorGroupsRequest req;
                req.mutable_filter()->set_text(text.toStdString());
                v1::ListErrorGroupsResponse resp;
                st = tx()->ListErrorGroups(&ctx, req, &resp);
            } else {
                v1::ListTransactionsRequest req;
                req.mutable_filter()->set_text(text.toStdString());
                v1::ListTransactionsResponse resp;
                st = tx()->ListTransactions(&ctx, req, &resp);
                QCOMPARE(resp.transactions_size(), 0);
            }
            QCOMPARE(st.error_code(), StatusCode::INVALID_ARGUMENT);
            QCOMPARE(violationFields(st), std::set<std::string>{"filter.text"});
        }
    }

    // A creation time outside what a timestamp may hold (years 1 to 9999) is
    // refused with the field named, never read as "no bound".
    void outOfRangeCreationTimesAreRefused_data()
    {
        QTest::addColumn<bool>("after");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<int>("nanos");
        QTest::newRow("after, year 10000") << true << qint64(253402300800) << 0;
        QTest::newRow("before, largest seconds") << false << std::numeric_limits<qint64>::max() << 0;
        QTest::newRow("after, smallest seconds") << true << std::numeric_limits<qint64>::min() << 0;
        QTest::newRow("before, year 0") << false << qint64(-62135596801) << 0;
        QTest::newRow("after, negative nanos") << true << qint64(1700000000) << -1;
        QTest::newRow("before, nanos beyond a second") << false << qint64(1700000000) << 1000000000;
    }

    void outOfRangeCreationTimesAreRefused()
    {
        QFETCH(bool, after);
        QFETCH(qint64, seconds);
        QFETCH(int, nanos);
        grpc::ClientContext ctx;
        prepare(ctx, m_operator);
        v1::ListTransactionsRequest req;
        auto *ts = after ? req.mutable_filter()->mutable_create_time_after()
                         : req.mutable_filter()->mutable_create_time_before();
        ts->set_seconds(seconds);
        ts->set_nanos(nanos);
        v1::ListTransactionsResponse resp;
        const auto st = tx()->ListTransactions(&ctx, req, &resp);
        QCOMPARE(st.error_code(), StatusCode::INVALID_ARGUMENT);
        QCOMPARE(violationFields(st),
                 std::set<std::string>{after ? "filter.create_time_after" : "filter.create_time_before"});
        QCOMPARE(resp.transactions_size(), 0);
    }

    // FULL means everything (CONTRACT.md, AIP-157): payloads and hops, in lists too.
    void fullViewListsCarryHops()
    {
        grpc::ClientContext ctx;
        prepare(ctx, m_operator);
        v1::ListTransactionsRequest req;
        req.set_view(v1::TRANSACTION_VIEW_FULL);
        req.set_page_size(20);
        req.set_order_by("id");
        v1::ListTransactionsResponse resp;
        const auto st = tx()->ListTransactions(&ctx, req, &resp);
        QVERIFY2(st.ok(), st.error_message().c_str());
        QVERIFY(resp.transactions_size() > 0);
        for (const auto &t : resp.transactions()) {
            const v1::Transaction single = get(std::stoll(t.id()), m_operator);
            QVERIFY(t.hops_size() > 0);
            QCOMPARE(t.hops_size(), single.hops_size());
            QCOMPARE(t.hops(0).action(), single.hops(0).action());
            QVERIFY(!t.payload_json().empty());
        }
    }

    // Fields that lists show and search are bounded when a transaction comes in:
    // a 3 MB business key (or one the payload names) is refused, nothing stored.
    void oversizedIndexedFieldsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("business_key") << "business_key";
        QTest::newRow("business key from the payload") << "payload business key";
        QTest::newRow("counterparty") << "counterparty";
        QTest::newRow("correlation_id") << "correlation_id";
        QTest::newRow("idempotency_key") << "idempotency_key";
        QTest::newRow("currency") << "currency";
        QTest::newRow("plant") << "plant";
        QTest::newRow("business_object_type") << "business_object_type";
    }

    void oversizedIndexedFieldsAreRefused()
    {
        QFETCH(QString, field);
        const std::string huge(3 * 1000 * 1000, 'K');
        v1::SubmitRequest req;
        req.set_flow_id(kFlow);
        req.set_idempotency_key("oversized-" + field.toStdString());
        std::string payload = setAt(m_template, "/order_number", "SO2026-990001");
        std::string expectedField = field.toStdString();
        if (field == "business_key")
            req.set_business_key(huge);
        else if (field == "payload business key") {
            // The flow's schema holds order numbers to their pattern, so the
            // schema refuses it before its length is looked at.
            payload = setAt(m_template, "/order_number", huge);
            expectedField = "/order_number";
        } else if (field == "counterparty")
            req.set_counterparty(huge);
        else if (field == "correlation_id")
            req.set_correlation_id(huge);
        else if (field == "idempotency_key")
            req.set_idempotency_key(huge);
        else if (field == "currency")
            req.set_currency(huge);
        else if (field == "plant")
            req.set_plant(huge);
        else if (field == "business_object_type")
            req.set_business_object_type(huge);
        req.set_payload_json(payload);
        const auto before = m_server.backend().store().listTransactions({}, be::TxOrder::IdAsc, 1, {}).totalSize;
        auto ingest = m_server.stub<v1::IngestService>();
        {
            grpc::ClientContext ctx;
            prepare(ctx, m_connector);
            v1::SubmitResponse resp;
            const auto st = ingest->Submit(&ctx, req, &resp);
            QCOMPARE(st.error_code(), StatusCode::INVALID_ARGUMENT);
            QCOMPARE(violationFields(st), std::set<std::string>{expectedField});
            QVERIFY2(st.error_message().size() < 1000, "the refusal quotes the field");
        }
        {
            grpc::ClientContext ctx;
            prepare(ctx, m_connector);
            v1::SubmitBatchRequest batch;
            *batch.add_submissions() = req;
            v1::SubmitBatchResponse resp;
            QVERIFY(ingest->SubmitBatch(&ctx, batch, &resp).ok());
            QCOMPARE(resp.results(0).error_code(), int(StatusCode::INVALID_ARGUMENT));
            QCOMPARE(resp.results(0).error_details().field_violations(0).field(), expectedField);
        }
        QCOMPARE(m_server.backend().store().listTransactions({}, be::TxOrder::IdAsc, 1, {}).totalSize, before);
    }

    // Long texts a target answered with are kept, but a list answer stays well
    // under the 4 MB a default client accepts: texts are cut with a marker and a
    // page ends early, with a token for the rest.
    void listPagesStayWithinTheirByteBudget()
    {
        // A dozen with long texts and large payloads, a thousand with texts a
        // little longer than a list shows.
        const int huge = 12;
        const int count = huge + 1000;
        const std::string longMessage(300 * 1000, 'm');
        const std::string longAnswer(600 * 1000, 'a');
        const std::string longHop(200 * 1000, 'h');
        const std::string largePayload = setAt(m_template, "/note", std::string(200 * 1000, 'n'));
        const std::string message(1500, 'm');
        std::set<std::string> expected;
        std::int64_t largeId = 0;
        m_server.backend().store().write([&](be::WriteTxn &w) {
            for (int i = 0; i < count; ++i) {
                const bool large = i < huge;
                be::Transaction t;
                t.flowId = kFlow;
                t.state = be::TxState::Failed;
                t.businessKey = "LONGTEXT-" + std::to_string(i);
                t.correlationId = t.businessKey;
                t.domain = "sales";
                t.plant = "DE01";
                t.createdAt = t.updatedAt = 1000 + i;
                t.payloadJson = large ? largePayload : m_template;
                t.error.category = be::ErrorCategory::Validation;
                t.error.code = "LONG";
                t.error.message = large ? longMessage : message;
                t.error.signature = kFlow + std::string("|LONG|long");
                t.error.targetResponse = large ? longAnswer : message;
                t.error.at = 1000 + i;
                t.hops.push_back(be::Hop{1000 + i, "Odoo", "failed", large ? longHop : message, {}, {}});
                const auto id = w.insertTransaction(t);
                expected.insert(std::to_string(id));
                if (large)
                    largeId = id;
            }
        });
        for (const auto view : {v1::TRANSACTION_VIEW_BASIC, v1::TRANSACTION_VIEW_FULL}) {
            std::set<std::string> seen;
            std::string token;
            int pages = 0;
            do {
                grpc::ClientContext ctx;
                prepare(ctx, m_operator);
                v1::ListTransactionsRequest req;
                req.mutable_filter()->set_text("LONGTEXT-");
                req.set_page_size(1000);
                req.set_page_token(token);
                req.set_view(view);
                v1::ListTransactionsResponse resp;
                const auto st = tx()->ListTransactions(&ctx, req, &resp);
                QVERIFY2(st.ok(), st.error_message().c_str());
                QVERIFY(resp.transactions_size() > 0);
                QVERIFY2(resp.ByteSizeLong() <= be::kListPageBudgetBytes, std::to_string(resp.ByteSizeLong()).c_str());
                QCOMPARE(resp.total_size(), count);
                for (const auto &t : resp.transactions()) {
                    QVERIFY(seen.insert(t.id()).second);
                    const std::string &m = t.error().message();
                    QVERIFY(m.size() <= be::kListTextBytes + 8);
                    QVERIFY2(m.size() > 3 && m.compare(m.size() - 3, 3, "\xe2\x80\xa6") == 0, "cut without a marker");
                    if (view == v1::TRANSACTION_VIEW_FULL) {
                        QVERIFY(t.error().target_response().size() <= be::kListTextBytes + 8);
                        QCOMPARE(t.hops_size(), 1);
                        QVERIFY(t.hops(0).detail().size() <= be::kListTextBytes + 8);
                    }
                }
                token = resp.next_page_token();
                ++pages;
            } while (!token.empty() && pages < 100);
            QCOMPARE(seen, expected);
        }
        // The detail of one transaction still carries its whole message.
        const auto one = get(largeId, m_operator);
        QCOMPARE(one.error().message(), longMessage);
    }

    void oversizedMessagesAreRefused()
    {
        const std::string huge(5 * 1024 * 1024, 'x');
        const auto st = updatePayload(1, 1, "\"" + huge + "\"", m_operator);
        QCOMPARE(st.error_code(), StatusCode::RESOURCE_EXHAUSTED);
    }

    void eventFeedResumesWithExactlyTheMissedEvents()
    {
        auto &store = m_server.backend().store();
        const auto id = submitOrder(kUnknownCustomer, be::TxState::Failed);
        QVERIFY(id > 0);
        const std::int64_t since = store.lastEventSequence();
        for (int i = 0; i < 3; ++i) {
            grpc::ClientContext ctx;
            prepare(ctx, m_operator);
            v1::AddCommentRequest req;
            req.set_id(std::to_string(id));
            req.set_text("note " + std::to_string(i));
            v1::Comment c;
            QVERIFY(tx()->AddComment(&ctx, req, &c).ok());
        }
        const std::int64_t last = store.lastEventSequence();
        QVERIFY(last >= since + 3);
        std::vector<std::int64_t> expected;
        for (const auto &e : store.eventsAfter(since, 100000)) {
            if (e.sequence <= last)
                expected.push_back(e.sequence);
        }

        auto events = m_server.stub<v1::EventService>();
        grpc::ClientContext ctx;
        prepare(ctx, m_auditor, 10000);
        v1::WatchRequest req;
        req.set_since_sequence(since);
        auto reader = events->Watch(&ctx, req);
        std::vector<std::int64_t> got;
        int comments = 0;
        v1::Event e;
        while (reader->Read(&e)) {
            if (e.type() == v1::EVENT_TYPE_HEARTBEAT)
                continue;
            got.push_back(e.sequence());
            if (e.transaction_id() == std::to_string(id) && e.action() == "commented")
                ++comments;
            if (e.sequence() >= last)
                break;
        }
        ctx.TryCancel();
        reader->Finish();
        QCOMPARE(got, expected);
        QCOMPARE(comments, 3);

        // An operator's feed holds only their domains.
        grpc::ClientContext octx;
        prepare(octx, m_operator, 3000);
        req.set_since_sequence(std::max<std::int64_t>(0, store.oldestEventSequence() - 1));
        auto oreader = events->Watch(&octx, req);
        int seen = 0;
        while (oreader->Read(&e) && seen < 500) {
            if (e.type() == v1::EVENT_TYPE_TRANSACTION_CHANGED) {
                QVERIFY2(e.domain() == "sales" || e.domain() == "finance", e.domain().c_str());
                ++seen;
            }
            if (e.sequence() >= last)
                break;
        }
        octx.TryCancel();
        oreader->Finish();
        QVERIFY(seen > 0);
    }

    void expiredSinceSequenceIsOutOfRange()
    {
        auto &store = m_server.backend().store();
        store.write([](be::WriteTxn &txn) { txn.pruneEvents(5); });
        const std::int64_t oldest = store.oldestEventSequence();
        QVERIFY(oldest > 2);
        auto events = m_server.stub<v1::EventService>();
        grpc::ClientContext ctx;
        prepare(ctx, m_auditor, 5000);
        v1::WatchRequest req;
        req.set_since_sequence(0);
        auto reader = events->Watch(&ctx, req);
        v1::Event e;
        QVERIFY(!reader->Read(&e));
        const auto st = reader->Finish();
        QCOMPARE(st.error_code(), StatusCode::OUT_OF_RANGE);
        QCOMPARE(detailsOf(st).reason(), std::string("EVENTS_EXPIRED"));
        QCOMPARE(detailsOf(st).metadata().at("oldest_sequence"), std::to_string(oldest));

        // From the oldest retained sequence on, the feed works.
        grpc::ClientContext ctx2;
        prepare(ctx2, m_auditor, 5000);
        req.set_since_sequence(oldest - 1);
        auto reader2 = events->Watch(&ctx2, req);
        QVERIFY(reader2->Read(&e));
        QCOMPARE(e.sequence(), oldest);
        ctx2.TryCancel();
        reader2->Finish();
    }

    // An error group is one flow, one code and one offending value; a bulk
    // correction over different offending values needs one replacement each.
    void exactGroupsAndOneReplacementPerOffendingValue()
    {
        const std::vector<std::string> customers = {"C-77701", "C-77701", "C-77702"};
        std::vector<std::int64_t> ids;
        for (const auto &c : customers) {
            const auto id = submitOrder(c, be::TxState::Failed);
            QVERIFY(id > 0);
            ids.push_back(id);
        }
        const auto first = get(ids[0], m_operator);
        QCOMPARE(first.error().offending_value(), std::string("C-77701"));
        QCOMPARE(first.error().field_path(), std::string("/customer/code"));
        QVERIFY(!first.error().group().empty());
        QCOMPARE(get(ids[1], m_operator).error().group(), first.error().group());
        QVERIFY(get(ids[2], m_operator).error().group() != first.error().group());
        QCOMPARE(get(ids[2], m_operator).error().signature(), first.error().signature());

        auto groups = [&](bool exact) {
            grpc::ClientContext ctx;
            prepare(ctx, m_operator);
            v1::ListErrorGroupsRequest req;
            req.set_exact(exact);
            req.mutable_filter()->add_flow_ids(kFlow);
            req.mutable_filter()->set_text("C-7770");
            v1::ListErrorGroupsResponse resp;
            const auto st = tx()->ListErrorGroups(&ctx, req, &resp);
            if (!st.ok())
                qWarning("ListErrorGroups: %s", st.error_message().c_str());
            return std::vector<v1::ErrorGroup>(resp.groups().begin(), resp.groups().end());
        };
        const auto overview = groups(false);
        QCOMPARE(overview.size(), std::size_t(1));
        QCOMPARE(overview[0].count(), 3);
        QCOMPARE(overview[0].distinct_values(), 2);
        // The group of both customers names neither: it counts them.
        QCOMPARE(overview[0].explanation().id(), std::string("error.UNKNOWN_CUSTOMER.many"));
        QCOMPARE(argOf(overview[0].explanation(), "count"), std::string("2"));
        QVERIFY2(overview[0].explanation().text().find("C-7770") == std::string::npos
                     && overview[0].explanation().text().find('2') != std::string::npos,
                 overview[0].explanation().text().c_str());
        const auto exact = groups(true);
        QCOMPARE(exact.size(), std::size_t(2));
        QCOMPARE(exact[0].offending_value(), std::string("C-77701"));
        QCOMPARE(exact[0].field_path(), std::string("/customer/code"));
        QCOMPARE(exact[0].count(), 2);
        QCOMPARE(exact[0].signature(), overview[0].signature());
        QCOMPARE(exact[0].group(), first.error().group());
        QCOMPARE(exact[1].offending_value(), std::string("C-77702"));
        // An exact group names its one customer.
        QCOMPARE(exact[0].explanation().id(), std::string("error.UNKNOWN_CUSTOMER"));
        QVERIFY2(exact[0].explanation().text().find("C-77701") != std::string::npos,
                 exact[0].explanation().text().c_str());

        // Selecting an exact group selects exactly its members.
        {
            grpc::ClientContext ctx;
            prepare(ctx, m_operator);
            v1::ListTransactionsRequest req;
            req.mutable_filter()->set_error_group(exact[0].group());
            v1::ListTransactionsResponse resp;
            QVERIFY(tx()->ListTransactions(&ctx, req, &resp).ok());
            std::set<std::string> found;
            for (const auto &t : resp.transactions())
                found.insert(t.id());
            QCOMPARE(found, (std::set<std::string>{std::to_string(ids[0]), std::to_string(ids[1])}));
        }

        std::map<std::int64_t, std::int64_t> versions;
        for (auto id : ids)
            versions[id] = get(id, m_operator).version();
        v1::StartBulkActionRequest req;
        req.set_request_id("bulk-per-value-1");
        req.set_action(v1::BULK_ACTION_PATCH_AND_RESUBMIT);
        for (auto id : ids)
            req.mutable_ids()->add_ids(std::to_string(id));
        auto *patch = req.add_patches();
        patch->set_path("/customer/code");
        patch->set_value_json("\"" + m_goodCustomer + "\"");

        // One value over two different missing customers: refused, nothing changes.
        grpc::Status st;
        runBulk(req, m_operator, &st);
        QCOMPARE(st.error_code(), StatusCode::INVALID_ARGUMENT);
        const auto details = detailsOf(st);
        QCOMPARE(details.reason(), std::string("SEVERAL_OFFENDING_VALUES"));
        std::set<std::string> named;
        for (const auto &v : details.field_violations())
            named.insert(v.description());
        QCOMPARE(named, (std::set<std::string>{"C-77701", "C-77702"}));
        for (auto id : ids)
            QCOMPARE(get(id, m_operator).version(), versions[id]);

        // A map without a replacement for C-77702: that order is refused, not guessed.
        patch->clear_value_json();
        (*patch->mutable_value_json_by_offending_value())["C-77701"] = "\"" + m_goodCustomer + "\"";
        req.set_request_id("bulk-per-value-2");
        req.set_dry_run(true);
        auto job = runBulk(req, m_operator, &st);
        QVERIFY2(st.ok(), st.error_message().c_str());
        QCOMPARE(job.succeeded(), 2);
        QCOMPARE(job.failed(), 1);
        bool refusedThird = false;
        for (const auto &item : job.items())
            if (!item.ok() && item.transaction_id() == std::to_string(ids[2]))
                refusedThird = item.message().find("C-77702") != std::string::npos;
        QVERIFY(refusedThird);

        // One replacement per value: every order delivered with its own.
        (*patch->mutable_value_json_by_offending_value())["C-77702"] = "\"" + m_goodCustomer + "\"";
        req.set_request_id("bulk-per-value-3");
        req.set_dry_run(false);
        job = runBulk(req, m_operator, &st);
        QVERIFY2(st.ok(), st.error_message().c_str());
        QCOMPARE(job.succeeded(), 3);
        for (auto id : ids) {
            QVERIFY(waitState(id, be::TxState::Delivered));
            QCOMPARE(stringAt(get(id, m_operator).payload_json(), "/customer/code"), m_goodCustomer);
        }
    }

    void bulkDryRunChangesNothingAndTheRealRunDelivers()
    {
        std::vector<std::int64_t> ids;
        for (int i = 0; i < 3; ++i) {
            const auto id = submitOrder(kUnknownCustomer, be::TxState::Failed);
            QVERIFY(id > 0);
            ids.push_back(id);
        }
        std::map<std::int64_t, std::int64_t> versions;
        for (auto id : ids)
            versions[id] = get(id, m_operator).version();

        v1::StartBulkActionRequest req;
        req.set_request_id("bulk-dry-1");
        req.set_dry_run(true);
        req.set_action(v1::BULK_ACTION_PATCH_AND_RESUBMIT);
        for (auto id : ids)
            req.mutable_ids()->add_ids(std::to_string(id));
        auto *patch = req.add_patches();
        patch->set_path("/customer/code");
        patch->set_value_json("\"nope\"");
        grpc::Status st;
        auto job = runBulk(req, m_operator, &st);
        QVERIFY2(st.ok(), st.error_message().c_str());
        QCOMPARE(job.state(), v1::BULK_JOB_SUCCEEDED);
        QCOMPARE(job.failed(), 3);
        QCOMPARE(job.items_size(), 3);
        for (const auto &item : job.items()) {
            QVERIFY(!item.ok());
            bool named = false;
            for (const auto &v : item.field_violations())
                named = named || v.field() == "/customer/code";
            QVERIFY(named);
        }

        req.set_request_id("bulk-dry-2");
        patch->set_value_json("\"" + m_goodCustomer + "\"");
        job = runBulk(req, m_operator, &st);
        QVERIFY(st.ok());
        QCOMPARE(job.state(), v1::BULK_JOB_SUCCEEDED);
        QCOMPARE(job.succeeded(), 3);
        QCOMPARE(job.processed(), 3);
        for (auto id : ids) {
            const auto t = get(id, m_operator);
            QCOMPARE(t.state(), v1::FAILED);
            QCOMPARE(t.version(), versions[id]);
            QCOMPARE(stringAt(t.payload_json(), "/customer/code"), std::string(kUnknownCustomer));
        }

        // A viewer may not start one.
        grpc::Status denied;
        runBulk(req, m_server.loginDemo("viewer"), &denied);
        QCOMPARE(denied.error_code(), StatusCode::PERMISSION_DENIED);

        req.set_request_id("bulk-real-1");
        req.set_dry_run(false);
        job = runBulk(req, m_operator, &st);
        QVERIFY2(st.ok(), st.error_message().c_str());
        QCOMPARE(job.state(), v1::BULK_JOB_SUCCEEDED);
        QCOMPARE(job.succeeded(), 3);
        // Each item it changed is reported, by its order number, with the change.
        QCOMPARE(job.items_size(), 3);
        for (const auto &item : job.items()) {
            QVERIFY(item.ok());
            QCOMPARE(item.user_message().id(), std::string("bulk.DONE"));
            QVERIFY2(item.business_key().rfind("SO", 0) == 0, item.business_key().c_str());
            QCOMPARE(item.changes_size(), 1);
            QCOMPARE(item.changes(0).path(), std::string("/customer/code"));
            QCOMPARE(item.changes(0).new_value_json(), "\"" + m_goodCustomer + "\"");
        }
        for (auto id : ids) {
            QVERIFY(waitState(id, be::TxState::Delivered));
            QCOMPARE(audit("resubmit", std::to_string(id)).size(), std::size_t(1));
        }
        // Started again with the same request id: the same job, nothing twice.
        grpc::ClientContext ctx;
        prepare(ctx, m_operator);
        v1::BulkJob again;
        QVERIFY(tx()->StartBulkAction(&ctx, req, &again).ok());
        QCOMPARE(again.id(), job.id());
        for (auto id : ids)
            QCOMPARE(audit("resubmit", std::to_string(id)).size(), std::size_t(1));
    }

    // Unknown name, wrong password, throttled name: one answer, after the same
    // hash work, so neither the answer nor its time tells whether an account exists.
    void signInDoesNotTellWhetherAnAccountExists()
    {
        TestServer server;
        ServerConfig config;
        config.passwordCost = {};  // the server's own cost: the hash work is what takes time
        QVERIFY(server.start(config));
        createUser(server, "mira", "correct-horse-battery");

        struct Answer {
            grpc::Status status;
            double ms = 0;
        };
        auto attempt = [&](const std::string &user, const std::string &password) {
            const auto started = std::chrono::steady_clock::now();
            Answer a;
            server.login(user, password, &a.status);
            a.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
            return a;
        };
        auto sameAnswer = [](const Answer &a, const Answer &b) {
            return a.status.error_code() == b.status.error_code()
                && a.status.error_message() == b.status.error_message()
                && detailsOf(a.status).SerializeAsString() == detailsOf(b.status).SerializeAsString();
        };
        std::vector<double> unknownMs, wrongMs, throttledMs;
        for (int i = 0; i < be::SignInThrottle::kFreeFailures; ++i) {
            const Answer unknown = attempt("mira-nobody", "guess-" + std::to_string(i));
            const Answer wrong = attempt("mira", "guess-" + std::to_string(i));
            QCOMPARE(wrong.status.error_code(), StatusCode::UNAUTHENTICATED);
            QCOMPARE(detailsOf(wrong.status).reason(), std::string("INVALID_CREDENTIALS"));
            QVERIFY2(sameAnswer(unknown, wrong), unknown.status.error_message().c_str());
            unknownMs.push_back(unknown.ms);
            wrongMs.push_back(wrong.ms);
        }
        // Throttled alike: the existing account even with its right password.
        for (int i = 0; i < 3; ++i) {
            const Answer unknown = attempt("mira-nobody", "correct-horse-battery");
            const Answer known = attempt("mira", "correct-horse-battery");
            QCOMPARE(known.status.error_code(), StatusCode::UNAUTHENTICATED);
            QCOMPARE(detailsOf(known.status).reason(), std::string("LOCKED_OUT"));
            QVERIFY(detailsOf(known.status).metadata().count("retry_after_seconds"));
            QCOMPARE(detailsOf(unknown.status).metadata().at("retry_after_seconds"),
                     detailsOf(known.status).metadata().at("retry_after_seconds"));
            QCOMPARE(unknown.status.error_message(), known.status.error_message());
            QCOMPARE(unknown.status.error_code(), known.status.error_code());
            throttledMs.push_back(unknown.ms);
            throttledMs.push_back(known.ms);
        }
        auto median = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v[v.size() / 2];
        };
        const double wrong = median(wrongMs);
        const double unknown = median(unknownMs);
        const double throttled = median(throttledMs);
        const QByteArray times = QByteArray("median ms: wrong password ") + QByteArray::number(wrong) + ", unknown name "
            + QByteArray::number(unknown) + ", throttled " + QByteArray::number(throttled);
        QVERIFY2(unknown > wrong * 0.4 && unknown < wrong * 2.5, times.constData());
        QVERIFY2(throttled > wrong * 0.4 && throttled < wrong * 2.5, times.constData());
    }

    // Failures are counted per user name and client address: whoever guesses
    // from one address waits there, and the owner still signs in from another.
    void aThrottledAddressDoesNotLockTheOwnerOut()
    {
        TestServer server;
        QVERIFY(server.start());
        SecondAddressRelay relay(server.backend().port());
        QVERIFY2(relay.port() > 0, "cannot relay from 127.0.0.2 on this machine");
        auto attacker = v1::SessionService::NewStub(server.channel());  // from 127.0.0.1
        auto owner = v1::SessionService::NewStub(server.channelTo("127.0.0.1:" + std::to_string(relay.port())));
        auto login = [](v1::SessionService::Stub &stub, const std::string &password) {
            grpc::ClientContext ctx;
            prepare(ctx, std::string());
            v1::LoginRequest req;
            req.set_username("admin");
            req.set_password(password);
            v1::LoginResponse resp;
            return stub.Login(&ctx, req, &resp);
        };
        for (int i = 0; i < be::SignInThrottle::kFreeFailures; ++i)
            QCOMPARE(detailsOf(login(*attacker, "guess-" + std::to_string(i))).reason(),
                     std::string("INVALID_CREDENTIALS"));
        const grpc::Status throttled = login(*attacker, "demo-admin");
        QCOMPARE(throttled.error_code(), StatusCode::UNAUTHENTICATED);
        QCOMPARE(detailsOf(throttled).reason(), std::string("LOCKED_OUT"));
        const int retryAfter = std::stoi(detailsOf(throttled).metadata().at("retry_after_seconds"));
        QVERIFY(retryAfter >= 1 && retryAfter <= 300);

        // The owner, from another address, is not locked out.
        const grpc::Status own = login(*owner, "demo-admin");
        QVERIFY2(own.ok(), own.error_message().c_str());
        QVERIFY2(own.ok(), "the owner signs in from an address without failures");

        // Honoured: before the wait is over the address is still refused; once
        // it is over, the right password works there too.
        QCOMPARE(detailsOf(login(*attacker, "demo-admin")).reason(), std::string("LOCKED_OUT"));
        int waited = 0;
        grpc::Status after;
        for (int round = 0; round < 3; ++round) {
            after = login(*attacker, "demo-admin");
            if (after.ok())
                break;
            QCOMPARE(detailsOf(after).reason(), std::string("LOCKED_OUT"));
            const int wait = std::stoi(detailsOf(after).metadata().at("retry_after_seconds"));
            waited += wait;
            std::this_thread::sleep_for(std::chrono::seconds(wait));  // as the server asked
        }
        QVERIFY2(after.ok(), after.error_message().c_str());
        QVERIFY(waited > 0);

        // Audited once, naming the address.
        auto audit = server.stub<v1::AuditService>();
        grpc::ClientContext actx;
        prepare(actx, server.loginDemo("auditor"));
        v1::ListAuditEntriesRequest areq;
        areq.set_action("sign_in_throttled");
        v1::ListAuditEntriesResponse entries;
        QVERIFY(audit->ListAuditEntries(&actx, areq, &entries).ok());
        QCOMPARE(entries.entries_size(), 1);
        QCOMPARE(entries.entries(0).target_id(), std::string("admin"));
        QVERIFY(entries.entries(0).detail().find("127.0.0.1") != std::string::npos);
    }

    // A hash of the earlier kind (PBKDF2) still signs in and is replaced by
    // Argon2id at the server's cost; the Argon2id hash then signs in.
    void olderPasswordHashesAreRenewedAtSignIn()
    {
        const std::string salt = "0123456789abcdef";
        unsigned char derived[32];
        const std::string password = "an older passphrase";
        QCOMPARE(PKCS5_PBKDF2_HMAC(password.data(), int(password.size()),
                                   reinterpret_cast<const unsigned char *>(salt.data()), int(salt.size()), 1000,
                                   EVP_sha256(), 32, derived),
                 1);
        const std::string old = "pbkdf2-sha256$1000$" + be::crypto::toHex(salt) + "$"
            + be::crypto::toHex(std::string(reinterpret_cast<const char *>(derived), 32));
        m_server.backend().store().write([&](be::WriteTxn &w) {
            be::UserRecord u;
            u.username = "oldtimer";
            u.displayName = "Old Timer";
            u.role = be::Role::Viewer;
            u.passwordHash = old;
            w.upsertUser(u);
        });
        QVERIFY(!m_server.login("oldtimer", password).empty());
        const auto renewed = m_server.backend().store().getUser("oldtimer");
        QVERIFY(renewed);
        QVERIFY2(renewed->passwordHash.rfind("$argon2id$v=19$m=64,t=1,p=1$", 0) == 0,
                 renewed->passwordHash.c_str());
        QVERIFY(be::verifyPassword(password, renewed->passwordHash));
        QVERIFY(!be::verifyPassword("another", renewed->passwordHash));
        // The Argon2id hash signs in, and is kept as it is.
        QVERIFY(!m_server.login("oldtimer", password).empty());
        QCOMPARE(m_server.backend().store().getUser("oldtimer")->passwordHash, renewed->passwordHash);
        grpc::Status st;
        QVERIFY(m_server.login("oldtimer", "an older passphrasf", &st).empty());
        QCOMPARE(detailsOf(st).reason(), std::string("INVALID_CREDENTIALS"));
        // New accounts get Argon2id at the server's cost.
        createUser(m_server, "newcomer", "correct-horse-battery");
        QVERIFY(m_server.backend().store().getUser("newcomer")->passwordHash.rfind("$argon2id$v=19$m=64,t=1,p=1$", 0)
                == 0);
        QVERIFY(be::hashPassword("x").rfind("$argon2id$v=19$m=19456,t=2,p=1$", 0) == 0);
    }

    // The fingerprint shown for a credential is keyed by the master key: the
    // same for the same secret, unlike the plain SHA-256 anyone can compute.
    void credentialFingerprintIsKeyed()
    {
        TestServer server;
        QVERIFY(server.start());
        const std::string admin = server.loginDemo("admin");
        const std::string secret = "wms-token-1234";
        const std::string first = setCredential(server, admin, "wms-3pl", secret).credential_fingerprint();
        const std::string again = setCredential(server, admin, "wms-3pl", secret).credential_fingerprint();
        const std::string other = setCredential(server, admin, "wms-3pl", "wms-token-1235").credential_fingerprint();
        QCOMPARE(first.size(), std::size_t(16));
        QCOMPARE(again, first);
        QVERIFY(other != first);
        QVERIFY(first != be::crypto::sha256Hex(secret).substr(0, 16));
        be::CredentialVault vault;
        std::string error;
        QVERIFY2(vault.init({server.masterKeyFile(), server.dataDir()}, &error), error.c_str());
        QCOMPARE(vault.fingerprint(secret), first);
    }

    // A credential is bound to its connector: copied into another connector's
    // row it is refused, saying why, and not replaced by the configured secret.
    void credentialCopiedToAnotherConnectorIsRefused()
    {
        TestServer server;
        QVERIFY(server.start());
        const std::string admin = server.loginDemo("admin");
        setCredential(server, admin, "shopify", "shop-token-1");
        QVERIFY(testConnector(server, admin, "shopify").ok());
        server.backend().store().write([&](be::WriteTxn &w) {
            auto from = w.getConnector("shopify");
            auto to = w.getConnector("wms-3pl");
            to->credentialCiphertext = from->credentialCiphertext;
            to->credentialFingerprint = from->credentialFingerprint;
            w.upsertConnector(*to);
        });
        const v1::TestConnectorResponse copied = testConnector(server, admin, "wms-3pl");
        QVERIFY(!copied.ok());
        QVERIFY2(copied.message().find("cannot be decrypted") != std::string::npos, copied.message().c_str());
        QVERIFY(testConnector(server, admin, "shopify").ok());
    }

    // A credential stored by an earlier version (not bound to its connector,
    // plain SHA-256 fingerprint) is bound and re-fingerprinted when the server
    // opens the data folder; nothing is lost.
    void earlierCredentialsAreBoundOnOpen()
    {
        TestServer server;
        QVERIFY(server.start());
        QFile keyFile(QString::fromStdString(server.masterKeyFile()));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const auto key = be::crypto::fromHex(keyFile.readLine().trimmed().toStdString());
        QVERIFY(key && key->size() == 32);
        const std::string secret = "odoo-key-of-an-earlier-version";
        const std::string v1 = "v1:" + sealWithoutBinding(*key, secret);
        server.backend().store().write([&](be::WriteTxn &w) {
            auto c = w.getConnector("odoo");
            c->credentialCiphertext = v1;
            c->credentialFingerprint = be::crypto::sha256Hex(secret).substr(0, 16);
            c->credentialVersion = 1;
            w.upsertConnector(*c);
        });
        server.stop();
        QVERIFY(server.start());
        const auto stored = server.backend().store().getConnector("odoo");
        QVERIFY(stored);
        QVERIFY2(stored->credentialCiphertext.rfind("v2:", 0) == 0, stored->credentialCiphertext.c_str());
        be::CredentialVault vault;
        std::string error;
        QVERIFY2(vault.init({server.masterKeyFile(), server.dataDir()}, &error), error.c_str());
        QCOMPARE(vault.decrypt(stored->credentialCiphertext, "odoo").value_or(""), secret);
        QVERIFY(!vault.decrypt(stored->credentialCiphertext, "shopify"));
        QCOMPARE(stored->credentialFingerprint, vault.fingerprint(secret));
        QCOMPARE(stored->credentialVersion, 1);
        QVERIFY(testConnector(server, server.loginDemo("admin"), "odoo").ok());
    }

    void expiredSessionsAreRefused()
    {
        TestServer shortLived;
        ServerConfig config;
        config.sessionTtlSeconds = 1;
        QVERIFY(shortLived.start(config));
        const auto token = shortLived.loginDemo("viewer");
        QVERIFY(!token.empty());
        auto s = shortLived.stub<v1::SessionService>();
        {
            grpc::ClientContext ctx;
            prepare(ctx, token);
            v1::User u;
            QVERIFY(s->WhoAmI(&ctx, v1::WhoAmIRequest(), &u).ok());
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        grpc::ClientContext ctx;
        prepare(ctx, token);
        v1::User u;
        const auto st = s->WhoAmI(&ctx, v1::WhoAmIRequest(), &u);
        QCOMPARE(st.error_code(), StatusCode::UNAUTHENTICATED);
        QCOMPARE(detailsOf(st).reason(), std::string("SESSION_EXPIRED"));
    }

    void credentialsAreWriteOnlyAndReplayAuthenticationFailures()
    {
        // Deliveries to Odoo are refused as unauthenticated until the credential is replaced.
        m_server.targets().setCredentialsRejected("odoo", true);
        std::string order;
        const auto id = submitOrder(m_goodCustomer, be::TxState::Failed, &order);
        m_server.targets().setCredentialsRejected("odoo", false);
        QVERIFY(id > 0);
        QCOMPARE(get(id, m_admin).error().category(), v1::ERROR_CATEGORY_AUTHENTICATION);

        const std::string secret = "odoo-api-key-7f3a9c51e2";
        auto connectors = m_server.stub<v1::ConnectorService>();
        v1::SetCredentialResponse resp;
        {
            grpc::ClientContext ctx;
            prepare(ctx, m_admin);
            v1::SetCredentialRequest req;
            req.set_connector_id("odoo");
            req.set_secret(secret);
            req.set_request_id("rotate-odoo-1");
            req.set_replay_auth_failures(true);
            const auto st = connectors->SetCredential(&ctx, req, &resp);
            QVERIFY2(st.ok(), st.error_message().c_str());
        }
        QVERIFY(resp.replayed() >= 1);
        QCOMPARE(resp.connector().credential_fingerprint().size(), std::size_t(16));
        QVERIFY(resp.connector().credential_version() >= 1);
        QVERIFY(resp.SerializeAsString().find(secret) == std::string::npos);
        QVERIFY(waitState(id, be::TxState::Delivered));
        QCOMPARE(m_server.targets().timesCreated(kFlow, order), 1);

        // Never read back: not in lists, not in the audit trail, not in clear text on disk.
        grpc::ClientContext lctx;
        prepare(lctx, m_admin);
        v1::ListConnectorsResponse list;
        QVERIFY(connectors->ListConnectors(&lctx, v1::ListConnectorsRequest(), &list).ok());
        QVERIFY(list.connectors_size() > 0);
        QVERIFY(list.SerializeAsString().find(secret) == std::string::npos);
        auto auditStub = m_server.stub<v1::AuditService>();
        grpc::ClientContext actx;
        prepare(actx, m_auditor);
        v1::ListAuditEntriesRequest areq;
        areq.set_action("set_credential");
        v1::ListAuditEntriesResponse entries;
        QVERIFY(auditStub->ListAuditEntries(&actx, areq, &entries).ok());
        QCOMPARE(entries.entries_size(), 1);
        QVERIFY(entries.SerializeAsString().find(secret) == std::string::npos);
        const auto stored = m_server.backend().store().getConnector("odoo");
        QVERIFY(stored);
        QVERIFY(!stored->credentialCiphertext.empty());
        QVERIFY(stored->credentialCiphertext.find(secret) == std::string::npos);
        // The master key lies apart from the data folder.
        QVERIFY(!QFileInfo::exists(QString::fromStdString(m_server.dataDir() + "/master.key")));
        const QFileInfo key(QString::fromStdString(m_server.masterKeyFile()));
        QVERIFY(key.exists());
        QCOMPARE(key.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());

        // The operator may not set credentials.
        grpc::ClientContext octx;
        prepare(octx, m_operator);
        v1::SetCredentialRequest req;
        req.set_connector_id("odoo");
        req.set_secret("x");
        v1::SetCredentialResponse none;
        QCOMPARE(connectors->SetCredential(&octx, req, &none).error_code(), StatusCode::PERMISSION_DENIED);
    }

    // Last: it breaks the chain on purpose.
    void auditChainDetectsTampering()
    {
        auto s = m_server.stub<v1::AuditService>();
        v1::VerifyAuditChainResponse ok;
        {
            grpc::ClientContext ctx;
            prepare(ctx, m_auditor);
            QVERIFY(s->VerifyAuditChain(&ctx, v1::VerifyAuditChainRequest(), &ok).ok());
        }
        QVERIFY2(ok.ok(), ok.problem().c_str());
        QVERIFY(ok.entries_checked() > 5);

        // An intruder with write access to the database edits one entry.
        const char *edit = "UPDATE audit SET reason = 'nothing to see' WHERE sequence = "
                           "(SELECT min(sequence) FROM audit WHERE action = 'discard')";
        const char *which = "SELECT min(sequence) FROM audit WHERE action = 'discard'";
        std::int64_t tampered = 0;
        if (usesPostgres()) {
            PGconn *pg = PQconnectdb(m_server.storeLocation().c_str());
            QCOMPARE(PQstatus(pg), CONNECTION_OK);
            PGresult *r = PQexec(pg, edit);
            const bool edited = PQresultStatus(r) == PGRES_COMMAND_OK;
            PQclear(r);
            r = PQexec(pg, which);
            if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
                tampered = std::strtoll(PQgetvalue(r, 0, 0), nullptr, 10);
            PQclear(r);
            PQfinish(pg);
            QVERIFY(edited);
        } else {
            sqlite3 *db = nullptr;
            const std::string path = m_server.storeLocation();
            QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
            sqlite3_busy_timeout(db, 5000);
            char *err = nullptr;
            const int rc = sqlite3_exec(db, edit, nullptr, nullptr, &err);
            QVERIFY2(rc == SQLITE_OK, err ? err : "");
            sqlite3_stmt *stmt = nullptr;
            sqlite3_prepare_v2(db, which, -1, &stmt, nullptr);
            if (sqlite3_step(stmt) == SQLITE_ROW)
                tampered = sqlite3_column_int64(stmt, 0);
            sqlite3_finalize(stmt);
            sqlite3_close(db);
        }
        QVERIFY(tampered > 0);

        grpc::ClientContext ctx;
        prepare(ctx, m_auditor);
        v1::VerifyAuditChainResponse broken;
        QVERIFY(s->VerifyAuditChain(&ctx, v1::VerifyAuditChainRequest(), &broken).ok());
        QVERIFY(!broken.ok());
        QCOMPARE(broken.first_broken_sequence(), static_cast<std::int64_t>(tampered));
        QVERIFY(!broken.problem().empty());
    }

    // What a person reads arrives as message ids with their arguments and, for
    // clients without a translation, as text in the caller's language: flow
    // names, the error's explanation, what to do, why an action is unavailable,
    // a refusal, the payload form's labels.
    void bulkItemResultsComeInTheCallersLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("notFailed");
        QTest::addColumn<QString>("wouldSucceed");
        QTest::newRow("de") << "de" << "Die korrigierten Nutzdaten passen nicht zum Format des Flusses (ein Problem)."
                            << "Nur eine fehlgeschlagene Transaktion" << "Würde gelingen.";
        QTest::newRow("fr") << "fr" << "Le contenu corrigé ne correspond pas au format du flux (un problème)."
                            << "Seule une transaction en échec" << "Réussirait.";
        QTest::newRow("es") << "es-MX" << "El contenido corregido no se ajusta al formato del flujo (un problema)."
                            << "Solo una transacción fallida" << "Se completaría correctamente.";
    }

    // What a bulk job says about each item reads in the language of the
    // person who started it: refusals by state, validation refusals, and
    // what a dry run would do.
    void bulkItemResultsComeInTheCallersLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, problem);
        QFETCH(QString, notFailed);
        QFETCH(QString, wouldSucceed);
        const std::string lang = language.toStdString();
        const std::string primary = lang.substr(0, 2);
        const auto failed = submitOrder(kUnknownCustomer, be::TxState::Failed);
        const auto delivered = submitOrder(m_goodCustomer, be::TxState::Delivered);
        QVERIFY(failed > 0 && delivered > 0);

        v1::StartBulkActionRequest req;
        req.set_request_id("bulk-lang-bad-" + lang);
        req.set_dry_run(true);
        req.set_action(v1::BULK_ACTION_PATCH_AND_RESUBMIT);
        req.mutable_ids()->add_ids(std::to_string(failed));
        req.mutable_ids()->add_ids(std::to_string(delivered));
        auto *patch = req.add_patches();
        patch->set_path("/customer/code");
        patch->set_value_json("\"nope\"");
        grpc::Status st;
        auto job = runBulk(req, m_operator, &st, lang);
        QVERIFY2(st.ok(), st.error_message().c_str());
        QCOMPARE(job.items_size(), 2);
        for (const auto &item : job.items()) {
            QVERIFY(!item.ok());
            const auto &m = item.user_message();
            QCOMPARE(m.language(), primary);
            if (item.transaction_id() == std::to_string(failed)) {
                QCOMPARE(m.id(), std::string("bulk.PAYLOAD_PROBLEM"));
                QCOMPARE(QString::fromStdString(m.text()), problem);
            } else {
                QCOMPARE(item.transaction_id(), std::to_string(delivered));
                QCOMPARE(m.id(), std::string("NOT_FAILED"));
                QVERIFY2(QString::fromStdString(m.text()).startsWith(notFailed), m.text().c_str());
            }
        }

        req.set_request_id("bulk-lang-good-" + lang);
        req.mutable_ids()->Clear();
        req.mutable_ids()->add_ids(std::to_string(failed));
        patch->set_value_json("\"" + m_goodCustomer + "\"");
        job = runBulk(req, m_operator, &st, lang);
        QVERIFY2(st.ok(), st.error_message().c_str());
        QCOMPARE(job.items_size(), 1);
        QVERIFY(job.items(0).ok());
        QCOMPARE(job.items(0).user_message().id(), std::string("bulk.WOULD_SUCCEED"));
        QCOMPARE(QString::fromStdString(job.items(0).user_message().text()), wouldSucceed);
        QCOMPARE(job.items(0).user_message().language(), primary);
    }

    // The web shop refuses a stock batch as Shopify does, 422 {"errors":
    // {"items[1].product": ["Product P-1999 does not exist"]}}. Through the
    // real HTTP adapter and the demo site's rules it reads as the unknown
    // product it is: its code, the value, the line's field and what to do.
    void webShopRefusalReadsAsItsCause()
    {
        const auto &products = be::DemoMasterData::products();
        QVERIFY(!products.empty());
        QJsonObject known{{"product", QString::fromStdString(products.front().code)},
                          {"sku", "SP-1"},
                          {"quantity_available", 5},
                          {"uom", QString::fromStdString(products.front().uom)}};
        QJsonObject unknown{{"product", "P-1999"}, {"sku", "SP-1999"}, {"quantity_available", 12}, {"uom", "pcs"}};
        QJsonObject batch{{"batch_id", "STK-20261204-9001-DE01"},
                          {"plant", "DE01"},
                          {"warehouse", "WH-DE01"},
                          {"generated_at", "2026-12-04T08:00:00Z"},
                          {"items", QJsonArray{known, unknown}}};
        const std::string payload = QJsonDocument(batch).toJson(QJsonDocument::Compact).toStdString();
        auto ingest = m_server.stub<v1::IngestService>();
        grpc::ClientContext ctx;
        prepare(ctx, m_connector);
        v1::SubmitRequest req;
        req.set_flow_id("odoo-stock-to-ecommerce");
        req.set_payload_json(payload);
        req.set_idempotency_key("test-stock-unknown-product");
        v1::SubmitResponse resp;
        const auto st = ingest->Submit(&ctx, req, &resp);
        QVERIFY2(st.ok(), st.error_message().c_str());
        const std::int64_t id = std::stoll(resp.transaction_id());
        QVERIFY(waitState(id, be::TxState::Failed, 20000));

        grpc::ClientContext get;
        prepare(get, m_operator);
        get.AddMetadata("accept-language", "de");
        v1::GetTransactionRequest greq;
        greq.set_id(std::to_string(id));
        v1::Transaction t;
        QVERIFY(tx()->GetTransaction(&get, greq, &t).ok());
        QCOMPARE(t.error().code(), std::string("UNKNOWN_PRODUCT"));
        QCOMPARE(t.error().category(), v1::ERROR_CATEGORY_MASTER_DATA);
        QCOMPARE(t.error().field_path(), std::string("/items/1/product"));
        QCOMPARE(t.error().offending_value(), std::string("P-1999"));
        const auto &e = t.error().explanation();
        QCOMPARE(e.id(), std::string("error.UNKNOWN_PRODUCT"));
        QCOMPARE(argOf(e, "value"), std::string("P-1999"));
        QVERIFY2(QString::fromStdString(e.text()).startsWith(QStringLiteral("Artikel P-1999")), e.text().c_str());
        QVERIFY2(QString::fromStdString(t.error().what_to_do()).startsWith(QStringLiteral("Der Webshop kennt diesen Artikel nicht")),
                 t.error().what_to_do().c_str());
        // The shop's own words stay under the technical details.
        QVERIFY2(t.error().message().find("Product P-1999 does not exist") != std::string::npos,
                 t.error().message().c_str());
    }

    void textsForAPersonComeInTheCallersLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("flowName");
        QTest::addColumn<QString>("explanation");
        QTest::addColumn<QString>("whatToDo");
        QTest::addColumn<QString>("notAllowed");
        QTest::addColumn<QString>("stale");
        QTest::addColumn<QString>("orderNumberTitle");
        QTest::addColumn<QString>("received");
        QTest::newRow("de") << "de" << "CRM-Angebot zu Kundenauftrag" << "Kunde C-99999 ist in Odoo nicht angelegt."
                            << "Prüfen Sie die Kundennummer." << "Ihre Rolle darf das nicht"
                            << "Jemand anderes hat die Transaktion inzwischen geändert" << "Auftragsnummer"
                            << "Empfangen von ";
        QTest::newRow("fr") << "fr" << "Devis CRM en commande client" << "Le client C-99999 n'existe pas dans Odoo."
                            << "Vérifiez le code client." << "Votre rôle ne permet pas cela"
                            << "Quelqu'un d'autre a modifié la transaction" << "N° de commande" << "Reçu de ";
        QTest::newRow("es") << "es-MX" << "Oferta CRM a pedido de cliente" << "El cliente C-99999 no existe en Odoo."
                            << "Compruebe el código de cliente." << "Su rol no permite hacerlo"
                            << "Otra persona ha modificado la transacción" << "N.º de pedido" << "Recibido de ";
    }

    void textsForAPersonComeInTheCallersLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, flowName);
        QFETCH(QString, explanation);
        QFETCH(QString, whatToDo);
        QFETCH(QString, notAllowed);
        QFETCH(QString, stale);
        QFETCH(QString, orderNumberTitle);
        QFETCH(QString, received);
        const std::string lang = language.toStdString();
        const std::string primary = lang.substr(0, 2);
        const auto id = submitOrder(kUnknownCustomer, be::TxState::Failed);
        QVERIFY(id > 0);

        // The transaction: flow name, explanation with its arguments, what to do.
        for (const std::string &token : {m_operator, m_auditor}) {
            grpc::ClientContext ctx;
            prepare(ctx, token);
            ctx.AddMetadata("accept-language", lang);
            v1::GetTransactionRequest req;
            req.set_id(std::to_string(id));
            v1::Transaction t;
            QVERIFY(tx()->GetTransaction(&ctx, req, &t).ok());
            QCOMPARE(QString::fromStdString(t.flow_name()), flowName);
            const auto &e = t.error().explanation();
            QCOMPARE(e.id(), std::string("error.UNKNOWN_CUSTOMER"));
            QCOMPARE(argOf(e, "value"), std::string(kUnknownCustomer));
            QCOMPARE(argOf(e, "system"), std::string("Odoo"));
            QCOMPARE(argOf(e, "field"), std::string("/customer/code"));
            QCOMPARE(QString::fromStdString(e.text()), explanation);
            QCOMPARE(e.language(), primary);
            // The target's own words stay as they were.
            QVERIFY2(t.error().message().rfind("Customer C-99999 does not exist", 0) == 0, t.error().message().c_str());
            QVERIFY2(QString::fromStdString(t.error().what_to_do()).startsWith(whatToDo), t.error().what_to_do().c_str());
            // The route, hop by hop, in the language too; the English detail
            // stays for logs. The failure reads as the error's explanation.
            QVERIFY(t.hops_size() >= 3);
            const auto &first = t.hops(0);
            QCOMPARE(first.detail_message().id(), std::string("hop.RECEIVED"));
            QVERIFY2(QString::fromStdString(first.detail_message().text()).startsWith(received),
                     first.detail_message().text().c_str());
            QVERIFY2(first.detail().rfind("received from ", 0) == 0, first.detail().c_str());
            bool attempted = false;
            for (const auto &h : t.hops()) {
                QVERIFY2(h.has_detail_message() && !h.detail_message().text().empty(), h.detail().c_str());
                attempted = attempted || h.detail_message().id() == "hop.ATTEMPT";
            }
            QVERIFY(attempted);
            const auto &last = t.hops(t.hops_size() - 1);
            QCOMPARE(last.transaction_action(), v1::TRANSACTION_ACTION_FAIL);
            QCOMPARE(last.detail_message().id(), std::string("error.UNKNOWN_CUSTOMER"));
            QCOMPARE(QString::fromStdString(last.detail_message().text()), explanation);
            QCOMPARE(last.detail_message().language(), primary);
            if (token == m_auditor) {
                // The auditor may not resubmit: the reason's id, its argument and its text.
                bool found = false;
                for (const auto &a : t.allowed_actions()) {
                    if (a.action() != v1::TRANSACTION_ACTION_RESUBMIT)
                        continue;
                    found = true;
                    QVERIFY(!a.allowed());
                    QCOMPARE(a.reason_message().id(), a.reason());
                    QCOMPARE(a.reason_message().id(), std::string("MISSING_PERMISSION"));
                    QCOMPARE(argOf(a.reason_message(), "permission"), a.missing_permission());
                    QVERIFY2(QString::fromStdString(a.reason_message().text()).startsWith(notAllowed),
                             a.reason_message().text().c_str());
                    QCOMPARE(a.reason_message().language(), primary);
                }
                QVERIFY(found);
            }
        }

        // A refusal: id = reason, the current version as its argument, the text in the language.
        {
            grpc::ClientContext ctx;
            prepare(ctx, m_operator);
            ctx.AddMetadata("accept-language", lang);
            const auto current = get(id, m_operator);
            v1::UpdatePayloadRequest req;
            req.set_id(std::to_string(id));
            req.set_expected_version(current.version() - 1);
            req.set_payload_json(setAt(current.payload_json(), "/customer/code", m_goodCustomer));
            req.set_reason("fix");
            v1::Transaction out;
            const auto st = tx()->UpdatePayload(&ctx, req, &out);
            QCOMPARE(st.error_code(), StatusCode::ABORTED);
            const auto um = detailsOf(st).user_message();
            QCOMPARE(um.id(), std::string("VERSION_MISMATCH"));
            QCOMPARE(argOf(um, "version"), std::to_string(current.version()));
            QVERIFY2(QString::fromStdString(um.text()).startsWith(stale), um.text().c_str());
            QVERIFY(QString::fromStdString(um.text()).contains(QString::number(current.version())));
            QCOMPARE(um.language(), primary);
        }

        // The error groups explain their error in the language.
        {
            grpc::ClientContext ctx;
            prepare(ctx, m_operator);
            ctx.AddMetadata("accept-language", lang);
            v1::ListErrorGroupsRequest req;
            req.mutable_filter()->add_flow_ids(kFlow);
            v1::ListErrorGroupsResponse resp;
            QVERIFY(tx()->ListErrorGroups(&ctx, req, &resp).ok());
            bool found = false;
            for (const auto &g : resp.groups()) {
                if (g.code() != "UNKNOWN_CUSTOMER")
                    continue;
                found = true;
                QCOMPARE(g.explanation().id(),
                         std::string(g.distinct_values() > 1 ? "error.UNKNOWN_CUSTOMER.many" : "error.UNKNOWN_CUSTOMER"));
                QCOMPARE(g.explanation().language(), primary);
                QVERIFY2(QString::fromStdString(g.what_to_do()).startsWith(whatToDo), g.what_to_do().c_str());
            }
            QVERIFY(found);
        }

        // The catalogue: name, description and the payload form's titles.
        {
            auto flows = m_server.stub<v1::FlowService>();
            grpc::ClientContext ctx;
            prepare(ctx, m_operator);
            ctx.AddMetadata("accept-language", lang);
            v1::ListFlowsResponse resp;
            QVERIFY(flows->ListFlows(&ctx, v1::ListFlowsRequest(), &resp).ok());
            bool found = false;
            for (const auto &f : resp.flows()) {
                if (f.id() != kFlow)
                    continue;
                found = true;
                QCOMPARE(QString::fromStdString(f.name()), flowName);
                QVERIFY(!f.description().empty());
                QVERIFY2(f.description().find("Salesforce") != std::string::npos
                             && f.description().find("Accepted quotes") == std::string::npos,
                         f.description().c_str());
                QCOMPARE(QString::fromStdString(stringAt(f.payload_schema_json(), "/properties/order_number/title")),
                         orderNumberTitle);
                QVERIFY(f.payload_schema_json().find("x-flowdesk-title") == std::string::npos);
            }
            QVERIFY(found);
        }

        // Flow health: the flow's name, and why its status is what it is, as messages.
        {
            auto dashboard = m_server.stub<v1::DashboardService>();
            grpc::ClientContext ctx;
            prepare(ctx, m_operator);
            ctx.AddMetadata("accept-language", lang);
            v1::GetFlowHealthResponse resp;
            QVERIFY(dashboard->GetFlowHealth(&ctx, v1::GetFlowHealthRequest(), &resp).ok());
            bool found = false;
            for (const auto &h : resp.flows()) {
                if (h.flow_id() != kFlow)
                    continue;
                found = true;
                QCOMPARE(QString::fromStdString(h.flow_name()), flowName);
                QVERIFY(h.status_reasons_size() > 0);
                std::string joined;
                for (const auto &r : h.status_reasons()) {
                    QVERIFY2(r.id().rfind("health.", 0) == 0, r.id().c_str());
                    QCOMPARE(r.language(), primary);
                    joined += (joined.empty() ? "" : "; ") + r.text();
                }
                QCOMPARE(QString::fromStdString(h.status_reason()).toLower(), QString::fromStdString(joined).toLower());
            }
            QVERIFY(found);
        }
    }
};

QTEST_GUILESS_MAIN(ApiTransactionsTest)
#include "tst_api_transactions.moc"
