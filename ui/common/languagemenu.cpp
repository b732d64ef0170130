#include "languagemenu.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace Flowdesk::LanguageChoice {

namespace {
const char kKey[] = "console/language";

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Flowdesk::LanguageMenu)
};
} // namespace

QString saved()
{
    return QSettings().value(QLatin1String(kKey)).toString();
}

QMenu *makeMenu(QWidget *parent)
{
    auto *menu = new QMenu(Tr::tr("&Language"), parent);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    // Each language in its own words: whoever reads it finds theirs.
    const QList<QPair<QString, QString>> languages{
        {QString(), Tr::tr("System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
    const QString current = saved();
    for (const auto &[code, name] : languages) {
        QAction *action = menu->addAction(name);
        action->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [parent, code] {
            if (code == saved())
                return;
            QSettings().setValue(QLatin1String(kKey), code);
            QMessageBox::information(parent, Tr::tr("Language"),
                                     Tr::tr("Flowdesk shows the new language when it starts again."));
        });
    }
    return menu;
}

} // namespace Flowdesk::LanguageChoice
