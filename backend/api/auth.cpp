#include "auth.h"

#include "platform.h"
#include "store.h"

#include <argon2.h>
#include <openssl/crypto.h>
#include <openssl/hmac.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>

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

std::optional<PasswordCost> PasswordCost::parse(const std::string &text)
{
    unsigned long m = 0, t = 0, p = 0;
    char tail = 0;
    if (std::sscanf(text.c_str(), "m=%lu,t=%lu,p=%lu%c", &m, &t, &p, &tail) != 3)
        return std::nullopt;
    if (p < 1 || p > 64 || t < 1 || t > 100 || m < 8 * p || m > 4UL * 1024 * 1024)
        return std::nullopt;
    return PasswordCost{static_cast<std::uint32_t>(m), static_cast<std::uint32_t>(t), static_cast<std::uint32_t>(p)};
}

std::string PasswordCost::text() const
{
    return "m=" + std::to_string(memoryKiB) + ",t=" + std::to_string(iterations) + ",p=" + std::to_string(parallelism);
}

std::string hashPassword(const std::string &password, const PasswordCost &cost)
{
    std::string salt(16, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), static_cast<int>(salt.size())) != 1)
        throw std::runtime_error("the system random generator failed");
    const std::size_t hashLen = 32;
    std::string encoded(argon2_encodedlen(cost.iterations, cost.memoryKiB, cost.parallelism,
                                          static_cast<std::uint32_t>(salt.size()), hashLen, Argon2_id),
                        '\0');
    const int rc = argon2id_hash_encoded(cost.iterations, cost.memoryKiB, cost.parallelism, password.data(),
                                         password.size(), salt.data(), salt.size(), hashLen, encoded.data(),
                                         encoded.size());
    if (rc != ARGON2_OK)
        throw std::runtime_error(std::string("Argon2id failed: ") + argon2_error_message(rc));
    encoded.resize(std::strlen(encoded.c_str()));
    return encoded;
}

namespace {

bool verifyPbkdf2(const std::string &password, const std::string &encoded)
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

// The parameters of an Argon2id string; nullopt for anything else.
std::optional<PasswordCost> argon2Cost(const std::string &encoded)
{
    static const std::string prefix = "$argon2id$v=19$";
    if (encoded.rfind(prefix, 0) != 0)
        return std::nullopt;
    const auto end = encoded.find('$', prefix.size());
    if (end == std::string::npos)
        return std::nullopt;
    return PasswordCost::parse(encoded.substr(prefix.size(), end - prefix.size()));
}

} // namespace

bool verifyPassword(const std::string &password, const std::string &encoded)
{
    if (encoded.rfind("pbkdf2-sha256$", 0) == 0)
        return verifyPbkdf2(password, encoded);
    // Parameters are checked first: a damaged or hostile row must not make the
    // server allocate gigabytes.
    if (!argon2Cost(encoded))
        return false;
    return argon2id_verify(encoded.c_str(), password.data(), password.size()) == ARGON2_OK;
}

bool passwordNeedsRehash(const std::string &encoded, const PasswordCost &cost)
{
    const auto current = argon2Cost(encoded);
    return !current || !(*current == cost);
}

// ---- SignInThrottle ----

namespace {

// What a name is kept as: a long one by its hash, so that a flood of
// megabyte-long names cannot fill the memory.
std::string throttleKey(const std::string &username)
{
    return username.size() <= 128 ? username : "sha256:" + crypto::sha256Hex(username);
}

} // namespace

std::int64_t SignInThrottle::recordFailure(Entry &e, std::int64_t now)
{
    e.failures += 1;
    e.lastAt = now;
    if (e.failures < kFreeFailures) {
        e.until = 0;
        return 0;
    }
    const int doublings = std::min(e.failures - kFreeFailures, 20);
    const std::int64_t wait = std::min(kFirstDelayMs << doublings, kMaxDelayMs);
    e.until = now + wait;
    return wait;
}

void SignInThrottle::prune(std::int64_t now)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (now - it->second.lastAt > kForgetAfterMs && it->second.until <= now)
            it = m_entries.erase(it);
        else
            ++it;
    }
    // Still full (many addresses at once): forget the oldest quiet ones first.
    while (m_entries.size() >= kMaxEntries) {
        auto oldest = m_entries.begin();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
            if (it->second.lastAt < oldest->second.lastAt)
                oldest = it;
        m_entries.erase(oldest);
    }
}

std::int64_t SignInThrottle::refuse(const std::string &username, const std::string &client, std::int64_t now)
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_entries.find({throttleKey(username), client});
    if (it == m_entries.end())
        return 0;
    Entry &e = it->second;
    if (e.until <= now) {
        if (now - e.lastAt > kForgetAfterMs)
            m_entries.erase(it);
        return 0;
    }
    return recordFailure(e, now);
}

