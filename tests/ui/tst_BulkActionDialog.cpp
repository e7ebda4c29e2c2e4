// BulkActionDialog driven like a person would: deleting needs the number of users typed; a
// restriction carries its reasons to the server; restricting a selection of which some are
// restricted already leaves those alone by default, or lifts their restriction instead; adding
// to a team picks the team from the list the server gives, reports the user it failed for
// (copied to the clipboard) and tries that one again; granting a permission; Stop during a run,
// and during a run over 20,000 users; a team list that failed to load, retried.
// With HEXCLAVE_SCREENSHOT_DIR set, the parameters and a summary with failures are saved as PNGs
// in the light and dark palette.

#include "EnglishPlurals.h"
#include "DemoProjectFixture.h"

#include "bulk/BulkActionRunner.h"
#include "dialogs/BulkActionDialog.h"
#include "emulator/Emulator.h"
#include "endpoints/PermissionsEndpoints.h"
#include "endpoints/TeamsEndpoints.h"
#include "endpoints/UsersEndpoints.h"
#include "widgets/ErrorBanner.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using emulator::Fault;
using Kind = models::BulkAction::Kind;
using models::BulkTarget;
using Step = ui::BulkActionDialog::Step;

template <class T>
bool await(api::ApiClient *client, api::Call<T> call, T *value)
{
    auto *job = client->send(std::move(call));
    bool done = false;
    bool ok = false;
    QObject context;
    QObject::connect(job, &api::ApiJob::finished, &context, [&] {
        done = true;
        ok = job->succeeded();
        if (ok && value)
            *value = job->takeValue();
    });
    return QTest::qWaitFor([&done] { return done; }, kUiTimeoutMs) && ok;
}

struct Fixture : DemoProjectFixture
{
    Fixture()
        : DemoProjectFixture(50)
    {
    }

    // Fresh users, in no team and holding no permission.
    QList<BulkTarget> createUsers(int count, const QString &prefix = u"Bulk"_s)
    {
        QList<BulkTarget> targets;
        for (int i = 0; i < count; ++i) {
            api::users::NewUser user;
            const int number = ++created;
            user.displayName = u"%1 %2"_s.arg(prefix).arg(number);
            user.primaryEmail = u"%1.%2@bulk.test"_s.arg(prefix.toLower()).arg(number);
            api::User answer;
            if (!await(context.client(), api::users::create(context.scope(), user), &answer))
                return {};
            targets.append({answer.id, answer.label()});
        }
        return targets;
    }

    api::User user(const QString &id)
    {
        api::User answer;
        await(context.client(), api::users::get(context.scope(), id), &answer);
        return answer;
    }

    int created = 0;
};


bool showDialog(ui::BulkActionDialog &dialog)
{
    dialog.resize(680, 520);
    dialog.show();
    dialog.activateWindow();
    return QTest::qWaitForWindowActive(&dialog);
}

QStringList shownRows(const QTableView *view, int column)
{
    QStringList texts;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        texts << view->model()->index(row, column).data().toString();
    return texts;
}

// Picks the entry showing `text` in a combo box as a person does: open it, click the entry.
bool chooseInCombo(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    if (index < 0)
        return false;
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentIndex() == index;
}

QString pathPattern(const QString &path)
{
    return u'^' + QRegularExpression::escape(path) + u'$';
}

} // namespace

class TestBulkActionDialog : public QObject
{
    Q_OBJECT

    Screenshots m_screenshots;
    EnglishPlurals m_plurals;

