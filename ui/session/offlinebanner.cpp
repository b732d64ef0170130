#include "offlinebanner.h"
#include "flowhealth.h"

#include "common/colours.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace Flowdesk {

OfflineBanner::OfflineBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(tr("Try Again Now"), this))
    , m_outbox(new QPushButton(this))
{
    setObjectName(QStringLiteral("offlineBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Colours::background(Colours::Signal::Warning, pal));
    setPalette(pal);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setToolTip(tr("Checks at once whether the server answers again"));
    m_outbox->setToolTip(tr("Lists the changes that wait to be sent to the server"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_outbox);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &OfflineBanner::retryRequested);
    connect(m_outbox, &QPushButton::clicked, this, &OfflineBanner::showOutboxRequested);
    updateText();
}

void OfflineBanner::setOffline(bool offline, const QDateTime &dataTime)
{
    m_offline = offline;
    m_dataTime = dataTime;
    updateText();
}

void OfflineBanner::setPendingCount(int pending, int conflicts)
{
    m_pending = pending;
    m_conflicts = conflicts;
    updateText();
}

QString OfflineBanner::text() const
{
    return m_label->text();
}

void OfflineBanner::updateText()
{
    QString text;
    if (m_offline) {
        const QString when = m_dataTime.isValid()
            ? formatDateTime(m_dataTime)
            : tr("an unknown time");
        // What the actions do offline (ActionController): a change to one transaction
        // waits here and is sent when the server answers; bulk actions need the server.
        text = tr("Offline: the server cannot be reached. You see the data saved on this computer as of %1. "
                  "Changes to single transactions wait here and are sent when the server answers again; "
                  "bulk actions need the server.").arg(when);
        if (m_pending > 0)
            text += u' ' + tr("%n change(s) wait to be sent.", nullptr, m_pending);
    } else if (m_conflicts > 0) {
        text = tr("%n change(s) made offline could not be applied and need your decision.", nullptr, m_conflicts);
    } else if (m_pending > 0) {
        text = tr("Sending %n change(s) made offline…", nullptr, m_pending);
    }
    m_label->setText(text);
    m_retry->setVisible(m_offline);
    m_outbox->setText(m_conflicts > 0 ? tr("Review Conflicts…") : tr("Waiting Changes…"));
    m_outbox->setVisible(m_pending + m_conflicts > 0);
    setVisible(!text.isEmpty());
}

} // namespace Flowdesk
