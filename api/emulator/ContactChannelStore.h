#pragma once

#include "Uuid.h"

#include <QtGlobal>

#include <optional>
#include <string>
#include <vector>

namespace hexclave::emulator {

struct ProjectRecord;

// One e-mail contact channel of a user as GET /contact-channels shows it.
struct ContactChannelView
{
    Uuid id;
    std::string value;
    qint64 createdAtMillis = 0;
    bool primary = false;
    bool verified = false;
    bool usedForAuth = false;
};

// The e-mail contact channels of a project's users. As on the server, the primary channel IS the
// user's primary e-mail (primary_email, primary_email_verified, primary_email_auth_enabled), so
// the user object and the channel list cannot disagree; the other channels live in
// UserExtras::otherChannels. The primary channel's id is derived from the user id until the
// channel is replaced, so generated users need no extra memory for it.
class ContactChannelStore
{
public:
    explicit ContactChannelStore(ProjectRecord &project);

    // Creation order (the server's order).
    std::vector<ContactChannelView> channelsOf(quint32 user) const;
    std::optional<ContactChannelView> find(quint32 user, const Uuid &channelId) const;
    bool hasValue(quint32 user, const std::string &value) const;
    // The user who signs in with `value` through any of their channels, if any.
    static std::optional<quint32> authHolder(const ProjectRecord &project, const std::string &value);

    // A new primary channel demotes the current one, which stays as an ordinary channel.
    ContactChannelView add(quint32 user, const std::string &value, bool verified, bool usedForAuth, bool primary,
                           qint64 nowMillis);

    struct Change
    {
        std::optional<std::string> value;
        std::optional<bool> verified;
        std::optional<bool> usedForAuth;
        std::optional<bool> primary;
    };
    // The channel must exist (find() first).
    ContactChannelView update(quint32 user, const Uuid &channelId, const Change &change);
    bool remove(quint32 user, const Uuid &channelId);

    // Before the user is deleted: frees the addresses they signed in with.
    void forgetUser(quint32 user);
    // After PATCH /users gave a user without a primary e-mail a new one: a new channel, new id.
    void primaryEmailCreated(quint32 user, qint64 nowMillis);

    static Uuid derivedPrimaryId(const Uuid &userId);

private:
    std::optional<ContactChannelView> primaryOf(quint32 user) const;
    void demotePrimary(quint32 user);
    void promote(quint32 user, std::size_t otherIndex);
    void setOtherAuth(quint32 user, const std::string &value, bool usedForAuth);

    ProjectRecord &m_project;
};

} // namespace hexclave::emulator
