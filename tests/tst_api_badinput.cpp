// A catalogue of bad input against a real flowdeskd (tests/data/api_badinput.json):
// every method of the contract, role by role, with empty, unknown, oversized
// and malformed ids, page sizes and tokens, enum values, JSON, timestamps,
// control characters and callers of the wrong role. Each case names the exact
// gRPC status it must get, and the store must be the same afterwards: every
// table but the sessions hashed before and after the call.
//
// A case may carry a "note" saying why its answer is the right one.
//
// In a request (JSON, the contract's JSON mapping), these are replaced first:
//   @repeat(TEXT,N)   TEXT N times        @deep(N)   N nested arrays
//   @failed / @failedVersion    a FAILED transaction the operator may edit, its version
//   @delivered / @deliveredVersion  a DELIVERED transaction in the operator's scope, its version
//   @foreign                    a transaction outside the viewer's plants
//   @connector                  a connector's id
// "set" sets fields the JSON mapping cannot express (unknown enum numbers,
// timestamps beyond the representable range): [{"path": "a.b", "int": N}].

#include "apitestutil.h"

#include "hashing.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/dynamic_message.h>
#include <google/protobuf/message.h>
#include <google/protobuf/util/json_util.h>
#include <grpcpp/impl/client_unary_call.h>
#include <grpcpp/support/sync_stream.h>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <sqlite3.h>

#include <QFile>
#include <QTest>

#include <map>
#include <regex>

using namespace apitest;
namespace v1 = flowdesk::v1;
namespace pb = google::protobuf;

namespace {

struct Case {
    std::string name;
    std::string method;    // "TransactionService/GetTransaction"
    std::string role;      // a demo account, or "none" (no token), or "bad-token"
    std::string request;   // JSON
    std::vector<std::pair<std::string, std::int64_t>> sets;
    grpc::StatusCode expect = grpc::StatusCode::OK;
    std::vector<std::string> mayChange;  // tables the call may write (a failed sign-in)
};

std::vector<Case> &cases()
{
    static std::vector<Case> all;
    return all;
}

std::optional<grpc::StatusCode> codeByName(const std::string &name)
{
    for (int c = 0; c <= 16; ++c) {
        if (name == codeName(static_cast<grpc::StatusCode>(c)))
            return static_cast<grpc::StatusCode>(c);
    }
    return std::nullopt;
}

std::string compact(const rapidjson::Value &v)
{
    rapidjson::StringBuffer sb;
    rapidjson::Writer<rapidjson::StringBuffer> w(sb);
    v.Accept(w);
    return sb.GetString();
}

bool loadCases(std::string *error)
{
    QFile f(QStringLiteral(FLOWDESK_BADINPUT_DATA));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = "cannot read " + f.fileName().toStdString();
        return false;
    }
    const QByteArray text = f.readAll();
    rapidjson::Document doc;
    doc.Parse(text.constData(), text.size());
    if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("cases") || !doc["cases"].IsArray()) {
        *error = "the catalogue is not a JSON object with \"cases\"";
        return false;
    }
    std::set<std::string> names;
    for (const auto &c : doc["cases"].GetArray()) {
        Case k;
        k.name = c["name"].GetString();
        k.method = c["method"].GetString();
        k.role = c["role"].GetString();
        k.request = c.HasMember("request") ? compact(c["request"]) : "{}";
        const auto code = codeByName(c["expect"].GetString());
        if (!code) {
            *error = k.name + ": unknown status " + c["expect"].GetString();
            return false;
        }
        k.expect = *code;
        if (c.HasMember("set")) {
            for (const auto &s : c["set"].GetArray())
                k.sets.emplace_back(s["path"].GetString(), s["int"].GetInt64());
        }
        if (c.HasMember("mayChange")) {
            for (const auto &t : c["mayChange"].GetArray())
                k.mayChange.push_back(t.GetString());
        }
        if (!names.insert(k.name).second) {
            *error = "two cases are named " + k.name;
            return false;
        }
        cases().push_back(std::move(k));
    }
    return true;
}

