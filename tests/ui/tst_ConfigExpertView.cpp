// The configuration's expert view (issue 8). Offline over a stand-in target (a file: one level):
// an inline edit (F2), Save showing the diff and writing the edited tree, Revert, keys added
// through the dialog and removed with Del, the filter, problems (double-click selects the key),
// masked secrets with Show, and edits kept when the target's copy changes underneath ("Keep
// editing" / "Reload"). Online on the TestServer with a ProjectConfigTarget: a branch value edited
// and saved through the change dialog is on the server afterwards. Screenshots light and dark
// (HEXCLAVE_SCREENSHOT_DIR=<dir>).

#include "ModalAnswers.h"
#include "UserViewTestHelpers.h"

#include "config/ConfigSecrets.h"
#include "config/ConfigTreeModel.h"
#include "config/ProjectConfigTarget.h"
#include "endpoints/ConfigEndpoints.h"
#include "pages/config/ConfigChangeDialog.h"
#include "pages/config/expert/ConfigExpertView.h"
#include "pages/config/expert/JsonValueDialog.h"
#include "widgets/ErrorBanner.h"
#include "widgets/JsonEditor.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QFrame>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::ConfigLevel;
using api::ConfigTree;
using models::ConfigTreeModel;

namespace {

ConfigTree tree(QString text)
{
    return ConfigTree::fromJsonText(text.replace(u'\'', u'"'));
}

// A configuration target without a server: overrides held in memory, writes done at once.
class FakeConfigTarget : public models::ConfigTarget
{
public:
    FakeConfigTarget(bool offline, QMap<ConfigLevel, ConfigTree> overrides)
        : m_offline(offline)
        , m_overrides(std::move(overrides))
    {
    }

    bool isOffline() const override { return m_offline; }
    bool isLoaded() const override { return true; }
    bool isBusy() const override { return false; }
    void load() override { Q_EMIT loaded(); }
    ConfigTree values() const override
    {
        ConfigTree rendered;
        for (const ConfigTree &level : m_overrides) {
            for (const QString &path : level.leafPaths())
                rendered = rendered.withValue(path, level.jsonAt(path));
        }
        return rendered;
    }
    QString blockedReason(const models::ConfigSetting &) const override { return {}; }
    QList<models::ConfigLevelChange> preview(const QList<models::ConfigSetting> &) const override { return {}; }
    bool apply(const QList<models::ConfigSetting> &) override { return false; }
    QList<ConfigLevel> levels() const override { return m_overrides.keys(); }
    ConfigTree overrideAt(ConfigLevel level) const override { return m_overrides.value(level); }
    bool replaceLevel(ConfigLevel level, const ConfigTree &config) override
    {
        if (config.sameContent(m_overrides.value(level)))
            return false;
        if (failWrites) {
            QTimer::singleShot(0, this, [this] {
                Q_EMIT failed(models::ConfigSettingsWriter::Stage::Writing, api::ApiError::parse(u"the answer"_s));
            });
            return true;
        }
        replaced.append({level, config});
        m_overrides.insert(level, config);
        Q_EMIT applied(config.leafPaths());
        Q_EMIT loaded();
        return true;
    }
    // Another view of this target writes (a settings tab): applied, then loaded.
    void writeElsewhere(ConfigLevel level, const ConfigTree &config)
    {
        m_overrides.insert(level, config);
        Q_EMIT applied(config.leafPaths());
        Q_EMIT loaded();
    }
    // The copy changes elsewhere (another person, an undo in the file).
    void changeElsewhere(ConfigLevel level, const ConfigTree &config)
    {
        m_overrides.insert(level, config);
        Q_EMIT loaded();
    }

