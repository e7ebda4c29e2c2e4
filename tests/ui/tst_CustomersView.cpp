// CustomersView against the TestServer (the emulator, or a live server), clicked through like a
// person would: a catalog of the test's own written to the config first; a user picked in the user
// picker (one at a time) shows their balances; "Change quantity…" adds 10 (the balance updated
// in place, and on the server), a change below zero is refused and explained; products granted
// (a stackable one three at once) appear in the list, granting a non-stackable one twice is
// refused. On the emulator's demo project: a team chosen from the teams list shows the empty state
// of a catalog without team items, a custom ID its items, an unknown user is reported once; a
// change whose outcome is uncertain (a 5xx) reads the balance again before another can be sent.
// With a server key (no catalog): items looked up by ID, changed, a product granted by ID. And
// light and dark screenshots (HEXCLAVE_SCREENSHOT_DIR=<dir> saves them).

#include "DemoProjectFixture.h"
#include "UserViewTestHelpers.h"

#include "emulator/Emulator.h"
#include "TeamsModel.h"
#include "UsersModel.h"
#include "dialogs/UserPickerDialog.h"
#include "endpoints/ConfigEndpoints.h"
#include "endpoints/PaymentsEndpoints.h"
#include "endpoints/TeamsEndpoints.h"
#include "pages/payments/customers/ChangeQuantityDialog.h"
#include "pages/payments/customers/CustomerChooser.h"
#include "pages/payments/customers/CustomersView.h"
#include "pages/payments/customers/GrantProductDialog.h"
#include "pages/payments/PaymentsPage.h"
#include "pages/payments/customers/TeamPickerDialog.h"
#include "payments/ItemBalancesModel.h"
#include "payments/OwnedProductsModel.h"
#include "UserChoiceModel.h"
#include "widgets/ErrorBanner.h"
#include "widgets/ExpiryPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QStyleFactory>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using models::ItemBalancesModel;
using models::OwnedProductsModel;
using RowState = ItemBalancesModel::RowState;

// Sends `call` with the context's client and waits for the answer.
template <class T>
std::optional<T> runWith(const ui::ProjectContext &context, api::Call<T> call, QString *error = nullptr)
{
    std::optional<T> result;
    bool done = false;
    api::Job<T> *job = context.client()->send(std::move(call));
    QObject receiver;
    QObject::connect(job, &api::ApiJob::finished, &receiver, [&] {
        if (job->succeeded())
            result = job->takeValue();
        else if (error)
            *error = job->error().describe();
        done = true;
    });
    [[maybe_unused]] const bool answered = QTest::qWaitFor([&done] { return done; }, kUiTimeoutMs);
    return result;
}

// Items and products of the test's own in the branch override (unique ids, so that a live
// project's catalog is left alone), removed again when it goes.
class TestCatalog
{
public:
    explicit TestCatalog(const ui::ProjectContext &context)
        : m_context(context)
        , m_tag(u"tc"_s + QString::number(QRandomGenerator::global()->bounded(1u << 30), 36))
    {
        api::ConfigPatch patch;
        patch.setJson(api::PaymentsCatalog::itemPath(itemId()), uR"({"displayName":"Test credits","customerType":"user"})"_s);
        patch.setJson(api::PaymentsCatalog::productPath(planId()),
                      uR"({"displayName":"Test Pro","customerType":"user","serverOnly":false,"stackable":false,)"
                      uR"("isAddOnTo":false,"prices":{"monthly":{"USD":"10","interval":[1,"month"]}},"includedItems":{}})"_s);
        patch.setJson(api::PaymentsCatalog::productPath(packId()),
                      uR"({"displayName":"Test pack","customerType":"user","serverOnly":false,"stackable":true,)"
                      uR"("isAddOnTo":false,"prices":{"once":{"USD":"5"}},"includedItems":{}})"_s);
        written = runWith(m_context, api::config::patchOverride(m_context.scope(), api::ConfigLevel::Branch, patch), &error)
                      .has_value();
    }

    ~TestCatalog()
    {
        if (!written)
            return;
        api::ConfigPatch patch;
        patch.remove(api::PaymentsCatalog::itemPath(itemId()));
        patch.remove(api::PaymentsCatalog::productPath(planId()));
        patch.remove(api::PaymentsCatalog::productPath(packId()));
        runWith(m_context, api::config::patchOverride(m_context.scope(), api::ConfigLevel::Branch, patch));
    }

