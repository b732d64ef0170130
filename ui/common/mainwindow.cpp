#include "mainwindow.h"

#include "backendconnection.h"
#include "dashboard/flowspage.h"
#include "languagemenu.h"
#include "layoutmemory.h"
#include "shortcutsdialog.h"
#include "session/statusindicator.h"
#include "sessionservice.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QScreen>
#include <QStatusBar>

namespace Flowdesk {

MainWindow::MainWindow(SessionService *session, FlowsService *flows, EventFollower *events, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Flowdesk"));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget { background: palette(alternate-base); border-right: 1px solid palette(mid); padding-top: 8px; }"
        "QListWidget::item { padding: 8px 14px; border-radius: 4px; margin: 0 6px; color: palette(text); }"
        "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); "
        "font-weight: bold; }"));
    m_navigation->setFixedWidth(150);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_pages = new QStackedWidget(this);
    m_flowsPage = new FlowsPage(flows, events, m_pages);
    // Exceptions, Dashboard, Connectors and Audit join here as pages of their own.
    addPage(tr("Flows"), tr("Integration routes and how many transactions are in each state"), m_flowsPage);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // A click beside the names leaves the page shown, and marked as shown.
    connect(m_navigation, &QListWidget::itemSelectionChanged, this, [this] {
        if (m_navigation->selectedItems().isEmpty() && m_navigation->currentItem())
            m_navigation->currentItem()->setSelected(true);
    });
    m_navigation->setCurrentRow(0);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_indicator = new StatusIndicator(this);
    m_sessionLabel = new QLabel(this);
    m_sessionLabel->setObjectName(QStringLiteral("sessionLabel"));
    statusBar()->addWidget(m_indicator);
    statusBar()->addPermanentWidget(m_sessionLabel);

    BackendConnection *connection = session->connection();
    m_indicator->setConnectionState(connection->connectionState());
    connect(connection, &BackendConnection::connectionStateChanged, m_indicator, &StatusIndicator::setConnectionState);
    connect(session, &SessionService::loggedIn, this, [this](const Session &s) {
        m_expired = false;
        if (m_reloginAction)
            m_reloginAction->setEnabled(false);
        updateSession(s);
    });
    connect(session, &SessionService::sessionExpired, this, [this] {
        m_expired = true;
        if (m_reloginAction)
            m_reloginAction->setEnabled(true);
        updateSession(m_session->session());
    });
    connect(session, &SessionService::userRefreshed, this, [this] { updateSession(m_session->session()); });
    updateSession(session->session());

    createMenus();
    // Where the person left it; else most of the screen: the flows table has many columns.
    LayoutMemory::restoreGeometry(this, QStringLiteral("layout/mainWindow"), QSize(1480, 920));
}

MainWindow::~MainWindow()
{
    saveLayout();
}

QString MainWindow::layoutGroup(const QWidget *page)
{
    const QString name = page->objectName().isEmpty() ? QString::fromLatin1(page->metaObject()->className())
                                                      : page->objectName();
    return QStringLiteral("layout/page/") + QString(name).replace(QLatin1String("::"), QLatin1String("_"));
}

void MainWindow::saveLayout()
{
    LayoutMemory::saveGeometry(this, QStringLiteral("layout/mainWindow"));
    for (int i = 0; i < m_pages->count(); ++i)
        LayoutMemory::save(m_pages->widget(i), layoutGroup(m_pages->widget(i)));
}

