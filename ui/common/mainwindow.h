#pragma once

#include "domain.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QListWidget;
class QStackedWidget;

namespace Flowdesk {

class BackendConnection;
class EventFollower;
class FlowsPage;
class FlowsService;
class SessionService;
class StatusIndicator;

// The console's window: navigation on the left, one page per area, the connection
// and the session in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(SessionService *session, FlowsService *flows, EventFollower *events, QWidget *parent = nullptr);
    // Keeps the window's geometry and each page's splitters and columns for the next start.
    ~MainWindow() override;

    FlowsPage *flowsPage() const { return m_flowsPage; }
    StatusIndicator *connectionIndicator() const { return m_indicator; }
    QString sessionText() const;

    // Pages are added by the composition root in navigation order; each page
    // decides itself what the session's role lets it show.
    void addPage(const QString &title, const QString &toolTip, QWidget *page);
    // Puts a page at a given place in the navigation (0: first); the page shown stays.
    void insertPage(int index, const QString &title, const QString &toolTip, QWidget *page);
    // Brings a page to the front (drill-down from one page to another).
    void showPage(QWidget *page);
    // The title of the page an object belongs to; empty for the window's own (menus, status bar).
    QString placeOf(const QObject *object) const;
    // Help ▸ Keyboard Shortcuts.
    void showShortcuts();
    // Writes where the person left the window and its pages (also done when it goes).
    void saveLayout();
    // Settings ▸ …: parts of the console with settings of their own add their entries here.
    QMenu *settingsMenu();

    // Asked before the window closes, the person quits or signs out: a guard may ask
    // the person (unsaved edits, changes waiting to be sent) and answers whether to go
    // on. Guards run in the order they were added; the first "no" stops.
    using LeaveGuard = std::function<bool()>;
    void addLeaveGuard(QObject *owner, LeaveGuard guard);
    bool mayLeave();

signals:
    void reloginRequested();
    void logoutRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    // Go ▸ one entry per page, Ctrl+1 … Ctrl+9 in navigation order.
    void updatePageActions();
    void updateSession(const Session &session);
    void showAbout();
    static QString layoutGroup(const QWidget *page);

    SessionService *m_session; // not owned
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    FlowsPage *m_flowsPage;
    StatusIndicator *m_indicator;
    QLabel *m_sessionLabel;
    QAction *m_reloginAction = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    bool m_expired = false;
    bool m_leaveApproved = false;
    QList<QPair<QPointer<QObject>, LeaveGuard>> m_leaveGuards;
};

} // namespace Flowdesk
