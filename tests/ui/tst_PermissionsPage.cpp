// PermissionsPage against the TestServer (the emulator, or a live server; everything made is
// deleted afterwards and the default permissions are put back): create, edit and delete a
// definition in both scopes with the buttons, F2, Del and Ctrl+N; ids that break the rule or
// are taken and containment loops refused before anything is sent, and the server's own
// refusal shown on the field; system permissions read-only; default permissions saved, read
// back, and guarded when unsaved (Save before switching waits for the save and stays when it
// fails); deleting a default permission takes it out of the defaults; a reload during a delete
// leaves the actions off; a server key gets an explanation. Screenshots in light and dark
// palettes.

#include "EnglishPlurals.h"
#include "UserViewTestHelpers.h"

#include "ConfigSettingsWriter.h"
#include "PermissionDefinitionsModel.h"
#include "endpoints/ConfigEndpoints.h"
#include "endpoints/PermissionsEndpoints.h"
#include "pages/permissions/DefaultPermissionsEditor.h"
#include "pages/permissions/PermissionChecklist.h"
#include "pages/permissions/PermissionDefinitionDialog.h"
#include "pages/permissions/PermissionsPage.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(hexclave::api::permissions::PermissionScope)
Q_DECLARE_METATYPE(hexclave::ui::DefaultPermissionsEditor::Recipient)

namespace hexclave::tests {

namespace {

using api::permissions::PermissionScope;
using models::PermissionDefinitionsModel;
using Recipient = ui::DefaultPermissionsEditor::Recipient;
using emulator::Fault;

QString uniqueId(const QString &stem)
{
    return TestServer::uniqueName(stem).toLower().replace(u'-', u'_');
}

std::optional<api::PermissionDefinition> definitionOnServer(UserViewFixture &fixture, PermissionScope scope, const QString &id)
{
    if (const auto page = fixture.run(api::permissions::definitions(fixture.context.scope(), scope))) {
        for (const api::PermissionDefinition &definition : page->items) {
            if (definition.id == id)
                return definition;
        }
    }
    return std::nullopt;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Definitions a test made (through the page or the API), deleted when it ends however it ends.
class MadeDefinitions
{
public:
    explicit MadeDefinitions(UserViewFixture &fixture)
        : m_fixture(fixture)
    {
    }
    ~MadeDefinitions()
    {
        // Containers first, so that nothing refers to what is deleted next.
        for (auto it = m_made.crbegin(); it != m_made.crend(); ++it) {
            if (definitionOnServer(m_fixture, it->first, it->second))
                m_fixture.run(api::permissions::removeDefinition(m_fixture.context.scope(), it->first, it->second));
        }
    }
    MadeDefinitions(const MadeDefinitions &) = delete;
    MadeDefinitions &operator=(const MadeDefinitions &) = delete;

    void remember(PermissionScope scope, const QString &id) { m_made.append({scope, id}); }
    bool create(PermissionScope scope, const QString &id, const QStringList &contained = {})
    {
        remember(scope, id);
        return m_fixture
            .run(api::permissions::createDefinition(m_fixture.context.scope(), scope, {id, u"Made by a test"_s, contained}))
            .has_value();
    }

private:
    UserViewFixture &m_fixture;
    QList<QPair<PermissionScope, QString>> m_made;
};

// The default permissions as the rendered configuration has them, put back when the test ends.
class KeptDefaults
{
public:
    explicit KeptDefaults(UserViewFixture &fixture)
        : m_fixture(fixture)
    {
        for (Recipient recipient : {Recipient::TeamCreator, Recipient::TeamMember, Recipient::SignUp})
            m_before << read(fixture, recipient);
    }
    ~KeptDefaults()
    {
        QList<models::ConfigSetting> settings;
        int index = 0;
        for (Recipient recipient : {Recipient::TeamCreator, Recipient::TeamMember, Recipient::SignUp}) {
            if (read(m_fixture, recipient) != m_before.value(index))
                settings << models::ConfigSetting::idSet(ui::DefaultPermissionsEditor::configPath(recipient), m_before.value(index));
            ++index;
        }
        if (!settings.isEmpty())
            write(m_fixture, settings);
    }
    KeptDefaults(const KeptDefaults &) = delete;
    KeptDefaults &operator=(const KeptDefaults &) = delete;

    // Writes the settings as the page would; true when they took effect.
    static bool write(UserViewFixture &fixture, const QList<models::ConfigSetting> &settings)
    {
        models::ConfigSettingsWriter writer(fixture.context.client(), fixture.context.scope());
        bool done = false;
        bool ok = false;
        QObject::connect(&writer, &models::ConfigSettingsWriter::written, &writer, [&] { done = ok = true; });
        QObject::connect(&writer, &models::ConfigSettingsWriter::failed, &writer, [&done] { done = true; });
        return writer.write(settings) && QTest::qWaitFor([&done] { return done; }, kUiTimeoutMs) && ok;
    }

    static QStringList read(UserViewFixture &fixture, Recipient recipient)
    {
        const auto config = fixture.run(api::config::rendered(fixture.context.scope()));
        return config ? sorted(config->enabledKeysAt(ui::DefaultPermissionsEditor::configPath(recipient))) : QStringList();
    }

private:
    UserViewFixture &m_fixture;
    QList<QStringList> m_before;
};

bool settledPage(const ui::PermissionsPage &page)
{
    return page.isReady() && !page.isLoading() && !page.configWriter()->isBusy();
}

// Clicks the check box of a checklist line, where a person would.
void clickCheck(ui::PermissionChecklist *checklist, const QString &id)
{
    QListWidget *list = checklist->list();
    QListWidgetItem *item = checklist->item(id);
    if (!item) {
        QTest::qFail(qPrintable(u"no line for "_s + id), __FILE__, __LINE__);
        return;
    }
    list->scrollToItem(item);
    QStyleOptionViewItem option;
    option.initFrom(list->viewport());
    option.rect = list->visualItemRect(item);
    option.features = QStyleOptionViewItem::HasCheckIndicator;
    option.widget = list;
    const QRect indicator = list->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, indicator.center());
}

// Selects a definition's row with a click and gives the tree the focus.
bool selectDefinition(ui::PermissionsPage &page, const QString &id)
{
    QTreeView *tree = page.tree();
    page.activateWindow();
    if (!QTest::qWaitForWindowActive(&page))
        return false;
    const QModelIndex index = page.model()->indexOfDefinition(id);
    if (!index.isValid())
        return false;
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    tree->setFocus();
    return QTest::qWaitFor([tree] { return tree->hasFocus(); }, kUiTimeoutMs) && page.model()->idAt(tree->currentIndex()) == id;
}

QStringList modelIds(const ui::PermissionsPage &page)
{
    QStringList ids;
    for (const api::PermissionDefinition &definition : page.model()->definitions())
        ids << definition.id;
    return ids;
}

} // namespace

class TestPermissionsPage : public QObject
{
    Q_OBJECT

