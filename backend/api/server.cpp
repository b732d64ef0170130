#include "server.h"

#include "auth.h"
#include "siteadapter.h"
#include "authz.h"
#include "platform.h"
#include "store.h"
#include "svc_context.h"

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <grpcpp/health_check_service_interface.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>
#include <grpcpp/impl/codegen/service_type.h>

#include <spdlog/spdlog.h>

#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

namespace flowdesk::backend {

void keepCallThreads(grpc::ServerBuilder &builder)
{
    builder.SetSyncServerOption(grpc::ServerBuilder::SyncServerOption::MAX_POLLERS, kCallThreadsKept);
}

bool isLoopbackAddress(const std::string &hostPort)
{
    std::string host = hostPort;
    if (!host.empty() && host.front() == '[') {
        const auto close = host.find(']');
        host = close == std::string::npos ? host : host.substr(1, close - 1);
    } else if (std::count(host.begin(), host.end(), ':') == 1) {
        host = host.substr(0, host.find(':'));
    }
    if (host == "localhost" || host == "::1")
        return true;
    if (host.rfind("127.", 0) == 0)
        return true;
    return false;
}

namespace {

std::optional<std::string> readFile(const std::string &path)
{
    std::ifstream in(platform::pathFromUtf8(path), std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Credentials an IT admin set with SetCredential, decrypted when an adapter
// needs one; never logged.
class StoredSecrets final : public SecretLookup {
public:
    StoredSecrets(Store *&store, const CredentialVault &vault) : m_store(store), m_vault(vault) {}

    std::optional<std::string> storedSecret(const std::string &connectorId) override
    {
        if (!m_store)
            return std::nullopt;
        const auto c = m_store->getConnector(connectorId);
        if (!c || c->credentialCiphertext.empty())
            return std::nullopt;
        auto secret = m_vault.decrypt(c->credentialCiphertext, connectorId);
        if (!secret)
            throw CredentialUnreadable("The stored credential of connector " + c->name + " (" + c->id
                                       + ") cannot be decrypted: it was not stored for this connector or not under "
                                         "this master key. Set the credential again.");
        return secret;
    }

private:
    Store *&m_store;
    const CredentialVault &m_vault;
};

// Why a certificate and key cannot serve TLS, or empty when they can: said
// before the server is built, which would only report that it cannot listen.
std::string checkCertificatePair(const std::string &certPem, const std::string &keyPem, const std::string &certFile,
                                 const std::string &keyFile)
{
    BIO *certBio = BIO_new_mem_buf(certPem.data(), static_cast<int>(certPem.size()));
    X509 *cert = certBio ? PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(certBio);
    if (!cert)
        return "the TLS certificate " + certFile + " is not a PEM certificate";
    BIO *keyBio = BIO_new_mem_buf(keyPem.data(), static_cast<int>(keyPem.size()));
    EVP_PKEY *key = keyBio ? PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(keyBio);
    std::string problem;
    if (!key)
        problem = "the TLS key " + keyFile + " is not a PEM private key (or it is protected by a passphrase)";
    else if (X509_check_private_key(cert, key) != 1)
        problem = "the TLS key " + keyFile + " does not belong to the certificate " + certFile;
    ERR_clear_error();
    EVP_PKEY_free(key);
    X509_free(cert);
    return problem;
}

} // namespace

struct BackendServer::Impl {
    BackendOptions options;
    std::unique_ptr<Store> store;
    Site *site = nullptr;
    std::unique_ptr<Engine> engine;
    std::unique_ptr<SessionManager> sessions;
    std::unique_ptr<Authorizer> authorizer;
    CredentialVault vault;
    Store *storePtr = nullptr;
    StoredSecrets secrets{storePtr, vault};
    std::mutex reloadMutex;
    std::unique_ptr<ApiContext> ctx;
    std::vector<std::unique_ptr<grpc::Service>> services;
    std::unique_ptr<grpc::Server> server;
    int port = -1;
    bool engineStarted = false;

    std::mutex mutex;
    std::condition_variable stopped;
    bool running = false;
    bool down = false;

};

BackendServer::BackendServer(BackendOptions options, Site &site) : d(std::make_unique<Impl>())
{
    d->options = std::move(options);
    d->site = &site;
}

BackendServer::~BackendServer()
{
    shutdown(std::chrono::seconds(2));
}

int BackendServer::start(std::string *error)
{
    auto failWith = [&](const std::string &message) {
        if (error)
            *error = message;
        apiLog()->error("{}", message);
        return -1;
    };
    try {
        return startServing(error);
    } catch (const StoreError &e) {
        if (e.kind() == StoreError::Kind::Full)
            return failWith("the disk of the data folder " + d->options.dataDir +
                            " is full (" + e.what() + "); free some space there and start again");
        return failWith("the store in " + d->options.dataDir + " failed: " + e.what());
    } catch (const std::exception &e) {
        return failWith(std::string("cannot start: ") + e.what());
    }
}

int BackendServer::startServing(std::string *error)
{
    auto failWith = [&](const std::string &message) {
        if (error)
            *error = message;
        apiLog()->error("{}", message);
        return -1;
    };
    const BackendOptions &o = d->options;
    const Clock &clock = o.clock ? *o.clock : Clock::system();
    if (d->running)
        return d->port;
    if (o.dataDir.empty())
        return failWith("no data folder given (--data DIR)");
    const bool tls = !o.tlsCertFile.empty() || !o.tlsKeyFile.empty();
    if (tls && (o.tlsCertFile.empty() || o.tlsKeyFile.empty()))
        return failWith("TLS needs both a certificate (--tls-cert) and its key (--tls-key)");
    if (!tls && !isLoopbackAddress(o.listenAddress))
        return failWith("refusing to listen on " + o.listenAddress
                        + " without TLS: plaintext is only allowed on a loopback address; "
                          "pass --tls-cert FILE --tls-key FILE");
    if (o.sessionTtlSeconds <= 0)
        return failWith("the session lifetime must be positive");
    // OWASP's least Argon2id settings trade memory for passes down to 7 MiB x 5.
    if (o.passwordCost.memoryKiB < 7168
        || std::uint64_t(o.passwordCost.memoryKiB) * o.passwordCost.iterations < 7168ULL * 5)
        apiLog()->warn("password hashes cost less than OWASP advises (Argon2id {}; at least m=19456,t=2,p=1)",
                       o.passwordCost.text());

    std::error_code ec;
    const std::filesystem::path dataDir = platform::pathFromUtf8(o.dataDir);
    std::filesystem::create_directories(dataDir, ec);
    if (ec)
        return failWith("cannot create the data folder " + o.dataDir + ": " + ec.message());
    // Payloads, password and session hashes (and an older install's master
    // key) are the server's alone: no other local user may enter the folder.
    platform::restrictToOwner(dataDir, ec);
    if (ec)
        return failWith("cannot restrict the data folder " + o.dataDir + " to its owner: " + ec.message());

    std::string storeError;
    d->store = Store::open(StoreSpec{o.store.empty() ? o.dataDir : o.store, o.storePassword}, &storeError, clock);
    if (!d->store) {
        // A store that cannot be created on a full disk fails with whatever
        // SQLite met first; name the cause a person can act on.
        const std::filesystem::space_info space = std::filesystem::space(dataDir, ec);
        if (!ec && space.available < 1024 * 1024)
            return failWith("the disk of the data folder " + o.dataDir + " is full (" + storeError +
                            "); free some space there and start again");
        return failWith("cannot open the store " + (o.store.empty() ? "in " + o.dataDir : std::string("on PostgreSQL"))
                        + ": " + storeError);
    }
    std::string vaultError;
    std::vector<std::string> vaultWarnings;
    if (!d->vault.init({o.masterKeyFile, o.dataDir}, &vaultError, &vaultWarnings))
        return failWith(vaultError);
    for (const auto &w : vaultWarnings)
        apiLog()->warn("{}", w);
    d->vault.migrate(*d->store);

    const bool fresh = d->store->listFlows().empty();
    d->storePtr = d->store.get();
    d->site->useSecrets(d->secrets);
    std::string siteError;
    if (!d->site->prepare(*d->store, &siteError))
        return failWith(siteError);
    if (d->store->listUsers().empty())
        apiLog()->warn("no user accounts in {}: nobody can sign in (create the first admin with --create-admin)",
                       o.dataDir);

    EngineOptions engineOptions = o.engine;
    if (!engineOptions.clock)
        engineOptions.clock = &clock;
    d->engine = std::make_unique<Engine>(*d->store, d->site->adapter(), engineOptions);
    d->site->seed(*d->engine, fresh);

    d->sessions = std::make_unique<SessionManager>(*d->store, o.sessionTtlSeconds, clock, o.passwordCost);
    d->authorizer = std::make_unique<Authorizer>(*d->sessions);
    d->ctx = std::make_unique<ApiContext>(*d->store, *d->engine, d->site->adapter(), *d->sessions, *d->authorizer, d->vault,
                                            clock);
    d->ctx->heartbeatMs = o.eventHeartbeatMs;
    d->ctx->flows.reload();
    d->ctx->reloadSite = [this](const std::string &actor, const std::string &role) {
        return reloadConfiguration(actor, role);
    };

    d->services.push_back(makeSessionService(*d->ctx));
    d->services.push_back(makeFlowService(*d->ctx));
    d->services.push_back(makeTransactionService(*d->ctx));
    d->services.push_back(makeEventService(*d->ctx));
    d->services.push_back(makeIngestService(*d->ctx));
    d->services.push_back(makeDashboardService(*d->ctx));
    d->services.push_back(makeConnectorService(*d->ctx));
    d->services.push_back(makeUserService(*d->ctx));
    d->services.push_back(makeAuditService(*d->ctx));

    std::shared_ptr<grpc::ServerCredentials> credentials;
    if (tls) {
        const auto cert = readFile(o.tlsCertFile);
        const auto key = readFile(o.tlsKeyFile);
        if (!cert)
            return failWith("cannot read the TLS certificate " + o.tlsCertFile);
        if (!key)
            return failWith("cannot read the TLS key " + o.tlsKeyFile);
        if (const std::string problem = checkCertificatePair(*cert, *key, o.tlsCertFile, o.tlsKeyFile);
            !problem.empty())
            return failWith(problem);
        grpc::SslServerCredentialsOptions ssl;
        ssl.pem_key_cert_pairs.push_back({*key, *cert});
        if (!o.tlsClientCaFile.empty()) {
            const auto ca = readFile(o.tlsClientCaFile);
            if (!ca)
                return failWith("cannot read the client CA file " + o.tlsClientCaFile);
            ssl.pem_root_certs = *ca;
            ssl.client_certificate_request = GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY;
        }
        credentials = grpc::SslServerCredentials(ssl);
    } else {
        credentials = grpc::experimental::LocalServerCredentials(LOCAL_TCP);
    }

    grpc::EnableDefaultHealthCheckService(true);
    grpc::reflection::InitProtoReflectionServerBuilderPlugin();
    grpc::ServerBuilder builder;
    int boundPort = 0;
    builder.AddListeningPort(o.listenAddress, credentials, &boundPort);
    builder.SetMaxReceiveMessageSize(4 * 1024 * 1024);
    keepCallThreads(builder);
    for (auto &s : d->services)
        builder.RegisterService(s.get());
    d->server = builder.BuildAndStart();
    if (!d->server || boundPort == 0)
        return failWith("cannot listen on " + o.listenAddress + " (address in use or not valid?)");
    d->server->GetHealthCheckService()->SetServingStatus(true);
    d->port = boundPort;

    d->engine->start();
    d->engineStarted = true;
    d->site->started(*d->engine);
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        d->running = true;
    }
    apiLog()->info("serving on {} (data {}, {})", address(), o.dataDir, tls ? "TLS" : "local credentials");
    return d->port;
}

SiteReload BackendServer::reloadConfiguration(const std::string &actor, const std::string &role)
{
    std::lock_guard<std::mutex> reloading(d->reloadMutex);
    if (!d->store || !d->engine) {
        SiteReload r;
        r.problems.push_back({"", 0, 0, "the server is not running"});
        return r;
    }
    // New claims wait while the catalogue changes; deliveries in progress
    // finish with the definitions they started with.
    d->engine->holdClaims();
    SiteReload r;
    try {
        r = d->site->reload(*d->store);
    } catch (const std::exception &e) {
        r = SiteReload{};
        r.problems.push_back({"", 0, 0, std::string("the configuration could not be applied: ") + e.what()});
    }
    if (r.applied) {
        d->engine->flowsChanged();
        if (d->ctx)
            d->ctx->flows.reload();
    }
    d->engine->releaseClaims();
    if (!r.supported)
        return r;
    const Clock &clock = d->options.clock ? *d->options.clock : Clock::system();
    d->store->write([&](WriteTxn &txn) {
        AuditEntry a;
        a.at = clock.now();
        a.actor = actor;
        a.role = role;
        a.action = "reload_configuration";
        a.targetType = "site";
        a.targetId = r.file;
        if (r.applied) {
            a.detail = std::to_string(r.flowCount) + " flows, " + std::to_string(r.connectorCount) + " connectors";
            for (const auto &f : r.schemaChanged)
                a.detail += "; new schema version of " + f;
            for (const auto &f : r.added)
                a.detail += "; added " + f;
            for (const auto &f : r.removed)
                a.detail += "; removed " + f;
            std::string changed;
            for (const auto *list : {&r.schemaChanged, &r.added, &r.removed})
                for (const auto &f : *list)
                    changed += (changed.empty() ? "" : ", ") + f;
            a.messageId = changed.empty() ? "audit.SITE_RELOADED" : "audit.SITE_RELOADED_CHANGED";
            a.messageArgs = {{"flows", std::to_string(r.flowCount)},
                             {"connectors", std::to_string(r.connectorCount)},
                             {"changed", changed}};
        } else {
            a.detail = "refused: " + std::to_string(r.problems.size()) + " errors; the running configuration is kept";
            a.messageId = "audit.SITE_RELOAD_REFUSED";
            a.messageArgs = {{"errors", std::to_string(r.problems.size())}};
        }
        txn.appendAudit(a);
    });
    if (r.applied)
        apiLog()->info("configuration {} reloaded by {}: {} flows, {} connectors", r.file, actor, r.flowCount,
                       r.connectorCount);
    else
        apiLog()->warn("configuration {} not reloaded: {} errors; the running configuration is kept", r.file,
                       r.problems.size());
    return r;
}

void BackendServer::shutdown(std::chrono::milliseconds deadline)
{
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        if (d->down)
            return;
        d->down = true;
    }
    if (d->ctx) {
        d->ctx->shuttingDown = true;
        for (auto &hook : d->ctx->shutdownHooks)
            hook();
    }
    if (d->engineStarted)
        d->site->stopping();
    if (d->store)
        d->store->wakeAll();
    if (d->server) {
        d->server->GetHealthCheckService()->SetServingStatus(false);
        d->server->Shutdown(std::chrono::system_clock::now() + deadline);
        d->server->Wait();
    }
    if (d->engine && d->engineStarted)
        d->engine->stop();
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        d->running = false;
    }
    d->stopped.notify_all();
    apiLog()->info("stopped");
}

void BackendServer::wait()
{
    std::unique_lock<std::mutex> lock(d->mutex);
    d->stopped.wait(lock, [&] { return d->down && !d->running; });
}

int BackendServer::port() const
{
    return d->port;
}

std::string BackendServer::address() const
{
    std::string host = d->options.listenAddress;
    const auto colon = host.rfind(':');
    if (colon != std::string::npos)
        host = host.substr(0, colon);
    if (host.empty() || host == "0.0.0.0" || host == "[::]")
        host = "127.0.0.1";
    return host + ":" + std::to_string(d->port);
}

std::string BackendServer::boundAddress() const
{
    std::string host = d->options.listenAddress;
    const auto colon = host.rfind(':');
    if (colon != std::string::npos)
        host = host.substr(0, colon);
    return host + ":" + std::to_string(d->port);
}

const BackendOptions &BackendServer::options() const
{
    return d->options;
}

Store &BackendServer::store()
{
    return *d->store;
}

Engine &BackendServer::engine()
{
    return *d->engine;
}


} // namespace flowdesk::backend
