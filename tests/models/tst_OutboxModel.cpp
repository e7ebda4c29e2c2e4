// OutboxModel over a scripted outbox (FakeOutboxServer): the recorded real answer (fixture 43)
// parsed and shown, its next_cursor sent back as the cursor; paging to the end; the status group,
// exact status and user filters sent to the server, and answers for an older filter dropped; a
// changed email replacing its row in place; recipient names; the texts for statuses and skip
// reasons (the details of an item are parsed by the DTO, see tests/api/tst_Email). Every model is
// watched by QAbstractItemModelTester. Also DeliveryStatsModel: the figures and rates of
// delivery-info (fixture 44 and a scripted answer) and the boost and penalty texts.

#include "FakeOutboxServer.h"
#include "Fixtures.h"
#include "ModelTestHelpers.h"

#include "emails/DeliveryStatsModel.h"
#include "emails/OutboxModel.h"
#include "endpoints/EmailsEndpoints.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::OutboxModel;
using State = models::PagedTableModel::FetchState;

constexpr int kTimeoutMs = 5000;

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

// `count` emails, newest first, ids "e000", "e001", …; every third one failed, the others sent.
QJsonArray sampleEmails(int count)
{
    QJsonArray rows;
    for (int i = 0; i < count; ++i) {
        const QString status = i % 3 == 0 ? u"server-error"_s : i % 3 == 1 ? u"sent"_s : u"scheduled"_s;
        rows.append(FakeOutboxServer::email(u"e%1"_s.arg(i, 3, 10, QLatin1Char('0')), 1'795'000'000'000 - i * 60'000,
                                            status, u"Subject %1"_s.arg(i), i % 2 ? u"user-%1"_s.arg(i % 4) : QString()));
    }
    return rows;
}

