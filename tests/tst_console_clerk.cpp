// A clerk's everyday console, driven through the real composition root against a
// real flowdeskd: the login dialog after a wrong password, every page fitting a
// laptop's screen in English and German, rows that hold still under the pointer,
// the keyboard, and the notifications' decisions.

#include "backendconnection.h"
#include "common/mainwindow.h"
#include "common/notifications.h"
#include "common/shortcutsdialog.h"
#include "commands/actioncontroller.h"
#include "consoleapp.h"
#include "consoletestutil.h"
#include "dashboard/flowspage.h"
#include "exceptionlistmodel.h"
#include "exceptions/exceptionspage.h"
#include "exceptions/transactiondetail.h"
#include "flowlistmodel.h"
#include "offlinesupport.h"
#include "session/logindialog.h"
#include "sessionservice.h"
#include "mutation.h"
#include "transactionsservice.h"

#include <set>
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Flowdesk;

class TestConsoleClerk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void loginKeepsLayoutAfterWrongPassword();
    void pagesFitALaptopScreen_data();
    void pagesFitALaptopScreen();
    void keyboardReachesPagesAndExceptions();
    void rowsHoldStillUnderThePointer();
    void notificationDecisions();
    void notificationClickOpensTheItem();

private:
    void signIn(const QString &user);
    static MainWindow *mainWindow();
    void setLanguage(const QString &language);

    std::unique_ptr<BackendProcess> m_backend;
    std::unique_ptr<ConsoleApp> m_console;
    std::unique_ptr<QTranslator> m_translator;
};

void TestConsoleClerk::initTestCase()
{
    QSettings().clear();
    qRegisterMetaType<Flowdesk::ServiceError>();
    qRegisterMetaType<Flowdesk::Session>();
    if (!BackendProcess::available())
        return;
    m_backend = std::make_unique<BackendProcess>(QStringList{QStringLiteral("--no-traffic")});
    QVERIFY2(m_backend->start(), qPrintable(m_backend->errorText()));
}

void TestConsoleClerk::cleanupTestCase()
{
    if (QPointer<MainWindow> window = mainWindow()) {
        if (auto *signOut = window->findChild<QAction *>(QStringLiteral("signOutAction"))) {
            signOut->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(window.isNull(), 10000);
        }
    }
    m_console.reset();
    QTest::qWait(500);
    m_backend.reset();
    setLanguage(QStringLiteral("en"));
    QSettings().clear();
}

void TestConsoleClerk::setLanguage(const QString &language)
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    QLocale::setDefault(QLocale(language));
    if (language == QLatin1String("en"))
        return;
    m_translator = std::make_unique<QTranslator>();
    QVERIFY2(m_translator->load(QStringLiteral(":/i18n/flowdesk_%1.qm").arg(language)),
             "the console's translation is embedded in the test");
    QCoreApplication::installTranslator(m_translator.get());
}

MainWindow *TestConsoleClerk::mainWindow()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(w); window && window->isVisible())
            return window;
    }
    return nullptr;
}

void TestConsoleClerk::signIn(const QString &user)
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
    QTRY_VERIFY_WITH_TIMEOUT(mainWindow()->flowsPage()->view()->model()->rowCount() > 0, 15000);
    auto *offline = m_console->findChild<OfflineSupport *>();
    QVERIFY(offline);
    QTRY_VERIFY_WITH_TIMEOUT(offline->isSavedStateReady(), 15000);
}

// ---------------------------------------------------------------------------------

