#pragma once

#include "fieldlookup.h"
#include "fieldviolation.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>

class QAbstractItemView;

namespace Flowdesk {

// Lets a clerk correct the payload of a failed transaction: a form generated from the
// flow's JSON Schema, the raw JSON, and the differences to the payload as it arrived.
// Both editing tabs work on the same document and check it as the person types.
//
// Form editors carry the JSON pointer of their value as objectName ("/customer/code",
// "/lines/0/uom"), so other views and tests can find them.
//
// Masked values ("***", the fields the person's role may not see) are shown read-only
// and payloadJson() always returns them as "***", unchanged.
class PayloadEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PayloadEditor(QWidget *parent = nullptr);
    ~PayloadEditor() override;

    // The flow's payload schema (JSON Schema draft 4 with "x-sensitive").
    void setSchema(const QString &schemaJson);
    // currentJson: the payload to edit; originalJson: as it first arrived (for the
    // differences); maskedFields: pointers whose value the server replaced by "***".
    void setPayload(const QString &currentJson, const QString &originalJson, const QStringList &maskedFields);

    // Compact JSON of the edited payload. While the JSON text cannot be read, the text
    // as typed (isValid() is false then).
    QString payloadJson() const;
    // True when the payload differs from the one given to setPayload() (or
    // accepted by markUnmodified()).
    bool isModified() const;
    // What the form shows now counts as loaded: a correction handed over
    // (waiting on this computer to be sent) is no longer an unsaved edit.
    void markUnmodified();
    // The text is JSON, matches the schema, leaves masked values alone, and every
    // problem the server reported has been changed since.
    bool isValid() const;
    // Problems found here and the server's that still stand; field "" is the whole text.
    QList<FieldViolation> violations() const;

    void setReadOnly(bool readOnly);
    bool isReadOnly() const;

    // Problems the backend reported for fields (JSON pointers). Each one stays until
    // the value at its pointer is changed or setPayload() is called.
    void setServerViolations(const QList<FieldViolation> &violations);

    // Brings the form field at pointer (or the nearest group holding it) into view
    // and gives it the keyboard focus.
    void focusField(const QString &pointer);
    // The same without taking the keyboard focus.
    void revealField(const QString &pointer);

    // The field the target system named in its error (a JSON pointer; empty:
    // none): marked in the form, saying that `system` named it.
    void setTargetField(const QString &pointer, const QString &system);
    QString targetField() const;
    // "Customer › Code" for "/customer/code", in the words of the form.
    QString fieldDisplayName(const QString &pointer) const;

    // Offers the values the transaction's target has for its text fields, asked
    // as the clerk types (null: offers nothing). Not owned; must outlive the editor.
    void setFieldLookup(FieldLookupSource *source, const QString &transactionId, const QString &flowId,
                        const QString &targetSystem);
    // Ends a lookup in flight (the editor is closed or shows another transaction).
    void cancelLookup();
    // A lookup is in flight or waits to be sent.
    bool isLookupBusy() const;
    int lookupCallCount() const;
    // The list of offered values under a field (keyboard users, tests).
    QAbstractItemView *lookupPopup() const;

signals:
    void changed();
    void validityChanged(bool valid);
    // A lookup of the target's values answered (any outcome but cancelled).
    void lookupAnswered(const QString &pointer, Flowdesk::FieldLookupResult::Status status);

private:
    class Private;
    std::unique_ptr<Private> d;
};

class JsonNode;

namespace PayloadEditorParts {
// A field as the payload form names it: its schema title, else its key in words
// ("order_number" -> "Order number", "uom" -> "Unit"), in the person's language.
QString fieldLabel(const QString &name, const JsonNode *schema);
} // namespace PayloadEditorParts

} // namespace Flowdesk