QByteArray fixtureBody(const QString &name)
{
    const QJsonObject recorded = QJsonDocument::fromJson(Fixture::rawJson(name)).object();
    return QJsonDocument(recorded.value(u"response"_s).toObject().value(u"body"_s).toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

class TestOutboxModel : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        Fixture()
            : client(server.makeClient())
            , model(client.get(), server.scope())
            , tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
        {
            // The tester fetched the first page already; the tests count from their own reload().
            server.network().clearRequests();
        }

        FakeOutboxServer server;
        std::unique_ptr<api::ApiClient> client;
        OutboxModel model;
        QAbstractItemModelTester tester;
    };

    static bool settle(const OutboxModel &model)
    {
        return QTest::qWaitFor([&model] { return !model.isLoading(); }, kTimeoutMs);
    }

    static bool loadAll(OutboxModel &model)
    {
        for (int guard = 0; guard < 1000; ++guard) {
            if (!settle(model))
                return false;
            if (!model.canFetchMore({}))
                return true;
            model.fetchMore({});
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void recordedAnswerIsShownAndItsCursorFollowed()
    {
        Fixture fixture;
        const QByteArray recorded = fixtureBody(u"43-emails-outbox"_s);
        QVERIFY(!recorded.isEmpty());
        fixture.server.override = [&recorded](const SeenRequest &request) -> std::optional<FakeResponse> {
            if (QUrlQuery(request.url).hasQueryItem(u"cursor"_s))
                return FakeResponse::json(200, R"({"items":[],"is_paginated":true,"pagination":{"next_cursor":null}})");
            return FakeResponse::json(200, recorded);
        };
        fixture.model.reload();
        QVERIFY(settle(fixture.model));
        QCOMPARE(fixture.model.rowCount(), 2);
        QCOMPARE(cell(fixture.model, 0, OutboxModel::RecipientColumn), u"unknown@dummy.dev"_s);
        QCOMPARE(cell(fixture.model, 0, OutboxModel::SubjectColumn), u"Template rendering failed - Review"_s);
        QCOMPARE(cell(fixture.model, 0, OutboxModel::StatusColumn), u"Server error"_s);
        QCOMPARE(fixture.model.index(0, 0).data(OutboxModel::SimpleStatusRole).toString(), u"error"_s);
        QCOMPARE(cell(fixture.model, 1, OutboxModel::StatusColumn), u"Sent"_s);
        QCOMPARE(fixture.model.index(1, 0).data(OutboxModel::SimpleStatusRole).toString(), u"ok"_s);
        QCOMPARE(fixture.model.index(0, OutboxModel::CreatedColumn).data(OutboxModel::RawValueRole).toLongLong(),
                 1715169900000LL);
        QCOMPARE(cell(fixture.model, 0, OutboxModel::CreatedColumn),
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(1715169900000LL).toLocalTime(), QLocale::ShortFormat));
        QVERIFY(fixture.model.rowAt(0)->isEditable());  // server-error: can be retried
        QVERIFY(!fixture.model.rowAt(1)->isEditable()); // sent

        QCOMPARE(fixture.model.fetchState(), State::CanFetchMore);
        fixture.model.fetchMore({});
        QVERIFY(settle(fixture.model));
        const auto queries = fixture.server.listQueries();
        QCOMPARE(queries.size(), 2);
        QCOMPARE(queries.at(1).queryItemValue(u"cursor"_s), u"b7e31f58-cfd7-46cd-920f-d7616ad66bed"_s);
        QCOMPARE(fixture.model.fetchState(), State::Finished);
    }

    void pagesThroughToTheEnd()
    {
        Fixture fixture;
        fixture.server.emails = sampleEmails(130);
        fixture.model.reload();
        QVERIFY(loadAll(fixture.model));
        QCOMPARE(fixture.model.rowCount(), 130);
        QCOMPARE(fixture.model.fetchState(), State::Finished);
        const auto queries = fixture.server.listQueries();
        QCOMPARE(queries.size(), 2);
        QCOMPARE(queries.at(0).queryItemValue(u"limit"_s), u"50"_s);
        QVERIFY(!queries.at(0).hasQueryItem(u"cursor"_s));
        QCOMPARE(queries.at(1).queryItemValue(u"limit"_s), u"100"_s);
        QCOMPARE(queries.at(1).queryItemValue(u"cursor"_s), u"e050"_s);
        QStringList ids;
        for (int row = 0; row < fixture.model.rowCount(); ++row)
            ids << fixture.model.index(row, 0).data(OutboxModel::EmailIdRole).toString();
        QCOMPARE(ids.first(), u"e000"_s);
        QCOMPARE(ids.last(), u"e129"_s);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 130);
    }

    void filtersGoToTheServer()
    {
        Fixture fixture;
        fixture.server.emails = sampleEmails(30);
        fixture.model.reload();
        QVERIFY(settle(fixture.model));
        QCOMPARE(fixture.model.rowCount(), 30);

        fixture.model.setFilter({u"error"_s, QString(), QString()});
        QVERIFY(settle(fixture.model));
        QCOMPARE(fixture.model.rowCount(), 10);
        QCOMPARE(fixture.server.listQueries().last().queryItemValue(u"simple_status"_s), u"error"_s);
        for (int row = 0; row < fixture.model.rowCount(); ++row)
            QCOMPARE(cell(fixture.model, row, OutboxModel::StatusColumn), u"Server error"_s);

        fixture.model.setFilter({QString(), u"sent"_s, u"user-1"_s});
        QVERIFY(settle(fixture.model));
        const QUrlQuery last = fixture.server.listQueries().last();
        QCOMPARE(last.queryItemValue(u"status"_s), u"sent"_s);
        QCOMPARE(last.queryItemValue(u"user_id"_s), u"user-1"_s);
        QVERIFY(!last.hasQueryItem(u"simple_status"_s));
        QVERIFY(fixture.model.rowCount() > 0);
        for (int row = 0; row < fixture.model.rowCount(); ++row) {
            QCOMPARE(cell(fixture.model, row, OutboxModel::StatusColumn), u"Sent"_s);
            QCOMPARE(fixture.model.rowAt(row)->recipientUserId, u"user-1"_s);
        }

        // The same filter again asks nothing.
        const qsizetype asked = fixture.server.listQueries().size();
        fixture.model.setFilter({QString(), u"sent"_s, u"user-1"_s});
        QCOMPARE(fixture.server.listQueries().size(), asked);
    }

    void answersForAnOldFilterAreDropped()
    {
        Fixture fixture;
        fixture.server.emails = sampleEmails(30);
        // The answer for "error" comes late; "ok" is asked meanwhile and answered first.
        fixture.server.override = [&fixture](const SeenRequest &request) -> std::optional<FakeResponse> {
            if (QUrlQuery(request.url).queryItemValue(u"simple_status"_s) != u"error")
                return std::nullopt;
            const auto scripted = std::exchange(fixture.server.override, nullptr);
            FakeResponse slow = fixture.server.answer(request);
            fixture.server.override = scripted;
            slow.delayMs = 300;
            return slow;
        };
        fixture.model.setFilter({u"error"_s, QString(), QString()});
        QTest::qWait(20);
        fixture.model.setFilter({u"ok"_s, QString(), QString()});
        QVERIFY(settle(fixture.model));
        QTest::qWait(400); // the late answer arrives (or is aborted) and must change nothing
        QCOMPARE(fixture.model.rowCount(), 10);
        for (int row = 0; row < fixture.model.rowCount(); ++row)
            QCOMPARE(fixture.model.index(row, 0).data(OutboxModel::SimpleStatusRole).toString(), u"ok"_s);
    }

    void changedEmailReplacesItsRow()
    {
        Fixture fixture;
        fixture.server.emails = sampleEmails(6);
        fixture.model.reload();
        QVERIFY(settle(fixture.model));
        QCOMPARE(cell(fixture.model, 2, OutboxModel::StatusColumn), u"Scheduled"_s);

        auto *job = fixture.client->send(api::emails::updateOutboxEmail(fixture.server.scope(), u"e002"_s, {true, false, {}}));
        QSignalSpy finished(job, &api::ApiJob::finished);
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY(job->succeeded());
        DataChangedRecorder changes(&fixture.model);
        QSignalSpy reset(&fixture.model, &QAbstractItemModel::modelReset);
        QVERIFY(fixture.model.replaceRow(job->value()));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(fixture.model.rowCount(), 6);
        QCOMPARE(cell(fixture.model, 2, OutboxModel::StatusColumn), u"Paused"_s);
        QVERIFY(fixture.model.index(2, 0).data(OutboxModel::IsPausedRole).toBool());
        QCOMPARE(changes.ranges, (QList<ChangedRange>{{2, 2, 0, OutboxModel::ColumnCount - 1}}));
        QCOMPARE(fixture.server.patches().size(), 1);
        QCOMPARE(fixture.server.patches().first().second, (QJsonObject{{u"is_paused"_s, true}}));

        api::OutboxEmail unknown = job->value();
        unknown.id = u"not-loaded"_s;
        QVERIFY(!fixture.model.replaceRow(unknown));
    }

    void recipientsAreNamedWhenKnown()
    {
        Fixture fixture;
        fixture.server.emails = sampleEmails(4); // rows 1 and 3 go to users
        fixture.model.reload();
        QVERIFY(settle(fixture.model));
        QCOMPARE(cell(fixture.model, 0, OutboxModel::RecipientColumn), u"someone@example.com"_s);
        QCOMPARE(cell(fixture.model, 1, OutboxModel::RecipientColumn), u"User user-1"_s);
        QCOMPARE(fixture.model.unnamedUserIds(0, 3), (QStringList{u"user-1"_s, u"user-3"_s}));
        QCOMPARE(fixture.model.unnamedUserIds(0, 0), QStringList());
        DataChangedRecorder changes(&fixture.model);
        fixture.model.setUserName(u"user-1"_s, u"Ada Lovelace"_s);
        QCOMPARE(cell(fixture.model, 1, OutboxModel::RecipientColumn), u"Ada Lovelace"_s);
        QVERIFY(cell(fixture.model, 1, OutboxModel::RecipientColumn, Qt::ToolTipRole).contains(u"user-1"_s));
        QCOMPARE(changes.ranges, (QList<ChangedRange>{{1, 1, OutboxModel::RecipientColumn, OutboxModel::RecipientColumn}}));
        QCOMPARE(fixture.model.unnamedUserIds(0, 3), QStringList{u"user-3"_s});
    }

    void statusTexts()
    {
        QCOMPARE(OutboxModel::statuses().size(), 15);
        QCOMPARE(OutboxModel::statusesOf(u"error"_s), (QStringList{u"render-error"_s, u"server-error"_s, u"bounced"_s}));
        QCOMPARE(OutboxModel::statusesOf(u"in-progress"_s),
                 (QStringList{u"paused"_s, u"preparing"_s, u"rendering"_s, u"scheduled"_s, u"queued"_s, u"sending"_s}));
        QCOMPARE(OutboxModel::statusesOf(QString()), OutboxModel::statuses());
        for (const QString &status : OutboxModel::statuses()) {
            QCOMPARE(OutboxModel::simpleStatusOf(status), FakeOutboxServer::simpleStatusOf(status));
            QVERIFY2(OutboxModel::statusText(status) != status, qPrintable(status));
            QVERIFY2(!OutboxModel::statusDescription(status).isEmpty(), qPrintable(status));
        }
        QCOMPARE(OutboxModel::statusText(u"marked-as-spam"_s), u"Marked as spam"_s);
        QCOMPARE(OutboxModel::statusText(u"future-status"_s), u"future-status"_s);
        QCOMPARE(OutboxModel::simpleStatusText(u"ok"_s), u"Delivered"_s);
        QCOMPARE(OutboxModel::simpleStatusText(u"error"_s), u"Failed"_s);
        QCOMPARE(OutboxModel::simpleStatusText(u"in-progress"_s), u"In progress"_s);
        QCOMPARE(OutboxModel::skippedReasonText(u"MANUALLY_CANCELLED"_s), u"Cancelled by an administrator"_s);
        QCOMPARE(OutboxModel::skippedReasonText(u"UNKNOWN"_s), u"No reason given"_s);
        QCOMPARE(OutboxModel::skippedReasonText(u"SOME_NEW_REASON"_s), u"Some new reason"_s);

        api::OutboxEmail email;
        email.recipientEmails = {u"a@example.com"_s, u"b@example.com"_s, u"c@example.com"_s};
        QCOMPARE(OutboxModel::recipientText(email), u"a@example.com and 2 more"_s);
    }

    void deliveryFigures()
    {
        models::DeliveryStatsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        // Fixture 44: nothing sent, so no rates.
        model.setInfo(api::parseJson<api::DeliveryInfo>(fixtureBody(u"44-emails-delivery-info"_s)));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(cell(model, 0, models::DeliveryStatsModel::WindowColumn), u"Last hour"_s);
        QCOMPARE(cell(model, 3, models::DeliveryStatsModel::WindowColumn), u"Last month"_s);
        QCOMPARE(cell(model, 1, models::DeliveryStatsModel::SentColumn), u"0"_s);
        QCOMPARE(cell(model, 1, models::DeliveryStatsModel::BounceRateColumn), u"—"_s);
        QVERIFY(!model.index(1, models::DeliveryStatsModel::BounceRateColumn).data(models::DeliveryStatsModel::RawValueRole).isValid());
        QCOMPARE(models::DeliveryStatsModel::capacityText(model.info()->ratePerSecond, QLocale()),
                 u"27.8 emails per second (100,000 per hour)"_s);

        model.setInfo(api::parseJson<api::DeliveryInfo>(
            QJsonDocument(FakeOutboxServer::defaultDeliveryInfo()).toJson(QJsonDocument::Compact)));
        QCOMPARE(cell(model, 3, models::DeliveryStatsModel::SentColumn), u"6,000"_s);
        QCOMPARE(cell(model, 3, models::DeliveryStatsModel::BouncedColumn), u"90"_s);
        QCOMPARE(cell(model, 3, models::DeliveryStatsModel::SpamColumn), u"9"_s);
        QCOMPARE(cell(model, 3, models::DeliveryStatsModel::BounceRateColumn), u"1.5 %"_s);
        QCOMPARE(cell(model, 3, models::DeliveryStatsModel::SpamRateColumn), u"0.1 %"_s);
        QCOMPARE(cell(model, 0, models::DeliveryStatsModel::BounceRateColumn), u"8.3 %"_s);
        QCOMPARE(cell(model, 0, models::DeliveryStatsModel::SpamRateColumn), u"0 %"_s);
        QCOMPARE(model.index(2, models::DeliveryStatsModel::BounceRateColumn).data(models::DeliveryStatsModel::RawValueRole).toDouble(),
                 0.02);
        QCOMPARE(model.counts(models::DeliveryStatsModel::DayRow).sent, 240);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void boostAndPenaltyTexts()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        api::DeliveryInfo info;
        QCOMPARE(models::DeliveryStatsModel::boostText(info, english), QString()); // no boost: nothing to say
        QCOMPARE(models::DeliveryStatsModel::penaltyText(1.0, english), QString());

        info.boostActive = true;
        info.boostMultiplier = 4;
        QCOMPARE(models::DeliveryStatsModel::boostText(info, english), u"Boost ×4 active"_s);
        const QDateTime now = QDateTime::currentDateTime();
        const QDateTime later = QDateTime(now.date(), QTime(23, 59)).toUTC();
        info.boostExpiresAt = later;
        QCOMPARE(models::DeliveryStatsModel::boostText(info, english, now),
                 u"Boost ×4 active until %1"_s.arg(english.toString(QTime(23, 59), QLocale::ShortFormat)));
        // Ending on another day: the date too.
        info.boostExpiresAt = later.addDays(1);
        QCOMPARE(models::DeliveryStatsModel::boostText(info, english, now),
                 u"Boost ×4 active until %1"_s.arg(english.toString(later.addDays(1).toLocalTime(), QLocale::ShortFormat)));
        info.boostActive = false; // ended: the multiplier and the date are left over
        QCOMPARE(models::DeliveryStatsModel::boostText(info, english, now), QString());

        QCOMPARE(models::DeliveryStatsModel::penaltyText(0.45, english),
                 u"Slowed to 45 % of the usual rate: too many recent emails bounced or were marked as spam."_s);
        QCOMPARE(models::DeliveryStatsModel::penaltyText(0.1, english).left(14), u"Slowed to 10 %"_s);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestOutboxModel)
#include "tst_OutboxModel.moc"
