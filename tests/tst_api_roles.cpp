// The authorization rules of flowdeskd as a client observes them: every method of
// the contract has a rule, each demo role gets exactly what PRODUCT.md grants, and
// data is narrowed to the caller's plants or domains with sensitive fields masked.

#include "apitestutil.h"

#include "authz.h"
#include "demo_rules.h"
#include "store.h"

#include <rapidjson/document.h>
#include <rapidjson/pointer.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <google/protobuf/descriptor.h>

#include <QDir>
#include <QTest>

#include <cmath>
#include <ctime>
#include <map>
#include <optional>
#include <set>

using namespace apitest;
namespace v1 = flowdesk::v1;
using grpc::StatusCode;

namespace {

const std::vector<std::string> kRoles = {"viewer", "operator", "admin", "auditor", "connector"};
const char *kMissingId = "999999999";

struct MethodCase {
    std::string method;
    std::set<std::string> allowed;      // roles that may call it
    StatusCode allowedCode;             // what an allowed role gets for this request
};

std::set<std::string> humans()
{
    return {"viewer", "operator", "admin", "auditor"};
}


std::string jsonText(const rapidjson::Value &v)
{
    rapidjson::StringBuffer sb;
    rapidjson::Writer<rapidjson::StringBuffer> w(sb);
    v.Accept(w);
    return sb.GetString();
}

std::string fixed2(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

// The ways a text may quote an amount: 33521.50, 33521.5, 33,521.50.
std::vector<std::string> renderings(double v)
{
    const std::string f = fixed2(v);
    std::vector<std::string> out{f};
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", v);
    out.emplace_back(buf);
    const auto dot = f.find('.');
    const std::string digits = f.substr(0, dot);
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += ',';
        grouped += digits[i];
    }
    out.push_back(grouped + f.substr(dot));
    return out;
}

// Whether text quotes the number r as a number of its own: digits around it
// make another number (an order reference "SO2026-776236" does not quote 6236).
bool quotesNumber(const std::string &text, const std::string &r)
{
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    for (auto at = text.find(r); at != std::string::npos; at = text.find(r, at + 1)) {
        const bool before = at > 0 && (digit(text[at - 1]) || (text[at - 1] == '.' && at > 1 && digit(text[at - 2])));
        const bool after = at + r.size() < text.size() && digit(text[at + r.size()]);
        if (!before && !after)
            return true;
    }
    return false;
}

// A masked amount that a failure of the demo targets quotes.
struct MaskedFailure {
    std::int64_t id = 0;
    std::string flowId;
    std::string businessKey;
    std::string signature;
    std::int64_t amountMinor = 0;
    std::vector<double> quoted;  // amounts its texts quote for whoever may see them
};

} // namespace

class ApiRolesTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::map<std::string, std::string> m_tokens;
    std::map<std::string, std::function<grpc::Status(const std::string &role, const std::string &token)>> m_calls;
    std::vector<MethodCase> m_cases;
    int m_userCounter = 0;

    void buildCalls();

