#include "credentialdialog.h"
#include "flowhealth.h"

#include "common/colours.h"

#include "adminservice.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace Flowdesk {

CredentialDialog::CredentialDialog(AdminService *admin, const Connector &connector, QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_connector(connector)
    , m_requestId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setObjectName(QStringLiteral("credentialDialog"));
    setWindowTitle(tr("Set Credential – %1").arg(connector.name));
    setMinimumWidth(520);

    auto *intro = new QLabel(tr("<b>%1</b> · %2<br>Authentication: %3<br><br>The new secret is stored encrypted on "
                                "the server. Nobody can display it again, not even here.")
                                 .arg(connector.name.toHtmlEscaped(), connector.endpoint.toHtmlEscaped(),
                                      authTypeName(connector.authType).toHtmlEscaped()),
                             this);
    intro->setTextFormat(Qt::RichText);
    intro->setWordWrap(true);

    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("currentCredentialLabel"));
    m_current->setWordWrap(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    showCurrent(connector);

    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_secret->setPlaceholderText(tr("New secret"));
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_confirm->setPlaceholderText(tr("The same secret again"));

    m_replay = new QCheckBox(tr("Replay the failures that this connector's authentication caused"), this);
    m_replay->setObjectName(QStringLiteral("replayAuthCheck"));
    m_replay->setToolTip(tr("After storing the secret, transactions to %1 that failed with an authentication error "
                            "are sent again unchanged. Business payloads are never edited.")
                             .arg(connector.name));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("credentialProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(Colours::css(Colours::text(Colours::Signal::Error)));
    m_problem->hide();
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("credentialResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Current credential:"), m_current);
    form->addRow(tr("New secret:"), m_secret);
    form->addRow(tr("Confirm:"), m_confirm);
    form->addRow(QString(), m_replay);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = m_buttons->addButton(tr("Store Credential"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("storeCredentialButton"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &CredentialDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_secret, &QLineEdit::textChanged, this, &CredentialDialog::validate);
    connect(m_confirm, &QLineEdit::textChanged, this, &CredentialDialog::validate);
    validate();
}

void CredentialDialog::showCurrent(const Connector &c)
{
    if (!c.hasCredential()) {
        m_current->setText(tr("None set through Flowdesk yet"));
        return;
    }
    const QLocale locale;
    QString text = tr("Version %1 · fingerprint %2").arg(c.credentialVersion).arg(c.credentialFingerprint);
    if (c.credentialRotateTime.isValid())
        text += QLatin1Char('\n') + tr("Set %1 by %2")
                                        .arg(formatDateTime(c.credentialRotateTime),
                                             c.credentialRotatedBy);
    if (c.rotationPolicyDays > 0) {
        text += QLatin1Char('\n');
        text += c.rotationOverdue ? tr("Overdue: the policy asks for a new secret every %n days", nullptr,
                                       c.rotationPolicyDays)
                                  : tr("Policy: a new secret every %n days", nullptr, c.rotationPolicyDays);
    }
    m_current->setText(text);
}

QString CredentialDialog::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

QString CredentialDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void CredentialDialog::validate()
{
    QString why;
    if (m_done)
        why = tr("The credential is stored");
    else if (m_sending)
        why = tr("Storing…");
    else if (m_secret->text().isEmpty())
        why = tr("Enter the new secret");
    else if (m_confirm->text() != m_secret->text())
        why = m_confirm->text().isEmpty() ? tr("Enter the secret again to confirm it") : tr("The two entries differ");
    m_save->setEnabled(why.isEmpty());
    m_save->setToolTip(why);
    // Only tell about a mismatch once the person has typed as much as the secret.
    const bool mismatch = !m_confirm->text().isEmpty() && m_confirm->text() != m_secret->text()
        && m_confirm->text().size() >= m_secret->text().size();
    m_problem->setText(mismatch ? tr("The two entries differ.") : QString());
    m_problem->setVisible(mismatch);
}

void CredentialDialog::save()
{
    if (!m_save->isEnabled())
        return;
    m_sending = true;
    const bool replay = m_replay->isChecked();
    QString secret = m_secret->text();
    m_secret->setEnabled(false);
    m_confirm->setEnabled(false);
    m_replay->setEnabled(false);
    validate();
    m_admin->setCredential(this, m_connector.id, secret, replay, m_requestId,
                           [this, replay](const ServiceError &error, const Connector &updated, qint64 replayed) {
                               m_sending = false;
                               if (!error.isOk()) {
                                   m_secret->setEnabled(true);
                                   m_confirm->setEnabled(true);
                                   m_replay->setEnabled(true);
                                   m_problem->setText(tr("The credential was not stored: %1").arg(error.userMessage()));
                                   m_problem->show();
                                   validate();
                                   m_problem->setText(tr("The credential was not stored: %1").arg(error.userMessage()));
                                   m_problem->show();
                                   return;
                               }
                               m_done = true;
                               m_secret->clear();
                               m_confirm->clear();
                               showCurrent(updated);
                               QString text = tr("Stored as version %1 (fingerprint %2).")
                                                  .arg(updated.credentialVersion)
                                                  .arg(updated.credentialFingerprint);
                               if (replay)
                                   text += QLatin1Char(' ')
                                       + tr("Authentication failures replayed unchanged: %1.").arg(replayed);
                               m_result->setText(text);
                               m_result->show();
                               m_save->hide();
                               m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
                               validate();
                               emit credentialSet(updated, replayed, replay);
                           });
    // The typed secret is not kept in the dialog once it has been sent.
    secret.fill(QLatin1Char('\0'));
    secret.clear();
}

} // namespace Flowdesk
