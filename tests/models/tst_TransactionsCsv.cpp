// TransactionsCsv: the header, RFC 4180 quoting, formula protection that leaves amounts alone,
// one record per currency, amounts as sent; writing through QSaveFile (complete or nothing, an
// existing file kept on failure); and TransactionsExport walking every page of a scripted
// ledger to a file, with cancel and a failed page leaving nothing behind.

#include "FakeLedgerServer.h"

#include "export/CsvText.h"
#include "payments/TransactionsCsv.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::TransactionsCsv;
using models::TransactionsExport;

constexpr int kTimeoutMs = 5000;

QList<api::Transaction> parsed(const QJsonArray &transactions)
{
    const QJsonObject page{{u"transactions"_s, transactions}, {u"next_cursor"_s, QJsonValue()}};
    return api::parseJson<api::TransactionsPage>(QJsonDocument(page).toJson()).transactions;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonArray renewals(int count)
{
    QJsonArray rows;
    for (int i = 0; i < count; ++i)
        rows.append(FakeLedgerServer::renewal(u"t%1"_s.arg(i, 4, 10, QLatin1Char('0')), 1'795'000'000'000 - i * 60'000,
                                              u"team"_s, u"team-1"_s, u"10"_s));
    return rows;
}

} // namespace

class TestTransactionsCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void header()
    {
        QCOMPARE(TransactionsCsv::header(false),
                 QByteArray("id,created,effective,type,customer_type,customer_id,product,currency,amount,test_mode,refunded\r\n"));
        QVERIFY(TransactionsCsv::header().startsWith("\xEF\xBB\xBFid,created,"));
    }

    void fieldQuoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"Pro plan"_s << u"Pro plan"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"Pro, yearly"_s << u"\"Pro, yearly\""_s;
        QTest::newRow("quote") << u"The \"best\" plan"_s << u"\"The \"\"best\"\" plan\""_s;
        QTest::newRow("newline") << u"two\nlines"_s << u"\"two\nlines\""_s;
        QTest::newRow("crlf") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
        QTest::newRow("formula") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
        QTest::newRow("plus") << u"+1"_s << u"'+1"_s;
        QTest::newRow("minus text") << u"-x"_s << u"'-x"_s;
        QTest::newRow("at") << u"@sum"_s << u"'@sum"_s;
        QTest::newRow("unicode") << u"Équipe ☕"_s << u"Équipe ☕"_s;
    }

    void fieldQuoting()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(models::csvField(text), field);
    }

    void records()
    {
        FakePurchase tricky;
        tricky.id = u"p1"_s;
        tricky.millis = 1'795'356'000'123;
        tricky.productName = u"Pro, \"gold\"\nedition"_s;
        tricky.customerType = u"team"_s;
        tricky.customerId = u"=cmd|' /C calc'!A0"_s;
        tricky.unitPrice = u"3225"_s;
        tricky.charged = u"3225"_s;
        QJsonObject refunded = FakeLedgerServer::purchase(tricky);
        refunded.insert(u"adjusted_by"_s, QJsonArray{QJsonObject{{u"transaction_id"_s, u"p1:refund"_s}, {u"entry_index"_s, 0}}});
        const QJsonObject refund = FakeLedgerServer::transaction(
            u"p1:refund"_s, 1'795'400'000'000, u"refund"_s,
            {FakeLedgerServer::moneyTransfer(u"team"_s, u"t"_s, u"USD"_s, u"-50.00"_s)});
        FakePurchase testMode;
        testMode.id = u"p2"_s;
        testMode.testMode = true;
        testMode.charged.clear();
        const QJsonObject twoCurrencies = FakeLedgerServer::transaction(
            u"c1"_s, 1'795'000'000'000, u"chargeback"_s,
            {FakeLedgerServer::moneyTransfer(u"user"_s, u"u1"_s, u"EUR"_s, u"9.5"_s),
             FakeLedgerServer::moneyTransfer(u"user"_s, u"u1"_s, u"USD"_s, u"12"_s)});

        const QString csv = QString::fromUtf8(TransactionsCsv::records(parsed({refund, refunded, FakeLedgerServer::purchase(testMode), twoCurrencies})));
        const QStringList lines = csv.split(u"\r\n"_s);
        QCOMPARE(lines.last(), QString()); // every record ends with CRLF
        QCOMPARE(lines.at(0), u"p1:refund,2026-11-23T02:13:20.000Z,2026-11-23T02:13:20.000Z,refund,team,t,,USD,-50.00,false,false"_s);
        // The quoted product keeps its line break inside quotes (RFC 4180), the id that looks
        // like a formula is defused, the amount is as sent.
        QCOMPARE(lines.at(1), u"p1,2026-11-22T14:00:00.123Z,2026-11-22T14:00:00.123Z,purchase,team,'=cmd|' /C calc'!A0,\"Pro, \"\"gold\"\"\nedition\",USD,3225,false,true"_s);
        QCOMPARE(lines.at(2), u"p2,2026-11-18T11:06:40.000Z,2026-11-18T11:06:40.000Z,purchase,user,1f0c2a4e-1111-4222-8333-444455556666,Pro plan,,,true,false"_s);
        // One record per currency.
        QCOMPARE(lines.at(3), u"c1,2026-11-18T11:06:40.000Z,2026-11-18T11:06:40.000Z,chargeback,user,u1,,EUR,9.5,false,false"_s);
        QCOMPARE(lines.at(4), u"c1,2026-11-18T11:06:40.000Z,2026-11-18T11:06:40.000Z,chargeback,user,u1,,USD,12,false,false"_s);
        QCOMPARE(lines.size(), 6);
    }

    void writeIsAtomic()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"ledger.csv"_s);
        const QList<api::Transaction> transactions = parsed(renewals(3));
        QString error;
        QVERIFY(TransactionsCsv::write(path, transactions, &error));
        QVERIFY(error.isEmpty());
        const QByteArray written = readAll(path);
        QCOMPARE(written, TransactionsCsv::header() + TransactionsCsv::records(transactions));
        QCOMPARE(written.count("\r\n"), 4);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"ledger.csv"_s});

        // A second write replaces the file as a whole.
        QVERIFY(TransactionsCsv::write(path, parsed(renewals(1)), &error));
        QCOMPARE(readAll(path).count("\r\n"), 2);
    }

    void failedWriteLeavesNoFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The folder does not exist.
        const QString missing = dir.filePath(u"no/such/folder/ledger.csv"_s);
        QString error;
        QVERIFY(!TransactionsCsv::write(missing, parsed(renewals(2)), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(missing));
        // The name is taken by a folder.
        QVERIFY(QDir(dir.path()).mkdir(u"taken.csv"_s));
        error.clear();
        QVERIFY(!TransactionsCsv::write(dir.filePath(u"taken.csv"_s), parsed(renewals(2)), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(QFileInfo(dir.filePath(u"taken.csv"_s)).isDir());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void exportAllWalksEveryPage()
    {
        FakeLedgerServer server;
        server.transactions = renewals(450);
        FakePurchase purchase;
        purchase.id = u"purchase-1"_s;
        server.transactions.insert(10, FakeLedgerServer::purchase(purchase));
        auto client = server.makeClient();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"all.csv"_s);
        TransactionsExport exporter(client.get(), server.scope(), {}, path);
        exporter.setPageSize(200);
        QSignalSpy progressed(&exporter, &TransactionsExport::progressed);
        QSignalSpy finished(&exporter, &TransactionsExport::finished);
        exporter.start();
        QVERIFY(exporter.isRunning());
        QVERIFY(!QFile::exists(path)); // nothing until complete
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(exporter.state(), TransactionsExport::State::Succeeded);
        QCOMPARE(exporter.transactionsWritten(), 451);
        QCOMPARE(exporter.pagesWritten(), 3);
        QCOMPARE(progressed.count(), 3);
        QCOMPARE(progressed.last().at(0).toLongLong(), 451);
        const QByteArray written = readAll(path);
        QCOMPARE(written.count("\r\n"), 452);
        QVERIFY(written.contains("\r\npurchase-1,"));
        QVERIFY(written.endsWith("t0449,2026-11-18T03:37:40.000Z,2026-11-18T03:37:40.000Z,subscription-renewal,team,team-1,,USD,10,false,false\r\n"));
        QCOMPARE(server.listQueries().size(), 3);
        QCOMPARE(server.listQueries().at(2).queryItemValue(u"cursor"_s, QUrl::FullyDecoded), FakeLedgerServer::cursorFor(400));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"all.csv"_s});

        // With a filter: sent with every page.
        TransactionsExport purchases(client.get(), server.scope(), {u"purchase"_s, api::CustomerType::User},
                                     dir.filePath(u"purchases.csv"_s));
        QSignalSpy purchasesDone(&purchases, &TransactionsExport::finished);
        purchases.start();
        QVERIFY(purchasesDone.wait(kTimeoutMs));
        QCOMPARE(purchases.transactionsWritten(), 1);
        QCOMPARE(server.listQueries().last().queryItemValue(u"type"_s), u"purchase"_s);
        QCOMPARE(server.listQueries().last().queryItemValue(u"customer_type"_s), u"user"_s);
    }

    void exportLoadedInSlices()
    {
        const QList<api::Transaction> loaded = parsed(renewals(4500));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"loaded.csv"_s);
        TransactionsExport exporter(loaded, path);
        QSignalSpy progressed(&exporter, &TransactionsExport::progressed);
        QSignalSpy finished(&exporter, &TransactionsExport::finished);
        exporter.start();
        QCOMPARE(progressed.count(), 0); // nothing formatted before the event loop turns
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(exporter.state(), TransactionsExport::State::Succeeded);
        QCOMPARE(progressed.count(), 3); // 2,000 + 2,000 + 500
        QCOMPARE(exporter.transactionsWritten(), 4500);
        QCOMPARE(readAll(path), TransactionsCsv::header() + TransactionsCsv::records(loaded));

        // Cancelled after the first slice: nothing written.
        const QString second = dir.filePath(u"second.csv"_s);
        TransactionsExport cancelled(loaded, second);
        QSignalSpy cancelledProgress(&cancelled, &TransactionsExport::progressed);
        connect(&cancelled, &TransactionsExport::progressed, &cancelled, &TransactionsExport::cancel);
        cancelled.start();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.state(), TransactionsExport::State::Cancelled, kTimeoutMs);
        QTest::qWait(20);
        QCOMPARE(cancelledProgress.count(), 1);
        QVERIFY(!QFile::exists(second));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"loaded.csv"_s});
    }

    void cancelLeavesNothing()
    {
        FakeLedgerServer server;
        server.transactions = renewals(450);
        server.override = [](const SeenRequest &request) -> std::optional<FakeResponse> {
            if (!QUrlQuery(request.url).hasQueryItem(u"cursor"_s))
                return std::nullopt;
            return FakeResponse::hanging(); // every page after the first
        };
        auto client = server.makeClient();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ledger.csv"_s);
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
        existing.close();
        TransactionsExport exporter(client.get(), server.scope(), {}, path);
        exporter.setPageSize(100);
        QSignalSpy progressed(&exporter, &TransactionsExport::progressed);
        QSignalSpy finished(&exporter, &TransactionsExport::finished);
        exporter.start();
        QVERIFY(progressed.wait(kTimeoutMs));
        QVERIFY(exporter.isRunning());
        exporter.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(exporter.state(), TransactionsExport::State::Cancelled);
        QCOMPARE(readAll(path), QByteArray("keep me"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"ledger.csv"_s});
        exporter.cancel(); // twice: nothing more
        QCOMPARE(finished.count(), 1);
    }

    void failedPageLeavesNothing()
    {
        FakeLedgerServer server;
        server.transactions = renewals(450);
        server.override = [](const SeenRequest &request) -> std::optional<FakeResponse> {
            if (QUrlQuery(request.url).queryItemValue(u"cursor"_s, QUrl::FullyDecoded) == FakeLedgerServer::cursorFor(200))
                return FakeResponse::text(500, "ledger down");
            return std::nullopt;
        };
        auto client = server.makeClient();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ledger.csv"_s);
        TransactionsExport exporter(client.get(), server.scope(), {}, path);
        exporter.setPageSize(100);
        QSignalSpy finished(&exporter, &TransactionsExport::finished);
        exporter.start();
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(exporter.state(), TransactionsExport::State::Failed);
        QCOMPARE(exporter.apiError().httpStatus, 500);
        QVERIFY(exporter.failureMessage().contains(u"ledger down"_s));
        QCOMPARE(exporter.pagesWritten(), 2);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

        // A file that cannot be created fails at once, without asking the server.
        const int requests = int(server.listQueries().size());
        TransactionsExport nowhere(client.get(), server.scope(), {}, dir.filePath(u"missing/ledger.csv"_s));
        QSignalSpy nowhereDone(&nowhere, &TransactionsExport::finished);
        nowhere.start();
        QCOMPARE(nowhereDone.count(), 1);
        QCOMPARE(nowhere.state(), TransactionsExport::State::Failed);
        QCOMPARE(server.listQueries().size(), requests);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestTransactionsCsv)
#include "tst_TransactionsCsv.moc"
