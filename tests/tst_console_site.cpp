// What the console shows of a site whose flowdeskd delivers through real adapters
// (the demo site: Odoo and HTTP targets simulated on loopback ports), against a real
// flowdeskd: the receipt of a delivery, what to do about an error in the reader's
// language, the field the target named, the target's values offered while the
// clerk types, and reloading a site's configuration file from the connectors page.

#include "admin/auditpage.h"
#include "admin/connectorspage.h"
#include "admin/reloadconfigurationdialog.h"
#include "adminservice.h"
#include "auditlogmodel.h"
#include "backendconnection.h"
#include "commands/actioncontroller.h"
#include "consoletestutil.h"
#include "errorgroupmodel.h"
#include "exceptionlistmodel.h"
#include "exceptions/bulkdialog.h"
#include "exceptions/exceptionspage.h"
#include "exceptions/transactiondetail.h"
#include "jsonschema.h"
#include "payloadeditor/fieldlookupcompleter.h"
#include "payloadeditor/payloadeditor.h"
#include "sessionservice.h"
#include "transactionsservice.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>
#include <optional>

using namespace Flowdesk;

namespace {

const QString kFlow = QStringLiteral("crm-quote-to-order");
const QString kCode = QStringLiteral("UNKNOWN_CUSTOMER");
const QString kField = QStringLiteral("/customer/code");
// A text field of the same flow that no target looks up.
const QString kPlainField = QStringLiteral("/customer/name");

// The demo site's advice for an unknown customer (backend/demo/site/demo-site.yaml).
const QString kWhatToDoEn = QStringLiteral(
    "Check the customer code. If the customer is new, ask master data to create it in Odoo (Contacts, field "
    "Reference); then resubmit.");
const QString kWhatToDoDe = QStringLiteral(
    "Prüfen Sie die Kundennummer. Ist der Kunde neu, lassen Sie ihn von der Stammdatenpflege in Odoo anlegen "
    "(Kontakte, Feld Referenz) und senden Sie danach erneut.");

// One signed-in console in one language, with the Exceptions page.
struct Console
{
    BackendConnection connection;
    SessionService session{&connection};
    std::unique_ptr<TransactionsService> service;
    std::unique_ptr<ExceptionsPage> page;

    bool start(const QString &target, const QString &user, const QString &language)
    {
        connection.setTarget(target);
        connection.setLanguage(language);
        QSignalSpy ok(&session, &SessionService::loggedIn);
        QSignalSpy failed(&session, &SessionService::loginFailed);
        session.login(user, QStringLiteral("demo-") + user);
        if (!QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 10000) || ok.isEmpty())
            return false;
        service = std::make_unique<TransactionsService>(&connection);
        page = std::make_unique<ExceptionsPage>(service.get(), &session, nullptr);
        page->actions()->setInteractive(false);
        page->resize(1500, 950);
        page->show();
        page->activateWindow();
        if (!QTest::qWaitFor([this] { return page->model()->hasLoadedOnce(); }, 10000))
            return false;
        // The flows' schemas have arrived (the form is built from them).
        auto *flows = page->findChild<QComboBox *>(QStringLiteral("flowFilter"));
        return flows && QTest::qWaitFor([flows] { return flows->count() > 1; }, 10000);
    }

    // Shows the transaction in the detail as a clerk who picked it.
    bool open(const QString &id)
    {
        TransactionDetail *detail = page->detail();
        QSignalSpy loaded(detail, &TransactionDetail::loaded);
        detail->clear();
        detail->showTransaction(id);
        return QTest::qWaitFor([&] { return !loaded.isEmpty() && detail->transactionId() == id; }, 10000)
            && detail->transaction().full;
    }

    PayloadEditor *editor() const { return page->detail()->payloadEditor(); }
    QLineEdit *field(const QString &pointer) const { return editor()->findChild<QLineEdit *>(pointer); }
};

QAction *lookupAction(QLineEdit *edit)
{
    return edit ? edit->findChild<QAction *>(QStringLiteral("lookupAction")) : nullptr;
}

QString payloadValue(PayloadEditor *editor, const QString &pointer)
{
    const auto doc = parseJson(editor->payloadJson());
    const JsonNode *node = doc ? doc->at(pointer) : nullptr;
    return node ? node->text() : QString();
}

} // namespace