// Every table but the sessions, row by row: what "nothing changed" means.
std::map<std::string, std::string> storeDigest(const std::string &dbPath)
{
    std::map<std::string, std::string> out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(dbPath.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return out;
    }
    sqlite3_busy_timeout(db, 5000);
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    std::vector<std::string> tables;
    {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", -1, &s, nullptr);
        while (sqlite3_step(s) == SQLITE_ROW)
            tables.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        sqlite3_finalize(s);
    }
    for (const auto &t : tables) {
        if (t == "sessions" || t.rfind("sqlite_", 0) == 0)
            continue;
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, ("SELECT * FROM \"" + t + "\" ORDER BY rowid").c_str(), -1, &s, nullptr) != SQLITE_OK)
            sqlite3_prepare_v2(db, ("SELECT * FROM \"" + t + "\"").c_str(), -1, &s, nullptr);
        std::string rows;
        while (s && sqlite3_step(s) == SQLITE_ROW) {
            for (int i = 0; i < sqlite3_column_count(s); ++i) {
                const auto *v = sqlite3_column_blob(s, i);
                rows.append(v ? static_cast<const char *>(v) : "", static_cast<size_t>(sqlite3_column_bytes(s, i)));
                rows.push_back('\x1f');
            }
            rows.push_back('\x1e');
        }
        sqlite3_finalize(s);
        out[t] = flowdesk::backend::crypto::sha256Hex(rows);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return out;
}

std::string expand(std::string text, const std::map<std::string, std::string> &refs)
{
    static const std::regex repeat(R"(@repeat\(([^,()]*),([0-9]+)\))");
    static const std::regex deep(R"(@deep\(([0-9]+)\))");
    std::smatch m;
    while (std::regex_search(text, m, repeat)) {
        std::string r;
        for (int i = 0; i < std::stoi(m[2].str()); ++i)
            r += m[1].str();
        text.replace(static_cast<size_t>(m.position(0)), static_cast<size_t>(m.length(0)), r);
    }
    while (std::regex_search(text, m, deep)) {
        const auto n = static_cast<size_t>(std::stoi(m[1].str()));
        text.replace(static_cast<size_t>(m.position(0)), static_cast<size_t>(m.length(0)),
                     std::string(n, '[') + std::string(n, ']'));
    }
    // Longest names first (@failedVersion before @failed).
    std::vector<std::pair<std::string, std::string>> ordered(refs.begin(), refs.end());
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    for (const auto &[name, value] : ordered) {
        for (size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + value.size()))
            text.replace(at, name.size(), value);
    }
    return text;
}

// Sets a scalar by field path on a message ("filter.create_time_after.seconds").
bool setPath(pb::Message *msg, const std::string &path, std::int64_t value, std::string *error)
{
    const auto dot = path.find('.');
    const std::string head = path.substr(0, dot);
    const auto *field = msg->GetDescriptor()->FindFieldByName(head);
    if (!field) {
        *error = "no field " + head;
        return false;
    }
    const auto *refl = msg->GetReflection();
    if (dot != std::string::npos) {
        if (field->cpp_type() != pb::FieldDescriptor::CPPTYPE_MESSAGE || field->is_repeated()) {
            *error = head + " is not a message";
            return false;
        }
        return setPath(refl->MutableMessage(msg, field), path.substr(dot + 1), value, error);
    }
    switch (field->cpp_type()) {
    case pb::FieldDescriptor::CPPTYPE_INT64:
        field->is_repeated() ? refl->AddInt64(msg, field, value) : refl->SetInt64(msg, field, value);
        return true;
    case pb::FieldDescriptor::CPPTYPE_INT32:
        field->is_repeated() ? refl->AddInt32(msg, field, static_cast<std::int32_t>(value))
                             : refl->SetInt32(msg, field, static_cast<std::int32_t>(value));
        return true;
    case pb::FieldDescriptor::CPPTYPE_ENUM:
        field->is_repeated() ? refl->AddEnumValue(msg, field, static_cast<int>(value))
                             : refl->SetEnumValue(msg, field, static_cast<int>(value));
        return true;
    default:
        *error = head + ": only integers and enums can be set";
        return false;
    }
}

} // namespace

class ApiBadInputTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::map<std::string, std::string> m_tokens;
    std::map<std::string, std::string> m_refs;
    std::string m_db;

    grpc::Status call(const Case &c, const std::string &bytes);
    v1::Transaction findTransaction(const std::string &role, const v1::TransactionFilter &filter);

private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }
    void everyMethodHasCases();
    void badInput_data();
    void badInput();
};

v1::Transaction ApiBadInputTest::findTransaction(const std::string &role, const v1::TransactionFilter &filter)
{
    auto stub = m_server.stub<v1::TransactionService>();
    grpc::ClientContext ctx;
    prepare(ctx, m_tokens[role]);
    v1::ListTransactionsRequest req;
    *req.mutable_filter() = filter;
    req.set_page_size(1);
    v1::ListTransactionsResponse resp;
    const auto st = stub->ListTransactions(&ctx, req, &resp);
    if (!st.ok() || resp.transactions_size() == 0)
        return {};
    return resp.transactions(0);
}

