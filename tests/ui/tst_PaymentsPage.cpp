// PaymentsPage against the TestServer (the emulator, or a live server; test mode is put back
// afterwards, also when a check fails): an admin gets the four tabs (Ctrl+1 … Ctrl+4, the last
// one remembered per project); a server key gets the Customers tab alone with the reason; the
// test-mode switch asks first, writes payments.testMode at the environment level and shows a
// failed write; the payment-provider notice when no provider is connected; the revenue tab built
// from the ledger when the server has no metrics; unsaved product edits are asked about before
// the window closes. Screenshots in light and dark palettes.

#include "EnglishPlurals.h"
#include "FakeNetworkAccessManager.h"
#include "UserViewTestHelpers.h"

#include "MainWindow.h"
#include "endpoints/ConfigEndpoints.h"
#include "endpoints/PaymentsEndpoints.h"
#include "pages/payments/PaymentProviderNotice.h"
#include "pages/payments/PaymentsPage.h"
#include "pages/payments/TestModeBar.h"
#include "pages/payments/catalog/ProductsEditor.h"
#include "pages/payments/customers/CustomersView.h"
#include "pages/payments/ledger/TransactionDetailPane.h"
#include "pages/payments/ledger/TransactionsView.h"
#include "payments/TransactionsModel.h"
#include "pages/payments/revenue/RevenueView.h"
#include "payments/MoneyText.h"
#include "payments/PaymentsCatalogSource.h"
#include "payments/RevenueLoader.h"
#include "widgets/ErrorBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using Tab = ui::PaymentsPage::Tab;

std::optional<bool> testModeInEnvironment(UserViewFixture &fixture)
{
    const auto environment = fixture.run(api::config::override(fixture.context.scope(), api::ConfigLevel::Environment));
    return environment ? environment->boolAt(u"payments.testMode"_s) : std::nullopt;
}

std::optional<bool> testModeRendered(UserViewFixture &fixture)
{
    const auto rendered = fixture.run(api::config::rendered(fixture.context.scope()));
    return rendered ? rendered->boolAt(u"payments.testMode"_s) : std::nullopt;
}

bool catalogSettled(const ui::PaymentsPage &page)
{
    return page.isReady() && page.catalog()->isLoaded() && !page.catalog()->writer()->isBusy();
}

// Clicks the test-mode button and answers the question with `answer`.
void clickSwitch(ui::PaymentsPage &page, const QString &answer)
{
    bool answered = false;
    answerNextMessageBox(&page, &answered, answer);
    QTest::mouseClick(page.testModeBar()->switchButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(answered, kUiTimeoutMs);
}

// Saves a picture once the layouts and the chart's scene caught up with the last change.
void savePicture(QWidget *widget, const QString &name)
{
    QTest::qWait(100);
    QVERIFY2(Screenshots().save(widget, name), qPrintable(name));
}

int averageLightness(QWidget *widget)
{
    const QImage image = widget->grab().toImage().scaled(64, 64);
    qint64 sum = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            sum += QColor(image.pixel(x, y)).lightness();
    }
    return int(sum / (image.width() * image.height()));
}

} // namespace

class TestPaymentsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QCoreApplication::installTranslator(&m_plurals); // "30 days", as the app's English says it
    }
    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void adminGetsEveryTab()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        {
            ui::PaymentsPage page(fixture.context);
            QVERIFY(showView(page, {1200, 760}));
            QTRY_VERIFY_WITH_TIMEOUT(catalogSettled(page), kUiTimeoutMs);
            QVERIFY(!page.showsError());
            QVERIFY(page.hasFullAccess());
            QCOMPARE(page.tabTitles(), (QStringList{u"Products & items"_s, u"Transactions"_s, u"Customers"_s, u"Revenue"_s}));
            QVERIFY(page.productsEditor() && page.transactionsView() && page.customersView() && page.revenueView());
            QVERIFY(page.testModeBar()->isVisible());
            QCOMPARE(page.currentTab(), std::optional<Tab>(Tab::Products));

            // Ctrl+1 … Ctrl+4 pick the tabs, from anywhere on the page.
            page.tabs()->setFocus();
            QTest::keyClick(&page, Qt::Key_4, Qt::ControlModifier);
            QCOMPARE(page.currentTab(), std::optional<Tab>(Tab::Revenue));
            QTest::keyClick(&page, Qt::Key_2, Qt::ControlModifier);
            QCOMPARE(page.currentTab(), std::optional<Tab>(Tab::Transactions));
            QCOMPARE(fixture.settings.projectValue(fixture.context.project.id, ui::AppSettings::Key::PaymentsTab).toString(),
                     u"transactions"_s);
        }
        // The next page of this project opens where the last one was left; another project not.
        ui::PaymentsPage again(fixture.context);
        QCOMPARE(again.currentTab(), std::optional<Tab>(Tab::Transactions));
        ui::ProjectContext other = fixture.context;
        other.project.id = u"another-project"_s;
        ui::PaymentsPage elsewhere(other);
        QCOMPARE(elsewhere.currentTab(), std::optional<Tab>(Tab::Products));
    }

    // A transaction's customer, clicked in the detail pane, opens on the Customers tab.
    void ledgerCustomerOpensOnCustomersTab()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        ui::PaymentsPage page(fixture.context);
        QVERIFY(showView(page, {1200, 760}));
        QTRY_VERIFY_WITH_TIMEOUT(catalogSettled(page), kUiTimeoutMs);
        page.showTab(Tab::Transactions);
        ui::TransactionsView *ledger = page.transactionsView();
        QTRY_VERIFY_WITH_TIMEOUT(ledger->model()->rowCount() > 0 || ledger->model()->fetchState()
                                     == models::TransactionsModel::FetchState::Finished, kUiTimeoutMs);
        int row = -1;
        for (int i = 0; i < ledger->model()->rowCount() && row < 0; ++i) {
            const api::Transaction *transaction = ledger->model()->transactionAt(i);
            if (transaction->customerEntry() && api::customerTypeFromId(transaction->customerEntry()->customerType))
                row = i;
        }
        if (row < 0) {
            QVERIFY2(fixture.server->isLive(), "the emulator's sample ledger has customers");
            return; // an empty live ledger: nothing to click
        }
        const api::TransactionEntry expected = *ledger->model()->transactionAt(row)->customerEntry();
        ledger->table()->selectRow(row);
        QLabel *link = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (QLabel *label : ledger->detailPane()->findChildren<QLabel *>()) {
                if (label->text().startsWith(u"<a href=\"customer\">"_s) && label->isVisible())
                    link = label;
            }
            return link != nullptr;
        }(), kUiTimeoutMs);
        Q_EMIT link->linkActivated(u"customer"_s);
        QCOMPARE(page.currentTab(), std::optional<Tab>(Tab::Customers));
        QCOMPARE(page.customersView()->customer().id, expected.customerId);
        QCOMPARE(api::customerTypeId(page.customersView()->customer().type), expected.customerType);
        // Users and teams are named once the server told who they are; custom ids stay as they are.
        if (expected.customerType != u"custom")
            QTRY_VERIFY_WITH_TIMEOUT(!page.customersView()->customerName().isEmpty()
                                         && page.customersView()->customerName() != expected.customerId, kUiTimeoutMs);
    }

    void serverKeyGetsCustomersOnly()
    {
        UserViewFixture fixture(api::CredentialKind::ServerKey);
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::ServerKey);
        ui::PaymentsPage page(fixture.context);
        QVERIFY(showView(page, {1100, 640}));
        QVERIFY(page.isReady()); // nothing to wait for: the configuration is out of reach
        QVERIFY(!page.showsError());
        QVERIFY(!page.hasFullAccess());
        QCOMPARE(page.tabTitles(), QStringList{u"Customers"_s});
        QVERIFY(page.customersView());
        QVERIFY(!page.productsEditor() && !page.transactionsView() && !page.revenueView() && !page.testModeBar());
        QVERIFY(showsText(&page, u"A server key can read and change customers' items but not products"_s));
        QVERIFY(page.accessExplanation().contains(u"admin key or a dashboard account"_s));
        QVERIFY(!page.errorBanner()->isVisible());
        QVERIFY(!page.hasUnsavedChanges());
        savePicture(&page, u"payments-server-key"_s);
    }

    void testModeRoundTrip()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        const std::optional<bool> original = testModeRendered(fixture);
        QVERIFY(original);
        // Put back however the test ends (a live project must not stay switched).
        const auto restore = qScopeGuard([&] {
            if (testModeRendered(fixture) != original)
                fixture.run(api::config::patchOverride(fixture.context.scope(), api::ConfigLevel::Environment,
                                                       api::ConfigPatch().setBool(u"payments.testMode"_s, *original)));
        });

        ui::PaymentsPage page(fixture.context);
        QVERIFY(showView(page, {1200, 760}));
        QTRY_VERIFY_WITH_TIMEOUT(catalogSettled(page), kUiTimeoutMs);
        ui::TestModeBar *bar = page.testModeBar();
        QCOMPARE(bar->showsTestMode(), *original);

        // Cancel: nothing is written.
        clickSwitch(page, u"Cancel"_s);
        QVERIFY(!bar->isWriting());
        QVERIFY(!page.catalog()->writer()->isBusy());
        QCOMPARE(testModeRendered(fixture), original);

        for (const bool on : {!*original, *original}) {
            clickSwitch(page, ui::TestModeBar::confirmText(on));
            QTRY_VERIFY_WITH_TIMEOUT(!bar->isWriting() && catalogSettled(page), kUiTimeoutMs);
            QVERIFY2(!bar->errorBanner()->isVisible(), qPrintable(visibleLabelTexts(bar).join(u" | "_s)));
            QCOMPARE(bar->showsTestMode(), on);
            QCOMPARE(page.catalog()->catalog().testMode, on);
            // Written where the server keeps it: the environment override.
            QCOMPARE(testModeInEnvironment(fixture), std::optional<bool>(on));
            QCOMPARE(testModeRendered(fixture), std::optional<bool>(on));
            QVERIFY(showsText(&page, on ? u"Test mode — purchases are free and no money moves"_s
                                        : u"Live mode"_s));
            QCOMPARE(withoutMnemonic(bar->switchButton()->text()),
                     on ? u"Turn off test mode…"_s : u"Turn on test mode…"_s);
            if (on) {
                savePicture(&page, u"payments-test-mode"_s);
                QApplication::setPalette(darkPalette());
                savePicture(&page, u"payments-test-mode-dark"_s);
                QApplication::setPalette(QApplication::style()->standardPalette());
            }
        }
    }

    void testModeWriteFailureShown()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("needs the emulator to make the write fail");
        ui::PaymentsPage page(fixture.context);
        QVERIFY(showView(page, {1200, 760}));
        QTRY_VERIFY_WITH_TIMEOUT(catalogSettled(page), kUiTimeoutMs);
        ui::TestModeBar *bar = page.testModeBar();
        const bool before = bar->showsTestMode();
        fixture.emulator()->addFault({.kind = emulator::Fault::Kind::Status, .method = u"PATCH"_s,
                                      .pathPattern = u"^/internal/config/override"_s, .count = -1, .status = 500,
                                      .message = u"config store down"_s});
        clickSwitch(page, ui::TestModeBar::confirmText(!before));
        QVERIFY(bar->isWriting() || bar->errorBanner()->isVisible());
        QVERIFY(!bar->switchButton()->isEnabled() || bar->errorBanner()->isVisible()); // no second click meanwhile
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isWriting() && catalogSettled(page), kUiTimeoutMs);
        fixture.emulator()->clearFaults();
        QVERIFY(bar->errorBanner()->isVisible());
        QVERIFY(showsText(bar, before ? u"Test mode was not turned off."_s : u"Test mode was not turned on."_s));
        QCOMPARE(bar->showsTestMode(), before);
        QVERIFY(bar->switchButton()->isEnabled());
        QCOMPARE(testModeRendered(fixture), std::optional<bool>(before));
    }

    void catalogFailureShownWithRetry()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("needs the emulator to make the configuration fail");
        fixture.emulator()->addFault({.kind = emulator::Fault::Kind::Status, .method = u"GET"_s,
                                      .pathPattern = u"^/internal/config"_s, .count = -1, .status = 503,
                                      .message = u"config store down"_s});
        ui::PaymentsPage page(fixture.context);
        QVERIFY(showView(page, {1200, 760}));
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 30'000);
        QVERIFY(page.showsError());
        QVERIFY(page.errorBanner()->isShowingError());
        QVERIFY(!page.testModeBar()->isVisible()); // unknown: not guessed
        QCOMPARE(page.tabs()->count(), 4);

        fixture.emulator()->clearFaults();
        QPushButton *retry = findButton<QPushButton>(page.errorBanner(), u"Retry"_s);
        QVERIFY(retry);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(catalogSettled(page), kUiTimeoutMs);
        QVERIFY(!page.errorBanner()->isVisible());
        QVERIFY(page.testModeBar()->isVisible());
    }

    void providerNotice_data()
    {
        QTest::addColumn<bool>("connected");
        QTest::newRow("connected") << true;
        QTest::newRow("not connected") << false;
    }

    void providerNotice()
    {
        QFETCH(bool, connected);
        emulator::EmulatorOptions options;
        options.paymentProviderConnected = connected;
        UserViewFixture fixture(api::CredentialKind::AdminKey, options);
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("needs the emulator to choose whether a provider is connected");
        ui::PaymentsPage page(fixture.context);
        QVERIFY(showView(page, {1200, 760}));
        ui::PaymentProviderNotice *notice = page.providerNotice();
        QTRY_VERIFY_WITH_TIMEOUT(notice->state() != ui::PaymentProviderNotice::State::Checking
                                     && notice->state() != ui::PaymentProviderNotice::State::NotChecked,
                                 kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(catalogSettled(page), kUiTimeoutMs);
        if (connected) {
            QCOMPARE(notice->state(), ui::PaymentProviderNotice::State::Ready);
            QVERIFY(!notice->isVisible());
            QVERIFY(notice->text().isEmpty());
        } else {
            QCOMPARE(notice->state(), ui::PaymentProviderNotice::State::NotConnected);
            QVERIFY(notice->isVisible());
            QVERIFY(showsText(&page, u"No payment provider is connected: customers cannot buy yet."_s));
            QVERIFY(notice->text().contains(u"Payments → Settings"_s));
            // The page stays usable: every tab is there and the catalog loaded.
            QVERIFY(!page.showsError());
            QCOMPARE(page.tabs()->count(), 4);
            QVERIFY(page.tabs()->isEnabled());
            savePicture(&page, u"payments-no-provider"_s);
        }
    }

    void providerCheckFailureIsQuiet()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("needs the emulator to make the check fail");
        fixture.emulator()->addFault({.kind = emulator::Fault::Kind::Status, .pathPattern = u"^/internal/payments/stripe"_s,
                                      .count = -1, .status = 503, .message = u"unavailable"_s});
        ui::PaymentsPage page(fixture.context);
        QVERIFY(showView(page, {1200, 760}));
        QTRY_VERIFY_WITH_TIMEOUT(page.providerNotice()->state() == ui::PaymentProviderNotice::State::CheckFailed,
                                 kUiTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(catalogSettled(page), kUiTimeoutMs);
        fixture.emulator()->clearFaults();
        QVERIFY(page.providerNotice()->text().contains(u"could not be checked"_s));
        QVERIFY(!page.showsError());
        QVERIFY(!page.errorBanner()->isVisible());
    }

    void revenueFromTheLedger_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void revenueFromTheLedger()
    {
        QFETCH(bool, dark);
        if (dark)
            QApplication::setPalette(darkPalette());
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        ui::PaymentsPage page(fixture.context);
        QVERIFY(showView(page, {1280, 800}));
        QTRY_VERIFY_WITH_TIMEOUT(catalogSettled(page), kUiTimeoutMs);
        ui::RevenueView *revenue = page.revenueView();
        QCOMPARE(revenue->loader()->metricsState(), models::RevenueLoader::MetricsState::NotAsked); // not before shown
        page.showTab(Tab::Revenue);
        revenue->setRangeDays(365);
        QTRY_VERIFY_WITH_TIMEOUT(!revenue->isLoading(), 30'000);
        QVERIFY2(!revenue->errorBanner()->isVisible(), qPrintable(visibleLabelTexts(revenue).join(u" | "_s)));
        // Always the ledger; the emulator has no metrics, so no figure from them either.
        QCOMPARE(revenue->source(), ui::RevenueView::Source::Ledger);
        QVERIFY(revenue->sourceNote()->text().startsWith(u"Revenue, refunds and net are built from the ledger"_s));
        if (fixture.emulator()) {
            QCOMPARE(revenue->loader()->metricsState(), models::RevenueLoader::MetricsState::Unavailable);
            QVERIFY(!revenue->mrrFigure()->isVisible() && !revenue->allTimeFigure()->isVisible());
            QVERIFY(!revenue->sourceNote()->text().contains(u"server metrics"_s));
        }

        {
            // The same sum by hand: every live money transfer of the year in the shown currency.
            const QDate today = QDateTime::currentDateTimeUtc().date();
            const QDate first = today.addDays(-364);
            qint64 revenueByHand = 0;
            qint64 refundsByHand = 0;
            QString cursor;
            for (int guard = 0; guard < 1000; ++guard) {
                api::payments::TransactionsQuery query;
                query.cursor = cursor;
                query.limit = 200;
                const auto transactions = fixture.run(api::payments::transactions(fixture.context.scope(), query));
                QVERIFY(transactions);
                for (const api::Transaction &t : transactions->transactions) {
                    const QDate day = models::RevenueSeries::dayOf(t.effectiveAtMillis);
                    if (t.testMode || day < first || day > today)
                        continue;
                    for (const api::TransactionEntry &entry : t.entries) {
                        if (entry.type != api::TransactionEntry::Type::MoneyTransfer
                            || !entry.chargedAmount.contains(revenue->currency()))
                            continue;
                        const auto minor = models::minorUnitsOf(entry.chargedAmount.value(revenue->currency()),
                                                                models::currencyDecimals(revenue->currency()));
                        QVERIFY(minor);
                        (*minor < 0 || t.type.contains(u"refund"_s) ? refundsByHand : revenueByHand) += std::abs(*minor);
                    }
                }
                if (!transactions->nextCursor)
                    break;
                cursor = *transactions->nextCursor;
            }
            QCOMPARE(revenue->totals().revenue, revenueByHand);
            QCOMPARE(revenue->totals().refunds, refundsByHand);
            if (fixture.emulator())
                QVERIFY(revenueByHand > 0); // the demo ledger has a year of sales
        }
        QCOMPARE(revenue->points().size(), 53); // weeks for a year
        const bool empty = std::all_of(revenue->points().cbegin(), revenue->points().cend(),
                                       [](const models::RevenueSeries::Point &p) { return p.isEmpty(); });
        QCOMPARE(revenue->emptyLabel()->isVisible(), empty);
        QVERIFY(revenue->revenueFigure()->text() == models::formatMinorUnits(revenue->currency(), revenue->totals().revenue));

        // Test-mode purchases only when asked for: never less money, and no reading again.
        const models::RevenueSeries::Point live = revenue->totals();
        const bool hadTestMoney = revenue->loader()->ledgerSeries().hasTestModeMoney();
        clickIndicator(revenue->testModeBox());
        QVERIFY(revenue->testModeBox()->isChecked());
        QVERIFY(!revenue->isLoading());
        QVERIFY(revenue->totals().revenue >= live.revenue);
        QCOMPARE(revenue->totals().revenue > live.revenue, hadTestMoney && revenue->totals().revenue != live.revenue);
        clickIndicator(revenue->testModeBox());
        QCOMPARE(revenue->totals().revenue, live.revenue);

        // A shorter range needs no more reading.
        revenue->setRangeDays(30);
        QVERIFY(!revenue->isLoading());
        QCOMPARE(revenue->points().size(), 30);

        QTest::qWait(100);
        const int lightness = averageLightness(&page);
        QVERIFY2(dark ? lightness < 110 : lightness > 150, qPrintable(QString::number(lightness)));
        savePicture(&page, dark ? u"payments-revenue-dark"_s : u"payments-revenue"_s);
        revenue->setRangeDays(365);
        QVERIFY(!revenue->isLoading());
        savePicture(&page, dark ? u"payments-revenue-year-dark"_s : u"payments-revenue-year"_s);
    }

    void revenueChartFromTheLedgerEvenWithMetrics()
    {
        // A server with metrics: they leave one-time purchases out, so the chart and the range's
        // figures still come from the ledger; the metrics only add their subscription figures,
        // captioned as theirs.
        class MetricsNetwork : public FakeNetworkAccessManager
        {
        protected:
            QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
            {
                if (request.url().path().endsWith(u"/internal/metrics"_s))
                    return FakeNetworkAccessManager::createRequest(op, request, outgoingData);
                return QNetworkAccessManager::createRequest(op, request, outgoingData); // NOLINT(bugprone-parent-virtual-call)
            }
        };
        const auto server = TestServer::start();
        QVERIFY(server);
        HEXCLAVE_REQUIRE(*server, Needs::AdminKey);
        if (!server->emulator())
            QSKIP("needs the emulator's ledger beside scripted metrics");
        MetricsNetwork network;
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QByteArray days;
        for (int i = 30; i >= 0; --i)
            days += (days.isEmpty() ? "" : ",") + u"{\"date\":\"%1\",\"new_cents\":0,\"refund_cents\":0}"_s
                        .arg(today.addDays(-i).toString(Qt::ISODate)).toUtf8();
        network.setHandler([&days](const SeenRequest &) {
            return FakeResponse::json(200, R"({"payments_overview":{"revenue_cents":99900,"mrr_cents":12345},)"
                                               R"("analytics_overview":{"daily_revenue":[)" + days + "]}}");
        });
        api::Workspace workspace(&network, nullptr, nullptr);
        ui::AppSettings settings(nullptr);
        api::ConnectionSession *session = openWithKey(workspace, server->apiRoot(), api::CredentialKind::AdminKey,
                                                      server->projectId(), server->adminKey());
        ui::PaymentsContext context;
        for (const api::Project &project : session->projects()) {
            if (project.id == server->projectId())
                context = {{session, project, &settings}, nullptr};
        }
        QVERIFY(context.project.isValid());

        ui::RevenueView revenue(context, nullptr);
        QVERIFY(showView(revenue, {1200, 700}));
        QTRY_VERIFY_WITH_TIMEOUT(!revenue.isLoading(), 30'000);
        QCOMPARE(revenue.loader()->metricsState(), models::RevenueLoader::MetricsState::Available);
        QCOMPARE(revenue.rangeDays(), 30); // the metrics cover it: before, they alone drew it
        QCOMPARE(revenue.source(), ui::RevenueView::Source::Ledger);
        QVERIFY(revenue.loader()->ledgerCovers(today.addDays(-29)));
        const models::RevenueSeries::Point fromLedger =
            revenue.loader()->ledgerSeries().total(revenue.currency(), today.addDays(-29), today);
        QVERIFY(fromLedger.revenue > 0); // the demo ledger sells every week; the scripted metrics say 0
        QCOMPARE(revenue.totals().revenue, fromLedger.revenue);
        QCOMPARE(revenue.revenueFigure()->text(), models::formatMinorUnits(revenue.currency(), fromLedger.revenue));

        QVERIFY(revenue.mrrFigure()->isVisible());
        QCOMPARE(revenue.mrrFigure()->text(), u"$123.45"_s);
        QVERIFY(revenue.allTimeFigure()->isVisible());
        QCOMPARE(revenue.allTimeFigure()->text(), u"$999.00"_s);
        QVERIFY(showsText(&revenue, u"Subscriptions, last 30 days (server metrics)"_s));
        QVERIFY(showsText(&revenue, u"Subscriptions, all time (server metrics)"_s));
        QVERIFY(revenue.sourceNote()->text().startsWith(u"Revenue, refunds and net are built from the ledger"_s));
        QVERIFY(revenue.sourceNote()->text().contains(u"paid subscription invoices only, in US dollars"_s));
        QTest::qWait(100); // the figures' new widths are laid out on the next turn of the loop
        QVERIFY(revenue.grab().save(u"/tmp/h-ledger-revenue-metrics.png"_s));
    }

    void noRevenueSaysSo()
    {
        emulator::EmulatorOptions options;
        options.transactionCount = 0;
        UserViewFixture fixture(api::CredentialKind::AdminKey, options);
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("needs the emulator for a project without sales");
        ui::PaymentsPage page(fixture.context);
        QVERIFY(showView(page, {1200, 760}));
        QTRY_VERIFY_WITH_TIMEOUT(catalogSettled(page), kUiTimeoutMs);
        page.showTab(Tab::Revenue);
        ui::RevenueView *revenue = page.revenueView();
        QTRY_VERIFY_WITH_TIMEOUT(!revenue->isLoading(), kUiTimeoutMs);
        QVERIFY(!revenue->errorBanner()->isVisible());
        QCOMPARE(revenue->totals().revenue, qint64(0));
        QVERIFY(revenue->emptyLabel()->isVisible());
        QVERIFY(revenue->emptyLabel()->text().startsWith(u"No revenue in the last 30 days."_s));
        QVERIFY(!revenue->currencyBox()->isVisible()); // one currency (nothing at all): no choice to offer
    }

    void ledgerFailureShown()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("needs the emulator to make the ledger fail");
        ui::PaymentsPage page(fixture.context);
        QVERIFY(showView(page, {1200, 760}));
        QTRY_VERIFY_WITH_TIMEOUT(catalogSettled(page), kUiTimeoutMs);
        fixture.emulator()->addFault({.kind = emulator::Fault::Kind::Status, .pathPattern = u"^/internal/payments/transactions"_s,
                                      .count = -1, .status = 503, .message = u"ledger down"_s});
        page.showTab(Tab::Revenue);
        ui::RevenueView *revenue = page.revenueView();
        QTRY_VERIFY_WITH_TIMEOUT(!revenue->isLoading() && revenue->errorBanner()->isVisible(), 30'000);
        QVERIFY(showsText(revenue, u"No revenue to show: the ledger could not be read."_s));
        QVERIFY(showsText(revenue->errorBanner(), u"503"_s));
        QVERIFY(!page.showsError()); // the rest of the page is fine

        // Retry once the ledger is back.
        fixture.emulator()->clearFaults();
        QPushButton *retry = findButton<QPushButton>(revenue->errorBanner(), u"Retry"_s);
        QVERIFY(retry);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!revenue->isLoading(), 30'000);
        QVERIFY(!revenue->errorBanner()->isVisible());
        QVERIFY(!revenue->emptyLabel()->text().contains(u"could not be read"_s));
    }

    void unsavedEditsAskedAbout()
    {
        const auto server = TestServer::start();
        QVERIFY(server);
        HEXCLAVE_REQUIRE(*server, Needs::DashboardAccount);
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        ui::AppSettings settings(nullptr);
        api::ConnectionSession *session = signInDashboard(workspace, server->apiRoot(), server->publishableClientKey(),
                                                          server->email(), server->password());
        QCOMPARE(session->state(), api::ConnectionSession::State::Ready);
        settings.setValue(ui::AppSettings::Key::LastArea, u"payments"_s);
        settings.setValue(ui::AppSettings::Key::LastConnectionId, session->connection().id);
        settings.setValue(ui::AppSettings::Key::LastProjectId, server->projectId());
        ui::MainWindow window(&workspace, &settings);
        window.resize(1280, 800);
        window.show();
        ui::PaymentsPage *page = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((page = qobject_cast<ui::PaymentsPage *>(window.currentPage())) && catalogSettled(*page),
                                 kUiTimeoutMs);
        ui::ProductsEditor *editor = page->productsEditor();
        QTreeWidget *items = editor->itemsList();
        QVERIFY2(items->topLevelItemCount() > 0, "the project has no items to delete");
        const QString itemId = items->topLevelItem(0)->data(0, ui::ProductsEditor::EntryIdRole).toString();
        QVERIFY(editor->selectEntry(ui::ProductsEditor::EntryKind::Item, itemId));
        bool answered = false;
        answerNextMessageBox(page, &answered, u"Delete"_s);
        editor->deleteSelected();
        QTRY_VERIFY_WITH_TIMEOUT(answered, kUiTimeoutMs);
        QVERIFY(page->hasUnsavedChanges());

        // Closing asks; keeping the edits keeps the window.
        answered = false;
        answerNextMessageBox(&window, &answered, u"Keep editing"_s);
        window.close();
        QTRY_VERIFY_WITH_TIMEOUT(answered, kUiTimeoutMs);
        QVERIFY(window.isVisible());
        QCOMPARE(window.currentPage(), page);
        QVERIFY(page->hasUnsavedChanges());

        // Discarding them lets it close; nothing was written.
        answered = false;
        answerNextMessageBox(&window, &answered, u"Discard changes"_s);
        window.close();
        QTRY_VERIFY_WITH_TIMEOUT(answered, kUiTimeoutMs);
        QVERIFY(!window.isVisible());
    }

private:
    EnglishPlurals m_plurals;
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestPaymentsPage)
#include "tst_PaymentsPage.moc"