class TestConsoleSite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void whatToDoInTheReadersLanguage_data();
    void whatToDoInTheReadersLanguage();
    void fieldTheTargetNamedIsMarkedAndFocused();
    void targetValuesAreOfferedAndOneIsInserted();
    void didYouMeanOffersTheClosestValuesForOneClick();
    void bulkCorrectionOffersTheTargetsValues();
    void auditPageFindsTheOrderAndShowsTheEditFieldByField();
    void receiptIsShownAfterDelivery();
    void fieldWithoutLookupIsNotOffered();
    void reloadWithoutConfigurationFileSaysSo();
    void reloadShowsEveryErrorWithFileAndLine();
    void reloadSummarisesWhatChanged();

private:
    // A failed order of the demo's CRM flow whose customer Odoo did not know, as
    // Odoo's adapter last answered it; the same one for the same index.
    QString unknownCustomer(int index = 0);
    std::optional<Transaction> fetch(const QString &id);
    // A site of its own (the annotated example) with an IT admin, for reloading.
    bool startConfiguredSite();
    ConnectorsPage *adminConnectorsPage(BackendConnection &connection, SessionService &session, AdminService &admin);

    std::unique_ptr<BackendProcess> m_backend;
    std::unique_ptr<BackendConnection> m_connection;
    std::unique_ptr<SessionService> m_session;
    QStringList m_prepared;

    std::unique_ptr<QTemporaryDir> m_siteDir;
    std::unique_ptr<BackendProcess> m_site;
    QString m_siteFile;
};

void TestConsoleSite::initTestCase()
{
    qRegisterMetaType<Flowdesk::ServiceError>();
    qRegisterMetaType<Flowdesk::Session>();
    qRegisterMetaType<Flowdesk::Transaction>();
    qRegisterMetaType<Flowdesk::FieldLookupResult::Status>();
    REQUIRE_BACKEND();
    m_backend = std::make_unique<BackendProcess>(QStringList{QStringLiteral("--no-traffic")});
    QVERIFY2(m_backend->start(), qPrintable(m_backend->errorText()));
    m_connection = std::make_unique<BackendConnection>();
    m_connection->setTarget(m_backend->target());
    m_session = std::make_unique<SessionService>(m_connection.get());
    QSignalSpy ok(m_session.get(), &SessionService::loggedIn);
    m_session->login(QStringLiteral("operator"), QStringLiteral("demo-operator"));
    QVERIFY(ok.wait(10000));
}

void TestConsoleSite::cleanupTestCase()
{
    m_session.reset();
    m_connection.reset();
    m_backend.reset();
    m_site.reset();
}

QString TestConsoleSite::unknownCustomer(int index)
{
    while (m_prepared.size() <= index) {
        // A failed order of the CRM flow whose customer Odoo does not know ...
        TransactionsService client(m_connection.get());
        TransactionQuery query;
        query.states = {TransactionState::Failed};
        query.flowIds = {kFlow};
        Transaction candidate;
        QString pageToken;
        for (int page = 0; page < 20 && !candidate.isValid(); ++page) {
            bool answered = false;
            QString next;
            client.list(query, pageToken, 200, this, [&](const ServiceError &e, const TransactionPage &p) {
                answered = true;
                if (!e.isOk())
                    return;
                for (const Transaction &t : p.transactions) {
                    if (t.error.code == kCode && !m_prepared.contains(t.id)) {
                        candidate = t;
                        break;
                    }
                }
                next = p.nextPageToken;
            });
            if (!QTest::qWaitFor([&] { return answered; }, 10000) || next.isEmpty())
                break;
            pageToken = next;
        }
        if (!candidate.isValid())
            return {};
        // ... sent to Odoo again unchanged, so that the adapter's answer (the field
        // it named) is what the console shows, as after any real delivery.
        if (candidate.error.fieldPath.isEmpty()) {
            bool sent = false;
            client.resubmit(candidate.id, candidate.version, TransactionsService::newRequestId(), this,
                            [&](const MutationResult &r) { sent = r.isOk(); });
            if (!QTest::qWaitFor([&] { return sent; }, 10000))
                return {};
            std::optional<Transaction> again;
            if (!QTest::qWaitFor(
                    [&] {
                        again = fetch(candidate.id);
                        return again && again->isFailed() && again->version > candidate.version;
                    },
                    30000))
                return {};
            if (again->error.code != kCode || again->error.fieldPath != kField) {
                qWarning("Odoo answered %s at \"%s\"", qPrintable(again->error.code),
                         qPrintable(again->error.fieldPath));
                return {};
            }
        }
        m_prepared << candidate.id;
    }
    return m_prepared.at(index);
}

