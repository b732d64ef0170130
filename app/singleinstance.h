#pragma once

#include <QObject>

class QLocalServer;

namespace Flowdesk {

// One console per profile: a profile is the server it works with (or the demo) and
// the person signed in to the computer. A second start of the same profile asks the
// first to come to the front and ends; a socket left behind by a crashed console is
// taken over.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // profile: "demo", the server address, or empty for the servers of the sign-in dialog.
    explicit SingleInstance(const QString &profile, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when this process is the profile's console from now on; false when
    // another one runs and has been asked to come to the front.
    bool claim();

    QString serverName() const { return m_name; }

signals:
    // Another start of the same profile asked this console to show itself.
    void raiseRequested();

private:
    bool askRunningToRaise() const;

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace Flowdesk
