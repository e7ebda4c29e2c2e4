// EditorAutosave: entries round-trip through small JSON files, are listed by key prefix,
// discarded, written atomically (no temporary files left), kept owner-only, and a damaged
// file is skipped with a message instead of stopping the others from loading.

#include "autosave/EditorAutosave.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using models::AutosavedText;
using models::EditorAutosave;

namespace {

AutosavedText entry(const QString &key, const QString &text = u"<Html>edited</Html>"_s)
{
    AutosavedText e;
    e.key = key;
    e.title = u"Welcome “draft” ✉"_s;
    e.text = text;
    e.baseText = u"<Html>original</Html>"_s;
    e.extra = u"theme:7c0d"_s;
    e.savedAt = QDateTime(QDate(2026, 11, 24), QTime(8, 30, 15, 250), Qt::UTC);
    return e;
}

QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

constexpr QFileDevice::Permissions everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
    | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
    | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

class TestEditorAutosave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        EditorAutosave autosave(dir.filePath(u"autosave"_s));
        QVERIFY(!autosave.find(u"p1/drafts/a"_s));
        QVERIFY2(autosave.store(entry(u"p1/drafts/a"_s)), qPrintable(autosave.lastError()));
        QVERIFY(autosave.lastError().isEmpty());

        // A second instance (the next start of the app) reads it back.
        const EditorAutosave later(dir.filePath(u"autosave"_s));
        const auto found = later.find(u"p1/drafts/a"_s);
        QVERIFY(found);
        QCOMPARE(found->key, u"p1/drafts/a"_s);
        QCOMPARE(found->title, u"Welcome “draft” ✉"_s);
        QCOMPARE(found->text, u"<Html>edited</Html>"_s);
        QCOMPARE(found->baseText, u"<Html>original</Html>"_s);
        QCOMPARE(found->extra, u"theme:7c0d"_s);
        QCOMPARE(found->savedAt, entry({}).savedAt);
        QVERIFY(!later.find(u"p1/drafts/b"_s));

