#pragma once

#include "adminuser.h"
#include "serviceerror.h"

#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;

namespace Flowdesk {

class AdminService;
class MessageLine;
class SessionService;
class UserListModel;

// Accounts and roles, for IT admins. Other roles see why the page is empty.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    UsersPage(AdminService *admin, SessionService *session, QWidget *parent = nullptr);

    void reload();
    UserListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *disableAction() const { return m_disable; }
    QAction *resetPasswordAction() const { return m_reset; }
    QString deniedText() const;
    QString messageText() const;

    // Disables or enables the selected account without asking.
    void toggleSelectedDisabled();

signals:
    void usersLoaded();
    void actionFinished(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateActions();
    void showMessage(const QString &text, bool error);
    void openDialog(int mode);
    AdminUser selectedUser() const;
    bool allowed() const;

    AdminService *m_admin;     // not owned
    SessionService *m_session; // not owned
    UserListModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_denied;
    QTableView *m_view;
    MessageLine *m_message;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_disable;
    QAction *m_reset;
    bool m_busy = false;
};

} // namespace Flowdesk
