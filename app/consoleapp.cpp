#include "consoleapp.h"

#include "admin/auditpage.h"
#include "admin/connectorspage.h"
#include "admin/userspage.h"
#include "adminservice.h"
#include "backendconnection.h"
#include "common/colours.h"
#include "common/mainwindow.h"
#include "common/notifications.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/flowspage.h"
#include "dashboard/stuckorderspage.h"
#include "dashboardservice.h"
#include "demobackend.h"
#include "eventfollower.h"
#include "exceptionlistmodel.h"
#include "exceptions/exceptionspage.h"
#include "flowmodelinterface.h"
#include "flowsservice.h"
#include "offlinecontroller.h"
#include "offlinesupport.h"
#include "session/logindialog.h"
#include "sessionservice.h"
#include "singleinstance.h"
#include "transactionsservice.h"

#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QSysInfo>
#include <QTableView>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace Flowdesk {

namespace {
// Administration pages, after the others: connectors for everyone who may read
// them, users for IT admins (others see why), the audit trail.
void addAdminPages(MainWindow *window, BackendConnection *connection, SessionService *session, EventFollower *events)
{
    auto *admin = new AdminService(connection, window);
    auto *connectors = new ConnectorsPage(admin, session, events);
    window->addPage(QCoreApplication::translate("Flowdesk::ConsoleApp", "Connectors"),
                    QCoreApplication::translate("Flowdesk::ConsoleApp",
                                                "Target systems: status, pause and resume, credentials (IT admins)"),
                    connectors);
    auto *users = new UsersPage(admin, session);
    const bool usersAllowed = session->session().user.can(QStringLiteral("users.manage"));
    window->addPage(QCoreApplication::translate("Flowdesk::ConsoleApp", "Users"),
                    usersAllowed ? QCoreApplication::translate("Flowdesk::ConsoleApp", "Accounts, roles and scopes")
                                 : QCoreApplication::translate("Flowdesk::ConsoleApp",
                                                               "Accounts and roles: only IT admins manage users"),
                    users);
    auto *audit = new AuditPage(admin, session);
    window->addPage(QCoreApplication::translate("Flowdesk::ConsoleApp", "Audit"),
                    QCoreApplication::translate("Flowdesk::ConsoleApp", "Who changed what, and proof that the trail is intact"),
                    audit);
    connectors->reload();
    users->reload();
    audit->reload();
}

// The exception workbench, second after Flows; a double click on a flow shows its exceptions.
ExceptionsPage *addExceptionsPage(MainWindow *window, BackendConnection *connection, SessionService *session,
                                  EventFollower *events, OfflineSupport *offline)
{
    // Saved pages first, changes wait in the outbox while the server cannot be reached.
    // The service has the store before the page asks for its first page, so that it is saved.
    auto *service = new TransactionsService(connection, window);
    service->setOfflineStore(offline->transactionsStore());
    auto *page = new ExceptionsPage(service, session, events);
    page->setOfflineStore(offline->transactionsStore());
    QObject::connect(page, &ExceptionsPage::reviewOfflineChangesRequested, offline,
                     &OfflineSupport::reviewWaitingChanges);
    QObject::connect(offline->controller(), &OfflineController::backOnline, page, [page, offline] {
        if (!offline->isOfflineWindow())
            page->reload();
    });
    // When the first page of exceptions arrived (for support, and for the
    // start-up benchmark, which reads the log).
    QObject::connect(page->model(), &ExceptionListModel::pageLoaded, page, [page] {
        const auto logger = spdlog::get("console");
        (logger ? logger : spdlog::default_logger())
            ->info("first page of exceptions shown: {} rows", page->model()->rowCount());
    }, Qt::SingleShotConnection);
    window->addPage(QCoreApplication::translate("Flowdesk::ConsoleApp", "Exceptions"),
                    QCoreApplication::translate("Flowdesk::ConsoleApp",
                                                "Failed transactions by business impact: find, fix, resubmit"),
                    page);
    // An unsaved payload edit is not lost by quitting, signing out or closing the window.
    window->addLeaveGuard(page, [page] { return page->confirmLeavingEdit(); });
    QObject::connect(window->flowsPage()->view(), &QAbstractItemView::doubleClicked, page,
                     [window, page](const QModelIndex &index) {
        const QString flowId = index.data(FlowIdRole).toString();
        if (flowId.isEmpty())
            return;
        TransactionQuery query;
        query.flowIds << flowId;
        page->showQuery(query);
        window->showPage(page);
    });
    return page;
}
} // namespace

