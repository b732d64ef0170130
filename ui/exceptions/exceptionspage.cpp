#include "exceptionspage.h"

#include "common/colours.h"

#include "bulkdialog.h"
#include "commands/actioncontroller.h"
#include "errorgroupmodel.h"
#include "eventfollower.h"
#include "jsonschema.h"
#include "payloadeditor/payloadeditor.h"
#include "exceptionlistmodel.h"
#include "savedviews.h"
#include "sessionservice.h"
#include "transactiondetail.h"
#include "transactionsservice.h"

#include "common/csvexportbutton.h"
#include "common/flowlayout.h"
#include "common/pagewidgets.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace Flowdesk {

namespace {
QComboBox *combo(QWidget *parent, const QString &name, const QString &toolTip)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->setToolTip(toolTip);
    c->setAccessibleName(toolTip);
    // As wide as its longest choice (the filter bar wraps rather than cut a choice
    // short), up to a bound for the few very long ones (flow names): those show in full
    // in the open list and as the tooltip.
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    c->setMaximumWidth(c->fontMetrics().averageCharWidth() * 34 + 40);
    QObject::connect(c, &QComboBox::currentTextChanged, c, [c, toolTip](const QString &text) {
        c->setToolTip(text.isEmpty() ? toolTip : toolTip + QStringLiteral(": ") + text);
    });
    return c;
}

enum StateFilter { FailedOnly, RetryingOnly, FailedOrRetrying, AnyState };
enum AssigneeFilter { Anyone, Me, Unassigned };
} // namespace

