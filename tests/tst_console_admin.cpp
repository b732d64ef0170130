// The administration pages against a real flowdeskd: connectors with pause,
// resume, test and credential rotation; users and roles; the audit trail with
// filters, keyset paging, chain verification and CSV export. Each role sees what
// it may do, and unavailable actions say why.

#include "admin/auditpage.h"
#include "admin/connectorspage.h"
#include "admin/credentialdialog.h"
#include "admin/userdialog.h"
#include "admin/userspage.h"
#include "adminservice.h"
#include "auditlogmodel.h"
#include "backendconnection.h"
#include "connectorlistmodel.h"
#include "consoletestutil.h"
#include "eventfollower.h"
#include "sessionservice.h"
#include "userlistmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Flowdesk;

namespace {

// One signed-in console: connection, session and the admin service.
struct Console
{
    BackendConnection connection;
    SessionService session{&connection};
    AdminService admin{&connection};
    EventFollower events{&connection};

    bool login(const QString &target, const QString &user)
    {
        connection.setTarget(target);
        QSignalSpy ok(&session, &SessionService::loggedIn);
        QSignalSpy failed(&session, &SessionService::loginFailed);
        session.login(user, QStringLiteral("demo-") + user);
        return QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 10000) && !ok.isEmpty();
    }
};

Connector sampleConnector(const QString &id, ConnectorStatus status)
{
    Connector c;
    c.id = id;
    c.name = QStringLiteral("Connector %1").arg(id);
    c.kind = QStringLiteral("odoo");
    c.authType = QStringLiteral("api_key");
    c.status = status;
    return c;
}

// Every text a person could read in a widget tree.
QStringList visibleTexts(QWidget *root)
{
    QStringList out;
    out << root->windowTitle() << root->toolTip();
    for (QLabel *l : root->findChildren<QLabel *>())
        out << l->text() << l->toolTip();
    for (QLineEdit *e : root->findChildren<QLineEdit *>())
        out << e->text() << e->displayText() << e->placeholderText();
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
        out << b->text() << b->toolTip();
    return out;
}

} // namespace

class TestConsoleAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void connectorModelTexts_data();
    void connectorModelTexts();
    void auditModelPagesAndCsv();

    void connectorActionsAreGatedByRole_data();
    void connectorActionsAreGatedByRole();
    void adminPausesTestsAndResumes();
    void credentialDialogNeverShowsASecret();
    void usersPageForAdmins();
    void usersPageExplainsWhyToOthers_data();
    void usersPageExplainsWhyToOthers();
    void auditPagePagesFiltersAndExports();
    void auditScopeFollowsRole_data();
    void auditScopeFollowsRole();
    // Last: it breaks the chain on purpose.
    void auditPageShowsFirstBrokenEntry();

private:
    static void saveScreenshot(QWidget *widget, const QString &name);

    std::unique_ptr<BackendProcess> m_backend;
};

void TestConsoleAdmin::saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FLOWDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    if (qobject_cast<QDialog *>(widget))
        widget->adjustSize();
    else
        widget->resize(1400, 820);
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget))
        return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // laid out as a person would see it
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestConsoleAdmin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<Flowdesk::ServiceError>();
    qRegisterMetaType<Flowdesk::Session>();
    if (!BackendProcess::available())
        return;
    m_backend = std::make_unique<BackendProcess>(QStringList{QStringLiteral("--no-traffic")});
    QVERIFY2(m_backend->start(), qPrintable(m_backend->errorText()));
}

void TestConsoleAdmin::cleanupTestCase()
{
    m_backend.reset();
}

void TestConsoleAdmin::connectorModelTexts_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("statusText");
    QTest::newRow("up") << int(ConnectorStatus::Up) << QString() << QStringLiteral("Up");
    QTest::newRow("down") << int(ConnectorStatus::Down) << QString() << QStringLiteral("Down");
    QTest::newRow("paused with reason") << int(ConnectorStatus::Paused) << QStringLiteral("SAP upgrade")
                                        << QStringLiteral("Paused: SAP upgrade");
}