private slots:
    // Every sign-in names the server by an id that stays the same across restarts
    // (whatever address it is reached at) and differs between data folders.
    void signInNamesTheSiteByAStableId()
    {
        auto siteIdOf = [](TestServer &server) {
            auto sessions = server.stub<v1::SessionService>();
            grpc::ClientContext ctx;
            prepare(ctx, {});
            v1::LoginRequest req;
            req.set_username("operator");
            req.set_password("demo-operator");
            v1::LoginResponse resp;
            const grpc::Status st = sessions->Login(&ctx, req, &resp);
            return st.ok() ? resp.site_id() : std::string("login failed: ") + st.error_message();
        };
        TestServer first;
        QVERIFY(first.start());
        const std::string id = siteIdOf(first);
        QCOMPARE(id.size(), std::size_t(32));
        QCOMPARE(siteIdOf(first), id);
        first.stop();
        QVERIFY(first.start()); // another port, the same data folder
        QCOMPARE(siteIdOf(first), id);
        first.stop();
        TestServer other;
        QVERIFY(other.start());
        QVERIFY(siteIdOf(other) != id);
        other.stop();
    }

    void initTestCase()
    {
        QVERIFY(m_server.start({400}));
        for (const auto &r : kRoles) {
            m_tokens[r] = m_server.loginDemo(r);
            QVERIFY2(!m_tokens[r].empty(), r.c_str());
        }
        buildCalls();
    }

    void cleanupTestCase() { m_server.stop(); }

    void everyContractMethodHasARule()
    {
        // Every .proto file of the contract, as found in the source tree, must be
        // in the generated descriptor pool (linked into flowdeskd) ...
        const QStringList protoFiles = QDir(QStringLiteral(FLOWDESK_PROTO_DIR))
                                           .entryList({QStringLiteral("*.proto")}, QDir::Files, QDir::Name);
        QVERIFY(protoFiles.size() >= 10);
        // Referencing a message of each known file keeps its descriptor linked in.
        const google::protobuf::Descriptor *anchors[] = {
            v1::LoginRequest::descriptor(),           v1::ListFlowsRequest::descriptor(),
            v1::ListTransactionsRequest::descriptor(), v1::WatchRequest::descriptor(),
            v1::SubmitRequest::descriptor(),          v1::GetFlowHealthRequest::descriptor(),
            v1::ListConnectorsRequest::descriptor(),  v1::ListUsersRequest::descriptor(),
            v1::ListAuditEntriesRequest::descriptor(), v1::Status::descriptor(),
        };
        QVERIFY(anchors[0]);
        std::vector<const google::protobuf::FileDescriptor *> files;
        for (const auto &name : protoFiles) {
            const std::string path = "flowdesk/v1/" + name.toStdString();
            const auto *file = google::protobuf::DescriptorPool::generated_pool()->FindFileByName(path);
            QVERIFY2(file, ("contract file not served by flowdeskd: " + path).c_str());
            files.push_back(file);
        }
        const auto &rules = flowdesk::backend::methodRules();
        std::set<std::string> contract;
        int services = 0;
        for (const auto *file : files) {
            QVERIFY(file);
            for (int s = 0; s < file->service_count(); ++s) {
                const auto *service = file->service(s);
                ++services;
                for (int m = 0; m < service->method_count(); ++m) {
                    const std::string name = "/" + service->full_name() + "/" + service->method(m)->name();
                    contract.insert(name);
                    QVERIFY2(rules.count(name) == 1, ("no authorization rule for " + name).c_str());
                    // The matrix below exercises every method too.
                    QVERIFY2(m_calls.count(name) == 1, ("no role test for " + name).c_str());
                }
            }
        }
        QCOMPARE(services, 9);
        QVERIFY(contract.size() >= 30);
        // No rule names a method the contract does not have (except the standard health service).
        for (const auto &[name, rule] : rules) {
            if (name.rfind("/grpc.health.v1.", 0) == 0)
                continue;
            QVERIFY2(contract.count(name) == 1, ("rule for a method that does not exist: " + name).c_str());
        }
        // Only Login (and health) are public.
        for (const auto &[name, rule] : rules) {
            if (rule.isPublic)
                QVERIFY2(name == "/flowdesk.v1.SessionService/Login" || name.rfind("/grpc.health.v1.", 0) == 0,
                         name.c_str());
        }
    }

    void roleMatrix_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("expected");
        for (const auto &c : m_cases) {
            for (const auto &role : kRoles) {
                const int expected = static_cast<int>(c.allowed.count(role) ? c.allowedCode : StatusCode::PERMISSION_DENIED);
                QTest::newRow((c.method + " as " + role).c_str())
                    << QString::fromStdString(c.method) << QString::fromStdString(role) << expected;
            }
            if (c.method != "/flowdesk.v1.SessionService/Login") {
                QTest::newRow((c.method + " without token").c_str())
                    << QString::fromStdString(c.method) << QStringLiteral("anonymous")
                    << static_cast<int>(StatusCode::UNAUTHENTICATED);
                QTest::newRow((c.method + " with a bad token").c_str())
                    << QString::fromStdString(c.method) << QStringLiteral("forged")
                    << static_cast<int>(StatusCode::UNAUTHENTICATED);
            }
        }
    }

    void roleMatrix()
    {
        QFETCH(QString, method);
        QFETCH(QString, role);
        QFETCH(int, expected);
        const std::string r = role.toStdString();
        std::string token;
        if (r == "forged")
            token = std::string(64, 'a');
        else if (r != "anonymous")
            token = m_tokens.at(r);
        const grpc::Status status = m_calls.at(method.toStdString())(r, token);
        const auto expectedCode = static_cast<StatusCode>(expected);
        QVERIFY2(status.error_code() == expectedCode,
                 qPrintable(QStringLiteral("%1 as %2: expected %3, got %4 (%5)")
                                .arg(method, role, QString::fromLatin1(codeName(expectedCode)),
                                     QString::fromLatin1(codeName(status.error_code())),
                                     QString::fromStdString(status.error_message()))));
        if (expectedCode == StatusCode::PERMISSION_DENIED)
            QVERIFY(!detailsOf(status).missing_permission().empty() || !detailsOf(status).reason().empty());
        if (expectedCode == StatusCode::UNAUTHENTICATED && r == "forged")
            QCOMPARE(detailsOf(status).reason(), std::string("INVALID_TOKEN"));
    }

    void whoAmIListsThePermissionsOfTheRole()
    {
        auto s = m_server.stub<v1::SessionService>();
        grpc::ClientContext ctx;
        prepare(ctx, m_tokens["operator"]);
        v1::User user;
        QVERIFY(s->WhoAmI(&ctx, v1::WhoAmIRequest(), &user).ok());
        QCOMPARE(user.username(), std::string("operator"));
        QCOMPARE(user.role(), v1::ROLE_OPERATOR);
        const std::set<std::string> perms(user.permissions().begin(), user.permissions().end());
        QVERIFY(perms.count("transactions.edit"));
        QVERIFY(perms.count("transactions.triage"));
        QVERIFY(!perms.count("users.manage"));
        QVERIFY(!perms.count("transactions.replay"));
        QCOMPARE(std::set<std::string>(user.domains().begin(), user.domains().end()),
                 (std::set<std::string>{"sales", "finance"}));
    }

    void operatorSeesOnlyTheirDomains()
    {
        auto s = m_server.stub<v1::TransactionService>();
        grpc::ClientContext ctx;
        prepare(ctx, m_tokens["operator"]);
        v1::ListTransactionsRequest req;
        req.set_page_size(1000);
        v1::ListTransactionsResponse resp;
        QVERIFY(s->ListTransactions(&ctx, req, &resp).ok());
        QVERIFY(resp.transactions_size() > 0);
        for (const auto &t : resp.transactions())
            QVERIFY2(t.domain() == "sales" || t.domain() == "finance", t.domain().c_str());

        // Asking for another domain yields nothing rather than everything.
        grpc::ClientContext ctx2;
        prepare(ctx2, m_tokens["operator"]);
        req.mutable_filter()->add_domains("production");
        v1::ListTransactionsResponse none;
        QVERIFY(s->ListTransactions(&ctx2, req, &none).ok());
        QCOMPARE(none.transactions_size(), 0);
        QCOMPARE(none.total_size(), 0);

        // A transaction of another domain cannot be read or changed.
        const auto production = anyTransaction("production");
        QVERIFY(production > 0);
        grpc::ClientContext ctx3;
        prepare(ctx3, m_tokens["operator"]);
        v1::GetTransactionRequest get;
        get.set_id(std::to_string(production));
        v1::Transaction t;
        QCOMPARE(s->GetTransaction(&ctx3, get, &t).error_code(), StatusCode::PERMISSION_DENIED);
        grpc::ClientContext ctx4;
        prepare(ctx4, m_tokens["operator"]);
        v1::AddCommentRequest comment;
        comment.set_id(std::to_string(production));
        comment.set_text("not mine");
        v1::Comment c;
        QCOMPARE(s->AddComment(&ctx4, comment, &c).error_code(), StatusCode::PERMISSION_DENIED);
    }

    void viewerSeesOnlyTheirPlant()
    {
        auto s = m_server.stub<v1::TransactionService>();
        grpc::ClientContext ctx;
        prepare(ctx, m_tokens["viewer"]);
        v1::ListTransactionsRequest req;
        req.set_page_size(1000);
        v1::ListTransactionsResponse resp;
        QVERIFY(s->ListTransactions(&ctx, req, &resp).ok());
        QVERIFY(resp.transactions_size() > 0);
        for (const auto &t : resp.transactions())
            QCOMPARE(t.plant(), std::string("DE01"));

        // The admin sees more than the viewer.
        grpc::ClientContext ctx2;
        prepare(ctx2, m_tokens["admin"]);
        v1::ListTransactionsResponse all;
        QVERIFY(s->ListTransactions(&ctx2, req, &all).ok());
        QVERIFY(all.total_size() > resp.total_size());
    }

    void sensitiveFieldsAreMaskedForRolesThatMayNotSeeThem_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("masked");
        QTest::newRow("operator") << "operator" << false;
        QTest::newRow("admin") << "admin" << true;
        QTest::newRow("auditor") << "auditor" << true;
    }

    void sensitiveFieldsAreMaskedForRolesThatMayNotSeeThem()
    {
        QFETCH(QString, role);
        QFETCH(bool, masked);
        const auto id = anyTransaction("sales", "crm-quote-to-order");
        QVERIFY(id > 0);
        auto s = m_server.stub<v1::TransactionService>();
        grpc::ClientContext ctx;
        prepare(ctx, m_tokens[role.toStdString()]);
        v1::GetTransactionRequest get;
        get.set_id(std::to_string(id));
        v1::Transaction t;
        const auto st = s->GetTransaction(&ctx, get, &t);
        QVERIFY2(st.ok(), st.error_message().c_str());
        const bool hasMask = t.payload_json().find("\"***\"") != std::string::npos;
        QCOMPARE(hasMask, masked);
        QCOMPARE(t.original_payload_json().find("\"***\"") != std::string::npos, masked);
        const std::set<std::string> fields(t.masked_fields().begin(), t.masked_fields().end());
        QCOMPARE(fields.count("/total_amount") == 1, masked);
        if (masked) {
            // The real total never leaves the backend for this caller.
            const auto stored = m_server.backend().store().getTransaction(id);
            QVERIFY(stored);
            QVERIFY(t.payload_json() != stored->payloadJson);
            QVERIFY(fields.count("/lines/0/price") == 1);
        }
    }

    void viewerSeesMaskedPayloadsOfTheirPlant()
    {
        const auto id = anyTransaction("sales", "crm-quote-to-order", "DE01");
        if (id <= 0)
            QSKIP("no crm order of DE01 in the seeded history");
        auto s = m_server.stub<v1::TransactionService>();
        grpc::ClientContext ctx;
        prepare(ctx, m_tokens["viewer"]);
        v1::GetTransactionRequest get;
        get.set_id(std::to_string(id));
        v1::Transaction t;
        QVERIFY(s->GetTransaction(&ctx, get, &t).ok());
        QVERIFY(t.masked_fields_size() > 0);
        QVERIFY(t.payload_json().find("\"***\"") != std::string::npos);
    }

    void maskedAmountsAreMaskedInEveryText_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("flow");
        QTest::addColumn<bool>("masked");
        for (const char *flow : {"invoice-posting", "crm-quote-to-order"}) {
            QTest::addRow("operator %s", flow) << "operator" << flow << false;
            QTest::addRow("admin %s", flow) << "admin" << flow << true;
            QTest::addRow("auditor %s", flow) << "auditor" << flow << true;
            QTest::addRow("viewer %s", flow) << "viewer" << flow << true;
        }
    }

    void maskedAmountsAreMaskedInEveryText()
    {
        QFETCH(QString, role);
        QFETCH(QString, flow);
        QFETCH(bool, masked);
        const MaskedFailure &failure = maskedFailure(flow.toStdString());
        QVERIFY2(failure.id > 0, "the failure could not be produced");
        const std::string &token = m_tokens[role.toStdString()];
        // Quoting an amount fails the check unless the role may see it.
        const auto checkText = [&](const std::string &text, const char *what) {
            for (double v : failure.quoted) {
                for (const auto &r : renderings(v)) {
                    if (!masked)
                        continue;
                    QVERIFY2(!quotesNumber(text, r),
                             (std::string(what) + " quotes the masked amount " + r + ": " + text).c_str());
                }
            }
        };
        const auto checkAmount = [&](const v1::Transaction &t) {
            QCOMPARE(t.amount_masked(), masked);
            QCOMPARE(t.amount_minor(), masked ? 0 : failure.amountMinor);
            if (masked)
                QCOMPARE(t.impact_score(), 0.0);
            else
                QVERIFY(t.impact_score() > 0);
        };
        auto s = m_server.stub<v1::TransactionService>();

        // The detail: message, the target's answer, hops, what to do.
        v1::Transaction t;
        {
            grpc::ClientContext ctx;
            prepare(ctx, token);
            v1::GetTransactionRequest get;
            get.set_id(std::to_string(failure.id));
            const auto st = s->GetTransaction(&ctx, get, &t);
            QVERIFY2(st.ok(), st.error_message().c_str());
        }
        QVERIFY(!t.error().message().empty());
        if (masked)
            QVERIFY2(t.error().message().find("***") != std::string::npos, t.error().message().c_str());
        else
            QVERIFY2(t.error().message().find(fixed2(failure.quoted.front())) != std::string::npos,
                     t.error().message().c_str());
        checkText(t.error().message(), "the error message");
        checkText(t.error().target_response(), "the target's answer");
        checkText(t.error().what_to_do(), "what to do");
        checkText(t.error().signature(), "the signature");
        checkText(t.payload_json(), "the payload");
        checkText(t.original_payload_json(), "the original payload");
        QVERIFY(t.hops_size() > 0);
        for (const auto &h : t.hops())
            checkText(h.detail(), "a hop");
        checkAmount(t);

        // The list row.
        {
            grpc::ClientContext ctx;
            prepare(ctx, token);
            v1::ListTransactionsRequest req;
            req.mutable_filter()->add_flow_ids(failure.flowId);
            req.mutable_filter()->set_text(failure.businessKey);
            v1::ListTransactionsResponse resp;
            const auto st = s->ListTransactions(&ctx, req, &resp);
            QVERIFY2(st.ok(), st.error_message().c_str());
            QCOMPARE(resp.transactions_size(), 1);
            checkText(resp.transactions(0).error().message(), "the listed error message");
            checkAmount(resp.transactions(0));
        }

        // The error group: the sample message and the sums.
        {
            grpc::ClientContext ctx;
            prepare(ctx, token);
            v1::ListErrorGroupsRequest req;
            req.mutable_filter()->set_error_signature(failure.signature);
            req.mutable_filter()->add_flow_ids(failure.flowId);
            v1::ListErrorGroupsResponse resp;
            const auto st = s->ListErrorGroups(&ctx, req, &resp);
            QVERIFY2(st.ok(), st.error_message().c_str());
            QCOMPARE(resp.groups_size(), 1);
            const auto &g = resp.groups(0);
            checkText(g.sample_message(), "the group's sample message");
            QCOMPARE(g.value_at_risk_masked(), masked);
            if (masked) {
                QCOMPARE(g.value_at_risk_minor(), 0);
                QCOMPARE(g.values_at_risk_size(), 0);
            } else {
                QVERIFY(g.value_at_risk_minor() >= failure.amountMinor);
            }
        }

        // The dashboard's value at risk of the flow.
        {
            auto dash = m_server.stub<v1::DashboardService>();
            grpc::ClientContext ctx;
            prepare(ctx, token);
            v1::GetFlowHealthRequest req;
            v1::GetFlowHealthResponse resp;
            const auto st = dash->GetFlowHealth(&ctx, req, &resp);
            QVERIFY2(st.ok(), st.error_message().c_str());
            bool found = false;
            for (const auto &h : resp.flows()) {
                if (h.flow_id() != failure.flowId)
                    continue;
                found = true;
                QCOMPARE(h.value_at_risk_masked(), masked);
                if (masked)
                    QCOMPARE(h.value_at_risk_minor(), 0);
            }
            QVERIFY(found);
        }

        // A comment quoting the amount, read back in the audit trail.
        if (role == "admin" || role == "auditor") {
            auto audit = m_server.stub<v1::AuditService>();
            grpc::ClientContext ctx;
            prepare(ctx, token);
            v1::ListAuditEntriesRequest req;
            req.set_target_type("transaction");
            req.set_target_id(std::to_string(failure.id));
            v1::ListAuditEntriesResponse resp;
            QVERIFY(audit->ListAuditEntries(&ctx, req, &resp).ok());
            bool comment = false;
            for (const auto &e : resp.entries()) {
                checkText(e.reason(), "an audit entry's reason");
                checkText(e.detail(), "an audit entry's detail");
                checkText(e.diff_json(), "an audit entry's difference");
                comment = comment || e.detail().find("The customer confirms") != std::string::npos;
            }
            QVERIFY(comment);
        }
    }

    void flowCountsAndHealthStayWithinScope()
    {
        auto flows = m_server.stub<v1::FlowService>();
        grpc::ClientContext ctx;
        prepare(ctx, m_tokens["operator"]);
        v1::ListFlowsRequest req;
        req.set_include_counts(true);
        v1::ListFlowsResponse resp;
        QVERIFY(flows->ListFlows(&ctx, req, &resp).ok());
        QVERIFY(resp.flows_size() > 0);
        std::int64_t counted = 0;
        for (const auto &f : resp.flows()) {
            QVERIFY2(f.domain() == "sales" || f.domain() == "finance", f.id().c_str());
            QVERIFY(!f.payload_schema_json().empty());
            for (const auto &c : f.state_counts())
                counted += c.count();
        }
        auto tx = m_server.stub<v1::TransactionService>();
        grpc::ClientContext tctx;
        prepare(tctx, m_tokens["operator"]);
        v1::ListTransactionsResponse all;
        QVERIFY(tx->ListTransactions(&tctx, v1::ListTransactionsRequest(), &all).ok());
        QCOMPARE(counted, static_cast<std::int64_t>(all.total_size()));

        auto dash = m_server.stub<v1::DashboardService>();
        grpc::ClientContext dctx;
        prepare(dctx, m_tokens["viewer"]);
        v1::GetFlowHealthResponse health;
        // A window that covers the whole seeded history (the default is 24 h).
        v1::GetFlowHealthRequest healthRequest;
        healthRequest.mutable_start_time()->set_seconds(
            static_cast<std::int64_t>(std::time(nullptr)) - 7 * 24 * 3600);
        QVERIFY(dash->GetFlowHealth(&dctx, healthRequest, &health).ok());
        QVERIFY(health.flows_size() > 0);
        std::int64_t viewerTotal = 0;
        for (const auto &h : health.flows()) {
            QVERIFY(h.status() != v1::HEALTH_STATUS_UNSPECIFIED);
            QVERIFY(!h.status_reason().empty());
            viewerTotal += h.received();
        }
        grpc::ClientContext vctx;
        prepare(vctx, m_tokens["viewer"]);
        v1::ListTransactionsResponse viewerAll;
        QVERIFY(tx->ListTransactions(&vctx, v1::ListTransactionsRequest(), &viewerAll).ok());
        QCOMPARE(viewerTotal, static_cast<std::int64_t>(viewerAll.total_size()));
    }

    void auditTrailShowsOwnActionsUnlessReadAll_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("all");
        QTest::newRow("viewer") << "viewer" << false;
        QTest::newRow("operator") << "operator" << false;
        QTest::newRow("admin") << "admin" << true;
        QTest::newRow("auditor") << "auditor" << true;
    }

    void auditTrailShowsOwnActionsUnlessReadAll()
    {
        QFETCH(QString, role);
        QFETCH(bool, all);
        const std::string me = role.toStdString();
        auto audit = m_server.stub<v1::AuditService>();
        grpc::ClientContext ctx;
        prepare(ctx, m_tokens[me]);
        v1::ListAuditEntriesRequest req;
        req.set_page_size(1000);
        v1::ListAuditEntriesResponse resp;
        QVERIFY(audit->ListAuditEntries(&ctx, req, &resp).ok());
        QVERIFY(resp.entries_size() > 0);  // at least the own sign-in
        std::set<std::string> actors;
        for (const auto &e : resp.entries())
            actors.insert(e.actor());
        if (all)
            QVERIFY(actors.size() > 1);
        else
            QCOMPARE(actors, std::set<std::string>{me});
        // Asking for someone else's actions yields nothing for the restricted roles.
        grpc::ClientContext ctx2;
        prepare(ctx2, m_tokens[me]);
        req.set_actor(me == "admin" ? "operator" : "admin");
        v1::ListAuditEntriesResponse other;
        QVERIFY(audit->ListAuditEntries(&ctx2, req, &other).ok());
        QCOMPARE(other.entries_size() > 0, all);
    }

