#include "ConfigSchema.h"
#include "ConfigSchemaTree.h"

#include "dto/JsonSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <memory>
#include <vector>

// The schema follows the newest Hexclave server (config-facts.md §2, seed 001, payments-facts.md
// §6). Where server versions differ, what one of them accepts is at most a Warning here: this
// check must never stop a change a real server would take.

namespace hexclave::api::configschema {

namespace {

using json::Json;

// Messages for people, translated in the context "hexclave::api::ConfigSchema".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hexclave::api::ConfigSchema)
};
using namespace Qt::StringLiterals;
using namespace detail;

QString shortJson(const Json &value)
{
    QString text = QString::fromStdString(value.dump(-1, ' ', false, Json::error_handler_t::replace));
    if (text.size() > 40)
        text = text.left(37) + QStringLiteral("…");
    return text;
}

QString join(const QStringList &values)
{
    return values.join(QStringLiteral(", "));
}

bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

QString idProblemFor(IdRule rule, const QString &id, const QString &what, ConfigLevel level)
{
    switch (rule) {
    case IdRule::Any:
    case IdRule::AppId:
        return {};
    case IdRule::UserSpecified:
        return idProblem(id, what);
    case IdRule::Uuid:
        return isUuid(id)
            ? QString()
            : Text::tr("%1 \"%2\" is not a UUID; ids here look like 1df07ae6-abf3-4a40-83a5-a1a2cbe336ac.")
                  .arg(what, id);
    case IdRule::Permission: {
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_:]+$"));
        return pattern.match(id).hasMatch()
            ? QString()
            : Text::tr("%1 \"%2\" can contain only lowercase letters, numbers, underscores (_) and colons (:).")
                  .arg(what, id);
    }
    case IdRule::PermissionReference: {
        static const QRegularExpression pattern(QStringLiteral("^\\$?[a-z0-9_:]+$"));
        return pattern.match(id).hasMatch()
            ? QString()
            : Text::tr("%1 \"%2\" can contain only lowercase letters, numbers, underscores (_) and colons (:), "
                       "after an optional $ for system permissions.")
                  .arg(what, id);
    }
    case IdRule::OAuthProvider:
        if (level == ConfigLevel::Environment) {
            static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_-]+$"));
            return pattern.match(id).hasMatch()
                ? QString()
                : Text::tr("%1 \"%2\" can contain only lowercase letters, numbers, underscores (_) and hyphens (-).")
                      .arg(what, id);
        } else {
            static const QRegularExpression pattern(QStringLiteral("^\\$?[a-z0-9_:]+$"));
            return pattern.match(id).hasMatch()
                ? QString()
                : Text::tr("%1 \"%2\" can contain only lowercase letters, numbers, underscores (_) and colons (:).")
                      .arg(what, id);
        }
    }
    return {};
}

class Validator
{
public:
    Validator(ConfigLevel level, QList<ConfigProblem> &problems)
        : m_level(level)
        , m_problems(problems)
    {
    }

    void validate(const Node &node, const Json &value, const QString &path, Scope scope);
    void validateRoot(const Json &root);

private:
    void error(const QString &path, const QString &message)
    {
        m_problems.append({path, message, ConfigProblem::Severity::Error});
    }
    void warning(const QString &path, const QString &message)
    {
        m_problems.append({path, message, ConfigProblem::Severity::Warning});
    }
    bool levelAllows(const QString &path, Scope scope, Scope parentScope);
    void crossCheckProducts(const Json &root);
    void validateInterval(const Json &value, const QString &path);
    void validateTrueSet(const Node &node, const Json &value, const QString &path);

    ConfigLevel m_level;
    QList<ConfigProblem> &m_problems;
};

QString childPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