void TestConsoleAdmin::connectorModelTexts()
{
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(QString, statusText);
    ConnectorListModel *model = createConnectorListModel(this);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Connector c = sampleConnector(QStringLiteral("odoo"), ConnectorStatus(status));
    c.pausedReason = reason;
    c.credentialVersion = 3;
    c.credentialFingerprint = QStringLiteral("0123456789abcdef");
    c.credentialRotatedBy = QStringLiteral("admin");
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-03-01T12:00:00Z"), Qt::ISODate);
    c.credentialRotateTime = now.addDays(-100);
    c.rotationPolicyDays = 90;
    c.rotationOverdue = true;
    model->setNow(now);
    model->setConnectors({c, sampleConnector(QStringLiteral("crm"), ConnectorStatus::Up)});
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, ConnectorListModel::StatusColumn).data().toString(), statusText);
    QCOMPARE(model->index(0, ConnectorListModel::CredentialColumn).data().toString(),
             QStringLiteral("API key · v3 · 0123456789abcdef"));
    QCOMPARE(model->index(0, ConnectorListModel::RotationColumn).data().toString(),
             QStringLiteral("Overdue: 100 d ago by admin"));
    QCOMPARE(model->index(1, ConnectorListModel::CredentialColumn).data().toString(),
             QStringLiteral("API key · none set"));
    // A system that only submits, without sign-in: named as such, nothing "not set".
    {
        ConnectorListModel *inbound = createConnectorListModel(this);
        Connector mes = sampleConnector(QStringLiteral("mes-de01"), ConnectorStatus::Up);
        mes.kind = QStringLiteral("inbound");
        mes.authType = QStringLiteral("none");
        inbound->setConnectors({mes});
        QCOMPARE(inbound->index(0, ConnectorListModel::KindColumn).data().toString(),
                 QStringLiteral("Inbound (submits to Flowdesk)"));
        QCOMPARE(inbound->index(0, ConnectorListModel::CredentialColumn).data().toString(), QStringLiteral("No sign-in"));
        delete inbound;
    }
    // An update of one connector changes its row only.
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    Connector resumed = c;
    resumed.status = ConnectorStatus::Up;
    resumed.pausedReason.clear();
    model->updateConnector(resumed);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model->index(0, ConnectorListModel::StatusColumn).data().toString(), QStringLiteral("Up"));
}

void TestConsoleAdmin::auditModelPagesAndCsv()
{
    AuditLogModel *model = createAuditLogModel(this);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy more(model, &AuditLogModel::moreRequested);
    model->clear();
    AuditEntry a;
    a.sequence = 7;
    a.time = QDateTime::fromString(QStringLiteral("2026-03-01T12:00:00Z"), Qt::ISODate);
    a.actor = QStringLiteral("admin");
    a.action = QStringLiteral("pause_connector");
    a.targetType = QStringLiteral("connector");
    a.targetId = QStringLiteral("odoo");
    a.reason = QStringLiteral("=HYPERLINK(\"http://evil\"), \"quoted\"");
    a.detail = QStringLiteral("line one\nline two");
    AuditEntryPage page;
    page.entries = {a};
    page.nextPageToken = QStringLiteral("after-7");
    page.totalSize = 2;
    model->appendPage(page);
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->hasMore());
    QVERIFY(model->requestMore());
    QCOMPARE(more.count(), 1);
    QCOMPARE(more.first().first().toString(), QStringLiteral("after-7"));
    // No second request for the same page while one is out.
    QVERIFY(!model->requestMore());
    QCOMPARE(more.count(), 1);
    a.sequence = 6;
    a.reason.clear();
    page.entries = {a};
    page.nextPageToken.clear();
    model->appendPage(page);
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(!model->hasMore());
    QVERIFY(!model->requestMore());
    QCOMPARE(model->index(0, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("Paused connector"));

    const QList<QByteArray> lines = model->toCsv().split('\n');
    QVERIFY(lines.first().startsWith("sequence,time_utc,actor,role,action"));
    // A formula is defused and quoted; quotes are doubled; new lines stay inside the quoted cell.
    QVERIFY2(lines.at(1).contains("\"'=HYPERLINK(\"\"http://evil\"\"), \"\"quoted\"\"\""), lines.at(1).constData());
    QVERIFY(lines.at(1).contains("\"line one"));
    QVERIFY(lines.at(1).startsWith("7,2026-03-01T12:00:00.000Z,admin,"));
}

