#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Flowdesk {

// Asks for the passphrase that protects the saved data where no keychain is
// available. In "create" mode the person chooses it (twice); in "unlock" mode
// they type it, and may instead start afresh when it is lost.
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, Unlock };
    explicit PassphraseDialog(Mode mode, QWidget *parent = nullptr);

    QString passphrase() const;
    void showError(const QString &message);
    // While the key is derived (off the GUI thread) the fields are disabled.
    void setBusy(bool busy);
    static constexpr int MinimumLength = 10;

signals:
    // Unlock mode: the person lost the passphrase and wants to start afresh.
    void resetRequested();

private:
    void updateButtons();

    Mode m_mode;
    QLineEdit *m_passphrase;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_reset = nullptr;
};

} // namespace Flowdesk