// Whether the walk goes on below `path` at this level; reports the level problem where the
// scope changes.
bool Validator::levelAllows(const QString &path, Scope scope, Scope parentScope)
{
    if (scope == parentScope)
        return true;
    switch (scope) {
    case Scope::Project:
        if (m_level != ConfigLevel::Project) {
            error(path, Text::tr("\"%1\" can only be set at the project level.").arg(path));
            return false;
        }
        return true;
    case Scope::Environment:
        if (m_level == ConfigLevel::Branch) {
            error(path,
                  Text::tr("\"%1\" is an environment setting: it can only be set at the environment level, not in the "
                           "branch configuration or a hexclave.config.ts file.")
                      .arg(path));
            return false;
        }
        return true;
    case Scope::EnvironmentOlderBranch:
        if (m_level == ConfigLevel::Branch)
            warning(path,
                    Text::tr("\"%1\" is an environment setting on current servers, which refuse it in the branch "
                             "configuration; only older servers accept it here. Set it at the environment level.")
                        .arg(path));
        return true;
    case Scope::EnvironmentDroppedAtBranch:
        if (m_level == ConfigLevel::Branch) {
            warning(path,
                    Text::tr("\"%1\" is an environment setting: current servers ignore it in the branch configuration. "
                             "Set it at the environment level.")
                        .arg(path));
            return false;
        }
        return true;
    case Scope::Inherit:
    case Scope::Branch:
        break;
    }
    return true;
}

void Validator::validateRoot(const Json &root)
{
    const Node &schema = m_level == ConfigLevel::Project ? *projectRoot() : *branchRoot();
    for (const auto &[rawKey, value] : root.items()) {
        const QString key = QString::fromStdString(rawKey);
        const Node *node = fieldOf(schema, key);
        if (!node) {
            if (m_level == ConfigLevel::Project && fieldOf(*branchRoot(), key)) {
                error(key,
                      Text::tr("\"%1\" cannot be set at the project level; set it at the branch or environment level.")
                          .arg(key));
            } else {
                QStringList known;
                for (const Field &field : schema.fields) {
                    if (field.node->scope != Scope::Project || m_level == ConfigLevel::Project)
                        known.append(field.key);
                }
                error(key,
                      Text::tr("\"%1\" is not a known section of the configuration. Known sections: %2.")
                          .arg(key, join(known)));
            }
            continue;
        }
        if (value.is_null())
            continue;
        const Scope scope = m_level == ConfigLevel::Project ? Scope::Project : node->scope;
        if (m_level != ConfigLevel::Project
            && !levelAllows(key, scope == Scope::Inherit ? Scope::Branch : scope, Scope::Branch))
            continue;
        validate(*node, value, key, scope == Scope::Inherit ? Scope::Branch : scope);
    }
    crossCheckProducts(root);
}

// The newest server's checks between products and product lines. Warnings only: older servers
// did not check, and the line may be defined at another level.
void Validator::crossCheckProducts(const Json &root)
{
    const auto payments = root.find("payments");
    if (payments == root.end() || !payments->is_object())
        return;
    const auto lines = payments->find("productLines");
    const auto products = payments->find("products");
    if (lines == payments->end() || !lines->is_object() || products == payments->end() || !products->is_object())
        return;
    for (const auto &[rawId, product] : products->items()) {
        if (!product.is_object() || !product.contains("productLineId") || !product["productLineId"].is_string())
            continue;
        const QString id = QString::fromStdString(rawId);
        const QString lineId = json::toQString(product["productLineId"]);
        const QString path = u"payments.products."_s + id + u".productLineId"_s;
        const auto line = lines->find(json::toStd(lineId));
        if (line == lines->end() || !line->is_object()) {
            warning(path,
                    Text::tr("Product \"%1\" names the product line \"%2\", which this configuration does not define.")
                        .arg(id, lineId));
            continue;
        }
        const QString productType = product.contains("customerType") && product["customerType"].is_string()
            ? json::toQString(product["customerType"])
            : u"user"_s;
        if (line->contains("customerType") && (*line)["customerType"].is_string()
            && json::toQString((*line)["customerType"]) != productType)
            warning(
                path,
                Text::tr(
                    "Product \"%1\" has customer type \"%2\", but its product line \"%3\" has customer type \"%4\".")
                    .arg(id, productType, lineId, json::toQString((*line)["customerType"])));
    }
}