void TestConsoleAdmin::connectorActionsAreGatedByRole_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("manage");
    QTest::addColumn<QString>("pauseTip");
    QTest::addColumn<QString>("credentialTip");
    QTest::newRow("admin") << "admin" << true << QString() << QString();
    QTest::newRow("operator") << "operator" << false << QStringLiteral("Only IT admins can pause connectors")
                              << QStringLiteral("Only IT admins can set credentials");
    QTest::newRow("auditor") << "auditor" << false << QStringLiteral("Only IT admins can pause connectors")
                             << QStringLiteral("Only IT admins can set credentials");
}

void TestConsoleAdmin::connectorActionsAreGatedByRole()
{
    REQUIRE_BACKEND();
    QFETCH(QString, user);
    QFETCH(bool, manage);
    QFETCH(QString, pauseTip);
    QFETCH(QString, credentialTip);
    Console console;
    QVERIFY(console.login(m_backend->target(), user));
    ConnectorsPage page(&console.admin, &console.session, &console.events);
    QSignalSpy loaded(&page, &ConnectorsPage::connectorsLoaded);
    page.reload();
    QVERIFY(loaded.wait(10000));
    // Everybody who may read connectors sees all of them with their status.
    QVERIFY(page.model()->rowCount() >= 10);
    QVERIFY(page.model()->rowOf(QStringLiteral("odoo")) >= 0);
    QVERIFY(page.model()->rowOf(QStringLiteral("bank")) >= 0);
    page.view()->selectRow(page.model()->rowOf(QStringLiteral("odoo")));
    QCOMPARE(page.pauseAction()->isEnabled(), manage);
    QCOMPARE(page.testAction()->isEnabled(), manage);
    QCOMPARE(page.credentialAction()->isEnabled(), manage);
    if (!manage) {
        QCOMPARE(page.pauseAction()->toolTip(), pauseTip);
        QCOMPARE(page.credentialAction()->toolTip(), credentialTip);
        QCOMPARE(page.resumeAction()->toolTip(), QStringLiteral("Only IT admins can resume connectors"));
    } else {
        // Resume needs a paused connector, and says so.
        QVERIFY(!page.resumeAction()->isEnabled());
        QCOMPARE(page.resumeAction()->toolTip(), QStringLiteral("Odoo ERP is not paused"));
    }
    saveScreenshot(&page, QStringLiteral("connectors-%1").arg(user));
}

void TestConsoleAdmin::adminPausesTestsAndResumes()
{
    REQUIRE_BACKEND();
    Console console;
    QVERIFY(console.login(m_backend->target(), QStringLiteral("admin")));
    ConnectorsPage page(&console.admin, &console.session, &console.events);
    QSignalSpy loaded(&page, &ConnectorsPage::connectorsLoaded);
    page.reload();
    QVERIFY(loaded.wait(10000));
    const int row = page.model()->rowOf(QStringLiteral("wms-3pl"));
    QVERIFY(row >= 0);
    page.view()->selectRow(row);

    QSignalSpy finished(&page, &ConnectorsPage::actionFinished);
    page.pauseSelected(QStringLiteral("Warehouse system upgrade"));
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->connector(page.model()->index(row, 0)).isPaused(), 10000);
    QCOMPARE(page.model()->index(row, ConnectorListModel::StatusColumn).data().toString(),
             QStringLiteral("Paused: Warehouse system upgrade"));
    QVERIFY(!page.pauseAction()->isEnabled());
    QCOMPARE(page.pauseAction()->toolTip(), QStringLiteral("3PL warehouse (WMS) is already paused"));
    QVERIFY(page.resumeAction()->isEnabled());
    // The state is the server's: a fresh list says paused too.
    loaded.clear();
    page.reload();
    QVERIFY(loaded.wait(10000));
    QVERIFY(page.model()->connector(page.model()->index(row, 0)).isPaused());

    finished.clear();
    page.testSelected();
    QTRY_VERIFY_WITH_TIMEOUT(page.messageText().contains(QStringLiteral("Connection to 3PL warehouse (WMS)")), 15000);

    page.resumeSelected();
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->connector(page.model()->index(row, 0)).isPaused(), 10000);
    QVERIFY(page.pauseAction()->isEnabled());
    QVERIFY(page.messageText().contains(QStringLiteral("resumed")));
}

