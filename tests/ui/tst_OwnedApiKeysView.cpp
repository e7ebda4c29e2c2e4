// OwnedApiKeysView against the TestServer, clicked through like a person would: create a user's
// key (a missing description refused first) whose value is shown once — and nowhere in the list
// afterwards — check it (valid, unknown, and after revoking it, revoked), revoke it after a
// confirmation that names it, each checked on the server; a team key checked from a user's keys
// (another kind); a project with user API keys turned off saying so and where to turn them on;
// and light and dark screenshots.

#include "ScratchTeamFixture.h"

#include "OwnedApiKeysModel.h"
#include "dialogs/ShownOnceSecretsDialog.h"
#include "endpoints/ApiKeysEndpoints.h"
#include "pages/apikeys/CheckApiKeyDialog.h"
#include "pages/apikeys/CreateOwnedApiKeyDialog.h"
#include "pages/apikeys/OwnedApiKeysView.h"
#include "widgets/ErrorBanner.h"
#include "widgets/ExpiryPicker.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::OwnedApiKeysModel;
using Outcome = ui::CheckApiKeyDialog::Outcome;

std::optional<api::OwnedApiKey> keyOnServer(UserViewFixture &fixture, const api::apiKeys::ApiKeyOwner &owner,
                                            const QString &description)
{
    if (const auto page = fixture.run(api::apiKeys::ownedKeys(fixture.context.scope(), owner))) {
        for (const api::OwnedApiKey &key : page->items) {
            if (key.description == description)
                return key;
        }
    }
    return std::nullopt;
}

// Whether any cell of the model shows or holds `text`, in any role a view reads.
bool modelMentions(const QAbstractItemModel &model, const QString &text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole),
                                   OwnedApiKeysModel::IdRole, OwnedApiKeysModel::RawValueRole}) {
                if (model.index(row, column).data(role).toString().contains(text))
                    return true;
            }
        }
    }
    return false;
}

// Creates a key through the view's dialog: `description`, public or not, the expiry chosen;
// returns the value the shown-once dialog showed (empty when it did not open). The value is a
// live key on a live server: compare it, never print it.
QString createThroughDialog(QObject *context, ui::OwnedApiKeysView &view, const QString &description, bool isPublic,
                            ui::ExpiryPicker::Choice expiry)
{
    QString shownValue;
    bool done = false;
    onNextModal<ui::CreateOwnedApiKeyDialog>(context, &done, [&](ui::CreateOwnedApiKeyDialog *dialog) {
        QTest::keyClicks(dialog->descriptionField(), description);
        clickIndicator(isPublic ? dialog->publicOption() : dialog->secretOption());
        QComboBox *expiryField = dialog->expiryPicker()->choiceField();
        expiryField->setCurrentIndex(expiryField->findData(QVariant::fromValue(expiry)));
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QVERIFY(dialog->isBusy()); // closes once created (and is deleted then: not waited for here)
    });
    QTest::mouseClick(view.createButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&done] { return done; }, kUiTimeoutMs))
        return {};
    // The value in a dialog of its own, with a way to say it was copied.
    ui::ShownOnceSecretsDialog *shown = waitForModal<ui::ShownOnceSecretsDialog>();
    if (!shown || shown->secretFields().size() != 1)
        return {};
    shownValue = shown->secretFields().first()->text();
    auto *buttons = shown->findChild<QDialogButtonBox *>();
    QPushButton *copied = nullptr;
    for (QAbstractButton *button : buttons ? buttons->buttons() : QList<QAbstractButton *>()) {
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            copied = qobject_cast<QPushButton *>(button);
    }
    if (!copied)
        return {};
    QTest::mouseClick(copied, Qt::LeftButton);
    return shownValue;
}

// Checks `key` in the view's check dialog; returns what it found (and its sentence).
Outcome checkThroughDialog(QObject *context, ui::OwnedApiKeysView &view, const QString &key, QString *text = nullptr)
{
    Outcome outcome = Outcome::None;
    bool done = false;
    onNextModal<ui::CheckApiKeyDialog>(context, &done, [&](ui::CheckApiKeyDialog *dialog) {
        QCOMPARE(dialog->keyField()->echoMode(), QLineEdit::Password); // not shown to onlookers
        QTest::keyClicks(dialog->keyField(), key);
        QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->outcome() != Outcome::None, kUiTimeoutMs);
        outcome = dialog->outcome();
        if (text)
            *text = dialog->resultText();
        QTest::mouseClick(findButton<QPushButton>(dialog, u"Close"_s), Qt::LeftButton);
        QVERIFY(dialog->keyField()->text().isEmpty()); // wiped on closing
    });
    QTest::mouseClick(view.checkButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&done] { return done; }, 2 * kUiTimeoutMs))
        return Outcome::None;
    return outcome;
}

} // namespace

