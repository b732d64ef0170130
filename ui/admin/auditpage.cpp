#include "auditpage.h"
#include "flowhealth.h"

#include "common/colours.h"

#include "adminservice.h"
#include "auditlogmodel.h"
#include "sessionservice.h"

#include "common/csvexportbutton.h"
#include "common/pagewidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Flowdesk {

namespace {
const QString kReadAll = QStringLiteral("audit.read_all");
constexpr int kExportPageSize = 1000;
constexpr int kExportLimit = 200000;
} // namespace

AuditPage::AuditPage(AdminService *admin, SessionService *session, QWidget *parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_session(session)
    , m_model(createAuditLogModel(this))
{
    setObjectName(QStringLiteral("auditPage"));
    auto *title = PageWidgets::createTitle(tr("Audit Trail"), this);

    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("auditScopeLabel"));
    m_scope->setWordWrap(true);

    // Filters
    m_businessKey = new QLineEdit(this);
    m_businessKey->setObjectName(QStringLiteral("auditBusinessKeyFilter"));
    m_businessKey->setAccessibleName(tr("Business key"));
    m_businessKey->setPlaceholderText(tr("Order, invoice or shipment number"));
    m_businessKey->setToolTip(tr("Everything done to the transactions of this business key, e.g. SO2026-580024"));
    m_businessKey->setClearButtonEnabled(true);
    m_actor = new QLineEdit(this);
    m_actor->setObjectName(QStringLiteral("auditActorFilter"));
    m_actor->setAccessibleName(tr("User who acted"));
    m_actor->setPlaceholderText(tr("Any user"));
    m_actor->setClearButtonEnabled(true);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_action->setAccessibleName(tr("Action"));
    m_action->addItem(tr("Any action"), QString());
    for (const char *id : {"login", "logout", "update_payload", "resubmit", "discard", "resolve_manually", "assign",
                           "set_triage_status", "comment", "bulk_action", "pause_connector", "resume_connector",
                           "test_connector", "set_credential", "create_user", "update_user", "reset_password"}) {
        const QString action = QString::fromLatin1(id);
        m_action->addItem(auditActionName(action), action);
    }
    m_targetType = new QComboBox(this);
    m_targetType->setObjectName(QStringLiteral("auditTargetTypeFilter"));
    m_targetType->setAccessibleName(tr("Kind of target"));
    m_targetType->addItem(tr("Any target"), QString());
    for (const QString &type : auditTargetTypes())
        m_targetType->addItem(auditTargetTypeName(type), type);
    m_targetId = new QLineEdit(this);
    m_targetId->setObjectName(QStringLiteral("auditTargetIdFilter"));
    m_targetId->setAccessibleName(tr("Target id"));
    m_targetId->setPlaceholderText(tr("Target id, e.g. odoo or a transaction number"));
    m_targetId->setClearButtonEnabled(true);

    const QDateTime now = QDateTime::currentDateTime();
    m_fromCheck = new QCheckBox(tr("From"), this);
    m_fromCheck->setObjectName(QStringLiteral("auditFromCheck"));
    m_from = new QDateTimeEdit(now.addDays(-7), this);
    m_from->setObjectName(QStringLiteral("auditFromEdit"));
    m_from->setAccessibleName(tr("From"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(dateFormatFullYear() + QStringLiteral(" HH:mm"));
    m_from->setEnabled(false);
    m_toCheck = new QCheckBox(tr("To"), this);
    m_toCheck->setObjectName(QStringLiteral("auditToCheck"));
    m_to = new QDateTimeEdit(now, this);
    m_to->setObjectName(QStringLiteral("auditToEdit"));
    m_to->setAccessibleName(tr("To"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(dateFormatFullYear() + QStringLiteral(" HH:mm"));
    m_to->setEnabled(false);
    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);

    m_apply = new QPushButton(tr("Apply Filter"), this);
    m_apply->setObjectName(QStringLiteral("auditApplyButton"));
    m_apply->setDefault(true);
    m_apply->setShortcut(QKeySequence::Refresh);
    m_apply->setToolTip(tr("Load the newest entries that match the filter (F5)"));
    auto *clear = new QPushButton(tr("Clear"), this);
    clear->setToolTip(tr("Show every entry again"));

    auto *filters = new QGridLayout;
    auto *businessKeyLabel = new QLabel(tr("&Business key:"), this);
    businessKeyLabel->setBuddy(m_businessKey);
    filters->addWidget(businessKeyLabel, 2, 0);
    filters->addWidget(m_businessKey, 2, 1, 1, 3);
    filters->addWidget(new QLabel(tr("Who:"), this), 0, 0);
    filters->addWidget(m_actor, 0, 1);
    filters->addWidget(new QLabel(tr("Action:"), this), 0, 2);
    filters->addWidget(m_action, 0, 3);
    filters->addWidget(new QLabel(tr("Target:"), this), 0, 4);
    filters->addWidget(m_targetType, 0, 5);
    filters->addWidget(m_targetId, 0, 6);
    filters->addWidget(m_fromCheck, 1, 0);
    filters->addWidget(m_from, 1, 1);
    filters->addWidget(m_toCheck, 1, 2);
    filters->addWidget(m_to, 1, 3);
    auto *filterButtons = new QHBoxLayout;
    filterButtons->addWidget(m_apply);
    filterButtons->addWidget(clear);
    filterButtons->addStretch();
    filters->addLayout(filterButtons, 1, 4, 1, 3);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(6, 2);

    // Chain and export
    m_verify = new QPushButton(tr("Verify Chain"), this);
    m_verify->setObjectName(QStringLiteral("verifyChainButton"));
    m_chain = new QLabel(this);
    m_chain->setObjectName(QStringLiteral("chainResultLabel"));
    m_chain->setWordWrap(true);
    m_chain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export = new CsvExportButton(tr("Export Audit Trail"), QStringLiteral("flowdesk-audit-%1.csv"), this);
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_export->setToolTip(tr("Save every entry that matches the filter as a CSV file"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCountLabel"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_verify);
    actions->addWidget(m_chain, 1);
    actions->addWidget(m_count);
    actions->addWidget(m_export);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setAccessibleName(tr("Audit trail"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AuditLogModel::DetailColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(AuditLogModel::TimeColumn, 150);
    m_view->setColumnWidth(AuditLogModel::ActorColumn, 170);
    m_view->setColumnWidth(AuditLogModel::ActionColumn, 170);
    m_view->setColumnWidth(AuditLogModel::TargetColumn, 200);
    m_view->setColumnWidth(AuditLogModel::ReasonColumn, 200);
    m_view->setColumnWidth(AuditLogModel::SequenceColumn, 60);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setAccessibleName(tr("Entry details"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an entry to see all it records, including its hashes"));
    m_changes = new QTableWidget(0, 3, this);
    m_changes->setObjectName(QStringLiteral("auditChangesTable"));
    m_changes->setAccessibleName(tr("Changed fields"));
    m_changes->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->verticalHeader()->hide();
    m_changes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_changes->setVisible(false);
    auto *detailSplit = new QSplitter(Qt::Horizontal, this);
    detailSplit->addWidget(m_details);
    detailSplit->addWidget(m_changes);
    detailSplit->setStretchFactor(0, 1);
    detailSplit->setStretchFactor(1, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailSplit);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_scope);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    connect(m_apply, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_actor, &QLineEdit::returnPressed, this, &AuditPage::reload);
    connect(m_businessKey, &QLineEdit::returnPressed, this, &AuditPage::reload);
    connect(m_targetId, &QLineEdit::returnPressed, this, &AuditPage::reload);
    connect(clear, &QPushButton::clicked, this, [this] { setFilter({}); });
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(m_export, &CsvExportButton::exportRequested, this, &AuditPage::exportCsv);
    connect(m_model, &AuditLogModel::moreRequested, this, &AuditPage::requestPage);
    // Keyset paging as the person scrolls: the next page when the last rows come into view.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &AuditPage::loadMoreIfNeeded);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, &AuditPage::loadMoreIfNeeded);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showEntry);
    connect(m_session, &SessionService::loggedIn, this, &AuditPage::reload);
    updatePermissions();
}

void AuditPage::updatePermissions()
{
    const User user = m_session->session().user;
    const bool all = user.can(kReadAll);
    if (all)
        m_scope->setText(tr("Every action by every user. Each entry carries the hash of the one before it, so an edited "
                            "or deleted entry breaks the chain."));
    else
        m_scope->setText(tr("You see only your own actions: the whole trail is for auditors and IT admins."));
    m_actor->setEnabled(all);
    m_actor->setToolTip(all ? tr("User name of the person who acted")
                            : tr("Your role (%1) sees only its own actions").arg(roleName(user.role)));
    m_verify->setEnabled(all);
    m_verify->setToolTip(all ? tr("Recompute every entry's hash and check each link of the chain")
                             : tr("Only auditors and IT admins can verify the whole audit chain"));
}

AuditFilter AuditPage::filter() const
{
    AuditFilter f;
    f.businessKey = m_businessKey->text().trimmed();
    f.actor = m_actor->text().trimmed();
    f.action = m_action->currentData().toString();
    f.targetType = m_targetType->currentData().toString();
    f.targetId = m_targetId->text().trimmed();
    // Whole minutes, as the editors show them: "to 12:16" includes 12:16:59.
    if (m_fromCheck->isChecked()) {
        const QDateTime from = m_from->dateTime();
        f.from = QDateTime(from.date(), QTime(from.time().hour(), from.time().minute()));
    }
    if (m_toCheck->isChecked()) {
        const QDateTime to = m_to->dateTime();
        f.to = QDateTime(to.date(), QTime(to.time().hour(), to.time().minute(), 59, 999));
    }
    return f;
}

void AuditPage::setFilter(const AuditFilter &f)
{
    m_businessKey->setText(f.businessKey);
    m_actor->setText(f.actor);
    m_action->setCurrentIndex(std::max(0, m_action->findData(f.action)));
    if (m_action->currentData().toString() != f.action) {
        m_action->addItem(f.action, f.action);
        m_action->setCurrentIndex(m_action->count() - 1);
    }
    m_targetType->setCurrentIndex(std::max(0, m_targetType->findData(f.targetType)));
    m_targetId->setText(f.targetId);
    m_fromCheck->setChecked(f.from.isValid());
    if (f.from.isValid())
        m_from->setDateTime(f.from);
    m_toCheck->setChecked(f.to.isValid());
    if (f.to.isValid())
        m_to->setDateTime(f.to);
    reload();
}

void AuditPage::reload()
{
    updatePermissions();
    m_activeFilter = filter();
    m_lastLoad.start();
    ++m_generation;
    m_error.clear();
    m_exportPath.clear();
    m_details->clear();
    m_changes->setRowCount(0);
    m_changes->setVisible(false);
    m_model->clear();
    updateCount();
    requestPage(QString());
}

void AuditPage::requestPage(const QString &token)
{
    const int generation = m_generation;
    const int size = m_exportPath.isEmpty() ? PageSize : kExportPageSize;
    m_admin->listAuditEntries(this, m_activeFilter, size, token,
                              [this, generation](const ServiceError &error, const AuditEntryPage &page) {
                                  if (generation != m_generation)
                                      return; // the filter changed meanwhile
                                  if (!error.isOk()) {
                                      m_model->pageFailed();
                                      m_error = error.userMessage();
                                      updateCount();
                                      if (!m_exportPath.isEmpty()) {
                                          m_exportPath.clear();
                                          emit exportFailed(m_error);
                                      }
                                      return;
                                  }
                                  m_error.clear();
                                  m_model->appendPage(page);
                                  updateCount();
                                  emit pageLoaded();
                                  if (!m_exportPath.isEmpty())
                                      continueExport();
                                  else
                                      loadMoreIfNeeded();
                              });
}

void AuditPage::loadMoreIfNeeded()
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    // Within two screens of the end, or the rows do not fill the view yet.
    if (m_model->hasMore() && m_exportPath.isEmpty() && m_view->isVisible()
        && bar->maximum() - bar->value() <= 2 * std::max(1, bar->pageStep()))
        m_model->requestMore();
}

void AuditPage::updateCount()
{
    const QLocale locale;
    QString text;
    if (!m_error.isEmpty())
        text = tr("Not loaded: %1").arg(m_error);
    else if (m_model->isLoading() && m_model->rowCount() == 0)
        text = tr("Loading…");
    else if (m_model->rowCount() == 0)
        text = tr("No entries match the filter");
    else
        text = tr("%1 of %2 entries loaded").arg(locale.toString(m_model->rowCount()), locale.toString(m_model->totalSize()));
    m_count->setText(text);
    m_count->setStyleSheet(m_error.isEmpty() ? QString() : Colours::css(Colours::text(Colours::Signal::Error)));
    m_export->setEnabled(m_model->rowCount() > 0 && m_exportPath.isEmpty());
}

QString AuditPage::chainText() const
{
    return m_chain->text();
}

QString AuditPage::countText() const
{
    return m_count->text();
}

QString AuditPage::scopeText() const
{
    return m_scope->text();
}

void AuditPage::verifyChain()
{
    if (!m_verify->isEnabled())
        return;
    m_verify->setEnabled(false);
    m_chain->setStyleSheet(QString());
    m_chain->setText(tr("Verifying every entry…"));
    m_admin->verifyAuditChain(this, [this](const ServiceError &error, const AuditChainCheck &check) {
        updatePermissions();
        const QLocale locale;
        if (!error.isOk()) {
            m_chain->setStyleSheet(Colours::css(Colours::text(Colours::Signal::Error)));
            m_chain->setText(tr("The chain could not be verified: %1").arg(error.userMessage()));
            emit chainVerified(false);
            return;
        }
        if (check.ok) {
            m_chain->setStyleSheet(Colours::css(Colours::text(Colours::Signal::Success)) + QStringLiteral(" font-weight: bold;"));
            m_chain->setText(tr("✔ Chain intact: all %1 entries verified at %2")
                                 .arg(locale.toString(check.entriesChecked),
                                      locale.toString(QTime::currentTime(), QLocale::ShortFormat)));
        } else {
            m_chain->setStyleSheet(Colours::css(Colours::text(Colours::Signal::Error)) + QStringLiteral(" font-weight: bold;"));
            m_chain->setText(tr("✘ Chain broken at entry %1: %2 (%3 entries before it are intact)")
                                 .arg(check.firstBrokenSequence)
                                 .arg(check.problem, locale.toString(check.entriesChecked)));
            const int row = m_model->rowOfSequence(check.firstBrokenSequence);
            if (row >= 0) {
                m_view->selectRow(row);
                m_view->scrollTo(m_model->index(row, 0));
            }
        }
        emit chainVerified(check.ok);
    });
}

void AuditPage::exportCsv(const QString &path, CsvWriter::ByteOrderMark bom)
{
    m_exportPath = path;
    m_exportBom = bom;
    m_export->setEnabled(false);
    // A page that is out already continues the export when it arrives.
    if (!m_model->isLoading())
        continueExport();
}

void AuditPage::continueExport()
{
    if (!m_model->nextPageToken().isEmpty() && m_model->rowCount() < kExportLimit) {
        m_count->setText(tr("Exporting… %1 of %2 entries").arg(m_model->rowCount()).arg(m_model->totalSize()));
        // Through the model, so that scrolling meanwhile does not ask for the same page.
        if (!m_model->requestMore() && !m_model->isLoading())
            m_exportPath.clear();
        return;
    }
    const QString path = m_exportPath;
    m_exportPath.clear();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->toCsv(m_exportBom)) < 0 || !file.commit()) {
        emit exportFailed(tr("%1 could not be written: %2").arg(path, file.errorString()));
        m_count->setText(tr("Export failed: %1").arg(file.errorString()));
        updateCount();
        return;
    }
    updateCount();
    m_count->setText(tr("%1 entries saved to %2").arg(QLocale().toString(m_model->rowCount()), QFileInfo(path).fileName()));
    m_count->setToolTip(QDir::toNativeSeparators(path));
    emit exported(path, m_model->rowCount());
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Coming back to the page shows what happened meanwhile.
    if (m_lastLoad.isValid() && m_lastLoad.elapsed() > 10000 && m_exportPath.isEmpty())
        reload();
    else
        loadMoreIfNeeded();
}

void AuditPage::showEntry()
{
    const AuditEntry e = m_model->entry(m_view->currentIndex());
    m_changes->setRowCount(0);
    m_changes->setVisible(!e.fieldChanges.isEmpty());
    for (const AuditFieldChange &c : e.fieldChanges) {
        const int row = m_changes->rowCount();
        m_changes->insertRow(row);
        m_changes->setItem(row, 0, new QTableWidgetItem(c.path));
        auto *before = new QTableWidgetItem(auditValueText(c.oldValueJson));
        before->setToolTip(c.oldValueJson);
        m_changes->setItem(row, 1, before);
        auto *after = new QTableWidgetItem(auditValueText(c.newValueJson));
        after->setToolTip(c.newValueJson);
        m_changes->setItem(row, 2, after);
    }
    if (e.sequence == 0) {
        m_details->clear();
        return;
    }
    QString text = tr("Entry %1 · %2 · %3 (%4)\n")
                       .arg(e.sequence)
                       .arg(QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat), e.actor, auditRoleName(e.role));
    text += e.businessKey.isEmpty()
        ? tr("Action: %1 (%2) on %3 %4\n").arg(auditActionName(e), e.action, auditTargetTypeName(e.targetType), e.targetId)
        : tr("Action: %1 (%2) on %3 (%4 %5)\n")
              .arg(auditActionName(e), e.action, auditTargetName(e), e.targetType, e.targetId);
    if (!e.reason.isEmpty())
        text += tr("Reason: %1\n").arg(e.reason);
    if (!e.detailText().isEmpty())
        text += tr("Details: %1\n").arg(e.detailText());
    // What the entry's hash covers, where the person reads a worded version.
    if (!e.detailMessage.isEmpty() && e.detailText() != e.detail)
        text += tr("Recorded as: %1\n").arg(e.detail);
    if (!e.fieldChanges.isEmpty()) {
        text += tr("Changed fields:\n");
        for (const AuditFieldChange &c : e.fieldChanges)
            text += tr("  %1: %2 \u2192 %3\n").arg(c.path, auditValueText(c.oldValueJson), auditValueText(c.newValueJson));
    } else if (!e.diffJson.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(e.diffJson.toUtf8());
        text += tr("Change:\n%1\n").arg(doc.isNull() ? e.diffJson : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    }
    if (!e.requestId.isEmpty())
        text += tr("Request: %1\n").arg(e.requestId);
    text += tr("Hash: %1\nPrevious: %2").arg(e.hash, e.prevHash.isEmpty() ? tr("(first entry)") : e.prevHash);
    m_details->setPlainText(text);
}

} // namespace Flowdesk
