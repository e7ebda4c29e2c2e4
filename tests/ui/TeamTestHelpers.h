#pragma once

// Shared by the Teams page tests: a project connection on the TestServer (the emulator, or a live
// server) with throwaway teams and users made through the API and deleted afterwards (teams
// first, then users), and what those tests ask the server directly.

#include "UserViewTestHelpers.h"

#include "endpoints/TeamsEndpoints.h"

#include <QScopeGuard>

namespace hexclave::tests {

// A double click on a cell as the window system delivers it: press, release, double click, release
// (QTest::mouseDClick alone sends only the double click, which item views ignore without a press).
inline void doubleClickCell(QTableView *table, int row, int column)
{
    const QModelIndex index = table->model()->index(row, column);
    table->scrollTo(index);
    const QPoint point = table->visualRect(index).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, point);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, point);
    QTest::mouseRelease(table->viewport(), Qt::LeftButton, {}, point);
}

class TeamsFixture : public UserViewFixture
{
public:
    explicit TeamsFixture(api::CredentialKind kind = api::CredentialKind::AdminKey,
                          const emulator::EmulatorOptions &options = {})
        : UserViewFixture(kind, options)
    {
    }

    ~TeamsFixture()
    {
        for (const QString &id : std::as_const(m_teams))
            run(api::teams::remove(context.scope(), id));
    }

    TeamsFixture(const TeamsFixture &) = delete;
    TeamsFixture &operator=(const TeamsFixture &) = delete;

    // A new team with a unique name starting with `prefix`, deleted when the fixture goes.
    std::optional<api::Team> createTeam(const QString &prefix, QString *error = nullptr)
    {
        api::teams::NewTeam team;
        team.displayName = TestServer::uniqueName(prefix);
        auto created = run(api::teams::create(context.scope(), team), error);
        if (created)
            m_teams << created->id;
        return created;
    }

    // A team made by the code under test: deleted at the end too (unless the test deleted it).
    void adoptTeam(const QString &id) { m_teams << id; }

    std::optional<api::Team> team(const QString &id, QString *error = nullptr)
    {
        return run(api::teams::get(context.scope(), id), error);
    }

    // The ids of the team's members, sorted (every member: anonymous and restricted too).
    QStringList memberIds(const QString &teamId)
    {
        QStringList ids;
        api::users::ListQuery query;
        query.limit = 1000;
        query.teamId = teamId;
        query.includeAnonymous = true;
        if (const auto page = run(api::users::list(context.scope(), query))) {
            for (const api::User &user : page->items)
                ids << user.id;
        }
        ids.sort();
        return ids;
    }

    // `count` new users (deleted at the end) made members of the team; their ids in order made.
    QStringList addNewMembers(const QString &teamId, int count, const QString &namePrefix = QStringLiteral("Member"))
    {
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            const auto user = createUser(QStringLiteral("%1 %2").arg(namePrefix).arg(i + 1));
            if (!user || !run(api::teams::addMember(context.scope(), teamId, user->id)))
                return {};
            ids << user->id;
        }
        return ids;
    }

private:
    QStringList m_teams;
};

} // namespace hexclave::tests