class TestOwnedApiKeysView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(u"Fusion"_s)); }
    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void createShownOnceCheckRevoke()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        QString error;
        const auto user = fixture.createUser(u"Key Keeper"_s, {}, &error);
        QVERIFY2(user, qPrintable(error));
        const api::apiKeys::ApiKeyOwner owner{api::ApiKeyOwnerKind::User, user->id};

        ui::OwnedApiKeysView view(fixture.context, api::ApiKeyOwnerKind::User);
        QVERIFY(showView(view));
        view.setOwner(user->id, user->label());
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), kUiTimeoutMs);
        QCOMPARE(view.state(), ui::SubjectDataView::State::Loaded);
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(view.placeholderText().contains(u"No API keys"_s));
        QVERIFY(view.createButton()->isEnabled() && view.checkButton()->isEnabled());
        QVERIFY(!view.revokeButton()->isEnabled());

        // A key needs a description: refused in the dialog, nothing sent.
        bool done = false;
        onNextModal<ui::CreateOwnedApiKeyDialog>(this, &done, [](ui::CreateOwnedApiKeyDialog *dialog) {
            QVERIFY(dialog->secretOption()->isChecked()); // secret unless asked otherwise
            QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY(showsText(dialog, u"Say what the key is for"_s));
            QVERIFY(dialog->focusWidget() == dialog->descriptionField()); // where the problem is
            QTest::mouseClick(findButton<QPushButton>(dialog, u"Cancel"_s), Qt::LeftButton);
        });
        QTest::mouseClick(view.createButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QVERIFY(!keyOnServer(fixture, owner, QString()));

        // Created: the value shown once, then only its last four characters in the list.
        const QString description = u"Nightly export "_s + TestServer::uniqueName(u"k"_s);
        const QString value = createThroughDialog(this, view, description, false, ui::ExpiryPicker::Choice::ThirtyDays);
        QVERIFY(value.size() > 8);
        QTRY_VERIFY_WITH_TIMEOUT(settled(view) && view.model()->rowCount() == 1, kUiTimeoutMs);
        QVERIFY2(view.statusText().contains(u"created"_s), qPrintable(view.statusText()));
        const auto created = keyOnServer(fixture, owner, description);
        QVERIFY(created);
        QVERIFY(!created->isPublic);
        QVERIFY(created->expiresAtMillis);
        const qint64 in30Days = QDateTime::currentMSecsSinceEpoch() + 30LL * 24 * 3600 * 1000;
        QVERIFY(qAbs(*created->expiresAtMillis - in30Days) < 10 * 60 * 1000);
        QCOMPARE(created->lastFour, value.right(4));
        QCOMPARE(view.model()->index(0, OwnedApiKeysModel::DescriptionColumn).data().toString(), description);
        QCOMPARE(view.model()->index(0, OwnedApiKeysModel::KeyColumn).data().toString(), u"…"_s + value.right(4));
        QCOMPARE(view.model()->index(0, OwnedApiKeysModel::TypeColumn).data().toString(), u"Secret"_s);
        QCOMPARE(view.model()->index(0, OwnedApiKeysModel::StatusColumn).data().toString(), u"Active"_s);
        QVERIFY(!modelMentions(*view.model(), value));
        QVERIFY(!showsText(&view, value));

        // Checked: valid and this user's; something else is not found.
        QString said;
        QCOMPARE(checkThroughDialog(this, view, value, &said), Outcome::Valid);
        QVERIFY2(said.contains(description) && said.contains(user->label()), qPrintable(said));
        QCOMPARE(checkThroughDialog(this, view, value + u"x"_s), Outcome::NotFound);
        // From another user's keys: valid, but someone else's.
        const auto other = fixture.createUser(u"Other Otto"_s);
        QVERIFY(other);
        ui::OwnedApiKeysView otherView(fixture.context, api::ApiKeyOwnerKind::User);
        QVERIFY(showView(otherView));
        otherView.setOwner(other->id, other->label());
        QTRY_VERIFY_WITH_TIMEOUT(settled(otherView), kUiTimeoutMs);
        QCOMPARE(checkThroughDialog(this, otherView, value, &said), Outcome::ValidForAnotherOwner);
        QVERIFY2(said.contains(user->id), qPrintable(said));
        otherView.close();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));

        // Revoked after a confirmation naming the key: greyed out in the list, and checked as revoked.
        clickCell(view.table(), 0, OwnedApiKeysModel::DescriptionColumn);
        QVERIFY(view.revokeButton()->isEnabled());
        done = false;
        QString question;
        onNextModal<QMessageBox>(this, &done, [&question](QMessageBox *box) {
            question = box->text();
            QTest::mouseClick(findButton<QPushButton>(box, u"Revoke key"_s), Qt::LeftButton);
        });
        QTest::mouseClick(view.revokeButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QVERIFY2(question.contains(description) && question.contains(u"…"_s + value.right(4)), qPrintable(question));
        QTRY_VERIFY_WITH_TIMEOUT(settled(view) && view.model()->rowAt(0) && view.model()->rowAt(0)->isRevoked(), kUiTimeoutMs);
        QVERIFY2(view.statusText().contains(u"revoked"_s), qPrintable(view.statusText()));
        QVERIFY(keyOnServer(fixture, owner, description)->isRevoked());
        QVERIFY(view.model()->index(0, 0).data(OwnedApiKeysModel::NoLongerWorksRole).toBool());
        QVERIFY(view.model()->index(0, OwnedApiKeysModel::StatusColumn).data().toString().startsWith(u"Revoked"_s));
        clickCell(view.table(), 0, OwnedApiKeysModel::DescriptionColumn);
        QVERIFY(!view.revokeButton()->isEnabled());
        QCOMPARE(checkThroughDialog(this, view, value, &said), Outcome::Revoked);
        QVERIFY2(said.contains(u"revoked"_s), qPrintable(said));
    }

    // A team's key (public, never expiring) is valid for the team, and another kind for a user.
    void teamKeyAndKinds()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        QString error;
        const auto user = fixture.createUser(u"Kind Kim"_s, {}, &error);
        QVERIFY2(user, qPrintable(error));
        ScratchTeam team(fixture, u"Keys"_s, &error);
        QVERIFY2(team, qPrintable(error));

        ui::OwnedApiKeysView teamView(fixture.context, api::ApiKeyOwnerKind::Team);
        QVERIFY(showView(teamView));
        teamView.setOwner(team.id(), team.team().displayName);
        QTRY_VERIFY_WITH_TIMEOUT(settled(teamView), kUiTimeoutMs);
        const QString description = u"Widget "_s + TestServer::uniqueName(u"k"_s);
        const QString value = createThroughDialog(this, teamView, description, true, ui::ExpiryPicker::Choice::Never);
        QVERIFY(!value.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(settled(teamView) && teamView.model()->rowCount() == 1, kUiTimeoutMs);
        QCOMPARE(teamView.model()->index(0, OwnedApiKeysModel::TypeColumn).data().toString(), u"Public"_s);
        QCOMPARE(teamView.model()->index(0, OwnedApiKeysModel::ExpiresColumn).data().toString(), u"Never"_s);
        const auto created = keyOnServer(fixture, {api::ApiKeyOwnerKind::Team, team.id()}, description);
        QVERIFY(created && created->isPublic && !created->expiresAtMillis);
        QCOMPARE(checkThroughDialog(this, teamView, value), Outcome::Valid);

        ui::OwnedApiKeysView userView(fixture.context, api::ApiKeyOwnerKind::User);
        QVERIFY(showView(userView));
        userView.setOwner(user->id, user->label());
        QTRY_VERIFY_WITH_TIMEOUT(settled(userView), kUiTimeoutMs);
        QString said;
        QCOMPARE(checkThroughDialog(this, userView, value, &said), Outcome::OtherKind);
        QVERIFY2(said.contains(u"team API key"_s), qPrintable(said));
    }

    // User API keys turned off for the project: the list says so and where to turn them on;
    // nothing can be created.
    void turnedOffSaysWhereToTurnOn()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("injects the server's answer: runs on the emulator only");
        const auto user = fixture.createUser(u"Keyless Kai"_s);
        QVERIFY(user);
        // What the server answers while the project's apiKeys.enabled.user is false.
        fixture.emulator()->addFault({.kind = emulator::Fault::Kind::Status, .method = u"GET"_s,
                                      .pathPattern = u"^/user-api-keys$"_s, .count = 1, .status = 400,
                                      .message = u"User API keys are not enabled for this project."_s});

        ui::OwnedApiKeysView view(fixture.context, api::ApiKeyOwnerKind::User);
        QVERIFY(showView(view));
        view.setOwner(user->id, user->label());
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), kUiTimeoutMs);
        QCOMPARE(view.state(), ui::SubjectDataView::State::Failed);
        QVERIFY(view.errorBanner()->isVisible());
        QVERIFY2(showsText(view.errorBanner(), u"User API keys are turned off for this project"_s),
                 qPrintable(visibleLabelTexts(view.errorBanner()).join(u" | ")));
        QVERIFY(showsText(view.errorBanner(), u"API Keys page"_s));
        QVERIFY(view.placeholderText().contains(u"turned off"_s));
        QVERIFY(!view.createButton()->isEnabled());

        // Turned on again: Retry loads the list.
        QTest::mouseClick(findButton<QPushButton>(view.errorBanner(), u"Retry"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(settled(view) && view.state() == ui::SubjectDataView::State::Loaded, kUiTimeoutMs);
        QVERIFY(!view.errorBanner()->isVisible());
        QVERIFY(view.createButton()->isEnabled());
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void screenshots()
    {
        QFETCH(bool, dark);
        if (dark)
            QApplication::setPalette(darkPalette());
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const auto user = fixture.createUser(u"Gallery Keys"_s);
        QVERIFY(user);
        const api::ProjectScope scope = fixture.context.scope();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const struct
        {
            QString description;
            bool isPublic;
            std::optional<qint64> expires;
            bool revoke;
        } keys[] = {
            {u"Nightly export to the data warehouse"_s, false, now + 90LL * 24 * 3600 * 1000, false},
            {u"Browser widget"_s, true, std::nullopt, false},
            {u"Old deploy script"_s, false, now + 30LL * 24 * 3600 * 1000, true},
        };
        for (const auto &key : keys) {
            api::apiKeys::NewOwnedApiKey newKey;
            newKey.owner = {api::ApiKeyOwnerKind::User, user->id};
            newKey.description = key.description;
            newKey.isPublic = key.isPublic;
            newKey.expiresAtMillis = key.expires;
            const auto created = fixture.run(api::apiKeys::createOwnedKey(scope, newKey));
            QVERIFY(created);
            if (key.revoke)
                QVERIFY(fixture.run(api::apiKeys::revokeOwnedKey(scope, newKey.owner, created->key.id)));
        }
        ui::OwnedApiKeysView view(fixture.context, api::ApiKeyOwnerKind::User);
        QVERIFY(showView(view, {720, 300}));
        view.setOwner(user->id, user->label());
        QTRY_VERIFY_WITH_TIMEOUT(settled(view) && view.model()->rowCount() == 3, kUiTimeoutMs);
        clickCell(view.table(), view.model()->rowCount() - 1, 0); // not the revoked one: it reads dimmed
        QTest::qWait(50);
        const QString suffix = dark ? u"-dark"_s : QString();
        QVERIFY(Screenshots().save(&view, u"owned-api-keys"_s + suffix));

        ui::CreateOwnedApiKeyDialog create(fixture.context, {api::ApiKeyOwnerKind::User, user->id}, user->label(), &view);
        create.expiryPicker()->setChoice(ui::ExpiryPicker::Choice::OnDate);
        create.show();
        QVERIFY(QTest::qWaitForWindowExposed(&create));
        QTest::qWait(50);
        QVERIFY(Screenshots().save(&create, u"owned-api-key-create"_s + suffix));
        create.close();

        ui::CheckApiKeyDialog check(fixture.context, api::ApiKeyOwnerKind::User, user->id, user->label(), &view);
        check.show();
        QVERIFY(QTest::qWaitForWindowExposed(&check));
        QTest::keyClicks(check.keyField(), u"sk_not_a_real_key"_s);
        QTest::mouseClick(check.checkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(check.outcome() != Outcome::None, kUiTimeoutMs);
        QTest::qWait(50);
        QVERIFY(Screenshots().save(&check, u"owned-api-key-check"_s + suffix));
        check.close();
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestOwnedApiKeysView)
#include "tst_OwnedApiKeysView.moc"
