#pragma once

#include <QStringList>

namespace hexclave::ui {

// The clipboard for secrets a window shows once (keys, tokens): copied on request, and taken
// off again when the window closes — from every clipboard this platform has (X11 also keeps
// the selection) — unless something else was copied since.
namespace secretClipboard {

void copy(const QString &secret);
// Clears each clipboard that still holds text containing one of `secrets` (empty ones ignored).
void clearIfHolding(const QStringList &secrets);

} // namespace secretClipboard

} // namespace hexclave::ui
