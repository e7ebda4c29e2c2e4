// Team invitations (fixture 21) and the team request bodies (fixture 26).

#include "Fixtures.h"

#include "dto/TeamInvitation.h"
#include "endpoints/TeamsEndpoints.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <exception>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

class TestTeamInvitation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invitations()
    {
        using api::Page;
        using api::TeamInvitation;
        QVERIFY(api::parseJson<Page<TeamInvitation>>(Fixture::load(u"21-team-invitations"_s).body).items.isEmpty());
        const auto page = api::parseJson<Page<TeamInvitation>>(
            R"({"items":[{"id":"i1","team_id":"t1","team_display_name":"Ops","recipient_email":"a@b.dev",)"
            R"("expires_at_millis":1795459825247}],"is_paginated":false})");
        QCOMPARE(page.items.size(), 1);
        const TeamInvitation &invitation = page.items.first();
        QCOMPARE(invitation.id, u"i1"_s);
        QCOMPARE(invitation.teamId, u"t1"_s);
        QCOMPARE(invitation.teamDisplayName, u"Ops"_s);
        QCOMPARE(invitation.recipientEmail, u"a@b.dev"_s);
        QCOMPARE(invitation.expiresAtMillis, 1795459825247);
        QVERIFY_THROWS_EXCEPTION(std::exception,
                                 api::parseJson<Page<TeamInvitation>>(R"({"items":[{"id":"i1"}]})"));
    }

    void newTeamBody()
    {
        api::teams::NewTeam team;
        team.displayName = u"Fixture Team"_s;
        QString error;
        const QJsonObject recorded = QJsonDocument::fromJson(Fixture::rawJson(u"26-team-create"_s))
                                         .object()[u"request"_s].toObject()[u"body"_s].toObject();
        QCOMPARE(QJsonDocument::fromJson(team.toJson(&error)).object(), recorded);
        QVERIFY(error.isEmpty());

        team.creatorUserId = u"u1"_s;
        team.serverMetadataJson = uR"({"plan":"pro"})"_s;
        const QJsonObject full = QJsonDocument::fromJson(team.toJson(&error)).object();
        QCOMPARE(full[u"creator_user_id"_s].toString(), u"u1"_s);
        QCOMPARE(full[u"server_metadata"_s].toObject()[u"plan"_s].toString(), u"pro"_s);
        QVERIFY(!full.contains(u"client_metadata"_s));

        team.clientMetadataJson = u"{broken"_s;
        QVERIFY(team.toJson(&error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void teamPatchBody()
    {
        api::teams::TeamPatch patch;
        QVERIFY(patch.isEmpty());
        patch.profileImageUrl = std::optional<QString>(); // null clears the image
        patch.clientMetadataJson = u"null"_s;
        QVERIFY(!patch.isEmpty());
        QString error;
        const QJsonObject body = QJsonDocument::fromJson(patch.toJson(&error)).object();
        QCOMPARE(body.size(), 2);
        QVERIFY(body[u"profile_image_url"_s].isNull());
        QVERIFY(body[u"client_metadata"_s].isNull());
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestTeamInvitation)
#include "tst_TeamInvitation.moc"
