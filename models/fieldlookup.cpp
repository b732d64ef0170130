#include "fieldlookup.h"

#include <QStringList>

namespace Flowdesk {

QString fieldPattern(const QString &fieldPath)
{
    QStringList tokens = fieldPath.split(QLatin1Char('/'));
    for (QString &t : tokens) {
        bool number = false;
        t.toInt(&number);
        if (number)
            t = QStringLiteral("*");
    }
    return tokens.join(QLatin1Char('/'));
}

} // namespace Flowdesk