ExceptionsPage::ExceptionsPage(TransactionsService *service, SessionService *session, EventFollower *events,
                               QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_session(session)
    , m_events(events)
    , m_model(createExceptionListModel(service, this))
    , m_groups(createErrorGroupModel(this))
    , m_actions(new ActionController(service, this, this))
    , m_searchDelay(new QTimer(this))
    , m_groupRefresh(new QTimer(this))
{
    setObjectName(QStringLiteral("exceptionsPage"));

    auto *title = PageWidgets::createTitle(tr("Exceptions"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("exceptionsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exceptionsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    // From the top: a message longer than two lines keeps its beginning (the
    // business key, what happened) in view.
    m_status->setAlignment(Qt::AlignRight | Qt::AlignTop);
    // A long message (a German one, a long business key) wraps instead of widening
    // the window past the screen.
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // At most two lines: a message never takes the list's and the detail's room.
    m_status->setMaximumHeight(2 * m_status->fontMetrics().lineSpacing() + 2);

    buildFilters();

    m_newBar = new QLabel(this);
    m_newBar->setObjectName(QStringLiteral("newExceptionsBar"));
    m_newBar->setTextFormat(Qt::PlainText);
    m_newBar->setStyleSheet(QStringLiteral("background: %1; padding: 4px;").arg(Colours::background(Colours::Signal::Info).name()));
    m_showNew = new QPushButton(tr("Show"), this);
    m_showNew->setObjectName(QStringLiteral("showNewButton"));
    m_showNew->setToolTip(tr("Reloads the list from the top, with the new exceptions in their place"));
    connect(m_showNew, &QPushButton::clicked, this, &ExceptionsPage::reload);
    auto *newBarWidget = new QWidget(this);
    auto *newBarLayout = new QHBoxLayout(newBarWidget);
    newBarLayout->setContentsMargins(0, 0, 0, 0);
    newBarLayout->addWidget(m_newBar, 1);
    newBarLayout->addWidget(m_showNew);
    newBarWidget->hide();
    connect(m_model, &ExceptionListModel::pendingNewCountChanged, this, [this, newBarWidget](int count) {
        updateNewBar(count);
        newBarWidget->setVisible(count > 0);
    });

    // Changes that wait while the pointer is on the list, so that no row moves under it.
    m_heldBar = new QWidget(this);
    m_heldBar->setObjectName(QStringLiteral("heldUpdatesBar"));
    auto *heldLayout = new QHBoxLayout(m_heldBar);
    heldLayout->setContentsMargins(0, 0, 0, 0);
    m_heldLabel = new QLabel(m_heldBar);
    m_heldLabel->setObjectName(QStringLiteral("heldUpdatesLabel"));
    m_heldLabel->setTextFormat(Qt::PlainText);
    m_heldLabel->setStyleSheet(QStringLiteral("background: %1; padding: 4px;").arg(Colours::background(Colours::Signal::Info).name()));
    m_showHeld = new QPushButton(tr("Show"), m_heldBar);
    m_showHeld->setObjectName(QStringLiteral("showHeldUpdatesButton"));
    m_showHeld->setToolTip(tr("Puts the waiting changes into the list now"));
    connect(m_showHeld, &QPushButton::clicked, this, [this] { setListHeld(false); });
    heldLayout->addWidget(m_heldLabel, 1);
    heldLayout->addWidget(m_showHeld);
    m_heldBar->hide();
    connect(m_model, &ExceptionListModel::heldCountChanged, this, [this](int count) {
        m_heldLabel->setText(tr("%n update(s) wait while the pointer is on the list", nullptr, count));
        m_heldBar->setVisible(count > 0);
    });

    // Error groups
    m_groupView = new QTableView(this);
    m_groupView->setObjectName(QStringLiteral("errorGroupsTable"));
    m_groupView->setAccessibleName(tr("Error groups"));
    m_groupView->setModel(m_groups);
    m_groupView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groupView->setWordWrap(false);
    m_groupView->setTextElideMode(Qt::ElideRight);
    m_groupView->setShowGrid(false);
    m_groupView->verticalHeader()->hide();
    m_groupView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_groupView->verticalHeader()->setDefaultSectionSize(m_groupView->fontMetrics().height() + 8);
    m_groupView->horizontalHeader()->setSectionResizeMode(ErrorGroupModel::ErrorColumn, QHeaderView::Stretch);
    m_groupView->horizontalHeader()->setSectionResizeMode(ErrorGroupModel::CountColumn, QHeaderView::ResizeToContents);
    m_groupView->horizontalHeader()->setSectionResizeMode(ErrorGroupModel::ValueColumn, QHeaderView::ResizeToContents);
    m_groupView->setToolTip(tr("Identical failures; choose one to see only its transactions and act on all of them"));
    m_groupView->viewport()->installEventFilter(this);
    connect(m_groupView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_applying)
            return;
        const QModelIndexList rows = m_groupView->selectionModel()->selectedRows();
        m_signature = rows.isEmpty() ? QString() : m_groups->group(rows.first()).key();
        updateGroupWhatToDo();
        applyFilters();
    });
    m_groupFilterLabel = new QLabel(tr("Error groups"), this);
    m_groupFilterLabel->setTextFormat(Qt::PlainText);
    m_clearGroup = new QPushButton(tr("All Groups"), this);
    m_clearGroup->setObjectName(QStringLiteral("clearGroupButton"));
    connect(m_clearGroup, &QPushButton::clicked, this, [this] { selectGroup(QString()); });
    auto *groupPane = new QWidget(this);
    auto *groupLayout = new QVBoxLayout(groupPane);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    auto *groupHeader = new QHBoxLayout;
    groupHeader->addWidget(m_groupFilterLabel, 1);
    groupHeader->addWidget(m_clearGroup);
    groupLayout->addLayout(groupHeader);
    groupLayout->addWidget(m_groupView, 1);
    // The chosen group's advice: one fix serves all of its transactions.
    m_groupWhatToDo = new QLabel(this);
    m_groupWhatToDo->setObjectName(QStringLiteral("groupWhatToDo"));
    m_groupWhatToDo->setTextFormat(Qt::PlainText);
    m_groupWhatToDo->setWordWrap(true);
    m_groupWhatToDo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_groupWhatToDo->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-left: 4px solid %3; "
                                                  "padding: 4px 6px; }")
                                       .arg(Colours::background(Colours::Signal::Info).name(),
                                            palette().color(QPalette::Text).name(),
                                            Colours::text(Colours::Signal::Info).name()));
    m_groupWhatToDo->hide();

    // The list
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("exceptionsTable"));
    m_view->setAccessibleName(tr("Exceptions"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // What a clerk reads first comes first and fits a laptop's screen without
    // scrolling sideways: business key, counterparty, error, amount, age; then the rest.
    {
        QHeaderView *h = m_view->horizontalHeader();
        const int order[] = {ExceptionListModel::BusinessKeyColumn, ExceptionListModel::CounterpartyColumn,
                             ExceptionListModel::ErrorColumn, ExceptionListModel::AmountColumn,
                             ExceptionListModel::AgeColumn};
        for (int visual = 0; visual < int(std::size(order)); ++visual)
            h->moveSection(h->visualIndex(order[visual]), visual);
        QFont bold = m_view->font();
        bold.setBold(true);
        const QFontMetrics fm = m_view->fontMetrics();
        const int pad = 18;
        auto width = [&fm, pad](const QString &sample) { return fm.horizontalAdvance(sample) + pad; };
        m_view->setColumnWidth(ExceptionListModel::BusinessKeyColumn,
                               QFontMetrics(bold).horizontalAdvance(QStringLiteral("SO2026-642575")) + pad);
        m_view->setColumnWidth(ExceptionListModel::CounterpartyColumn, width(QStringLiteral("C-10442 AG")));
        m_view->setColumnWidth(ExceptionListModel::ErrorColumn, width(QStringLiteral("UNKNOWN_CUSTOMER: Customer")));
        m_view->setColumnWidth(ExceptionListModel::AmountColumn, width(QStringLiteral("473.022,48 MXN")));
        m_view->setColumnWidth(ExceptionListModel::AgeColumn, width(QStringLiteral("23 Std.")));
        m_view->setColumnWidth(ExceptionListModel::FlowColumn, width(QStringLiteral("CRM quote to ERP sales order")));
        m_view->setColumnWidth(ExceptionListModel::PlantColumn, width(QStringLiteral("DE01")));
        m_view->setColumnWidth(ExceptionListModel::DueColumn, width(QStringLiteral("29.11.26 14:30")));
        m_view->setColumnWidth(ExceptionListModel::TriageColumn, width(QStringLiteral("Waiting on partner")));
        // A column is never narrower than its (translated) title.
        for (int column = 0; column < h->count(); ++column)
            m_view->setColumnWidth(column, std::max(m_view->columnWidth(column), h->sectionSizeHint(column)));
        m_errorWidths = {std::max(width(QStringLiteral("UNKNOWN_CUSTOMER")), h->sectionSizeHint(ExceptionListModel::ErrorColumn)),
                         width(QString(56, QLatin1Char('n')))};
    }
    m_view->viewport()->installEventFilter(this);
    // Reaching the page by keyboard (Ctrl+3) lands on the list.
    setFocusProxy(m_view);
    // A click on a column header orders the list by it, in the backend.
    m_view->horizontalHeader()->setSectionsClickable(true);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        TransactionOrder order;
        switch (column) {
        case ExceptionListModel::AmountColumn: order = TransactionOrder::AmountDesc; break;
        case ExceptionListModel::AgeColumn: order = TransactionOrder::CreatedAsc; break;
        case ExceptionListModel::DueColumn: order = TransactionOrder::DueAsc; break;
        case ExceptionListModel::FlowColumn: order = TransactionOrder::Flow; break;
        default: order = TransactionOrder::ImpactDesc; break;
        }
        m_order->setCurrentIndex(m_order->findData(int(order)));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExceptionsPage::onSelectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExceptionsPage::onSelectionChanged);
    connect(m_view, &QTableView::activated, this, [this] { m_detail->openEditor(); });
    // A click opens the transaction too; the arrow keys only browse.
    connect(m_view, &QTableView::clicked, this, [this] { m_detail->focusNamedFieldWhenShown(); });

    // New rows above the first visible one push it down by as many rows: the view
    // follows, so what the person looks at stays where it is.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        QScrollBar *bar = m_view->verticalScrollBar();
        const int top = m_view->rowAt(0);
        if (top >= 0 && first <= top && bar->value() > 0) {
            const int n = last - first + 1;
            bar->setMaximum(bar->maximum() + n);
            bar->setValue(bar->value() + n);
        }
    });
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        const int top = m_view->rowAt(0);
        m_scrollShift = (top >= 0 && last < top) ? last - first + 1 : 0;
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_scrollShift > 0) {
            QScrollBar *bar = m_view->verticalScrollBar();
            bar->setValue(bar->value() - m_scrollShift);
            m_scrollShift = 0;
        }
    });
    connect(m_model, &ExceptionListModel::pageLoaded, this, &ExceptionsPage::updateSummary);
    connect(m_model, &ExceptionListModel::liveBatchApplied, this, &ExceptionsPage::updateSummary);
    connect(m_model, &ExceptionListModel::loadFailed, this, [this](const QString &message) {
        if (m_model->isShowingSaved()) {
            m_summary->setText(tr("%n exception(s) as saved on this computer; the server cannot be reached (%1).",
                                  nullptr, int(m_model->rowCount()))
                                   .arg(message));
            return;
        }
        m_summary->setText(tr("The exceptions could not be loaded: %1").arg(message));
    });

    m_detail = new TransactionDetail(service, m_actions, this);
    connect(m_detail, &TransactionDetail::reviewOfflineChangesRequested, this,
            &ExceptionsPage::reviewOfflineChangesRequested);
    connect(m_detail, &TransactionDetail::loaded, this, [this](const Transaction &t) {
        if (t.id != m_editDecidedFor)
            m_editDecidedFor.clear();
        // Actions work on the version the person sees in the detail.
        const QList<Transaction> sel = m_actions->selection();
        if (sel.size() == 1 && sel.first().id == t.id)
            m_actions->setSelection({t});
    });

    // Groups above the list, so their messages have the list's width; the chosen
    // transaction on the right.
    auto *listSplitter = new QSplitter(Qt::Vertical, this);
    listSplitter->setObjectName(QStringLiteral("listSplitter"));
    listSplitter->addWidget(groupPane);
    // The chosen group's advice heads its transactions: appearing, it takes its
    // height from the list, not from the groups one may still want to choose among.
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(2);
    listLayout->addWidget(m_groupWhatToDo);
    listLayout->addWidget(m_view, 1);
    listSplitter->addWidget(listPane);
    listSplitter->setStretchFactor(0, 1);
    listSplitter->setStretchFactor(1, 3);
    listSplitter->setSizes({190, 560});
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("exceptionsSplitter"));
    m_splitter->addWidget(listSplitter);
    m_splitter->addWidget(m_detail);
    m_detail->setMinimumWidth(440);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({700, 480});

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(16);
    header->addWidget(m_summary, 1);
    // The row is as tall as a notice's button from the start.
    m_summary->setMinimumHeight(std::max(m_showHeld->sizeHint().height(), m_showNew->sizeHint().height()));
    // Notices of changes sit in the header's row: appearing, they move no row
    // of the list (the pointer may be on one).
    header->addWidget(newBarWidget);
    header->addWidget(m_heldBar);
    // The message gets the room the other parts leave, so that it wraps at a
    // readable width instead of one word per line.
    header->addWidget(m_status, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(findChild<QWidget *>(QStringLiteral("exceptionsToolbar")));
    layout->addWidget(findChild<QWidget *>(QStringLiteral("exceptionsFilters")));
    layout->addWidget(m_splitter, 1);

    // Keyboard
    for (int id = 0; id < ActionController::ActionCount; ++id)
        addAction(m_actions->action(static_cast<ActionController::ActionId>(id)));
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setWhatsThis(tr("Search the exceptions"));
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *copy = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+C")), this);
    copy->setWhatsThis(tr("Copy the business key of the selected transaction"));
    connect(copy, &QShortcut::activated, this, &ExceptionsPage::copyBusinessKey);
    auto *toGroups = new QShortcut(QKeySequence(QStringLiteral("Ctrl+G")), this);
    toGroups->setWhatsThis(tr("Go to the error groups; the top one is chosen if none is"));
    connect(toGroups, &QShortcut::activated, this, [this] {
        m_groupView->setFocus(Qt::ShortcutFocusReason);
        if (m_groupView->selectionModel()->selectedRows().isEmpty() && m_groups->rowCount() > 0)
            m_groupView->selectRow(0);
    });
    auto *toList = new QShortcut(QKeySequence(QStringLiteral("Ctrl+L")), this);
    toList->setWhatsThis(tr("Go to the list of exceptions"));
    connect(toList, &QShortcut::activated, this, [this] { m_view->setFocus(); });
    // Outlook's keys for the next and the previous item, from anywhere on the page.
    auto *next = new QAction(tr("Next Exception"), this);
    next->setObjectName(QStringLiteral("nextExceptionAction"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, this, [this] { selectNeighbour(+1); });
    addAction(next);
    auto *previous = new QAction(tr("Previous Exception"), this);
    previous->setObjectName(QStringLiteral("previousExceptionAction"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QAction::triggered, this, [this] { selectNeighbour(-1); });
    addAction(previous);

    connect(m_actions, &ActionController::statusMessage, this, [this](const QString &text) {
        // A change sent while the session has run out waits for the next sign-in.
        m_status->setText(m_sessionExpired && m_actions->isBusy() ? sessionExpiredText() : text);
    });
    connect(m_actions, &ActionController::errorMessage, m_status, &QLabel::setText);
    connect(m_actions, &ActionController::statusMessage, this, &ExceptionsPage::statusMessage);
    connect(m_actions, &ActionController::bulkRequested, this, &ExceptionsPage::openBulkDialog);
    m_actions->setResubmitCheck([this](const Transaction &t) { return confirmResubmitWithoutEdit(t); });
    connect(m_actions, &ActionController::permissionRevoked, this, [this] {
        // Fetch the session's rights again, so that actions show what is allowed now.
        if (m_session)
            m_session->whoAmI();
    });
    connect(m_actions, &ActionController::reloadRequested, this, [this](const QString &id) { m_model->noteChanged(id); });
    connect(m_service, &TransactionsService::transactionChanged, this, [this](const Transaction &t) {
        m_model->applyRow(t);
        m_detail->applyUpdate(t);
        m_groupRefresh->start();
        // The rows changed, not the person's choice: no question about an edit.
        m_selectionFollowsData = true;
        onSelectionChanged();
        m_selectionFollowsData = false;
    });

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(350);
    connect(m_searchDelay, &QTimer::timeout, this, &ExceptionsPage::applyFilters);
    m_groupRefresh->setSingleShot(true);
    m_groupRefresh->setInterval(2000);
    connect(m_groupRefresh, &QTimer::timeout, this, &ExceptionsPage::refreshGroups);

    if (m_events) {
        connect(m_events, &EventFollower::eventsReceived, this, &ExceptionsPage::onEvents);
        connect(m_events, &EventFollower::reloadRequired, this, &ExceptionsPage::reload);
    }
    if (m_session) {
        connect(m_session, &SessionService::loggedIn, this, [this](const Session &s) {
            m_sessionExpired = false;
            setUser(s.user);
        });
        connect(m_session, &SessionService::sessionExpired, this, [this] {
            m_sessionExpired = true;
            const QString text = sessionExpiredText();
            m_status->setText(text);
            emit statusMessage(text);
        });
        connect(m_session, &SessionService::userRefreshed, this, &ExceptionsPage::setUser);
        if (m_session->isLoggedIn())
            setUser(m_session->session().user);
    }
    updateSummary();
}

ExceptionsPage::~ExceptionsPage()
{
    delete m_savedViews;
}

void ExceptionsPage::buildFilters()
{
    auto *toolbar = new QWidget(this);
    toolbar->setObjectName(QStringLiteral("exceptionsToolbar"));
    m_viewCombo = combo(toolbar, QStringLiteral("savedViewCombo"), tr("Saved views"));
    m_search = new QLineEdit(toolbar);
    m_search->setObjectName(QStringLiteral("exceptionsSearch"));
    m_search->setAccessibleName(tr("Search exceptions"));
    m_search->setPlaceholderText(tr("Search business key, counterparty or error text (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    // flowdeskd takes a search of up to 512 bytes: 128 characters always fit.
    m_search->setMaxLength(128);
    // The whole hint stays readable, in every language: beside its text the
    // frame (2 × 2 px), the text margins (2 × 2 px) and the clear button's room
    // (22 px). The toolbar wraps where the window is narrow.
    m_search->setMinimumWidth(std::clamp(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 30,
                                         m_search->fontMetrics().averageCharWidth() * 18, 480));
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay->start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        // Enter in the search goes to the first match: the next Enter opens its field.
        m_view->setProperty("chooseFirstMatch", true);
        applyFilters();
        m_view->setFocus();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first != 0 || !m_view->property("chooseFirstMatch").toBool())
            return;
        m_view->setProperty("chooseFirstMatch", false);
        if (m_view->hasFocus() && !m_view->selectionModel()->currentIndex().isValid())
            selectNeighbour(+1);
    });
    m_order = combo(toolbar, QStringLiteral("orderCombo"), tr("Order of the list"));
    m_order->addItem(tr("Business impact"), int(TransactionOrder::ImpactDesc));
    m_order->addItem(tr("Oldest first"), int(TransactionOrder::CreatedAsc));
    m_order->addItem(tr("Newest first"), int(TransactionOrder::CreatedDesc));
    m_order->addItem(tr("Amount"), int(TransactionOrder::AmountDesc));
    m_order->addItem(tr("Due date"), int(TransactionOrder::DueAsc));
    m_order->addItem(tr("Flow"), int(TransactionOrder::Flow));
    auto *saveView = new QPushButton(tr("Save View…"), toolbar);
    saveView->setObjectName(QStringLiteral("saveViewButton"));
    saveView->setToolTip(tr("Keep these filters as a view of your own"));
    connect(saveView, &QPushButton::clicked, this, &ExceptionsPage::saveCurrentView);
    auto *bulk = new QPushButton(tr("Bulk Action…"), toolbar);
    bulk->setObjectName(QStringLiteral("bulkButton"));
    connect(m_actions->action(ActionController::Bulk), &QAction::changed, bulk, [this, bulk] {
        bulk->setEnabled(m_actions->action(ActionController::Bulk)->isEnabled());
        bulk->setToolTip(m_actions->action(ActionController::Bulk)->toolTip());
    });
    bulk->setEnabled(m_actions->action(ActionController::Bulk)->isEnabled());
    bulk->setToolTip(m_actions->action(ActionController::Bulk)->toolTip());
    connect(bulk, &QPushButton::clicked, this, &ExceptionsPage::openBulkDialog);
    auto *exportButton = new CsvExportButton(tr("Export exceptions"), tr("exceptions.csv"), toolbar);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(tr("Every exception of the current view, as a spreadsheet file (Ctrl+E)"));
    connect(exportButton, &CsvExportButton::exportRequested, this, &ExceptionsPage::exportCsv);
    auto *exportKey = new QShortcut(QKeySequence(QStringLiteral("Ctrl+E")), this);
    exportKey->setWhatsThis(tr("Export the exceptions of the current view"));
    connect(exportKey, &QShortcut::activated, exportButton, &CsvExportButton::askForFile);
    // Groups that wrap onto a second row as a whole where the window is narrow
    // (a laptop screen, a longer language): a label stays beside its list.
    auto group = [toolbar](std::initializer_list<QWidget *> widgets) {
        auto *box = new QWidget(toolbar);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        for (QWidget *w : widgets) {
            w->setParent(box);
            row->addWidget(w);
        }
        return box;
    };
    auto *toolLayout = new FlowLayout(toolbar, 8);
    toolLayout->setContentsMargins(0, 0, 0, 0);
    // The saved views' list says what it is by its placeholder ("Choose a
    // view") and by the button beside it; without a label of its own the
    // toolbar keeps to one row on a laptop in German and French.
    m_viewCombo->setPlaceholderText(tr("Choose a view"));
    toolLayout->addWidget(group({m_viewCombo, saveView}));
    toolLayout->addWidget(m_search);
    toolLayout->addWidget(group({new QLabel(tr("Order:")), m_order}));
    toolLayout->addWidget(group({bulk, exportButton}));

    auto *filters = new QWidget(this);
    filters->setObjectName(QStringLiteral("exceptionsFilters"));
    m_flow = combo(filters, QStringLiteral("flowFilter"), tr("Flow"));
    m_flow->addItem(tr("All flows"), QString());
    m_domain = combo(filters, QStringLiteral("domainFilter"), tr("Business domain"));
    m_domain->addItem(tr("All domains"), QString());
    for (const char *d : {"sales", "finance", "procurement", "logistics", "production", "quality", "engineering"})
        m_domain->addItem(domainName(QLatin1String(d)), QLatin1String(d));
    m_plant = combo(filters, QStringLiteral("plantFilter"), tr("Plant"));
    m_plant->addItem(tr("All plants"), QString());
    for (const char *p : {"DE01", "FR01", "PL01", "MX01"})
        m_plant->addItem(plantName(QLatin1String(p)), QLatin1String(p));
    m_state = combo(filters, QStringLiteral("stateFilter"), tr("State"));
    m_state->addItem(tr("Failed"), FailedOnly);
    m_state->addItem(tr("Retrying"), RetryingOnly);
    m_state->addItem(tr("Failed or retrying"), FailedOrRetrying);
    m_state->addItem(tr("Any state"), AnyState);
    m_triage = combo(filters, QStringLiteral("triageFilter"), tr("Triage status"));
    m_triage->addItem(tr("Any triage"), -1);
    for (TriageStatus s : {TriageStatus::New, TriageStatus::Investigating, TriageStatus::WaitingOnMasterData,
                           TriageStatus::WaitingOnPartner})
        m_triage->addItem(triageStatusName(s), int(s));
    m_category = combo(filters, QStringLiteral("categoryFilter"), tr("Error category"));
    m_category->addItem(tr("Any error"), -1);
    for (ErrorCategory c : {ErrorCategory::Connectivity, ErrorCategory::Authentication, ErrorCategory::MasterData,
                            ErrorCategory::Validation, ErrorCategory::BusinessState, ErrorCategory::Duplicate})
        m_category->addItem(errorCategoryName(c), int(c));
    m_assignee = combo(filters, QStringLiteral("assigneeFilter"), tr("Assignee"));
    m_assignee->addItem(tr("Anyone's"), Anyone);
    m_assignee->addItem(tr("Mine"), Me);
    m_assignee->addItem(tr("Unassigned"), Unassigned);
    m_age = combo(filters, QStringLiteral("ageFilter"), tr("How long ago the transaction arrived"));
    m_age->addItem(tr("Any age"), 0);
    m_age->addItem(tr("Older than 1 hour"), 3600);
    m_age->addItem(tr("Older than 1 day"), 86400);
    m_age->addItem(tr("Older than 1 week"), 7 * 86400);
    m_age->addItem(tr("Last 24 hours"), -86400);
    m_stuck = new QCheckBox(tr("Stuck only"), filters);
    m_stuck->setObjectName(QStringLiteral("stuckFilter"));
    m_stuck->setToolTip(tr("Only transactions past their SLA"));
    auto *filterLayout = new FlowLayout(filters);
    for (QWidget *w : std::initializer_list<QWidget *>{m_flow, m_domain, m_plant, m_state, m_triage, m_category,
                                                       m_assignee, m_age, m_stuck})
        filterLayout->addWidget(w);

    for (QComboBox *c : {m_order, m_flow, m_domain, m_plant, m_state, m_triage, m_category, m_assignee, m_age})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { applyFilters(); });
    connect(m_stuck, &QCheckBox::toggled, this, [this] { applyFilters(); });
    connect(m_viewCombo, &QComboBox::activated, this, [this](int index) {
        if (!m_savedViews || index < 0)
            return;
        const QList<SavedView> views = m_savedViews->all();
        if (index < views.size())
            showQuery(views.at(index).query);
    });
}

