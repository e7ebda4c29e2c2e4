#pragma once

// For the tests of the team widgets (invitations, member permissions, team API keys): a team
// made through the API for one test and deleted when it goes, with what it holds.

#include "UserViewTestHelpers.h"

#include "endpoints/TeamsEndpoints.h"

namespace hexclave::tests {

class ScratchTeam
{
public:
    // Declare it after the fixture, so that it goes (and the team with it) before the users do.
    ScratchTeam(UserViewFixture &fixture, const QString &prefix, QString *error = nullptr)
        : m_fixture(fixture)
    {
        api::teams::NewTeam team;
        team.displayName = TestServer::uniqueName(prefix);
        m_team = fixture.run(api::teams::create(fixture.context.scope(), team), error);
    }

    ~ScratchTeam()
    {
        if (m_team)
            m_fixture.run(api::teams::remove(m_fixture.context.scope(), m_team->id));
    }

    ScratchTeam(const ScratchTeam &) = delete;
    ScratchTeam &operator=(const ScratchTeam &) = delete;

    explicit operator bool() const { return m_team.has_value(); }
    const api::Team &team() const { return *m_team; }
    QString id() const { return m_team ? m_team->id : QString(); }

private:
    UserViewFixture &m_fixture;
    std::optional<api::Team> m_team;
};

// The moment the first modal dialog of type Dialog is in front (e.g. one that another dialog
// opened), or null after the timeout.
template <class Dialog>
Dialog *waitForModal()
{
    Dialog *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&found] { return (found = qobject_cast<Dialog *>(QApplication::activeModalWidget())) != nullptr; }, kUiTimeoutMs);
    return shown && QTest::qWaitForWindowActive(found) ? found : nullptr;
}

} // namespace hexclave::tests
