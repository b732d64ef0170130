#pragma once

#include "fieldlookup.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAbstractItemView;
class QAction;
class QCompleter;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTimer;

namespace Flowdesk {

// Offers the values a transaction's target system has for a payload field (a
// customer, a product, a unit) while the clerk types: a list under the field that
// shows each value's label and puts its value into the payload.
//
// One per payload editor, shared by its fields: the target is asked ~300 ms after
// the last key press, with at most one call in flight; a field whose target has
// no lookup is not offered again for the session; a failed call is explained
// under the field and never blocks. Destroying it cancels the call in flight.
class FieldLookupCompleter : public QObject
{
    Q_OBJECT
public:
    // `apply` puts a chosen value into the payload at the field's pointer.
    explicit FieldLookupCompleter(std::function<void(const QString &pointer, const QString &value)> apply,
                                  QObject *parent = nullptr);
    ~FieldLookupCompleter() override;

    // Which transaction's target is asked; a null source offers nothing. Cancels
    // what was in flight for an earlier transaction.
    void setSource(FieldLookupSource *source, const QString &transactionId, const QString &flowId,
                   const QString &targetSystem);
    bool hasSource() const { return m_source != nullptr; }

    // A field that may offer values: `hint` (under the field) explains answers.
    // The field's own widgets own what is attached to them.
    void attach(QLineEdit *edit, QLabel *hint, const QString &pointer);
    // The field the target named in its error: asks the target, without opening
    // the list, whether it offers values and which are closest to the value in
    // the field ("did you mean", buttons under the field). Nothing is sent for a
    // field this session knows to offer none, or for an empty field it knows
    // to offer values.
    void probe(QLineEdit *edit, QLabel *hint, const QString &pointer);

    void cancel();
    bool isBusy() const { return bool(m_cancel); }
    // A lookup waits for the clerk to stop typing, or for the previous answer.
    bool isPending() const;
    // The list of values under the field (for keyboard users and tests).
    QAbstractItemView *popup() const;
    // The "did you mean" buttons under a field (tests, keyboard users); null when none.
    static QWidget *suggestionsOf(QLineEdit *edit);
    // Calls sent since the source was set (tests: a field without lookup is asked once).
    int callCount() const { return m_calls; }

signals:
    // A lookup answered (any outcome but cancelled).
    void answered(const QString &pointer, Flowdesk::FieldLookupResult::Status status);
    void valueChosen(const QString &pointer, const QString &value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Request
    {
        QPointer<QLineEdit> edit;
        QPointer<QLabel> hint;
        QString pointer;
        QString query;
        bool openList = true;
        bool suggest = false; // query is the value the target refused
    };

    void schedule(Request request, bool now);
    void send();
    void onAnswer(const Request &request, const FieldLookupResult &result);
    void showHint(const Request &request, const QString &text, bool problem);
    // "Did you mean: …" under the field, one button per suggestion; none hides it.
    void showSuggestions(const Request &request, const QList<FieldValue> &suggestions);
    void markOffered(QLineEdit *edit, bool offered);
    QString systemName() const;

    std::function<void(const QString &, const QString &)> m_apply;
    FieldLookupSource *m_source = nullptr; // not owned; outlives the editor
    QString m_transactionId;
    QString m_flowId;
    QString m_targetSystem;
    int m_generation = 0;

    QTimer *m_debounce;
    QTimer *m_retryTimer;
    std::function<void()> m_cancel; // set while a call is in flight
    bool m_hasPending = false;
    Request m_pending;
    QDateTime m_rateLimitedUntil;
    int m_calls = 0;

    QList<QPointer<QLineEdit>> m_attached;
    QCompleter *m_completer;
    QStandardItemModel *m_values;
    QPointer<QLineEdit> m_popupFor;
    QString m_popupPointer;
};

} // namespace Flowdesk
