#pragma once

#include "commandline.h"

#include <QObject>
#include <QPointer>

namespace Flowdesk {

class BackendConnection;
class DemoBackend;
class EventFollower;
class FlowsService;
class LoginDialog;
class MainWindow;
class OfflineSupport;
class SessionService;
struct Session;

// The composition root: builds the services, hands them to the windows, and
// walks the person through signing in, working, signing out and quitting.
class ConsoleApp : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleApp(const CommandLine &options, QObject *parent = nullptr);
    ~ConsoleApp() override;

    // The language the person reads the console in ("de"); the backend answers in it.
    void setLanguage(const QString &language);
    void start();

private:
    void startDemoBackend();
    void showLogin(const QString &error = {});
    void onLoggedIn();
    void openSavedData(const QString &username);
    void addDashboardPages();
    void addNotifications();
    // The event feed resumes where it stopped last time (saved in the cache).
    void startEvents();
    void onSessionExpired();
    void signOut();
    void quit();

    CommandLine m_options;
    BackendConnection *m_connection;
    SessionService *m_session;
    FlowsService *m_flows;
    EventFollower *m_events;
    OfflineSupport *m_offline;
    DemoBackend *m_demo = nullptr;
    QPointer<MainWindow> m_window;
    QPointer<LoginDialog> m_login;
    QString m_demoTarget;
    bool m_relogin = false;
};

} // namespace Flowdesk