void TestConsoleAdmin::credentialDialogNeverShowsASecret()
{
    REQUIRE_BACKEND();
    Console console;
    QVERIFY(console.login(m_backend->target(), QStringLiteral("admin")));
    ConnectorsPage page(&console.admin, &console.session, &console.events);
    QSignalSpy loaded(&page, &ConnectorsPage::connectorsLoaded);
    page.reload();
    QVERIFY(loaded.wait(10000));
    const Connector before = page.model()->connector(page.model()->index(page.model()->rowOf(QStringLiteral("plm")), 0));
    QVERIFY(!before.id.isEmpty());

    const QString secret = QStringLiteral("plm-canary-9d41f0c2b7");
    CredentialDialog dialog(&console.admin, before);
    QCOMPARE(dialog.secretEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.confirmEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(!dialog.saveButton()->isEnabled());
    QCOMPARE(dialog.saveButton()->toolTip(), QStringLiteral("Enter the new secret"));
    QTest::keyClicks(dialog.secretEdit(), secret);
    QTest::keyClicks(dialog.confirmEdit(), secret.left(secret.size() - 1) + QLatin1Char('X'));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QCOMPARE(dialog.problemText(), QStringLiteral("The two entries differ."));
    dialog.confirmEdit()->clear();
    QTest::keyClicks(dialog.confirmEdit(), secret);
    QVERIFY(dialog.saveButton()->isEnabled());
    dialog.replayCheck()->setChecked(true);
    QSignalSpy set(&dialog, &CredentialDialog::credentialSet);
    saveScreenshot(&dialog, QStringLiteral("credential-dialog-admin"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(set.wait(10000));
    const Connector after = set.first().at(0).value<Connector>();
    QCOMPARE(after.credentialVersion, before.credentialVersion + 1);
    QCOMPARE(after.credentialFingerprint.size(), 16);
    QCOMPARE(after.credentialRotatedBy, QStringLiteral("admin"));
    QVERIFY2(dialog.resultText().contains(QStringLiteral("Authentication failures replayed unchanged: ")),
             qPrintable(dialog.resultText()));
    QVERIFY(dialog.resultText().contains(after.credentialFingerprint));
    // What was typed is gone, and no text of the dialog shows the secret.
    QVERIFY(dialog.secretEdit()->text().isEmpty());
    QVERIFY(dialog.confirmEdit()->text().isEmpty());
    for (const QString &text : visibleTexts(&dialog))
        QVERIFY2(!text.contains(secret), qPrintable(text));
    // Opening the dialog again shows the metadata of the new credential, never the secret.
    CredentialDialog again(&console.admin, after);
    QVERIFY(again.secretEdit()->text().isEmpty());
    const QString current = again.findChild<QLabel *>(QStringLiteral("currentCredentialLabel"))->text();
    QVERIFY(current.contains(after.credentialFingerprint));
    QVERIFY(current.contains(QStringLiteral("by admin")));
    for (const QString &text : visibleTexts(&again))
        QVERIFY2(!text.contains(secret), qPrintable(text));
    saveScreenshot(&again, QStringLiteral("credential-dialog-existing"));
}

void TestConsoleAdmin::usersPageForAdmins()
{
    REQUIRE_BACKEND();
    Console console;
    QVERIFY(console.login(m_backend->target(), QStringLiteral("admin")));
    UsersPage page(&console.admin, &console.session);
    QSignalSpy loaded(&page, &UsersPage::usersLoaded);
    page.reload();
    QVERIFY(loaded.wait(10000));
    QVERIFY(page.deniedText().isEmpty());
    QVERIFY(page.model()->rowOf(QStringLiteral("operator")) >= 0);
    QVERIFY(page.newAction()->isEnabled());
    QVERIFY(!page.editAction()->isEnabled());
    QCOMPARE(page.editAction()->toolTip(), QStringLiteral("Select an account first"));

    // Admins cannot lock themselves out.
    page.view()->selectRow(page.model()->rowOf(QStringLiteral("admin")));
    QVERIFY(!page.disableAction()->isEnabled());
    QCOMPARE(page.disableAction()->toolTip(), QStringLiteral("You cannot disable your own account"));

    // A new plant supervisor for Lyon, through the dialog.
    UserDialog create(&console.admin, UserDialog::Mode::Create);
    QTest::keyClicks(create.usernameEdit(), QStringLiteral("lyon.supervisor"));
    QTest::keyClicks(create.displayNameEdit(), QStringLiteral("Claire Martin"));
    create.roleCombo()->setCurrentIndex(create.roleCombo()->findData(int(Role::Viewer)));
    QVERIFY(!create.okButton()->isEnabled());
    QTest::keyClicks(create.passwordEdit(), QStringLiteral("lyon-password-1"));
    QTest::keyClicks(create.confirmEdit(), QStringLiteral("lyon-password-1"));
    QVERIFY(!create.okButton()->isEnabled());
    QCOMPARE(create.okButton()->toolTip(), QStringLiteral("Choose at least one plant for a plant supervisor"));
    QVERIFY(!create.domainCheck(QStringLiteral("sales"))->isEnabled());
    create.plantCheck(QStringLiteral("FR01"))->setChecked(true);
    QVERIFY(create.okButton()->isEnabled());
    QSignalSpy saved(&create, &UserDialog::userSaved);
    create.submit();
    QVERIFY(saved.wait(10000));
    const AdminUser created = saved.first().first().value<AdminUser>();
    QCOMPARE(created.user.role, Role::Viewer);
    QCOMPARE(created.user.plants, QStringList{QStringLiteral("FR01")});

    loaded.clear();
    page.reload();
    QVERIFY(loaded.wait(10000));
    const int row = page.model()->rowOf(QStringLiteral("lyon.supervisor"));
    QVERIFY(row >= 0);
    page.view()->selectRow(row);
    QVERIFY(page.disableAction()->isEnabled());
    page.toggleSelectedDisabled();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->user(page.model()->index(row, 0)).disabled, 10000);
    QCOMPARE(page.model()->index(row, UserListModel::StateColumn).data().toString(), QStringLiteral("Disabled"));
    QCOMPARE(page.disableAction()->text(), QStringLiteral("Enable"));
    // The disabled account cannot sign in.
    Console lyon;
    QVERIFY(!lyon.login(m_backend->target(), QStringLiteral("lyon.supervisor")));

    // Role change to operator for sales.
    UserDialog edit(&console.admin, UserDialog::Mode::Edit, page.model()->user(page.model()->index(row, 0)));
    QVERIFY(edit.usernameEdit()->isReadOnly());
    edit.roleCombo()->setCurrentIndex(edit.roleCombo()->findData(int(Role::Operator)));
    edit.domainCheck(QStringLiteral("sales"))->setChecked(true);
    QSignalSpy edited(&edit, &UserDialog::userSaved);
    edit.submit();
    QVERIFY(edited.wait(10000));
    QCOMPARE(edited.first().first().value<AdminUser>().user.role, Role::Operator);
    QCOMPARE(edited.first().first().value<AdminUser>().user.domains, QStringList{QStringLiteral("sales")});

    // A weak password is refused by the dialog before it reaches the server.
    UserDialog reset(&console.admin, UserDialog::Mode::ResetPassword, created);
    QTest::keyClicks(reset.passwordEdit(), QStringLiteral("short"));
    QTest::keyClicks(reset.confirmEdit(), QStringLiteral("short"));
    QVERIFY(!reset.okButton()->isEnabled());
    QCOMPARE(reset.okButton()->toolTip(), QStringLiteral("The password must have at least 8 characters"));
    saveScreenshot(&page, QStringLiteral("users-admin"));
}

void TestConsoleAdmin::usersPageExplainsWhyToOthers_data()
{
    QTest::addColumn<QString>("user");
    QTest::newRow("auditor") << "auditor";
    QTest::newRow("operator") << "operator";
}

void TestConsoleAdmin::usersPageExplainsWhyToOthers()
{
    REQUIRE_BACKEND();
    QFETCH(QString, user);
    Console console;
    QVERIFY(console.login(m_backend->target(), user));
    UsersPage page(&console.admin, &console.session);
    page.reload();
    QVERIFY(page.deniedText().contains(QStringLiteral("Only IT admins manage accounts and roles")));
    // The person by their name, not their sign-in name.
    const QString name = console.session.session().user.displayName;
    QVERIFY(!name.isEmpty());
    QVERIFY2(page.deniedText().contains(name), qPrintable(page.deniedText()));
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(!page.newAction()->isEnabled());
    QCOMPARE(page.newAction()->toolTip(), QStringLiteral("Only IT admins can manage users"));
    saveScreenshot(&page, QStringLiteral("users-%1").arg(user));
}

void TestConsoleAdmin::auditPagePagesFiltersAndExports()
{
    REQUIRE_BACKEND();
    Console console;
    QVERIFY(console.login(m_backend->target(), QStringLiteral("admin")));
    // Enough entries for more than one page: pause and resume the QMS 60 times.
    int done = 0;
    for (int i = 0; i < 60; ++i) {
        console.admin.pauseConnector(this, QStringLiteral("qms"), QStringLiteral("Window %1").arg(i),
                                     [&done](const ServiceError &e, const Connector &) { done += e.isOk(); });
        console.admin.resumeConnector(this, QStringLiteral("qms"),
                                      [&done](const ServiceError &e, const Connector &) { done += e.isOk(); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 120, 20000);

    AuditPage page(&console.admin, &console.session);
    QSignalSpy pages(&page, &AuditPage::pageLoaded);
    page.reload();
    QVERIFY(pages.wait(10000));
    QCOMPARE(page.model()->rowCount(), AuditPage::PageSize);
    QVERIFY(page.model()->totalSize() > AuditPage::PageSize);
    // Newest first.
    QVERIFY(page.model()->entries().first().sequence > page.model()->entries().last().sequence);
    // Scrolling to the end asks for the next page (keyset paging).
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // Only the first page until the person scrolls. This asserts that nothing happens:
    // no further page is asked for within a generous moment after the page is shown.
    QSignalSpy moreRequested(page.model(), &AuditLogModel::moreRequested);
    QVERIFY(!moreRequested.wait(300));
    QCOMPARE(page.model()->rowCount(), AuditPage::PageSize);
    page.view()->scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > AuditPage::PageSize, 10000);
    const QList<AuditEntry> all = page.model()->entries();
    for (int i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i).sequence < all.at(i - 1).sequence);
    saveScreenshot(&page, QStringLiteral("audit-admin"));

    // Filter: the pauses of the QMS only.
    AuditFilter filter;
    filter.action = QStringLiteral("pause_connector");
    filter.targetType = QStringLiteral("connector");
    filter.targetId = QStringLiteral("qms");
    pages.clear();
    page.setFilter(filter);
    QVERIFY(pages.wait(10000));
    QCOMPARE(page.model()->totalSize(), 60);
    for (const AuditEntry &e : page.model()->entries()) {
        QCOMPARE(e.action, QStringLiteral("pause_connector"));
        QCOMPARE(e.targetId, QStringLiteral("qms"));
        QCOMPARE(e.actor, QStringLiteral("admin"));
    }
    QSet<QString> reasons;
    for (const AuditEntry &e : page.model()->entries())
        reasons.insert(e.reason);
    QCOMPARE(reasons.size(), 60);
    QVERIFY(reasons.contains(QStringLiteral("Window 0")));
    QVERIFY(reasons.contains(QStringLiteral("Window 59")));
    // The target by the kind's name, as the filter names it.
    QCOMPARE(page.model()->index(0, AuditLogModel::TargetColumn).data().toString(), QStringLiteral("Connector qms"));
    auto *kinds = page.findChild<QComboBox *>(QStringLiteral("auditTargetTypeFilter"));
    QVERIFY(kinds);
    QVERIFY(kinds->findText(QStringLiteral("Connector")) > 0);
    QVERIFY(kinds->findText(QStringLiteral("Site configuration")) > 0);

    // A time range in the future matches nothing.
    filter = {};
    filter.from = QDateTime::currentDateTime().addDays(1);
    pages.clear();
    page.setFilter(filter);
    QVERIFY(pages.wait(10000));
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(page.countText(), QStringLiteral("No entries match the filter"));

    // Chain verification as a person reads it.
    QVERIFY(page.verifyButton()->isEnabled());
    QSignalSpy verified(&page, &AuditPage::chainVerified);
    page.verifyChain();
    QVERIFY(verified.wait(10000));
    QVERIFY(verified.first().first().toBool());
    QVERIFY2(page.chainText().contains(QStringLiteral("Chain intact")), qPrintable(page.chainText()));

    // CSV export loads every matching entry, not only the rows on screen.
    filter = {};
    filter.actor = QStringLiteral("admin");
    pages.clear();
    page.setFilter(filter);
    QVERIFY(pages.wait(10000));
    const int total = page.model()->totalSize();
    QVERIFY(total > AuditPage::PageSize);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    QSignalSpy exported(&page, &AuditPage::exported);
    page.exportCsv(path);
    QVERIFY(exported.wait(20000));
    QCOMPARE(exported.first().at(1).toInt(), total);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv.count("\r\n"), total + 1);
    QVERIFY(csv.startsWith("sequence,time_utc,actor,role,action"));
}

void TestConsoleAdmin::auditScopeFollowsRole_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("all");
    QTest::newRow("auditor") << "auditor" << true;
    QTest::newRow("operator") << "operator" << false;
    QTest::newRow("viewer") << "viewer" << false;
}

