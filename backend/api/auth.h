#pragma once

// Passwords, session tokens and the credential vault of flowdeskd.

#include "domain.h"
#include "hashing.h"

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

namespace flowdesk::backend {

class Store;



// "pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>"
std::string hashPassword(const std::string &password, int iterations = 120000);
bool verifyPassword(const std::string &password, const std::string &encoded);

struct LoginOutcome {
    enum class Result { Ok, BadCredentials, LockedOut, Disabled };
    Result result = Result::BadCredentials;
    std::string token;  // the bearer token; only its hash is stored
    UserRecord user;
    TimeMs expiresAt = 0;
    TimeMs lockedUntil = 0;
};

struct SessionLookup {
    enum class Result { Ok, Missing, Invalid, Expired, Disabled };
    Result result = Result::Missing;
    UserRecord user;
    std::string tokenHash;
};

// Sessions and logins over the store. Thread-safe.
class SessionManager {
public:
    static constexpr int kMaxFailedLogins = 5;
    static constexpr TimeMs kLockoutMs = 5 * 60 * 1000;

    SessionManager(Store &store, std::int64_t ttlSeconds, const Clock &clock = Clock::system());

    LoginOutcome login(const std::string &username, const std::string &password, const std::string &client);
    SessionLookup resolve(const std::string &bearerToken) const;
    void logout(const std::string &tokenHash, const UserRecord &user);
    std::int64_t ttlSeconds() const { return m_ttlSeconds; }

private:
    Store &m_store;
    std::int64_t m_ttlSeconds;
    const Clock &m_clock;
    std::string m_dummyHash;  // verified against for unknown users, so timing does not tell
};

// AES-256-GCM encryption of connector credentials under the master key.
class CredentialVault {
public:
    // Key from the environment variable FLOWDESK_MASTER_KEY (64 hex digits, or any
    // text that is hashed to a key) or from <dataDir>/master.key, created with mode
    // 0600 on first use. Returns false and sets *error when neither works.
    bool init(const std::string &dataDir, std::string *error);

    std::string encrypt(const std::string &plaintext) const;
    std::optional<std::string> decrypt(const std::string &ciphertext) const;
    // First 16 hex digits of the SHA-256 of the secret.
    static std::string fingerprint(const std::string &secret);

private:
    std::string m_key;  // 32 raw bytes
};

} // namespace flowdesk::backend
