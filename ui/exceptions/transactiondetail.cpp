#include "transactiondetail.h"

#include "common/columnfitter.h"
#include "flowhealth.h"

#include "common/colours.h"

#include <memory>

#include "auditentry.h"
#include "commands/actioncontroller.h"
#include "payloadeditor/payloadeditor.h"
#include "transactionsservice.h"

#include <QAction>
#include <QCoreApplication>
#include <QHash>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QTabWidget>
#include <QMenu>
#include <QStyle>
#include <QStyleOptionToolButton>
#include <QStylePainter>
#include <QToolButton>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Flowdesk {

namespace {

// A button that opens a menu, its arrow beside the text rather than over it (the
// style draws a menu's arrow in the corner of a button sized to its text).
class MenuButton : public QToolButton
{
public:
    using QToolButton::QToolButton;
    QSize sizeHint() const override
    {
        QSize size = QToolButton::sizeHint();
        size.rwidth() += arrowWidth();
        return size;
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QStylePainter painter(this);
        QStyleOptionToolButton option;
        initStyleOption(&option);
        option.features &= ~QStyleOptionToolButton::HasMenu;
        QStyleOptionToolButton bevel = option;
        bevel.text.clear();
        bevel.icon = QIcon();
        painter.drawComplexControl(QStyle::CC_ToolButton, bevel);
        const int arrow = arrowWidth();
        QStyleOptionToolButton label = option;
        label.rect = option.rect.adjusted(0, 0, -arrow, 0);
        painter.drawControl(QStyle::CE_ToolButtonLabel, label);
        QStyleOption indicator = option;
        indicator.rect = QRect(option.rect.right() - arrow - 2, option.rect.top(), arrow, option.rect.height());
        painter.drawPrimitive(QStyle::PE_IndicatorArrowDown, indicator);
    }

private:
    int arrowWidth() const { return style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, this); }
};
QLabel *plainLabel(QWidget *parent, const QString &name = {})
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // backend text is never rich text
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (!name.isEmpty())
        label->setObjectName(name);
    return label;
}

QString when(const QDateTime &dt)
{
    return dt.isValid() ? formatDateTime(dt) : QString();
}

// A tree's cells wrap at their column's width and their row grows to hold
// them (QTreeView sizes rows from a hint that ignores the column's width).
class WrappingDelegate : public QStyledItemDelegate
{
public:
    WrappingDelegate(QTreeView *tree)
        : QStyledItemDelegate(tree)
        , m_tree(tree)
    {
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const int width = m_tree->header()->sectionSize(index.column()) - 8;
        const QString text = index.data(Qt::DisplayRole).toString();
        if (width > 0 && !text.isEmpty()) {
            const QRect needed = option.fontMetrics.boundingRect(QRect(0, 0, width, 100000),
                                                                 Qt::TextWordWrap | Qt::AlignLeft, text);
            size.setHeight(std::max(size.height(), needed.height() + 4));
        }
        return size;
    }

private:
    QTreeView *m_tree;
};

QTreeWidget *makeTree(const QStringList &headers, const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setAccessibleName(accessibleName);
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels(headers);
    tree->setAlternatingRowColors(true);
    tree->setWordWrap(true);
    // Within the pane's width: the columns after the first (who, what, a
    // detail or note) give up width when all would not fit, the last keeping
    // the most; their text wraps there.
    QList<int> shrinkable;
    for (int column = 1; column < headers.size(); ++column)
        shrinkable << column;
    auto *fitter = new ColumnFitter(tree, tree->header(), shrinkable, int(headers.size()) - 1);
    fitter->setKeepWordsWhole(true);
    tree->setTextElideMode(Qt::ElideNone);
    tree->setItemDelegate(new WrappingDelegate(tree));
    // Rows take their new heights when the columns change width.
    QObject::connect(tree->header(), &QHeaderView::sectionResized, tree, [tree] {
        QTimer::singleShot(0, tree, [tree] { tree->doItemsLayout(); });
    });
    tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return tree;
}

// The one label of what a history entry or a hop records; the backend's older
// word where it does not name the action yet.
QString historyActionName(const HistoryEntry &e)
{
    return e.transactionAction != TransactionAction::Unspecified ? actionLabel(e.transactionAction)
                                                                 : auditActionName(e.action);
}

// "sale.order,4711" -> "sales order 4711": Odoo's record references in words;
// anything else as the target wrote it.
QString readableReceipt(const QString &receipt)
{
    const int comma = int(receipt.indexOf(QLatin1Char(',')));
    if (comma <= 0)
        return receipt;
    const QString model = receipt.left(comma).trimmed();
    const QString id = receipt.mid(comma + 1).trimmed();
    static const QHash<QString, const char *> models{
        {QStringLiteral("sale.order"), QT_TRANSLATE_NOOP("Flowdesk::TransactionDetail", "sales order %1")},
        {QStringLiteral("purchase.order"), QT_TRANSLATE_NOOP("Flowdesk::TransactionDetail", "purchase order %1")},
        {QStringLiteral("account.move"), QT_TRANSLATE_NOOP("Flowdesk::TransactionDetail", "journal entry %1")},
        {QStringLiteral("account.payment"), QT_TRANSLATE_NOOP("Flowdesk::TransactionDetail", "payment %1")},
        {QStringLiteral("stock.picking"), QT_TRANSLATE_NOOP("Flowdesk::TransactionDetail", "transfer %1")},
        {QStringLiteral("mrp.production"), QT_TRANSLATE_NOOP("Flowdesk::TransactionDetail", "manufacturing order %1")},
        {QStringLiteral("mrp.bom"), QT_TRANSLATE_NOOP("Flowdesk::TransactionDetail", "bill of materials %1")},
        {QStringLiteral("res.partner"), QT_TRANSLATE_NOOP("Flowdesk::TransactionDetail", "contact %1")},
        {QStringLiteral("quality.check"), QT_TRANSLATE_NOOP("Flowdesk::TransactionDetail", "quality check %1")},
    };
    const char *words = models.value(model);
    if (!words || id.isEmpty())
        return receipt;
    return QCoreApplication::translate("Flowdesk::TransactionDetail", words).arg(id);
}

