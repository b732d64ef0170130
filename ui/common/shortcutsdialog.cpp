#include "shortcutsdialog.h"

#include "mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Flowdesk {

namespace {

// "&Refresh", "Bulk &Action…" → "Refresh", "Bulk Action".
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QLatin1String("&&"), QLatin1String("&"));
    while (text.endsWith(QChar(0x2026)) || text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text.trimmed();
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(MainWindow *window)
{
    QList<Entry> entries;
    QSet<QString> seen;
    auto add = [&](const QList<QKeySequence> &keys, const QString &description, const QObject *owner) {
        const QString place = window->placeOf(owner);
        for (const QKeySequence &key : keys) {
            if (key.isEmpty() || description.isEmpty())
                continue;
            const QString id = key.toString() + QLatin1Char('\n') + description + QLatin1Char('\n') + place;
            if (seen.contains(id))
                continue;
            seen.insert(id);
            entries.append({key, description, place});
        }
    };

    QList<QAction *> actions = window->findChildren<QAction *>();
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        for (QAction *action : widget->actions()) {
            if (!actions.contains(action))
                actions.append(action);
        }
    }
    for (QAction *action : std::as_const(actions)) {
        if (action->shortcuts().isEmpty())
            continue;
        QString description = plainText(action->text());
        if (description.isEmpty())
            description = action->toolTip();
        // Actions of a page belong to it; the menu bar's to the whole window.
        const QObject *owner = action->parent();
        const auto associated = action->associatedObjects();
        for (const QObject *object : associated) {
            if (object->isWidgetType() && !object->inherits("QMenu") && !object->inherits("QMenuBar")) {
                owner = object;
                break;
            }
        }
        add(action->shortcuts(), description, owner);
    }
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        QString description = shortcut->whatsThis();
        if (description.isEmpty())
            description = plainText(shortcut->objectName());
        add(shortcut->keys(), description, shortcut->parent());
    }
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->shortcut().isEmpty())
            continue;
        QString description = plainText(button->text());
        if (description.isEmpty())
            description = button->toolTip();
        add({button->shortcut()}, description, button);
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        // The whole window's first, then page by page.
        if (a.place.isEmpty() != b.place.isEmpty())
            return a.place.isEmpty();
        return a.place < b.place;
    });
    return entries;
}

ShortcutsDialog::ShortcutsDialog(MainWindow *window)
    : QDialog(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    auto *intro = new QLabel(tr("Shortcuts of a page work while that page is shown."), this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action"), tr("Where")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QList<Entry> entries = collect(window);
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const Entry &e = entries.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(e.keys.toString(QKeySequence::NativeText)));
        m_table->setItem(row, 1, new QTableWidgetItem(e.description));
        m_table->setItem(row, 2, new QTableWidgetItem(e.place.isEmpty() ? tr("Everywhere") : e.place));
    }
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(620, 480);
}

} // namespace Flowdesk
