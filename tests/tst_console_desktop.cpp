// The console as a good desktop citizen, driven through the real composition root
// against a real flowdeskd: layouts kept across starts, one console per profile,
// the keyboard shortcuts it lists, accessible names on every page, every page
// readable with a dark palette.

#include "common/colours.h"
#include "common/mainwindow.h"
#include "common/shortcutsdialog.h"
#include "consoleapp.h"
#include "consoletestutil.h"
#include "dashboard/flowspage.h"
#include "exceptions/exceptionspage.h"
#include "offlinesupport.h"
#include "session/logindialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QRadioButton>
#include <QScopeGuard>
#include <QStyleOption>
#include <QVBoxLayout>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <cmath>
#include <memory>
#include <unordered_map>

using namespace Flowdesk;

class TestConsoleDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void layoutRestoredAcrossStarts();
    void offScreenGeometryGetsCentredDefault();
    void keyboardShortcutsListEveryAction();
    void everyWidgetHasAccessibleName_data();
    void everyWidgetHasAccessibleName();
    void everyPageReadableInDarkPalette_data() { everyWidgetHasAccessibleName_data(); }
    void everyPageReadableInDarkPalette();
    void uncheckedBoxesShowInDarkPalette();
    void secondStartRaisesFirst();

private:
    // The console as the flowdesk program builds it, signed in through its login dialog.
    // The person signs out first when someone is signed in: the window goes (and keeps
    // its layout), the login dialog comes back, the new window is built afresh.
    void signIn(const QString &user);
    static MainWindow *mainWindow();

    std::unique_ptr<BackendProcess> m_backend;
    std::unique_ptr<ConsoleApp> m_console;
};

void TestConsoleDesktop::initTestCase()
{
    QSettings().clear();
    qRegisterMetaType<Flowdesk::ServiceError>();
    qRegisterMetaType<Flowdesk::Session>();
    if (!BackendProcess::available())
        return;
    m_backend = std::make_unique<BackendProcess>();
    QVERIFY2(m_backend->start(), qPrintable(m_backend->errorText()));
}

void TestConsoleDesktop::cleanupTestCase()
{
    // Signed out first, so that the console's calls and event stream end while the
    // server still answers; then the console goes, then the server.
    if (QPointer<MainWindow> window = mainWindow()) {
        if (auto *signOut = window->findChild<QAction *>(QStringLiteral("signOutAction"))) {
            signOut->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(window.isNull(), 10000);
        }
    }
    m_console.reset();
    QTest::qWait(500);
    m_backend.reset();
    QSettings().clear();
}

MainWindow *TestConsoleDesktop::mainWindow()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(w); window && window->isVisible())
            return window;
    }
    return nullptr;
}

void TestConsoleDesktop::signIn(const QString &user)
{
    if (!m_console) {
        CommandLine options;
        options.backend = m_backend->target();
        m_console = std::make_unique<ConsoleApp>(options);
        m_console->start();
    } else if (QPointer<MainWindow> old = mainWindow()) {
        auto *signOut = old->findChild<QAction *>(QStringLiteral("signOutAction"));
        QVERIFY(signOut);
        signOut->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(old.isNull(), 10000);
    }
    LoginDialog *dialog = nullptr;
    auto findDialog = [&dialog] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<LoginDialog *>(w); d && d->isVisible())
                dialog = d;
        }
        return dialog != nullptr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(findDialog(), 10000);
    auto *userEdit = dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"));
    auto *passwordEdit = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *signInButton = dialog->findChild<QPushButton *>(QStringLiteral("signInButton"));
    QVERIFY(userEdit && passwordEdit && signInButton);
    userEdit->clear();
    QTest::keyClicks(userEdit, user);
    QTest::keyClicks(passwordEdit, QStringLiteral("demo-") + user);
    QTest::mouseClick(signInButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(mainWindow() != nullptr, 15000);
    // The flows arrive: the window talks to the server.
    QTRY_VERIFY_WITH_TIMEOUT(mainWindow()->flowsPage()->view()->model()->rowCount() > 0, 15000);
    // The saved data is open (its key read from the keychain) before the test goes on.
    auto *offline = m_console->findChild<OfflineSupport *>();
    QVERIFY(offline);
    QTRY_VERIFY_WITH_TIMEOUT(offline->isSavedStateReady(), 15000);
}

