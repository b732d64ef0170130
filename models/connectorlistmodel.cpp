#include "connectorlistmodel.h"

#include "signalcolours.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#ifdef FLOWDESK_MODEL_TESTER
#include <QAbstractItemModelTester>
#endif

namespace Flowdesk {

ConnectorListModel::ConnectorListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ConnectorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_connectors.size());
}

int ConnectorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConnectorListModel::ageText(const QDateTime &time) const
{
    if (!time.isValid())
        return tr("never");
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const qint64 seconds = std::max<qint64>(0, time.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%1 min ago").arg(seconds / 60);
    if (seconds < 48 * 3600)
        return tr("%1 h ago").arg(seconds / 3600);
    return tr("%1 d ago").arg(seconds / 86400);
}

QVariant ConnectorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Connector &c = m_connectors.at(index.row());
    switch (role) {
    case ConnectorRole: return QVariant::fromValue(c);
    case ConnectorIdRole: return c.id;
    case StatusRole: return int(c.status);
    default: break;
    }
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return c.name;
        case KindColumn: return connectorKindName(c.kind);
        case StatusColumn:
            if (c.isPaused() && !c.pausedReason.isEmpty())
                return tr("Paused: %1").arg(c.pausedReason);
            return connectorStatusName(c.status);
        case EndpointColumn: return c.endpoint;
        case LastSuccessColumn: return ageText(c.lastSuccessTime);
        case ErrorRateColumn: return locale.toString(c.errorRate * 100.0, 'f', 1) + QLatin1Char('%');
        case CredentialColumn:
            if (c.authType == QLatin1String("none"))
                return authTypeName(c.authType);
            if (!c.hasCredential())
                return tr("%1 · none set").arg(authTypeName(c.authType));
            return tr("%1 · v%2 · %3").arg(authTypeName(c.authType)).arg(c.credentialVersion).arg(c.credentialFingerprint);
        case RotationColumn: {
            if (!c.credentialRotateTime.isValid())
                return c.rotationOverdue ? tr("Unknown age: never set in Flowdesk") : tr("never rotated");
            const QString text = tr("%1 by %2").arg(ageText(c.credentialRotateTime), c.credentialRotatedBy);
            return c.rotationOverdue ? tr("Overdue: %1").arg(text) : text;
        }
        default: break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return tr("%1 (%2), connector id %3").arg(c.name, c.system, c.id);
        case StatusColumn:
            switch (c.status) {
            case ConnectorStatus::Up: return tr("Deliveries succeed");
            case ConnectorStatus::Degraded: return tr("At least one in five recent deliveries failed");
            case ConnectorStatus::Down: return tr("Nearly all recent deliveries failed");
            case ConnectorStatus::Paused:
                return c.pausedReason.isEmpty()
                    ? tr("Paused: transactions to this system wait and are delivered after it is resumed")
                    : tr("Paused (%1): transactions to this system wait and are delivered after it is resumed")
                          .arg(c.pausedReason);
            case ConnectorStatus::Unspecified: break;
            }
            return {};
        case KindColumn: return data(index, Qt::DisplayRole);
        case EndpointColumn:
            return tr("%1\nAuthentication: %2").arg(c.endpoint, authTypeName(c.authType));
        case LastSuccessColumn:
            return c.lastSuccessTime.isValid() ? locale.toString(c.lastSuccessTime.toLocalTime(), QLocale::LongFormat)
                                               : QVariant();
        case ErrorRateColumn: return tr("Share of failed deliveries among the recent attempts");
        case CredentialColumn:
            return c.hasCredential()
                ? tr("Version %1, SHA-256 fingerprint %2. The secret itself is never shown.")
                      .arg(c.credentialVersion).arg(c.credentialFingerprint)
                : tr("No credential has been set through Flowdesk");
        case RotationColumn: {
            QString when = c.credentialRotateTime.isValid()
                ? tr("Rotated %1 by %2.").arg(locale.toString(c.credentialRotateTime.toLocalTime(), QLocale::LongFormat),
                                              c.credentialRotatedBy)
                : tr("No credential has been set through Flowdesk, so its age is not known. Set it once to start "
                     "tracking rotation.");
            if (c.rotationPolicyDays > 0)
                when += QLatin1Char(' ') + tr("Policy: rotate every %n days.", nullptr, c.rotationPolicyDays);
            return when;
        }
        default: break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == StatusColumn) {
            switch (c.status) {
            case ConnectorStatus::Down: return QBrush(Colours::text(Colours::Signal::Error));
            case ConnectorStatus::Degraded: return QBrush(Colours::text(Colours::Signal::Warning));
            case ConnectorStatus::Paused: return QBrush(Colours::text(Colours::Signal::Info));
            case ConnectorStatus::Up: return QBrush(Colours::text(Colours::Signal::Success));
            case ConnectorStatus::Unspecified: break;
            }
        }
        if (index.column() == RotationColumn && c.rotationOverdue)
            return QBrush(Colours::text(Colours::Signal::Warning));
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == ErrorRateColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ConnectorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Connector");
    case KindColumn: return tr("Kind");
    case StatusColumn: return tr("Status");
    case EndpointColumn: return tr("Endpoint");
    case LastSuccessColumn: return tr("Last success");
    case ErrorRateColumn: return tr("Error rate");
    case CredentialColumn: return tr("Credential");
    case RotationColumn: return tr("Last rotation");
    default: break;
    }
    return {};
}

int ConnectorListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_connectors.size(); ++i) {
        if (m_connectors.at(i).id == id)
            return i;
    }
    return -1;
}

void ConnectorListModel::setConnectors(const QList<Connector> &connectors)
{
    bool sameIds = connectors.size() == m_connectors.size();
    for (int i = 0; sameIds && i < connectors.size(); ++i)
        sameIds = connectors.at(i).id == m_connectors.at(i).id;
    if (!sameIds) {
        beginResetModel();
        m_connectors = connectors;
        endResetModel();
        return;
    }
    for (int i = 0; i < connectors.size(); ++i) {
        if (connectors.at(i) == m_connectors.at(i))
            continue;
        m_connectors[i] = connectors.at(i);
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

void ConnectorListModel::updateConnector(const Connector &connector)
{
    const int row = rowOf(connector.id);
    if (row < 0)
        return;
    m_connectors[row] = connector;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

Connector ConnectorListModel::connector(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_connectors.size())
        return {};
    return m_connectors.at(index.row());
}

ConnectorListModel *createConnectorListModel(QObject *parent)
{
    auto *model = new ConnectorListModel(parent);
#ifdef FLOWDESK_MODEL_TESTER
    // Owned by the model: it lives exactly as long as what it checks.
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
#endif
    return model;
}

} // namespace Flowdesk
