#include "payloadeditor.h"

#include "common/colours.h"
#include "payloadeditor_p.h"

#include "fieldlookupcompleter.h"
#include "jsonhighlighter.h"

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

namespace PayloadEditorParts {

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

QString numberForReader(const QString &json, const QLocale &locale)
{
    if (!isJsonNumber(json) || json.contains(QLatin1Char('e')) || json.contains(QLatin1Char('E')))
        return json;
    QString text = json;
    text.replace(QLatin1Char('.'), locale.decimalPoint());
    text.replace(QLatin1Char('-'), locale.negativeSign());
    return text;
}

QString jsonNumberFromReader(const QString &text, const QLocale &locale)
{
    bool inLocale = false;
    locale.toDouble(text, &inLocale);
    if (inLocale) {
        QString json = text;
        json.remove(locale.groupSeparator());
        json.replace(locale.decimalPoint(), QStringLiteral("."));
        json.replace(locale.negativeSign(), QStringLiteral("-"));
        json.replace(locale.positiveSign(), QString());
        if (isJsonNumber(json))
            return json;
    }
    return isJsonNumber(text) ? text : QString();
}


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
        palette.setColor(QPalette::Base, invalidBaseColour());
        palette.setColor(QPalette::Button, invalidBaseColour());
    }
    editor->setPalette(palette);
}

} // namespace PayloadEditorParts

