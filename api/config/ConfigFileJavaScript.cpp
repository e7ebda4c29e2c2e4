#include "ConfigFileJavaScript.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <vector>

namespace hexclave::api::configfile::detail {

using json::Json;

QString jsNumber(double value)
{
    if (value == 0)
        return QStringLiteral("0");
    if (!std::isfinite(value))
        return QStringLiteral("null");
    const QString shortest = QString::number(std::abs(value), 'e', QLocale::FloatingPointShortest);
    const qsizetype e = shortest.indexOf(u'e');
    QString digits = shortest.left(e);
    digits.remove(u'.');
    while (digits.size() > 1 && digits.endsWith(u'0'))
        digits.chop(1);
    const int exponent = shortest.mid(e + 1).toInt();
    const qsizetype k = digits.size();
    const qsizetype n = exponent + 1;
    QString text;
    if (k <= n && n <= 21) {
        text = digits + QString(n - k, u'0');
    } else if (0 < n && n <= 21) {
        text = digits.left(n) + u'.' + digits.mid(n);
    } else if (-6 < n && n <= 0) {
        text = QStringLiteral("0.") + QString(-n, u'0') + digits;
    } else {
        const QString sign = exponent < 0 ? QStringLiteral("-") : QStringLiteral("+");
        const QString mantissa = k == 1 ? digits : digits.left(1) + u'.' + digits.mid(1);
        text = mantissa + u'e' + sign + QString::number(std::abs(exponent));
    }
    return value < 0 ? u'-' + text : text;
}

Json numberJson(double value)
{
    if (!std::isfinite(value))
        return Json(nullptr); // JSON.stringify writes null for Infinity
    constexpr double kSafe = 9007199254740992.0; // 2^53
    if (std::trunc(value) == value && std::abs(value) <= kSafe)
        return Json(static_cast<std::int64_t>(value));
    return Json(value);
}

std::optional<quint32> arrayIndex(const QString &key)
{
    if (key.isEmpty() || key.size() > 10 || (key.size() > 1 && key.startsWith(u'0')))
        return std::nullopt;
    bool ok = false;
    const qulonglong index = key.toULongLong(&ok);
    if (!ok || index >= 0xFFFFFFFFull || QString::number(index) != key)
        return std::nullopt;
    return quint32(index);
}

// JavaScript objects list array-index keys first, ascending, whatever the order they were set
// in; JSON.stringify (and so the CLI) writes them that way. Iterative: any depth is fine.
void orderKeysLikeJavaScript(Json &root)
{
    std::vector<Json *> pending{&root};
    while (!pending.empty()) {
        Json *node = pending.back();
        pending.pop_back();
        if (node->is_object()) {
            std::vector<std::pair<quint32, std::string>> indexes;
            for (const auto &[key, ignored] : node->items()) {
                if (const auto index = arrayIndex(QString::fromStdString(key)))
                    indexes.emplace_back(*index, key);
            }
            if (!indexes.empty()) {
                std::sort(indexes.begin(), indexes.end());
                Json ordered = Json::object();
                for (const auto &[index, key] : indexes)
                    ordered[key] = std::move((*node)[key]);
                for (auto &[key, value] : node->items()) {
                    if (!ordered.contains(key))
                        ordered[key] = std::move(value);
                }
                *node = std::move(ordered);
            }
        }
        if (node->is_structured()) {
            for (Json &child : *node)
                pending.push_back(&child);
        }
    }
}

} // namespace hexclave::api::configfile::detail