    TestCatalog(const TestCatalog &) = delete;
    TestCatalog &operator=(const TestCatalog &) = delete;

    QString itemId() const { return m_tag + u"_credits"_s; }
    QString planId() const { return m_tag + u"_pro"_s; }
    QString packId() const { return m_tag + u"_pack"_s; }

    bool written = false;
    QString error;

private:
    ui::ProjectContext m_context;
    QString m_tag;
};

bool loadCatalog(models::PaymentsCatalogSource &catalog)
{
    catalog.load();
    return QTest::qWaitFor([&catalog] { return catalog.isLoaded(); }, kUiTimeoutMs);
}

// The balance of `itemId` once it has been read (nothing while it is not).
std::optional<qint64> shownBalance(const ui::CustomersView &view, const QString &itemId)
{
    const int row = view.balancesModel()->rowOf(itemId);
    if (row < 0 || view.balancesModel()->stateAt(row) != RowState::Loaded)
        return std::nullopt;
    return view.balancesModel()->quantityAt(row);
}

int productRow(const ui::CustomersView &view, const QString &productId)
{
    return view.productsModel()->rowOf(productId);
}

QString productCell(const ui::CustomersView &view, const QString &productId, int column)
{
    const int row = productRow(view, productId);
    return row < 0 ? QString() : view.productsModel()->index(row, column).data().toString();
}

// Types `text` over what the spin box holds, as a person selecting it first would.
void typeNumber(QSpinBox *spin, const QString &text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
}

} // namespace

