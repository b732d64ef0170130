#pragma once

#include <QDialog>

class QTableWidget;

namespace Flowdesk {

class MainWindow;

// Help ▸ Keyboard Shortcuts: every shortcut of the window, read from its actions,
// shortcuts and buttons as they are when the dialog opens, with what each does
// and where it works.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(MainWindow *window);

    struct Entry
    {
        QKeySequence keys;
        QString description;
        QString place;
    };
    // What the dialog lists, in the order shown.
    static QList<Entry> collect(MainWindow *window);

private:
    QTableWidget *m_table;
};

} // namespace Flowdesk
