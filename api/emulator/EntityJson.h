#pragma once

#include <QtGlobal>

#include <nlohmann/json_fwd.hpp>

namespace hexclave::emulator {

struct ContactChannelView;
struct OAuthAccount;
struct ProjectRecord;
struct RefreshSession;
struct TeamRecord;
class Uuid;

// The JSON the server answers with, built at answer time from the compact records, with the
// field set and key order of the recorded real answers (fixtures 01, 08, 17, 47, 48).
class EntityJson
{
public:
    enum class UserView {
        Read,     // GET answers: fixture 01/05 key order
        Mutation, // POST/PATCH answers: the server returns these keys in another order (fixture 08/11)
        Client,   // the signed-in user's own record with client access: no server-only fields
    };

    static nlohmann::ordered_json user(const ProjectRecord &project, quint32 userIndex, UserView view = UserView::Read);
    static nlohmann::ordered_json team(const TeamRecord &team, bool clientView = false);
    static nlohmann::ordered_json project(const ProjectRecord &project);

    // GET /contact-channels item (fixture 15's key order).
    static nlohmann::ordered_json contactChannel(const Uuid &userId, const ContactChannelView &channel);
    // GET /oauth-providers item; client access sees no account_id.
    static nlohmann::ordered_json oauthProvider(const Uuid &userId, const OAuthAccount &account, bool clientView);
    // GET /auth/sessions item (fixture 14's key order); the IP info only when known.
    static nlohmann::ordered_json session(const RefreshSession &session, bool current);
};

} // namespace hexclave::emulator
