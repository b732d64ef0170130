#include "payloadeditor.h"

#include "jsonhighlighter.h"
#include "jsonschema.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace Flowdesk {

namespace {

const QString kMask = QStringLiteral("***");
const int kMaxFormRows = 100;
const QColor kInvalidBase(0xfd, 0xec, 0xea);
const QColor kErrorText(0xb7, 0x1c, 0x1c);
const QColor kRemovedLine(0xfd, 0xe2, 0xe1);
const QColor kAddedLine(0xdf, 0xf5, 0xe1);
const QColor kErrorLine(0xfd, 0xec, 0xea);

QString schemaString(const JsonNode *schema, const char *key)
{
    const JsonNode *v = schema ? schema->member(QLatin1String(key)) : nullptr;
    return v && v->isString() ? v->text() : QString();
}

const JsonNode *schemaMember(const JsonNode *schema, const char *key)
{
    return schema ? schema->member(QLatin1String(key)) : nullptr;
}

// "order_number" -> "Order number"; well-known abbreviations spelled out or capitalised.
QString fieldLabel(const QString &name, const JsonNode *schema)
{
    const QString title = schemaString(schema, "title");
    if (!title.isEmpty())
        return QCoreApplication::translate("Flowdesk::PayloadFields", title.toUtf8().constData());
    static const QHash<QString, QString> words{
        {QStringLiteral("uom"), QStringLiteral("unit")},  {QStringLiteral("id"), QStringLiteral("ID")},
        {QStringLiteral("iban"), QStringLiteral("IBAN")}, {QStringLiteral("bic"), QStringLiteral("BIC")},
        {QStringLiteral("vat"), QStringLiteral("VAT")},   {QStringLiteral("gln"), QStringLiteral("GLN")},
        {QStringLiteral("asn"), QStringLiteral("ASN")},   {QStringLiteral("bom"), QStringLiteral("BOM")},
        {QStringLiteral("kg"), QStringLiteral("(kg)")},   {QStringLiteral("no"), QStringLiteral("no.")},
        {QStringLiteral("sku"), QStringLiteral("SKU")},
    };
    QStringList parts = name.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (QString &p : parts)
        p = words.value(p.toLower(), p);
    QString label = parts.join(QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return QCoreApplication::translate("Flowdesk::PayloadFields", label.toUtf8().constData());
}

// "/lines/0/uom" -> "/lines/0"; the whole document for "/plant" and for field names
// that are not pointers at all (a request field the server complained about).
QString parentPointer(const QString &pointer)
{
    const int slash = int(pointer.lastIndexOf(QLatin1Char('/')));
    return slash <= 0 ? QString() : pointer.left(slash);
}

bool isJsonNumber(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    return re.match(text).hasMatch();
}

struct FieldUi
{
    QPointer<QWidget> editor;    // what gets the focus and turns red
    QPointer<QLabel> error;      // message under the editor
    QPointer<QWidget> container; // what is scrolled into view
};

// Row alignment of two texts by longest common subsequence of lines.
struct DiffRow
{
    int left = -1;  // line index in the original, -1 for a gap
    int right = -1; // line index in the current text, -1 for a gap
    bool changed = false;
};

QList<DiffRow> alignLines(const QStringList &a, const QStringList &b)
{
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const int n = int(a.size()) - prefix - suffix;
    const int m = int(b.size()) - prefix - suffix;

    QList<DiffRow> rows;
    for (int i = 0; i < prefix; ++i)
        rows.append(DiffRow{i, i, false});

    QList<DiffRow> middle;
    if (qint64(n) * qint64(m) <= 4'000'000) {
        // lcs[i][j]: common lines of a[i..] and b[j..] in the middle part.
        std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
        for (int i = n - 1; i >= 0; --i) {
            for (int j = m - 1; j >= 0; --j) {
                lcs[size_t(i)][size_t(j)] = a[prefix + i] == b[prefix + j]
                    ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                    : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
            }
        }
        int i = 0, j = 0;
        QList<int> removed, added;
        const auto flush = [&] {
            // Pair removed and added lines side by side as changed lines.
            const int count = int(std::max(removed.size(), added.size()));
            for (int k = 0; k < count; ++k) {
                middle.append(DiffRow{k < removed.size() ? removed[k] : -1, k < added.size() ? added[k] : -1, true});
            }
            removed.clear();
            added.clear();
        };
        while (i < n || j < m) {
            if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
                flush();
                middle.append(DiffRow{prefix + i, prefix + j, false});
                ++i;
                ++j;
            } else if (j < m && (i == n || lcs[size_t(i)][size_t(j + 1)] >= lcs[size_t(i + 1)][size_t(j)])) {
                added.append(prefix + j);
                ++j;
            } else {
                removed.append(prefix + i);
                ++i;
            }
        }
        flush();
    } else {
        for (int k = 0; k < std::max(n, m); ++k)
            middle.append(DiffRow{k < n ? prefix + k : -1, k < m ? prefix + k : -1, true});
    }
    rows.append(middle);
    for (int k = 0; k < suffix; ++k)
        rows.append(DiffRow{int(a.size()) - suffix + k, int(b.size()) - suffix + k, false});
    return rows;
}

void setInvalidLook(QWidget *editor, bool invalid)
{
    if (!editor)
        return;
    QPalette palette = QApplication::palette(editor);
    if (invalid) {
        palette.setColor(QPalette::Base, kInvalidBase);
        palette.setColor(QPalette::Button, kInvalidBase);
    }
    editor->setPalette(palette);
}

} // namespace

class PayloadEditor::Private
{
public:
    explicit Private(PayloadEditor *editor) : q(editor) {}

    PayloadEditor *q;

    PayloadSchema schema;
    JsonNode document = JsonNode::object();
    JsonNode original = JsonNode::object();
    bool originalParsed = false;
    bool documentParsed = true;
    JsonParseError parseError;
    QSet<QString> masked;
    QList<FieldViolation> local;
    struct ServerViolation
    {
        FieldViolation violation;
        QString valueWhenReported; // compact JSON, empty when the value was missing
    };
    QList<ServerViolation> server;
    bool readOnly = false;
    bool lastValid = true;
    bool updatingText = false;
    bool formStale = false;

