#include "Languages.h"

namespace hexclave::ui {

QList<Language> availableLanguages()
{
    // Native names are not translated: each is shown in its own language.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

QStringList languageCodes()
{
    QStringList codes;
    for (const Language &language : availableLanguages())
        codes << language.code;
    return codes;
}

bool isAvailableLanguage(const QString &code)
{
    return languageCodes().contains(code);
}

} // namespace hexclave::ui
