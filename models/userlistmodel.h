#pragma once

#include "adminuser.h"

#include <QAbstractTableModel>
#include <QList>

namespace Flowdesk {

// The accounts of the backend, in the backend's order.
class UserListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UsernameColumn, DisplayNameColumn, RoleColumn, ScopeColumn, StateColumn, LastLoginColumn,
                  ColumnCount };
    enum Roles { UserRole = Qt::UserRole + 1, UsernameRole, DisabledRole };

    explicit UserListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setUsers(const QList<AdminUser> &users);
    // Replaces the account with the same name, or appends it.
    void upsertUser(const AdminUser &user);
    AdminUser user(const QModelIndex &index) const;
    int rowOf(const QString &username) const;

private:
    QList<AdminUser> m_users;
};

UserListModel *createUserListModel(QObject *parent);

} // namespace Flowdesk