private:
    std::map<std::string, MaskedFailure> m_maskedFailures;

    // A delivered transaction's payload of the flow, to build a failure from.
    std::string deliveredPayload(const std::string &flow)
    {
        flowdesk::backend::TxFilter f;
        f.flowIds = {flow};
        f.states = {flowdesk::backend::TxState::Delivered};
        const auto page = m_server.backend().store().listTransactions(f, flowdesk::backend::TxOrder::IdAsc, 1, {}, true);
        return page.items.empty() ? std::string() : page.items.front().payloadJson;
    }

    // An invoice whose total does not match its lines, or a CRM order beyond
    // its customer's credit, of plant DE01 (the viewer's), failed at the target,
    // with a comment of the operator that quotes the amount.
    const MaskedFailure &maskedFailure(const std::string &flow)
    {
        auto known = m_maskedFailures.find(flow);
        if (known != m_maskedFailures.end())
            return known->second;
        MaskedFailure &out = m_maskedFailures[flow];
        const std::string base = deliveredPayload(flow);
        if (base.empty()) {
            qWarning("no delivered %s in the seeded history", flow.c_str());
            return out;
        }
        rapidjson::Document doc;
        doc.Parse(base.c_str());
        auto &a = doc.GetAllocator();
        const auto setString = [&](const char *ptr, const std::string &v) {
            rapidjson::Pointer(ptr).Set(doc, rapidjson::Value(v.c_str(), a).Move(), a);
        };
        setString("/plant", "DE01");
        std::string expectedCode;
        if (flow == "invoice-posting") {
            out.businessKey = "INV/2026/" + std::to_string(90000 + m_userCounter++);
            setString("/invoice_number", out.businessKey);
            const double total = rapidjson::Pointer("/amount_total").Get(doc)->GetDouble();
            const double stated = std::round(total * 100.0) / 100.0 + 7.5;
            rapidjson::Pointer("/amount_total").Set(doc, stated, a);
            out.quoted = {stated, total};
            out.amountMinor = std::llround(stated * 100.0);
            expectedCode = "TOTAL_MISMATCH";
        } else {
            out.businessKey = "SO2026-9" + std::to_string(10000 + m_userCounter++);
            setString("/order_number", out.businessKey);
            const std::string code = rapidjson::Pointer("/customer/code").Get(doc)->GetString();
            const auto *customer = flowdesk::backend::demo::findCustomer(code);
            if (!customer) {
                qWarning("unknown customer %s", code.c_str());
                return out;
            }
            setString("/currency", customer->currency);
            const double price = std::floor(customer->creditLimit * 2.0) + 0.5;
            auto &lines = *rapidjson::Pointer("/lines").Get(doc);
            while (lines.Size() > 1)
                lines.PopBack();
            rapidjson::Pointer("/lines/0/quantity").Set(doc, 1, a);
            rapidjson::Pointer("/lines/0/price").Set(doc, price, a);
            rapidjson::Pointer("/lines/0/discount_percent").Set(doc, 0, a);
            rapidjson::Pointer("/total_amount").Set(doc, price, a);
            out.quoted = {price};
            out.amountMinor = std::llround(price * 100.0);
            expectedCode = "CREDIT_LIMIT_EXCEEDED";
        }
        auto ingest = m_server.stub<v1::IngestService>();
        v1::SubmitResponse submitted;
        {
            grpc::ClientContext ctx;
            prepare(ctx, m_tokens["connector"]);
            v1::SubmitRequest req;
            req.set_flow_id(flow);
            req.set_payload_json(jsonText(doc));
            req.set_idempotency_key("masked-" + out.businessKey);
            const auto st = ingest->Submit(&ctx, req, &submitted);
            if (!st.ok()) {
                qWarning("submit: %s", st.error_message().c_str());
                return out;
            }
        }
        const std::int64_t id = std::stoll(submitted.transaction_id());
        std::optional<flowdesk::backend::Transaction> stored;
        waitFor([&] {
            stored = m_server.backend().store().getTransaction(id, false);
            return stored && stored->state == flowdesk::backend::TxState::Failed;
        }, 20000);
        if (!stored || stored->state != flowdesk::backend::TxState::Failed || stored->error.code != expectedCode) {
            qWarning("%s did not fail with %s: %s", flow.c_str(), expectedCode.c_str(),
                     stored ? stored->error.message.c_str() : "not stored");
            return out;
        }
        {
            auto tx = m_server.stub<v1::TransactionService>();
            grpc::ClientContext ctx;
            prepare(ctx, m_tokens["operator"]);
            v1::AddCommentRequest req;
            req.set_id(std::to_string(id));
            req.set_text("The customer confirms " + fixed2(out.quoted.front()) + " as the amount");
            v1::Comment c;
            const auto st = tx->AddComment(&ctx, req, &c);
            if (!st.ok()) {
                qWarning("comment: %s", st.error_message().c_str());
                return out;
            }
        }
        out.flowId = flow;
        out.signature = stored->error.signature;
        out.id = id;
        return out;
    }

    std::int64_t anyTransaction(const std::string &domain, const std::string &flow = {}, const std::string &plant = {})
    {
        flowdesk::backend::TxFilter f;
        f.domains = {domain};
        if (!flow.empty())
            f.flowIds = {flow};
        if (!plant.empty())
            f.plants = {plant};
        const auto page = m_server.backend().store().listTransactions(f, flowdesk::backend::TxOrder::IdAsc, 1, {});
        return page.items.empty() ? 0 : page.items.front().id;
    }
};

