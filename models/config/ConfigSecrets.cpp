#include "ConfigSecrets.h"

#include "config/ConfigSchema.h"

#include <QCoreApplication>

namespace hexclave::models {

using api::ConfigTree;
using api::ConfigValueKind;

namespace {

bool holdsValue(const ConfigTree &tree, const QString &path)
{
    const ConfigValueKind kind = tree.kindAt(path);
    return kind != ConfigValueKind::Missing && kind != ConfigValueKind::Null;
}

} // namespace

QString maskedSecretText()
{
    return QStringLiteral("\u2022\u2022\u2022\u2022\u2022\u2022");
}

QString shownValueText(const QString &path, const QString &compactJson)
{
    if (compactJson.isEmpty() || compactJson == u"null" || !api::configschema::isSecret(path))
        return compactJson;
    return maskedSecretText();
}

ConfigTree withSecretsMasked(const ConfigTree &tree)
{
    ConfigTree masked = tree.nestedTree();
    for (const QString &path : tree.leafPaths()) {
        if (api::configschema::isSecret(path) && holdsValue(tree, path))
            masked = masked.withValue(path, api::jsonStringLiteral(maskedSecretText()));
    }
    return masked;
}

std::pair<ConfigTree, ConfigTree> withSecretsMasked(const ConfigTree &before, const ConfigTree &after)
{
    ConfigTree maskedBefore = withSecretsMasked(before);
    ConfigTree maskedAfter = withSecretsMasked(after);
    for (const QString &path : after.leafPaths()) {
        if (api::configschema::isSecret(path) && holdsValue(after, path) && holdsValue(before, path)
            && before.jsonAt(path) != after.jsonAt(path)) {
            //: A secret value that a change replaces, shown without the value itself.
            const QString changed = QCoreApplication::translate("hexclave::models::ConfigSecrets", "%1 (changed)")
                                        .arg(maskedSecretText());
            maskedAfter = maskedAfter.withValue(path, api::jsonStringLiteral(changed));
        }
    }
    return {maskedBefore, maskedAfter};
}

} // namespace hexclave::models
