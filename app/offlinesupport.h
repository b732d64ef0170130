#pragma once

#include "cachestore.h"
#include "domain.h"
#include "keystore.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace Flowdesk {

class BackendConnection;
class EventFollower;
class FlowsService;
class MainWindow;
class OfflineBanner;
class OfflineController;
class Outbox;
class SessionService;
class TransactionsOfflineLink;
class TransactionsOfflineStore;

// Wires the encrypted cache into the console: after sign-in it gets the profile's
// key (keychain, or a passphrase where there is none), opens the cache, shows the
// saved flow catalogue at once and keeps it current, shows the offline banner and
// the waiting changes, and offers "Forget This Device". Every failure ends in a
// message and a way out; the console then works without saved data.
class OfflineSupport : public QObject
{
    Q_OBJECT
public:
    OfflineSupport(BackendConnection *connection, SessionService *session, FlowsService *flows,
                   EventFollower *events, QObject *parent = nullptr);
    ~OfflineSupport() override;

    // Adds the banner and the menu action to a new window and opens the signed-in
    // person's cache.
    void attach(MainWindow *window);
    // Signing out: closes the cache (the file and key stay for the next sign-in).
    void detach();

    // Start-up without a reachable backend: the person who last worked with `backend`
    // on this computer, when their saved data is still here (empty otherwise).
    static QString savedProfileUser(const QString &backend);
    // Opens a window from the saved data only: read-only, with the offline banner,
    // until the backend answers and the person signs in (signInNeeded).
    void attachOffline(MainWindow *window, const QString &backend, const QString &username);
    bool isOfflineWindow() const { return m_offlineWindow; }

    CacheStore *cache() const { return m_cache; }
    Outbox *outbox() const { return m_outbox; }
    OfflineController *controller() const { return m_controller; }
    // The exception workbench's saved pages and waiting changes.
    TransactionsOfflineStore *transactionsStore() const;
    // Lists the changes made offline; refused ones can be applied to the current version or dropped.
    void reviewWaitingChanges() { showOutbox(); }
    // The saved event sequence is known (or the console works without saved data).
    bool isSavedStateReady() const { return m_stateReady; }

signals:
    void signInNeeded(const QString &username);
    // After the cache opened (sequence: where the event feed stopped, -1: unknown),
    // or when the console works without saved data (-1).
    void savedStateReady(qint64 sequence);

private:
    void openProfile(const QString &backend, const QString &username);
    void onKey(const KeyStore::Result &result);
    void askPassphrase(bool create, const QString &error = {});
    void openWithKey(const QByteArray &key);
    void onOpened(Cache::DbStatus status);
    void offerFreshStart(Cache::DbStatus status);
    void startAfresh(bool quarantine);
    void workWithoutCache(const QString &why);
    void forgetDevice();
    void showOutbox();
    // Waiting changes in profiles an earlier address of this server left behind:
    // read with their keys, then offered to the person (add, later, discard).
    void offerEarlierChanges();
    struct Earlier
    {
        QString path;
        QByteArray key;
        QList<Cache::OutboxRecord> records;
        bool knownOwner = false;
    };
    void askAboutEarlier(const QList<Earlier> &found);
    // Tries to reach the server now and sends what waits (or asks about what was refused).
    void sendNow();
    void updateBanner();
    QString kdfFile() const;

    BackendConnection *m_connection; // not owned
    SessionService *m_session;       // not owned
    FlowsService *m_flows;           // not owned
    CacheStore *m_cache;
    KeyStore *m_keys;
    Outbox *m_outbox;
    OfflineController *m_controller;
    TransactionsOfflineLink *m_transactions;
    QPointer<MainWindow> m_window;
    QPointer<OfflineBanner> m_banner;
    QPointer<QAction> m_forgetAction;
    QString m_profileId;
    QString m_path;
    QString m_username;
    // The backend's latest catalogue, kept until the cache is open to take it.
    QList<Flow> m_latestFlows;
    bool m_haveLatestFlows = false;
    QString m_backend;
    bool m_usesPassphrase = false;
    bool m_offlineWindow = false;
    bool m_stateReady = false;
    bool m_earlierOffered = false;
};

} // namespace Flowdesk