QString MainWindow::placeOf(const QObject *object) const
{
    for (const QObject *o = object; o; o = o->parent()) {
        if (!o->isWidgetType())
            continue;
        const int index = m_pages->indexOf(const_cast<QWidget *>(static_cast<const QWidget *>(o)));
        if (index >= 0) {
            const QListWidgetItem *item = m_navigation->item(index);
            return item ? item->data(Qt::UserRole).toString() : QString();
        }
    }
    return {};
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

namespace {
// A page's name in the navigation bar: on two lines where it is wider than the bar
// ("Commandes bloquées", "Hängende Aufträge"), its bold form (when chosen) included.
// The whole name stays the item's data, for the Go menu.
QListWidgetItem *navigationItem(const QListWidget *bar, const QString &title, const QString &toolTip)
{
    QFont bold = bar->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    // The bar's width less the item's margins and padding (its style sheet) and spacing.
    const int room = bar->width() - 2 * 6 - 2 * 14 - 2 * bar->spacing() - 4;
    QString shown = title;
    if (metrics.horizontalAdvance(title) > room) {
        // Break at the space that leaves the longest first line within the room.
        for (qsizetype at = title.lastIndexOf(QLatin1Char(' ')); at > 0; at = title.lastIndexOf(QLatin1Char(' '), at - 1)) {
            if (metrics.horizontalAdvance(title.left(at)) <= room || title.lastIndexOf(QLatin1Char(' '), at - 1) < 0) {
                shown = title.left(at) + QLatin1Char('\n') + title.mid(at + 1);
                break;
            }
        }
    }
    auto *item = new QListWidgetItem(shown);
    item->setData(Qt::UserRole, title);
    item->setToolTip(toolTip);
    item->setData(Qt::AccessibleTextRole, title);
    return item;
}
} // namespace

void MainWindow::addPage(const QString &title, const QString &toolTip, QWidget *page)
{
    m_navigation->addItem(navigationItem(m_navigation, title, toolTip));
    m_pages->addWidget(page);
    LayoutMemory::restore(page, layoutGroup(page));
    updatePageActions();
}

void MainWindow::insertPage(int index, const QString &title, const QString &toolTip, QWidget *page)
{
    const QSignalBlocker blocker(m_navigation);
    QWidget *current = m_pages->currentWidget();
    m_navigation->insertItem(index, navigationItem(m_navigation, title, toolTip));
    m_pages->insertWidget(index, page);
    LayoutMemory::restore(page, layoutGroup(page));
    if (current)
        m_navigation->setCurrentRow(m_pages->indexOf(current));
    updatePageActions();
}

void MainWindow::updatePageActions()
{
    if (!m_goMenu)
        return;
    m_goMenu->clear();
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction *go = m_goMenu->addAction(m_navigation->item(i)->data(Qt::UserRole).toString());
        go->setObjectName(QStringLiteral("goToPage%1").arg(i + 1));
        go->setToolTip(m_navigation->item(i)->toolTip());
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] {
            m_navigation->setCurrentRow(i);
            // The page takes the keyboard, so that its own shortcuts work at once.
            if (QWidget *page = m_pages->widget(i)) {
                if (page->isAncestorOf(QApplication::focusWidget()))
                    return;
                if (page->focusProxy()) {
                    page->setFocus(Qt::ShortcutFocusReason);
                    return;
                }
                const auto children = page->findChildren<QWidget *>();
                for (QWidget *w : children) {
                    if (w->isVisibleTo(page) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                        w->setFocus(Qt::ShortcutFocusReason);
                        return;
                    }
                }
                page->setFocus(Qt::ShortcutFocusReason);
            }
        });
    }
}

QMenu *MainWindow::settingsMenu()
{
    if (!m_settingsMenu) {
        m_settingsMenu = new QMenu(tr("&Settings"), this);
        m_settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
        menuBar()->insertMenu(m_helpMenu->menuAction(), m_settingsMenu);
    }
    return m_settingsMenu;
}

void MainWindow::showPage(QWidget *page)
{
    const int index = m_pages->indexOf(page);
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

void MainWindow::addLeaveGuard(QObject *owner, LeaveGuard guard)
{
    m_leaveGuards.append({QPointer<QObject>(owner), std::move(guard)});
}

bool MainWindow::mayLeave()
{
    const auto guards = m_leaveGuards;
    for (const auto &[owner, guard] : guards) {
        if (owner && guard && !guard())
            return false;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_leaveApproved && !mayLeave()) {
        event->ignore();
        return;
    }
    m_leaveApproved = true;
    QMainWindow::closeEvent(event);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_reloginAction = file->addAction(tr("Sign &In Again…"));
    m_reloginAction->setObjectName(QStringLiteral("signInAgainAction"));
    m_reloginAction->setEnabled(false);
    m_reloginAction->setToolTip(tr("Only needed after your session has expired"));
    connect(m_reloginAction, &QAction::triggered, this, &MainWindow::reloginRequested);
    QAction *logout = file->addAction(tr("&Sign Out"));
    logout->setObjectName(QStringLiteral("signOutAction"));
    connect(logout, &QAction::triggered, this, [this] {
        if (mayLeave())
            emit logoutRequested();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, [this] {
        if (!mayLeave())
            return;
        m_leaveApproved = true; // the windows closing on quit do not ask again
        emit quitRequested();
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, m_flowsPage, &FlowsPage::reload);
    view->addSeparator();
    view->addMenu(LanguageChoice::makeMenu(this));

    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_goMenu->setObjectName(QStringLiteral("goMenu"));
    updatePageActions();

    QMenu *help = m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"));
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Flowdesk"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

QString MainWindow::sessionText() const
{
    return m_sessionLabel->text();
}

void MainWindow::updateSession(const Session &session)
{
    const User &u = session.user;
    if (u.username.isEmpty()) {
        m_sessionLabel->setText(tr("Not signed in"));
        return;
    }
    const QString name = u.displayName.isEmpty() ? u.username : u.displayName;
    if (m_expired)
        m_sessionLabel->setText(tr("Session of %1 expired · sign in again to continue (File ▸ Sign In Again)").arg(name));
    else
        m_sessionLabel->setText(tr("Signed in as %1 · %2 · %3").arg(name, roleName(u.role), u.scopeText()));
    m_sessionLabel->setToolTip(tr("Server: %1\nPermissions: %2").arg(session.server, u.permissions.join(QStringLiteral(", "))));
    setWindowTitle(tr("Flowdesk — %1 on %2").arg(u.username, session.server));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Flowdesk"),
                       tr("<h3>Flowdesk %1</h3>"
                          "<p>Operations and exception-management console for manufacturing "
                          "integration middleware.</p>"
                          "<p>Sees failed and stuck transactions between ERP, CRM, MES, WMS and "
                          "partner systems, in business terms.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace Flowdesk