    QTabWidget *tabs = nullptr;
    QLabel *banner = nullptr;
    QLabel *maskedNote = nullptr;
    QScrollArea *formScroll = nullptr;
    QPointer<QWidget> formRoot;
    QHash<QString, FieldUi> fields;
    QPlainTextEdit *jsonEdit = nullptr;
    QLabel *jsonStatus = nullptr;
    QListWidget *problemList = nullptr;
    QLabel *diffSummary = nullptr;
    QPlainTextEdit *diffLeft = nullptr;
    QPlainTextEdit *diffRight = nullptr;

    void buildUi();

    // Form
    void rebuildForm();
    void buildObject(QFormLayout *layout, const JsonNode &objectSchema, const QString &pointer);
    QWidget *buildArray(const QString &name, const JsonNode &arraySchema, const QString &pointer);
    QWidget *makeField(const QString &pointer, const JsonNode *fieldSchema, bool inTable);
    QString tooltipFor(const QString &pointer, const JsonNode *fieldSchema) const;
    QLabel *makeErrorLabel(QWidget *parent) const;
    void addRow(const QString &arrayPointer, const JsonNode &itemSchema);
    void removeRow(const QString &arrayPointer, int index);

    // Edits
    void setValue(const QString &pointer, std::optional<JsonNode> value);
    void jsonTextEdited();
    void setJsonTextFromDocument();
    void afterChange(bool emitChanged);

    // Checks
    bool isMasked(const QString &pointer) const;
    void collectSchemaMasked();
    QList<FieldViolation> allViolations() const;
    void revalidate();
    void showViolations();
    QString uiPointerFor(const QString &pointer) const;
    QString readablePath(const QString &pointer) const;

    // Differences
    void updateDiff();
    QString currentText() const;
};

void PayloadEditor::Private::buildUi()
{
    auto *layout = new QVBoxLayout(q);
    layout->setContentsMargins(0, 0, 0, 0);

    tabs = new QTabWidget(q);
    layout->addWidget(tabs);

    // Form tab: banner, legend and the generated form in a scroll area.
    auto *formPage = new QWidget(tabs);
    auto *formLayout = new QVBoxLayout(formPage);
    banner = new QLabel(formPage);
    banner->setTextFormat(Qt::PlainText);
    banner->setWordWrap(true);
    banner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0;"
                                         " border-radius: 3px; padding: 6px; }"));
    banner->hide();
    formLayout->addWidget(banner);
    auto *legend = new QLabel(PayloadEditor::tr("Fields marked * are required. Hover over a field to see what it "
                                                "accepts."),
                              formPage);
    legend->setTextFormat(Qt::PlainText);
    legend->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    formLayout->addWidget(legend);
    maskedNote = new QLabel(PayloadEditor::tr("Values shown as *** are hidden for your role; they are kept exactly as "
                                              "they are."),
                            formPage);
    maskedNote->setTextFormat(Qt::PlainText);
    maskedNote->setWordWrap(true);
    maskedNote->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    maskedNote->hide();
    formLayout->addWidget(maskedNote);
    formScroll = new QScrollArea(formPage);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formLayout->addWidget(formScroll, 1);
    tabs->addTab(formPage, PayloadEditor::tr("Form"));

    // JSON tab: the text, where it cannot be read, and the list of problems.
    auto *jsonPage = new QWidget(tabs);
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    auto *splitter = new QSplitter(Qt::Vertical, jsonPage);
    jsonEdit = new QPlainTextEdit(splitter);
    jsonEdit->setObjectName(QStringLiteral("payloadJsonText"));
    jsonEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    jsonEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    jsonEdit->setTabChangesFocus(true);
    new JsonHighlighter(jsonEdit->document());
    auto *problemsBox = new QWidget(splitter);
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    jsonStatus = new QLabel(problemsBox);
    jsonStatus->setObjectName(QStringLiteral("payloadJsonStatus"));
    jsonStatus->setTextFormat(Qt::PlainText);
    jsonStatus->setWordWrap(true);
    problemsLayout->addWidget(jsonStatus);
    problemList = new QListWidget(problemsBox);
    problemList->setObjectName(QStringLiteral("payloadProblems"));
    problemsLayout->addWidget(problemList);
    splitter->addWidget(jsonEdit);
    splitter->addWidget(problemsBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({800, 160});
    jsonLayout->addWidget(splitter);
    tabs->addTab(jsonPage, PayloadEditor::tr("JSON"));

    // Differences tab: original and current side by side, line-aligned.
    auto *diffPage = new QWidget(tabs);
    auto *diffLayout = new QVBoxLayout(diffPage);
    diffSummary = new QLabel(diffPage);
    diffSummary->setTextFormat(Qt::PlainText);
    diffLayout->addWidget(diffSummary);
    auto *sides = new QGridLayout;
    auto *leftTitle = new QLabel(PayloadEditor::tr("As received"), diffPage);
    auto *rightTitle = new QLabel(PayloadEditor::tr("As edited"), diffPage);
    QFont bold = leftTitle->font();
    bold.setBold(true);
    leftTitle->setFont(bold);
    rightTitle->setFont(bold);
    diffLeft = new QPlainTextEdit(diffPage);
    diffRight = new QPlainTextEdit(diffPage);
    diffLeft->setObjectName(QStringLiteral("payloadDiffOriginal"));
    diffRight->setObjectName(QStringLiteral("payloadDiffCurrent"));
    for (QPlainTextEdit *side : {diffLeft, diffRight}) {
        side->setReadOnly(true);
        side->setLineWrapMode(QPlainTextEdit::NoWrap);
        side->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    sides->addWidget(leftTitle, 0, 0);
    sides->addWidget(rightTitle, 0, 1);
    sides->addWidget(diffLeft, 1, 0);
    sides->addWidget(diffRight, 1, 1);
    diffLayout->addLayout(sides, 1);
    tabs->addTab(diffPage, PayloadEditor::tr("Differences"));

    // Both sides scroll together.
    QObject::connect(diffLeft->verticalScrollBar(), &QScrollBar::valueChanged, diffRight->verticalScrollBar(),
                     &QScrollBar::setValue);
    QObject::connect(diffRight->verticalScrollBar(), &QScrollBar::valueChanged, diffLeft->verticalScrollBar(),
                     &QScrollBar::setValue);
    QObject::connect(diffLeft->horizontalScrollBar(), &QScrollBar::valueChanged, diffRight->horizontalScrollBar(),
                     &QScrollBar::setValue);
    QObject::connect(diffRight->horizontalScrollBar(), &QScrollBar::valueChanged, diffLeft->horizontalScrollBar(),
                     &QScrollBar::setValue);

    QObject::connect(jsonEdit, &QPlainTextEdit::textChanged, q, [this] { jsonTextEdited(); });
    QObject::connect(tabs, &QTabWidget::currentChanged, q, [this](int index) {
        if (index == 0 && formStale) {
            rebuildForm();
            showViolations();
        }
        updateDiff();
    });
    QObject::connect(problemList, &QListWidget::itemActivated, q, [this](QListWidgetItem *item) {
        const QString pointer = item->data(Qt::UserRole).toString();
        const JsonNode *node = document.at(pointer);
        for (QString p = pointer; !node && !p.isEmpty(); p = parentPointer(p))
            node = document.at(p);
        const int offset = !documentParsed ? parseError.offset : (node ? node->offset() : -1);
        if (offset >= 0) {
            QTextCursor cursor = jsonEdit->textCursor();
            cursor.setPosition(std::min(offset, int(jsonEdit->document()->characterCount()) - 1));
            jsonEdit->setTextCursor(cursor);
            jsonEdit->setFocus();
        }
    });
}

// ---- form ----

QLabel *PayloadEditor::Private::makeErrorLabel(QWidget *parent) const
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, kErrorText);
    label->setPalette(palette);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->hide();
    return label;
}

