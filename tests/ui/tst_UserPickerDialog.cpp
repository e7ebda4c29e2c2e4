// UserPickerDialog driven like a person: typing searches the server after a pause (one request
// for a burst of keys, none per key), Enter searches at once without closing, ticks survive a new
// search, excluded users cannot be ticked, the button says how many are chosen and the dialog
// hands them over; a double click ticks and unticks. Errors show in place with Retry (emulator only).
// Runs on a live server too.

#include "TeamTestHelpers.h"
#include "UserDialogTesting.h"

#include "UserChoiceModel.h"
#include "UsersModel.h"
#include "dialogs/UserPickerDialog.h"
#include "widgets/ErrorBanner.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::UsersModel;
using State = models::PagedTableModel::FetchState;

int searchRequests(emulator::Emulator *emulator, const QString &text)
{
    const auto requests = emulator->recordedRequests();
    return int(std::count_if(requests.cbegin(), requests.cend(), [&](const emulator::RecordedRequest &request) {
        return request.method == u"GET" && request.path == u"/users"
            && QUrlQuery(request.query).queryItemValue(u"query"_s, QUrl::FullyDecoded) == text;
    }));
}

bool searched(ui::UserPickerDialog &dialog, const QString &text)
{
    return QTest::qWaitFor(
        [&] {
            return dialog.usersModel()->filter().search == text && !dialog.usersModel()->isLoading()
                && dialog.usersModel()->fetchState() != State::CanFetchMore;
        },
        kUiTimeoutMs);
}

} // namespace

class TestUserPickerDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchTickAndChoose()
    {
        TeamsFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const QString marker = TestServer::uniqueName(u"picker"_s).toLower();
        const auto ada = fixture.createUser(marker + u" Ada"_s);
        const auto bob = fixture.createUser(marker + u" Bob"_s);
        const auto cy = fixture.createUser(u"Cy %1"_s.arg(marker));
        QVERIFY(ada && bob && cy);

        ui::UserPickerDialog dialog(fixture.context);
        dialog.setAcceptText([](int chosen) { return u"Add %1 member(s)"_s.arg(chosen); });
        dialog.setExcludedUsers({cy->id}, u"Already a member of this team"_s);
        QVERIFY(showDialog(&dialog));
        QCOMPARE(QApplication::focusWidget(), dialog.searchField());
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QCOMPARE(dialog.acceptButton()->text(), u"Add 0 member(s)"_s);
        QVERIFY(dialog.chosenLabel()->text().contains(u"Nobody chosen"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.usersModel()->isLoading() && dialog.usersModel()->rowCount() > 0, kUiTimeoutMs);

        // A burst of keys is one search, after the pause.
        if (fixture.emulator())
            fixture.emulator()->clearRecordedRequests();
        QTest::keyClicks(dialog.searchField(), marker);
        QCOMPARE(dialog.usersModel()->filter().search, QString()); // not yet
        QVERIFY(searched(dialog, marker));
        QCOMPARE(dialog.usersModel()->rowCount(), 3);
        if (emulator::Emulator *emulator = fixture.emulator()) {
            QCOMPARE(searchRequests(emulator, marker), 1);
            QCOMPARE(searchRequests(emulator, marker.left(3)), 0);
        }

        // Tick Ada's box; Cy cannot be ticked.
        const int adaRow = dialog.usersModel()->loadedRowOf(ada->id);
        const int cyRow = dialog.usersModel()->loadedRowOf(cy->id);
        QVERIFY(adaRow >= 0 && cyRow >= 0);
        clickCheckBox(dialog.table(), dialog.choiceModel()->index(adaRow, UsersModel::NameColumn));
        QCOMPARE(dialog.chosenUsers().size(), 1);
        QCOMPARE(dialog.chosenUsers().first().id, ada->id);
        clickCheckBox(dialog.table(), dialog.choiceModel()->index(cyRow, UsersModel::NameColumn));
        QCOMPARE(dialog.chosenUsers().size(), 1);
        QCOMPARE(dialog.choiceModel()->index(cyRow, 0).data(Qt::ToolTipRole).toString(), u"Already a member of this team"_s);
        QVERIFY(dialog.acceptButton()->isEnabled());
        QCOMPARE(dialog.acceptButton()->text(), u"Add 1 member(s)"_s);

        // Another search (Enter: at once, and the dialog stays open); Ada stays chosen.
        retypeSearch(dialog, bob->primaryEmail.value());
        QTest::keyClick(dialog.searchField(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(searched(dialog, bob->primaryEmail.value()));
        QCOMPARE(dialog.usersModel()->rowCount(), 1);
        // A double click ticks too.
        doubleClickCell(dialog.table(), 0, UsersModel::EmailColumn);
        QCOMPARE(dialog.chosenUsers().size(), 2);
        QVERIFY(dialog.chosenLabel()->text().contains(ada->label()));
        QVERIFY(dialog.chosenLabel()->text().contains(bob->label()));
        QCOMPARE(dialog.acceptButton()->text(), u"Add 2 member(s)"_s);

        QTest::mouseClick(dialog.acceptButton(), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QStringList chosen;
        for (const api::User &user : dialog.chosenUsers())
            chosen << user.id;
        QCOMPARE(chosen, (QStringList{ada->id, bob->id}));
    }

    void clearAndDoubleClick()
    {
        TeamsFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const QString marker = TestServer::uniqueName(u"clear"_s).toLower();
        const auto first = fixture.createUser(marker + u" One"_s);
        const auto second = fixture.createUser(marker + u" Two"_s);
        QVERIFY(first && second);

        ui::UserPickerDialog dialog(fixture.context);
        QVERIFY(showDialog(&dialog));
        QTest::keyClicks(dialog.searchField(), marker);
        QVERIFY(searched(dialog, marker));
        QCOMPARE(dialog.usersModel()->rowCount(), 2);
        clickCheckBox(dialog.table(), dialog.choiceModel()->index(0, 0));
        clickCheckBox(dialog.table(), dialog.choiceModel()->index(1, 0));
        QCOMPARE(dialog.chosenUsers().size(), 2);
        QVERIFY(dialog.clearButton()->isVisible());
        QTest::mouseClick(dialog.clearButton(), Qt::LeftButton);
        QVERIFY(dialog.chosenUsers().isEmpty());
        QVERIFY(!dialog.acceptButton()->isEnabled());

        // A double click ticks the user and leaves the dialog open; another one unticks them.
        doubleClickCell(dialog.table(), 0, UsersModel::EmailColumn);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.chosenUsers().size(), 1);
        QCOMPARE(dialog.chosenUsers().first().id, dialog.usersModel()->rowAt(0)->id);
        QVERIFY(dialog.acceptButton()->isEnabled());
        doubleClickCell(dialog.table(), 0, UsersModel::EmailColumn);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.chosenUsers().isEmpty());
    }

    void noMatchAndErrors()
    {
        TeamsFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        ui::UserPickerDialog dialog(fixture.context);
        QVERIFY(showDialog(&dialog));
        const QString nonsense = TestServer::uniqueName(u"zq-nobody"_s);
        QTest::keyClicks(dialog.searchField(), nonsense);
        QVERIFY(searched(dialog, nonsense));
        QCOMPARE(dialog.usersModel()->rowCount(), 0);
        QVERIFY(showsText(&dialog, u"No users match “%1”"_s.arg(nonsense)));

        if (!fixture.emulator())
            return; // the rest injects a fault
        fixture.emulator()->addFault({.kind = emulator::Fault::Kind::Status,
                                      .method = u"GET"_s,
                                      .pathPattern = u"^/users$"_s,
                                      .count = -1,
                                      .status = 500,
                                      .message = u"The search is on fire"_s});
        QTest::keyClick(dialog.searchField(), Qt::Key_Escape); // clears the search
        QVERIFY(dialog.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.errorBanner()->isVisible(), kUiTimeoutMs);
        QVERIFY(showsText(dialog.errorBanner(), u"on fire"_s));
        fixture.emulator()->clearFaults();
        QPushButton *retry = findButton<QPushButton>(dialog.errorBanner(), u"Retry"_s);
        QVERIFY(retry);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.usersModel()->rowCount() > 0 && !dialog.errorBanner()->isVisible(), kUiTimeoutMs);
        // Escape in an empty search closes, like Cancel.
        QTest::keyClick(dialog.searchField(), Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

private:
    static void retypeSearch(ui::UserPickerDialog &dialog, const QString &text)
    {
        dialog.searchField()->selectAll();
        QTest::keyClick(dialog.searchField(), Qt::Key_Delete);
        QTest::keyClicks(dialog.searchField(), text);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestUserPickerDialog)
#include "tst_UserPickerDialog.moc"
