// Which Outbox emails a send queued (SentEmailsOutboxCheck): this draft's emails created since the
// send, allowing for clock skew, and whether a "scheduled" email was in fact sent at once.

#include "emails/SentEmailsOutboxCheck.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::SentEmailsOutboxCheck;

constexpr qint64 sentAt = 1'700'000'000'000;

api::OutboxEmail outboxEmail(const QString &id, const QString &draftId, const QString &userId, qint64 createdAt)
{
    api::OutboxEmail email;
    email.id = id;
    email.emailDraftId = draftId;
    email.recipientUserId = userId;
    email.createdAtMillis = createdAt;
    return email;
}

QStringList idsOf(const QList<api::OutboxEmail> &emails)
{
    QStringList ids;
    for (const api::OutboxEmail &email : emails)
        ids << email.id;
    return ids;
}

} // namespace

class TestSentEmailsOutboxCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsThisDraftsEmailsSinceTheSendNewestFirst()
    {
        const SentEmailsOutboxCheck check(u"draft-1"_s, u"user-1"_s, sentAt);
        const QList<api::OutboxEmail> outbox{
            outboxEmail(u"newest"_s, u"draft-1"_s, u"user-1"_s, sentAt + 2'000),
            outboxEmail(u"other-draft"_s, u"draft-2"_s, u"user-1"_s, sentAt + 1'000),
            outboxEmail(u"someone-else"_s, u"draft-1"_s, u"user-2"_s, sentAt + 500),
            outboxEmail(u"skewed"_s, u"draft-1"_s, u"user-1"_s, sentAt - SentEmailsOutboxCheck::clockSkewMillis),
            outboxEmail(u"earlier-send"_s, u"draft-1"_s, u"user-1"_s,
                        sentAt - SentEmailsOutboxCheck::clockSkewMillis - 1),
        };
        QCOMPARE(idsOf(check.queuedBySend(outbox)), (QStringList{u"newest"_s, u"someone-else"_s, u"skewed"_s}));
    }

    void withoutDraftIdMatchesTheRecipient()
    {
        const SentEmailsOutboxCheck check(u"draft-1"_s, u"user-1"_s, sentAt);
        const QList<api::OutboxEmail> outbox{
            outboxEmail(u"mine"_s, QString(), u"user-1"_s, sentAt),
            outboxEmail(u"theirs"_s, QString(), u"user-2"_s, sentAt),
        };
        QCOMPARE(idsOf(check.queuedBySend(outbox)), QStringList{u"mine"_s});

        const SentEmailsOutboxCheck nobody(u"draft-1"_s, QString(), sentAt);
        QVERIFY(nobody.queuedBySend({outboxEmail(u"anon"_s, QString(), QString(), sentAt)}).isEmpty());
    }

    void scheduledAtCreationMeansSentAtOnce()
    {
        api::OutboxEmail email = outboxEmail(u"e"_s, u"draft-1"_s, u"user-1"_s, sentAt);
        QVERIFY(SentEmailsOutboxCheck::wasSentAtOnce(email));
        email.scheduledAtMillis = sentAt + SentEmailsOutboxCheck::sentAtOnceMillis;
        QVERIFY(SentEmailsOutboxCheck::wasSentAtOnce(email));
        email.scheduledAtMillis = sentAt + SentEmailsOutboxCheck::sentAtOnceMillis + 1;
        QVERIFY(!SentEmailsOutboxCheck::wasSentAtOnce(email));
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestSentEmailsOutboxCheck)
#include "tst_SentEmailsOutboxCheck.moc"
