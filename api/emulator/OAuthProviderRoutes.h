#pragma once

#include "HttpResponse.h"
#include "UserRecord.h"
#include "Uuid.h"

#include <QStringList>

#include <optional>

namespace hexclave::emulator {

class Router;
struct ProjectRecord;
struct RequestContext;

// The OAuth accounts linked to users (oauth-providers/crud.tsx): GET|POST /oauth-providers and
// GET|PATCH|DELETE /oauth-providers/{user_id}/{provider_id}. They are the user object's
// oauth_providers, so both always agree.
class OAuthProviderRoutes
{
public:
    void registerRoutes(Router &router);

private:
    struct Target
    {
        quint32 user = 0;
        Uuid userId;
        std::size_t account = 0; // index into the user's oauthAccounts
    };

    static HttpResponse list(RequestContext &context);
    static HttpResponse create(RequestContext &context);
    static HttpResponse read(RequestContext &context);
    static HttpResponse update(RequestContext &context);
    static HttpResponse remove(RequestContext &context);
    // The server's checkInputValidity: one sign-in link per provider and user, one link per
    // provider and account id and user, and an account signs in to one user only.
    static std::optional<HttpResponse> checkLink(const ProjectRecord &project, quint32 user, const OAuthAccount &link,
                                                 bool accountIdGiven, bool enablingSignIn);
    // The user and linked account the path names, or the answer that refuses them.
    static std::optional<HttpResponse> resolveTarget(RequestContext &context, Target &target, const QString &clientRefusal,
                                                     QStringList bodyProblems = {});
};

} // namespace hexclave::emulator
