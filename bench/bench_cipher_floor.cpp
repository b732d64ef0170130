// The floor of the encrypted cache's write cost: what encrypting and
// authenticating one database page costs with this machine's OpenSSL, done the
// way the installed SQLCipher does it for every page it writes, beside the
// same bytes with the cipher and MAC contexts made once.
//
// SQLCipher 3.4's OpenSSL provider, per page written: 16 random bytes for the
// IV (RAND_bytes), a new cipher context initialised twice (algorithm, then key
// and IV), one update and final over the page's data, then a new HMAC context
// keyed with SHA-1 over the ciphertext, the IV and the page number. The page
// keeps 48 bytes for IV and MAC (16 + 20, rounded to the cipher's block), so a
// 1 KiB page encrypts 976 bytes.
//
//   bench_cipher_floor [--pages N] [--page-size BYTES] [--runs R]
//
// Prints, per mode, the median time per page over R runs and what N pages
// cost; compare the difference with bench_cache's SQLCipher / plain times.
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

namespace {

constexpr int kReserve = 48;  // IV 16 + HMAC-SHA1 20, rounded up to 16

struct Page {
    std::vector<unsigned char> plain;
    std::vector<unsigned char> out;
};

unsigned char g_key[32];
unsigned char g_hmacKey[32];

// As SQLCipher 3.4's OpenSSL provider does it for each page.
bool perPageContexts(Page &p, std::uint32_t pgno)
{
    const int dataSize = int(p.plain.size()) - kReserve;
    unsigned char *iv = p.out.data() + dataSize;
    if (RAND_bytes(iv, 16) != 1)
        return false;
    EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
    if (!c)
        return false;
    int n = 0, m = 0;
    EVP_CipherInit_ex(c, EVP_aes_256_cbc(), nullptr, nullptr, nullptr, 1);
    EVP_CIPHER_CTX_set_padding(c, 0);
    EVP_CipherInit_ex(c, nullptr, nullptr, g_key, iv, 1);
    EVP_CipherUpdate(c, p.out.data(), &n, p.plain.data(), dataSize);
    EVP_CipherFinal_ex(c, p.out.data() + n, &m);
    EVP_CIPHER_CTX_free(c);
    if (n + m != dataSize)
        return false;
    HMAC_CTX *h = HMAC_CTX_new();
    if (!h)
        return false;
    unsigned int macLen = 0;
    HMAC_Init_ex(h, g_hmacKey, sizeof g_hmacKey, EVP_sha1(), nullptr);
    HMAC_Update(h, p.out.data(), std::size_t(dataSize + 16));
    HMAC_Update(h, reinterpret_cast<const unsigned char *>(&pgno), sizeof pgno);
    HMAC_Final(h, p.out.data() + dataSize + 16, &macLen);
    HMAC_CTX_free(h);
    return macLen == 20;
}

// The same work with the algorithms fetched once, one cipher context re-keyed
// per page with its IV only, and the HMAC state keyed once and copied.
struct Kept {
    EVP_CIPHER *cipher = nullptr;
    EVP_CIPHER_CTX *ctx = nullptr;
    EVP_MAC *mac = nullptr;
    EVP_MAC_CTX *keyed = nullptr;

