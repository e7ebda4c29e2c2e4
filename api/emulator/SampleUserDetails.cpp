#include "SampleUserDetails.h"

#include "Clock.h"
#include "DataStore.h"
#include "PermissionDefinitionWriter.h"
#include "Random.h"

#include <algorithm>
#include <iterator>

namespace hexclave::emulator {

namespace {

constexpr qint64 kYearMillis = 365 * kDayMillis;

constexpr const char *kOtherDomains[] = {"work.example.com", "acme-corp.com", "university.edu", "old-mail.net",
                                         "consulting.io"};

struct Place
{
    const char *ipPrefix;
    const char *countryCode;
    const char *regionCode;
    const char *cityName;
    double latitude;
    double longitude;
    const char *tzIdentifier;
};

constexpr Place kPlaces[] = {
    {"73.162.", "US", "CA", "San Francisco", 37.7749, -122.4194, "America/Los_Angeles"},
    {"98.14.", "US", "NY", "New York", 40.7128, -74.006, "America/New_York"},
    {"84.153.", "DE", "BE", "Berlin", 52.52, 13.405, "Europe/Berlin"},
    {"90.112.", "FR", "IDF", "Paris", 48.8566, 2.3522, "Europe/Paris"},
    {"81.2.", "GB", "ENG", "London", 51.5074, -0.1278, "Europe/London"},
    {"49.36.", "IN", "KA", "Bengaluru", 12.9716, 77.5946, "Asia/Kolkata"},
    {"126.75.", "JP", "13", "Tokyo", 35.6762, 139.6503, "Asia/Tokyo"},
    {"177.92.", "BR", "SP", "São Paulo", -23.5505, -46.6333, "America/Sao_Paulo"},
    {"142.112.", "CA", "ON", "Toronto", 43.6532, -79.3832, "America/Toronto"},
    {"1.136.", "AU", "NSW", "Sydney", -33.8688, 151.2093, "Australia/Sydney"},
};

// The user's own stream; `part` keeps the streams of its different details apart.
Random streamOf(const UserRecord &user, quint64 part)
{
    return Random(user.id.high() ^ (user.id.low() * 0xD6E8FEB86659FD93ull) ^ (part * 0x9E3779B97F4A7C15ull));
}

qint64 between(Random &random, qint64 from, qint64 to)
{
    return to <= from ? from : random.between(from, to);
}

void addOtherChannels(UserRecord &user, Random &random)
{
    const int count = random.chance(0.12) ? (random.chance(0.3) ? 2 : 1) : 0;
    const std::string local = user.primaryEmail.substr(0, user.primaryEmail.find('@'));
    for (int i = 0; i < count; ++i) {
        ContactChannelRecord channel;
        channel.id = Uuid::random(random);
        constexpr auto domainCount = quint32(std::size(kOtherDomains));
        channel.value = local + '@' + kOtherDomains[(random.below(domainCount) + quint32(i)) % domainCount];
        channel.createdAtMillis = between(random, user.signedUpAtMillis + 1, user.lastActiveAtMillis);
        channel.verified = random.chance(0.6);
        // The local part carries the user's serial number, so no other user has this address.
        channel.usedForAuth = channel.verified && random.chance(0.4);
        user.mutableExtras().otherChannels.push_back(std::move(channel));
    }
    if (user.extras) {
        std::sort(user.extras->otherChannels.begin(), user.extras->otherChannels.end(),
                  [](const ContactChannelRecord &a, const ContactChannelRecord &b) { return a.createdAtMillis < b.createdAtMillis; });
    }
}

void addProjectPermissions(UserRecord &user, Random &random)
{
    for (const auto &[id, share] : {std::pair{"admin", 0.03}, std::pair{"billing", 0.04}, std::pair{"support:read", 0.06}}) {
        if (random.chance(share))
            user.mutableExtras().projectPermissions.emplace_back(id);
    }
}

} // namespace

void SampleUserDetails::addProjectPermissionDefinitions(ProjectRecord &project)
{
    // Created as on the dashboard, so they end up where the server keeps them (the environment
    // override's rbac.permissions); contained permissions first.
    PermissionDefinitionWriter writer(project);
    writer.create(PermissionScope::Project, {"billing", "Manage plans, invoices and payment methods", {}});
    writer.create(PermissionScope::Project, {"support:read", "Read support tickets", {}});
    writer.create(PermissionScope::Project, {"admin", "Full access to the admin area", {"billing", "support:read"}});
}

void SampleUserDetails::addDetails(ProjectRecord &project)
{
    const bool withPermissions = PermissionCatalog::of(project).find(PermissionScope::Project, "admin") != nullptr;
    for (quint32 index = 0; index < project.users.slotCount(); ++index) {
        UserRecord &user = project.users.mutableAt(index);
        if (user.deleted || user.anonymous)
            continue;
        Random random = streamOf(user, 1);
        for (OAuthAccount &account : user.oauthAccounts) {
            account.id = Uuid::random(random);
            account.allowSignIn = !random.chance(0.1);
            account.allowConnectedAccounts = random.chance(0.75);
        }
        if (!user.primaryEmail.empty())
            addOtherChannels(user, random);
        if (withPermissions)
            addProjectPermissions(user, random);
    }
    for (quint32 index = 0; index < project.users.slotCount(); ++index) {
        const UserRecord &user = project.users.at(index);
        if (!user.extras)
            continue;
        for (const ContactChannelRecord &channel : user.extras->otherChannels) {
            if (channel.usedForAuth)
                project.secondaryAuthEmails.emplace(channel.value, index);
        }
    }
}

void SampleUserDetails::materializeSessions(DataStore &store, ProjectRecord &project, quint32 userIndex)
{
    UserRecord &user = project.users.mutableAt(userIndex);
    if (user.sessionsMaterialized || user.deleted)
        return;
    user.sessionsMaterialized = true;
    Random random = streamOf(user, 2);
    const double roll = random.unit();
    const int count = user.anonymous ? 1 : roll < 0.25 ? 0 : roll < 0.65 ? 1 : roll < 0.85 ? 2 : 3;
    for (int i = 0; i < count; ++i) {
        RefreshSession session;
        session.id = Uuid::random(random);
        session.projectId = project.id;
        session.userId = user.id;
        session.createdAtMillis = between(random, user.signedUpAtMillis, user.lastActiveAtMillis);
        // The newest use of the newest session is the user's last activity.
        session.lastUsedAtMillis = i == 0 ? user.lastActiveAtMillis : between(random, session.createdAtMillis, user.lastActiveAtMillis);
        session.createdAtMillis = std::min(session.createdAtMillis, session.lastUsedAtMillis);
        session.expiresAtMillis = session.createdAtMillis + kYearMillis;
        session.impersonation = !user.anonymous && random.chance(0.05);
        if (random.chance(0.85)) {
            const Place &place = random.pick(kPlaces);
            auto info = std::make_shared<EndUserIpInfo>();
            info->ip = std::string(place.ipPrefix) + std::to_string(random.below(256)) + '.' + std::to_string(1 + random.below(254));
            info->countryCode = place.countryCode;
            info->regionCode = place.regionCode;
            info->cityName = place.cityName;
            info->latitude = place.latitude;
            info->longitude = place.longitude;
            info->tzIdentifier = place.tzIdentifier;
            session.lastUsedIpInfo = std::move(info);
        }
        store.addSession(std::move(session));
    }
}

} // namespace hexclave::emulator
