// The products & items editor against the TestServer (the emulator, or a live server; every
// entry made is deleted afterwards): an item and a product using it made through the dialogs,
// refused amounts shown before OK, the review's diff, the save read back from the server; an
// edit and deletes with their confirmations (references named); a failed save keeping the edits
// (emulator only); edits kept when the server's catalog changes; the empty state. Screenshots
// of the editor and the dialogs in light and dark palettes (HEXCLAVE_SCREENSHOT_DIR).

#include "UserViewTestHelpers.h"

#include "endpoints/ConfigEndpoints.h"
#include "pages/payments/catalog/CatalogEntryDialog.h"
#include "pages/payments/catalog/CatalogReviewDialog.h"
#include "pages/payments/catalog/DayIntervalField.h"
#include "pages/payments/catalog/ProductDialog.h"
#include "pages/payments/catalog/ProductsEditor.h"
#include "payments/PaymentsCatalogSource.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"
#include "widgets/PaletteColors.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using EntryKind = models::CatalogDraft::EntryKind;
using emulator::Fault;

QString uniqueId(const QString &stem)
{
    return TestServer::uniqueName(stem).toLower().replace(u'.', u'_');
}

api::PaymentsCatalog catalogOnServer(UserViewFixture &fixture)
{
    const auto config = fixture.run(api::config::rendered(fixture.context.scope()));
    return config ? api::paymentsCatalogFrom(*config) : api::PaymentsCatalog{};
}

template <class Entry>
std::optional<Entry> byId(const QList<Entry> &entries, const QString &id)
{
    for (const Entry &entry : entries) {
        if (entry.id == id)
            return entry;
    }
    return std::nullopt;
}

// Writes settings as the editor would; true when they took effect.
bool writeSettings(UserViewFixture &fixture, const QList<models::ConfigSetting> &settings)
{
    models::ConfigSettingsWriter writer(fixture.context.client(), fixture.context.scope());
    bool done = false;
    bool ok = false;
    QObject::connect(&writer, &models::ConfigSettingsWriter::written, &writer, [&] { done = ok = true; });
    QObject::connect(&writer, &models::ConfigSettingsWriter::failed, &writer, [&done] { done = true; });
    return writer.write(settings) && QTest::qWaitFor([&done] { return done; }, kUiTimeoutMs) && ok;
}

// Catalog entries a test made, removed from the project's configuration when it ends.
class MadeEntries
{
public:
    explicit MadeEntries(UserViewFixture &fixture)
        : m_fixture(fixture)
    {
    }
    ~MadeEntries()
    {
        if (!m_fixture.isReady() || m_paths.isEmpty())
            return;
        const auto config = m_fixture.run(api::config::rendered(m_fixture.context.scope()));
        QList<models::ConfigSetting> removals;
        for (const QString &path : std::as_const(m_paths)) {
            if (config && !config->jsonAt(path).isEmpty())
                removals << models::ConfigSetting::removal(path);
        }
        if (!removals.isEmpty())
            writeSettings(m_fixture, removals);
    }
    MadeEntries(const MadeEntries &) = delete;
    MadeEntries &operator=(const MadeEntries &) = delete;

    QString product(const QString &stem) { return remember(api::PaymentsCatalog::productPath(uniqueId(stem))); }
    QString item(const QString &stem) { return remember(api::PaymentsCatalog::itemPath(uniqueId(stem))); }
    QString line(const QString &stem) { return remember(api::PaymentsCatalog::productLinePath(uniqueId(stem))); }

private:
    QString remember(const QString &path)
    {
        m_paths.prepend(path); // products (made last) go first
        return path.section(u'.', 2);
    }

    UserViewFixture &m_fixture;
    QStringList m_paths;
};

// The editor on the fixture's project, with its own catalog source, shown and loaded.
struct EditorUnderTest
{
    explicit EditorUnderTest(UserViewFixture &fixture)
        : source(fixture.context.client(), fixture.context.scope())
        , editor(ui::PaymentsContext{fixture.context, &source})
    {
    }
    bool show()
    {
        editor.resize(1100, 560);
        editor.show();
        editor.activateWindow();
        return QTest::qWaitForWindowActive(&editor)
            && QTest::qWaitFor([this] { return source.isLoaded() && !source.writer()->isBusy(); }, kUiTimeoutMs);
    }
    bool settled() const { return source.isLoaded() && !source.writer()->isBusy() && !editor.isSaving(); }

    models::PaymentsCatalogSource source;
    ui::ProductsEditor editor;
};

QToolButton *toolButton(QWidget *root, const QString &text)
{
    return findButton<QToolButton>(root, text);
}

// Clicks a line and gives its tree the focus (for F2 and Del), in the active window.
bool clickLine(QTreeWidget *tree, QTreeWidgetItem *line)
{
    if (!line)
        return false;
    tree->window()->activateWindow();
    if (!QTest::qWaitForWindowActive(tree->window()))
        return false;
    tree->scrollToItem(line);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(line).center());
    tree->setFocus();
    return QTest::qWaitFor([tree] { return tree->hasFocus(); }, kUiTimeoutMs) && tree->currentItem() == line;
}

