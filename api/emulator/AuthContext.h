#pragma once

#include "Uuid.h"

#include <QString>

#include <optional>

namespace hexclave::emulator {

struct ProjectRecord;

enum class AccessType : quint8 { Client = 1, Server = 2, Admin = 4 };

// What the request's headers proved, as the server's parseAuth() works it out.
struct AuthContext
{
    bool present = false; // false: no x-stack-access-type header (routes needing auth refuse)
    AccessType type = AccessType::Client;
    ProjectRecord *project = nullptr;
    std::optional<quint32> user; // the user of X-Stack-Access-Token, in `project`
    std::optional<Uuid> refreshTokenId;

    static QString name(AccessType type)
    {
        switch (type) {
        case AccessType::Client: return QStringLiteral("client");
        case AccessType::Server: return QStringLiteral("server");
        case AccessType::Admin: return QStringLiteral("admin");
        }
        return {};
    }
};

} // namespace hexclave::emulator