void TestConsoleDesktop::layoutRestoredAcrossStarts()
{
    REQUIRE_BACKEND();
    QSettings().remove(QStringLiteral("layout"));
    int listWidth = 0;
    int columnWidth = 0;
    {
        signIn(QStringLiteral("operator"));
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(mainWindow());
        mainWindow()->resize(1100, 700);
        auto *page = mainWindow()->findChild<ExceptionsPage *>();
        QVERIFY(page);
        mainWindow()->showPage(page);
        auto *splitter = page->findChild<QSplitter *>(QStringLiteral("exceptionsSplitter"));
        QVERIFY(splitter);
        auto *table = page->findChild<QTableView *>(QStringLiteral("exceptionsTable"));
        QVERIFY(table);
        QList<int> sizes = splitter->sizes();
        QCOMPARE(sizes.size(), 2);
        const int total = sizes[0] + sizes[1];
        QVERIFY(total > 200);
        listWidth = total / 3;
        splitter->setSizes({listWidth, total - listWidth});
        listWidth = splitter->sizes().at(0);
        columnWidth = table->horizontalHeader()->sectionSize(1) + 37;
        table->horizontalHeader()->resizeSection(1, columnWidth);
        table->horizontalHeader()->moveSection(table->horizontalHeader()->visualIndex(2), 3);
        table->horizontalHeader()->hideSection(4);
    }

    signIn(QStringLiteral("operator"));
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(mainWindow()->size(), QSize(1100, 700));
    auto *page = mainWindow()->findChild<ExceptionsPage *>();
    mainWindow()->showPage(page);
    auto *splitter = page->findChild<QSplitter *>(QStringLiteral("exceptionsSplitter"));
    auto *table = page->findChild<QTableView *>(QStringLiteral("exceptionsTable"));
    QVERIFY(splitter && table);
    QCOMPARE(splitter->sizes().at(0), listWidth);
    // Rows arriving later keep the columns as the person left them.
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 15000);
    QCOMPARE(table->horizontalHeader()->sectionSize(1), columnWidth);
    QCOMPARE(table->horizontalHeader()->visualIndex(2), 3);
    QVERIFY(table->horizontalHeader()->isSectionHidden(4));
}

void TestConsoleDesktop::offScreenGeometryGetsCentredDefault()
{
    REQUIRE_BACKEND();
    QSettings().remove(QStringLiteral("layout"));
    {
        signIn(QStringLiteral("viewer"));
        QVERIFY(!QTest::currentTestFailed());
        // As if saved on a second screen that is gone now.
        mainWindow()->move(40000, 30000);
    }
    signIn(QStringLiteral("viewer"));
    QVERIFY(!QTest::currentTestFailed());
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    const QRect frame = mainWindow()->frameGeometry();
    QVERIFY2(available.intersects(frame), qPrintable(QStringLiteral("%1,%2").arg(frame.x()).arg(frame.y())));
    // Centred on the screen (a window larger than the screen at its top left).
    const int left = available.left() + std::max(0, (available.width() - frame.width()) / 2);
    const int top = available.top() + std::max(0, (available.height() - frame.height()) / 2);
    QVERIFY2(qAbs(frame.left() - left) <= 2 && qAbs(frame.top() - top) <= 2,
             qPrintable(QStringLiteral("frame %1,%2 %3x%4 on %5x%6").arg(frame.x()).arg(frame.y()).arg(frame.width())
                            .arg(frame.height()).arg(available.width()).arg(available.height())));
    // Not where it was left.
    QVERIFY(!frame.contains(QPoint(40000, 30000)));
}

