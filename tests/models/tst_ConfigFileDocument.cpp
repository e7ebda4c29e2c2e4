// ConfigFileDocument: open / save round trip keeps the preamble (comments, import line) and
// writes normalized nested JSON; a parse error names line and column and leaves the document
// alone; saving is atomic (a failed save leaves the old file intact) and keeps the file's
// permissions; undo / redo with the modified flag; autosave written after an edit and removed
// after a save; recovery offered when the file is opened again, also after the editing
// process was killed (a child process, tests/models/crashchild).

#include "autosave/EditorAutosave.h"
#include "config/ConfigFileDocument.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using models::ConfigFileDocument;
using models::EditorAutosave;

namespace {

const QString handWritten = u"// Our project's configuration.\n"
                            u"import type { HexclaveConfig } from \"@hexclave/js/config\";\n"
                            u"\n"
                            u"export const config: HexclaveConfig = {\n"
                            u"  // Sign-up stays closed until launch.\n"
                            u"  'auth.allowSignUp': false,\n"
                            u"  teams: { createPersonalTeamOnSignUp: true, },\n"
                            u"};\n"_s;

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

api::ConfigTree signUpOpen(const api::ConfigTree &tree, bool open)
{
    return tree.withValue(u"auth.allowSignUp"_s, open ? u"true"_s : u"false"_s);
}

} // namespace

class TestConfigFileDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EditorAutosave> m_autosave;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<ConfigFileDocument> document()
    {
        auto doc = std::make_unique<ConfigFileDocument>();
        doc->setAutosave(m_autosave.get());
        doc->setAutosaveDelay(50);
        return doc;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_autosave = std::make_unique<EditorAutosave>(m_dir.filePath(u"autosave"_s));
    }

    void openAndSaveKeepPreamble()
    {
        const QString file = path(u"hexclave.config.ts"_s);
        QVERIFY(writeText(file, handWritten));
        auto doc = document();
        QSignalSpy pathChanged(doc.get(), &ConfigFileDocument::filePathChanged);
        QString error;
        QVERIFY2(doc->open(file, &error), qPrintable(error));
        QCOMPARE(pathChanged.count(), 1);
        QCOMPARE(doc->filePath(), QFileInfo(file).absoluteFilePath());
        QCOMPARE(doc->displayName(), u"hexclave.config.ts"_s);
        QVERIFY(!doc->isUntitled());
        QVERIFY(!doc->isModified());
        QCOMPARE(doc->config().boolAt(u"auth.allowSignUp"_s), std::optional<bool>(false));
        QCOMPARE(doc->config().boolAt(u"teams.createPersonalTeamOnSignUp"_s), std::optional<bool>(true));
        QStringList topKeys = doc->config().keysAt(QString());
        topKeys.sort();
        QCOMPARE(topKeys, (QStringList{u"auth"_s, u"teams"_s})); // nested

        doc->setConfig(signUpOpen(doc->config(), true), u"Open sign-up"_s);
        QVERIFY(doc->isModified());
        QVERIFY2(doc->save(&error), qPrintable(error));
        QVERIFY(!doc->isModified());

        const QString saved = readText(file);
        QVERIFY2(saved.startsWith(u"// Our project's configuration.\nimport type { HexclaveConfig } from \"@hexclave/js/config\";\n\n"_s),
                 qPrintable(saved));
        QVERIFY2(saved.contains(u"export const config: HexclaveConfig = {"_s), qPrintable(saved));
        QVERIFY2(saved.contains(u"\"allowSignUp\": true"_s), qPrintable(saved)); // nested, normalized JSON
        QVERIFY(!saved.contains(u"'auth.allowSignUp'"_s));
        QCOMPARE(saved, doc->text());
        QCOMPARE(doc->diskText(), saved);

        ConfigFileDocument reopened;
        reopened.setAutosave(m_autosave.get());
        QVERIFY(reopened.open(file, &error));
        QVERIFY(reopened.config().sameContent(doc->config()));
        QVERIFY(!reopened.recovery());
    }

    void saveRefusesAFileChangedOnDisk()
    {
        // Review item 2: another program (or the Config page's "Pull to file…") rewrote the file.
        const QString file = path(u"changed-on-disk.config.ts"_s);
        QVERIFY(writeText(file, handWritten));
        auto doc = document();
        QString error;
        QVERIFY2(doc->open(file, &error), qPrintable(error));
        doc->setConfig(signUpOpen(doc->config(), true), u"Open sign-up"_s);
        QVERIFY(!doc->isChangedOnDisk());

        const QString theirs = u"export const config = { users: { allowClientUserDeletion: true } };\n"_s;
        QVERIFY(writeText(file, theirs));
        QVERIFY(doc->isChangedOnDisk());
        error.clear();
        QVERIFY(!doc->save(&error));
        QVERIFY(doc->changedOnDiskAtSave());
        QVERIFY(!error.isEmpty());
        QCOMPARE(readText(file), theirs); // untouched
        QVERIFY(doc->isModified());

        QVERIFY2(doc->save(&error, true), qPrintable(error));
        QVERIFY(!doc->changedOnDiskAtSave());
        QVERIFY(!doc->isModified());
        QVERIFY(readText(file).contains(u"\"allowSignUp\": true"_s));
        QVERIFY(!doc->isChangedOnDisk());
        // A normal save works again afterwards.
        doc->setConfig(signUpOpen(doc->config(), false), u"Close sign-up"_s);
        QVERIFY2(doc->save(&error), qPrintable(error));
    }

    void showOnboardingIsKeptUntilEdited()
    {
        const QString file = path(u"onboarding.config.ts"_s);
        QVERIFY(writeText(file, u"export const config = \"show-onboarding\";\n"_s));
        auto doc = document();
        QString error;
        QVERIFY2(doc->open(file, &error), qPrintable(error));
        QVERIFY(doc->showsOnboarding());
        QVERIFY(doc->text().contains(u"\"show-onboarding\""_s));
        doc->setConfig(signUpOpen(doc->config(), true), u"Open sign-up"_s);
        QVERIFY(!doc->showsOnboarding());
        QVERIFY(!doc->text().contains(u"show-onboarding"_s));
        doc->undoStack()->undo();
        QVERIFY(doc->showsOnboarding());
        doc->newDocument();
        QVERIFY(!doc->showsOnboarding());
    }

    void parseErrorNamesLineAndColumn()
    {
        const QString good = path(u"good.config.ts"_s);
        QVERIFY(writeText(good, handWritten));
        const QString bad = path(u"bad.config.ts"_s);
        QVERIFY(writeText(bad, u"export const config = {\n  auth: makeAuth(),\n};\n"_s));
        auto doc = document();
        QString error;
        QVERIFY(doc->open(good, &error));
        QVERIFY(!doc->open(bad, &error));
        QVERIFY2(error.contains(u"line 2, column"_s), qPrintable(error));
        QCOMPARE(doc->filePath(), QFileInfo(good).absoluteFilePath()); // still the good file
        QCOMPARE(doc->config().boolAt(u"auth.allowSignUp"_s), std::optional<bool>(false));
    }

    void failedSaveLeavesOldFileIntact()
    {
        const QString directory = path(u"readonly"_s);
        QVERIFY(QDir().mkpath(directory));
        const QString file = directory + u"/hexclave.config.ts"_s;
        QVERIFY(writeText(file, handWritten));
        auto doc = document();
        QString error;
        QVERIFY(doc->open(file, &error));
        doc->setConfig(signUpOpen(doc->config(), true).withValue(u"emails.selectedThemeId"_s, u"\"a-longer-file-now\""_s),
                       u"Open sign-up"_s);

        // The write fails half way (a file size limit; also works as root, unlike a read-only
        // directory): the file on disk stays as it was and no temporary file is left.
        struct rlimit original {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &original), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limited = original;
        limited.rlim_cur = 64;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        const bool saved = doc->save(&error);
        setrlimit(RLIMIT_FSIZE, &original);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!saved);
        QVERIFY2(error.contains(u"Could not save"_s), qPrintable(error));
        QCOMPARE(readText(file), handWritten);
        QVERIFY(doc->isModified()); // the edit is still there
        QCOMPARE(QDir(directory).entryList(QDir::Files | QDir::Hidden), QStringList{u"hexclave.config.ts"_s});
        // And saving works again once it can.
        QVERIFY2(doc->save(&error), qPrintable(error));
        QVERIFY(readText(file).contains(u"a-longer-file-now"_s));
    }

    void saveKeepsPermissions()
    {
        const QString file = path(u"private.config.ts"_s);
        QVERIFY(writeText(file, handWritten));
        const auto permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
        QVERIFY(QFile::setPermissions(file, permissions));
        auto doc = document();
        QString error;
        QVERIFY(doc->open(file, &error));
        doc->setConfig(signUpOpen(doc->config(), true), u"Open sign-up"_s);
        QVERIFY2(doc->save(&error), qPrintable(error));
        QCOMPARE(QFile::permissions(file) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), permissions);
    }

    void undoRedoAndModifiedFlag()
    {
        const QString file = path(u"undo.config.ts"_s);
        QVERIFY(writeText(file, handWritten));
        auto doc = document();
        QString error;
        QVERIFY(doc->open(file, &error));
        QSignalSpy modified(doc.get(), &ConfigFileDocument::modifiedChanged);
        QSignalSpy changed(doc.get(), &ConfigFileDocument::configChanged);

        doc->setConfig(signUpOpen(doc->config(), true), u"Open sign-up"_s);
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.last().constFirst().toBool(), true);
        QCOMPARE(changed.count(), 1);
        // The same content again is no step.
        doc->setConfig(doc->config(), u"Nothing"_s);
        QCOMPARE(doc->undoStack()->count(), 1);

        doc->setConfig(doc->config().withValue(u"users.allowClientUserDeletion"_s, u"true"_s), u"Self-deletion"_s);
        QCOMPARE(doc->undoStack()->count(), 2);

        doc->undoStack()->undo();
        QVERIFY(!doc->config().contains(u"users.allowClientUserDeletion"_s));
        QCOMPARE(doc->config().boolAt(u"auth.allowSignUp"_s), std::optional<bool>(true));
        doc->undoStack()->undo();
        QCOMPARE(doc->config().boolAt(u"auth.allowSignUp"_s), std::optional<bool>(false));
        QVERIFY(!doc->isModified());
        QCOMPARE(modified.last().constFirst().toBool(), false);
        doc->undoStack()->redo();
        QVERIFY(doc->isModified());
        QCOMPARE(doc->config().boolAt(u"auth.allowSignUp"_s), std::optional<bool>(true));

        // Saved: clean; undoing past the save is modified again.
        QVERIFY(doc->save(&error));
        QVERIFY(!doc->isModified());
        doc->undoStack()->undo();
        QVERIFY(doc->isModified());

        // Another file: not modified, nothing to undo; the edits left behind keep their autosave.
        doc->autosaveNow();
        const QString oldKey = doc->autosaveKey();
        QVERIFY(m_autosave->find(oldKey).has_value());
        const QString other = path(u"other.config.ts"_s);
        QVERIFY(writeText(other, handWritten));
        QSignalSpy canUndo(doc->undoStack(), &QUndoStack::canUndoChanged);
        QVERIFY(doc->open(other, &error));
        QVERIFY(!doc->isModified());
        QCOMPARE(modified.last().constFirst().toBool(), false);
        QVERIFY(!doc->undoStack()->canUndo());
        QCOMPARE(canUndo.last().constFirst().toBool(), false);
        QVERIFY(m_autosave->find(oldKey).has_value());
        m_autosave->discard(oldKey);
    }

    void consecutiveEditsOfOnePathMerge()
    {
        auto doc = document();
        doc->setConfig(doc->config().withValue(u"auth.allowSignUp"_s, u"true"_s), u"Sign-up"_s);
        doc->setConfig(doc->config().withValue(u"auth.allowSignUp"_s, u"false"_s), u"Sign-up"_s);
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->setConfig(doc->config().withValue(u"auth.password.allowSignIn"_s, u"true"_s), u"Password"_s);
        QCOMPARE(doc->undoStack()->count(), 2);
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QVERIFY(!doc->config().contains(u"auth.allowSignUp"_s));
    }

    void autosaveWrittenAndRemovedAfterSave()
    {
        const QString file = path(u"autosaved.config.ts"_s);
        QVERIFY(writeText(file, handWritten));
        auto doc = document();
        QString error;
        QVERIFY(doc->open(file, &error));
        QVERIFY(!m_autosave->find(doc->autosaveKey()));
        doc->setConfig(signUpOpen(doc->config(), true), u"Open sign-up"_s);
        QTRY_VERIFY(m_autosave->find(doc->autosaveKey()).has_value());
        const models::AutosavedText entry = *m_autosave->find(doc->autosaveKey());
        QCOMPARE(entry.text, doc->text());
        QCOMPARE(entry.baseText, handWritten);
        QCOMPARE(entry.title, u"autosaved.config.ts"_s);

        QVERIFY(doc->save(&error));
        QVERIFY(!m_autosave->find(doc->autosaveKey()));
    }

    void recoveryOfferedAndRestored()
    {
        const QString file = path(u"recover.config.ts"_s);
        QVERIFY(writeText(file, handWritten));
        QString error;
        {
            auto doc = document();
            QVERIFY(doc->open(file, &error));
            doc->setConfig(signUpOpen(doc->config(), true), u"Open sign-up"_s);
            doc->autosaveNow();
            // Gone without saving (the window was not asked).
        }
        auto doc = document();
        QVERIFY(doc->open(file, &error));
        QVERIFY(doc->recovery().has_value());
        QVERIFY(!doc->recoveryBaseChanged());
        QVERIFY(!doc->isModified());
        QCOMPARE(doc->config().boolAt(u"auth.allowSignUp"_s), std::optional<bool>(false));
        QVERIFY2(doc->restoreRecovery(&error), qPrintable(error));
        QVERIFY(!doc->recovery());
        QVERIFY(doc->isModified());
        QCOMPARE(doc->config().boolAt(u"auth.allowSignUp"_s), std::optional<bool>(true));
        doc->undoStack()->undo(); // the restore is one step
        QCOMPARE(doc->config().boolAt(u"auth.allowSignUp"_s), std::optional<bool>(false));
        doc->undoStack()->redo();

        // Discarding the changes removes the autosave; the next open offers nothing.
        doc->discardAutosave();
        ConfigFileDocument again;
        again.setAutosave(m_autosave.get());
        QVERIFY(again.open(file, &error));
        QVERIFY(!again.recovery());
    }

    void discardRecoveryRemovesIt()
    {
        const QString file = path(u"discard.config.ts"_s);
        QVERIFY(writeText(file, handWritten));
        QString error;
        {
            auto doc = document();
            QVERIFY(doc->open(file, &error));
            doc->setConfig(signUpOpen(doc->config(), true), u"Open sign-up"_s);
        } // the destructor writes the pending autosave
        auto doc = document();
        QVERIFY(doc->open(file, &error));
        QVERIFY(doc->recovery().has_value());
        // The file changed on disk since the edits were made.
        QVERIFY(writeText(file, handWritten + u"\n"_s));
        auto changedOnDisk = document();
        QVERIFY(changedOnDisk->open(file, &error));
        QVERIFY(changedOnDisk->recoveryBaseChanged());
        changedOnDisk->discardRecovery();
        QVERIFY(!changedOnDisk->recovery());
        QVERIFY(!m_autosave->find(changedOnDisk->autosaveKey()));
    }

    void untitledRecoveryListed()
    {
        QString error;
        QString key;
        {
            auto doc = document();
            QVERIFY(doc->isUntitled());
            QCOMPARE(doc->displayName(), u"Untitled"_s);
            doc->setConfig(doc->config().withValue(u"auth.allowSignUp"_s, u"false"_s), u"Sign-up"_s);
            doc->autosaveNow();
            key = doc->autosaveKey();
            QVERIFY(key.startsWith(ConfigFileDocument::untitledKeyPrefix()));
        }
        auto doc = document();
        const QList<models::AutosavedText> entries = doc->untitledRecoveries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.constFirst().key, key);
        QVERIFY2(doc->openUntitledRecovery(entries.constFirst(), &error), qPrintable(error));
        QVERIFY(doc->isModified());
        QCOMPARE(doc->config().boolAt(u"auth.allowSignUp"_s), std::optional<bool>(false));
        const QString saved = path(u"fromuntitled.config.ts"_s);
        QVERIFY(doc->saveAs(saved, &error));
        QVERIFY(!doc->isModified());
        QVERIFY(doc->untitledRecoveries().isEmpty());
        QCOMPARE(doc->filePath(), QFileInfo(saved).absoluteFilePath());
    }

    // The editing process is killed after its autosave; opening the file offers the edit.
    void recoveryAfterKilledProcess()
    {
        const QString file = path(u"crash.config.ts"_s);
        QVERIFY(writeText(file, handWritten));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(HEXCLAVE_CRASHCHILD), {file, m_autosave->directory()});
        QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));
        // The child prints "edited" after the edit and "autosaved" once the autosave is on disk,
        // then waits to be killed.
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() != QProcess::Running, 10000);
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += child.readAll()).contains("autosaved"), 10000);
        QCOMPARE(child.state(), QProcess::Running);
        child.kill();
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        QCOMPARE(readText(file), handWritten); // never saved
        auto doc = document();
        QString error;
        QVERIFY(doc->open(file, &error));
        QVERIFY(doc->recovery().has_value());
        QVERIFY(doc->restoreRecovery(&error));
        QCOMPARE(doc->config().boolAt(u"auth.allowSignUp"_s), std::optional<bool>(true));
        QCOMPARE(doc->config().stringAt(u"emails.selectedThemeId"_s), std::optional<QString>(u"crash-edit"_s));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestConfigFileDocument)
#include "tst_ConfigFileDocument.moc"
