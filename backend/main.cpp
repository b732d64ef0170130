// flowdeskd: the reference integration backend of Flowdesk.

#include "auth.h"
#include "configuredsite.h"
#include "demosite.h"
#include "platform.h"
#include "secrets.h"
#include "siteconfig.h"
#include "server.h"
#include "unconfigured.h"
#include "store.h"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <memory>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#ifndef FLOWDESK_VERSION
#define FLOWDESK_VERSION "0.1.0"
#endif

namespace {

const char *kUsage =
    "Usage: flowdeskd --config FILE [options]\n"
    "       flowdeskd --listen HOST:PORT --data DIR [options]\n"
    "       flowdeskd --check-config FILE\n"
    "\n"
    "The Flowdesk integration backend: receives transactions from connectors,\n"
    "delivers them with retries, parks failures as exceptions and serves the\n"
    "Flowdesk console over gRPC.\n"
    "\n"
    "Options:\n"
    "  --config FILE           the site's configuration (YAML): server, plants,\n"
    "                          connectors and flows; the options below override\n"
    "                          its server section. SIGHUP reads it again.\n"
    "  --check-config FILE     check a configuration file, print every error with\n"
    "                          its file and line, and exit (0: no error)\n"
    "  --listen HOST:PORT      address to serve on (127.0.0.1:0 picks a free port);\n"
    "                          anything but loopback needs --tls-cert and --tls-key\n"
    "  --data DIR              data folder (created if missing)\n"
    "  --store URI             keep the store in PostgreSQL (postgresql://user@host:5432/name)\n"
    "                          instead of the data folder; the password from\n"
    "                          --store-password-file FILE or FLOWDESK_STORE_PASSWORD\n"
    "  --master-key FILE       the key that encrypts stored credentials (created\n"
    "                          0600 if missing; refused if others may read it).\n"
    "                          Default: $XDG_CONFIG_HOME/flowdesk/flowdeskd.key\n"
    "                          (~/.config/flowdesk/flowdeskd.key), or master.key\n"
    "                          in the data folder where an earlier version left it\n"
    "  --password-cost m=KIB,t=N,p=N\n"
    "                          Argon2id cost of new password hashes (default\n"
    "                          m=19456,t=2,p=1; raise it, never lower it but in tests)\n"
    "  --demo                  demo catalogue, connectors, accounts, history and traffic\n"
    "  --seed N                seed of the demo data and traffic (default 1)\n"
    "  --tls-cert FILE         server certificate (PEM)\n"
    "  --tls-key FILE          private key of the certificate (PEM)\n"
    "  --tls-client-ca FILE    require client certificates signed by this CA (PEM)\n"
    "  --session-ttl SECONDS   session lifetime (default 28800)\n"
    "  --traffic-rate N        demo transactions per second (default 5)\n"
    "  --no-traffic            no live demo traffic\n"
    "  --demo-latency MS       every answer of the demo's simulated systems takes\n"
    "                          about MS milliseconds once flowdeskd listens (default 0)\n"
    "  --create-admin NAME     create the first IT admin account NAME in --data, with\n"
    "                          the password read from standard input, and exit\n"
    "  --help                  show this help and exit\n"
    "  --version               show the version and exit\n"
    "\n"
    "When ready, prints one line \"listening on HOST:PORT\". SIGINT or SIGTERM\n"
    "shuts it down gracefully; SIGHUP reloads the configuration file (a file\n"
    "with errors is refused and the running configuration kept).\n";

int usageError(const std::string &message)
{
    std::fprintf(stderr, "flowdeskd: %s\nTry 'flowdeskd --help'.\n", message.c_str());
    return 2;
}

// Creates an admin account from the command line: the way into a data folder
// that has no account yet (outside demo mode nobody else could create one).
int createAdmin(const flowdesk::backend::StoreSpec &storeSpec, const std::string &username,
                const flowdesk::backend::PasswordCost &cost)
{
    using namespace flowdesk::backend;
    std::string password;
    if (!std::getline(std::cin, password)) {
        std::fprintf(stderr, "flowdeskd: --create-admin reads the password from standard input; none was given\n");
        return 2;
    }
    if (!password.empty() && password.back() == '\r')
        password.pop_back();
    if (password.size() < 12) {
        std::fprintf(stderr, "flowdeskd: the password must have at least 12 characters\n");
        return 2;
    }
    std::string error;
    auto store = Store::open(storeSpec, &error);
    if (!store) {
        std::fprintf(stderr, "flowdeskd: %s\n", error.c_str());
        return 1;
    }
    bool created = false;
    store->write([&](WriteTxn &w) {
        if (w.getUser(username))
            return;
        UserRecord u;
        u.username = username;
        u.displayName = username;
        u.role = Role::Admin;
        u.passwordHash = hashPassword(password, cost);
        u.createdAt = Clock::system().now();
        w.upsertUser(u);
        AuditEntry a;
        a.at = u.createdAt;
        a.actor = "flowdeskd";
        a.role = "local";
        a.action = "create_user";
        a.targetType = "user";
        a.targetId = username;
        a.reason = "first admin account created on the server's command line";
        w.appendAudit(a);
        created = true;
    });
    if (!created) {
        std::fprintf(stderr, "flowdeskd: an account named '%s' already exists; nothing changed\n", username.c_str());
        return 1;
    }
    std::printf("created admin account '%s'\n", username.c_str());
    return 0;
}

class UnconfiguredSite final : public flowdesk::backend::Site {
public:
    flowdesk::backend::DeliveryAdapter &adapter() override { return m_adapter; }

private:
    flowdesk::backend::UnconfiguredAdapter m_adapter;
};

void printConfigErrors(const std::vector<flowdesk::backend::ConfigError> &errors)
{
    for (const auto &e : errors)
        std::fprintf(stderr, "%s\n", e.text().c_str());
}

// --check-config: every error with its file and line; 0 when there is none.
int checkConfig(const std::string &path)
{
    std::vector<flowdesk::backend::ConfigError> errors;
    const auto config = flowdesk::backend::loadSiteConfig(path, &errors);
    if (!config) {
        printConfigErrors(errors);
        std::fprintf(stderr, "%s: %zu %s; flowdeskd would refuse to start with it\n", path.c_str(), errors.size(),
                     errors.size() == 1 ? "error" : "errors");
        return 1;
    }
    int delivering = 0;
    for (const auto &c : config->connectors)
        delivering += c.kind != flowdesk::backend::ConnectorKind::Inbound;
    auto count = [](std::size_t n, const char *one, const char *many) {
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    std::printf("%s: no errors: %s, %s (%d delivering), %s\n", path.c_str(),
                count(config->plants.size(), "plant", "plants").c_str(),
                count(config->connectors.size(), "connector", "connectors").c_str(), delivering,
                count(config->flows.size(), "flow", "flows").c_str());
    return 0;
}

bool parseInt(const std::string &text, long long min, long long max, long long *out)
{
    if (text.empty())
        return false;
    char *end = nullptr;
    errno = 0;
    const long long v = std::strtoll(text.c_str(), &end, 10);
    if (errno != 0 || !end || *end != '\0' || v < min || v > max)
        return false;
    *out = v;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    using flowdesk::backend::BackendOptions;
    BackendOptions options;
    options.listenAddress.clear();
    flowdesk::backend::DemoOptions demoOptions;
    bool demo = false;
    std::int64_t demoLatencyMs = 0;
    bool haveListen = false;
    std::string createAdminName;
    std::string configPath;
    std::string storePasswordFile;
    std::string storePasswordEnv;
    bool haveSessionTtl = false;

    // Paths in arguments are UTF-8 from here on, as SQLite and the
    // configuration file expect them.
    const std::vector<std::string> args = flowdesk::platform::utf8Arguments(argc, argv);
    const int count = static_cast<int>(args.size());
    for (int i = 1; i < count; ++i) {
        const std::string arg = args[i];
        auto value = [&](std::string *out) -> bool {
            if (i + 1 >= count)
                return false;
            *out = args[++i];
            return true;
        };
        std::string v;
        long long n = 0;
        if (arg == "--help" || arg == "-h") {
            std::fputs(kUsage, stdout);
            return 0;
        } else if (arg == "--version") {
            std::printf("flowdeskd %s\n", FLOWDESK_VERSION);
            return 0;
        } else if (arg == "--listen") {
            if (!value(&options.listenAddress) || options.listenAddress.empty())
                return usageError("--listen needs HOST:PORT");
            haveListen = true;
        } else if (arg == "--data") {
            if (!value(&options.dataDir) || options.dataDir.empty())
                return usageError("--data needs a folder");
        } else if (arg == "--store") {
            if (!value(&options.store) || options.store.rfind("postgres", 0) != 0)
                return usageError("--store needs a PostgreSQL URI (postgresql://user@host:5432/name)");
        } else if (arg == "--store-password-file") {
            if (!value(&storePasswordFile) || storePasswordFile.empty())
                return usageError("--store-password-file needs a file");
        } else if (arg == "--master-key") {
            if (!value(&options.masterKeyFile) || options.masterKeyFile.empty())
                return usageError("--master-key needs a file");
        } else if (arg == "--password-cost") {
            const auto cost = value(&v) ? flowdesk::backend::PasswordCost::parse(v) : std::nullopt;
            if (!cost)
                return usageError("--password-cost needs m=KIB,t=N,p=N (e.g. m=19456,t=2,p=1)");
            options.passwordCost = *cost;
        } else if (arg == "--demo") {
            demo = true;
        } else if (arg == "--config") {
            if (!value(&configPath) || configPath.empty())
                return usageError("--config needs a file");
        } else if (arg == "--check-config") {
            std::string path;
            if (!value(&path) || path.empty())
                return usageError("--check-config needs a file");
            return checkConfig(path);
        } else if (arg == "--seed") {
            if (!value(&v) || !parseInt(v, 0, (1LL << 62), &n))
                return usageError("--seed needs a non-negative whole number");
            demoOptions.seed = static_cast<std::uint64_t>(n);
        } else if (arg == "--tls-cert") {
            if (!value(&options.tlsCertFile))
                return usageError("--tls-cert needs a file");
        } else if (arg == "--tls-key") {
            if (!value(&options.tlsKeyFile))
                return usageError("--tls-key needs a file");
        } else if (arg == "--tls-client-ca") {
            if (!value(&options.tlsClientCaFile))
                return usageError("--tls-client-ca needs a file");
        } else if (arg == "--session-ttl") {
            if (!value(&v) || !parseInt(v, 1, 365LL * 24 * 3600, &n))
                return usageError("--session-ttl needs a number of seconds (1 to 31536000)");
            options.sessionTtlSeconds = n;
            haveSessionTtl = true;
        } else if (arg == "--traffic-rate") {
            if (!value(&v))
                return usageError("--traffic-rate needs a number per second");
            char *end = nullptr;
            const double rate = std::strtod(v.c_str(), &end);
            if (!end || *end != '\0' || !(rate >= 0) || rate > 100000)
                return usageError("--traffic-rate needs a number per second (0 to 100000)");
            demoOptions.trafficRate = rate;
        } else if (arg == "--no-traffic") {
            demoOptions.traffic = false;
        } else if (arg == "--demo-latency") {
            if (!value(&v) || !parseInt(v, 0, 600000, &n))
                return usageError("--demo-latency needs a number of milliseconds (0 to 600000)");
            demoLatencyMs = n;
        } else if (arg == "--create-admin") {
            if (!value(&createAdminName) || createAdminName.empty())
                return usageError("--create-admin needs a user name");
        } else {
            return usageError("unknown option '" + arg + "'");
        }
    }
    if (demoLatencyMs > 0 && !demo)
        return usageError("--demo-latency slows the demo's simulated systems; it goes with --demo");
    // The site's configuration: its server section fills what the command
    // line does not say.
    std::shared_ptr<const flowdesk::backend::SiteConfig> siteConfig;
    if (!configPath.empty()) {
        if (demo)
            return usageError("--demo brings its own configuration; leave out --config");
        std::vector<flowdesk::backend::ConfigError> errors;
        auto loaded = flowdesk::backend::loadSiteConfig(configPath, &errors);
        if (!loaded) {
            printConfigErrors(errors);
            std::fprintf(stderr, "flowdeskd: %s has %zu %s; not starting\n", configPath.c_str(), errors.size(),
                         errors.size() == 1 ? "error" : "errors");
            return 1;
        }
        const auto &s = loaded->server;
        if (!haveListen && !s.listenAddress.empty()) {
            options.listenAddress = s.listenAddress;
            haveListen = true;
        }
        if (options.dataDir.empty())
            options.dataDir = s.dataDir;
        if (options.store.empty()) {
            options.store = s.store;
            if (storePasswordFile.empty())
                storePasswordFile = s.storePasswordFile;
            storePasswordEnv = s.storePasswordEnv;
        }
        if (options.masterKeyFile.empty())
            options.masterKeyFile = s.masterKeyFile;
        if (options.tlsCertFile.empty())
            options.tlsCertFile = s.tlsCertFile;
        if (options.tlsKeyFile.empty())
            options.tlsKeyFile = s.tlsKeyFile;
        if (options.tlsClientCaFile.empty())
            options.tlsClientCaFile = s.tlsClientCaFile;
        if (!haveSessionTtl && s.sessionTtlSeconds > 0)
            options.sessionTtlSeconds = s.sessionTtlSeconds;
        if (s.leaseMs > 0)
            options.engine.leaseMs = s.leaseMs;
        siteConfig = std::make_shared<const flowdesk::backend::SiteConfig>(std::move(*loaded));
    }
    if (!options.store.empty()) {
        // The password of the store's database: a file, a variable the site
        // names, or FLOWDESK_STORE_PASSWORD; none for a server that trusts
        // this account (a local socket, a certificate, .pgpass).
        if (storePasswordEnv.empty())
            storePasswordEnv = "FLOWDESK_STORE_PASSWORD";
        if (auto password = flowdesk::backend::readSecret(storePasswordFile, storePasswordEnv))
            options.storePassword = *password;
        else if (!storePasswordFile.empty())
            return usageError("the store password file " + storePasswordFile + " is missing or empty");
    }
    if (!createAdminName.empty()) {
        if (options.dataDir.empty() && options.store.empty())
            return usageError("--create-admin needs --data DIR or --store URI");
        return createAdmin(flowdesk::backend::StoreSpec{options.store.empty() ? options.dataDir : options.store,
                                                        options.storePassword},
                           createAdminName, options.passwordCost);
    }
    if (!haveListen)
        return usageError("--listen HOST:PORT is required");
    if (options.dataDir.empty())
        return usageError("--data DIR is required");
    if (!options.tlsClientCaFile.empty() && options.tlsCertFile.empty())
        return usageError("--tls-client-ca needs --tls-cert and --tls-key");

    // What flowdeskd writes (the store, the master key) is readable by its
    // own account only.
    flowdesk::platform::restrictNewFilesToOwner();

    // Logs go to stderr: stdout carries only the "listening on" line.
    auto logger = spdlog::stderr_color_mt("flowdeskd");
    spdlog::set_default_logger(logger);

    if (std::string why; !flowdesk::platform::installProcessSignals(&why)) {
        std::fprintf(stderr, "flowdeskd: %s\n", why.c_str());
        return 1;
    }

    // The site: the one its configuration file describes, the demo (its own
    // configuration and simulated systems), or a site without configuration
    // whose deliveries fail saying so.
    std::unique_ptr<flowdesk::backend::Site> site;
    if (siteConfig)
        site = std::make_unique<flowdesk::backend::ConfiguredSite>(configPath, siteConfig);
    else if (demo) {
        demoOptions.passwordCost = options.passwordCost;
        site = std::make_unique<flowdesk::backend::DemoSite>(demoOptions);
    }
    else
        site = std::make_unique<UnconfiguredSite>();
    flowdesk::backend::BackendServer server(options, *site);
    std::string error;
    if (server.start(&error) < 0) {
        std::fprintf(stderr, "flowdeskd: %s\n", error.c_str());
        return 1;
    }
    // The simulated systems slow down only now, so that the demo's start is not held up.
    if (demo && demoLatencyMs > 0)
        static_cast<flowdesk::backend::DemoSite &>(*site).targets().setLatencyMs(demoLatencyMs);
    std::printf("listening on %s\n", server.boundAddress().c_str());
    std::fflush(stdout);

    using flowdesk::platform::ProcessSignal;
    ProcessSignal received;
    while ((received = flowdesk::platform::waitForProcessSignal()).kind == ProcessSignal::Kind::Reload) {
        const auto r = server.reloadConfiguration("flowdeskd", "local");
        if (!r.supported)
            spdlog::warn("SIGHUP: flowdeskd runs without --config; nothing to reload");
        for (const auto &p : r.problems)
            spdlog::error("{}:{}:{}: {}", p.file, p.line, p.column, p.message);
    }
    spdlog::info("signal {} received, shutting down", received.number);
    server.shutdown(std::chrono::seconds(5));
    spdlog::info("shut down cleanly");
    flowdesk::platform::shutdownFinished();
    return 0;
}
