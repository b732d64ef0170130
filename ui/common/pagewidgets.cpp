#include "pagewidgets.h"

#include <QCoreApplication>
#include <QToolBar>
#include <QToolButton>

#include "common/colours.h"

namespace Flowdesk {

namespace PageWidgets {

QLabel *createTitle(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    return title;
}

QLabel *createEmptyState(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(40);
    QFont emptyFont = label->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    label->setFont(emptyFont);
    return label;
}

QToolBar *createToolBar(const QString &accessibleName, QWidget *parent)
{
    auto *bar = new QToolBar(parent);
    bar->setAccessibleName(accessibleName);
    // Qt's own button for the actions that do not fit.
    if (auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(QCoreApplication::translate("Flowdesk::PageWidgets", "More actions"));
    return bar;
}

} // namespace PageWidgets

MessageLine::MessageLine(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    // The person may want to copy an error into a ticket.
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void MessageLine::showMessage(const QString &text, bool error)
{
    setText(text);
    setStyleSheet(error ? Colours::css(Colours::text(Colours::Signal::Error)) : QString());
    setVisible(!text.isEmpty());
}

QString MessageLine::message() const
{
    return isHidden() ? QString() : text();
}

} // namespace Flowdesk