QLabel *technicalValue(QWidget *parent, const QString &name)
{
    QLabel *label = plainLabel(parent, name);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

QToolButton *actionButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}
} // namespace

TransactionDetail::TransactionDetail(TransactionsService *service, ActionController *actions, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("transactionDetail"));

    m_title = plainLabel(this, QStringLiteral("detailTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_state = plainLabel(this, QStringLiteral("detailState"));
    m_summary = plainLabel(this, QStringLiteral("detailSummary"));

    // Where the target filed the delivery: the clerk copies it to look the record up.
    m_receiptRow = new QWidget(this);
    m_receipt = plainLabel(m_receiptRow, QStringLiteral("deliveryReceipt"));
    auto *copyReceipt = new QToolButton(m_receiptRow);
    copyReceipt->setObjectName(QStringLiteral("copyReceiptButton"));
    copyReceipt->setText(tr("Copy"));
    copyReceipt->setToolTip(tr("Copy the target's reference of the record to the clipboard"));
    connect(copyReceipt, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_transaction.deliveryReceipt);
    });
    auto *receiptLayout = new QHBoxLayout(m_receiptRow);
    receiptLayout->setContentsMargins(0, 0, 0, 0);
    receiptLayout->addWidget(m_receipt, 1);
    receiptLayout->addWidget(copyReceipt, 0, Qt::AlignTop);
    m_receiptRow->setStyleSheet(QStringLiteral("QLabel#deliveryReceipt { background: %1; color: %2; "
                                               "padding: 6px; border-radius: 3px; }")
                                    .arg(Colours::background(Colours::Signal::Success).name(),
                                         palette().color(QPalette::Text).name()));
    m_receiptRow->hide();

    m_changedBanner = plainLabel(this, QStringLiteral("changedBanner"));
    m_changedBanner->setStyleSheet(QStringLiteral("background: %1; padding: 6px;").arg(Colours::background(Colours::Signal::Warning).name()));
    m_changedBanner->hide();

    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    m_syncLabel->setTextFormat(Qt::RichText); // our own text; the state is escaped
    m_syncLabel->setWordWrap(true);
    m_syncLabel->setStyleSheet(QStringLiteral("background: %1; color: %2; padding: 6px;")
                                   .arg(Colours::background(Colours::Signal::Warning).name(),
                                        palette().color(QPalette::Text).name()));
    m_syncLabel->hide();
    connect(m_syncLabel, &QLabel::linkActivated, this, &TransactionDetail::reviewOfflineChangesRequested);
    m_savedNote = plainLabel(this, QStringLiteral("savedNote"));
    m_savedNote->setStyleSheet(Colours::css(Colours::muted()) + QStringLiteral(" font-style: italic;"));
    m_savedNote->hide();
    // Why the buttons are grey when that is about the person (role, scope), not
    // the transaction's state, which the state line already shows.
    m_actionsHint = plainLabel(this, QStringLiteral("actionsHint"));
    m_actionsHint->setStyleSheet(Colours::css(Colours::muted()));
    m_actionsHint->hide();

    m_errorTitle = plainLabel(this, QStringLiteral("errorTitle"));
    QFont bold = m_errorTitle->font();
    bold.setBold(true);
    m_errorTitle->setFont(bold);
    m_errorTitle->setStyleSheet(Colours::css(Colours::text(Colours::Signal::Error)));
    // The site's advice: the most useful sentence for a clerk, so it comes first.
    m_whatToDoBox = new QFrame(this);
    m_whatToDoBox->setObjectName(QStringLiteral("whatToDoBox"));
    m_whatToDoBox->setStyleSheet(QStringLiteral("QFrame#whatToDoBox { background: %1; border-left: 4px solid %2; "
                                                "border-radius: 3px; } QFrame#whatToDoBox QLabel { color: %3; "
                                                "background: transparent; }")
                                     .arg(Colours::background(Colours::Signal::Info).name(),
                                          Colours::text(Colours::Signal::Info).name(),
                                          palette().color(QPalette::Text).name()));
    auto *whatToDoTitle = plainLabel(m_whatToDoBox, QStringLiteral("whatToDoTitle"));
    whatToDoTitle->setText(tr("What to do"));
    whatToDoTitle->setFont(bold);
    m_whatToDo = plainLabel(m_whatToDoBox, QStringLiteral("whatToDo"));
    QFont advice = m_whatToDo->font();
    advice.setPointSizeF(advice.pointSizeF() * 1.1);
    m_whatToDo->setFont(advice);
    auto *whatToDoLayout = new QVBoxLayout(m_whatToDoBox);
    whatToDoLayout->setContentsMargins(10, 6, 8, 6);
    whatToDoLayout->setSpacing(2);
    whatToDoLayout->addWidget(whatToDoTitle);
    whatToDoLayout->addWidget(m_whatToDo);
    m_whatToDoBox->hide();

    m_errorMessage = plainLabel(this, QStringLiteral("errorMessage"));

    // The field the target named, with a way to it in the form.
    m_fieldRow = new QWidget(this);
    m_fieldPath = plainLabel(m_fieldRow, QStringLiteral("errorFieldPath"));
    auto *showField = new QToolButton(m_fieldRow);
    showField->setObjectName(QStringLiteral("showFieldButton"));
    showField->setText(tr("Show Field"));
    showField->setToolTip(tr("Go to this field in the payload form"));
    connect(showField, &QToolButton::clicked, this, &TransactionDetail::openEditor);
    auto *fieldLayout = new QHBoxLayout(m_fieldRow);
    fieldLayout->setContentsMargins(0, 0, 0, 0);
    fieldLayout->addWidget(m_fieldPath, 1);
    fieldLayout->addWidget(showField, 0, Qt::AlignTop);
    m_fieldRow->hide();
    m_targetResponse = new QPlainTextEdit(this);
    m_targetResponse->setObjectName(QStringLiteral("targetResponse"));
    m_targetResponse->setReadOnly(true);
    m_targetResponse->setMinimumHeight(120);
    m_targetResponse->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_targetResponse->setToolTip(tr("The target system's answer, as it sent it"));
    m_targetResponse->setAccessibleName(m_targetResponse->toolTip());

    // The target's own words and its raw answer are for IT: folded, so that the
    // error reads in the person's words first.
    m_technicalToggle = new QToolButton(this);
    m_technicalToggle->setObjectName(QStringLiteral("technicalDetailsToggle"));
    m_technicalToggle->setText(tr("Technical details"));
    m_technicalToggle->setToolTip(tr("What the target system answered, as it sent it, for questions to IT"));
    m_technicalToggle->setCheckable(true);
    m_technicalToggle->setChecked(false);
    m_technicalToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_technicalToggle->setArrowType(Qt::RightArrow);
    m_technicalToggle->setAutoRaise(true);
    // Opened, the fold scrolls within a bounded height: it never makes the window
    // taller than the screen it was sized for.
    auto *fold = new QScrollArea(this);
    fold->setObjectName(QStringLiteral("technicalDetailsFold"));
    fold->setWidgetResizable(true);
    fold->setFrameShape(QFrame::NoFrame);
    fold->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fold->setMaximumHeight(fontMetrics().height() * 14);
    fold->setMinimumHeight(fontMetrics().height() * 6);
    m_technicalFold = fold;
    auto *foldContent = new QWidget(fold);
    fold->setWidget(foldContent);
    m_targetMessage = plainLabel(foldContent, QStringLiteral("targetMessage"));
    m_targetMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *foldLayout = new QVBoxLayout(foldContent);
    foldLayout->setContentsMargins(16, 0, 0, 0);
    foldLayout->setSpacing(2);
    foldLayout->addWidget(m_targetMessage);
    m_targetResponse->setParent(foldContent);
    foldLayout->addWidget(m_targetResponse);
    m_technicalFold->hide();
    connect(m_technicalToggle, &QToolButton::toggled, this, [this](bool open) {
        m_technicalToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_technicalFold->setVisible(open);
        // Opened, the details take the room the form can give (it keeps a few
        // fields) and come into view; closed, the error part shrinks back.
        QTimer::singleShot(0, this, [this, open] {
            shareTheSplit();
            if (open) {
                // The whole fold when it fits, else from its toggle down.
                QWidget *pane = m_errorScroll->widget();
                pane->adjustSize();
                const int top = m_technicalToggle->mapTo(pane, QPoint(0, 0)).y();
                const int bottom = m_technicalFold->mapTo(pane, QPoint(0, m_technicalFold->height())).y();
                m_errorScroll->ensureVisible(0, bottom, 0, 0);
                m_errorScroll->ensureVisible(0, top, 0, 0);
            }
        });
    });

    // Triage on one row, fixing on the other: each fits a narrow detail pane.
    auto *triageRow = new QHBoxLayout;
    triageRow->setSpacing(4);
    triageRow->addWidget(actionButton(actions->action(ActionController::AssignToMe), this));
    triageRow->addWidget(actionButton(actions->action(ActionController::AssignTo), this));
    triageRow->addWidget(actionButton(actions->action(ActionController::Comment), this));
    auto *triage = new MenuButton(this);
    triage->setObjectName(QStringLiteral("triageButton"));
    // The menu's own action: the button is disabled with it and says why.
    triage->setDefaultAction(actions->triageMenu()->menuAction());
    triage->setPopupMode(QToolButton::InstantPopup);
    triageRow->addWidget(triage);
    triageRow->addStretch(1);
    auto *fixRow = new QHBoxLayout;
    fixRow->setSpacing(4);
    fixRow->addWidget(actionButton(actions->action(ActionController::Resubmit), this));
    fixRow->addWidget(actionButton(actions->action(ActionController::Discard), this));
    fixRow->addWidget(actionButton(actions->action(ActionController::ResolveManually), this));
    fixRow->addStretch(1);
    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(4);
    buttons->addLayout(triageRow);
    buttons->addLayout(fixRow);

    // Payload tab
    auto *payloadPage = new QWidget(this);
    m_editor = new PayloadEditor(payloadPage);
    m_editor->setObjectName(QStringLiteral("payloadEditor"));
    m_editStatus = plainLabel(payloadPage, QStringLiteral("editStatus"));
    m_save = new QPushButton(tr("&Save"), payloadPage);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_saveResubmit = new QPushButton(tr("Save and Res&ubmit"), payloadPage);
    m_saveResubmit->setObjectName(QStringLiteral("saveResubmitButton"));
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_editStatus, 1);
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_saveResubmit);
    auto *payloadLayout = new QVBoxLayout(payloadPage);
    payloadLayout->setContentsMargins(0, 4, 0, 0);
    payloadLayout->addWidget(m_editor, 1);
    payloadLayout->addLayout(saveRow);
    connect(m_editor, &PayloadEditor::changed, this, &TransactionDetail::updateEditButtons);
    connect(m_editor, &PayloadEditor::validityChanged, this, &TransactionDetail::updateEditButtons);
    connect(actions, &ActionController::actionsUpdated, this, &TransactionDetail::updateEditButtons);
    connect(m_save, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_saveResubmit, &QPushButton::clicked, this, [this] { save(true); });
    // From anywhere in the transaction (the payload form above all) without the mouse.
    auto *saveResubmitKey = new QAction(tr("Save and Resubmit"), this);
    saveResubmitKey->setObjectName(QStringLiteral("saveResubmitAction"));
    saveResubmitKey->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    saveResubmitKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveResubmitKey, &QAction::triggered, this, [this] {
        if (m_saveResubmit->isEnabled())
            save(true);
    });
    addAction(saveResubmitKey);

    m_history = makeTree({tr("When"), tr("Who"), tr("What"), tr("Why / note")}, QStringLiteral("historyTree"), tr("History"), this);
    m_timeline = makeTree({tr("Received"), tr("Flow"), tr("Business key"), tr("State"), tr("Route")},
                          QStringLiteral("timelineTree"), tr("Same order"), this);
    m_route = makeTree({tr("When"), tr("System"), tr("Step"), tr("Detail")}, QStringLiteral("routeTree"), tr("Route"), this);

    // For IT and for a clerk's question to IT: the ids and versions behind the business view,
    // in the same "Technical details" fold as the target's raw answer (one name, one place).
    auto *technical = new QWidget(m_technicalFold->widget());
    technical->setObjectName(QStringLiteral("technicalDetails"));
    auto *technicalForm = new QFormLayout(technical);
    technicalForm->setContentsMargins(0, 4, 0, 0);
    m_techId = technicalValue(technical, QStringLiteral("technicalId"));
    m_techFlow = technicalValue(technical, QStringLiteral("technicalFlow"));
    m_techCorrelation = technicalValue(technical, QStringLiteral("technicalCorrelation"));
    m_techSchema = technicalValue(technical, QStringLiteral("schemaVersion"));
    m_techCode = technicalValue(technical, QStringLiteral("technicalErrorCode"));
    m_techSignature = technicalValue(technical, QStringLiteral("technicalSignature"));
    m_techField = technicalValue(technical, QStringLiteral("technicalFieldPath"));
    m_techReceipt = technicalValue(technical, QStringLiteral("technicalReceipt"));
    technicalForm->addRow(tr("Transaction ID:"), m_techId);
    technicalForm->addRow(tr("Flow:"), m_techFlow);
    technicalForm->addRow(tr("Correlation ID:"), m_techCorrelation);
    technicalForm->addRow(tr("Schema version:"), m_techSchema);
    technicalForm->addRow(tr("Error code:"), m_techCode);
    technicalForm->addRow(tr("Error signature:"), m_techSignature);
    technicalForm->addRow(tr("Field (JSON pointer):"), m_techField);
    technicalForm->addRow(tr("Delivery receipt:"), m_techReceipt);
    foldLayout->addWidget(technical);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(payloadPage, tr("Payload"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->addTab(m_timeline, tr("Same order"));
    m_tabs->addTab(m_route, tr("Route"));
    m_tabs->setTabToolTip(2, tr("Every transaction of the same business object across systems"));
    // Coming to the payload: straight to the field the target named.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 0 && !m_editor->targetField().isEmpty())
            m_editor->focusField(m_editor->targetField());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 10, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_summary);
    layout->addWidget(m_receiptRow);
    layout->addWidget(m_changedBanner);
    layout->addWidget(m_syncLabel);
    layout->addWidget(m_savedNote);
    layout->addLayout(buttons);
    layout->addWidget(m_actionsHint);
    // The error and what to do above, the payload below, split so that on a
    // laptop the form keeps room: the error part scrolls within its share, and
    // the person may move the split.
    auto *errorPane = new QWidget(this);
    errorPane->setObjectName(QStringLiteral("detailErrorPane"));
    auto *errorLayout = new QVBoxLayout(errorPane);
    errorLayout->setContentsMargins(0, 0, 4, 0);
    errorLayout->addWidget(m_errorTitle);
    errorLayout->addWidget(m_whatToDoBox);
    errorLayout->addWidget(m_errorMessage);
    errorLayout->addWidget(m_fieldRow);
    errorLayout->addWidget(m_technicalToggle, 0, Qt::AlignLeft);
    errorLayout->addWidget(m_technicalFold);
    errorLayout->addStretch(1);
    m_errorScroll = new QScrollArea(this);
    m_errorScroll->setObjectName(QStringLiteral("detailErrorScroll"));
    m_errorScroll->setWidget(errorPane);
    m_errorScroll->setWidgetResizable(true);
    m_errorScroll->setFrameShape(QFrame::NoFrame);
    m_errorScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("detailSplitter"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_errorScroll);
    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    connect(m_split, &QSplitter::splitterMoved, this, [this] { m_splitMoved = true; });
    layout->addWidget(m_split, 1);

    connect(actions, &ActionController::violationsReported, this, &TransactionDetail::showViolations);
    connect(actions, &ActionController::actionRefused, this, [this](const Transaction &refused) {
        if (refused.id != m_transaction.id)
            return;
        m_transaction.allowedActions = refused.allowedActions;
        updateEditButtons();
    });
    connect(actions, &ActionController::reloadRequested, this, [this](const QString &id) {
        if (id == m_transaction.id)
            load(id, false);
    });
    clear();
}

