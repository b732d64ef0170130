#include "connector.h"

namespace Flowdesk {

QString connectorStatusName(ConnectorStatus status)
{
    switch (status) {
    case ConnectorStatus::Up: return QCoreApplication::translate("Flowdesk::Connector", "Up");
    case ConnectorStatus::Degraded: return QCoreApplication::translate("Flowdesk::Connector", "Degraded");
    case ConnectorStatus::Down: return QCoreApplication::translate("Flowdesk::Connector", "Down");
    case ConnectorStatus::Paused: return QCoreApplication::translate("Flowdesk::Connector", "Paused");
    case ConnectorStatus::Unspecified: break;
    }
    return QCoreApplication::translate("Flowdesk::Connector", "Unknown");
}

QString connectorKindName(const QString &kind)
{
    static const char *acronyms[] = {"crm", "mes", "wms", "edi", "qms", "plm", "erp"};
    for (const char *a : acronyms) {
        if (kind == QLatin1String(a))
            return kind.toUpper();
    }
    if (kind == QLatin1String("odoo"))
        return QStringLiteral("Odoo");
    if (kind == QLatin1String("bank"))
        return QCoreApplication::translate("Flowdesk::Connector", "Bank");
    if (kind == QLatin1String("shop"))
        return QCoreApplication::translate("Flowdesk::Connector", "Web shop");
    return kind;
}

QString authTypeName(const QString &authType)
{
    if (authType == QLatin1String("api_key"))
        return QCoreApplication::translate("Flowdesk::Connector", "API key");
    if (authType == QLatin1String("oauth2"))
        return QCoreApplication::translate("Flowdesk::Connector", "OAuth 2 client secret");
    if (authType == QLatin1String("basic"))
        return QCoreApplication::translate("Flowdesk::Connector", "User name and password");
    if (authType == QLatin1String("certificate"))
        return QCoreApplication::translate("Flowdesk::Connector", "Client certificate");
    return authType;
}

} // namespace Flowdesk
