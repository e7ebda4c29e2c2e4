#pragma once

// What the app's English translation does for "%n user(s)" (translations/english-plurals.py),
// for tests that look at the texts or save screenshots: "1 user", "2 users".

#include <QTranslator>

namespace hexclave::tests {

class EnglishPlurals : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        QString text = QString::fromUtf8(sourceText);
        if (n < 0 || !text.contains(QStringLiteral("(s)")))
            return {};
        return text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }

    bool isEmpty() const override { return false; }
};

} // namespace hexclave::tests
