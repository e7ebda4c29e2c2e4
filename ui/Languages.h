#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hexclave::ui {

// A language the interface is translated to: its code (settings, --lang, the .qm file suffix)
// and its name in itself, as a person looking for it would recognise it.
struct Language
{
    QString code;
    QString nativeName;
};

// Every language of the interface, English first (the one place that lists them).
QList<Language> availableLanguages();
QStringList languageCodes();
// True for a code of availableLanguages() (exactly, e.g. "zh_CN").
bool isAvailableLanguage(const QString &code);

} // namespace hexclave::ui