TransactionQuery ExceptionsPage::currentQuery() const
{
    TransactionQuery q;
    switch (m_state->currentData().toInt()) {
    case FailedOnly: q.states = {TransactionState::Failed}; break;
    case RetryingOnly: q.states = {TransactionState::RetryScheduled}; break;
    case FailedOrRetrying: q.states = {TransactionState::Failed, TransactionState::RetryScheduled}; break;
    default: q.states.clear(); break;
    }
    if (const QString f = m_flow->currentData().toString(); !f.isEmpty())
        q.flowIds << f;
    if (const QString d = m_domain->currentData().toString(); !d.isEmpty())
        q.domains << d;
    if (const QString p = m_plant->currentData().toString(); !p.isEmpty())
        q.plants << p;
    if (m_triage->currentData().toInt() >= 0)
        q.triageStatuses << static_cast<TriageStatus>(m_triage->currentData().toInt());
    if (m_category->currentData().toInt() >= 0)
        q.errorCategories << static_cast<ErrorCategory>(m_category->currentData().toInt());
    switch (m_assignee->currentData().toInt()) {
    case Me: q.assignee = QStringLiteral("me"); break;
    case Unassigned: q.unassignedOnly = true; break;
    default: break;
    }
    const int age = m_age->currentData().toInt();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (age > 0)
        q.createdBefore = now.addSecs(-age);
    else if (age < 0)
        q.createdAfter = now.addSecs(age);
    q.stuckOnly = m_stuck->isChecked();
    q.text = m_search->text().trimmed();
    // A group chosen in the list is exact (one offending value); a signature
    // given from elsewhere (the dashboard) selects all its values.
    if (m_groups->indexOf(m_signature).isValid() && !m_groups->group(m_groups->indexOf(m_signature)).group.isEmpty())
        q.errorGroup = m_signature;
    else
        q.errorSignature = m_signature;
    q.order = static_cast<TransactionOrder>(m_order->currentData().toInt());
    return q;
}

