#pragma once

#include <QLabel>

class QToolBar;
class QWidget;

namespace Flowdesk {

// The pieces every page of the console is built from, made in one place so that the
// pages look alike and a change of style reaches all of them.
namespace PageWidgets {

// The page's name at the top left, larger and bold.
QLabel *createTitle(const QString &text, QWidget *parent);

// The centred text a page shows instead of its table or tiles when there is nothing
// to show yet (loading, no data, no permission, an error).
QLabel *createEmptyState(const QString &objectName, QWidget *parent);

// A page's tool bar, named for assistive technology, its overflow button too.
QToolBar *createToolBar(const QString &accessibleName, QWidget *parent);

} // namespace PageWidgets

// The line under a page's toolbar that says how the last action went: hidden when
// there is nothing to say, red for a failure.
class MessageLine : public QLabel
{
    Q_OBJECT
public:
    explicit MessageLine(const QString &objectName, QWidget *parent = nullptr);

    void showMessage(const QString &text, bool error);
    // The message shown; empty while the line is hidden.
    QString message() const;
};

} // namespace Flowdesk
