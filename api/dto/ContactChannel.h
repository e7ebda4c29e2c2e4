#pragma once

#include "JsonParse.h"
#include "Page.h"

#include <nlohmann/json_fwd.hpp>

#include <QString>

namespace hexclave::api {

// GET /contact-channels?user_id= item. Only type "email" exists today.
struct ContactChannel
{
    QString id;
    QString userId;
    QString type;
    QString value;
    bool isPrimary = false;
    bool isVerified = false;
    bool usedForAuth = false;
};

void from_json(const nlohmann::ordered_json &j, ContactChannel &channel);

extern template ContactChannel parseJson<ContactChannel>(const QByteArray &);
extern template Page<ContactChannel> parseJson<Page<ContactChannel>>(const QByteArray &);

} // namespace hexclave::api
