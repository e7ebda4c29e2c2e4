#include "ContactChannelRoutes.h"

#include "Clock.h"
#include "ContactChannelStore.h"
#include "DataStore.h"
#include "EntityJson.h"
#include "InputValidator.h"
#include "KnownErrors.h"
#include "MailRoutes.h"
#include "RequestContext.h"
#include "Router.h"

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

std::string normalizeEmail(const std::string &email)
{
    return QString::fromStdString(email).trimmed().toLower().toStdString();
}

// `value` is an e-mail address when the same body says type "email" (yup's `when`).
Field<std::string> readValue(InputValidator &input, const Field<std::string> &type)
{
    return type.hasValue() && type.value == "email" ? input.email("value") : input.string("value");
}

ordered_json listBody(ordered_json items)
{
    ordered_json body = ordered_json::object();
    body["items"] = std::move(items);
    body["is_paginated"] = false;
    return body;
}

} // namespace

ContactChannelRoutes::ContactChannelRoutes(DataStore &store)
    : m_store(store)
{
}

void ContactChannelRoutes::registerRoutes(Router &router)
{
    router.add("GET", u"/contact-channels"_s, Router::kAny, [this](RequestContext &context) { return list(context); });
    router.add("POST", u"/contact-channels"_s, Router::kAny, [this](RequestContext &context) { return create(context); });
    const QString item = u"/contact-channels/{user_id}/{contact_channel_id}"_s;
    router.add("GET", item, Router::kAny, [this](RequestContext &context) { return read(context); });
    router.add("PATCH", item, Router::kAny, [this](RequestContext &context) { return update(context); });
    router.add("DELETE", item, Router::kAny, [this](RequestContext &context) { return remove(context); });
    router.add("POST", item + u"/send-verification-code"_s, Router::kAny,
               [this](RequestContext &context) { return sendVerificationCode(context); });
}

std::optional<HttpResponse> ContactChannelRoutes::resolveTarget(RequestContext &context, Target &target, QStringList problems)
{
    const QString userIdText = context.param(u"user_id"_s);
    QStringList paramProblems;
    if (!RequestContext::isUserIdOrMe(userIdText))
        paramProblems.append(u"params.user_id must be a valid UUID"_s);
    const auto channelId = Uuid::parse(context.param(u"contact_channel_id"_s));
    if (!channelId)
        paramProblems.append(u"params.contact_channel_id must be a valid UUID"_s);
    problems = paramProblems + problems; // the server validates params before the body
    if (!problems.isEmpty())
        return context.schemaError(problems);
    if (auto refusal = context.resolveUserId(userIdText, target.userId))
        return refusal;
    target.channelId = *channelId;
    target.user = context.auth.project->users.find(target.userId);
    return std::nullopt;
}

HttpResponse ContactChannelRoutes::list(RequestContext &context)
{
    InputValidator input(context.query.get(), u"query"_s, {"user_id", "contact_channel_id"});
    const auto userIdText = input.string("user_id");
    if (userIdText.hasValue() && !RequestContext::isUserIdOrMe(QString::fromStdString(userIdText.value)))
        input.addProblem(u"query.user_id must be a valid UUID"_s);
    const auto channelId = input.uuid("contact_channel_id");
    if (!input.ok())
        return context.schemaError(input.problems());
    std::optional<Uuid> userId;
    const auto meOrUuid = userIdText.hasValue() ? std::optional(QString::fromStdString(userIdText.value)) : std::nullopt;
    if (auto refusal = context.resolveListedUser(meOrUuid, userId, u"Client can only list contact channels for their own user."_s))
        return *refusal;

    ProjectRecord &project = *context.auth.project;
    const ContactChannelStore channels(project);
    std::vector<std::pair<Uuid, ContactChannelView>> found;
    const auto collect = [&](quint32 index) {
        for (ContactChannelView &channel : channels.channelsOf(index)) {
            if (!channelId.hasValue() || channel.id == channelId.value)
                found.emplace_back(project.users.at(index).id, std::move(channel));
        }
    };
    if (userId) {
        if (const auto index = project.users.find(*userId))
            collect(*index);
    } else { // without user_id the server lists the whole project's channels
        for (quint32 index = 0; index < project.users.slotCount(); ++index) {
            if (!project.users.at(index).deleted)
                collect(index);
        }
        std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
            return a.second.createdAtMillis < b.second.createdAtMillis;
        });
    }
    ordered_json items = ordered_json::array();
    for (const auto &[owner, channel] : found)
        items.push_back(EntityJson::contactChannel(owner, channel));
    return HttpResponse::json(200, listBody(std::move(items)));
}

