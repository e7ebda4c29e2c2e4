#pragma once

#include <QString>

namespace hexclave::ui {

// A menu text as toolbar buttons and lists show it: without its keyboard mnemonic. Besides "&Open"
// that is the "(&O)" suffix Chinese and Japanese translations use, which Qt's own stripping
// leaves behind as "(O)". "&&" stays a literal "&".
QString withoutMnemonic(const QString &text);

} // namespace hexclave::ui