void ExceptionsPage::applyFilters()
{
    if (m_applying)
        return;
    const TransactionQuery q = currentQuery();
    m_viewCombo->setCurrentIndex(-1); // the filters no longer show a saved view as it was
    m_clearGroup->setEnabled(!m_signature.isEmpty());
    const bool keepEdit = m_detail->hasUnsavedEdit() && m_editDecidedFor != m_detail->transactionId();
    // Narrowing or widening the list is not leaving the edit: the corrected
    // transaction stays in the detail, ready to save, whatever the list shows.
    m_selectionFollowsData = keepEdit;
    m_model->setQuery(q);
    m_selectionFollowsData = false;
    refreshGroups();
    if (keepEdit) {
        m_actions->setSelection({m_detail->transaction()});
        return;
    }
    m_detail->clear();
    m_actions->setSelection({});
}

void ExceptionsPage::setFiltersFrom(const TransactionQuery &q)
{
    m_applying = true;
    auto pick = [](QComboBox *c, const QVariant &v) {
        const int i = c->findData(v);
        c->setCurrentIndex(i >= 0 ? i : 0);
    };
    if (q.states == QList<TransactionState>{TransactionState::Failed})
        pick(m_state, FailedOnly);
    else if (q.states == QList<TransactionState>{TransactionState::RetryScheduled})
        pick(m_state, RetryingOnly);
    else if (q.states.isEmpty())
        pick(m_state, AnyState);
    else
        pick(m_state, FailedOrRetrying);
    pick(m_flow, q.flowIds.value(0));
    pick(m_domain, q.domains.value(0));
    pick(m_plant, q.plants.value(0));
    pick(m_triage, q.triageStatuses.isEmpty() ? -1 : int(q.triageStatuses.first()));
    pick(m_category, q.errorCategories.isEmpty() ? -1 : int(q.errorCategories.first()));
    pick(m_assignee, q.unassignedOnly ? Unassigned : (q.assignee.isEmpty() ? Anyone : Me));
    pick(m_order, int(q.order));
    m_age->setCurrentIndex(0);
    m_stuck->setChecked(q.stuckOnly);
    m_search->setText(q.text);
    m_searchDelay->stop();
    m_signature = q.errorGroup.isEmpty() ? q.errorSignature : q.errorGroup;
    m_applying = false;
}

