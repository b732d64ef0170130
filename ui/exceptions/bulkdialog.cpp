#include "bulkdialog.h"

#include "common/colours.h"

#include "jsonschema.h"
#include "payloadeditor/fieldlookupcompleter.h"
#include "payloadeditor/payloadeditor.h"
#include "transactionsservice.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QTableWidget>
#include "fieldlookup.h"
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QJsonValue>
#include <QProgressBar>
#include <QSet>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>

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

QString jsonString(const QString &text)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// The one JSON value in `text`, when it is exactly one.
std::optional<QJsonValue> singleJsonValue(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(text).toUtf8());
    if (!doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().first();
}

// A JSON number for what was typed: "5" and "2.5", or in the person's own
// notation ("2,5" in German).
std::optional<QString> numberLiteral(const QString &text)
{
    if (const auto v = singleJsonValue(text); v && v->isDouble())
        return text;
    bool ok = false;
    const double value = QLocale().toDouble(text, &ok);
    if (ok && std::isfinite(value))
        return QString::number(value, 'g', QLocale::FloatingPointShortest);
    return std::nullopt;
}

// RFC 6901: "~" only as "~0" or "~1".
bool validPointerEscapes(const QString &pointer)
{
    for (int i = 0; i < pointer.size(); ++i) {
        if (pointer.at(i) == QLatin1Char('~')
            && (i + 1 >= pointer.size() || (pointer.at(i + 1) != QLatin1Char('0') && pointer.at(i + 1) != QLatin1Char('1'))))
            return false;
    }
    return true;
}

