#pragma once

#include "domain.h"

#include <QWidget>

class QLabel;

namespace Flowdesk {

// Status bar item: a coloured dot and the connection state in words.
class StatusIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit StatusIndicator(QWidget *parent = nullptr);
    void setConnectionState(ConnectionState state);
    ConnectionState connectionState() const { return m_state; }
    QString text() const;

private:
    QLabel *m_dot;
    QLabel *m_text;
    ConnectionState m_state = ConnectionState::Offline;
};

} // namespace Flowdesk