void ExceptionsPage::showQuery(const TransactionQuery &given)
{
    // A search saved before the search box had its limit is shortened the same way,
    // so that what runs is what the box shows.
    TransactionQuery query = given;
    if (query.text.size() > m_search->maxLength()) {
        query.text.truncate(m_search->maxLength());
        emit statusMessage(tr("The saved search text was longer than %1 characters; it was shortened.")
                               .arg(m_search->maxLength()));
    }
    setFiltersFrom(query);
    m_clearGroup->setEnabled(!m_signature.isEmpty());
    // The query as given (it may hold more than the filter bar shows, e.g. a correlation id).
    m_model->setQuery(query);
    refreshGroups();
    m_detail->clear();
    m_actions->setSelection({});
}

void ExceptionsPage::reload()
{
    m_model->reload();
    refreshGroups();
}

void ExceptionsPage::setOfflineStore(TransactionsOfflineStore *store)
{
    if (m_offlineStore)
        disconnect(m_offlineStore, nullptr, this, nullptr);
    m_offlineStore = store;
    m_service->setOfflineStore(store);
    if (!store) {
        m_model->setSyncStateProvider({});
        m_detail->setSyncStateProvider({});
        m_actions->setOffline(false);
        return;
    }
    QPointer<TransactionsOfflineStore> guard(store);
    auto state = [guard](const QString &id) { return guard ? guard->syncState(id) : QString(); };
    m_model->setSyncStateProvider(state);
    m_detail->setSyncStateProvider(state);
    m_actions->setOffline(store->isOffline());
    connect(store, &TransactionsOfflineStore::offlineChanged, this, [this](bool offline) {
        m_actions->setOffline(offline);
    });
    connect(store, &TransactionsOfflineStore::syncStatesChanged, this, [this] {
        m_model->refreshSyncStates();
        m_detail->updateSyncState();
    });
    connect(store, &TransactionsOfflineStore::actionApplied, this, [this](const QString &id) {
        // The row and the detail show what the server has now.
        m_model->noteChanged(id);
        if (m_detail->transactionId() == id && !m_detail->hasUnsavedEdit())
            m_detail->reload();
        m_groupRefresh->start();
    });
    connect(store, &TransactionsOfflineStore::actionConflict, this,
            [this](const QString &id, const QString &description, const QString &message) {
        const QString text = tr("%1 was not applied: %2. Review it to apply it to the current version or drop it.")
                                 .arg(description, message);
        m_status->setText(text);
        emit statusMessage(text);
        m_model->refreshSyncStates();
        if (m_detail->transactionId() == id) {
            m_detail->updateSyncState();
            // A correction handed to the outbox was shown as the form's content:
            // it was not applied, so the form shows what the server has again
            // (the correction waits in the review of offline changes).
            if (!m_detail->hasUnsavedEdit())
                m_detail->reload();
        }
    });
}

QString ExceptionsPage::sessionExpiredText() const
{
    if (m_actions->isBusy())
        return tr("Your session has expired. Sign in again: the change you sent waits and goes out once you have "
                  "signed in. What you typed stays.");
    return tr("Your session has expired. Sign in again to go on; what you typed stays in the form.");
}

void ExceptionsPage::showSavedData()
{
    if (!m_model->hasLoadedOnce() && !m_model->isLoading())
        applyFilters();
    else if (!m_model->hasLoadedOnce())
        m_model->reload();
}