void TransactionDetail::clear()
{
    ++m_generation;
    m_loadingId.clear();
    m_focusNamedField = false;
    m_transaction = {};
    m_title->setText(tr("No transaction selected"));
    m_state->clear();
    m_showingSaved = false;
    m_savedNote->hide();
    m_syncLabel->hide();
    m_summary->setText(tr("Choose an exception in the list to see what it blocks, why it failed and how to fix it."));
    m_changedBanner->hide();
    m_receiptRow->hide();
    m_receipt->clear();
    m_errorTitle->clear();
    m_whatToDo->clear();
    m_whatToDoBox->hide();
    m_errorMessage->clear();
    m_targetMessage->clear();
    m_technicalToggle->setChecked(false);
    m_technicalToggle->hide();
    m_fieldPath->clear();
    m_fieldRow->hide();
    fillTechnicalDetails(Transaction{});
    m_editor->setPayload(QString(), QString(), {});
    m_editor->setReadOnly(true);
    m_history->clear();
    m_timeline->clear();
    m_route->clear();
    m_tabs->setEnabled(false);
    m_tabs->hide();
    updateEditButtons();
}

void TransactionDetail::showTransaction(const QString &id)
{
    if (id.isEmpty()) {
        clear();
        return;
    }
    if (id == m_transaction.id)
        return;
    load(id, false);
}

