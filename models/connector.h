#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Flowdesk {

// Mirrors flowdesk.v1.ConnectorStatus.
enum class ConnectorStatus { Unspecified, Up, Degraded, Down, Paused };
QString connectorStatusName(ConnectorStatus status);
// "mes" -> "MES", "odoo" -> "Odoo"; unknown kinds are shown as they are.
QString connectorKindName(const QString &kind);
// "api_key" -> "API key"; unknown values are shown as they are.
QString authTypeName(const QString &authType);

// A target system the flows deliver to, with its health and the metadata of its
// credential. The secret itself never reaches the console.
struct Connector
{
    QString id;
    QString name;
    QString kind;
    QString system;
    QString endpoint;
    QString authType;
    ConnectorStatus status = ConnectorStatus::Unspecified;
    QDateTime lastSuccessTime;
    double errorRate = 0.0;
    QString credentialFingerprint;
    int credentialVersion = 0;
    QDateTime credentialRotateTime;
    QString credentialRotatedBy;
    int rotationPolicyDays = 0;
    bool rotationOverdue = false;
    QString pausedReason;

    bool isPaused() const { return status == ConnectorStatus::Paused; }
    bool hasCredential() const { return credentialVersion > 0; }
    bool operator==(const Connector &other) const = default;
};

// The result of TestConnector.
struct ConnectionTestResult
{
    bool ok = false;
    qint64 latencyMs = 0;
    QString message;
};

// What reloading the site's configuration file changed.
struct ConfigurationReload
{
    QString file; // the file the server read
    int flowCount = 0;
    int connectorCount = 0;
    QStringList schemaChangedFlows; // each now has a new schema version
    QStringList addedFlows;
    QStringList removedFlows;

    bool changedAnyFlow() const
    {
        return !schemaChangedFlows.isEmpty() || !addedFlows.isEmpty() || !removedFlows.isEmpty();
    }
};

// One error of a configuration file, where the server found it.
struct ConfigurationProblem
{
    QString file;
    int line = 0;   // 0: the file as a whole
    int column = 0;
    QString message;

    // "flowdesk.yaml:12:5", or just the file when no line is known.
    QString location() const;
    // The server's "file:line:col" form; a text without line numbers is kept as the file.
    static ConfigurationProblem fromLocation(const QString &location, const QString &message);
};

} // namespace Flowdesk

Q_DECLARE_METATYPE(Flowdesk::Connector)
