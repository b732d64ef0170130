#include "reasondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Flowdesk {

ReasonDialog::ReasonDialog(const QString &title, const QString &explanation, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    auto *label = new QLabel(explanation, this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("reasonEdit"));
    m_edit->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false);
    m_ok->setToolTip(tr("A reason is required"));
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        const bool has = !reason().isEmpty();
        m_ok->setEnabled(has);
        m_ok->setToolTip(has ? QString() : tr("A reason is required"));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
    resize(460, 240);
}

QString ReasonDialog::reason() const
{
    return m_edit->toPlainText().trimmed();
}

void ReasonDialog::setReason(const QString &text)
{
    m_edit->setPlainText(text);
}

} // namespace Flowdesk