void Validator::validateInterval(const Json &value, const QString &path)
{
    static const QStringList units{QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month"),
                                   QStringLiteral("year")};
    const QString shape
        = Text::tr("\"%1\" must be an interval like [1, \"month\"]: a whole number and one of day, week, month, year.")
              .arg(path);
    if (!value.is_array() || value.size() != 2 || !value[0].is_number() || !value[1].is_string()) {
        error(path, shape);
        return;
    }
    const double count = value[0].get<double>();
    if (count < 0 || count != std::floor(count) || !units.contains(json::toQString(value[1]))) {
        error(path, shape);
        return;
    }
    if (count == 0)
        warning(path, Text::tr("\"%1\" is an interval of 0; current servers require at least 1.").arg(path));
}

void Validator::validateTrueSet(const Node &node, const Json &value, const QString &path)
{
    if (!value.is_object()) {
        error(path,
              Text::tr("\"%1\" must be an object listing ids with the value true, like { \"id\": true }.").arg(path));
        return;
    }
    for (const auto &[rawKey, entry] : value.items()) {
        const QString key = QString::fromStdString(rawKey);
        const QString entryPath = childPath(path, key);
        if (const QString problem = idProblemFor(node.idRule, key, node.idName, m_level); !problem.isEmpty())
            error(entryPath, problem);
        if (!entry.is_null() && !(entry.is_boolean() && entry.get<bool>()))
            error(entryPath, Text::tr("\"%1\" must be true; remove ids that should not be included.").arg(entryPath));
    }
}

void Validator::validate(const Node &node, const Json &value, const QString &path, Scope scope)
{
    if (value.is_null())
        return; // null unsets a value at any place
    switch (node.kind) {
    case Kind::Any:
        return;
    case Kind::Bool:
        if (!value.is_boolean())
            error(path, Text::tr("\"%1\" must be true or false, not %2.").arg(path, shortJson(value)));
        return;
    case Kind::String:
        if (!value.is_string())
            error(path, Text::tr("\"%1\" must be text in quotes, not %2.").arg(path, shortJson(value)));
        else if (node.maxLength > 0 && json::toQString(value).size() > node.maxLength)
            error(path,
                  Text::tr("\"%1\" is too long: at most %2 characters are allowed.").arg(path).arg(node.maxLength));
        return;
    case Kind::Number:
        if (!value.is_number())
            error(path, Text::tr("\"%1\" must be a number, not %2.").arg(path, shortJson(value)));
        return;
    case Kind::Count:
        if (!value.is_number() || value.get<double>() < 0 || value.get<double>() != std::floor(value.get<double>()))
            error(path, Text::tr("\"%1\" must be a whole number of 0 or more, not %2.").arg(path, shortJson(value)));
        return;
    case Kind::Enum:
        if (!value.is_string() || !node.values.contains(json::toQString(value)))
            error(path, Text::tr("\"%1\" must be one of %2, not %3.").arg(path, join(node.values), shortJson(value)));
        return;
    case Kind::Uuid:
        if (!value.is_string() || !isUuid(json::toQString(value)))
            error(path,
                  Text::tr("\"%1\" must be a UUID such as 1df07ae6-abf3-4a40-83a5-a1a2cbe336ac, not %2.")
                      .arg(path, shortJson(value)));
        return;
    case Kind::UuidOrFalse:
        if (!(value.is_boolean() && !value.get<bool>()) && !(value.is_string() && isUuid(json::toQString(value))))
            error(path,
                  Text::tr("\"%1\" must be the UUID of an email theme, or false for no theme, not %2.")
                      .arg(path, shortJson(value)));
        return;
    case Kind::Amount:
        if (!value.is_string()) {
            error(path,
                  Text::tr("\"%1\" must be an amount in quotes such as \"9.99\" (not a number of cents), not %2.")
                      .arg(path, shortJson(value)));
        } else {
            static const QRegularExpression amount(QStringLiteral("^[0-9]+(\\.[0-9]+)?$"));
            if (!amount.match(json::toQString(value)).hasMatch())
                warning(path, Text::tr("\"%1\" should be a decimal amount such as \"9.99\" or \"1000\".").arg(path));
        }
        return;
    case Kind::DayInterval:
        validateInterval(value, path);
        return;
    case Kind::Repeat:
        if (!(value.is_string() && value.get_ref<const std::string &>() == "never"))
            validateInterval(value, path);
        return;
    case Kind::TrueSet:
        validateTrueSet(node, value, path);
        return;
    case Kind::AddOnTo:
        if (!(value.is_boolean() && !value.get<bool>()))
            validateTrueSet(node, value, path);
        return;
    case Kind::Prices:
        if (value.is_string() && value.get_ref<const std::string &>() == "include-by-default") {
            warning(path,
                    Text::tr("\"include-by-default\" is no longer supported by current servers; use an explicit price "
                             "of 0 instead."));
            return;
        }
        [[fallthrough]];
    case Kind::Record: {
        if (!value.is_object()) {
            error(path,
                  Text::tr("\"%1\" must be an object with one entry per id ({ … }), not %2.")
                      .arg(path, shortJson(value)));
            return;
        }
        for (const auto &[rawKey, entry] : value.items()) {
            const QString key = QString::fromStdString(rawKey);
            const QString entryPath = childPath(path, key);
            if (node.idRule == IdRule::AppId && !knownAppIds().contains(key))
                warning(entryPath,
                        Text::tr("\"%1\" is not an app this version of Hexclave Admin knows. The server accepts it; "
                                 "check the spelling.")
                            .arg(key));
            if (const QString problem = idProblemFor(node.idRule, key, node.idName, m_level); !problem.isEmpty())
                error(entryPath, problem);
            validate(*node.element, entry, entryPath, scope);
        }
        return;
    }
    case Kind::Object: {
        if (!value.is_object()) {
            error(path, Text::tr("\"%1\" must be an object ({ … }), not %2.").arg(path, shortJson(value)));
            return;
        }
        for (const auto &[rawKey, entry] : value.items()) {
            const QString key = QString::fromStdString(rawKey);
            const QString entryPath = childPath(path, key);
            const Node *child = fieldOf(node, key);
            if (!child) {
                QStringList allowed;
                for (const Field &field : node.fields)
                    allowed.append(field.key);
                if (allowed.size() <= 12)
                    error(entryPath,
                          Text::tr("\"%1\" is not a known setting. Allowed in \"%2\": %3.")
                              .arg(key, path, join(allowed)));
                else
                    error(entryPath, Text::tr("\"%1\" is not a known setting in \"%2\".").arg(key, path));
                continue;
            }
            if (entry.is_null())
                continue;
            const Scope childScope = child->scope == Scope::Inherit ? scope : child->scope;
            if (!levelAllows(entryPath, childScope, scope))
                continue;
            validate(*child, entry, entryPath, childScope);
        }
        return;
    }
    }
}

