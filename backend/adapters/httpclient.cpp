#include "httpclient.h"

#include "hashing.h"

#include <curl/curl.h>
#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <mutex>
#include <stdexcept>

namespace flowdesk::backend {

namespace {

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::string trim(const std::string &s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

struct Transfer {
    HttpResponse *response = nullptr;
    std::size_t limit = 0;
    bool tooLarge = false;
};

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t n = size * count;
    if (t->response->body.size() + n > t->limit) {
        t->tooLarge = true;
        return 0;  // aborts the transfer
    }
    t->response->body.append(data, n);
    return n;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t n = size * count;
    const std::string line(data, n);
    if (line.rfind("HTTP/", 0) == 0) {
        // A new answer (after a 100 Continue): only the last one counts.
        t->response->headers.clear();
        return n;
    }
    const auto colon = line.find(':');
    if (colon != std::string::npos)
        t->response->headers[lower(trim(line.substr(0, colon)))] = trim(line.substr(colon + 1));
    return n;
}

HttpResponse::Transport transportOf(CURLcode code, bool tooLarge, const std::string &reason)
{
    switch (code) {
    case CURLE_OK:
        return HttpResponse::Transport::Ok;
    case CURLE_OPERATION_TIMEDOUT:
        return HttpResponse::Transport::Timeout;
    case CURLE_COULDNT_CONNECT:
        return HttpResponse::Transport::Refused;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return HttpResponse::Transport::HostNotFound;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CLIENTCERT:
    case CURLE_USE_SSL_FAILED:
        return HttpResponse::Transport::Tls;
    case CURLE_FILESIZE_EXCEEDED:
        return HttpResponse::Transport::TooLarge;
    case CURLE_WRITE_ERROR:
        return tooLarge ? HttpResponse::Transport::TooLarge : HttpResponse::Transport::Other;
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
        // A TLS alert after the handshake (a server that wanted a client
        // certificate) arrives as a read error.
        if (reason.find("alert") != std::string::npos || reason.find("SSL routines") != std::string::npos)
            return HttpResponse::Transport::Tls;
        return HttpResponse::Transport::ConnectionLost;
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
        return HttpResponse::Transport::ConnectionLost;
    default:
        return HttpResponse::Transport::Other;
    }
}

} // namespace

std::string HttpResponse::header(const std::string &lowerCaseName) const
{
    auto it = headers.find(lowerCaseName);
    return it == headers.end() ? std::string() : it->second;
}

struct HttpClient::Impl {
    HttpClientOptions options;
    CURLSH *share = nullptr;
    // One lock per kind of data libcurl shares (DNS answers, TLS sessions).
    // Connections are not shared: libcurl documents its shared connection
    // pool as unsafe between concurrent threads. Each request handle keeps
    // its own connections instead, and handles are reused (see idle).
    std::array<std::mutex, CURL_LOCK_DATA_LAST> locks;

    static void lock(CURL *, curl_lock_data data, curl_lock_access, void *user)
    {
        static_cast<Impl *>(user)->locks[std::size_t(data)].lock();
    }
    static void unlock(CURL *, curl_lock_data data, void *user)
    {
        static_cast<Impl *>(user)->locks[std::size_t(data)].unlock();
    }

    // Request handles kept for the next request (reset before each use, which
    // keeps their open connections), so that a busy connector does not build
    // one per request nor open a connection per request.
    std::mutex idleMutex;
    std::vector<CURL *> idle;

    CURL *acquire()
    {
        {
            std::lock_guard lock(idleMutex);
            if (!idle.empty()) {
                CURL *curl = idle.back();
                idle.pop_back();
                curl_easy_reset(curl);
                return curl;
            }
        }
        return curl_easy_init();
    }

