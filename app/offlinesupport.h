#pragma once

#include "cachestore.h"
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

    CacheStore *cache() const { return m_cache; }
    Outbox *outbox() const { return m_outbox; }
    OfflineController *controller() const { return m_controller; }

private:
    void openProfile();
    void onKey(const KeyStore::Result &result);
    void askPassphrase(bool create, const QString &error = {});
    void openWithKey(const QByteArray &key);
    void onOpened(Cache::DbStatus status);
    void offerFreshStart(Cache::DbStatus status);
    void startAfresh(bool quarantine);
    void workWithoutCache(const QString &why);
    void forgetDevice();
    void showOutbox();
    void updateBanner();
    QString kdfFile() const;

    BackendConnection *m_connection; // not owned
    SessionService *m_session;       // not owned
    FlowsService *m_flows;           // not owned
    CacheStore *m_cache;
    KeyStore *m_keys;
    Outbox *m_outbox;
    OfflineController *m_controller;
    QPointer<MainWindow> m_window;
    QPointer<OfflineBanner> m_banner;
    QPointer<QAction> m_forgetAction;
    QString m_profileId;
    QString m_path;
    bool m_usesPassphrase = false;
};

} // namespace Flowdesk
