#include "userlistmodel.h"

#include "flowhealth.h"
#include "signalcolours.h"

#include <QBrush>
#include <QLocale>

#ifdef FLOWDESK_MODEL_TESTER
#include <QAbstractItemModelTester>
#endif

namespace Flowdesk {

UserListModel::UserListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AdminUser &a = m_users.at(index.row());
    switch (role) {
    case UserRole: return QVariant::fromValue(a);
    case UsernameRole: return a.user.username;
    case DisabledRole: return a.disabled;
    default: break;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case UsernameColumn: return a.user.username;
        case DisplayNameColumn: return a.user.displayName;
        case RoleColumn: return roleName(a.user.role);
        case ScopeColumn: return a.user.scopeText();
        case StateColumn: return a.disabled ? tr("Disabled") : tr("Active");
        case LastLoginColumn:
            return a.lastLoginTime.isValid()
                ? formatDateTime(a.lastLoginTime)
                : tr("never");
        default: break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && a.disabled)
        return QBrush(Colours::muted());
    if (role == Qt::ToolTipRole && index.column() == StateColumn)
        return a.disabled ? tr("This account cannot sign in") : tr("This account can sign in");
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UsernameColumn: return tr("User name");
    case DisplayNameColumn: return tr("Name");
    case RoleColumn: return tr("Role");
    case ScopeColumn: return tr("Scope");
    case StateColumn: return tr("Account");
    case LastLoginColumn: return tr("Last sign-in");
    default: break;
    }
    return {};
}

void UserListModel::setUsers(const QList<AdminUser> &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

void UserListModel::upsertUser(const AdminUser &user)
{
    const int row = rowOf(user.user.username);
    if (row >= 0) {
        m_users[row] = user;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_users.size());
    beginInsertRows({}, at, at);
    m_users.append(user);
    endInsertRows();
}

AdminUser UserListModel::user(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    return m_users.at(index.row());
}

int UserListModel::rowOf(const QString &username) const
{
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).user.username == username)
            return i;
    }
    return -1;
}

UserListModel *createUserListModel(QObject *parent)
{
    auto *model = new UserListModel(parent);
#ifdef FLOWDESK_MODEL_TESTER
    // Owned by the model: it lives exactly as long as what it checks.
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
#endif
    return model;
}

} // namespace Flowdesk
