// ExportUsersDialog driven like a person would: choose JSON and two columns, pick the file with
// the (injected) file chooser, export, see the count and size, open the folder; cancel during
// the export (button and Esc) and see that no file was written, or that the file there before
// was left as it was; "1 user" for one user; a server failure shown with its details and a way
// back to the options; the last choices remembered. With
// HEXCLAVE_SCREENSHOT_DIR set, the three steps are saved as PNGs in the light and dark palette.

#include "EnglishPlurals.h"
#include "DemoProjectFixture.h"

#include "AppSettings.h"
#include "UsersModel.h"
#include "core/ApiClient.h"
#include "dialogs/ExportUsersDialog.h"
#include "emulator/Emulator.h"
#include "export/UsersExport.h"
#include "widgets/ErrorBanner.h"

#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using emulator::Fault;
using Step = ui::ExportUsersDialog::Step;

struct Fixture
{
    explicit Fixture(int users = 300)
        : demo(users, &settings)
    {
    }

    ui::AppSettings settings{nullptr};
    DemoProjectFixture demo;
    std::unique_ptr<emulator::Emulator> &emulator = demo.emulator;
    ui::ProjectContext &context = demo.context;
};

models::UsersFilter everyone()
{
    models::UsersFilter filter;
    filter.includeRestricted = true;
    filter.includeAnonymous = true;
    return filter;
}

// A dark palette as a desktop's dark theme gives it (every role derived from the window colour).

QListWidgetItem *columnItem(QListWidget *list, const QString &title)
{
    const auto items = list->findItems(title, Qt::MatchExactly);
    return items.isEmpty() ? nullptr : items.constFirst();
}

// Ticks or unticks a column as a person does with the keyboard: select it, press Space.
void toggleColumn(QListWidget *list, QListWidgetItem *item)
{
    clickListItem(list, item);
    QTest::keyClick(list, Qt::Key_Space);
}

