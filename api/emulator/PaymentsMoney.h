#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>
#include <string>
#include <string_view>

namespace hexclave::emulator {

// The server's money amounts: decimal strings in major units ("9.99", "129"), never cents
// (stack-shared utils/currencies.tsx, currency-constants.tsx; backend payments helpers).
class PaymentsMoney
{
public:
    // SUPPORTED_CURRENCIES in the server's order; decimals 2, JPY 0.
    static constexpr const char *kCurrencies[] = {"USD", "EUR", "GBP", "JPY", "INR", "AUD", "CAD"};
    static int decimalsOf(std::string_view currency);

    // "12.5" → 1250 (USD). Nothing for text that is not <digits>[.<digits>] with at most
    // `decimals` fraction digits.
    static std::optional<qint64> minorUnits(std::string_view amount, int decimals);
    // 1250 → "12.5", 1200 → "12", -50 → "-0.5": trailing zeros dropped, as the server writes
    // computed amounts (multiplyMoneyAmount, the refund's stripeUnitsToMoneyAmount).
    static std::string fromMinorUnits(qint64 units, int decimals);
    // price × quantity the way buildChargedAmount does it ("19.00" × 1 → "19"); empty when
    // `amount` is not a money amount.
    static std::string multiply(std::string_view amount, qint64 quantity, std::string_view currency);

    // moneyAmountSchema(currency): the yup messages for a bad amount (empty when it is fine).
    static QStringList problems(std::string_view amount, std::string_view currency);
};

} // namespace hexclave::emulator
