#include "bulkdialog.h"

#include "transactionsservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Flowdesk {

namespace {
enum InputPage { NoInput, ReasonInput, AssigneeInput, PatchInput, TriageInput };

InputPage inputFor(BulkActionKind action)
{
    switch (action) {
    case BulkActionKind::Discard:
    case BulkActionKind::ResolveManually: return ReasonInput;
    case BulkActionKind::Assign: return AssigneeInput;
    case BulkActionKind::PatchAndResubmit: return PatchInput;
    case BulkActionKind::SetTriageStatus: return TriageInput;
    default: return NoInput;
    }
}

// "42", "true", "\"x\"" are JSON already; anything else is taken as a string.
QString jsonValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(trimmed).toUtf8());
    if (!doc.isNull() && !trimmed.isEmpty())
        return trimmed;
    return QString::fromUtf8(QJsonDocument(QJsonArray{trimmed}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}
} // namespace

BulkDialog::BulkDialog(TransactionsService *service, const QList<Transaction> &selection,
                       const TransactionQuery &query, bool byQuery, const QString &what, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_selection(selection)
    , m_query(query)
    , m_byQuery(byQuery)
    , m_runRequestId(TransactionsService::newRequestId())
{
    setObjectName(QStringLiteral("bulkDialog"));
    setWindowTitle(tr("Bulk action"));

    auto *whatLabel = new QLabel(what, this);
    whatLabel->setTextFormat(Qt::PlainText);
    whatLabel->setWordWrap(true);

    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("bulkActionCombo"));
    for (BulkActionKind k : {BulkActionKind::Resubmit, BulkActionKind::PatchAndResubmit, BulkActionKind::Assign,
                             BulkActionKind::SetTriageStatus, BulkActionKind::Discard, BulkActionKind::ResolveManually})
        m_action->addItem(bulkActionName(k), int(k));

    m_inputs = new QStackedWidget(this);
    m_inputs->addWidget(new QWidget(this));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("bulkReason"));
    m_reason->setPlaceholderText(tr("Reason (required), kept in each transaction's history"));
    m_inputs->addWidget(m_reason);
    m_assignee = new QLineEdit(this);
    m_assignee->setObjectName(QStringLiteral("bulkAssignee"));
    m_assignee->setPlaceholderText(tr("User name; empty unassigns"));
    m_inputs->addWidget(m_assignee);
    auto *patch = new QWidget(this);
    m_patchPath = new QLineEdit(patch);
    m_patchPath->setObjectName(QStringLiteral("bulkPatchPath"));
    m_patchPath->setPlaceholderText(tr("Field, e.g. /lines/0/uom"));
    m_patchValue = new QLineEdit(patch);
    m_patchValue->setObjectName(QStringLiteral("bulkPatchValue"));
    m_patchValue->setPlaceholderText(tr("New value, e.g. PCE or 42"));
    auto *patchLayout = new QHBoxLayout(patch);
    patchLayout->setContentsMargins(0, 0, 0, 0);
    patchLayout->addWidget(new QLabel(tr("Set"), patch));
    patchLayout->addWidget(m_patchPath, 1);
    patchLayout->addWidget(new QLabel(tr("to"), patch));
    patchLayout->addWidget(m_patchValue, 1);
    m_inputs->addWidget(patch);
    m_triage = new QComboBox(this);
    for (TriageStatus s : {TriageStatus::New, TriageStatus::Investigating, TriageStatus::WaitingOnMasterData,
                           TriageStatus::WaitingOnPartner})
        m_triage->addItem(triageStatusName(s), int(s));
    m_inputs->addWidget(m_triage);

    m_summary = new QLabel(tr("Preview first: nothing changes until you run the action."), this);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_items = new QTreeWidget(this);
    m_items->setObjectName(QStringLiteral("bulkItems"));
    m_items->setRootIsDecorated(false);
    m_items->setHeaderLabels({tr("Transaction"), tr("Result"), tr("Why")});
    m_items->header()->setStretchLastSection(true);
    m_items->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_items->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_preview = new QPushButton(tr("&Preview"), this);
    m_preview->setObjectName(QStringLiteral("bulkPreviewButton"));
    m_run = new QPushButton(tr("&Run"), this);
    m_run->setObjectName(QStringLiteral("bulkRunButton"));
    m_cancelJob = new QPushButton(tr("&Stop Job"), this);
    m_cancelJob->setObjectName(QStringLiteral("bulkCancelButton"));
    m_cancelJob->setToolTip(tr("Stops after the items in progress; those done stay done"));
    auto *close = new QPushButton(tr("Close"), this);
    connect(m_preview, &QPushButton::clicked, this, &BulkDialog::preview);
    connect(m_run, &QPushButton::clicked, this, &BulkDialog::runJob);
    connect(m_cancelJob, &QPushButton::clicked, this, &BulkDialog::cancelJob);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    connect(m_action, &QComboBox::currentIndexChanged, this, [this] {
        m_inputs->setCurrentIndex(inputFor(static_cast<BulkActionKind>(m_action->currentData().toInt())));
        m_previewed = false;
        m_runRequestId = TransactionsService::newRequestId(); // a different intent
        updateButtons();
    });
    for (QLineEdit *edit : {m_reason, m_assignee, m_patchPath, m_patchValue}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_previewed = false;
            m_runRequestId = TransactionsService::newRequestId();
            updateButtons();
        });
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Action:"), m_action);
    form->addRow(QString(), m_inputs);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancelJob);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(whatLabel);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_items, 1);
    layout->addLayout(buttons);
    resize(720, 520);
    m_inputs->setCurrentIndex(NoInput);
    updateButtons();
}

