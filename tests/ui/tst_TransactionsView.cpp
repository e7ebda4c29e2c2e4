// TransactionsView clicked through like a person would, on a connection to the TestServer whose
// payments requests are answered by a scripted ledger (FakeLedgerServer): loading when shown,
// the type and customer filters (sent to the server; an empty result offering "Show all"),
// selecting a row to see every entry (ids, amounts, JSON) and following "adjusted by" links,
// why Refund is disabled, a refund from the dialog (confirmation naming the customer and the
// total; the purchase then shows Refunded and the refund appears), refusals before sending (more
// than charged, negative, not a number, nothing, non-USD), server errors shown in the dialog and
// in the list's banner (Retry), CSV export of the loaded rows and of everything (progress,
// Cancel), and light and dark screenshots.

#include "../models/FakeLedgerServer.h"
#include "UserViewTestHelpers.h"

#include "pages/payments/ledger/RefundDialog.h"
#include "pages/payments/ledger/TransactionDetailPane.h"
#include "pages/payments/ledger/TransactionsView.h"
#include "payments/MoneyText.h"
#include "payments/TransactionsModel.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"

#include <QClipboard>
#include <QDateTime>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QComboBox>
#include <QMenu>
#include <QSignalSpy>
#include <QToolButton>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::TransactionsModel;
using ui::FieldMessage;

// Payments requests go to the scripted ledger; everything else (opening the session) to the
// TestServer.
class LedgerNetwork : public FakeNetworkAccessManager
{
public:
    bool scripted = true; // false: the TestServer answers payments requests too

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        if (scripted && request.url().path().contains(u"/internal/payments/"_s))
            return FakeNetworkAccessManager::createRequest(op, request, outgoingData);
        return QNetworkAccessManager::createRequest(op, request, outgoingData); // NOLINT(bugprone-parent-virtual-call)
    }
};

const QString kTeam = u"504a8761-e3c5-4469-8f90-66092080f752"_s;

// A small ledger, newest first: a renewal; a refundable subscription purchase ($129); a refunded
// one-time purchase and its refund; a test-mode purchase; a purchase without a price; a discounted
// purchase of 2 × $100 charged $150; a purchase priced in euros; an item change.
QJsonArray sampleLedger()
{
    QJsonArray rows;
    rows.append(FakeLedgerServer::renewal(u"renewal-1"_s, 1'795'900'000'000, u"team"_s, kTeam, u"3225"_s));
    FakePurchase pro;
    pro.id = u"purchase-pro"_s;
    pro.millis = 1'795'800'000'000;
    rows.append(FakeLedgerServer::purchase(pro));
    rows.append(FakeLedgerServer::transaction(
        u"purchase-old:refund"_s, 1'795'700'000'000, u"refund"_s,
        {QJsonObject{{u"type"_s, u"product_revocation"_s}, {u"adjusted_transaction_id"_s, u"purchase-old"_s},
                     {u"adjusted_entry_index"_s, 0}, {u"quantity"_s, 1}},
         FakeLedgerServer::moneyTransfer(u"user"_s, pro.customerId, u"USD"_s, u"-39.00"_s)}));
    FakePurchase old = pro;
    old.id = u"purchase-old"_s;
    old.millis = 1'795'600'000'000;
    old.subscription = false;
    old.productName = u"Credit pack"_s;
    old.unitPrice = old.charged = u"39"_s;
    QJsonObject oldJson = FakeLedgerServer::purchase(old);
    oldJson.insert(u"adjusted_by"_s, QJsonArray{QJsonObject{{u"transaction_id"_s, u"purchase-old:refund"_s}, {u"entry_index"_s, 0}}});
    rows.append(oldJson);
    FakePurchase test = pro;
    test.id = u"purchase-test"_s;
    test.millis = 1'795'500'000'000;
    test.testMode = true;
    test.charged.clear();
    rows.append(FakeLedgerServer::purchase(test));
    FakePurchase granted = pro;
    granted.id = u"purchase-granted"_s;
    granted.millis = 1'795'400'000'000;
    granted.priceId.clear();
    granted.charged.clear();
    rows.append(FakeLedgerServer::purchase(granted));
    FakePurchase seats = pro;
    seats.id = u"purchase-seats"_s;
    seats.millis = 1'795'300'000'000;
    seats.customerType = u"team"_s;
    seats.customerId = kTeam;
    seats.productName = u"Extra seats"_s;
    seats.quantity = 2;
    seats.unitPrice = u"100"_s;
    seats.charged = u"150"_s;
    rows.append(FakeLedgerServer::purchase(seats));
    FakePurchase euro = pro;
    euro.id = u"purchase-euro"_s;
    euro.millis = 1'795'200'000'000;
    euro.currency = u"EUR"_s;
    euro.unitPrice = euro.charged = u"9.5"_s;
    rows.append(FakeLedgerServer::purchase(euro));
    rows.append(FakeLedgerServer::itemChange(u"iqc-1"_s, 1'795'100'000'000, u"acme-42"_s, u"credits"_s, 500));
    return rows;
}

class LedgerFixture
{
public:
    enum class Ledger { Scripted, TestServer };

    explicit LedgerFixture(Ledger kind = Ledger::Scripted)
        : server(TestServer::start())
    {
        network.scripted = kind == Ledger::Scripted;
        ledger.transactions = sampleLedger();
        if (!server || server->projectId().isEmpty() || server->adminKey().isEmpty())
            return;
        session = openWithKey(workspace, server->apiRoot(), api::CredentialKind::AdminKey, server->projectId(),
                              server->adminKey());
        for (const api::Project &project : session->projects()) {
            if (project.id == server->projectId())
                context = {{session, project, &settings}, nullptr};
        }
    }

    bool isReady() const { return server && context.project.isValid(); }

    std::unique_ptr<TestServer> server;
    LedgerNetwork network;
    FakeLedgerServer ledger{&network};
    api::Workspace workspace{&network, nullptr, nullptr};
    api::ConnectionSession *session = nullptr;
    ui::AppSettings settings{nullptr};
    ui::PaymentsContext context;
};

