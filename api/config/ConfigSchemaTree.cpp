#include "ConfigSchemaTree.h"

#include "ConfigSchema.h"

#include <QCoreApplication>

// The schema follows the newest Hexclave server (config-facts.md §2, seed 001, payments-facts.md
// §6). Where server versions differ, ConfigSchema.cpp reports what one of them accepts as at most
// a Warning.

namespace hexclave::api::configschema::detail {

namespace {

// Messages for people, translated in the context "hexclave::api::ConfigSchema".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hexclave::api::ConfigSchema)
};

NodePtr leaf(Kind kind, Scope scope = Scope::Inherit)
{
    auto node = std::make_shared<Node>();
    node->kind = kind;
    node->scope = scope;
    return node;
}

NodePtr boolean(Scope scope = Scope::Inherit)
{
    return leaf(Kind::Bool, scope);
}

NodePtr text(Scope scope = Scope::Inherit, int maxLength = 0)
{
    auto node = std::make_shared<Node>();
    node->kind = Kind::String;
    node->scope = scope;
    node->maxLength = maxLength;
    return node;
}

NodePtr oneOf(const QStringList &values, Scope scope = Scope::Inherit)
{
    auto node = std::make_shared<Node>();
    node->kind = Kind::Enum;
    node->values = values;
    node->scope = scope;
    return node;
}

NodePtr object(std::vector<Field> fields, Scope scope = Scope::Inherit)
{
    auto node = std::make_shared<Node>();
    node->kind = Kind::Object;
    node->fields = std::move(fields);
    node->scope = scope;
    return node;
}

NodePtr record(IdRule rule, const QString &idName, NodePtr element, Scope scope = Scope::Inherit)
{
    auto node = std::make_shared<Node>();
    node->kind = Kind::Record;
    node->idRule = rule;
    node->idName = idName;
    node->element = std::move(element);
    node->scope = scope;
    return node;
}

NodePtr trueSet(IdRule rule, const QString &idName)
{
    auto node = std::make_shared<Node>();
    node->kind = Kind::TrueSet;
    node->idRule = rule;
    node->idName = idName;
    return node;
}

const QStringList &customerTypes()
{
    static const QStringList types{QStringLiteral("user"), QStringLiteral("team"), QStringLiteral("custom")};
    return types;
}

} // namespace

