// The dialog that shows what a configuration write would change (issue 8): one section per
// level that changes (levels without a change left out), the changed paths and the side-by-side
// diff, secrets masked, accept and cancel (Esc), and "nothing would change" with only Close.
// Screenshots in light and dark palettes (HEXCLAVE_SCREENSHOT_DIR=<dir> saves them).

#include "ModalAnswers.h"
#include "UiTestHelpers.h"

#include "pages/config/ConfigChangeDialog.h"
#include "pages/config/ConfigDiffView.h"

#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::ConfigLevel;
using api::ConfigTree;
using models::ConfigLevelChange;

namespace {

ConfigTree tree(QString text)
{
    return ConfigTree::fromJsonText(text.replace(u'\'', u'"'));
}

QList<ConfigLevelChange> branchAndEnvironmentChanges()
{
    return {
        {ConfigLevel::Branch, u"Branch override"_s, tree(u"{'auth': {'allowSignUp': true}, 'teams': {'allowClientTeamCreation': false}}"_s),
         tree(u"{'auth': {'allowSignUp': false}, 'teams': {'allowClientTeamCreation': false, 'createPersonalTeamOnSignUp': true}}"_s)},
        {ConfigLevel::Environment, u"Environment override"_s,
         tree(u"{'auth': {'oauth': {'providers': {'github': {'type': 'github', 'clientSecret': 'old-value'}}}}}"_s),
         tree(u"{'auth': {'oauth': {'providers': {'github': {'type': 'github', 'clientSecret': 'new-value'}}}}}"_s)},
    };
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

QString everythingShown(const QWidget *dialog)
{
    QString text;
    for (const QTreeWidget *list : dialog->findChildren<QTreeWidget *>()) {
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            for (int column = 0; column < list->columnCount(); ++column)
                text += list->topLevelItem(row)->text(column) + list->topLevelItem(row)->toolTip(column) + u'\n';
        }
    }
    for (const QPlainTextEdit *pane : dialog->findChildren<QPlainTextEdit *>())
        text += pane->toPlainText();
    return text;
}

} // namespace

class TestConfigChangeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheChangesAndAccepts()
    {
        QWidget parent;
        QStringList paths;
        QString shown;
        int tabs = -1;
        QString acceptText;
        bool done = false;
        answerNextChangeDialog(this, &done, true, [&](QDialog *dialog) {
            paths = changedPaths(dialog);
            shown = everythingShown(dialog);
            auto *tabWidget = dialog->findChild<QTabWidget *>();
            tabs = tabWidget ? tabWidget->count() : 0;
            QPushButton *accept = findButton<QPushButton>(dialog, u"Save"_s);
            QVERIFY(accept);
            acceptText = accept->text();
        });
        QVERIFY(ui::ConfigChangeDialog::confirm(&parent, u"Save settings"_s, branchAndEnvironmentChanges(), u"Save"_s));
        QVERIFY(done);
        QCOMPARE(acceptText, u"Save"_s);
        QCOMPARE(tabs, 2);
        paths.sort();
        QCOMPARE(paths, QStringList({u"auth.allowSignUp"_s, u"auth.oauth.providers.github.clientSecret"_s,
                                     u"teams.createPersonalTeamOnSignUp"_s}));
        QVERIFY(shown.contains(u"\u2022\u2022\u2022\u2022\u2022\u2022"_s));
        QVERIFY(!shown.contains(u"old-value"_s));
        QVERIFY(!shown.contains(u"new-value"_s));
        QVERIFY(shown.contains(u"createPersonalTeamOnSignUp"_s));
    }

    void escapeCancels()
    {
        QWidget parent;
        bool seen = false;
        whenModalOpens<QDialog>(this, &seen, [](QDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); },
                                u"configChangeDialog"_s);
        QVERIFY(!ui::ConfigChangeDialog::confirm(&parent, u"Save"_s, branchAndEnvironmentChanges(), u"Save"_s));
        QVERIFY(seen);

        bool cancelled = false;
        answerNextChangeDialog(this, &cancelled, false);
        QVERIFY(!ui::ConfigChangeDialog::confirm(&parent, u"Save"_s, branchAndEnvironmentChanges(), u"Push"_s));
        QVERIFY(cancelled);
    }

    void leavesOutLevelsThatStayTheSame()
    {
        QList<ConfigLevelChange> changes = branchAndEnvironmentChanges();
        changes[1].after = changes[1].before;
        ui::ConfigChangeDialog dialog(u"Save"_s, changes, u"Save"_s);
        QVERIFY(dialog.hasChanges());
        QVERIFY(!dialog.findChild<QTabWidget *>());
        QStringList labels;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            labels << label->text();
        QVERIFY(labels.contains(u"Branch override"_s));
        QVERIFY(!labels.join(u'\n').contains(u"Environment override"_s));
        QCOMPARE(changedPaths(&dialog), QStringList({u"auth.allowSignUp"_s, u"teams.createPersonalTeamOnSignUp"_s}));
        QCOMPARE(dialog.acceptButton()->text(), u"Save"_s);
    }

    void nothingToChangeOffersOnlyClose()
    {
        QList<ConfigLevelChange> changes = branchAndEnvironmentChanges();
        for (ConfigLevelChange &change : changes)
            change.after = change.before;
        {
            ui::ConfigChangeDialog dialog(u"Save"_s, changes, u"Save"_s);
            QVERIFY(!dialog.hasChanges());
            QVERIFY(dialog.findChild<QLabel *>(u"nothingToChange"_s));
            const auto buttons = dialog.findChild<QDialogButtonBox *>()->buttons();
            QCOMPARE(buttons.size(), 1);
            QCOMPARE(dialog.findChild<QDialogButtonBox *>()->buttonRole(buttons.first()), QDialogButtonBox::RejectRole);
        }
        QWidget parent;
        bool closed = false;
        answerNextChangeDialog(this, &closed, false); // its only button, Close
        QVERIFY(!ui::ConfigChangeDialog::confirm(&parent, u"Save"_s, changes, u"Save"_s));
        QVERIFY(closed);
        bool entered = false;
        whenModalOpens<QDialog>(this, &entered, [](QDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Enter); },
                                u"configChangeDialog"_s);
        QVERIFY(!ui::ConfigChangeDialog::confirm(&parent, u"Save"_s, {}, u"Save"_s));
        QVERIFY(entered);
    }

    void screenshots()
    {
        Screenshots shots;
        for (const bool dark : {false, true}) {
            ui::ConfigChangeDialog dialog(u"Save configuration"_s, branchAndEnvironmentChanges(), u"Save"_s);
            if (dark)
                dialog.setPalette(darkPalette());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(shots.save(&dialog, dark ? u"config-change-dialog-dark"_s : u"config-change-dialog"_s));
        }
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestConfigChangeDialog)
#include "tst_ConfigChangeDialog.moc"
