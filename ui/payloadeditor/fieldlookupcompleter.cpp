#include "fieldlookupcompleter.h"

#include "common/colours.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QCompleter>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>

#include <algorithm>

namespace Flowdesk {

namespace {
constexpr int kDebounceMs = 300;
constexpr int kPageSize = 20;
const char *const kActionName = "lookupAction";

QColor hintColour(bool problem)
{
    // A note under the field, readable on light and dark palettes alike.
    return problem ? Colours::text(Colours::Signal::Error) : Colours::muted();
}
} // namespace

FieldLookupCompleter::FieldLookupCompleter(std::function<void(const QString &, const QString &)> apply,
                                           QObject *parent)
    : QObject(parent)
    , m_apply(std::move(apply))
    , m_debounce(new QTimer(this))
    , m_retryTimer(new QTimer(this))
    , m_completer(new QCompleter(this))
    , m_values(new QStandardItemModel(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FieldLookupCompleter::send);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &FieldLookupCompleter::send);

    // The target already chose the values: the list shows them all, unfiltered.
    m_completer->setModel(m_values);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(10);
    m_completer->popup()->setObjectName(QStringLiteral("fieldLookupPopup"));
    m_completer->popup()->setAccessibleName(tr("Values offered by the target system"));
    // Return with no value picked from the list is Return in the field: the list
    // closes and the dialog's next step (its default button) goes on.
    m_completer->popup()->installEventFilter(this);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                const QString value = index.data(Qt::UserRole).toString();
                if (!m_popupFor || value.isEmpty())
                    return;
                // What was typed is settled by the choice: no further lookup for it.
                m_debounce->stop();
                m_hasPending = false;
                m_popupFor->setText(value);
                m_popupFor->setModified(false);
                m_apply(m_popupPointer, value);
                emit valueChosen(m_popupPointer, value);
            });
}

FieldLookupCompleter::~FieldLookupCompleter()
{
    cancel();
}

void FieldLookupCompleter::setSource(FieldLookupSource *source, const QString &transactionId, const QString &flowId,
                                     const QString &targetSystem)
{
    if (source == m_source && transactionId == m_transactionId)
        return;
    cancel();
    m_source = source;
    m_transactionId = transactionId;
    m_flowId = flowId;
    m_targetSystem = targetSystem;
    m_calls = 0;
    m_attached.removeAll(nullptr);
    for (const QPointer<QLineEdit> &edit : std::as_const(m_attached)) {
        const QString pointer = edit->property("lookupPointer").toString();
        markOffered(edit, m_source && m_source->lookupOffer(m_flowId, pointer) == FieldLookupSource::Offer::Offered);
    }
}

void FieldLookupCompleter::cancel()
{
    ++m_generation; // an answer still on its way concerns nobody now
    m_debounce->stop();
    m_retryTimer->stop();
    m_hasPending = false;
    m_pending = {};
    if (m_cancel) {
        auto cancelCall = std::move(m_cancel);
        m_cancel = nullptr;
        cancelCall();
    }
    if (m_completer->popup()->isVisible())
        m_completer->popup()->hide();
}

bool FieldLookupCompleter::isPending() const
{
    return m_hasPending || m_debounce->isActive() || m_retryTimer->isActive();
}

QAbstractItemView *FieldLookupCompleter::popup() const
{
    return m_completer->popup();
}

QString FieldLookupCompleter::systemName() const
{
    return m_targetSystem.isEmpty() ? tr("the target system") : m_targetSystem;
}

void FieldLookupCompleter::attach(QLineEdit *edit, QLabel *hint, const QString &pointer)
{
    // Shown once the field is known to offer values; opens the list at once.
    QAction *open = edit->addAction(QIcon::fromTheme(QStringLiteral("go-down"),
                                                     edit->style()->standardIcon(QStyle::SP_ArrowDown)),
                                    QLineEdit::TrailingPosition);
    open->setObjectName(QLatin1String(kActionName));
    open->setVisible(false);
    const QPointer<QLineEdit> guardEdit(edit);
    const QPointer<QLabel> guardHint(hint);
    connect(open, &QAction::triggered, this, [this, guardEdit, guardHint, pointer] {
        if (!guardEdit)
            return;
        // The value that arrived is usually what the target did not know: list
        // everything rather than searching for it.
        schedule(Request{guardEdit, guardHint, pointer, guardEdit->isModified() ? guardEdit->text() : QString(), true},
                 true);
    });
    connect(edit, &QLineEdit::textEdited, this, [this, guardEdit, guardHint, pointer](const QString &text) {
        schedule(Request{guardEdit, guardHint, pointer, text.trimmed(), true}, false);
    });
    edit->installEventFilter(this);
    m_attached.removeAll(nullptr);
    m_attached << edit;
    edit->setProperty("lookupPointer", pointer);
    edit->setProperty("lookupHint", QVariant::fromValue(static_cast<QObject *>(hint)));
    if (m_source && m_source->lookupOffer(m_flowId, pointer) == FieldLookupSource::Offer::Offered)
        markOffered(edit, true);
}