ConsoleApp::ConsoleApp(const CommandLine &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_connection(new BackendConnection(this))
    , m_session(new SessionService(m_connection, this))
    , m_flows(new FlowsService(m_connection, this))
    , m_events(new EventFollower(m_connection, this))
    , m_offline(new OfflineSupport(m_connection, m_session, m_flows, m_events, this))
{
    Colours::applyPaletteFromEnvironment();
    // Without words of a language: the audit reads it in its reader's
    // ("Angemeldet mit flowdesk 0.1.0 (host)").
    m_session->setClientName(QStringLiteral("flowdesk %1 (%2)")
                                 .arg(QApplication::applicationVersion(), QSysInfo::machineHostName()));
    connect(m_session, &SessionService::sessionExpired, this, &ConsoleApp::onSessionExpired);
    // Start-up while the server cannot be reached: offer the data saved on this computer.
    connect(m_session, &SessionService::loginFailed, this, [this](const ServiceError &error) {
        if (m_window || !m_login || !error.isUnreachable())
            return;
        const QString user = OfflineSupport::savedProfileUser(m_connection->target());
        if (user.isEmpty())
            return;
        QMessageBox box(QMessageBox::Question, tr("Server Unreachable"),
                        tr("The server %1 cannot be reached.").arg(m_connection->target()), QMessageBox::NoButton,
                        m_login);
        box.setInformativeText(tr("Open the data saved on this computer for %1? You can look at it but not "
                                  "change it until the server answers again; then Flowdesk asks you to sign in.")
                                   .arg(user));
        QPushButton *open = box.addButton(tr("Open Saved Data"), QMessageBox::AcceptRole);
        box.addButton(tr("Stay Here"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != open || !m_login || m_window)
            return;
        QPointer<LoginDialog> dialog = m_login;
        m_login = nullptr;
        dialog->hide();
        dialog->deleteLater();
        openSavedData(user);
    });
    connect(m_offline, &OfflineSupport::signInNeeded, this, [this](const QString &username) {
        if (m_login)
            return;
        m_relogin = true; // cancelling keeps the window open
        showLogin();
        if (m_login) {
            m_login->setUsername(username);
            m_login->setIntroText(tr("The server answers again. Sign in to bring your saved data up to date "
                                     "and send the changes you made offline."));
        }
    });
}

ConsoleApp::~ConsoleApp()
{
    delete m_login;
    delete m_window;
    m_events->stop();
    if (m_demo)
        m_demo->stop();
}

void ConsoleApp::setLanguage(const QString &language)
{
    m_connection->setLanguage(language);
}

void ConsoleApp::start()
{
    // A second start of the same profile brings the first console to the front and ends.
    auto *instance = new SingleInstance(m_options.demo ? QStringLiteral("demo") : m_options.backend, this);
    if (!instance->claim()) {
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return;
    }
    connect(instance, &SingleInstance::raiseRequested, this, [this] {
        QWidget *front = m_login ? static_cast<QWidget *>(m_login) : static_cast<QWidget *>(m_window);
        if (!front)
            return;
        front->show();
        front->setWindowState(front->windowState() & ~Qt::WindowMinimized);
        front->raise();
        front->activateWindow();
    });
    if (m_options.demo) {
        startDemoBackend();
        return;
    }
    if (!m_options.backend.isEmpty())
        m_connection->setTarget(m_options.backend);
    showLogin();
}

void ConsoleApp::startDemoBackend()
{
    m_demo = new DemoBackend(this);
    connect(m_demo, &DemoBackend::ready, this, [this](const QString &target) {
        m_demoTarget = target;
        m_connection->setTarget(target);
        if (m_options.demoUser.isEmpty()) {
            showLogin();
            return;
        }
        // Signs the demo account in at once; the demo passwords are public.
        connect(m_session, &SessionService::loginFailed, this, [this](const ServiceError &error) {
            if (!m_window && !m_login)
                showLogin(error.loginMessage());
        }, Qt::SingleShotConnection);
        connect(m_session, &SessionService::loggedIn, this, &ConsoleApp::onLoggedIn, Qt::SingleShotConnection);
        m_session->login(m_options.demoUser, QStringLiteral("demo-") + m_options.demoUser);
    });
    // The demo server died: it is started again with the same data; the console is
    // offline meanwhile and reconnects (sending what waits) once it answers.
    connect(m_demo, &DemoBackend::stoppedUnexpectedly, this, [this] {
        if (m_window)
            m_window->statusBar()->showMessage(tr("The demo server stopped; starting it again…"), 10000);
    });
    connect(m_demo, &DemoBackend::restarted, this, [this](const QString &target) {
        m_demoTarget = target;
        m_connection->setTarget(target);
        m_connection->noteReachable();
        if (m_window)
            m_window->statusBar()->showMessage(tr("The demo server is running again."), 8000);
    });
    connect(m_demo, &DemoBackend::failed, this, [this](const QString &message) {
        QMessageBox box(QMessageBox::Critical, tr("Flowdesk demo"),
                        tr("The demo could not be started.\n\n%1").arg(message));
        QPushButton *reset = box.addButton(tr("Reset Demo Data and Retry"), QMessageBox::AcceptRole);
        reset->setToolTip(tr("Deletes the demo server's sample data on this computer and starts afresh"));
        box.addButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() == reset && m_demo->resetData()) {
            m_demo->start();
            return;
        }
        QApplication::exit(1);
    });
    m_demo->start();
}

void ConsoleApp::showLogin(const QString &error)
{
    auto *dialog = new LoginDialog(m_session, m_connection, m_window);
    m_login = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_demoTarget.isEmpty()) {
        dialog->setFixedServer(m_demoTarget, tr("Demo server on this computer (%1)").arg(m_demoTarget));
        dialog->setIntroText(tr("Demo accounts: operator (sales and finance), viewer (plant DE01), admin, "
                                "auditor. The password is \"demo-\" followed by the name, for example "
                                "demo-operator."));
    }
    else if (!m_options.backend.isEmpty())
        dialog->setFixedServer(m_options.backend, m_options.backend);
    if (m_relogin)
        dialog->setReloginMode(m_session->session().user.username);
    else if (!m_options.demoUser.isEmpty())
        dialog->setUsername(m_options.demoUser);
    dialog->showError(error);
    connect(dialog, &QDialog::accepted, this, &ConsoleApp::onLoggedIn);
    connect(dialog, &QDialog::rejected, this, [this] {
        if (m_relogin && m_window)
            return; // the window stays; the status bar tells that calls wait for sign-in
        quit();
    });
    dialog->open();
}