std::optional<Transaction> TestConsoleSite::fetch(const QString &id)
{
    TransactionsService client(m_connection.get());
    std::optional<Transaction> result;
    bool answered = false;
    client.get(id, true, this, [&](const ServiceError &e, const Transaction &t) {
        answered = true;
        if (e.isOk())
            result = t;
    });
    (void)QTest::qWaitFor([&] { return answered; }, 10000);
    return result;
}

void TestConsoleSite::whatToDoInTheReadersLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("advice");
    QTest::newRow("English") << QStringLiteral("en") << kWhatToDoEn;
    QTest::newRow("German") << QStringLiteral("de") << kWhatToDoDe;
}

void TestConsoleSite::whatToDoInTheReadersLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, advice);
    const QString id = unknownCustomer();
    QVERIFY2(!id.isEmpty(), "the demo has no failed CRM order with an unknown customer");
    Console console;
    QVERIFY(console.start(m_backend->target(), QStringLiteral("operator"), language));
    QVERIFY(console.open(id));

    // The advice is shown in the error section, in the reader's language.
    QLabel *whatToDo = console.page->detail()->whatToDoLabel();
    QVERIFY(whatToDo->isVisibleTo(console.page.get()));
    QCOMPARE(whatToDo->text(), advice);

    // The error group of the same failure says the same.
    QString groupAdvice;
    QVERIFY(QTest::qWaitFor(
        [&] {
            ErrorGroupModel *groups = console.page->groupModel();
            for (int row = 0; row < groups->rowCount(); ++row) {
                const QModelIndex index = groups->index(row, ErrorGroupModel::ErrorColumn);
                if (groups->group(index).code == kCode && groups->group(index).flowId == kFlow) {
                    groupAdvice = index.data(ErrorGroupModel::WhatToDoRole).toString();
                    return index.data(Qt::ToolTipRole).toString().contains(advice);
                }
            }
            return false;
        },
        10000));
    QCOMPARE(groupAdvice, advice);
}

void TestConsoleSite::fieldTheTargetNamedIsMarkedAndFocused()
{
    const QString id = unknownCustomer();
    QVERIFY2(!id.isEmpty(), "the demo has no failed CRM order with an unknown customer");
    Console console;
    QVERIFY(console.start(m_backend->target(), QStringLiteral("operator"), QStringLiteral("en")));
    QVERIFY(QTest::qWaitForWindowActive(console.page.get()));
    QVERIFY(console.open(id));
    TransactionDetail *detail = console.page->detail();

    // The error section names the field in the words of the form.
    QVERIFY(detail->fieldPathLabel()->isVisibleTo(console.page.get()));
    QCOMPARE(detail->fieldPathLabel()->text(), QStringLiteral("Field named by Odoo: Customer › Code"));

    // The form marks it, and no other field.
    QLineEdit *code = console.field(kField);
    QVERIFY(code);
    QCOMPARE(console.editor()->targetField(), kField);
    QVERIFY(code->property("targetNamed").toBool());
    QVERIFY(!console.field(kPlainField)->property("targetNamed").toBool());
    QLabel *note = code->parentWidget()->findChild<QLabel *>(QStringLiteral("targetNote"));
    QVERIFY(note);
    QVERIFY(note->isVisibleTo(console.page.get()));
    QCOMPARE(note->text(), QStringLiteral("Odoo named this field in its error."));

    // Opening the transaction (Enter in the list, or Show Field) takes the
    // keyboard to that field, wherever it was.
    auto *search = console.page->findChild<QLineEdit *>(QStringLiteral("exceptionsSearch"));
    QVERIFY(search);
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QVERIFY(!code->hasFocus());
    detail->findChild<QToolButton *>(QStringLiteral("showFieldButton"))->click();
    QTRY_VERIFY(code->hasFocus());
}