    void save(QWidget *widget, const QString &name) { QVERIFY2(m_screenshots.save(widget, name), qPrintable(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QCoreApplication::installTranslator(&m_plurals);
    }

    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void deleteNeedsTheCount()
    {
        Fixture fixture;
        QVERIFY(fixture.context.isValid());
        const QList<BulkTarget> targets = fixture.createUsers(3);
        QCOMPARE(targets.size(), 3);
        ui::BulkActionDialog dialog(fixture.context, Kind::Delete, targets);
        QSignalSpy changed(&dialog, &ui::BulkActionDialog::usersChanged);
        QVERIFY(showDialog(dialog));
        QCOMPARE(dialog.windowTitle(), u"Delete 3 users"_s);
        QVERIFY2(showsText(&dialog, u"Bulk 1, Bulk 2"_s) && showsText(&dialog, u"Bulk 3."_s), qPrintable(visibleLabelTexts(&dialog).join(u" | ")));
        QVERIFY(showsText(&dialog, u"cannot be undone"_s));
        QVERIFY(!dialog.startButton()->isEnabled());
        QTest::keyClicks(dialog.confirmationField(), u"2"_s);
        QVERIFY(!dialog.startButton()->isEnabled());
        QTest::mouseClick(dialog.startButton(), Qt::LeftButton); // disabled: nothing happens
        QCOMPARE(dialog.step(), Step::Parameters);
        dialog.confirmationField()->clear();
        QTest::keyClicks(dialog.confirmationField(), u"3"_s);
        QVERIFY(dialog.startButton()->isEnabled());
        QCOMPARE(withoutMnemonic(dialog.startButton()->text()), u"Delete 3 users"_s);
        QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), Step::Summary, kUiTimeoutMs);
        QVERIFY2(showsText(&dialog, u"3 succeeded."_s), qPrintable(visibleLabelTexts(&dialog).join(u" | ")));
        QVERIFY(showsText(&dialog, u"Every user is done."_s));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!dialog.copyButton()->isVisible());
        for (const BulkTarget &target : targets)
            QVERIFY(fixture.user(target.userId).id.isEmpty()); // gone
        QTest::mouseClick(findButton<QPushButton>(&dialog, u"Close"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void restrictWithReasons()
    {
        Fixture fixture;
        QVERIFY(fixture.context.isValid());
        const QList<BulkTarget> targets = fixture.createUsers(4);
        ui::BulkActionDialog dialog(fixture.context, Kind::Restrict, targets);
        QVERIFY(showDialog(dialog));
        QVERIFY(dialog.startButton()->isEnabled()); // the reasons are optional
        QTest::keyClicks(dialog.reasonField(), u"Your account is under review."_s);
        QTest::keyClicks(dialog.detailsField(), u"Chargebacks from the same card"_s);
        QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), Step::Summary, kUiTimeoutMs);
        QVERIFY(showsText(&dialog, u"4 succeeded."_s));
        for (const BulkTarget &target : targets) {
            const api::User user = fixture.user(target.userId);
            QVERIFY(user.restrictedByAdmin);
            QCOMPARE(user.restrictedByAdminReason.value_or(QString()), u"Your account is under review."_s);
            QCOMPARE(user.restrictedByAdminPrivateDetails.value_or(QString()), u"Chargebacks from the same card"_s);
        }

        ui::BulkActionDialog lift(fixture.context, Kind::Unrestrict, targets);
        QVERIFY(showDialog(lift));
        QTest::mouseClick(lift.startButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(lift.step(), Step::Summary, kUiTimeoutMs);
        for (const BulkTarget &target : targets)
            QVERIFY(!fixture.user(target.userId).restrictedByAdmin);
    }

    // Some of the selected users are restricted already: by default they are left alone with
    // their reasons; the dialog can also lift their restriction instead.
    void restrictMixedSelection()
    {
        Fixture fixture;
        QVERIFY(fixture.context.isValid());
        const QList<BulkTarget> created = fixture.createUsers(5);
        QCOMPARE(created.size(), 5);
        for (int i : {0, 1}) {
            api::User user;
            QVERIFY(await(fixture.context.client(),
                          api::users::update(fixture.context.scope(), created.at(i).userId,
                                             api::users::UserPatch::restrict(u"Old reason"_s, {})),
                          &user));
        }
        const auto targetsAsListed = [&fixture](const QList<BulkTarget> &users) {
            QList<BulkTarget> targets;
            for (const BulkTarget &target : users)
                targets.append(BulkTarget::of(fixture.user(target.userId)));
            return targets;
        };
        const QList<BulkTarget> firstFour = targetsAsListed(created.mid(0, 4));
        QVERIFY(firstFour.at(0).restrictedByAdmin && !firstFour.at(2).restrictedByAdmin);

        ui::BulkActionDialog dialog(fixture.context, Kind::Restrict, firstFour);
        QVERIFY(showDialog(dialog));
        QVERIFY2(showsText(&dialog, u"Restricted already by an administrator: 2 users."_s),
                 qPrintable(visibleLabelTexts(&dialog).join(u" | ")));
        QVERIFY(dialog.restrictOthersOption()->isVisible());
        QVERIFY(dialog.restrictOthersOption()->isChecked()); // their reasons are kept unless asked
        QCOMPARE(withoutMnemonic(dialog.startButton()->text()), u"Restrict 2 users"_s);
        clickIndicator(dialog.restrictAllOption());
        QCOMPARE(withoutMnemonic(dialog.startButton()->text()), u"Restrict 4 users"_s);
        clickIndicator(dialog.restrictOthersOption());
        QCOMPARE(withoutMnemonic(dialog.startButton()->text()), u"Restrict 2 users"_s);
        QTest::keyClicks(dialog.reasonField(), u"New reason"_s);
        QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), Step::Summary, kUiTimeoutMs);
        QVERIFY2(showsText(&dialog, u"2 succeeded."_s), qPrintable(visibleLabelTexts(&dialog).join(u" | ")));
        for (int i = 0; i < 5; ++i) {
            const api::User user = fixture.user(created.at(i).userId);
            QCOMPARE(user.restrictedByAdmin, i < 4);
            QCOMPARE(user.restrictedByAdminReason.value_or(QString()),
                     i < 2 ? u"Old reason"_s : i < 4 ? u"New reason"_s : QString());
        }