    QList<std::pair<ConfigLevel, ConfigTree>> replaced;
    bool failWrites = false;

private:
    bool m_offline;
    QMap<ConfigLevel, ConfigTree> m_overrides;
};

ConfigTree fileConfig()
{
    return tree(u"{'auth': {'allowSignUp': true, 'password': {'allowSignIn': true}, 'oauth': {'providers': "
                u"{'github': {'type': 'github', 'isShared': false, 'clientId': 'abc', 'clientSecret': 'hidden-value'}}}}, "
                u"'teams': {'createPersonalTeamOnSignUp': false, 'allowClientTeamCreation': true}}"_s);
}

// What a hexclave.config.ts can hold: fileConfig() without the provider's environment-only keys.
ConfigTree plainFileConfig()
{
    ConfigTree config = fileConfig();
    for (const QString &key : {u"isShared"_s, u"clientId"_s, u"clientSecret"_s})
        config = config.without(u"auth.oauth.providers.github."_s + key);
    return config;
}

QStringList changedPaths(const QWidget *dialog)
{
    QStringList paths;
    for (const QTreeWidget *list : dialog->findChildren<QTreeWidget *>(u"configChangeList"_s)) {
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            paths << list->topLevelItem(row)->text(0);
    }
    return paths;
}

class ExpertViewHarness
{
public:
    explicit ExpertViewHarness(models::ConfigTarget *target)
        : view(target)
    {
        view.resize(980, 640);
        view.show();
        view.activateWindow();
    }

    bool isShown() { return QTest::qWaitForWindowActive(&view); }
    QTreeView *tree() const { return view.treeView(); }
    ConfigTreeModel *model() const { return view.model(); }
    QPushButton *button(const QString &name) const { return view.findChild<QPushButton *>(name); }

    // Makes `path` the current row (column `column`) and gives the tree the focus.
    bool select(const QString &path, int column = ConfigTreeModel::KeyColumn)
    {
        auto *proxy = qobject_cast<QAbstractProxyModel *>(tree()->model());
        const QModelIndex index = proxy->mapFromSource(model()->indexOfPath(path, column));
        if (!index.isValid())
            return false;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            tree()->expand(parent);
        tree()->setCurrentIndex(index);
        // A dialog that closed may have left no window active (offscreen): shortcuts need one.
        view.activateWindow();
        tree()->setFocus();
        return QTest::qWaitForWindowActive(&view);
    }

    // F2 on `path`, the text typed into the inline editor, Enter.
    bool editInline(const QString &path, const QString &text)
    {
        if (!select(path))
            return false;
        QTest::keyClick(tree(), Qt::Key_F2);
        const QPointer<QLineEdit> editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        if (!editor || !tree()->isAncestorOf(editor))
            return false;
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on Return from a queued call.
        return QTest::qWaitFor([&editor] { return editor.isNull(); }, kUiTimeoutMs);
    }

    ui::ConfigExpertView view;
};

} // namespace

