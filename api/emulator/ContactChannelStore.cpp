#include "ContactChannelStore.h"

#include "ProjectRecord.h"
#include "Random.h"

#include <algorithm>

namespace hexclave::emulator {

ContactChannelStore::ContactChannelStore(ProjectRecord &project)
    : m_project(project)
{
}

Uuid ContactChannelStore::derivedPrimaryId(const Uuid &userId)
{
    Random random(userId.high() ^ (userId.low() * 0x9E3779B97F4A7C15ull) ^ 0x636f6e7461637431ull);
    return Uuid::random(random);
}

std::optional<ContactChannelView> ContactChannelStore::primaryOf(quint32 user) const
{
    const UserRecord &record = m_project.users.at(user);
    if (record.primaryEmail.empty())
        return std::nullopt;
    const UserExtras *extras = record.extrasOrNull();
    ContactChannelView view;
    view.id = extras && !extras->primaryChannelId.isNull() ? extras->primaryChannelId : derivedPrimaryId(record.id);
    view.value = record.primaryEmail;
    view.createdAtMillis = extras && extras->primaryChannelCreatedAtMillis != 0 ? extras->primaryChannelCreatedAtMillis
                                                                               : record.signedUpAtMillis;
    view.primary = true;
    view.verified = record.emailVerified;
    view.usedForAuth = record.emailAuthEnabled;
    return view;
}

std::vector<ContactChannelView> ContactChannelStore::channelsOf(quint32 user) const
{
    std::vector<ContactChannelView> channels;
    if (auto primary = primaryOf(user))
        channels.push_back(std::move(*primary));
    if (const UserExtras *extras = m_project.users.at(user).extrasOrNull()) {
        for (const ContactChannelRecord &other : extras->otherChannels)
            channels.push_back({other.id, other.value, other.createdAtMillis, false, other.verified, other.usedForAuth});
    }
    std::stable_sort(channels.begin(), channels.end(), [](const ContactChannelView &a, const ContactChannelView &b) {
        return a.createdAtMillis < b.createdAtMillis;
    });
    return channels;
}

std::optional<ContactChannelView> ContactChannelStore::find(quint32 user, const Uuid &channelId) const
{
    for (ContactChannelView &channel : channelsOf(user)) {
        if (channel.id == channelId)
            return std::move(channel);
    }
    return std::nullopt;
}

bool ContactChannelStore::hasValue(quint32 user, const std::string &value) const
{
    const auto channels = channelsOf(user);
    return std::any_of(channels.begin(), channels.end(), [&](const ContactChannelView &c) { return c.value == value; });
}

std::optional<quint32> ContactChannelStore::authHolder(const ProjectRecord &project, const std::string &value)
{
    if (const auto primary = project.users.findByAuthEmail(value))
        return primary;
    const auto it = project.secondaryAuthEmails.find(value);
    if (it == project.secondaryAuthEmails.end())
        return std::nullopt;
    return it->second;
}

void ContactChannelStore::setOtherAuth(quint32 user, const std::string &value, bool usedForAuth)
{
    auto &index = m_project.secondaryAuthEmails;
    if (usedForAuth) {
        index.emplace(value, user);
        return;
    }
    const auto it = index.find(value);
    if (it != index.end() && it->second == user)
        index.erase(it);
}

void ContactChannelStore::demotePrimary(quint32 user)
{
    const auto primary = primaryOf(user);
    if (!primary)
        return;
    UserRecord &record = m_project.users.mutableAt(user);
    m_project.users.setPrimaryEmail(user, std::string(), false);
    record.emailVerified = false;
    record.mutableExtras().otherChannels.push_back({primary->id, primary->value, primary->createdAtMillis, primary->verified,
                                    primary->usedForAuth});
    setOtherAuth(user, primary->value, primary->usedForAuth);
}

void ContactChannelStore::promote(quint32 user, std::size_t otherIndex)
{
    UserRecord &record = m_project.users.mutableAt(user);
    UserExtras &extras = record.mutableExtras();
    const ContactChannelRecord channel = extras.otherChannels[otherIndex];
    extras.otherChannels.erase(extras.otherChannels.begin() + qsizetype(otherIndex));
    setOtherAuth(user, channel.value, false);
    extras.primaryChannelId = channel.id;
    extras.primaryChannelCreatedAtMillis = channel.createdAtMillis;
    m_project.users.setPrimaryEmail(user, channel.value, channel.usedForAuth);
    m_project.users.mutableAt(user).emailVerified = channel.verified;
}

ContactChannelView ContactChannelStore::add(quint32 user, const std::string &value, bool verified, bool usedForAuth,
                                            bool primary, qint64 nowMillis)
{
    const ContactChannelRecord channel{Uuid::randomFromSystem(), value, nowMillis, verified, usedForAuth};
    if (primary)
        demotePrimary(user);
    UserExtras &extras = m_project.users.mutableAt(user).mutableExtras();
    extras.otherChannels.push_back(channel);
    setOtherAuth(user, value, usedForAuth);
    if (primary)
        promote(user, extras.otherChannels.size() - 1);
    return *find(user, channel.id);
}

ContactChannelView ContactChannelStore::update(quint32 user, const Uuid &channelId, const Change &change)
{
    const auto before = find(user, channelId);
    if (before->primary) {
        UserRecord &record = m_project.users.mutableAt(user);
        if (change.value || change.usedForAuth) {
            m_project.users.setPrimaryEmail(user, change.value.value_or(before->value),
                                            change.usedForAuth.value_or(before->usedForAuth));
        }
        if (change.verified)
            record.emailVerified = *change.verified;
        if (change.primary && !*change.primary)
            demotePrimary(user);
        return *find(user, channelId);
    }

    UserExtras &extras = m_project.users.mutableAt(user).mutableExtras();
    const auto it = std::find_if(extras.otherChannels.begin(), extras.otherChannels.end(),
                                 [&](const ContactChannelRecord &c) { return c.id == channelId; });
    ContactChannelRecord &channel = *it;
    if (change.value || change.usedForAuth) {
        setOtherAuth(user, channel.value, false);
        channel.value = change.value.value_or(channel.value);
        channel.usedForAuth = change.usedForAuth.value_or(channel.usedForAuth);
        setOtherAuth(user, channel.value, channel.usedForAuth);
    }
    if (change.verified)
        channel.verified = *change.verified;
    if (change.primary && *change.primary) {
        const std::size_t position = std::size_t(it - extras.otherChannels.begin());
        demotePrimary(user); // appends to otherChannels: `it` is stale from here on
        promote(user, position);
    }
    return *find(user, channelId);
}

bool ContactChannelStore::remove(quint32 user, const Uuid &channelId)
{
    const auto channel = find(user, channelId);
    if (!channel)
        return false;
    if (channel->primary) {
        m_project.users.setPrimaryEmail(user, std::string(), false);
        m_project.users.mutableAt(user).emailVerified = false;
        return true;
    }
    UserExtras &extras = m_project.users.mutableAt(user).mutableExtras();
    setOtherAuth(user, channel->value, false);
    std::erase_if(extras.otherChannels, [&](const ContactChannelRecord &c) { return c.id == channelId; });
    return true;
}

void ContactChannelStore::forgetUser(quint32 user)
{
    std::erase_if(m_project.secondaryAuthEmails, [user](const auto &entry) { return entry.second == user; });
}

void ContactChannelStore::primaryEmailCreated(quint32 user, qint64 nowMillis)
{
    UserExtras &extras = m_project.users.mutableAt(user).mutableExtras();
    extras.primaryChannelId = Uuid::randomFromSystem();
    extras.primaryChannelCreatedAtMillis = nowMillis;
}

} // namespace hexclave::emulator
