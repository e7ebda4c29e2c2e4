// FileConfigTarget: an offline hexclave.config.ts as a ConfigTarget — only the branch level,
// values rendered over the defaults, environment settings blocked with a sentence saying where
// they live, preview as one change titled with the file name, apply as one undoable step of
// the document (a removal deletes the key), replaceLevel, and undo restoring the values.

#include "config/ConfigFileDocument.h"
#include "config/ConfigSchema.h"
#include "config/FileConfigTarget.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using models::ConfigFileDocument;
using models::ConfigSetting;
using models::FileConfigTarget;

class TestFileConfigTarget : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<models::EditorAutosave> m_autosave;
    std::unique_ptr<ConfigFileDocument> m_document;

private Q_SLOTS:
    void init()
    {
        m_autosave = std::make_unique<models::EditorAutosave>(m_dir.filePath(u"autosave"_s));
        m_document = std::make_unique<ConfigFileDocument>();
        m_document->setAutosave(m_autosave.get());
        m_document->setConfig(api::ConfigTree::fromJsonText(u"{\"auth\":{\"allowSignUp\":false},\"teams\":{\"allowClientTeamCreation\":true}}"_s),
                              u"Start"_s);
        m_document->undoStack()->clear();
    }
    void cleanup()
    {
        m_document->discardAutosave();
        m_document.reset();
    }

    void describesTheFile()
    {
        FileConfigTarget target(m_document.get());
        QVERIFY(target.isOffline());
        QVERIFY(target.isLoaded());
        QVERIFY(!target.isBusy());
        QCOMPARE(target.levels(), QList<api::ConfigLevel>{api::ConfigLevel::Branch});
        QVERIFY(target.overrideAt(api::ConfigLevel::Branch).sameContent(m_document->config()));
        QVERIFY(target.overrideAt(api::ConfigLevel::Environment).isEmpty());
        QVERIFY(target.values().sameContent(api::configschema::renderedOver(m_document->config())));
        QCOMPARE(target.values().boolAt(u"auth.allowSignUp"_s), std::optional<bool>(false));
        QSignalSpy loaded(&target, &FileConfigTarget::loaded);
        target.load();
        QVERIFY(loaded.wait(1000));
    }

    void environmentSettingsAreBlocked()
    {
        FileConfigTarget target(m_document.get());
        const ConfigSetting secret =
            ConfigSetting::string(u"auth.oauth.providers.github.clientSecret"_s, u"s3cret"_s).secret();
        const QString reason = target.blockedReason(secret);
        QVERIFY2(reason.contains(u"per environment"_s) && reason.contains(u"hexclave.config.ts"_s), qPrintable(reason));
        QVERIFY(target.blockedReason(ConfigSetting::boolean(u"auth.allowSignUp"_s, true)).isEmpty());
        QVERIFY(!target.apply({ConfigSetting::boolean(u"auth.allowSignUp"_s, true), secret}));
        QCOMPARE(m_document->undoStack()->count(), 0);
        QCOMPARE(m_document->config().boolAt(u"auth.allowSignUp"_s), std::optional<bool>(false));
    }

    void previewIsOneChangeOfTheFile()
    {
        QVERIFY(m_document->saveAs(m_dir.filePath(u"hexclave.config.ts"_s), nullptr));
        FileConfigTarget target(m_document.get());
        const QList<models::ConfigLevelChange> changes =
            target.preview({ConfigSetting::boolean(u"auth.allowSignUp"_s, true),
                            ConfigSetting::idSet(u"apps.installed"_s, {u"teams"_s})});
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.constFirst().title, u"hexclave.config.ts"_s);
        QCOMPARE(changes.constFirst().level, api::ConfigLevel::Branch);
        QVERIFY(changes.constFirst().before.sameContent(m_document->config()));
        QCOMPARE(changes.constFirst().after.boolAt(u"auth.allowSignUp"_s), std::optional<bool>(true));
        QCOMPARE(changes.constFirst().after.enabledKeysAt(u"apps.installed"_s), QStringList{u"teams"_s});
        QVERIFY(target.preview({ConfigSetting::boolean(u"auth.allowSignUp"_s, false)}).isEmpty()); // no change
    }

    void applyIsOneUndoableStep()
    {
        FileConfigTarget target(m_document.get());
        QSignalSpy applied(&target, &FileConfigTarget::applied);
        QSignalSpy loaded(&target, &FileConfigTarget::loaded);
        QVERIFY(target.apply({ConfigSetting::boolean(u"auth.allowSignUp"_s, true),
                              ConfigSetting::string(u"emails.selectedThemeId"_s, u"dark \"night\""_s),
                              ConfigSetting::removal(u"teams.allowClientTeamCreation"_s)}));
        QVERIFY(applied.wait(1000));
        QCOMPARE(applied.constFirst().constFirst().toStringList(),
                 (QStringList{u"auth.allowSignUp"_s, u"emails.selectedThemeId"_s, u"teams.allowClientTeamCreation"_s}));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_document->config().boolAt(u"auth.allowSignUp"_s), std::optional<bool>(true));
        QCOMPARE(m_document->config().stringAt(u"emails.selectedThemeId"_s), std::optional<QString>(u"dark \"night\""_s));
        // Removed, not null: a file holds no null.
        QCOMPARE(m_document->config().kindAt(u"teams.allowClientTeamCreation"_s), api::ConfigValueKind::Missing);
        QVERIFY(m_document->isModified());
        QVERIFY(!target.apply({ConfigSetting::boolean(u"auth.allowSignUp"_s, true)})); // nothing to write

        // Undo restores every value and tells the forms.
        m_document->undoStack()->undo();
        QCOMPARE(loaded.count(), 2);
        QCOMPARE(target.values().boolAt(u"auth.allowSignUp"_s), std::optional<bool>(false));
        QCOMPARE(m_document->config().boolAt(u"teams.allowClientTeamCreation"_s), std::optional<bool>(true));
        QVERIFY(!m_document->config().contains(u"emails.selectedThemeId"_s));
    }

    void replaceLevelEditsTheDocument()
    {
        FileConfigTarget target(m_document.get());
        QSignalSpy applied(&target, &FileConfigTarget::applied);
        const api::ConfigTree edited = m_document->config().withValue(u"users.allowClientUserDeletion"_s, u"true"_s);
        QVERIFY(!target.replaceLevel(api::ConfigLevel::Environment, edited));
        QVERIFY(target.replaceLevel(api::ConfigLevel::Branch, edited));
        QVERIFY(applied.wait(1000));
        QCOMPARE(applied.constFirst().constFirst().toStringList(), QStringList{u"users.allowClientUserDeletion"_s});
        QVERIFY(m_document->config().sameContent(edited));
        QVERIFY(!target.replaceLevel(api::ConfigLevel::Branch, edited)); // unchanged
        m_document->undoStack()->undo();
        QVERIFY(!m_document->config().contains(u"users.allowClientUserDeletion"_s));
    }

    void replaceLevelRefusesEnvironmentSettings()
    {
        // Review item 1: the expert view's "Save anyway" must not put a secret into the file.
        FileConfigTarget target(m_document.get());
        QSignalSpy applied(&target, &FileConfigTarget::applied);
        const api::ConfigTree before = m_document->config();
        const api::ConfigTree withSecret = before.withValue(u"auth.oauth.providers.github.clientSecret"_s, u"\"s3cr3t\""_s);
        QVERIFY(api::configschema::isEnvironmentOnly(u"auth.oauth.providers.github.clientSecret"_s));
        QVERIFY(!target.replaceLevel(api::ConfigLevel::Branch, withSecret));
        QVERIFY(m_document->config().sameContent(before));
        QVERIFY(!m_document->text().contains(u"s3cr3t"_s));
        QCOMPARE(m_document->undoStack()->count(), 0);
        QVERIFY(!applied.wait(50));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestFileConfigTarget)
#include "tst_FileConfigTarget.moc"
