// ConfigFileWindow against the emulator (dashboard account): pull the demo project's branch
// configuration into a file, edit it offline with the settings panel, save, compare side by
// side, push after accepting the change dialog (the server then has it, with this app as the
// source); a project changed since the pull asks once more and is left alone when cancelled;
// the close prompt (Cancel / Discard / Save); a parse error names line and column and opens
// nothing; recovery of autosaved edits; no connection at all; screenshots light and dark
// (HEXCLAVE_SCREENSHOT_DIR). The File tab of the Config page (ConfigFileSyncView): pull to a
// file, compare, push.

#include "DemoProjectFixture.h"
#include "ModalAnswers.h"
#include "UiTestHelpers.h"

#include "autosave/EditorAutosave.h"
#include "config/ConfigFileDocument.h"
#include "config/FileConfigTarget.h"
#include "MainWindow.h"
#include "configfile/ConfigFileWindow.h"
#include "configfile/ProjectChoiceDialog.h"
#include "endpoints/ConfigEndpoints.h"
#include "pages/config/ConfigChangeDialog.h"
#include "pages/config/ConfigDiffView.h"
#include "pages/Page.h"
#include "pages/config/ConfigFileSyncView.h"
#include "pages/config/settings/ConfigSettingsPanel.h"
#include "widgets/ErrorBanner.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::ConfigTree;
using ui::ConfigFileWindow;

namespace {

const QString emptyFile = u"import type { HexclaveConfig } from \"@hexclave/js/config\";\n\n"
                          u"export const config: HexclaveConfig = {};\n"_s;

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QAction *action(QWidget *window, const QString &name)
{
    return window->findChild<QAction *>(name);
}

// Chooses the demo project in the project dialog that opens next and accepts it; `then` (if
// given) is armed for the modal dialog after it.
void chooseProjectNext(QObject *context, bool *done, const QString &projectId, std::function<void()> then = {})
{
    whenModalOpens<ui::ProjectChoiceDialog>(context, done, [projectId, then](ui::ProjectChoiceDialog *dialog) {
        QListWidget *list = dialog->list();
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->toolTip().startsWith(projectId))
                clickListItem(list, list->item(row));
        }
        QVERIFY(dialog->chosen().has_value());
        QCOMPARE(dialog->chosen()->project.id, projectId);
        if (then)
            then();
        QPushButton *accept = nullptr;
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->isDefault())
                accept = button;
        }
        QVERIFY(accept);
        QTest::mouseClick(accept, Qt::LeftButton);
    });
}

// Accepts (or cancels) the ConfigChangeDialog that opens next; `then` is armed before.
void answerChangeDialogNext(QObject *context, bool *done, bool accept, std::function<void()> then = {})
{
    answerNextChangeDialog(context, done, accept, [then](QDialog *dialog) {
        QVERIFY(qobject_cast<ui::ConfigChangeDialog *>(dialog)->hasChanges());
        if (then)
            then();
    });
}

// Clicks `buttonText` in the next message box, which must be the one named `objectName` (when
// not empty): another box first fails the test rather than waiting for the right one.
void clickMessageButtonNext(QObject *context, bool *done, const QString &objectName, const QString &buttonText,
                            QString *text = nullptr)
{
    whenModalOpens<QMessageBox>(context, done, [objectName, buttonText, text](QMessageBox *box) {
        if (!objectName.isEmpty())
            QCOMPARE(box->objectName(), objectName);
        if (text)
            *text = box->text();
        QAbstractButton *button = modalButtonWithText(box, buttonText);
        QVERIFY2(button, qPrintable(buttonText));
        QTest::mouseClick(button, Qt::LeftButton);
    });
}

} // namespace

class TestConfigFileWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoProjectFixture> m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<models::EditorAutosave> m_autosave;
    models::ConfigPullBaselines m_baselines{QString()};

    QString projectId() const { return m_fixture->context.project.id; }
    api::ProjectScope scope() const { return m_fixture->context.scope(); }

    template <class T>
    std::optional<T> run(api::Call<T> call)
    {
        api::Job<T> *job = m_fixture->context.client()->send(std::move(call));
        QSignalSpy finished(job, &api::ApiJob::finished);
        if (!finished.wait(kUiTimeoutMs) || !job->succeeded())
            return std::nullopt;
        if constexpr (std::is_same_v<T, api::NoContent>)
            return T{};
        else
            return job->takeValue();
    }
    std::optional<ConfigTree> serverBranch()
    {
        const auto tree = run(api::config::override(scope(), api::ConfigLevel::Branch));
        return tree ? std::optional<ConfigTree>(tree->normalized()) : std::nullopt;
    }
    bool setServerBranch(const QString &json)
    {
        return run(api::config::replaceOverride(scope(), api::ConfigLevel::Branch, ConfigTree::fromJsonText(json),
                                                api::ConfigSource::pushedFromDesktop()))
            .has_value();
    }

    QPointer<ConfigFileWindow> newWindow(api::Workspace *workspace)
    {
        QPointer<ConfigFileWindow> window = new ConfigFileWindow(workspace);
        window->document()->setAutosave(m_autosave.get());
        window->document()->setAutosaveDelay(50);
        window->setPullBaselines(m_baselines);
        return window;
    }

    QString newFile(const QString &name, const QString &text = emptyFile)
    {
        const QString path = m_dir.filePath(name);
        return writeText(path, text) ? path : QString();
    }

    // Pulls the demo project into `window` (whose document is empty) through the Project menu.
    bool pull(ConfigFileWindow *window)
    {
        bool chosen = false;
        chooseProjectNext(this, &chosen, projectId());
        action(window, u"pullAction"_s)->trigger();
        return QTest::qWaitFor([&] { return chosen && !window->document()->config().isEmpty(); }, kUiTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fixture = std::make_unique<DemoProjectFixture>(20);
        QVERIFY(m_fixture->context.isValid());
        m_autosave = std::make_unique<models::EditorAutosave>(m_dir.filePath(u"autosave"_s));
        m_baselines = models::ConfigPullBaselines(m_dir.filePath(u"pulls"_s));
    }

    void cleanupTestCase() { m_fixture.reset(); }

    void pullEditComparePush()
    {
        QVERIFY(setServerBranch(u"{\"auth\":{\"allowSignUp\":true},\"teams\":{\"allowClientTeamCreation\":true}}"_s));
        const QString path = newFile(u"hexclave.config.ts"_s);
        QPointer<ConfigFileWindow> window = newWindow(&m_fixture->workspace);
        QVERIFY(window->openFile(path));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->windowTitle(), u"hexclave.config.ts[*] — Hexclave Admin"_s);
        QVERIFY(!window->isWindowModified());

        // Pull.
        QVERIFY(pull(window));
        QCOMPARE(window->document()->config().boolAt(u"auth.allowSignUp"_s), std::optional<bool>(true));
        QVERIFY(window->isWindowModified());
        QVERIFY(m_baselines.find(path, projectId()).has_value());

        // Edit offline with the settings panel: sign-up off, saved into the document.
        auto *panel = window->findChild<ui::ConfigSettingsPanel *>();
        QVERIFY(panel);
        panel->showSection(ui::ConfigSettingsPanel::SignIn);
        auto *signUp = panel->findChild<QCheckBox *>(u"auth.allowSignUp"_s);
        QVERIFY(signUp);
        QTRY_VERIFY(signUp->isEnabled());
        QVERIFY(signUp->isChecked());
        QTest::mouseClick(signUp, Qt::LeftButton, {}, QPoint(8, signUp->height() / 2));
        QVERIFY(!signUp->isChecked());
        QVERIFY(panel->hasUnsavedChanges());
        bool confirmed = false;
        answerChangeDialogNext(this, &confirmed, true);
        QPushButton *saveSection = findButton<QPushButton>(panel->tabs()->currentWidget(), u"Apply"_s);
        QVERIFY(saveSection);
        QTest::mouseClick(saveSection, Qt::LeftButton);
        QTRY_VERIFY(confirmed);
        QTRY_COMPARE(window->document()->config().boolAt(u"auth.allowSignUp"_s), std::optional<bool>(false));
        QTRY_VERIFY(!panel->hasUnsavedChanges());

        // Undo / redo from the keyboard.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window->document()->config().boolAt(u"auth.allowSignUp"_s), std::optional<bool>(true));
        QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window->document()->config().boolAt(u"auth.allowSignUp"_s), std::optional<bool>(false));

        // Ctrl+S saves to the file, keeping the import line.
        QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!window->isWindowModified());
        const QString saved = readText(path);
        QVERIFY2(saved.startsWith(u"import type { HexclaveConfig }"_s), qPrintable(saved));
        QVERIFY2(saved.contains(u"\"allowSignUp\": false"_s), qPrintable(saved));

        // Compare: project (sign-up on) vs the file (off), side by side.
        bool compareChosen = false;
        chooseProjectNext(this, &compareChosen, projectId());
        action(window, u"compareAction"_s)->trigger();
        QTRY_VERIFY(compareChosen);
        QDialog *compare = nullptr;
        QTRY_VERIFY((compare = window->findChild<QDialog *>(u"configCompareDialog"_s)) != nullptr && compare->isVisible());
        QVERIFY(compare->findChild<ui::ConfigDiffView *>(u"compareDiffView"_s));
        QVERIFY(!compare->findChild<QLabel *>(u"compareSummary"_s)->text().contains(u"the same"_s));
        Screenshots().save(compare, u"configfile-compare"_s);
        compare->close();

        // Push: the change dialog first, then the server has it, with this app as the source.
        bool pushChosen = false;
        bool pushConfirmed = false;
        QObject *self = this;
        chooseProjectNext(this, &pushChosen, projectId(),
                          [self, &pushConfirmed] { answerChangeDialogNext(self, &pushConfirmed, true); });
        action(window, u"pushAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(pushChosen && pushConfirmed, kUiTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(serverBranch()->boolAt(u"auth.allowSignUp"_s), std::optional<bool>(false), kUiTimeoutMs);
        QVERIFY(serverBranch()->sameContent(window->document()->config()));
        QTRY_VERIFY(window->banner()->isVisible());
        QVERIFY(!window->banner()->isShowingError());
        const auto source = run(api::config::source(scope()));
        QVERIFY(source);
        QCOMPARE(source->typeId, u"pushed-from-unknown"_s);
        QVERIFY(m_baselines.matches(path, projectId(), window->document()->config()));
        window->close();
        QTRY_VERIFY(!window);
    }

    void pushAsksWhenTheProjectChangedSincePull()
    {
        QVERIFY(setServerBranch(u"{\"auth\":{\"allowSignUp\":true}}"_s));
        const QString path = newFile(u"changed.config.ts"_s);
        QPointer<ConfigFileWindow> window = newWindow(&m_fixture->workspace);
        QVERIFY(window->openFile(path));
        window->show();
        QVERIFY(pull(window));
        // Someone else changes the project; the file is edited here.
        const QString theirs = u"{\"auth\":{\"allowSignUp\":true},\"users\":{\"allowClientUserDeletion\":true}}"_s;
        QVERIFY(setServerBranch(theirs));
        QVERIFY(window->target()->apply({models::ConfigSetting::boolean(u"auth.allowSignUp"_s, false)}));

        QObject *self = this;
        for (const bool pushAnyway : {false, true}) {
            bool chosen = false;
            bool confirmed = false;
            bool asked = false;
            QString question;
            chooseProjectNext(this, &chosen, projectId(), [self, &confirmed, &asked, &question, pushAnyway] {
                answerChangeDialogNext(self, &confirmed, true, [self, &asked, &question, pushAnyway] {
                    clickMessageButtonNext(self, &asked, u"pushAnywayQuestion"_s, pushAnyway ? u"Push anyway"_s : u"Cancel"_s,
                                           &question);
                });
            });
            action(window, u"pushAction"_s)->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(chosen && confirmed && asked, kUiTimeoutMs);
            QVERIFY2(question.contains(u"changed since you pulled it"_s), qPrintable(question));
            if (!pushAnyway) {
                QTRY_VERIFY(action(window, u"pushAction"_s)->isEnabled());
                QVERIFY(serverBranch()->sameContent(ConfigTree::fromJsonText(theirs))); // left alone
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(serverBranch()->sameContent(window->document()->config()), kUiTimeoutMs);

        bool closed = false;
        clickMessageButtonNext(this, &closed, u"unsavedChangesQuestion"_s, u"Discard"_s);
        window->close();
        QTRY_VERIFY(closed);
        QTRY_VERIFY(!window);
    }

    void closePromptWithUnsavedChanges()
    {
        const QString path = newFile(u"close.config.ts"_s);
        QPointer<ConfigFileWindow> window = newWindow(&m_fixture->workspace);
        QVERIFY(window->openFile(path));
        window->show();
        QVERIFY(window->target()->apply({models::ConfigSetting::boolean(u"auth.allowSignUp"_s, false)}));
        QVERIFY(window->isWindowModified());
        QTRY_VERIFY(m_autosave->find(window->document()->autosaveKey()).has_value());

        // Cancel: still open, still modified.
        bool answered = false;
        QString text;
        clickMessageButtonNext(this, &answered, u"unsavedChangesQuestion"_s, u"Cancel"_s, &text);
        QVERIFY(!window->close());
        QVERIFY(answered);
        QVERIFY2(text.contains(u"close.config.ts"_s), qPrintable(text));
        QVERIFY(window && window->isVisible() && window->isWindowModified());

        // Save: written, closed.
        answered = false;
        clickMessageButtonNext(this, &answered, u"unsavedChangesQuestion"_s, u"Save"_s);
        QVERIFY(window->close());
        QVERIFY(answered);
        QVERIFY(readText(path).contains(u"\"allowSignUp\": false"_s));
        QTRY_VERIFY(!window);

        // Discard: the file and the autosave are as before the edit.
        window = newWindow(&m_fixture->workspace);
        QVERIFY(window->openFile(path));
        window->show();
        QVERIFY(window->target()->apply({models::ConfigSetting::boolean(u"users.allowClientUserDeletion"_s, true)}));
        const QString key = window->document()->autosaveKey();
        window->document()->autosaveNow();
        QVERIFY(m_autosave->find(key).has_value());
        const QString before = readText(path);
        answered = false;
        clickMessageButtonNext(this, &answered, u"unsavedChangesQuestion"_s, u"Discard"_s);
        QVERIFY(window->close());
        QVERIFY(answered);
        QTRY_VERIFY(!window);
        QCOMPARE(readText(path), before);
        QVERIFY(!m_autosave->find(key).has_value());
    }

    void parseErrorShowsLineAndColumn()
    {
        const QString path = newFile(u"broken.config.ts"_s, u"export const config = {\n  auth: makeAuth(),\n};\n"_s);
        QPointer<ConfigFileWindow> window = newWindow(nullptr);
        bool answered = false;
        QString text;
        clickMessageButtonNext(this, &answered, u"openErrorMessage"_s, u"OK"_s, &text);
        QVERIFY(!window->openFile(path));
        QVERIFY(answered);
        QVERIFY2(text.contains(u"line 2, column"_s), qPrintable(text));
        QVERIFY(window->document()->isUntitled());
        delete window;
    }

    void recoveryIsOffered()
    {
        const QString path = newFile(u"recover.config.ts"_s);
        {
            QPointer<ConfigFileWindow> crashed = newWindow(nullptr);
            QVERIFY(crashed->openFile(path));
            QVERIFY(crashed->target()->apply({models::ConfigSetting::boolean(u"auth.allowSignUp"_s, false)}));
            crashed->document()->autosaveNow();
            delete crashed; // gone without the close prompt
        }
        QPointer<ConfigFileWindow> window = newWindow(nullptr);
        bool answered = false;
        clickMessageButtonNext(this, &answered, u"recoveryQuestion"_s, u"Restore"_s);
        QVERIFY(window->openFile(path));
        QVERIFY(answered);
        QVERIFY(window->document()->isModified());
        QCOMPARE(window->document()->config().boolAt(u"auth.allowSignUp"_s), std::optional<bool>(false));
        window->document()->discardAutosave();
        delete window;
    }

    void untitledRecoveryIsOffered()
    {
        {
            QPointer<ConfigFileWindow> crashed = newWindow(nullptr);
            QVERIFY(crashed->document()->isUntitled());
            QVERIFY(crashed->target()->apply({models::ConfigSetting::boolean(u"teams.allowClientTeamCreation"_s, true)}));
            crashed->document()->autosaveNow();
            delete crashed;
        }
        QPointer<ConfigFileWindow> window = newWindow(nullptr);
        bool answered = false;
        QString text;
        clickMessageButtonNext(this, &answered, u"untitledRecoveryQuestion"_s, u"Restore"_s, &text);
        window->show();
        QTRY_VERIFY(answered);
        QVERIFY2(text.contains(u"never saved"_s), qPrintable(text));
        QVERIFY(window->document()->isModified());
        QCOMPARE(window->document()->config().boolAt(u"teams.allowClientTeamCreation"_s), std::optional<bool>(true));
        window->document()->discardAutosave();
        QVERIFY(window->document()->untitledRecoveries().isEmpty());
        delete window;
    }

    void withoutAConnection()
    {
        QPointer<ConfigFileWindow> window = newWindow(nullptr);
        window->show();
        QVERIFY(window->target()->apply({models::ConfigSetting::boolean(u"auth.allowSignUp"_s, false)}));
        for (const QString &name : {u"pullAction"_s, u"compareAction"_s, u"pushAction"_s}) {
            bool answered = false;
            QString text;
            clickMessageButtonNext(this, &answered, QString(), u"OK"_s, &text);
            action(window, name)->trigger();
            QVERIFY(answered);
            QCOMPARE(text, u"Connect to a server in the main window first."_s);
        }
        QVERIFY(window->windowTitle().startsWith(u"Untitled"_s));
        window->document()->discardAutosave();
        delete window;
    }

    // With no connection at all: Ctrl+O in the main window opens the file in a config file
    // window; quitting the main window asks that window about its unsaved edits first.
    void mainWindowOpensFilesAndAsksOnQuit()
    {
        const QString path = newFile(u"main.config.ts"_s);
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        ui::AppSettings settings(nullptr);
        ui::MainWindow main(&workspace, &settings);
        main.show();
        QVERIFY(QTest::qWaitForWindowActive(&main));
        QAction *open = main.findChild<QAction *>(u"openConfigFileAction"_s);
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
        // The welcome page (no connection) offers it too.
        auto *welcomeButton = main.findChild<QPushButton *>(u"welcomeOpenConfigFile"_s);
        QVERIFY(welcomeButton && welcomeButton->isVisible());
        bool chosen = false;
        whenModalOpens<QFileDialog>(this, &chosen, [path](QFileDialog *dialog) {
            // Typed, as a person would (the dialog's file list loads in the background).
            dialog->setDirectory(QFileInfo(path).absolutePath());
            auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
            QVERIFY(name);
            name->setText(QFileInfo(path).fileName());
            QTest::keyClick(name, Qt::Key_Return);
        });
        QTest::keyClick(&main, Qt::Key_O, Qt::ControlModifier);
        QVERIFY(chosen);
        QCOMPARE(main.configFileWindows().size(), 1);
        QPointer<ConfigFileWindow> window = main.configFileWindows().constFirst().data();
        QVERIFY(window && window->isVisible());
        QCOMPARE(window->document()->filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(main.openConfigFile(path), window.data()); // the same window again
        window->document()->setAutosave(m_autosave.get());
        QVERIFY(window->target()->apply({models::ConfigSetting::boolean(u"auth.allowSignUp"_s, false)}));

        // Cancel keeps both open.
        bool answered = false;
        clickMessageButtonNext(this, &answered, u"unsavedChangesQuestion"_s, u"Cancel"_s);
        QVERIFY(!main.close());
        QVERIFY(answered);
        QVERIFY(main.isVisible() && window && window->isVisible());
        // Discard closes the file window, then the main window.
        answered = false;
        clickMessageButtonNext(this, &answered, u"unsavedChangesQuestion"_s, u"Discard"_s);
        QVERIFY(main.close());
        QVERIFY(answered);
        QTRY_VERIFY(!window);
    }

    // Review item 4: a pull into an untitled window is the baseline of the push that follows.
    void untitledPullThenPushNeedsNoForce()
    {
        QVERIFY(setServerBranch(u"{\"auth\":{\"allowSignUp\":true}}"_s));
        QPointer<ConfigFileWindow> window = newWindow(&m_fixture->workspace);
        window->show();
        QVERIFY(window->document()->isUntitled());
        QVERIFY(pull(window));
        QVERIFY(window->target()->apply({models::ConfigSetting::boolean(u"auth.allowSignUp"_s, false)}));

        QObject context; // the watchers below go with it
        bool chosen = false;
        bool confirmed = false;
        bool askedAnyway = false;
        QObject *scope = &context;
        chooseProjectNext(scope, &chosen, projectId(), [scope, &confirmed, &askedAnyway] {
            answerChangeDialogNext(scope, &confirmed, true, [scope, &askedAnyway] {
                clickMessageButtonNext(scope, &askedAnyway, u"pushAnywayQuestion"_s, u"Cancel"_s);
            });
        });
        action(window, u"pushAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(chosen && confirmed, kUiTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(serverBranch()->boolAt(u"auth.allowSignUp"_s), std::optional<bool>(false), kUiTimeoutMs);
        QTRY_VERIFY(action(window, u"pushAction"_s)->isEnabled());
        QVERIFY(!askedAnyway);
        window->document()->undoStack()->setClean();
        window->document()->discardAutosave();
        delete window;
    }

    // Review item 3: a push whose new state cannot be remembered says so.
    void pushSaysWhenThePullCannotBeRemembered()
    {
        QVERIFY(setServerBranch(u"{\"auth\":{\"allowSignUp\":true}}"_s));
        const QString path = newFile(u"unremembered.config.ts"_s);
        const QString blocker = newFile(u"not-a-directory"_s, u"x"_s);
        QPointer<ConfigFileWindow> window = newWindow(&m_fixture->workspace);
        window->setPullBaselines(models::ConfigPullBaselines(blocker + u"/pulls"_s));
        QVERIFY(window->openFile(path));
        window->show();
        QVERIFY(window->target()->apply({models::ConfigSetting::boolean(u"auth.allowSignUp"_s, false)}));

        QObject context;
        QObject *scope = &context;
        bool chosen = false;
        bool confirmed = false;
        bool asked = false;
        chooseProjectNext(scope, &chosen, projectId(), [scope, &confirmed, &asked] {
            answerChangeDialogNext(scope, &confirmed, true, [scope, &asked] {
                clickMessageButtonNext(scope, &asked, u"pushAnywayQuestion"_s, u"Push anyway"_s);
            });
        });
        action(window, u"pushAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(chosen && confirmed && asked, kUiTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(serverBranch()->boolAt(u"auth.allowSignUp"_s), std::optional<bool>(false), kUiTimeoutMs);
        QTRY_VERIFY(action(window, u"pushAction"_s)->isEnabled());
        QTRY_VERIFY(window->banner()->isShowingError());
        QStringList texts;
        for (const QLabel *label : window->banner()->findChildren<QLabel *>())
            texts << label->text();
        QVERIFY2(texts.join(u'\n').contains(u"Could not"_s), qPrintable(texts.join(u'\n')));
        window->document()->undoStack()->setClean();
        window->document()->discardAutosave();
        delete window;
    }

    // Review item 11: compare and push ask about edits not applied to the file yet.
    void pushAsksAboutUnappliedEdits()
    {
        QPointer<ConfigFileWindow> window = newWindow(nullptr);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *panel = window->findChild<ui::ConfigSettingsPanel *>();
        panel->showSection(ui::ConfigSettingsPanel::SignIn);
        auto *signUp = panel->findChild<QCheckBox *>(u"auth.allowSignUp"_s);
        QTRY_VERIFY(signUp && signUp->isEnabled());
        QTest::mouseClick(signUp, Qt::LeftButton, {}, QPoint(8, signUp->height() / 2));
        QVERIFY(panel->hasUnsavedChanges());
        for (const QString &name : {u"pushAction"_s, u"compareAction"_s}) {
            QObject context;
            bool answered = false;
            QString text;
            clickMessageButtonNext(&context, &answered, u"unappliedChangesQuestion"_s, u"Cancel"_s, &text);
            action(window, name)->trigger();
            QVERIFY(answered);
            QVERIFY2(text.contains(u"not applied"_s), qPrintable(text));
            QVERIFY(panel->hasUnsavedChanges()); // kept
        }
        // Discard: the edit goes, then the push goes on (here: to "connect first").
        QObject context;
        bool discarded = false;
        bool told = false;
        QObject *scope = &context;
        whenModalOpens<QMessageBox>(scope, &discarded, [scope, &told](QMessageBox *box) {
            QCOMPARE(box->objectName(), u"unappliedChangesQuestion"_s);
            clickMessageButtonNext(scope, &told, QString(), u"OK"_s);
            QTest::mouseClick(modalButtonWithText(box, u"Discard"_s), Qt::LeftButton);
        });
        action(window, u"pushAction"_s)->trigger();
        QVERIFY(discarded && told);
        QVERIFY(!panel->hasUnsavedChanges());
        delete window;
    }

    // Review item 12: a window busy with a pull stays open and says why.
    void busyWindowSaysWhyItStaysOpen()
    {
        QVERIFY(setServerBranch(u"{\"auth\":{\"allowSignUp\":true}}"_s));
        QPointer<ConfigFileWindow> window = newWindow(&m_fixture->workspace);
        window->show();
        QObject context;
        bool chosen = false;
        chooseProjectNext(&context, &chosen, projectId());
        action(window, u"pullAction"_s)->trigger();
        QVERIFY(chosen);
        QVERIFY(window->isBusy());
        QVERIFY(!window->close());
        QVERIFY(window && window->isVisible());
        QVERIFY2(window->statusBar()->currentMessage().contains(u"under way"_s), qPrintable(window->statusBar()->currentMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy(), kUiTimeoutMs);
        window->document()->undoStack()->setClean();
        window->document()->discardAutosave();
        QVERIFY(window->close());
        QTRY_VERIFY(!window);
    }

    // Review item 2: Save asks when the file changed on disk.
    void saveAsksWhenTheFileChangedOnDisk()
    {
        const QString path = newFile(u"disk.config.ts"_s);
        QPointer<ConfigFileWindow> window = newWindow(nullptr);
        QVERIFY(window->openFile(path));
        window->show();
        QVERIFY(window->target()->apply({models::ConfigSetting::boolean(u"auth.allowSignUp"_s, false)}));
        const QString theirs = u"export const config = { users: { allowClientUserDeletion: true } };\n"_s;
        QVERIFY(writeText(path, theirs));

        QObject context;
        bool answered = false;
        clickMessageButtonNext(&context, &answered, u"changedOnDiskQuestion"_s, u"Cancel"_s);
        action(window, u"saveAction"_s)->trigger();
        QVERIFY(answered);
        QCOMPARE(readText(path), theirs);
        QVERIFY(window->isWindowModified());

        answered = false;
        clickMessageButtonNext(&context, &answered, u"changedOnDiskQuestion"_s, u"Reload"_s);
        action(window, u"saveAction"_s)->trigger();
        QVERIFY(answered);
        QVERIFY(!window->isWindowModified());
        QCOMPARE(window->document()->config().boolAt(u"users.allowClientUserDeletion"_s), std::optional<bool>(true));

        QVERIFY(window->target()->apply({models::ConfigSetting::boolean(u"auth.allowSignUp"_s, false)}));
        QVERIFY(writeText(path, theirs + u"// touched\n"_s));
        answered = false;
        clickMessageButtonNext(&context, &answered, u"changedOnDiskQuestion"_s, u"Overwrite"_s);
        action(window, u"saveAction"_s)->trigger();
        QVERIFY(answered);
        QVERIFY(!window->isWindowModified());
        QVERIFY(readText(path).contains(u"\"allowSignUp\": false"_s));
        delete window;
    }

    // Review item 14: one file, one window.
    void oneFileIsOpenInOneWindowOnly()
    {
        const QString path = newFile(u"single.config.ts"_s);
        const QString other = newFile(u"other.config.ts"_s);
        QPointer<ConfigFileWindow> first = newWindow(nullptr);
        QVERIFY(first->openFile(path));
        QCOMPARE(ConfigFileWindow::windowFor(path), first.data());
        QPointer<ConfigFileWindow> second = newWindow(nullptr);
        QVERIFY(second->openFile(other));

        QObject context;
        bool told = false;
        QString text;
        clickMessageButtonNext(&context, &told, u"alreadyOpenMessage"_s, u"OK"_s, &text);
        QVERIFY(!second->openFile(path));
        QVERIFY(told);
        QVERIFY2(text.contains(u"single.config.ts"_s), qPrintable(text));
        QCOMPARE(second->document()->filePath(), QFileInfo(other).absoluteFilePath());

        told = false;
        clickMessageButtonNext(&context, &told, u"alreadyOpenMessage"_s, u"OK"_s);
        QVERIFY(!second->saveAsPath(path));
        QVERIFY(told);
        QCOMPARE(second->document()->filePath(), QFileInfo(other).absoluteFilePath());
        QCOMPARE(readText(path), emptyFile);

        delete first;
        QVERIFY(!ConfigFileWindow::windowFor(path));
        QVERIFY(second->openFile(path));
        delete second;
    }

    // Review item 28: a path that is not there yet (`--config-file new.config.ts`) is created.
    void mainWindowOffersToCreateAMissingFile()
    {
        const QString path = m_dir.filePath(u"created/hexclave.config.ts"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"created"_s)));
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        ui::AppSettings settings(nullptr);
        ui::MainWindow main(&workspace, &settings);
        QObject context;
        bool answered = false;
        QString text;
        clickMessageButtonNext(&context, &answered, u"createConfigFileQuestion"_s, u"Cancel"_s, &text);
        QVERIFY(!main.openConfigFile(path));
        QVERIFY(answered);
        QVERIFY2(text.contains(u"does not exist"_s), qPrintable(text));
        QVERIFY(!QFileInfo::exists(path));

        answered = false;
        clickMessageButtonNext(&context, &answered, u"createConfigFileQuestion"_s, u"Create"_s);
        QPointer<ConfigFileWindow> window = main.openConfigFile(path);
        QVERIFY(answered);
        QVERIFY(window);
        QCOMPARE(window->document()->filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!window->document()->isModified());
        QString error;
        QVERIFY2(models::ConfigFileDocument::readFile(path, &error).has_value(), qPrintable(error));
        delete window;
    }

    // Review item 13: quitting asks the pages first; "Keep editing" leaves the file windows open.
    void quitAsksThePagesBeforeTheFileWindows()
    {
        const QString path = newFile(u"quit.config.ts"_s);
        ui::AppSettings settings(nullptr);
        ui::MainWindow main(&m_fixture->workspace, &settings);
        main.show();
        QTRY_VERIFY_WITH_TIMEOUT(main.projectContext().isValid(), kUiTimeoutMs);
        main.showArea(api::Area::Config);
        QTRY_COMPARE(main.currentArea(), api::Area::Config);
        auto *panel = main.currentPage()->findChild<ui::ConfigSettingsPanel *>();
        QVERIFY(panel);
        panel->showSection(ui::ConfigSettingsPanel::SignIn);
        auto *signUp = panel->findChild<QCheckBox *>(u"auth.allowSignUp"_s);
        QTRY_VERIFY_WITH_TIMEOUT(signUp && signUp->isEnabled(), kUiTimeoutMs);
        QTest::mouseClick(signUp, Qt::LeftButton, {}, QPoint(8, signUp->height() / 2));
        QVERIFY(panel->hasUnsavedChanges());

        QPointer<ConfigFileWindow> window = main.openConfigFile(path);
        QVERIFY(window);
        window->document()->setAutosave(m_autosave.get());
        QVERIFY(window->target()->apply({models::ConfigSetting::boolean(u"auth.allowSignUp"_s, false)}));

        QObject context;
        bool answered = false;
        QString text;
        clickMessageButtonNext(&context, &answered, QString(), u"Keep editing"_s, &text);
        QVERIFY(!main.close());
        QVERIFY(answered);
        QVERIFY2(text.contains(u"not saved yet"_s), qPrintable(text));
        QVERIFY(window && window->isVisible() && window->isWindowModified());

        window->document()->undoStack()->setClean();
        window->document()->discardAutosave();
        panel->discardUnsavedChanges();
        QVERIFY(main.close());
        QTRY_VERIFY(!window);
    }

    // Review item 24: a file holding "show-onboarding" says so until a setting is changed.
    void showOnboardingFileHasANote()
    {
        const QString path = newFile(u"onboarding.config.ts"_s,
                                     u"import type { HexclaveConfig } from \"@hexclave/js/config\";\n\n"
                                     u"export const config: HexclaveConfig = \"show-onboarding\";\n"_s);
        QPointer<ConfigFileWindow> window = newWindow(nullptr);
        QVERIFY(window->openFile(path));
        window->show();
        auto *note = window->findChild<QLabel *>(u"onboardingNote"_s);
        QVERIFY(note);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(u"show-onboarding"_s), qPrintable(note->text()));
        QVERIFY(window->target()->apply({models::ConfigSetting::boolean(u"auth.allowSignUp"_s, false)}));
        QVERIFY(!note->isVisible());
        window->document()->undoStack()->undo();
        QVERIFY(note->isVisible());
        // Another file: no note.
        QVERIFY(window->openFile(newFile(u"plain.config.ts"_s)));
        QVERIFY(!note->isVisible());
        delete window;
    }

    void fileTabPullComparePush()
    {
        QVERIFY(setServerBranch(u"{\"auth\":{\"allowSignUp\":true}}"_s));
        ui::ConfigFileSyncView view(m_fixture->context);
        view.setPullBaselines(m_baselines);
        view.resize(900, 600);
        view.show();
        QSignalSpy openRequested(&view, &ui::ConfigFileSyncView::openFileRequested);
        const QString path = m_dir.filePath(u"tab/hexclave.config.ts"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"tab"_s)));
        view.pullToFile(path);
        QPushButton *open = view.findChild<QPushButton *>(u"openInEditorButton"_s);
        QTRY_VERIFY(open->isVisible());
        QVERIFY(readText(path).contains(u"\"allowSignUp\": true"_s));
        QVERIFY(m_baselines.find(path, projectId()).has_value());
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(openRequested.count(), 1);
        QCOMPARE(openRequested.constFirst().constFirst().toString(), QFileInfo(path).absoluteFilePath());

        // Edited elsewhere, compared, pushed.
        QVERIFY(writeText(path, readText(path).replace(u"\"allowSignUp\": true"_s, u"\"allowSignUp\": false"_s)));
        view.compareWithFile(path);
        QTRY_VERIFY(view.diffView()->isVisible());
        Screenshots().save(&view, u"configfile-tab"_s);
        bool confirmed = false;
        answerChangeDialogNext(this, &confirmed, true);
        view.pushFile(path);
        QTRY_VERIFY(confirmed);
        QTRY_COMPARE_WITH_TIMEOUT(serverBranch()->boolAt(u"auth.allowSignUp"_s), std::optional<bool>(false), kUiTimeoutMs);
    }

    void screenshots()
    {
        QVERIFY(setServerBranch(u"{\"auth\":{\"allowSignUp\":false,\"password\":{\"allowSignIn\":true}},\"teams\":{\"allowClientTeamCreation\":true}}"_s));
        const QString path = newFile(u"shots/hexclave.config.ts"_s.replace(u'/', u'-'));
        for (const bool dark : {false, true}) {
            const QPalette original = QApplication::palette();
            if (dark)
                QApplication::setPalette(darkPalette());
            QPointer<ConfigFileWindow> window = newWindow(&m_fixture->workspace);
            QVERIFY(window->openFile(path));
            window->resize(1100, 760);
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window));
            if (window->document()->config().isEmpty())
                QVERIFY(pull(window));
            // An invalid value, for the problems strip.
            window->document()->setConfig(window->document()->config().withValue(u"auth.allowSignUp"_s, u"\"sometimes\""_s),
                                          u"Change auth.allowSignUp"_s);
            QTest::qWait(100);
            QVERIFY(Screenshots().save(window, dark ? u"configfile-window-dark"_s : u"configfile-window-light"_s));
            window->tabs()->setCurrentIndex(1);
            QTest::qWait(100);
            QVERIFY(Screenshots().save(window, dark ? u"configfile-expert-dark"_s : u"configfile-expert-light"_s));
            window->document()->undoStack()->setClean();
            window->close();
            QTRY_VERIFY(!window);
            QApplication::setPalette(original);
        }
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestConfigFileWindow)
#include "tst_ConfigFileWindow.moc"
