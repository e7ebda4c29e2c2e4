// PageTitle: a bold title one and a half times the usual size; the Users, Teams, Permissions
// and API keys pages each show theirs with it, so that they look the same.

#include "UserViewTestHelpers.h"

#include "pages/apikeys/ProjectKeysPage.h"
#include "pages/permissions/PermissionsPage.h"
#include "pages/teams/TeamsPage.h"
#include "pages/users/UsersPage.h"
#include "widgets/PageTitle.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

class TestPageTitle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void looksLikeATitle()
    {
        const QLabel plain(u"Users"_s);
        const ui::PageTitle title(u"Users"_s);
        QCOMPARE(title.text(), u"Users"_s);
        QVERIFY(title.font().bold());
        QVERIFY(!plain.font().bold());
        QCOMPARE(title.font().pointSizeF(), plain.font().pointSizeF() * 1.5);
    }

    void everyPageHasOne()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        ui::UsersPage users(fixture.context);
        ui::TeamsPage teams(fixture.context);
        ui::PermissionsPage permissions(fixture.context);
        ui::ProjectKeysPage keys(fixture.context);
        const ui::PageTitle reference(u"x"_s);
        const QList<QPair<QWidget *, QString>> pages{
            {&users, u"Users"_s}, {&teams, u"Teams"_s}, {&permissions, u"Permissions"_s}, {&keys, u"API keys"_s}};
        for (const auto &[page, text] : pages) {
            const QList<ui::PageTitle *> titles = page->findChildren<ui::PageTitle *>();
            QCOMPARE(titles.size(), 1);
            QCOMPARE(titles.first()->text(), text);
            QCOMPARE(titles.first()->font(), reference.font());
        }
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestPageTitle)
#include "tst_PageTitle.moc"