void TestConsoleClerk::loginKeepsLayoutAfterWrongPassword()
{
    REQUIRE_BACKEND();
    BackendConnection connection;
    SessionService session(&connection);
    LoginDialog dialog(&session, &connection);
    dialog.setIntroText(QStringLiteral("Demo accounts: operator (sales and finance), viewer (plant DE01), admin, "
                                       "auditor. The password is \"demo-\" followed by the name, for example "
                                       "demo-operator."));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *serverCombo = dialog.findChild<QComboBox *>(QStringLiteral("serverCombo"));
    auto *userEdit = dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"));
    auto *passwordEdit = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *signIn = dialog.findChild<QPushButton *>(QStringLiteral("signInButton"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(serverCombo && userEdit && passwordEdit && signIn && error);
    const int fieldHeight = userEdit->height();
    QVERIFY(fieldHeight >= userEdit->sizeHint().height());

    for (int attempt = 0; attempt < 2; ++attempt) {
        serverCombo->lineEdit()->clear();
        QTest::keyClicks(serverCombo->lineEdit(), m_backend->target());
        userEdit->clear();
        QTest::keyClicks(userEdit, QStringLiteral("operator"));
        passwordEdit->clear();
        QTest::keyClicks(passwordEdit, QStringLiteral("not-the-password"));
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && signIn->isEnabled(), 10000);
        QTest::qWait(50); // the layout settles in the next turn of the event loop
        // Every field keeps its height, nothing overlaps, the message is read in full.
        for (QWidget *field : std::initializer_list<QWidget *>{serverCombo, userEdit, passwordEdit}) {
            QVERIFY2(field->height() >= field->sizeHint().height(),
                     qPrintable(QStringLiteral("%1 collapsed to %2 px (needs %3)")
                                    .arg(field->objectName())
                                    .arg(field->height())
                                    .arg(field->sizeHint().height())));
        }
        QCOMPARE(userEdit->height(), fieldHeight);
        const QRect errorRect = error->geometry();
        for (QWidget *w : std::initializer_list<QWidget *>{userEdit, passwordEdit, signIn})
            QVERIFY2(!w->geometry().intersects(errorRect), qPrintable(w->objectName() + QStringLiteral(" overlaps the message")));
        QVERIFY2(error->height() >= error->heightForWidth(error->width()),
                 qPrintable(QStringLiteral("message cut: %1 of %2 px").arg(error->height()).arg(error->heightForWidth(error->width()))));
        QVERIFY(passwordEdit->geometry().bottom() < error->geometry().top());
        QVERIFY(error->geometry().bottom() < signIn->mapTo(&dialog, QPoint(0, 0)).y());
    }
}

// ---------------------------------------------------------------------------------

namespace {
// Whether a widget shows less of its text than it needs; the description when it does.
QString cutText(QWidget *w)
{
    if (w->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
        return {}; // made to elide or wrap
    if (auto *label = qobject_cast<QLabel *>(w)) {
        if (label->wordWrap() || label->text().isEmpty() || label->textFormat() == Qt::RichText)
            return {};
        if (label->width() + 1 < label->sizeHint().width())
            return QStringLiteral("label \"%1\": %2 of %3 px").arg(label->text()).arg(label->width()).arg(label->sizeHint().width());
        return {};
    }
    if (auto *combo = qobject_cast<QComboBox *>(w)) {
        const QString text = combo->currentText();
        if (text.isEmpty() || combo->isEditable())
            return {};
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = false;
        option.currentText = text;
        const QSize contents(combo->fontMetrics().horizontalAdvance(text), combo->fontMetrics().height());
        const int needed = combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, contents, combo).width();
        if (combo->width() + 1 < needed && combo->maximumWidth() >= needed)
            return QStringLiteral("combo %1 \"%2\": %3 of %4 px").arg(combo->objectName(), text).arg(combo->width()).arg(needed);
        return {};
    }
    if (auto *button = qobject_cast<QAbstractButton *>(w)) {
        if (button->text().isEmpty() || w->inherits("QTableCornerButton"))
            return {};
        if (button->width() + 1 < button->minimumSizeHint().width())
            return QStringLiteral("button \"%1\": %2 of %3 px").arg(button->text()).arg(button->width()).arg(button->minimumSizeHint().width());
    }
    return {};
}

bool shownOnScreen(QWidget *w, QWidget *window)
{
    if (!w->isVisible() || w->visibleRegion().isEmpty())
        return false;
    for (QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        // Inside item views (editors) and combo popups the view decides.
        if (qobject_cast<QAbstractItemView *>(p) || qobject_cast<QComboBox *>(p))
            return false;
    }
    return true;
}
} // namespace

void TestConsoleClerk::pagesFitALaptopScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("user");
    for (const char *language : {"en", "de"}) {
        for (const char *user : {"operator", "viewer", "admin", "auditor"})
            QTest::addRow("%s-%s", language, user) << QString::fromLatin1(language) << QString::fromLatin1(user);
    }
    // French and Spanish (the plants in Lyon and Puebla): the clerk's pages.
    for (const char *language : {"fr", "es"})
        QTest::addRow("%s-operator", language) << QString::fromLatin1(language) << QStringLiteral("operator");
}