QString PayloadEditor::Private::tooltipFor(const QString &pointer, const JsonNode *fieldSchema) const
{
    QStringList lines;
    const QString description = schemaString(fieldSchema, "description");
    if (!description.isEmpty())
        lines << description;
    if (isMasked(pointer))
        lines << PayloadEditor::tr("Hidden: your role may not see this value. It is kept unchanged.");
    if (schema.isRequired(pointer))
        lines << PayloadEditor::tr("Required.");
    const QString pattern = schemaString(fieldSchema, "pattern");
    if (!pattern.isEmpty()) {
        const QString shape = PayloadSchema::describePattern(pattern);
        if (shape != pattern)
            lines << PayloadEditor::tr("Format: %1 (# is a digit, A a capital letter).").arg(shape);
        else
            lines << PayloadEditor::tr("Format: %1").arg(pattern);
    }
    const QString format = schemaString(fieldSchema, "format");
    if (format == QLatin1String("date"))
        lines << PayloadEditor::tr("A date.");
    else if (format == QLatin1String("date-time"))
        lines << PayloadEditor::tr("A date and time (UTC).");
    else if (format == QLatin1String("email"))
        lines << PayloadEditor::tr("An e-mail address.");
    const JsonNode *min = schemaMember(fieldSchema, "minimum");
    const JsonNode *max = schemaMember(fieldSchema, "maximum");
    const JsonNode *exMin = schemaMember(fieldSchema, "exclusiveMinimum");
    if (min && max)
        lines << PayloadEditor::tr("From %1 to %2.").arg(min->text(), max->text());
    else if (min)
        lines << (exMin && exMin->toBool() ? PayloadEditor::tr("More than %1.").arg(min->text())
                                           : PayloadEditor::tr("At least %1.").arg(min->text()));
    else if (max)
        lines << PayloadEditor::tr("At most %1.").arg(max->text());
    if (const JsonNode *maxLength = schemaMember(fieldSchema, "maxLength"))
        lines << PayloadEditor::tr("At most %1 characters.").arg(int(maxLength->toDouble()));
    return lines.join(QLatin1Char('\n'));
}