    EnglishPlurals m_plurals;

private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(&m_plurals); }

    void createEditDelete_data()
    {
        QTest::addColumn<PermissionScope>("scope");
        QTest::newRow("team") << PermissionScope::Team;
        QTest::newRow("project") << PermissionScope::Project;
    }

    void createEditDelete()
    {
        QFETCH(PermissionScope, scope);
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        MadeDefinitions made(fixture);
        const QString child = uniqueId(u"child"_s);
        QVERIFY(made.create(scope, child));
        const QString id = uniqueId(u"perm"_s);
        made.remember(scope, id);

        ui::PermissionsPage page(fixture.context);
        QVERIFY(showView(page, {1200, 720}));
        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page), kUiTimeoutMs);
        QTest::mouseClick(page.scopeButton(scope), Qt::LeftButton);
        QCOMPARE(page.scope(), scope);
        QVERIFY(modelIds(page).contains(child));

        // New… with Ctrl+N: id, description and a contained permission.
        bool done = false;
        onNextModal<ui::PermissionDefinitionDialog>(this, &done, [&](ui::PermissionDefinitionDialog *dialog) {
            QVERIFY(!dialog->isEditing());
            QTest::keyClicks(dialog->idField(), id);
            QTest::keyClicks(dialog->descriptionField(), u"Reads reports"_s);
            QTest::keyClicks(dialog->containedList()->filterField(), child.left(12));
            QVERIFY(!dialog->containedList()->item(child)->isHidden());
            clickCheck(dialog->containedList(), child);
            QCOMPARE(dialog->containedList()->checkedIds(), QStringList{child});
            const QPointer<QDialog> alive(dialog); // deleted by the page once finished
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!alive || !alive->isVisible(), kUiTimeoutMs);
        });
        page.tree()->setFocus();
        QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page) && modelIds(page).contains(id), kUiTimeoutMs);
        QVERIFY2(page.statusText().contains(u"Created "_s + id), qPrintable(page.statusText()));
        auto onServer = definitionOnServer(fixture, scope, id);
        QVERIFY(onServer);
        QCOMPARE(onServer->description, std::optional<QString>(u"Reads reports"_s));
        QCOMPARE(onServer->containedPermissionIds, QStringList{child});
        // Selected, with what it contains below it.
        QCOMPARE(page.model()->idAt(page.tree()->currentIndex()), id);
        const QModelIndex row = page.model()->indexOfDefinition(id);
        QCOMPARE(page.model()->index(0, 0, row).data(PermissionDefinitionsModel::IdRole).toString(), child);

        // Edit… with F2: the id stays, the description and contained permissions change.
        QVERIFY(selectDefinition(page, id));
        done = false;
        onNextModal<ui::PermissionDefinitionDialog>(this, &done, [&](ui::PermissionDefinitionDialog *dialog) {
            QVERIFY(dialog->isEditing());
            QVERIFY(dialog->idField()->isReadOnly());
            QCOMPARE(dialog->idField()->text(), id);
            QVERIFY(!dialog->containedList()->item(id)); // not itself
            QCOMPARE(dialog->containedList()->checkedIds(), QStringList{child});
            dialog->descriptionField()->selectAll();
            QTest::keyClicks(dialog->descriptionField(), u"Reads all reports"_s);
            clickCheck(dialog->containedList(), child); // untick
            const QPointer<QDialog> alive(dialog); // deleted by the page once finished
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!alive || !alive->isVisible(), kUiTimeoutMs);
        });
        QTest::keyClick(page.tree(), Qt::Key_F2);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page) && page.statusText().contains(u"Saved "_s + id), kUiTimeoutMs);
        onServer = definitionOnServer(fixture, scope, id);
        QVERIFY(onServer);
        QCOMPARE(onServer->description, std::optional<QString>(u"Reads all reports"_s));
        QCOMPARE(onServer->containedPermissionIds, QStringList());

        // Delete… with Del, confirmed; the question names the permissions that lose it.
        QVERIFY(made.create(scope, id + u"_holder"_s, {id}));
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page) && modelIds(page).contains(id + u"_holder"_s), kUiTimeoutMs);
        QVERIFY(selectDefinition(page, id));
        done = false;
        onNextModal<QMessageBox>(this, &done, [&](QMessageBox *box) {
            QVERIFY2(box->text().contains(u"taken out of 1 other permission: "_s + id + u"_holder"_s), qPrintable(box->text()));
            QVERIFY2(!box->text().contains(u"default permission"_s), qPrintable(box->text()));
            QTest::mouseClick(findButton<QPushButton>(box, u"Delete"_s), Qt::LeftButton);
        });
        QTest::keyClick(page.tree(), Qt::Key_Delete);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page) && !modelIds(page).contains(id), kUiTimeoutMs);
        QVERIFY(!definitionOnServer(fixture, scope, id));
        QVERIFY(page.statusText().contains(u"Deleted "_s + id));
        const auto holder = definitionOnServer(fixture, scope, id + u"_holder"_s);
        QVERIFY(holder);
        QVERIFY(!holder->containedPermissionIds.contains(id)); // it lost it
    }

    void idsRefusedBeforeSending()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        MadeDefinitions made(fixture);
        const QString projectOnly = uniqueId(u"projectonly"_s);
        QVERIFY(made.create(PermissionScope::Project, projectOnly));

        ui::PermissionsPage page(fixture.context);
        QVERIFY(showView(page, {1200, 720}));
        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page), kUiTimeoutMs);
        QCOMPARE(page.scope(), PermissionScope::Team);
        const int definitionsBefore = int(page.definitions(PermissionScope::Team).size());
        if (fixture.emulator())
            fixture.emulator()->clearRecordedRequests();

        bool done = false;
        onNextModal<ui::PermissionDefinitionDialog>(this, &done, [&](ui::PermissionDefinitionDialog *dialog) {
            const auto refused = [dialog](const QString &typed, const QString &expected) {
                dialog->idField()->selectAll();
                QTest::keyClicks(dialog->idField(), typed);
                QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
                QVERIFY(dialog->isVisible());
                QVERIFY(!dialog->isBusy());
                QVERIFY2(dialog->idMessage()->isShowingError() && dialog->idMessage()->text().contains(expected),
                         qPrintable(typed + u": "_s + dialog->idMessage()->text()));
                QCOMPARE(dialog->focusWidget(), dialog->idField()); // where typing goes once the dialog is active
            };
            refused(u"Bad Id!"_s, u"not a valid id"_s);
            refused(u"reports.read"_s, u"not a valid id"_s);
            refused(u"team_member"_s, u"exists already"_s);
            refused(projectOnly, u"exists already"_s); // ids are shared by both scopes
            dialog->idField()->clear();
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
            QVERIFY(dialog->idMessage()->text().contains(u"Enter an id"_s));
            // Typing again puts the rule back as a hint.
            QTest::keyClicks(dialog->idField(), u"x"_s);
            QVERIFY(!dialog->idMessage()->isShowingError());
            dialog->idField()->clear();
            dialog->reject();
        });
        QTest::mouseClick(findButton<QToolButton>(&page, u"New…"_s), Qt::LeftButton);
        QTRY_VERIFY(done);
        if (fixture.emulator()) {
            const auto requests = fixture.emulator()->recordedRequests();
            QVERIFY(std::none_of(requests.cbegin(), requests.cend(),
                                 [](const auto &request) { return request.method == u"POST"; }));
        }
        QCOMPARE(int(page.definitions(PermissionScope::Team).size()), definitionsBefore);
    }

    void serverRefusalShownOnTheField()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        MadeDefinitions made(fixture);
        ui::PermissionsPage page(fixture.context);
        QVERIFY(showView(page, {1200, 720}));
        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page), kUiTimeoutMs);
        QTest::mouseClick(page.scopeButton(PermissionScope::Project), Qt::LeftButton);
        // Someone else takes the id after the page read the list.
        const QString id = uniqueId(u"taken"_s);
        QVERIFY(made.create(PermissionScope::Project, id));

        bool done = false;
        onNextModal<ui::PermissionDefinitionDialog>(this, &done, [&](ui::PermissionDefinitionDialog *dialog) {
            QTest::keyClicks(dialog->idField(), id);
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->idMessage()->isShowingError(), kUiTimeoutMs);
            QVERIFY(dialog->isVisible());
            QVERIFY2(dialog->idMessage()->text().contains(id), qPrintable(dialog->idMessage()->text()));
            QVERIFY(!dialog->errorBanner()->isShowingError());
            dialog->idField()->clear();
            dialog->reject();
        });
        QTest::mouseClick(findButton<QToolButton>(&page, u"New…"_s), Qt::LeftButton);
        QTRY_VERIFY(done);
    }

    void loopRefusedBeforeSending()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        MadeDefinitions made(fixture);
        const QString inner = uniqueId(u"inner"_s);
        const QString middle = uniqueId(u"middle"_s);
        const QString outer = uniqueId(u"outer"_s);
        QVERIFY(made.create(PermissionScope::Project, inner));
        QVERIFY(made.create(PermissionScope::Project, middle, {inner}));
        QVERIFY(made.create(PermissionScope::Project, outer, {middle}));

        ui::PermissionsPage page(fixture.context);
        QVERIFY(showView(page, {1200, 720}));
        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page), kUiTimeoutMs);
        QVERIFY(page.setScope(PermissionScope::Project));
        // The tree shows outer ⊃ middle ⊃ inner.
        const QModelIndex outerRow = page.model()->indexOfDefinition(outer);
        const QModelIndex middleRow = page.model()->index(0, 0, outerRow);
        QCOMPARE(middleRow.data(PermissionDefinitionsModel::IdRole).toString(), middle);
        QCOMPARE(page.model()->index(0, 0, middleRow).data(PermissionDefinitionsModel::IdRole).toString(), inner);
        page.tree()->expand(outerRow);
        page.tree()->expand(middleRow);

        QVERIFY(selectDefinition(page, inner));
        bool done = false;
        onNextModal<ui::PermissionDefinitionDialog>(this, &done, [&](ui::PermissionDefinitionDialog *dialog) {
            clickCheck(dialog->containedList(), outer);
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY(!dialog->isBusy());
            QVERIFY(dialog->containedMessage()->isShowingError());
            QVERIFY2(dialog->containedMessage()->text().contains(inner + u" → "_s + outer + u" → "_s + middle + u" → "_s + inner),
                     qPrintable(dialog->containedMessage()->text()));
            // Unticking clears the complaint; the unchanged definition saves without a request.
            clickCheck(dialog->containedList(), outer);
            QVERIFY(!dialog->containedMessage()->isShowingError());
            dialog->reject();
        });
        page.editAction()->trigger();
        QTRY_VERIFY(done);
        const auto onServer = definitionOnServer(fixture, PermissionScope::Project, inner);
        QVERIFY(onServer);
        QVERIFY(onServer->containedPermissionIds.isEmpty());
    }

    void systemPermissionsReadOnly()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        ui::PermissionsPage page(fixture.context);
        QVERIFY(showView(page, {1200, 720}));
        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page), kUiTimeoutMs);
        QCOMPARE(page.scope(), PermissionScope::Team);
        QVERIFY(showsText(&page, u"System permissions ($…) are built into the server"_s));
        QVERIFY(selectDefinition(page, u"$read_members"_s));
        QVERIFY(!page.editAction()->isEnabled());
        QVERIFY(!page.deleteAction()->isEnabled());
        QVERIFY(page.editAction()->toolTip().contains(u"cannot be changed"_s));
        QTest::keyClick(page.tree(), Qt::Key_F2);
        QTest::keyClick(page.tree(), Qt::Key_Delete);
        QTest::qWait(50);
        QVERIFY(!QApplication::activeModalWidget());
        // Greyed in the tree, after the custom definitions.
        const QModelIndex system = page.model()->indexOfDefinition(u"$read_members"_s);
        const QModelIndex custom = page.model()->indexOfDefinition(u"team_member"_s);
        QVERIFY(custom.row() < system.row());
        QVERIFY(system.data(PermissionDefinitionsModel::IsSystemRole).toBool());
        // A custom one can be changed.
        QVERIFY(selectDefinition(page, u"team_member"_s));
        QVERIFY(page.editAction()->isEnabled());
        QVERIFY(page.contextMenu()->actions().contains(page.deleteAction()));
        // No system permissions in project scope: no note.
        QVERIFY(page.setScope(PermissionScope::Project));
        QVERIFY(!showsText(&page, u"System permissions ($…) are built into the server"_s));
    }

    void defaultsSavedAndReadBack_data()
    {
        QTest::addColumn<PermissionScope>("scope");
        QTest::addColumn<Recipient>("recipient");
        QTest::newRow("team member") << PermissionScope::Team << Recipient::TeamMember;
        QTest::newRow("team creator") << PermissionScope::Team << Recipient::TeamCreator;
        QTest::newRow("sign-up") << PermissionScope::Project << Recipient::SignUp;
    }

    void defaultsSavedAndReadBack()
    {
        QFETCH(PermissionScope, scope);
        QFETCH(Recipient, recipient);
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        MadeDefinitions made(fixture);
        KeptDefaults kept(fixture);
        const QString extra = uniqueId(u"default"_s);
        QVERIFY(made.create(scope, extra));
        const QStringList before = KeptDefaults::read(fixture, recipient);

        QStringList expected;
        {
            ui::PermissionsPage page(fixture.context);
            QVERIFY(showView(page, {1200, 720}));
            QTRY_VERIFY_WITH_TIMEOUT(settledPage(page), kUiTimeoutMs);
            QVERIFY(page.setScope(scope));
            ui::DefaultPermissionsEditor *editor = page.defaultsEditor();
            ui::PermissionChecklist *list = editor->checklist(recipient);
            QVERIFY(list->isVisible());
            QCOMPARE(list->checkedIds(), before);
            QVERIFY(!editor->saveButton()->isEnabled());
            clickCheck(list, extra);
            if (!before.isEmpty())
                clickCheck(list, before.first()); // and one taken away
            expected = sorted(QStringList(before.mid(1)) << extra);
            QCOMPARE(list->checkedIds(), expected);
            QVERIFY(editor->hasUnsavedChanges());
            QVERIFY(editor->statusText().contains(u"Unsaved"_s));
            QVERIFY(editor->revertButton()->isEnabled());
            QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
            QVERIFY(editor->isSaving());
            QTRY_VERIFY_WITH_TIMEOUT(!editor->isSaving(), kUiTimeoutMs);
            QVERIFY2(editor->statusText().startsWith(u"Saved"_s) && !editor->errorBanner()->isShowingError(),
                     qPrintable(editor->statusText()));
            QVERIFY(!editor->hasUnsavedChanges());
        }
        QCOMPARE(KeptDefaults::read(fixture, recipient), expected);

        // A new page reads them back.
        ui::PermissionsPage again(fixture.context);
        QVERIFY(showView(again, {1200, 720}));
        QTRY_VERIFY_WITH_TIMEOUT(settledPage(again), kUiTimeoutMs);
        QVERIFY(again.setScope(scope));
        QCOMPARE(again.defaultsEditor()->checklist(recipient)->checkedIds(), expected);
    }

    void unsavedDefaultsGuarded()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        KeptDefaults kept(fixture);
        ui::PermissionsPage page(fixture.context);
        QVERIFY(showView(page, {1200, 720}));
        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page), kUiTimeoutMs);
        ui::DefaultPermissionsEditor *editor = page.defaultsEditor();
        ui::PermissionChecklist *member = editor->checklist(Recipient::TeamMember);
        const QStringList before = member->checkedIds();
        clickCheck(member, u"$read_members"_s);
        QVERIFY(editor->hasUnsavedChanges());

        // Switching scope asks; Keep editing stays.
        bool done = false;
        answerNextMessageBox(this, &done, u"Keep editing"_s);
        QTest::mouseClick(page.scopeButton(PermissionScope::Project), Qt::LeftButton);
        QTRY_VERIFY(done);
        QCOMPARE(page.scope(), PermissionScope::Team);
        QVERIFY(page.scopeButton(PermissionScope::Team)->isChecked());
        QVERIFY(editor->hasUnsavedChanges());

        // Reloading keeps the ticks unless asked to drop them.
        done = false;
        answerNextMessageBox(this, &done, u"Keep editing"_s);
        page.reload();
        QTRY_VERIFY(done);
        QVERIFY(editor->hasUnsavedChanges());

        // Discard switches and forgets them.
        done = false;
        answerNextMessageBox(this, &done, u"Discard"_s);
        QTest::mouseClick(page.scopeButton(PermissionScope::Project), Qt::LeftButton);
        QTRY_VERIFY(done);
        QCOMPARE(page.scope(), PermissionScope::Project);
        QVERIFY(!editor->hasUnsavedChanges());
        QVERIFY(page.setScope(PermissionScope::Team));
        QCOMPARE(member->checkedIds(), before);
        QCOMPARE(KeptDefaults::read(fixture, Recipient::TeamMember), before);

        // Revert drops them too.
        clickCheck(member, u"$read_members"_s);
        QTest::mouseClick(editor->revertButton(), Qt::LeftButton);
        QCOMPARE(member->checkedIds(), before);
        QVERIFY(!editor->saveButton()->isEnabled());
    }

    void saveBeforeSwitchingWaitsForTheSave()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("injects faults: runs on the emulator only");
        KeptDefaults kept(fixture);
        ui::PermissionsPage page(fixture.context);
        QVERIFY(showView(page, {1200, 720}));
        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page), kUiTimeoutMs);
        ui::DefaultPermissionsEditor *editor = page.defaultsEditor();
        ui::PermissionChecklist *member = editor->checklist(Recipient::TeamMember);
        const QStringList before = member->checkedIds();
        clickCheck(member, u"$read_members"_s);
        const QStringList ticked = member->checkedIds();
        QVERIFY(ticked != before);

        // The save fails: the page stays on the team permissions, ticks and all.
        fixture.emulator()->addFault({.kind = Fault::Kind::Status, .method = u"PATCH"_s,
                                      .pathPattern = u"^/internal/config/override"_s, .status = 500});
        bool done = false;
        answerNextMessageBox(this, &done, u"Save"_s);
        QTest::mouseClick(page.scopeButton(PermissionScope::Project), Qt::LeftButton);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isSaving() && editor->errorBanner()->isShowingError(), kUiTimeoutMs);
        QCOMPARE(page.scope(), PermissionScope::Team);
        QVERIFY(page.scopeButton(PermissionScope::Team)->isChecked());
        QCOMPARE(member->checkedIds(), ticked);
        QVERIFY(editor->hasUnsavedChanges());
        QCOMPARE(KeptDefaults::read(fixture, Recipient::TeamMember), before);

        // While the configuration is being read the save cannot start: it stays as well.
        fixture.emulator()->addFault({.kind = Fault::Kind::Latency, .method = u"GET"_s,
                                      .pathPattern = u"^/internal/config$"_s, .latencyMs = 2500});
        page.configWriter()->load();
        QVERIFY(page.configWriter()->isBusy());
        done = false;
        answerNextMessageBox(this, &done, u"Save"_s);
        QTest::mouseClick(page.scopeButton(PermissionScope::Project), Qt::LeftButton);
        QTRY_VERIFY(done);
        QVERIFY(page.configWriter()->isBusy());
        QVERIFY(!editor->isSaving());
        QCOMPARE(page.scope(), PermissionScope::Team);
        QVERIFY(page.scopeButton(PermissionScope::Team)->isChecked());
        QVERIFY2(editor->statusText().contains(u"being read"_s), qPrintable(editor->statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(!page.configWriter()->isBusy(), kUiTimeoutMs);
        QCOMPARE(member->checkedIds(), ticked);

        // A reload with Save waits the same way; this save works, and the reload follows it.
        done = false;
        answerNextMessageBox(this, &done, u"Save"_s);
        page.reload();
        QTRY_VERIFY(done);
        QVERIFY(editor->isSaving());
        QVERIFY(!page.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page) && !editor->isSaving(), kUiTimeoutMs);
        QCOMPARE(KeptDefaults::read(fixture, Recipient::TeamMember), ticked);
        QVERIFY(!editor->hasUnsavedChanges());

        // Switching with Save goes on once the save is done; switching back shows what was saved.
        clickCheck(member, u"$read_members"_s);
        QCOMPARE(member->checkedIds(), before);
        done = false;
        answerNextMessageBox(this, &done, u"Save"_s);
        QTest::mouseClick(page.scopeButton(PermissionScope::Project), Qt::LeftButton);
        QTRY_VERIFY(done);
        QCOMPARE(page.scope(), PermissionScope::Team); // not yet
        QTRY_VERIFY_WITH_TIMEOUT(page.scope() == PermissionScope::Project, kUiTimeoutMs);
        QVERIFY(page.scopeButton(PermissionScope::Project)->isChecked());
        QCOMPARE(KeptDefaults::read(fixture, Recipient::TeamMember), before);
        QVERIFY(page.setScope(PermissionScope::Team));
        QCOMPARE(member->checkedIds(), before);
        QVERIFY(!editor->hasUnsavedChanges());
    }

    void deletingADefaultTakesItOutOfTheDefaults()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        MadeDefinitions made(fixture);
        KeptDefaults kept(fixture);
        const QString id = uniqueId(u"defaulted"_s);
        QVERIFY(made.create(PermissionScope::Team, id));
        const QStringList creatorBefore = KeptDefaults::read(fixture, Recipient::TeamCreator);
        const QStringList memberBefore = KeptDefaults::read(fixture, Recipient::TeamMember);
        const QStringList signUpBefore = KeptDefaults::read(fixture, Recipient::SignUp);
        QVERIFY(KeptDefaults::write(
            fixture, {models::ConfigSetting::idSet(ui::DefaultPermissionsEditor::configPath(Recipient::TeamCreator),
                                                   QStringList(creatorBefore) << id),
                      models::ConfigSetting::idSet(ui::DefaultPermissionsEditor::configPath(Recipient::TeamMember),
                                                   QStringList(memberBefore) << id)}));

        ui::PermissionsPage page(fixture.context);
        QVERIFY(showView(page, {1200, 720}));
        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page), kUiTimeoutMs);
        ui::DefaultPermissionsEditor *editor = page.defaultsEditor();
        QVERIFY(editor->checklist(Recipient::TeamMember)->checkedIds().contains(id));
        // An unsaved change of the defaults stays, without the deleted id.
        ui::PermissionChecklist *creator = editor->checklist(Recipient::TeamCreator);
        clickCheck(creator, u"$read_members"_s);
        QStringList creatorExpected = creatorBefore;
        if (!creatorExpected.removeAll(u"$read_members"_s))
            creatorExpected << u"$read_members"_s;
        creatorExpected.sort();
        QCOMPARE(creator->checkedIds(), sorted(QStringList(creatorExpected) << id));
        if (fixture.emulator())
            fixture.emulator()->clearRecordedRequests();

        QVERIFY(selectDefinition(page, id));
        bool done = false;
        onNextModal<QMessageBox>(this, &done, [&](QMessageBox *box) {
            QVERIFY2(box->text().contains(u"It is a default permission (given to team creators, team members); it is "
                                          u"taken out of the default permissions as well."_s),
                     qPrintable(box->text()));
            QTest::mouseClick(findButton<QPushButton>(box, u"Delete"_s), Qt::LeftButton);
        });
        QTest::keyClick(page.tree(), Qt::Key_Delete);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page) && !modelIds(page).contains(id), kUiTimeoutMs);
        QVERIFY2(page.statusText() == u"Deleted "_s + id + u" and took it out of the default permissions."_s,
                 qPrintable(page.statusText()));
        QVERIFY(!page.errorBanner()->isShowingError());
        QVERIFY(!definitionOnServer(fixture, PermissionScope::Team, id));
        QCOMPARE(KeptDefaults::read(fixture, Recipient::TeamCreator), creatorBefore);
        QCOMPARE(KeptDefaults::read(fixture, Recipient::TeamMember), memberBefore);
        QCOMPARE(KeptDefaults::read(fixture, Recipient::SignUp), signUpBefore);
        if (fixture.emulator()) {
            // One write (the two lists live at the same level here).
            const auto requests = fixture.emulator()->recordedRequests();
            QCOMPARE(std::count_if(requests.cbegin(), requests.cend(),
                                   [](const auto &request) { return request.method == u"PATCH"; }),
                     1);
        }
        QCOMPARE(editor->checklist(Recipient::TeamMember)->checkedIds(), memberBefore);
        QVERIFY(!editor->checklist(Recipient::TeamMember)->item(id));
        QCOMPARE(creator->checkedIds(), creatorExpected);
        QVERIFY(editor->hasUnsavedChanges());
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isSaving(), kUiTimeoutMs);
        QCOMPARE(KeptDefaults::read(fixture, Recipient::TeamCreator), creatorExpected);
    }

    void reloadDuringDeleteKeepsTheActionsOff()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("delays the server: runs on the emulator only");
        MadeDefinitions made(fixture);
        const QString id = uniqueId(u"slowgoing"_s);
        QVERIFY(made.create(PermissionScope::Team, id));
        ui::PermissionsPage page(fixture.context);
        QVERIFY(showView(page, {1200, 720}));
        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page), kUiTimeoutMs);
        // The server deletes at once and answers late.
        fixture.emulator()->addFault({.kind = Fault::Kind::Latency, .method = u"DELETE"_s,
                                      .pathPattern = u"^/team-permission-definitions/"_s, .latencyMs = 3000});
        QVERIFY(selectDefinition(page, id));
        bool done = false;
        answerNextMessageBox(this, &done, u"Delete"_s);
        page.deleteAction()->trigger();
        QTRY_VERIFY(done);
        QVERIFY(page.isDeleting());

        page.reload();
        // The reload is done (the list no longer has it) while the delete still runs.
        const auto listed = [&page, &id] {
            const auto &definitions = page.definitions(PermissionScope::Team);
            return std::any_of(definitions.cbegin(), definitions.cend(),
                               [&id](const api::PermissionDefinition &definition) { return definition.id == id; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(!listed(), kUiTimeoutMs);
        QTest::qWait(200); // the project list too
        QVERIFY(page.isDeleting());
        QVERIFY(page.isLoading());
        QVERIFY(!page.newAction()->isEnabled());
        QVERIFY(selectDefinition(page, u"team_member"_s));
        QVERIFY(!page.editAction()->isEnabled());
        QVERIFY(!page.deleteAction()->isEnabled());
        QVERIFY(page.statusText().contains(u"Deleting "_s + id));

        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page) && !page.isDeleting(), kUiTimeoutMs);
        QCOMPARE(page.statusText(), u"Deleted "_s + id + u"."_s);
        QVERIFY(page.newAction()->isEnabled());
        QVERIFY(page.editAction()->isEnabled());
        QVERIFY(page.deleteAction()->isEnabled());
    }

    void serverKeyExplains()
    {
        UserViewFixture fixture(api::CredentialKind::ServerKey);
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::ServerKey);
        if (fixture.emulator())
            fixture.emulator()->clearRecordedRequests();
        ui::PermissionsPage page(fixture.context);
        QVERIFY(showView(page));
        QVERIFY(page.isReady());
        QVERIFY(!page.showsError());
        QVERIFY(!page.canEdit());
        QVERIFY(!page.tree());
        QVERIFY2(page.explanationText().contains(u"cannot see or edit their definitions"_s), qPrintable(page.explanationText()));
        QVERIFY(showsText(&page, u"granted on a user's page"_s));
        QTest::qWait(100);
        if (fixture.emulator())
            QCOMPARE(fixture.emulator()->recordedRequests().size(), 0); // nothing asked that would fail
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
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const QString suffix = dark ? u"-dark"_s : QString();
        const Screenshots screenshots;
        ui::PermissionsPage page(fixture.context);
        QVERIFY(showView(page, {1280, 760}));
        QTRY_VERIFY_WITH_TIMEOUT(settledPage(page), kUiTimeoutMs);
        page.tree()->expandAll();
        clickCheck(page.defaultsEditor()->checklist(Recipient::TeamMember), u"$read_members"_s);
        QVERIFY(selectDefinition(page, u"team_admin"_s));
        QVERIFY(screenshots.save(&page, u"permissions-team"_s + suffix));

        bool done = false;
        onNextModal<ui::PermissionDefinitionDialog>(this, &done, [&](ui::PermissionDefinitionDialog *dialog) {
            clickCheck(dialog->containedList(), u"$remove_members"_s);
            dialog->descriptionField()->selectAll();
            QTest::keyClicks(dialog->descriptionField(), u"Members who may also remove others"_s);
            QVERIFY(screenshots.save(dialog, u"permission-edit"_s + suffix));
            dialog->done(QDialog::Rejected);
        });
        QVERIFY(selectDefinition(page, u"team_member"_s));
        page.editAction()->trigger();
        QTRY_VERIFY(done);
        QTRY_VERIFY(!QApplication::activeModalWidget());

        done = false;
        onNextModal<ui::PermissionDefinitionDialog>(this, &done, [&](ui::PermissionDefinitionDialog *dialog) {
            QTest::keyClicks(dialog->idField(), u"Reports.Read"_s);
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
            QVERIFY(screenshots.save(dialog, u"permission-new-bad-id"_s + suffix));
            dialog->idField()->clear();
            dialog->reject();
        });
        QTest::mouseClick(findButton<QToolButton>(&page, u"New…"_s), Qt::LeftButton);
        QTRY_VERIFY(done);

        done = false;
        answerNextMessageBox(this, &done, u"Discard"_s);
        QTest::mouseClick(page.scopeButton(PermissionScope::Project), Qt::LeftButton);
        QTRY_VERIFY(done);
        QVERIFY(screenshots.save(&page, u"permissions-project"_s + suffix));

        UserViewFixture serverKey(api::CredentialKind::ServerKey);
        if (serverKey.isReady()) {
            ui::PermissionsPage limited(serverKey.context);
            QVERIFY(showView(limited, {1000, 560}));
            QVERIFY(screenshots.save(&limited, u"permissions-server-key"_s + suffix));
        }
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestPermissionsPage)
#include "tst_PermissionsPage.moc"