void TestConsoleSite::targetValuesAreOfferedAndOneIsInserted()
{
    const QString id = unknownCustomer();
    QVERIFY2(!id.isEmpty(), "the demo has no failed CRM order with an unknown customer");
    Console console;
    QVERIFY(console.start(m_backend->target(), QStringLiteral("operator"), QStringLiteral("en")));
    QVERIFY(QTest::qWaitForWindowActive(console.page.get()));
    QSignalSpy answers(console.editor(), &PayloadEditor::lookupAnswered);
    QVERIFY(console.open(id));
    QLineEdit *code = console.field(kField);
    QVERIFY(code);
    const QString before = code->text();

    // Odoo offers customers for the field: the offer shows once it answered.
    QTRY_VERIFY_WITH_TIMEOUT(lookupAction(code) && lookupAction(code)->isVisible(), 10000);
    QVERIFY(!answers.isEmpty());
    QCOMPARE(answers.first().at(1).value<FieldLookupResult::Status>(), FieldLookupResult::Status::Ok);

    // Alt+Down lists them under the field.
    console.editor()->focusField(kField);
    QTRY_VERIFY(code->hasFocus());
    QAbstractItemView *list = console.editor()->lookupPopup();
    QTest::keyClick(code, Qt::Key_Down, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(list->isVisible() && list->model()->rowCount() > 0, 10000);
    const QString value = list->model()->index(0, 0).data(Qt::UserRole).toString();
    const QString label = list->model()->index(0, 0).data(Qt::DisplayRole).toString();
    QVERIFY(!value.isEmpty());
    QVERIFY(!label.isEmpty());
    QVERIFY(value != before);
    QTest::keyClick(list, Qt::Key_Escape);
    QTRY_VERIFY(!list->isVisible());

    // Typing asks again (once the clerk pauses) and narrows the list to what matches.
    code->clear();
    const int callsBefore = console.editor()->lookupCallCount();
    QTest::keyClicks(code, value.left(4));
    QVERIFY(console.editor()->isLookupBusy());
    QTRY_VERIFY_WITH_TIMEOUT(list->isVisible() && !console.editor()->isLookupBusy(), 10000);
    QCOMPARE(console.editor()->lookupCallCount(), callsBefore + 1); // one call for the four keys
    int row = -1;
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        if (list->model()->index(r, 0).data(Qt::UserRole).toString() == value)
            row = r;
    }
    QVERIFY2(row >= 0, qPrintable(QStringLiteral("%1 is not offered for \"%2\"").arg(value, value.left(4))));

    // Choosing shows the label, inserts the value.
    list->setCurrentIndex(list->model()->index(row, 0));
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(code->text(), value);
    QCOMPARE(payloadValue(console.editor(), kField), value);
    QVERIFY(console.editor()->isModified());
    QVERIFY(console.page->detail()->saveAndResubmitButton()->isEnabled());
}

// Setting a field over many orders: the value field offers what the target
// system has for that field, as the payload form does for one order.
void TestConsoleSite::bulkCorrectionOffersTheTargetsValues()
{
    const QString id = unknownCustomer();
    QVERIFY2(!id.isEmpty(), "the demo has no failed CRM order with an unknown customer");
    Console console;
    QVERIFY(console.start(m_backend->target(), QStringLiteral("operator"), QStringLiteral("en")));
    QVERIFY(QTest::qWaitForWindowActive(console.page.get()));
    int row = -1;
    QVERIFY(QTest::qWaitFor([&] {
        for (int r = 0; r < console.page->model()->rowCount(); ++r)
            if (console.page->model()->transaction(r).id == id)
                row = r;
        return row >= 0;
    }, 10000));
    // A list row names its error's field through its error group: the groups are
    // in before the dialog opens (under load they can come after the list).
    const QString group = console.page->model()->transaction(row).error.group;
    QTRY_VERIFY_WITH_TIMEOUT(console.page->groupModel()->indexOf(group).isValid(), 10000);
    console.page->view()->selectRow(row);
    QTRY_COMPARE(console.page->actions()->selection().size(), 1);
    console.page->openBulkDialog();
    BulkDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = console.page->findChild<BulkDialog *>()) && dialog->isVisible(), 5000);
    // The field the error names is chosen; Odoo offers customers for it.
    QCOMPARE(dialog->patchPath(), kField);
    QLineEdit *value = dialog->valueEdit();
    QTRY_VERIFY_WITH_TIMEOUT(lookupAction(value) && lookupAction(value)->isVisible(), 10000);
    QAbstractItemView *list = dialog->lookupPopup();
    QVERIFY(list);
    value->setFocus();
    QTest::keyClick(value, Qt::Key_Down, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(list->isVisible() && list->model()->rowCount() > 0, 10000);
    const QString offered = list->model()->index(0, 0).data(Qt::UserRole).toString();
    QVERIFY(!offered.isEmpty());
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(value->text(), offered);
    QVERIFY(dialog->previewButton()->isEnabled());
    dialog->close();
}

