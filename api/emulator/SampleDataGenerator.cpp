#include "SampleDataGenerator.h"

#include "Clock.h"
#include "DataStore.h"
#include "Random.h"
#include "SampleConversations.h"
#include "SampleEmails.h"
#include "SampleInvitationsAndKeys.h"
#include "SamplePayments.h"
#include "SampleUserDetails.h"
#include "TeamMembers.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>

using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

constexpr qint64 kSignUpSpanMillis = 730 * kDayMillis;

// Fixed keys, independent of the seed, so demo instructions and scripts can name them.
constexpr char kInternalPublishableKey[] = "pck_emulator0internal0dashboard0key0000000000";
constexpr char kDemoPublishableKey[] = "pck_emulator0demo0project0publishable0key0000";
constexpr char kDemoServerKey[] = "ssk_emulator0demo0project0secret0server0key00";
constexpr char kDemoAdminKey[] = "sak_emulator0demo0project0super0secret0admin0";
constexpr char kSecondPublishableKey[] = "pck_emulator0second0project0publishable0key00";
constexpr char kSecondServerKey[] = "ssk_emulator0second0project0secret0server0key";
constexpr char kSecondAdminKey[] = "sak_emulator0second0project0super0secret0adm";

constexpr const char *kFirstNames[] = {
    "Amelia", "Oliver", "Liam", "Emma", "Noah", "Olivia", "Ava", "Elijah", "Sophia", "Lucas", "Mia", "Mateo",
    "Isabella", "Levi", "Harper", "Ethan", "Evelyn", "James", "Aria", "Leo", "Chloe", "Jack", "Zoe", "Kai",
    "Nora", "Ezra", "Layla", "Hugo", "Ines", "Jonas", "Lea", "Finn", "Maja", "Luca", "Sofia", "Reese",
    "Parker", "Jordan", "Taylor", "Skyler", "Morgan", "Riley", "Avery", "Quinn", "Rowan", "Sage", "Priya",
    "Arjun", "Aiko", "Hiro", "Mei", "Wei", "Fatima", "Omar", "Amara", "Kwame", "Ngozi", "Diego", "Camila",
    "Santiago", "Valentina", "Lars", "Ingrid", "Naomi", "Samuel", "Grace", "Daniel", "Hannah", "Felix", "Clara"};

constexpr const char *kLastNames[] = {
    "Chen", "Park", "Patel", "Moore", "Harris", "Hill", "Nelson", "Walker", "Smith", "Johnson", "Garcia",
    "Martinez", "Nguyen", "Kim", "Schmidt", "Rossi", "Silva", "Santos", "Kowalski", "Novak", "Ivanova",
    "Tanaka", "Sato", "Okafor", "Mensah", "Haddad", "Cohen", "Dubois", "Laurent", "Jensen", "Hansen",
    "Lindqvist", "Murphy", "Kelly", "Fischer", "Weber", "Brown", "Davis", "Wilson", "Anderson", "Thomas",
    "Jackson", "White", "Lopez", "Lee", "Gonzalez", "Clark", "Lewis", "Young", "Allen", "King", "Wright",
    "Scott", "Green", "Baker", "Adams", "Campbell", "Reyes", "Morales", "Bauer"};

struct FixedName
{
    const char *displayName;
    const char *emailLocal;
};

constexpr FixedName kUnicodeNames[] = {
    {"Zoë Ångström", "zoe.angstrom"},     {"Łukasz Żółkiewski", "lukasz.zolkiewski"},
    {"李小龙", "xiaolong.li"},             {"王芳", "fang.wang"},
    {"Анна Петрова", "anna.petrova"},     {"Дмитрий Иванов", "dmitry.ivanov"},
    {"محمد علي", "mohammed.ali"},          {"Đặng Thị Hồng", "dang.thi.hong"},
    {"Søren Kierkegård", "soren.k"},       {"José Núñez", "jose.nunez"},
    {"Chloé Lefèvre", "chloe.lefevre"},    {"山田 太郎", "taro.yamada"},
    {"김민준", "minjun.kim"},              {"Αλέξανδρος Παππάς", "alexandros.pappas"},
    {"Björk Guðmundsdóttir", "bjork.g"},   {"Renée 🌸 Dubois", "renee.dubois"},
    {"Ömer Çelik", "omer.celik"},          {"אברהם לוי", "avraham.levi"}};

