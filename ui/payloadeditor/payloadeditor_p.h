#pragma once

#include <QLocale>

// Internal to the payload editor: its private state and the helpers its files
// share (field labels, the look of an invalid field, aligning two texts).

#include "payloadeditor.h"

#include "common/colours.h"

#include "jsonschema.h"

#include <QColor>
#include <QHash>
#include <QLabel>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

class QFormLayout;
class QListWidget;
class QPlainTextEdit;
class QScrollArea;
class QTabWidget;

namespace Flowdesk {

namespace PayloadEditorParts {

inline const QString kMask = QStringLiteral("***");
inline const int kMaxFormRows = 100;
// Colours from the palette (a dark theme gets dark tints and light text).
inline QColor invalidBaseColour() { return Colours::background(Colours::Signal::Error); }
inline QColor errorTextColour() { return Colours::text(Colours::Signal::Error); }
inline QColor removedLineColour() { return Colours::background(Colours::Signal::Error); }
inline QColor addedLineColour() { return Colours::background(Colours::Signal::Success); }
inline QColor errorLineColour() { return Colours::background(Colours::Signal::Error); }
inline QColor targetBaseColour() { return Colours::background(Colours::Signal::Warning); }
inline QColor targetTextColour() { return Colours::text(Colours::Signal::Warning); }

struct FieldUi
{
    QPointer<QWidget> editor;    // what gets the focus and turns red
    QPointer<QLabel> error;      // message under the editor
    QPointer<QWidget> container; // what is scrolled into view
    QPointer<QLabel> hint;       // what the target's values lookup says, under the editor
    QPointer<QLabel> targetNote; // "Odoo named this field", under the editor
};

// Row alignment of two texts by longest common subsequence of lines.
struct DiffRow
{
    int left = -1;  // line index in the original, -1 for a gap
    int right = -1; // line index in the current text, -1 for a gap
    bool changed = false;
};

QString schemaString(const JsonNode *schema, const char *key);
const JsonNode *schemaMember(const JsonNode *schema, const char *key);
QString parentPointer(const QString &pointer);
bool isJsonNumber(const QString &text);
// A JSON number as the reader writes numbers: the locale's decimal sign
// ("12,5" in German), no grouping, so that it reads back unchanged; anything
// else (an exponent, text that is no number) as it is.
QString numberForReader(const QString &json, const QLocale &locale);
// A number as the reader typed it, as JSON: in the locale's form ("1.234,5" in
// German), else in JSON's own ("12.5"); empty when it is neither.
QString jsonNumberFromReader(const QString &text, const QLocale &locale);
// Row alignment of two texts by longest common subsequence of lines.
QList<DiffRow> alignLines(const QStringList &a, const QStringList &b);
void setInvalidLook(QWidget *editor, bool invalid);

} // namespace PayloadEditorParts

using namespace PayloadEditorParts;

class FieldLookupCompleter;

class PayloadEditor::Private
{
public:
    explicit Private(PayloadEditor *editor) : q(editor) {}

    PayloadEditor *q;

    PayloadSchema schema;
    JsonNode document = JsonNode::object();
    JsonNode original = JsonNode::object();
    bool originalParsed = false;
    // The payload as the server last sent it: an edit is a difference from
    // this, not from the original (a saved correction is no longer an edit).
    JsonNode loaded = JsonNode::object();
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
    QPointer<QWidget> shownField; // the field last brought into view
    QHash<QString, FieldUi> fields;
    QPlainTextEdit *jsonEdit = nullptr;
    QLabel *jsonStatus = nullptr;
    QListWidget *problemList = nullptr;
    QWidget *diffSides = nullptr; // both sides, shown when there is a difference to see
    QLabel *diffSummary = nullptr;
    QPlainTextEdit *diffLeft = nullptr;
    QPlainTextEdit *diffRight = nullptr;

    // The field the target system named in its error, and what it said.
    QString targetField;
    QString targetSystem;
    FieldLookupCompleter *lookup = nullptr;
    QString lookupTransaction;
    QString probed; // the transaction and field last probed for values

    void buildUi();
    // Marks the field the target named (after the form was built).
    void showTargetField();
    // Its look, unless a problem there is shown (after every check).
    void applyTargetLook();
    // Brings a field into view vertically.
    void scrollTo(QWidget *widget);
    // Asks once whether the target offers values for the field it named.
    void probeTargetField();

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

} // namespace Flowdesk