void TestConsoleSite::didYouMeanOffersTheClosestValuesForOneClick()
{
    const QString id = unknownCustomer();
    QVERIFY2(!id.isEmpty(), "the demo has no failed CRM order with an unknown customer");
    Console console;
    QVERIFY(console.start(m_backend->target(), QStringLiteral("operator"), QStringLiteral("en")));
    QVERIFY(QTest::qWaitForWindowActive(console.page.get()));
    QVERIFY(console.open(id));
    QLineEdit *code = console.field(kField);
    QVERIFY(code);
    const QString refused = code->text();
    QVERIFY(!refused.isEmpty());

    // Next to the field Odoo refused: the customers closest to the refused code.
    QWidget *offer = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((offer = FieldLookupCompleter::suggestionsOf(code)) != nullptr, 10000);
    QVERIFY(offer->isVisibleTo(console.page.get()));
    const auto buttons = offer->findChildren<QPushButton *>(QStringLiteral("didYouMeanButton"));
    QVERIFY(!buttons.isEmpty());
    QVERIFY(buttons.size() <= 3);
    QCOMPARE(offer->findChild<QLabel *>(QStringLiteral("didYouMeanLabel"))->text(), QStringLiteral("Did you mean:"));
    const QString value = buttons.first()->property("value").toString();
    QVERIFY(value.startsWith(QStringLiteral("C-")));
    QVERIFY(value != refused);
    QVERIFY(!console.editor()->isModified());

    // One click puts it into the payload and the offer goes.
    QTest::mouseClick(buttons.first(), Qt::LeftButton);
    QTRY_COMPARE(code->text(), value);
    QCOMPARE(payloadValue(console.editor(), kField), value);
    QVERIFY(console.editor()->isModified());
    QVERIFY(console.page->detail()->saveAndResubmitButton()->isEnabled());
    QTRY_VERIFY(FieldLookupCompleter::suggestionsOf(code) == nullptr);
}

void TestConsoleSite::auditPageFindsTheOrderAndShowsTheEditFieldByField()
{
    const QString id = unknownCustomer(2);
    QVERIFY2(!id.isEmpty(), "the demo has no failed CRM order with an unknown customer");
    const std::optional<Transaction> t = fetch(id);
    QVERIFY(t && !t->businessKey.isEmpty());
    Console console;
    QVERIFY(console.start(m_backend->target(), QStringLiteral("operator"), QStringLiteral("en")));

    // The clerk corrects the customer code.
    QJsonObject payload = QJsonDocument::fromJson(t->payloadJson.toUtf8()).object();
    QJsonObject customer = payload.value(QStringLiteral("customer")).toObject();
    const QString refused = customer.value(QStringLiteral("code")).toString();
    customer.insert(QStringLiteral("code"), QStringLiteral("C-10001"));
    payload.insert(QStringLiteral("customer"), customer);
    std::optional<MutationResult> saved;
    console.service->updatePayload(id, t->version, QString::fromUtf8(QJsonDocument(payload).toJson()),
                                   QStringLiteral("customer as Odoo knows it"), QString(), this,
                                   [&](const MutationResult &r) { saved = r; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 10000);
    QVERIFY2(saved->error.isOk(), qPrintable(saved->error.userMessage()));

    // The audit page finds it by the order number and names the order.
    AdminService admin(&console.connection);
    AuditPage page(&admin, &console.session);
    page.resize(1280, 700);
    QSignalSpy pages(&page, &AuditPage::pageLoaded);
    auto *businessKey = page.findChild<QLineEdit *>(QStringLiteral("auditBusinessKeyFilter"));
    QVERIFY(businessKey);
    page.show();
    businessKey->setText(t->businessKey);
    QTest::keyClick(businessKey, Qt::Key_Return);
    QVERIFY(pages.wait(10000));
    AuditLogModel *model = page.model();
    QVERIFY(model->rowCount() >= 1);
    int editRow = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        QCOMPARE(model->index(r, AuditLogModel::TargetColumn).data().toString(),
                 QStringLiteral("sales order %1").arg(t->businessKey));
        if (model->entries().at(r).action == QLatin1String("update_payload"))
            editRow = r;
    }
    QVERIFY(editRow >= 0);
    QVERIFY(model->index(editRow, AuditLogModel::DetailColumn)
                .data()
                .toString()
                .contains(QStringLiteral("/customer/code: %1 \u2192 C-10001").arg(refused)));

    // Selected, the edit reads field by field: before and after.
    page.view()->selectRow(editRow);
    QTableWidget *changes = page.changesTable();
    QTRY_VERIFY(changes->isVisibleTo(&page));
    int codeRow = -1;
    for (int r = 0; r < changes->rowCount(); ++r) {
        if (changes->item(r, 0)->text() == QLatin1String("/customer/code"))
            codeRow = r;
    }
    QVERIFY(codeRow >= 0);
    QCOMPARE(changes->item(codeRow, 1)->text(), refused);
    QCOMPARE(changes->item(codeRow, 2)->text(), QStringLiteral("C-10001"));
}

