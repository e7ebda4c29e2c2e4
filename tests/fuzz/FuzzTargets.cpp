#include "FuzzTargets.h"

#include "config/ConfigFileFormat.h"
#include "core/ErrorResponse.h"
#include "dto/ApiKey.h"
#include "dto/AuthTokens.h"
#include "dto/ContactChannel.h"
#include "dto/CustomerPayments.h"
#include "dto/Email.h"
#include "dto/JsonText.h"
#include "dto/Metrics.h"
#include "dto/OAuthProvider.h"
#include "dto/PaymentsCatalog.h"
#include "dto/Permission.h"
#include "dto/Project.h"
#include "dto/ProjectConfig.h"
#include "dto/RevenueMetrics.h"
#include "dto/Support.h"
#include "dto/Team.h"
#include "dto/TeamInvitation.h"
#include "dto/Transaction.h"
#include "dto/User.h"
#include "dto/UserJson.h"
#include "dto/UserSession.h"

#include <QByteArray>

#include <exception>
#include <utility>
#include <vector>

namespace hexclave::fuzz {

namespace {

using namespace hexclave::api;

[[noreturn]] void failWith(const QString &message)
{
    throw Failure{message};
}

// What Job<T>::parseBody does with an answer: a value, or an error the user sees.
template <class T>
void parseAsJob(const QByteArray &body)
{
    try {
        [[maybe_unused]] const T value = parseJson<T>(body);
    } catch (const std::exception &) {
        // ApiError::parse(e.what()): a reported error.
    }
}

// What the Configuration, Payments and Emails pages read from a rendered configuration.
void readConfigTree(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body);
    // sameJsonText parses without building a tree: it must refuse what is too deep, not crash.
    [[maybe_unused]] const bool same = sameJsonText(text, text);
    ConfigTree tree;
    try {
        tree = ConfigTree::fromJsonText(text);
    } catch (const std::exception &) {
        return; // the page shows the error
    }
    if (!sameJsonText(tree.toJsonText(), tree.toJsonText(true)))
        failWith(QStringLiteral("sameJsonText: compact and indented text of one tree differ"));
    const ConfigTree nested = tree.nestedTree();
    if (!nested.sameContent(tree) || !tree.sameContent(nested))
        failWith(QStringLiteral("nestedTree() changed the content"));
    [[maybe_unused]] const ConfigTree normalized = tree.normalized();
    QStringList paths = tree.leafPaths();
    if (paths.size() > 64)
        paths.resize(64);
    for (const QString &path : std::as_const(paths)) {
        if (!tree.contains(path))
            failWith(QStringLiteral("leaf path %1 is not contained").arg(path));
        [[maybe_unused]] const auto kind = tree.kindAt(path);
        [[maybe_unused]] const auto flag = tree.boolAt(path);
        [[maybe_unused]] const auto string = tree.stringAt(path);
        [[maybe_unused]] const auto keys = tree.keysAt(path);
        [[maybe_unused]] const auto enabled = tree.enabledKeysAt(path);
        [[maybe_unused]] const bool touched = tree.touches(path);
        const QString value = tree.jsonAt(path);
        [[maybe_unused]] const QString literal = jsonStringLiteral(value);
        try {
            const ConfigTree rewritten = tree.withValue(path, value);
            if (!sameJsonText(rewritten.jsonAt(path), value))
                failWith(QStringLiteral("withValue(%1, jsonAt(%1)) changed the value").arg(path));
            [[maybe_unused]] const ConfigTree removed = tree.without(path);
        } catch (const std::exception &) {
            // Too deep once written at its path: an error the editor shows.
        }
    }
    try {
        [[maybe_unused]] const ConfigTree patched = tree.overriddenBy(tree);
    } catch (const std::exception &) {
    }
    try {
        [[maybe_unused]] const PaymentsCatalog catalog = paymentsCatalogFrom(tree);
        [[maybe_unused]] const EmailServerSettings emailServer = emailServerSettingsFrom(tree);
    } catch (const std::exception &) {
    }
}

// "<Retry-After>\n<X-Stack-Known-Error>\n<body>": an error answer (ErrorResponse.cpp).
void readErrorResponse(const QByteArray &input)
{
    const QList<QByteArray> parts = input.split('\n');
    const QByteArray retryAfter = parts.value(0);
    const QByteArray knownError = parts.value(1);
    const qsizetype bodyStart = retryAfter.size() + knownError.size() + 2;
    const QByteArray body = bodyStart < input.size() ? input.mid(bodyStart) : QByteArray();
    const ApiError error = errorFromResponse(400, knownError, retryAfter, QStringLiteral("application/json"), body);
    [[maybe_unused]] const QString text = error.describe();
    [[maybe_unused]] const ApiError plain = errorFromResponse(502, {}, {}, QStringLiteral("text/html"), body);
}

void readUsersPage(const QByteArray &body)
{
    QString cursor;
    [[maybe_unused]] const bool isObject = readNextCursor(body, &cursor);
    parseAsJob<Page<User>>(body);
    [[maybe_unused]] const RawJson raw = parseJson<RawJson>(body);
}

void readJsonText(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body);
    const auto error = checkJsonSyntax(text);
    const QString pretty = prettyJson(text);
    if (!error && pretty == text && !text.isEmpty() && checkJsonSyntax(pretty))
        failWith(QStringLiteral("prettyJson() returned text checkJsonSyntax() refuses"));
    if (error && (error->offset < 0 || error->offset > text.size() || error->line < 1 || error->column < 1))
        failWith(QStringLiteral("checkJsonSyntax(): error position out of range"));
}