void TestConsoleAdmin::auditScopeFollowsRole()
{
    REQUIRE_BACKEND();
    QFETCH(QString, user);
    QFETCH(bool, all);
    Console console;
    QVERIFY(console.login(m_backend->target(), user));
    AuditPage page(&console.admin, &console.session);
    QSignalSpy pages(&page, &AuditPage::pageLoaded);
    page.reload();
    QVERIFY(pages.wait(10000));
    QVERIFY(page.model()->rowCount() > 0);
    QCOMPARE(page.verifyButton()->isEnabled(), all);
    bool othersSeen = false;
    for (const AuditEntry &e : page.model()->entries())
        othersSeen = othersSeen || e.actor != user;
    QCOMPARE(othersSeen, all);
    if (!all) {
        QCOMPARE(page.verifyButton()->toolTip(),
                 QStringLiteral("Only auditors and IT admins can verify the whole audit chain"));
        QVERIFY(page.scopeText().contains(QStringLiteral("only your own actions")));
    }
    saveScreenshot(&page, QStringLiteral("audit-%1").arg(user));
}

void TestConsoleAdmin::auditPageShowsFirstBrokenEntry()
{
    REQUIRE_BACKEND();
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    // scripts/setup installs it; without it the chain check below cannot be shown a broken chain.
    if (sqlite.isEmpty())
        QFAIL("the sqlite3 command is missing (not found in PATH): it is needed to tamper with the database");
    Console console;
    QVERIFY(console.login(m_backend->target(), QStringLiteral("auditor")));
    AuditPage page(&console.admin, &console.session);
    QSignalSpy pages(&page, &AuditPage::pageLoaded);
    page.reload();
    QVERIFY(pages.wait(10000));

    // Someone with access to the database rewrites why the QMS was paused.
    QProcess p;
    p.start(sqlite, {m_backend->dataDir() + QStringLiteral("/flowdesk.db"),
                     QStringLiteral(".timeout 5000"),
                     QStringLiteral("UPDATE audit SET reason = 'routine' WHERE action = 'pause_connector' AND reason = "
                                    "'Window 30'; SELECT sequence FROM audit WHERE reason = 'routine';")});
    QVERIFY(p.waitForFinished(10000));
    const qint64 tampered = p.readAllStandardOutput().trimmed().toLongLong();
    QVERIFY2(tampered > 0, p.readAllStandardError().constData());

    QSignalSpy verified(&page, &AuditPage::chainVerified);
    page.verifyChain();
    QVERIFY(verified.wait(10000));
    QVERIFY(!verified.first().first().toBool());
    QVERIFY2(page.chainText().contains(QStringLiteral("Chain broken at entry %1").arg(tampered)),
             qPrintable(page.chainText()));
    QVERIFY(page.chainText().contains(QStringLiteral("altered")));
    saveScreenshot(&page, QStringLiteral("audit-broken-auditor"));
}

QTEST_MAIN(TestConsoleAdmin)
#include "tst_console_admin.moc"