constexpr FixedName kLongNames[] = {
    {"Maximilian Alexander Friedrich von Hohenberg-Castellanos de la Vega y Montenegro", "max.hohenberg"},
    {"Anastasia Konstantinovna Rimsky-Korsakova-Vasilievskaya", "anastasia.rk"},
    {"Bartholomew Montgomery Fitzgerald-Wellington the Third, Esquire of Lower Wiltshire", "bart.fw"},
    {"Wolfeschlegelsteinhausenbergerdorff Hubert Blaine Junior", "hubert.blaine"}};

constexpr const char *kDomains[] = {"gmail.com", "outlook.com", "proton.me", "yahoo.com", "example.org",
                                    "acme.io", "dummy.dev", "icloud.com", "fastmail.com", "company.co.uk"};

constexpr const char *kCountries[] = {"US", "US", "US", "DE", "FR", "GB", "GB", "IN", "IN", "BR", "JP", "CA",
                                      "NL", "ES", "IT", "PL", "SE", "AU", "KR", "CN", "NG", "MX", "CH", "AT"};

constexpr const char *kRestrictionReasons[] = {"Chargeback", "Spam sign-ups", "Suspicious activity",
                                               "Terms of service violation", "Payment fraud"};

constexpr const char *kPlans[] = {"free", "pro", "team", "enterprise"};

struct TeamSeed
{
    const char *name;
    const char *avatarSlug; // null: no profile image
};

constexpr TeamSeed kDemoTeams[] = {
    {"Design Systems Lab", "design-systems"},
    {"Prototype Garage", nullptr},
    {"Exploratory Research and Insight Partnership With Very Long Collaborative Name For Testing",
     "exploratory-research"},
    {"Launch Council", "launch-council"},
    {"Growth Loop", "growth-loop"},
    {"QA Collective", nullptr},
    {"Customer Advisory Board", "customer-advisory"},
    {"Ops", "ops-team"},
    {"Platform Infrastructure", "platform-infra"},
    {"Mobile Guild", "mobile-guild"},
    {"Data & Analytics", nullptr},
    {"Équipe Paris 🇫🇷", "equipe-paris"},
    {"Support Heroes", "support-heroes"},
    {"Security Response", nullptr},
    {"Partner Integrations", "partner-integrations"},
    {"Founders", "founders"}};

constexpr TeamSeed kSecondTeams[] = {{"Beta Testers", "beta-testers"}, {"Internal Staff", nullptr}};

// Names of the teams beyond kDemoTeams (EmulatorOptions::teamCount): "<word> <word> <serial>".
constexpr const char *kTeamNameFirstWords[] = {
    "Northern", "Blue", "Coastal", "Rapid", "Quiet", "Bright", "Urban", "Alpine", "Solar", "Crimson",
    "Silver", "Open", "Central", "Pacific", "Atlas", "Nova", "Harbor", "Summit", "Delta", "Orbit"};
constexpr const char *kTeamNameSecondWords[] = {
    "Squad", "Guild", "Crew", "Lab", "Studio", "Works", "Collective", "Unit", "Circle", "Partners",
    "Taskforce", "Council", "Division", "Office", "Network", "Group"};

JsonValue jsonValue(ordered_json value)
{
    return std::make_shared<const ordered_json>(std::move(value));
}

std::string digits(Random &random, int count)
{
    std::string text(std::size_t(count), '0');
    text[0] = char('1' + random.below(9));
    for (std::size_t i = 1; i < text.size(); ++i)
        text[i] = char('0' + random.below(10));
    return text;
}

