// UserPermissionsView against the TestServer: granting a project permission chosen from the
// project's definitions (what it contains listed as inherited, and not revocable), revoking it
// with the Delete key after confirming — checked on the server — and a server key, which cannot
// read definitions: the view says so and grants by typed id.

#include "UserViewTestHelpers.h"

#include "UserPermissionsModel.h"
#include "endpoints/PermissionsEndpoints.h"
#include "pages/users/detail/UserPermissionsView.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::UserPermissionsModel;

QStringList grantsOnServer(UserViewFixture &fixture, const QString &userId, bool recursive)
{
    QStringList ids;
    if (const auto page = fixture.run(api::permissions::ofUser(fixture.context.scope(), userId, recursive))) {
        for (const api::PermissionGrant &grant : page->items)
            ids << grant.id;
    }
    ids.sort();
    return ids;
}

// A permission that contains another, from the project's definitions.
std::optional<api::PermissionDefinition> containingDefinition(UserViewFixture &fixture)
{
    if (const auto page = fixture.run(api::permissions::projectDefinitions(fixture.context.scope()))) {
        for (const api::PermissionDefinition &definition : page->items) {
            if (!definition.isSystem() && !definition.containedPermissionIds.isEmpty())
                return definition;
        }
    }
    return std::nullopt;
}

// On a live project without such a permission: a parent containing a child, made for the test
// and deleted after it.
class TemporaryDefinitions
{
public:
    explicit TemporaryDefinitions(UserViewFixture &fixture)
        : m_fixture(fixture)
    {
        const QString stem = TestServer::uniqueName(u"tabs"_s).toLower().replace(u'-', u'_');
        const QString child = stem + u"_child"_s;
        const QString parent = stem + u"_parent"_s;
        if (create(QJsonObject{{u"id"_s, child}}) && create(QJsonObject{{u"id"_s, parent}, {u"contained_permission_ids"_s, QJsonArray{child}}}))
            m_ids = {parent, child};
    }

    ~TemporaryDefinitions()
    {
        for (const QString &id : std::as_const(m_ids)) {
            m_fixture.run(api::Call<api::NoContent>{
                api::ApiRequest::del(u"/project-permission-definitions/"_s + id, m_fixture.context.scope())});
        }
    }

    TemporaryDefinitions(const TemporaryDefinitions &) = delete;
    TemporaryDefinitions &operator=(const TemporaryDefinitions &) = delete;

private:
    bool create(const QJsonObject &definition)
    {
        const QByteArray body = QJsonDocument(definition).toJson(QJsonDocument::Compact);
        const bool created = m_fixture
                                 .run(api::Call<api::NoContent>{api::ApiRequest::post(
                                     u"/project-permission-definitions"_s, m_fixture.context.scope(), body)})
                                 .has_value();
        if (created)
            m_ids.prepend(definition.value(u"id"_s).toString());
        return created;
    }

    UserViewFixture &m_fixture;
    QStringList m_ids;
};

QStringList rowIds(const UserPermissionsModel &model, bool direct)
{
    QStringList ids;
    for (const models::UserPermission &permission : model.rows()) {
        if (permission.isDirect == direct)
            ids << permission.id;
    }
    ids.sort();
    return ids;
}

} // namespace

class TestUserPermissionsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grantShowsInheritedAndRevoke()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        std::optional<TemporaryDefinitions> temporary;
        if (fixture.server->isLive() && !containingDefinition(fixture))
            temporary.emplace(fixture);
        const auto parent = containingDefinition(fixture);
        QVERIFY2(parent, "the test project needs a permission that contains another");
        const auto user = fixture.createUser(u"Permission Pat"_s);
        QVERIFY(user);

        ui::UserPermissionsView view(fixture.context);
        QVERIFY(showView(view));
        view.setUser(*user);
        view.ensureLoaded();
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), kUiTimeoutMs);
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(view.placeholderText().contains(u"No project permissions"_s));
        QVERIFY(view.grantButton()->isEnabled());
        QVERIFY(!view.revokeButton()->isEnabled());

        bool done = false;
        onNextModal<QInputDialog>(this, &done, [&parent](QInputDialog *dialog) {
            auto *choices = dialog->findChild<QComboBox *>();
            QVERIFY(choices);
            QVERIFY(!choices->isEditable()); // chosen from the definitions
            int index = -1;
            for (int i = 0; i < choices->count(); ++i) {
                if (choices->itemText(i).section(u" — "_s, 0, 0) == parent->id)
                    index = i;
            }
            QVERIFY2(index >= 0, qPrintable(parent->id));
            choices->setCurrentIndex(index);
            QTest::mouseClick(findButton<QPushButton>(dialog, u"OK"_s), Qt::LeftButton);
        });
        QTest::mouseClick(view.grantButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(settled(view) && view.model()->rowCount() > 0, kUiTimeoutMs);
        QVERIFY2(view.statusText().contains(parent->id + u" granted"_s), qPrintable(view.statusText()));
        QCOMPARE(grantsOnServer(fixture, user->id, false), QStringList{parent->id});
        QCOMPARE(rowIds(*view.model(), true), QStringList{parent->id});
        // What it contains is listed, marked as inherited from it.
        QStringList inherited = grantsOnServer(fixture, user->id, true);
        inherited.removeAll(parent->id);
        QVERIFY(!inherited.isEmpty());
        QCOMPARE(rowIds(*view.model(), false), inherited);
        const int inheritedRow = view.model()->rowOf(inherited.first());
        QCOMPARE(view.model()->index(inheritedRow, UserPermissionsModel::SourceColumn).data().toString(),
                 u"Inherited from "_s + parent->id);

        // An inherited permission cannot be revoked here; the granted one can.
        // The Delete key in the list does what the button does: nothing on an inherited one.
        QVERIFY(pressDeleteOnRow(view.table(), inheritedRow, UserPermissionsModel::PermissionColumn));
        QVERIFY(!view.revokeButton()->isEnabled());
        QVERIFY(view.revokeButton()->toolTip().contains(u"inherited"_s));
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(!view.isBusy());
        clickCell(view.table(), view.model()->rowOf(parent->id), UserPermissionsModel::PermissionColumn);
        QVERIFY(view.revokeButton()->isEnabled());
        done = false;
        QVERIFY(pressDeleteOnRow(view.table(), view.model()->rowOf(parent->id), UserPermissionsModel::PermissionColumn));
        answerNextMessageBox(this, &done, u"Revoke"_s);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(settled(view) && view.model()->rowCount() == 0, kUiTimeoutMs);
        QVERIFY(grantsOnServer(fixture, user->id, true).isEmpty());
        QVERIFY(view.statusText().contains(u"revoked"_s));
    }

    void serverKeyGrantsByTypedId()
    {
        UserViewFixture fixture(api::CredentialKind::ServerKey);
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::ServerKey);
        if (fixture.server->isLive())
            QSKIP("needs a permission id known to exist on the live project");
        const QString permissionId = u"billing"_s; // one of the emulator's definitions
        const auto user = fixture.createUser(u"Server Key Sue"_s);
        QVERIFY(user);

        ui::UserPermissionsView view(fixture.context);
        QVERIFY(showView(view));
        view.setUser(*user);
        view.ensureLoaded();
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), kUiTimeoutMs);
        QCOMPARE(view.state(), ui::UserDataView::State::Loaded); // no definitions asked for, so no failure
        QVERIFY2(showsText(&view, u"cannot see or edit their definitions"_s), qPrintable(visibleLabelTexts(&view).join(u" | ")));
        QVERIFY(view.grantButton()->isEnabled());

        bool done = false;
        onNextModal<QInputDialog>(this, &done, [&permissionId](QInputDialog *dialog) {
            auto *choices = dialog->findChild<QComboBox *>();
            QVERIFY(choices && choices->isEditable());
            QTest::keyClicks(choices->lineEdit(), permissionId);
            QTest::mouseClick(findButton<QPushButton>(dialog, u"OK"_s), Qt::LeftButton);
        });
        QTest::mouseClick(view.grantButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(settled(view) && view.model()->rowCount() == 1, kUiTimeoutMs);
        QCOMPARE(grantsOnServer(fixture, user->id, false), QStringList{permissionId});
        QCOMPARE(view.model()->index(0, UserPermissionsModel::DescriptionColumn).data().toString(), QString());
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestUserPermissionsView)
#include "tst_UserPermissionsView.moc"
