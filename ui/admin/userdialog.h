#pragma once

#include "adminuser.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Flowdesk {

class AdminService;

// Creates an account, changes its role and scopes, or sets a new password.
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, Edit, ResetPassword };

    UserDialog(AdminService *admin, Mode mode, const AdminUser &user = {}, QWidget *parent = nullptr);

    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QComboBox *roleCombo() const { return m_role; }
    QCheckBox *domainCheck(const QString &domain) const { return m_domains.value(domain); }
    QCheckBox *plantCheck(const QString &plant) const { return m_plants.value(plant); }
    QPushButton *okButton() const { return m_ok; }
    QString problemText() const;

    void submit();

signals:
    void userSaved(const Flowdesk::AdminUser &user);
    void passwordReset(const QString &username);

private:
    void validate();
    Role selectedRole() const;
    QStringList checked(const QMap<QString, QCheckBox *> &boxes) const;
    void fail(const QString &text);

    AdminService *m_admin; // not owned
    Mode m_mode;
    AdminUser m_original;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_scopeHint = nullptr;
    QMap<QString, QCheckBox *> m_domains;
    QMap<QString, QCheckBox *> m_plants;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
    bool m_sending = false;
};

} // namespace Flowdesk
