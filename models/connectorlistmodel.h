#pragma once

#include "connector.h"

#include <QAbstractTableModel>
#include <QList>

namespace Flowdesk {

// The connector registry, one row per connector in the backend's order.
class ConnectorListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, StatusColumn, EndpointColumn, LastSuccessColumn, ErrorRateColumn,
                  CredentialColumn, RotationColumn, ColumnCount };
    enum Roles { ConnectorRole = Qt::UserRole + 1, ConnectorIdRole, StatusRole };

    explicit ConnectorListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the list; rows whose connector did not change keep their selection.
    void setConnectors(const QList<Connector> &connectors);
    // Replaces one connector (after an action) if it is listed.
    void updateConnector(const Connector &connector);
    Connector connector(const QModelIndex &index) const;
    QList<Connector> connectors() const { return m_connectors; }
    int rowOf(const QString &id) const;

    // Reference time for "3 h ago" texts; tests pin it.
    void setNow(const QDateTime &now) { m_now = now; }

private:
    QString ageText(const QDateTime &time) const;

    QList<Connector> m_connectors;
    QDateTime m_now;
};

ConnectorListModel *createConnectorListModel(QObject *parent);

} // namespace Flowdesk
