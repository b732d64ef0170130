#include "userspage.h"

#include "adminservice.h"
#include "sessionservice.h"
#include "userdialog.h"
#include "userlistmodel.h"

#include "common/pagewidgets.h"

#include <QAction>
#include <QShowEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Flowdesk {

namespace {
const QString kUsersManage = QStringLiteral("users.manage");
} // namespace

UsersPage::UsersPage(AdminService *admin, SessionService *session, QWidget *parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_session(session)
    , m_model(createUserListModel(this))
{
    setObjectName(QStringLiteral("usersPage"));
    auto *title = PageWidgets::createTitle(tr("Users"), this);

    m_denied = new QLabel(this);
    m_denied->setObjectName(QStringLiteral("usersDeniedLabel"));
    m_denied->setWordWrap(true);
    m_denied->setAlignment(Qt::AlignCenter);

    auto *content = new QWidget(this);
    auto *toolbar = PageWidgets::createToolBar(tr("User actions"), content);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *refresh = toolbar->addAction(tr("Refresh"));
    refresh->setToolTip(tr("Load the accounts again"));
    connect(refresh, &QAction::triggered, this, &UsersPage::reload);
    toolbar->addSeparator();
    m_new = toolbar->addAction(tr("New User…"));
    m_new->setObjectName(QStringLiteral("newUserAction"));
    m_edit = toolbar->addAction(tr("Change Role and Scope…"));
    m_edit->setObjectName(QStringLiteral("editUserAction"));
    m_disable = toolbar->addAction(tr("Disable"));
    m_disable->setObjectName(QStringLiteral("disableUserAction"));
    m_reset = toolbar->addAction(tr("Reset Password…"));
    m_reset->setObjectName(QStringLiteral("resetPasswordAction"));

    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("usersView"));
    m_view->setAccessibleName(tr("Users"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_message = new MessageLine(QStringLiteral("usersMessage"), content);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(toolbar);
    contentLayout->addWidget(m_message);
    contentLayout->addWidget(m_view, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(content);
    m_stack->addWidget(m_denied);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_stack, 1);

    connect(m_new, &QAction::triggered, this, [this] { openDialog(int(UserDialog::Mode::Create)); });
    connect(m_edit, &QAction::triggered, this, [this] { openDialog(int(UserDialog::Mode::Edit)); });
    connect(m_reset, &QAction::triggered, this, [this] { openDialog(int(UserDialog::Mode::ResetPassword)); });
    connect(m_disable, &QAction::triggered, this, [this] {
        const AdminUser u = selectedUser();
        if (u.user.username.isEmpty())
            return;
        if (!u.disabled
            && QMessageBox::question(this, tr("Disable %1").arg(u.user.username),
                                     tr("%1 will no longer be able to sign in. Their past actions stay in the audit "
                                        "trail. Disable the account?")
                                         .arg(u.user.displayName.isEmpty() ? u.user.username : u.user.displayName))
                != QMessageBox::Yes)
            return;
        toggleSelectedDisabled();
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            openDialog(int(UserDialog::Mode::Edit));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UsersPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateActions);
    connect(m_session, &SessionService::loggedIn, this, &UsersPage::reload);
    updateActions();
}

bool UsersPage::allowed() const
{
    return m_session->session().user.can(kUsersManage);
}

QString UsersPage::deniedText() const
{
    return m_stack->currentWidget() == m_denied ? m_denied->text() : QString();
}

QString UsersPage::messageText() const
{
    return m_message->message();
}

void UsersPage::reload()
{
    if (!allowed()) {
        const User user = m_session->session().user;
        QString text = tr("Only IT admins manage accounts and roles.\n\nYou are signed in as %1 (%2). "
                          "Ask an IT admin to create an account, change a role or reset a password.")
                           .arg(user.displayName.isEmpty() ? user.username : user.displayName, roleName(user.role));
        if (user.can(QStringLiteral("audit.read_all")))
            text += QStringLiteral("\n\n") + tr("Every account change is in the audit trail: on the Audit page, choose "
                                                 "the target User.");
        m_denied->setText(text);
        m_stack->setCurrentWidget(m_denied);
        m_model->setUsers({});
        return;
    }
    m_stack->setCurrentIndex(0);
    m_admin->listUsers(this, [this](const ServiceError &error, const QList<AdminUser> &users) {
        if (!error.isOk()) {
            showMessage(tr("Accounts could not be loaded: %1").arg(error.userMessage()), true);
            return;
        }
        const QString selected = selectedUser().user.username;
        m_model->setUsers(users);
        const int row = m_model->rowOf(selected);
        if (row >= 0)
            m_view->selectRow(row);
        emit usersLoaded();
    });
}

AdminUser UsersPage::selectedUser() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? AdminUser() : m_model->user(rows.first());
}

void UsersPage::updateActions()
{
    const AdminUser u = selectedUser();
    const bool admin = allowed();
    const bool selected = !u.user.username.isEmpty();
    const bool self = selected && u.user.username == m_session->session().user.username;
    auto gate = [&](QAction *action, const QString &why, const QString &ok) {
        action->setEnabled(why.isEmpty());
        action->setToolTip(why.isEmpty() ? ok : why);
    };
    const QString notAdmin = tr("Only IT admins can manage users");
    const QString busy = m_busy ? tr("Waiting for the previous action to finish") : QString();
    gate(m_new, !admin ? notAdmin : busy, tr("Create an account"));
    auto needsSelection = [&]() -> QString {
        if (!admin)
            return notAdmin;
        if (!busy.isEmpty())
            return busy;
        if (!selected)
            return tr("Select an account first");
        return {};
    };
    gate(m_edit, needsSelection(), tr("Change the role, business domains or plants of %1").arg(u.user.username));
    m_disable->setText(selected && u.disabled ? tr("Enable") : tr("Disable"));
    QString disableWhy = needsSelection();
    if (disableWhy.isEmpty() && self)
        disableWhy = tr("You cannot disable your own account");
    gate(m_disable, disableWhy,
         u.disabled ? tr("Let %1 sign in again").arg(u.user.username)
                    : tr("Stop %1 from signing in; the account and its history stay").arg(u.user.username));
    gate(m_reset, needsSelection(), tr("Set a new password for %1").arg(u.user.username));
}

void UsersPage::showMessage(const QString &text, bool error)
{
    m_message->showMessage(text, error);
    emit actionFinished(text);
}

void UsersPage::toggleSelectedDisabled()
{
    const AdminUser u = selectedUser();
    if (u.user.username.isEmpty() || !m_disable->isEnabled())
        return;
    UserChange change;
    change.username = u.user.username;
    change.disabled = !u.disabled;
    change.changed << QStringLiteral("disabled");
    m_busy = true;
    updateActions();
    m_admin->updateUser(this, change, [this](const ServiceError &error, const AdminUser &saved) {
        m_busy = false;
        if (!error.isOk()) {
            updateActions();
            showMessage(error.userMessage(), true);
            return;
        }
        m_model->upsertUser(saved);
        updateActions();
        showMessage(saved.disabled ? tr("%1 is disabled and can no longer sign in.").arg(saved.user.username)
                                   : tr("%1 can sign in again.").arg(saved.user.username),
                    false);
    });
}

void UsersPage::openDialog(int mode)
{
    const auto m = static_cast<UserDialog::Mode>(mode);
    const AdminUser u = m == UserDialog::Mode::Create ? AdminUser() : selectedUser();
    auto *dialog = new UserDialog(m_admin, m, u, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::userSaved, this, [this, m](const AdminUser &saved) {
        m_model->upsertUser(saved);
        m_view->selectRow(m_model->rowOf(saved.user.username));
        showMessage(m == UserDialog::Mode::Create ? tr("Account %1 created.").arg(saved.user.username)
                                                  : tr("Account %1 changed.").arg(saved.user.username),
                    false);
    });
    connect(dialog, &UserDialog::passwordReset, this, [this](const QString &username) {
        showMessage(tr("New password set for %1. Failed sign-in attempts were reset.").arg(username), false);
    });
    dialog->open();
}

void UsersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The page shows the current state whenever the person comes back to it.
    if (!event->spontaneous())
        reload();
}

} // namespace Flowdesk