void TransactionDetail::load(const QString &id, bool keepEdit)
{
    const int generation = ++m_generation;
    m_loadingId = id;
    m_serverAnswered = false;
    m_serverUnreachable = false;
    if (!keepEdit)
        m_title->setText(tr("Loading…"));
    // Cache-first: what was saved on this computer is shown until the server answers.
    if (!keepEdit || m_transaction.id != id) {
        m_service->savedTransaction(id, this, [this, generation](const Transaction &t, const QDateTime &savedAt) {
            if (generation != m_generation || m_serverAnswered)
                return;
            m_showingSaved = true;
            fill(t, false);
            m_editor->setReadOnly(true);
            updateEditButtons();
            QString note = tr("As saved on this computer on %1.")
                               .arg(formatDateTime(savedAt));
            if (m_serverUnreachable)
                note += u' ' + tr("The server cannot be reached, so it may have changed since.");
            m_savedNote->setText(note);
            m_savedNote->show();
        });
    }
    m_service->get(id, true, this, [this, generation, keepEdit](const ServiceError &error, const Transaction &t) {
        if (generation != m_generation)
            return;
        m_loadingId.clear();
        if (!error.isOk() && error.isUnreachable()) {
            // What was saved stays on screen, or still comes.
            m_serverUnreachable = true;
            if (m_showingSaved) {
                m_savedNote->setText(m_savedNote->text() + u' '
                                     + tr("The server cannot be reached, so it may have changed since."));
                return;
            }
        } else {
            m_serverAnswered = true;
        }
        if (!error.isOk()) {
            m_title->setText(tr("The transaction could not be loaded"));
            m_summary->setText(error.userMessage());
            return;
        }
        m_showingSaved = false;
        m_savedNote->hide();
        fill(t, keepEdit);
    });
}

