// The payload editor's form: one field per schema member, tables for arrays.

#include "payloadeditor_p.h"
#include "flowhealth.h"

#include "fieldlookupcompleter.h"

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
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QResizeEvent>
#include <algorithm>
#include <functional>
#include <vector>

namespace Flowdesk {

namespace {
// A choice or a date under the pointer while the form scrolls is not changed by the
// wheel: the form scrolls on. Once the person has clicked into it, the wheel is its own.
class WheelPassesUnfocused : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel) {
            auto *widget = qobject_cast<QWidget *>(watched);
            if (widget && !widget->hasFocus()) {
                event->ignore(); // on to the scrolling form
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

// The entries of a list, one line each, a column per field, the entry's number
// first. Where the pane is too narrow for the columns side by side, each entry
// takes two or more rows ("bands") under its number, and the header as many,
// instead of the form scrolling sideways.
class LineTable : public QWidget
{
public:
    explicit LineTable(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
    {
        setObjectName(QStringLiteral("lineTable"));
        // A field of the table scrolled into view brings its column titles
        // along when both fit (PayloadEditor::Private::scrollTo).
        setProperty("headerStaysInView", true);
        m_grid->setContentsMargins(0, 0, 0, 0);
        m_grid->setHorizontalSpacing(8);
        m_grid->setVerticalSpacing(4);
        // The widget's minimum is the narrowest arrangement's, not the current one's.
        m_grid->setSizeConstraint(QLayout::SetNoConstraint);
    }

    // The number column's header, then one per field (nullptr where there is none).
    void setHeaders(QWidget *number, const QList<QWidget *> &headers)
    {
        m_numberHeader = number;
        m_headers = headers;
        m_needs.clear();
        m_bands = 0;
        arrange(1);
    }
    // An entry: its number, a cell per field, and what acts on the whole entry (its
    // Remove button): after the cells on one row, under the number in bands.
    void addLine(QWidget *number, const QList<QWidget *> &cells, QWidget *trailing)
    {
        m_lines.push_back({number, cells, trailing});
        m_needs.clear();
        placeLine(int(m_lines.size()) - 1);
    }
    // After the lines took another arrangement: given the widget of the lines with the
    // focus (or nullptr), brings what the person was looking at back into view.
    void setKeepInView(std::function<void(QWidget *)> keep) { m_keepInView = std::move(keep); }

    QSize sizeHint() const override { return {widthFor(1, false), m_grid->sizeHint().height()}; }
    QSize minimumSizeHint() const override { return {widthFor(maxBands(), true), m_grid->minimumSize().height()}; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        const int before = m_bands;
        arrange(bandsFor(width()));
        if (m_bands == before)
            return;
        updateGeometry(); // the height changed with the arrangement
        if (!m_keepInView)
            return;
        QWidget *focus = window()->focusWidget(); // the window's, active or not
        QTimer::singleShot(0, this, [this, focus = QPointer<QWidget>(focus && isAncestorOf(focus) ? focus : nullptr)] {
            // The new heights reach the scrolling form a layout at a time.
            for (int pass = 0; pass < 6; ++pass)
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            m_keepInView(focus);
        });
    }

private:
    struct Line
    {
        QWidget *number;
        QList<QWidget *> cells;
        QWidget *trailing;
    };
    struct Need
    {
        int hint = 0;
        int minimum = 0;
    };
    QGridLayout *m_grid;
    QWidget *m_numberHeader = nullptr;
    QList<QWidget *> m_headers;
    std::vector<Line> m_lines;
    mutable std::vector<Need> m_needs; // per column: the number, each field, the trailing one
    int m_bands = 0;
    std::function<void(QWidget *)> m_keepInView;

    int fields() const { return int(m_headers.size()); }
    int maxBands() const { return std::clamp(fields() / 2, 1, 4); }
    // Fields on each row of an entry in that many bands.
    int perBand(int bands) const { return (fields() + bands - 1) / bands; }

    const std::vector<Need> &needs() const
    {
        if (!m_needs.empty())
            return m_needs;
        m_needs.assign(size_t(fields() + 2), Need{});
        const auto widen = [](Need &need, const QWidget *w, bool header) {
            if (!w || w->isHidden())
                return;
            const int minimum = std::max(w->minimumSizeHint().width(), w->minimumWidth());
            // A header wraps at its words: its narrowest is its width.
            const int hint = header ? minimum : std::max(w->sizeHint().width(), minimum);
            need.minimum = std::max(need.minimum, minimum);
            need.hint = std::max(need.hint, hint);
        };
        widen(m_needs[0], m_numberHeader, true);
        for (int i = 0; i < fields(); ++i)
            widen(m_needs[size_t(i + 1)], m_headers[i], true);
        for (const Line &line : m_lines) {
            widen(m_needs[0], line.number, false);
            for (int i = 0; i < int(line.cells.size()) && i < fields(); ++i)
                widen(m_needs[size_t(i + 1)], line.cells[i], false);
            widen(m_needs.back(), line.trailing, false);
        }
        return m_needs;
    }

    int widthFor(int bands, bool minimum) const
    {
        const std::vector<Need> &need = needs();
        const int columns = perBand(bands);
        const auto of = [minimum](const Need &n) { return minimum ? n.minimum : n.hint; };
        // In bands the trailing widget sits under the number; on one row, at its end.
        int width = bands == 1 ? of(need[0]) : std::max(of(need[0]), of(need.back()));
        if (bands == 1 && of(need.back()) > 0)
            width += m_grid->horizontalSpacing() + of(need.back());
        for (int column = 0; column < columns; ++column) {
            int widest = 0;
            for (int band = 0; band < bands; ++band) {
                const int field = band * columns + column;
                if (field < fields())
                    widest = std::max(widest, of(need[size_t(field + 1)]));
            }
            width += m_grid->horizontalSpacing() + widest;
        }
        return width;
    }

    int bandsFor(int width) const
    {
        // The fewest bands whose fields keep most of their width; else the fewest that fit at all.
        for (int bands = 1; bands <= maxBands(); ++bands) {
            if (widthFor(bands, false) * 4 / 5 <= width && widthFor(bands, true) <= width)
                return bands;
        }
        for (int bands = 1; bands <= maxBands(); ++bands) {
            if (widthFor(bands, true) <= width)
                return bands;
        }
        return maxBands();
    }

    void place(QWidget *widget, int row, int column, int rowSpan, Qt::Alignment alignment)
    {
        if (!widget)
            return;
        m_grid->removeWidget(widget);
        m_grid->addWidget(widget, row, column, rowSpan, 1, alignment);
    }

    void arrange(int bands)
    {
        if (bands == m_bands)
            return;
        m_bands = bands;
        for (int row = 0; row < m_grid->rowCount(); ++row)
            m_grid->setRowMinimumHeight(row, 0);
        for (int column = 0; column < m_grid->columnCount(); ++column)
            m_grid->setColumnStretch(column, 0);
        const int columns = perBand(bands);
        place(m_numberHeader, 0, 0, bands, Qt::AlignLeft | Qt::AlignBottom);
        for (int i = 0; i < fields(); ++i)
            place(m_headers[i], i / columns, 1 + i % columns, 1, Qt::AlignLeft | Qt::AlignBottom);
        for (int line = 0; line < int(m_lines.size()); ++line)
            placeLine(line);
        m_grid->setColumnStretch(columns + 2, 1);
    }

    void placeLine(int line)
    {
        const int bands = std::max(1, m_bands);
        const int columns = perBand(bands);
        // Entries in bands are set apart by a little room.
        const int first = bands + line * (bands == 1 ? 1 : bands + 1);
        const Line &entry = m_lines[size_t(line)];
        const Qt::Alignment numberAlignment =
            Qt::AlignTop | (qobject_cast<QLabel *>(entry.number) ? Qt::AlignRight : Qt::AlignLeft);
        place(entry.number, first, 0, bands == 1 ? 1 : bands - 1, numberAlignment);
        for (int i = 0; i < int(entry.cells.size()); ++i)
            place(entry.cells[i], first + i / columns, 1 + i % columns, 1, Qt::AlignTop);
        if (bands == 1)
            place(entry.trailing, first, 1 + columns, 1, Qt::AlignTop);
        else
            place(entry.trailing, first + bands - 1, 0, 1, Qt::AlignTop | Qt::AlignLeft);
        if (bands > 1 && line > 0)
            m_grid->setRowMinimumHeight(first - 1, 6);
    }
};
} // namespace

// ---- form ----

QLabel *PayloadEditor::Private::makeErrorLabel(QWidget *parent) const
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, errorTextColour());
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
    cell->setProperty("inTable", inTable);
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
    QLineEdit *lookupEdit = nullptr; // a free text the target may offer values for

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
    } else if (format == QLatin1String("date") && (!value || PayloadSchema::isFormatDate(textOf()))) {
        auto *edit = new QDateEdit(cell);
        edit->setObjectName(pointer);
        edit->setDisplayFormat(dateFormatFullYear());
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
               && (!value
                   || (PayloadSchema::isFormatDateTime(textOf())
                       && QDateTime::fromString(textOf(), Qt::ISODateWithMs).isValid()))) {
        auto *edit = new QDateTimeEdit(cell);
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(dateFormatFullYear() + QStringLiteral(" HH:mm:ss 'UTC'"));
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
        else if (value && value->isNumber())
            edit->setText(numberForReader(textOf(), QLocale()));
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
            else if (const QString number = numeric ? jsonNumberFromReader(trimmed, QLocale()) : QString();
                     !number.isEmpty())
                setValue(pointer, JsonNode::number(number));
            else
                setValue(pointer, JsonNode::string(numeric ? trimmed : text));
        });
        if (!numeric && !readOnly)
            lookupEdit = edit;
        editor = edit;
    }

    if (qobject_cast<QComboBox *>(editor) || qobject_cast<QAbstractSpinBox *>(editor)) {
        static auto *guard = new WheelPassesUnfocused(qApp);
        editor->setFocusPolicy(Qt::StrongFocus);
        editor->installEventFilter(guard);
    }
    editor->setObjectName(pointer);
    editor->setToolTip(tooltip);
    editor->setAccessibleName(readablePath(pointer)); // table cells have no label of their own
    editor->setEnabled(editor->isEnabled() && !readOnly);
    // No alignment: the editor grows up to its maximum width and stays on the left.
    cellLayout->addWidget(editor);
    // Under the editor: what the target's values lookup says, then the problem.
    QLabel *hint = nullptr;
    if (lookupEdit) {
        hint = new QLabel(cell);
        hint->setObjectName(QStringLiteral("lookupHint:") + pointer);
        hint->setTextFormat(Qt::PlainText);
        hint->setWordWrap(true);
        QFont font = hint->font();
        font.setPointSizeF(font.pointSizeF() * 0.9);
        hint->setFont(font);
        hint->hide();
        cellLayout->addWidget(hint);
        lookup->attach(lookupEdit, hint, pointer);
    }
    QLabel *error = makeErrorLabel(cell);
    cellLayout->addWidget(error);
    fields.insert(pointer, FieldUi{editor, error, cell, hint, nullptr});
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
            fields.insert(childPointer, FieldUi{group, error, group, nullptr, nullptr});
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
    fields.insert(pointer, FieldUi{group, error, group, nullptr, nullptr});

    const JsonNode *itemSchema = arraySchema.member(QStringLiteral("items"));
    const JsonNode *itemProps = itemSchema ? itemSchema->member(QStringLiteral("properties")) : nullptr;
    if (!itemSchema || schemaString(itemSchema, "type") != QLatin1String("object") || !itemProps) {
        auto *note = new QLabel(PayloadEditor::tr("This list can be edited in the JSON tab."), group);
        note->setTextFormat(Qt::PlainText);
        groupLayout->addWidget(note);
        return group;
    }

    // One line per entry, one column per field, like the lines of an order.
    auto *table = new LineTable(group);
    table->setKeepInView([this, table](QWidget *focus) {
        if (focus)
            scrollTo(focus);
        else if (shownField && table->isAncestorOf(shownField))
            scrollTo(shownField);
    });
    // The entry's number first: its own number field when the schema starts with
    // one, else a count in front.
    const QString firstName = itemProps->members().empty() ? QString() : itemProps->members().front().name;
    const bool ownNumber = firstName == QLatin1String("line_no") || firstName == QLatin1String("position");
    QList<QWidget *> headers;
    for (const JsonMember &prop : itemProps->members()) {
        const bool required = [&] {
            const JsonNode *req = itemSchema->member(QStringLiteral("required"));
            if (!req)
                return false;
            return std::any_of(req->items().begin(), req->items().end(),
                               [&](const JsonNode &r) { return r.text() == prop.name; });
        }();
        // The mark stays with the name's last word when the title wraps.
        auto *header = new QLabel(fieldLabel(prop.name, &prop.value) + (required ? QStringLiteral("\u00A0*") : QString()),
                                  table);
        header->setTextFormat(Qt::PlainText);
        // Long (translated) field names wrap instead of widening the lines sideways.
        header->setWordWrap(true);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        header->setToolTip(schemaString(&prop.value, "description"));
        headers << header;
    }
    QWidget *numberHeader = nullptr;
    if (ownNumber) {
        numberHeader = headers.takeFirst();
    } else {
        auto *label = new QLabel(QStringLiteral("#"), table);
        label->setTextFormat(Qt::PlainText);
        numberHeader = label;
    }
    table->setHeaders(numberHeader, headers);
    // Very long lists (stock batches) are edited in the JSON tab beyond the first rows.
    const int shown = std::min(count, kMaxFormRows);
    for (int row = 0; row < shown; ++row) {
        const QString rowPointer = appendJsonPointer(pointer, QString::number(row));
        QWidget *number = nullptr;
        QList<QWidget *> cells;
        for (const JsonMember &prop : itemProps->members()) {
            const QString cellPointer = appendJsonPointer(rowPointer, prop.name);
            const QString type = schemaString(&prop.value, "type");
            QWidget *cell = nullptr;
            if (type == QLatin1String("object") || type == QLatin1String("array")) {
                cell = new QLabel(PayloadEditor::tr("(JSON tab)"), table);
            } else {
                cell = makeField(cellPointer, &prop.value, true);
            }
            cells << cell;
        }
        if (ownNumber) {
            number = cells.takeFirst();
        } else {
            auto *rowNumber = new QLabel(QString::number(row + 1), table);
            rowNumber->setTextFormat(Qt::PlainText);
            number = rowNumber;
        }
        auto *remove = new QToolButton(table);
        remove->setText(PayloadEditor::tr("Remove"));
        remove->setObjectName(QStringLiteral("remove:") + rowPointer);
        remove->setToolTip(PayloadEditor::tr("Remove entry %1 from the list").arg(row + 1));
        remove->setVisible(!readOnly);
        QObject::connect(remove, &QToolButton::clicked, q, [this, pointer, row] { removeRow(pointer, row); });
        table->addLine(number, cells, remove);
        fields.insert(rowPointer, FieldUi{nullptr, nullptr, number, nullptr, nullptr});
    }
    groupLayout->addWidget(table);

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
    // Focus in the form stays in the editor while the form is rebuilt: hiding
    // the old form would otherwise hand it to the next widget in the window
    // (the exception list, which would then select another row).
    if (QWidget *old = formScroll->widget(); old && old->isAncestorOf(QApplication::focusWidget()))
        formScroll->setFocus(Qt::OtherFocusReason);
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
    showTargetField();
}

