#pragma once

// An in-process flowdeskd for the API tests and benchmarks: a real BackendServer
// on 127.0.0.1:0 over a temporary data folder, with the demo catalogue and
// accounts, no live traffic, fast retries, and real grpc++ stubs over gRPC local
// credentials.

#include "demosite.h"
#include "server.h"

#include "flowdesk/v1/audit.grpc.pb.h"
#include "flowdesk/v1/common.pb.h"
#include "flowdesk/v1/connector.grpc.pb.h"
#include "flowdesk/v1/dashboard.grpc.pb.h"
#include "flowdesk/v1/event.grpc.pb.h"
#include "flowdesk/v1/flow.grpc.pb.h"
#include "flowdesk/v1/ingest.grpc.pb.h"
#include "flowdesk/v1/session.grpc.pb.h"
#include "flowdesk/v1/transaction.grpc.pb.h"
#include "flowdesk/v1/user.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <string>

namespace apitest {

struct ServerConfig {
    int historyCount = 0;             // seeded demo history (0: none)
    std::int64_t sessionTtlSeconds = 3600;
    std::int64_t eventHeartbeatMs = 15000;
    // Cheap password hashes: the tests sign in often. The server's own
    // default is OWASP's cost ({} here).
    flowdesk::backend::PasswordCost passwordCost{64, 1, 1};
};

class TestServer {
public:
    TestServer();
    ~TestServer();

    // Starts the server; false (with a QWARN) when it cannot.
    bool start(const ServerConfig &config = {});
    void stop();

    flowdesk::backend::BackendServer &backend() { return *m_server; }
    // The demo's simulated target systems.
    flowdesk::backend::DemoSystems &targets() { return m_site->targets(); }
    std::shared_ptr<grpc::Channel> channel() const { return m_channel; }
    std::string dataDir() const;
    // The store's SQLite file, or its PostgreSQL database's URI (see usesPostgres()).
    std::string storeLocation() const;
    // The master key's file, in a folder apart from the data folder.
    std::string masterKeyFile() const;
    // A channel to `address`, e.g. a relay in front of this server.
    std::shared_ptr<grpc::Channel> channelTo(const std::string &address) const;

    // Signs in; empty token on failure.
    std::string login(const std::string &username, const std::string &password,
                      grpc::Status *status = nullptr);
    // Signs in a demo account ("operator" -> "demo-operator").
    std::string loginDemo(const std::string &username);

    template<typename Service>
    std::unique_ptr<typename Service::Stub> stub() const
    {
        return Service::NewStub(m_channel);
    }

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_keyDir;
    std::string m_store;  // the PostgreSQL database, once made
    std::unique_ptr<flowdesk::backend::DemoSite> m_site;
    std::unique_ptr<flowdesk::backend::BackendServer> m_server;
    std::shared_ptr<grpc::Channel> m_channel;
};

// True when the suites run against the PostgreSQL store (FLOWDESK_TEST_STORE=postgresql,
// set by the *_postgresql tests): each TestServer then keeps its store in a
// database of a throwaway PostgreSQL server instead of its data folder.
bool usesPostgres();

// A client context with a deadline and, when token is not empty, the bearer token.
void prepare(grpc::ClientContext &context, const std::string &token, int timeoutMs = 10000);

// The ErrorDetails of a failed status (empty when there is none).
flowdesk::v1::ErrorDetails detailsOf(const grpc::Status &status);

// Polls pred every 20 ms until it holds or timeoutMs pass.
bool waitFor(const std::function<bool()> &pred, int timeoutMs = 10000);

const char *codeName(grpc::StatusCode code);

} // namespace apitest