        // Storing again replaces the entry.
        QVERIFY(autosave.store(entry(u"p1/drafts/a"_s, u"newer"_s)));
        QCOMPARE(later.find(u"p1/drafts/a"_s)->text, u"newer"_s);
        QCOMPARE(filesIn(dir.filePath(u"autosave"_s)).size(), 1);
    }

    void missingTimeIsNow()
    {
        QTemporaryDir dir;
        EditorAutosave autosave(dir.path());
        AutosavedText e = entry(u"k"_s);
        e.savedAt = {};
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(autosave.store(e));
        const QDateTime saved = autosave.find(u"k"_s)->savedAt;
        QVERIFY(saved >= before && saved <= QDateTime::currentDateTimeUtc().addSecs(1));
    }

    void fileNamesDoNotShowTheKey()
    {
        QTemporaryDir dir;
        EditorAutosave autosave(dir.path());
        QVERIFY(autosave.store(entry(u"../../etc/passwd"_s)));
        QVERIFY(autosave.store(entry(u"p1/drafts/x"_s)));
        const QStringList files = filesIn(dir.path());
        QCOMPARE(files.size(), 2);
        for (const QString &name : files) {
            QVERIFY2(!name.contains(u"passwd"_s) && !name.contains(u"drafts"_s), qPrintable(name));
            QVERIFY(name.endsWith(u".json"_s));
        }
        QVERIFY(autosave.find(u"../../etc/passwd"_s));
    }

    void entriesByPrefix()
    {
        QTemporaryDir dir;
        EditorAutosave autosave(dir.path());
        AutosavedText later = entry(u"p1/drafts/b"_s);
        later.savedAt = later.savedAt.addSecs(60);
        QVERIFY(autosave.store(later));
        QVERIFY(autosave.store(entry(u"p1/drafts/a"_s)));
        QVERIFY(autosave.store(entry(u"p1/templates/c"_s)));
        QVERIFY(autosave.store(entry(u"p2/drafts/d"_s)));

        const auto drafts = autosave.entries(u"p1/drafts/"_s);
        QCOMPARE(drafts.size(), 2);
        QCOMPARE(drafts.at(0).key, u"p1/drafts/a"_s); // oldest first
        QCOMPARE(drafts.at(1).key, u"p1/drafts/b"_s);
        QCOMPARE(autosave.entries(u"p1/"_s).size(), 3);
        QCOMPARE(autosave.entries(QString()).size(), 4);
        QVERIFY(autosave.entries(u"p3/"_s).isEmpty());

        // A directory that does not exist yet has no entries.
        const EditorAutosave empty(dir.filePath(u"nothing-here"_s));
        QVERIFY(empty.entries(QString()).isEmpty());
        QVERIFY(!empty.find(u"p1/drafts/a"_s));
    }

    void discard()
    {
        QTemporaryDir dir;
        EditorAutosave autosave(dir.path());
        QVERIFY(autosave.store(entry(u"p1/drafts/a"_s)));
        QVERIFY(autosave.store(entry(u"p1/drafts/b"_s)));
        autosave.discard(u"p1/drafts/a"_s);
        QVERIFY(!autosave.find(u"p1/drafts/a"_s));
        QVERIFY(autosave.find(u"p1/drafts/b"_s));
        QCOMPARE(filesIn(dir.path()).size(), 1);
        autosave.discard(u"never/stored"_s);
        QVERIFY(autosave.lastError().isEmpty());
    }

    void atomicWriteLeavesNoTemporaryFiles()
    {
        QTemporaryDir dir;
        EditorAutosave autosave(dir.path());
        const QString big(200000, u'x');
        for (int i = 0; i < 5; ++i)
            QVERIFY(autosave.store(entry(u"p1/drafts/a"_s, big + QString::number(i))));
        QVERIFY(autosave.store(entry(u"p1/drafts/b"_s)));
        const QStringList files = filesIn(dir.path());
        QCOMPARE(files.size(), 2);
        for (const QString &name : files)
            QVERIFY2(name.endsWith(u".autosave.json"_s), qPrintable(name));
        QCOMPARE(autosave.find(u"p1/drafts/a"_s)->text, big + u'4');
    }

    void corruptFileIsSkipped_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not JSON") << QByteArray("{\"key\": \"p1/drafts/a\", \"te");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("no key") << QByteArray("{\"text\": \"x\"}");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12);
    }

    void corruptFileIsSkipped()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        EditorAutosave autosave(dir.path());
        QVERIFY(autosave.store(entry(u"p1/drafts/a"_s)));
        const QString damaged = dir.filePath(filesIn(dir.path()).constFirst());
        QVERIFY(autosave.store(entry(u"p1/drafts/b"_s)));
        {
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(content);
        }

        const auto entries = autosave.entries(u"p1/"_s);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().key, u"p1/drafts/b"_s);
        QVERIFY(autosave.lastError().contains(QDir::toNativeSeparators(damaged)));
        QVERIFY(!autosave.find(u"p1/drafts/a"_s));

        // Storing the entry again repairs it.
        QVERIFY(autosave.store(entry(u"p1/drafts/a"_s)));
        QCOMPARE(autosave.entries(u"p1/"_s).size(), 2);
    }

    void unwritableDirectory()
    {
        QTemporaryDir dir;
        const QString notADirectory = dir.filePath(u"file"_s);
        {
            QFile file(notADirectory);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x");
        }
        EditorAutosave autosave(notADirectory + u"/autosave"_s);
        QVERIFY(!autosave.store(entry(u"p1/drafts/a"_s)));
        QVERIFY(!autosave.lastError().isEmpty());
        QVERIFY(autosave.entries(QString()).isEmpty());

        // The directory itself being a file: the write fails too.
        EditorAutosave onAFile(notADirectory);
        QVERIFY(!onAFile.store(entry(u"p1/drafts/a"_s)));
        QVERIFY(!onAFile.lastError().isEmpty());

        // An empty key is refused.
        EditorAutosave fine(dir.filePath(u"ok"_s));
        QVERIFY(!fine.store(entry(QString())));
        QVERIFY(!fine.lastError().isEmpty());
    }

    void ownerOnlyPermissions()
    {
        QTemporaryDir dir;
        const QString directory = dir.filePath(u"nested/autosave"_s);
        EditorAutosave autosave(directory);
        QVERIFY(autosave.store(entry(u"p1/drafts/a"_s)));
        QCOMPARE(QFile::permissions(directory) & everyone,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QString file = QDir(directory).filePath(filesIn(directory).constFirst());
        QCOMPARE(QFile::permissions(file) & everyone, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // A directory made too open by someone else is closed again on the next write.
        QVERIFY(QFile::setPermissions(directory, everyone));
        QVERIFY(autosave.store(entry(u"p1/drafts/b"_s)));
        QCOMPARE(QFile::permissions(directory) & everyone,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void defaultDirectory()
    {
        QVERIFY(EditorAutosave::defaultDirectory().endsWith(u"/autosave"_s));
        QVERIFY(QDir::isAbsolutePath(EditorAutosave::defaultDirectory()));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestEditorAutosave)
#include "tst_EditorAutosave.moc"