void TransactionDetail::fill(const Transaction &t, bool keepEdit, bool ownChange)
{
    const bool sameTransaction = t.id == m_transaction.id;
    const bool payloadUnchanged = sameTransaction && t.payloadJson == m_transaction.payloadJson;
    m_transaction = t;
    m_tabs->setEnabled(true);
    m_tabs->show();
    m_changedBanner->hide();
    m_title->setText(tr("%1 · %2").arg(t.businessKey, businessObjectName(t.businessObjectType)));

    QString stateText = stateName(t.state);
    if (t.isFailed())
        stateText += QStringLiteral(" · ") + triageStatusName(t.triageStatus);
    stateText += QStringLiteral(" · ") + (t.assignee.isEmpty() ? tr("unassigned") : tr("assigned to %1").arg(t.assignee));
    stateText += QStringLiteral(" · ") + tr("version %1").arg(t.version);
    m_state->setText(stateText);

    // Two facts to a line, so that the payload form keeps its room on a laptop.
    const QString separator = QStringLiteral(" · ");
    QStringList lines;
    // A short fact wraps as a whole, at the separators ("SLA: overdue by 25
    // days" never leaves "days" alone on a line). A document without an amount
    // (a stock batch) shows none, rather than "Amount:" and nothing.
    const auto fact = [](QString text) { return text.replace(QLatin1Char(' '), QChar(0x00A0)); };
    const QString amount = amountText(t);
    lines << fact(tr("Counterparty: %1").arg(t.counterparty))
                 + (amount.isEmpty() ? QString() : separator + fact(tr("Amount: %1").arg(amount)));
    QString where = fact(tr("Plant: %1").arg(plantName(t.plant)));
    if (t.dueTime.isValid())
        where += separator + fact(tr("Due: %1").arg(formatDate(t.dueTime.toLocalTime().date())));
    lines << where;
    // The SLA runs while the order is open: once delivered, discarded or resolved
    // there is nothing left to be late with.
    const bool closed = t.state == TransactionState::Delivered || t.state == TransactionState::Discarded
                        || t.state == TransactionState::ResolvedManually;
    if (t.slaDeadline.isValid() && !closed) {
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(t.slaDeadline);
        lines.last() += separator + fact(left >= 0 ? tr("SLA: %1 left").arg(formatElapsed(left))
                                                   : tr("SLA: overdue by %1").arg(formatElapsed(-left)));
    }
    lines << tr("Blocks: %1 from %2 to %3 (%4)")
                 .arg(businessObjectName(t.businessObjectType), t.sourceSystem, t.targetSystem, t.flowName.isEmpty() ? t.flowId : t.flowName);
    m_summary->setText(lines.join(QLatin1Char('\n')));

    if (!t.deliveryReceipt.isEmpty()) {
        const QString system = t.targetSystem.isEmpty() ? tr("the target system") : t.targetSystem;
        m_receipt->setText(tr("Delivered to %1 as %2").arg(system, readableReceipt(t.deliveryReceipt)));
        QString tip = tr("%1's reference: %2").arg(system, t.deliveryReceipt);
        if (t.deliverTime.isValid())
            tip += QLatin1Char('\n') + tr("Delivered on %1").arg(when(t.deliverTime));
        m_receipt->setToolTip(tip);
        m_receiptRow->show();
    } else {
        m_receipt->clear();
        m_receiptRow->hide();
    }

    // A delivered transaction keeps its last error in the backend; it no longer concerns anyone.
    const bool showError = (!t.error.code.isEmpty() || !t.error.message.isEmpty())
        && t.state != TransactionState::Delivered;
    if (showError) {
        // The code is for IT: it is under "Technical details".
        m_errorTitle->setText(tr("%1 error").arg(errorCategoryName(t.error.category)));
        m_whatToDo->setText(t.error.whatToDo);
        m_whatToDoBox->setVisible(!t.error.whatToDo.isEmpty());
        // In the person's words; the target's own below, folded.
        const QString explanation = t.error.explanation.text();
        m_errorMessage->setText(explanation.isEmpty() ? t.error.message : explanation);
        m_targetMessage->setText(tr("%1 answered: %2")
                                     .arg(t.targetSystem.isEmpty() ? tr("The target system") : t.targetSystem,
                                          t.error.message));
    } else {
        m_errorTitle->clear();
        m_whatToDo->clear();
        m_whatToDoBox->hide();
        m_errorMessage->clear();
        m_targetMessage->clear();
    }
    m_targetMessage->setVisible(showError);
    m_technicalToggle->show();
    // Another transaction opens with the technical details folded.
    if (!sameTransaction)
        m_technicalToggle->setChecked(false);
    const QString targetField = showError ? t.error.fieldPath : QString();

    const bool newPayload = !(keepEdit && sameTransaction && hasUnsavedEdit());
    if (newPayload) {
        m_editor->setSchema(m_schemas.value(t.flowId).schemaJson);
        m_editor->setPayload(t.payloadJson, t.originalPayloadJson, t.maskedFields);
        m_editBaseVersion = t.version;
    } else if (ownChange && payloadUnchanged) {
        m_editBaseVersion = t.version;
    }
    m_editor->setReadOnly(!m_actions->unavailableReason(TransactionAction::EditPayload, t).isEmpty());
    m_editor->setTargetField(targetField, t.targetSystem);
    if (!sameTransaction)
        QTimer::singleShot(0, this, &TransactionDetail::shareTheSplit);
    m_editor->setFieldLookup(m_service, t.id, t.flowId, t.targetSystem);
    if (!targetField.isEmpty()) {
        m_fieldPath->setText(tr("Field named by %1: %2")
                                 .arg(t.targetSystem.isEmpty() ? tr("the target system") : t.targetSystem,
                                      m_editor->fieldDisplayName(targetField)));
        m_fieldPath->setToolTip(targetField);
        m_fieldRow->show();
        if (newPayload) {
            // In view at once; the keyboard follows when the clerk opened the
            // transaction or is working here already, and stays in the list while
            // they browse it with the arrow keys.
            m_editor->revealField(targetField);
            QWidget *focus = QApplication::focusWidget();
            if (!focus || isAncestorOf(focus) || (m_focusNamedField && m_loadingId.isEmpty()))
                m_editor->focusField(targetField);
        }
    } else {
        m_fieldPath->clear();
        m_fieldRow->hide();
    }
    fillTechnicalDetails(t);
    if (m_loadingId.isEmpty())
        m_focusNamedField = false;

    m_route->clear();
    for (const Hop &h : t.hops) {
        auto *item = new QTreeWidgetItem(m_route, {when(h.time), h.system,
                                                   h.transactionAction != TransactionAction::Unspecified
                                                       ? actionLabel(h.transactionAction) : h.action,
                                                   h.detailText()});
        // The whole of it, and the English log line where it differs.
        const QString said = h.detailText();
        item->setToolTip(3, said == h.detail || h.detail.isEmpty() ? said : said + QStringLiteral("\n\n") + h.detail);
    }

    updateEditButtons();
    updateSyncState();
    loadHistory();
    loadTimeline();
    emit loaded(t);
}

