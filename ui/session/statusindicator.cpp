#include "statusindicator.h"

#include "common/colours.h"

#include <QHBoxLayout>
#include <QLabel>

namespace Flowdesk {

StatusIndicator::StatusIndicator(QWidget *parent)
    : QWidget(parent)
    , m_dot(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionIndicator"));
    m_dot->setFixedSize(10, 10);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_text);
    setConnectionState(ConnectionState::Connecting);
}

void StatusIndicator::setConnectionState(ConnectionState state)
{
    m_state = state;
    QString color;
    QString tip;
    switch (state) {
    case ConnectionState::Connected:
        color = Colours::text(Colours::Signal::Success).name();
        tip = tr("Connected to the server; counts update live.");
        break;
    case ConnectionState::Connecting:
    case ConnectionState::Reconnecting:
        color = Colours::text(Colours::Signal::Warning).name();
        tip = tr("The connection was interrupted. Flowdesk keeps trying and catches up on "
                 "everything that happened meanwhile.");
        break;
    case ConnectionState::Offline:
        color = Colours::text(Colours::Signal::Error).name();
        tip = tr("The server cannot be reached. The figures shown may be out of date.");
        break;
    }
    m_dot->setStyleSheet(QStringLiteral("background: %1; border-radius: 5px;").arg(color));
    m_text->setText(connectionStateName(state));
    setToolTip(tip);
}

QString StatusIndicator::text() const
{
    return m_text->text();
}

} // namespace Flowdesk
