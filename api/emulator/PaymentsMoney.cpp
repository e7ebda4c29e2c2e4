#include "PaymentsMoney.h"


using namespace Qt::StringLiterals;

namespace hexclave::emulator {

namespace {

bool allDigits(std::string_view text)
{
    if (text.empty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// <digits>[.<digits>] split at the dot; false when the text has another form.
bool splitAmount(std::string_view amount, std::string_view &whole, std::string_view &fraction, bool &hasDot)
{
    const auto dot = amount.find('.');
    hasDot = dot != std::string_view::npos;
    whole = amount.substr(0, dot);
    fraction = hasDot ? amount.substr(dot + 1) : std::string_view();
    return allDigits(whole) && (!hasDot || allDigits(fraction));
}

} // namespace

int PaymentsMoney::decimalsOf(std::string_view currency)
{
    return currency == "JPY" ? 0 : 2;
}

std::optional<qint64> PaymentsMoney::minorUnits(std::string_view amount, int decimals)
{
    std::string_view whole;
    std::string_view fraction;
    bool hasDot = false;
    if (!splitAmount(amount, whole, fraction, hasDot) || fraction.size() > std::size_t(decimals) || whole.size() > 15)
        return std::nullopt;
    qint64 units = 0;
    for (const char c : whole)
        units = units * 10 + (c - '0');
    for (int i = 0; i < decimals; ++i)
        units = units * 10 + (std::size_t(i) < fraction.size() ? fraction[std::size_t(i)] - '0' : 0);
    return units;
}

std::string PaymentsMoney::fromMinorUnits(qint64 units, int decimals)
{
    const bool negative = units < 0;
    std::string digits = std::to_string(negative ? -units : units);
    if (decimals > 0 && digits.size() <= std::size_t(decimals))
        digits.insert(0, std::size_t(decimals) + 1 - digits.size(), '0');
    std::string whole = digits.substr(0, digits.size() - std::size_t(decimals));
    std::string fraction = digits.substr(digits.size() - std::size_t(decimals));
    while (!fraction.empty() && fraction.back() == '0')
        fraction.pop_back();
    std::string result = fraction.empty() ? whole : whole + '.' + fraction;
    if (negative && result != "0")
        result.insert(0, 1, '-');
    return result;
}

std::string PaymentsMoney::multiply(std::string_view amount, qint64 quantity, std::string_view currency)
{
    const int decimals = decimalsOf(currency);
    const auto units = minorUnits(amount, decimals);
    if (!units)
        return {};
    return fromMinorUnits(*units * quantity, decimals);
}

QStringList PaymentsMoney::problems(std::string_view amount, std::string_view currency)
{
    std::string_view whole;
    std::string_view fraction;
    bool hasDot = false;
    if (!splitAmount(amount, whole, fraction, hasDot))
        return {u"Money amount must be in the format of <number> or <number>.<number>"_s};
    QStringList problems;
    const int decimals = decimalsOf(currency);
    if (fraction.size() > std::size_t(decimals)) {
        const QString code = QString::fromLatin1(currency.data(), qsizetype(currency.size()));
        if (decimals == 0)
            problems.append(u"Too many decimals; "_s + code + u" does not allow decimals"_s);
        else
            problems.append(u"Too many decimals; "_s + code + u" only has "_s + QString::number(decimals) + u" decimals"_s);
    }
    if (whole.size() > 1 && whole.front() == '0')
        problems.append(u"Money amount must not have leading zeros"_s);
    return problems;
}

} // namespace hexclave::emulator
