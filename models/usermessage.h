#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Flowdesk {

// A text for a person as the backend sent it: a message id with named
// arguments, and the backend's own text of it (in the person's language when
// the backend has one). Shown through text(): the console's translation of
// the id, or the backend's text for an id this console does not know.
struct UserMessage
{
    QString id;                               // "error.UNKNOWN_CUSTOMER", "OUT_OF_SCOPE"
    QList<QPair<QString, QString>> args;      // {"value", "C-10442"}, {"system", "Odoo"}
    QString serverText;

    bool isEmpty() const { return id.isEmpty() && serverText.isEmpty(); }
    QString arg(const QString &name) const;
    // In the language the console is shown in.
    QString text() const;
    // Whether this console has a translation of id.
    bool isKnown() const;

    bool operator==(const UserMessage &other) const = default;
};

} // namespace Flowdesk

// Qt's implicitly shared values only: a list moves them in memory as they are.
Q_DECLARE_TYPEINFO(Flowdesk::UserMessage, Q_RELOCATABLE_TYPE);

namespace Flowdesk {

// Fills "{name}" in text from args; a missing or empty argument is left out
// with the space before it ("Customer {value} does not exist" -> "Customer does
// not exist"), as the backend does.
QString fillUserMessage(const QString &text, const QList<QPair<QString, QString>> &args);

} // namespace Flowdesk
