#pragma once

#include "dto/ProjectConfig.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hexclave::api {

// One thing wrong with a configuration, found before anything is sent or saved.
struct ConfigProblem
{
    enum class Severity {
        Error,   // the server would refuse it (wrong type, unknown key, value not allowed, bad id)
        Warning, // accepted, but probably not meant (an app id this client does not know, …)
    };

    QString path;    // dotted path of the value, e.g. "auth.oauth.providers.github.type"
    QString message; // a sentence for a person, naming what is allowed
    Severity severity = Severity::Error;

    friend bool operator==(const ConfigProblem &, const ConfigProblem &) = default;
};

// The configuration schema of Hexclave projects (seed 001 and the server's schema): which paths
// exist at which level, their types, allowed values, id rules and defaults.
namespace configschema {

// Every problem of `tree` (read nested) as an override at `level`: types, enum values, id rules
// (user-specified ids: letters, digits, '_' and '-', not starting with '-', at most 63
// characters; permission and OAuth provider ids lowercase `[a-z0-9_:]`), unknown keys, and keys
// that belong to another level (OAuth client secrets, trusted domains, the email server and
// payments.testMode are environment settings and cannot go into a branch override or a
// hexclave.config.ts file). null is allowed anywhere (it unsets the value). Ordered by path.
QList<ConfigProblem> validate(const ConfigTree &tree, ConfigLevel level);
// Only the errors of validate().
bool isValid(const ConfigTree &tree, ConfigLevel level);

// The server's defaults: what the rendered configuration holds where no level sets a value.
ConfigTree defaults();
// `override` applied over the defaults, as the server renders one level on its own (for an
// offline file: what the project would get from it).
ConfigTree renderedOver(const ConfigTree &override);

// Whether `path` (or the section it lies in) may only be set at the environment level.
bool isEnvironmentOnly(const QString &path);
// Whether `path` holds a secret (shown masked, never logged): OAuth client secrets, the email
// server's password, Apple private keys, database connection strings.
bool isSecret(const QString &path);

// The ids of the apps a project can install, in the dashboard's order.
QStringList knownAppIds();
// The OAuth provider types the server accepts (auth.oauth.providers.<id>.type).
QStringList oauthProviderTypes();

// A problem with `id` as a user-specified id (product, trusted domain, sign-up rule, …), or an
// empty string when it is fine. `what` names the id in the message ("Trusted domain id").
QString idProblem(const QString &id, const QString &what);

} // namespace configschema

} // namespace hexclave::api