void TestConsoleClerk::pagesFitALaptopScreen()
{
    REQUIRE_BACKEND();
    QFETCH(QString, language);
    QFETCH(QString, user);
    setLanguage(language);
    QSettings().remove(QStringLiteral("layout"));
    signIn(user);
    QVERIFY(!QTest::currentTestFailed());
    MainWindow *window = mainWindow();
    window->resize(1280, 800);
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window->findChild<QStackedWidget *>();
    QVERIFY(navigation && pages);
    QStringList cut;
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QWidget *page = pages->currentWidget();
        // The window can be as small as the screen: no page asks for more.
        QCoreApplication::processEvents();
        if (window->minimumSizeHint().width() > 1280 || window->width() > 1280)
            cut << QStringLiteral("%1: the window needs %2 px of width")
                       .arg(navigation->item(row)->text())
                       .arg(std::max(window->minimumSizeHint().width(), window->width()));
        if (auto *view = page->findChild<QTableView *>(); view && view->model()) {
            // Some pages have nothing for some roles (no stuck orders in a plant's scope).
            for (int waited = 0; waited < 5000 && view->isVisible() && view->model()->rowCount() == 0; waited += 100)
                QTest::qWait(100);
            if (view->isVisible() && view->model()->rowCount() > 0) {
                view->setCurrentIndex(view->model()->index(0, 0));
            }
        }
        QTest::qWait(600); // the page's own answers (details of the chosen row) arrive
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QString place = navigation->item(row)->text();
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (!shownOnScreen(w, window))
                continue;
            const QString why = cutText(w);
            if (!why.isEmpty())
                cut << place + QStringLiteral(": ") + why;
            const QRect inWindow(w->mapTo(window, QPoint(0, 0)), w->size());
            if (inWindow.right() > window->width() + 1 && !why.isEmpty())
                cut << place + QStringLiteral(": ") + w->objectName() + QStringLiteral(" reaches past the window");
        }
        // A page's own scrolling area scrolls down, never sideways (lists and tables may).
        for (QScrollArea *area : page->findChildren<QScrollArea *>()) {
            if (!area->isVisible() || !area->horizontalScrollBar()->isVisible())
                continue;
            cut << QStringLiteral("%1: %2 scrolls sideways (%3 px content in %4 px)")
                           .arg(place, area->widget() ? area->widget()->objectName() : QString())
                           .arg(area->widget() ? area->widget()->width() : 0)
                           .arg(area->viewport()->width());
        }
        // Buttons keep a margin from the window's edge (Save and Resubmit sat on it).
        for (QPushButton *button : page->findChildren<QPushButton *>()) {
            if (!shownOnScreen(button, window))
                continue;
            const QRect inWindow(button->mapTo(window, QPoint(0, 0)), button->size());
            if (inWindow.right() > window->width() - 6)
                cut << QStringLiteral("%1: button \"%2\" touches the window's edge (right %3 of %4 px)")
                           .arg(place, button->text()).arg(inWindow.right()).arg(window->width());
        }
        // Search fields show their whole hint.
        for (QLineEdit *edit : page->findChildren<QLineEdit *>()) {
            if (!shownOnScreen(edit, window) || edit->placeholderText().isEmpty() || !edit->text().isEmpty())
                continue;
            // The frame (2 × 2 px), the text margins (2 × 2 px) and the clear button's room (22 px).
            const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 30;
            if (edit->objectName() == QLatin1String("exceptionsSearch") && needed > edit->width())
                cut << QStringLiteral("%1: the hint \"%2\" of %3 is clipped (%4 px in %5 px)")
                           .arg(place, edit->placeholderText(), edit->objectName()).arg(needed).arg(edit->width());
        }
        // One name, one place: the ids behind the view are in the "Technical details" fold,
        // not in a second tab of nearly the same name.
        for (QTabWidget *tabs : page->findChildren<QTabWidget *>()) {
            for (int tab = 0; tab < tabs->count(); ++tab) {
                if (tabs->widget(tab) && tabs->widget(tab)->objectName() == QLatin1String("technicalDetails"))
                    cut << QStringLiteral("%1: a tab \"%2\" beside the technical details fold")
                               .arg(place, tabs->tabText(tab));
            }
        }
        if (auto *exceptions = qobject_cast<ExceptionsPage *>(page)) {
            // The toolbar (views, search, order, bulk and export) keeps to one row,
            // so that the list and the detail keep their height.
            if (auto *toolbar = exceptions->findChild<QWidget *>(QStringLiteral("exceptionsToolbar"))) {
                std::set<int> rows;
                for (QWidget *w : toolbar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
                    if (w->isVisible())
                        rows.insert(w->y());
                if (rows.size() > 1)
                    cut << QStringLiteral("%1: the toolbar takes %2 rows").arg(place).arg(rows.size());
            }
            // Business key, counterparty, error, amount and age without scrolling sideways.
            QTableView *view = exceptions->view();
            QHeaderView *header = view->horizontalHeader();
            QCOMPARE(view->horizontalScrollBar()->value(), 0);
            for (int column : {int(ExceptionListModel::BusinessKeyColumn), int(ExceptionListModel::CounterpartyColumn),
                               int(ExceptionListModel::ErrorColumn), int(ExceptionListModel::AmountColumn),
                               int(ExceptionListModel::AgeColumn)}) {
                const int left = header->sectionViewportPosition(column);
                const int right = left + header->sectionSize(column);
                if (header->isSectionHidden(column) || left < 0 || right > view->viewport()->width())
                    cut << QStringLiteral("%1: column %2 at %3..%4 of %5 px")
                               .arg(place, view->model()->headerData(column, Qt::Horizontal).toString())
                               .arg(left).arg(right).arg(view->viewport()->width());
            }
        }
        // Every flow's counts beside its name, every stuck order's error, every
        // connector's credential: without scrolling sideways.
        for (const char *name : {"flowsTable", "stuckTable", "connectorsView"}) {
            auto *table = page->findChild<QTableView *>(QString::fromLatin1(name));
            if (!table || !table->isVisible())
                continue;
            QCoreApplication::processEvents(); // the columns are fitted once the rows are in
            if (table->horizontalScrollBar()->isVisible())
                cut << QStringLiteral("%1: %2 scrolls sideways (%3 px more)")
                           .arg(place, QString::fromLatin1(name)).arg(table->horizontalScrollBar()->maximum());
        }
        const QString dir = qEnvironmentVariable("FLOWDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            window->grab().save(QStringLiteral("%1/fit-%2-%3-%4.png").arg(dir, language, user).arg(row));
    }
    for (const QString &c : std::as_const(cut))
        qInfo("cut: %s", qPrintable(c));
    QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("%1 things cut (listed above)").arg(cut.size())));
}