QStringList entriesOf(const QTemporaryDir &directory)
{
    return QDir(directory.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

bool showDialog(ui::ExportUsersDialog &dialog)
{
    dialog.resize(640, 640);
    dialog.show();
    dialog.activateWindow();
    return QTest::qWaitForWindowActive(&dialog);
}

} // namespace

class TestExportUsersDialog : public QObject
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

    void texts()
    {
        models::UsersFilter filter;
        filter.search = u"ann"_s;
        filter.includeRestricted = true;
        QCOMPARE(ui::ExportUsersDialog::scopeText(filter), u"Users matching “ann”, including restricted users, newest sign-ups first."_s);
        filter.search.clear();
        filter.includeRestricted = false;
        filter.orderBy = api::users::OrderBy::LastActiveAt;
        filter.descending = false;
        QCOMPARE(ui::ExportUsersDialog::scopeText(filter),
                 u"All users except restricted and anonymous users, least recently active first."_s);
        filter.onlyAnonymous = true;
        QVERIFY(ui::ExportUsersDialog::scopeText(filter).startsWith(u"Anonymous users,"_s));

        const QDate date(2026, 5, 1);
        QCOMPARE(ui::ExportUsersDialog::suggestedFileName(u"Demo Project"_s, models::ExportFormat::Csv, date),
                 u"users-demo-project-2026-05-01.csv"_s);
        QCOMPARE(ui::ExportUsersDialog::suggestedFileName(u"  ../Ünï/cödé: *?  "_s, models::ExportFormat::Json, date),
                 u"users-ünï-cödé-2026-05-01.json"_s);
        QCOMPARE(ui::ExportUsersDialog::suggestedFileName(u"///"_s, models::ExportFormat::Csv, date), u"users-2026-05-01.csv"_s);
    }

    void exportJsonWithChosenColumns()
    {
        Fixture fixture;
        QVERIFY2(fixture.context.isValid(), "no signed-in demo project");
        QTemporaryDir directory;
        const QString target = directory.filePath(u"picked.json"_s);
        ui::ExportUsersDialog dialog(fixture.context, everyone());
        QString suggested;
        dialog.setFileChooser([&](QWidget *, const QString &path, models::ExportFormat format) {
            suggested = path;
            return format == models::ExportFormat::Json ? target : QString();
        });
        QList<QUrl> opened;
        dialog.setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        QVERIFY(showDialog(dialog));
        QCOMPARE(dialog.step(), Step::Options);
        QVERIFY(showsText(&dialog, u"All users, including anonymous and restricted users"_s));
        QVERIFY(dialog.csvOption()->isChecked());
        QVERIFY(dialog.fileField()->text().endsWith(
            ui::ExportUsersDialog::suggestedFileName(fixture.context.project.displayName, models::ExportFormat::Csv,
                                                     QDate::currentDate())));

        clickIndicator(dialog.jsonOption());
        QVERIFY(dialog.jsonOption()->isChecked());
        QVERIFY(dialog.fileField()->text().endsWith(u".json"_s)); // the suggested name follows the format
        QVERIFY(!dialog.byteOrderMarkOption()->isEnabled());

        // Only two columns: none, then ID and Primary email.
        QPushButton *none = findButton<QPushButton>(&dialog, u"None"_s);
        QVERIFY(none);
        QTest::mouseClick(none, Qt::LeftButton);
        QVERIFY(!dialog.exportButton()->isEnabled());
        QVERIFY(showsText(&dialog, u"0 of 27 columns"_s));
        toggleColumn(dialog.columnList(), columnItem(dialog.columnList(), u"Primary email"_s));
        toggleColumn(dialog.columnList(), columnItem(dialog.columnList(), u"ID"_s));
        QVERIFY(showsText(&dialog, u"2 of 27 columns"_s));
        QVERIFY(dialog.exportButton()->isEnabled());

        QTest::mouseClick(dialog.chooseFileButton(), Qt::LeftButton);
        QVERIFY(suggested.endsWith(u".json"_s));
        QCOMPARE(dialog.filePath(), target);

        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), Step::Result, kUiTimeoutMs);
        QCOMPARE(dialog.currentExport()->state(), models::UsersExport::State::Succeeded);
        const int users = fixture.emulator->userCount(fixture.context.project.id);
        QVERIFY2(showsText(&dialog, u"Exported %1 users."_s.arg(QLocale().toString(users))),
                 qPrintable(visibleLabelTexts(&dialog).join(u" | ")));
        QVERIFY(showsText(&dialog, QDir::toNativeSeparators(target)));
        QVERIFY(showsText(&dialog, QLocale().formattedDataSize(QFileInfo(target).size())));

        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray exported = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(exported.size(), users);
        QCOMPARE(exported.first().toObject().keys(), QStringList({u"id"_s, u"primary_email"_s}));

        QVERIFY(dialog.openFolderButton()->isVisible());
        QTest::mouseClick(dialog.openFolderButton(), Qt::LeftButton);
        QTest::mouseClick(dialog.openFileButton(), Qt::LeftButton);
        QCOMPARE(opened, QList<QUrl>({QUrl::fromLocalFile(directory.path()), QUrl::fromLocalFile(target)}));

        // Remembered for the next export.
        QCOMPARE(fixture.settings.value(ui::AppSettings::Key::ExportFormat).toString(), u"json"_s);
        QCOMPARE(fixture.settings.value(ui::AppSettings::Key::ExportColumns).toStringList(),
                 QStringList({u"id"_s, u"primary_email"_s}));
        QCOMPARE(fixture.settings.value(ui::AppSettings::Key::ExportFolder).toString(), directory.path());
        ui::ExportUsersDialog again(fixture.context, everyone());
        QVERIFY(again.jsonOption()->isChecked());
        QCOMPARE(again.options().fields, QStringList({u"id"_s, u"primary_email"_s}));
        QVERIFY(again.filePath().startsWith(directory.path() + u'/'));

        QTest::mouseClick(findButton<QPushButton>(&dialog, u"Close"_s), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void cancelLeavesNoFile_data()
    {
        QTest::addColumn<bool>("withEscape");
        QTest::addColumn<bool>("existingFile");
        QTest::newRow("Cancel export button, new file") << false << false;
        QTest::newRow("Esc, existing file") << true << true;
    }

    void cancelLeavesNoFile()
    {
        QFETCH(bool, withEscape);
        QFETCH(bool, existingFile);
        Fixture fixture(3000);
        QVERIFY(fixture.context.isValid());
        fixture.emulator->addFault({.kind = Fault::Kind::Latency, .method = u"GET"_s, .pathPattern = u"^/users$"_s,
                                    .count = -1, .latencyMs = 300});
        QTemporaryDir directory;
        const QString path = directory.filePath(u"users.csv"_s);
        if (existingFile) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep me");
        }
        ui::ExportUsersDialog dialog(fixture.context, everyone());
        dialog.setFilePath(path);
        QVERIFY(showDialog(dialog));
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QCOMPARE(dialog.step(), Step::Progress);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.currentExport()->pagesWritten() >= 1, kUiTimeoutMs);
        QVERIFY(showsText(&dialog, u"users written"_s));
        if (withEscape)
            QTest::keyClick(&dialog, Qt::Key_Escape);
        else
            QTest::mouseClick(dialog.cancelExportButton(), Qt::LeftButton);
        QVERIFY(dialog.isVisible()); // it stays to tell what happened
        QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), Step::Result, kUiTimeoutMs);
        QCOMPARE(dialog.currentExport()->state(), models::UsersExport::State::Cancelled);
        QVERIFY(showsText(&dialog, u"Export cancelled."_s));
        if (existingFile) {
            QVERIFY2(showsText(&dialog, u"The existing file was left unchanged."_s), qPrintable(visibleLabelTexts(&dialog).join(u" | ")));
            QVERIFY(!showsText(&dialog, u"No file was written"_s));
            QCOMPARE(entriesOf(directory), QStringList({u"users.csv"_s}));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), QByteArray("keep me"));
        } else {
            QVERIFY2(showsText(&dialog, u"No file was written."_s), qPrintable(visibleLabelTexts(&dialog).join(u" | ")));
            QVERIFY(!showsText(&dialog, u"left unchanged"_s));
            QCOMPARE(entriesOf(directory), QStringList());
        }
        QVERIFY(!dialog.openFileButton()->isVisible());

        QTest::mouseClick(dialog.backButton(), Qt::LeftButton);
        QCOMPARE(dialog.step(), Step::Options);
        QTest::keyClick(&dialog, Qt::Key_Escape); // now it closes
        QVERIFY(!dialog.isVisible());
    }

    // "%n user(s)": one user is "1 user".
    void oneUserExported()
    {
        Fixture fixture(20);
        QVERIFY(fixture.context.isValid());
        auto *job = fixture.context.client()->send(api::users::list(fixture.context.scope(), everyone().toListQuery(1, {})));
        QSignalSpy listed(job, &api::ApiJob::finished);
        QVERIFY(listed.wait(kUiTimeoutMs));
        QVERIFY(job->succeeded() && job->value().items.size() == 1);
        models::UsersFilter oneUser = everyone();
        oneUser.search = job->value().items.constFirst().id;
        QTemporaryDir directory;
        ui::ExportUsersDialog dialog(fixture.context, oneUser);
        dialog.setFilePath(directory.filePath(u"one.csv"_s));
        QVERIFY(showDialog(dialog));
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), Step::Result, kUiTimeoutMs);
        QCOMPARE(dialog.currentExport()->usersWritten(), qint64(1));
        QVERIFY2(showsText(&dialog, u"Exported 1 user."_s), qPrintable(visibleLabelTexts(&dialog).join(u" | ")));
    }

    void failureShownWithDetails()
    {
        Fixture fixture;
        QVERIFY(fixture.context.isValid());
        fixture.emulator->addFault({.kind = Fault::Kind::KnownError, .method = u"GET"_s, .pathPattern = u"^/users$"_s,
                                    .count = -1, .status = 400, .knownErrorCode = u"SCHEMA_ERROR"_s,
                                    .message = u"query.cursor must be a valid UUID"_s});
        QTemporaryDir directory;
        const QString path = directory.filePath(u"users.csv"_s);
        {
            QFile existing(path);
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("keep me");
        }
        ui::ExportUsersDialog dialog(fixture.context, everyone());
        dialog.setFilePath(path);
        QVERIFY(showDialog(dialog));
        QVERIFY(showsText(&dialog, u"A file of this name exists"_s));
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), Step::Result, kUiTimeoutMs);
        QVERIFY(showsText(&dialog, u"The export failed."_s));
        QVERIFY(showsText(&dialog, u"No file was written"_s));
        auto *banner = dialog.findChild<ui::ErrorBanner *>();
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(showsText(banner, u"query.cursor must be a valid UUID"_s), qPrintable(visibleLabelTexts(banner).join(u" | ")));
        QVERIFY(showsText(banner, u"SCHEMA_ERROR"_s));
        QCOMPARE(entriesOf(directory), QStringList({u"users.csv"_s}));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("keep me"));
        QVERIFY(dialog.backButton()->isVisible());
        QVERIFY(!dialog.openFolderButton()->isVisible());
    }

    void refusesWhatCannotWork()
    {
        Fixture fixture(10);
        QVERIFY(fixture.context.isValid());
        QTemporaryDir directory;
        ui::ExportUsersDialog dialog(fixture.context, everyone());
        QVERIFY(showDialog(dialog));
        dialog.fileField()->clear();
        QTest::keyClicks(dialog.fileField(), directory.filePath(u"no/such/folder/users.csv"_s));
        QVERIFY(!dialog.exportButton()->isEnabled());
        QVERIFY(showsText(&dialog, u"does not exist"_s));
        dialog.setFilePath(directory.path());
        QVERIFY(!dialog.exportButton()->isEnabled());
        QVERIFY(showsText(&dialog, u"This is a folder"_s));
        dialog.setFilePath(directory.filePath(u"fine.csv"_s));
        QVERIFY(dialog.exportButton()->isEnabled());
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
        Fixture fixture(5000);
        QVERIFY(fixture.context.isValid());
        QTemporaryDir directory;
        models::UsersFilter filter = everyone();
        filter.search = u".com"_s;
        ui::ExportUsersDialog dialog(fixture.context, filter);
        dialog.setFilePath(directory.filePath(u"users-demo-project-2026-05-01.csv"_s));
        QVERIFY(showDialog(dialog));
        save(&dialog, u"export-options"_s + suffix);

        fixture.emulator->addFault({.kind = Fault::Kind::Latency, .method = u"GET"_s, .pathPattern = u"^/users$"_s,
                                    .count = -1, .latencyMs = 400});
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.currentExport()->pagesWritten() >= 1, kUiTimeoutMs);
        save(&dialog, u"export-progress"_s + suffix);
        fixture.emulator->clearFaults();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), Step::Result, kUiTimeoutMs);
        QCOMPARE(dialog.currentExport()->state(), models::UsersExport::State::Succeeded);
        save(&dialog, u"export-result"_s + suffix);

        fixture.emulator->addFault({.kind = Fault::Kind::Status, .method = u"GET"_s, .pathPattern = u"^/users$"_s,
                                    .count = -1, .status = 500, .message = u"The database is on fire"_s});
        ui::ExportUsersDialog failing(fixture.context, filter);
        failing.setFilePath(directory.filePath(u"failing.csv"_s));
        QVERIFY(showDialog(failing));
        QTest::mouseClick(failing.exportButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failing.step(), Step::Result, kUiTimeoutMs);
        save(&failing, u"export-failed"_s + suffix);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestExportUsersDialog)
#include "tst_ExportUsersDialog.moc"