        // All restricted: there are no others; restricting them all again is what the button does.
        ui::BulkActionDialog again(fixture.context, Kind::Restrict, targetsAsListed(created.mid(0, 4)));
        QVERIFY(showDialog(again));
        QVERIFY(showsText(&again, u"Restricted already by an administrator: 4 users."_s));
        QVERIFY(!again.restrictOthersOption()->isVisible());
        QVERIFY(again.restrictAllOption()->isChecked());
        QCOMPARE(withoutMnemonic(again.startButton()->text()), u"Restrict 4 users"_s);
        again.close();

        // Four restricted and one not: lift the four.
        ui::BulkActionDialog lift(fixture.context, Kind::Restrict, targetsAsListed(created));
        QVERIFY(showDialog(lift));
        QVERIFY(showsText(&lift, u"Restricted already by an administrator: 4 users."_s));
        QVERIFY(lift.reasonField()->isEnabled());
        clickIndicator(lift.liftOption());
        QVERIFY(lift.liftOption()->isChecked());
        QVERIFY(!lift.reasonField()->isEnabled());
        QCOMPARE(withoutMnemonic(lift.startButton()->text()), u"Lift the restriction of 4 users"_s);
        QTest::mouseClick(lift.startButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(lift.step(), Step::Summary, kUiTimeoutMs);
        QCOMPARE(lift.runner()->total(), 4);
        QCOMPARE(lift.runner()->action().kind, Kind::Unrestrict);
        for (const BulkTarget &target : created)
            QVERIFY(!fixture.user(target.userId).restrictedByAdmin);
    }