Json defaultsJson()
{
    static const Json defaults = Json::parse(R"({
  "rbac": {"permissions": {}, "defaultPermissions": {"teamCreator": {}, "teamMember": {}, "signUp": {}}},
  "apiKeys": {"enabled": {"team": false, "user": false}},
  "apps": {"installed": {}},
  "teams": {"createPersonalTeamOnSignUp": false, "allowClientTeamCreation": false},
  "users": {"allowClientUserDeletion": false},
  "onboarding": {"requireEmailVerification": false},
  "domains": {"allowLocalhost": false, "trustedDomains": {}},
  "auth": {
    "allowSignUp": true,
    "password": {"allowSignIn": false},
    "otp": {"allowSignIn": false},
    "passkey": {"allowSignIn": false},
    "oauth": {"accountMergeStrategy": "link_method", "providers": {}},
    "signUpRules": {},
    "signUpRulesDefaultAction": "allow"
  },
  "emails": {
    "server": {"isShared": true, "provider": "smtp"},
    "selectedThemeId": "1df07ae6-abf3-4a40-83a5-a1a2cbe336ac",
    "themes": {},
    "templates": {}
  },
  "payments": {"blockNewPurchases": false, "testMode": true, "productLines": {}, "products": {}, "items": {}},
  "dbSync": {"externalDatabases": {}},
  "dataVault": {"stores": {}},
  "analytics": {"queryFolders": {}},
  "customDashboards": {},
  "sourceOfTruth": {"type": "hosted"},
  "project": {"requirePublishableClientKey": false}
})");
    return defaults;
}

