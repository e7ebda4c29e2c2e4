#pragma once

#include "dto/ProjectConfig.h"

#include <QString>
#include <utility>

namespace hexclave::models {

// What a secret configuration value (api::configschema::isSecret) shows instead of itself.
QString maskedSecretText();

// `compactJson` (the value at `path`) as it may be shown: the mask for a secret that holds
// something, the text itself otherwise (and for null or an absent value).
QString shownValueText(const QString &path, const QString &compactJson);

// `tree` with every secret leaf replaced by the mask (as a JSON string).
api::ConfigTree withSecretsMasked(const api::ConfigTree &tree);

// Both trees masked for a side-by-side diff. A secret that differs between them gets a
// different mask on the `after` side, so that the change still shows without its value.
std::pair<api::ConfigTree, api::ConfigTree> withSecretsMasked(const api::ConfigTree &before,
                                                             const api::ConfigTree &after);

} // namespace hexclave::models
