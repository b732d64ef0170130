#include "userdialog.h"

#include "common/colours.h"

#include "adminservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Flowdesk {

UserDialog::UserDialog(AdminService *admin, Mode mode, const AdminUser &user, QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_mode(mode)
    , m_original(user)
{
    setObjectName(QStringLiteral("userDialog"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    switch (mode) {
    case Mode::Create: setWindowTitle(tr("New User")); break;
    case Mode::Edit: setWindowTitle(tr("Change User – %1").arg(user.user.username)); break;
    case Mode::ResetPassword: setWindowTitle(tr("Reset Password – %1").arg(user.user.username)); break;
    }

    m_username = new QLineEdit(user.user.username, this);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setMaxLength(64);
    m_username->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9._@-]{0,64}")), m_username));
    m_username->setReadOnly(mode != Mode::Create);
    m_username->setToolTip(mode == Mode::Create ? tr("1 to 64 letters, digits, '.', '_', '-' or '@'")
                                                : tr("A user name cannot be changed"));
    form->addRow(tr("User name:"), m_username);

    if (mode != Mode::ResetPassword) {
        m_displayName = new QLineEdit(user.user.displayName, this);
        m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
        // flowdeskd keeps a display name of up to 256 bytes: 64 characters always fit.
        m_displayName->setMaxLength(64);
        form->addRow(tr("Full name:"), m_displayName);
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("roleCombo"));
        const QList<std::pair<Role, QString>> roles = {
            {Role::Viewer, tr("Plant supervisor: reads the flows of chosen plants")},
            {Role::Operator, tr("Operations: fixes exceptions of chosen business domains")},
            {Role::Admin, tr("IT admin: connectors, credentials, users; replays technical failures")},
            {Role::Auditor, tr("Auditor: reads everything including the audit trail, changes nothing")},
            {Role::Connector, tr("Connector service account: submits transactions only, cannot sign in")},
        };
        for (const auto &[role, description] : roles) {
            m_role->addItem(roleName(role), int(role));
            m_role->setItemData(m_role->count() - 1, description, Qt::ToolTipRole);
        }
        const int index = m_role->findData(int(mode == Mode::Create ? Role::Operator : user.user.role));
        m_role->setCurrentIndex(std::max(0, index));
        form->addRow(tr("Role:"), m_role);
        m_scopeHint = new QLabel(this);
        m_scopeHint->setWordWrap(true);
        m_scopeHint->setStyleSheet(Colours::css(Colours::muted()));
        form->addRow(QString(), m_scopeHint);

        auto *domainBox = new QGroupBox(tr("Business domains (operators)"), this);
        auto *domainGrid = new QGridLayout(domainBox);
        int i = 0;
        for (const QString &domain : knownDomains()) {
            auto *box = new QCheckBox(domainName(domain), domainBox);
            box->setObjectName(QStringLiteral("domain_") + domain);
            box->setChecked(user.user.domains.contains(domain));
            domainGrid->addWidget(box, i / 3, i % 3);
            m_domains.insert(domain, box);
            connect(box, &QCheckBox::toggled, this, &UserDialog::validate);
            ++i;
        }
        auto *plantBox = new QGroupBox(tr("Plants (plant supervisors)"), this);
        auto *plantGrid = new QGridLayout(plantBox);
        i = 0;
        for (const QString &plant : knownPlants()) {
            auto *box = new QCheckBox(plantName(plant), plantBox);
            box->setObjectName(QStringLiteral("plant_") + plant);
            box->setChecked(user.user.plants.contains(plant));
            plantGrid->addWidget(box, i / 2, i % 2);
            m_plants.insert(plant, box);
            connect(box, &QCheckBox::toggled, this, &UserDialog::validate);
            ++i;
        }
        layout->addWidget(domainBox);
        layout->addWidget(plantBox);
        connect(m_role, &QComboBox::currentIndexChanged, this, &UserDialog::validate);
        connect(m_displayName, &QLineEdit::textChanged, this, &UserDialog::validate);
    }
    if (mode != Mode::Edit) {
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("passwordEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(tr("At least 8 characters"));
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("confirmPasswordEdit"));
        m_confirm->setEchoMode(QLineEdit::Password);
        form->addRow(mode == Mode::Create ? tr("Initial password:") : tr("New password:"), m_password);
        form->addRow(tr("Confirm:"), m_confirm);
        connect(m_password, &QLineEdit::textChanged, this, &UserDialog::validate);
        connect(m_confirm, &QLineEdit::textChanged, this, &UserDialog::validate);
    }
    connect(m_username, &QLineEdit::textChanged, this, &UserDialog::validate);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("userProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(Colours::css(Colours::text(Colours::Signal::Error)));
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    const QString okText = mode == Mode::Create ? tr("Create User")
        : mode == Mode::Edit                    ? tr("Save Changes")
                                                : tr("Set Password");
    m_ok = m_buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("userOkButton"));
    m_ok->setDefault(true);
    connect(m_ok, &QPushButton::clicked, this, &UserDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    validate();
}

QString UserDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

Role UserDialog::selectedRole() const
{
    return m_role ? static_cast<Role>(m_role->currentData().toInt()) : Role::Unspecified;
}

QStringList UserDialog::checked(const QMap<QString, QCheckBox *> &boxes) const
{
    QStringList out;
    // Keep the backend's order of domains and plants.
    const QStringList order = (&boxes == &m_domains) ? knownDomains() : knownPlants();
    for (const QString &id : order) {
        if (boxes.value(id) && boxes.value(id)->isChecked())
            out << id;
    }
    return out;
}

void UserDialog::validate()
{
    QString why;
    if (m_role) {
        const Role role = selectedRole();
        const bool domains = role == Role::Operator;
        const bool plants = role == Role::Viewer;
        for (QCheckBox *box : std::as_const(m_domains))
            box->setEnabled(domains);
        for (QCheckBox *box : std::as_const(m_plants))
            box->setEnabled(plants);
        m_scopeHint->setText(m_role->currentData(Qt::ToolTipRole).toString());
        if (domains && checked(m_domains).isEmpty())
            why = tr("Choose at least one business domain for an operator");
        else if (plants && checked(m_plants).isEmpty())
            why = tr("Choose at least one plant for a plant supervisor");
    }
    if (m_username->text().isEmpty())
        why = tr("Enter a user name");
    if (m_password) {
        if (m_password->text().size() < 8)
            why = tr("The password must have at least 8 characters");
        else if (m_confirm->text() != m_password->text())
            why = tr("Enter the same password twice");
    }
    if (m_sending)
        why = tr("Saving…");
    m_ok->setEnabled(why.isEmpty());
    m_ok->setToolTip(why);
}

void UserDialog::fail(const QString &text)
{
    m_sending = false;
    m_problem->setText(text);
    m_problem->show();
    validate();
}

void UserDialog::submit()
{
    if (!m_ok->isEnabled())
        return;
    m_problem->hide();
    const QString username = m_username->text();
    if (m_mode == Mode::ResetPassword) {
        m_sending = true;
        validate();
        m_admin->resetPassword(this, username, m_password->text(), [this, username](const ServiceError &error) {
            if (!error.isOk())
                return fail(tr("The password was not changed: %1").arg(error.userMessage()));
            m_sending = false;
            emit passwordReset(username);
            accept();
        });
        return;
    }
    UserChange change;
    change.username = username;
    change.displayName = m_displayName->text().trimmed();
    change.role = selectedRole();
    // Scopes only mean something for the role that uses them.
    change.domains = change.role == Role::Operator ? checked(m_domains) : QStringList();
    change.plants = change.role == Role::Viewer ? checked(m_plants) : QStringList();
    m_sending = true;
    validate();
    auto done = [this](const ServiceError &error, const AdminUser &saved) {
        if (!error.isOk())
            return fail(tr("Not saved: %1").arg(error.userMessage()));
        m_sending = false;
        emit userSaved(saved);
        accept();
    };
    if (m_mode == Mode::Create) {
        change.password = m_password->text();
        m_admin->createUser(this, change, done);
        return;
    }
    if (change.displayName != m_original.user.displayName)
        change.changed << QStringLiteral("display_name");
    if (change.role != m_original.user.role)
        change.changed << QStringLiteral("role");
    if (change.domains != m_original.user.domains)
        change.changed << QStringLiteral("domains");
    if (change.plants != m_original.user.plants)
        change.changed << QStringLiteral("plants");
    if (change.changed.isEmpty()) {
        m_sending = false;
        reject();
        return;
    }
    m_admin->updateUser(this, change, done);
}

} // namespace Flowdesk
