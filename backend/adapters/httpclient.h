#pragma once

// HTTP(S) requests to one connector's target, through libcurl. Connections are
// kept and reused between requests (a connection cache shared by every thread
// that uses the client). TLS peers are always verified; redirects are never
// followed; only http and https are spoken; an answer longer than the
// connector's limit aborts the transfer. Nothing here logs a header.

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace flowdesk::backend {

struct HttpClientOptions {
    std::int64_t connectTimeoutMs = 5000;
    std::int64_t timeoutMs = 30000;
    std::int64_t maxResponseBytes = 1 << 20;
    std::string caFile;
    std::string clientCertFile;
    std::string clientKeyFile;
};

struct HttpRequest {
    std::string method = "GET";
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
};

struct HttpResponse {
    // How the exchange ended before any HTTP status is looked at.
    enum class Transport {
        Ok,
        Timeout,
        Refused,
        HostNotFound,
        Tls,
        TooLarge,
        ConnectionLost,
        Other,
    };
    Transport transport = Transport::Other;
    std::string transportError;  // libcurl's reason, when transport is not Ok
    long status = 0;
    // Header names in lower case; the last occurrence wins.
    std::map<std::string, std::string> headers;
    std::string body;  // at most maxResponseBytes
    std::string redirectUrl;  // where a 3xx wanted to go
    std::int64_t elapsedMs = 0;
    long newConnections = 0;  // connections opened for this request (0: one was reused)

    bool transportOk() const { return transport == Transport::Ok; }
    std::string header(const std::string &lowerCaseName) const;
};

class HttpClient {
public:
    explicit HttpClient(HttpClientOptions options);
    ~HttpClient();

    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    const HttpClientOptions &options() const;
    // Thread-safe.
    HttpResponse perform(const HttpRequest &request) const;

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

// RFC 3986 unreserved characters kept, everything else %XX.
std::string urlEncode(const std::string &text);
// "host" or "host:port" of a URL, for messages.
std::string hostOf(const std::string &url);
std::string base64(const std::string &data);
// Lower-case hex HMAC-SHA256 of `data` under `key`.
std::string hmacSha256Hex(const std::string &key, const std::string &data);
// Milliseconds to wait from a Retry-After value: delta-seconds (fractions
// allowed) or an HTTP-date, taken relative to `nowMs`; 0 when absent or
// unreadable.
std::int64_t parseRetryAfter(const std::string &value, std::int64_t nowMs);

} // namespace flowdesk::backend