bool allOf(const QStringList &types, std::initializer_list<QLatin1String> allowed)
{
    if (types.isEmpty())
        return false;
    return std::all_of(types.begin(), types.end(), [&](const QString &t) {
        return std::any_of(allowed.begin(), allowed.end(), [&](QLatin1String a) { return t == a; });
    });
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
    whatLabel->setObjectName(QStringLiteral("bulkWhat"));
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
    m_patchField = new QComboBox(patch);
    m_patchField->setObjectName(QStringLiteral("bulkPatchField"));
    m_patchField->setToolTip(tr("The field of the payload to set, from the flow's form"));
    m_patchField->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_patchValue = new QLineEdit(patch);
    m_patchValue->setObjectName(QStringLiteral("bulkPatchValue"));
    m_patchValue->setPlaceholderText(tr("New value, e.g. PCE or 42"));
    m_patchHint = new QLabel(this);
    m_patchHint->setObjectName(QStringLiteral("bulkPatchHint"));
    m_patchHint->setTextFormat(Qt::PlainText);
    m_patchHint->setWordWrap(true);
    m_patchHint->hide();
    m_lookupHint = new QLabel(patch);
    m_lookupHint->setObjectName(QStringLiteral("bulkLookupHint"));
    m_lookupHint->setWordWrap(true);
    m_lookupHint->hide();
    auto *patchRow = new QHBoxLayout;
    patchRow->addWidget(new QLabel(tr("Set"), patch));
    patchRow->addWidget(m_patchField, 1);
    patchRow->addWidget(new QLabel(tr("to"), patch));
    patchRow->addWidget(m_patchValue, 1);
    auto *patchLayout = new QVBoxLayout(patch);
    patchLayout->setContentsMargins(0, 0, 0, 0);
    patchLayout->addLayout(patchRow);
    patchLayout->addWidget(m_lookupHint);
    m_valueTable = new QTableWidget(0, 3, patch);
    m_valueTable->setObjectName(QStringLiteral("bulkValueTable"));
    m_valueTable->setHorizontalHeaderLabels({tr("Offending value"), tr("Items"), tr("Replace with")});
    m_valueTable->horizontalHeader()->setStretchLastSection(true);
    m_valueTable->verticalHeader()->hide();
    m_valueTable->setMaximumHeight(140);
    m_valueTable->hide();
    patchLayout->addWidget(m_valueTable);
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
    m_items->setHeaderLabels({tr("Transaction"), tr("Result"), tr("Change"), tr("Why")});
    m_items->header()->setStretchLastSection(true);
    m_items->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_items->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_items->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    m_preview = new QPushButton(tr("&Preview"), this);
    m_preview->setObjectName(QStringLiteral("bulkPreviewButton"));
    m_run = new QPushButton(tr("&Run"), this);
    m_run->setObjectName(QStringLiteral("bulkRunButton"));
    m_cancelJob = new QPushButton(tr("&Stop Job"), this);
    m_cancelJob->setObjectName(QStringLiteral("bulkCancelButton"));
    m_cancelJob->setToolTip(tr("Stops after the items in progress; those done stay done"));
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("bulkCloseButton"));
    m_refusedOnly = new QCheckBox(tr("Only refused"), this);
    m_refusedOnly->setObjectName(QStringLiteral("bulkRefusedOnly"));
    connect(m_refusedOnly, &QCheckBox::toggled, this, &BulkDialog::applyRefusedFilter);
    connect(m_preview, &QPushButton::clicked, this, &BulkDialog::preview);
    connect(m_run, &QPushButton::clicked, this, &BulkDialog::runJob);
    connect(m_cancelJob, &QPushButton::clicked, this, &BulkDialog::cancelJob);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    connect(m_action, &QComboBox::currentIndexChanged, this, [this] {
        m_inputs->setCurrentIndex(inputFor(static_cast<BulkActionKind>(m_action->currentData().toInt())));
        m_previewed = false;
        m_runRequestId = TransactionsService::newRequestId(); // a different intent
        updatePatchHint();
        updateButtons();
    });
    connect(m_patchField, &QComboBox::currentIndexChanged, this, [this] {
        m_previewed = false;
        m_runRequestId = TransactionsService::newRequestId();
        updateValueTable();
        updatePatchHint();
        updateButtons();
    });
    connect(m_valueTable, &QTableWidget::itemChanged, this, [this] {
        m_previewed = false;
        m_runRequestId = TransactionsService::newRequestId();
        updatePatchHint();
        updateButtons();
    });
    for (QLineEdit *edit : {m_reason, m_assignee, m_patchValue}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_previewed = false;
            m_runRequestId = TransactionsService::newRequestId();
            updatePatchHint();
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
    layout->addWidget(m_patchHint); // outside the stack: it grows with a long message
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_refusedOnly);
    layout->addWidget(m_items, 1);
    layout->addLayout(buttons);
    resize(720, 520);
    m_inputs->setCurrentIndex(NoInput);
    populateFields();
    updateButtons();
}

void BulkDialog::setKnownTransactions(const QList<Transaction> &transactions)
{
    for (const Transaction &t : transactions) {
        m_keys.insert(t.id, t.businessKey);
        // A member of the chosen group: the target its values come from.
        if (m_byQuery && m_groupMember.id.isEmpty() && !m_query.errorGroup.isEmpty() && t.error.group == m_query.errorGroup)
            m_groupMember = t;
    }
    updateLookup(m_lookupWanted);
}

void BulkDialog::setAction(BulkActionKind action)
{
    m_action->setCurrentIndex(m_action->findData(int(action)));
}

void BulkDialog::setReason(const QString &reason) { m_reason->setText(reason); }
void BulkDialog::setAssignee(const QString &assignee) { m_assignee->setText(assignee); }

void BulkDialog::setPatch(const QString &pointer, const QString &value)
{
    int index = m_patchField->findData(pointer);
    if (index < 0) {
        m_patchField->addItem(pointer, pointer);
        index = m_patchField->count() - 1;
    }
    m_patchField->setCurrentIndex(index);
    m_patchValue->setText(value);
}

void BulkDialog::setPreferredField(const QString &pointer)
{
    m_preferredField = fieldPattern(pointer);
    populateFields();
}

void BulkDialog::setSelection(const QList<Transaction> &selection)
{
    m_selection = selection;
    populateFields();
}

