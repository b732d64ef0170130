#include "httptestserver.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace flowdesk::test {

namespace {

struct KeyDeleter {
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct CertDeleter {
    void operator()(X509 *c) const { X509_free(c); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyDeleter>;
using Cert = std::unique_ptr<X509, CertDeleter>;

void check(bool ok, const char *what)
{
    if (!ok)
        throw std::runtime_error(std::string("OpenSSL failed: ") + what);
}

Key newKey()
{
    Key key(EVP_EC_gen("P-256"));
    check(key != nullptr, "EC key");
    return key;
}

void addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    check(ext != nullptr, "extension");
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

// issuer/issuerKey null: self-signed.
Cert newCert(const char *commonName, EVP_PKEY *key, X509 *issuer, EVP_PKEY *issuerKey, bool ca, const char *san,
             const char *extendedUsage, long serial)
{
    Cert cert(X509_new());
    check(cert != nullptr, "X509_new");
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 7L * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Flowdesk tests"), -1,
                               -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(commonName), -1, -1,
                               0);
    X509 *signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
    if (ca) {
        addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE");
        addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE");
        addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature,keyEncipherment");
        addExtension(cert.get(), signer, NID_ext_key_usage, extendedUsage);
    }
    if (san)
        addExtension(cert.get(), signer, NID_subject_alt_name, san);
    check(X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) > 0, "X509_sign");
    return cert;
}

void writeCert(const std::string &path, X509 *cert)
{
    FILE *f = std::fopen(path.c_str(), "w");
    check(f != nullptr, "open certificate file");
    PEM_write_X509(f, cert);
    std::fclose(f);
}

void writeKey(const std::string &path, EVP_PKEY *key)
{
    FILE *f = std::fopen(path.c_str(), "w");
    check(f != nullptr, "open key file");
    PEM_write_PrivateKey(f, key, nullptr, nullptr, 0, nullptr, nullptr);
    std::fclose(f);
}

} // namespace

TestCertificates TestCertificates::generate(const std::string &dir)
{
    TestCertificates out;
    out.caFile = dir + "/ca.pem";
    out.serverCertFile = dir + "/server.pem";
    out.serverKeyFile = dir + "/server-key.pem";
    out.clientCertFile = dir + "/client.pem";
    out.clientKeyFile = dir + "/client-key.pem";
    out.otherCaFile = dir + "/other-ca.pem";

    Key caKey = newKey();
    Cert ca = newCert("Flowdesk test CA", caKey.get(), nullptr, nullptr, true, nullptr, nullptr, 1);
    Key serverKey = newKey();
    Cert server = newCert("127.0.0.1", serverKey.get(), ca.get(), caKey.get(), false, "IP:127.0.0.1,DNS:localhost",
                          "serverAuth", 2);
    Key clientKey = newKey();
    Cert client = newCert("flowdeskd", clientKey.get(), ca.get(), caKey.get(), false, nullptr, "clientAuth", 3);
    Key otherKey = newKey();
    Cert other = newCert("Unrelated CA", otherKey.get(), nullptr, nullptr, true, nullptr, nullptr, 4);

    writeCert(out.caFile, ca.get());
    writeCert(out.serverCertFile, server.get());
    writeKey(out.serverKeyFile, serverKey.get());
    writeCert(out.clientCertFile, client.get());
    writeKey(out.clientKeyFile, clientKey.get());
    writeCert(out.otherCaFile, other.get());
    return out;
}

TestHttpServer::TestHttpServer(Tls tls, const TestCertificates *certificates)
{
    if (tls == Tls::None || !certificates) {
        m_server = std::make_unique<httplib::Server>();
        return;
    }
    m_tls = true;
    m_server = std::make_unique<httplib::SSLServer>(
        certificates->serverCertFile.c_str(), certificates->serverKeyFile.c_str(),
        tls == Tls::ServerRequiringClientCert ? certificates->caFile.c_str() : nullptr);
}

TestHttpServer::~TestHttpServer()
{
    stop();
}

bool TestHttpServer::start()
{
    if (!m_server->is_valid())
        return false;
    m_server->set_tcp_nodelay(true);
    m_port = m_server->bind_to_any_port("127.0.0.1");
    if (m_port <= 0)
        return false;
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
    for (int i = 0; i < 200 && !m_server->is_running(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    return m_server->is_running();
}

void TestHttpServer::stop()
{
    if (m_thread.joinable()) {
        m_server->stop();
        m_thread.join();
    }
}

std::string TestHttpServer::baseUrl() const
{
    return std::string(m_tls ? "https" : "http") + "://127.0.0.1:" + std::to_string(m_port);
}

int closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    int port = -1;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0) {
        socklen_t length = sizeof address;
        if (::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            port = ntohs(address.sin_port);
    }
    ::close(fd);
    return port;
}

} // namespace flowdesk::test
