#include "MoneyText.h"

#include "dto/PaymentsCatalog.h"

#include <QHash>
#include <QRegularExpression>

namespace hexclave::models {

std::optional<qint64> minorUnitsOf(const QString &decimalAmount, int decimals)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(-?)(\d+)(?:\.(\d+))?$)"));
    const QRegularExpressionMatch match = pattern.match(decimalAmount.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QString fraction = match.captured(3);
    if (fraction.size() > decimals)
        return std::nullopt;
    const QString digits = match.captured(2) + fraction.leftJustified(decimals, u'0');
    if (digits.size() > 17) // keeps every value well inside qint64
        return std::nullopt;
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return match.captured(1).isEmpty() ? value : -value;
}

QString decimalOfMinorUnits(qint64 minorUnits, int decimals)
{
    const bool negative = minorUnits < 0;
    QString digits = QString::number(negative ? -minorUnits : minorUnits);
    if (decimals > 0) {
        digits = digits.rightJustified(decimals + 1, u'0');
        digits.insert(digits.size() - decimals, u'.');
    }
    return negative ? u'-' + digits : digits;
}

int currencyDecimals(const QString &currencyCode)
{
    const auto currency = api::currencyByCode(currencyCode);
    return currency ? currency->decimals : 2;
}

QString currencySymbol(const QString &currencyCode)
{
    static const QHash<QString, QString> symbols{
        {QStringLiteral("USD"), QStringLiteral("$")},   {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("GBP"), QStringLiteral("£")},   {QStringLiteral("JPY"), QStringLiteral("¥")},
        {QStringLiteral("INR"), QStringLiteral("₹")},   {QStringLiteral("AUD"), QStringLiteral("A$")},
        {QStringLiteral("CAD"), QStringLiteral("CA$")},
    };
    return symbols.value(currencyCode, currencyCode + u'\u00a0');
}

QString formatMinorUnits(const QString &currencyCode, qint64 minorUnits, const QLocale &locale)
{
    const int decimals = currencyDecimals(currencyCode);
    double scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    // Exact for any amount below 2^53 minor units; the locale places the symbol. The sign is put
    // in front by hand: some locales write negative amounts as "($12.50)", easy to misread in a ledger.
    // The "C" locale (no LANG set) writes "270.00€"; people expect "€270.00" there.
    const QLocale writer = locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
    const QString magnitude = writer.toCurrencyString(double(minorUnits < 0 ? -minorUnits : minorUnits) / scale,
                                                      currencySymbol(currencyCode), decimals);
    return minorUnits < 0 ? writer.negativeSign() + magnitude : magnitude;
}

QString formatMoney(const QString &currencyCode, const QString &decimalAmount, const QLocale &locale)
{
    const auto minorUnits = minorUnitsOf(decimalAmount, currencyDecimals(currencyCode));
    if (!minorUnits)
        return decimalAmount + u' ' + currencyCode;
    return formatMinorUnits(currencyCode, *minorUnits, locale);
}

} // namespace hexclave::models
