#pragma once

// flowdeskd's gRPC server, usable in-process by tests and benchmarks:
//
//   flowdesk::backend::BackendOptions o;
//   o.dataDir = tmp.path().toStdString();
//   o.engine.backoffScale = 0.001;
//   flowdesk::backend::DemoSite site(demoOptions);   // or the site's own
//   flowdesk::backend::BackendServer server(o, site);
//   std::string error;
//   const int port = server.start(&error);   // -1 on failure
//   ... grpc::CreateChannel(server.address(),
//           grpc::experimental::LocalCredentials(LOCAL_TCP)) ...
//   server.shutdown();

#include "auth.h"
#include "engine.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace grpc {
class ServerBuilder;
}

namespace flowdesk::backend {

class Store;

// Where a site's adapters find a connector's secret: the credential an IT
// admin set with SetCredential (kept encrypted in the store), else what the
// site's configuration names (a file or an environment variable).
class SecretLookup {
public:
    virtual ~SecretLookup() = default;
    // The secret set with SetCredential; nullopt when none was set.
    virtual std::optional<std::string> storedSecret(const std::string &connectorId) = 0;
};

// What reading a site's configuration again did.
struct SiteReload {
    bool supported = true;  // false: the site has no configuration file
    bool applied = false;
    std::string file;
    // "site.yaml:12:5: …", one per error; nothing changed when not empty.
    struct Problem {
        std::string file;
        int line = 0;
        int column = 0;
        std::string message;
    };
    std::vector<Problem> problems;
    int flowCount = 0;
    int connectorCount = 0;
    std::vector<std::string> schemaChanged;
    std::vector<std::string> added;
    std::vector<std::string> removed;
};

// What a deployment brings to the server: the adapter that delivers to its
// target systems, and what it sets up in a new or existing data folder. The
// demo is one such site (demo/demosite.h).
class Site {
public:
    virtual ~Site() = default;
    // Delivers to the site's systems; lives as long as the site.
    virtual DeliveryAdapter &adapter() = 0;
    // Writes the site's catalogue, connectors and accounts into the store
    // before anything is served. false with *error stops the start.
    virtual bool prepare(Store &store, std::string *error) { return true; }
    // After the engine exists and before it runs; freshStore when the data
    // folder had no flows before prepare().
    virtual void seed(Engine &engine, bool freshStore) {}
    // Once the server serves, and before it stops.
    virtual void started(Engine &engine) {}
    virtual void stopping() {}
    // Before prepare(): where the site's adapters find stored credentials.
    virtual void useSecrets(SecretLookup &secrets) {}
    // Reads the site's configuration again and, when it has no error, writes
    // its catalogue into the store and hands it to the adapter. Called with
    // the engine's claims held; never drops work in flight.
    virtual SiteReload reload(Store &store)
    {
        SiteReload r;
        r.supported = false;
        return r;
    }
};

struct BackendOptions {
    // host:port; port 0 picks a free port. Plaintext (gRPC local credentials) only
    // on loopback; any other address needs tlsCertFile and tlsKeyFile.
    std::string listenAddress = "127.0.0.1:0";
    std::string dataDir;
    // A PostgreSQL database (postgresql://...) for the store instead of the
    // data folder's SQLite file, and its password; empty: the data folder.
    std::string store;
    std::string storePassword;
    std::string tlsCertFile;
    std::string tlsKeyFile;
    std::string tlsClientCaFile;  // when set, clients must present a certificate it signed
    std::int64_t sessionTtlSeconds = 8 * 3600;
    // The master key's file (--master-key); empty: the key of an earlier
    // version beside the database when there is one, else
    // defaultMasterKeyPath(). FLOWDESK_MASTER_KEY wins over both.
    std::string masterKeyFile;
    // The cost of new password hashes; a lower one only in tests.
    PasswordCost passwordCost;
    EngineOptions engine;
    std::int64_t eventHeartbeatMs = 15000;
    // The time of every layer; null: the wall clock.
    const Clock *clock = nullptr;
};

class BackendServer {
public:
    // Serves `site`, which must outlive the server.
    BackendServer(BackendOptions options, Site &site);
    ~BackendServer();  // shuts down if still running

    BackendServer(const BackendServer &) = delete;
    BackendServer &operator=(const BackendServer &) = delete;

    // Opens the store, prepares the demo data, starts the engine and the gRPC
    // server. Returns the bound port, or -1 with *error set.
    // A storage failure (a full disk, say) is one of these errors: start never
    // throws.
    int start(std::string *error);
    // Ends streams and bulk jobs, stops the demo traffic, the gRPC server (open
    // calls get at most `deadline`) and the engine. Idempotent.
    void shutdown(std::chrono::milliseconds deadline = std::chrono::seconds(5));
    // Blocks until shutdown() is called from another thread.
    void wait();

    // Reads the site's configuration again (SIGHUP, ConnectorService.
    // ReloadConfiguration); audited under `actor`. Thread-safe; one at a time.
    SiteReload reloadConfiguration(const std::string &actor, const std::string &role);

    int port() const;
    // "127.0.0.1:PORT": where a client on this machine connects (the host of
    // the listen address with the bound port; loopback for 0.0.0.0 and [::]).
    std::string address() const;
    // The listen address with the bound port ("0.0.0.0:44321"), as served.
    std::string boundAddress() const;
    const BackendOptions &options() const;

    Store &store();
    Engine &engine();

    struct Impl;

private:
    int startServing(std::string *error);
    std::unique_ptr<Impl> d;
};

// True for 127.0.0.0/8, ::1 and localhost.
bool isLoopbackAddress(const std::string &hostPort);

// How flowdeskd's gRPC server keeps the threads that run calls: a thread that
// has answered a call waits for the next one, up to kCallThreadsKept of them,
// instead of ending. gRPC's default keeps two: with many callers at once, every
// call beyond them started a thread and ended it again.
inline constexpr int kCallThreadsKept = 64;
void keepCallThreads(grpc::ServerBuilder &builder);

} // namespace flowdesk::backend
