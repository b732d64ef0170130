#pragma once

#include "domain.h"

#include <QDateTime>
#include <QMetaType>

namespace Flowdesk {

// An account as the Users page shows it: the user with its account state.
struct AdminUser
{
    User user;
    bool disabled = false;
    QDateTime createTime;
    QDateTime lastLoginTime;
};

// What CreateUser and UpdateUser send. In an update only the fields named in
// `changed` ("role", "domains", "plants", "disabled", "display_name") are sent.
struct UserChange
{
    QString username;
    QString displayName;
    QString password; // CreateUser only
    Role role = Role::Unspecified;
    QStringList domains;
    QStringList plants;
    bool disabled = false;
    QStringList changed;
};

// The scopes the backend knows.
QStringList knownDomains();
QStringList knownPlants();

} // namespace Flowdesk

Q_DECLARE_METATYPE(Flowdesk::AdminUser)
