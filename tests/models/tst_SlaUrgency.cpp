// SLA urgency as the web dashboard computes it (support-facts §7): overdue at or past the due
// time; urgent within min(25 % of the window, 15 min); warning within min(50 %, 60 min); the due
// that applies (first response until answered, then the next one); and the texts.

#include "support/SlaUrgency.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using models::SlaUrgency;

namespace {
constexpr qint64 minute = 60'000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 now = 1'800'000'000'000;
} // namespace

class TestSlaUrgency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urgency_data()
    {
        QTest::addColumn<qint64>("remaining");
        QTest::addColumn<qint64>("window"); // 0: no window start
        QTest::addColumn<SlaUrgency>("expected");
        // Without a window: 15 and 60 minutes.
        QTest::newRow("overdue") << -minute << qint64(0) << SlaUrgency::Overdue;
        QTest::newRow("due exactly now") << qint64(0) << qint64(0) << SlaUrgency::Overdue;
        QTest::newRow("1 ms left") << qint64(1) << qint64(0) << SlaUrgency::Urgent;
        QTest::newRow("15 min") << 15 * minute << qint64(0) << SlaUrgency::Urgent;
        QTest::newRow("15 min + 1 ms") << 15 * minute + 1 << qint64(0) << SlaUrgency::Warning;
        QTest::newRow("60 min") << 60 * minute << qint64(0) << SlaUrgency::Warning;
        QTest::newRow("61 min") << 61 * minute << qint64(0) << SlaUrgency::Ok;
        // A 60-minute window: urgent ≤ 15 min (25 %), warning ≤ 30 min (50 %).
        QTest::newRow("60 min window, 16 min") << 16 * minute << 60 * minute << SlaUrgency::Warning;
        QTest::newRow("60 min window, 30 min") << 30 * minute << 60 * minute << SlaUrgency::Warning;
        QTest::newRow("60 min window, 31 min") << 31 * minute << 60 * minute << SlaUrgency::Ok;
        // A 20-minute window: urgent ≤ 5 min, warning ≤ 10 min.
        QTest::newRow("20 min window, 5 min") << 5 * minute << 20 * minute << SlaUrgency::Urgent;
        QTest::newRow("20 min window, 6 min") << 6 * minute << 20 * minute << SlaUrgency::Warning;
        QTest::newRow("20 min window, 11 min") << 11 * minute << 20 * minute << SlaUrgency::Ok;
        // A 4-hour window: the caps apply (15 and 60 minutes).
        QTest::newRow("4 h window, 15 min") << 15 * minute << 4 * hour << SlaUrgency::Urgent;
        QTest::newRow("4 h window, 59 min") << 59 * minute << 4 * hour << SlaUrgency::Warning;
        QTest::newRow("4 h window, 2 h") << 2 * hour << 4 * hour << SlaUrgency::Ok;
        QTest::newRow("4 h window, overdue") << -hour << 4 * hour << SlaUrgency::Overdue;
    }

    void urgency()
    {
        QFETCH(qint64, remaining);
        QFETCH(qint64, window);
        QFETCH(SlaUrgency, expected);
        const qint64 due = now + remaining;
        const std::optional<qint64> start = window ? std::optional<qint64>(due - window) : std::nullopt;
        QCOMPARE(models::computeSlaUrgency(due, now, start), expected);
    }

    void texts_data()
    {
        QTest::addColumn<qint64>("remaining");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shortText");
        QTest::newRow("12 min") << 12 * minute << u"due in 12 min"_s << u"Due in 12 min"_s;
        QTest::newRow("under a minute") << qint64(20'000) << u"due in 1 min"_s << u"Due in 1 min"_s;
        QTest::newRow("40 min") << 40 * minute + 30'000 << u"due in 40 min"_s << u"Due in 40 min"_s;
        QTest::newRow("3 h") << 3 * hour + 10 * minute << u"due in 3 h"_s << u"Due in 3 h"_s;
        QTest::newRow("overdue 2 h") << -(2 * hour + 5 * minute) << u"overdue by 2 h"_s << u"Overdue 2 h"_s;
        QTest::newRow("overdue now") << qint64(0) << u"overdue by 1 min"_s << u"Overdue 1 min"_s;
        QTest::newRow("overdue 3 days") << -(3 * 24 * hour + hour) << u"overdue by 3 d"_s << u"Overdue 3 d"_s;
    }

    void texts()
    {
        QFETCH(qint64, remaining);
        QFETCH(QString, text);
        QFETCH(QString, shortText);
        QCOMPARE(models::slaDueText(now + remaining, now), text);
        QCOMPARE(models::slaDueShortText(now + remaining, now), shortText);
    }

    void dueThatApplies()
    {
        api::ConversationSummary summary;
        summary.status = u"open"_s;
        summary.createdAtMillis = now - 50 * minute;
        QCOMPARE(models::slaDueOf(summary, now).urgency, SlaUrgency::None);

        // First response due 60 min after creation, not answered: 10 min left of 60 → urgent.
        summary.metadata.firstResponseDueAtMillis = now + 10 * minute;
        models::SlaDue due = models::slaDueOf(summary, now);
        QCOMPARE(due.dueAtMillis, std::optional<qint64>(now + 10 * minute));
        QCOMPARE(due.windowStartedAtMillis, summary.createdAtMillis);
        QCOMPARE(due.urgency, SlaUrgency::Urgent);

        // Answered: the first response no longer counts; no next one due.
        summary.metadata.firstResponseAtMillis = now - 5 * minute;
        QCOMPARE(models::slaDueOf(summary, now).urgency, SlaUrgency::None);

        // The customer wrote again: next response due, window from that message.
        summary.metadata.lastCustomerReplyAtMillis = now - 5 * hour;
        summary.metadata.nextResponseDueAtMillis = now - hour;
        due = models::slaDueOf(summary, now);
        QCOMPARE(due.urgency, SlaUrgency::Overdue);
        QCOMPARE(due.windowStartedAtMillis, summary.metadata.lastCustomerReplyAtMillis);

        QCOMPARE(due.dueAtMillis, summary.responseDueAtMillis());

        // Resolved conversations have nothing due.
        summary.status = u"closed"_s;
        QCOMPARE(models::slaDueOf(summary, now).urgency, SlaUrgency::None);
        QVERIFY(!models::slaDueOf(summary, now).dueAtMillis);
    }

    // slaDueOf takes "which response is due" from ConversationSummary::responseDueAtMillis() and
    // adds only the window start.
    void dueAgreesWithTheSummary_data()
    {
        QTest::addColumn<std::optional<qint64>>("firstDue");
        QTest::addColumn<std::optional<qint64>>("firstAt");
        QTest::addColumn<std::optional<qint64>>("nextDue");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("windowFromCreation");
        const std::optional<qint64> none;
        QTest::newRow("first owed") << std::optional(now + hour) << none << none << u"open"_s << true;
        QTest::newRow("first owed, next set too") << std::optional(now + hour) << none << std::optional(now + 2 * hour)
                                                  << u"pending"_s << true;
        QTest::newRow("first answered, next owed") << std::optional(now - hour) << std::optional(now - 2 * hour)
                                                   << std::optional(now + 3 * hour) << u"open"_s << false;
        QTest::newRow("no first due, next owed") << none << none << std::optional(now + 3 * hour) << u"open"_s << false;
        QTest::newRow("nothing due") << none << none << none << u"open"_s << false;
        QTest::newRow("closed") << std::optional(now + hour) << none << none << u"closed"_s << false;
    }

    void dueAgreesWithTheSummary()
    {
        QFETCH(std::optional<qint64>, firstDue);
        QFETCH(std::optional<qint64>, firstAt);
        QFETCH(std::optional<qint64>, nextDue);
        QFETCH(QString, status);
        QFETCH(bool, windowFromCreation);
        api::ConversationSummary summary;
        summary.status = status;
        summary.createdAtMillis = now - 10 * hour;
        summary.metadata.firstResponseDueAtMillis = firstDue;
        summary.metadata.firstResponseAtMillis = firstAt;
        summary.metadata.nextResponseDueAtMillis = nextDue;
        summary.metadata.lastCustomerReplyAtMillis = now - hour;
        const models::SlaDue due = models::slaDueOf(summary, now);
        QCOMPARE(due.dueAtMillis, summary.responseDueAtMillis());
        QCOMPARE(due.urgency == SlaUrgency::None, !due.dueAtMillis.has_value());
        if (!due.dueAtMillis)
            return;
        QCOMPARE(due.windowStartedAtMillis,
                 windowFromCreation ? std::optional(summary.createdAtMillis) : summary.metadata.lastCustomerReplyAtMillis);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestSlaUrgency)
#include "tst_SlaUrgency.moc"