QWidget *PayloadEditor::Private::makeField(const QString &pointer, const JsonNode *fieldSchema, bool inTable)
{
    auto *cell = new QWidget;
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);

    const JsonNode *value = document.at(pointer);
    const QString type = schemaString(fieldSchema, "type");
    const QString format = schemaString(fieldSchema, "format");
    const JsonNode *choices = schemaMember(fieldSchema, "enum");
    const JsonNode *maxLength = schemaMember(fieldSchema, "maxLength");
    const bool required = schema.isRequired(pointer);
    const QString tooltip = tooltipFor(pointer, fieldSchema);
    QWidget *editor = nullptr;

    const auto textOf = [value] { return value && (value->isString() || value->isNumber()) ? value->text() : QString(); };

    if (isMasked(pointer)) {
        auto *edit = new QLineEdit(cell);
        edit->setText(value ? (value->isString() ? value->text() : value->toJson()) : kMask);
        edit->setReadOnly(true);
        edit->setEnabled(false);
        edit->setMaximumWidth(160);
        editor = edit;
    } else if (choices && type != QLatin1String("boolean")) {
        auto *combo = new QComboBox(cell);
        bool found = false;
        if (!required || !value)
            combo->addItem(PayloadEditor::tr("(not set)"), QString());
        for (const JsonNode &choice : choices->items()) {
            combo->addItem(choice.isString() ? choice.text() : choice.toJson(), choice.toJson());
            if (value && choice.sameValue(*value)) {
                combo->setCurrentIndex(combo->count() - 1);
                found = true;
            }
        }
        if (value && !found) {
            // Keep the value that arrived visible so the person sees what was wrong.
            combo->addItem(value->isString() ? value->text() : value->toJson(), value->toJson());
            combo->setCurrentIndex(combo->count() - 1);
        }
        // As wide as its longest choice.
        int widest = 0;
        for (int i = 0; i < combo->count(); ++i)
            widest = std::max(widest, combo->fontMetrics().horizontalAdvance(combo->itemText(i)));
        combo->setFixedWidth(std::clamp(widest + 50, 100, 300));
        QObject::connect(combo, &QComboBox::activated, q, [this, pointer, combo](int index) {
            const QString json = combo->itemData(index).toString();
            setValue(pointer, json.isEmpty() ? std::nullopt : parseJson(json));
        });
        editor = combo;
    } else if (type == QLatin1String("boolean")) {
        auto *check = new QCheckBox(inTable ? QString() : PayloadEditor::tr("Yes"), cell);
        check->setChecked(value && value->toBool());
        QObject::connect(check, &QCheckBox::clicked, q,
                         [this, pointer](bool on) { setValue(pointer, JsonNode::boolean(on)); });
        editor = check;
    } else if (format == QLatin1String("date") && (!value || QDate::fromString(textOf(), Qt::ISODate).isValid())) {
        auto *edit = new QDateEdit(cell);
        edit->setObjectName(pointer);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        edit->setMinimumDate(QDate(1900, 1, 1));
        edit->setSpecialValueText(PayloadEditor::tr("(not set)"));
        edit->setDate(value ? QDate::fromString(textOf(), Qt::ISODate) : edit->minimumDate());
        edit->setMinimumWidth(120);
        edit->setMaximumWidth(150);
        QObject::connect(edit, &QDateEdit::dateChanged, q, [this, pointer, edit](QDate date) {
            if (date == edit->minimumDate())
                setValue(pointer, std::nullopt);
            else
                setValue(pointer, JsonNode::string(date.toString(Qt::ISODate)));
        });
        editor = edit;
    } else if (format == QLatin1String("date-time")
               && (!value || QDateTime::fromString(textOf(), Qt::ISODateWithMs).isValid())) {
        auto *edit = new QDateTimeEdit(cell);
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        edit->setCalendarPopup(true);
        edit->setMinimumDateTime(QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC));
        edit->setSpecialValueText(PayloadEditor::tr("(not set)"));
        edit->setDateTime(value ? QDateTime::fromString(textOf(), Qt::ISODateWithMs).toUTC()
                                : edit->minimumDateTime());
        edit->setMinimumWidth(190);
        edit->setMaximumWidth(220);
        QObject::connect(edit, &QDateTimeEdit::dateTimeChanged, q, [this, pointer, edit](const QDateTime &when) {
            if (when == edit->minimumDateTime())
                setValue(pointer, std::nullopt);
            else
                setValue(pointer, JsonNode::string(when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"))));
        });
        editor = edit;
    } else {
        auto *edit = new QLineEdit(cell);
        const bool numeric = type == QLatin1String("number") || type == QLatin1String("integer");
        if (value && !value->isString() && !value->isNumber())
            edit->setText(value->toJson());
        else
            edit->setText(textOf());
        if (numeric && inTable && type == QLatin1String("integer")) {
            edit->setAlignment(Qt::AlignRight);
            edit->setMaximumWidth(70);
        } else if (numeric) {
            edit->setAlignment(Qt::AlignRight);
            edit->setMaximumWidth(inTable ? 110 : 140);
        } else if (!schemaString(fieldSchema, "pattern").isEmpty()) {
            const QString pattern = schemaString(fieldSchema, "pattern");
            const QString shape = PayloadSchema::describePattern(pattern);
            if (shape != pattern)
                edit->setPlaceholderText(shape);
            // Room for the value and the longest shape the format allows, within reason.
            static const QRegularExpression upperBound(QStringLiteral("\\{[0-9]+,([0-9]+)\\}"));
            int longest = std::max(int(shape.size()), int(textOf().size()));
            for (auto it = upperBound.globalMatch(pattern); it.hasNext();) {
                const auto match = it.next();
                longest += match.captured(1).toInt() - 1;
            }
            if (maxLength)
                longest = std::min(longest, int(maxLength->toDouble()));
            edit->setMaximumWidth(std::clamp(edit->fontMetrics().averageCharWidth() * longest + 40,
                                             inTable ? 90 : 160, 340));
        } else if (maxLength && maxLength->toDouble() <= 20) {
            edit->setMaximumWidth(inTable ? 90 : 140);
        } else if (format == QLatin1String("email")) {
            edit->setMaximumWidth(320);
        } else {
            edit->setMaximumWidth(inTable ? 260 : 420);
        }
        if (inTable)
            edit->setMinimumWidth(numeric ? 50 : 70);
        QObject::connect(edit, &QLineEdit::textEdited, q, [this, pointer, numeric](const QString &text) {
            const QString trimmed = text.trimmed();
            if (trimmed.isEmpty())
                setValue(pointer, std::nullopt);
            else if (numeric && isJsonNumber(trimmed))
                setValue(pointer, JsonNode::number(trimmed));
            else
                setValue(pointer, JsonNode::string(numeric ? trimmed : text));
        });
        editor = edit;
    }

    editor->setObjectName(pointer);
    editor->setToolTip(tooltip);
    editor->setAccessibleName(readablePath(pointer)); // table cells have no label of their own
    editor->setEnabled(editor->isEnabled() && !readOnly);
    // No alignment: the editor grows up to its maximum width and stays on the left.
    cellLayout->addWidget(editor);
    QLabel *error = makeErrorLabel(cell);
    cellLayout->addWidget(error);
    fields.insert(pointer, FieldUi{editor, error, cell});
    return cell;
}

void PayloadEditor::Private::buildObject(QFormLayout *layout, const JsonNode &objectSchema, const QString &pointer)
{
    const JsonNode *props = objectSchema.member(QStringLiteral("properties"));
    if (!props)
        return;
    for (const JsonMember &prop : props->members()) {
        const QString childPointer = appendJsonPointer(pointer, prop.name);
        const QString type = schemaString(&prop.value, "type");
        const bool required = schema.isRequired(childPointer);
        const QString label = fieldLabel(prop.name, &prop.value) + (required ? QStringLiteral(" *") : QString());
        if (type == QLatin1String("object")) {
            auto *group = new QGroupBox(label);
            group->setObjectName(childPointer);
            group->setToolTip(tooltipFor(childPointer, &prop.value));
            auto *groupLayout = new QVBoxLayout(group);
            QLabel *error = makeErrorLabel(group);
            groupLayout->addWidget(error);
            auto *inner = new QFormLayout;
            inner->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
            inner->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            groupLayout->addLayout(inner);
            fields.insert(childPointer, FieldUi{group, error, group});
            buildObject(inner, prop.value, childPointer);
            layout->addRow(group);
        } else if (type == QLatin1String("array")) {
            layout->addRow(buildArray(label, prop.value, childPointer));
        } else {
            auto *labelWidget = new QLabel(label);
            labelWidget->setTextFormat(Qt::PlainText);
            labelWidget->setToolTip(tooltipFor(childPointer, &prop.value));
            QWidget *cell = makeField(childPointer, &prop.value, false);
            labelWidget->setBuddy(fields.value(childPointer).editor);
            layout->addRow(labelWidget, cell);
        }
    }
}