std::string lowerAscii(const char *text)
{
    std::string result;
    for (const char *c = text; *c; ++c) {
        if (*c >= 'A' && *c <= 'Z')
            result += char(*c - 'A' + 'a');
        else if ((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9'))
            result += *c;
    }
    return result;
}

quint8 riskScore(Random &random)
{
    if (random.chance(0.85))
        return 0;
    return quint8(1 + std::min<quint32>(99, quint32(std::pow(random.unit(), 2.0) * 100)));
}

void fillIdentity(UserRecord &user, Random &random, int serial)
{
    const double roll = random.unit();
    std::string local;
    if (roll < 0.05) {
        const FixedName &name = random.pick(kUnicodeNames);
        user.displayName = name.displayName;
        local = std::string(name.emailLocal) + '.' + std::to_string(serial);
    } else if (roll < 0.06) {
        const FixedName &name = random.pick(kLongNames);
        user.displayName = name.displayName;
        local = std::string(name.emailLocal) + '.' + std::to_string(serial);
    } else {
        const char *first = random.pick(kFirstNames);
        const char *last = random.pick(kLastNames);
        if (roll >= 0.14) // the rest (8 %) have no display name
            user.displayName = std::string(first) + ' ' + last;
        switch (random.below(4)) {
        case 0: local = lowerAscii(first) + '.' + lowerAscii(last) + std::to_string(serial); break;
        case 1: local = lowerAscii(first).substr(0, 1) + lowerAscii(last) + std::to_string(serial); break;
        case 2: local = lowerAscii(first) + std::to_string(serial); break;
        default: local = lowerAscii(last) + '.' + lowerAscii(first) + '.' + std::to_string(serial); break;
        }
    }
    user.primaryEmail = local + '@' + random.pick(kDomains);
}

void fillAuthMethods(UserRecord &user, Random &random)
{
    user.emailAuthEnabled = true;
    user.emailVerified = !random.chance(0.08);
    user.hasPassword = random.chance(0.55);
    user.otpEnabled = random.chance(0.12);
    user.passkeyEnabled = random.chance(0.04);
    user.requiresTotpMfa = random.chance(0.03);
    if (random.chance(0.30))
        user.oauthAccounts.push_back({"github", digits(random, 8), user.primaryEmail});
    if (random.chance(0.22))
        user.oauthAccounts.push_back({"google", digits(random, 21), user.primaryEmail});
    if (random.chance(0.03))
        user.oauthAccounts.push_back({"microsoft", Uuid::random(random).toString(), user.primaryEmail});
    if (!user.hasPassword && !user.otpEnabled && user.oauthAccounts.empty())
        user.oauthAccounts.push_back({"github", digits(random, 8), user.primaryEmail});
}

void fillExtras(UserRecord &user, Random &random)
{
    if (random.chance(0.15)) {
        const std::string local = user.primaryEmail.substr(0, user.primaryEmail.find('@'));
        user.mutableExtras().profileImageUrl = random.chance(0.5)
            ? "https://avatars.githubusercontent.com/u/" + digits(random, 7) + "?v=4"
            : "https://avatar.vercel.sh/" + local + "?size=96";
    }
    if (random.chance(0.10)) {
        user.mutableExtras().serverMetadata = jsonValue(
            ordered_json{{"plan", random.pick(kPlans)}, {"crm_id", "cus_" + digits(random, 10)}});
    }
    if (random.chance(0.08)) {
        user.mutableExtras().clientMetadata = jsonValue(
            ordered_json{{"theme", random.chance(0.6) ? "dark" : "light"}, {"onboarded", random.chance(0.7)}});
    }
    if (random.chance(0.04))
        user.mutableExtras().clientReadOnlyMetadata = jsonValue(ordered_json{{"referral_code", "REF-" + digits(random, 6)}});
    if (random.chance(0.015)) {
        user.restrictedByAdmin = true;
        UserExtras &extras = user.mutableExtras();
        extras.restrictedByAdminReason = random.pick(kRestrictionReasons);
        if (random.chance(0.7))
            extras.restrictedByAdminPrivateDetails = "ticket #" + digits(random, 5);
    }
}

UserRecord makeUser(Random &random, int serial, qint64 anchorMillis)
{
    UserRecord user;
    user.id = Uuid::random(random);
    const double age = std::pow(random.unit(), 1.5); // more sign-ups recently
    user.signedUpAtMillis = anchorMillis - qint64(age * double(kSignUpSpanMillis)) - qint64(random.below(1000));
    const qint64 sinceSignUp = anchorMillis - user.signedUpAtMillis;
    user.lastActiveAtMillis = random.chance(0.1)
        ? user.signedUpAtMillis + qint64(random.below(5000))
        : user.signedUpAtMillis + qint64((1.0 - std::pow(random.unit(), 3.0)) * double(sinceSignUp));

    if (random.chance(0.03)) { // anonymous: no e-mail, no name, no sign-in methods
        user.anonymous = true;
        return user;
    }
    fillIdentity(user, random, serial);
    fillAuthMethods(user, random);
    if (random.chance(0.8)) {
        const char *country = random.pick(kCountries);
        user.countryCode[0] = country[0];
        user.countryCode[1] = country[1];
    }
    user.riskBot = riskScore(random);
    user.riskFreeTrialAbuse = riskScore(random);
    fillExtras(user, random);
    return user;
}

void addTeams(ProjectRecord &project, Random &random, const TeamSeed *seeds, int count, qint64 createdFrom)
{
    for (int i = 0; i < count; ++i) {
        TeamRecord team;
        team.id = Uuid::random(random);
        team.displayName = seeds[i].name;
        if (seeds[i].avatarSlug)
            team.profileImageUrl = std::string("https://avatar.vercel.sh/") + seeds[i].avatarSlug + "?size=96";
        team.createdAtMillis = createdFrom + i * 3 * 60 * 60 * 1000LL + qint64(random.below(60000));
        if (i % 5 == 1)
            team.serverMetadata = jsonValue(ordered_json{{"cost_center", "CC-" + digits(random, 4)}});
        project.teams.push_back(std::move(team));
    }
}

// The demo project's named teams: at most kDemoTeams, and only 10 of them for a handful of users.
int namedDemoTeamCount(const EmulatorOptions &options)
{
    const int named = options.userCount >= 40 ? int(std::size(kDemoTeams)) : 10;
    return std::clamp(options.teamCount, 0, named);
}

// The demo teams beyond the named ones, created one after the other after them.
void addGeneratedTeams(ProjectRecord &project, Random &random, int count, qint64 createdFrom)
{
    if (count <= 0)
        return;
    project.teams.reserve(project.teams.size() + std::size_t(count));
    const qint64 spacing = std::max<qint64>(60 * 1000, 700 * kDayMillis / count);
    for (int i = 0; i < count; ++i) {
        TeamRecord team;
        team.id = Uuid::random(random);
        team.displayName = std::string(random.pick(kTeamNameFirstWords)) + ' ' + random.pick(kTeamNameSecondWords) + ' '
            + std::to_string(i + 1);
        if (random.chance(0.3))
            team.profileImageUrl = "https://avatar.vercel.sh/team-" + std::to_string(i + 1) + "?size=96";
        team.createdAtMillis = createdFrom + i * spacing + qint64(random.below(30000));
        if (random.chance(0.1))
            team.serverMetadata = jsonValue(ordered_json{{"cost_center", "CC-" + digits(random, 4)}});
        project.teams.push_back(std::move(team));
    }
}

// Stops early (leaving the table unordered) when `cancel` becomes true; only for teardown.
void addUsers(ProjectRecord &project, Random &random, int count, qint64 anchorMillis,
              const std::atomic<bool> *cancel = nullptr)
{
    project.users.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        if (cancel && (i & 0xfff) == 0 && cancel->load(std::memory_order_relaxed))
            return;
        project.users.appendUnordered(makeUser(random, i + 1, anchorMillis));
    }
    project.users.rebuildOrders();
}

// A generated team's first member counts as its creator (team_admin), the others as members
// (team_member): the default permissions of the project's config.
void joinTeam(ProjectRecord &project, quint32 team, quint32 userIndex)
{
    TeamRecord &record = project.teams[team];
    if (!record.hasMember(userIndex))
        addTeamMember(project, record, userIndex, /*asCreator*/ record.members.empty());
}

// The settings each preset's legacy `config` reports (EntityJson), written into the environment
// override the way the server's project creation writes them (fixture 37).
void configureLikePreset(ProjectRecord &project)
{
    const bool internal = project.configPreset == ProjectConfigPreset::Internal;
    const bool demo = project.configPreset == ProjectConfigPreset::Demo;
    const bool fresh = project.configPreset == ProjectConfigPreset::Fresh;
    ordered_json settings = {
        {"auth.otp.allowSignIn", !fresh},
        {"auth.passkey.allowSignIn", demo},
        {"users.allowClientUserDeletion", demo},
        {"teams.allowClientTeamCreation", !fresh},
        {"teams.createPersonalTeamOnSignUp", internal},
        {"apiKeys.enabled.user", demo},
        {"apiKeys.enabled.team", demo},
        {"onboarding.requireEmailVerification", project.requireEmailVerification},
    };
    if (!fresh) {
        ordered_json providers = ordered_json::object();
        for (const char *id : {"github", "google", "microsoft", "spotify"})
            providers[id] = {{"type", id}, {"isShared", true}, {"allowSignIn", true}, {"allowConnectedAccounts", true}};
        settings["auth.oauth.providers"] = std::move(providers);
    }
    project.config.patch(ConfigLevel::Environment, settings);
    if (demo) {
        ordered_json installed = ordered_json::object();
        for (const char *app : {"authentication", "onboarding", "teams", "rbac", "api-keys", "payments", "emails"})
            installed[app] = {{"enabled", true}};
        project.config.patch(ConfigLevel::Branch, {{"apps", {{"installed", std::move(installed)}}}});
    }
}

// Users join the first `teamLimit` teams (all when negative), skewed so some are big and some small.
void addMemberships(ProjectRecord &project, Random &random, int teamLimit = -1)
{
    const auto teamCount = quint32(teamLimit < 0 ? project.teams.size() : std::min(project.teams.size(), std::size_t(teamLimit)));
    if (teamCount == 0)
        return;
    for (quint32 index = 0; index < project.users.slotCount(); ++index) {
        UserRecord &user = project.users.mutableAt(index);
        if (user.anonymous || !random.chance(0.6))
            continue;
        const auto first = quint32(std::pow(random.unit(), 1.6) * teamCount);
        joinTeam(project, first, index);
        if (random.chance(0.6))
            user.selectedTeam = qint32(first);
        if (random.chance(0.2))
            joinTeam(project, random.below(teamCount), index);
    }
}

// Each generated team (from index `firstTeam` on) gets one to four members, the first as its creator.
void addGeneratedMemberships(ProjectRecord &project, Random &random, std::size_t firstTeam,
                             const std::atomic<bool> *cancel)
{
    const quint32 userSlots = project.users.slotCount();
    if (userSlots == 0)
        return;
    for (std::size_t team = firstTeam; team < project.teams.size(); ++team) {
        if (cancel && (team & 0x3ff) == 0 && cancel->load(std::memory_order_relaxed))
            return;
        const quint32 members = 1 + random.below(4);
        for (quint32 i = 0; i < members; ++i) {
            const quint32 user = random.below(userSlots);
            if (!project.users.at(user).anonymous)
                joinTeam(project, quint32(team), user);
        }
    }
}

// One independent random stream per part of the data, so that generating a part later (or
// not at all) leaves the ids and values of the others as they are for a given seed.
enum class Stream : quint64 {
    Internal = 1, DemoProject = 2, DemoUsers = 3, SecondProject = 4, DemoInvitationsAndKeySets = 5, DemoOwnedKeys = 6,
    DemoGeneratedTeams = 7, DemoGeneratedMemberships = 8, DemoPayments = 9, DemoEmails = 10, DemoConversations = 11,
    SecondConversations = 12
};

Random streamOf(quint32 seed, Stream stream)
{
    Random mixer(quint64(seed) ^ (quint64(stream) * 0xD6E8FEB86659FD93ull));
    return Random(mixer.next());
}

} // namespace

