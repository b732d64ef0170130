#include "hashing.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <stdexcept>

namespace flowdesk::backend::crypto {

std::string hmacSha256(std::string_view key, std::string_view data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char *>(data.data()),
              data.size(), out, &len))
        throw std::runtime_error("HMAC-SHA256 failed");
    return std::string(reinterpret_cast<const char *>(out), len);
}

std::string toHex(std::string_view bytes)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char c : bytes) {
        out.push_back(digits[c >> 4]);
        out.push_back(digits[c & 0xf]);
    }
    return out;
}

std::optional<std::string> fromHex(std::string_view hex)
{
    if (hex.size() % 2 != 0)
        return std::nullopt;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    std::string out;
    out.reserve(hex.size() / 2);
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const int hi = nibble(hex[i]);
        const int lo = nibble(hex[i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out.push_back(static_cast<char>((hi << 4) | lo));
    }
    return out;
}

std::string sha256Hex(std::string_view data)
{
    // One fetched digest and one context per thread: EVP_Digest looks the
    // algorithm up and allocates a context on every call, which costs more than
    // hashing an audit entry (one per row of a bulk job).
    struct Sha256 {
        EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        ~Sha256()
        {
            EVP_MD_CTX_free(ctx);
            EVP_MD_free(md);
        }
    };
    thread_local Sha256 sha;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!sha.md || !sha.ctx || EVP_DigestInit_ex2(sha.ctx, sha.md, nullptr) != 1
        || EVP_DigestUpdate(sha.ctx, data.data(), data.size()) != 1
        || EVP_DigestFinal_ex(sha.ctx, digest, &len) != 1)
        throw std::runtime_error("SHA-256 failed");
    return toHex(std::string_view(reinterpret_cast<const char *>(digest), len));
}

std::string randomHex(std::size_t bytes)
{
    std::string buf(bytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(buf.data()), static_cast<int>(bytes)) != 1)
        throw std::runtime_error("the system random generator failed");
    return toHex(buf);
}

bool constantTimeEquals(const std::string &a, const std::string &b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace flowdesk::backend::crypto