void PayloadEditor::Private::showTargetField()
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it->targetNote) {
            it->targetNote->hide();
            it->targetNote->deleteLater();
            it->targetNote = nullptr;
        }
        if (it->editor) {
            it->editor->setProperty("targetNamed", false);
            // A cell's note in its tooltip goes with it.
            const QString note = it->editor->property("targetTip").toString();
            if (!note.isEmpty()) {
                QString tip = it->editor->toolTip();
                if (tip.startsWith(note))
                    tip = tip.mid(note.size()).remove(0, tip.size() > note.size() ? 1 : 0);
                it->editor->setToolTip(tip);
                it->editor->setProperty("targetTip", QString());
            }
        }
    }
    if (targetField.isEmpty())
        return;
    // The field itself, or the group holding it when the form does not show it
    // (a missing value, a list edited in the JSON tab).
    const QString at = uiPointerFor(targetField);
    if (at.isEmpty())
        return;
    FieldUi &ui = fields[at];
    auto *layout = ui.container ? qobject_cast<QVBoxLayout *>(ui.container->layout()) : nullptr;
    if (!layout)
        return;
    const QString system = targetSystem.isEmpty() ? PayloadEditor::tr("The target system") : targetSystem;
    const QString noteText = at == targetField
                                 ? PayloadEditor::tr("%1 named this field in its error.").arg(system)
                                 : PayloadEditor::tr("%1 named %2 in its error.").arg(system, readablePath(targetField));
    if (ui.container->property("inTable").toBool() && ui.editor) {
        // A cell of a line table: the note in words would squeeze its column; the
        // cell is marked (applyTargetLook) and says it in its tooltip.
        ui.editor->setProperty("targetNamed", true);
        const QString tip = ui.editor->toolTip();
        ui.editor->setToolTip(tip.isEmpty() ? noteText : noteText + QLatin1Char('\n') + tip);
        ui.editor->setProperty("targetTip", noteText);
        ui.editor->setAccessibleDescription(noteText);
        return;
    }
    auto *note = new QLabel(noteText, ui.container);
    note->setObjectName(QStringLiteral("targetNote"));
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    QPalette palette = note->palette();
    palette.setColor(QPalette::WindowText, targetTextColour());
    note->setPalette(palette);
    QFont font = note->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.9);
    note->setFont(font);
    // Under the editor of a field; first in a group.
    layout->insertWidget(qobject_cast<QGroupBox *>(ui.container.data()) ? 0 : 1, note);
    note->show(); // at once, also when the form is on screen already
    if (ui.error)
        ui.error->raise(); // the problem stays the cell's last word
    ui.targetNote = note;
    if (ui.editor) {
        ui.editor->setProperty("targetNamed", true);
        if (!ui.editor->accessibleDescription().contains(note->text()))
            ui.editor->setAccessibleDescription(note->text());
    }
}

void PayloadEditor::Private::applyTargetLook()
{
    if (targetField.isEmpty())
        return;
    const FieldUi ui = fields.value(uiPointerFor(targetField));
    if (!ui.editor || qobject_cast<QGroupBox *>(ui.editor.data()))
        return;
    if (ui.error && ui.error->isVisibleTo(ui.container))
        return; // a problem there shows in red, which says more
    QPalette palette = QApplication::palette(ui.editor);
    palette.setColor(QPalette::Base, targetBaseColour());
    palette.setColor(QPalette::Button, targetBaseColour());
    palette.setColor(QPalette::Text, QApplication::palette().color(QPalette::Text));
    ui.editor->setPalette(palette);
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
                scrollTo(ui.editor);
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


} // namespace Flowdesk