// Merges `source` into `target`: objects key by key, everything else replaces; null keeps what
// is there (an unset value falls back to the default). Iterative: no recursion depth to worry about.
void mergeInto(Json &target, const Json &source)
{
    std::vector<std::pair<Json *, const Json *>> pending{{&target, &source}};
    while (!pending.empty()) {
        auto [into, from] = pending.back();
        pending.pop_back();
        for (const auto &[key, value] : from->items()) {
            if (value.is_null())
                continue;
            Json &slot = (*into)[key];
            if (value.is_object() && slot.is_object())
                pending.emplace_back(&slot, &value);
            else
                slot = value;
        }
    }
}

// Each entry of the record at `pointer` gets `entryDefaults` under its own values.
void applyEntryDefaults(Json &root, const char *pointer, const Json &entryDefaults, bool idAsDisplayName = false)
{
    const Json::json_pointer at(pointer);
    if (!root.contains(at) || !root.at(at).is_object())
        return;
    for (auto &[id, entry] : root.at(at).items()) {
        if (!entry.is_object())
            continue;
        Json filled = entryDefaults;
        if (idAsDisplayName)
            filled["displayName"] = id;
        mergeInto(filled, entry);
        entry = std::move(filled);
    }
}

} // namespace

QString idProblem(const QString &id, const QString &what)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_][a-zA-Z0-9_-]*$"));
    if (id.isEmpty())
        return Text::tr("%1 cannot be empty.").arg(what);
    if (id.size() > 63)
        return Text::tr("%1 \"%2\" is too long: at most 63 characters are allowed.").arg(what, id);
    if (!pattern.match(id).hasMatch())
        return Text::tr("%1 \"%2\" can contain only letters, numbers, underscores (_) and hyphens (-), and cannot "
                        "start with a hyphen.")
            .arg(what, id);
    if (id == u"__proto__" || id == u"constructor" || id == u"prototype")
        return Text::tr("%1 cannot be \"%2\": __proto__, constructor and prototype are reserved.").arg(what, id);
    return {};
}

QList<ConfigProblem> validate(const ConfigTree &tree, ConfigLevel level)
{
    QList<ConfigProblem> problems;
    const Json root = Json::parse(json::toStd(tree.nestedTree().toJsonText()));
    Validator(level, problems).validateRoot(root);
    std::stable_sort(problems.begin(), problems.end(),
                     [](const ConfigProblem &a, const ConfigProblem &b) { return a.path < b.path; });
    return problems;
}

bool isValid(const ConfigTree &tree, ConfigLevel level)
{
    const QList<ConfigProblem> problems = validate(tree, level);
    return std::none_of(problems.begin(), problems.end(), [](const ConfigProblem &problem) {
        return problem.severity == ConfigProblem::Severity::Error;
    });
}

ConfigTree defaults()
{
    return ConfigTree::fromJsonText(QString::fromStdString(defaultsJson().dump()));
}