QWidget *PayloadEditor::Private::buildArray(const QString &label, const JsonNode &arraySchema, const QString &pointer)
{
    const JsonNode *value = document.at(pointer);
    const int count = value && value->isArray() ? int(value->items().size()) : 0;
    auto *group = new QGroupBox(label);
    group->setObjectName(pointer);
    group->setToolTip(tooltipFor(pointer, &arraySchema));
    auto *groupLayout = new QVBoxLayout(group);
    QLabel *error = makeErrorLabel(group);
    groupLayout->addWidget(error);
    fields.insert(pointer, FieldUi{group, error, group});

    const JsonNode *itemSchema = arraySchema.member(QStringLiteral("items"));
    const JsonNode *itemProps = itemSchema ? itemSchema->member(QStringLiteral("properties")) : nullptr;
    if (!itemSchema || schemaString(itemSchema, "type") != QLatin1String("object") || !itemProps) {
        auto *note = new QLabel(PayloadEditor::tr("This list can be edited in the JSON tab."), group);
        note->setTextFormat(Qt::PlainText);
        groupLayout->addWidget(note);
        return group;
    }

    // One row per entry, one column per field, like the lines of an order.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    // Entries without a number field of their own get one in front.
    const bool numbered = itemProps->member(QStringLiteral("line_no")) || itemProps->member(QStringLiteral("position"));
    int column = 0;
    if (!numbered) {
        auto *numberHeader = new QLabel(QStringLiteral("#"), group);
        numberHeader->setTextFormat(Qt::PlainText);
        grid->addWidget(numberHeader, 0, column++);
    }
    for (const JsonMember &prop : itemProps->members()) {
        const bool required = [&] {
            const JsonNode *req = itemSchema->member(QStringLiteral("required"));
            if (!req)
                return false;
            return std::any_of(req->items().begin(), req->items().end(),
                               [&](const JsonNode &r) { return r.text() == prop.name; });
        }();
        auto *header = new QLabel(fieldLabel(prop.name, &prop.value) + (required ? QStringLiteral(" *") : QString()),
                                  group);
        header->setTextFormat(Qt::PlainText);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        header->setToolTip(schemaString(&prop.value, "description"));
        grid->addWidget(header, 0, column++, Qt::AlignLeft | Qt::AlignBottom);
    }
    // Very long lists (stock batches) are edited in the JSON tab beyond the first rows.
    const int shown = std::min(count, kMaxFormRows);
    for (int row = 0; row < shown; ++row) {
        const QString rowPointer = appendJsonPointer(pointer, QString::number(row));
        column = 0;
        QWidget *rowStart = nullptr;
        if (!numbered) {
            auto *rowNumber = new QLabel(QString::number(row + 1), group);
            rowNumber->setTextFormat(Qt::PlainText);
            grid->addWidget(rowNumber, row + 1, column++, Qt::AlignRight | Qt::AlignTop);
            rowStart = rowNumber;
        }
        for (const JsonMember &prop : itemProps->members()) {
            const QString cellPointer = appendJsonPointer(rowPointer, prop.name);
            const QString type = schemaString(&prop.value, "type");
            if (type == QLatin1String("object") || type == QLatin1String("array")) {
                auto *note = new QLabel(PayloadEditor::tr("(JSON tab)"), group);
                grid->addWidget(note, row + 1, column++, Qt::AlignTop);
                continue;
            }
            QWidget *cell = makeField(cellPointer, &prop.value, true);
            if (!rowStart)
                rowStart = cell;
            grid->addWidget(cell, row + 1, column++, Qt::AlignTop);
        }
        auto *remove = new QToolButton(group);
        remove->setText(PayloadEditor::tr("Remove"));
        remove->setObjectName(QStringLiteral("remove:") + rowPointer);
        remove->setToolTip(PayloadEditor::tr("Remove entry %1 from the list").arg(row + 1));
        remove->setVisible(!readOnly);
        QObject::connect(remove, &QToolButton::clicked, q, [this, pointer, row] { removeRow(pointer, row); });
        grid->addWidget(remove, row + 1, column, Qt::AlignTop);
        fields.insert(rowPointer, FieldUi{nullptr, nullptr, rowStart});
    }
    grid->setColumnStretch(column + 1, 1);
    groupLayout->addLayout(grid);

    if (shown < count) {
        auto *more = new QLabel(PayloadEditor::tr("The form shows the first %1 of %2 entries; the others can be "
                                                  "edited in the JSON tab.")
                                    .arg(shown)
                                    .arg(count),
                                group);
        more->setTextFormat(Qt::PlainText);
        groupLayout->addWidget(more);
    }
    if (count == 0) {
        auto *empty = new QLabel(PayloadEditor::tr("No entries."), group);
        empty->setTextFormat(Qt::PlainText);
        groupLayout->addWidget(empty);
    }
    const bool lines = pointer.endsWith(QLatin1String("/lines"));
    auto *add = new QPushButton(lines ? PayloadEditor::tr("Add line") : PayloadEditor::tr("Add entry"), group);
    add->setObjectName(QStringLiteral("add:") + pointer);
    add->setVisible(!readOnly);
    const JsonNode itemSchemaCopy = *itemSchema;
    QObject::connect(add, &QPushButton::clicked, q, [this, pointer, itemSchemaCopy] { addRow(pointer, itemSchemaCopy); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch(1);
    groupLayout->addLayout(buttons);
    return group;
}

void PayloadEditor::Private::rebuildForm()
{
    const int scrollPosition = formScroll->verticalScrollBar()->value();
    if (QWidget *old = formScroll->takeWidget()) {
        // The old form may hold the button whose click led here: delete it later, but
        // take it out of the editor now so nothing finds its widgets any more.
        old->hide();
        old->setParent(nullptr);
        old->deleteLater();
    }
    fields.clear();
    formStale = false;
    maskedNote->setVisible(documentParsed && !masked.isEmpty());
    formRoot = new QWidget;
    auto *rootLayout = new QVBoxLayout(formRoot);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    rootLayout->addLayout(form);
    rootLayout->addStretch(1);
    if (schema.isLoaded() && documentParsed) {
        buildObject(form, schema.root(), QString());
    } else if (!documentParsed) {
        auto *note = new QLabel(PayloadEditor::tr("The JSON text cannot be read. Correct it in the JSON tab to "
                                                  "edit the fields here."),
                                formRoot);
        note->setTextFormat(Qt::PlainText);
        note->setWordWrap(true);
        form->addRow(note);
    }
    formScroll->setWidget(formRoot);
    formScroll->verticalScrollBar()->setValue(scrollPosition);
}

void PayloadEditor::Private::addRow(const QString &arrayPointer, const JsonNode &itemSchema)
{
    if (readOnly)
        return;
    JsonNode *array = document.at(arrayPointer);
    if (!array || !array->isArray()) {
        document.setAt(arrayPointer, JsonNode::array());
        array = document.at(arrayPointer);
        if (!array)
            return;
    }
    // A new entry numbers itself after the last one when the list has a position field.
    JsonNode item = JsonNode::object();
    if (const JsonNode *props = itemSchema.member(QStringLiteral("properties"))) {
        for (const char *counter : {"line_no", "position"}) {
            const JsonNode *p = props->member(QLatin1String(counter));
            if (!p || schemaString(p, "type") != QLatin1String("integer"))
                continue;
            qint64 next = 1;
            for (const JsonNode &existing : array->items()) {
                if (const JsonNode *n = existing.member(QLatin1String(counter)))
                    next = std::max(next, qint64(n->toDouble()) + 1);
            }
            item.setMember(QLatin1String(counter), JsonNode::number(QString::number(next)));
        }
    }
    array->items().push_back(std::move(item));
    const QString newRow = appendJsonPointer(arrayPointer, QString::number(array->items().size() - 1));
    afterChange(true);
    rebuildForm();
    showViolations();
    // Focus the first field of the new entry that the person has to fill in.
    if (const JsonNode *props = itemSchema.member(QStringLiteral("properties"))) {
        for (const JsonMember &m : props->members()) {
            const FieldUi ui = fields.value(appendJsonPointer(newRow, m.name));
            if (ui.editor && !document.at(appendJsonPointer(newRow, m.name))) {
                ui.editor->setFocus();
                formScroll->ensureWidgetVisible(ui.editor);
                break;
            }
        }
    }
}

void PayloadEditor::Private::removeRow(const QString &arrayPointer, int index)
{
    if (readOnly)
        return;
    const QString rowPointer = appendJsonPointer(arrayPointer, QString::number(index));
    // A row holding a masked value cannot go: the value would change without being seen.
    for (const QString &m : masked) {
        if (m.startsWith(rowPointer + QLatin1Char('/')))
            return;
    }
    if (!document.removeAt(rowPointer))
        return;
    // Masked pointers after the removed row move up by one.
    QSet<QString> moved;
    const QString prefix = arrayPointer + QLatin1Char('/');
    for (const QString &m : std::as_const(masked)) {
        if (m.startsWith(prefix)) {
            QStringList rest = m.mid(prefix.size()).split(QLatin1Char('/'));
            const int i = rest.first().toInt();
            if (i > index) {
                rest.first() = QString::number(i - 1);
                moved.insert(prefix + rest.join(QLatin1Char('/')));
                continue;
            }
        }
        moved.insert(m);
    }
    masked = moved;
    afterChange(true);
    rebuildForm();
    showViolations();
}

// ---- edits ----

bool PayloadEditor::Private::isMasked(const QString &pointer) const
{
    return masked.contains(pointer);
}

void PayloadEditor::Private::collectSchemaMasked()
{
    // Values the server masked by the flow's "x-sensitive" list count as masked even
    // when the caller did not list them.
    const QStringList patterns = schema.sensitivePatterns();
    if (patterns.isEmpty() || !documentParsed)
        return;
    const std::function<void(const JsonNode &, const QString &)> visit = [&](const JsonNode &node,
                                                                             const QString &pointer) {
        if (node.isString() && node.text() == kMask) {
            for (const QString &pattern : patterns) {
                if (jsonPointerMatches(pattern, pointer))
                    masked.insert(pointer);
            }
        } else if (node.isObject()) {
            for (const JsonMember &m : node.members())
                visit(m.value, appendJsonPointer(pointer, m.name));
        } else if (node.isArray()) {
            for (size_t i = 0; i < node.items().size(); ++i)
                visit(node.items()[i], appendJsonPointer(pointer, QString::number(i)));
        }
    };
    visit(document, QString());
}

void PayloadEditor::Private::setValue(const QString &pointer, std::optional<JsonNode> value)
{
    if (readOnly || isMasked(pointer) || !documentParsed)
        return;
    if (value)
        document.setAt(pointer, std::move(*value));
    else
        document.removeAt(pointer);
    afterChange(true);
}

void PayloadEditor::Private::setJsonTextFromDocument()
{
    const QString text = document.toJson(true);
    updatingText = true;
    // Keep the cursor roughly where it was for a person reading along.
    const int position = jsonEdit->textCursor().position();
    jsonEdit->setPlainText(text);
    QTextCursor cursor = jsonEdit->textCursor();
    cursor.setPosition(std::min(position, int(text.size())));
    jsonEdit->setTextCursor(cursor);
    updatingText = false;
    // Re-read the text so every value knows its place in it.
    if (auto parsed = parseJson(text))
        document = std::move(*parsed);
}

void PayloadEditor::Private::jsonTextEdited()
{
    if (updatingText)
        return;
    auto parsed = parseJson(jsonEdit->toPlainText(), &parseError);
    documentParsed = bool(parsed);
    if (parsed)
        document = std::move(*parsed);
    // The form follows when the person looks at it again.
    if (tabs->currentIndex() == 0)
        rebuildForm();
    else
        formStale = true;
    revalidate();
    updateDiff();
    emit q->changed();
}

void PayloadEditor::Private::afterChange(bool emitChanged)
{
    setJsonTextFromDocument();
    revalidate();
    updateDiff();
    if (emitChanged)
        emit q->changed();
}

// ---- checks ----

QList<FieldViolation> PayloadEditor::Private::allViolations() const
{
    QList<FieldViolation> all = local;
    for (const ServerViolation &s : server)
        all.append(s.violation);
    return all;
}

void PayloadEditor::Private::revalidate()
{
    local.clear();
    if (!documentParsed) {
        local.append(FieldViolation{QString(), PayloadEditor::tr("Line %1, column %2: %3")
                                                   .arg(parseError.line)
                                                   .arg(parseError.column)
                                                   .arg(parseError.message)});
    } else {
        local = schema.validate(document, masked);
        for (const QString &pointer : std::as_const(masked)) {
            const JsonNode *v = document.at(pointer);
            if (!v || !v->isString() || v->text() != kMask) {
                local.append(FieldViolation{pointer, PayloadEditor::tr("This value is hidden from you and cannot be "
                                                                       "changed; put back ***.")});
            }
        }
        // A server problem is settled once its value has been changed.
        server.erase(std::remove_if(server.begin(), server.end(),
                                    [this](const ServerViolation &s) {
                                        const JsonNode *v = document.at(s.violation.field);
                                        return (v ? v->toJson() : QString()) != s.valueWhenReported;
                                    }),
                     server.end());
    }
    showViolations();
    const bool valid = local.isEmpty() && server.isEmpty();
    if (valid != lastValid) {
        lastValid = valid;
        emit q->validityChanged(valid);
    }
}

QString PayloadEditor::Private::uiPointerFor(const QString &pointer) const
{
    QString p = pointer;
    while (!p.isEmpty()) {
        const FieldUi ui = fields.value(p);
        if (ui.error)
            return p;
        p = parentPointer(p);
    }
    return QString();
}

QString PayloadEditor::Private::readablePath(const QString &pointer) const
{
    // "/lines/0/uom" -> "Lines › 1 › Unit", in the words of the form.
    QStringList parts;
    QString at;
    for (const QString &token : splitJsonPointer(pointer)) {
        const JsonNode *parent = schema.schemaAt(at);
        at = appendJsonPointer(at, token);
        bool isIndex = false;
        const int index = token.toInt(&isIndex);
        if (isIndex && parent && schemaString(parent, "type") == QLatin1String("array"))
            parts << QString::number(index + 1);
        else
            parts << fieldLabel(token, schema.schemaAt(at));
    }
    return parts.join(QStringLiteral(" › "));
}

void PayloadEditor::Private::showViolations()
{
    const QList<FieldViolation> all = allViolations();

    // Form: messages under their fields.
    QHash<QString, QStringList> messages;
    QStringList unplaced; // about the payload as a whole, or a field the form does not show
    for (const FieldViolation &v : all) {
        const QString at = uiPointerFor(v.field);
        if (at.isEmpty()) {
            unplaced << (v.field.startsWith(QLatin1Char('/')) ? PayloadEditor::tr("%1: %2").arg(v.field, v.description)
                                                              : v.description);
            continue;
        }
        QString text = v.description;
        if (at != v.field) {
            const QString rel = v.field.mid(at.size() + 1);
            text = PayloadEditor::tr("%1: %2").arg(rel, v.description);
        }
        messages[at] << text;
    }
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const FieldUi &ui = it.value();
        if (!ui.error)
            continue;
        const QStringList list = messages.value(it.key());
        ui.error->setText(list.join(QLatin1Char('\n')));
        ui.error->setVisible(!list.isEmpty());
        if (!qobject_cast<QGroupBox *>(ui.editor))
            setInvalidLook(ui.editor, !list.isEmpty());
    }
    if (all.isEmpty()) {
        banner->hide();
    } else {
        banner->setText(all.size() == 1
                ? PayloadEditor::tr("One problem to correct before the payload can be saved.")
                : PayloadEditor::tr("%1 problems to correct before the payload can be saved.").arg(all.size()));
        if (!unplaced.isEmpty())
            banner->setText(banner->text() + QLatin1Char('\n') + unplaced.join(QLatin1Char('\n')));
        banner->show();
    }

    // JSON tab: list and marked lines.
    problemList->clear();
    QList<QTextEdit::ExtraSelection> selections;
    const auto markOffset = [&](int offset) {
        if (offset < 0)
            return;
        QTextEdit::ExtraSelection selection;
        selection.format.setBackground(kErrorLine);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selection.cursor = QTextCursor(jsonEdit->document());
        selection.cursor.setPosition(std::min(offset, jsonEdit->document()->characterCount() - 1));
        selection.cursor.clearSelection();
        selections.append(selection);
    };
    for (const FieldViolation &v : all) {
        const QString where = v.field.isEmpty() ? PayloadEditor::tr("Whole payload") : v.field;
        const QString readable = v.field.isEmpty() ? where : readablePath(v.field);
        auto *item = new QListWidgetItem(PayloadEditor::tr("%1 — %2").arg(readable, v.description), problemList);
        item->setToolTip(where);
        item->setData(Qt::UserRole, v.field);
        item->setData(Qt::UserRole + 1, documentParsed ? -1 : parseError.offset);
        item->setForeground(kErrorText);
        if (!documentParsed) {
            markOffset(parseError.offset);
            continue;
        }
        const JsonNode *node = nullptr;
        for (QString p = v.field; !node; p = parentPointer(p)) {
            node = document.at(p);
            if (p.isEmpty())
                break;
        }
        if (node && node != &document)
            markOffset(node->offset());
    }
    jsonEdit->setExtraSelections(selections);
    if (!documentParsed) {
        jsonStatus->setText(PayloadEditor::tr("The text is not valid JSON. Line %1, column %2: %3")
                                .arg(parseError.line)
                                .arg(parseError.column)
                                .arg(parseError.message));
    } else if (all.isEmpty()) {
        jsonStatus->setText(PayloadEditor::tr("The payload matches the flow's format."));
    } else {
        jsonStatus->setText(PayloadEditor::tr("Problems found: %1").arg(all.size()));
    }
    QPalette palette = jsonStatus->palette();
    palette.setColor(QPalette::WindowText, all.isEmpty() ? QApplication::palette().color(QPalette::WindowText)
                                                         : kErrorText);
    jsonStatus->setPalette(palette);
}

// ---- differences ----

QString PayloadEditor::Private::currentText() const
{
    return documentParsed ? document.toJson(true) : jsonEdit->toPlainText();
}

void PayloadEditor::Private::updateDiff()
{
    if (tabs->currentIndex() != 2)
        return; // computed when the tab is shown
    const QStringList left = original.toJson(true).split(QLatin1Char('\n'));
    const QStringList right = currentText().split(QLatin1Char('\n'));
    const QList<DiffRow> rows = alignLines(left, right);
    QStringList leftLines, rightLines;
    QList<int> changedRows;
    int changed = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const DiffRow &r = rows[i];
        leftLines << (r.left >= 0 ? left[r.left] : QString());
        rightLines << (r.right >= 0 ? right[r.right] : QString());
        if (r.changed) {
            changedRows << i;
            ++changed;
        }
    }
    const auto fill = [&](QPlainTextEdit *side, const QStringList &lines, const QColor &colour) {
        const int scroll = side->verticalScrollBar()->value();
        side->setPlainText(lines.join(QLatin1Char('\n')));
        QList<QTextEdit::ExtraSelection> selections;
        for (int row : std::as_const(changedRows)) {
            QTextEdit::ExtraSelection selection;
            selection.format.setBackground(colour);
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
            selection.cursor = QTextCursor(side->document()->findBlockByNumber(row));
            selections.append(selection);
        }
        side->setExtraSelections(selections);
        side->verticalScrollBar()->setValue(scroll);
    };
    fill(diffLeft, leftLines, kRemovedLine);
    fill(diffRight, rightLines, kAddedLine);
    if (!originalParsed)
        diffSummary->setText(PayloadEditor::tr("The payload as received is not valid JSON; it is shown as is."));
    else if (changed == 0)
        diffSummary->setText(PayloadEditor::tr("No changes: the payload is as it was received."));
    else
        diffSummary->setText(changed == 1
                ? PayloadEditor::tr("One line differs from the payload as it was received.")
                : PayloadEditor::tr("%1 lines differ from the payload as it was received.").arg(changed));
}

