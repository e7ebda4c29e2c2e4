// OwnedProductsModel over a scripted server: a customer's products paged through next_cursor
// until the list is complete (name, quantity, one-time or subscription, renews or ends on), a
// failure reported with the server's error, a reload keeping the rows until its first page is
// in, and answers for a previous customer dropped. Watched by QAbstractItemModelTester.

#include "FakeCustomerServer.h"
#include "ModelTestHelpers.h"

#include "TimeText.h"
#include "payments/OwnedProductsModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::OwnedProductsModel;
using State = OwnedProductsModel::State;

constexpr int kTimeoutMs = 5000;
const QString kUser = u"3f1f0cf4-3a43-4f4e-9a55-0d0f7b2d0a01"_s;
const QString kOtherUser = u"3f1f0cf4-3a43-4f4e-9a55-0d0f7b2d0a02"_s;

api::CustomerRef user(const QString &id)
{
    return {api::CustomerType::User, id};
}

} // namespace

class TestOwnedProductsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void columns()
    {
        FakeCustomerServer server;
        const QString periodEnd = u"2026-03-12T10:00:00.000Z"_s;
        const qint64 periodEndMillis = QDateTime::fromString(periodEnd, Qt::ISODateWithMs).toMSecsSinceEpoch();
        server.products.insert(FakeCustomerServer::key(u"user"_s, kUser),
                               {FakeCustomerServer::productJson(u"pro"_s, u"Pro plan"_s, 1, u"subscription"_s, periodEnd),
                                FakeCustomerServer::productJson(u"credits_pack"_s, u"Credit pack"_s, 3, u"one_time"_s),
                                FakeCustomerServer::productJson(u"team_plan"_s, u"Team plan"_s, 1, u"subscription"_s, periodEnd, true),
                                FakeCustomerServer::productJson(QString(), u"Custom deal"_s, 1, u"one_time"_s)});
        const auto client = server.makeClient();
        OwnedProductsModel model(client.get(), server.scope());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.state(), State::NoCustomer);
        QStringList headers;
        for (int column = 0; column < model.columnCount(); ++column)
            headers << model.headerData(column, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{u"Product"_s, u"Quantity"_s, u"Kind"_s, u"Renews / ends"_s}));

        QSignalSpy loaded(&model, &OwnedProductsModel::loaded);
        model.setCustomer(user(kUser));
        QCOMPARE(model.state(), State::Loading);
        QVERIFY(loaded.wait(kTimeoutMs));
        QCOMPARE(model.state(), State::Loaded);
        QCOMPARE(columnTexts(model, OwnedProductsModel::ProductColumn),
                 (QStringList{u"Pro plan"_s, u"Credit pack"_s, u"Team plan"_s, u"Custom deal"_s}));
        QCOMPARE(columnTexts(model, OwnedProductsModel::QuantityColumn), (QStringList{u"1"_s, u"3"_s, u"1"_s, u"1"_s}));
        QCOMPARE(columnTexts(model, OwnedProductsModel::KindColumn),
                 (QStringList{u"Subscription"_s, u"One-time"_s, u"Subscription"_s, u"One-time"_s}));
        const QString date = QLocale().toString(QDateTime::fromMSecsSinceEpoch(periodEndMillis).date(), QLocale::ShortFormat);
        QCOMPARE(columnTexts(model, OwnedProductsModel::PeriodEndColumn),
                 (QStringList{u"Renews "_s + date, u"—"_s, u"Ends "_s + date, u"—"_s}));
        QCOMPARE(model.index(0, OwnedProductsModel::PeriodEndColumn).data(OwnedProductsModel::RawValueRole).toLongLong(),
                 periodEndMillis);
        QVERIFY(model.index(0, OwnedProductsModel::PeriodEndColumn).data(Qt::ToolTipRole).toString().contains(models::absoluteTime(periodEndMillis)));
        QCOMPARE(model.index(0, OwnedProductsModel::ProductColumn).data(Qt::ToolTipRole).toString(), u"Product ID: pro"_s);
        QCOMPARE(model.index(3, OwnedProductsModel::ProductColumn).data(Qt::ToolTipRole).toString(),
                 u"A product given inline, not one of the catalog's"_s);
        QCOMPARE(model.index(1, 0).data(OwnedProductsModel::IdRole).toString(), u"credits_pack"_s);
        QVERIFY(model.owns(u"pro"_s));
        QVERIFY(!model.owns(u"other"_s));
        QVERIFY(!model.owns(QString()));
        QCOMPARE(server.productRequests(), (QList<QPair<QString, QString>>{{QString(), u"100"_s}}));
    }

    // Page after page through next_cursor until there is none.
    void pagesUntilDone()
    {
        FakeCustomerServer server;
        server.maxLimit = 3;
        QList<QJsonObject> owned;
        for (int n = 0; n < 8; ++n)
            owned << FakeCustomerServer::productJson(u"p%1"_s.arg(n), u"Product %1"_s.arg(n), 1, u"one_time"_s);
        server.products.insert(FakeCustomerServer::key(u"user"_s, kUser), owned);
        const auto client = server.makeClient();
        OwnedProductsModel model(client.get(), server.scope());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &OwnedProductsModel::loaded);
        model.setCustomer(user(kUser));
        QVERIFY(loaded.wait(kTimeoutMs));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.index(7, 0).data().toString(), u"Product 7"_s);
        QCOMPARE(server.productRequests(),
                 (QList<QPair<QString, QString>>{{QString(), u"100"_s}, {u"3"_s, u"100"_s}, {u"6"_s, u"100"_s}}));
    }

    // A server that hands out the same cursor again does not keep the model paging forever.
    void repeatedCursorStops()
    {
        FakeCustomerServer server;
        server.override = [](const SeenRequest &) -> std::optional<FakeResponse> {
            const QJsonObject body{{u"items"_s, QJsonArray{FakeCustomerServer::productJson(u"p"_s, u"P"_s, 1, u"one_time"_s)}},
                                   {u"is_paginated"_s, true},
                                   {u"pagination"_s, QJsonObject{{u"next_cursor"_s, u"same"_s}}}};
            return FakeResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
        };
        const auto client = server.makeClient();
        OwnedProductsModel model(client.get(), server.scope());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &OwnedProductsModel::loaded);
        model.setCustomer(user(kUser));
        QVERIFY(loaded.wait(kTimeoutMs));
        QCOMPARE(server.productRequests().size(), 2);
        QCOMPARE(model.rowCount(), 2);
    }

    void failureOnALaterPage()
    {
        FakeCustomerServer server;
        server.maxLimit = 2;
        server.products.insert(FakeCustomerServer::key(u"user"_s, kUser),
                               {FakeCustomerServer::productJson(u"a"_s, u"A"_s, 1, u"one_time"_s),
                                FakeCustomerServer::productJson(u"b"_s, u"B"_s, 1, u"one_time"_s),
                                FakeCustomerServer::productJson(u"c"_s, u"C"_s, 1, u"one_time"_s)});
        server.override = [](const SeenRequest &request) -> std::optional<FakeResponse> {
            if (QUrlQuery(request.url).hasQueryItem(u"cursor"_s))
                return FakeResponse::text(400, "Invalid cursor");
            return std::nullopt;
        };
        const auto client = server.makeClient();
        OwnedProductsModel model(client.get(), server.scope());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &OwnedProductsModel::loadFailed);
        model.setCustomer(user(kUser));
        QVERIFY(failed.wait(kTimeoutMs));
        QCOMPARE(model.state(), State::Failed);
        QCOMPARE(model.lastError().httpStatus, 400);
        QCOMPARE(model.lastError().message, u"Invalid cursor"_s);
        QCOMPARE(model.rowCount(), 2); // what did arrive stays listed
    }

    // A reload (after a grant) keeps the rows until the first page is in; another customer
    // empties the list at once, and the previous customer's late answer is dropped.
    void reloadAndSwitch()
    {
        FakeCustomerServer server;
        server.products.insert(FakeCustomerServer::key(u"user"_s, kUser),
                               {FakeCustomerServer::productJson(u"a"_s, u"A"_s, 1, u"one_time"_s)});
        server.products.insert(FakeCustomerServer::key(u"user"_s, kOtherUser),
                               {FakeCustomerServer::productJson(u"z"_s, u"Z"_s, 2, u"one_time"_s)});
        const auto client = server.makeClient();
        OwnedProductsModel model(client.get(), server.scope());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &OwnedProductsModel::loaded);
        model.setCustomer(user(kUser));
        QVERIFY(loaded.wait(kTimeoutMs));

        server.products[FakeCustomerServer::key(u"user"_s, kUser)].append(
            FakeCustomerServer::productJson(u"b"_s, u"B"_s, 1, u"subscription"_s));
        server.delayMs = {{FakeCustomerServer::key(u"user"_s, kUser), 40}};
        model.reload();
        QCOMPARE(model.state(), State::Loading);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(loaded.wait(kTimeoutMs));
        QCOMPARE(columnTexts(model, OwnedProductsModel::ProductColumn), (QStringList{u"A"_s, u"B"_s}));

        model.reload(); // the first customer's answer is 40 ms away…
        model.setCustomer(user(kOtherUser));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(loaded.wait(kTimeoutMs));
        QTest::qWait(80);
        QCOMPARE(columnTexts(model, OwnedProductsModel::ProductColumn), (QStringList{u"Z"_s}));
        QCOMPARE(model.customer().id, kOtherUser);

        model.clear();
        QCOMPARE(model.state(), State::NoCustomer);
        QCOMPARE(model.rowCount(), 0);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestOwnedProductsModel)
#include "tst_OwnedProductsModel.moc"
