#include "conflictdialog.h"
#include "flowhealth.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Flowdesk {

namespace {
QString pretty(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isNull() ? json : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QPlainTextEdit *readOnlyText(const QString &text, const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setPlainText(text);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    edit->setFont(mono);
    return edit;
}
} // namespace

ConflictDialog::ConflictDialog(const Transaction &theirs, const QString &minePayload, qint64 mineVersion,
                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("%1 was changed by someone else").arg(theirs.businessKey));
    auto *intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setText(tr("You started from version %1; the transaction is now at version %2 (%3, last change %4). "
                      "Nothing was saved or sent, and nothing of theirs was overwritten.\n\n"
                      "Reload to continue from their version; your edit is copied to the clipboard so you can "
                      "apply it again.")
                       .arg(mineVersion)
                       .arg(theirs.version)
                       .arg(stateName(theirs.state),
                            formatDateTime(theirs.updateTime)));

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Your version (not saved)"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Current version %1").arg(theirs.version), this), 0, 1);
    grid->addWidget(readOnlyText(pretty(minePayload), QStringLiteral("minePayload"), this), 1, 0);
    grid->addWidget(readOnlyText(pretty(theirs.payloadJson), QStringLiteral("theirsPayload"), this), 1, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *reload = buttons->addButton(tr("Reload Their Version"), QDialogButtonBox::AcceptRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    QPushButton *keep = buttons->addButton(tr("Keep My Edit Open"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepButton"));
    keep->setToolTip(tr("Stay on your edit; saving again will still be refused until you reload"));
    connect(reload, &QPushButton::clicked, this, [this, minePayload] {
        QApplication::clipboard()->setText(minePayload);
        m_choice = Reload;
        accept();
    });
    connect(keep, &QPushButton::clicked, this, [this] {
        m_choice = KeepEditing;
        reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid, 1);
    layout->addWidget(buttons);
    resize(900, 560);
}

} // namespace Flowdesk
