#pragma once

#include <functional>

#include <QStringList>

class QWidget;

namespace Flowdesk {

// Asked before the console closes, quits or signs out while changes made offline
// still wait to be sent. They stay saved (encrypted) either way and are sent the
// next time the person signs in to this server.
namespace WaitingChangesDialog {

enum class Choice { SendNow, SendLater, Stay };

// A modal question; the buttons are named sendNowButton, sendLaterButton and
// stayButton.
Choice ask(QWidget *parent, int pending, int conflicts);

// The question before leaving, when anything waits: true when the person leaves
// (the changes stay saved for later); false when they stay, after Send Now too,
// which calls sendNow.
bool confirmLeaving(QWidget *parent, int pending, int conflicts, const std::function<void()> &sendNow);

enum class EarlierChoice { Add, Later, Discard };

// Asked after sign-in when changes made offline wait in a profile an earlier
// address of this server left behind (descriptions: "Assign T-000123 to …", in
// order). ownerUnknown: an older console saved them without noting who made them.
// Discard asks once more before anything is dropped. The dialog is named
// earlierChangesDialog, its buttons addEarlierButton, laterEarlierButton and
// discardEarlierButton; the second question confirmDiscardDialog with
// confirmDiscardButton.
EarlierChoice askAboutEarlier(QWidget *parent, const QStringList &descriptions, bool ownerUnknown);

} // namespace WaitingChangesDialog

} // namespace Flowdesk