QString BulkDialog::patchPath() const
{
    return m_patchField->currentData().toString();
}

namespace {
void collectFields(const JsonNode &schema, const QString &pointer, const QString &titlePrefix,
                   QList<std::pair<QString, QString>> &out)
{
    const JsonNode *props = schema.member(QStringLiteral("properties"));
    const JsonNode *items = schema.member(QStringLiteral("items"));
    const JsonNode *titleNode = schema.member(QStringLiteral("title"));
    const QString title = titleNode && titleNode->isString() ? titleNode->text() : QString();
    if (props && props->isObject()) {
        for (const JsonMember &m : props->members()) {
            // Named as the payload form names it: its title, else its key in words.
            const QString name = PayloadEditorParts::fieldLabel(m.name, &m.value);
            collectFields(m.value, pointer + QLatin1Char('/') + QString(m.name).replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1")),
                          titlePrefix.isEmpty() ? name : titlePrefix + QStringLiteral(" › ") + name, out);
        }
        return;
    }
    if (items && items->isObject()) {
        collectFields(*items, pointer + QStringLiteral("/*"), titlePrefix.isEmpty() ? title : titlePrefix, out);
        return;
    }
    if (!pointer.isEmpty())
        out.append({pointer, titlePrefix.isEmpty() ? pointer : titlePrefix});
}
} // namespace

void BulkDialog::populateFields()
{
    const QString current = patchPath();
    QList<std::pair<QString, QString>> fields;
    for (const auto &[name, schema] : m_schemas) {
        QList<std::pair<QString, QString>> own;
        collectFields(schema->root(), QString(), QString(), own);
        for (const auto &f : own) {
            if (std::none_of(fields.begin(), fields.end(), [&](const auto &g) { return g.first == f.first; }))
                fields << f;
        }
    }
    QString preferred = m_preferredField;
    if (preferred.isEmpty()) {
        QSet<QString> named;
        for (const Transaction &t : m_selection) {
            if (!t.error.fieldPath.isEmpty())
                named.insert(fieldPattern(t.error.fieldPath));
        }
        if (named.size() == 1)
            preferred = *named.begin();
    }
    const QSignalBlocker block(m_patchField);
    m_patchField->clear();
    for (const auto &[pointer, title] : fields) {
        const JsonNode *field = nullptr;
        for (const auto &s : m_schemas) {
            if ((field = s.second->schemaAt(pointer)))
                break;
        }
        const JsonNode *type = field ? field->member(QStringLiteral("type")) : nullptr;
        const JsonNode *allowed = field ? field->member(QStringLiteral("enum")) : nullptr;
        // What the field takes, in words: its allowed values, else its kind.
        QString takes;
        if (allowed && allowed->isArray() && !allowed->items().empty()) {
            QStringList values;
            for (const JsonNode &v : allowed->items())
                values << v.text();
            takes = values.size() <= 6 ? tr("one of %1").arg(values.join(QStringLiteral(", ")))
                                       : tr("a list of allowed values");
        } else if (type && type->isString()) {
            const QString t = type->text();
            takes = t == QLatin1String("string")    ? tr("text")
                    : t == QLatin1String("integer") ? tr("whole number")
                    : t == QLatin1String("number")  ? tr("number")
                    : t == QLatin1String("boolean") ? tr("yes or no")
                                                    : QString();
        }
        m_patchField->addItem(takes.isEmpty() ? title : tr("%1 (%2)").arg(title, takes), pointer);
        m_patchField->setItemData(m_patchField->count() - 1, title, FieldTitleRole);
        m_patchField->setItemData(m_patchField->count() - 1, pointer, Qt::ToolTipRole);
    }
    int index = -1;
    if (!current.isEmpty())
        index = m_patchField->findData(current);
    if (index < 0 && !preferred.isEmpty()) {
        index = m_patchField->findData(preferred);
        if (index < 0) {
            m_patchField->addItem(preferred, preferred);
            index = m_patchField->count() - 1;
        }
        // The errors name this field: setting it is what the person came for.
        if (current.isEmpty())
            m_action->setCurrentIndex(m_action->findData(int(BulkActionKind::PatchAndResubmit)));
    }
    m_patchField->setCurrentIndex(index);
    updateValueTable();
    updatePatchHint();
    updateButtons();
    if (index >= 0 && !preferred.isEmpty())
        m_patchValue->setFocus();
}

