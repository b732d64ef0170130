#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

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

} // namespace Flowdesk

Q_DECLARE_METATYPE(Flowdesk::Connector)
