#include "SecretClipboard.h"

#include <QApplication>
#include <QClipboard>

#include <algorithm>

namespace hexclave::ui::secretClipboard {

namespace {

QList<QClipboard::Mode> clipboardModes()
{
    QList<QClipboard::Mode> modes{QClipboard::Clipboard};
    if (QApplication::clipboard()->supportsSelection())
        modes << QClipboard::Selection;
    return modes;
}

} // namespace

void copy(const QString &secret)
{
    QApplication::clipboard()->setText(secret);
}

void clearIfHolding(const QStringList &secrets)
{
    if (!QApplication::instance())
        return;
    for (QClipboard::Mode mode : clipboardModes()) {
        const QString held = QApplication::clipboard()->text(mode);
        const bool holdsSecret = std::any_of(secrets.cbegin(), secrets.cend(), [&held](const QString &secret) {
            return !secret.isEmpty() && held.contains(secret);
        });
        if (holdsSecret)
            QApplication::clipboard()->clear(mode);
    }
}

} // namespace hexclave::ui::secretClipboard