void ApiBadInputTest::initTestCase()
{
    std::string error;
    QVERIFY2(loadCases(&error), error.c_str());
    QVERIFY(m_server.start({60}));
    for (const char *r : {"viewer", "operator", "admin", "auditor", "connector"}) {
        m_tokens[r] = m_server.loginDemo(r);
        QVERIFY2(!m_tokens[r].empty(), r);
    }
    m_tokens["none"] = "";
    m_tokens["bad-token"] = "not-a-session-token";
    m_tokens["long-token"] = std::string(10000, 'x');
    m_db = m_server.dataDir() + "/flowdesk.db";

    // Nothing is delivered while the catalogue runs: every connector paused,
    // so that the store changes only by what the cases do.
    {
        auto stub = m_server.stub<v1::ConnectorService>();
        grpc::ClientContext ctx;
        prepare(ctx, m_tokens["admin"]);
        v1::ListConnectorsResponse list;
        QVERIFY(stub->ListConnectors(&ctx, {}, &list).ok());
        QVERIFY(list.connectors_size() > 0);
        m_refs["@connector"] = list.connectors(0).id();
        for (const auto &c : list.connectors()) {
            grpc::ClientContext pctx;
            prepare(pctx, m_tokens["admin"]);
            v1::PauseConnectorRequest req;
            req.set_connector_id(c.id());
            req.set_reason("bad input catalogue");
            v1::Connector out;
            const auto st = stub->PauseConnector(&pctx, req, &out);
            QVERIFY2(st.ok(), st.error_message().c_str());
        }
    }
    v1::TransactionFilter failed;
    failed.add_states(v1::FAILED);
    const auto f = findTransaction("operator", failed);
    QVERIFY2(!f.id().empty(), "no FAILED transaction the operator may edit");
    m_refs["@failedVersion"] = std::to_string(f.version());
    m_refs["@failed"] = f.id();
    v1::TransactionFilter delivered;
    delivered.add_states(v1::DELIVERED);
    const auto d = findTransaction("operator", delivered);
    QVERIFY2(!d.id().empty(), "no DELIVERED transaction in the operator's scope");
    m_refs["@deliveredVersion"] = std::to_string(d.version());
    m_refs["@delivered"] = d.id();
    v1::TransactionFilter foreign;
    foreign.add_plants("FR01");
    foreign.add_plants("PL01");
    foreign.add_plants("MX01");
    const auto x = findTransaction("auditor", foreign);
    QVERIFY2(!x.id().empty(), "no transaction outside the viewer's plant");
    m_refs["@foreign"] = x.id();

    // The store settles (work already under way ends) before the first case.
    std::map<std::string, std::string> last;
    QVERIFY(waitFor([&] {
        const auto now = storeDigest(m_db);
        const bool same = !now.empty() && now == last;
        last = now;
        return same;
    }, 20000));
}

void ApiBadInputTest::everyMethodHasCases()
{
    std::set<std::string> covered;
    for (const auto &c : cases())
        covered.insert(c.method);
    const auto *pool = pb::DescriptorPool::generated_pool();
    (void)v1::LoginRequest::descriptor();
    (void)v1::ListFlowsRequest::descriptor();
    (void)v1::ListTransactionsRequest::descriptor();
    (void)v1::WatchRequest::descriptor();
    (void)v1::SubmitRequest::descriptor();
    (void)v1::GetFlowHealthRequest::descriptor();
    (void)v1::ListConnectorsRequest::descriptor();
    (void)v1::ListUsersRequest::descriptor();
    (void)v1::ListAuditEntriesRequest::descriptor();
    int methods = 0;
    for (const char *file : {"flowdesk/v1/session.proto", "flowdesk/v1/flow.proto", "flowdesk/v1/transaction.proto",
                             "flowdesk/v1/event.proto", "flowdesk/v1/ingest.proto", "flowdesk/v1/dashboard.proto",
                             "flowdesk/v1/connector.proto", "flowdesk/v1/user.proto", "flowdesk/v1/audit.proto"}) {
        const auto *fd = pool->FindFileByName(file);
        QVERIFY2(fd, file);
        for (int s = 0; s < fd->service_count(); ++s) {
            for (int m = 0; m < fd->service(s)->method_count(); ++m) {
                const std::string name = fd->service(s)->name() + "/" + fd->service(s)->method(m)->name();
                ++methods;
                QVERIFY2(covered.count(name), ("no bad-input case for " + name).c_str());
            }
        }
    }
    QVERIFY(methods >= 37);
    QVERIFY2(cases().size() >= 150, std::to_string(cases().size()).c_str());
}

void ApiBadInputTest::badInput_data()
{
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < cases().size(); ++i)
        QTest::newRow(cases()[i].name.c_str()) << static_cast<int>(i);
}

