#pragma once

#include <QString>

namespace hexclave::emulator {

class DataStore;
class Router;
struct HttpResponse;

// The CLI login flow (POST /auth/cli, /poll, /complete) and the dashboard's confirm page
// (/handler/cli-auth-confirm), where the built-in dashboard account presses "Authorize".
class CliAuthRoutes
{
public:
    CliAuthRoutes(DataStore &store, bool autoConfirm);
    void registerRoutes(Router &router);

private:
    HttpResponse confirmPage(const QString &loginCode) const;
    static HttpResponse page(int status, const QString &title, const QString &content);

    DataStore &m_store;
    bool m_autoConfirm;
};

} // namespace hexclave::emulator