void ExceptionsPage::setUser(const User &user)
{
    const bool first = m_user.username != user.username;
    m_user = user;
    m_model->setCurrentUser(user.username);
    m_actions->setUser(user);
    if (first) {
        loadSavedViews();
        m_service->flowSchemas(this, [this](const ServiceError &error, const QList<FlowSchema> &flows) {
            if (!error.isOk())
                return;
            m_flows.clear();
            m_applying = true;
            const QString current = m_flow->currentData().toString();
            while (m_flow->count() > 1)
                m_flow->removeItem(1);
            QList<FlowSchema> sorted = flows;
            std::sort(sorted.begin(), sorted.end(), [](const FlowSchema &a, const FlowSchema &b) { return a.name < b.name; });
            for (const FlowSchema &f : sorted) {
                m_flows.insert(f.flowId, f);
                m_flow->addItem(f.name, f.flowId);
            }
            QHash<QString, QString> names;
            for (const FlowSchema &f : sorted)
                names.insert(f.flowId, f.name);
            m_groups->setFlowNames(names);
            // Fields named as the payload form names them, from each flow's schema.
            auto schemas = std::make_shared<QHash<QString, std::shared_ptr<PayloadSchema>>>();
            for (const FlowSchema &f : sorted) {
                auto schema = std::make_shared<PayloadSchema>();
                if (schema->load(f.schemaJson))
                    schemas->insert(f.flowId, std::move(schema));
            }
            m_groups->setFieldNamer([schemas](const QString &flowId, const QString &pointer) {
                const auto schema = schemas->value(flowId);
                const JsonNode *node = schema ? schema->schemaAt(pointer) : nullptr;
                return node ? PayloadEditorParts::fieldLabel(pointer.section(QLatin1Char('/'), -1), node) : QString();
            });
            const int i = m_flow->findData(current);
            m_flow->setCurrentIndex(i >= 0 ? i : 0);
            m_applying = false;
            m_detail->setFlowSchemas(m_flows);
            feedBulkDialog();
        });
        if (!m_model->hasLoadedOnce() && !m_model->isLoading())
            applyFilters();
    }
}

bool ExceptionsPage::confirmLeavingEdit()
{
    if (!m_detail->hasUnsavedEdit() || m_editDecidedFor == m_detail->transactionId())
        return true;
    const Transaction edited = m_detail->transaction();
    QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
                    tr("The payload of %1 was edited but not saved.")
                        .arg(edited.businessKey.isEmpty() ? edited.id : edited.businessKey),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("unsavedEditDialog"));
    box.setInformativeText(tr("Save the corrected payload, discard the edit, or stay on this transaction."));
    QPushButton *save = box.addButton(QMessageBox::Save);
    save->setObjectName(QStringLiteral("saveEditButton"));
    QPushButton *discard = box.addButton(QMessageBox::Discard);
    discard->setObjectName(QStringLiteral("discardEditButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelEditButton"));
    box.setDefaultButton(save);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == discard) {
        m_editDecidedFor = edited.id;
        return true;
    }
    if (box.clickedButton() != save)
        return false;
    if (!m_detail->saveButton()->isEnabled()) {
        // An invalid or no longer allowed edit cannot be saved: the person stays on it.
        QMessageBox::warning(this, tr("Unsaved Changes"),
                             tr("The edit cannot be saved: %1").arg(m_detail->saveButton()->toolTip()));
        return false;
    }
    m_detail->save(false);
    m_editDecidedFor = edited.id;
    return true;
}

bool ExceptionsPage::confirmResubmitWithoutEdit(const Transaction &transaction)
{
    if (!m_detail->hasUnsavedEdit() || m_detail->transactionId() != transaction.id)
        return true;
    const Transaction edited = m_detail->transaction();
    QMessageBox box(QMessageBox::Question, tr("Unsaved Correction"),
                    tr("The payload of %1 was edited but not saved.")
                        .arg(edited.businessKey.isEmpty() ? edited.id : edited.businessKey),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("unsavedResubmitDialog"));
    box.setInformativeText(tr("Resubmit sends the payload as it is stored, without your correction. Send the "
                              "correction with it, or discard the correction and resubmit the stored payload?"));
    QPushButton *withEdit = box.addButton(tr("Save and Resubmit"), QMessageBox::AcceptRole);
    withEdit->setObjectName(QStringLiteral("resubmitWithEditButton"));
    QPushButton *stored = box.addButton(tr("Discard Correction and Resubmit"), QMessageBox::DestructiveRole);
    stored->setObjectName(QStringLiteral("resubmitStoredButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelResubmitButton"));
    box.setDefaultButton(withEdit);
    box.setEscapeButton(cancel);
    box.exec();
    // While the question was open the detail may have moved on: nothing is sent then.
    if (m_detail->transactionId() != edited.id || !m_detail->hasUnsavedEdit())
        return false;
    if (box.clickedButton() == stored) {
        m_detail->discardEdit();
        return true;
    }
    if (box.clickedButton() != withEdit)
        return false;
    if (!m_detail->saveAndResubmitButton()->isEnabled()) {
        // An invalid or no longer allowed correction cannot be sent: it stays open.
        QMessageBox::warning(this, tr("Unsaved Correction"),
                             tr("The correction cannot be sent: %1").arg(m_detail->saveAndResubmitButton()->toolTip()));
        return false;
    }
    m_detail->save(true);
    return false;
}

void ExceptionsPage::onSelectionChanged()
{
    if (m_restoringSelection)
        return;
    QList<Transaction> selected;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &idx : rows)
        selected << m_model->transaction(idx);
    const bool leavesEdit = m_detail->hasUnsavedEdit()
                            && !(selected.size() == 1 && selected.first().id == m_detail->transactionId());
    // (Once the person has answered for the edit, the selection is theirs: it
    // goes on to the row they chose.)
    if (leavesEdit && m_editDecidedFor != m_detail->transactionId()
        && (m_model->isRemovingRows() || m_selectionFollowsData)) {
        // The edited row left the list because its data changed, not because the
        // person moved on: the edit stays open in the detail, and nothing is asked.
        m_actions->setSelection({m_detail->transaction()});
        return;
    }
    if (leavesEdit && !confirmLeavingEdit()) {
        // Cancel: the selection goes back to the edited row, once the view has
        // finished moving away from it.
        m_restoringSelection = true;
        QTimer::singleShot(0, this, [this, id = m_detail->transactionId()] {
            const QModelIndex edited = m_model->indexOf(id);
            if (edited.isValid())
                m_view->selectionModel()->setCurrentIndex(
                    edited, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_restoringSelection = false;
            const QList<Transaction> shown{m_detail->transaction()};
            m_actions->setSelection(shown);
        });
        return;
    }
    if (selected.size() == 1 && m_detail->transaction().id == selected.first().id)
        selected = {m_detail->transaction()};
    m_actions->setSelection(selected);
    if (selected.size() == 1)
        m_detail->showTransaction(selected.first().id);
    else if (selected.isEmpty())
        m_detail->clear();
}

void ExceptionsPage::onEvents(const QList<FlowEvent> &events)
{
    bool any = false;
    for (const FlowEvent &e : events) {
        if (e.type != FlowEvent::Type::TransactionChanged || e.transactionId.isEmpty())
            continue;
        const bool shown = m_model->indexOf(e.transactionId).isValid();
        const bool candidate = m_model->query().states.isEmpty() || m_model->query().states.contains(e.state);
        if (shown || candidate) {
            m_model->noteChanged(e.transactionId);
            any = true;
        }
        if (e.transactionId == m_detail->transactionId())
            m_detail->noteChangedElsewhere();
    }
    if (any && !m_groupRefresh->isActive())
        m_groupRefresh->start();
}