void readAccessToken(const QByteArray &body)
{
    [[maybe_unused]] const auto claims = AccessTokenClaims::decode(QString::fromUtf8(body));
}

using Reader = void (*)(const QByteArray &);

struct DtoTarget
{
    const char *name;
    Reader read;
};

// Append new entries at the end: the corpus files start with their entry's index.
const std::vector<DtoTarget> &dtoTargets()
{
    static const std::vector<DtoTarget> targets = {
        {"users-page", readUsersPage},
        {"user", parseAsJob<User>},
        {"teams-page", parseAsJob<Page<Team>>},
        {"team", parseAsJob<Team>},
        {"team-invitations-page", parseAsJob<Page<TeamInvitation>>},
        {"permission-grants-page", parseAsJob<Page<PermissionGrant>>},
        {"permission-grant", parseAsJob<PermissionGrant>},
        {"permission-definitions-page", parseAsJob<Page<PermissionDefinition>>},
        {"permission-definition", parseAsJob<PermissionDefinition>},
        {"team-membership", parseAsJob<TeamMembership>},
        {"project-api-keys-page", parseAsJob<Page<ProjectApiKey>>},
        {"project-api-key", parseAsJob<ProjectApiKey>},
        {"new-project-api-key", parseAsJob<NewProjectApiKeySecrets>},
        {"owned-api-keys-page", parseAsJob<Page<OwnedApiKey>>},
        {"owned-api-key", parseAsJob<OwnedApiKey>},
        {"new-owned-api-key", parseAsJob<NewOwnedApiKeySecret>},
        {"sessions-page", parseAsJob<Page<UserSession>>},
        {"session-tokens", parseAsJob<SessionTokens>},
        {"contact-channels-page", parseAsJob<Page<ContactChannel>>},
        {"contact-channel", parseAsJob<ContactChannel>},
        {"oauth-providers-page", parseAsJob<Page<OAuthProvider>>},
        {"oauth-provider", parseAsJob<OAuthProvider>},
        {"projects-page", parseAsJob<Page<Project>>},
        {"project", parseAsJob<Project>},
        {"config", parseAsJob<ConfigTree>},
        {"config-tree", readConfigTree},
        {"config-source", parseAsJob<ConfigSource>},
        {"transactions-page", parseAsJob<TransactionsPage>},
        {"item-balance", parseAsJob<ItemBalance>},
        {"owned-products-page", parseAsJob<Page<OwnedProduct>>},
        {"payment-provider-account", parseAsJob<PaymentProviderAccount>},
        {"email-drafts", parseAsJob<EmailDrafts>},
        {"email-templates", parseAsJob<EmailTemplates>},
        {"email-themes", parseAsJob<EmailThemes>},
        {"outbox-page", parseAsJob<Page<OutboxEmail>>},
        {"delivery-info", parseAsJob<DeliveryInfo>},
        {"email-draft", parseAsJob<EmailDraft>},
        {"email-theme", parseAsJob<EmailTheme>},
        {"outbox-email", parseAsJob<OutboxEmail>},
        {"created-email-object", parseAsJob<CreatedEmailObject>},
        {"rendered-email", parseAsJob<RenderedEmail>},
        {"rendered-template", parseAsJob<RenderedTemplate>},
        {"sent-emails", parseAsJob<SentEmails>},
        {"test-email-result", parseAsJob<TestEmailResult>},
        {"metrics", parseAsJob<ProjectMetrics>},
        {"revenue-metrics", parseAsJob<RevenueMetrics>},
        {"conversations", parseAsJob<ConversationList>},
        {"conversation", parseAsJob<ConversationDetail>},
        {"created-conversation", parseAsJob<CreatedConversation>},
        {"sign-in-tokens", parseAsJob<SignInTokens>},
        {"refreshed-access-token", parseAsJob<RefreshedAccessToken>},
        {"cli-auth-session", parseAsJob<CliAuthSession>},
        {"cli-auth-poll", parseAsJob<CliAuthPoll>},
        {"access-token-claims", readAccessToken},
        {"error-response", readErrorResponse},
        {"json-text", readJsonText},
    };
    return targets;
}

} // namespace

