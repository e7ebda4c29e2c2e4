// Replays the fuzz corpora (tests/fuzz/corpus/<target>/) and the inputs that once crashed
// (tests/fuzz/regressions/<target>/) through the fuzzing entry points, in every normal build:
// an input that throws out of them (a Failure such as a round trip that disagrees, or any other
// exception) fails the test; a crash or a sanitizer report fails it too (asan preset).

#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include <exception>

using namespace hexclave::fuzz;

namespace {

using Entry = int (*)(const std::uint8_t *, std::size_t);

// "" when the input went through; else what went wrong.
QString replay(Entry entry, const QByteArray &input)
{
    try {
        entry(reinterpret_cast<const std::uint8_t *>(input.constData()), std::size_t(input.size()));
        return {};
    } catch (const Failure &failure) {
        return failure.message;
    } catch (const std::exception &e) {
        return QStringLiteral("uncaught exception: %1").arg(QString::fromUtf8(e.what()));
    } catch (...) {
        return QStringLiteral("uncaught exception of an unknown type");
    }
}

QString fuzzDir()
{
    return QStringLiteral(HEXCLAVE_FUZZ_DIR);
}

} // namespace

class tst_FuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replaysEveryInput_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        for (const QString &target : {QStringLiteral("dto"), QStringLiteral("config_file")}) {
            qsizetype count = 0;
            for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
                const QDir dir(fuzzDir() + u'/' + kind + u'/' + target);
                for (const QFileInfo &file : dir.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name)) {
                    QTest::newRow(qPrintable(kind + u'/' + target + u'/' + file.fileName())) << target << file.filePath();
                    ++count;
                }
            }
            QVERIFY2(count >= 10, qPrintable(QStringLiteral("too few inputs for %1 under %2").arg(target, fuzzDir())));
        }
    }

    void replaysEveryInput()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray input = file.readAll();
        const QString problem = replay(target == u"dto" ? fuzzDto : fuzzConfigFile, input);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The corpus files start with the index of their DTO: the order in make-seeds.py must be
    // the order of the entry point.
    void seedScriptKnowsTheSelectors()
    {
        QFile script(fuzzDir() + QStringLiteral("/make-seeds.py"));
        QVERIFY(script.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString text = QString::fromUtf8(script.readAll());
        const qsizetype start = text.indexOf(QStringLiteral("DTO_TARGETS = \"\"\""));
        QVERIFY(start >= 0);
        const qsizetype end = text.indexOf(QStringLiteral("\"\"\""), start + 17);
        const QStringList names = text.mid(start + 17, end - start - 17).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        QCOMPARE(names, dtoTargetNames());
    }

    // The checks can fail: a file whose rewrite does not read back the same is reported, and so
    // is an exception that escapes a parser that promises not to throw.
    void reportsProblems()
    {
        const QByteArray fine = "export const config = { a: 1 };";
        QCOMPARE(replay(fuzzConfigFile, fine), QString());
        const QString thrown = replay(
            [](const std::uint8_t *, std::size_t) -> int { throw Failure{QStringLiteral("round trip disagrees")}; }, fine);
        QCOMPARE(thrown, QStringLiteral("round trip disagrees"));
        const QString escaped = replay([](const std::uint8_t *, std::size_t) -> int { throw std::runtime_error("boom"); }, fine);
        QCOMPARE(escaped, QStringLiteral("uncaught exception: boom"));
        // A DTO answer that is no JSON at all is an error the user sees, not a failure here.
        QByteArray garbage(1, char(dtoTargetNames().indexOf(QStringLiteral("user"))));
        garbage += "{\"id\": [";
        QCOMPARE(replay(fuzzDto, garbage), QString());
    }
};

QTEST_GUILESS_MAIN(tst_FuzzRegressions)
#include "tst_FuzzRegressions.moc"