#define REQUIRE_LEDGER(fixture)                                                                        \
    do {                                                                                               \
        QVERIFY2((fixture).server, "the emulator did not start");                                      \
        HEXCLAVE_REQUIRE(*(fixture).server, Needs::AdminKey);                                          \
        QVERIFY2((fixture).isReady(), (fixture).session ? qPrintable((fixture).session->lastError().describe()) \
                                                        : "no connection");                            \
    } while (false)

bool loaded(const ui::TransactionsView &view)
{
    return QTest::qWaitFor([&view] { return !view.model()->isLoading() && view.model()->fetchState() != TransactionsModel::FetchState::NotLoaded; },
                           kUiTimeoutMs);
}

int rowOf(const ui::TransactionsView &view, const QString &id)
{
    return view.model()->rowOf(id);
}

// Answers the question that opens next (a QMessageBox, also one in front of another modal
// dialog) with the button showing `buttonText`; `text` gets what it asked.
void answerQuestion(QObject *context, bool *done, const QString &buttonText, QString *text = nullptr)
{
    QTimer::singleShot(0, context, [done, buttonText, text] {
        QMessageBox *box = nullptr;
        const bool shown = QTest::qWaitFor(
            [&box] { return (box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) != nullptr; }, kUiTimeoutMs);
        if (!shown) {
            QTest::qFail("no question was asked", __FILE__, __LINE__);
        } else {
            if (text)
                *text = box->text() + u'\n' + box->informativeText();
            QPushButton *button = findButton<QPushButton>(box, buttonText);
            if (button)
                QTest::mouseClick(button, Qt::LeftButton);
            else
                QTest::qFail(qPrintable(u"no “%1” button in “%2”"_s.arg(buttonText, box->text())), __FILE__, __LINE__);
            if (box->isVisible())
                box->close();
        }
        *done = true;
    });
}

// Opens the refund dialog of the row `id` with the view's button and runs `body` on it.
bool withRefundDialog(QObject *context, ui::TransactionsView &view, const QString &id,
                      std::function<void(ui::RefundDialog *)> body)
{
    const int row = rowOf(view, id);
    if (row < 0)
        return false;
    clickCell(view.table(), row, TransactionsModel::TypeColumn);
    if (!view.refundButton()->isEnabled())
        return false;
    bool done = false;
    onNextModal<ui::RefundDialog>(context, &done, std::move(body));
    QTest::mouseClick(view.refundButton(), Qt::LeftButton);
    return QTest::qWaitFor([&done] { return done; }, 3 * kUiTimeoutMs);
}

void setAmount(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

// Loads page after page, as scrolling down does, until `found` or the end of the list.
bool loadUntil(ui::TransactionsView &view, const std::function<bool()> &found)
{
    for (int guard = 0; guard < 200; ++guard) {
        if (!loaded(view))
            return false;
        if (found())
            return true;
        if (!view.model()->canFetchMore({}))
            return false;
        view.table()->scrollToBottom();
        QCoreApplication::processEvents();
        if (!view.model()->isLoading())
            view.model()->fetchMore({});
    }
    return false;
}

// A purchase the view offers to refund, priced and charged in US dollars; -1 when none is loaded.
int refundableUsdRow(const TransactionsModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const api::Transaction *transaction = model.transactionAt(row);
        if (!TransactionsModel::refundBlocker(*transaction).isEmpty())
            continue;
        const api::TransactionEntry *money = transaction->moneyEntry();
        if (transaction->productGrant()->unitPrice.contains(u"USD"_s) && money && money->chargedAmount.contains(u"USD"_s))
            return row;
    }
    return -1;
}

int refundRequests(const emulator::Emulator &emulator)
{
    int count = 0;
    for (const emulator::RecordedRequest &request : emulator.recordedRequests())
        count += request.method == u"POST" && request.path.endsWith(u"/transactions/refund"_s) ? 1 : 0;
    return count;
}

} // namespace

class TestTransactionsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void loadsWhenShownAndFilters()
    {
        LedgerFixture fixture;
        REQUIRE_LEDGER(fixture);
        ui::TransactionsView view(fixture.context, nullptr);
        QCOMPARE(fixture.ledger.listQueries().size(), 0); // nothing before it is shown
        QVERIFY(showView(view, {1200, 640}));
        QVERIFY(loaded(view));
        QCOMPARE(view.model()->rowCount(), 9);
        QVERIFY(!view.emptyState()->isVisible());
        QCOMPARE(view.statusLabel()->text(), u"All 9 transactions"_s);
        QCOMPARE(view.table()->currentIndex().row(), 0); // the newest is shown at once
        QCOMPARE(view.detailPane()->idField()->text(), u"renewal-1"_s);

        // The type filter, with the keyboard: All types → Purchase.
        view.typeFilter()->setFocus();
        QTest::keyClick(view.typeFilter(), Qt::Key_Down);
        QCOMPARE(view.typeFilter()->currentText(), u"Purchase"_s);
        QVERIFY(loaded(view));
        QCOMPARE(fixture.ledger.listQueries().last().queryItemValue(u"type"_s), u"purchase"_s);
        QCOMPARE(view.model()->rowCount(), 6);
        for (int row = 0; row < view.model()->rowCount(); ++row)
            QCOMPARE(view.model()->index(row, TransactionsModel::TypeColumn).data().toString(), u"Purchase"_s);
        QCOMPARE(view.statusLabel()->text(), u"All 6 matching transactions"_s);

        // And teams only: one purchase.
        view.customerTypeFilter()->setFocus();
        QTest::keyClick(view.customerTypeFilter(), Qt::Key_Down);
        QTest::keyClick(view.customerTypeFilter(), Qt::Key_Down);
        QCOMPARE(view.customerTypeFilter()->currentText(), u"Teams"_s);
        QVERIFY(loaded(view));
        QCOMPARE(fixture.ledger.listQueries().last().queryItemValue(u"customer_type"_s), u"team"_s);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, 0).data(TransactionsModel::IdRole).toString(), u"purchase-seats"_s);

        // Chargebacks of teams: none; the empty list offers to show everything.
        view.typeFilter()->setFocus();
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(view.typeFilter(), Qt::Key_Down);
        QCOMPARE(view.typeFilter()->currentText(), u"Chargeback"_s);
        QVERIFY(loaded(view));
        QCOMPARE(view.model()->rowCount(), 0);
        QTRY_VERIFY(view.emptyState()->isVisible());
        QCOMPARE(view.emptyState()->text(), u"No transactions match these filters."_s);
        QTest::mouseClick(view.emptyState()->actionButton(), Qt::LeftButton);
        QVERIFY(loaded(view));
        QCOMPARE(view.typeFilter()->currentIndex(), 0);
        QCOMPARE(view.customerTypeFilter()->currentIndex(), 0);
        QCOMPARE(view.model()->rowCount(), 9);
        QVERIFY(!fixture.ledger.listQueries().last().hasQueryItem(u"type"_s));

        // F5 loads again.
        const qsizetype before = fixture.ledger.listQueries().size();
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_F5);
        QVERIFY(loaded(view));
        QCOMPARE(fixture.ledger.listQueries().size(), before + 1);
    }

    void selectionShowsEveryEntry()
    {
        LedgerFixture fixture;
        REQUIRE_LEDGER(fixture);
        ui::TransactionsView view(fixture.context, nullptr);
        QVERIFY(showView(view, {1200, 640}));
        QVERIFY(loaded(view));
        const TransactionsModel &model = *view.model();

        // Columns as a person reads them.
        const int pro = rowOf(view, u"purchase-pro"_s);
        QCOMPARE(model.index(pro, TransactionsModel::AmountColumn).data().toString(), u"$129.00"_s);
        QCOMPARE(model.index(pro, TransactionsModel::ProductColumn).data().toString(), u"Pro plan"_s);
        QCOMPARE(model.index(rowOf(view, u"renewal-1"_s), TransactionsModel::AmountColumn).data().toString(), u"$3,225.00"_s);
        QCOMPARE(model.index(rowOf(view, u"purchase-old:refund"_s), TransactionsModel::AmountColumn).data().toString(), u"-$39.00"_s);
        QCOMPARE(model.index(rowOf(view, u"purchase-test"_s), TransactionsModel::TestModeColumn).data().toString(), u"Test mode"_s);
        QCOMPARE(model.index(rowOf(view, u"purchase-old"_s), TransactionsModel::StatusColumn).data().toString(), u"Refunded"_s);

        clickCell(view.table(), pro, TransactionsModel::CustomerColumn);
        ui::TransactionDetailPane *detail = view.detailPane();
        QCOMPARE(detail->idField()->text(), u"purchase-pro"_s);
        QVERIFY(detail->idField()->isReadOnly());
        QCOMPARE(detail->entryTitles(), (QStringList{u"#0 · Product grant"_s, u"#1 · Money transfer"_s}));
        QCOMPARE(detail->entryJsonViews().size(), 2);
        QVERIFY(detail->entryJsonViews().at(0)->isReadOnly());
        QVERIFY(detail->entryJsonViews().at(0)->toPlainText().contains(u"\"subscription_id\": \"src-purchase-pro\""_s));
        QVERIFY(detail->entryJsonViews().at(1)->toPlainText().contains(u"\"charged_amount\""_s));
        QTRY_VERIFY(showsText(detail, u"Pro plan (pro)"_s)); // the entries' widgets show on the next turn of the loop
        QVERIFY(showsText(detail, u"monthly ($129.00 each)"_s));
        QVERIFY(showsText(detail, u"User 1f0c2a4e-1111-4222-8333-444455556666"_s));
        QVERIFY(!detail->adjustedByLabel()->isVisible());

        // Copying the id.
        QTest::mouseClick(detail->copyIdButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), u"purchase-pro"_s);

        // A refunded purchase links to its refund; following the link selects it.
        clickCell(view.table(), rowOf(view, u"purchase-old"_s), TransactionsModel::DateColumn);
        QVERIFY(detail->adjustedByLabel()->isVisible());
        QVERIFY(detail->adjustedByLabel()->text().contains(u"purchase-old:refund (entry #0)"_s));
        QSignalSpy followed(detail, &ui::TransactionDetailPane::transactionLinkActivated);
        detail->adjustedByLabel()->setFocus();
        QTest::keyClick(detail->adjustedByLabel(), Qt::Key_Tab); // onto the link
        QTest::keyClick(detail->adjustedByLabel(), Qt::Key_Return);
        QCOMPARE(followed.size(), 1);
        QCOMPARE(followed.first().first().toString(), u"purchase-old:refund"_s);
        QCOMPARE(view.detailPane()->idField()->text(), u"purchase-old:refund"_s);
        QCOMPARE(view.table()->currentIndex().row(), rowOf(view, u"purchase-old:refund"_s));
        QVERIFY(detail->entryTitles().at(0).startsWith(u"#0 · Product revocation"_s));
    }

    void refundButtonSaysWhyNot_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QString>("toolTip");
        QTest::newRow("renewal") << u"renewal-1"_s << false << u"Only purchases can be refunded; this is a subscription renewal."_s;
        QTest::newRow("refund") << u"purchase-old:refund"_s << false << u"Only purchases can be refunded; this is a refund."_s;
        QTest::newRow("refunded") << u"purchase-old"_s << false << u"This purchase was already refunded."_s;
        QTest::newRow("test mode") << u"purchase-test"_s << false << u"Test mode purchases are not refundable: no money was charged."_s;
        QTest::newRow("no price") << u"purchase-granted"_s << false
                                  << u"This purchase has no price (the product was granted without payment): there is nothing to refund."_s;
        QTest::newRow("refundable") << u"purchase-pro"_s << true
                                    << u"Give back (part of) what the selected purchase charged, and revoke the product"_s;
    }

    void refundButtonSaysWhyNot()
    {
        QFETCH(QString, id);
        QFETCH(bool, enabled);
        QFETCH(QString, toolTip);
        LedgerFixture fixture;
        REQUIRE_LEDGER(fixture);
        ui::TransactionsView view(fixture.context, nullptr);
        QVERIFY(showView(view, {1200, 640}));
        QVERIFY(loaded(view));
        clickCell(view.table(), rowOf(view, id), TransactionsModel::TypeColumn);
        QCOMPARE(view.refundButton()->isEnabled(), enabled);
        QCOMPARE(view.refundButton()->toolTip(), toolTip);
    }

    void refundHappyPath()
    {
        LedgerFixture fixture;
        REQUIRE_LEDGER(fixture);
        ui::TransactionsView view(fixture.context, nullptr);
        QVERIFY(showView(view, {1200, 640}));
        QVERIFY(loaded(view));
        QString question;
        QVERIFY(withRefundDialog(this, view, u"purchase-pro"_s, [&](ui::RefundDialog *dialog) {
            QCOMPARE(dialog->quantityFields().size(), 1);
            QSpinBox *quantity = dialog->quantityFields().first();
            QLineEdit *amount = dialog->amountFields().first();
            QCOMPARE(quantity->maximum(), 1);
            QCOMPARE(quantity->value(), 1);
            QCOMPARE(amount->text(), u"129.00"_s);
            QCOMPARE(dialog->totalLabel()->text(), u"Refund total: $129.00 of $129.00 charged"_s);
            // The amount follows the quantity until edited.
            quantity->setFocus();
            QTest::keyClick(quantity, Qt::Key_Down);
            QCOMPARE(amount->text(), u"0.00"_s);
            QTest::keyClick(quantity, Qt::Key_Up);
            QCOMPARE(amount->text(), u"129.00"_s);
            setAmount(amount, u"100.5"_s);
            QTest::keyClick(quantity, Qt::Key_Down);
            QTest::keyClick(quantity, Qt::Key_Up);
            QCOMPARE(amount->text(), u"100.5"_s);
            QCOMPARE(dialog->totalLabel()->text(), u"Refund total: $100.50 of $129.00 charged"_s);

            // Cancelling the confirmation sends nothing.
            bool asked = false;
            answerQuestion(this, &asked, u"Cancel"_s);
            QTest::mouseClick(dialog->refundButton(), Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([&asked] { return asked; }, kUiTimeoutMs));
            QVERIFY(fixture.ledger.refundBodies().isEmpty());
            QVERIFY(dialog->isVisible());

            bool confirmed = false;
            answerQuestion(this, &confirmed, u"Refund $100.50"_s, &question);
            const QPointer<ui::RefundDialog> alive(dialog);
            QTest::mouseClick(dialog->refundButton(), Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([&confirmed] { return confirmed; }, kUiTimeoutMs));
            QTRY_VERIFY_WITH_TIMEOUT(!alive || !alive->isVisible(), kUiTimeoutMs);
        }));
        QVERIFY(question.contains(u"Refund $100.50 to user 1f0c2a4e-1111-4222-8333-444455556666?"_s));
        QVERIFY(question.contains(u"Refunds cannot be undone and will revoke access to the purchased product."_s));
        const QList<QJsonObject> bodies = fixture.ledger.refundBodies();
        QCOMPARE(bodies.size(), 1);
        QCOMPARE(bodies.first().value(u"type"_s).toString(), u"subscription"_s);
        QCOMPARE(bodies.first().value(u"id"_s).toString(), u"src-purchase-pro"_s);
        const QJsonArray entries = bodies.first().value(u"refund_entries"_s).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).toObject().value(u"entry_index"_s).toInt(), 0);
        QCOMPARE(entries.at(0).toObject().value(u"quantity"_s).toInt(), 1);
        QCOMPARE(entries.at(0).toObject().value(u"amount_usd"_s).toString(), u"100.50"_s);

        // Loaded again: the purchase selected and Refunded, the refund on top.
        QTRY_COMPARE_WITH_TIMEOUT(view.detailPane()->idField()->text(), u"purchase-pro"_s, kUiTimeoutMs);
        QVERIFY(loaded(view));
        const int row = rowOf(view, u"purchase-pro"_s);
        QCOMPARE(view.table()->currentIndex().row(), row);
        QCOMPARE(view.model()->index(row, TransactionsModel::StatusColumn).data().toString(), u"Refunded"_s);
        QCOMPARE(view.model()->index(0, 0).data(TransactionsModel::IdRole).toString(), u"purchase-pro:refund"_s);
        QCOMPARE(view.model()->index(0, TransactionsModel::AmountColumn).data().toString(), u"-$100.50"_s);
        QVERIFY(!view.refundButton()->isEnabled());
        QCOMPARE(view.refundButton()->toolTip(), u"This purchase was already refunded."_s);
        QCOMPARE(view.resultLabel()->text(), u"Refunded $100.50 to user 1f0c2a4e-1111-4222-8333-444455556666."_s);
    }

    void refusedBeforeSending()
    {
        LedgerFixture fixture;
        REQUIRE_LEDGER(fixture);
        ui::TransactionsView view(fixture.context, nullptr);
        QVERIFY(showView(view, {1200, 640}));
        QVERIFY(loaded(view));
        QVERIFY(withRefundDialog(this, view, u"purchase-seats"_s, [&](ui::RefundDialog *dialog) {
            QSpinBox *quantity = dialog->quantityFields().first();
            QLineEdit *amount = dialog->amountFields().first();
            QCOMPARE(quantity->maximum(), 2);
            // 2 × $100 = $200, but $150 was charged: the suggestion stops there.
            QCOMPARE(amount->text(), u"150.00"_s);
            QCOMPARE(dialog->chargedCents(), std::optional<qint64>(15000));

            const auto refuse = [&](const QString &typed, FieldMessage *where, const QString &message) {
                setAmount(amount, typed);
                QTest::mouseClick(dialog->refundButton(), Qt::LeftButton); // no question comes
                QVERIFY2(where->isShowingError(), qPrintable(typed));
                QCOMPARE(where->text(), message);
                QVERIFY(!dialog->isBusy());
            };
            FieldMessage *amountMessage = nullptr;
            for (FieldMessage *message : dialog->findChildren<FieldMessage *>()) {
                if (message->field() == amount)
                    amountMessage = message;
            }
            QVERIFY(amountMessage);
            refuse(u"200"_s, dialog->totalMessage(), u"The refunds add up to $200.00, more than the $150.00 charged."_s);
            refuse(u"150.01"_s, dialog->totalMessage(), u"The refunds add up to $150.01, more than the $150.00 charged."_s);
            refuse(u"-5"_s, amountMessage, u"A refund amount cannot be negative."_s);
            refuse(u"12.345"_s, amountMessage, u"Enter an amount in US dollars, like 12.50 (at most two decimals)."_s);
            refuse(u"ten"_s, amountMessage, u"Enter an amount in US dollars, like 12.50 (at most two decimals)."_s);
            quantity->setFocus();
            QTest::keyClick(quantity, Qt::Key_Down);
            QTest::keyClick(quantity, Qt::Key_Down);
            QCOMPARE(quantity->value(), 0);
            refuse(u"0"_s, dialog->totalMessage(), u"Nothing to refund: choose a quantity or an amount."_s);
            QVERIFY(fixture.ledger.refundBodies().isEmpty());

            // Closing with edits asks first.
            bool asked = false;
            answerQuestion(this, &asked, u"Discard"_s);
            QTest::keyClick(dialog, Qt::Key_Escape);
            QVERIFY(QTest::qWaitFor([&asked] { return asked; }, kUiTimeoutMs));
            QTRY_VERIFY(!dialog->isVisible());
        }));

        // Priced in euros: refused, with the server's own words.
        QVERIFY(withRefundDialog(this, view, u"purchase-euro"_s, [&](ui::RefundDialog *dialog) {
            QVERIFY(dialog->totalMessage()->isShowingError());
            QCOMPARE(dialog->totalMessage()->text(), u"Refund amounts can only be specified for USD-priced purchases."_s);
            QTest::mouseClick(dialog->refundButton(), Qt::LeftButton);
            QCOMPARE(dialog->totalMessage()->text(), u"Refund amounts can only be specified for USD-priced purchases."_s);
            QTest::mouseClick(findButton<QPushButton>(dialog, u"Cancel"_s), Qt::LeftButton);
            QTRY_VERIFY(!dialog->isVisible());
        }));
        QVERIFY(fixture.ledger.refundBodies().isEmpty());
    }

    void serverErrorsAreShown()
    {
        LedgerFixture fixture;
        REQUIRE_LEDGER(fixture);
        fixture.ledger.override = [](const SeenRequest &request) -> std::optional<FakeResponse> {
            if (request.method == "POST")
                return FakeResponse::knownError(400, "SUBSCRIPTION_ALREADY_REFUNDED",
                                                "Subscription with ID \"src-purchase-pro\" was already refunded.");
            return std::nullopt;
        };
        ui::TransactionsView view(fixture.context, nullptr);
        QVERIFY(showView(view, {1200, 640}));
        QVERIFY(loaded(view));
        const qsizetype loads = fixture.ledger.listQueries().size();
        QVERIFY(withRefundDialog(this, view, u"purchase-pro"_s, [&](ui::RefundDialog *dialog) {
            bool confirmed = false;
            answerQuestion(this, &confirmed, u"Refund $129.00"_s);
            QTest::mouseClick(dialog->refundButton(), Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([&confirmed] { return confirmed; }, kUiTimeoutMs));
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kUiTimeoutMs);
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->errorBanner()->isShowingError());
            QVERIFY(showsText(dialog->errorBanner(), u"Nothing was refunded."_s));
            QVERIFY(showsText(dialog->errorBanner(), u"was already refunded."_s));
            QVERIFY(showsText(dialog->errorBanner(), u"SUBSCRIPTION_ALREADY_REFUNDED"_s));
            QVERIFY(dialog->sawOutdatedTransaction());
            QTest::mouseClick(findButton<QPushButton>(dialog, u"Cancel"_s), Qt::LeftButton);
        }));
        // The list is out of date: loaded again.
        QTRY_VERIFY_WITH_TIMEOUT(fixture.ledger.listQueries().size() > loads, kUiTimeoutMs);

        // A schema error names what the server refused.
        fixture.ledger.override = [](const SeenRequest &request) -> std::optional<FakeResponse> {
            if (request.method == "POST")
                return FakeResponse::knownError(400, "SCHEMA_ERROR",
                                                "Request validation failed on POST /api/v1/internal/payments/transactions/refund:\n"
                                                "  - Refund amount cannot exceed the charged amount.");
            return std::nullopt;
        };
        QVERIFY(loaded(view));
        QVERIFY(withRefundDialog(this, view, u"purchase-pro"_s, [&](ui::RefundDialog *dialog) {
            bool confirmed = false;
            answerQuestion(this, &confirmed, u"Refund $129.00"_s);
            QTest::mouseClick(dialog->refundButton(), Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([&confirmed] { return confirmed; }, kUiTimeoutMs));
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kUiTimeoutMs);
            QVERIFY(dialog->totalMessage()->isShowingError());
            QVERIFY(dialog->totalMessage()->text().contains(u"Refund amount cannot exceed the charged amount."_s));
            QTest::mouseClick(findButton<QPushButton>(dialog, u"Cancel"_s), Qt::LeftButton);
        }));

        // The list itself failing: the banner, and Retry.
        int failures = 1;
        fixture.ledger.override = [&failures](const SeenRequest &) -> std::optional<FakeResponse> {
            if (failures-- > 0)
                return FakeResponse::text(400, "Invalid cursor");
            return std::nullopt;
        };
        QTest::mouseClick(view.refreshButton(), Qt::LeftButton);
        QVERIFY(loaded(view));
        QVERIFY(view.errorBanner()->isShowingError());
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(view.emptyState()->text(), u"The transactions could not be loaded. The reason is shown above."_s);
        QPushButton *retry = findButton<QPushButton>(view.errorBanner(), u"Retry"_s);
        QVERIFY(retry);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(loaded(view));
        QCOMPARE(view.model()->rowCount(), 9);
        QVERIFY(!view.errorBanner()->isShowingError());
    }

    void exportsCsv()
    {
        LedgerFixture fixture;
        REQUIRE_LEDGER(fixture);
        QJsonArray many = sampleLedger();
        for (int i = 0; i < 440; ++i)
            many.append(FakeLedgerServer::renewal(u"bulk-%1"_s.arg(i), 1'790'000'000'000 - i * 1000LL, u"team"_s, kTeam, u"10"_s));
        fixture.ledger.transactions = many;
        ui::TransactionsView view(fixture.context, nullptr);
        QTemporaryDir dir;
        QString target;
        QStringList suggested;
        view.setSaveFileChooser([&target, &suggested](const QString &name) {
            suggested << name;
            return target;
        });
        QVERIFY(showView(view, {1200, 640}));
        QVERIFY(loaded(view));
        QCOMPARE(view.model()->rowCount(), 100); // the first page

        // The loaded rows.
        target = dir.filePath(u"loaded.csv"_s);
        view.exportLoaded();
        QVERIFY(suggested.last().startsWith(u"transactions-"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!view.runningExport(), kUiTimeoutMs);
        QFile loadedFile(target);
        QVERIFY(loadedFile.open(QIODevice::ReadOnly));
        const QByteArray loadedCsv = loadedFile.readAll();
        QCOMPARE(loadedCsv.count("\r\n"), 101);
        QVERIFY(loadedCsv.contains("\r\npurchase-pro,"));
        QCOMPARE(view.resultLabel()->text(), u"100 transactions exported to %1."_s.arg(QDir::toNativeSeparators(target)));

        // Everything, through the menu, page after page.
        target = dir.filePath(u"all.csv"_s);
        QMenu *menu = view.exportButton()->menu();
        QVERIFY(menu);
        QAction *all = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text().startsWith(u"&All"_s))
                all = action;
        }
        QVERIFY(all);
        all->trigger();
        QVERIFY(view.runningExport());
        QVERIFY(!view.exportButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!view.runningExport(), kUiTimeoutMs);
        QFile allFile(target);
        QVERIFY(allFile.open(QIODevice::ReadOnly));
        QCOMPARE(allFile.readAll().count("\r\n"), 450);
        QCOMPARE(view.resultLabel()->text(), u"449 transactions exported to %1."_s.arg(QDir::toNativeSeparators(target)));
        QVERIFY(view.exportButton()->isEnabled());

        // Cancelled from the progress window: no file.
        target = dir.filePath(u"cancelled.csv"_s);
        fixture.ledger.override = [](const SeenRequest &request) -> std::optional<FakeResponse> {
            if (QUrlQuery(request.url).hasQueryItem(u"cursor"_s))
                return FakeResponse::hanging();
            return std::nullopt;
        };
        view.exportAll();
        QProgressDialog *progress = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (progress = view.findChild<QProgressDialog *>()) && progress->isVisible(); },
                                kUiTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(progress->labelText().contains(u"written"_s), kUiTimeoutMs);
        QPushButton *cancel = findButton<QPushButton>(progress, u"Cancel"_s);
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view.runningExport(), kUiTimeoutMs);
        QCOMPARE(view.resultLabel()->text(), u"Export cancelled; no file was written."_s);
        QVERIFY(!QFile::exists(target));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), (QStringList{u"all.csv"_s, u"loaded.csv"_s}));
    }

    // ---- against the TestServer's own payments routes ------------------------------------

    void testServerLedgerAndFilters()
    {
        LedgerFixture fixture(LedgerFixture::Ledger::TestServer);
        REQUIRE_LEDGER(fixture);
        ui::TransactionsView view(fixture.context, nullptr);
        QVERIFY(showView(view, {1200, 640}));
        QVERIFY(loaded(view));
        const TransactionsModel &model = *view.model();
        QVERIFY2(model.rowCount() > 0, qPrintable(view.errorBanner()->isShowingError() ? u"error shown"_s : u"empty"_s));
        QVERIFY(!view.errorBanner()->isShowingError());
        // Dollar amounts as a person reads them.
        bool dollars = false;
        for (int row = 0; row < model.rowCount(); ++row)
            dollars = dollars || model.index(row, TransactionsModel::AmountColumn).data().toString().contains(u'$');
        QVERIFY(dollars);

        view.typeFilter()->setFocus();
        QTest::keyClick(view.typeFilter(), Qt::Key_Down); // Purchase
        QVERIFY(loaded(view));
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, TransactionsModel::TypeColumn).data().toString(), u"Purchase"_s);
        view.customerTypeFilter()->setFocus();
        QTest::keyClick(view.customerTypeFilter(), Qt::Key_Down);
        QTest::keyClick(view.customerTypeFilter(), Qt::Key_Down); // Teams
        QVERIFY(loaded(view));
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, TransactionsModel::CustomerColumn).data().toString().startsWith(u"Team "_s));
        QVERIFY(loadUntil(view, [] { return false; }) || model.fetchState() == TransactionsModel::FetchState::Finished);
        QCOMPARE(model.fetchState(), TransactionsModel::FetchState::Finished);
    }

    void testServerRefund()
    {
        LedgerFixture fixture(LedgerFixture::Ledger::TestServer);
        REQUIRE_LEDGER(fixture);
        if (!fixture.server->emulator())
            QSKIP("refunds real money on a live server");
        ui::TransactionsView view(fixture.context, nullptr);
        QVERIFY(showView(view, {1200, 640}));
        QVERIFY(loadUntil(view, [&view] { return refundableUsdRow(*view.model()) >= 0; }));
        const int row = refundableUsdRow(*view.model());
        const QString id = view.model()->transactionAt(row)->id;
        clickCell(view.table(), row, TransactionsModel::TypeColumn);
        QVERIFY(view.refundButton()->isEnabled());
        bool done = false;
        QString question;
        QString refundedText;
        onNextModal<ui::RefundDialog>(this, &done, [&](ui::RefundDialog *dialog) {
            QVERIFY(dialog->chargedCents().has_value());
            const qint64 charged = *dialog->chargedCents();
            QLineEdit *amount = dialog->amountFields().first();
            const QString suggested = amount->text();
            QVERIFY(models::minorUnitsOf(suggested, 2).value_or(-1) > 0);
            QVERIFY(*models::minorUnitsOf(suggested, 2) <= charged);
            // More than charged: refused before anything is sent.
            setAmount(amount, models::decimalOfMinorUnits(charged + 1, 2));
            QTest::mouseClick(dialog->refundButton(), Qt::LeftButton);
            QCOMPARE(dialog->totalMessage()->text(),
                     u"The refunds add up to %1, more than the %2 charged."_s.arg(models::formatMinorUnits(u"USD"_s, charged + 1),
                                                                                  models::formatMinorUnits(u"USD"_s, charged)));
            QCOMPARE(refundRequests(*fixture.server->emulator()), 0);
            // The suggestion, confirmed.
            setAmount(amount, suggested);
            refundedText = models::formatMoney(u"USD"_s, suggested);
            bool confirmed = false;
            answerQuestion(this, &confirmed, u"Refund %1"_s.arg(refundedText), &question);
            const QPointer<ui::RefundDialog> alive(dialog);
            QTest::mouseClick(dialog->refundButton(), Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([&confirmed] { return confirmed; }, kUiTimeoutMs));
            QTRY_VERIFY_WITH_TIMEOUT(!alive || !alive->isVisible(), kUiTimeoutMs);
        });
        QTest::mouseClick(view.refundButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&done] { return done; }, 3 * kUiTimeoutMs));
        QVERIFY(question.contains(u"Refunds cannot be undone and will revoke access to the purchased product."_s));
        QCOMPARE(refundRequests(*fixture.server->emulator()), 1);

        // The server's ledger, loaded again: the purchase selected and refunded, its refund listed.
        QTRY_COMPARE_WITH_TIMEOUT(view.detailPane()->idField()->text(), id, 2 * kUiTimeoutMs);
        // The selection stays on the purchase while the ledger is read again: wait for its new status.
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->index(view.model()->rowOf(id), TransactionsModel::StatusColumn).data().toString(),
                                  u"Refunded"_s, 2 * kUiTimeoutMs);
        const int refunded = view.model()->rowOf(id);
        QVERIFY(!view.refundButton()->isEnabled());
        const api::Transaction *purchase = view.model()->transactionAt(refunded);
        QCOMPARE(purchase->adjustedBy.size(), 1);
        const QString refundId = purchase->adjustedBy.first().transactionId;
        QVERIFY(loadUntil(view, [&view, &refundId] { return view.model()->rowOf(refundId) >= 0; }));
        const int refund = view.model()->rowOf(refundId);
        QCOMPARE(view.model()->index(refund, TransactionsModel::TypeColumn).data().toString(), u"Refund"_s);
        QCOMPARE(view.model()->index(refund, TransactionsModel::AmountColumn).data().toString(), u"-"_s + refundedText);
        // Its revocation links back to the purchase (by the ledger's name for it, e.g. "sub-start:<id>").
        clickCell(view.table(), refund, TransactionsModel::TypeColumn);
        QSignalSpy followed(view.detailPane(), &ui::TransactionDetailPane::transactionLinkActivated);
        const QList<QLabel *> links = view.detailPane()->findChildren<QLabel *>();
        QLabel *adjusts = nullptr;
        for (QLabel *label : links) {
            if (label->text().contains(u"transaction:"_s) && label != view.detailPane()->adjustedByLabel())
                adjusts = label;
        }
        QVERIFY(adjusts);
        QTRY_VERIFY(adjusts->isVisible()); // entries' widgets show on the next turn of the event loop
        adjusts->setFocus();
        QTest::keyClick(adjusts, Qt::Key_Tab);
        QTest::keyClick(adjusts, Qt::Key_Return);
        QCOMPARE(followed.size(), 1);
        QCOMPARE(view.detailPane()->idField()->text(), id);
    }

    void testServerErrors()
    {
        LedgerFixture fixture(LedgerFixture::Ledger::TestServer);
        REQUIRE_LEDGER(fixture);
        if (!fixture.server->emulator())
            QSKIP("faults are injected into the emulator only");
        emulator::Emulator &emulator = *fixture.server->emulator();
        ui::TransactionsView view(fixture.context, nullptr);
        QVERIFY(showView(view, {1200, 640}));
        QVERIFY(loadUntil(view, [&view] { return refundableUsdRow(*view.model()) >= 0; }));
        const QString id = view.model()->transactionAt(refundableUsdRow(*view.model()))->id;
        emulator.addFault({.kind = emulator::Fault::Kind::KnownError,
                           .method = u"POST"_s,
                           .pathPattern = u"^/internal/payments/transactions/refund"_s,
                           .status = 400,
                           .knownErrorCode = u"TEST_MODE_PURCHASE_NON_REFUNDABLE"_s,
                           .message = u"Test mode purchases are not refundable."_s});
        QVERIFY(withRefundDialog(this, view, id, [&](ui::RefundDialog *dialog) {
            bool confirmed = false;
            answerQuestion(this, &confirmed, u"Refund %1"_s.arg(models::formatMoney(u"USD"_s, dialog->amountFields().first()->text())));
            QTest::mouseClick(dialog->refundButton(), Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([&confirmed] { return confirmed; }, kUiTimeoutMs));
            QTRY_VERIFY_WITH_TIMEOUT(dialog->errorBanner()->isShowingError(), kUiTimeoutMs);
            QVERIFY(dialog->isVisible());
            QVERIFY(showsText(dialog->errorBanner(), u"Nothing was refunded."_s));
            QVERIFY(showsText(dialog->errorBanner(), u"Test mode purchases are not refundable. No money was charged for it."_s));
            QVERIFY(showsText(dialog->errorBanner(), u"TEST_MODE_PURCHASE_NON_REFUNDABLE"_s));
            QTest::mouseClick(findButton<QPushButton>(dialog, u"Cancel"_s), Qt::LeftButton);
        }));

        // The list failing: the banner; Retry once the server is back.
        emulator.addFault({.kind = emulator::Fault::Kind::Status,
                           .method = u"GET"_s,
                           .pathPattern = u"^/internal/payments/transactions"_s,
                           .count = -1,
                           .status = 503,
                           .message = u"ledger unavailable"_s});
        QTest::mouseClick(view.refreshButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&view] { return view.model()->fetchState() == TransactionsModel::FetchState::Failed; },
                                kUiTimeoutMs));
        QVERIFY(view.errorBanner()->isShowingError());
        emulator.clearFaults();
        QPushButton *retry = findButton<QPushButton>(view.errorBanner(), u"Retry"_s);
        QVERIFY(retry);
        QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), kUiTimeoutMs);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(loaded(view));
        QVERIFY(view.model()->rowCount() > 0);
        QVERIFY(!view.errorBanner()->isShowingError());
    }

    void columnsKeepApartAndZoneIsNamed_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void columnsKeepApartAndZoneIsNamed()
    {
        QFETCH(bool, dark);
        if (dark)
            QApplication::setPalette(darkPalette());
        LedgerFixture fixture;
        REQUIRE_LEDGER(fixture);
        ui::TransactionsView view(fixture.context, nullptr);
        QVERIFY(showView(view, {1200, 640}));
        QVERIFY(loaded(view));
        QTableView *table = view.table();
        QHeaderView *header = table->horizontalHeader();

        // The ledger keeps the server's order: no sorting (amounts of different currencies do not compare).
        QVERIFY(!table->isSortingEnabled());
        QVERIFY(!header->sectionsClickable());
        QVERIFY(!header->isSortIndicatorShown());

        // The right-aligned amount is the last column: nothing to its right to run into; every
        // header and value of the columns beside it fits with room on both sides.
        QCOMPARE(header->visualIndex(TransactionsModel::AmountColumn), TransactionsModel::ColumnCount - 1);
        QCOMPARE(header->logicalIndexAt(header->viewport()->width() - 2), int(TransactionsModel::AmountColumn));
        const int margins = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
        for (const int column : {TransactionsModel::TestModeColumn, TransactionsModel::StatusColumn, TransactionsModel::AmountColumn}) {
            QStringList texts{view.model()->headerData(column, Qt::Horizontal).toString()};
            for (int row = 0; row < view.model()->rowCount(); ++row)
                texts << view.model()->index(row, column).data().toString();
            QFont bold = table->font();
            bold.setBold(true);
            bold.setItalic(true);
            const QFontMetrics metrics(bold); // the widest a mark is drawn
            for (const QString &text : std::as_const(texts))
                QVERIFY2(metrics.horizontalAdvance(text) + margins + 4 <= header->sectionSize(column),
                         qPrintable(u"%1 in a column %2 px wide"_s.arg(text).arg(header->sectionSize(column))));
        }

        // The detail pane: the same local time as the row, with the zone named.
        const int pro = rowOf(view, u"purchase-pro"_s);
        clickCell(view.table(), pro, TransactionsModel::TypeColumn);
        const QString zone = QDateTime::fromMSecsSinceEpoch(1'795'800'000'000).timeZoneAbbreviation();
        QVERIFY(!zone.isEmpty());
        QCOMPARE(view.detailPane()->effectiveLabel()->text(),
                 TransactionsModel::dateTimeText(1'795'800'000'000, QLocale()));
        QVERIFY(view.detailPane()->effectiveLabel()->text().endsWith(u' ' + zone));
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(1'795'800'000'000).toLocalTime();
        QVERIFY(view.detailPane()->effectiveLabel()->text().contains(QLocale().toString(local.time(), QLocale::ShortFormat)));
        QVERIFY(view.model()->index(pro, TransactionsModel::DateColumn).data().toString()
                    .endsWith(QLocale().toString(local.time(), QLocale::ShortFormat)));

        QTest::qWait(50);
        QVERIFY(view.grab().save(u"/tmp/h-ledger-%1.png"_s.arg(dark ? u"dark"_s : u"light"_s)));
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void screenshots()
    {
        QFETCH(bool, dark);
        if (dark)
            QApplication::setPalette(darkPalette());
        LedgerFixture fixture;
        REQUIRE_LEDGER(fixture);
        ui::TransactionsView view(fixture.context, nullptr);
        QVERIFY(showView(view, {1280, 620}));
        QVERIFY(loaded(view));
        clickCell(view.table(), rowOf(view, u"purchase-seats"_s), TransactionsModel::TypeColumn);
        QTest::qWait(50);
        const QString suffix = dark ? u"-dark"_s : u"-light"_s;
        QVERIFY(Screenshots().save(&view, u"ledger-view"_s + suffix));

        clickCell(view.table(), rowOf(view, u"purchase-test"_s), TransactionsModel::TypeColumn);
        QTest::qWait(50);
        QVERIFY(Screenshots().save(&view, u"ledger-test-mode"_s + suffix));

        const api::Transaction *seats = view.model()->transactionAt(rowOf(view, u"purchase-seats"_s));
        QVERIFY(seats);
        ui::RefundDialog dialog(fixture.context.project, *seats, &view);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        setAmount(dialog.amountFields().first(), u"200"_s);
        QTest::mouseClick(dialog.refundButton(), Qt::LeftButton);
        QTest::qWait(50);
        QVERIFY(Screenshots().save(&dialog, u"ledger-refund"_s + suffix));
        dialog.done(QDialog::Rejected);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestTransactionsView)
#include "tst_TransactionsView.moc"
