#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Flowdesk {

// One field the backend (or the local schema check) refused, with the reason in words.
// `field` is a JSON pointer into the payload ("/lines/0/quantity"); empty means the whole payload.
struct FieldViolation {
    QString field;
    QString description;

    friend bool operator==(const FieldViolation &a, const FieldViolation &b)
    {
        return a.field == b.field && a.description == b.description;
    }
};

using FieldViolations = QList<FieldViolation>;

} // namespace Flowdesk

Q_DECLARE_METATYPE(Flowdesk::FieldViolation)
