#pragma once

#include <functional>

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

} // namespace WaitingChangesDialog

} // namespace Flowdesk