void FieldLookupCompleter::probe(QLineEdit *edit, QLabel *hint, const QString &pointer)
{
    if (!m_source || !edit || edit->isReadOnly() || !edit->isEnabled())
        return;
    // The value in the field is what the target refused: ask for the values
    // closest to it ("did you mean") along with whether the field offers any.
    const QString refused = edit->text().trimmed();
    switch (m_source->lookupOffer(m_flowId, pointer)) {
    case FieldLookupSource::Offer::NotOffered:
        return;
    case FieldLookupSource::Offer::Offered:
        markOffered(edit, true);
        if (!refused.isEmpty()) {
            schedule(Request{edit, hint, pointer, refused, false, true}, true);
            return;
        }
        showHint(Request{edit, hint, pointer, {}, false},
                 tr("%1 offers values for this field: type to search, or press Alt+Down to see them.")
                     .arg(systemName()),
                 false);
        return;
    case FieldLookupSource::Offer::Unknown:
        schedule(Request{edit, hint, pointer, refused, false, !refused.isEmpty()}, true);
        return;
    }
}

bool FieldLookupCompleter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_completer->popup() && event->type() == QEvent::KeyPress && m_popupFor) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & ~Qt::KeypadModifier);
        if (enter && !m_completer->popup()->selectionModel()->hasSelection()) {
            m_completer->popup()->hide();
            QPointer<QLineEdit> edit = m_popupFor;
            QKeyEvent forwarded(QEvent::KeyPress, key->key(), key->modifiers(), key->text());
            QApplication::sendEvent(edit, &forwarded);
            if (edit && !forwarded.isAccepted()) {
                forwarded.accept();
                QApplication::sendEvent(edit->window(), &forwarded);
            }
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
    if (event->type() == QEvent::KeyPress) {
        auto *edit = qobject_cast<QLineEdit *>(watched);
        auto *key = static_cast<QKeyEvent *>(event);
        const bool openKey = (key->key() == Qt::Key_Down && (key->modifiers() & Qt::AltModifier))
            || key->key() == Qt::Key_F4;
        if (edit && openKey && edit->property("lookupOffered").toBool()) {
            auto *hint = qobject_cast<QLabel *>(edit->property("lookupHint").value<QObject *>());
            const QString pointer = edit->property("lookupPointer").toString();
            schedule(Request{edit, hint, pointer, edit->isModified() ? edit->text() : QString(), true}, true);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void FieldLookupCompleter::schedule(Request request, bool now)
{
    if (!m_source || !request.edit || request.edit->isReadOnly())
        return;
    if (m_source->lookupOffer(m_flowId, request.pointer) == FieldLookupSource::Offer::NotOffered)
        return;
    m_pending = std::move(request);
    m_hasPending = true;
    if (now) {
        m_debounce->stop();
        send();
    } else {
        m_debounce->start();
    }
}

void FieldLookupCompleter::send()
{
    if (!m_hasPending || !m_source)
        return;
    if (m_cancel)
        return; // one call at a time: the newest request follows its answer
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_rateLimitedUntil.isValid() && now < m_rateLimitedUntil) {
        const qint64 waitMs = now.msecsTo(m_rateLimitedUntil);
        const int seconds = int((waitMs + 999) / 1000);
        showHint(m_pending,
                 tr("Too many searches in a short time. %1 can be searched again in %n second(s).", nullptr, seconds)
                     .arg(systemName()),
                 true);
        m_retryTimer->start(int(waitMs) + 50);
        return;
    }
    const Request request = m_pending;
    m_hasPending = false;
    m_pending = {};
    m_debounce->stop();
    if (!request.edit)
        return;
    ++m_calls;
    const int generation = m_generation;
    m_cancel = m_source->lookupFieldValues(
        m_transactionId, request.pointer, request.query, kPageSize, request.suggest, this,
        [this, request, generation](const FieldLookupResult &result) {
            if (generation != m_generation)
                return; // cancelled, or another transaction by now
            m_cancel = nullptr;
            onAnswer(request, result);
            // What the clerk typed meanwhile, once they paused.
            if (!m_debounce->isActive())
                send();
        });
}

void FieldLookupCompleter::onAnswer(const Request &request, const FieldLookupResult &result)
{
    using Status = FieldLookupResult::Status;
    const QString system = result.sourceSystem.isEmpty() ? systemName() : result.sourceSystem;
    switch (result.status) {
    case Status::Cancelled:
        return;
    case Status::NotOffered:
        // Not offered: the field is an ordinary text field from now on.
        m_source->noteLookupOffer(m_flowId, request.pointer, FieldLookupSource::Offer::NotOffered);
        markOffered(request.edit, false);
        showHint(request, QString(), false);
        if (m_popupFor == request.edit && m_completer->popup()->isVisible())
            m_completer->popup()->hide();
        break;
    case Status::Unavailable:
        showHint(request,
                 tr("%1 cannot be reached right now, so its values cannot be shown. You can still type the "
                    "value yourself.")
                     .arg(system),
                 true);
        break;
    case Status::RateLimited: {
        m_rateLimitedUntil = QDateTime::currentDateTimeUtc().addSecs(std::max(1, result.retryAfterSeconds));
        showHint(request,
                 tr("Too many searches in a short time. %1 can be searched again in %n second(s).", nullptr,
                    std::max(1, result.retryAfterSeconds))
                     .arg(system),
                 true);
        // Asked again by itself once the wait is over, unless the clerk typed on.
        if (!m_hasPending) {
            m_pending = request;
            m_hasPending = true;
        }
        break;
    }
    case Status::Failed:
        showHint(request, tr("The values of %1 could not be shown: %2").arg(system, result.message), true);
        break;
    case Status::Ok: {
        m_source->noteLookupOffer(m_flowId, request.pointer, FieldLookupSource::Offer::Offered);
        markOffered(request.edit, true);
        if (request.suggest)
            showSuggestions(request, result.suggestions);
        if (!request.openList) {
            showHint(request,
                     tr("%1 offers values for this field: type to search, or press Alt+Down to see them.")
                         .arg(system),
                     false);
            break;
        }
        if (result.values.isEmpty()) {
            showHint(request,
                     request.query.isEmpty() ? tr("%1 offers no values for this field.").arg(system)
                                             : tr("No value in %1 matches \u201c%2\u201d.").arg(system, request.query),
                     false);
            if (m_popupFor == request.edit)
                m_completer->popup()->hide();
            break;
        }
        showHint(request, QString(), false);
        // Only while the clerk is still at the field and has not typed on meanwhile.
        if (!request.edit || !request.edit->hasFocus())
            break;
        m_values->clear();
        for (const FieldValue &v : result.values) {
            const bool labelShowsValue = v.label.contains(v.value);
            auto *item = new QStandardItem(v.label.isEmpty() ? v.value
                                           : labelShowsValue ? v.label
                                                             : tr("%1 (%2)").arg(v.label, v.value));
            item->setData(v.value, Qt::UserRole);
            item->setToolTip(tr("Puts %1 into the field").arg(v.value));
            item->setEditable(false);
            m_values->appendRow(item);
        }
        m_popupFor = request.edit;
        m_popupPointer = request.pointer;
        m_completer->setWidget(request.edit);
        QAbstractItemView *list = m_completer->popup();
        QRect rect = request.edit->rect();
        const int wanted = list->sizeHintForColumn(0) + list->verticalScrollBar()->sizeHint().width() + 16;
        rect.setWidth(std::clamp(wanted, rect.width(), 520));
        m_completer->complete(rect);
        break;
    }
    }
    emit answered(request.pointer, result.status);
}

QWidget *FieldLookupCompleter::suggestionsOf(QLineEdit *edit)
{
    if (!edit || !edit->parentWidget())
        return nullptr;
    return edit->parentWidget()->findChild<QWidget *>(QStringLiteral("didYouMean:")
                                                          + edit->property("lookupPointer").toString(),
                                                      Qt::FindDirectChildrenOnly);
}

void FieldLookupCompleter::showSuggestions(const Request &request, const QList<FieldValue> &suggestions)
{
    QLineEdit *edit = request.edit;
    if (!edit || !edit->parentWidget())
        return;
    // Replaced on every answer; owned by the field's cell, so a rebuilt form takes it along.
    delete suggestionsOf(edit);
    if (suggestions.isEmpty())
        return;
    auto *cellLayout = qobject_cast<QBoxLayout *>(edit->parentWidget()->layout());
    if (!cellLayout)
        return;
    auto *bar = new QWidget(edit->parentWidget());
    bar->setObjectName(QStringLiteral("didYouMean:") + request.pointer);
    bar->setAccessibleName(tr("Did you mean"));
    // One value a line: a customer's name is long, and the form is narrow.
    auto *row = new QVBoxLayout(bar);
    row->setContentsMargins(0, 2, 0, 2);
    row->setSpacing(2);
    auto *label = new QLabel(tr("Did you mean:"), bar);
    label->setObjectName(QStringLiteral("didYouMeanLabel"));
    row->addWidget(label);
    const QPointer<QLineEdit> guardEdit(edit);
    const QString pointer = request.pointer;
    for (const FieldValue &v : suggestions) {
        const bool labelShowsValue = v.label.contains(v.value);
        auto *button = new QPushButton(v.label.isEmpty() ? v.value
                                       : labelShowsValue ? v.label
                                                         : tr("%1 (%2)").arg(v.label, v.value),
                                       bar);
        button->setObjectName(QStringLiteral("didYouMeanButton"));
        button->setProperty("value", v.value);
        button->setToolTip(tr("Puts %1 into the field").arg(v.value));
        button->setAutoDefault(false);
        button->setCursor(Qt::PointingHandCursor);
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 2px 8px;"));
        button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        connect(button, &QPushButton::clicked, this, [this, guardEdit, pointer, value = v.value] {
            if (!guardEdit)
                return;
            m_debounce->stop();
            m_hasPending = false;
            guardEdit->setText(value);
            guardEdit->setModified(false);
            m_apply(pointer, value);
            emit valueChosen(pointer, value);
            // Chosen: the offer has done its work.
            if (QWidget *offer = suggestionsOf(guardEdit))
                offer->deleteLater();
        });
        row->addWidget(button);
    }
    // Right under the field, above the lookup's hint, and scrolled into view
    // once laid out.
    const int at = cellLayout->indexOf(edit);
    cellLayout->insertWidget(at + 1, bar);
    bar->show();
    QTimer::singleShot(0, bar, [bar] {
        for (QWidget *w = bar->parentWidget(); w; w = w->parentWidget()) {
            if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
                // Up and down only: the labels on the left stay in view.
                const int left = scroll->horizontalScrollBar()->value();
                scroll->ensureWidgetVisible(bar, 0, 8);
                scroll->horizontalScrollBar()->setValue(left);
                return;
            }
        }
    });
}

void FieldLookupCompleter::showHint(const Request &request, const QString &text, bool problem)
{
    QLabel *hint = request.hint;
    if (!hint)
        return;
    // In a cell of a line table the offer is said by the field's own button
    // (and its tooltip): a sentence there would squeeze the column. Problems
    // are still said under the cell.
    const bool inTable = hint->parentWidget() && hint->parentWidget()->property("inTable").toBool();
    hint->setText(inTable && !problem ? QString() : text);
    QPalette palette = hint->palette();
    palette.setColor(QPalette::WindowText, hintColour(problem));
    hint->setPalette(palette);
    hint->setVisible(!hint->text().isEmpty());
}

void FieldLookupCompleter::markOffered(QLineEdit *edit, bool offered)
{
    if (!edit)
        return;
    edit->setProperty("lookupOffered", offered);
    if (QAction *open = edit->findChild<QAction *>(QLatin1String(kActionName))) {
        open->setVisible(offered);
        open->setToolTip(tr("Choose from the values %1 offers (Alt+Down)").arg(systemName()));
    }
}

} // namespace Flowdesk
