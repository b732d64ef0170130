#include "appidentity.h"

#include <initializer_list>

namespace Flowdesk {

QString applicationId()
{
    return QStringLiteral(FLOWDESK_APP_ID);
}

QIcon applicationIcon()
{
    // Pixmaps rather than the SVG: the window icon then needs no SVG plugin.
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/flowdesk-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace Flowdesk
