#pragma once

#include "HttpResponse.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace hexclave::emulator {

class DataStore;
class Router;
struct RequestContext;

// GET /users (paged), GET /users/{id}, GET /users/me, DELETE /users/{id};
// creation and updates are in UserWriter.
class UserRoutes
{
public:
    explicit UserRoutes(DataStore &store);
    void registerRoutes(Router &router);

    // The user a {user_id} parameter names ("me" or a UUID), or the answer that refuses it.
    static std::optional<HttpResponse> resolveUser(RequestContext &context, std::optional<quint32> &userIndex,
                                                   QStringList extraProblems = {});

private:
    HttpResponse list(RequestContext &context) const;
    HttpResponse remove(RequestContext &context);

    DataStore &m_store;
};

} // namespace hexclave::emulator