ConfigTree renderedOver(const ConfigTree &override)
{
    Json rendered = defaultsJson();
    mergeInto(rendered, Json::parse(json::toStd(override.nestedTree().toJsonText())));

    // The server drops OAuth providers without a type when it renders.
    const Json::json_pointer providers("/auth/oauth/providers");
    if (rendered.contains(providers) && rendered.at(providers).is_object()) {
        Json &record = rendered.at(providers);
        for (auto it = record.begin(); it != record.end();) {
            if (it->is_object() && it->contains("type") && (*it)["type"].is_string())
                ++it;
            else
                it = record.erase(it);
        }
    }
    applyEntryDefaults(rendered, "/auth/oauth/providers",
                       Json::parse(R"({"isShared": true, "allowSignIn": false, "allowConnectedAccounts": false})"));
    applyEntryDefaults(rendered, "/domains/trustedDomains", Json::parse(R"({"handlerPath": "/handler"})"));
    applyEntryDefaults(rendered, "/auth/signUpRules",
                       Json::parse(R"({"enabled": false, "priority": 0, "action": {"type": "allow"}})"));
    applyEntryDefaults(rendered, "/rbac/permissions", Json::parse(R"({"containedPermissionIds": {}})"));
    applyEntryDefaults(rendered, "/dataVault/stores", Json::parse(R"({"displayName": "Unnamed Vault"})"));
    applyEntryDefaults(rendered, "/payments/items", Json::parse(R"({"customerType": "user"})"), true);
    applyEntryDefaults(
        rendered, "/payments/products",
        Json::parse(R"({"customerType": "user", "serverOnly": false, "isAddOnTo": false, "includedItems": {}})"), true);
    if (rendered.contains(Json::json_pointer("/payments/products")) && rendered["payments"]["products"].is_object()) {
        for (auto &[id, product] : rendered["payments"]["products"].items()) {
            (void)id;
            if (product.contains("prices") && product["prices"].is_object()) {
                for (auto &[priceId, price] : product["prices"].items()) {
                    (void)priceId;
                    if (!price.is_object())
                        continue;
                    Json filled = Json::parse(R"({"serverOnly": false})");
                    mergeInto(filled, price);
                    price = std::move(filled);
                }
            }
            if (product.contains("includedItems") && product["includedItems"].is_object()) {
                for (auto &[itemId, item] : product["includedItems"].items()) {
                    (void)itemId;
                    if (!item.is_object())
                        continue;
                    Json filled = Json::parse(R"({"quantity": 0, "repeat": "never", "expires": "when-repeated"})");
                    mergeInto(filled, item);
                    item = std::move(filled);
                }
            }
        }
    }
    return ConfigTree::fromJsonText(
        QString::fromStdString(rendered.dump(-1, ' ', false, Json::error_handler_t::replace)));
}

bool isEnvironmentOnly(const QString &path)
{
    const Node *node = branchRoot().get();
    for (const QString &segment : path.split(u'.')) {
        if (node->kind == Kind::Object) {
            node = fieldOf(*node, segment);
        } else if (node->kind == Kind::Record || node->kind == Kind::Prices) {
            node = node->element.get();
        } else {
            return false;
        }
        if (!node)
            return false;
        if (node->scope == Scope::Environment || node->scope == Scope::EnvironmentOlderBranch
            || node->scope == Scope::EnvironmentDroppedAtBranch)
            return true;
    }
    return false;
}

bool isSecret(const QString &path)
{
    const QString last = path.section(u'.', -1);
    return last == u"clientSecret" || last == u"applePrivateKey" || last == u"connectionString"
        || path == u"emails.server.password";
}

QStringList knownAppIds()
{
    static const QStringList ids{
        QStringLiteral("authentication"),
        QStringLiteral("fraud-protection"),
        QStringLiteral("onboarding"),
        QStringLiteral("teams"),
        QStringLiteral("rbac"),
        QStringLiteral("api-keys"),
        QStringLiteral("payments"),
        QStringLiteral("emails"),
        QStringLiteral("support"),
        QStringLiteral("email-api"),
        QStringLiteral("data-vault"),
        QStringLiteral("webhooks"),
        QStringLiteral("tv-mode"),
        QStringLiteral("launch-checklist"),
        QStringLiteral("catalyst"),
        QStringLiteral("neon"),
        QStringLiteral("convex"),
        QStringLiteral("vercel"),
        QStringLiteral("tanstack-start"),
        QStringLiteral("clerk-integration"),
        QStringLiteral("better-auth-integration"),
        QStringLiteral("workos-integration"),
        QStringLiteral("analytics"),
        QStringLiteral("clickmaps"),
        QStringLiteral("session-replays"),
        QStringLiteral("cli-auth"),
        QStringLiteral("compliance"),
        QStringLiteral("deploy"),
        QStringLiteral("workflows-alpha"),
    };
    return ids;
}

QStringList oauthProviderTypes()
{
    static const QStringList types{
        QStringLiteral("google"),   QStringLiteral("github"),  QStringLiteral("microsoft"), QStringLiteral("spotify"),
        QStringLiteral("facebook"), QStringLiteral("discord"), QStringLiteral("gitlab"),    QStringLiteral("bitbucket"),
        QStringLiteral("linkedin"), QStringLiteral("apple"),   QStringLiteral("x"),         QStringLiteral("twitch"),
    };
    return types;
}

} // namespace hexclave::api::configschema