void TestConsoleDesktop::keyboardShortcutsListEveryAction()
{
    REQUIRE_BACKEND();
    signIn(QStringLiteral("operator"));
    QVERIFY(!QTest::currentTestFailed());
    MainWindow *window = mainWindow();
    auto *open = window->findChild<QAction *>(QStringLiteral("keyboardShortcutsAction"));
    QVERIFY(open);
    // Reached from the Help menu.
    bool inHelp = false;
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(open))
            inHelp = menu->text().remove(QLatin1Char('&')) == QStringLiteral("Help");
    }
    QVERIFY(inHelp);
    open->trigger();
    ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ShortcutsDialog *>()) != nullptr && dialog->isVisible());
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    QVERIFY(table);
    QStringList listed;
    for (int row = 0; row < table->rowCount(); ++row)
        listed << table->item(row, 0)->text() + QLatin1Char('|') + table->item(row, 1)->text();

    int withShortcut = 0;
    QList<QAction *> actions = window->findChildren<QAction *>();
    for (QWidget *w : window->findChildren<QWidget *>())
        actions += w->actions();
    for (QAction *action : std::as_const(actions)) {
        for (const QKeySequence &key : action->shortcuts()) {
            ++withShortcut;
            const QString keys = key.toString(QKeySequence::NativeText);
            QString name = action->text().remove(QLatin1Char('&')).remove(QChar(0x2026)).trimmed();
            QVERIFY2(listed.contains(keys + QLatin1Char('|') + name),
                     qPrintable(QStringLiteral("%1 (%2) missing from: %3").arg(name, keys, listed.join(QStringLiteral("; ")))));
        }
    }
    // Quit, Refresh and the exception actions at least.
    QVERIFY(withShortcut >= 4);
    // The page's own shortcuts too, with what they do.
    QVERIFY(listed.contains(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)
                            + QStringLiteral("|Search the exceptions")));
    dialog->close();
}

void TestConsoleDesktop::everyWidgetHasAccessibleName_data()
{
    QTest::addColumn<QString>("user");
    for (const char *user : {"operator", "viewer", "admin", "auditor"})
        QTest::newRow(user) << QString::fromLatin1(user);
}

namespace {
bool isInteractive(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        // Parts of a combo box, spin box or line edit are named through their owner.
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
            || qobject_cast<const QLineEdit *>(p))
            return false;
    }
    if (w->inherits("QTableCornerButton") || qobject_cast<const QHeaderView *>(w))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractItemView *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QTabBar *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTextEdit *>(w);
}

QString describe(const QWidget *w, const QWidget *page)
{
    QStringList steps;
    for (const QWidget *p = w; p && p != page; p = p->parentWidget())
        steps.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className())
                                                : p->objectName());
    return steps.join(QLatin1Char('/'));
}
} // namespace

namespace {
// WCAG 2's relative luminance and contrast ratio.
double luminance(QRgb c)
{
    auto channel = [](int v) {
        const double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(c)) + 0.7152 * channel(qGreen(c)) + 0.0722 * channel(qBlue(c));
}

double contrast(QRgb a, QRgb b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The commonest colour of an area: what is drawn behind a text.
QRgb backgroundOf(const QImage &image)
{
    std::unordered_map<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000u];
    QRgb background = 0;
    int most = -1;
    for (const auto &[colour, n] : counts)
        if (n > most) {
            most = n;
            background = colour;
        }
    return background;
}

// The colour a label's text is drawn in: its style sheet's "color", else its palette's.
QRgb textColourOf(const QLabel *label)
{
    static const QRegularExpression css(QStringLiteral("(?:^|[;{\\s])color:\\s*(#[0-9a-fA-F]{6})"));
    const QRegularExpressionMatch m = css.match(label->styleSheet());
    if (m.hasMatch())
        return QColor(m.captured(1)).rgb();
    return label->palette().color(label->foregroundRole()).rgb();
}

double meanLuminance(const QImage &image)
{
    double sum = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            sum += luminance(image.pixel(x, y));
    return sum / (((image.height() + 1) / 2) * ((image.width() + 1) / 2));
}
} // namespace