    bool init()
    {
        cipher = EVP_CIPHER_fetch(nullptr, "AES-256-CBC", nullptr);
        ctx = EVP_CIPHER_CTX_new();
        mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        if (!cipher || !ctx || !mac)
            return false;
        keyed = EVP_MAC_CTX_new(mac);
        char digest[] = "SHA1";
        OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                               OSSL_PARAM_construct_end()};
        if (!keyed || EVP_MAC_init(keyed, g_hmacKey, sizeof g_hmacKey, params) != 1)
            return false;
        if (EVP_EncryptInit_ex2(ctx, cipher, g_key, nullptr, nullptr) != 1)
            return false;
        EVP_CIPHER_CTX_set_padding(ctx, 0);
        return true;
    }
    ~Kept()
    {
        EVP_MAC_CTX_free(keyed);
        EVP_MAC_free(mac);
        EVP_CIPHER_CTX_free(ctx);
        EVP_CIPHER_free(cipher);
    }
    bool page(Page &p, std::uint32_t pgno)
    {
        const int dataSize = int(p.plain.size()) - kReserve;
        unsigned char *iv = p.out.data() + dataSize;
        if (RAND_bytes(iv, 16) != 1)
            return false;
        int n = 0, m = 0;
        EVP_EncryptInit_ex2(ctx, nullptr, nullptr, iv, nullptr);
        EVP_EncryptUpdate(ctx, p.out.data(), &n, p.plain.data(), dataSize);
        EVP_EncryptFinal_ex(ctx, p.out.data() + n, &m);
        if (n + m != dataSize)
            return false;
        EVP_MAC_CTX *h = EVP_MAC_CTX_dup(keyed);
        if (!h)
            return false;
        std::size_t macLen = 0;
        EVP_MAC_update(h, p.out.data(), std::size_t(dataSize + 16));
        EVP_MAC_update(h, reinterpret_cast<const unsigned char *>(&pgno), sizeof pgno);
        EVP_MAC_final(h, p.out.data() + dataSize + 16, &macLen, 32);
        EVP_MAC_CTX_free(h);
        return macLen == 20;
    }
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    int pages = 20000;
    int pageSize = 1024;
    int runs = 5;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> int {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "%s needs a number\n", a.c_str());
                std::exit(2);
            }
            return std::atoi(argv[++i]);
        };
        if (a == "--pages")
            pages = next();
        else if (a == "--page-size")
            pageSize = next();
        else if (a == "--runs")
            runs = next();
        else {
            std::fprintf(stderr, "usage: %s [--pages N] [--page-size BYTES] [--runs R]\n", argv[0]);
            return 2;
        }
    }
    if (pages < 1 || runs < 1 || pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1))) {
        std::fprintf(stderr, "pages and runs must be positive, the page size a power of two from 512 to 65536\n");
        return 2;
    }
    RAND_bytes(g_key, sizeof g_key);
    RAND_bytes(g_hmacKey, sizeof g_hmacKey);
    std::vector<Page> data(std::size_t(std::min(pages, 256)));
    for (auto &p : data) {
        p.plain.resize(std::size_t(pageSize));
        p.out.resize(std::size_t(pageSize));
        RAND_bytes(p.plain.data(), pageSize);
    }
    Kept kept;
    if (!kept.init()) {
        std::fprintf(stderr, "OpenSSL has no AES-256-CBC or HMAC here\n");
        return 1;
    }

    auto time = [&](const std::function<bool(Page &, std::uint32_t)> &fn) {
        std::vector<double> perPage;
        for (int r = 0; r < runs; ++r) {
            const auto t0 = std::chrono::steady_clock::now();
            for (int i = 0; i < pages; ++i) {
                if (!fn(data[std::size_t(i) % data.size()], std::uint32_t(i + 1))) {
                    std::fprintf(stderr, "a page could not be encrypted\n");
                    std::exit(1);
                }
            }
            const auto t1 = std::chrono::steady_clock::now();
            perPage.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count() / pages);
        }
        return median(perPage);
    };
    // Only the cipher and the MAC over the same bytes, without IVs: the
    // throughput floor.
    auto bulk = [&]() {
        std::vector<double> perPage;
        std::vector<unsigned char> all(std::size_t(pageSize) * std::size_t(pages) / 16 * 16);
        std::vector<unsigned char> out(all.size() + 32);
        for (int r = 0; r < runs; ++r) {
            const auto t0 = std::chrono::steady_clock::now();
            int n = 0;
            EVP_EncryptInit_ex2(kept.ctx, nullptr, nullptr, g_key, nullptr);
            EVP_EncryptUpdate(kept.ctx, out.data(), &n, all.data(), int(all.size()));
            EVP_MAC_CTX *h = EVP_MAC_CTX_dup(kept.keyed);
            std::size_t macLen = 0;
            EVP_MAC_update(h, out.data(), all.size());
            EVP_MAC_final(h, out.data() + all.size(), &macLen, 32);
            EVP_MAC_CTX_free(h);
            const auto t1 = std::chrono::steady_clock::now();
            perPage.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count() / pages);
        }
        return median(perPage);
    };

    std::printf("%s; %d pages of %d bytes, median of %d runs\n", OpenSSL_version(OPENSSL_VERSION), pages, pageSize,
                runs);
    std::printf("%-44s %10s %12s %8s\n", "mode", "us/page", "ms/N pages", "ratio");
    // Alternating order guards against drift on a shared machine.
    const double sqlcipher = time(perPageContexts);
    const double keptTime = time([&](Page &p, std::uint32_t n) { return kept.page(p, n); });
    const double raw = bulk();
    const double sqlcipher2 = time(perPageContexts);
    const double perPage = std::min(sqlcipher, sqlcipher2);
    std::printf("%-44s %10.2f %12.1f %8.2f\n", "SQLCipher 3.4 per page (new contexts)", perPage, perPage * pages / 1000,
                perPage / keptTime);
    std::printf("%-44s %10.2f %12.1f %8.2f\n", "contexts kept, algorithms fetched once", keptTime,
                keptTime * pages / 1000, 1.0);
    std::printf("%-44s %10.2f %12.1f %8.2f\n", "one cipher and MAC pass over the bytes", raw, raw * pages / 1000,
                raw / keptTime);
    return 0;
}