void TransactionDetail::fillTechnicalDetails(const Transaction &t)
{
    const auto orDash = [](const QString &text) { return text.isEmpty() ? QStringLiteral("–") : text; };
    m_techId->setText(orDash(t.id));
    m_techFlow->setText(t.flowId.isEmpty() ? orDash({}) : t.flowName.isEmpty() || t.flowName == t.flowId
                                                 ? t.flowId
                                                 : tr("%1 (%2)").arg(t.flowId, t.flowName));
    m_techCorrelation->setText(orDash(t.correlationId));
    m_techSchema->setText(t.schemaVersion > 0 ? QString::number(t.schemaVersion) : orDash({}));
    m_techSchema->setToolTip(tr("The version of the flow's payload format this payload was last checked against"));
    m_techCode->setText(orDash(t.error.code));
    m_techSignature->setText(orDash(t.error.signature));
    m_techField->setText(orDash(t.error.fieldPath));
    m_techReceipt->setText(orDash(t.deliveryReceipt));
    m_targetResponse->setPlainText(t.error.targetResponse);
    m_targetResponse->setVisible(!t.error.targetResponse.isEmpty());
}

void TransactionDetail::focusNamedFieldWhenShown()
{
    if (!m_loadingId.isEmpty()) {
        m_focusNamedField = true; // fill() takes care of it
        return;
    }
    if (m_transaction.isValid() && !m_editor->targetField().isEmpty()) {
        m_tabs->setCurrentIndex(0);
        m_editor->focusField(m_editor->targetField());
    }
}