QString BulkDialog::patchFieldName() const
{
    const QString title = m_patchField->currentData(FieldTitleRole).toString();
    return title.isEmpty() ? patchPath() : title;
}

QMap<QString, int> BulkDialog::offendingValues() const
{
    QMap<QString, int> values;
    const QString pattern = fieldPattern(patchPath());
    if (pattern.isEmpty())
        return values;
    for (const Transaction &t : m_selection) {
        if (!t.error.offendingValue.isEmpty() && fieldPattern(t.error.fieldPath) == pattern)
            ++values[t.error.offendingValue];
    }
    return values;
}

bool BulkDialog::perValue() const
{
    return offendingValues().size() > 1;
}

void BulkDialog::setReplacement(const QString &offendingValue, const QString &value)
{
    for (int row = 0; row < m_valueTable->rowCount(); ++row) {
        if (m_valueTable->item(row, 0)->text() == offendingValue)
            m_valueTable->item(row, 2)->setText(value);
    }
}

QAbstractItemView *BulkDialog::lookupPopup() const
{
    return m_lookup ? m_lookup->popup() : nullptr;
}

void BulkDialog::updateLookup(bool wanted)
{
    const QString path = patchPath();
    if (wanted && m_lookup && path == m_lookupPath)
        return;
    if (m_lookup) {
        delete m_lookup.data();
        for (QAction *a : m_patchValue->actions())
            if (a->objectName() == QLatin1String("lookupAction"))
                m_patchValue->removeAction(a);
        m_lookupHint->hide();
    }
    m_lookupPath.clear();
    // Asked through one transaction of the selection (or of the chosen group):
    // its target system is the one the values must come from.
    m_lookupWanted = wanted;
    const Transaction *sample = nullptr;
    for (const Transaction &t : m_selection) {
        if (!t.targetSystem.isEmpty()) {
            sample = &t;
            break;
        }
    }
    if (!sample && !m_groupMember.targetSystem.isEmpty())
        sample = &m_groupMember;
    if (!wanted || path.isEmpty() || !sample || !m_service)
        return;
    // A pattern ("/lines/*/uom") is asked at the field the error named, or at its first element.
    QString pointer = path;
    if (path.contains(QLatin1String("/*"))) {
        pointer = !sample->error.fieldPath.isEmpty() && fieldPattern(sample->error.fieldPath) == path
            ? sample->error.fieldPath
            : QString(path).replace(QLatin1String("/*"), QLatin1String("/0"));
    }
    m_lookup = new FieldLookupCompleter(
        [this](const QString &, const QString &value) {
            m_patchValue->setText(value);
            m_patchValue->setFocus();
        },
        this);
    m_lookup->setSource(m_service, sample->id, sample->flowId, sample->targetSystem);
    m_lookup->attach(m_patchValue, m_lookupHint, pointer);
    // Whether the target offers values for it, said under the field at once.
    m_lookup->probe(m_patchValue, m_lookupHint, pointer);
    m_lookupPath = path;
}