void ConsoleApp::openSavedData(const QString &username)
{
    m_window = new MainWindow(m_session, m_flows, m_events);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::logoutRequested, this, &ConsoleApp::signOut);
    connect(m_window, &MainWindow::quitRequested, this, &ConsoleApp::quit);
    connect(m_window, &QObject::destroyed, this, [this] {
        if (!m_login)
            quit();
    });
    // The saved exceptions and details can be looked at too (read-only: nobody is signed in).
    ExceptionsPage *exceptions = addExceptionsPage(m_window, m_connection, m_session, m_events, m_offline);
    connect(m_offline, &OfflineSupport::savedStateReady, exceptions, [exceptions] { exceptions->showSavedData(); },
            Qt::SingleShotConnection);
    m_offline->attachOffline(m_window, m_connection->target(), username);
    m_window->show();
}

void ConsoleApp::onLoggedIn()
{
    m_relogin = false;
    if (m_window && m_offline->isOfflineWindow()) {
        // The window opened from saved data makes way for the full one.
        disconnect(m_window, nullptr, this, nullptr);
        m_offline->detach();
        m_window->hide();
        m_window->deleteLater();
        m_window = nullptr;
    }
    if (!m_window) {
        m_window = new MainWindow(m_session, m_flows, m_events);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_window, &MainWindow::logoutRequested, this, &ConsoleApp::signOut);
        connect(m_window, &MainWindow::reloginRequested, this, &ConsoleApp::onSessionExpired);
        connect(m_window, &MainWindow::quitRequested, this, &ConsoleApp::quit);
        connect(m_window, &QObject::destroyed, this, [this] {
            if (!m_login)
                quit();
        });
        addExceptionsPage(m_window, m_connection, m_session, m_events, m_offline);
        addDashboardPages();
        addAdminPages(m_window, m_connection, m_session, m_events);
        m_offline->attach(m_window); // offline banner, saved data first, "Forget This Device"
        addNotifications();
        m_window->show();
        startEvents();
        m_window->flowsPage()->reload();
    } else if (!m_events->isRunning()) {
        startEvents();
        m_window->flowsPage()->reload();
    }
}

