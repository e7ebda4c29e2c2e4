#pragma once

#include <QString>

namespace hexclave::api {

// The three ways to authenticate (admin-api.md §1).
enum class CredentialKind {
    DashboardAccount, // a user of the internal project who owns projects: admin access via their token
    AdminKey,         // project id + super secret admin key (sak_…)
    ServerKey,        // project id + secret server key (ssk_…)
};

QString credentialKindName(CredentialKind kind);   // for people: "Dashboard account", …
QString credentialKindId(CredentialKind kind);     // stable id for settings: "dashboard", …
QString credentialSecretKind(CredentialKind kind); // in keychain keys: "refresh-token", "admin-key", …
bool credentialKindFromId(const QString &id, CredentialKind *kind);

} // namespace hexclave::api