DemoAccount SampleDataGenerator::populateAccounts(DataStore &store, const EmulatorOptions &options)
{
    Random random = streamOf(options.seed, Stream::Internal);

    auto internal = std::make_unique<ProjectRecord>();
    internal->id = "internal";
    internal->displayName = "Stack Dashboard";
    internal->description = "Stack's admin dashboard";
    internal->createdAtMillis = kAnchorMillis - 800 * kDayMillis;
    internal->publishableClientKey = kInternalPublishableKey;
    internal->configPreset = ProjectConfigPreset::Internal;
    internal->idFirstKeyOrder = false;

    TeamRecord adminTeam;
    adminTeam.id = Uuid::random(random);
    adminTeam.displayName = "Administrator's Team";
    adminTeam.createdAtMillis = internal->createdAtMillis + kDayMillis;
    const std::string ownerTeamId = adminTeam.id.toString();
    internal->teams.push_back(std::move(adminTeam));

    UserRecord admin;
    admin.id = Uuid::random(random);
    admin.displayName = "Administrator";
    admin.primaryEmail = "admin@example.com";
    admin.emailVerified = true;
    admin.emailAuthEnabled = true;
    admin.hasPassword = true;
    admin.mutableExtras().password = "demo-password";
    admin.signedUpAtMillis = internal->createdAtMillis + kDayMillis + 60000;
    admin.lastActiveAtMillis = kAnchorMillis - 60 * 60 * 1000;
    admin.selectedTeam = 0;
    admin.countryCode[0] = 'D';
    admin.countryCode[1] = 'E';
    admin.sessionsMaterialized = true; // the dashboard account's sessions are the ones it signs in with
    const Uuid adminId = admin.id;
    const quint32 adminIndex = internal->users.add(std::move(admin));
    configureLikePreset(*internal);
    addTeamMember(*internal, internal->teams[0], adminIndex, /*asCreator*/ true);
    store.setDashboardUser(adminId);
    store.addProject(std::move(internal));

    random = streamOf(options.seed, Stream::DemoProject);
    auto demo = std::make_unique<ProjectRecord>();
    demo->id = Uuid::random(random).toString();
    demo->displayName = "Demo Project";
    demo->description = "Sample data generated by the Hexclave emulator";
    demo->createdAtMillis = kAnchorMillis - 760 * kDayMillis;
    demo->ownerTeamId = ownerTeamId;
    demo->publishableClientKey = kDemoPublishableKey;
    demo->secretServerKey = kDemoServerKey;
    demo->superSecretAdminKey = kDemoAdminKey;
    demo->requireEmailVerification = true;
    demo->configPreset = ProjectConfigPreset::Demo;
    demo->idFirstKeyOrder = false;
    const int namedTeams = namedDemoTeamCount(options);
    addTeams(*demo, random, kDemoTeams, namedTeams, demo->createdAtMillis + kDayMillis);
    Random generatedTeams = streamOf(options.seed, Stream::DemoGeneratedTeams);
    addGeneratedTeams(*demo, generatedTeams, options.teamCount - int(std::size(kDemoTeams)),
                      demo->createdAtMillis + kDayMillis + qint64(std::size(kDemoTeams)) * 3 * 60 * 60 * 1000);
    configureLikePreset(*demo);
    SamplePayments::addCatalog(*demo, options.paymentProviderConnected);
    SampleEmails::addServerAndDrafts(*demo, Clock::nowMillis());
    SampleUserDetails::addProjectPermissionDefinitions(*demo);
    Random extras = streamOf(options.seed, Stream::DemoInvitationsAndKeySets);
    SampleInvitationsAndKeys::addInvitationsAndKeySets(*demo, extras, kAnchorMillis);

    random = streamOf(options.seed, Stream::SecondProject);
    auto second = std::make_unique<ProjectRecord>();
    second->id = Uuid::random(random).toString();
    second->displayName = "Mobile App (staging)";
    second->description = "";
    second->createdAtMillis = kAnchorMillis - 200 * kDayMillis;
    second->ownerTeamId = ownerTeamId;
    second->publishableClientKey = kSecondPublishableKey;
    second->secretServerKey = kSecondServerKey;
    second->superSecretAdminKey = kSecondAdminKey;
    second->configPreset = ProjectConfigPreset::Fresh;
    configureLikePreset(*second);
    addTeams(*second, random, kSecondTeams, int(std::size(kSecondTeams)), second->createdAtMillis + kDayMillis);
    addUsers(*second, random, 10, kAnchorMillis);
    addMemberships(*second, random);
    SampleUserDetails::addDetails(*second);

    DemoAccount account;
    account.email = QStringLiteral("admin@example.com");
    account.password = QStringLiteral("demo-password");
    account.publishableClientKey = QString::fromLatin1(kInternalPublishableKey);
    account.projectId = QString::fromStdString(demo->id);
    account.secondProjectId = QString::fromStdString(second->id);
    account.adminKey = QString::fromLatin1(kDemoAdminKey);
    account.serverKey = QString::fromLatin1(kDemoServerKey);
    account.projectPublishableClientKey = QString::fromLatin1(kDemoPublishableKey);
    store.addProject(std::move(demo));
    store.addProject(std::move(second));
    return account;
}

