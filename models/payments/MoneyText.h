#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace hexclave::models {

// Amounts travel as decimal strings ("9.99", "1000", "-3.5"); these helpers keep them exact
// (no floating point) by working in the currency's minor units.

// "9.99" → 999 for a currency with 2 decimals; nullopt when the text is not a decimal number,
// has more decimals than the currency allows, or does not fit.
std::optional<qint64> minorUnitsOf(const QString &decimalAmount, int decimals);
// 999 → "9.99" (decimals 2); -5 → "-0.05"; 1000 → "1000" (decimals 0).
QString decimalOfMinorUnits(qint64 minorUnits, int decimals);
// The number of decimals of a currency code (JPY 0, others 2; unknown codes 2).
int currencyDecimals(const QString &currencyCode);
// "$", "€", "CA$"; the code itself for currencies this client does not know.
QString currencySymbol(const QString &currencyCode);

// "$1,234.50", "1.234,50 €", "¥1,000" as the locale writes them; the amount as sent, with the
// code, when it cannot be read.
QString formatMoney(const QString &currencyCode, const QString &decimalAmount, const QLocale &locale = QLocale());
QString formatMinorUnits(const QString &currencyCode, qint64 minorUnits, const QLocale &locale = QLocale());

} // namespace hexclave::models
