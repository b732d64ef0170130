#include "auth.h"

#include "store.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <spdlog/spdlog.h>

#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

namespace flowdesk::backend {


namespace {

std::string pbkdf2(const std::string &password, const std::string &salt, int iterations)
{
    std::string out(32, '\0');
    if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.data()), static_cast<int>(salt.size()),
                          iterations, EVP_sha256(), static_cast<int>(out.size()),
                          reinterpret_cast<unsigned char *>(out.data()))
        != 1)
        throw std::runtime_error("PBKDF2 failed");
    return out;
}

std::shared_ptr<spdlog::logger> logger()
{
    auto l = spdlog::get("api");
    return l ? l : spdlog::default_logger();
}

} // namespace

std::string hashPassword(const std::string &password, int iterations)
{
    const std::string saltHex = crypto::randomHex(16);
    const std::string salt = *crypto::fromHex(saltHex);
    return "pbkdf2-sha256$" + std::to_string(iterations) + "$" + saltHex + "$"
        + crypto::toHex(pbkdf2(password, salt, iterations));
}

bool verifyPassword(const std::string &password, const std::string &encoded)
{
    // pbkdf2-sha256$<iterations>$<salt>$<hash>
    const auto p1 = encoded.find('$');
    const auto p2 = p1 == std::string::npos ? p1 : encoded.find('$', p1 + 1);
    const auto p3 = p2 == std::string::npos ? p2 : encoded.find('$', p2 + 1);
    if (p3 == std::string::npos || encoded.compare(0, p1, "pbkdf2-sha256") != 0)
        return false;
    int iterations = 0;
    try {
        iterations = std::stoi(encoded.substr(p1 + 1, p2 - p1 - 1));
    } catch (const std::exception &) {
        return false;
    }
    const auto salt = crypto::fromHex(encoded.substr(p2 + 1, p3 - p2 - 1));
    const auto expected = crypto::fromHex(encoded.substr(p3 + 1));
    if (iterations < 1 || iterations > 10000000 || !salt || !expected || expected->empty())
        return false;
    return crypto::constantTimeEquals(pbkdf2(password, *salt, iterations), *expected);
}

SessionManager::SessionManager(Store &store, std::int64_t ttlSeconds, const Clock &clock)
    : m_store(store)
    , m_ttlSeconds(ttlSeconds)
    , m_clock(clock)
    , m_dummyHash(hashPassword(crypto::randomHex(16)))
{
}

LoginOutcome SessionManager::login(const std::string &username, const std::string &password, const std::string &client)
{
    LoginOutcome outcome;
    const TimeMs now = m_clock.now();
    const auto user = m_store.getUser(username);
    if (!user) {
        verifyPassword(password, m_dummyHash);
        outcome.result = LoginOutcome::Result::BadCredentials;
        return outcome;
    }
    if (user->lockedUntil > now) {
        outcome.result = LoginOutcome::Result::LockedOut;
        outcome.lockedUntil = user->lockedUntil;
        return outcome;
    }
    const bool passwordOk = verifyPassword(password, user->passwordHash);
    if (!passwordOk) {
        m_store.write([&](WriteTxn &txn) {
            auto u = txn.getUser(username);
            if (!u)
                return;
            u->failedLogins += 1;
            if (u->failedLogins >= kMaxFailedLogins) {
                u->lockedUntil = now + kLockoutMs;
                u->failedLogins = 0;
                outcome.lockedUntil = u->lockedUntil;
                AuditEntry entry;
                entry.at = now;
                entry.actor = username;
                entry.role = toString(u->role);
                entry.action = "lockout";
                entry.targetType = "user";
                entry.targetId = username;
                entry.reason = "too many failed logins";
                txn.appendAudit(entry);
            }
            txn.upsertUser(*u);
        });
        logger()->warn("failed login for user '{}'", username);
        outcome.result = outcome.lockedUntil ? LoginOutcome::Result::LockedOut : LoginOutcome::Result::BadCredentials;
        return outcome;
    }
    if (user->disabled) {
        outcome.result = LoginOutcome::Result::Disabled;
        return outcome;
    }

    outcome.token = crypto::randomHex(32);
    outcome.expiresAt = now + m_ttlSeconds * 1000;
    m_store.write([&](WriteTxn &txn) {
        auto u = txn.getUser(username);
        if (!u)
            throw std::runtime_error("user vanished during login");
        u->failedLogins = 0;
        u->lockedUntil = 0;
        u->lastLoginAt = now;
        txn.upsertUser(*u);
        SessionRecord session;
        session.tokenHash = crypto::sha256Hex(outcome.token);
        session.username = username;
        session.createdAt = now;
        session.expiresAt = outcome.expiresAt;
        txn.deleteExpiredSessions(now);
        txn.putSession(session);
        AuditEntry entry;
        entry.at = now;
        entry.actor = username;
        entry.role = toString(u->role);
        entry.action = "login";
        entry.targetType = "session";
        entry.targetId = session.tokenHash.substr(0, 16);
        entry.detail = client;
        txn.appendAudit(entry);
        outcome.user = *u;
    });
    outcome.result = LoginOutcome::Result::Ok;
    logger()->info("user '{}' logged in", username);
    return outcome;
}

