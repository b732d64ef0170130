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
    if (kind == QLatin1String("http"))
        return QCoreApplication::translate("Flowdesk::Connector", "JSON over HTTP");
    if (kind == QLatin1String("inbound"))
        return QCoreApplication::translate("Flowdesk::Connector", "Inbound (submits to Flowdesk)");
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
    if (authType == QLatin1String("none"))
        return QCoreApplication::translate("Flowdesk::Connector", "No sign-in");
    if (authType == QLatin1String("password"))
        return QCoreApplication::translate("Flowdesk::Connector", "Password");
    if (authType == QLatin1String("bearer"))
        return QCoreApplication::translate("Flowdesk::Connector", "Bearer token");
    if (authType == QLatin1String("hmac_sha256"))
        return QCoreApplication::translate("Flowdesk::Connector", "HMAC-SHA256 signing key");
    return authType;
}

} // namespace Flowdesk

namespace Flowdesk {

QString ConfigurationProblem::location() const
{
    if (line <= 0)
        return file;
    if (column <= 0)
        return QStringLiteral("%1:%2").arg(file).arg(line);
    return QStringLiteral("%1:%2:%3").arg(file).arg(line).arg(column);
}

ConfigurationProblem ConfigurationProblem::fromLocation(const QString &location, const QString &message)
{
    // From the right: a Windows path has a colon of its own ("C:\\site\\flowdesk.yaml:12:5").
    ConfigurationProblem p;
    p.message = message;
    QString rest = location;
    const auto takeNumber = [&rest](int *out) {
        const int colon = int(rest.lastIndexOf(QLatin1Char(':')));
        if (colon < 0)
            return false;
        bool ok = false;
        const int n = rest.mid(colon + 1).toInt(&ok);
        if (!ok || n < 0)
            return false;
        *out = n;
        rest.truncate(colon);
        return true;
    };
    int last = 0;
    if (takeNumber(&last)) {
        int before = 0;
        if (takeNumber(&before)) {
            p.line = before;
            p.column = last;
        } else {
            p.line = last;
        }
    }
    p.file = rest;
    return p;
}

} // namespace Flowdesk
