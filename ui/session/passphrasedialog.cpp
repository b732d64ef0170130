#include "passphrasedialog.h"

#include "common/colours.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Flowdesk {

PassphraseDialog::PassphraseDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_passphrase(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(mode == Mode::Create ? tr("Protect Saved Data") : tr("Unlock Saved Data"));
    setMinimumWidth(460);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(mode == Mode::Create
                       ? tr("This computer has no keychain to hold the key of the data Flowdesk saves for offline "
                            "use. Choose a passphrase of at least %1 characters to protect it. Without the "
                            "passphrase the saved data cannot be read, by you or anyone else.").arg(MinimumLength)
                       : tr("Type the passphrase that protects the data Flowdesk saved on this computer."));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Colours::css(Colours::text(Colours::Signal::Error)));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (mode == Mode::Create) {
        m_confirm = new QLineEdit(this);
        m_confirm->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Repeat:"), m_confirm);
        connect(m_confirm, &QLineEdit::textChanged, this, &PassphraseDialog::updateButtons);
    } else {
        m_reset = m_buttons->addButton(tr("Forget Saved Data…"), QDialogButtonBox::ResetRole);
        m_reset->setToolTip(tr("Deletes the saved data of this account on this computer and loads it again "
                               "from the server. Changes that wait to be sent are lost."));
        connect(m_reset, &QPushButton::clicked, this, &PassphraseDialog::resetRequested);
    }
    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    updateButtons();
}

QString PassphraseDialog::passphrase() const
{
    return m_passphrase->text();
}

void PassphraseDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void PassphraseDialog::setBusy(bool busy)
{
    m_passphrase->setEnabled(!busy);
    if (m_confirm)
        m_confirm->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    if (busy)
        showError(tr("Checking the passphrase…"));
}

void PassphraseDialog::updateButtons()
{
    bool ok = !m_passphrase->text().isEmpty();
    if (m_mode == Mode::Create) {
        ok = m_passphrase->text().size() >= MinimumLength && m_confirm->text() == m_passphrase->text();
        if (!m_confirm->text().isEmpty() && m_confirm->text() != m_passphrase->text())
            showError(tr("The two passphrases differ."));
        else if (!m_passphrase->text().isEmpty() && m_passphrase->text().size() < MinimumLength)
            showError(tr("The passphrase needs at least %1 characters.").arg(MinimumLength));
        else
            showError({});
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace Flowdesk
