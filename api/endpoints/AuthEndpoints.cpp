#include "AuthEndpoints.h"

#include "dto/JsonSupport.h"

#include <QUrl>

namespace hexclave::api::auth {

namespace {

ApiRequest clientPost(const QString &path, const nlohmann::ordered_json &body)
{
    ApiRequest request = ApiRequest::post(path, ProjectScope::internal(), json::compact(body));
    request.tokens = ApiRequest::Tokens::None;
    return request;
}

} // namespace

Call<SignInTokens> passwordSignIn(const QString &email, const QString &password)
{
    return {clientPost(QStringLiteral("/auth/password/sign-in"),
                       {{"email", json::toStd(email)}, {"password", json::toStd(password)}})};
}

Call<CliAuthSession> startCliAuth(qint64 expiresInMillis)
{
    nlohmann::ordered_json body = nlohmann::ordered_json::object();
    if (expiresInMillis > 0)
        body["expires_in_millis"] = expiresInMillis;
    return {clientPost(QStringLiteral("/auth/cli"), body)};
}

Call<CliAuthPoll> pollCliAuth(const QString &pollingCode)
{
    return {clientPost(QStringLiteral("/auth/cli/poll"), {{"polling_code", json::toStd(pollingCode)}})};
}

Call<NoContent> signOut()
{
    return {ApiRequest::del(QStringLiteral("/auth/sessions/current"), ProjectScope::internal())};
}

QUrl cliAuthConfirmUrl(const QUrl &dashboardUrl, const QString &loginCode)
{
    QUrl url = dashboardUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/handler/cli-auth-confirm"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("login_code"), urlComponent(loginCode));
    url.setQuery(query);
    return url;
}

} // namespace hexclave::api::auth