void BulkDialog::setKnownTransactions(const QList<Transaction> &transactions)
{
    for (const Transaction &t : transactions)
        m_keys.insert(t.id, t.businessKey);
}

void BulkDialog::setAction(BulkActionKind action)
{
    m_action->setCurrentIndex(m_action->findData(int(action)));
}

void BulkDialog::setReason(const QString &reason) { m_reason->setText(reason); }
void BulkDialog::setAssignee(const QString &assignee) { m_assignee->setText(assignee); }

void BulkDialog::setPatch(const QString &pointer, const QString &value)
{
    m_patchPath->setText(pointer);
    m_patchValue->setText(value);
}

QString BulkDialog::inputProblem() const
{
    const auto action = static_cast<BulkActionKind>(m_action->currentData().toInt());
    if (!m_byQuery && m_selection.isEmpty())
        return tr("Select transactions or an error group first.");
    if (inputFor(action) == ReasonInput && m_reason->text().trimmed().isEmpty())
        return tr("A reason is required.");
    if (action == BulkActionKind::PatchAndResubmit && !m_patchPath->text().startsWith(QLatin1Char('/')))
        return tr("Name the field as a path starting with /, e.g. /lines/0/uom.");
    return {};
}

BulkRequest BulkDialog::request(bool dryRun) const
{
    BulkRequest r;
    r.dryRun = dryRun;
    r.requestId = dryRun ? TransactionsService::newRequestId() : m_runRequestId;
    r.byQuery = m_byQuery;
    r.query = m_query;
    for (const Transaction &t : m_selection)
        r.ids << t.id;
    r.action = static_cast<BulkActionKind>(m_action->currentData().toInt());
    r.reason = m_reason->text().trimmed();
    r.assignee = m_assignee->text().trimmed();
    if (r.action == BulkActionKind::PatchAndResubmit)
        r.patches << FieldPatch{m_patchPath->text().trimmed(), jsonValue(m_patchValue->text())};
    r.triageStatus = static_cast<TriageStatus>(m_triage->currentData().toInt());
    return r;
}

void BulkDialog::preview() { start(true); }
void BulkDialog::runJob() { start(false); }