void ExceptionsPage::openTransaction(const QString &id)
{
    if (id.isEmpty() || !confirmLeavingEdit())
        return;
    const QModelIndex row = m_model->indexOf(id);
    if (row.isValid()) {
        m_view->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(row);
        return;
    }
    m_view->clearSelection();
    m_detail->showTransaction(id);
}

void ExceptionsPage::selectNeighbour(int step)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    int row = current.isValid() ? current.row() + step : (step > 0 ? 0 : rows - 1);
    // The list's cursor on a row not chosen yet (the list just took the keyboard): that row first.
    if (current.isValid() && !m_view->selectionModel()->isRowSelected(current.row(), {}))
        row = current.row();
    row = std::clamp(row, 0, rows - 1);
    if (current.isValid() && row == current.row() && m_view->selectionModel()->isRowSelected(row, {}))
        return;
    const QModelIndex target = m_model->index(row, current.isValid() ? current.column() : 0);
    m_view->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(target);
    // The keyboard stays on the page while the detail loads the next transaction.
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !isAncestorOf(focus) || !focus->isVisible())
        m_view->setFocus(Qt::ShortcutFocusReason);
}

void ExceptionsPage::setListHeld(bool held)
{
    m_model->setHoldUpdates(held);
    if (!held && m_groupsHeld) {
        m_groupsHeld = false;
        refreshGroups();
    }
}