void TestConsoleSite::receiptIsShownAfterDelivery()
{
    const QString id = unknownCustomer(1);
    QVERIFY2(!id.isEmpty(), "the demo has no failed CRM order with an unknown customer");
    Console console;
    QVERIFY(console.start(m_backend->target(), QStringLiteral("operator"), QStringLiteral("en")));
    QVERIFY(QTest::qWaitForWindowActive(console.page.get()));
    QVERIFY(console.open(id));
    TransactionDetail *detail = console.page->detail();
    QVERIFY(!detail->receiptLabel()->isVisibleTo(console.page.get()));

    // The customer as Odoo knows it, found by the name the order carries: the
    // clerk types the name into the code field and picks the match.
    QLineEdit *code = console.field(kField);
    QVERIFY(code);
    const QString customerName = payloadValue(console.editor(), kPlainField);
    QVERIFY(!customerName.isEmpty());
    console.editor()->focusField(kField);
    QTRY_VERIFY(code->hasFocus());
    QTRY_VERIFY_WITH_TIMEOUT(code->property("lookupOffered").toBool(), 10000);
    QAbstractItemView *list = console.editor()->lookupPopup();
    code->clear();
    QTest::keyClicks(code, customerName.section(QLatin1Char(' '), 0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(list->isVisible() && list->model()->rowCount() > 0, 10000);
    const QString value = list->model()->index(0, 0).data(Qt::UserRole).toString();
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(code->text(), value);

    // Saved and resubmitted; Odoo takes it this time.
    QTRY_VERIFY(detail->saveAndResubmitButton()->isEnabled());
    detail->saveAndResubmitButton()->click();
    std::optional<Transaction> delivered;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     delivered = fetch(id);
                     return delivered && delivered->state == TransactionState::Delivered;
                 },
                 30000),
             qPrintable(QStringLiteral("not delivered: %1 %2")
                            .arg(delivered ? stateName(delivered->state) : QString(),
                                 delivered ? delivered->error.message : QString())));
    QVERIFY(QRegularExpression(QStringLiteral("^sale\\.order,\\d+$")).match(delivered->deliveryReceipt).hasMatch());

    // The detail says where it went, readably, and copies Odoo's reference.
    QVERIFY(console.open(id));
    QLabel *receipt = detail->receiptLabel();
    QVERIFY(receipt->isVisibleTo(console.page.get()));
    const QString number = delivered->deliveryReceipt.section(QLatin1Char(','), 1);
    QCOMPARE(receipt->text(), QStringLiteral("Delivered to Odoo as sales order %1").arg(number));
    QVERIFY(!detail->whatToDoLabel()->isVisibleTo(console.page.get()));
    auto *copy = detail->findChild<QToolButton *>(QStringLiteral("copyReceiptButton"));
    QVERIFY(copy);
    QApplication::clipboard()->clear();
    copy->click();
    QCOMPARE(QApplication::clipboard()->text(), delivered->deliveryReceipt);
    QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("technicalReceipt"))->text(), delivered->deliveryReceipt);
    QVERIFY(detail->schemaVersionLabel()->text().toInt() >= 1);
}