HttpResponse ContactChannelRoutes::create(RequestContext &context)
{
    if (!context.body)
        return context.schemaError({u"body must be defined"_s});
    const bool client = context.auth.type == AccessType::Client;
    InputValidator input = client
        ? InputValidator(context.body.get(), u"body"_s, {"user_id", "value", "type", "used_for_auth", "is_primary"})
        : InputValidator(context.body.get(), u"body"_s, {"user_id", "value", "type", "used_for_auth", "is_primary", "is_verified"});
    input.require("user_id");
    const auto userIdText = input.string("user_id");
    if (userIdText.hasValue() && !RequestContext::isUserIdOrMe(QString::fromStdString(userIdText.value)))
        input.addProblem(u"body.user_id must be a valid UUID"_s);
    const ordered_json *rawType = input.raw("type");
    const Field<std::string> peekType = rawType && rawType->is_string() ? Field<std::string>{true, false, rawType->get<std::string>()}
                                                                        : Field<std::string>{};
    input.require("value");
    const auto value = readValue(input, peekType);
    input.require("type");
    const auto type = input.oneOf("type", {"email"});
    input.require("used_for_auth");
    const auto usedForAuth = input.boolean("used_for_auth");
    const auto primary = input.boolean("is_primary");
    const auto verified = input.boolean("is_verified");
    if (!input.ok())
        return context.schemaError(input.problems());
    Uuid userId;
    if (auto refusal = context.resolveUserId(QString::fromStdString(userIdText.value), userId))
        return *refusal;
    if (auto refusal = context.requireOwnUserForClient(userId, u"Client can only create contact channels for their own user."_s))
        return *refusal;

    ProjectRecord &project = *context.auth.project;
    const auto user = project.users.find(userId);
    if (!user)
        return KnownErrors::userNotFound(); // inferred: the server's insert fails on the missing user
    ContactChannelStore channels(project);
    const std::string email = normalizeEmail(value.value);
    if (channels.hasValue(*user, email))
        return HttpResponse::text(400, u"Contact channel already exists"_s);
    if (usedForAuth.value && ContactChannelStore::authHolder(project, email))
        return KnownErrors::contactChannelAlreadyUsedForAuthBySomeoneElse(u"email"_s, QString::fromStdString(email));
    const ContactChannelView channel = channels.add(*user, email, verified.hasValue() && verified.value, usedForAuth.value,
                                                    primary.hasValue() && primary.value, Clock::nowMillis());
    return HttpResponse::json(201, EntityJson::contactChannel(userId, channel));
}

HttpResponse ContactChannelRoutes::read(RequestContext &context)
{
    Target target;
    if (auto refusal = resolveTarget(context, target))
        return *refusal;
    if (auto refusal = context.requireOwnUserForClient(target.userId, u"Client can only read contact channels for their own user."_s))
        return *refusal;
    const auto channel = target.user ? ContactChannelStore(*context.auth.project).find(*target.user, target.channelId) : std::nullopt;
    if (!channel)
        return HttpResponse::text(404, u"Contact channel not found."_s);
    return HttpResponse::json(200, EntityJson::contactChannel(target.userId, *channel));
}