// With a dark palette (the desktop's, or FLOWDESK_PALETTE=dark), every page
// of every role is dark, and every text on it reads: at least WCAG's 4.5:1
// against what is drawn behind it, banners and coloured notes included.
void TestConsoleDesktop::everyPageReadableInDarkPalette()
{
    REQUIRE_BACKEND();
    QFETCH(QString, user);
    const QPalette lightPalette = QApplication::palette();
    const QString lightStyle = QApplication::style()->name();
    qputenv("FLOWDESK_PALETTE", "dark");
    Colours::applyPaletteFromEnvironment();
    struct Restore {
        QPalette palette;
        QString style;
        ~Restore()
        {
            qunsetenv("FLOWDESK_PALETTE");
            QApplication::setStyle(style);
            QApplication::setPalette(palette);
        }
    } restore{lightPalette, lightStyle};
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);

    signIn(user);
    QVERIFY(!QTest::currentTestFailed());
    MainWindow *window = mainWindow();
    window->resize(1280, 800);
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window->findChild<QStackedWidget *>();
    QVERIFY(navigation && pages);
    const QString screenshots = qEnvironmentVariable("FLOWDESK_SCREENSHOT_DIR");
    QStringList unreadable;
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QWidget *page = pages->currentWidget();
        const QString place = navigation->item(row)->text();
        QTest::qWait(800);
        if (auto *view = page->findChild<QTableView *>(); view && view->model() && view->model()->rowCount() > 0) {
            view->setCurrentIndex(view->model()->index(0, 0));
            QTest::qWait(500);
        }
        const QImage whole = window->grab().toImage();
        if (!screenshots.isEmpty())
            whole.save(QStringLiteral("%1/%2-dark-%3.png").arg(screenshots, user).arg(row));
        const double mean = meanLuminance(whole);
        if (mean > 0.25)
            unreadable << QStringLiteral("%1: the page is light (mean luminance %2)").arg(place).arg(mean, 0, 'f', 2);
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().trimmed().isEmpty() || label->visibleRegion().isEmpty()
                || label->width() < 6 || label->height() < 6)
                continue;
            // The text's colour against what is drawn behind it, as the person sees it.
            const QRect area(label->mapTo(window, QPoint(0, 0)), label->size());
            const double ratio = contrast(textColourOf(label), backgroundOf(window->grab(area).toImage()));
            if (ratio < 4.5) {
                unreadable << QStringLiteral("%1: %2 \"%3\" contrast %4:1")
                                  .arg(place, describe(label, window), label->text().left(60))
                                  .arg(ratio, 0, 'f', 1);
                qInfo("%s", qPrintable(unreadable.constLast()));
            }
        }
    }
    QVERIFY2(unreadable.isEmpty(),
             qPrintable(QStringLiteral("%1 texts hard to read with a dark palette:\n").arg(unreadable.size())
                        + unreadable.join(QLatin1Char('\n'))));
}

// An unchecked check box and radio button show their frame on a dark palette: at
// least 3:1 against the field inside (WCAG's contrast for a control's parts).
void TestConsoleDesktop::uncheckedBoxesShowInDarkPalette()
{
    const QPalette lightPalette = QApplication::palette();
    qputenv("FLOWDESK_PALETTE", "dark");
    Colours::applyPaletteFromEnvironment();
    const auto restore = qScopeGuard([&] {
        qunsetenv("FLOWDESK_PALETTE");
        QApplication::setPalette(lightPalette);
    });
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *box = new QCheckBox(QStringLiteral("Stuck only"), &window);
    auto *radio = new QRadioButton(QStringLiteral("Each value"), &window);
    layout->addWidget(box);
    layout->addWidget(radio);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (QAbstractButton *button : {static_cast<QAbstractButton *>(box), static_cast<QAbstractButton *>(radio)}) {
        QStyleOptionButton option;
        option.initFrom(button);
        const QRect indicator = button->style()->subElementRect(
            qobject_cast<QCheckBox *>(button) ? QStyle::SE_CheckBoxIndicator : QStyle::SE_RadioButtonIndicator,
            &option, button);
        QVERIFY(indicator.width() > 6);
        const QImage image = button->grab().toImage();
        const QRgb inside = image.pixel(indicator.center());
        // The frame: the most contrasting pixel on the left edge's middle.
        double frame = 1.0;
        for (int x = indicator.left(); x <= indicator.left() + 2; ++x)
            frame = std::max(frame, contrast(image.pixel(x, indicator.center().y()), inside));
        QVERIFY2(frame >= 3.0, qPrintable(QStringLiteral("%1: frame contrast %2:1")
                                              .arg(button->text()).arg(frame, 0, 'f', 2)));
    }
}

