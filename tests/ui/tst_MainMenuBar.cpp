// The main window's menu bar: File, Go and Help with mnemonics, made of the toolbar's own
// QAction objects; enabled states without and with a connection; and every shortcut of the
// window and its pages unique where both could fire (a shortcut conflict makes Qt do nothing).

#include "UiTestHelpers.h"

#include "AppSettings.h"
#include "DemoServer.h"
#include "MainMenuBar.h"
#include "MainWindow.h"
#include "dialogs/ShortcutsDialog.h"
#include "pages/Page.h"

#include <QMenu>
#include <QNetworkAccessManager>
#include <QShortcut>
#include <QToolBar>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

QAction *actionNamed(const QWidget &window, const QString &name)
{
    return window.findChild<QAction *>(name);
}

QStringList titles(const QMenu *menu)
{
    QStringList result;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            result << action->text();
    }
    return result;
}

// Where an action's shortcut can fire: the widget it belongs to (a window-wide action on a page
// fires only while that page is shown, so the page is its scope).
QWidget *scopeOf(const QAction *action)
{
    for (QObject *object : action->associatedObjects()) {
        if (auto *widget = qobject_cast<QWidget *>(object); widget && !qobject_cast<QMenu *>(widget)
                                                             && !qobject_cast<QToolBar *>(widget) && !qobject_cast<QMenuBar *>(widget))
            return widget;
    }
    return nullptr;
}

bool overlaps(const QWidget *a, const QWidget *b)
{
    return a == b || a->isAncestorOf(b) || b->isAncestorOf(a);
}

// "Ctrl+K: commandPaletteAction and someAction" for every sequence that two actions share in
// overlapping scopes of `window`.
QStringList conflicts(const QWidget &window)
{
    struct Bound
    {
        QKeySequence keys;
        QString name;
        QWidget *scope;
        const QObject *owner;
    };
    QList<Bound> bound;
    for (const QAction *action : window.findChildren<QAction *>()) {
        QWidget *scope = scopeOf(action);
        if (!scope || scope->window() != &window)
            continue; // other windows (config files, dialogs) have their own keys
        for (const QKeySequence &keys : action->shortcuts())
            bound.append({keys, u"%1 (%2)"_s.arg(action->objectName(), action->text()), scope, action});
    }
    // QShortcut objects too (some views bind keys without an action).
    for (const QShortcut *shortcut : window.findChildren<QShortcut *>()) {
        auto *scope = qobject_cast<QWidget *>(shortcut->parent());
        if (!scope || scope->window() != &window)
            continue;
        for (const QKeySequence &keys : shortcut->keys())
            bound.append({keys, u"QShortcut in %1"_s.arg(QString::fromLatin1(scope->metaObject()->className())), scope, shortcut});
    }
    QStringList found;
    for (qsizetype i = 0; i < bound.size(); ++i) {
        for (qsizetype j = i + 1; j < bound.size(); ++j) {
            const Bound &a = bound.at(i);
            const Bound &b = bound.at(j);
            if (a.owner != b.owner && a.keys == b.keys && overlaps(a.scope, b.scope))
                found << u"%1: %2 and %3"_s.arg(a.keys.toString(), a.name, b.name);
        }
    }
    return found;
}

} // namespace

class TestMainMenuBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void menusWithoutConnection()
    {
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        ui::AppSettings settings(nullptr);
        ui::MainWindow window(&workspace, &settings);
        window.show();

        auto *bar = qobject_cast<ui::MainMenuBar *>(window.menuBar());
        QVERIFY(bar);
        QCOMPARE(bar->fileMenu()->title(), u"&File"_s);
        QCOMPARE(bar->goMenu()->title(), u"&Go"_s);
        QCOMPARE(bar->helpMenu()->title(), u"&Help"_s);
        QCOMPARE(titles(bar->fileMenu()), (QStringList{u"&Connect…"_s, u"Sign in &again…"_s, u"&New project…"_s, u"&Open config file…"_s,
                                                       u"&Preferences…"_s, u"&Sign out"_s, u"&Quit"_s}));
        QCOMPARE(titles(bar->helpMenu()),
                 (QStringList{u"&Keyboard shortcuts"_s, u"&About Hexclave Admin"_s, u"About &Qt"_s}));
        const QStringList go = titles(bar->goMenu());
        QCOMPARE(go.size(), api::allAreas().size() + 3);
        QCOMPARE(go.first(), api::areaTitle(api::allAreas().first()));
        QVERIFY(go.contains(u"&Command palette…"_s));
        QVERIFY(go.contains(u"&Project switcher"_s));
        QVERIFY(go.contains(u"&Reload projects"_s));

        // Every area has its Alt+N; the menu shows the shortcuts.
        const QList<QAction *> goActions = bar->goMenu()->actions();
        for (int i = 0; i < api::allAreas().size(); ++i)
            QCOMPARE(goActions.at(i)->shortcut(), QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        QCOMPARE(actionNamed(window, u"commandPaletteAction"_s)->shortcut(), QKeySequence(u"Ctrl+K"_s));
        QCOMPARE(actionNamed(window, u"projectSwitcherAction"_s)->shortcut(), QKeySequence(u"Ctrl+P"_s));

        // The toolbar's buttons are the menus' actions, not copies.
        auto *toolbar = window.findChild<QToolBar *>(u"mainToolBar"_s);
        QVERIFY(toolbar);
        for (const QString &name : {u"connectAction"_s, u"newProjectAction"_s, u"reloadProjectsAction"_s, u"signOutAction"_s,
                                    u"openConfigFileAction"_s}) {
            QAction *action = actionNamed(window, name);
            QVERIFY2(action, qPrintable(name));
            QVERIFY2(toolbar->actions().contains(action), qPrintable(name));
            QVERIFY2(bar->fileMenu()->actions().contains(action) || bar->goMenu()->actions().contains(action), qPrintable(name));
        }
        QCOMPARE(window.findChildren<QAction *>(u"connectAction"_s).size(), 1);

        // Roles for macOS's application menu.
        QCOMPARE(actionNamed(window, u"preferencesAction"_s)->menuRole(), QAction::PreferencesRole);
        QCOMPARE(actionNamed(window, u"quitAction"_s)->menuRole(), QAction::QuitRole);
        QCOMPARE(actionNamed(window, u"aboutAction"_s)->menuRole(), QAction::AboutRole);
        QCOMPARE(actionNamed(window, u"aboutQtAction"_s)->menuRole(), QAction::AboutQtRole);
        QCOMPARE(actionNamed(window, u"connectAction"_s)->menuRole(), QAction::NoRole);

        // Nothing to sign out of and no dashboard account to create a project with.
        QVERIFY(!actionNamed(window, u"signOutAction"_s)->isEnabled());
        QVERIFY(!actionNamed(window, u"newProjectAction"_s)->isEnabled());
        for (const QString &name : {u"connectAction"_s, u"openConfigFileAction"_s, u"preferencesAction"_s, u"quitAction"_s,
                                    u"shortcutsAction"_s, u"aboutAction"_s, u"commandPaletteAction"_s, u"reloadProjectsAction"_s})
            QVERIFY2(actionNamed(window, name)->isEnabled(), qPrintable(name));

        QVERIFY(conflicts(window).isEmpty());
    }

    void shortcutsUniqueOnEveryPage()
    {
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        app::DemoServer demo(40);
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        ui::AppSettings settings(nullptr);
        ui::MainWindow window(&workspace, &settings);
        window.show();
        demo.signIn(&workspace);
        QTRY_VERIFY_WITH_TIMEOUT(window.hasSettledPage() && window.projectContext().isValid(), kUiTimeoutMs);

        // Signed in with a dashboard account: now both are possible.
        QVERIFY(actionNamed(window, u"signOutAction"_s)->isEnabled());
        QVERIFY(actionNamed(window, u"newProjectAction"_s)->isEnabled());

        // Every page built (and settled), then every shortcut of the window at once.
        for (const api::Area area : api::allAreas()) {
            window.showArea(area);
            QTRY_VERIFY_WITH_TIMEOUT(window.hasSettledPage(), kUiTimeoutMs);
        }
        const QStringList found = conflicts(window);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));

        // The check itself finds a conflict: a page action on the palette's key.
        QWidget *page = window.currentPage();
        auto *clash = new QAction(page);
        clash->setObjectName(u"clash"_s);
        clash->setShortcut(QKeySequence(u"Ctrl+K"_s));
        page->addAction(clash);
        QCOMPARE(conflicts(window).size(), 1);
        delete clash;
    }

    void shortcutsDialogListsTheWindowsKeys()
    {
        // Every key of the main window's own actions is in Help › Keyboard shortcuts.
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        ui::AppSettings settings(nullptr);
        ui::MainWindow window(&workspace, &settings);
        ui::ShortcutsDialog dialog(&window);
        QStringList listed;
        for (int top = 0; top < dialog.list()->topLevelItemCount(); ++top) {
            for (int child = 0; child < dialog.list()->topLevelItem(top)->childCount(); ++child)
                listed << dialog.list()->topLevelItem(top)->child(child)->text(0);
        }
        QVERIFY(listed.size() > 30);
        for (const QAction *action : window.actions()) {
            for (const QKeySequence &keys : action->shortcuts()) {
                // Alt+2 … Alt+9 are one line ("Alt+1 … Alt+9").
                if (keys[0].keyboardModifiers() == Qt::AltModifier && keys != QKeySequence(u"Alt+1"_s))
                    continue;
                QVERIFY2(listed.contains(keys.toString(QKeySequence::NativeText)), qPrintable(keys.toString()));
            }
        }
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestMainMenuBar)
#include "tst_MainMenuBar.moc"
