#pragma once

#include "transactionquery.h"

#include <QList>
#include <QString>

namespace Flowdesk {

struct SavedView
{
    QString name;
    TransactionQuery query;
    bool builtIn = false;
};

// The views everyone has (My open exceptions, Stuck orders, High value) and the
// person's own, kept in the console's settings per user.
class SavedViews
{
public:
    explicit SavedViews(const QString &username = {});

    static QList<SavedView> builtIns();
    QList<SavedView> all() const;
    QList<SavedView> own() const { return m_own; }

    // Replaces a view of the same name.
    void save(const QString &name, const TransactionQuery &query);
    void remove(const QString &name);

    static QString toJson(const TransactionQuery &query);
    static TransactionQuery fromJson(const QString &json);

private:
    void load();
    void store() const;

    QString m_username;
    QList<SavedView> m_own;
};

} // namespace Flowdesk
