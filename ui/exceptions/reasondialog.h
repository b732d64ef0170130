#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace Flowdesk {

// Asks for a reason (or a comment); OK stays disabled until there is text.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString &title, const QString &explanation, QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &text);

private:
    QPlainTextEdit *m_edit;
    QPushButton *m_ok;
};

} // namespace Flowdesk