class TestCustomersView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(u"Fusion"_s)); }
    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void pickUserChangeQuantityAndGrant()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        TestCatalog testCatalog(fixture.context);
        QVERIFY2(testCatalog.written, qPrintable(testCatalog.error));
        const QString marker = TestServer::uniqueName(u"cust"_s);
        const auto other = fixture.createUser(marker + u" Alan"_s);
        const auto carol = fixture.createUser(marker + u" Carol"_s);
        QVERIFY(other && carol);
        const api::CustomerRef customer{api::CustomerType::User, carol->id};

        models::PaymentsCatalogSource catalog(fixture.context.client(), fixture.context.scope());
        ui::CustomersView view({fixture.context, &catalog}, nullptr);
        QVERIFY(showView(view, {900, 640}));
        QCOMPARE(view.placeholderText(), u"Choose a customer to see their items and products"_s);
        QTRY_VERIFY_WITH_TIMEOUT(catalog.isLoaded(), kUiTimeoutMs); // the view asked for it when shown
        QVERIFY(!view.changeQuantityButton()->isEnabled());

        // Ctrl+F goes to the customer chooser.
        QTest::keyClick(&view, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(view.chooser()->chooseUserButton()->hasFocus());

        // One user at a time: ticking a second one replaces the first.
        bool done = false;
        onNextModal<ui::UserPickerDialog>(this, &done, [&](ui::UserPickerDialog *picker) {
            QTest::keyClicks(picker->searchField(), marker);
            QTRY_VERIFY_WITH_TIMEOUT(picker->usersModel()->filter().search == marker && !picker->usersModel()->isLoading(),
                                     kUiTimeoutMs);
            QCOMPARE(picker->usersModel()->rowCount(), 2);
            const int carolRow = picker->usersModel()->loadedRowOf(carol->id);
            clickCheckBox(picker->table(), picker->choiceModel()->index(1 - carolRow, models::UsersModel::NameColumn));
            clickCheckBox(picker->table(), picker->choiceModel()->index(carolRow, models::UsersModel::NameColumn));
            QCOMPARE(picker->chosenUsers().size(), 1);
            QCOMPARE(picker->chosenUsers().first().id, carol->id);
            QTest::mouseClick(picker->acceptButton(), Qt::LeftButton);
        });
        QTest::mouseClick(view.chooser()->chooseUserButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QCOMPARE(view.customer().id, carol->id);
        QCOMPARE(view.customer().type, api::CustomerType::User);
        QVERIFY(view.placeholderText().isEmpty());
        QVERIFY2(view.chooser()->userLabel()->text().contains(carol->primaryEmail.value()),
                 qPrintable(view.chooser()->userLabel()->text()));

        // Balances show: only the user items, ours at zero.
        QTRY_COMPARE_WITH_TIMEOUT(shownBalance(view, testCatalog.itemId()), std::optional<qint64>(0), kUiTimeoutMs);
        for (const api::PaymentItem &item : catalog.catalog().items)
            QCOMPARE(view.balancesModel()->rowOf(item.id) >= 0, item.customerType == api::CustomerType::User);
        QTRY_VERIFY_WITH_TIMEOUT(view.productsModel()->state() == OwnedProductsModel::State::Loaded, kUiTimeoutMs);
        QCOMPARE(view.productsEmptyText(), marker + u" Carol owns no products."_s);

        // Change quantity +10.
        const int row = view.balancesModel()->rowOf(testCatalog.itemId());
        clickCell(view.balancesTable(), row, ItemBalancesModel::ItemColumn);
        QVERIFY(view.changeQuantityButton()->isEnabled());
        done = false;
        onNextModal<ui::ChangeQuantityDialog>(this, &done, [&](ui::ChangeQuantityDialog *dialog) {
            QVERIFY(!dialog->applyButton()->isEnabled()); // nothing to change yet
            typeNumber(dialog->deltaField(), u"10"_s);
            QCOMPARE(dialog->deltaField()->value(), 10);
            QVERIFY2(dialog->resultText().startsWith(u"Balance after the change: 10 "_s), qPrintable(dialog->resultText()));
            QVERIFY(dialog->expiryPicker()->isEnabled());
            QTest::keyClicks(dialog->descriptionField(), u"Welcome bonus"_s);
            QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
            QVERIFY(dialog->isBusy()); // closes once changed
        });
        QTest::mouseClick(view.changeQuantityButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QTRY_COMPARE_WITH_TIMEOUT(shownBalance(view, testCatalog.itemId()), std::optional<qint64>(10), kUiTimeoutMs);
        QVERIFY2(view.statusText().contains(u"added 10"_s), qPrintable(view.statusText()));
        const auto onServer = fixture.run(api::payments::item(fixture.context.scope(), customer, testCatalog.itemId()));
        QVERIFY(onServer);
        QCOMPARE(onServer->quantity, 10);

        // Taking away more than there is: warned before, refused by the server, explained.
        done = false;
        onNextModal<ui::ChangeQuantityDialog>(this, &done, [&](ui::ChangeQuantityDialog *dialog) {
            typeNumber(dialog->deltaField(), u"-25"_s);
            QCOMPARE(dialog->deltaField()->value(), -25);
            QVERIFY2(dialog->resultText().contains(u"below zero"_s), qPrintable(dialog->resultText()));
            QVERIFY(!dialog->expiryPicker()->isEnabled()); // only an addition expires
            QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kUiTimeoutMs);
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->errorBanner()->isShowingError());
            QVERIFY2(showsText(dialog->errorBanner(), u"does not hold enough of Test credits to take away 25"_s),
                     qPrintable(visibleLabelTexts(dialog->errorBanner()).join(u" | ")));
            QVERIFY(showsText(dialog->errorBanner(), u"ITEM_QUANTITY_INSUFFICIENT_AMOUNT"_s));
            QVERIFY(dialog->allowNegativeBox()->hasFocus());
            typeNumber(dialog->deltaField(), u"0"_s); // nothing typed to lose: Cancel closes at once
            QTest::mouseClick(findButton<QPushButton>(dialog, u"Cancel"_s), Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
        });
        QTest::mouseClick(view.changeQuantityButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QCOMPARE(shownBalance(view, testCatalog.itemId()), std::optional<qint64>(10));
        QCOMPARE(fixture.run(api::payments::item(fixture.context.scope(), customer, testCatalog.itemId()))->quantity, 10);

        // Grant a product: it appears in the list.
        QVERIFY(view.grantButton()->isEnabled());
        done = false;
        onNextModal<ui::GrantProductDialog>(this, &done, [&](ui::GrantProductDialog *dialog) {
            QVERIFY(showsText(dialog, u"without payment"_s));
            QComboBox *products = dialog->productField();
            const int index = products->findData(testCatalog.planId());
            QVERIFY(index >= 0);
            products->setCurrentIndex(index);
            QVERIFY(!dialog->quantityField()->isEnabled()); // not stackable
            QCOMPARE(dialog->quantityField()->value(), 1);
            QVERIFY2(dialog->productNote().contains(u"A subscription, renewing every month"_s), qPrintable(dialog->productNote()));
            QTest::mouseClick(dialog->grantButton(), Qt::LeftButton);
        });
        QTest::mouseClick(view.grantButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QTRY_COMPARE_WITH_TIMEOUT(productCell(view, testCatalog.planId(), OwnedProductsModel::ProductColumn), u"Test Pro"_s,
                                  kUiTimeoutMs);
        QCOMPARE(productCell(view, testCatalog.planId(), OwnedProductsModel::KindColumn), u"Subscription"_s);
        QVERIFY(productCell(view, testCatalog.planId(), OwnedProductsModel::PeriodEndColumn).startsWith(u"Renews "_s));
        QVERIFY2(view.statusText().contains(u"Granted Test Pro to"_s), qPrintable(view.statusText()));
        QVERIFY(view.productsEmptyText().isEmpty());

        // The same non-stackable product again: said before sending, refused by the server.
        done = false;
        onNextModal<ui::GrantProductDialog>(this, &done, [&](ui::GrantProductDialog *dialog) {
            dialog->productField()->setCurrentIndex(dialog->productField()->findData(testCatalog.planId()));
            QVERIFY2(dialog->productNote().contains(u"already owns this product"_s), qPrintable(dialog->productNote()));
            QTest::mouseClick(dialog->grantButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kUiTimeoutMs);
            QVERIFY(dialog->errorBanner()->isShowingError());
            QVERIFY2(showsText(dialog->errorBanner(), u"already owns Test Pro"_s),
                     qPrintable(visibleLabelTexts(dialog->errorBanner()).join(u" | ")));
            QVERIFY(showsText(dialog->errorBanner(), u"PRODUCT_ALREADY_GRANTED"_s));
            QTest::mouseClick(findButton<QPushButton>(dialog, u"Cancel"_s), Qt::LeftButton);
        });
        QTest::mouseClick(view.grantButton(), Qt::LeftButton);
        QTRY_VERIFY(done);

        // A stackable one, three at once.
        done = false;
        onNextModal<ui::GrantProductDialog>(this, &done, [&](ui::GrantProductDialog *dialog) {
            dialog->productField()->setCurrentIndex(dialog->productField()->findData(testCatalog.packId()));
            QVERIFY(dialog->quantityField()->isEnabled());
            typeNumber(dialog->quantityField(), u"3"_s);
            QTest::mouseClick(dialog->grantButton(), Qt::LeftButton);
        });
        QTest::mouseClick(view.grantButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QTRY_COMPARE_WITH_TIMEOUT(productCell(view, testCatalog.packId(), OwnedProductsModel::QuantityColumn), u"3"_s,
                                  kUiTimeoutMs);
        QCOMPARE(productCell(view, testCatalog.packId(), OwnedProductsModel::KindColumn), u"One-time"_s);
        QCOMPARE(productCell(view, testCatalog.planId(), OwnedProductsModel::ProductColumn), u"Test Pro"_s);
    }

    // A user the server does not know: said once, above the lists; nothing can be changed.
    void unknownUser()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        TestCatalog testCatalog(fixture.context);
        QVERIFY2(testCatalog.written, qPrintable(testCatalog.error));
        models::PaymentsCatalogSource catalog(fixture.context.client(), fixture.context.scope());
        QVERIFY(loadCatalog(catalog));
        ui::CustomersView view({fixture.context, &catalog}, nullptr);
        QVERIFY(showView(view, {900, 640}));
        const QString ghost = QUuid::createUuid().toString(QUuid::WithoutBraces);
        view.showCustomer({api::CustomerType::User, ghost}, u"Ghost"_s);
        QCOMPARE(view.chooser()->userLabel()->text(), u"Ghost"_s);
        QTRY_VERIFY_WITH_TIMEOUT(view.errorBanner()->isShowingError(), kUiTimeoutMs);
        QVERIFY2(showsText(view.errorBanner(), u"The user Ghost does not exist in this project"_s),
                 qPrintable(visibleLabelTexts(view.errorBanner()).join(u" | ")));
        QTRY_VERIFY_WITH_TIMEOUT(!view.balancesModel()->isLoading(), kUiTimeoutMs);
        const int row = view.balancesModel()->rowOf(testCatalog.itemId());
        QVERIFY(row >= 0);
        QCOMPARE(view.balancesModel()->index(row, ItemBalancesModel::QuantityColumn).data().toString(), u"—"_s);
        clickCell(view.balancesTable(), row, ItemBalancesModel::ItemColumn);
        QVERIFY(!view.changeQuantityButton()->isEnabled());
        QVERIFY(!view.grantButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(view.productsEmptyText(), u"Ghost owns no products."_s, kUiTimeoutMs);
        QVERIFY(!findButton<QPushButton>(view.productsTable(), u"Grant product…"_s)); // not offered in the list either
        QVERIFY(Screenshots().save(&view, u"customers-unknown-user"_s));
    }

    // On the emulator's demo project: a team from the teams list, in a catalog without team items;
    // a custom customer by ID; each type remembers its customer.
    void teamAndCustomCustomers()
    {
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        {
            // No team items: the demo's are removed first.
            models::PaymentsCatalogSource before(fixture.context.client(), fixture.context.scope());
            QVERIFY(loadCatalog(before));
            api::ConfigPatch patch;
            for (const api::PaymentItem &item : before.catalog().items) {
                if (item.customerType == api::CustomerType::Team)
                    patch.remove(api::PaymentsCatalog::itemPath(item.id));
            }
            QVERIFY(!patch.isEmpty());
            QVERIFY(runWith(fixture.context, api::config::patchOverride(fixture.context.scope(), api::ConfigLevel::Branch, patch)));
        }
        const auto teams = runWith(fixture.context, api::teams::list(fixture.context.scope()));
        QVERIFY(teams && !teams->items.isEmpty());
        const api::Team team = teams->items.first();

        models::PaymentsCatalogSource catalog(fixture.context.client(), fixture.context.scope());
        ui::CustomersView view({fixture.context, &catalog}, nullptr);
        QVERIFY(showView(view, {900, 640}));
        QTRY_VERIFY_WITH_TIMEOUT(catalog.isLoaded(), kUiTimeoutMs);

        QComboBox *type = view.chooser()->typeField();
        type->setFocus();
        QTest::keyClick(type, Qt::Key_Down); // Team
        QCOMPARE(view.chooser()->type(), api::CustomerType::Team);
        QVERIFY(view.chooser()->chooseTeamButton()->isVisible());
        QCOMPARE(view.placeholderText(), u"Choose a customer to see their items and products"_s);
        QTest::keyClick(&view, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(view.chooser()->chooseTeamButton()->hasFocus());

        bool done = false;
        onNextModal<ui::TeamPickerDialog>(this, &done, [&](ui::TeamPickerDialog *picker) {
            QTRY_VERIFY_WITH_TIMEOUT(picker->teamsModel()->rowCount() == int(teams->items.size()), kUiTimeoutMs);
            QTest::keyClicks(picker->filterField(), team.id);
            QCOMPARE(picker->table()->model()->rowCount(), 1);
            QCOMPARE(picker->statusLabel()->text(), u"1 team(s)"_s);
            QTest::keyClick(picker->filterField(), Qt::Key_Return); // the only one left
            QCOMPARE(picker->result(), int(QDialog::Accepted));
        });
        QTest::keyClick(view.chooser()->chooseTeamButton(), Qt::Key_Space);
        QTRY_VERIFY(done);
        QCOMPARE(view.customer().type, api::CustomerType::Team);
        QCOMPARE(view.customer().id, team.id);
        QCOMPARE(view.chooser()->teamLabel()->text(), team.displayName);
        QCOMPARE(view.balancesModel()->rowCount(), 0);
        QCOMPARE(view.balancesEmptyText(),
                 u"This project has no items for team customers — add them under Products & items"_s);
        QTRY_VERIFY_WITH_TIMEOUT(view.productsModel()->state() == OwnedProductsModel::State::Loaded, kUiTimeoutMs);
        QVERIFY(view.grantButton()->isEnabled()); // the demo has team products
        QVERIFY(Screenshots().save(&view, u"customers-team-without-items"_s));

        // A custom customer: any ID; its items (the demo's custom ones) are listed.
        QTest::keyClick(type, Qt::Key_Down); // Custom
        QCOMPARE(view.chooser()->type(), api::CustomerType::Custom);
        QVERIFY(view.customer().id.isEmpty());
        QVERIFY(!view.chooser()->showCustomButton()->isEnabled());
        QTest::keyClicks(view.chooser()->customIdField(), u"acme-corp"_s);
        QTest::keyClick(view.chooser()->customIdField(), Qt::Key_Return);
        QCOMPARE(view.customer().type, api::CustomerType::Custom);
        QCOMPARE(view.customer().id, u"acme-corp"_s);
        int customItems = 0;
        for (const api::PaymentItem &item : catalog.catalog().items)
            customItems += item.customerType == api::CustomerType::Custom ? 1 : 0;
        QVERIFY(customItems > 0);
        QCOMPARE(view.balancesModel()->rowCount(), customItems);
        QTRY_VERIFY_WITH_TIMEOUT(!view.balancesModel()->isLoading(), kUiTimeoutMs);
        for (int row = 0; row < customItems; ++row)
            QCOMPARE(view.balancesModel()->stateAt(row), RowState::Loaded);

        // Back to Team: the team chosen before.
        QTest::keyClick(type, Qt::Key_Up);
        QCOMPARE(view.customer().id, team.id);
        QCOMPARE(view.chooser()->teamLabel()->text(), team.displayName);
    }

    // A server key cannot read the configuration: items are looked up by the ID typed in (an
    // unknown one says so on its row), changed as usual; a product is granted by its ID.
    void serverKeyLooksUpItemsById()
    {
        UserViewFixture fixture(api::CredentialKind::ServerKey);
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::ServerKey);
        // The emulator's demo catalog; a live project gets items of the test's own (written with
        // the admin key, which the server key cannot do).
        QString itemId = u"credits"_s;
        QString packId = u"credit-pack"_s;
        std::optional<UserViewFixture> admin;
        std::optional<TestCatalog> testCatalog;
        if (!fixture.emulator()) {
            admin.emplace();
            HEXCLAVE_REQUIRE_FIXTURE(*admin, Needs::AdminKey);
            testCatalog.emplace(admin->context);
            QVERIFY2(testCatalog->written, qPrintable(testCatalog->error));
            itemId = testCatalog->itemId();
            packId = testCatalog->packId();
        }
        const QString marker = TestServer::uniqueName(u"skey"_s);
        const auto dora = fixture.createUser(marker + u" Dora"_s);
        QVERIFY(dora);
        const api::CustomerRef customer{api::CustomerType::User, dora->id};

        ui::PaymentsPage page(fixture.context);
        QVERIFY(showView(page, {1000, 680}));
        ui::CustomersView &view = *page.customersView();
        QVERIFY(!page.errorBanner()->isVisible());
        QVERIFY(!view.itemIdField()->isHidden());
        QVERIFY(!view.itemIdField()->isEnabled()); // no customer yet

        bool done = false;
        onNextModal<ui::UserPickerDialog>(this, &done, [&](ui::UserPickerDialog *picker) {
            QTest::keyClicks(picker->searchField(), marker);
            QTRY_VERIFY_WITH_TIMEOUT(picker->usersModel()->filter().search == marker && !picker->usersModel()->isLoading()
                                         && picker->usersModel()->rowCount() == 1,
                                     kUiTimeoutMs);
            clickCheckBox(picker->table(), picker->choiceModel()->index(0, models::UsersModel::NameColumn));
            QTest::mouseClick(picker->acceptButton(), Qt::LeftButton);
        });
        QTest::mouseClick(view.chooser()->chooseUserButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QCOMPARE(view.customer().id, dora->id);
        QVERIFY2(view.balancesEmptyText().contains(u"Type an item's ID above"_s), qPrintable(view.balancesEmptyText()));
        QVERIFY(!view.errorBanner()->isVisible()); // the catalog was not even tried
        QVERIFY(view.itemIdField()->isVisible());
        QVERIFY(!view.lookUpButton()->isEnabled()); // nothing typed yet

        // An ID the project does not have: said on its row; nothing to change there.
        QTest::keyClicks(view.itemIdField(), u"no_such_item"_s);
        QTest::keyClick(view.itemIdField(), Qt::Key_Return);
        QVERIFY(view.itemIdField()->text().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(view.balancesModel()->stateAt(0), RowState::Failed, kUiTimeoutMs);
        QCOMPARE(view.balancesModel()->index(0, ItemBalancesModel::QuantityColumn).data().toString(),
                 u"No item with this ID in the project"_s);
        QVERIFY(!view.changeQuantityButton()->isEnabled());

        // The real one, looked up with the button: its balance is read and it is selected.
        QTest::keyClicks(view.itemIdField(), itemId);
        QTest::mouseClick(view.lookUpButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(shownBalance(view, itemId).has_value(), kUiTimeoutMs);
        const qint64 before = *shownBalance(view, itemId);
        QVERIFY(view.changeQuantityButton()->isEnabled());

        done = false;
        onNextModal<ui::ChangeQuantityDialog>(this, &done, [&](ui::ChangeQuantityDialog *dialog) {
            typeNumber(dialog->deltaField(), u"7"_s);
            QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        });
        QTest::mouseClick(view.changeQuantityButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QTRY_COMPARE_WITH_TIMEOUT(shownBalance(view, itemId), std::optional<qint64>(before + 7), kUiTimeoutMs);
        const auto onServer = fixture.run(api::payments::item(fixture.context.scope(), customer, itemId));
        QVERIFY(onServer);
        QCOMPARE(onServer->quantity, before + 7);

        // Grant by product ID: an unknown one is refused and explained; a real one is listed.
        QVERIFY(view.grantButton()->isEnabled());
        done = false;
        onNextModal<ui::GrantProductDialog>(this, &done, [&](ui::GrantProductDialog *dialog) {
            QVERIFY(dialog->productIdField()->isVisible());
            QVERIFY(!dialog->productField()->isVisible());
            QVERIFY(!dialog->grantButton()->isEnabled());
            QTest::keyClicks(dialog->productIdField(), u"no-such-product"_s);
            QTest::mouseClick(dialog->grantButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->errorBanner()->isShowingError(), kUiTimeoutMs);
            QVERIFY2(showsText(dialog->errorBanner(), u"no product with the ID no-such-product"_s),
                     qPrintable(visibleLabelTexts(dialog->errorBanner()).join(u" | ")));
            dialog->productIdField()->clear();
            QTest::keyClicks(dialog->productIdField(), packId);
            QTest::mouseClick(dialog->grantButton(), Qt::LeftButton);
        });
        QTest::mouseClick(view.grantButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(productRow(view, packId) >= 0, kUiTimeoutMs);
        QVERIFY(Screenshots().save(&page, u"customers-server-key"_s));
    }

    // A change without a clear answer (here a 503) is not offered again as it was: the balance
    // is read again at once and shown, the change cleared.
    void uncertainChangeReadsTheBalanceAgain()
    {
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        const auto users = runWith(fixture.context, api::users::list(fixture.context.scope(), {}));
        QVERIFY(users && !users->items.isEmpty());
        const api::CustomerRef customer{api::CustomerType::User, users->items.first().id};
        const auto before = runWith(fixture.context, api::payments::item(fixture.context.scope(), customer, u"credits"_s));
        QVERIFY(before);

        models::PaymentsCatalogSource catalog(fixture.context.client(), fixture.context.scope());
        QVERIFY(loadCatalog(catalog));
        ui::CustomersView view({fixture.context, &catalog}, nullptr);
        QVERIFY(showView(view, {900, 640}));
        view.showCustomer(customer, u"Someone"_s);
        QTRY_VERIFY_WITH_TIMEOUT(shownBalance(view, u"credits"_s).has_value(), kUiTimeoutMs);
        clickCell(view.balancesTable(), view.balancesModel()->rowOf(u"credits"_s), ItemBalancesModel::ItemColumn);

        // Someone else's change lands meanwhile; ours gets no clear answer.
        api::payments::ItemQuantityChange other;
        other.delta = 3;
        QVERIFY(runWith(fixture.context, api::payments::updateItemQuantity(fixture.context.scope(), customer, u"credits"_s, other)));
        fixture.emulator->addFault({.kind = emulator::Fault::Kind::Status, .method = u"POST"_s,
                                    .pathPattern = u"/payments/items/.*/update-quantity"_s, .status = 503,
                                    .message = u"upstream timed out"_s});
        const QString now = QLocale().toString(before->quantity + 3);
        bool done = false;
        onNextModal<ui::ChangeQuantityDialog>(this, &done, [&](ui::ChangeQuantityDialog *dialog) {
            typeNumber(dialog->deltaField(), u"5"_s);
            QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->errorBanner()->isShowingError(), kUiTimeoutMs);
            QVERIFY(dialog->isVisible());
            QVERIFY2(showsText(dialog->errorBanner(), u"may or may not have been applied; the balance is now "_s + now),
                     qPrintable(visibleLabelTexts(dialog->errorBanner()).join(u" | ")));
            QCOMPARE(dialog->currentBalanceText(), now);
            // Not re-sendable as it was: the change has to be typed again.
            QCOMPARE(dialog->deltaField()->value(), 0);
            QVERIFY(!dialog->applyButton()->isEnabled());
            QTest::mouseClick(findButton<QPushButton>(dialog, u"Cancel"_s), Qt::LeftButton);
        });
        QTest::mouseClick(view.changeQuantityButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        // The list shows the balance read again too.
        QTRY_COMPARE_WITH_TIMEOUT(shownBalance(view, u"credits"_s), std::optional<qint64>(before->quantity + 3), kUiTimeoutMs);
        const QList<emulator::RecordedRequest> posts = fixture.emulator->recordedRequests();
        int changes = 0;
        for (const emulator::RecordedRequest &request : posts)
            changes += request.path.endsWith(u"/update-quantity"_s) ? 1 : 0;
        QCOMPARE(changes, 2); // the other one and ours, not sent again
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
        DemoProjectFixture fixture(20);
        QVERIFY(fixture.context.isValid());
        models::PaymentsCatalogSource catalog(fixture.context.client(), fixture.context.scope());
        QVERIFY(loadCatalog(catalog));
        const auto users = runWith(fixture.context, api::users::list(fixture.context.scope(), {}));
        QVERIFY(users && !users->items.isEmpty());
        const api::User user = users->items.first();
        const api::CustomerRef customer{api::CustomerType::User, user.id};
        const QList<api::Product> grantable = ui::GrantProductDialog::grantableProducts(catalog.catalog(), api::CustomerType::User);
        for (const api::Product &product : grantable) {
            if (product.stackable || (!product.prices.isEmpty() && product.prices.first().interval))
                runWith(fixture.context, api::payments::grantProduct(fixture.context.scope(), customer, product.id,
                                                                     product.stackable ? 2 : 1));
        }
        api::payments::ItemQuantityChange change;
        change.delta = 250;
        QVERIFY(runWith(fixture.context, api::payments::updateItemQuantity(fixture.context.scope(), customer, u"credits"_s, change)));

        ui::CustomersView view({fixture.context, &catalog}, nullptr);
        QVERIFY(showView(view, {860, 560}));
        const QString suffix = dark ? u"-dark"_s : QString();
        QVERIFY(Screenshots().save(&view, u"customers-empty"_s + suffix));
        view.showCustomer(customer, user.label());
        QTRY_VERIFY_WITH_TIMEOUT(!view.balancesModel()->isLoading()
                                     && view.productsModel()->state() == OwnedProductsModel::State::Loaded,
                                 kUiTimeoutMs);
        QVERIFY(view.productsModel()->rowCount() > 0);
        clickCell(view.balancesTable(), 0, ItemBalancesModel::ItemColumn);
        QTest::qWait(50);
        QVERIFY(Screenshots().save(&view, u"customers-user"_s + suffix));

        ui::ChangeQuantityDialog changeDialog(fixture.context,
                                              {customer, user.label(), u"credits"_s, u"Credits"_s, view.balancesModel()->quantityAt(0)},
                                              &view);
        changeDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&changeDialog));
        typeNumber(changeDialog.deltaField(), u"-5000"_s);
        QTest::qWait(50);
        QVERIFY(Screenshots().save(&changeDialog, u"customers-change-quantity"_s + suffix));
        typeNumber(changeDialog.deltaField(), u"0"_s);
        changeDialog.reject();

        ui::GrantProductDialog::Subject subject{customer, user.label(), grantable, {}, catalog.catalog().productLines};
        for (const api::Product &product : catalog.catalog().products) {
            if (view.productsModel()->owns(product.id))
                subject.owned << product;
        }
        ui::GrantProductDialog grantDialog(fixture.context, subject, &view);
        grantDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grantDialog));
        QTest::qWait(50);
        QVERIFY(Screenshots().save(&grantDialog, u"customers-grant"_s + suffix));
        grantDialog.reject();
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestCustomersView)
#include "tst_CustomersView.moc"
