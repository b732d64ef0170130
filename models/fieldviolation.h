#pragma once

#include <QString>

namespace Flowdesk {

// One problem with one field of a payload: where (a JSON pointer such as "/lines/0/uom")
// and what is wrong, in words a clerk can act on.
struct FieldViolation
{
    QString field;
    QString description;
};

} // namespace Flowdesk
