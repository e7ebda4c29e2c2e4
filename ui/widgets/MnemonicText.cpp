#include "MnemonicText.h"

#include <QRegularExpression>

namespace hexclave::ui {

QString withoutMnemonic(const QString &text)
{
    static const QRegularExpression suffix(QStringLiteral(R"(\s*\(&[^&\s]\))"));
    static const QRegularExpression marker(QStringLiteral("&(.)"));
    QString plain = text;
    plain.remove(suffix);
    return plain.replace(marker, QStringLiteral("\\1"));
}

} // namespace hexclave::ui