void BulkDialog::updateValueTable()
{
    // Allowed values of the field are offered as the person types.
    QStringList allowed;
    for (const auto &s : m_schemas) {
        const JsonNode *field = s.second->schemaAt(patchPath());
        const JsonNode *en = field ? field->member(QStringLiteral("enum")) : nullptr;
        if (en && en->isArray()) {
            for (const JsonNode &v : en->items()) {
                if (!allowed.contains(v.text()))
                    allowed << v.text();
            }
        }
    }
    auto *completer = allowed.isEmpty() ? nullptr : new QCompleter(allowed, m_patchValue);
    if (completer)
        completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_patchValue->setCompleter(completer);
    m_patchValue->setPlaceholderText(allowed.isEmpty() ? tr("New value, e.g. PCE or 42")
                                                      : tr("One of %1").arg(allowed.join(QStringLiteral(", "))));
    updateLookup(allowed.isEmpty());

    const QMap<QString, int> values = offendingValues();
    const QSignalBlocker block(m_valueTable);
    QMap<QString, QString> typed;
    for (int row = 0; row < m_valueTable->rowCount(); ++row)
        typed.insert(m_valueTable->item(row, 0)->text(), m_valueTable->item(row, 2)->text());
    m_valueTable->setRowCount(0);
    if (values.size() <= 1) {
        m_valueTable->hide();
        m_patchValue->setEnabled(true);
        return;
    }
    const QLocale l;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const int row = m_valueTable->rowCount();
        m_valueTable->insertRow(row);
        auto *old = new QTableWidgetItem(it.key());
        old->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto *count = new QTableWidgetItem(l.toString(it.value()));
        count->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_valueTable->setItem(row, 0, old);
        m_valueTable->setItem(row, 1, count);
        m_valueTable->setItem(row, 2, new QTableWidgetItem(typed.value(it.key())));
    }
    m_valueTable->show();
    m_patchValue->setEnabled(false);
}

void BulkDialog::setFlowSchemas(const QList<FlowSchema> &schemas)
{
    m_schemas.clear();
    for (const FlowSchema &f : schemas) {
        auto schema = std::make_shared<PayloadSchema>();
        if (schema->load(f.schemaJson))
            m_schemas.emplace_back(f.name, std::move(schema));
    }
    populateFields();
    updatePatchHint();
    updateButtons();
}

QStringList BulkDialog::patchFieldTypes() const
{
    QStringList types;
    const QString pointer = patchPath();
    for (const auto &[name, schema] : m_schemas) {
        const JsonNode *field = schema->schemaAt(pointer);
        const JsonNode *type = field ? field->member(QStringLiteral("type")) : nullptr;
        if (!type)
            continue;
        if (type->isString() && !types.contains(type->text()))
            types << type->text();
        for (const JsonNode &t : type->items()) {
            if (t.isString() && !types.contains(t.text()))
                types << t.text();
        }
    }
    return types;
}

QString BulkDialog::patchValueJson() const
{
    return valueJsonFor(m_patchValue->text());
}

QString BulkDialog::valueJsonFor(const QString &typedText) const
{
    const QString text = typedText.trimmed();
    const QStringList types = patchFieldTypes();
    const std::optional<QJsonValue> typed = singleJsonValue(text);
    if (allOf(types, {QLatin1String("string")}))
        return typed && typed->isString() ? text : jsonString(text); // "\"PCE\"" and PCE alike
    if (allOf(types, {QLatin1String("number"), QLatin1String("integer")})) {
        if (const auto number = numberLiteral(text))
            return *number;
        return jsonString(text);
    }
    if (allOf(types, {QLatin1String("boolean")})) {
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("true");
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("false");
    }
    // Unknown or mixed types: "42", "true", "\"x\"" are JSON already; anything else is text.
    if (typed)
        return text;
    return jsonString(text);
}