void ConsoleApp::startEvents()
{
    if (m_offline->isSavedStateReady()) {
        m_events->start(m_offline->controller()->savedSequence());
        return;
    }
    // Once the cache is open the saved sequence is known (-1 without saved data: the live end).
    connect(m_offline, &OfflineSupport::savedStateReady, m_events, [this](qint64 sequence) {
        if (!m_events->isRunning() && m_session->isLoggedIn())
            m_events->start(sequence);
    }, Qt::SingleShotConnection);
    // A keychain or passphrase prompt the person leaves open does not hold the live view up.
    QTimer::singleShot(8000, m_events, [this] {
        if (!m_events->isRunning() && m_session->isLoggedIn())
            m_events->start(-1);
    });
}

void ConsoleApp::addDashboardPages()
{
    // Each page has its own service, so that one page's answers never land in the other.
    auto *dashboardPage = new DashboardPage(new DashboardService(m_connection, m_window), m_session, m_events);
    m_window->insertPage(0, tr("Dashboard"),
                         tr("Flow health at a glance: status per flow, stuck orders, throughput and failures"),
                         dashboardPage);
    auto *stuckPage = new StuckOrdersPage(new DashboardService(m_connection, m_window), m_session, m_events);
    // After Exceptions.
    m_window->addPage(tr("Stuck orders"), tr("Transactions past their SLA and not closed, most overdue first"),
                      stuckPage);
    // Drill-down: a tile, a bar, a point or a stuck order opens the Exceptions page
    // filtered to it.
    if (auto *exceptions = m_window->findChild<ExceptionsPage *>()) {
        auto open = [this, exceptions](const TransactionQuery &query) {
            exceptions->showQuery(query);
            m_window->showPage(exceptions);
        };
        connect(dashboardPage, &DashboardPage::drillDown, exceptions, open);
        connect(stuckPage, &StuckOrdersPage::drillDown, exceptions, open);
    }
    // Plant supervisors come for the dashboard, sales ops and finance for their
    // exceptions; each starts on the page they came for.
    const Role role = m_session->session().user.role;
    if (role == Role::Viewer)
        m_window->showPage(dashboardPage);
    else if (role == Role::Operator) {
        if (auto *exceptions = m_window->findChild<ExceptionsPage *>())
            m_window->showPage(exceptions);
    }
}

void ConsoleApp::addNotifications()
{
    // The tray icon with the open exceptions, notifications of high-value failures and
    // SLA breaches; a click on one opens its transaction.
    auto *notifier = new TrayNotifier(new TransactionsService(m_connection, m_window), m_events,
                                      m_window->flowsPage()->model(), m_window);
    m_window->settingsMenu()->addAction(notifier->settingsAction());
    QPointer<MainWindow> window = m_window;
    connect(notifier, &TrayNotifier::openTransactionRequested, m_window, [window](const QString &id) {
        if (!window)
            return;
        window->show();
        window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
        window->raise();
        window->activateWindow();
        if (id.isEmpty())
            return;
        if (auto *exceptions = window->findChild<ExceptionsPage *>()) {
            window->showPage(exceptions);
            exceptions->openTransaction(id);
        }
    });
}

void ConsoleApp::onSessionExpired()
{
    if (m_login)
        return;
    m_relogin = true;
    showLogin();
}

void ConsoleApp::signOut()
{
    m_events->stop();
    m_offline->detach();
    m_session->logout();
    if (m_window) {
        m_window->hide();
        m_window->deleteLater();
        m_window = nullptr;
    }
    showLogin();
}

void ConsoleApp::quit()
{
    if (m_session->isLoggedIn())
        m_session->logout();
    QApplication::quit();
}

} // namespace Flowdesk
