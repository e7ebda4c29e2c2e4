// SampleDataGenerator: the same seed gives the same data, the data has the variety the client
// must cope with, and 100,000 users are generated quickly in little memory.
#include "emulator/ContactChannelStore.h"
#include "emulator/DataStore.h"
#include "emulator/EntityJson.h"
#include "emulator/PermissionCatalog.h"
#include "emulator/SampleDataGenerator.h"
#include "emulator/TeamMembers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTest>

#include <nlohmann/json.hpp>

#include <memory>
#include <set>

using namespace Qt::StringLiterals;
using namespace hexclave::emulator;
using nlohmann::ordered_json;

namespace {

struct Generated
{
    std::unique_ptr<DataStore> store = std::make_unique<DataStore>();
    DemoAccount account;
    ProjectRecord &demo() { return *store->project(account.projectId.toStdString()); }
};

Generated generate(int userCount, quint32 seed = 20261123, int teamCount = EmulatorOptions().teamCount,
                   qint64 anchorMillis = SampleDataGenerator::kAnchorMillis)
{
    Generated generated;
    EmulatorOptions options;
    options.userCount = userCount;
    options.sampleAnchorMillis = anchorMillis;
    options.seed = seed;
    options.teamCount = teamCount;
    const auto lock = generated.store->lock();
    generated.account = SampleDataGenerator::populate(*generated.store, options);
    return generated;
}

std::string allUsersJson(ProjectRecord &project)
{
    std::string text;
    for (quint32 i = 0; i < project.users.slotCount(); ++i)
        text += EntityJson::user(project, i).dump() + '\n';
    for (const TeamRecord &team : project.teams)
        text += EntityJson::team(team).dump() + '\n';
    return text;
}

qint64 residentKilobytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

} // namespace

class TestSampleDataGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameData()
    {
        Generated first = generate(500);
        Generated second = generate(500);
        QCOMPARE(first.account.projectId, second.account.projectId);
        QCOMPARE(first.account.secondProjectId, second.account.secondProjectId);
        QVERIFY(allUsersJson(first.demo()) == allUsersJson(second.demo()));

        Generated other = generate(500, 7);
        QVERIFY(other.account.projectId != first.account.projectId);
        QVERIFY(allUsersJson(other.demo()) != allUsersJson(first.demo()));
        QCOMPARE(other.account.adminKey, first.account.adminKey); // keys are fixed
    }

    void phasesGiveTheSameData()
    {
        // The emulator generates the accounts at once and the demo users later on its own
        // thread; that must give exactly what one call gives.
        Generated whole = generate(3000);
        Generated phased;
        EmulatorOptions options;
        options.userCount = 3000;
        {
            const auto lock = phased.store->lock();
            phased.account = SampleDataGenerator::populateAccounts(*phased.store, options);
        }
        QCOMPARE(phased.demo().users.liveCount(), 0);
        QCOMPARE(phased.demo().teams.size(), whole.demo().teams.size());
        {
            const auto lock = phased.store->lock();
            SampleDataGenerator::populateDemoUsers(*phased.store, options, phased.account);
        }
        QCOMPARE(phased.account.projectId, whole.account.projectId);
        QVERIFY(allUsersJson(phased.demo()) == allUsersJson(whole.demo()));
        ProjectRecord &secondPhased = *phased.store->project(phased.account.secondProjectId.toStdString());
        ProjectRecord &secondWhole = *whole.store->project(whole.account.secondProjectId.toStdString());
        QVERIFY(allUsersJson(secondPhased) == allUsersJson(secondWhole));
    }

    // Another anchor (the app's demo uses now) moves the demo users' times and nothing else.
    void anchorMovesTheUsersTimes()
    {
        QCOMPARE(EmulatorOptions().sampleAnchorMillis, SampleDataGenerator::kAnchorMillis);
        const qint64 shift = 23LL * 24 * 60 * 60 * 1000 + 12345;
        Generated fixed = generate(500);
        Generated moved = generate(500, 20261123, EmulatorOptions().teamCount, SampleDataGenerator::kAnchorMillis + shift);
        QCOMPARE(moved.demo().users.slotCount(), fixed.demo().users.slotCount());
        qint64 latestActivity = 0;
        for (quint32 i = 0; i < fixed.demo().users.slotCount(); ++i) {
            const UserRecord &before = fixed.demo().users.at(i);
            const UserRecord &after = moved.demo().users.at(i);
            QCOMPARE(after.id, before.id);
            QCOMPARE(after.signedUpAtMillis, before.signedUpAtMillis + shift);
            QCOMPARE(after.lastActiveAtMillis, before.lastActiveAtMillis + shift);
            latestActivity = std::max(latestActivity, after.lastActiveAtMillis);
        }
        QVERIFY(latestActivity <= SampleDataGenerator::kAnchorMillis + shift + 5000);
        QVERIFY(latestActivity > SampleDataGenerator::kAnchorMillis + shift - 24LL * 60 * 60 * 1000); // active "today"
    }

    void accountsDoNotDependOnTheUserCount()
    {
        // Each part has its own random stream: more demo users shift no other id.
        Generated few = generate(100);
        Generated many = generate(20000);
        QCOMPARE(few.account.projectId, many.account.projectId);
        QCOMPARE(few.account.secondProjectId, many.account.secondProjectId);
        QCOMPARE(few.demo().teams.size(), many.demo().teams.size());
        for (std::size_t i = 0; i < few.demo().teams.size(); ++i)
            QVERIFY(few.demo().teams[i].id == many.demo().teams[i].id);
        ProjectRecord &secondFew = *few.store->project(few.account.secondProjectId.toStdString());
        ProjectRecord &secondMany = *many.store->project(many.account.secondProjectId.toStdString());
        QVERIFY(allUsersJson(secondFew) == allUsersJson(secondMany));
        QVERIFY(few.store->internalProject().users.at(0).id == many.store->internalProject().users.at(0).id);
        // The first demo users are the same too: the rest of the stream only comes later.
        for (quint32 i = 0; i < 100; ++i)
            QVERIFY(few.demo().users.at(i).id == many.demo().users.at(i).id);
    }

    void accounts()
    {
        Generated generated = generate(120);
        QCOMPARE(generated.account.email, u"admin@example.com"_s);
        QCOMPARE(generated.account.password, u"demo-password"_s);
        ProjectRecord &internal = generated.store->internalProject();
        QCOMPARE(internal.users.liveCount(), 1);
        const auto admin = internal.users.findByAuthEmail("admin@example.com");
        QVERIFY(admin);
        QCOMPARE(generated.store->managedProjects(*admin).size(), std::size_t(2));
        QCOMPARE(generated.demo().users.liveCount(), 120);
        QCOMPARE(generated.store->project(generated.account.secondProjectId.toStdString())->users.liveCount(), 10);
        QVERIFY(generated.demo().teams.size() >= 10 && generated.demo().teams.size() <= 20);
    }

    void variety()
    {
        Generated generated = generate(20000);
        ProjectRecord &demo = generated.demo();
        int anonymous = 0, noName = 0, nonAscii = 0, longName = 0, unverified = 0, restrictedByAdmin = 0, github = 0,
            google = 0, noCountry = 0, risky = 0, metadata = 0, password = 0, pictures = 0, selectedTeam = 0;
        qint64 earliest = std::numeric_limits<qint64>::max(), latest = 0;
        QSet<QString> countries;
        for (quint32 i = 0; i < demo.users.slotCount(); ++i) {
            const ordered_json user = EntityJson::user(demo, i);
            const UserRecord &record = demo.users.at(i);
            anonymous += record.anonymous;
            noName += !record.anonymous && user["display_name"].is_null();
            if (user["display_name"].is_string()) {
                const QString name = QString::fromStdString(user["display_name"].get<std::string>());
                nonAscii += name.toLatin1() != name.toUtf8();
                longName += name.size() > 50;
            }
            unverified += !record.anonymous && !record.emailVerified;
            restrictedByAdmin += record.restrictedByAdmin;
            for (const auto &provider : user["oauth_providers"]) {
                github += provider["id"] == "github";
                google += provider["id"] == "google";
            }
            noCountry += !record.anonymous && user["country_code"].is_null();
            if (user["country_code"].is_string())
                countries.insert(QString::fromStdString(user["country_code"].get<std::string>()));
            risky += user["risk_scores"]["sign_up"]["bot"].get<int>() > 0;
            metadata += !user["server_metadata"].is_null() || !user["client_metadata"].is_null();
            password += record.hasPassword;
            pictures += user["profile_image_url"].is_string();
            selectedTeam += user["selected_team"].is_object();
            earliest = std::min(earliest, record.signedUpAtMillis);
            latest = std::max(latest, record.signedUpAtMillis);
            QVERIFY(record.lastActiveAtMillis >= record.signedUpAtMillis);
            QVERIFY(record.lastActiveAtMillis <= SampleDataGenerator::kAnchorMillis + 5000);
            if (record.anonymous) {
                QVERIFY(user["primary_email"].is_null());
                QCOMPARE(user["restricted_reason"]["type"].get<std::string>(), "anonymous");
            }
        }
        const auto share = [](int count) { return double(count) / 20000.0; };
        qInfo("anonymous %.1f%%, no name %.1f%%, non-ASCII names %.1f%%, long names %.1f%%, unverified %.1f%%, "
              "restricted by admin %.1f%%, GitHub %.1f%%, Google %.1f%%, no country %.1f%%, risky %.1f%%, metadata %.1f%%, "
              "password %.1f%%, picture %.1f%%, selected team %.1f%%",
              share(anonymous) * 100, share(noName) * 100, share(nonAscii) * 100, share(longName) * 100, share(unverified) * 100,
              share(restrictedByAdmin) * 100, share(github) * 100, share(google) * 100, share(noCountry) * 100, share(risky) * 100,
              share(metadata) * 100, share(password) * 100, share(pictures) * 100, share(selectedTeam) * 100);
        QVERIFY(share(anonymous) > 0.02 && share(anonymous) < 0.04);
        QVERIFY(share(noName) > 0.05);
        QVERIFY(share(nonAscii) > 0.03);
        QVERIFY(longName > 50);
        QVERIFY(share(unverified) > 0.05);
        QVERIFY(share(restrictedByAdmin) > 0.01);
        QVERIFY(share(github) > 0.2 && share(google) > 0.15);
        QVERIFY(share(noCountry) > 0.1);
        QVERIFY(countries.size() > 15);
        QVERIFY(risky > 0 && metadata > 0 && password > 0 && pictures > 0 && selectedTeam > 0);
        const double spanDays = double(latest - earliest) / 86400000.0;
        QVERIFY2(spanDays > 700 && spanDays < 740, qPrintable(QString::number(spanDays)));
    }

    void details()
    {
        // Every panel of the user page has something to show: extra contact channels, OAuth
        // links with their own ids, project permissions, two-factor users, restricted users.
        Generated generated = generate(5000);
        ProjectRecord &demo = generated.demo();
        int severalChannels = 0, authAliases = 0, permissions = 0, twoFactor = 0, restricted = 0, links = 0;
        QSet<QString> linkIds;
        for (quint32 i = 0; i < demo.users.slotCount(); ++i) {
            const UserRecord &user = demo.users.at(i);
            twoFactor += user.requiresTotpMfa;
            restricted += user.restrictedByAdmin && user.extras && !user.extras->restrictedByAdminReason.empty();
            for (const OAuthAccount &account : user.oauthAccounts) {
                ++links;
                linkIds.insert(account.id.toQString());
            }
            if (!user.extras)
                continue;
            severalChannels += !user.extras->otherChannels.empty();
            for (const ContactChannelRecord &channel : user.extras->otherChannels) {
                authAliases += channel.usedForAuth;
                QVERIFY(channel.createdAtMillis >= user.signedUpAtMillis);
                if (channel.usedForAuth)
                    QCOMPARE(ContactChannelStore::authHolder(demo, channel.value), std::optional<quint32>(i));
            }
            permissions += !user.extras->projectPermissions.empty();
        }
        QVERIFY(severalChannels > 300 && authAliases > 20);
        QVERIFY(permissions > 300);
        QVERIFY(twoFactor > 50 && restricted > 30);
        QCOMPARE(linkIds.size(), links); // every link has an id of its own
        // The definitions live in the config's environment override, as the server keeps them.
        QCOMPARE(PermissionCatalog::of(demo).definitions(PermissionScope::Project).size(), std::size_t(3));
        QVERIFY(demo.config.overrideAt(ConfigLevel::Environment)["rbac.permissions"].contains("support:read"));
        const ProjectRecord &second = *generated.store->project(generated.account.secondProjectId.toStdString());
        QVERIFY(PermissionCatalog::of(second).definitions(PermissionScope::Project).empty());

        // A generated team's first member holds team_admin, every other member team_member.
        for (const TeamRecord &team : demo.teams) {
            for (const quint32 member : team.members) {
                const bool first = member == team.members.front();
                QCOMPARE(directTeamPermissions(demo, team, member),
                         std::vector<std::string>{first ? "team_admin" : "team_member"});
            }
        }

        // The same seed gives the same details.
        Generated again = generate(5000);
        for (quint32 i = 0; i < 200; ++i) {
            const UserRecord &a = demo.users.at(i);
            const UserRecord &b = again.demo().users.at(i);
            QCOMPARE(bool(a.extras), bool(b.extras));
            if (a.extras) {
                QCOMPARE(a.extras->otherChannels.size(), b.extras->otherChannels.size());
                for (std::size_t c = 0; c < a.extras->otherChannels.size(); ++c)
                    QVERIFY(a.extras->otherChannels[c].id == b.extras->otherChannels[c].id);
                QVERIFY(a.extras->projectPermissions == b.extras->projectPermissions);
            }
        }
    }

    void manyTeams()
    {
        const Generated named = generate(300);
        Generated many = generate(300, 20261123, 2000);
        QCOMPARE(named.store->project(named.account.projectId.toStdString())->teams.size(), std::size_t(16));
        const auto &teams = many.demo().teams;
        QCOMPARE(teams.size(), std::size_t(2000));
        // The named teams come first, unchanged; the extra ones are newer and have members.
        const auto &namedTeams = named.store->project(named.account.projectId.toStdString())->teams;
        for (std::size_t i = 0; i < namedTeams.size(); ++i) {
            QCOMPARE(teams[i].displayName, namedTeams[i].displayName);
            QCOMPARE(teams[i].members, namedTeams[i].members);
        }
        std::set<std::string> names;
        std::size_t withMembers = 0;
        for (std::size_t i = namedTeams.size(); i < teams.size(); ++i) {
            QVERIFY(teams[i].members.size() <= 4);
            withMembers += teams[i].members.empty() ? 0 : 1;
            QVERIFY(teams[i].createdAtMillis >= teams[namedTeams.size() - 1].createdAtMillis);
            names.insert(teams[i].displayName);
        }
        QVERIFY(names.size() > 1900);   // generated names, nearly all distinct
        QVERIFY(withMembers > 1800);    // one to four picks each; a pick of an anonymous user is skipped
        // The users (their JSON, selected team included) do not depend on the team count.
        std::string usersOnly;
        std::string usersOnlyNamed;
        for (quint32 i = 0; i < many.demo().users.slotCount(); ++i) {
            usersOnly += EntityJson::user(many.demo(), i).dump() + '\n';
            usersOnlyNamed += EntityJson::user(*named.store->project(named.account.projectId.toStdString()), i).dump() + '\n';
        }
        QCOMPARE(usersOnly, usersOnlyNamed);
    }

    void hundredThousandUsers()
    {
        const qint64 before = residentKilobytes();
        QElapsedTimer timer;
        timer.start();
        Generated generated = generate(100000);
        const qint64 elapsed = timer.elapsed();
        const qint64 after = residentKilobytes();
        qInfo("generated 100,000 users in %lld ms; resident memory grew by %lld MB", elapsed, (after - before) / 1024);
        QCOMPARE(generated.demo().users.liveCount(), 100000);
        QVERIFY(elapsed < 10000); // generous: about 1 s in a debug build, a few hundred ms optimized
    }
};

QTEST_GUILESS_MAIN(TestSampleDataGenerator)
#include "tst_sampledatagenerator.moc"
