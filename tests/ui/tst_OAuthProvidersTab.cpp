// OAuthProvidersTab against the TestServer: a user's linked accounts listed with provider names
// for people, a check box in the list ticked (the change saved on the server, the row showing
// its answer, the boxes locked while saving), and an account removed with the Delete key after
// confirming.

#include "UserViewTestHelpers.h"

#include "OAuthProvidersModel.h"
#include "endpoints/OAuthProvidersEndpoints.h"
#include "pages/users/detail/OAuthProvidersTab.h"
#include "widgets/ErrorBanner.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::OAuthProvidersModel;

// A user who linked a GitHub and a Google account.
std::optional<api::User> userWithAccounts(UserViewFixture &fixture, QString *error)
{
    const QString email = TestServer::uniqueName(u"oauth"_s) + u"@example.com"_s;
    QJsonArray providers;
    providers.append(QJsonObject{{u"id"_s, u"github"_s}, {u"account_id"_s, TestServer::uniqueName(u"gh"_s)}, {u"email"_s, email}});
    providers.append(QJsonObject{{u"id"_s, u"google"_s}, {u"account_id"_s, TestServer::uniqueName(u"gg"_s)}});
    return fixture.createUser(u"OAuth Olga"_s, QJsonObject{{u"primary_email"_s, email}, {u"oauth_providers"_s, providers}}, error);
}

std::optional<api::OAuthProvider> providerOnServer(UserViewFixture &fixture, const QString &userId, const QString &id)
{
    if (const auto page = fixture.run(api::oauthProviders::list(fixture.context.scope(), userId))) {
        for (const api::OAuthProvider &provider : page->items) {
            if (provider.id == id)
                return provider;
        }
    }
    return std::nullopt;
}

} // namespace

class TestOAuthProvidersTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toggleAndRemove()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        QString error;
        const auto user = userWithAccounts(fixture, &error);
        QVERIFY2(user, qPrintable(error));

        ui::OAuthProvidersTab tab(fixture.context);
        QVERIFY(showView(tab));
        tab.setUser(*user);
        tab.ensureLoaded();
        QTRY_VERIFY_WITH_TIMEOUT(settled(tab), kUiTimeoutMs);
        QCOMPARE(tab.model()->rowCount(), 2);
        QStringList names = columnTextsOf(tab);
        names.sort();
        QCOMPARE(names, (QStringList{u"GitHub"_s, u"Google"_s}));

        const int github = tab.model()->index(0, 0).data().toString() == u"GitHub" ? 0 : 1;
        const api::OAuthProvider before = *tab.model()->rowAt(github);
        QCOMPARE(tab.model()->index(github, OAuthProvidersModel::EmailColumn).data().toString(), *user->primaryEmail);

        // Tick "Connected account" in the list: saved on the server, shown from its answer.
        QSignalSpy busy(&tab, &ui::UserDataView::busyChanged);
        const QModelIndex connected = tab.model()->index(github, OAuthProvidersModel::AllowConnectedAccountsColumn);
        clickCheckBox(tab.table(), connected);
        QCOMPARE(busy.count(), 1);
        QVERIFY(!tab.model()->isEditable()); // locked while saving
        QTRY_VERIFY_WITH_TIMEOUT(settled(tab), kUiTimeoutMs);
        QVERIFY2(tab.statusText().contains(u"connected account"_s), qPrintable(tab.statusText()));
        QVERIFY(!tab.errorBanner()->isVisible());
        auto onServer = providerOnServer(fixture, user->id, before.id);
        QVERIFY(onServer);
        QCOMPARE(onServer->allowConnectedAccounts, !before.allowConnectedAccounts);
        QCOMPARE(onServer->allowSignIn, before.allowSignIn);
        const int row = tab.model()->rowOf(before.id);
        QCOMPARE(Qt::CheckState(tab.model()->index(row, OAuthProvidersModel::AllowConnectedAccountsColumn).data(Qt::CheckStateRole).toInt()),
                 onServer->allowConnectedAccounts ? Qt::Checked : Qt::Unchecked);
        QVERIFY(tab.model()->isEditable());

        // Untick "Sign-in": the users table shows sign-in methods, so the row is to be refreshed.
        QSignalSpy userChanged(&tab, &ui::UserDataView::userChanged);
        clickCheckBox(tab.table(), tab.model()->index(row, OAuthProvidersModel::AllowSignInColumn));
        QTRY_VERIFY_WITH_TIMEOUT(settled(tab) && userChanged.count() == 1, kUiTimeoutMs);
        onServer = providerOnServer(fixture, user->id, before.id);
        QVERIFY(onServer);
        QCOMPARE(onServer->allowSignIn, !before.allowSignIn);

        // Remove with the Delete key in the list (as the button), after confirming.
        clickCell(tab.table(), tab.model()->rowOf(before.id), OAuthProvidersModel::ProviderColumn);
        QVERIFY(tab.removeButton()->isEnabled());
        bool done = false;
        QVERIFY(pressDeleteOnRow(tab.table(), tab.model()->rowOf(before.id), OAuthProvidersModel::ProviderColumn));
        answerNextMessageBox(this, &done, u"Remove"_s);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(settled(tab) && tab.model()->rowCount() == 1, kUiTimeoutMs);
        QVERIFY(!providerOnServer(fixture, user->id, before.id));
        QCOMPARE(tab.model()->rowOf(before.id), -1);
        QCOMPARE(userChanged.count(), 2);
        QVERIFY(tab.statusText().contains(u"was removed"_s));
    }

    void emptyList()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const auto user = fixture.createUser(u"Password Only Pia"_s);
        QVERIFY(user);
        ui::OAuthProvidersTab tab(fixture.context);
        QVERIFY(showView(tab));
        tab.setUser(*user);
        tab.ensureLoaded();
        QTRY_VERIFY_WITH_TIMEOUT(settled(tab), kUiTimeoutMs);
        QCOMPARE(tab.model()->rowCount(), 0);
        QVERIFY(tab.placeholderText().contains(u"No OAuth accounts"_s));
        QVERIFY(!tab.removeButton()->isEnabled());
    }

private:
    static QStringList columnTextsOf(const ui::OAuthProvidersTab &tab)
    {
        QStringList texts;
        for (int row = 0; row < tab.model()->rowCount(); ++row)
            texts << tab.model()->index(row, OAuthProvidersModel::ProviderColumn).data().toString();
        return texts;
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestOAuthProvidersTab)
#include "tst_OAuthProvidersTab.moc"