bool ExceptionsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_view || !m_groupView)
        return QWidget::eventFilter(watched, event);
    const bool list = watched == m_view->viewport();
    const bool groups = watched == m_groupView->viewport();
    if (list || groups) {
        auto *viewport = static_cast<QWidget *>(watched);
        switch (event->type()) {
        case QEvent::Enter:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
            if (!m_model->holdsUpdates() || (groups && !m_pointerOnGroups)) {
                m_pointerOnGroups = groups;
                setListHeld(true);
            }
            break;
        case QEvent::Leave:
            // A row being pressed keeps everything still until the button is let go.
            if (!(QApplication::mouseButtons() & Qt::LeftButton)) {
                m_pointerOnGroups = false;
                setListHeld(false);
            }
            break;
        case QEvent::MouseButtonRelease:
            if (!viewport->rect().contains(static_cast<QMouseEvent *>(event)->position().toPoint())) {
                // Let the click land first, then apply.
                QTimer::singleShot(0, this, [this] {
                    m_pointerOnGroups = false;
                    setListHeld(false);
                });
            }
            break;
        case QEvent::Hide:
            setListHeld(false);
            break;
        case QEvent::Resize:
            if (list)
                fitErrorColumn();
            break;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ExceptionsPage::fitErrorColumn()
{
    // The error takes the room the business key, counterparty, amount and age
    // leave, between a floor and about 56 characters: the five a clerk reads
    // first fit the list without scrolling sideways, in any language and split;
    // flow, plant, due date and triage follow where there is room.
    int others = 0;
    for (int column : {int(ExceptionListModel::BusinessKeyColumn), int(ExceptionListModel::CounterpartyColumn),
                       int(ExceptionListModel::AmountColumn), int(ExceptionListModel::AgeColumn)})
        others += m_view->horizontalHeader()->isSectionHidden(column) ? 0 : m_view->columnWidth(column);
    const int room = m_view->viewport()->width() - others;
    m_view->setColumnWidth(ExceptionListModel::ErrorColumn,
                           std::clamp(room, m_errorWidths.first, std::max(m_errorWidths.first, m_errorWidths.second)));
}

void ExceptionsPage::hideEvent(QHideEvent *event)
{
    // Another page: nothing is under the pointer here any more.
    m_pointerOnGroups = false;
    setListHeld(false);
    QWidget::hideEvent(event);
}

void ExceptionsPage::refreshGroups()
{
    if (m_model->holdsUpdates() && m_pointerOnGroups) {
        // The groups would re-sort under the pointer: they follow once it leaves.
        m_groupsHeld = true;
        return;
    }
    TransactionQuery q = m_model->query();
    m_service->listErrorGroups(q, this, [this](const ServiceError &error, const QList<ErrorGroup> &groups) {
        if (!error.isOk())
            return;
        m_applying = true;
        m_groups->setGroups(groups);
        feedBulkDialog();
        const QModelIndex idx = m_groups->indexOf(m_signature);
        if (idx.isValid())
            m_groupView->selectRow(idx.row());
        else
            m_groupView->clearSelection();
        m_applying = false;
        qint64 count = 0;
        for (const ErrorGroup &g : groups)
            count += g.count;
        m_groupFilterLabel->setText(tr("Error groups (%1)").arg(QLocale().toString(groups.size())));
        updateGroupWhatToDo();
    });
}

void ExceptionsPage::updateGroupWhatToDo()
{
    const QModelIndex idx = m_signature.isEmpty() ? QModelIndex() : m_groups->indexOf(m_signature);
    const QString advice = idx.isValid() ? idx.data(ErrorGroupModel::WhatToDoRole).toString() : QString();
    m_groupWhatToDo->setText(advice.isEmpty() ? QString() : tr("What to do: %1").arg(advice));
    m_groupWhatToDo->setVisible(!advice.isEmpty());
}

void ExceptionsPage::selectGroup(const QString &signature)
{
    m_signature = signature;
    applyFilters();
}

void ExceptionsPage::updateSummary()
{
    if (!m_model->hasLoadedOnce()) {
        m_summary->setText(m_model->lastError().isEmpty() ? tr("Loading exceptions…") : m_model->lastError());
        return;
    }
    const QLocale l;
    if (m_model->totalSize() == 0)
        m_summary->setText(!m_signature.isEmpty()
                               // The chosen group narrows the list as well: say so, and how to widen it.
                               ? tr("Nothing matches in the chosen error group; “All Groups” looks in every group.")
                               : m_search->text().isEmpty()
                               ? tr("Nothing matches: no exception needs attention in this view.")
                               : tr("Nothing matches these filters."));
    else
        m_summary->setText(tr("Matches: %1 · shown: %2").arg(l.toString(m_model->totalSize()),
                                                         l.toString(m_model->rowCount())));
}

void ExceptionsPage::updateNewBar(int count)
{
    m_newBar->setText(tr("%n new exception(s) beyond the rows shown", nullptr, count));
}

void ExceptionsPage::copyBusinessKey()
{
    const QList<Transaction> sel = m_actions->selection();
    QStringList keys;
    for (const Transaction &t : sel)
        keys << t.businessKey;
    if (keys.isEmpty())
        return;
    QApplication::clipboard()->setText(keys.join(QLatin1Char('\n')));
    m_status->setText(tr("Copied %1").arg(keys.join(QStringLiteral(", "))));
}

void ExceptionsPage::openBulkDialog()
{
    const QList<Transaction> sel = m_actions->selection();
    TransactionQuery q = m_model->query();
    const bool byGroup = sel.size() <= 1 && !m_signature.isEmpty();
    QString what;
    if (byGroup) {
        // The group as the list names it, in business words.
        const ErrorGroup g = m_groups->group(m_groups->indexOf(m_signature));
        what = tr("Every failed transaction of the error group \"%1\" (%2 now).")
                   .arg(m_groups->indexOf(m_signature).data().toString(), QLocale().toString(g.count));
    } else if (!sel.isEmpty()) {
        what = tr("%n selected transaction(s).", nullptr, int(sel.size()));
    } else {
        m_status->setText(tr("Select transactions or an error group first."));
        return;
    }
    // List rows carry no error field; their exact group names it.
    QList<Transaction> rows = byGroup ? QList<Transaction>{} : sel;
    fillFieldPathsFromGroups(rows);
    auto *dialog = new BulkDialog(m_service, rows, q, byGroup, what, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKnownTransactions(m_model->loadedRows());
    m_bulkDialog = dialog;
    m_bulkByGroup = byGroup;
    m_bulkSchemasGiven = false;
    m_bulkSignature = m_signature;
    m_bulkRows = rows;
    feedBulkDialog();
    connect(dialog, &BulkDialog::jobFinished, this, [this] { reload(); });
    dialog->open();
    // The field is chosen: the person types the new value straight away.
    if (!dialog->patchPath().isEmpty() && dialog->valueEdit()->isEnabled())
        QTimer::singleShot(0, dialog->valueEdit(), [edit = dialog->valueEdit()] { edit->setFocus(Qt::OtherFocusReason); });
}

void ExceptionsPage::feedBulkDialog()
{
    if (!m_bulkDialog)
        return;
    // The flows involved: the group's, or the selected rows'.
    QStringList flowIds;
    if (m_bulkByGroup) {
        const QModelIndex g = m_groups->indexOf(m_bulkSignature);
        if (g.isValid())
            flowIds << m_groups->group(g).flowId;
    }
    for (const Transaction &t : std::as_const(m_bulkRows)) {
        if (!flowIds.contains(t.flowId))
            flowIds << t.flowId;
    }
    // Their schemas, so that a patch value takes its field's type: once all
    // have loaded.
    if (!m_bulkSchemasGiven && !flowIds.isEmpty()
        && std::all_of(flowIds.begin(), flowIds.end(), [this](const QString &id) { return m_flows.contains(id); })) {
        QList<FlowSchema> schemas;
        for (const QString &id : std::as_const(flowIds))
            schemas << m_flows.value(id);
        m_bulkDialog->setFlowSchemas(schemas);
        m_bulkSchemasGiven = true;
    }
    // The field the errors name: the group's, or (in the dialog) the one all
    // selected rows' groups name, list rows carrying no error field. A field
    // the person chose already stays.
    if (m_bulkByGroup) {
        const QModelIndex g = m_groups->indexOf(m_bulkSignature);
        if (g.isValid() && !m_groups->group(g).fieldPath.isEmpty() && m_bulkDialog->patchPath().isEmpty())
            m_bulkDialog->setPreferredField(m_groups->group(g).fieldPath);
    } else if (fillFieldPathsFromGroups(m_bulkRows)) {
        m_bulkDialog->setSelection(m_bulkRows);
    }
}

bool ExceptionsPage::fillFieldPathsFromGroups(QList<Transaction> &rows) const
{
    bool filled = false;
    for (Transaction &t : rows) {
        if (t.error.fieldPath.isEmpty() && !t.error.group.isEmpty()) {
            const QModelIndex g = m_groups->indexOf(t.error.group);
            if (g.isValid() && !m_groups->group(g).fieldPath.isEmpty()) {
                t.error.fieldPath = m_groups->group(g).fieldPath;
                filled = true;
            }
        }
    }
    return filled;
}

void ExceptionsPage::exportCsv(const QString &path, CsvWriter::ByteOrderMark bom)
{
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        emit exportFinished(path, 0, file->errorString());
        return;
    }
    auto csv = std::make_shared<CsvWriter>(bom);
    csv->addHeader({tr("Business key"), tr("Flow"), tr("Counterparty"), tr("Amount"), tr("Currency"), tr("Plant"),
                    tr("Received (UTC)"), tr("Due (UTC)"), tr("Error"), tr("Triage"), tr("Assignee"), tr("State"),
                    tr("Error category"), tr("Transaction id")});
    file->write(csv->takeData());
    const TransactionQuery q = m_model->query();
    auto rows = std::make_shared<int>(0);
    m_status->setText(tr("Exporting…"));
    // Page by page, so even a large view never sits in memory whole.
    auto next = std::make_shared<std::function<void(const QString &)>>();
    *next = [this, q, file, csv, rows, path, next](const QString &token) {
        m_service->list(q, token, 1000, this, [this, file, csv, rows, path, next](const ServiceError &error,
                                                                                  const TransactionPage &page) {
            if (!error.isOk()) {
                file->close();
                m_status->setText(tr("Export failed: %1").arg(error.userMessage()));
                emit exportFinished(path, *rows, error.userMessage());
                *next = nullptr;
                return;
            }
            for (const Transaction &t : page.transactions) {
                csv->addText(t.businessKey)
                    .addText(t.flowName.isEmpty() ? t.flowId : t.flowName)
                    .addText(t.counterparty)
                    .addAmount(t.amountMasked ? 0 : t.amountMinor, t.amountMasked ? QString() : t.currency)
                    .addText(t.plant)
                    .addDateTime(t.createTime)
                    .addDateTime(t.dueTime)
                    .addText(QStringLiteral("%1: %2").arg(t.error.code, t.error.message))
                    .addText(triageStatusName(t.triageStatus))
                    .addText(t.assignee)
                    .addText(stateName(t.state))
                    .addText(errorCategoryName(t.error.category))
                    .addText(t.id);
                csv->endRow();
                ++*rows;
            }
            if (file->write(csv->takeData()) < 0) {
                const QString why = file->errorString();
                file->close();
                m_status->setText(tr("Export failed: %1").arg(why));
                emit exportFinished(path, *rows, why);
                *next = nullptr;
                return;
            }
            if (!page.nextPageToken.isEmpty()) {
                (*next)(page.nextPageToken);
                return;
            }
            file->close();
            m_status->setText(tr("Exported %1 rows to %2").arg(QLocale().toString(*rows), path));
            emit exportFinished(path, *rows, QString());
            *next = nullptr;
        });
    };
    (*next)(QString());
}

void ExceptionsPage::loadSavedViews()
{
    delete m_savedViews;
    m_savedViews = new SavedViews(m_user.username);
    m_viewCombo->clear();
    for (const SavedView &v : m_savedViews->all())
        m_viewCombo->addItem(v.name);
    m_viewCombo->setCurrentIndex(-1);
    m_viewCombo->setPlaceholderText(tr("Choose a view"));
}

void ExceptionsPage::saveCurrentView()
{
    if (!m_savedViews)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save view"), tr("Name of the view:"), QLineEdit::Normal,
                                               QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    TransactionQuery q = currentQuery();
    q.createdAfter = {};
    q.createdBefore = {};
    m_savedViews->save(name, q);
    loadSavedViews();
    m_viewCombo->setCurrentIndex(m_viewCombo->findText(name));
}

} // namespace Flowdesk
