#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace Flowdesk {

// The key of the encrypted cache: a random 256-bit key kept in the OS keychain
// (Secret Service, Credential Manager, Keychain) through QtKeychain. Where no
// keychain answers, the person chooses a passphrase that is stretched with
// PBKDF2-HMAC-SHA256; there is never a plaintext fallback.
class KeyStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Found,      // the profile's key was in the keychain
        Created,    // a new random key was made and stored
        NoKeychain, // no keychain answers: ask for a passphrase
        Failed,     // the keychain answered with an error (denied, locked...)
    };
    struct Result
    {
        Status status = Status::Failed;
        QByteArray key; // 32 bytes when Found or Created
        QString message;
    };

    explicit KeyStore(const QString &service = QStringLiteral("Flowdesk"), QObject *parent = nullptr);

    // Reads the profile's key, making and storing a new one when there is none.
    void loadOrCreateKey(const QString &profileId, QObject *context, std::function<void(const Result &)> done);
    void readKey(const QString &profileId, QObject *context, std::function<void(const Result &)> done);
    void deleteKey(const QString &profileId, QObject *context, std::function<void(bool ok, const QString &message)> done);

    // 32 random bytes from OpenSSL's generator.
    static QByteArray randomKey();

    // PBKDF2-HMAC-SHA256. Slow on purpose: call it off the GUI thread
    // (deriveKeyAsync does).
    static constexpr int DefaultIterations = 600000;
    static QByteArray deriveKey(const QString &passphrase, const QByteArray &salt, int iterations = DefaultIterations);
    static void deriveKeyAsync(const QString &passphrase, const QByteArray &salt, int iterations, QObject *context,
                               std::function<void(const QByteArray &key)> done);

    // The passphrase's salt and iteration count, kept next to the cache (neither is secret).
    struct KdfParameters
    {
        QByteArray salt;
        int iterations = DefaultIterations;
        bool isValid() const { return salt.size() >= 16 && iterations > 0; }
    };
    static KdfParameters readKdfParameters(const QString &file);
    static bool writeKdfParameters(const QString &file, const KdfParameters &parameters);

private:
    // A read whose answer is not a key (or a failure the keychain does not
    // explain) is asked again `retries` times, half a second apart, before
    // the caller is told: a busy Secret Service has answered a read with
    // something other than the key, and the saved data is not given up on
    // one such answer.
    void readKeyTrying(const QString &profileId, QObject *context, std::function<void(const Result &)> done,
                       int retries);

    QString m_service;
};

} // namespace Flowdesk
