#pragma once

#include <QIcon>
#include <QString>

namespace Flowdesk {

// The console's application id: the name of its desktop entry and AppStream
// metainfo, and its Wayland app id ("com.flowdesk.Flowdesk").
QString applicationId();

// The application icon, in every size it is drawn in (icons/flowdesk.svg,
// rendered by icons/render).
QIcon applicationIcon();

} // namespace Flowdesk