HttpResponse ContactChannelRoutes::update(RequestContext &context)
{
    const bool client = context.auth.type == AccessType::Client;
    InputValidator input = client
        ? InputValidator(context.body.get(), u"body"_s, {"value", "type", "used_for_auth", "is_primary"})
        : InputValidator(context.body.get(), u"body"_s, {"value", "type", "used_for_auth", "is_primary", "is_verified"});
    const ordered_json *rawType = input.raw("type");
    const Field<std::string> peekType = rawType && rawType->is_string() ? Field<std::string>{true, false, rawType->get<std::string>()}
                                                                        : Field<std::string>{};
    const auto value = readValue(input, peekType);
    const auto type = input.oneOf("type", {"email"});
    const auto usedForAuth = input.boolean("used_for_auth");
    const auto primary = input.boolean("is_primary");
    const auto verified = input.boolean("is_verified");
    const QStringList bodyProblems = context.body ? input.problems() : QStringList{u"body must be defined"_s};
    Target target;
    if (auto refusal = resolveTarget(context, target, bodyProblems))
        return *refusal;
    if (auto refusal = context.requireOwnUserForClient(target.userId, u"Client can only update contact channels for their own user."_s))
        return *refusal;

    ProjectRecord &project = *context.auth.project;
    ContactChannelStore channels(project);
    const auto existing = target.user ? channels.find(*target.user, target.channelId) : std::nullopt;
    if (!existing)
        return HttpResponse::text(400, u"Contact channel not found"_s);

    ContactChannelStore::Change change;
    if (value.hasValue())
        change.value = type.hasValue() ? normalizeEmail(value.value) : value.value; // the server normalizes only then
    const std::string finalValue = change.value.value_or(existing->value);
    if (change.value && *change.value != existing->value && channels.hasValue(*target.user, *change.value))
        return HttpResponse::text(400, u"Contact channel already exists"_s); // inferred: a unique-key clash on the server
    if (usedForAuth.hasValue() && usedForAuth.value) {
        // A user has each address once, so an address this user signs in with is this channel's.
        const auto holder = ContactChannelStore::authHolder(project, finalValue);
        if (holder && holder != target.user) // the server names no address here
            return KnownErrors::contactChannelAlreadyUsedForAuthBySomeoneElse(u"email"_s, QString());
    }
    if (verified.hasValue())
        change.verified = verified.value;
    else if (change.value)
        change.verified = false; // a new address is unverified unless the request says otherwise
    if (usedForAuth.hasValue())
        change.usedForAuth = usedForAuth.value;
    if (primary.hasValue())
        change.primary = primary.value;
    const ContactChannelView channel = channels.update(*target.user, target.channelId, change);
    return HttpResponse::json(200, EntityJson::contactChannel(target.userId, channel));
}

HttpResponse ContactChannelRoutes::remove(RequestContext &context)
{
    Target target;
    if (auto refusal = resolveTarget(context, target))
        return *refusal;
    if (auto refusal = context.requireOwnUserForClient(target.userId, u"Client can only delete contact channels for their own user."_s))
        return *refusal;
    if (!target.user || !ContactChannelStore(*context.auth.project).remove(*target.user, target.channelId))
        return HttpResponse::text(400, u"Contact channel not found"_s);
    return HttpResponse::success();
}

HttpResponse ContactChannelRoutes::sendVerificationCode(RequestContext &context)
{
    QStringList bodyProblems;
    Field<std::string> callbackUrl;
    if (!context.body) {
        bodyProblems.append(u"body must be defined"_s);
    } else {
        InputValidator input(context.body.get(), u"body"_s, {"callback_url"});
        input.require("callback_url");
        callbackUrl = input.url("callback_url");
        bodyProblems = input.problems();
    }
    Target target;
    if (auto refusal = resolveTarget(context, target, bodyProblems))
        return *refusal;
    if (context.auth.type == AccessType::Client) {
        if (!context.auth.user)
            return KnownErrors::cannotGetOwnUserWithoutUser();
        if (context.signedInUserId() != target.userId)
            return HttpResponse::text(400, u"Can only send verification code for your own user"_s);
    } else if (!target.user) {
        return KnownErrors::userIdDoesNotExist(context.param(u"user_id"_s));
    }
    const auto channel = ContactChannelStore(*context.auth.project).find(*target.user, target.channelId);
    if (!channel)
        return HttpResponse::text(404, u"Contact channel not found"_s);
    if (channel->verified)
        return KnownErrors::emailAlreadyVerified();
    if (auto refusal = MailRoutes::checkCallbackUrl(callbackUrl.value))
        return *refusal;
    MailRoutes::record(m_store, context, SentEmail::Kind::EmailVerification, channel->value, callbackUrl.value,
                       target.userId.toQString());
    return HttpResponse::success();
}

} // namespace hexclave::emulator