void SampleDataGenerator::populateDemoUsers(DataStore &store, const EmulatorOptions &options, const DemoAccount &account,
                                            const std::atomic<bool> *cancel)
{
    ProjectRecord *demo = store.project(account.projectId.toStdString());
    if (!demo)
        return;
    Random random = streamOf(options.seed, Stream::DemoUsers);
    addUsers(*demo, random, std::max(0, options.userCount), options.sampleAnchorMillis, cancel);
    if (cancel && cancel->load())
        return;
    const int namedTeams = namedDemoTeamCount(options);
    addMemberships(*demo, random, namedTeams);
    Random generatedMembers = streamOf(options.seed, Stream::DemoGeneratedMemberships);
    addGeneratedMemberships(*demo, generatedMembers, std::size_t(namedTeams), cancel);
    if (cancel && cancel->load())
        return;
    SampleUserDetails::addDetails(*demo);
    Random keys = streamOf(options.seed, Stream::DemoOwnedKeys);
    SampleInvitationsAndKeys::addOwnedKeys(*demo, keys, kAnchorMillis);
    Random payments = streamOf(options.seed, Stream::DemoPayments);
    SamplePayments::addHistory(*demo, payments, std::max(0, options.transactionCount), kAnchorMillis);
    // Relative to now rather than kAnchorMillis: the delivery totals count the last hour to month.
    Random emails = streamOf(options.seed, Stream::DemoEmails);
    SampleEmails::addHistory(*demo, emails, std::max(0, options.outboxEmailCount), Clock::nowMillis());
    // Relative to now as well: the SLA due times must be overdue or due soon whenever it starts.
    SupportSender agent{SupportSenderType::Agent, store.dashboardUser().toString(), {}, {}};
    if (const auto index = store.internalProject().users.find(store.dashboardUser())) {
        agent.displayName = store.internalProject().users.at(*index).displayName;
        agent.primaryEmail = store.internalProject().users.at(*index).primaryEmail;
    }
    Random conversations = streamOf(options.seed, Stream::DemoConversations);
    SampleConversations::addDemoInbox(*demo, conversations, std::max(0, options.conversationCount), agent, Clock::nowMillis());
    if (ProjectRecord *second = store.project(account.secondProjectId.toStdString())) {
        Random secondConversations = streamOf(options.seed, Stream::SecondConversations);
        SampleConversations::addSecondInbox(*second, secondConversations, agent, Clock::nowMillis());
    }
}

DemoAccount SampleDataGenerator::populate(DataStore &store, const EmulatorOptions &options)
{
    const DemoAccount account = populateAccounts(store, options);
    populateDemoUsers(store, options, account);
    return account;
}

} // namespace hexclave::emulator
