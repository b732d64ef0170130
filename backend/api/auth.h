#pragma once

// Passwords, session tokens and the credential vault of flowdeskd.

#include "domain.h"
#include "hashing.h"

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace flowdesk::backend {

class Store;



// The cost of a password hash (Argon2id). The default is OWASP's advice
// (19 MiB, 2 passes, 1 lane); raise it on a faster server, never lower it
// outside tests.
struct PasswordCost {
    std::uint32_t memoryKiB = 19456;
    std::uint32_t iterations = 2;
    std::uint32_t parallelism = 1;

    bool operator==(const PasswordCost &) const = default;
    // "m=19456,t=2,p=1" (memory in KiB); nullopt when it is not that form or
    // out of Argon2's range.
    static std::optional<PasswordCost> parse(const std::string &text);
    std::string text() const;
};

// "$argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>" (the PHC string
// format, parameters included so they can be raised later).
std::string hashPassword(const std::string &password, const PasswordCost &cost = {});
// Argon2id strings, and the "pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>"
// strings of earlier versions.
bool verifyPassword(const std::string &password, const std::string &encoded);
// True when `encoded` is not an Argon2id hash of exactly `cost`: hashed again
// at the next successful sign-in.
bool passwordNeedsRehash(const std::string &encoded, const PasswordCost &cost);

// Failed sign-ins, counted per (user name as typed, client address) whether or
// not the account exists, so the answer never tells whether it does. The first
// kFreeFailures failures cost nothing; after them each attempt from that
// address for that name waits kFirstDelayMs, doubled with every further
// attempt, at most kMaxDelayMs. A success, or kForgetAfterMs without an
// attempt, forgets the address. Another address, the account owner's, is not
// affected: nobody can lock an account out. Thread-safe.
class SignInThrottle {
public:
    static constexpr int kFreeFailures = 5;
    static constexpr std::int64_t kFirstDelayMs = 1000;
    static constexpr std::int64_t kMaxDelayMs = 5 * 60 * 1000;
    static constexpr std::int64_t kForgetAfterMs = 15 * 60 * 1000;
    static constexpr std::size_t kMaxEntries = 100000;

    // Milliseconds until the next attempt for (name, client) is weighed; 0:
    // now. A refused attempt counts as a failure (the wait grows).
    std::int64_t refuse(const std::string &username, const std::string &client, std::int64_t now);
    // A wrong password or unknown name; returns the wait it imposes (0: none yet).
    std::int64_t failed(const std::string &username, const std::string &client, std::int64_t now);
    void succeeded(const std::string &username, const std::string &client);

private:
    struct Entry {
        int failures = 0;
        std::int64_t lastAt = 0;
        std::int64_t until = 0;
    };
    std::int64_t recordFailure(Entry &e, std::int64_t now);
    void prune(std::int64_t now);

    std::mutex m_mutex;
    std::map<std::pair<std::string, std::string>, Entry> m_entries;
};

struct LoginOutcome {
    // Throttled: too many failed sign-ins for this name from this address,
    // told alike whether the account exists or not.
    enum class Result { Ok, BadCredentials, Throttled, Disabled };
    Result result = Result::BadCredentials;
    std::string token;  // the bearer token; only its hash is stored
    UserRecord user;
    TimeMs expiresAt = 0;
    TimeMs retryAfterMs = 0;  // Throttled: how long to wait
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
    SessionManager(Store &store, std::int64_t ttlSeconds, const Clock &clock = Clock::system(),
                   PasswordCost cost = {});

    // `clientAddress` is the caller's network address (throttling), `client`
    // the free text the client names itself with (audit trail). Every failure
    // answers after the same password-hash work, whether the name exists or not.
    LoginOutcome login(const std::string &username, const std::string &password, const std::string &client,
                       const std::string &clientAddress = {});
    // A new password's hash at the server's cost.
    std::string hashPassword(const std::string &password) const;
    SessionLookup resolve(const std::string &bearerToken) const;
    void logout(const std::string &tokenHash, const UserRecord &user);
    std::int64_t ttlSeconds() const { return m_ttlSeconds; }

private:
    Store &m_store;
    std::int64_t m_ttlSeconds;
    const Clock &m_clock;
    PasswordCost m_cost;
    SignInThrottle m_throttle;
    std::string m_dummyHash;  // verified against for unknown users, so timing does not tell
};

// Where the master key is and what reading it found.
struct MasterKeyOptions {
    std::string keyFile;  // --master-key / server.master_key; empty: the default
    std::string dataDir;  // for the key of earlier versions, <dataDir>/master.key
};

// $XDG_CONFIG_HOME/flowdesk/flowdeskd.key, else ~/.config/flowdesk/
// flowdeskd.key ($HOME, else the account's home folder); empty when there is
// no home folder.
std::string defaultMasterKeyPath();

// AES-256-GCM encryption of connector credentials under the master key, each
// bound to its connector (the connector id is authenticated with it).
class CredentialVault {
public:
    // The key from the environment variable FLOWDESK_MASTER_KEY (64 hex
    // digits, or any text that is hashed to a key); else from
    // options.keyFile; else from <dataDir>/master.key where an earlier version
    // left it (with a warning saying how to move it); else from
    // defaultMasterKeyPath(). A missing file is created with mode 0600 (its
    // folder 0700); a file that other users may read is refused. Returns false
    // and sets *error when no key can be had; adds to *warnings what the
    // operator should change.
    bool init(const MasterKeyOptions &options, std::string *error, std::vector<std::string> *warnings = nullptr);
    // Where the key was read from ("" when it came from the environment).
    const std::string &keyPath() const { return m_keyPath; }

    // "v2:<hex>", bound to connectorId.
    std::string encrypt(const std::string &plaintext, const std::string &connectorId) const;
    // The secret, or nullopt when `ciphertext` was not stored for connectorId
    // under this key (copied from another connector, another master key,
    // damaged). Unbound "v1:" ciphertexts of earlier versions are not accepted
    // here; migrate() binds them.
    std::optional<std::string> decrypt(const std::string &ciphertext, const std::string &connectorId) const;
    // A "v1:" ciphertext of an earlier version (not bound to a connector).
    static bool isUnbound(const std::string &ciphertext);
    std::optional<std::string> decryptUnbound(const std::string &ciphertext) const;
    // Binds every stored "v1:" credential to its connector and gives it a
    // keyed fingerprint, in one transaction. A credential that cannot be read
    // is left as it was (and logged). Returns how many were migrated.
    int migrate(Store &store) const;

    // First 16 hex digits of HMAC-SHA256(secret) under a key derived from the
    // master key: tells two credentials apart without helping to guess one.
    std::string fingerprint(const std::string &secret) const;

private:
    std::string m_key;     // 32 raw bytes
    std::string m_fpKey;   // 32 raw bytes, derived from m_key
    std::string m_keyPath;
};

} // namespace flowdesk::backend