void PayloadEditor::Private::buildUi()
{
    auto *layout = new QVBoxLayout(q);
    layout->setContentsMargins(0, 0, 0, 0);

    lookup = new FieldLookupCompleter(
        [this](const QString &pointer, const QString &value) { setValue(pointer, JsonNode::string(value)); }, q);
    QObject::connect(lookup, &FieldLookupCompleter::answered, q, &PayloadEditor::lookupAnswered);

    tabs = new QTabWidget(q);
    layout->addWidget(tabs);

    // Form tab: banner, legend and the generated form in a scroll area.
    auto *formPage = new QWidget(tabs);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(4, 4, 2, 2);
    formLayout->setSpacing(4);
    banner = new QLabel(formPage);
    banner->setTextFormat(Qt::PlainText);
    banner->setWordWrap(true);
    banner->setStyleSheet(Colours::bannerStyle(Colours::Signal::Error, QStringLiteral("QLabel"),
                                               QStringLiteral("border-radius: 3px; padding: 6px;")));
    banner->hide();
    formLayout->addWidget(banner);
    // The legend beside the tabs, where it takes no height from the form.
    auto *legend = new QLabel(PayloadEditor::tr("* required"), tabs);
    legend->setObjectName(QStringLiteral("payloadLegend"));
    legend->setTextFormat(Qt::PlainText);
    legend->setToolTip(PayloadEditor::tr("Fields marked * are required. Hover over a field to see what it accepts."));
    legend->setStyleSheet(QStringLiteral("QLabel { %1 padding: 0 4px; }").arg(Colours::css(Colours::muted())));
    tabs->setCornerWidget(legend, Qt::TopRightCorner);
    maskedNote = new QLabel(PayloadEditor::tr("Values shown as *** are hidden for your role; they are kept exactly as "
                                              "they are."),
                            formPage);
    maskedNote->setTextFormat(Qt::PlainText);
    maskedNote->setWordWrap(true);
    maskedNote->setStyleSheet(QStringLiteral("QLabel { %1 }").arg(Colours::css(Colours::muted())));
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
    jsonEdit->setAccessibleName(PayloadEditor::tr("Payload as JSON"));
    jsonEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    jsonEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    jsonEdit->setTabChangesFocus(true);
    new JsonHighlighter(jsonEdit->document());
    // The list of problems shows only when there are problems: otherwise the
    // text has the whole height (on a laptop it was five lines above an empty list).
    problemList = new QListWidget(splitter);
    problemList->setObjectName(QStringLiteral("payloadProblems"));
    problemList->setAccessibleName(PayloadEditor::tr("Problems in the payload"));
    problemList->hide();
    splitter->addWidget(jsonEdit);
    splitter->addWidget(problemList);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({800, 160});
    jsonStatus = new QLabel(jsonPage);
    jsonStatus->setObjectName(QStringLiteral("payloadJsonStatus"));
    jsonStatus->setTextFormat(Qt::PlainText);
    jsonStatus->setWordWrap(true);
    jsonLayout->addWidget(splitter, 1);
    jsonLayout->addWidget(jsonStatus);
    tabs->addTab(jsonPage, PayloadEditor::tr("JSON"));

    // Differences tab: original and current side by side, line-aligned.
    auto *diffPage = new QWidget(tabs);
    auto *diffLayout = new QVBoxLayout(diffPage);
    diffSummary = new QLabel(diffPage);
    diffSummary->setTextFormat(Qt::PlainText);
    diffSummary->setWordWrap(true);
    diffLayout->addWidget(diffSummary);
    diffSides = new QWidget(diffPage);
    auto *sides = new QGridLayout(diffSides);
    sides->setContentsMargins(0, 0, 0, 0);
    auto *leftTitle = new QLabel(PayloadEditor::tr("As received"), diffSides);
    auto *rightTitle = new QLabel(PayloadEditor::tr("As edited"), diffSides);
    QFont bold = leftTitle->font();
    bold.setBold(true);
    leftTitle->setFont(bold);
    rightTitle->setFont(bold);
    diffLeft = new QPlainTextEdit(diffSides);
    diffRight = new QPlainTextEdit(diffSides);
    diffLeft->setObjectName(QStringLiteral("payloadDiffOriginal"));
    diffRight->setObjectName(QStringLiteral("payloadDiffCurrent"));
    diffLeft->setAccessibleName(PayloadEditor::tr("As received"));
    diffRight->setAccessibleName(PayloadEditor::tr("As edited"));
    for (QPlainTextEdit *side : {diffLeft, diffRight}) {
        side->setReadOnly(true);
        side->setLineWrapMode(QPlainTextEdit::NoWrap);
        side->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    sides->addWidget(leftTitle, 0, 0);
    sides->addWidget(rightTitle, 0, 1);
    sides->addWidget(diffLeft, 1, 0);
    sides->addWidget(diffRight, 1, 1);
    diffLayout->addWidget(diffSides, 1);
    diffLayout->addStretch(0);
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
    QObject::connect(tabs, &QTabWidget::currentChanged, q, [this, legend](int index) {
        // The marks it explains are the form's; the JSON text and the differences have none.
        legend->setText(index == 0 ? PayloadEditor::tr("* required") : QString());
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
        selection.format.setBackground(errorLineColour());
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
        item->setForeground(errorTextColour());
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
    problemList->setVisible(problemList->count() > 0);
    applyTargetLook();
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
                                                         : errorTextColour());
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
    fill(diffLeft, leftLines, removedLineColour());
    fill(diffRight, rightLines, addedLineColour());
    if (!originalParsed)
        diffSummary->setText(PayloadEditor::tr("The payload as received is not valid JSON; it is shown as is."));
    else if (changed == 0)
        diffSummary->setText(PayloadEditor::tr("No changes: the payload is as it was received."));
    else
        diffSummary->setText(changed == 1
                ? PayloadEditor::tr("One line differs from the payload as it was received.")
                : PayloadEditor::tr("%1 lines differ from the payload as it was received.").arg(changed));
    // Two identical texts side by side tell nothing the line above does not.
    diffSides->setVisible(!originalParsed || changed > 0);
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
    // A lookup still asked for is of no use once the editor is closed.
    d->lookup->cancel();
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
    d->targetField.clear();
    d->lookup->cancel();
    auto original = parseJson(originalJson);
    d->originalParsed = bool(original);
    d->original = original ? std::move(*original) : JsonNode::string(originalJson);

    auto current = parseJson(currentJson, &d->parseError);
    d->masked = QSet<QString>(maskedFields.cbegin(), maskedFields.cend());
    if (current) {
        d->documentParsed = true;
        d->document = std::move(*current);
        d->loaded = d->document;
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
    return !d->document.sameValue(d->loaded);
}

void PayloadEditor::markUnmodified()
{
    if (!d->documentParsed || d->document.sameValue(d->loaded))
        return;
    d->loaded = d->document;
    emit changed();
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

void PayloadEditor::revealField(const QString &pointer)
{
    d->tabs->setCurrentIndex(0);
    if (d->formStale) {
        d->rebuildForm();
        d->showViolations();
    }
    for (QString p = pointer;; p = parentPointer(p)) {
        const FieldUi ui = d->fields.value(p);
        if (ui.container) {
            d->scrollTo(ui.container);
            return;
        }
        if (p.isEmpty())
            return;
    }
}

void PayloadEditor::setTargetField(const QString &pointer, const QString &system)
{
    if (pointer == d->targetField && system == d->targetSystem)
        return;
    d->targetField = pointer;
    d->targetSystem = system;
    d->showTargetField();
    d->showViolations();
    d->probeTargetField();
}

QString PayloadEditor::targetField() const
{
    return d->targetField;
}

QString PayloadEditor::fieldDisplayName(const QString &pointer) const
{
    return d->readablePath(pointer);
}

void PayloadEditor::setFieldLookup(FieldLookupSource *source, const QString &transactionId, const QString &flowId,
                                   const QString &targetSystem)
{
    d->lookupTransaction = transactionId;
    d->lookup->setSource(source, transactionId, flowId, targetSystem);
    d->probeTargetField();
}

void PayloadEditor::cancelLookup()
{
    d->lookup->cancel();
}

bool PayloadEditor::isLookupBusy() const
{
    return d->lookup->isBusy() || d->lookup->isPending();
}

int PayloadEditor::lookupCallCount() const
{
    return d->lookup->callCount();
}

QAbstractItemView *PayloadEditor::lookupPopup() const
{
    return d->lookup->popup();
}

void PayloadEditor::Private::scrollTo(QWidget *widget)
{
    // Only a widget of the form shown now (a form being replaced may still report).
    if (!widget || !formRoot || !formRoot->isAncestorOf(widget))
        return;
    shownField = widget;
    // Up and down only: the labels on the left stay in view.
    const QPoint at = widget->mapTo(formRoot, QPoint(0, 0));
    // In a table, its column titles too when they fit with the field: a unit
    // under a cut-off header is a box without a name.
    for (QWidget *w = widget->parentWidget(); w && w != formRoot; w = w->parentWidget()) {
        if (!w->property("headerStaysInView").toBool())
            continue;
        const int top = w->mapTo(formRoot, QPoint(0, 0)).y();
        const int bottom = at.y() + widget->height() + 8;
        if (bottom - top <= formScroll->viewport()->height()) {
            formScroll->ensureVisible(0, bottom, 0, 0);
            formScroll->ensureVisible(0, top, 0, 0);
            return;
        }
        break;
    }
    const int half = widget->height() / 2;
    formScroll->ensureVisible(0, at.y() + half, 0, half + 24);
}

void PayloadEditor::Private::probeTargetField()
{
    if (targetField.isEmpty() || readOnly || !lookup->hasSource())
        return;
    const FieldUi ui = fields.value(targetField);
    auto *edit = qobject_cast<QLineEdit *>(ui.editor.data());
    if (!edit || !ui.hint)
        return;
    // Once per transaction and field, however often the form is built.
    const QString key = lookupTransaction + QLatin1Char(' ') + targetField;
    if (key == probed)
        return;
    probed = key;
    lookup->probe(edit, ui.hint, targetField);
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
            d->scrollTo(ui.container);
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