// ---- PayloadEditor ----

PayloadEditor::PayloadEditor(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this))
{
    d->buildUi();
    d->rebuildForm();
    d->showViolations();
}

PayloadEditor::~PayloadEditor()
{
    // The editors call into d while they exist: take them down before d goes.
    d->tabs->blockSignals(true);
    d->jsonEdit->blockSignals(true);
    delete d->tabs;
}

void PayloadEditor::setSchema(const QString &schemaJson)
{
    d->schema.load(schemaJson);
    d->collectSchemaMasked();
    d->rebuildForm();
    d->revalidate();
}

void PayloadEditor::setPayload(const QString &currentJson, const QString &originalJson,
                               const QStringList &maskedFields)
{
    d->server.clear();
    auto original = parseJson(originalJson);
    d->originalParsed = bool(original);
    d->original = original ? std::move(*original) : JsonNode::string(originalJson);

    auto current = parseJson(currentJson, &d->parseError);
    d->masked = QSet<QString>(maskedFields.cbegin(), maskedFields.cend());
    if (current) {
        d->documentParsed = true;
        d->document = std::move(*current);
        d->collectSchemaMasked();
        d->setJsonTextFromDocument();
    } else {
        d->documentParsed = false;
        d->document = JsonNode::object();
        d->updatingText = true;
        d->jsonEdit->setPlainText(currentJson);
        d->updatingText = false;
    }
    d->rebuildForm();
    d->revalidate();
    d->updateDiff();
}

