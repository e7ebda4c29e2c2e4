// TeamDialog driven like a person: creating refuses an empty name, an image URL that is not
// http(s) and metadata with a syntax error (its line and column, the cursor on it), then creates
// the team the server stores; editing sends only what changed (nothing at all when nothing did),
// clears the image, keeps the rest; closing with unsaved input asks first; a complaint of the
// server lands on its field. Runs on a live server too (fault injection on the emulator only).

#include "TeamTestHelpers.h"
#include "UserDialogTesting.h"

#include "dialogs/TeamDialog.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"
#include "widgets/JsonEditor.h"
#include "widgets/MetadataTabs.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using Kind = ui::MetadataTabs::Kind;

ui::FieldMessage *messageOf(const QWidget *dialog, const QWidget *field)
{
    const auto messages = dialog->findChildren<ui::FieldMessage *>();
    for (ui::FieldMessage *message : messages) {
        if (message->field() == field)
            return message;
    }
    return nullptr;
}

void retype(QWidget *field, const QString &text)
{
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    typeText(field, text);
}

ui::JsonEditor *openMetadataTab(ui::TeamDialog &dialog, Kind kind)
{
    QTabBar *tabs = dialog.metadata()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(int(kind)).center());
    return dialog.metadata()->editor(kind);
}

int countRequests(emulator::Emulator *emulator, const QString &method, const QString &pathStart)
{
    if (!emulator)
        return -1;
    const auto requests = emulator->recordedRequests();
    return int(std::count_if(requests.cbegin(), requests.cend(), [&](const emulator::RecordedRequest &request) {
        return request.method == method && request.path.startsWith(pathStart);
    }));
}

} // namespace

class TestTeamDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createChecksThenCreates()
    {
        TeamsFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (fixture.emulator())
            fixture.emulator()->clearRecordedRequests();
        ui::TeamDialog dialog(fixture.context);
        QSignalSpy created(&dialog, &ui::TeamDialog::created);
        QVERIFY(showDialog(&dialog));
        QVERIFY(!dialog.isEditing());
        QCOMPARE(dialog.windowTitle(), u"New team"_s);
        QCOMPARE(withoutMnemonic(dialog.acceptButton()->text()), u"Create team"_s);
        QCOMPARE(QApplication::focusWidget(), dialog.displayNameField());

        // Nothing typed: the name is asked for, nothing is sent.
        QTest::mouseClick(dialog.acceptButton(), Qt::LeftButton);
        QVERIFY(!dialog.isBusy());
        ui::FieldMessage *nameMessage = messageOf(&dialog, dialog.displayNameField());
        QVERIFY(nameMessage && nameMessage->isShowingError());
        QVERIFY2(nameMessage->text().contains(u"display name"_s), qPrintable(nameMessage->text()));
        QCOMPARE(QApplication::focusWidget(), dialog.displayNameField());

        // A name, an image URL that is not http(s), metadata that is not JSON.
        const QString name = TestServer::uniqueName(u"Dialog Team"_s);
        typeText(dialog.displayNameField(), name);
        QVERIFY(!nameMessage->isShowingError()); // typing clears the complaint
        typeText(dialog.profileImageField(), u"ftp://example.com/logo.png"_s);
        ui::JsonEditor *server = openMetadataTab(dialog, Kind::Server);
        typeText(server, u"{\n\"plan\": \"pro\",\n\"seats\": 5,,\n}"_s);
        QTest::mouseClick(dialog.acceptButton(), Qt::LeftButton);
        QVERIFY(!dialog.isBusy());
        ui::FieldMessage *imageMessage = messageOf(&dialog, dialog.profileImageField());
        QVERIFY(imageMessage && imageMessage->isShowingError());
        QVERIFY2(imageMessage->text().contains(u"http"_s), qPrintable(imageMessage->text()));
        QCOMPARE(QApplication::focusWidget(), dialog.profileImageField()); // the first problem
        ui::FieldMessage *jsonMessage = dialog.metadata()->message(Kind::Server);
        QVERIFY2(jsonMessage->text().contains(u"line 3, column"_s), qPrintable(jsonMessage->text()));
        QCOMPARE(created.count(), 0);
        QCOMPARE(countRequests(fixture.emulator(), u"POST"_s, u"/teams"_s), fixture.emulator() ? 0 : -1);

        // Fixed: it creates what was typed.
        retype(dialog.profileImageField(), u"https://example.com/logo.png"_s);
        server = openMetadataTab(dialog, Kind::Server);
        retype(server, u"{\"plan\": \"pro\", \"seats\": 5}"_s);
        QTest::mouseClick(dialog.acceptButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, kUiTimeoutMs);
        const auto team = created.at(0).at(0).value<api::Team>();
        fixture.adoptTeam(team.id);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto stored = fixture.team(team.id);
        QVERIFY(stored);
        QCOMPARE(stored->displayName, name);
        QCOMPARE(stored->profileImageUrl, std::optional<QString>(u"https://example.com/logo.png"_s));
        QVERIFY2(sameJson(stored->serverMetadata, u"{\"plan\":\"pro\",\"seats\":5}"_s), qPrintable(stored->serverMetadata));
        QCOMPARE(stored->clientMetadata, u"null"_s); // untouched editors send nothing
        if (emulator::Emulator *emulator = fixture.emulator()) {
            const auto requests = emulator->recordedRequests();
            const auto post = std::find_if(requests.cbegin(), requests.cend(), [](const emulator::RecordedRequest &r) {
                return r.method == u"POST" && r.path == u"/teams";
            });
            QVERIFY(post != requests.cend());
            QStringList keys = QJsonDocument::fromJson(post->body).object().keys();
            keys.sort();
            QCOMPARE(keys, (QStringList{u"display_name"_s, u"profile_image_url"_s, u"server_metadata"_s}));
        }
    }

    void editSendsOnlyWhatChanged()
    {
        TeamsFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const auto created = fixture.createTeam(u"Edit Team"_s);
        QVERIFY(created);
        api::teams::TeamPatch setUp;
        setUp.profileImageUrl = std::optional<QString>(u"https://example.com/old.png"_s);
        setUp.clientMetadataJson = u"{\"theme\":\"dark\"}"_s;
        setUp.serverMetadataJson = u"{\"tier\":\"gold\"}"_s;
        const auto team = fixture.run(api::teams::update(fixture.context.scope(), created->id, setUp));
        QVERIFY(team);

        {
            // Unchanged: Save closes without asking the server anything.
            ui::TeamDialog dialog(fixture.context, *team);
            QSignalSpy saved(&dialog, &ui::TeamDialog::saved);
            QVERIFY(showDialog(&dialog));
            QVERIFY(dialog.isEditing());
            QCOMPARE(dialog.displayNameField()->text(), team->displayName);
            QCOMPARE(dialog.profileImageField()->text(), u"https://example.com/old.png"_s);
            QVERIFY(dialog.metadata()->editor(Kind::Server)->toPlainText().contains(u"gold"_s));
            QVERIFY(dialog.changes().isEmpty());
            if (fixture.emulator())
                fixture.emulator()->clearRecordedRequests();
            QTest::mouseClick(dialog.acceptButton(), Qt::LeftButton);
            QVERIFY(!dialog.isVisible());
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(saved.count(), 0);
            QCOMPARE(countRequests(fixture.emulator(), u"PATCH"_s, u"/teams"_s), fixture.emulator() ? 0 : -1);
        }

        // A new name and no image: only those two are sent; the metadata stays.
        ui::TeamDialog dialog(fixture.context, *team);
        QSignalSpy saved(&dialog, &ui::TeamDialog::saved);
        QVERIFY(showDialog(&dialog));
        const QString renamed = team->displayName + u" (renamed)"_s;
        retype(dialog.displayNameField(), renamed);
        retype(dialog.profileImageField(), QString());
        const api::teams::TeamPatch patch = dialog.changes();
        QCOMPARE(patch.displayName, std::optional<QString>(renamed));
        QVERIFY(patch.profileImageUrl.has_value() && !patch.profileImageUrl->has_value()); // null: removed
        QVERIFY(!patch.clientMetadataJson && !patch.clientReadOnlyMetadataJson && !patch.serverMetadataJson);
        if (fixture.emulator())
            fixture.emulator()->clearRecordedRequests();
        QTest::mouseClick(dialog.acceptButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kUiTimeoutMs);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(saved.at(0).at(0).value<api::Team>().displayName, renamed);

        const auto stored = fixture.team(team->id);
        QVERIFY(stored);
        QCOMPARE(stored->displayName, renamed);
        QCOMPARE(stored->profileImageUrl, std::optional<QString>());
        QVERIFY(sameJson(stored->serverMetadata, u"{\"tier\":\"gold\"}"_s));
        QVERIFY(sameJson(stored->clientMetadata, u"{\"theme\":\"dark\"}"_s));
        if (emulator::Emulator *emulator = fixture.emulator()) {
            const auto requests = emulator->recordedRequests();
            const auto sent = std::find_if(requests.cbegin(), requests.cend(),
                                           [](const emulator::RecordedRequest &r) { return r.method == u"PATCH"; });
            QVERIFY(sent != requests.cend());
            QStringList keys = QJsonDocument::fromJson(sent->body).object().keys();
            keys.sort();
            QCOMPARE(keys, (QStringList{u"display_name"_s, u"profile_image_url"_s}));
        }
    }

    void closingWithUnsavedInputAsks()
    {
        TeamsFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        ui::TeamDialog dialog(fixture.context);
        QVERIFY(showDialog(&dialog));
        typeText(dialog.displayNameField(), u"Half typed"_s);

        bool done = false;
        QString question;
        answerNextQuestion(this, &done, QMessageBox::Cancel, &question); // "Keep editing"
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_VERIFY(done);
        QVERIFY(question.contains(u"throw away"_s));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.displayNameField()->text(), u"Half typed"_s);

        done = false;
        answerNextQuestion(this, &done, QMessageBox::Discard);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_VERIFY(done);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void serverComplaintOnItsField()
    {
        TeamsFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("injects faults: runs on the emulator only");
        fixture.emulator()->addFault(
            {.kind = emulator::Fault::Kind::KnownError,
             .method = u"POST"_s,
             .pathPattern = u"^/teams$"_s,
             .status = 400,
             .knownErrorCode = u"SCHEMA_ERROR"_s,
             .message = u"Request validation failed on POST /api/v1/teams:\n  - body.display_name must be at most 255 characters"_s});
        ui::TeamDialog dialog(fixture.context);
        QSignalSpy created(&dialog, &ui::TeamDialog::created);
        QVERIFY(showDialog(&dialog));
        typeText(dialog.displayNameField(), u"Too long, says the server"_s);
        QTest::mouseClick(dialog.acceptButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kUiTimeoutMs);
        ui::FieldMessage *nameMessage = messageOf(&dialog, dialog.displayNameField());
        QTRY_VERIFY(nameMessage->isShowingError());
        QVERIFY2(nameMessage->text().contains(u"at most 255 characters"_s), qPrintable(nameMessage->text()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(created.count(), 0);
        QVERIFY(dialog.acceptButton()->isEnabled()); // ready to try again
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestTeamDialog)
#include "tst_TeamDialog.moc"
