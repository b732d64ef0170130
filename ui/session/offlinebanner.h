#pragma once

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;

namespace Flowdesk {

// A strip above the pages while the console works from its saved data: since
// when the data is, that changes are read-only or wait to be sent, and a way to
// try the backend again at once.
class OfflineBanner : public QFrame
{
    Q_OBJECT
public:
    explicit OfflineBanner(QWidget *parent = nullptr);

    void setOffline(bool offline, const QDateTime &dataTime);
    void setPendingCount(int pending, int conflicts);
    bool isOffline() const { return m_offline; }
    QString text() const;

signals:
    void retryRequested();
    void showOutboxRequested();

private:
    void updateText();

    QLabel *m_label;
    QPushButton *m_retry;
    QPushButton *m_outbox;
    QDateTime m_dataTime;
    int m_pending = 0;
    int m_conflicts = 0;
    bool m_offline = false;
};

} // namespace Flowdesk