// Removes every product, item and product line the project has (the emulator's demo catalog).
bool emptyCatalog(UserViewFixture &fixture)
{
    const api::PaymentsCatalog catalog = catalogOnServer(fixture);
    QList<models::ConfigSetting> removals;
    for (const api::Product &product : catalog.products)
        removals << models::ConfigSetting::removal(api::PaymentsCatalog::productPath(product.id));
    for (const api::PaymentItem &item : catalog.items)
        removals << models::ConfigSetting::removal(api::PaymentsCatalog::itemPath(item.id));
    for (const api::ProductLine &line : catalog.productLines)
        removals << models::ConfigSetting::removal(api::PaymentsCatalog::productLinePath(line.id));
    return removals.isEmpty() || writeSettings(fixture, removals);
}

void typeInto(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

// Picks the entry of a combo box with the keyboard, as a person would (the popup is not needed).
void chooseInCombo(QComboBox *box, int index)
{
    box->setFocus();
    while (box->currentIndex() < index && box->currentIndex() < box->count() - 1)
        QTest::keyClick(box, Qt::Key_Down);
    while (box->currentIndex() > index)
        QTest::keyClick(box, Qt::Key_Up);
}

bool isBold(const QTreeWidgetItem *line) { return line && line->font(0).bold(); }
bool isStruck(const QTreeWidgetItem *line) { return line && line->font(0).strikeOut(); }

// The texts of the diff's lines with a given background.
QStringList linesWithBackground(QTextEdit *view, const QColor &color)
{
    QStringList lines;
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().background().color() == color && block.blockFormat().hasProperty(QTextFormat::BackgroundBrush))
            lines << block.text();
    }
    return lines;
}

// Runs `body` on the dialog once the program itself opens it (later, from its own event): polls,
// so that the body runs inside the dialog's event loop rather than waiting underneath it.
template <class Dialog>
void whenModalOpens(QObject *context, bool *done, std::function<void(Dialog *)> body)
{
    auto *poll = new QTimer(context);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, context, [poll, done, body = std::move(body)] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        const QPointer<Dialog> alive(dialog);
        body(dialog);
        if (alive && alive->isVisible())
            alive->close();
        *done = true;
    });
    poll->start();
}

} // namespace

class TestProductsEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyStateOffersANewProduct()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("needs a project without products: runs on the emulator only");
        QVERIFY(emptyCatalog(fixture));
        EditorUnderTest test(fixture);
        QVERIFY(test.show());
        QVERIFY(test.editor.productsEmptyState()->isVisible());
        QCOMPARE(test.editor.productsEmptyState()->text(), u"No products yet"_s);
        QVERIFY(test.editor.itemsEmptyState()->isVisible());
        QVERIFY(!test.editor.reviewAction()->isEnabled());
        QVERIFY(!test.editor.hasUnsavedChanges());
        Screenshots shots;
        QVERIFY(shots.save(&test.editor, u"h-catalog-empty"_s));

        // Its button opens the product dialog; cancelling changes nothing.
        bool done = false;
        onNextModal<ui::ProductDialog>(this, &done, [](ui::ProductDialog *dialog) {
            QVERIFY(!dialog->isEditing());
            QVERIFY(!dialog->okButton()->isEnabled()); // no id yet
            dialog->reject();
        });
        QTest::mouseClick(test.editor.productsEmptyState()->actionButton(), Qt::LeftButton);
        QTRY_VERIFY(done);
        QVERIFY(!test.editor.hasUnsavedChanges());
    }

    void createItemAndProductThenSave()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        MadeEntries made(fixture);
        const QString itemId = made.item(u"credits"_s);
        const QString productId = made.product(u"pro"_s);
        EditorUnderTest test(fixture);
        QVERIFY(test.show());
        Screenshots shots;

        // A new item, through its dialog.
        bool done = false;
        onNextModal<ui::ItemDialog>(this, &done, [&](ui::ItemDialog *dialog) {
            QVERIFY(!dialog->okButton()->isEnabled());
            typeInto(dialog->idField(), u"-bad"_s);
            QVERIFY(dialog->idMessage()->isShowingError());
            QVERIFY(!dialog->okButton()->isEnabled());
            typeInto(dialog->idField(), itemId);
            QVERIFY(!dialog->idMessage()->isShowingError());
            typeInto(dialog->displayNameField(), u"Credits"_s);
            QVERIFY(shots.save(dialog, u"h-catalog-item-dialog"_s));
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        });
        QTest::mouseClick(toolButton(&test.editor, u"New item…"_s), Qt::LeftButton);
        QTRY_VERIFY(done);
        QTreeWidgetItem *itemLine = test.editor.entryLine(EntryKind::Item, itemId);
        QVERIFY(itemLine);
        QCOMPARE(itemLine->text(ui::ProductsEditor::ItemStatusColumn), u"new"_s);
        QVERIFY(isBold(itemLine));

        // A product that includes it: a refused amount keeps OK off and says why.
        done = false;
        onNextModal<ui::ProductDialog>(this, &done, [&](ui::ProductDialog *dialog) {
            typeInto(dialog->idField(), productId);
            typeInto(dialog->displayNameField(), u"Pro"_s);
            QCOMPARE(dialog->pricesTable()->rowCount(), 1);
            typeInto(dialog->amountField(0, u"USD"_s), u"9.999"_s);
            QVERIFY(!dialog->okButton()->isEnabled());
            QVERIFY2(dialog->pricesMessage()->text().contains(u"USD amounts have at most 2 decimals."_s),
                     qPrintable(dialog->pricesMessage()->text()));
            typeInto(dialog->amountField(0, u"USD"_s), u"9.99"_s);
            QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problemTexts().join(u'\n')));
            // Yen has no decimals.
            clickIndicator(dialog->currencyBox(u"JPY"_s));
            QVERIFY(!dialog->pricesTable()->isColumnHidden(4));
            typeInto(dialog->amountField(0, u"JPY"_s), u"1500.5"_s);
            QVERIFY(!dialog->okButton()->isEnabled());
            typeInto(dialog->amountField(0, u"JPY"_s), u"1500"_s);
            chooseInCombo(dialog->billingField(0)->modeBox(), 1);
            QCOMPARE(dialog->billingField(0)->interval(), (api::DayInterval{1, u"month"_s}));

            QTest::mouseClick(dialog->addIncludedItemButton(), Qt::LeftButton);
            QCOMPARE(dialog->includedItemsTable()->rowCount(), 1);
            // Only items for users are offered; the new one is among them.
            QComboBox *itemBox = dialog->includedItemBox(0);
            QVERIFY(itemBox->findData(itemId) >= 0);
            chooseInCombo(itemBox, itemBox->findData(itemId));
            QCOMPARE(itemBox->currentData().toString(), itemId);
            QSpinBox *quantity = dialog->quantityBox(0);
            quantity->setFocus();
            quantity->selectAll();
            QTest::keyClicks(quantity, u"-5"_s);
            QVERIFY(!dialog->okButton()->isEnabled());
            QVERIFY(dialog->includedItemsMessage()->isShowingError());
            quantity->selectAll();
            QTest::keyClicks(quantity, u"100"_s);
            QCOMPARE(quantity->value(), 100);
            // A team product cannot include a user item.
            chooseInCombo(dialog->customerTypeBox(), 1);
            QVERIFY(!dialog->okButton()->isEnabled());
            chooseInCombo(dialog->customerTypeBox(), 0);
            QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problemTexts().join(u'\n')));
            QVERIFY(shots.save(dialog, u"h-catalog-product-dialog"_s));
            const QPalette before = dialog->palette();
            dialog->setPalette(darkPalette());
            QVERIFY(shots.save(dialog, u"h-catalog-product-dialog-dark"_s));
            dialog->setPalette(before);
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        });
        QTest::mouseClick(toolButton(&test.editor, u"New product…"_s), Qt::LeftButton);
        QTRY_VERIFY(done);
        QTreeWidgetItem *productLine = test.editor.entryLine(EntryKind::Product, productId);
        QVERIFY(productLine);
        QCOMPARE(productLine->parent()->text(0), u"No product line"_s);
        QCOMPARE(productLine->text(ui::ProductsEditor::ProductStatusColumn), u"new"_s);
        QVERIFY(productLine->text(ui::ProductsEditor::PricesColumn).contains(u"9.99"_s));
        QCOMPARE(test.editor.draft().changes().size(), 2);
        QVERIFY(test.editor.statusText().contains(u'2'));
        QVERIFY(shots.save(&test.editor, u"h-catalog-editor-light"_s));
        const QPalette light = test.editor.palette();
        test.editor.setPalette(darkPalette());
        QVERIFY(shots.save(&test.editor, u"h-catalog-editor-dark"_s));
        test.editor.setPalette(light);

        // Ctrl+S shows the review: the new product's lines in green; Save writes.
        QVERIFY(clickLine(test.editor.productsTree(), test.editor.entryLine(EntryKind::Product, productId)));
        done = false;
        onNextModal<ui::CatalogReviewDialog>(this, &done, [&](ui::CatalogReviewDialog *dialog) {
            const QString text = dialog->diffView()->toPlainText();
            QVERIFY2(text.contains(u"New item Credits (%1)"_s.arg(itemId)), qPrintable(text));
            QVERIFY2(text.contains(u"New product Pro (%1)"_s.arg(productId)), qPrintable(text));
            const QStringList added = linesWithBackground(dialog->diffView(), ui::diffAddedBackground(dialog->diffView()->palette()));
            QVERIFY2(added.contains(u"+   \"displayName\": \"Pro\","_s), qPrintable(added.join(u'\n')));
            QVERIFY(added.contains(u"+       \"USD\": \"9.99\","_s));
            QVERIFY(linesWithBackground(dialog->diffView(), ui::diffRemovedBackground(dialog->diffView()->palette())).isEmpty());
            QVERIFY(!dialog->problemsLabel()->isVisible());
            QVERIFY(shots.save(dialog, u"h-catalog-review-light"_s));
            dialog->setPalette(darkPalette());
            QVERIFY(shots.save(dialog, u"h-catalog-review-dark"_s));
            QVERIFY(!linesWithBackground(dialog->diffView(), ui::diffAddedBackground(dialog->diffView()->palette())).isEmpty());
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        });
        QTest::keyClick(test.editor.productsTree(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(test.settled(), kUiTimeoutMs);
        QVERIFY2(!test.editor.errorBanner()->isShowingError(), qPrintable(test.editor.statusText()));
        QVERIFY(!test.editor.hasUnsavedChanges());
        QCOMPARE(test.editor.statusText(), u"Saved."_s);
        QVERIFY(test.editor.entryLine(EntryKind::Product, productId)->text(ui::ProductsEditor::ProductStatusColumn).isEmpty());
        QVERIFY(!isBold(test.editor.entryLine(EntryKind::Item, itemId)));

        // Read back from the server.
        const api::PaymentsCatalog saved = catalogOnServer(fixture);
        const auto item = byId(saved.items, itemId);
        QVERIFY(item);
        QCOMPARE(item->displayName, u"Credits"_s);
        const auto product = byId(saved.products, productId);
        QVERIFY(product);
        QCOMPARE(product->displayName, u"Pro"_s);
        QCOMPARE(product->prices.size(), 1);
        QCOMPARE(product->prices[0].id, u"default"_s);
        QCOMPARE(product->prices[0].amounts, (api::MoneyAmounts{{u"USD"_s, u"9.99"_s}, {u"JPY"_s, u"1500"_s}}));
        QCOMPARE(product->prices[0].interval, (api::DayInterval{1, u"month"_s}));
        QCOMPARE(product->includedItems.size(), 1);
        QCOMPARE(product->includedItems[0].itemId, itemId);
        QCOMPARE(product->includedItems[0].quantity, 100);
    }

    void editAndDeleteWithConfirmation()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        MadeEntries made(fixture);
        const QString lineId = made.line(u"plans"_s);
        const QString itemId = made.item(u"seats"_s);
        const QString productId = made.product(u"team"_s);
        api::ProductLine line{lineId, u"Plans"_s, api::CustomerType::Team, {}};
        api::PaymentItem item{itemId, u"Seats"_s, api::CustomerType::Team, {}};
        api::Product product;
        product.id = productId;
        product.displayName = u"Team"_s;
        product.customerType = api::CustomerType::Team;
        product.productLineId = lineId;
        product.prices = {{u"yearly"_s, {{u"EUR"_s, u"120"_s}}, api::DayInterval{1, u"year"_s}, std::nullopt, false, {}}};
        product.includedItems = {{itemId, 5, std::nullopt, api::IncludedItem::Expiry::WhenPurchaseExpires, {}}};
        QVERIFY(writeSettings(fixture, {models::ConfigSetting::json(api::PaymentsCatalog::productLinePath(lineId), api::productLineConfigJson(line)),
                                        models::ConfigSetting::json(api::PaymentsCatalog::itemPath(itemId), api::itemConfigJson(item)),
                                        models::ConfigSetting::json(api::PaymentsCatalog::productPath(productId), api::productConfigJson(product))}));
        EditorUnderTest test(fixture);
        QVERIFY(test.show());
        QTreeWidgetItem *productLine = test.editor.entryLine(EntryKind::Product, productId);
        QVERIFY(productLine);
        QCOMPARE(productLine->parent()->data(0, ui::ProductsEditor::EntryIdRole).toString(), lineId);

        // F2 edits the product: a new name.
        QVERIFY(clickLine(test.editor.productsTree(), productLine));
        bool done = false;
        onNextModal<ui::ProductDialog>(this, &done, [](ui::ProductDialog *dialog) {
            QVERIFY(dialog->isEditing());
            QVERIFY(!dialog->idField());
            QVERIFY(!dialog->currencyBox(u"USD"_s)->isChecked() || dialog->currencyBox(u"EUR"_s)->isChecked());
            QCOMPARE(dialog->amountField(0, u"EUR"_s)->text(), u"120"_s);
            typeInto(dialog->displayNameField(), u"Team plan"_s);
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        });
        QTest::keyClick(test.editor.productsTree(), Qt::Key_F2);
        QTRY_VERIFY(done);
        productLine = test.editor.entryLine(EntryKind::Product, productId);
        QCOMPARE(productLine->text(ui::ProductsEditor::ProductStatusColumn), u"edited"_s);
        QVERIFY(isBold(productLine));

        // Del on the item: the confirmation names the product that includes it; Cancel keeps it.
        QTreeWidgetItem *itemLine = test.editor.entryLine(EntryKind::Item, itemId);
        QVERIFY(clickLine(test.editor.itemsList(), itemLine));
        QVERIFY(test.editor.productsTree()->selectedItems().isEmpty());
        done = false;
        onNextModal<QMessageBox>(this, &done, [&](QMessageBox *box) {
            QVERIFY2(box->text().contains(u"Seats (%1)"_s.arg(itemId)), qPrintable(box->text()));
            QVERIFY2(box->informativeText().contains(u"Team plan (%1)"_s.arg(productId)), qPrintable(box->informativeText()));
            QTest::mouseClick(findButton<QPushButton>(box, u"Cancel"_s), Qt::LeftButton);
        });
        QTest::keyClick(test.editor.itemsList(), Qt::Key_Delete);
        QTRY_VERIFY(done);
        QVERIFY(!isStruck(test.editor.entryLine(EntryKind::Item, itemId)));
        QVERIFY(clickLine(test.editor.itemsList(), test.editor.entryLine(EntryKind::Item, itemId)));
        done = false;
        answerNextMessageBox(this, &done, u"Delete"_s);
        QTest::keyClick(test.editor.itemsList(), Qt::Key_Delete);
        QTRY_VERIFY(done);
        itemLine = test.editor.entryLine(EntryKind::Item, itemId);
        QVERIFY(isStruck(itemLine));
        QCOMPARE(itemLine->text(ui::ProductsEditor::ItemStatusColumn), u"deleted"_s);
        QVERIFY(test.editor.draft().current().products.size() >= 1);
        QVERIFY(byId(test.editor.draft().current().products, productId)->includedItems.isEmpty());
        QVERIFY(!test.editor.editAction()->isEnabled()); // a deleted entry is not edited
        QCOMPARE(test.editor.deleteAction()->text(), u"&Restore"_s);

        // The line: deleting it leaves the product in no line.
        QVERIFY(clickLine(test.editor.productsTree(), test.editor.entryLine(EntryKind::ProductLine, lineId)));
        done = false;
        onNextModal<QMessageBox>(this, &done, [&](QMessageBox *box) {
            QVERIFY2(box->informativeText().contains(u"they stay, in no product line"_s), qPrintable(box->informativeText()));
            QTest::mouseClick(findButton<QPushButton>(box, u"Delete"_s), Qt::LeftButton);
        });
        QTest::mouseClick(toolButton(&test.editor, u"Delete…"_s), Qt::LeftButton);
        QTRY_VERIFY(done);
        QVERIFY(isStruck(test.editor.entryLine(EntryKind::ProductLine, lineId)));
        QCOMPARE(test.editor.entryLine(EntryKind::Product, productId)->parent()->text(0), u"No product line"_s);
        Screenshots shots;
        QVERIFY(shots.save(&test.editor, u"h-catalog-editor-marked"_s));

        // The review shows the removed lines in red, then the save goes through.
        done = false;
        onNextModal<ui::CatalogReviewDialog>(this, &done, [&](ui::CatalogReviewDialog *dialog) {
            const QString text = dialog->diffView()->toPlainText();
            QVERIFY2(text.contains(u"Deleted item Seats (%1)"_s.arg(itemId)), qPrintable(text));
            QVERIFY(text.contains(u"Deleted product line Plans (%1)"_s.arg(lineId)));
            QVERIFY(text.contains(u"Changed product Team plan (%1)"_s.arg(productId)));
            const QStringList removed = linesWithBackground(dialog->diffView(), ui::diffRemovedBackground(dialog->diffView()->palette()));
            QVERIFY2(removed.contains(u"-   \"displayName\": \"Team\","_s), qPrintable(removed.join(u'\n')));
            QVERIFY(removed.contains(u"-   \"productLineId\": \"%1\","_s.arg(lineId)));
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        });
        QTest::mouseClick(findButton<QPushButton>(&test.editor, u"Review and save…"_s), Qt::LeftButton);
        QTRY_VERIFY(done);
        QTRY_VERIFY_WITH_TIMEOUT(test.settled(), kUiTimeoutMs);
        QVERIFY(!test.editor.errorBanner()->isShowingError());
        QVERIFY(!test.editor.hasUnsavedChanges());
        const api::PaymentsCatalog saved = catalogOnServer(fixture);
        QVERIFY(!byId(saved.items, itemId));
        QVERIFY(!byId(saved.productLines, lineId));
        const auto savedProduct = byId(saved.products, productId);
        QVERIFY(savedProduct);
        QCOMPARE(savedProduct->displayName, u"Team plan"_s);
        QVERIFY(savedProduct->productLineId.isEmpty());
        QVERIFY(savedProduct->includedItems.isEmpty());
        QCOMPARE(savedProduct->prices.value(0).amounts.value(u"EUR"_s), u"120"_s);

        // Deleting the product itself, and restoring it before saving.
        QVERIFY(clickLine(test.editor.productsTree(), test.editor.entryLine(EntryKind::Product, productId)));
        done = false;
        answerNextMessageBox(this, &done, u"Delete"_s);
        QTest::keyClick(test.editor.productsTree(), Qt::Key_Delete);
        QTRY_VERIFY(done);
        QVERIFY(isStruck(test.editor.entryLine(EntryKind::Product, productId)));
        QVERIFY(clickLine(test.editor.productsTree(), test.editor.entryLine(EntryKind::Product, productId)));
        QTest::keyClick(test.editor.productsTree(), Qt::Key_Delete); // "Restore": no question
        QVERIFY(!isStruck(test.editor.entryLine(EntryKind::Product, productId)));
        QVERIFY(!test.editor.hasUnsavedChanges());
    }

    void failedSaveKeepsTheEdits()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        if (!fixture.emulator())
            QSKIP("injects faults: runs on the emulator only");
        MadeEntries made(fixture);
        const QString itemId = made.item(u"tokens"_s);
        EditorUnderTest test(fixture);
        QVERIFY(test.show());
        bool done = false;
        onNextModal<ui::ItemDialog>(this, &done, [&](ui::ItemDialog *dialog) {
            typeInto(dialog->idField(), itemId);
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        });
        QTest::mouseClick(toolButton(&test.editor, u"New item…"_s), Qt::LeftButton);
        QTRY_VERIFY(done);

        fixture.emulator()->addFault({.kind = Fault::Kind::Status, .method = u"PATCH"_s,
                                      .pathPattern = u"^/internal/config/override"_s, .status = 500});
        QSignalSpy finished(&test.editor, &ui::ProductsEditor::savedOrFailed);
        done = false;
        onNextModal<ui::CatalogReviewDialog>(this, &done, [](ui::CatalogReviewDialog *dialog) {
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        });
        test.editor.reviewAction()->trigger();
        QTRY_VERIFY(done);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kUiTimeoutMs);
        QCOMPARE(finished[0][0].toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(test.settled(), kUiTimeoutMs);
        QVERIFY(test.editor.errorBanner()->isShowingError());
        QVERIFY(showsText(test.editor.errorBanner(), u"The catalog was not saved"_s));
        QVERIFY(test.editor.hasUnsavedChanges());
        QCOMPARE(test.editor.entryLine(EntryKind::Item, itemId)->text(ui::ProductsEditor::ItemStatusColumn), u"new"_s);
        QVERIFY(!byId(catalogOnServer(fixture).items, itemId));
        Screenshots shots;
        QVERIFY(shots.save(&test.editor, u"h-catalog-save-failed"_s));

        // The next try works.
        done = false;
        onNextModal<ui::CatalogReviewDialog>(this, &done, [](ui::CatalogReviewDialog *dialog) {
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        });
        test.editor.reviewAction()->trigger();
        QTRY_VERIFY(done);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kUiTimeoutMs);
        QCOMPARE(finished[1][0].toBool(), true);
        QVERIFY(!test.editor.errorBanner()->isShowingError());
        QVERIFY(byId(catalogOnServer(fixture).items, itemId));
    }

    // A product the server accepted with problems (as fixture 35: a user product in a team line,
    // a team item included, an amount in a currency this client does not offer, keys it does not
    // know) can be renamed: those problems are warnings, only new ones keep OK off; the review's
    // "before" side is the server's JSON; what the dialog does not edit is written back unchanged.
    void editsAProductWithProblemsTheServerAccepted()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        MadeEntries made(fixture);
        const QString lineId = made.line(u"workspace"_s);
        const QString itemId = made.item(u"seats"_s);
        const QString productId = made.product(u"growth"_s);
        api::Product product;
        product.id = productId;
        product.displayName = u"Growth"_s;
        product.customerType = api::CustomerType::User;
        product.productLineId = lineId;
        product.prices = {{u"monthly"_s, {{u"USD"_s, u"9"_s}, {u"CHF"_s, u"8"_s}}, api::DayInterval{1, u"month"_s},
                           std::nullopt, false, uR"({"stripePriceId":"price_1"})"_s}};
        product.includedItems = {{itemId, 5, std::nullopt, api::IncludedItem::Expiry::Never, uR"({"label":"Seats"})"_s}};
        QVERIFY(writeSettings(fixture, {models::ConfigSetting::json(api::PaymentsCatalog::productLinePath(lineId),
                                                                    api::productLineConfigJson({lineId, u"Workspace"_s, api::CustomerType::Team, {}})),
                                        models::ConfigSetting::json(api::PaymentsCatalog::itemPath(itemId),
                                                                    api::itemConfigJson({itemId, u"Seats"_s, api::CustomerType::Team, {}})),
                                        models::ConfigSetting::json(api::PaymentsCatalog::productPath(productId), api::productConfigJson(product))}));
        EditorUnderTest test(fixture);
        QVERIFY(test.show());
        QVERIFY(clickLine(test.editor.productsTree(), test.editor.entryLine(EntryKind::Product, productId)));
        bool done = false;
        onNextModal<ui::ProductDialog>(this, &done, [&](ui::ProductDialog *dialog) {
            QVERIFY(dialog->existingProblems().size() >= 3); // line, included item, CHF
            QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problemTexts().join(u'\n')));
            const auto lineMessage = dialog->findChildren<ui::FieldMessage *>();
            bool warned = false;
            for (const ui::FieldMessage *message : lineMessage) {
                if (message->text().contains(u"is for teams"_s)) {
                    QVERIFY(!message->isShowingError());
                    QVERIFY(message->text().contains(u"so on the server already"_s));
                    warned = true;
                }
            }
            QVERIFY(warned);
            QVERIFY(dialog->priceIdField(0)->toolTip().contains(u"CHF 8"_s));
            typeInto(dialog->displayNameField(), u"Growth plus"_s);
            QVERIFY(dialog->okButton()->isEnabled());
            typeInto(dialog->amountField(0, u"USD"_s), u"9.999"_s); // a new problem blocks
            QVERIFY(!dialog->okButton()->isEnabled());
            QVERIFY(dialog->pricesMessage()->isShowingError());
            typeInto(dialog->amountField(0, u"USD"_s), u"10"_s);
            QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problemTexts().join(u'\n')));
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        });
        QTest::keyClick(test.editor.productsTree(), Qt::Key_F2);
        QTRY_VERIFY(done);
        QCOMPARE(test.editor.entryLine(EntryKind::Product, productId)->text(ui::ProductsEditor::ProductStatusColumn), u"edited"_s);

        QSignalSpy finished(&test.editor, &ui::ProductsEditor::savedOrFailed);
        done = false;
        onNextModal<ui::CatalogReviewDialog>(this, &done, [&](ui::CatalogReviewDialog *dialog) {
            QVERIFY(!dialog->problemsLabel()->isVisible());
            const QString text = dialog->diffView()->toPlainText();
            QVERIFY2(text.contains(u"\"stripePriceId\": \"price_1\""_s), qPrintable(text));
            const QStringList removed = linesWithBackground(dialog->diffView(), ui::diffRemovedBackground(dialog->diffView()->palette()));
            QVERIFY2(removed.contains(u"-   \"displayName\": \"Growth\","_s), qPrintable(removed.join(u'\n')));
            QVERIFY2(!removed.join(u'\n').contains(u"stripePriceId"_s), qPrintable(removed.join(u'\n')));
            QVERIFY2(!removed.join(u'\n').contains(u"CHF"_s), qPrintable(removed.join(u'\n')));
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        });
        test.editor.reviewAction()->trigger();
        QTRY_VERIFY(done);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kUiTimeoutMs);
        QVERIFY2(finished[0][0].toBool(), qPrintable(test.editor.statusText()));
        const auto saved = byId(catalogOnServer(fixture).products, productId);
        QVERIFY(saved);
        QCOMPARE(saved->displayName, u"Growth plus"_s);
        QCOMPARE(saved->productLineId, lineId);
        QCOMPARE(saved->prices.value(0).amounts, (api::MoneyAmounts{{u"USD"_s, u"10"_s}, {u"CHF"_s, u"8"_s}}));
        QCOMPARE(saved->prices.value(0).otherFieldsJson, uR"({"stripePriceId":"price_1"})"_s);
        QCOMPARE(saved->includedItems.value(0).otherFieldsJson, uR"({"label":"Seats"})"_s);
    }

    // Someone else changes a product after the draft was made: the save writes nothing, says
    // which entry changed, and shows the review again against the server's new value; saving
    // from there goes through.
    void saveRefusedWhenTheServerChangedTheEntry()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        MadeEntries made(fixture);
        const QString productId = made.product(u"shared"_s);
        api::Product product;
        product.id = productId;
        product.displayName = u"Original"_s;
        product.prices = {{u"once"_s, {{u"USD"_s, u"5"_s}}, std::nullopt, std::nullopt, false, {}}};
        const QString path = api::PaymentsCatalog::productPath(productId);
        QVERIFY(writeSettings(fixture, {models::ConfigSetting::json(path, api::productConfigJson(product))}));
        EditorUnderTest test(fixture);
        QVERIFY(test.show());
        QVERIFY(clickLine(test.editor.productsTree(), test.editor.entryLine(EntryKind::Product, productId)));
        bool done = false;
        onNextModal<ui::ProductDialog>(this, &done, [](ui::ProductDialog *dialog) {
            typeInto(dialog->displayNameField(), u"Mine"_s);
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        });
        QTest::keyClick(test.editor.productsTree(), Qt::Key_F2);
        QTRY_VERIFY(done);

        // Meanwhile, elsewhere: a config PATCH changes its price.
        api::Product theirs = product;
        theirs.prices[0].amounts[u"USD"_s] = u"7"_s;
        QVERIFY(writeSettings(fixture, {models::ConfigSetting::json(path, api::productConfigJson(theirs))}));

        QSignalSpy finished(&test.editor, &ui::ProductsEditor::savedOrFailed);
        done = false;
        onNextModal<ui::CatalogReviewDialog>(this, &done, [](ui::CatalogReviewDialog *dialog) {
            QVERIFY(!dialog->noticeLabel()->isVisible());
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        });
        test.editor.reviewAction()->trigger();
        QTRY_VERIFY(done);
        bool reviewedAgain = false;
        whenModalOpens<ui::CatalogReviewDialog>(this, &reviewedAgain, [&](ui::CatalogReviewDialog *dialog) {
            QCOMPARE(finished.size(), 1);
            QCOMPARE(finished[0][0].toBool(), false);
            QVERIFY(dialog->noticeLabel()->isVisible());
            QVERIFY2(dialog->noticeLabel()->text().contains(u"Mine (%1)"_s.arg(productId)), qPrintable(dialog->noticeLabel()->text()));
            QVERIFY(dialog->noticeLabel()->text().contains(u"changed on the server"_s));
            // Nothing was written: the server keeps its value.
            const auto onServer = byId(catalogOnServer(fixture).products, productId);
            QVERIFY(onServer);
            QCOMPARE(onServer->displayName, u"Original"_s);
            QCOMPARE(onServer->prices.value(0).amounts.value(u"USD"_s), u"7"_s);
            // The review is against the new value now.
            const QStringList removed = linesWithBackground(dialog->diffView(), ui::diffRemovedBackground(dialog->diffView()->palette()));
            QVERIFY2(removed.contains(u"-       \"USD\": \"7\","_s) || removed.contains(u"-       \"USD\": \"7\""_s),
                     qPrintable(removed.join(u'\n')));
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        });
        QTRY_VERIFY_WITH_TIMEOUT(reviewedAgain, kUiTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kUiTimeoutMs);
        QVERIFY2(finished[1][0].toBool(), qPrintable(test.editor.statusText()));
        QVERIFY(!test.editor.hasUnsavedChanges());
        const auto saved = byId(catalogOnServer(fixture).products, productId);
        QVERIFY(saved);
        QCOMPARE(saved->displayName, u"Mine"_s);
    }

    // Entries the client cannot read are named in a note, and their ids are taken.
    void unreadableEntriesAreShownAndTaken()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        MadeEntries made(fixture);
        const QString productId = made.product(u"odd"_s);
        const QString path = api::PaymentsCatalog::productPath(productId);
        QVERIFY(writeSettings(fixture, {models::ConfigSetting::json(path, uR"("not an object")"_s)}));
        EditorUnderTest test(fixture);
        QVERIFY(test.show());
        QVERIFY(test.editor.unreadableNote()->isVisible());
        QVERIFY2(test.editor.unreadableNote()->text().contains(path), qPrintable(test.editor.unreadableNote()->text()));
        QVERIFY(test.editor.unreadableNote()->text().contains(u"could not be read and are left as they are"_s));
        QVERIFY(!test.editor.entryLine(EntryKind::Product, productId));
        bool done = false;
        onNextModal<ui::ProductDialog>(this, &done, [&](ui::ProductDialog *dialog) {
            typeInto(dialog->idField(), productId);
            typeInto(dialog->amountField(0, u"USD"_s), u"1"_s);
            QVERIFY(!dialog->okButton()->isEnabled());
            QVERIFY(dialog->idMessage()->isShowingError());
            QVERIFY2(dialog->idMessage()->text().contains(u"could not be read"_s), qPrintable(dialog->idMessage()->text()));
            dialog->reject();
        });
        QTest::mouseClick(toolButton(&test.editor, u"New product…"_s), Qt::LeftButton);
        QTRY_VERIFY(done);
    }

    // The server's catalog changes while there are edits: they stay, and the new entry shows.
    void editsSurviveAServerChange()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        MadeEntries made(fixture);
        const QString mine = made.line(u"mine"_s);
        const QString theirs = made.item(u"theirs"_s);
        EditorUnderTest test(fixture);
        QVERIFY(test.show());
        bool done = false;
        onNextModal<ui::ProductLineDialog>(this, &done, [&](ui::ProductLineDialog *dialog) {
            typeInto(dialog->idField(), mine);
            chooseInCombo(dialog->customerTypeBox(), 2);
            QCOMPARE(dialog->customerType(), api::CustomerType::Custom);
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        });
        QTest::mouseClick(toolButton(&test.editor, u"New product line…"_s), Qt::LeftButton);
        QTRY_VERIFY(done);

        QVERIFY(writeSettings(fixture, {models::ConfigSetting::json(api::PaymentsCatalog::itemPath(theirs),
                                                                    api::itemConfigJson({theirs, u"Theirs"_s, api::CustomerType::User, {}}))}));
        test.source.load();
        QTRY_VERIFY_WITH_TIMEOUT(test.editor.entryLine(EntryKind::Item, theirs), kUiTimeoutMs);
        QVERIFY(test.editor.entryLine(EntryKind::Item, theirs)->text(ui::ProductsEditor::ItemStatusColumn).isEmpty());
        QTreeWidgetItem *line = test.editor.entryLine(EntryKind::ProductLine, mine);
        QVERIFY(line);
        QCOMPARE(line->text(ui::ProductsEditor::ProductStatusColumn), u"new"_s);
        QCOMPARE(test.editor.draft().changes().size(), 1);

        // A double click edits it; its id stays.
        QVERIFY(clickLine(test.editor.productsTree(), line));
        done = false;
        onNextModal<ui::ProductLineDialog>(this, &done, [&](ui::ProductLineDialog *dialog) {
            QVERIFY(dialog->isEditing());
            QVERIFY(!dialog->idField());
            QCOMPARE(dialog->customerType(), api::CustomerType::Custom);
            typeInto(dialog->displayNameField(), u"Mine"_s);
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        });
        QTest::mouseDClick(test.editor.productsTree()->viewport(), Qt::LeftButton, {},
                           test.editor.productsTree()->visualItemRect(line).center());
        QTRY_VERIFY(done);
        QCOMPARE(test.editor.entryLine(EntryKind::ProductLine, mine)->text(0), u"Mine"_s);
        QCOMPARE(test.editor.draft().changes().size(), 1);

        // Discard asks, then drops the edit.
        done = false;
        answerNextMessageBox(this, &done, u"Discard"_s);
        QTest::mouseClick(findButton<QPushButton>(&test.editor, u"Discard changes"_s), Qt::LeftButton);
        QTRY_VERIFY(done);
        QVERIFY(!test.editor.hasUnsavedChanges());
        QVERIFY(!test.editor.entryLine(EntryKind::ProductLine, mine));
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestProductsEditor)
#include "tst_ProductsEditor.moc"