void TestConsoleSite::fieldWithoutLookupIsNotOffered()
{
    const QString id = unknownCustomer();
    QVERIFY2(!id.isEmpty(), "the demo has no failed CRM order with an unknown customer");
    Console console;
    QVERIFY(console.start(m_backend->target(), QStringLiteral("operator"), QStringLiteral("en")));
    QVERIFY(QTest::qWaitForWindowActive(console.page.get()));
    QSignalSpy answers(console.editor(), &PayloadEditor::lookupAnswered);
    QVERIFY(console.open(id));
    QLineEdit *name = console.field(kPlainField);
    QVERIFY(name);
    QVERIFY(lookupAction(name));
    QVERIFY(!lookupAction(name)->isVisible());

    // Typing tries the lookup once; Odoo has none for the field.
    console.editor()->focusField(kPlainField);
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral(" GmbH"));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const auto &a : answers) {
                if (a.at(0).toString() == kPlainField)
                    return a.at(1).value<FieldLookupResult::Status>() == FieldLookupResult::Status::NotOffered;
            }
            return false;
        }(),
        10000);
    QVERIFY(!lookupAction(name)->isVisible());
    QVERIFY(!console.editor()->lookupPopup()->isVisible());
    auto *hint = console.editor()->findChild<QLabel *>(QStringLiteral("lookupHint:") + kPlainField);
    QVERIFY(hint);
    QVERIFY(!hint->isVisible());

    // The session remembers it: more typing, here or in another transaction of
    // the flow, asks nothing.
    const int calls = console.editor()->lookupCallCount();
    QTest::keyClicks(name, QStringLiteral(" & Co."));
    QVERIFY(!console.editor()->isLookupBusy());
    QCOMPARE(console.editor()->lookupCallCount(), calls);
    const QString other = unknownCustomer(2);
    QVERIFY(!other.isEmpty());
    QVERIFY(console.open(other));
    name = console.field(kPlainField);
    QVERIFY(name);
    // The customer code Odoo refused is asked about once ("did you mean").
    QTRY_VERIFY_WITH_TIMEOUT(!console.editor()->isLookupBusy(), 10000);
    const int callsInOther = console.editor()->lookupCallCount();
    console.editor()->focusField(kPlainField);
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("x"));
    QVERIFY(!console.editor()->isLookupBusy());
    QCOMPARE(console.editor()->lookupCallCount(), callsInOther);
    QVERIFY(!lookupAction(name)->isVisible());
}

ConnectorsPage *TestConsoleSite::adminConnectorsPage(BackendConnection &connection, SessionService &session,
                                                     AdminService &admin)
{
    auto *page = new ConnectorsPage(&admin, &session, nullptr);
    page->resize(1200, 700);
    page->show();
    return page;
}

void TestConsoleSite::reloadWithoutConfigurationFileSaysSo()
{
    // The demo brings its own configuration and is no configuration file.
    BackendConnection connection;
    connection.setTarget(m_backend->target());
    SessionService session(&connection);
    AdminService admin(&connection);
    QSignalSpy ok(&session, &SessionService::loggedIn);
    session.login(QStringLiteral("admin"), QStringLiteral("demo-admin"));
    QVERIFY(ok.wait(10000));
    std::unique_ptr<ConnectorsPage> page(adminConnectorsPage(connection, session, admin));
    QVERIFY(page->reloadConfigurationAction()->isEnabled());
    QSignalSpy finished(page.get(), &ConnectorsPage::actionFinished);
    page->reloadConfigurationAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(page->messageText().contains(QStringLiteral("without a configuration file")), 10000);
    QVERIFY(!page->findChild<ReloadConfigurationDialog *>());
    QVERIFY(page->reloadConfigurationAction()->isEnabled());
}

bool TestConsoleSite::startConfiguredSite()
{
    if (m_site)
        return true;
    m_siteDir = std::make_unique<QTemporaryDir>();
    const QString source = QStringLiteral(FLOWDESK_SOURCE_DIR "/backend/site");
    m_siteFile = m_siteDir->filePath(QStringLiteral("site.yaml"));
    if (!QFile::copy(source + QStringLiteral("/example-site.yaml"), m_siteFile))
        return false;
    QDir().mkpath(m_siteDir->filePath(QStringLiteral("example/schemas")));
    const QDir schemas(source + QStringLiteral("/example/schemas"));
    for (const QString &name : schemas.entryList(QDir::Files)) {
        if (!QFile::copy(schemas.filePath(name), m_siteDir->filePath(QStringLiteral("example/schemas/") + name)))
            return false;
    }
    const QStringList config{QStringLiteral("--config"), m_siteFile};
    auto site = std::make_unique<BackendProcess>(config);
    // The first IT admin, as the site's README says.
    QProcess create;
    create.start(BackendProcess::program(), config + QStringList{QStringLiteral("--data"), site->dataDir(),
                                                                 QStringLiteral("--create-admin"),
                                                                 QStringLiteral("anna")});
    create.write("a long passphrase for anna\n");
    create.closeWriteChannel();
    if (!create.waitForFinished(20000) || create.exitCode() != 0) {
        qWarning("--create-admin failed: %s", create.readAllStandardError().constData());
        return false;
    }
    if (!site->start()) {
        qWarning("%s", qPrintable(site->errorText()));
        return false;
    }
    m_site = std::move(site);
    return true;
}

