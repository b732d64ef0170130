#include "waitingchangesdialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace Flowdesk::WaitingChangesDialog {

Choice ask(QWidget *parent, int pending, int conflicts)
{
    const int waiting = pending + conflicts;
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("Flowdesk::WaitingChangesDialog", "Changes Not Sent"),
                    QCoreApplication::translate("Flowdesk::WaitingChangesDialog", "%n change(s) made offline have not reached the server yet.", nullptr, waiting),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("waitingChangesDialog"));
    QString info = QCoreApplication::translate("Flowdesk::WaitingChangesDialog", "They stay saved on this computer and are sent the next time you sign in to this server.");
    if (conflicts > 0)
        info += u'\n' + QCoreApplication::translate("Flowdesk::WaitingChangesDialog", "%n change(s) were refused by the server and wait for your decision.", nullptr, conflicts);
    box.setInformativeText(info);
    QPushButton *sendNow = box.addButton(QCoreApplication::translate("Flowdesk::WaitingChangesDialog", "Send Now"), QMessageBox::AcceptRole);
    sendNow->setObjectName(QStringLiteral("sendNowButton"));
    QPushButton *sendLater = box.addButton(QCoreApplication::translate("Flowdesk::WaitingChangesDialog", "Send Later"), QMessageBox::DestructiveRole);
    sendLater->setObjectName(QStringLiteral("sendLaterButton"));
    QPushButton *stay = box.addButton(QMessageBox::Cancel);
    stay->setObjectName(QStringLiteral("stayButton"));
    box.setDefaultButton(sendNow);
    box.setEscapeButton(stay);
    box.exec();
    if (box.clickedButton() == sendNow)
        return Choice::SendNow;
    if (box.clickedButton() == sendLater)
        return Choice::SendLater;
    return Choice::Stay;
}

bool confirmLeaving(QWidget *parent, int pending, int conflicts, const std::function<void()> &sendNow)
{
    if (pending + conflicts == 0)
        return true;
    switch (ask(parent, pending, conflicts)) {
    case Choice::SendLater:
        return true;
    case Choice::SendNow:
        if (sendNow)
            sendNow();
        return false;
    case Choice::Stay:
        break;
    }
    return false;
}

} // namespace Flowdesk::WaitingChangesDialog