void TestConsoleDesktop::everyWidgetHasAccessibleName()
{
    REQUIRE_BACKEND();
    QFETCH(QString, user);
    signIn(user);
    QVERIFY(!QTest::currentTestFailed());
    MainWindow *window = mainWindow();
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window->findChild<QStackedWidget *>();
    QVERIFY(navigation && pages);
    QStringList unnamed;
    auto check = [&](QWidget *root, const QString &place) {
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!isInteractive(w))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty()) {
                unnamed << place + QStringLiteral(": ") + describe(w, root);
                qInfo("without an accessible name: %s", qPrintable(unnamed.constLast()));
            }
        }
    };
    check(window->statusBar(), QStringLiteral("status bar"));
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(navigation);
        if (!iface || iface->text(QAccessible::Name).isEmpty())
            unnamed << QStringLiteral("navigation");
    }
    // With FLOWDESK_SCREENSHOT_DIR set, every page as the person sees it, for review
    // (FLOWDESK_PALETTE=dark: with a dark palette).
    const QString screenshots = qEnvironmentVariable("FLOWDESK_SCREENSHOT_DIR");
    if (!screenshots.isEmpty())
        window->resize(1280, 800);
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QWidget *page = pages->currentWidget();
        // What the page shows once its data is there (tiles, details of the first row).
        QTest::qWait(800);
        if (auto *view = page->findChild<QTableView *>(); view && view->model() && view->model()->rowCount() > 0) {
            view->setCurrentIndex(view->model()->index(0, 0));
            QTest::qWait(500);
        }
        check(page, navigation->item(row)->text());
        if (!screenshots.isEmpty())
            window->grab().save(QStringLiteral("%1/%2-%3.png").arg(screenshots, user).arg(row));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1 widgets without an accessible name (listed above)").arg(unnamed.size())));
}

namespace {
QString logOf(const QString &dataHome)
{
    QDirIterator it(dataHome, {QStringLiteral("flowdesk.log")}, QDir::Files, QDirIterator::Subdirectories);
    if (!it.hasNext())
        return {};
    QFile file(it.next());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}
} // namespace

void TestConsoleDesktop::secondStartRaisesFirst()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    // A home of its own: the profile (person and server) is the test's alone.
    auto start = [&home](QProcess &process, const QString &name, const QString &server) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(name));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(FLOWDESK_PATH), {QStringLiteral("--backend"), server});
        return process.waitForStarted(5000);
    };
    const QString listening = QStringLiteral("listening for further starts of this profile");

    QProcess first;
    QVERIFY(start(first, QStringLiteral("first"), QStringLiteral("127.0.0.1:1")));
    QTRY_VERIFY_WITH_TIMEOUT(logOf(home.filePath(QStringLiteral("first"))).contains(listening), 15000);

    QProcess second;
    QVERIFY(start(second, QStringLiteral("second"), QStringLiteral("127.0.0.1:1")));
    QVERIFY(second.waitForFinished(15000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QVERIFY(logOf(home.filePath(QStringLiteral("second"))).contains(QStringLiteral("asked it to come to the front")));
    QTRY_VERIFY_WITH_TIMEOUT(logOf(home.filePath(QStringLiteral("first"))).contains(QStringLiteral("coming to the front")), 10000);

    // Another server is another profile: a console of its own.
    QProcess other;
    QVERIFY(start(other, QStringLiteral("other"), QStringLiteral("127.0.0.1:2")));
    QTRY_VERIFY_WITH_TIMEOUT(logOf(home.filePath(QStringLiteral("other"))).contains(listening), 15000);
    QCOMPARE(other.state(), QProcess::Running);

    // A console that crashed leaves its socket behind; the next start takes it over.
    first.kill();
    QVERIFY(first.waitForFinished(5000));
    QProcess again;
    QVERIFY(start(again, QStringLiteral("again"), QStringLiteral("127.0.0.1:1")));
    QTRY_VERIFY_WITH_TIMEOUT(logOf(home.filePath(QStringLiteral("again"))).contains(listening), 15000);
    QCOMPARE(again.state(), QProcess::Running);

    for (QProcess *p : {&other, &again}) {
        p->terminate();
        QVERIFY(p->waitForFinished(10000));
        QCOMPARE(p->exitCode(), 0);
    }
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("flowdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_console_desktop"));
    QStandardPaths::setTestModeEnabled(true);
    TestConsoleDesktop test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_console_desktop.moc"