    void addToTeamReportsFailuresAndTriesAgain()
    {
        Fixture fixture;
        QVERIFY(fixture.context.isValid());
        api::Page<api::Team> teams;
        QVERIFY(await(fixture.context.client(), api::teams::list(fixture.context.scope()), &teams));
        QVERIFY(teams.items.size() >= 2);
        const api::Team team = teams.items.at(1);
        const QList<BulkTarget> targets = fixture.createUsers(5);
        const QString failingPath = u"/team-memberships/"_s + team.id + u'/' + targets.at(2).userId;
        fixture.emulator->addFault({.kind = Fault::Kind::KnownError, .method = u"POST"_s, .pathPattern = pathPattern(failingPath),
                                    .status = 409, .knownErrorCode = u"TEAM_IS_FULL"_s,
                                    .message = u"This team has reached its member limit."_s});

        ui::BulkActionDialog dialog(fixture.context, Kind::AddToTeam, targets);
        QSignalSpy changed(&dialog, &ui::BulkActionDialog::usersChanged);
        QVERIFY(showDialog(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.choiceBox()->isEnabled(), kUiTimeoutMs);
        QCOMPARE(dialog.choiceBox()->count(), int(teams.items.size()));
        QVERIFY(chooseInCombo(dialog.choiceBox(), team.displayName));
        QCOMPARE(withoutMnemonic(dialog.startButton()->text()), u"Add 5 users to %1"_s.arg(team.displayName));
        QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), Step::Summary, kUiTimeoutMs);
        QVERIFY2(showsText(&dialog, u"4 succeeded, 1 failed."_s), qPrintable(visibleLabelTexts(&dialog).join(u" | ")));
        QCOMPARE(changed.size(), 1);

        // Only the problem is listed, with its reason; "Show all" lists everyone.
        QTableView *results = dialog.resultsView();
        QCOMPARE(shownRows(results, 0), QStringList({targets.at(2).label}));
        QVERIFY(shownRows(results, 2).constFirst().contains(u"This team has reached its member limit."_s));
        clickIndicator(dialog.showAllOption());
        QCOMPARE(results->model()->rowCount(), 5);
        clickIndicator(dialog.showAllOption());
        QCOMPARE(results->model()->rowCount(), 1);