void TransactionDetail::openEditor()
{
    if (!m_transaction.isValid())
        return;
    m_tabs->setCurrentIndex(0);
    if (!m_editor->targetField().isEmpty())
        m_editor->focusField(m_editor->targetField());
    else
        m_tabs->setFocus();
}

void TransactionDetail::setSyncStateProvider(std::function<QString(const QString &)> provider)
{
    m_syncState = std::move(provider);
    updateSyncState();
}

void TransactionDetail::updateSyncState()
{
    const QString state = m_syncState && !m_transaction.id.isEmpty() ? m_syncState(m_transaction.id) : QString();
    if (state.isEmpty()) {
        m_syncLabel->hide();
        return;
    }
    m_syncLabel->setText(tr("Changes you made offline: %1. <a href=\"review\">Review…</a>").arg(state.toHtmlEscaped()));
    m_syncLabel->setToolTip(tr("They are sent to the server in order when it answers again; one the server refused "
                               "waits for you to apply it to the current version or drop it."));
    m_syncLabel->show();
}

void TransactionDetail::loadHistory()
{
    const int generation = m_generation;
    auto answered = std::make_shared<bool>(false);
    auto savedShown = std::make_shared<bool>(false);
    auto show = [this](const QList<HistoryEntry> &entries) {
        m_history->clear();
        for (const HistoryEntry &e : entries) {
            const QString note = e.reason.isEmpty() ? e.detail : (e.detail.isEmpty() ? e.reason : e.reason + QStringLiteral(" · ") + e.detail);
            auto *item = new QTreeWidgetItem(m_history, {when(e.time), e.actor, historyActionName(e), note});
            if (!e.diffJson.isEmpty())
                item->setToolTip(3, e.diffJson);
        }
        if (entries.isEmpty()) {
            // A line across the columns, not an entry: nothing to select.
            auto *none = new QTreeWidgetItem(m_history, {tr("Nobody has acted on it yet")});
            none->setFirstColumnSpanned(true);
            none->setFlags(Qt::ItemIsEnabled);
            none->setForeground(0, Colours::muted());
        }
    };
    m_service->savedHistory(m_transaction.id, this,
                            [this, generation, answered, savedShown, show](const QList<HistoryEntry> &entries,
                                                                           const QDateTime &) {
        if (generation != m_generation || *answered)
            return;
        *savedShown = true;
        show(entries);
    });
    m_service->history(m_transaction.id, this, [this, generation, answered, savedShown, show](
                                                   const ServiceError &error, const QList<HistoryEntry> &entries) {
        if (generation != m_generation)
            return;
        if (!error.isOk() && error.isUnreachable() && *savedShown)
            return; // the saved history stays
        if (error.isOk() || !error.isUnreachable())
            *answered = true;
        if (!error.isOk()) {
            m_history->clear();
            new QTreeWidgetItem(m_history, {QString(), QString(), tr("History not available"), error.userMessage()});
            return;
        }
        show(entries);
    });
}

void TransactionDetail::loadTimeline()
{
    if (m_transaction.correlationId.isEmpty()) {
        m_timeline->clear();
        return;
    }
    const int generation = m_generation;
    m_service->timeline(m_transaction.correlationId, this, [this, generation](const ServiceError &error,
                                                                              const QList<Transaction> &list) {
        if (generation != m_generation)
            return;
        m_timeline->clear();
        m_timeline->setColumnHidden(2, false);
        if (!error.isOk()) {
            new QTreeWidgetItem(m_timeline, {QString(), error.userMessage()});
            return;
        }
        // The business key only where one of the order's transactions carries
        // another (a quote's number beside the order's): else it repeats the
        // title and takes the room of the state and the route.
        m_timeline->setColumnHidden(2, std::all_of(list.begin(), list.end(), [this](const Transaction &t) {
                                        return t.businessKey == m_transaction.businessKey;
                                    }));
        for (const Transaction &t : list) {
            auto *item = new QTreeWidgetItem(m_timeline, {when(t.createTime), t.flowName.isEmpty() ? t.flowId : t.flowName,
                                                          t.businessKey, stateName(t.state),
                                                          QStringLiteral("%1 → %2").arg(t.sourceSystem, t.targetSystem)});
            if (t.id == m_transaction.id) {
                QFont f = item->font(0);
                f.setBold(true);
                for (int c = 0; c < 5; ++c)
                    item->setFont(c, f);
            }
        }
    });
}

bool TransactionDetail::hasUnsavedEdit() const
{
    return m_transaction.isValid() && m_editor->isModified();
}