// The branch + environment schema; the project level has its own small one (projectRoot()).
NodePtr branchRoot()
{
    static const NodePtr root = [] {
        const auto E = Scope::Environment;
        const auto signInMethod = [] { return object({{QStringLiteral("allowSignIn"), boolean()}}); };
        const NodePtr provider = object({
            {QStringLiteral("type"), oneOf(oauthProviderTypes())},
            {QStringLiteral("allowSignIn"), boolean()},
            {QStringLiteral("allowConnectedAccounts"), boolean()},
            {QStringLiteral("isShared"), boolean(E)},
            {QStringLiteral("clientId"), text(E)},
            {QStringLiteral("clientSecret"), text(E)},
            {QStringLiteral("facebookConfigId"), text(E)},
            {QStringLiteral("microsoftTenantId"), text(E)},
            {QStringLiteral("customCallbackUrl"), text(E)},
            {QStringLiteral("appleTeamId"), text(E)},
            {QStringLiteral("appleKeyId"), text(E)},
            {QStringLiteral("applePrivateKey"), text(E)},
            {QStringLiteral("appleBundles"),
             record(IdRule::UserSpecified, Text::tr("Apple bundle id"), object({{QStringLiteral("bundleId"), text()}}),
                    E)},
            {QStringLiteral("issuerUrl"), text(E)},
            {QStringLiteral("scope"), text(E)},
            {QStringLiteral("displayName"), text(E)},
        });
        const NodePtr signUpRule = object({
            {QStringLiteral("enabled"), boolean()},
            {QStringLiteral("displayName"), text()},
            {QStringLiteral("priority"), leaf(Kind::Count)},
            {QStringLiteral("condition"), text()},
            {QStringLiteral("action"),
             object({{QStringLiteral("type"),
                      oneOf({QStringLiteral("allow"), QStringLiteral("reject"), QStringLiteral("restrict"),
                             QStringLiteral("log")})},
                     {QStringLiteral("message"), text()}})},
        });
        const NodePtr auth = object({
            {QStringLiteral("allowSignUp"), boolean()},
            {QStringLiteral("password"), signInMethod()},
            {QStringLiteral("otp"), signInMethod()},
            {QStringLiteral("passkey"), signInMethod()},
            {QStringLiteral("oauth"),
             object({{QStringLiteral("accountMergeStrategy"),
                      oneOf({QStringLiteral("link_method"), QStringLiteral("raise_error"),
                             QStringLiteral("allow_duplicates")})},
                     {QStringLiteral("providers"),
                      record(IdRule::OAuthProvider, Text::tr("OAuth provider id"), provider)}})},
            {QStringLiteral("signUpRules"), record(IdRule::UserSpecified, Text::tr("Sign-up rule id"), signUpRule)},
            {QStringLiteral("signUpRulesDefaultAction"), oneOf({QStringLiteral("allow"), QStringLiteral("reject")})},
        });
        const NodePtr domains = object({
            {QStringLiteral("allowLocalhost"), boolean(Scope::EnvironmentOlderBranch)},
            {QStringLiteral("trustedDomains"),
             record(IdRule::UserSpecified, Text::tr("Trusted domain id"),
                    object({{QStringLiteral("baseUrl"), text(Scope::Inherit, 300)},
                            {QStringLiteral("handlerPath"), text(Scope::Inherit, 300)}}),
                    E)},
        });
        const NodePtr rbac = object({
            {QStringLiteral("permissions"),
             record(IdRule::Permission, Text::tr("Permission id"),
                    object({{QStringLiteral("description"), text()},
                            {QStringLiteral("scope"), oneOf({QStringLiteral("team"), QStringLiteral("project")})},
                            {QStringLiteral("containedPermissionIds"),
                             trueSet(IdRule::PermissionReference, Text::tr("Permission id"))}}))},
            {QStringLiteral("defaultPermissions"),
             object({{QStringLiteral("teamCreator"), trueSet(IdRule::PermissionReference, Text::tr("Permission id"))},
                     {QStringLiteral("teamMember"), trueSet(IdRule::PermissionReference, Text::tr("Permission id"))},
                     {QStringLiteral("signUp"), trueSet(IdRule::PermissionReference, Text::tr("Permission id"))}})},
        });
        const NodePtr emails = object({
            {QStringLiteral("selectedThemeId"), leaf(Kind::Uuid)},
            {QStringLiteral("themes"),
             record(IdRule::Uuid, Text::tr("Email theme id"),
                    object({{QStringLiteral("displayName"), text()}, {QStringLiteral("tsxSource"), text()}}))},
            {QStringLiteral("templates"),
             record(IdRule::Uuid, Text::tr("Email template id"),
                    object({{QStringLiteral("displayName"), text()},
                            {QStringLiteral("tsxSource"), text()},
                            {QStringLiteral("themeId"), leaf(Kind::UuidOrFalse)}}))},
            {QStringLiteral("server"),
             object({{QStringLiteral("isShared"), boolean()},
                     {QStringLiteral("provider"),
                      oneOf({QStringLiteral("resend"), QStringLiteral("smtp"), QStringLiteral("managed")})},
                     {QStringLiteral("host"), text()},
                     {QStringLiteral("port"), leaf(Kind::Count)},
                     {QStringLiteral("username"), text()},
                     {QStringLiteral("password"), text()},
                     {QStringLiteral("senderName"), text()},
                     {QStringLiteral("senderEmail"), text()},
                     {QStringLiteral("managedSubdomain"), text()},
                     {QStringLiteral("managedSenderLocalPart"), text()}},
                    E)},
        });
        std::vector<Field> priceFields;
        for (const char *currency : {"USD", "EUR", "GBP", "JPY", "INR", "AUD", "CAD"})
            priceFields.push_back({QString::fromLatin1(currency), leaf(Kind::Amount)});
        priceFields.push_back({QStringLiteral("interval"), leaf(Kind::DayInterval)});
        priceFields.push_back({QStringLiteral("serverOnly"), boolean()});
        priceFields.push_back({QStringLiteral("freeTrial"), leaf(Kind::DayInterval)});
        auto prices = std::make_shared<Node>();
        prices->kind = Kind::Prices;
        prices->idRule = IdRule::UserSpecified;
        prices->idName = Text::tr("Price id");
        prices->element = object(priceFields);
        auto addOnTo = std::make_shared<Node>();
        addOnTo->kind = Kind::AddOnTo;
        addOnTo->idRule = IdRule::UserSpecified;
        addOnTo->idName = Text::tr("Product id");
        const NodePtr product = object({
            {QStringLiteral("displayName"), text()},
            {QStringLiteral("productLineId"), text()},
            {QStringLiteral("customerType"), oneOf(customerTypes())},
            {QStringLiteral("freeTrial"), leaf(Kind::DayInterval)},
            {QStringLiteral("serverOnly"), boolean()},
            {QStringLiteral("stackable"), boolean()},
            {QStringLiteral("isAddOnTo"), addOnTo},
            {QStringLiteral("prices"), prices},
            {QStringLiteral("includedItems"),
             record(IdRule::UserSpecified, Text::tr("Item id"),
                    object({{QStringLiteral("quantity"), leaf(Kind::Number)},
                            {QStringLiteral("repeat"), leaf(Kind::Repeat)},
                            {QStringLiteral("expires"),
                             oneOf({QStringLiteral("never"), QStringLiteral("when-purchase-expires"),
                                    QStringLiteral("when-repeated")})}}))},
            {QStringLiteral("clientMetadata"), leaf(Kind::Any)},
            {QStringLiteral("clientReadOnlyMetadata"), leaf(Kind::Any)},
            {QStringLiteral("serverMetadata"), leaf(Kind::Any)},
        });
        const NodePtr payments = object({
            {QStringLiteral("blockNewPurchases"), boolean()},
            {QStringLiteral("autoPay"), object({{QStringLiteral("interval"), leaf(Kind::DayInterval)}})},
            {QStringLiteral("productLines"),
             record(IdRule::UserSpecified, Text::tr("Product line id"),
                    object({{QStringLiteral("displayName"), text()},
                            {QStringLiteral("customerType"), oneOf(customerTypes())}}))},
            {QStringLiteral("products"), record(IdRule::UserSpecified, Text::tr("Product id"), product)},
            {QStringLiteral("items"),
             record(IdRule::UserSpecified, Text::tr("Item id"),
                    object({{QStringLiteral("displayName"), text()},
                            {QStringLiteral("customerType"), oneOf(customerTypes())}}))},
            {QStringLiteral("testMode"), boolean(E)},
        });
        const auto strings = [](std::initializer_list<const char *> keys) {
            std::vector<Field> fields;
            for (const char *key : keys)
                fields.push_back({QString::fromLatin1(key), leaf(Kind::Any)});
            return object(fields);
        };
        return object({
            {QStringLiteral("rbac"), rbac},
            {QStringLiteral("apiKeys"),
             object({{QStringLiteral("enabled"),
                      object({{QStringLiteral("team"), boolean()}, {QStringLiteral("user"), boolean()}})}})},
            {QStringLiteral("apps"),
             object({{QStringLiteral("installed"),
                      record(IdRule::AppId, Text::tr("App id"), object({{QStringLiteral("enabled"), boolean()}}))}})},
            {QStringLiteral("teams"),
             object({{QStringLiteral("createPersonalTeamOnSignUp"), boolean()},
                     {QStringLiteral("allowClientTeamCreation"), boolean()}})},
            {QStringLiteral("users"), object({{QStringLiteral("allowClientUserDeletion"), boolean()}})},
            {QStringLiteral("onboarding"), object({{QStringLiteral("requireEmailVerification"), boolean()}})},
            {QStringLiteral("domains"), domains},
            {QStringLiteral("auth"), auth},
            {QStringLiteral("emails"), emails},
            {QStringLiteral("payments"), payments},
            {QStringLiteral("dbSync"),
             object({{QStringLiteral("externalDatabases"),
                      record(IdRule::UserSpecified, Text::tr("Database id"),
                             object({{QStringLiteral("type"), oneOf({QStringLiteral("postgres")})},
                                     {QStringLiteral("connectionString"), text()}}))}},
                    Scope::EnvironmentDroppedAtBranch)},
            {QStringLiteral("dataVault"),
             object({{QStringLiteral("stores"),
                      record(IdRule::UserSpecified, Text::tr("Data Vault store id"),
                             object({{QStringLiteral("displayName"), text()}}))}})},
            {QStringLiteral("analytics"), leaf(Kind::Any, E)},
            {QStringLiteral("customDashboards"), leaf(Kind::Any, E)},
            {QStringLiteral("clerk-integration"), strings({"issuer", "authorizedParties"})},
            {QStringLiteral("better-auth-integration"), strings({"issuer", "audience", "jwksUrl"})},
            {QStringLiteral("workos-integration"), strings({"clientId", "issuer"})},
            {QStringLiteral("sourceOfTruth"), leaf(Kind::Any, Scope::Project)},
            {QStringLiteral("project"),
             object({{QStringLiteral("requirePublishableClientKey"), boolean()}}, Scope::Project)},
        });
    }();
    return root;
}

NodePtr projectRoot()
{
    static const NodePtr root = object({
        {QStringLiteral("sourceOfTruth"), leaf(Kind::Any)},
        {QStringLiteral("project"), object({{QStringLiteral("requirePublishableClientKey"), boolean()}})},
    });
    return root;
}

const Node *fieldOf(const Node &node, const QString &key)
{
    for (const Field &field : node.fields) {
        if (field.key == key)
            return field.node.get();
    }
    return nullptr;
}

} // namespace hexclave::api::configschema::detail
