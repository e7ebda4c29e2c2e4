#pragma once

#include "AuthContext.h"
#include "HttpResponse.h"

#include <variant>

namespace hexclave::emulator {

class DataStore;
class TokenIssuer;
struct HttpRequest;

// Turns the X-Stack-* (or X-Hexclave-*) headers into an AuthContext, or into the known error the
// server answers, checking in the server's order: access type, project id, access token,
// project, branch, then admin access token or the key of the access type. A key counts when a
// set of the project holds it that is neither revoked nor expired (ApiKeyStore), like the server's
// checkApiKeySet; any other key gets the same INVALID_*_KEY answer as an unknown one.
class RequestAuthenticator
{
public:
    RequestAuthenticator(DataStore &store, TokenIssuer &tokens);

    std::variant<AuthContext, HttpResponse> authenticate(const HttpRequest &request) const;

private:
    std::optional<HttpResponse> checkAdminAccessToken(const QByteArray &token, const ProjectRecord &project) const;
    static std::optional<HttpResponse> checkKey(const HttpRequest &request, AccessType type, const ProjectRecord &project);

    DataStore &m_store;
    TokenIssuer &m_tokens;
};

} // namespace hexclave::emulator