QStringList dtoTargetNames()
{
    QStringList names;
    for (const DtoTarget &target : dtoTargets())
        names.append(QString::fromLatin1(target.name));
    return names;
}

int fuzzDto(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return -1; // no selector: not worth keeping in the corpus
    const auto &targets = dtoTargets();
    const DtoTarget &target = targets[data[0] % targets.size()];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    try {
        target.read(body);
    } catch (const Failure &) {
        throw;
    } catch (const std::exception &e) {
        failWith(QStringLiteral("%1: uncaught exception: %2").arg(QString::fromLatin1(target.name), QString::fromUtf8(e.what())));
    }
    return 0;
}

namespace {

QString describe(const ConfigFile &file)
{
    return QStringLiteral("preamble=%1 type=%2 onboarding=%3 epilogue=%4 config=%5")
        .arg(jsonStringLiteral(file.preamble), file.typeName, file.showOnboarding ? QStringLiteral("yes") : QStringLiteral("no"),
             jsonStringLiteral(file.epilogue), file.config.toJsonText());
}

} // namespace

int fuzzConfigFile(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        ConfigFileError error;
        const std::optional<ConfigFile> file = configfile::parse(text, &error);
        if (!file) {
            if (error.message.isEmpty() || error.line < 1 || error.column < 1)
                failWith(QStringLiteral("parse failed without a usable error: %1").arg(error.toString()));
            return 0;
        }
        const QString written = configfile::write(*file);
        ConfigFileError againError;
        const std::optional<ConfigFile> again = configfile::parse(written, &againError);
        if (!again)
            failWith(QStringLiteral("the written file does not parse: %1\n--- written:\n%2").arg(againError.toString(), written));
        const bool same = again->preamble == file->preamble && again->typeName == file->typeName
            && again->epilogue == file->epilogue && again->config.toJsonText() == file->config.toJsonText()
            && again->showOnboarding == (file->showOnboarding && file->config.normalized().isEmpty());
        if (!same)
            failWith(QStringLiteral("round trip disagrees\n--- first: %1\n--- again: %2").arg(describe(*file), describe(*again)));
        const QString rewritten = configfile::write(*again);
        if (rewritten != written)
            failWith(QStringLiteral("write() is not stable\n--- first:\n%1\n--- second:\n%2").arg(written, rewritten));
    } catch (const Failure &) {
        throw;
    } catch (const std::exception &e) {
        failWith(QStringLiteral("uncaught exception: %1").arg(QString::fromUtf8(e.what())));
    }
    return 0;
}

} // namespace hexclave::fuzz
