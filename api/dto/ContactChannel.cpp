#include "ContactChannel.h"

#include "PageJson.h"

namespace hexclave::api {

void from_json(const nlohmann::ordered_json &j, ContactChannel &channel)
{
    channel.id = json::requiredString(j, "id");
    channel.userId = json::stringOrEmpty(j, "user_id");
    channel.type = json::stringOrEmpty(j, "type");
    channel.value = json::stringOrEmpty(j, "value");
    channel.isPrimary = json::boolOr(j, "is_primary");
    channel.isVerified = json::boolOr(j, "is_verified");
    channel.usedForAuth = json::boolOr(j, "used_for_auth");
}

template ContactChannel parseJson<ContactChannel>(const QByteArray &);
template Page<ContactChannel> parseJson<Page<ContactChannel>>(const QByteArray &);

} // namespace hexclave::api
