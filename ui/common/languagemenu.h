#pragma once

#include <QString>

class QMenu;
class QWidget;

namespace Flowdesk {

// The person's choice of language for the console (and the backend's texts):
// the system's, English, German, French or Spanish. Kept in the settings; it
// applies when the console starts again (--lang overrides it).
namespace LanguageChoice {

// "de", "fr"...; empty for the system's language.
QString saved();
// A "Language" menu offering every language the console has, the saved one checked.
QMenu *makeMenu(QWidget *parent);

} // namespace LanguageChoice

} // namespace Flowdesk
