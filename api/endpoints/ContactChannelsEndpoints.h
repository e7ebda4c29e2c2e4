#pragma once

#include "core/Call.h"
#include "dto/ContactChannel.h"
#include "dto/Page.h"

#include <optional>

namespace hexclave::api::contactChannels {

// POST /contact-channels body (type is always "email").
struct NewContactChannel
{
    QString userId;
    QString value;
    bool usedForAuth = false;
    std::optional<bool> isPrimary;
    std::optional<bool> isVerified;
};

// PATCH /contact-channels/{user_id}/{id} body: only set fields are sent.
struct ContactChannelPatch
{
    std::optional<QString> value;
    std::optional<bool> usedForAuth;
    std::optional<bool> isPrimary;
    std::optional<bool> isVerified;
};

Call<Page<ContactChannel>> list(const ProjectScope &scope, const QString &userId);
Call<ContactChannel> create(const ProjectScope &scope, const NewContactChannel &channel);
Call<ContactChannel> update(const ProjectScope &scope, const QString &userId, const QString &channelId,
                            const ContactChannelPatch &patch);
Call<NoContent> remove(const ProjectScope &scope, const QString &userId, const QString &channelId);
// POST /contact-channels/{user_id}/{id}/send-verification-code {callback_url}
Call<NoContent> sendVerification(const ProjectScope &scope, const QString &userId, const QString &channelId,
                                 const QString &callbackUrl);

} // namespace hexclave::api::contactChannels
