#include "logindialog.h"

#include "common/colours.h"

#include "backendconnection.h"
#include "sessionservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Flowdesk {

namespace {
const char ServersKey[] = "login/servers";
const char LastUserKey[] = "login/lastUser";
constexpr int MaxRememberedServers = 8;
} // namespace

LoginDialog::LoginDialog(SessionService *session, BackendConnection *connection, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_connection(connection)
{
    setWindowTitle(tr("Sign in to Flowdesk"));
    setObjectName(QStringLiteral("loginDialog"));

    auto *title = new QLabel(tr("Sign in to Flowdesk"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_intro = new QLabel(tr("Use the account your administrator gave you."), this);
    m_intro->setWordWrap(true);

    m_server = new QComboBox(this);
    m_server->setObjectName(QStringLiteral("serverCombo"));
    m_server->setEditable(true);
    m_server->setInsertPolicy(QComboBox::NoInsert);
    m_server->addItems(rememberedServers());
    m_server->lineEdit()->setPlaceholderText(tr("host:port, e.g. flowdesk.example.com:8443"));
    m_server->setMinimumContentsLength(28);
    m_server->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_fixedServer = new QLabel(this);
    m_fixedServer->setObjectName(QStringLiteral("fixedServerLabel"));
    m_fixedServer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fixedServer->hide();

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setText(QSettings().value(QLatin1String(LastUserKey)).toString());

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Colours::bannerStyle(Colours::Signal::Error, QStringLiteral("QLabel"),
                                                QStringLiteral("border-radius: 4px; padding: 6px;")));
    m_error->hide();

    m_progress = new QLabel(tr("Signing in…"), this);
    m_progress->setObjectName(QStringLiteral("progressLabel"));
    m_progress->hide();

    auto *form = m_form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("Server:"), m_fixedServer);
    form->setRowVisible(1, false);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    m_buttons = new QDialogButtonBox(this);
    m_signIn = m_buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(m_intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_user, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    connect(m_server, &QComboBox::currentTextChanged, this, &LoginDialog::updateButtons);
    connect(m_session, &SessionService::loggedIn, this, &LoginDialog::onLoggedIn);
    connect(m_session, &SessionService::loginFailed, this, &LoginDialog::onLoginFailed);

    if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
    updateButtons();
}

QStringList LoginDialog::rememberedServers()
{
    return QSettings().value(QLatin1String(ServersKey)).toStringList();
}

void LoginDialog::setFixedServer(const QString &target, const QString &label)
{
    m_fixedTarget = target;
    m_fixedServer->setText(label);
    m_form->setRowVisible(0, false);
    m_form->setRowVisible(1, true);
    m_fixedServer->show();
    updateButtons();
}

void LoginDialog::setReloginMode(const QString &username)
{
    setWindowTitle(tr("Session expired"));
    m_intro->setText(tr("Your session has expired. Sign in again to continue; your open work is kept "
                        "and anything that was waiting is sent once you are signed in."));
    if (m_fixedTarget.isEmpty())
        setFixedServer(m_connection->target(), m_connection->target());
    m_user->setText(username);
    m_user->setReadOnly(true);
    m_password->clear();
    m_password->setFocus();
    updateButtons();
}

void LoginDialog::setIntroText(const QString &text)
{
    m_intro->setText(text);
    fitHeight();
}

void LoginDialog::setUsername(const QString &username)
{
    m_user->setText(username);
    m_password->setFocus();
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    fitHeight();
}

void LoginDialog::fitHeight()
{
    QLayout *l = layout();
    if (!l)
        return;
    l->activate();
    // A top-level window's minimum ignores height-for-width: wrapped labels are
    // otherwise given their one-line height and the fields pay for the rest.
    const int needed = l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
    if (minimumHeight() != needed)
        setMinimumHeight(needed);
    if (height() < needed)
        resize(width(), needed);
}

void LoginDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitHeight();
}

void LoginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitHeight();
}

QString LoginDialog::server() const
{
    return m_fixedTarget.isEmpty() ? m_server->currentText().trimmed() : m_fixedTarget;
}

QString LoginDialog::username() const
{
    return m_user->text().trimmed();
}

void LoginDialog::updateButtons()
{
    m_signIn->setEnabled(!m_busy && !server().isEmpty() && !username().isEmpty() && !m_password->text().isEmpty());
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_server->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_progress->setVisible(busy);
    updateButtons();
    fitHeight();
}

void LoginDialog::submit()
{
    if (m_busy || !m_signIn->isEnabled())
        return;
    QString target = server();
    if (!target.contains(QLatin1Char(':'))) {
        showError(tr("Enter the server as host:port, for example flowdesk.example.com:8443."));
        return;
    }
    showError(QString());
    setBusy(true);
    m_connection->setTarget(target);
    m_session->login(username(), m_password->text());
}

void LoginDialog::onLoggedIn()
{
    if (!m_busy)
        return;
    setBusy(false);
    m_password->clear();
    if (m_fixedTarget.isEmpty()) {
        QStringList servers = rememberedServers();
        servers.removeAll(server());
        servers.prepend(server());
        while (servers.size() > MaxRememberedServers)
            servers.removeLast();
        QSettings settings;
        settings.setValue(QLatin1String(ServersKey), servers);
    }
    QSettings().setValue(QLatin1String(LastUserKey), username());
    accept();
}

void LoginDialog::onLoginFailed(const ServiceError &error)
{
    if (!m_busy)
        return;
    setBusy(false);
    showError(error.loginMessage());
    m_password->selectAll();
    m_password->setFocus();
}

} // namespace Flowdesk
