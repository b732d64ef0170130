#include "adminuser.h"

namespace Flowdesk {

QStringList knownDomains()
{
    return {QStringLiteral("sales"), QStringLiteral("finance"), QStringLiteral("procurement"),
            QStringLiteral("logistics"), QStringLiteral("production"), QStringLiteral("quality"),
            QStringLiteral("engineering")};
}

QStringList knownPlants()
{
    return {QStringLiteral("DE01"), QStringLiteral("FR01"), QStringLiteral("PL01"), QStringLiteral("MX01")};
}

} // namespace Flowdesk
