// ThreadModel: the roles of each kind of message, sender labels with their fallbacks, and
// merging by id — appended messages are inserted (never a reset once filled), changed ones
// updated in place, removed ones removed — all under QAbstractItemModelTester.

#include "support/ThreadModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using models::ThreadModel;
using Kind = api::ConversationMessage::Kind;

namespace {

api::ConversationMessage message(const QString &id, const QString &type, const QString &senderType,
                                 const QString &body, qint64 at)
{
    api::ConversationMessage m;
    m.id = id;
    m.messageType = type;
    m.sender.type = senderType;
    m.body = body;
    m.createdAtMillis = at;
    return m;
}

api::ConversationMessage customer(const QString &id, const QString &body, qint64 at = 1000)
{
    auto m = message(id, u"message"_s, u"user"_s, body, at);
    m.sender.displayName = u"Ada Customer"_s;
    return m;
}

api::ConversationMessage agent(const QString &id, const QString &body, qint64 at = 2000)
{
    auto m = message(id, u"message"_s, u"agent"_s, body, at);
    m.sender.primaryEmail = u"priya@example.com"_s;
    return m;
}

QStringList idsOf(const ThreadModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row).data(ThreadModel::MessageIdRole).toString();
    return ids;
}

} // namespace

class TestThreadModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rolesOfEachKind()
    {
        ThreadModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto status = message(u"s"_s, u"status-change"_s, u"agent"_s, QString(), 3000);
        status.sender.displayName = u"Priya"_s;
        status.newStatus = u"closed"_s;
        model.setMessages({customer(u"c"_s, u"Help, I cannot sign in"_s), agent(u"a"_s, u"Try again"_s),
                           message(u"n"_s, u"internal-note"_s, u"agent"_s, u"VIP customer"_s, 2500), status});
        QCOMPARE(model.rowCount(), 4);

        const QModelIndex c = model.index(0);
        QCOMPARE(c.data(ThreadModel::KindRole).toInt(), int(Kind::CustomerMessage));
        QCOMPARE(c.data(ThreadModel::SenderLabelRole).toString(), u"Ada Customer"_s);
        QCOMPARE(c.data(ThreadModel::BodyRole).toString(), u"Help, I cannot sign in"_s);
        QCOMPARE(c.data(ThreadModel::CreatedAtRole).toLongLong(), 1000);
        QCOMPARE(c.data(Qt::DisplayRole).toString(), u"Help, I cannot sign in"_s);

        const QModelIndex a = model.index(1);
        QCOMPARE(a.data(ThreadModel::KindRole).toInt(), int(Kind::AgentReply));
        QCOMPARE(a.data(ThreadModel::SenderLabelRole).toString(), u"priya@example.com"_s); // no display name

        const QModelIndex n = model.index(2);
        QCOMPARE(n.data(ThreadModel::KindRole).toInt(), int(Kind::InternalNote));
        QCOMPARE(n.data(ThreadModel::SenderLabelRole).toString(), u"Support"_s); // neither name nor email

        const QModelIndex s = model.index(3);
        QCOMPARE(s.data(ThreadModel::KindRole).toInt(), int(Kind::StatusChange));
        QCOMPARE(s.data(ThreadModel::NewStatusRole).toString(), u"closed"_s);
        QCOMPARE(s.data(Qt::DisplayRole).toString(), u"Priya closed the conversation"_s);
    }

    void senderLabelFallbacks()
    {
        QCOMPARE(ThreadModel::senderLabel(message(u"1"_s, u"message"_s, u"user"_s, {}, 0)), u"Customer"_s);
        QCOMPARE(ThreadModel::senderLabel(message(u"1"_s, u"message"_s, u"agent"_s, {}, 0)), u"Support"_s);
        QCOMPARE(ThreadModel::senderLabel(message(u"1"_s, u"message"_s, u"system"_s, {}, 0)), u"System"_s);
        auto both = message(u"1"_s, u"message"_s, u"user"_s, {}, 0);
        both.sender.displayName = u"Name"_s;
        both.sender.primaryEmail = u"mail@example.com"_s;
        QCOMPARE(ThreadModel::senderLabel(both), u"Name"_s);

        auto reopened = message(u"1"_s, u"status-change"_s, u"agent"_s, {}, 0);
        reopened.newStatus = u"open"_s;
        QCOMPARE(ThreadModel::statusChangeText(reopened), u"Support reopened the conversation"_s);
        reopened.newStatus = u"pending"_s;
        QCOMPARE(ThreadModel::statusChangeText(reopened), u"Support set the conversation to waiting on the user"_s);
    }

    void appendedMessagesAreInsertedWithoutReset()
    {
        ThreadModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMessages({customer(u"1"_s, u"first"_s), agent(u"2"_s, u"second"_s)});

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // The same thread again: nothing happens.
        model.setMessages({customer(u"1"_s, u"first"_s), agent(u"2"_s, u"second"_s)});
        QCOMPARE(resets.size() + inserted.size() + changed.size() + removed.size(), 0);

        model.setMessages({customer(u"1"_s, u"first"_s), agent(u"2"_s, u"second"_s), customer(u"3"_s, u"third"_s, 3000),
                           message(u"4"_s, u"internal-note"_s, u"agent"_s, u"fourth"_s, 4000)});
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(0).at(1).toInt(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 3);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(idsOf(model), (QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s}));
    }

    void changedMessagesAreUpdatedInPlaceAndGoneOnesRemoved()
    {
        ThreadModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMessages({customer(u"1"_s, u"first"_s), agent(u"2"_s, u"second"_s), customer(u"3"_s, u"third"_s)});

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setMessages({customer(u"1"_s, u"first (edited)"_s), customer(u"3"_s, u"third"_s)});
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(model.index(0).data(ThreadModel::BodyRole).toString(), u"first (edited)"_s);
        QCOMPARE(idsOf(model), (QStringList{u"1"_s, u"3"_s}));
    }

    void insertsInTheMiddleAndMovesOutOfOrderRows()
    {
        ThreadModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMessages({customer(u"1"_s, u"a"_s), customer(u"3"_s, u"c"_s)});
        model.setMessages({customer(u"1"_s, u"a"_s), customer(u"2"_s, u"b"_s), customer(u"3"_s, u"c"_s)});
        QCOMPARE(idsOf(model), (QStringList{u"1"_s, u"2"_s, u"3"_s}));

        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        model.setMessages({customer(u"3"_s, u"c"_s), customer(u"1"_s, u"a"_s), customer(u"2"_s, u"b"_s)});
        QCOMPARE(idsOf(model), (QStringList{u"3"_s, u"1"_s, u"2"_s}));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(model.rowOf(u"2"_s), 2);
        QCOMPARE(model.rowOf(u"nope"_s), -1);
    }

    void clearEmpties()
    {
        ThreadModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMessages({customer(u"1"_s, u"a"_s)});
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.setMessages({});
        QCOMPARE(model.rowCount(), 0);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestThreadModel)
#include "tst_ThreadModel.moc"
