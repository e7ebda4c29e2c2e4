#pragma once

#include "core/ApiError.h"
#include "dto/ApiKey.h"

#include <QString>

namespace hexclave::ui {

// Sentences about user and team API keys that the view and its dialogs share.

// The project has this kind of key turned off: the server answers a plain 400 ("User API keys
// are not enabled for this project.") to every route of that kind.
bool isOwnedApiKeysDisabled(const api::ApiError &error);
// What to say then, and where to turn them on.
QString ownedApiKeysDisabledText(api::ApiKeyOwnerKind kind);
// The error as it is shown: the explanation above for that refusal, else unchanged.
api::ApiError explainedOwnedApiKeyError(const api::ApiError &error, api::ApiKeyOwnerKind kind);

} // namespace hexclave::ui
