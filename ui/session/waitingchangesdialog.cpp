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

EarlierChoice askAboutEarlier(QWidget *parent, const QStringList &descriptions, bool ownerUnknown)
{
    const int count = int(descriptions.size());
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("Flowdesk::WaitingChangesDialog", "Earlier Changes Waiting"),
                    QCoreApplication::translate("Flowdesk::WaitingChangesDialog", "%n change(s) you made offline on this computer have not reached "
                                                     "the server. They were saved under an address of this server "
                                                     "that Flowdesk no longer uses.", nullptr, count),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("earlierChangesDialog"));
    constexpr int shown = 8;
    QStringList lines = descriptions.mid(0, shown);
    if (count > shown)
        lines << QCoreApplication::translate("Flowdesk::WaitingChangesDialog", "… and %n more", nullptr, count - shown);
    QString info = lines.join(u'\n') + QStringLiteral("\n\n")
        + QCoreApplication::translate("Flowdesk::WaitingChangesDialog", "Add them to your waiting changes to send them now, or decide at the next "
                                           "sign-in.");
    if (ownerUnknown)
        info += u'\n' + QCoreApplication::translate("Flowdesk::WaitingChangesDialog", "An earlier version of Flowdesk saved them without noting who "
                                                         "made them: add them only if they are yours.");
    box.setInformativeText(info);
    QPushButton *add = box.addButton(QCoreApplication::translate("Flowdesk::WaitingChangesDialog", "Add and Send"), QMessageBox::AcceptRole);
    add->setObjectName(QStringLiteral("addEarlierButton"));
    QPushButton *discard = box.addButton(QCoreApplication::translate("Flowdesk::WaitingChangesDialog", "Discard…"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardEarlierButton"));
    QPushButton *later = box.addButton(QCoreApplication::translate("Flowdesk::WaitingChangesDialog", "Decide Later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("laterEarlierButton"));
    box.setDefaultButton(ownerUnknown ? later : add);
    box.setEscapeButton(later);
    box.exec();
    if (box.clickedButton() == add)
        return EarlierChoice::Add;
    if (box.clickedButton() != discard)
        return EarlierChoice::Later;
    QMessageBox confirm(QMessageBox::Warning, QCoreApplication::translate("Flowdesk::WaitingChangesDialog", "Discard Earlier Changes"),
                        QCoreApplication::translate("Flowdesk::WaitingChangesDialog", "Discard %n change(s)? They never reach the server and cannot "
                                                         "be brought back.", nullptr, count),
                        QMessageBox::NoButton, parent);
    confirm.setObjectName(QStringLiteral("confirmDiscardDialog"));
    QPushButton *yes = confirm.addButton(QCoreApplication::translate("Flowdesk::WaitingChangesDialog", "Discard"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDiscardButton"));
    QPushButton *no = confirm.addButton(QMessageBox::Cancel);
    confirm.setDefaultButton(no);
    confirm.setEscapeButton(no);
    confirm.exec();
    return confirm.clickedButton() == yes ? EarlierChoice::Discard : EarlierChoice::Later;
}

} // namespace Flowdesk::WaitingChangesDialog
