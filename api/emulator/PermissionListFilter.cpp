#include "PermissionListFilter.h"

#include "InputValidator.h"
#include "PermissionCatalog.h"
#include "RequestContext.h"

using namespace Qt::StringLiterals;

namespace hexclave::emulator {

std::optional<HttpResponse> PermissionListFilter::read(RequestContext &context, InputValidator &input,
                                                       PermissionListFilter &filter)
{
    const auto userIdText = input.string("user_id");
    if (userIdText.hasValue() && !RequestContext::isUserIdOrMe(QString::fromStdString(userIdText.value)))
        input.addProblem(u"query.user_id must be a valid UUID"_s);
    const auto permissionId = input.string("permission_id");
    if (permissionId.hasValue()) {
        if (const auto problem = PermissionCatalog::idProblem(permissionId.value))
            input.addProblem(*problem);
    }
    const auto recursive = input.oneOf("recursive", {"true", "false"});
    if (!input.ok())
        return context.schemaError(input.problems());

    if (permissionId.hasValue())
        filter.permissionId = permissionId.value;
    filter.recursive = recursive.hasValue() && recursive.value == "true";
    const auto meOrUuid = userIdText.hasValue() ? std::optional(QString::fromStdString(userIdText.value)) : std::nullopt;
    return context.resolveListedUser(
        meOrUuid, filter.userId,
        u"Client can only list permissions for their own user. user_id must be either \"me\" or the ID of the current user"_s);
}

} // namespace hexclave::emulator
