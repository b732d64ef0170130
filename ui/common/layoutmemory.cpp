#include "layoutmemory.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace Flowdesk::LayoutMemory {

namespace {

// A name for a widget that stays the same from one start to the next: its object
// name, or its class and place among the siblings of that class.
QString stepName(const QWidget *widget)
{
    if (!widget->objectName().isEmpty())
        return widget->objectName();
    int index = 0;
    if (const QObject *parent = widget->parent()) {
        for (const QObject *sibling : parent->children()) {
            if (sibling == widget)
                break;
            if (sibling->isWidgetType() && sibling->metaObject() == widget->metaObject())
                ++index;
        }
    }
    return QStringLiteral("%1_%2").arg(QString::fromLatin1(widget->metaObject()->className())).arg(index)
        .replace(QLatin1String("::"), QLatin1String("_"));
}

QString keyFor(const QWidget *root, const QWidget *widget)
{
    QStringList steps;
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget())
        steps.prepend(stepName(w));
    return steps.join(QLatin1Char('.'));
}

// The headers worth keeping: the column headers of tables and trees.
bool keeps(const QHeaderView *header)
{
    return header->orientation() == Qt::Horizontal && header->parentWidget()
        && header->parentWidget()->inherits("QAbstractItemView");
}

// Restores a splitter's state once it is shown: only then has it its final size,
// and the saved positions are given back exactly instead of being stretched.
class RestoreOnShow : public QObject
{
public:
    RestoreOnShow(QSplitter *splitter, const QByteArray &state)
        : QObject(splitter)
        , m_state(state)
    {
        splitter->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            static_cast<QSplitter *>(watched)->restoreState(m_state);
            watched->removeEventFilter(this);
            deleteLater();
        }
        return false;
    }

private:
    QByteArray m_state;
};

} // namespace

void save(QWidget *root, const QString &group)
{
    if (!root)
        return;
    QSettings settings;
    settings.beginGroup(group);
    for (const QSplitter *splitter : root->findChildren<QSplitter *>())
        settings.setValue(QStringLiteral("splitter/") + keyFor(root, splitter), splitter->saveState());
    for (const QHeaderView *header : root->findChildren<QHeaderView *>()) {
        if (keeps(header) && header->count() > 0)
            settings.setValue(QStringLiteral("columns/") + keyFor(root, header), header->saveState());
    }
    settings.endGroup();
}

void restore(QWidget *root, const QString &group)
{
    if (!root)
        return;
    QSettings settings;
    settings.beginGroup(group);
    for (QSplitter *splitter : root->findChildren<QSplitter *>()) {
        const QByteArray state = settings.value(QStringLiteral("splitter/") + keyFor(root, splitter)).toByteArray();
        if (state.isEmpty())
            continue;
        splitter->restoreState(state);
        if (!splitter->isVisible())
            new RestoreOnShow(splitter, state);
    }
    for (QHeaderView *header : root->findChildren<QHeaderView *>()) {
        if (!keeps(header))
            continue;
        const QByteArray state = settings.value(QStringLiteral("columns/") + keyFor(root, header)).toByteArray();
        if (!state.isEmpty())
            header->restoreState(state);
    }
    settings.endGroup();
}

void saveGeometry(QWidget *window, const QString &group)
{
    QSettings settings;
    settings.setValue(group + QStringLiteral("/geometry"), window->saveGeometry());
    // Where it was, to tell on the next start whether that place is still on a screen.
    settings.setValue(group + QStringLiteral("/frame"), window->frameGeometry());
}

void restoreGeometry(QWidget *window, const QString &group, QSize defaultSize)
{
    QSettings settings;
    const QByteArray saved = settings.value(group + QStringLiteral("/geometry")).toByteArray();
    const QRect frame = settings.value(group + QStringLiteral("/frame")).toRect();
    // Kept only while the middle of the window's title bar is on a screen that is there
    // (a second monitor may be gone, or the resolution smaller).
    const QPoint titleBar(frame.center().x(), frame.top() + 10);
    if (!saved.isEmpty() && frame.isValid() && QGuiApplication::screenAt(titleBar)
        && window->restoreGeometry(saved))
        return;
    QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(defaultSize);
        return;
    }
    const QRect available = screen->availableGeometry();
    const QSize size = defaultSize.boundedTo(available.size()).expandedTo(window->minimumSizeHint());
    // Centred; a window larger than the screen starts at its top left corner.
    QRect rect = QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available);
    rect.moveTopLeft(QPoint(std::max(rect.left(), available.left()), std::max(rect.top(), available.top())));
    window->setGeometry(rect);
}

} // namespace Flowdesk::LayoutMemory