grpc::Status ApiBadInputTest::call(const Case &c, const std::string &bytes)
{
    const auto *method = pb::DescriptorPool::generated_pool()->FindMethodByName(
        "flowdesk.v1." + c.method.substr(0, c.method.find('/')) + "." + c.method.substr(c.method.find('/') + 1));
    const std::string path = "/flowdesk.v1." + c.method;
    auto channel = m_server.channel();
    grpc::ClientContext ctx;
    prepare(ctx, m_tokens[c.role], method && method->server_streaming() ? 2000 : 10000);
    ctx.AddMetadata("accept-language", "en");
    grpc::Slice slice(bytes);
    grpc::ByteBuffer request(&slice, 1);
    if (method && method->server_streaming()) {
        const grpc::internal::RpcMethod rpc(path.c_str(), grpc::internal::RpcMethod::SERVER_STREAMING, channel);
        std::unique_ptr<grpc::ClientReader<grpc::ByteBuffer>> reader(
            grpc::internal::ClientReaderFactory<grpc::ByteBuffer>::Create(channel.get(), rpc, &ctx, request));
        grpc::ByteBuffer message;
        // A stream that is refused ends before its first message; one that
        // was accepted is ended here after its first.
        if (reader->Read(&message)) {
            ctx.TryCancel();
            reader->Finish();
            return grpc::Status::OK;
        }
        return reader->Finish();
    }
    const grpc::internal::RpcMethod rpc(path.c_str(), grpc::internal::RpcMethod::NORMAL_RPC, channel);
    grpc::ByteBuffer response;
    return grpc::internal::BlockingUnaryCall<grpc::ByteBuffer, grpc::ByteBuffer>(channel.get(), rpc, &ctx, request,
                                                                                  &response);
}

void ApiBadInputTest::badInput()
{
    QFETCH(int, index);
    const Case &c = cases()[static_cast<size_t>(index)];
    const auto slash = c.method.find('/');
    QVERIFY2(slash != std::string::npos, c.method.c_str());
    const auto *method = pb::DescriptorPool::generated_pool()->FindMethodByName(
        "flowdesk.v1." + c.method.substr(0, slash) + "." + c.method.substr(slash + 1));
    QVERIFY2(method, ("no such method: " + c.method).c_str());
    QVERIFY2(m_tokens.count(c.role), ("no such role: " + c.role).c_str());

    std::unique_ptr<pb::Message> request(pb::MessageFactory::generated_factory()->GetPrototype(method->input_type())->New());
    const std::string json = expand(c.request, m_refs);
    const auto parsed = pb::util::JsonStringToMessage(json, request.get());
    QVERIFY2(parsed.ok(), (c.name + ": the request is not the contract's JSON: " + parsed.ToString()).c_str());
    for (const auto &[path, value] : c.sets) {
        std::string error;
        QVERIFY2(setPath(request.get(), path, value, &error), error.c_str());
    }
    std::string bytes;
    QVERIFY(request->SerializeToString(&bytes));

    const auto before = storeDigest(m_db);
    QVERIFY(!before.empty());
    const grpc::Status st = call(c, bytes);
    auto after = storeDigest(m_db);
    // A call that may change the store may also start work that goes on after
    // its answer (a bulk job): the store settles before it is compared, so that
    // the work is neither missed here nor blamed on the next case.
    if (!c.mayChange.empty()) {
        std::map<std::string, std::string> last;
        int unchanged = 0;  // polls 20 ms apart: settled after 100 ms without a change
        QVERIFY(waitFor([&] {
            after = storeDigest(m_db);
            unchanged = after == last ? unchanged + 1 : 0;
            last = after;
            return unchanged >= 5;
        }, 20000));
    }

    std::string changed;
    for (const auto &[table, hash] : after) {
        const auto b = before.find(table);
        if ((b == before.end() || b->second != hash)
            && std::find(c.mayChange.begin(), c.mayChange.end(), table) == c.mayChange.end())
            changed += (changed.empty() ? "" : ", ") + table;
    }
    const bool codeRight = st.error_code() == c.expect;
    const std::string what = c.method + " as " + c.role + ": expected " + codeName(c.expect) + ", got "
        + codeName(st.error_code()) + " \"" + st.error_message().substr(0, 200) + "\""
        + (changed.empty() ? std::string() : "; the store changed: " + changed);
    QVERIFY2(codeRight, what.c_str());
    QVERIFY2(changed.empty(), what.c_str());
}

QTEST_GUILESS_MAIN(ApiBadInputTest)
#include "tst_api_badinput.moc"