std::int64_t SignInThrottle::failed(const std::string &username, const std::string &client, std::int64_t now)
{
    const std::lock_guard lock(m_mutex);
    auto it = m_entries.find({throttleKey(username), client});
    if (it == m_entries.end()) {
        if (m_entries.size() >= kMaxEntries)
            prune(now);
        it = m_entries.emplace(std::make_pair(throttleKey(username), client), Entry{}).first;
    } else if (now - it->second.lastAt > kForgetAfterMs) {
        it->second = Entry{};
    }
    return recordFailure(it->second, now);
}

void SignInThrottle::succeeded(const std::string &username, const std::string &client)
{
    const std::lock_guard lock(m_mutex);
    m_entries.erase({throttleKey(username), client});
}

SessionManager::SessionManager(Store &store, std::int64_t ttlSeconds, const Clock &clock, PasswordCost cost)
    : m_store(store)
    , m_ttlSeconds(ttlSeconds)
    , m_clock(clock)
    , m_cost(cost)
    , m_dummyHash(backend::hashPassword(crypto::randomHex(16), cost))
{
}

std::string SessionManager::hashPassword(const std::string &password) const
{
    return backend::hashPassword(password, m_cost);
}

LoginOutcome SessionManager::login(const std::string &username, const std::string &password, const std::string &client,
                                   const std::string &clientAddress)
{
    LoginOutcome outcome;
    const TimeMs now = m_clock.now();
    const std::string address = clientAddress.empty() ? std::string("unknown") : clientAddress;
    // A name as typed is bounded where it is kept or written down; it is
    // compared in full.
    const std::string shownName = username.size() > 128 ? username.substr(0, 128) + "\u2026" : username;

    // Throttled: the same answer whether the account exists or not, after the
    // same hash work as any other answer, and the password is not weighed.
    if (const TimeMs wait = m_throttle.refuse(username, address, now); wait > 0) {
        verifyPassword(password, m_dummyHash);
        outcome.result = LoginOutcome::Result::Throttled;
        outcome.retryAfterMs = wait;
        logger()->warn("sign-in for '{}' from {} refused: too many failed attempts, next in {} ms", shownName, address,
                       wait);
        return outcome;
    }

    const auto user = m_store.getUser(username);
    // Unknown names cost the same hash work as known ones, so time does not tell.
    const bool passwordOk = user ? verifyPassword(password, user->passwordHash)
                                 : (verifyPassword(password, m_dummyHash), false);
    if (!passwordOk) {
        const TimeMs wait = m_throttle.failed(username, address, now);
        if (wait == SignInThrottle::kFirstDelayMs) {
            // Written whether the account exists or not: neither the answer
            // nor its time may tell.
            m_store.write([&](WriteTxn &txn) {
                AuditEntry entry;
                entry.at = now;
                entry.actor = "flowdeskd";
                entry.role = "local";
                entry.action = "sign_in_throttled";
                entry.targetType = "user";
                entry.targetId = shownName;
                entry.detail = std::to_string(SignInThrottle::kFreeFailures) + " failed sign-ins from " + address
                    + "; further attempts from there wait, from 1 second doubling up to 5 minutes";
                entry.messageId = "audit.SIGN_IN_THROTTLED";
                entry.messageArgs = {{"failures", std::to_string(SignInThrottle::kFreeFailures)}, {"address", address}};
                txn.appendAudit(entry);
            });
        }
        logger()->warn("failed sign-in for '{}' from {}", shownName, address);
        outcome.result = LoginOutcome::Result::BadCredentials;
        return outcome;
    }
    m_throttle.succeeded(username, address);
    if (user->disabled) {
        outcome.result = LoginOutcome::Result::Disabled;
        return outcome;
    }

    // A hash of an earlier kind or cost is replaced while the password is at hand.
    std::string rehashed;
    if (passwordNeedsRehash(user->passwordHash, m_cost))
        rehashed = backend::hashPassword(password, m_cost);

    outcome.token = crypto::randomHex(32);
    outcome.expiresAt = now + m_ttlSeconds * 1000;
    m_store.write([&](WriteTxn &txn) {
        auto u = txn.getUser(username);
        if (!u)
            throw std::runtime_error("user vanished during login");
        u->failedLogins = 0;
        u->lockedUntil = 0;
        u->lastLoginAt = now;
        // Not when the password was reset meanwhile.
        if (!rehashed.empty() && u->passwordHash == user->passwordHash)
            u->passwordHash = rehashed;
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
        if (!client.empty()) {
            entry.messageId = "audit.LOGIN";
            entry.messageArgs = {{"client", client}};
        }
        txn.appendAudit(entry);
        outcome.user = *u;
    });
    outcome.result = LoginOutcome::Result::Ok;
    if (!rehashed.empty())
        logger()->info("password hash of user '{}' renewed (Argon2id {})", username, m_cost.text());
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
    const auto found = m_store.getSessionWithUser(lookup.tokenHash);
    if (!found) {
        lookup.result = SessionLookup::Result::Invalid;
        return lookup;
    }
    if (found->session.expiresAt <= m_clock.now()) {
        lookup.result = SessionLookup::Result::Expired;
        return lookup;
    }
    const auto &user = found->user;
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

std::string defaultMasterKeyPath()
{
    const std::filesystem::path dir = platform::userConfigDir();
    return dir.empty() ? std::string() : platform::utf8FromPath(dir / "flowdesk" / "flowdeskd.key");
}

namespace {

// The key in `path`: 64 hex digits on the first line, in a file no other user
// may read or change.
bool readKeyFile(const std::string &path, std::string *key, std::string *error)
{
    using platform::PrivateFile;
    const PrivateFile file = platform::readPrivateFile(platform::pathFromUtf8(path), 200);
    switch (file.status) {
    case PrivateFile::Status::CannotOpen:
        *error = "cannot read the master key " + path + ": " + file.why;
        return false;
    case PrivateFile::Status::NotRegularFile:
        *error = "the master key " + path + " is not a regular file";
        return false;
    case PrivateFile::Status::OpenToOthers:
        *error = "the master key " + path + " may be read or changed by other users (" + file.why
            + "); make it its owner's alone: " + file.fix;
        return false;
    case PrivateFile::Status::Ok:
        break;
    }
    std::string text = file.content;
    text = text.substr(0, text.find_first_of("\r\n"));
    const auto raw = crypto::fromHex(text);
    if (!raw || raw->size() != 32) {
        *error = "the master key " + path + " is damaged (expected 64 hex digits)";
        return false;
    }
    *key = *raw;
    return true;
}

// A new random key in `path` (mode 0600; a folder made for it 0700). Written
// beside it and linked into place, so a second server starting at the same
// time reads the same key instead of half of it.
bool createKeyFile(const std::string &path, std::string *key, std::string *error)
{
    namespace fs = std::filesystem;
    const fs::path file = platform::pathFromUtf8(path);
    const fs::path parent = file.parent_path();
    std::error_code ec;
    if (!parent.empty() && !fs::exists(parent, ec)) {
        fs::create_directories(parent, ec);
        if (!ec)
            platform::restrictToOwner(parent, ec);
        if (ec) {
            *error = "cannot create the folder of the master key " + platform::utf8FromPath(parent) + ": "
                + ec.message();
            return false;
        }
    }
    const std::string hex = crypto::randomHex(32);
    std::string why;
    switch (platform::createPrivateFile(file, hex + "\n", &why)) {
    case platform::CreateResult::AlreadyExists:
        return readKeyFile(path, key, error);
    case platform::CreateResult::Failed:
        *error = "cannot create the master key " + path + ": " + why;
        return false;
    case platform::CreateResult::Created:
        break;
    }
    *key = *crypto::fromHex(hex);
    return true;
}

// True also for a dangling symbolic link: something is in the way there.
bool fileExists(const std::string &path)
{
    std::error_code ec;
    return !path.empty() && std::filesystem::exists(std::filesystem::symlink_status(platform::pathFromUtf8(path), ec));
}

// What a "v2:" ciphertext authenticates besides its text: the connector it
// belongs to.
std::string boundTo(const std::string &connectorId)
{
    return std::string("flowdesk credential of connector\0", 33) + connectorId;
}

std::string sealGcm(const std::string &key, const std::string &plaintext, const std::string &aad)
{
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
        && EVP_EncryptInit_ex(ctx, nullptr, nullptr, reinterpret_cast<const unsigned char *>(key.data()),
                              reinterpret_cast<const unsigned char *>(iv.data()))
            == 1;
    ok = ok
        && (aad.empty()
            || EVP_EncryptUpdate(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(aad.data()),
                                 static_cast<int>(aad.size()))
                == 1);
    ok = ok
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
    return crypto::toHex(iv + out + tag);
}

std::optional<std::string> openGcm(const std::string &key, const std::string &hex, const std::string &aad)
{
    const auto raw = crypto::fromHex(hex);
    if (key.size() != 32 || !raw || raw->size() < 28)
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
        && EVP_DecryptInit_ex(ctx, nullptr, nullptr, reinterpret_cast<const unsigned char *>(key.data()),
                              reinterpret_cast<const unsigned char *>(iv.data()))
            == 1;
    ok = ok
        && (aad.empty()
            || EVP_DecryptUpdate(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(aad.data()),
                                 static_cast<int>(aad.size()))
                == 1);
    ok = ok
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

} // namespace

bool CredentialVault::init(const MasterKeyOptions &options, std::string *error, std::vector<std::string> *warnings)
{
    std::string problem;
    auto failed = [&](const std::string &why) {
        if (error)
            *error = why;
        return false;
    };
    auto warn = [&](const std::string &what) {
        if (warnings)
            warnings->push_back(what);
    };
    m_keyPath.clear();
    if (const char *env = std::getenv("FLOWDESK_MASTER_KEY"); env && *env) {
        const std::string text(env);
        auto raw = crypto::fromHex(text);
        if (raw && raw->size() == 32)
            m_key = *raw;
        else
            m_key = *crypto::fromHex(crypto::sha256Hex(text));
    } else {
        const std::string besideData = options.dataDir.empty() ? std::string() : options.dataDir + "/master.key";
        const bool oldKeyThere = fileExists(besideData);
        std::string path = options.keyFile;
        if (!path.empty()) {
            if (!fileExists(path) && oldKeyThere)
                return failed("the master key " + path + " does not exist, and this data folder's key lies beside its "
                              "database; move it there: mv " + besideData + " " + path);
            if (oldKeyThere)
                warn("a master key lies beside the database in " + besideData + " and is not used (the key is " + path
                     + "); delete it once the stored credentials are known to work");
        } else if (oldKeyThere) {
            path = besideData;
            const std::string target = defaultMasterKeyPath();
            warn("the master key lies beside the database in " + besideData
                 + ": a copy of the data folder is enough to read the stored credentials. Move it apart, "
                 + (target.empty() ? std::string("e.g. mv ") + besideData + " /etc/flowdesk/flowdeskd.key"
                                   : "mkdir -p -m 700 " + platform::utf8FromPath(platform::pathFromUtf8(target).parent_path())
                                         + " && mv " + besideData + " " + target)
                 + (target.empty() ? ", and pass --master-key FILE" : ", or pass --master-key FILE"));
        } else {
            path = defaultMasterKeyPath();
            if (path.empty())
                return failed("no place for the master key: the account has no home folder; pass --master-key FILE");
        }
        const bool ok = fileExists(path) ? readKeyFile(path, &m_key, &problem) : createKeyFile(path, &m_key, &problem);
        if (!ok)
            return failed(problem);
        m_keyPath = path;
    }
    m_fpKey = crypto::hmacSha256(m_key, "flowdesk credential fingerprint key v1");
    return true;
}

std::string CredentialVault::encrypt(const std::string &plaintext, const std::string &connectorId) const
{
    if (m_key.size() != 32)
        throw std::runtime_error("credential vault has no key");
    return "v2:" + sealGcm(m_key, plaintext, boundTo(connectorId));
}

std::optional<std::string> CredentialVault::decrypt(const std::string &ciphertext, const std::string &connectorId) const
{
    if (ciphertext.rfind("v2:", 0) != 0)
        return std::nullopt;
    return openGcm(m_key, ciphertext.substr(3), boundTo(connectorId));
}

bool CredentialVault::isUnbound(const std::string &ciphertext)
{
    return ciphertext.rfind("v1:", 0) == 0;
}

std::optional<std::string> CredentialVault::decryptUnbound(const std::string &ciphertext) const
{
    if (!isUnbound(ciphertext))
        return std::nullopt;
    return openGcm(m_key, ciphertext.substr(3), std::string());
}

int CredentialVault::migrate(Store &store) const
{
    std::vector<std::string> unbound;
    for (const auto &c : store.listConnectors())
        if (isUnbound(c.credentialCiphertext))
            unbound.push_back(c.id);
    if (unbound.empty())
        return 0;
    int migrated = 0;
    store.write([&](WriteTxn &txn) {
        migrated = 0;
        for (const auto &id : unbound) {
            auto c = txn.getConnector(id);
            if (!c || !isUnbound(c->credentialCiphertext))
                continue;
            const auto secret = decryptUnbound(c->credentialCiphertext);
            if (!secret) {
                logger()->error("the stored credential of connector '{}' cannot be decrypted with this master key; "
                                "it is kept as it is: set it again or start with the key it was stored under",
                                c->id);
                continue;
            }
            c->credentialCiphertext = encrypt(*secret, c->id);
            c->credentialFingerprint = fingerprint(*secret);
            txn.upsertConnector(*c);
            ++migrated;
        }
    });
    if (migrated > 0)
        logger()->info("{} stored credential(s) bound to their connectors", migrated);
    return migrated;
}

std::string CredentialVault::fingerprint(const std::string &secret) const
{
    if (m_fpKey.size() != 32)
        throw std::runtime_error("credential vault has no key");
    return crypto::toHex(crypto::hmacSha256(m_fpKey, secret)).substr(0, 16);
}

} // namespace flowdesk::backend
