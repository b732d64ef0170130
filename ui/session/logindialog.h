#pragma once

#include "serviceerror.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Flowdesk {

class BackendConnection;
class SessionService;
struct Session;

// Asks for server, user name and password and signs in. Remembers the servers
// used before (never the password). In re-login mode server and user are fixed and
// the dialog explains that the session expired and the work is kept.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(SessionService *session, BackendConnection *connection, QWidget *parent = nullptr);

    // Demo mode: the server is the local demo backend and cannot be changed.
    void setFixedServer(const QString &target, const QString &label);
    void setReloginMode(const QString &username);
    void setUsername(const QString &username);
    void setIntroText(const QString &text);
    void showError(const QString &message);

    QString server() const;
    QString username() const;

    static QStringList rememberedServers();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The wrapped texts (the intro, a message) take the height they need at the
    // dialog's width: the dialog grows instead of squeezing the fields.
    void fitHeight();
    void submit();
    void setBusy(bool busy);
    void onLoggedIn();
    void onLoginFailed(const ServiceError &error);
    void updateButtons();

    SessionService *m_session;       // not owned
    BackendConnection *m_connection; // not owned
    QFormLayout *m_form;
    QLabel *m_intro;
    QComboBox *m_server;
    QLabel *m_fixedServer;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
    QLabel *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signIn;
    QString m_fixedTarget;
    bool m_busy = false;
};

} // namespace Flowdesk