        QApplication::clipboard()->clear();
        QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(targets.at(2).label) && copied.contains(targets.at(2).userId), qPrintable(copied));
        QVERIFY2(copied.contains(u"This team has reached its member limit."_s), qPrintable(copied));
        QVERIFY2(copied.contains(u"TEAM_IS_FULL"_s), qPrintable(copied));

        // The fault was for one request: trying the failed user again works.
        QTest::mouseClick(dialog.retryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), Step::Summary, kUiTimeoutMs);
        QCOMPARE(dialog.runner()->total(), 1);
        QVERIFY(showsText(&dialog, u"1 succeeded."_s));
        QCOMPARE(changed.size(), 2);
        for (const BulkTarget &target : targets) {
            api::Page<api::Team> memberOf;
            QVERIFY(await(fixture.context.client(), api::teams::list(fixture.context.scope(), target.userId), &memberOf));
            QVERIFY(std::any_of(memberOf.items.cbegin(), memberOf.items.cend(),
                                [&team](const api::Team &t) { return t.id == team.id; }));
        }
    }

    void grantPermission()
    {
        Fixture fixture;
        QVERIFY(fixture.context.isValid());
        api::Page<api::PermissionDefinition> definitions;
        QVERIFY(await(fixture.context.client(), api::permissions::projectDefinitions(fixture.context.scope()), &definitions));
        QVERIFY(!definitions.items.isEmpty());
        const QList<BulkTarget> targets = fixture.createUsers(3);
        ui::BulkActionDialog dialog(fixture.context, Kind::GrantProjectPermission, targets);
        QVERIFY(showDialog(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.choiceBox()->isEnabled(), kUiTimeoutMs);
        QCOMPARE(dialog.choiceBox()->count(), int(definitions.items.size()));
        const QString permission = dialog.choiceBox()->itemData(dialog.choiceBox()->count() - 1).toString();
        QVERIFY(chooseInCombo(dialog.choiceBox(), dialog.choiceBox()->itemText(dialog.choiceBox()->count() - 1)));
        QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), Step::Summary, kUiTimeoutMs);
        QVERIFY(showsText(&dialog, u"3 succeeded."_s));
        for (const BulkTarget &target : targets) {
            api::Page<api::PermissionGrant> grants;
            QVERIFY(await(fixture.context.client(), api::permissions::ofUser(fixture.context.scope(), target.userId), &grants));
            QVERIFY(std::any_of(grants.items.cbegin(), grants.items.cend(),
                                [&permission](const api::PermissionGrant &grant) { return grant.id == permission; }));
        }
    }

    void stopDuringTheRun()
    {
        Fixture fixture;
        QVERIFY(fixture.context.isValid());
        const QList<BulkTarget> targets = fixture.createUsers(16);
        fixture.emulator->addFault({.kind = Fault::Kind::Latency, .method = u"PATCH"_s, .count = -1, .latencyMs = 250});
        ui::BulkActionDialog dialog(fixture.context, Kind::Unrestrict, targets);
        QVERIFY(showDialog(dialog));
        QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
        QCOMPARE(dialog.step(), Step::Progress);
        QVERIFY(dialog.stopButton()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.runner()->finishedCount() >= 1, kUiTimeoutMs);
        QTest::keyClick(&dialog, Qt::Key_Escape); // like Stop: the dialog stays to report
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.stopButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), Step::Summary, kUiTimeoutMs);
        const int skipped = dialog.runner()->count(models::BulkItem::State::NotAttempted);
        QVERIFY(skipped > 0);
        QVERIFY2(showsText(&dialog, u"%1 not attempted"_s.arg(skipped)), qPrintable(visibleLabelTexts(&dialog).join(u" | ")));
        QCOMPARE(dialog.resultsView()->model()->rowCount(), skipped);
        QTest::keyClick(&dialog, Qt::Key_Escape); // now it closes
        QVERIFY(!dialog.isVisible());
    }

    // Stopping a run over 20,000 users: the summary comes at once (the users not reached are
    // reported together, the counts are counters, the progress is shown a few times a second).
    void stoppingALargeRun()
    {
        Fixture fixture;
        QVERIFY(fixture.context.isValid());
        constexpr int kTargets = 20'000;
        QList<BulkTarget> targets;
        targets.reserve(kTargets);
        for (int i = 0; i < kTargets; ++i)
            targets.append({QUuid::createUuid().toString(QUuid::WithoutBraces), u"User %1"_s.arg(i)});
        fixture.emulator->addFault({.kind = Fault::Kind::Latency, .method = u"PATCH"_s, .count = -1, .latencyMs = 100});
        ui::BulkActionDialog dialog(fixture.context, Kind::Unrestrict, targets);
        QVERIFY(showDialog(dialog));
        QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.runner()->finishedCount() >= 1, kUiTimeoutMs);
        QSignalSpy changed(dialog.runner(), &models::BulkActionRunner::itemsChanged);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(dialog.stopButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), Step::Summary, kUiTimeoutMs);
        qInfo("stopping a run over %d users: the summary after %lld ms", kTargets, clock.elapsed());
        const int skipped = dialog.runner()->count(models::BulkItem::State::NotAttempted);
        QVERIFY(skipped > kTargets - 10);
        QVERIFY2(changed.size() <= 2 * models::BulkActionRunner::kDefaultMaxInFlight + 1, qPrintable(QString::number(changed.size())));
        QVERIFY2(showsText(&dialog, u"%1 not attempted"_s.arg(skipped)), qPrintable(visibleLabelTexts(&dialog).join(u" | ")));
        auto *progress = dialog.findChild<QProgressBar *>();
        QVERIFY(progress);
        QCOMPARE(progress->value(), kTargets);
        QCOMPARE(dialog.resultsView()->model()->rowCount(), kTargets); // a user nobody has fails too
    }

    void teamListFailsThenLoads()
    {
        Fixture fixture;
        QVERIFY(fixture.context.isValid());
        const QList<BulkTarget> targets = fixture.createUsers(2);
        fixture.emulator->addFault({.kind = Fault::Kind::Status, .method = u"GET"_s, .pathPattern = u"^/teams$"_s,
                                    .count = -1, .status = 500, .message = u"Teams are unavailable"_s});
        ui::BulkActionDialog dialog(fixture.context, Kind::AddToTeam, targets);
        QVERIFY(showDialog(dialog));
        auto *banner = dialog.findChild<ui::ErrorBanner *>();
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kUiTimeoutMs);
        QVERIFY(showsText(banner, u"Teams are unavailable"_s));
        QVERIFY(!dialog.startButton()->isEnabled());
        fixture.emulator->clearFaults();
        QTest::mouseClick(findButton<QPushButton>(banner, u"Retry"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.choiceBox()->count() > 0, kUiTimeoutMs);
        QVERIFY(!banner->isVisible());
        QVERIFY(dialog.startButton()->isEnabled());
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
        const QString suffix = dark ? u"-dark"_s : QString();
        Fixture fixture;
        QVERIFY(fixture.context.isValid());
        QList<BulkTarget> targets = fixture.createUsers(12, u"Customer"_s);

        ui::BulkActionDialog deleting(fixture.context, Kind::Delete, targets);
        QVERIFY(showDialog(deleting));
        QTest::keyClicks(deleting.confirmationField(), u"1"_s);
        save(&deleting, u"bulk-delete"_s + suffix);
        deleting.close();

        ui::BulkActionDialog restricting(fixture.context, Kind::Restrict, targets);
        QVERIFY(showDialog(restricting));
        QTest::keyClicks(restricting.reasonField(), u"Your account is under review."_s);
        save(&restricting, u"bulk-restrict"_s + suffix);
        restricting.close();

        ui::BulkActionDialog adding(fixture.context, Kind::AddToTeam, targets);
        QVERIFY(showDialog(adding));
        QTRY_VERIFY_WITH_TIMEOUT(adding.choiceBox()->isEnabled(), kUiTimeoutMs);
        save(&adding, u"bulk-add-to-team"_s + suffix);

        const QString teamId = adding.choiceBox()->currentData().toString();
        const auto path = [&](int i) -> QString { return u"/team-memberships/"_s + teamId + u'/' + targets.at(i).userId; };
        fixture.emulator->addFault({.kind = Fault::Kind::KnownError, .method = u"POST"_s, .pathPattern = pathPattern(path(3)),
                                    .status = 409, .knownErrorCode = u"TEAM_IS_FULL"_s,
                                    .message = u"This team has reached its member limit."_s});
        fixture.emulator->addFault({.kind = Fault::Kind::DropConnection, .method = u"POST"_s, .pathPattern = pathPattern(path(7)),
                                    .count = -1});
        fixture.emulator->addFault({.kind = Fault::Kind::Latency, .method = u"POST"_s, .count = -1, .latencyMs = 150});
        QTest::mouseClick(adding.startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(adding.runner()->finishedCount() >= 4, kUiTimeoutMs);
        save(&adding, u"bulk-progress"_s + suffix);
        QTRY_VERIFY_WITH_TIMEOUT(adding.runner()->finishedCount() >= 9, kUiTimeoutMs);
        if (!adding.runner()->isFinished())
            adding.stopButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(adding.step(), Step::Summary, kUiTimeoutMs);
        QVERIFY(adding.runner()->count(models::BulkItem::State::Failed) == 2);
        save(&adding, u"bulk-summary"_s + suffix);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestBulkActionDialog)
#include "tst_BulkActionDialog.moc"
