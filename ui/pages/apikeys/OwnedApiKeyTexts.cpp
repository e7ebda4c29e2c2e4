#include "OwnedApiKeyTexts.h"

#include <QCoreApplication>

namespace hexclave::ui {

bool isOwnedApiKeysDisabled(const api::ApiError &error)
{
    return error.kind == api::ApiError::Kind::Http && error.httpStatus == 400 && error.code.isEmpty()
        && error.message.contains(u"API keys are not enabled", Qt::CaseInsensitive);
}

QString ownedApiKeysDisabledText(api::ApiKeyOwnerKind kind)
{
    return kind == api::ApiKeyOwnerKind::Team
        ? QCoreApplication::translate("hexclave::ui::OwnedApiKeysView",
                                      "Team API keys are turned off for this project. Turn them on in the API Keys "
                                      "page (the setting for team API keys), then reload.")
        : QCoreApplication::translate("hexclave::ui::OwnedApiKeysView",
                                      "User API keys are turned off for this project. Turn them on in the API Keys "
                                      "page (the setting for user API keys), then reload.");
}

api::ApiError explainedOwnedApiKeyError(const api::ApiError &error, api::ApiKeyOwnerKind kind)
{
    if (!isOwnedApiKeysDisabled(error))
        return error;
    api::ApiError explained = error;
    explained.message = ownedApiKeysDisabledText(kind);
    return explained;
}

} // namespace hexclave::ui
