// EmailSourceEdits: per-item unsaved edits kept in memory and autosaved to disk a second after
// the last change; an edit equal to the server's version is forgotten; a save keeps edits typed
// meanwhile; after a "crash" (a new object on the same directory) the edits that differ from the
// server's are offered for recovery with their theme, and those equal to it are cleaned up.

#include "autosave/EditorAutosave.h"
#include "emails/EmailSourceEdits.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using models::EditorAutosave;
using models::EmailSourceEdits;
using models::EmailSourceVersion;
using Choice = api::EmailThemeChoice;

namespace {

const QString prefix = u"project-1/drafts/"_s;
const Choice dark{Choice::Kind::Theme, u"dark-id"_s};
const Choice none{Choice::Kind::None, {}};

} // namespace

class TestEmailSourceEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void themeChoiceText_data()
    {
        QTest::addColumn<Choice>("choice");
        QTest::newRow("project") << Choice{};
        QTest::newRow("none") << none;
        QTest::newRow("theme") << dark;
    }
    void themeChoiceText()
    {
        QFETCH(Choice, choice);
        QCOMPARE(models::themeChoiceFromText(models::themeChoiceText(choice)), std::optional(choice));
        QVERIFY(!models::themeChoiceFromText(u"garbage"_s));
        QVERIFY(!models::themeChoiceFromText(u"theme:"_s));
    }

    void editsKeptPerItemAndForgottenWhenEqual()
    {
        QTemporaryDir dir;
        EditorAutosave autosave(dir.path());
        EmailSourceEdits edits(&autosave, prefix, true);
        QSignalSpy changed(&edits, &EmailSourceEdits::editsChanged);
        edits.setSaved(u"a"_s, {u"A"_s, {}});
        edits.setSaved(u"b"_s, {u"B"_s, none});
        edits.edit(u"a"_s, u"Welcome"_s, {u"A2"_s, {}});
        edits.edit(u"b"_s, u"Other"_s, {u"B"_s, dark}); // only the theme changed
        QCOMPARE(changed.size(), 2);
        QVERIFY(edits.hasEdits(u"a"_s));
        QVERIFY(edits.hasEdits(u"b"_s));
        QCOMPARE(edits.edited(u"b"_s)->theme, dark);
        edits.edit(u"a"_s, u"Welcome"_s, {u"A3"_s, {}}); // still edited: no new signal
        QCOMPARE(changed.size(), 2);
        // Typed back to the saved text: nothing unsaved any more.
        edits.edit(u"a"_s, u"Welcome"_s, {u"A"_s, {}});
        QVERIFY(!edits.hasEdits(u"a"_s));
        QCOMPARE(changed.size(), 3);
        QCOMPARE(changed.last().at(1).toBool(), false);
        QCOMPARE(edits.editedIds(), QStringList{u"b"_s});
    }

    void autosavedAfterTheDelayAndDiscarded()
    {
        QTemporaryDir dir;
        EditorAutosave autosave(dir.path());
        EmailSourceEdits edits(&autosave, prefix, true);
        edits.setSaved(u"a"_s, {u"A"_s, {}});
        edits.edit(u"a"_s, u"Welcome"_s, {u"A2"_s, dark});
        QVERIFY(!autosave.find(prefix + u"a"_s)); // not at once
        QTRY_VERIFY_WITH_TIMEOUT(autosave.find(prefix + u"a"_s).has_value(), 5000);
        const auto entry = autosave.find(prefix + u"a"_s);
        QCOMPARE(entry->text, u"A2"_s);
        QCOMPARE(entry->baseText, u"A"_s);
        QCOMPARE(entry->title, u"Welcome"_s);
        QCOMPARE(entry->extra, models::themeChoiceText(dark)); // one file for the text and the theme
        QCOMPARE(autosave.entries(prefix).size(), 1);
        edits.discard(u"a"_s);
        QVERIFY(!autosave.find(prefix + u"a"_s));
        QVERIFY(autosave.entries(prefix).isEmpty());
        QVERIFY(!edits.hasEdits(u"a"_s));
    }

    void discardAllWritesNothingMore()
    {
        QTemporaryDir dir;
        EditorAutosave autosave(dir.path());
        {
            EmailSourceEdits edits(&autosave, prefix, true);
            QSignalSpy changed(&edits, &EmailSourceEdits::editsChanged);
            edits.setSaved(u"a"_s, {u"A"_s, {}});
            edits.setSaved(u"b"_s, {u"B"_s, {}});
            edits.edit(u"a"_s, u"Welcome"_s, {u"A2"_s, dark});
            edits.flush(); // "a" on disk
            edits.edit(u"b"_s, u"Billing"_s, {u"B2"_s, {}}); // "b" still waiting for the delay
            QVERIFY(autosave.find(prefix + u"a"_s));
            QVERIFY(!autosave.find(prefix + u"b"_s));
            edits.discardAll();
            QVERIFY(edits.isEmpty());
            QVERIFY(!autosave.find(prefix + u"a"_s));
            QCOMPARE(changed.last().at(1).toBool(), false);
        } // the destructor flushes: it must not write the discarded "b"
        QVERIFY(autosave.entries(prefix).isEmpty());
    }

    void saveKeepsEditsTypedMeanwhile()
    {
        QTemporaryDir dir;
        EditorAutosave autosave(dir.path());
        EmailSourceEdits edits(&autosave, prefix, true);
        edits.setSaved(u"a"_s, {u"A"_s, {}});
        edits.edit(u"a"_s, u"Welcome"_s, {u"A2"_s, {}});
        edits.flush();
        edits.edit(u"a"_s, u"Welcome"_s, {u"A22"_s, {}}); // typed while A2 was being saved
        edits.markSaved(u"a"_s, {u"A2"_s, {}});
        QVERIFY(edits.hasEdits(u"a"_s));
        QCOMPARE(edits.saved(u"a"_s)->text, u"A2"_s);
        edits.markSaved(u"a"_s, {u"A22"_s, {}});
        QVERIFY(!edits.hasEdits(u"a"_s));
        QVERIFY(!autosave.find(prefix + u"a"_s));
    }

    void failedAutosaveIsReported()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"not-a-directory"_s);
        QFile blocker(file);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        EditorAutosave autosave(file);
        EmailSourceEdits edits(&autosave, prefix, false);
        QSignalSpy failed(&edits, &EmailSourceEdits::autosaveFailed);
        edits.setSaved(u"a"_s, {u"A"_s, {}});
        edits.edit(u"a"_s, u"Welcome"_s, {u"A2"_s, {}});
        edits.flush();
        QCOMPARE(failed.size(), 1);
        QVERIFY(edits.hasEdits(u"a"_s)); // still in memory
    }

    void recoveredAfterACrash()
    {
        QTemporaryDir dir;
        {
            EditorAutosave autosave(dir.path());
            EmailSourceEdits edits(&autosave, prefix, true);
            edits.setSaved(u"a"_s, {u"A"_s, {}});
            edits.setSaved(u"b"_s, {u"B"_s, {}});
            edits.setSaved(u"c"_s, {u"C"_s, {}});
            edits.edit(u"a"_s, u"Welcome"_s, {u"A2"_s, dark});
            edits.edit(u"b"_s, u"Billing"_s, {u"B2"_s, {}});
            edits.edit(u"c"_s, u"Gone"_s, {u"C2"_s, {}});
            // Written by the timer, before anything closes: a crash from here on loses nothing.
            QTRY_VERIFY_WITH_TIMEOUT(autosave.find(prefix + u"a"_s).has_value(), 5000);
            QVERIFY(autosave.find(prefix + u"b"_s).has_value());
            QVERIFY(autosave.find(prefix + u"c"_s).has_value());
        }
        EditorAutosave autosave(dir.path());
        EmailSourceEdits edits(&autosave, prefix, true);
        QHash<QString, EmailSourceVersion> server;
        server.insert(u"a"_s, {u"A"_s, {}});  // unchanged on the server: offered
        server.insert(u"b"_s, {u"B2"_s, {}}); // the server has the edit already: cleaned up
        // "c" is not listed: left on disk.
        const QList<models::RecoverableEdit> found = edits.takeRecoverable(server);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, u"a"_s);
        QCOMPARE(found.first().title, u"Welcome"_s);
        QCOMPARE(found.first().version.text, u"A2"_s);
        QCOMPARE(found.first().version.theme, dark);
        QVERIFY(!found.first().changedOnServerSince);
        QVERIFY(found.first().savedAt.isValid());
        QVERIFY(!autosave.find(prefix + u"b"_s));
        QVERIFY(autosave.find(prefix + u"c"_s));
        // … and offered as the edit of an item deleted elsewhere.
        const QList<models::RecoverableEdit> unlisted = edits.takeUnlisted({u"a"_s, u"b"_s});
        QCOMPARE(unlisted.size(), 1);
        QCOMPARE(unlisted.first().id, u"c"_s);
        QCOMPARE(unlisted.first().title, u"Gone"_s);
        QCOMPARE(unlisted.first().version.text, u"C2"_s);

        edits.setSaved(u"a"_s, {u"A"_s, {}});
        edits.restore(found.first());
        QCOMPARE(edits.edited(u"a"_s)->text, u"A2"_s);

        // The server changed since the edit began.
        EmailSourceEdits other(&autosave, prefix, true);
        server.insert(u"a"_s, {u"A-elsewhere"_s, {}});
        const QList<models::RecoverableEdit> again = other.takeRecoverable(server);
        QCOMPARE(again.size(), 1);
        QVERIFY(again.first().changedOnServerSince);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestEmailSourceEdits)
#include "tst_EmailSourceEdits.moc"
