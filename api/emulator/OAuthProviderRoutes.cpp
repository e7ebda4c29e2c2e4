#include "OAuthProviderRoutes.h"

#include "EntityJson.h"
#include "InputValidator.h"
#include "KnownErrors.h"
#include "ProjectRecord.h"
#include "RequestContext.h"
#include "Router.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator {

void OAuthProviderRoutes::registerRoutes(Router &router)
{
    router.add("GET", u"/oauth-providers"_s, Router::kAny, [](RequestContext &context) { return list(context); });
    router.add("POST", u"/oauth-providers"_s, Router::kServer | Router::kAdmin, [](RequestContext &context) { return create(context); });
    const QString item = u"/oauth-providers/{user_id}/{provider_id}"_s;
    router.add("GET", item, Router::kAny, [](RequestContext &context) { return read(context); });
    router.add("PATCH", item, Router::kAny, [](RequestContext &context) { return update(context); });
    router.add("DELETE", item, Router::kAny, [](RequestContext &context) { return remove(context); });
}

std::optional<HttpResponse> OAuthProviderRoutes::resolveTarget(RequestContext &context, Target &target,
                                                               const QString &clientRefusal, QStringList bodyProblems)
{
    QStringList problems;
    const auto providerId = Uuid::parse(context.param(u"provider_id"_s));
    if (!providerId)
        problems.append(u"params.provider_id must be a valid UUID"_s);
    const QString userIdText = context.param(u"user_id"_s);
    if (!RequestContext::isUserIdOrMe(userIdText))
        problems.append(u"params.user_id must be a valid UUID"_s);
    problems.append(bodyProblems);
    if (!problems.isEmpty())
        return context.schemaError(problems);
    if (auto refusal = context.resolveUserId(userIdText, target.userId))
        return refusal;
    if (auto refusal = context.requireOwnUserForClient(target.userId, clientRefusal))
        return refusal;
    const ProjectRecord &project = *context.auth.project;
    const auto user = project.users.find(target.userId);
    if (!user)
        return KnownErrors::userNotFound();
    target.user = *user;
    const auto &accounts = project.users.at(*user).oauthAccounts;
    for (std::size_t i = 0; i < accounts.size(); ++i) {
        if (accounts[i].id == *providerId) {
            target.account = i;
            return std::nullopt;
        }
    }
    return HttpResponse::text(404, u"OAuth provider "_s + providerId->toQString() + u" for user "_s + target.userId.toQString()
                                       + u" not found"_s);
}

HttpResponse OAuthProviderRoutes::list(RequestContext &context)
{
    InputValidator input(context.query.get(), u"query"_s, {"user_id"});
    const auto userIdText = input.string("user_id");
    if (userIdText.hasValue() && !RequestContext::isUserIdOrMe(QString::fromStdString(userIdText.value)))
        input.addProblem(u"query.user_id must be a valid UUID"_s);
    if (!input.ok())
        return context.schemaError(input.problems());
    std::optional<Uuid> userId;
    const auto meOrUuid = userIdText.hasValue() ? std::optional(QString::fromStdString(userIdText.value)) : std::nullopt;
    if (auto refusal = context.resolveListedUser(meOrUuid, userId, u"Client can only list OAuth providers for their own user."_s))
        return *refusal;

    const ProjectRecord &project = *context.auth.project;
    const bool client = context.auth.type == AccessType::Client;
    ordered_json items = ordered_json::array();
    const auto collect = [&](quint32 index) {
        const UserRecord &user = project.users.at(index);
        for (const OAuthAccount &account : user.oauthAccounts)
            items.push_back(EntityJson::oauthProvider(user.id, account, client));
    };
    if (userId) {
        const auto index = project.users.find(*userId);
        if (!index)
            return KnownErrors::userNotFound();
        collect(*index);
    } else { // without user_id the server lists the whole project's links
        for (quint32 index = 0; index < project.users.slotCount(); ++index) {
            if (!project.users.at(index).deleted)
                collect(index);
        }
    }
    ordered_json body = ordered_json::object();
    body["items"] = std::move(items);
    body["is_paginated"] = false;
    return HttpResponse::json(200, body);
}

HttpResponse OAuthProviderRoutes::read(RequestContext &context)
{
    Target target;
    if (auto refusal = resolveTarget(context, target, u"Client can only read OAuth providers for their own user."_s))
        return *refusal;
    const UserRecord &user = context.auth.project->users.at(target.user);
    return HttpResponse::json(200, EntityJson::oauthProvider(user.id, user.oauthAccounts[target.account],
                                                             context.auth.type == AccessType::Client));
}

