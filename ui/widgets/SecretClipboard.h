#pragma once

#include <QStringList>

#include <chrono>

namespace hexclave::ui {

// The clipboard for secrets a window shows once (keys, tokens): copied on request, and taken
// off again — from every clipboard this platform has (X11 also keeps the selection) — a while
// after the window closed, so that the person can still paste what they copied last. Only a
// clipboard that still holds one of the secrets is cleared: something copied since stays.
namespace secretClipboard {

void copy(const QString &secret);
// Clears each clipboard that holds text containing one of `secrets` (empty ones ignored) now.
void clearIfHolding(const QStringList &secrets);
// The same after clearDelay(), and at the latest when the application quits. Nothing is
// scheduled when no clipboard holds one of `secrets` now.
void clearLater(const QStringList &secrets);

// One minute; tests shorten it.
std::chrono::milliseconds clearDelay();
void setClearDelay(std::chrono::milliseconds delay);
// Clears now what clearLater() was asked to clear (the application does this when it quits).
void clearPendingNow();
// How many delayed clears are waiting.
int pendingCount();

} // namespace secretClipboard

} // namespace hexclave::ui
