#pragma once

// flowdeskd's gRPC server, usable in-process by tests and benchmarks:
//
//   flowdesk::backend::BackendOptions o;
//   o.dataDir = tmp.path().toStdString();
//   o.demo = true;            // demo catalogue, connectors and users
//   o.traffic = false;        // no live demo traffic
//   o.engine.backoffScale = 0.001;
//   flowdesk::backend::BackendServer server(o);
//   std::string error;
//   const int port = server.start(&error);   // -1 on failure
//   ... grpc::CreateChannel(server.address(),
//           grpc::experimental::LocalCredentials(LOCAL_TCP)) ...
//   server.shutdown();

#include "demo_targets.h"
#include "engine.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

namespace flowdesk::backend {

class Store;

struct BackendOptions {
    // host:port; port 0 picks a free port. Plaintext (gRPC local credentials) only
    // on loopback; any other address needs tlsCertFile and tlsKeyFile.
    std::string listenAddress = "127.0.0.1:0";
    std::string dataDir;
    // Demo catalogue and connectors, demo users, seeded history on a fresh data
    // folder and (unless traffic is false) live traffic.
    bool demo = false;
    std::uint64_t seed = 1;
    std::string tlsCertFile;
    std::string tlsKeyFile;
    std::string tlsClientCaFile;  // when set, clients must present a certificate it signed
    std::int64_t sessionTtlSeconds = 8 * 3600;
    double trafficRate = 5.0;  // transactions per second of demo traffic
    bool traffic = true;
    // Seed 30 days of history into a fresh demo data folder.
    bool seedHistory = true;
    int historyCount = 3000;
    std::int64_t historySpanMs = 30LL * 24 * 3600 * 1000;
    EngineOptions engine;
    DemoTargets::Options targets;
    std::int64_t eventHeartbeatMs = 15000;
    // Password hashing cost of the demo accounts (tests may lower it).
    int demoPasswordIterations = 120000;
};

class BackendServer {
public:
    explicit BackendServer(BackendOptions options);
    ~BackendServer();  // shuts down if still running

    BackendServer(const BackendServer &) = delete;
    BackendServer &operator=(const BackendServer &) = delete;

    // Opens the store, prepares the demo data, starts the engine and the gRPC
    // server. Returns the bound port, or -1 with *error set.
    int start(std::string *error);
    // Ends streams and bulk jobs, stops the demo traffic, the gRPC server (open
    // calls get at most `deadline`) and the engine. Idempotent.
    void shutdown(std::chrono::milliseconds deadline = std::chrono::seconds(5));
    // Blocks until shutdown() is called from another thread.
    void wait();

    int port() const;
    // "127.0.0.1:PORT" (the host of the listen address with the bound port).
    std::string address() const;
    const BackendOptions &options() const;

    Store &store();
    Engine &engine();
    DemoTargets &targets();

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

// True for 127.0.0.0/8, ::1 and localhost.
bool isLoopbackAddress(const std::string &hostPort);

} // namespace flowdesk::backend