void BulkDialog::start(bool dryRun)
{
    const QString problem = inputProblem();
    if (!problem.isEmpty() || m_running) {
        if (!problem.isEmpty())
            m_summary->setText(problem);
        return;
    }
    m_running = true;
    m_items->clear();
    m_summary->setText(dryRun ? tr("Checking what would happen…") : tr("Starting…"));
    updateButtons();
    m_service->startBulk(request(dryRun), this, [this, dryRun](const ServiceError &error, const BulkJob &job) {
        if (!error.isOk()) {
            m_running = false;
            m_summary->setText(error.isUnreachable()
                                   ? tr("The server could not be reached. Trying again is safe: the job starts once.")
                                   : tr("Not started: %1").arg(error.userMessage()));
            updateButtons();
            return;
        }
        if (!dryRun)
            m_ran = true;
        showJob(job);
        m_service->watchBulk(job.id, this, [this](const BulkJob &j) { showJob(j); },
                             [this, dryRun](const ServiceError &e) {
            m_running = false;
            if (!e.isOk() && !m_job.isFinished())
                m_summary->setText(tr("Lost sight of the job (%1); it goes on in the server.").arg(e.userMessage()));
            if (dryRun) {
                m_previewed = m_job.isFinished();
                emit previewFinished(m_job);
            } else {
                emit jobFinished(m_job);
            }
            updateButtons();
        });
    });
}

void BulkDialog::showJob(const BulkJob &job)
{
    m_job = job;
    m_progress->setRange(0, int(std::max<qint64>(1, job.total)));
    m_progress->setValue(int(job.processed));
    const QLocale l;
    if (job.dryRun) {
        m_summary->setText(job.isFinished()
                               ? tr("%1 of %2 would change; %3 would be refused (see below).")
                                     .arg(l.toString(job.succeeded), l.toString(job.total), l.toString(job.failed))
                               : tr("Checking %1 of %2…").arg(l.toString(job.processed), l.toString(job.total)));
    } else {
        m_summary->setText(tr("%1: %2 of %3 done, %4 changed, %5 refused.")
                               .arg(bulkJobStateName(job.state), l.toString(job.processed), l.toString(job.total),
                                    l.toString(job.succeeded), l.toString(job.failed)));
    }
    for (const Transaction &t : m_selection)
        m_keys.insert(t.id, t.businessKey);
    m_items->clear();
    for (const BulkItemResult &item : job.items) {
        if (job.dryRun && item.ok && job.items.size() > 200)
            continue;
        QStringList why;
        if (!item.ok)
            why << item.message;
        for (const FieldViolation &v : item.violations)
            why << QStringLiteral("%1: %2").arg(v.field, v.description);
        new QTreeWidgetItem(m_items, {m_keys.value(item.transactionId, item.transactionId),
                                      item.ok ? (job.dryRun ? tr("would change") : tr("changed")) : tr("refused"),
                                      why.join(QStringLiteral("; "))});
    }
    emit jobProgress(job);
    updateButtons();
}

void BulkDialog::cancelJob()
{
    if (m_job.id.isEmpty() || m_job.isFinished())
        return;
    m_service->cancelBulk(m_job.id, this, [this](const ServiceError &error, const BulkJob &job) {
        if (!error.isOk())
            m_summary->setText(tr("Could not stop the job: %1").arg(error.userMessage()));
        else
            showJob(job);
    });
}

void BulkDialog::updateButtons()
{
    const QString problem = inputProblem();
    m_preview->setEnabled(!m_running && problem.isEmpty());
    m_preview->setToolTip(problem);
    const bool canRun = !m_running && problem.isEmpty() && m_previewed && !m_ran;
    m_run->setEnabled(canRun);
    m_run->setToolTip(canRun ? tr("Runs the action in the server") : (m_ran ? tr("This job has run") : tr("Preview first")));
    m_cancelJob->setEnabled(m_running && !m_job.dryRun && !m_job.id.isEmpty());
    m_action->setEnabled(!m_running && !m_ran);
}

QString BulkDialog::summaryText() const
{
    return m_summary->text();
}

int BulkDialog::reportedItemCount() const
{
    return m_items->topLevelItemCount();
}

} // namespace Flowdesk
