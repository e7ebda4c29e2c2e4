// ReplyDrafts: reply and note text per project and conversation, stored about a second after
// typing, read back by a new instance (the next start, or after a crash), discarded after a
// send, and kept apart per project, conversation and mode.

#include "autosave/EditorAutosave.h"
#include "support/ReplyDrafts.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using models::EditorAutosave;
using models::ReplyDrafts;
using Mode = ReplyDrafts::Mode;

class TestReplyDrafts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysNameProjectConversationAndMode()
    {
        QCOMPARE(ReplyDrafts::key(u"p1"_s, u"c1"_s, Mode::Reply), u"p1/support/c1/reply"_s);
        QCOMPARE(ReplyDrafts::key(u"p1"_s, u"c1"_s, Mode::Note), u"p1/support/c1/note"_s);
    }

    void storedAboutASecondAfterTypingAndReadByANewInstance()
    {
        QTemporaryDir dir;
        EditorAutosave autosave(dir.path());
        ReplyDrafts drafts(&autosave, u"p1"_s);
        QElapsedTimer typed;
        typed.start();
        drafts.setText(u"c1"_s, Mode::Reply, u"Hello,\nthanks for writing"_s, u"Login broken"_s);
        QCOMPARE(drafts.text(u"c1"_s, Mode::Reply), u"Hello,\nthanks for writing"_s); // shown at once
        QVERIFY(!autosave.find(u"p1/support/c1/reply"_s));                            // not yet on disk

        QTRY_VERIFY_WITH_TIMEOUT(autosave.find(u"p1/support/c1/reply"_s).has_value(), 3000);
        QVERIFY2(typed.elapsed() >= ReplyDrafts::storeDelayMs - 50, qPrintable(QString::number(typed.elapsed())));
        QCOMPARE(autosave.find(u"p1/support/c1/reply"_s)->title, u"Login broken"_s);

        // The next start of the app (or after a crash): a new autosave and drafts on the same folder.
        EditorAutosave laterAutosave(dir.path());
        const ReplyDrafts later(&laterAutosave, u"p1"_s);
        QCOMPARE(later.text(u"c1"_s, Mode::Reply), u"Hello,\nthanks for writing"_s);
        QCOMPARE(later.text(u"c1"_s, Mode::Note), QString());
        QCOMPARE(later.text(u"c2"_s, Mode::Reply), QString());
        QCOMPARE(ReplyDrafts(&laterAutosave, u"p2"_s).text(u"c1"_s, Mode::Reply), QString());
    }

    void typingRestartsTheDelay()
    {
        QTemporaryDir dir;
        EditorAutosave autosave(dir.path());
        ReplyDrafts drafts(&autosave, u"p1"_s);
        QSignalSpy stored(&drafts, &ReplyDrafts::changed);
        drafts.setText(u"c1"_s, Mode::Note, u"a"_s);
        QVERIFY(!stored.wait(600)); // bounded: not stored 0.6 s after the first key
        QElapsedTimer lastKey;
        lastKey.start();
        drafts.setText(u"c1"_s, Mode::Note, u"ab"_s);
        QVERIFY(stored.wait(3000));
        // Stored once, a second after the last key (1.6 s after the first one), with the last text.
        QVERIFY2(lastKey.elapsed() >= ReplyDrafts::storeDelayMs - 50, qPrintable(QString::number(lastKey.elapsed())));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().first().toString(), u"c1"_s);
        QCOMPARE(autosave.find(u"p1/support/c1/note"_s).value_or(models::AutosavedText{}).text, u"ab"_s);
    }

    void flushAndDestructionStorePendingText()
    {
        QTemporaryDir dir;
        EditorAutosave autosave(dir.path());
        {
            ReplyDrafts drafts(&autosave, u"p1"_s);
            drafts.setText(u"c1"_s, Mode::Reply, u"reply"_s);
            drafts.flush();
            QCOMPARE(autosave.find(u"p1/support/c1/reply"_s)->text, u"reply"_s);
            drafts.setText(u"c2"_s, Mode::Note, u"note"_s);
        } // closing the view
        QCOMPARE(autosave.find(u"p1/support/c2/note"_s)->text, u"note"_s);
    }

    void discardAfterSendAndEmptyTextRemoves()
    {
        QTemporaryDir dir;
        EditorAutosave autosave(dir.path());
        ReplyDrafts drafts(&autosave, u"p1"_s);
        drafts.setText(u"c1"_s, Mode::Reply, u"reply"_s);
        drafts.setText(u"c1"_s, Mode::Note, u"note"_s);
        drafts.flush();
        drafts.discard(u"c1"_s, Mode::Reply);
        QVERIFY(!autosave.find(u"p1/support/c1/reply"_s));
        QCOMPARE(drafts.text(u"c1"_s, Mode::Reply), QString());
        QCOMPARE(drafts.text(u"c1"_s, Mode::Note), u"note"_s); // the other mode stays

        // Discarding also drops text still waiting for its delay.
        drafts.setText(u"c1"_s, Mode::Reply, u"again"_s);
        drafts.discard(u"c1"_s, Mode::Reply);
        QVERIFY(!drafts.hasPendingChanges());
        QSignalSpy laterStores(&drafts, &ReplyDrafts::changed);
        QVERIFY(!laterStores.wait(ReplyDrafts::storeDelayMs + 200)); // bounded: the timer stores nothing
        QVERIFY(!autosave.find(u"p1/support/c1/reply"_s));

        // Deleting all the text deletes the draft.
        drafts.setText(u"c1"_s, Mode::Note, u"  \n"_s);
        drafts.flush();
        QVERIFY(!autosave.find(u"p1/support/c1/note"_s));
    }

    void hasDraftAndChangedSignal()
    {
        QTemporaryDir dir;
        EditorAutosave autosave(dir.path());
        ReplyDrafts drafts(&autosave, u"p1"_s);
        QSignalSpy changed(&drafts, &ReplyDrafts::changed);
        QVERIFY(!drafts.hasDraft(u"c1"_s));
        drafts.setText(u"c1"_s, Mode::Note, u"note"_s);
        QVERIFY(drafts.hasDraft(u"c1"_s)); // pending counts already
        QCOMPARE(changed.size(), 0);       // nothing stored yet
        drafts.setText(u"c2"_s, Mode::Reply, u"  "_s);
        QVERIFY(!drafts.hasDraft(u"c2"_s)); // blank is no draft
        drafts.flush();
        QCOMPARE(changed.size(), 2);
        QStringList ids{changed.at(0).first().toString(), changed.at(1).first().toString()};
        ids.sort();
        QCOMPARE(ids, (QStringList{u"c1"_s, u"c2"_s}));

        // A new start: the stored draft is found without opening the conversation.
        EditorAutosave laterAutosave(dir.path());
        const ReplyDrafts later(&laterAutosave, u"p1"_s);
        QVERIFY(later.hasDraft(u"c1"_s));
        QVERIFY(!later.hasDraft(u"c2"_s));

        changed.clear();
        drafts.discard(u"c1"_s, Mode::Note);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), u"c1"_s);
        QVERIFY(!drafts.hasDraft(u"c1"_s));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestReplyDrafts)
#include "tst_ReplyDrafts.moc"
