#include "ContactChannelsEndpoints.h"

#include "dto/JsonSupport.h"

namespace hexclave::api::contactChannels {

namespace {

const QString basePath = QStringLiteral("/contact-channels");

} // namespace

Call<Page<ContactChannel>> list(const ProjectScope &scope, const QString &userId)
{
    return {ApiRequest::get(basePath, scope, encodedQuery({{QStringLiteral("user_id"), userId}}))};
}

Call<ContactChannel> create(const ProjectScope &scope, const NewContactChannel &channel)
{
    json::Json body = json::Json::object();
    body["user_id"] = json::toStd(channel.userId);
    body["type"] = "email";
    body["value"] = json::toStd(channel.value);
    body["used_for_auth"] = channel.usedForAuth;
    json::putIfSet(body, "is_primary", channel.isPrimary);
    json::putIfSet(body, "is_verified", channel.isVerified);
    return {ApiRequest::post(basePath, scope, json::compact(body))};
}

Call<ContactChannel> update(const ProjectScope &scope, const QString &userId, const QString &channelId,
                            const ContactChannelPatch &patch)
{
    json::Json body = json::Json::object();
    if (patch.value)
        body["value"] = json::toStd(*patch.value);
    json::putIfSet(body, "used_for_auth", patch.usedForAuth);
    json::putIfSet(body, "is_primary", patch.isPrimary);
    json::putIfSet(body, "is_verified", patch.isVerified);
    return {ApiRequest::patch(resourcePath(basePath, {userId, channelId}), scope, json::compact(body))};
}

Call<NoContent> remove(const ProjectScope &scope, const QString &userId, const QString &channelId)
{
    return {ApiRequest::del(resourcePath(basePath, {userId, channelId}), scope)};
}

Call<NoContent> sendVerification(const ProjectScope &scope, const QString &userId, const QString &channelId,
                                 const QString &callbackUrl)
{
    json::Json body = json::Json::object();
    body["callback_url"] = json::toStd(callbackUrl);
    return {ApiRequest::post(resourcePath(basePath, {userId, channelId}) + QStringLiteral("/send-verification-code"),
                             scope, json::compact(body))};
}

} // namespace hexclave::api::contactChannels