void TestConsoleSite::reloadShowsEveryErrorWithFileAndLine()
{
    QVERIFY(startConfiguredSite());
    BackendConnection connection;
    connection.setTarget(m_site->target());
    SessionService session(&connection);
    AdminService admin(&connection);
    QSignalSpy ok(&session, &SessionService::loggedIn);
    session.login(QStringLiteral("anna"), QStringLiteral("a long passphrase for anna"));
    QVERIFY(ok.wait(10000));

    // A flow that names a connector the file does not have.
    QFile file(m_siteFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString original = QString::fromUtf8(file.readAll());
    file.close();
    QStringList lines = original.split(QLatin1Char('\n'));
    int brokenLine = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().startsWith(QLatin1String("connector: "))) {
            lines[i].replace(QRegularExpression(QStringLiteral("connector: *\\S+")), QStringLiteral("connector: no-such-system"));
            brokenLine = i + 1;
            break;
        }
    }
    QVERIFY2(brokenLine > 0, "the example site has no flow naming its connector");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lines.join(QLatin1Char('\n')).toUtf8());
    file.close();

    std::unique_ptr<ConnectorsPage> page(adminConnectorsPage(connection, session, admin));
    page->reloadConfigurationAction()->trigger();
    ReloadConfigurationDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = page->findChild<ReloadConfigurationDialog *>()) && dialog->isVisible(), 10000);
    QVERIFY(page->messageText().contains(QStringLiteral("nothing was changed")));
    QVERIFY(dialog->headingText().contains(QStringLiteral("Nothing was changed")));
    QTreeWidget *problems = dialog->problemList();
    QVERIFY(problems->isVisible());
    QVERIFY(problems->topLevelItemCount() >= 1);
    bool named = false;
    for (int i = 0; i < problems->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = problems->topLevelItem(i);
        if (item->text(0).endsWith(QLatin1String("site.yaml")) && item->text(1).toInt() == brokenLine
            && item->text(3).contains(QLatin1String("no-such-system")))
            named = true;
    }
    QVERIFY2(named, qPrintable(dialog->reportText()));
    // The report reads as an editor or a terminal shows errors, to copy.
    QVERIFY(dialog->reportText().contains(QStringLiteral("site.yaml:%1:").arg(brokenLine)));
    dialog->findChild<QPushButton *>(QStringLiteral("copyReportButton"))->click();
    QCOMPARE(QApplication::clipboard()->text(), dialog->reportText());
    dialog->close();

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(original.toUtf8());
    file.close();
}

void TestConsoleSite::reloadSummarisesWhatChanged()
{
    QVERIFY(startConfiguredSite());
    BackendConnection connection;
    connection.setTarget(m_site->target());
    SessionService session(&connection);
    AdminService admin(&connection);
    QSignalSpy ok(&session, &SessionService::loggedIn);
    session.login(QStringLiteral("anna"), QStringLiteral("a long passphrase for anna"));
    QVERIFY(ok.wait(10000));

    // One flow's schema gains an optional field.
    const QDir schemas(m_siteDir->filePath(QStringLiteral("example/schemas")));
    const QString schemaName = schemas.entryList(QDir::Files).value(0);
    QVERIFY(!schemaName.isEmpty());
    QFile schema(schemas.filePath(schemaName));
    QVERIFY(schema.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(schema.readAll());
    schema.close();
    const int properties = int(text.indexOf(QLatin1String("\"properties\"")));
    QVERIFY(properties >= 0);
    const int brace = int(text.indexOf(QLatin1Char('{'), properties));
    text.insert(brace + 1, QStringLiteral("\n    \"internal_note\": {\"type\": \"string\", \"maxLength\": 200},"));
    QVERIFY(schema.open(QIODevice::WriteOnly | QIODevice::Truncate));
    schema.write(text.toUtf8());
    schema.close();

    std::unique_ptr<ConnectorsPage> page(adminConnectorsPage(connection, session, admin));
    page->reloadConfigurationAction()->trigger();
    ReloadConfigurationDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = page->findChild<ReloadConfigurationDialog *>()) && dialog->isVisible(), 10000);
    QVERIFY2(dialog->headingText().contains(m_siteFile), qPrintable(dialog->headingText()));
    QVERIFY(!dialog->problemList()->isVisible());
    const QString report = dialog->reportText();
    QVERIFY2(report.contains(QStringLiteral("Payload format changed")), qPrintable(report));
    QVERIFY(page->messageText().startsWith(QStringLiteral("Configuration reloaded from %1").arg(m_siteFile)));
    QVERIFY(page->messageText().contains(QStringLiteral("added, removed or with a new payload format")));
}

QTEST_MAIN(TestConsoleSite)
#include "tst_console_site.moc"