void TransactionDetail::updateEditButtons()
{
    // Whether the person may edit (and resubmit) is the backend's answer; the form
    // adds only what it knows itself: an edit, valid, not waiting for another change.
    auto reason = [this](TransactionAction action) {
        if (!m_transaction.isValid())
            return tr("Select a transaction first.");
        if (QString why = m_actions->unavailableReason(action, m_transaction); !why.isEmpty())
            return why;
        if (!m_editor->isModified())
            return tr("Nothing changed yet.");
        if (!m_editor->isValid())
            return tr("Fix the marked fields first; an invalid payload cannot be sent.");
        if (m_actions->isBusy())
            return tr("Waiting for the previous change to be confirmed…");
        return QString();
    };
    const QString saveWhy = reason(TransactionAction::EditPayload);
    const QString resubmitWhy = reason(TransactionAction::EditAndResubmit);
    m_save->setEnabled(saveWhy.isEmpty());
    m_saveResubmit->setEnabled(resubmitWhy.isEmpty());
    m_save->setToolTip(saveWhy.isEmpty() ? tr("Save the corrected payload (version %1)").arg(m_editBaseVersion)
                                         : saveWhy);
    m_saveResubmit->setToolTip(resubmitWhy.isEmpty()
                                   ? tr("Save the corrected payload and send it to %1 again, in one change")
                                         .arg(m_transaction.targetSystem)
                                   : resubmitWhy);
    const AllowedAction edit = m_transaction.allowedAction(TransactionAction::EditAndResubmit);
    const bool aboutThePerson = m_transaction.isValid() && !edit.allowed &&
                                (edit.reasonId == QLatin1String("MISSING_PERMISSION") ||
                                 edit.reasonId == QLatin1String("OUT_OF_SCOPE"));
    m_actionsHint->setText(aboutThePerson ? unavailableText(edit, m_transaction, m_actions->user()) : QString());
    m_actionsHint->setVisible(aboutThePerson);
    if (!m_transaction.isValid())
        m_editStatus->clear();
    else if (m_editor->isModified() && !m_editor->isValid())
        m_editStatus->setText(tr("The payload has problems; see the marked fields."));
    else if (m_editor->isModified())
        m_editStatus->setText(tr("Edited, not saved."));
    else
        m_editStatus->clear();
}

void TransactionDetail::discardEdit()
{
    if (!hasUnsavedEdit())
        return;
    // Changed elsewhere while the edit was open: what is shown is older than
    // the server's version, which is read again.
    const bool stale = !m_changedBanner->isHidden();
    m_changedBanner->hide();
    fill(m_transaction, false);
    if (stale)
        load(m_transaction.id, true);
}

void TransactionDetail::save(bool resubmit)
{
    QPushButton *button = resubmit ? m_saveResubmit : m_save;
    if (!button->isEnabled())
        return;
    const QString payload = m_editor->payloadJson();
    // With resubmit, one change: the backend saves the correction and resubmits it
    // together and answers with the transaction as it is then.
    auto *command = new SavePayloadCommand(m_service, this, m_actions, resubmit);
    Transaction base = m_transaction;
    base.version = m_editBaseVersion;
    command->setTransactions({base});
    command->setPayload(payload, m_editBaseVersion);
    command->setReason(tr("Payload corrected in the console"));
    connect(command, &Command::finished, this, [this, id = m_transaction.id, payload](const MutationResult &result) {
        if (result.isOk() && !result.queued)
            m_replaceEditOnUpdate = true;
        else if (result.queued && m_transaction.id == id && m_editor->payloadJson() == payload)
            // The correction waits on this computer and goes out by itself once
            // the server answers (pending sync): here it is no longer an unsaved
            // edit, and the server's version that comes back with it replaces it.
            m_editor->markUnmodified();
    });
    m_actions->run(command, payload);
}

void TransactionDetail::applyUpdate(const Transaction &transaction)
{
    if (transaction.id != m_transaction.id)
        return;
    // A mutation answers with the whole transaction. After a save the editor shows
    // what was saved; after anything else an unsaved edit stays as typed.
    const bool replace = m_replaceEditOnUpdate;
    m_replaceEditOnUpdate = false;
    if (transaction.full)
        fill(transaction, !replace, true);
    else
        load(transaction.id, true);
}

void TransactionDetail::reload()
{
    if (m_transaction.isValid())
        load(m_transaction.id, true);
}

void TransactionDetail::noteChangedElsewhere()
{
    if (!m_transaction.isValid())
        return;
    if (hasUnsavedEdit()) {
        m_changedBanner->setText(tr("Someone else changed this transaction while you were editing. Your edit stays; "
                                    "saving will show both versions."));
        m_changedBanner->show();
        return;
    }
    load(m_transaction.id, true);
}

void TransactionDetail::showViolations(const QString &transactionId, const QList<FieldViolation> &violations)
{
    if (transactionId != m_transaction.id)
        return;
    m_editor->setServerViolations(violations);
    m_tabs->setCurrentIndex(0);
    if (!violations.isEmpty() && !violations.first().field.isEmpty())
        m_editor->focusField(violations.first().field);
    updateEditButtons();
}

QString TransactionDetail::summaryText() const
{
    // As read: the spaces that keep a fact on one line are spaces.
    QString text = m_title->text() + QLatin1Char('\n') + m_state->text() + QLatin1Char('\n') + m_summary->text();
    return text.replace(QChar(0x00A0), QLatin1Char(' '));
}

void TransactionDetail::shareTheSplit()
{
    // The error part as tall as it needs while the form keeps room for a few of its
    // fields (else at most two fifths); the form the rest. Once the person has moved
    // the split, it stays where they put it.
    if (m_splitMoved || !m_split->isVisible())
        return;
    const int total = m_split->height() - m_split->handleWidth();
    // Its height at the width it has (its wrapped lines), not at the width it would like.
    const QWidget *pane = m_errorScroll->widget();
    const int atWidth = pane->hasHeightForWidth() ? pane->heightForWidth(m_errorScroll->viewport()->width()) : -1;
    const int wanted = (atWidth >= 0 ? atWidth : pane->sizeHint().height()) + 2;
    const int formRoom = 200;
    const int error = std::clamp(wanted, std::min(total / 5, wanted), std::max(total * 2 / 5, total - formRoom));
    m_split->setSizes({error, total - error});
}

} // namespace Flowdesk
