#include "Connection.h"

#include "credentials/CredentialStore.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUuid>

#include <algorithm>

namespace hexclave::api {

namespace {

// Hosts on this machine or the local network, where plain http is a reasonable choice.
bool isLocalHost(const QString &host)
{
    if (host == u"localhost" || host.endsWith(u".localhost") || host.endsWith(u".local"))
        return true;
    const QHostAddress address(host);
    if (address.isNull())
        return false;
    if (address.isLoopback() || address.isLinkLocal())
        return true;
    static const QList<QPair<QHostAddress, int>> privateRanges = {
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("fc00::/7")),
    };
    return std::any_of(privateRanges.cbegin(), privateRanges.cend(),
                       [&address](const QPair<QHostAddress, int> &range) { return address.isInSubnet(range); });
}

QUrl parseHttpUrl(const QString &typed, QString *error)
{
    QString text = typed.trimmed();
    if (text.isEmpty()) {
        *error = QCoreApplication::translate("hexclave::api::Connection", "Enter the server's address.");
        return {};
    }
    if (!text.contains(QStringLiteral("://")))
        text.prepend(QStringLiteral("https://"));
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = QCoreApplication::translate("hexclave::api::Connection", "\"%1\" is not a valid address. Use a form like https://auth.example.com/api/v1.").arg(typed.trimmed());
        return {};
    }
    if (url.scheme() != u"https" && url.scheme() != u"http") {
        *error = QCoreApplication::translate("hexclave::api::Connection", "The address must start with https:// (or http:// for a local server).");
        return {};
    }
    if (url.scheme() == u"http" && !isLocalHost(url.host())) {
        *error = QCoreApplication::translate("hexclave::api::Connection",
                                             "Use https:// for %1: over plain http your keys and sessions would travel "
                                             "unencrypted. (http:// is accepted for servers on this machine or your local network.)")
                     .arg(url.host());
        return {};
    }
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace

bool Connection::isCloud() const
{
    return apiRoot.host() == cloudApiRoot.host();
}

QString Connection::serverLabel() const
{
    const int port = apiRoot.port();
    QString label = port > 0 ? QStringLiteral("%1:%2").arg(apiRoot.host()).arg(port) : apiRoot.host();
    // Two servers under one host differ by their path: keep it, minus the usual /api/v1.
    QString path = apiRoot.path();
    if (path.endsWith(QStringLiteral("/api/v1")))
        path.chop(7);
    return label + path;
}

QString Connection::accountLabel() const
{
    return kind == CredentialKind::DashboardAccount ? accountEmail : projectId;
}

QString Connection::secretKind() const
{
    return credentialSecretKind(kind);
}

QString Connection::keychainKey() const
{
    return CredentialStore::keyFor(serverLabel(), accountLabel(), secretKind());
}

QString Connection::keychainPrefix() const
{
    return CredentialStore::keyFor(serverLabel(), accountLabel(), QString());
}

QString Connection::accessTokenKeychainKey() const
{
    return CredentialStore::keyFor(serverLabel(), accountLabel(), QStringLiteral("access-token"));
}

QString Connection::describe() const
{
    return QCoreApplication::translate("hexclave::api::Connection", "%1 on %2 (%3)").arg(accountLabel(), serverLabel(), credentialKindName(kind));
}

Connection Connection::cloud()
{
    Connection connection;
    connection.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    connection.name = QCoreApplication::translate("hexclave::api::Connection", "Hexclave cloud");
    return connection;
}

Connection Connection::selfHosted(const QUrl &apiRoot)
{
    Connection connection;
    connection.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    connection.apiRoot = apiRoot;
    connection.name = apiRoot.host();
    connection.dashboardUrl = QUrl();
    connection.publishableClientKey.clear();
    return connection;
}

QUrl normalizeApiRoot(const QString &typed, QString *error)
{
    QUrl url = normalizeDashboardUrl(typed, error);
    if (!url.isEmpty() && !url.path().endsWith(QStringLiteral("/api/v1")))
        url.setPath(url.path() + QStringLiteral("/api/v1"));
    return url;
}

QUrl normalizeDashboardUrl(const QString &typed, QString *error)
{
    QUrl url = parseHttpUrl(typed, error);
    if (url.isEmpty())
        return {};
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

} // namespace hexclave::api