void BulkDialog::updatePatchHint()
{
    const auto action = static_cast<BulkActionKind>(m_action->currentData().toInt());
    if (action != BulkActionKind::PatchAndResubmit || patchPath().isEmpty()) {
        m_patchHint->clear();
        m_patchHint->hide();
        return;
    }
    m_patchHint->show();
    const QString problem = inputProblem();
    if (!problem.isEmpty()) {
        m_patchHint->setStyleSheet(Colours::css(Colours::text(Colours::Signal::Error)));
        m_patchHint->setText(problem);
        return;
    }
    m_patchHint->setStyleSheet(QString());
    const QString field = patchFieldName();
    if (perValue()) {
        m_patchHint->setText(tr("%1 gets one replacement per offending value, in each transaction that has it; "
                                "each is then resubmitted.").arg(field));
        return;
    }
    const QString value = patchValueJson();
    const std::optional<QJsonValue> v = singleJsonValue(value);
    if (v && v->isString())
        m_patchHint->setText(tr("%1 becomes the text \"%2\" in each transaction, which is then resubmitted.")
                                 .arg(field, v->toString()));
    else if (v && v->isDouble())
        m_patchHint->setText(tr("%1 becomes the number %2 in each transaction, which is then resubmitted.")
                                 .arg(field, value));
    else
        m_patchHint->setText(tr("%1 becomes %2 in each transaction, which is then resubmitted.").arg(field, value));
}

