#pragma once

// Private to api/config: how JavaScript (and so the CLI's JSON.stringify) prints numbers and orders
// object keys, shared by ConfigFileParser and ConfigFileWriter.

#include "dto/JsonSupport.h"

#include <QString>

#include <optional>

namespace hexclave::api::configfile::detail {

// A number as JavaScript's Number.prototype.toString writes it (JSON.stringify and numeric keys).
QString jsNumber(double value);
// The JSON value JavaScript's number holds: an integer when it is one within 2^53, null for ±Infinity.
json::Json numberJson(double value);
// Whether `key` is an array index, which JavaScript objects list first, in ascending order.
std::optional<quint32> arrayIndex(const QString &key);
// Puts array-index keys first, ascending, in every object of `root`, as JavaScript lists them.
void orderKeysLikeJavaScript(json::Json &root);

} // namespace hexclave::api::configfile::detail
