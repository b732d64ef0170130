#include "apitestutil.h"

#include "pgtestserver.h"
#include "store.h"

#include <QTest>

#include <chrono>
#include <thread>

namespace apitest {

TestServer::TestServer() = default;

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start(const ServerConfig &config)
{
    if (!m_dir.isValid()) {
        qWarning("cannot create a temporary data folder");
        return false;
    }
    flowdesk::backend::BackendOptions o;
    o.listenAddress = "127.0.0.1:0";
    o.dataDir = m_dir.path().toStdString();
    if (usesPostgres()) {
        // The same suite against the PostgreSQL store: a database of its own
        // on the process's throwaway server.
        // The same database again when the server restarts.
        QString pgError;
        PgTestServer *pg = PgTestServer::shared(&pgError);
        if (pg && m_store.empty())
            m_store = pg->newDatabase(&pgError);
        o.store = m_store;
        if (o.store.empty()) {
            qWarning("PostgreSQL for the store: %s", qPrintable(pgError));
            return false;
        }
    }
    o.masterKeyFile = masterKeyFile();
    o.passwordCost = config.passwordCost;
    o.sessionTtlSeconds = config.sessionTtlSeconds;
    o.eventHeartbeatMs = config.eventHeartbeatMs;
    o.engine.backoffScale = 0.001;
    flowdesk::backend::DemoOptions demo;
    demo.seed = 7;
    demo.traffic = false;
    demo.seedHistory = config.historyCount > 0;
    demo.historyCount = config.historyCount;
    demo.historySpanMs = 2LL * 24 * 3600 * 1000;
    demo.targets.connectivityFailureRate = 0;
    demo.targets.authFailureRate = 0;
    demo.passwordCost = o.passwordCost;
    m_site = std::make_unique<flowdesk::backend::DemoSite>(demo);
    m_server = std::make_unique<flowdesk::backend::BackendServer>(o, *m_site);
    std::string error;
    if (m_server->start(&error) < 0) {
        qWarning("flowdeskd did not start: %s", error.c_str());
        return false;
    }
    m_channel = grpc::CreateChannel(m_server->address(), grpc::experimental::LocalCredentials(LOCAL_TCP));
    return m_channel->WaitForConnected(std::chrono::system_clock::now() + std::chrono::seconds(10));
}

bool usesPostgres()
{
    return qEnvironmentVariable("FLOWDESK_TEST_STORE") == QLatin1String("postgresql");
}

void TestServer::stop()
{
    m_channel.reset();
    if (m_server)
        m_server->shutdown(std::chrono::seconds(5));
    m_server.reset();
    m_site.reset();
}

std::string TestServer::storeLocation() const
{
    return m_store.empty() ? dataDir() + "/flowdesk.db" : m_store;
}

std::string TestServer::dataDir() const
{
    return m_dir.path().toStdString();
}

std::string TestServer::masterKeyFile() const
{
    return m_keyDir.filePath(QStringLiteral("flowdeskd.key")).toStdString();
}

std::shared_ptr<grpc::Channel> TestServer::channelTo(const std::string &address) const
{
    auto channel = grpc::CreateChannel(address, grpc::experimental::LocalCredentials(LOCAL_TCP));
    channel->WaitForConnected(std::chrono::system_clock::now() + std::chrono::seconds(10));
    return channel;
}

std::string TestServer::login(const std::string &username, const std::string &password, grpc::Status *status)
{
    auto s = stub<flowdesk::v1::SessionService>();
    grpc::ClientContext context;
    prepare(context, std::string());
    flowdesk::v1::LoginRequest request;
    request.set_username(username);
    request.set_password(password);
    request.set_client("flowdesk tests");
    flowdesk::v1::LoginResponse response;
    const grpc::Status st = s->Login(&context, request, &response);
    if (status)
        *status = st;
    return st.ok() ? response.token() : std::string();
}

std::string TestServer::loginDemo(const std::string &username)
{
    return login(username, "demo-" + username);
}

void prepare(grpc::ClientContext &context, const std::string &token, int timeoutMs)
{
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(timeoutMs));
    if (!token.empty())
        context.AddMetadata("authorization", "Bearer " + token);
}

flowdesk::v1::ErrorDetails detailsOf(const grpc::Status &status)
{
    flowdesk::v1::ErrorDetails details;
    flowdesk::v1::Status s;
    if (!status.error_details().empty() && s.ParseFromString(status.error_details())) {
        for (const auto &any : s.details()) {
            if (any.UnpackTo(&details))
                break;
        }
    }
    return details;
}

bool waitFor(const std::function<bool()> &pred, int timeoutMs)
{
    const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (std::chrono::steady_clock::now() < end) {
        if (pred())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return pred();
}

const char *codeName(grpc::StatusCode code)
{
    switch (code) {
    case grpc::StatusCode::OK: return "OK";
    case grpc::StatusCode::CANCELLED: return "CANCELLED";
    case grpc::StatusCode::UNKNOWN: return "UNKNOWN";
    case grpc::StatusCode::INVALID_ARGUMENT: return "INVALID_ARGUMENT";
    case grpc::StatusCode::DEADLINE_EXCEEDED: return "DEADLINE_EXCEEDED";
    case grpc::StatusCode::NOT_FOUND: return "NOT_FOUND";
    case grpc::StatusCode::ALREADY_EXISTS: return "ALREADY_EXISTS";
    case grpc::StatusCode::PERMISSION_DENIED: return "PERMISSION_DENIED";
    case grpc::StatusCode::RESOURCE_EXHAUSTED: return "RESOURCE_EXHAUSTED";
    case grpc::StatusCode::FAILED_PRECONDITION: return "FAILED_PRECONDITION";
    case grpc::StatusCode::ABORTED: return "ABORTED";
    case grpc::StatusCode::OUT_OF_RANGE: return "OUT_OF_RANGE";
    case grpc::StatusCode::UNIMPLEMENTED: return "UNIMPLEMENTED";
    case grpc::StatusCode::INTERNAL: return "INTERNAL";
    case grpc::StatusCode::UNAVAILABLE: return "UNAVAILABLE";
    case grpc::StatusCode::DATA_LOSS: return "DATA_LOSS";
    case grpc::StatusCode::UNAUTHENTICATED: return "UNAUTHENTICATED";
    default: return "?";
    }
}

} // namespace apitest
