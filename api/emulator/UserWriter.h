#pragma once

#include "HttpResponse.h"

namespace hexclave::emulator {

class DataStore;
class Router;
struct RequestContext;

// POST /users and PATCH /users/{id}: the server's validation and update rules (users/crud.tsx).
// Every check runs before the first change, so a refused request changes nothing.
class UserWriter
{
public:
    explicit UserWriter(DataStore &store);
    void registerRoutes(Router &router);

private:
    HttpResponse create(RequestContext &context);
    HttpResponse update(RequestContext &context);

    DataStore &m_store;
};

} // namespace hexclave::emulator