QString BulkDialog::inputProblem() const
{
    const auto action = static_cast<BulkActionKind>(m_action->currentData().toInt());
    if (!m_byQuery && m_selection.isEmpty())
        return tr("Select transactions or an error group first.");
    if (inputFor(action) == ReasonInput && m_reason->text().trimmed().isEmpty())
        return tr("A reason is required.");
    if (action == BulkActionKind::PatchAndResubmit) {
        const QString path = patchPath();
        if (!path.startsWith(QLatin1Char('/')) || path.size() < 2)
            return tr("Name the field as a path starting with /, e.g. /lines/0/uom.");
        if (!validPointerEscapes(path))
            return tr("%1 is not a field path: a ~ must be followed by 0 (for ~) or 1 (for /).").arg(path);
        if (!m_schemas.empty()) {
            const bool known = std::any_of(m_schemas.begin(), m_schemas.end(),
                                           [&](const auto &s) { return s.second->schemaAt(path) != nullptr; });
            if (!known) {
                QStringList flows;
                for (const auto &s : m_schemas)
                    flows << s.first;
                return tr("No field %1 in the payloads of %2. Check the spelling, e.g. /lines/0/uom.")
                    .arg(path, flows.join(QStringLiteral(", ")));
            }
        }
        if (perValue()) {
            for (int row = 0; row < m_valueTable->rowCount(); ++row) {
                const QString old = m_valueTable->item(row, 0)->text();
                const QString value = m_valueTable->item(row, 2)->text().trimmed();
                if (value.isEmpty())
                    return tr("Type what replaces %1.").arg(old);
                if (allOf(patchFieldTypes(), {QLatin1String("number"), QLatin1String("integer")}) && !numberLiteral(value))
                    return tr("%1 takes a number, e.g. 42 or 2.5; \"%2\" is not one.").arg(patchFieldName(), value);
            }
            return {};
        }
        const QString value = m_patchValue->text().trimmed();
        if (value.isEmpty())
            return tr("Type the new value for %1.").arg(patchFieldName());
        if (allOf(patchFieldTypes(), {QLatin1String("number"), QLatin1String("integer")}) && !numberLiteral(value))
            return tr("%1 takes a number, e.g. 42 or 2.5; \"%2\" is not one.").arg(patchFieldName(), value);
    }
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
    {
        FieldPatch patch{patchPath(), patchValueJson(), {}};
        if (perValue()) {
            patch.valueJson.clear();
            for (int row = 0; row < m_valueTable->rowCount(); ++row)
                patch.valueJsonByOffendingValue.insert(m_valueTable->item(row, 0)->text(),
                                                       valueJsonFor(m_valueTable->item(row, 2)->text()));
        }
        r.patches << patch;
    }
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
        if (!job.isFinished())
            m_summary->setText(tr("Checking %1 of %2…").arg(l.toString(job.processed), l.toString(job.total)));
        else if (job.succeeded == 0 && job.total > 0)
            m_summary->setText(tr("None of the %1 would change: each would be refused (see below why). Nothing "
                                  "has been changed.").arg(l.toString(job.total)));
        else
            m_summary->setText(tr("%1 of %2 would change; %3 would be refused (see below).")
                                   .arg(l.toString(job.succeeded), l.toString(job.total), l.toString(job.failed)));
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
        // The fields and what is wrong with them first: that is what the person acts on.
        QStringList why;
        for (const FieldViolation &v : item.violations)
            why << (v.description.contains(v.field) ? v.description : QStringLiteral("%1: %2").arg(v.field, v.description));
        if (!item.ok && why.isEmpty())
            why << item.message;
        // What the correction writes, old -> new: the same change of several
        // lines once, with their number; the field named when they differ.
        QList<std::pair<QString, QString>> distinct; // field, "old -> new"
        QList<int> times;
        for (const AuditFieldChange &c : item.changes) {
            const std::pair<QString, QString> one{c.path.section(QLatin1Char('/'), -1),
                                                  tr("%1 \u2192 %2").arg(auditValueText(c.oldValueJson),
                                                                          auditValueText(c.newValueJson))};
            const qsizetype at = distinct.indexOf(one);
            if (at >= 0) {
                ++times[at];
            } else {
                distinct << one;
                times << 1;
            }
        }
        QStringList change;
        for (qsizetype i = 0; i < distinct.size(); ++i) {
            QString text = distinct.size() == 1 ? distinct[i].second
                                                : QStringLiteral("%1: %2").arg(distinct[i].first, distinct[i].second);
            if (times[i] > 1)
                text = tr("%1 (%n times)", nullptr, times[i]).arg(text);
            change << text;
        }
        const QString key = !item.businessKey.isEmpty() ? item.businessKey : m_keys.value(item.transactionId, item.transactionId);
        auto *row = new QTreeWidgetItem(m_items, {key,
                                                  item.ok ? (job.dryRun ? tr("would change") : tr("changed")) : tr("refused"),
                                                  change.join(QStringLiteral("; ")), why.join(QStringLiteral("; "))});
        row->setToolTip(2, change.join(QLatin1Char('\n')));
        row->setToolTip(3, why.join(QLatin1Char('\n')));
        row->setData(0, Qt::UserRole, item.ok);
    }
    // The server lists the first refusals and the first changes; the counts
    // above are the whole job's.
    const auto listedOk = std::count_if(job.items.cbegin(), job.items.cend(), [](const BulkItemResult &i) { return i.ok; });
    if (!job.dryRun && job.isFinished() && job.succeeded > listedOk)
        m_summary->setText(m_summary->text() + QLatin1Char(' ')
                           + tr("The list shows the first %1 changed.").arg(l.toString(qint64(listedOk))));
    applyRefusedFilter();
    emit jobProgress(job);
    updateButtons();
}

void BulkDialog::applyRefusedFilter()
{
    const bool only = m_refusedOnly->isChecked();
    for (int i = 0; i < m_items->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_items->topLevelItem(i);
        row->setHidden(only && row->data(0, Qt::UserRole).toBool());
    }
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
    m_preview->setEnabled(!m_running && !m_ran && problem.isEmpty());
    m_preview->setToolTip(problem);
    const bool nothingWouldChange = m_previewed && m_job.dryRun && m_job.isFinished() && m_job.succeeded == 0;
    const bool canRun = !m_running && problem.isEmpty() && m_previewed && !m_ran && !nothingWouldChange;
    m_run->setEnabled(canRun);
    m_run->setToolTip(canRun ? tr("Runs the action in the server")
                      : m_ran ? tr("This job has run")
                      : nothingWouldChange ? tr("Nothing would change: every transaction would be refused")
                                           : tr("Preview first"));
    m_cancelJob->setEnabled(m_running && !m_job.dryRun && !m_job.id.isEmpty());
    m_action->setEnabled(!m_running && !m_ran);
    // Return takes the next step: the preview, then the run it showed.
    m_run->setDefault(canRun);
    m_preview->setDefault(!canRun && m_preview->isEnabled());
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