void ApiRolesTest::buildCalls()
{
    auto sessions = m_server.stub<v1::SessionService>();
    auto flows = m_server.stub<v1::FlowService>();
    auto tx = m_server.stub<v1::TransactionService>();
    auto events = m_server.stub<v1::EventService>();
    auto ingest = m_server.stub<v1::IngestService>();
    auto dash = m_server.stub<v1::DashboardService>();
    auto conn = m_server.stub<v1::ConnectorService>();
    auto users = m_server.stub<v1::UserService>();
    auto audit = m_server.stub<v1::AuditService>();
    std::shared_ptr<v1::SessionService::Stub> sessionsS(std::move(sessions));
    std::shared_ptr<v1::FlowService::Stub> flowsS(std::move(flows));
    std::shared_ptr<v1::TransactionService::Stub> txS(std::move(tx));
    std::shared_ptr<v1::EventService::Stub> eventsS(std::move(events));
    std::shared_ptr<v1::IngestService::Stub> ingestS(std::move(ingest));
    std::shared_ptr<v1::DashboardService::Stub> dashS(std::move(dash));
    std::shared_ptr<v1::ConnectorService::Stub> connS(std::move(conn));
    std::shared_ptr<v1::UserService::Stub> usersS(std::move(users));
    std::shared_ptr<v1::AuditService::Stub> auditS(std::move(audit));

    auto add = [&](const std::string &method, std::set<std::string> allowed, StatusCode code,
                   std::function<grpc::Status(const std::string &, const std::string &)> fn) {
        m_cases.push_back({method, std::move(allowed), code});
        m_calls[method] = std::move(fn);
    };
    // Unary call helper.
#define FD_UNARY(STUB, RPC, REQ, RESP)                                                                             \
    [=](const std::string &, const std::string &token) {                                                           \
        grpc::ClientContext ctx;                                                                                   \
        prepare(ctx, token);                                                                                       \
        RESP resp;                                                                                                 \
        return STUB->RPC(&ctx, REQ, &resp);                                                                        \
    }
    const std::set<std::string> all = {"viewer", "operator", "admin", "auditor", "connector"};
    const std::set<std::string> readers = humans();

    v1::LoginRequest login;
    login.set_username("auditor");
    login.set_password("demo-auditor");
    add("/flowdesk.v1.SessionService/Login", all, StatusCode::OK, FD_UNARY(sessionsS, Login, login, v1::LoginResponse));
    add("/flowdesk.v1.SessionService/Logout", all, StatusCode::OK,
        [this, sessionsS](const std::string &role, const std::string &token) {
            // Log out a session of its own so that the shared tokens stay valid.
            std::string t = token;
            if (role != "anonymous" && role != "forged")
                t = m_server.loginDemo(role);
            grpc::ClientContext ctx;
            prepare(ctx, t);
            v1::LogoutResponse resp;
            return sessionsS->Logout(&ctx, v1::LogoutRequest(), &resp);
        });
    add("/flowdesk.v1.SessionService/WhoAmI", all, StatusCode::OK,
        FD_UNARY(sessionsS, WhoAmI, v1::WhoAmIRequest(), v1::User));

    v1::ListFlowsRequest listFlows;
    listFlows.set_include_counts(true);
    add("/flowdesk.v1.FlowService/ListFlows", readers, StatusCode::OK,
        FD_UNARY(flowsS, ListFlows, listFlows, v1::ListFlowsResponse));

    add("/flowdesk.v1.TransactionService/ListTransactions", readers, StatusCode::OK,
        FD_UNARY(txS, ListTransactions, v1::ListTransactionsRequest(), v1::ListTransactionsResponse));
    v1::GetTransactionRequest get;
    get.set_id(kMissingId);
    add("/flowdesk.v1.TransactionService/GetTransaction", readers, StatusCode::NOT_FOUND,
        FD_UNARY(txS, GetTransaction, get, v1::Transaction));
    add("/flowdesk.v1.TransactionService/ListErrorGroups", readers, StatusCode::OK,
        FD_UNARY(txS, ListErrorGroups, v1::ListErrorGroupsRequest(), v1::ListErrorGroupsResponse));
    v1::GetTimelineRequest timeline;
    timeline.set_correlation_id("no-such-correlation");
    add("/flowdesk.v1.TransactionService/GetTimeline", readers, StatusCode::NOT_FOUND,
        FD_UNARY(txS, GetTimeline, timeline, v1::GetTimelineResponse));

    v1::UpdatePayloadRequest update;
    update.set_id(kMissingId);
    update.set_expected_version(1);
    update.set_payload_json("{}");
    add("/flowdesk.v1.TransactionService/UpdatePayload", {"operator"}, StatusCode::NOT_FOUND,
        FD_UNARY(txS, UpdatePayload, update, v1::Transaction));
    add("/flowdesk.v1.TransactionService/Resubmit", {"operator", "admin"}, StatusCode::NOT_FOUND,
        [txS](const std::string &role, const std::string &token) {
            v1::ResubmitRequest r;
            r.set_id(kMissingId);
            r.set_request_id("roles-resubmit-" + role);
            grpc::ClientContext ctx;
            prepare(ctx, token);
            v1::Transaction resp;
            return txS->Resubmit(&ctx, r, &resp);
        });
    v1::DiscardRequest discard;
    discard.set_id(kMissingId);
    discard.set_reason("duplicate from the shop");
    add("/flowdesk.v1.TransactionService/Discard", {"operator"}, StatusCode::NOT_FOUND,
        FD_UNARY(txS, Discard, discard, v1::Transaction));
    v1::ResolveManuallyRequest resolve;
    resolve.set_id(kMissingId);
    resolve.set_reason("entered in Odoo by hand");
    add("/flowdesk.v1.TransactionService/ResolveManually", {"operator"}, StatusCode::NOT_FOUND,
        FD_UNARY(txS, ResolveManually, resolve, v1::Transaction));
    v1::AssignRequest assign;
    assign.set_id(kMissingId);
    add("/flowdesk.v1.TransactionService/Assign", {"operator"}, StatusCode::NOT_FOUND,
        FD_UNARY(txS, Assign, assign, v1::Transaction));
    v1::SetTriageStatusRequest triage;
    triage.set_id(kMissingId);
    triage.set_triage_status(v1::TRIAGE_STATUS_INVESTIGATING);
    add("/flowdesk.v1.TransactionService/SetTriageStatus", {"operator"}, StatusCode::NOT_FOUND,
        FD_UNARY(txS, SetTriageStatus, triage, v1::Transaction));
    v1::AddCommentRequest comment;
    comment.set_id(kMissingId);
    comment.set_text("looking into it");
    add("/flowdesk.v1.TransactionService/AddComment", {"operator"}, StatusCode::NOT_FOUND,
        FD_UNARY(txS, AddComment, comment, v1::Comment));
    v1::LookupFieldValuesRequest lookup;
    lookup.set_transaction_id(kMissingId);
    lookup.set_field_path("/customer/code");
    lookup.set_query("M");
    add("/flowdesk.v1.TransactionService/LookupFieldValues", {"operator"}, StatusCode::NOT_FOUND,
        FD_UNARY(txS, LookupFieldValues, lookup, v1::LookupFieldValuesResponse));
    add("/flowdesk.v1.TransactionService/StartBulkAction", {"operator", "admin"}, StatusCode::OK,
        [txS](const std::string &role, const std::string &token) {
            v1::StartBulkActionRequest r;
            r.set_request_id("roles-bulk-" + role);
            r.set_dry_run(true);
            r.set_action(v1::BULK_ACTION_RESUBMIT);
            r.mutable_ids()->add_ids(kMissingId);
            grpc::ClientContext ctx;
            prepare(ctx, token);
            v1::BulkJob resp;
            return txS->StartBulkAction(&ctx, r, &resp);
        });
    add("/flowdesk.v1.TransactionService/WatchBulkAction", {"operator", "admin"}, StatusCode::NOT_FOUND,
        [txS](const std::string &, const std::string &token) {
            v1::WatchBulkActionRequest r;
            r.set_job_id("bulk-none");
            grpc::ClientContext ctx;
            prepare(ctx, token, 3000);
            auto reader = txS->WatchBulkAction(&ctx, r);
            v1::BulkJob job;
            while (reader->Read(&job)) {
            }
            return reader->Finish();
        });
    v1::CancelBulkActionRequest cancel;
    cancel.set_job_id("bulk-none");
    add("/flowdesk.v1.TransactionService/CancelBulkAction", {"operator", "admin"}, StatusCode::NOT_FOUND,
        FD_UNARY(txS, CancelBulkAction, cancel, v1::BulkJob));

    // A stream that stays open: an allowed caller runs into the client's deadline.
    add("/flowdesk.v1.EventService/Watch", readers, StatusCode::DEADLINE_EXCEEDED,
        [eventsS](const std::string &, const std::string &token) {
            v1::WatchRequest r;
            r.set_since_sequence(-1);
            grpc::ClientContext ctx;
            prepare(ctx, token, 600);
            auto reader = eventsS->Watch(&ctx, r);
            v1::Event e;
            while (reader->Read(&e)) {
            }
            return reader->Finish();
        });
    add("/flowdesk.v1.EventService/WatchBatches", readers, StatusCode::DEADLINE_EXCEEDED,
        [eventsS](const std::string &, const std::string &token) {
            v1::WatchRequest r;
            r.set_since_sequence(-1);
            grpc::ClientContext ctx;
            prepare(ctx, token, 600);
            auto reader = eventsS->WatchBatches(&ctx, r);
            v1::EventBatch b;
            while (reader->Read(&b)) {
            }
            return reader->Finish();
        });

    v1::SubmitRequest submit;
    submit.set_flow_id("no-such-flow");
    submit.set_payload_json("{}");
    submit.set_idempotency_key("roles-1");
    add("/flowdesk.v1.IngestService/Submit", {"connector"}, StatusCode::NOT_FOUND,
        FD_UNARY(ingestS, Submit, submit, v1::SubmitResponse));
    v1::SubmitBatchRequest submitBatch;
    *submitBatch.add_submissions() = submit;
    add("/flowdesk.v1.IngestService/SubmitBatch", {"connector"}, StatusCode::OK,
        FD_UNARY(ingestS, SubmitBatch, submitBatch, v1::SubmitBatchResponse));

    add("/flowdesk.v1.DashboardService/GetFlowHealth", readers, StatusCode::OK,
        FD_UNARY(dashS, GetFlowHealth, v1::GetFlowHealthRequest(), v1::GetFlowHealthResponse));
    v1::GetTimeSeriesRequest series;
    series.set_metric(v1::METRIC_RECEIVED);
    add("/flowdesk.v1.DashboardService/GetTimeSeries", readers, StatusCode::OK,
        FD_UNARY(dashS, GetTimeSeries, series, v1::GetTimeSeriesResponse));
    add("/flowdesk.v1.DashboardService/ListStuck", readers, StatusCode::OK,
        FD_UNARY(dashS, ListStuck, v1::ListStuckRequest(), v1::ListStuckResponse));

    add("/flowdesk.v1.ConnectorService/ListConnectors", {"operator", "admin", "auditor"}, StatusCode::OK,
        FD_UNARY(connS, ListConnectors, v1::ListConnectorsRequest(), v1::ListConnectorsResponse));
    v1::PauseConnectorRequest pause;
    pause.set_connector_id("no-such-connector");
    add("/flowdesk.v1.ConnectorService/PauseConnector", {"admin"}, StatusCode::NOT_FOUND,
        FD_UNARY(connS, PauseConnector, pause, v1::Connector));
    v1::ResumeConnectorRequest resume;
    resume.set_connector_id("no-such-connector");
    add("/flowdesk.v1.ConnectorService/ResumeConnector", {"admin"}, StatusCode::NOT_FOUND,
        FD_UNARY(connS, ResumeConnector, resume, v1::Connector));
    v1::TestConnectorRequest test;
    test.set_connector_id("no-such-connector");
    add("/flowdesk.v1.ConnectorService/TestConnector", {"admin"}, StatusCode::NOT_FOUND,
        FD_UNARY(connS, TestConnector, test, v1::TestConnectorResponse));
    v1::SetCredentialRequest cred;
    cred.set_connector_id("no-such-connector");
    cred.set_secret("s3cret-api-key");
    add("/flowdesk.v1.ConnectorService/SetCredential", {"admin"}, StatusCode::NOT_FOUND,
        FD_UNARY(connS, SetCredential, cred, v1::SetCredentialResponse));
    // The demo runs from its built-in configuration: there is no file to read again.
    add("/flowdesk.v1.ConnectorService/ReloadConfiguration", {"admin"}, StatusCode::UNIMPLEMENTED,
        FD_UNARY(connS, ReloadConfiguration, v1::ReloadConfigurationRequest(), v1::ReloadConfigurationResponse));

    add("/flowdesk.v1.UserService/ListUsers", {"admin"}, StatusCode::OK,
        FD_UNARY(usersS, ListUsers, v1::ListUsersRequest(), v1::ListUsersResponse));
    add("/flowdesk.v1.UserService/CreateUser", {"admin"}, StatusCode::OK,
        [this, usersS](const std::string &, const std::string &token) {
            v1::CreateUserRequest r;
            r.set_username("matrix-user-" + std::to_string(++m_userCounter));
            r.set_password("a-long-password");
            r.set_role(v1::ROLE_VIEWER);
            r.add_plants("FR01");
            grpc::ClientContext ctx;
            prepare(ctx, token);
            v1::User resp;
            return usersS->CreateUser(&ctx, r, &resp);
        });
    v1::UpdateUserRequest updateUser;
    updateUser.set_username("nobody-here");
    updateUser.add_update_mask("display_name");
    updateUser.set_display_name("Nobody");
    add("/flowdesk.v1.UserService/UpdateUser", {"admin"}, StatusCode::NOT_FOUND,
        FD_UNARY(usersS, UpdateUser, updateUser, v1::User));
    v1::ResetPasswordRequest reset;
    reset.set_username("nobody-here");
    reset.set_new_password("another-long-password");
    add("/flowdesk.v1.UserService/ResetPassword", {"admin"}, StatusCode::NOT_FOUND,
        FD_UNARY(usersS, ResetPassword, reset, v1::ResetPasswordResponse));

    add("/flowdesk.v1.AuditService/ListAuditEntries", readers, StatusCode::OK,
        FD_UNARY(auditS, ListAuditEntries, v1::ListAuditEntriesRequest(), v1::ListAuditEntriesResponse));
    add("/flowdesk.v1.AuditService/VerifyAuditChain", {"admin", "auditor"}, StatusCode::OK,
        FD_UNARY(auditS, VerifyAuditChain, v1::VerifyAuditChainRequest(), v1::VerifyAuditChainResponse));
#undef FD_UNARY
}

QTEST_GUILESS_MAIN(ApiRolesTest)
#include "tst_api_roles.moc"