SessionLookup SessionManager::resolve(const std::string &bearerToken) const
{
    SessionLookup lookup;
    if (bearerToken.empty()) {
        lookup.result = SessionLookup::Result::Missing;
        return lookup;
    }
    lookup.tokenHash = crypto::sha256Hex(bearerToken);
    const auto session = m_store.getSession(lookup.tokenHash);
    if (!session) {
        lookup.result = SessionLookup::Result::Invalid;
        return lookup;
    }
    if (session->expiresAt <= m_clock.now()) {
        lookup.result = SessionLookup::Result::Expired;
        return lookup;
    }
    const auto user = m_store.getUser(session->username);
    if (!user) {
        lookup.result = SessionLookup::Result::Invalid;
        return lookup;
    }
    if (user->disabled) {
        lookup.result = SessionLookup::Result::Disabled;
        return lookup;
    }
    lookup.user = *user;
    lookup.result = SessionLookup::Result::Ok;
    return lookup;
}

void SessionManager::logout(const std::string &tokenHash, const UserRecord &user)
{
    m_store.write([&](WriteTxn &txn) {
        txn.deleteSession(tokenHash);
        AuditEntry entry;
        entry.at = m_clock.now();
        entry.actor = user.username;
        entry.role = toString(user.role);
        entry.action = "logout";
        entry.targetType = "session";
        entry.targetId = tokenHash.substr(0, 16);
        txn.appendAudit(entry);
    });
}

// ---- CredentialVault ----

bool CredentialVault::init(const std::string &dataDir, std::string *error)
{
    if (const char *env = std::getenv("FLOWDESK_MASTER_KEY"); env && *env) {
        const std::string text(env);
        auto raw = crypto::fromHex(text);
        if (raw && raw->size() == 32)
            m_key = *raw;
        else
            m_key = *crypto::fromHex(crypto::sha256Hex(text));
        return true;
    }
    const std::string path = dataDir + "/master.key";
    std::ifstream in(path);
    if (in) {
        std::string hex;
        std::getline(in, hex);
        auto raw = crypto::fromHex(hex);
        if (!raw || raw->size() != 32) {
            if (error)
                *error = "the master key file " + path + " is damaged (expected 64 hex digits)";
            return false;
        }
        m_key = *raw;
        return true;
    }
    const std::string hex = crypto::randomHex(32);
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0) {
        if (error)
            *error = "cannot create the master key file " + path;
        return false;
    }
    const std::string line = hex + "\n";
    const bool ok = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
    ::close(fd);
    if (!ok) {
        if (error)
            *error = "cannot write the master key file " + path;
        return false;
    }
    m_key = *crypto::fromHex(hex);
    return true;
}

std::string CredentialVault::encrypt(const std::string &plaintext) const
{
    if (m_key.size() != 32)
        throw std::runtime_error("credential vault has no key");
    std::string iv(12, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(iv.data()), 12) != 1)
        throw std::runtime_error("the system random generator failed");
    std::string out(plaintext.size() + 16, '\0');
    std::string tag(16, '\0');
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    int total = 0;
    bool ok = ctx
        && EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, 12, nullptr) == 1
        && EVP_EncryptInit_ex(ctx, nullptr, nullptr, reinterpret_cast<const unsigned char *>(m_key.data()),
                              reinterpret_cast<const unsigned char *>(iv.data()))
            == 1
        && EVP_EncryptUpdate(ctx, reinterpret_cast<unsigned char *>(out.data()), &len,
                             reinterpret_cast<const unsigned char *>(plaintext.data()),
                             static_cast<int>(plaintext.size()))
            == 1;
    total = len;
    ok = ok && EVP_EncryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(out.data()) + total, &len) == 1;
    total += len;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag.data()) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        throw std::runtime_error("credential encryption failed");
    out.resize(static_cast<std::size_t>(total));
    return "v1:" + crypto::toHex(iv + out + tag);
}

std::optional<std::string> CredentialVault::decrypt(const std::string &ciphertext) const
{
    if (m_key.size() != 32 || ciphertext.rfind("v1:", 0) != 0)
        return std::nullopt;
    const auto raw = crypto::fromHex(ciphertext.substr(3));
    if (!raw || raw->size() < 28)
        return std::nullopt;
    const std::string iv = raw->substr(0, 12);
    const std::string tag = raw->substr(raw->size() - 16);
    const std::string body = raw->substr(12, raw->size() - 28);
    std::string out(body.size() + 16, '\0');
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    int total = 0;
    bool ok = ctx
        && EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, 12, nullptr) == 1
        && EVP_DecryptInit_ex(ctx, nullptr, nullptr, reinterpret_cast<const unsigned char *>(m_key.data()),
                              reinterpret_cast<const unsigned char *>(iv.data()))
            == 1
        && EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char *>(out.data()), &len,
                             reinterpret_cast<const unsigned char *>(body.data()), static_cast<int>(body.size()))
            == 1;
    total = len;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16, const_cast<char *>(tag.data())) == 1;
    ok = ok && EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(out.data()) + total, &len) == 1;
    total += len;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return std::nullopt;
    out.resize(static_cast<std::size_t>(total));
    return out;
}

std::string CredentialVault::fingerprint(const std::string &secret)
{
    return crypto::sha256Hex(secret).substr(0, 16);
}

} // namespace flowdesk::backend