HttpResponse OAuthProviderRoutes::update(RequestContext &context)
{
    const bool client = context.auth.type == AccessType::Client;
    InputValidator input = client
        ? InputValidator(context.body.get(), u"body"_s, {"allow_sign_in", "allow_connected_accounts"})
        : InputValidator(context.body.get(), u"body"_s, {"allow_sign_in", "allow_connected_accounts", "email", "account_id"});
    const auto allowSignIn = input.boolean("allow_sign_in");
    const auto allowConnectedAccounts = input.boolean("allow_connected_accounts");
    const auto email = input.string("email");
    const auto accountId = input.string("account_id");
    const QStringList bodyProblems = context.body ? input.problems() : QStringList{u"body must be defined"_s};
    Target target;
    if (auto refusal = resolveTarget(context, target, u"Client can only update OAuth providers for their own user."_s, bodyProblems))
        return *refusal;

    ProjectRecord &project = *context.auth.project;
    OAuthAccount changed = project.users.at(target.user).oauthAccounts[target.account];
    if (accountId.hasValue())
        changed.accountId = accountId.value;
    if (auto refusal = checkLink(project, target.user, changed, accountId.hasValue(), allowSignIn.hasValue() && allowSignIn.value))
        return *refusal;

    OAuthAccount &account = project.users.mutableAt(target.user).oauthAccounts[target.account];
    if (allowSignIn.hasValue())
        account.allowSignIn = allowSignIn.value;
    if (allowConnectedAccounts.hasValue())
        account.allowConnectedAccounts = allowConnectedAccounts.value;
    if (email.hasValue())
        account.email = email.value;
    account.accountId = changed.accountId;
    return HttpResponse::json(200, EntityJson::oauthProvider(target.userId, account, client));
}

HttpResponse OAuthProviderRoutes::remove(RequestContext &context)
{
    Target target;
    if (auto refusal = resolveTarget(context, target, u"Client can only delete OAuth providers for their own user."_s))
        return *refusal;
    auto &accounts = context.auth.project->users.mutableAt(target.user).oauthAccounts;
    accounts.erase(accounts.begin() + qsizetype(target.account));
    return HttpResponse::success();
}

std::optional<HttpResponse> OAuthProviderRoutes::checkLink(const ProjectRecord &project, quint32 user, const OAuthAccount &link,
                                                           bool accountIdGiven, bool enablingSignIn)
{
    for (const OAuthAccount &sibling : project.users.at(user).oauthAccounts) {
        if (sibling.id == link.id || sibling.providerId != link.providerId)
            continue;
        if (enablingSignIn && sibling.allowSignIn)
            return HttpResponse::text(400, u"The same provider type with sign-in enabled already exists for this user."_s);
        if (accountIdGiven && sibling.accountId == link.accountId)
            return HttpResponse::text(400, u"The same provider type with the same account ID already exists for this user."_s);
    }
    if (!enablingSignIn)
        return std::nullopt;
    // The server compares the account id of the request; without one (a PATCH that only turns
    // sign-in on) it would compare against every link of the project, so the emulator takes the
    // link's own account id instead.
    for (quint32 index = 0; index < project.users.slotCount(); ++index) {
        const UserRecord &other = project.users.at(index);
        if (other.deleted)
            continue;
        for (const OAuthAccount &account : other.oauthAccounts) {
            if (account.id != link.id && account.allowSignIn && account.accountId == link.accountId)
                return KnownErrors::oauthProviderAccountIdAlreadyUsedForSignIn();
        }
    }
    return std::nullopt;
}

HttpResponse OAuthProviderRoutes::create(RequestContext &context)
{
    if (!context.body)
        return context.schemaError({u"body must be defined"_s});
    InputValidator input(context.body.get(), u"body"_s,
                         {"user_id", "provider_config_id", "email", "allow_sign_in", "allow_connected_accounts", "account_id"});
    input.require("user_id");
    const auto userIdText = input.string("user_id");
    if (userIdText.hasValue() && !RequestContext::isUserIdOrMe(QString::fromStdString(userIdText.value)))
        input.addProblem(u"body.user_id must be a valid UUID"_s);
    input.require("provider_config_id");
    const auto providerConfigId = input.string("provider_config_id");
    const auto email = input.string("email");
    input.require("allow_sign_in");
    const auto allowSignIn = input.boolean("allow_sign_in");
    input.require("allow_connected_accounts");
    const auto allowConnectedAccounts = input.boolean("allow_connected_accounts");
    input.require("account_id");
    const auto accountId = input.string("account_id");
    if (!input.ok())
        return context.schemaError(input.problems());
    Uuid userId;
    if (auto refusal = context.resolveUserId(QString::fromStdString(userIdText.value), userId))
        return *refusal;

    ProjectRecord &project = *context.auth.project;
    static const char *const configured[] = {"github", "google", "microsoft", "spotify"}; // as the project config says
    const bool known = project.configPreset != ProjectConfigPreset::Fresh
        && std::find(std::begin(configured), std::end(configured), providerConfigId.value) != std::end(configured);
    if (!known) {
        return HttpResponse::text(404, u"OAuth provider "_s + QString::fromStdString(providerConfigId.value)
                                           + u" not found or not configured"_s);
    }
    const auto user = project.users.find(userId);
    if (!user)
        return KnownErrors::userNotFound();
    OAuthAccount link;
    link.id = Uuid::randomFromSystem();
    link.providerId = providerConfigId.value;
    link.accountId = accountId.value;
    if (email.hasValue())
        link.email = email.value;
    link.allowSignIn = allowSignIn.value;
    link.allowConnectedAccounts = allowConnectedAccounts.value;
    if (auto refusal = checkLink(project, *user, link, true, link.allowSignIn))
        return *refusal;
    project.users.mutableAt(*user).oauthAccounts.push_back(link);
    return HttpResponse::json(201, EntityJson::oauthProvider(userId, link, false));
}

} // namespace hexclave::emulator
