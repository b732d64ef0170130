#pragma once

#include "connector.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Flowdesk {

class AdminService;

// Replaces a connector's credential. Shows what is known about the current one
// (fingerprint, version, who rotated it and when), never a secret: the backend
// does not hand one out, and the dialog forgets what was typed once it is sent.
class CredentialDialog : public QDialog
{
    Q_OBJECT
public:
    CredentialDialog(AdminService *admin, const Connector &connector, QWidget *parent = nullptr);

    QLineEdit *secretEdit() const { return m_secret; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QCheckBox *replayCheck() const { return m_replay; }
    QPushButton *saveButton() const { return m_save; }
    QString resultText() const;
    QString problemText() const;

    void save();

signals:
    void credentialSet(const Flowdesk::Connector &connector, qint64 replayed, bool replayAsked);

private:
    void validate();
    void showCurrent(const Connector &connector);

    AdminService *m_admin; // not owned
    Connector m_connector;
    QString m_requestId;
    QLabel *m_current;
    QLineEdit *m_secret;
    QLineEdit *m_confirm;
    QCheckBox *m_replay;
    QLabel *m_problem;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    bool m_sending = false;
    bool m_done = false;
};

} // namespace Flowdesk
