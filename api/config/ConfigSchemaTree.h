#pragma once

// The schema's tree (private to api/config): what each path of the configuration may hold and at
// which level. ConfigSchema.cpp walks it to validate; nothing outside api/config uses it.

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace hexclave::api::configschema::detail {

// Where a setting may be written. Nested nodes inherit their parent's scope unless they narrow it.
enum class Scope {
    Inherit,
    Project, // project level only (sourceOfTruth, project.*)
    Branch, // branch and environment
    Environment, // environment only
    // Environment settings that older servers also take at the branch level (domains.allowLocalhost),
    // or that newer servers silently drop there (dbSync): a Warning at the branch level.
    EnvironmentOlderBranch,
    EnvironmentDroppedAtBranch,
};

enum class Kind {
    Bool,
    String,
    Number,
    Count, // integer ≥ 0
    Enum,
    Uuid,
    UuidOrFalse,
    Object,
    Record,
    TrueSet, // {id: true, …}
    DayInterval,
    Repeat, // "never" or a DayInterval
    Prices, // "include-by-default" (older servers) or a record of prices
    AddOnTo, // false or {productId: true}
    Amount, // decimal string
    Any,
};

enum class IdRule {
    Any,
    UserSpecified,
    Permission,
    PermissionReference,
    OAuthProvider,
    Uuid,
    AppId
};

struct Node;
using NodePtr = std::shared_ptr<const Node>;

struct Field
{
    QString key;
    NodePtr node;
};

struct Node
{
    Kind kind = Kind::Any;
    Scope scope = Scope::Inherit;
    QStringList values; // Enum
    std::vector<Field> fields; // Object
    NodePtr element; // Record / Prices
    IdRule idRule = IdRule::Any;
    QString idName; // Record: what the ids name in messages ("Product id")
    int maxLength = 0;
};

// The branch + environment schema; the project level has its own small one (projectRoot()).
NodePtr branchRoot();
NodePtr projectRoot();
// The field `key` of an Object node, or null.
const Node *fieldOf(const Node &node, const QString &key);

} // namespace hexclave::api::configschema::detail