// ---------------------------------------------------------------------------------

void TestConsoleClerk::keyboardReachesPagesAndExceptions()
{
    REQUIRE_BACKEND();
    setLanguage(QStringLiteral("en"));
    signIn(QStringLiteral("operator"));
    QVERIFY(!QTest::currentTestFailed());
    MainWindow *window = mainWindow();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(navigation->count(), 7);
    for (int page = 7; page >= 1; --page) {
        QTest::keyClick(window, Qt::Key(Qt::Key_0 + page), Qt::ControlModifier);
        QTRY_COMPARE(navigation->currentRow(), page - 1);
    }

    // F1 lists the shortcuts, the new ones among them.
    QTest::keyClick(window, Qt::Key_F1);
    ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ShortcutsDialog *>()) != nullptr && dialog->isVisible());
    QStringList listed;
    for (const auto &e : ShortcutsDialog::collect(window))
        listed << e.keys.toString(QKeySequence::PortableText) + QLatin1Char('|') + e.description;
    for (const char *expected : {"Ctrl+1|Dashboard", "Ctrl+3|Exceptions", "F1|Keyboard Shortcuts", "Ctrl+.|Next Exception",
                                 "Ctrl+,|Previous Exception", "Ctrl+R|Resubmit", "Ctrl+Return|Save and Resubmit"})
        QVERIFY2(listed.contains(QString::fromLatin1(expected)), qPrintable(QString::fromLatin1(expected) + QStringLiteral(" not in: ") + listed.join(QStringLiteral("; "))));
    dialog->close();
    QTRY_VERIFY(!dialog->isVisible());

    // The exceptions page by its key; the next and previous exception without the mouse.
    auto *exceptions = window->findChild<ExceptionsPage *>();
    QVERIFY(exceptions);
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    QTRY_VERIFY(exceptions->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(exceptions->model()->rowCount() > 2, 15000);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus && exceptions->isAncestorOf(focus), "the page has the keyboard");
    QTest::keyClick(focus, Qt::Key_Period, Qt::ControlModifier);
    QTRY_COMPARE(exceptions->view()->currentIndex().row(), 0);
    const QString first = exceptions->model()->transaction(0).id;
    QTRY_COMPARE_WITH_TIMEOUT(exceptions->detail()->transactionId(), first, 10000);
    // (Offscreen, a popup of the detail that came and went leaves no window active;
    // a window manager gives the activation back.)
    if (!QApplication::activeWindow()) {
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
    }
    QVERIFY2(QApplication::focusWidget() && exceptions->isAncestorOf(QApplication::focusWidget()),
             "the keyboard stays on the page");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Period, Qt::ControlModifier);
    QTRY_COMPARE(exceptions->view()->currentIndex().row(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Comma, Qt::ControlModifier);
    QTRY_COMPARE(exceptions->view()->currentIndex().row(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(exceptions->detail()->transactionId(), first, 10000);

    // Ctrl+R resubmits the chosen exception: the backend answers for it.
    QAction *resubmit = exceptions->actions()->action(ActionController::Resubmit);
    QTRY_VERIFY_WITH_TIMEOUT(resubmit->isEnabled(), 10000);
    QSignalSpy status(exceptions->actions(), &ActionController::statusMessage);
    QSignalSpy resubmitted(resubmit, &QAction::triggered);
    exceptions->view()->setFocus();
    QTest::keyClick(exceptions->view(), Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(resubmitted.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 10000);

    // Ctrl+Enter in the detail is Save and Resubmit.
    auto *saveResubmit = exceptions->detail()->findChild<QAction *>(QStringLiteral("saveResubmitAction"));
    QVERIFY(saveResubmit);
    QSignalSpy saved(saveResubmit, &QAction::triggered);
    exceptions->detail()->setFocus();
    QWidget *inDetail = QApplication::focusWidget();
    QVERIFY(inDetail && (inDetail == exceptions->detail() || exceptions->detail()->isAncestorOf(inDetail)));
    QTest::keyClick(inDetail, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(saved.count(), 1);
}

// ---------------------------------------------------------------------------------

void TestConsoleClerk::rowsHoldStillUnderThePointer()
{
    REQUIRE_BACKEND();
    setLanguage(QStringLiteral("en"));
    signIn(QStringLiteral("operator"));
    QVERIFY(!QTest::currentTestFailed());
    MainWindow *window = mainWindow();
    auto *exceptions = window->findChild<ExceptionsPage *>();
    window->showPage(exceptions);
    QTRY_VERIFY_WITH_TIMEOUT(exceptions->model()->rowCount() > 3, 15000);
    ExceptionListModel *model = exceptions->model();
    auto ids = [model] {
        QStringList list;
        for (int r = 0; r < model->rowCount(); ++r)
            list << model->transaction(r).id;
        return list;
    };
    // Another clerk takes the third row over and resubmits the first while this
    // person's pointer rests on the list.
    QTest::mouseMove(exceptions->view()->viewport(), QPoint(40, 10));
    QTRY_VERIFY(model->holdsUpdates());
    const QStringList before = ids();
    const QPoint listAt = exceptions->view()->viewport()->mapTo(exceptions, QPoint(0, 0));
    const Transaction third = model->transaction(2);
    const Transaction first = model->transaction(0);
    BackendConnection otherConnection;
    otherConnection.setTarget(m_backend->target());
    SessionService other(&otherConnection);
    QSignalSpy otherIn(&other, &SessionService::loggedIn);
    other.login(QStringLiteral("operator"), QStringLiteral("demo-operator"));
    QVERIFY(otherIn.wait(10000));
    TransactionsService otherService(&otherConnection);
    int answered = 0;
    QStringList errors;
    otherService.assign(third.id, third.version, QStringLiteral("operator"), QString(), this,
                        [&](const MutationResult &r) { errors << r.error.userMessage(); ++answered; });
    otherService.resubmit(first.id, first.version, QString(), this,
                          [&](const MutationResult &r) { errors << r.error.userMessage(); ++answered; });
    QTRY_COMPARE_WITH_TIMEOUT(answered, 2, 10000);
    QCOMPARE(errors, QStringList({QString(), QString()}));

    // The changes are counted, not applied: the bar says so, no row moved or changed.
    auto *bar = exceptions->heldUpdatesBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 15000);
    // The demo's own traffic may add a change of its own while this runs.
    QTRY_VERIFY_WITH_TIMEOUT(model->heldCount() >= 2, 15000);
    auto *label = bar->findChild<QLabel *>(QStringLiteral("heldUpdatesLabel"));
    QTRY_VERIFY2(label->text().startsWith(QStringLiteral("%1 update").arg(model->heldCount())), qPrintable(label->text()));
    QTest::qWait(1000); // longer than the list's coalescing interval: still nothing moves
    QCOMPARE(ids(), before);
    QCOMPARE(model->transaction(2).assignee, third.assignee);
    // The notice itself moves nothing: the list is where it was.
    QCOMPARE(exceptions->view()->viewport()->mapTo(exceptions, QPoint(0, 0)), listAt);

    // Clicking "Show" (the pointer leaves the list for it) puts them in.
    auto *show = bar->findChild<QPushButton *>(QStringLiteral("showHeldUpdatesButton"));
    QTest::mouseMove(show);
    QTest::mouseClick(show, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 10000);
    QVERIFY(!model->holdsUpdates());
    QTRY_COMPARE_WITH_TIMEOUT(model->transaction(model->indexOf(third.id).row()).assignee, QStringLiteral("operator"), 10000);
    other.logout();
}

// ---------------------------------------------------------------------------------

namespace {
Transaction failed(const QString &id, qint64 amountMinor, const QString &currency = QStringLiteral("EUR"))
{
    Transaction t;
    t.id = id;
    t.businessKey = QStringLiteral("SO-") + id;
    t.state = TransactionState::Failed;
    t.amountMinor = amountMinor;
    t.currency = currency;
    return t;
}
} // namespace

void TestConsoleClerk::notificationDecisions()
{
    NotificationSettings settings;
    settings.enabled = true;
    settings.thresholdMinor = 500000; // 5 000.00 EUR
    settings.currency = QStringLiteral("EUR");
    NotificationPolicy policy(settings);
    using K = NotificationPolicy::Kind;
    using O = NotificationPolicy::Outcome;
    const QDateTime t0 = QDateTime::currentDateTimeUtc();

    // Below the threshold, another currency, not failed: nothing.
    QCOMPARE(policy.consider(K::HighValueFailure, failed(QStringLiteral("a"), 499999), t0), O::Ignore);
    QCOMPARE(policy.consider(K::HighValueFailure, failed(QStringLiteral("b"), 900000, QStringLiteral("PLN")), t0), O::Ignore);
    Transaction delivered = failed(QStringLiteral("c"), 900000);
    delivered.state = TransactionState::Delivered;
    QCOMPARE(policy.consider(K::HighValueFailure, delivered, t0), O::Ignore);
    // At the threshold: once, not twice for the same transaction.
    QCOMPARE(policy.consider(K::HighValueFailure, failed(QStringLiteral("d"), 500000), t0), O::Notify);
    QCOMPARE(policy.consider(K::HighValueFailure, failed(QStringLiteral("d"), 500000), t0), O::Ignore);
    // An SLA breach is a kind of its own, whatever the value.
    Transaction late = failed(QStringLiteral("e"), 100);
    QCOMPARE(policy.consider(K::SlaBreach, late, t0), O::Ignore); // not past its SLA
    late.stuck = true;
    QCOMPARE(policy.consider(K::SlaBreach, late, t0), O::Notify);
    QCOMPARE(policy.consider(K::HighValueFailure, failed(QStringLiteral("f"), 700000), t0.addSecs(10)), O::Notify);
    // The rate limit: three within five minutes, the fourth is held back and counted.
    QCOMPARE(policy.consider(K::HighValueFailure, failed(QStringLiteral("g"), 700000), t0.addSecs(20)), O::RateLimited);
    QCOMPARE(policy.suppressedCount(), 1);
    // Once the window has passed, notifications come again.
    QCOMPARE(policy.consider(K::HighValueFailure, failed(QStringLiteral("h"), 700000),
                             t0.addSecs(NotificationPolicy::windowSeconds + 1)), O::Notify);
    QCOMPARE(policy.takeSuppressed(), 1);
    QCOMPARE(policy.suppressedCount(), 0);
    // Switched off: nothing at all.
    settings.enabled = false;
    policy.setSettings(settings);
    QCOMPARE(policy.consider(K::HighValueFailure, failed(QStringLiteral("i"), 9000000), t0.addSecs(4000)), O::Ignore);
}

void TestConsoleClerk::notificationClickOpensTheItem()
{
    REQUIRE_BACKEND();
    setLanguage(QStringLiteral("en"));
    signIn(QStringLiteral("operator"));
    QVERIFY(!QTest::currentTestFailed());
    MainWindow *window = mainWindow();
    auto *notifier = window->findChild<TrayNotifier *>();
    QVERIFY(notifier);
    // The tray's count is the backend's count of failed transactions in the person's scope.
    qint64 failedInScope = 0;
    for (const Flow &f : window->flowsPage()->model()->flows())
        failedInScope += f.count(TransactionState::Failed);
    QVERIFY(failedInScope > 0);
    QTRY_COMPARE_WITH_TIMEOUT(notifier->openCount(), failedInScope, 10000);
    // Offscreen there is no tray: no icon, no crash, and the setting says so.
    QCOMPARE(TrayNotifier::trayAvailable(), false);
    QVERIFY(!notifier->trayIcon());
    auto *menuAction = window->findChild<QAction *>(QStringLiteral("notificationSettingsAction"));
    QVERIFY(menuAction);
    menuAction->trigger();
    QDialog *settingsDialog = nullptr;
    QTRY_VERIFY((settingsDialog = window->findChild<QDialog *>(QStringLiteral("notificationSettingsDialog"))) != nullptr
                && settingsDialog->isVisible());
    auto *note = settingsDialog->findChild<QLabel *>(QStringLiteral("notificationNote"));
    QVERIFY(note && note->text().contains(QStringLiteral("no system tray")));
    QVERIFY(!settingsDialog->findChild<QCheckBox *>(QStringLiteral("notificationsEnabled"))->isEnabled());
    settingsDialog->reject();
    QTRY_VERIFY(window->findChild<QDialog *>(QStringLiteral("notificationSettingsDialog")) == nullptr);

    // A high-value failure in scope is notified; a click on it opens it.
    auto *exceptions = window->findChild<ExceptionsPage *>();
    window->showPage(window->flowsPage());
    QTRY_VERIFY_WITH_TIMEOUT(exceptions->model()->rowCount() > 5, 15000);
    Transaction item = exceptions->model()->transaction(5);
    NotificationSettings settings = notifier->policy().settings();
    settings.enabled = true;
    settings.currency = item.currency;
    settings.thresholdMinor = item.amountMinor;
    notifier->policy().setSettings(settings);
    QSignalSpy notified(notifier, &TrayNotifier::notified);
    notifier->consider(NotificationPolicy::Kind::HighValueFailure, item);
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notified.first().at(0).toString(), item.id);
    notifier->activateLastNotification();
    QTRY_VERIFY(exceptions->isVisible());
    QTRY_COMPARE(exceptions->view()->currentIndex().row(), 5);
    QTRY_COMPARE_WITH_TIMEOUT(exceptions->detail()->transactionId(), item.id, 10000);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("flowdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_console_clerk"));
    QStandardPaths::setTestModeEnabled(true);
    TestConsoleClerk test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_console_clerk.moc"