class TestConfigExpertView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offlineEditSaveAndRevert()
    {
        FakeConfigTarget target(true, {{ConfigLevel::Branch, plainFileConfig()}});
        ExpertViewHarness harness(&target);
        QVERIFY(harness.isShown());
        auto *levels = harness.view.findChild<QComboBox *>(u"configLevel"_s);
        QCOMPARE(levels->count(), 1);
        QVERIFY(!levels->isEnabled());
        QCOMPARE(harness.view.currentLevel(), std::optional(ConfigLevel::Branch));
        QVERIFY(!harness.button(u"saveConfig"_s)->isEnabled());

        QSignalSpy unsaved(&harness.view, &ui::ConfigExpertView::unsavedChangesChanged);
        QVERIFY(harness.editInline(u"teams.allowClientTeamCreation"_s, u"false"_s));
        QCOMPARE(harness.model()->tree().boolAt(u"teams.allowClientTeamCreation"_s), std::optional(false));
        QVERIFY(harness.view.hasUnsavedChanges());
        QCOMPARE(unsaved.count(), 1);
        QVERIFY(harness.button(u"saveConfig"_s)->isEnabled());

        // Not JSON: refused, said so, nothing changed.
        QVERIFY(harness.editInline(u"teams.allowClientTeamCreation"_s, u"nope"_s));
        QVERIFY(harness.view.findChild<QLabel *>(u"editMessage"_s)->isVisible());
        QCOMPARE(harness.model()->tree().boolAt(u"teams.allowClientTeamCreation"_s), std::optional(false));

        // Revert puts the file's copy back.
        QTest::mouseClick(harness.button(u"revertConfig"_s), Qt::LeftButton);
        QVERIFY(!harness.view.hasUnsavedChanges());
        QCOMPARE(harness.model()->tree().boolAt(u"teams.allowClientTeamCreation"_s), std::optional(true));

        // Edit again, Save: the dialog shows the change, accepting writes the edited tree.
        QVERIFY(harness.editInline(u"teams.allowClientTeamCreation"_s, u"false"_s));
        QStringList paths;
        QString title;
        bool done = false;
        QString acceptText;
        answerNextChangeDialog(this, &done, true, [&](QDialog *dialog) {
            paths = changedPaths(dialog);
            title = dialog->windowTitle();
            if (auto *change = qobject_cast<ui::ConfigChangeDialog *>(dialog))
                acceptText = change->acceptButton()->text();
            Screenshots().save(dialog, u"config-expert-save-dialog"_s);
        });
        harness.tree()->setFocus();
        QTest::keyClick(harness.tree(), Qt::Key_S, Qt::ControlModifier); // Ctrl+S
        QVERIFY(QTest::qWaitFor([&done] { return done; }, kUiTimeoutMs));
        QCOMPARE(paths, QStringList({u"teams.allowClientTeamCreation"_s}));
        QVERIFY(title.contains(u"Configuration file"_s));
        // Offline this only changes the document; the window saves the file.
        QCOMPARE(acceptText, u"Apply"_s);
        QCOMPARE(harness.button(u"saveConfig"_s)->text(), u"&Apply to file"_s);
        QCOMPARE(target.replaced.size(), 1);
        QCOMPARE(target.replaced.first().first, ConfigLevel::Branch);
        QCOMPARE(target.replaced.first().second.boolAt(u"teams.allowClientTeamCreation"_s), std::optional(false));
        QVERIFY(target.replaced.first().second.sameContent(
            plainFileConfig().withValue(u"teams.allowClientTeamCreation"_s, u"false"_s)));
        QVERIFY(!harness.view.hasUnsavedChanges());
        QVERIFY(!harness.button(u"saveConfig"_s)->isEnabled());
        // Expanded rows stay expanded after the reload.
        auto *proxy = qobject_cast<QAbstractProxyModel *>(harness.tree()->model());
        QVERIFY(harness.tree()->isExpanded(proxy->mapFromSource(harness.model()->indexOfPath(u"teams"_s))));
    }

    void cancellingTheDialogKeepsTheEdits()
    {
        FakeConfigTarget target(true, {{ConfigLevel::Branch, plainFileConfig()}});
        ExpertViewHarness harness(&target);
        QVERIFY(harness.isShown());
        QVERIFY(harness.editInline(u"teams.allowClientTeamCreation"_s, u"false"_s));
        QCOMPARE(harness.model()->tree().boolAt(u"teams.allowClientTeamCreation"_s), std::optional(false));
        bool done = false;
        whenModalOpens<QDialog>(this, &done, [](QDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); },
                                u"configChangeDialog"_s);
        QTest::mouseClick(harness.button(u"saveConfig"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&done] { return done; }, kUiTimeoutMs));
        QVERIFY(target.replaced.isEmpty());
        QVERIFY(harness.view.hasUnsavedChanges());
    }

    void aFailedSaveKeepsTheEdits()
    {
        FakeConfigTarget target(true, {{ConfigLevel::Branch, plainFileConfig()}});
        target.failWrites = true;
        ExpertViewHarness harness(&target);
        QVERIFY(harness.isShown());
        QVERIFY(harness.editInline(u"teams.allowClientTeamCreation"_s, u"false"_s));
        bool done = false;
        answerNextChangeDialog(this, &done, true);
        QTest::mouseClick(harness.button(u"saveConfig"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&done] { return done; }, kUiTimeoutMs));
        auto *banner = harness.view.findChild<ui::ErrorBanner *>();
        QVERIFY(QTest::qWaitFor([banner] { return banner->isShowingError(); }, kUiTimeoutMs));
        QVERIFY(showsText(banner, u"not applied"_s));
        QVERIFY(harness.view.hasUnsavedChanges());
        QCOMPARE(harness.model()->tree().boolAt(u"teams.allowClientTeamCreation"_s), std::optional(false));
        QVERIFY(harness.button(u"saveConfig"_s)->isEnabled());
    }

    void addsAndRemovesKeys()
    {
        FakeConfigTarget target(true, {{ConfigLevel::Branch, fileConfig()}});
        ExpertViewHarness harness(&target);
        QVERIFY(harness.isShown());
        QVERIFY(harness.select(u"teams"_s));
        bool done = false;
        QString refusal;
        whenModalOpens<ui::JsonValueDialog>(this, &done, [&](ui::JsonValueDialog *dialog) {
            // A key that exists is refused in place.
            QTest::keyClicks(dialog->keyField(), u"allowClientTeamCreation"_s);
            dialog->accept();
            QVERIFY(dialog->isVisible());
            refusal = visibleLabelTexts(dialog).join(u'\n');
            dialog->keyField()->clear();
            QTest::keyClicks(dialog->keyField(), u"newKey"_s);
            dialog->editor()->setPlainText(u"{\"x\": [1, 2]}"_s);
            QTest::mouseClick(findButton<QPushButton>(dialog, u"OK"_s), Qt::LeftButton);
        });
        QTest::mouseClick(harness.button(u"addKey"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&done] { return done; }, kUiTimeoutMs));
        QVERIFY2(refusal.contains(u"already exists"_s), qPrintable(refusal));
        QCOMPARE(harness.model()->tree().jsonAt(u"teams.newKey"_s), u"{\"x\":[1,2]}"_s);
        QCOMPARE(harness.tree()->currentIndex().data(ConfigTreeModel::PathRole).toString(), u"teams.newKey"_s);

        // Del removes the selected key.
        QVERIFY(harness.select(u"teams.createPersonalTeamOnSignUp"_s));
        QTest::keyClick(harness.tree(), Qt::Key_Delete);
        QVERIFY(!harness.model()->tree().contains(u"teams.createPersonalTeamOnSignUp"_s));
        QVERIFY(harness.view.hasUnsavedChanges());
    }

    void filtersAndListsProblems()
    {
        ConfigTree config = fileConfig().withValue(u"auth.allowSignUp"_s, u"\"yes\""_s);
        FakeConfigTarget target(true, {{ConfigLevel::Branch, config}});
        ExpertViewHarness harness(&target);
        QVERIFY(harness.isShown());
        auto *problems = harness.view.findChild<QListWidget *>(u"configProblems"_s);
        QVERIFY(problems->count() >= 1);
        QListWidgetItem *problem = nullptr;
        for (int row = 0; row < problems->count(); ++row) {
            if (problems->item(row)->data(Qt::UserRole).toString() == u"auth.allowSignUp"_s)
                problem = problems->item(row);
        }
        QVERIFY(problem);
        QVERIFY(harness.select(u"teams"_s));
        const QRect rect = problems->visualItemRect(problem);
        QVERIFY(!rect.isEmpty());
        QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(problems->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(harness.tree()->currentIndex().data(ConfigTreeModel::PathRole).toString(), u"auth.allowSignUp"_s);

        // The filter keeps matching keys (and their parents); values match too, secrets do not.
        auto *filter = harness.view.findChild<QLineEdit *>(u"configFilter"_s);
        QTest::keyClicks(filter, u"personalteam"_s);
        QAbstractItemModel *shown = harness.tree()->model();
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, 0).data().toString(), u"teams"_s);
        QCOMPARE(shown->rowCount(shown->index(0, 0)), 1);
        filter->clear();
        QTest::keyClicks(filter, u"hidden-value"_s);
        QCOMPARE(shown->rowCount(), 0);
        filter->clear();
        QTest::keyClicks(filter, u"abc"_s);
        QCOMPARE(shown->rowCount(), 1);
        filter->clear();
        QCOMPARE(shown->rowCount(), 2);
    }

    void secretsAreMaskedUntilShown()
    {
        FakeConfigTarget target(true, {{ConfigLevel::Branch, fileConfig()}});
        ExpertViewHarness harness(&target);
        QVERIFY(harness.isShown());
        const QString path = u"auth.oauth.providers.github.clientSecret"_s;
        const auto value = [&] { return harness.model()->indexOfPath(path, ConfigTreeModel::ValueColumn).data().toString(); };
        QVERIFY(!value().contains(u"hidden-value"_s));
        QVERIFY(!harness.button(u"showSecret"_s)->isVisible());
        QVERIFY(harness.select(path));
        QVERIFY(harness.button(u"showSecret"_s)->isVisible());
        QTest::mouseClick(harness.button(u"showSecret"_s), Qt::LeftButton);
        QCOMPARE(value(), u"hidden-value"_s);
        QTest::mouseClick(harness.button(u"showSecret"_s), Qt::LeftButton);
        QVERIFY(!value().contains(u"hidden-value"_s));
    }

    void editsSurviveAChangeElsewhere()
    {
        FakeConfigTarget target(true, {{ConfigLevel::Branch, fileConfig()}});
        ExpertViewHarness harness(&target);
        QVERIFY(harness.isShown());
        QVERIFY(harness.editInline(u"auth.oauth.providers.github.clientId"_s, u"mine"_s));
        auto *notice = harness.view.findChild<QFrame *>(u"serverChangedNotice"_s);
        QVERIFY(!notice->isVisible());

        target.changeElsewhere(ConfigLevel::Branch, fileConfig().withValue(u"auth.allowSignUp"_s, u"false"_s));
        QVERIFY(notice->isVisible());
        QCOMPARE(harness.model()->tree().stringAt(u"auth.oauth.providers.github.clientId"_s), std::optional(u"mine"_s));
        QTest::mouseClick(notice->findChild<QPushButton *>(u"keepEditing"_s), Qt::LeftButton);
        QVERIFY(!notice->isVisible());
        QVERIFY(harness.view.hasUnsavedChanges());

        target.changeElsewhere(ConfigLevel::Branch, fileConfig().withValue(u"auth.allowSignUp"_s, u"true"_s));
        QVERIFY(notice->isVisible());
        QTest::mouseClick(notice->findChild<QPushButton *>(u"reloadDiscarding"_s), Qt::LeftButton);
        QVERIFY(!notice->isVisible());
        QVERIFY(!harness.view.hasUnsavedChanges());
        QCOMPARE(harness.model()->tree().stringAt(u"auth.oauth.providers.github.clientId"_s), std::optional(u"abc"_s));
    }

    void onlineLevelsAndRenderedView()
    {
        FakeConfigTarget target(false, {{ConfigLevel::Project, tree(u"{}"_s)},
                                        {ConfigLevel::Branch, tree(u"{'auth': {'allowSignUp': false}}"_s)},
                                        {ConfigLevel::Environment, tree(u"{'auth': {'password': {'allowSignIn': true}}}"_s)}});
        ExpertViewHarness harness(&target);
        QVERIFY(harness.isShown());
        auto *levels = harness.view.findChild<QComboBox *>(u"configLevel"_s);
        QCOMPARE(levels->count(), 4);
        QCOMPARE(harness.view.currentLevel(), std::optional(ConfigLevel::Branch));
        harness.view.showLevel(std::nullopt);
        QVERIFY(harness.model()->isReadOnly());
        QCOMPARE(harness.model()->columnCount(), 4);
        QCOMPARE(harness.model()->indexOfPath(u"auth.allowSignUp"_s, ConfigTreeModel::SetAtColumn).data().toString(),
                 u"Branch"_s);
        QCOMPARE(harness.model()->indexOfPath(u"auth.password.allowSignIn"_s, ConfigTreeModel::SetAtColumn).data().toString(),
                 u"Environment"_s);
        QVERIFY(!harness.button(u"addKey"_s)->isEnabled());
        harness.view.showLevel(ConfigLevel::Environment);
        QVERIFY(!harness.model()->isReadOnly());
        QCOMPARE(levels->currentText(), u"Environment override"_s);
        QVERIFY(harness.model()->tree().contains(u"auth.password.allowSignIn"_s));
    }

    void savesABranchValueOnTheServer()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        models::ProjectConfigTarget target(fixture.context.client(), fixture.context.scope());
        QSignalSpy loaded(&target, &models::ConfigTarget::loaded);
        target.load();
        QVERIFY(QTest::qWaitFor([&loaded] { return loaded.count() > 0; }, kUiTimeoutMs));
        const ConfigTree original = target.overrideAt(ConfigLevel::Branch);
        const auto originalClientTeams = original.boolAt(u"teams.allowClientTeamCreation"_s);
        // A known value to edit.
        QSignalSpy applied(&target, &models::ConfigTarget::applied);
        if (originalClientTeams != std::optional(true)) {
            QVERIFY(target.replaceLevel(ConfigLevel::Branch,
                                        original.withValue(u"teams.allowClientTeamCreation"_s, u"true"_s)));
            QVERIFY(QTest::qWaitFor([&applied] { return applied.count() > 0; }, kUiTimeoutMs));
        }
        const auto restore = qScopeGuard([&] {
            applied.clear();
            // Best effort: the emulator is thrown away anyway; a live server gets its branch back.
            if (target.replaceLevel(ConfigLevel::Branch, original)) {
                [[maybe_unused]] const bool restored =
                    QTest::qWaitFor([&applied] { return applied.count() > 0; }, kUiTimeoutMs);
            }
        });

        ExpertViewHarness harness(&target);
        QVERIFY(harness.isShown());
        QCOMPARE(harness.view.currentLevel(), std::optional(ConfigLevel::Branch));
        QVERIFY(harness.editInline(u"teams.allowClientTeamCreation"_s, u"false"_s));
        QVERIFY(harness.view.hasUnsavedChanges());

        bool done = false;
        QStringList paths;
        QString shownAfter;
        applied.clear();
        // The demo branch may already hold values this schema refuses: "Save anyway".
        const QList<api::ConfigProblem> problems = harness.model()->problems();
        bool savedAnyway = false;
        if (std::any_of(problems.cbegin(), problems.cend(),
                        [](const api::ConfigProblem &problem) { return problem.severity == api::ConfigProblem::Severity::Error; }))
            whenModalOpens<QMessageBox>(this, &savedAnyway, [](QMessageBox *box) {
                QTest::mouseClick(box->button(QMessageBox::Save), Qt::LeftButton);
            });
        answerNextChangeDialog(this, &done, true, [&](QDialog *dialog) {
            paths = changedPaths(dialog);
            if (auto *after = dialog->findChild<QPlainTextEdit *>(u"diffAfter"_s))
                shownAfter = after->toPlainText();
            QVERIFY(findButton<QPushButton>(dialog, u"Save"_s)); // online it writes to the server
        });
        QTest::mouseClick(harness.button(u"saveConfig"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&done] { return done; }, kUiTimeoutMs));
        QCOMPARE(paths, QStringList({u"teams.allowClientTeamCreation"_s}));
        QVERIFY(shownAfter.contains(u"\"allowClientTeamCreation\": false"_s));
        QVERIFY(QTest::qWaitFor([&applied] { return applied.count() > 0; }, kUiTimeoutMs));
        QVERIFY(QTest::qWaitFor([&harness] { return !harness.view.hasUnsavedChanges(); }, kUiTimeoutMs));

        const auto onServer = fixture.run(api::config::override(fixture.context.scope(), ConfigLevel::Branch));
        QVERIFY(onServer);
        QCOMPARE(onServer->boolAt(u"teams.allowClientTeamCreation"_s), std::optional(false));
        QCOMPARE(harness.model()->tree().boolAt(u"teams.allowClientTeamCreation"_s), std::optional(false));
    }

    void offlineNeverWritesEnvironmentOnlyKeys()
    {
        FakeConfigTarget target(true, {{ConfigLevel::Branch, plainFileConfig()}});
        ExpertViewHarness harness(&target);
        QVERIFY(harness.isShown());
        QVERIFY(harness.select(u"auth.oauth.providers.github"_s));
        bool added = false;
        whenModalOpens<ui::JsonValueDialog>(this, &added, [](ui::JsonValueDialog *dialog) {
            QTest::keyClicks(dialog->keyField(), u"clientSecret"_s);
            dialog->editor()->setPlainText(u"\"s3cret\""_s);
            QTest::mouseClick(findButton<QPushButton>(dialog, u"OK"_s), Qt::LeftButton);
        });
        QTest::mouseClick(harness.button(u"addKey"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&added] { return added; }, kUiTimeoutMs));
        QVERIFY(harness.model()->tree().contains(u"auth.oauth.providers.github.clientSecret"_s));

        // Refused with only OK: no "Save anyway", no change dialog, nothing written.
        bool refused = false;
        QString text;
        QStringList buttons;
        whenModalOpens<QMessageBox>(this, &refused, [&](QMessageBox *box) {
            text = box->text();
            for (QAbstractButton *button : box->buttons())
                buttons << button->text().remove(u'&');
            QTest::mouseClick(modalButtonWithText(box, u"OK"_s), Qt::LeftButton);
        }, u"environmentOnlyRefusal"_s);
        QTest::mouseClick(harness.button(u"saveConfig"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&refused] { return refused; }, kUiTimeoutMs));
        QCOMPARE(buttons, QStringList({u"OK"_s}));
        QVERIFY2(text.contains(u"auth.oauth.providers.github.clientSecret"_s), qPrintable(text));
        QVERIFY(target.replaced.isEmpty());
        QVERIFY(harness.view.hasUnsavedChanges());
        QCOMPARE(harness.tree()->currentIndex().data(ConfigTreeModel::PathRole).toString(),
                 u"auth.oauth.providers.github.clientSecret"_s);
    }

    void secretsStayMaskedWhenEdited()
    {
        const ConfigTree environment = tree(u"{'auth': {'oauth': {'providers': {'github': {'clientSecret': 'hidden-value'}}}}}"_s);
        FakeConfigTarget target(false, {{ConfigLevel::Branch, tree(u"{}"_s)}, {ConfigLevel::Environment, environment}});
        ExpertViewHarness harness(&target);
        QVERIFY(harness.isShown());
        harness.view.showLevel(ConfigLevel::Environment);
        const QString secret = u"auth.oauth.providers.github.clientSecret"_s;

        // Edit as JSON on the provider object: the secret is masked; a mask left alone keeps it.
        QVERIFY(harness.select(u"auth.oauth.providers.github"_s));
        bool done = false;
        QString shown;
        whenModalOpens<ui::JsonValueDialog>(this, &done, [&](ui::JsonValueDialog *dialog) {
            shown = dialog->editor()->toPlainText();
            QString edited = shown;
            edited.replace(edited.indexOf(u'{'), 1, u"{\"clientId\": \"new-id\","_s);
            dialog->editor()->setPlainText(edited);
            QTest::mouseClick(findButton<QPushButton>(dialog, u"OK"_s), Qt::LeftButton);
        });
        QTest::mouseClick(harness.button(u"editAsJson"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&done] { return done; }, kUiTimeoutMs));
        QVERIFY2(!shown.contains(u"hidden-value"_s), qPrintable(shown));
        QVERIFY(shown.contains(models::maskedSecretText()));
        QCOMPARE(harness.model()->tree().stringAt(u"auth.oauth.providers.github.clientId"_s), std::optional(u"new-id"_s));
        QCOMPARE(harness.model()->tree().stringAt(secret), std::optional(u"hidden-value"_s));

        // Inline editing of a masked secret does not show it either.
        QVERIFY(harness.select(secret));
        QTest::keyClick(harness.tree(), Qt::Key_F2);
        const QPointer<QLineEdit> editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QCOMPARE(editor->echoMode(), QLineEdit::Password);
        QTest::keyClick(editor, Qt::Key_Escape);
        // Once shown, it is edited in the clear.
        QTest::mouseClick(harness.button(u"showSecret"_s), Qt::LeftButton);
        QVERIFY(harness.select(secret));
        QTest::keyClick(harness.tree(), Qt::Key_F2);
        const QPointer<QLineEdit> revealed = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(revealed);
        QCOMPARE(revealed->echoMode(), QLineEdit::Normal);
        QTest::keyClick(revealed, Qt::Key_Escape);
    }

    void aSaveFromASettingsTabIsNotCalledAServerChange()
    {
        FakeConfigTarget target(false, {{ConfigLevel::Branch, plainFileConfig()}, {ConfigLevel::Environment, tree(u"{}"_s)}});
        ExpertViewHarness harness(&target);
        QVERIFY(harness.isShown());
        QVERIFY(harness.editInline(u"teams.allowClientTeamCreation"_s, u"false"_s));
        // Another tab of the same target writes (applied, then loaded).
        target.writeElsewhere(ConfigLevel::Branch, plainFileConfig().withValue(u"auth.allowSignUp"_s, u"false"_s));
        auto *notice = harness.view.findChild<QFrame *>(u"serverChangedNotice"_s);
        QVERIFY(notice->isVisible());
        const QString text = visibleLabelTexts(notice).join(u'\n');
        QVERIFY2(text.contains(u"a settings tab saved"_s), qPrintable(text));
        QVERIFY(!text.contains(u"on the server"_s));
        // A change that this target did not write is still one on the server.
        target.changeElsewhere(ConfigLevel::Branch, plainFileConfig().withValue(u"teams.createPersonalTeamOnSignUp"_s, u"true"_s));
        const QString later = visibleLabelTexts(notice).join(u'\n');
        QVERIFY2(later.contains(u"on the server"_s), qPrintable(later));
    }

    void theFilterModelIsSound()
    {
        FakeConfigTarget target(true, {{ConfigLevel::Branch, fileConfig()}});
        ExpertViewHarness harness(&target);
        QVERIFY(harness.isShown());
        QAbstractItemModelTester tester(harness.tree()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *filter = harness.view.findChild<QLineEdit *>(u"configFilter"_s);
        QTest::keyClicks(filter, u"allow"_s);
        QVERIFY(harness.tree()->model()->rowCount() > 0);
        QVERIFY(harness.editInline(u"teams.allowClientTeamCreation"_s, u"false"_s));
        QTest::keyClicks(filter, u"Client"_s);
        QVERIFY(harness.select(u"teams.allowClientTeamCreation"_s));
        QTest::keyClick(harness.tree(), Qt::Key_Delete);
        filter->clear();
        QVERIFY(!harness.model()->tree().contains(u"teams.allowClientTeamCreation"_s));
    }

    void screenshots()
    {
        Screenshots shots;
        for (const bool dark : {false, true}) {
            FakeConfigTarget target(false, {{ConfigLevel::Project, tree(u"{}"_s)},
                                            {ConfigLevel::Branch, fileConfig().withValue(u"auth.allowSignUp"_s, u"\"yes\""_s)},
                                            {ConfigLevel::Environment, tree(u"{}"_s)}});
            ExpertViewHarness harness(&target);
            if (dark)
                harness.view.setPalette(darkPalette());
            QVERIFY(harness.isShown());
            harness.tree()->expandAll();
            QVERIFY(harness.editInline(u"auth.oauth.providers.github.clientId"_s, u"edited-id"_s));
            QVERIFY(harness.select(u"auth.oauth.providers.github.clientSecret"_s));
            QVERIFY(shots.save(&harness.view, dark ? u"config-expert-view-dark"_s : u"config-expert-view"_s));
        }
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestConfigExpertView)
#include "tst_ConfigExpertView.moc"
