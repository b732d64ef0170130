#pragma once

// Loopback HTTP and HTTPS servers for the delivery adapters' tests: a real
// server on 127.0.0.1 and a port of its own, answering with the handlers a
// test installs; and TLS certificates made at test time.

#include <httplib.h>

#include <memory>
#include <string>
#include <thread>

namespace flowdesk::test {

// A throwaway CA with a server certificate for 127.0.0.1 and a client
// certificate, plus a second CA that signed neither. PEM files in `dir`.
struct TestCertificates {
    std::string caFile;
    std::string serverCertFile;
    std::string serverKeyFile;
    std::string clientCertFile;
    std::string clientKeyFile;
    std::string otherCaFile;

    // Throws std::runtime_error when OpenSSL fails.
    static TestCertificates generate(const std::string &dir);
};

class TestHttpServer {
public:
    enum class Tls {
        None,
        Server,                   // HTTPS with the test CA's server certificate
        ServerRequiringClientCert // and a client certificate of the test CA required
    };

    explicit TestHttpServer(Tls tls = Tls::None, const TestCertificates *certificates = nullptr);
    ~TestHttpServer();

    TestHttpServer(const TestHttpServer &) = delete;
    TestHttpServer &operator=(const TestHttpServer &) = delete;

    // Install handlers before start().
    httplib::Server &server() { return *m_server; }
    // Binds to 127.0.0.1 on a free port and serves on a thread; false when it
    // cannot.
    bool start();
    void stop();
    int port() const { return m_port; }
    // "http://127.0.0.1:<port>" or "https://..."
    std::string baseUrl() const;

private:
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    int m_port = -1;
    bool m_tls = false;
};

// A loopback port nothing listens on (bound once, then closed).
int closedPort();

} // namespace flowdesk::test