QString PayloadEditor::payloadJson() const
{
    if (!d->documentParsed)
        return d->jsonEdit->toPlainText();
    JsonNode out = d->document;
    for (const QString &pointer : std::as_const(d->masked)) {
        if (out.at(pointer))
            out.setAt(pointer, JsonNode::string(kMask));
    }
    return out.toJson(false);
}

bool PayloadEditor::isModified() const
{
    if (!d->documentParsed)
        return true;
    return !d->document.sameValue(d->original);
}

bool PayloadEditor::isValid() const
{
    return d->local.isEmpty() && d->server.isEmpty();
}

QList<FieldViolation> PayloadEditor::violations() const
{
    return d->allViolations();
}

void PayloadEditor::setReadOnly(bool readOnly)
{
    if (d->readOnly == readOnly)
        return;
    d->readOnly = readOnly;
    d->jsonEdit->setReadOnly(readOnly);
    d->rebuildForm();
    d->showViolations();
}

bool PayloadEditor::isReadOnly() const
{
    return d->readOnly;
}

void PayloadEditor::setServerViolations(const QList<FieldViolation> &violations)
{
    d->server.clear();
    for (const FieldViolation &v : violations) {
        const JsonNode *value = d->documentParsed ? d->document.at(v.field) : nullptr;
        d->server.append(Private::ServerViolation{v, value ? value->toJson() : QString()});
    }
    d->revalidate();
}

void PayloadEditor::focusField(const QString &pointer)
{
    d->tabs->setCurrentIndex(0);
    if (d->formStale) {
        d->rebuildForm();
        d->showViolations();
    }
    QString p = pointer;
    while (true) {
        const FieldUi ui = d->fields.value(p);
        if (ui.container) {
            d->formScroll->ensureWidgetVisible(ui.container);
            if (ui.editor)
                ui.editor->setFocus(Qt::OtherFocusReason);
            return;
        }
        if (p.isEmpty())
            return;
        p = parentPointer(p);
    }
}

} // namespace Flowdesk
