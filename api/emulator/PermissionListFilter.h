#pragma once

#include "HttpResponse.h"
#include "Uuid.h"

#include <optional>
#include <string>

namespace hexclave::emulator {

class InputValidator;
class RequestContext;

// The filters both permission-grant lists take (GET /project-permissions and /team-permissions):
// user_id ("me" or a UUID), permission_id and recursive. Client access may list its own user's
// grants only.
struct PermissionListFilter
{
    std::optional<Uuid> userId;
    std::optional<std::string> permissionId;
    bool recursive = false;

    bool admits(const std::string &id) const { return !permissionId || id == *permissionId; }

    // Reads the filters after a route's own keys (so problems keep the server's order) and
    // checks the whole query; the answer to send instead when it is refused.
    static std::optional<HttpResponse> read(RequestContext &context, InputValidator &input, PermissionListFilter &filter);
};

} // namespace hexclave::emulator
