#pragma once

#include "AuthContext.h"
#include "HttpResponse.h"
#include "RequestAuthenticator.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace hexclave::emulator {

class DataStore;
struct HttpRequest;
struct RequestContext;

// Maps method + path to a handler: checks authentication and the route's allowed access types,
// parses the JSON body, and answers 404 (fixture 46) for anything it does not know.
class Router
{
public:
    using Handler = std::function<HttpResponse(RequestContext &)>;
    static constexpr quint8 kClient = quint8(AccessType::Client);
    static constexpr quint8 kServer = quint8(AccessType::Server);
    static constexpr quint8 kAdmin = quint8(AccessType::Admin);
    static constexpr quint8 kAny = kClient | kServer | kAdmin;

    Router(DataStore &store, TokenIssuer &tokens);

    // `pattern` is below /api/v1, with {name} for a path parameter, e.g. "/users/{user_id}".
    // allowedAccess 0: no authentication needed. Earlier routes win, so add literals first.
    void add(const QByteArray &method, const QString &pattern, quint8 allowedAccess, Handler handler);
    // A page outside the API (the dashboard's CLI confirm page), matched on the full path.
    void addPage(const QByteArray &method, const QString &path, Handler handler);

    // Holds the store lock for the whole request, so handlers see and leave consistent data.
    // Never throws: an exception from a handler becomes internalError() (the emulator's thread
    // must survive a bug in one route).
    HttpResponse handle(const HttpRequest &request);

    // Runs before every request, outside the store lock (the emulator makes sure its demo data
    // is complete). Empty: nothing.
    void setBeforeEachRequest(std::function<void()> hook) { m_beforeEachRequest = std::move(hook); }

    static QString apiPathOf(const QString &path); // below /api/v1, or the path itself outside it
    static HttpResponse notFound(const HttpRequest &request);
    // 500 text/plain, worded like a development build of the server (fixture 45).
    static HttpResponse internalError(const QString &what);

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        quint8 allowedAccess = 0;
        bool page = false;
        Handler handler;
    };

    HttpResponse dispatch(const HttpRequest &request);
    static bool match(const Route &route, const QStringList &segments, QHash<QString, QString> &params);
    static std::optional<HttpResponse> parseBody(const HttpRequest &request, RequestContext &context);

    DataStore &m_store;
    RequestAuthenticator m_authenticator;
    std::vector<Route> m_routes;
    std::function<void()> m_beforeEachRequest;
};

} // namespace hexclave::emulator
