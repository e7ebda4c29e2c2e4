#include "CredentialKind.h"

#include <QCoreApplication>

namespace hexclave::api {

namespace {

struct KindInfo
{
    CredentialKind kind;
    const char *id;         // in settings
    const char *secretKind; // in keychain keys
    const char *name;       // for people
};

constexpr KindInfo kinds[] = {
    {CredentialKind::DashboardAccount, "dashboard", "refresh-token", QT_TRANSLATE_NOOP("hexclave::api::CredentialKind", "Dashboard account")},
    {CredentialKind::AdminKey, "admin-key", "admin-key", QT_TRANSLATE_NOOP("hexclave::api::CredentialKind", "Admin key")},
    {CredentialKind::ServerKey, "server-key", "server-key", QT_TRANSLATE_NOOP("hexclave::api::CredentialKind", "Server key")},
};

const KindInfo &info(CredentialKind kind)
{
    for (const KindInfo &entry : kinds) {
        if (entry.kind == kind)
            return entry;
    }
    return kinds[0];
}

} // namespace

QString credentialKindName(CredentialKind kind)
{
    return QCoreApplication::translate("hexclave::api::CredentialKind", info(kind).name);
}

QString credentialKindId(CredentialKind kind)
{
    return QString::fromLatin1(info(kind).id);
}

QString credentialSecretKind(CredentialKind kind)
{
    return QString::fromLatin1(info(kind).secretKind);
}

bool credentialKindFromId(const QString &id, CredentialKind *kind)
{
    for (const KindInfo &entry : kinds) {
        if (id == QLatin1StringView(entry.id)) {
            *kind = entry.kind;
            return true;
        }
    }
    return false;
}

} // namespace hexclave::api