    void release(CURL *curl)
    {
        {
            std::lock_guard lock(idleMutex);
            if (idle.size() < 32) {
                idle.push_back(curl);
                return;
            }
        }
        curl_easy_cleanup(curl);
    }
};

HttpClient::HttpClient(HttpClientOptions options) : d(std::make_unique<Impl>())
{
    globalInit();
    d->options = std::move(options);
    d->share = curl_share_init();
    if (!d->share)
        throw std::runtime_error("libcurl could not create its shared caches");
    curl_share_setopt(d->share, CURLSHOPT_LOCKFUNC, &Impl::lock);
    curl_share_setopt(d->share, CURLSHOPT_UNLOCKFUNC, &Impl::unlock);
    curl_share_setopt(d->share, CURLSHOPT_USERDATA, d.get());
    curl_share_setopt(d->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
    curl_share_setopt(d->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
}

HttpClient::~HttpClient()
{
    for (CURL *curl : d->idle)
        curl_easy_cleanup(curl);
    curl_share_cleanup(d->share);
}

const HttpClientOptions &HttpClient::options() const
{
    return d->options;
}

HttpResponse HttpClient::perform(const HttpRequest &request) const
{
    HttpResponse response;
    CURL *curl = d->acquire();
    if (!curl) {
        response.transport = HttpResponse::Transport::Other;
        response.transportError = "libcurl could not start a request";
        return response;
    }
    const auto &o = d->options;
    Transfer transfer;
    transfer.response = &response;
    transfer.limit = std::size_t(std::max<std::int64_t>(0, o.maxResponseBytes));
    char errorBuffer[CURL_ERROR_SIZE] = {0};

    curl_easy_setopt(curl, CURLOPT_SHARE, d->share);
    curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(o.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(o.timeoutMs));
    curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(o.maxResponseBytes));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!o.caFile.empty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, o.caFile.c_str());
    if (!o.clientCertFile.empty()) {
        curl_easy_setopt(curl, CURLOPT_SSLCERT, o.clientCertFile.c_str());
        curl_easy_setopt(curl, CURLOPT_SSLCERTTYPE, "PEM");
    }
    if (!o.clientKeyFile.empty()) {
        curl_easy_setopt(curl, CURLOPT_SSLKEY, o.clientKeyFile.c_str());
        curl_easy_setopt(curl, CURLOPT_SSLKEYTYPE, "PEM");
    }
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
    // No Accept-Encoding: answers come as they are, so that the size limit is
    // the size on the wire and no compressed answer can expand past it.

    if (request.method == "GET") {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    } else if (request.method == "HEAD") {
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    } else {
        if (request.method != "POST")
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.c_str());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.data());
    }

    curl_slist *headers = nullptr;
    for (const auto &[name, value] : request.headers)
        headers = curl_slist_append(headers, (name + ": " + value).c_str());
    // No "Expect: 100-continue" round trip before larger bodies.
    headers = curl_slist_append(headers, "Expect:");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

    const CURLcode code = curl_easy_perform(curl);

    std::string reason = errorBuffer[0] ? std::string(errorBuffer) : std::string(curl_easy_strerror(code));
    response.transport = transportOf(code, transfer.tooLarge, reason);
    if (response.transport != HttpResponse::Transport::Ok)
        response.transportError = std::move(reason);
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    curl_off_t totalUs = 0;
    if (curl_easy_getinfo(curl, CURLINFO_TOTAL_TIME_T, &totalUs) == CURLE_OK)
        response.elapsedMs = std::int64_t(totalUs / 1000);
    curl_easy_getinfo(curl, CURLINFO_NUM_CONNECTS, &response.newConnections);
    char *redirect = nullptr;
    if (curl_easy_getinfo(curl, CURLINFO_REDIRECT_URL, &redirect) == CURLE_OK && redirect)
        response.redirectUrl = redirect;

    curl_slist_free_all(headers);
    d->release(curl);
    return response;
}

std::string urlEncode(const std::string &text)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string hostOf(const std::string &url)
{
    auto start = url.find("://");
    start = start == std::string::npos ? 0 : start + 3;
    auto end = url.find_first_of("/?#", start);
    std::string host = url.substr(start, end == std::string::npos ? std::string::npos : end - start);
    // Never a user:password@ part.
    if (auto at = host.rfind('@'); at != std::string::npos)
        host = host.substr(at + 1);
    return host;
}

std::string base64(const std::string &data)
{
    std::string out(4 * ((data.size() + 2) / 3) + 1, '\0');
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char *>(out.data()),
                                  reinterpret_cast<const unsigned char *>(data.data()), int(data.size()));
    out.resize(std::size_t(std::max(0, n)));
    return out;
}

std::string hmacSha256Hex(const std::string &key, const std::string &data)
{
    return crypto::toHex(crypto::hmacSha256(key, data));
}

std::int64_t parseRetryAfter(const std::string &raw, std::int64_t nowMs)
{
    const std::string value = trim(raw);
    if (value.empty())
        return 0;
    if (std::isdigit(static_cast<unsigned char>(value[0])) || value[0] == '.') {
        char *end = nullptr;
        const double seconds = std::strtod(value.c_str(), &end);
        if (end == value.c_str() || !std::isfinite(seconds) || seconds < 0)
            return 0;
        return std::int64_t(std::llround(seconds * 1000.0));
    }
    const time_t at = curl_getdate(value.c_str(), nullptr);
    if (at < 0)
        return 0;
    return std::max<std::int64_t>(0, std::int64_t(at) * 1000 - nowMs);
}

} // namespace flowdesk::backend
