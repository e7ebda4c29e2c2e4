#include "ProductsEditor.h"

#include "CatalogEntryDialog.h"
#include "CatalogReviewDialog.h"
#include "CatalogTexts.h"
#include "dialogs/DialogParts.h"
#include "ProductDialog.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hexclave::ui {

using models::CatalogDraft;
using models::ConfigSettingsWriter;
using ChangeKind = CatalogDraft::ChangeKind;

namespace {

template <class Entry>
const Entry *findById(const QList<Entry> &entries, const QString &id)
{
    const auto it = std::find_if(entries.cbegin(), entries.cend(), [&id](const Entry &entry) { return entry.id == id; });
    return it == entries.cend() ? nullptr : &*it;
}

QString changeText(std::optional<ChangeKind> change)
{
    if (!change)
        return {};
    switch (*change) {
    case ChangeKind::Added:
        return ProductsEditor::tr("new");
    case ChangeKind::Changed:
        return ProductsEditor::tr("edited");
    case ChangeKind::Removed:
        break;
    }
    return ProductsEditor::tr("deleted");
}

QTreeWidget *entryTree(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setColumnCount(int(headers.size()));
    tree->setHeaderLabels(headers);
    tree->setAccessibleName(name);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->setAllColumnsShowFocus(true);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

ProductsEditor::ProductsEditor(const PaymentsContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_banner(new ErrorBanner(this))
    , m_products(entryTree({tr("Product"), tr("Id"), tr("Customer"), tr("Status"), tr("Prices")}, tr("Products"), this))
    , m_items(entryTree({tr("Item"), tr("Id"), tr("Customer"), tr("Status")}, tr("Items"), this))
    , m_productsEmpty(new EmptyState(m_products))
    , m_itemsEmpty(new EmptyState(m_items))
    , m_status(new QLabel(this))
    , m_unreadable(new QLabel(this))
{
    buildActions();
    buildLayout();
    m_banner->hide();
    m_banner->setRetryText(tr("Read again"));

    connect(m_productsEmpty, &EmptyState::actionClicked, this, &ProductsEditor::newProduct);
    connect(m_itemsEmpty, &EmptyState::actionClicked, this, &ProductsEditor::newItem);
    for (QTreeWidget *tree : {m_products, m_items}) {
        QTreeWidget *other = tree == m_products ? m_items : m_products;
        connect(tree, &QTreeWidget::itemSelectionChanged, this, [this, tree, other] {
            if (!tree->selectedItems().isEmpty())
                other->clearSelection(); // one entry is "the selected one" for Edit and Delete
            updateState();
        });
        connect(tree, &QTreeWidget::itemDoubleClicked, this, [this] { editSelected(); });
    }

    models::PaymentsCatalogSource *catalog = m_context.catalog;
    if (catalog) {
        connect(catalog, &models::PaymentsCatalogSource::catalogChanged, this, &ProductsEditor::catalogChanged);
        connect(catalog, &models::PaymentsCatalogSource::loadFailed, this, [this](const api::ApiError &error) {
            m_banner->showError(error, true);
            updateState();
        });
        connect(m_banner, &ErrorBanner::retryRequested, catalog, &models::PaymentsCatalogSource::load);
        connect(catalog->writer(), &ConfigSettingsWriter::written, this, &ProductsEditor::written);
        connect(catalog->writer(), &ConfigSettingsWriter::failed, this, &ProductsEditor::writeFailed);
        // After the source's own handler: the catalog is read from the fresh configuration by then.
        connect(catalog->writer(), &ConfigSettingsWriter::loaded, this, &ProductsEditor::checkedBeforeSave);
        if (catalog->isLoaded())
            m_draft.setOriginal(catalog->catalog(), catalog->writer()->rendered());
        else
            catalog->load(); // ignored while the page's load is under way
    }
    refresh();
}

void ProductsEditor::buildActions()
{
    const auto action = [this](const QString &text, const QString &icon, const QKeySequence &shortcut) {
        auto *created = new QAction(icon.isEmpty() ? QIcon() : themedIcon(icon), text, this);
        if (!shortcut.isEmpty()) {
            created->setShortcut(shortcut);
            created->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        addAction(created);
        return created;
    };
    m_newProduct = action(tr("New &product…"), QStringLiteral("payments"), QKeySequence::New);
    m_newItem = action(tr("New &item…"), QString(), {});
    m_newLine = action(tr("New product &line…"), QString(), {});
    m_edit = action(tr("&Edit…"), QString(), QKeySequence(Qt::Key_F2));
    m_delete = action(tr("&Delete…"), QStringLiteral("cross"), QKeySequence::Delete);
    m_review = action(tr("&Review and save…"), QStringLiteral("check"), QKeySequence::Save);
    m_discard = action(tr("Discard changes"), QString(), {});
    m_newProduct->setToolTip(tr("Add a product (Ctrl+N)"));
    m_edit->setToolTip(tr("Change the selected entry (F2, or double-click)"));
    m_delete->setToolTip(tr("Delete the selected entry when saving (Del)"));
    m_review->setToolTip(tr("See every change, then write them to the project's configuration (Ctrl+S)"));
    m_discard->setToolTip(tr("Drop every change not saved yet"));
    for (QTreeWidget *tree : {m_products, m_items})
        tree->addActions({m_edit, m_delete});

    connect(m_newProduct, &QAction::triggered, this, &ProductsEditor::newProduct);
    connect(m_newItem, &QAction::triggered, this, &ProductsEditor::newItem);
    connect(m_newLine, &QAction::triggered, this, &ProductsEditor::newProductLine);
    connect(m_edit, &QAction::triggered, this, &ProductsEditor::editSelected);
    connect(m_delete, &QAction::triggered, this, &ProductsEditor::deleteSelected);
    connect(m_review, &QAction::triggered, this, [this] { reviewAndSave(); });
    connect(m_discard, &QAction::triggered, this, &ProductsEditor::discardChanges);
}

void ProductsEditor::buildLayout()
{
    auto *toolbar = new QHBoxLayout;
    for (QAction *action : {m_newProduct, m_newItem, m_newLine, m_edit, m_delete}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        toolbar->addWidget(button);
    }
    toolbar->addStretch();
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    toolbar->addWidget(m_status);
    for (QAction *action : {m_discard, m_review}) {
        auto *button = new QPushButton(action->icon(), action->text(), this);
        button->setAutoDefault(false);
        button->setToolTip(action->toolTip());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
        button->setEnabled(action->isEnabled());
        toolbar->addWidget(button);
    }

    m_products->header()->resizeSection(NameColumn, 210);
    m_products->header()->resizeSection(IdColumn, 130);
    m_products->header()->resizeSection(CustomerColumn, 80);
    m_products->header()->resizeSection(ProductStatusColumn, 70);
    m_items->setRootIsDecorated(false);
    m_items->header()->resizeSection(ItemNameColumn, 150);
    m_items->header()->resizeSection(ItemIdColumn, 100);
    m_items->header()->resizeSection(ItemCustomerColumn, 80);

    auto *productsSide = new QWidget(this);
    auto *productsLayout = new QVBoxLayout(productsSide);
    productsLayout->setContentsMargins(0, 0, 0, 0);
    productsLayout->addWidget(sectionTitle(tr("Product lines and products"), productsSide));
    productsLayout->addWidget(m_products, 1);
    auto *itemsSide = new QWidget(this);
    auto *itemsLayout = new QVBoxLayout(itemsSide);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    itemsLayout->addWidget(sectionTitle(tr("Items"), itemsSide));
    itemsLayout->addWidget(m_items, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(productsSide);
    splitter->addWidget(itemsSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_unreadable->setWordWrap(true);
    m_unreadable->setTextFormat(Qt::PlainText);
    m_unreadable->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unreadable->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(toolbar);
    layout->addWidget(m_unreadable);
    layout->addWidget(splitter, 1);
}

void ProductsEditor::catalogChanged()
{
    if (!m_context.catalog)
        return;
    if (m_phase == SavePhase::Checking)
        return; // checkedBeforeSave() compares the fresh configuration with the draft's original first
    m_banner->hide();
    // Edits stay on top of what the server has now.
    m_draft.setOriginal(m_context.catalog->catalog(), m_context.catalog->writer()->rendered());
    refresh();
}

void ProductsEditor::checkedBeforeSave()
{
    if (m_phase != SavePhase::Checking || !m_context.catalog)
        return;
    ConfigSettingsWriter *writer = m_context.catalog->writer();
    const QList<CatalogDraft::Change> conflicts = m_draft.changedOnServer(writer->rendered());
    // From here on the edits are on top of what the server has now.
    m_draft.setOriginal(m_context.catalog->catalog(), writer->rendered());
    QString notice;
    if (!conflicts.isEmpty()) {
        QStringList names;
        for (const CatalogDraft::Change &change : conflicts)
            names << tr("the %1 “%2”").arg(CatalogDraft::entryNoun(change.entry),
                                            CatalogTexts::named(change.displayName, change.id));
        notice = tr("Nothing was saved: %1 changed on the server since you began editing. Your edits are kept on "
                    "top of what the server has now; review them again before saving.")
                     .arg(names.join(tr(", ")));
    } else if (!m_draft.hasChanges()) {
        notice = tr("Nothing was saved: the server already has these changes.");
    } else if (!m_draft.problems().isEmpty()) {
        notice = tr("Nothing was saved: the catalog changed on the server, and the edits no longer fit it.");
    } else if (writer->write(m_draft.settings())) {
        m_phase = SavePhase::Writing;
        updateState();
        return;
    } else {
        notice = tr("The configuration is being read; save again in a moment.");
    }
    m_phase = SavePhase::None;
    refresh();
    m_status->setText(notice);
    Q_EMIT savedOrFailed(false);
    if (m_draft.hasChanges()) // show the review again, against the new original
        QTimer::singleShot(0, this, [this, notice] { reviewAndSave(notice); });
}

void ProductsEditor::written()
{
    if (m_phase != SavePhase::Writing)
        return; // another tab's write: catalogChanged() brought it in
    m_phase = SavePhase::None;
    m_draft.discard();
    m_draft.setOriginal(m_context.catalog->catalog(), m_context.catalog->writer()->rendered());
    m_banner->hide();
    refresh();
    m_status->setText(tr("Saved."));
    Q_EMIT savedOrFailed(true);
}

void ProductsEditor::writeFailed(ConfigSettingsWriter::Stage stage, const api::ApiError &error)
{
    if (m_phase == SavePhase::None)
        return; // a load failure comes through loadFailed; another tab's write is theirs to show
    const bool checking = m_phase == SavePhase::Checking;
    m_phase = SavePhase::None;
    // While checking, the draft keeps its original: the next save compares against it again.
    m_banner->showActionError(checking ? tr("The catalog was not saved: the configuration could not be read again "
                                            "to check for changes made meanwhile. Your changes are still here.")
                              : stage == ConfigSettingsWriter::Stage::Verifying
                                  ? tr("The catalog may not have been saved completely; the changes not seen on "
                                       "the server are still here.")
                                  : tr("The catalog was not saved; your changes are still here."),
                              error);
    m_status->clear();
    refresh();
    Q_EMIT savedOrFailed(false);
}

void ProductsEditor::newProduct()
{
    if (!m_newProduct->isEnabled())
        return;
    ProductDialog dialog(m_draft.current(), std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const api::Product product = dialog.product();
    m_draft.putProduct(product);
    refresh();
    selectEntry(EntryKind::Product, product.id);
}

void ProductsEditor::newItem()
{
    if (!m_newItem->isEnabled())
        return;
    ItemDialog dialog(m_draft.current(), std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const api::PaymentItem item = dialog.item();
    m_draft.putItem(item);
    refresh();
    selectEntry(EntryKind::Item, item.id);
}

void ProductsEditor::newProductLine()
{
    if (!m_newLine->isEnabled())
        return;
    ProductLineDialog dialog(m_draft.current(), std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const api::ProductLine line = dialog.line();
    m_draft.putProductLine(line);
    refresh();
    selectEntry(EntryKind::ProductLine, line.id);
}

void ProductsEditor::editSelected()
{
    const Selected entry = selected();
    if (!entry.valid || !m_edit->isEnabled())
        return;
    const api::PaymentsCatalog &catalog = m_draft.current();
    switch (entry.kind) {
    case EntryKind::Product: {
        const api::Product *product = findById(catalog.products, entry.id);
        if (!product)
            return;
        ProductDialog dialog(catalog, *product, this);
        if (dialog.exec() == QDialog::Accepted)
            m_draft.putProduct(dialog.product());
        break;
    }
    case EntryKind::Item: {
        const api::PaymentItem *item = findById(catalog.items, entry.id);
        if (!item)
            return;
        ItemDialog dialog(catalog, *item, this);
        if (dialog.exec() == QDialog::Accepted)
            m_draft.putItem(dialog.item());
        break;
    }
    case EntryKind::ProductLine: {
        const api::ProductLine *line = findById(catalog.productLines, entry.id);
        if (!line)
            return;
        ProductLineDialog dialog(catalog, *line, this);
        if (dialog.exec() == QDialog::Accepted)
            m_draft.putProductLine(dialog.line());
        break;
    }
    }
    refresh();
    selectEntry(entry.kind, entry.id);
}

void ProductsEditor::deleteSelected()
{
    const Selected entry = selected();
    if (!entry.valid || !m_delete->isEnabled())
        return;
    if (m_draft.changeOf(entry.kind, entry.id) == ChangeKind::Removed) {
        m_draft.revert(entry.kind, entry.id); // "Restore"
    } else {
        if (!confirmDelete(entry))
            return;
        switch (entry.kind) {
        case EntryKind::Product:
            m_draft.removeProductEverywhere(entry.id);
            break;
        case EntryKind::Item:
            m_draft.removeItemEverywhere(entry.id);
            break;
        case EntryKind::ProductLine:
            m_draft.removeProductLineEverywhere(entry.id);
            break;
        }
    }
    refresh();
    selectEntry(entry.kind, entry.id);
}

bool ProductsEditor::confirmDelete(const Selected &entry)
{
    const QString name = nameOf(entry.kind, entry.id);
    QMessageBox box(this);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Delete"));
    if (entry.kind == EntryKind::Product) {
        const QStringList soleBaseOf = m_draft.soleBaseOf(entry.id);
        if (!soleBaseOf.isEmpty()) {
            box.setIcon(QMessageBox::Information);
            box.setText(tr("“%1” cannot be deleted: it is the only base of %2. Change those add-ons or delete them "
                           "first.")
                            .arg(name, namesOfProducts(soleBaseOf)));
            box.addButton(QMessageBox::Ok);
            box.exec();
            return false;
        }
    }
    QString text;
    QString references;
    switch (entry.kind) {
    case EntryKind::Product: {
        text = tr("Delete the product “%1”?").arg(name);
        const QStringList addOns = m_draft.addOnsOf(entry.id);
        if (!addOns.isEmpty())
            references = tr("It is a base of %1; they stay add-ons to their other bases.").arg(namesOfProducts(addOns));
        break;
    }
    case EntryKind::Item: {
        text = tr("Delete the item “%1”?").arg(name);
        const QStringList products = m_draft.productsIncluding(entry.id);
        if (!products.isEmpty())
            references = tr("It is included in %1; deleting it takes it out of them.").arg(namesOfProducts(products));
        break;
    }
    case EntryKind::ProductLine: {
        text = tr("Delete the product line “%1”?").arg(name);
        const QStringList products = m_draft.productsInLine(entry.id);
        if (!products.isEmpty())
            references = tr("%1 are in it; they stay, in no product line.").arg(namesOfProducts(products));
        break;
    }
    }
    box.setText(text);
    box.setInformativeText((references.isEmpty() ? QString() : references + u' ')
                           + tr("Nothing changes on the server until you save."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

void ProductsEditor::reviewAndSave(const QString &notice)
{
    if (!m_review->isEnabled())
        return;
    CatalogReviewDialog dialog(m_draft.changes(), m_draft.problems(), this);
    if (!notice.isEmpty())
        dialog.setNotice(notice);
    if (dialog.exec() == QDialog::Accepted)
        save();
}

void ProductsEditor::save()
{
    if (isSaving() || !m_context.catalog || !m_draft.hasChanges() || !m_draft.problems().isEmpty())
        return;
    m_banner->hide();
    ConfigSettingsWriter *writer = m_context.catalog->writer();
    if (writer->isBusy()) {
        m_status->setText(tr("The configuration is being read; save again in a moment."));
        return;
    }
    // Read the configuration again first (checkedBeforeSave): an entry someone else changed
    // meanwhile must not be overwritten with the edit made on its old value.
    m_phase = SavePhase::Checking;
    writer->load();
    m_status->setText(tr("Saving…"));
    updateState();
}

void ProductsEditor::discardChanges()
{
    if (!m_discard->isEnabled())
        return;
    QMessageBox box(QMessageBox::Question, tr("Discard changes"),
                    tr("Drop %n change(s) not saved yet?", nullptr, int(m_draft.changes().size())),
                    QMessageBox::Cancel, this);
    QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != discard)
        return;
    m_draft.discard();
    m_status->clear();
    refresh();
}

QTreeWidgetItem *ProductsEditor::addEntryLine(QTreeWidgetItem *parent, QTreeWidget *tree, EntryKind kind,
                                              const QString &id, const QStringList &texts, int statusColumn)
{
    auto *line = parent ? new QTreeWidgetItem(parent, texts) : new QTreeWidgetItem(tree, texts);
    line->setData(0, EntryKindRole, int(kind));
    line->setData(0, EntryIdRole, id);
    const std::optional<ChangeKind> change = m_draft.changeOf(kind, id);
    line->setData(0, ChangeRole, change ? int(*change) : -1);
    line->setText(statusColumn, changeText(change));
    if (change) {
        for (int column = 0; column < line->columnCount(); ++column) {
            QFont font = tree->font();
            font.setBold(*change != ChangeKind::Removed);
            font.setStrikeOut(*change == ChangeKind::Removed && column != statusColumn);
            line->setFont(column, font);
            if (*change == ChangeKind::Removed)
                line->setForeground(column, tree->palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    return line;
}

void ProductsEditor::refresh()
{
    const Selected before = selected();
    const QSignalBlocker productsBlocker(m_products);
    const QSignalBlocker itemsBlocker(m_items);
    m_products->clear();
    m_items->clear();

    // What is shown: the current catalog, and the deleted entries (struck) until saved.
    const api::PaymentsCatalog &current = m_draft.current();
    const api::PaymentsCatalog &original = m_draft.original();
    QList<api::ProductLine> lines = current.productLines;
    QList<api::PaymentItem> items = current.items;
    QList<api::Product> products = current.products;
    for (const CatalogDraft::Change &change : m_draft.changes()) {
        if (change.kind != ChangeKind::Removed)
            continue;
        if (change.entry == EntryKind::ProductLine)
            lines << *findById(original.productLines, change.id);
        else if (change.entry == EntryKind::Item)
            items << *findById(original.items, change.id);
        else
            products << *findById(original.products, change.id);
    }

    QHash<QString, QTreeWidgetItem *> lineNodes;
    for (const api::ProductLine &line : std::as_const(lines)) {
        lineNodes.insert(line.id, addEntryLine(nullptr, m_products, EntryKind::ProductLine, line.id,
                                               {line.displayName, line.id, CatalogTexts::customerType(line.customerType),
                                                QString(), tr("Product line")},
                                               ProductStatusColumn));
    }
    QTreeWidgetItem *noLine = nullptr;
    for (const api::Product &product : std::as_const(products)) {
        QTreeWidgetItem *parent = lineNodes.value(product.productLineId);
        if (!parent) {
            if (!noLine) {
                noLine = new QTreeWidgetItem(m_products, {tr("No product line")});
                QFont italic = m_products->font();
                italic.setItalic(true);
                noLine->setFont(NameColumn, italic);
                noLine->setFlags(Qt::ItemIsEnabled);
            }
            parent = noLine;
        }
        QString name = product.displayName;
        if (!product.addOnTo.isEmpty())
            name = tr("%1 (add-on)").arg(name);
        QTreeWidgetItem *productLine =
            addEntryLine(parent, m_products, EntryKind::Product, product.id,
                         {name, product.id, CatalogTexts::customerType(product.customerType), QString(),
                          CatalogTexts::prices(product)},
                         ProductStatusColumn);
        productLine->setToolTip(PricesColumn, productLine->text(PricesColumn));
        productLine->setToolTip(IdColumn, product.id);
    }
    const QStringList unreadable = m_draft.original().unreadable;
    m_unreadable->setVisible(!unreadable.isEmpty());
    m_unreadable->setText(tr("%n entries could not be read and are left as they are: %1", nullptr, int(unreadable.size()))
                              .arg(unreadable.join(tr(", "))));
    if (noLine)
        m_products->addTopLevelItem(m_products->takeTopLevelItem(m_products->indexOfTopLevelItem(noLine)));
    m_products->expandAll();
    for (const api::PaymentItem &item : std::as_const(items)) {
        addEntryLine(nullptr, m_items, EntryKind::Item, item.id,
                     {item.displayName, item.id, CatalogTexts::customerType(item.customerType)}, ItemStatusColumn);
    }

    const bool loaded = m_context.catalog && m_context.catalog->isLoaded();
    if (loaded && m_products->topLevelItemCount() == 0)
        m_productsEmpty->showMessage(tr("No products yet"), tr("New product…"));
    else
        m_productsEmpty->hide();
    if (loaded && m_items->topLevelItemCount() == 0)
        m_itemsEmpty->showMessage(tr("No items yet"), tr("New item…"));
    else
        m_itemsEmpty->hide();

    if (before.valid)
        selectEntry(before.kind, before.id);
    updateState();
}

QTreeWidgetItem *ProductsEditor::entryLine(EntryKind kind, const QString &id) const
{
    QTreeWidget *tree = kind == EntryKind::Item ? m_items : m_products;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        const QVariant entryKind = (*it)->data(0, EntryKindRole);
        if (entryKind.isValid() && entryKind.toInt() == int(kind) && (*it)->data(0, EntryIdRole).toString() == id)
            return *it;
    }
    return nullptr;
}

bool ProductsEditor::selectEntry(EntryKind kind, const QString &id)
{
    QTreeWidgetItem *line = entryLine(kind, id);
    if (!line)
        return false;
    QTreeWidget *tree = line->treeWidget();
    tree->setCurrentItem(line);
    tree->scrollToItem(line);
    return true;
}

ProductsEditor::Selected ProductsEditor::selected() const
{
    for (QTreeWidget *tree : {m_products, m_items}) {
        const QList<QTreeWidgetItem *> lines = tree->selectedItems();
        if (lines.isEmpty())
            continue;
        const QVariant kind = lines.first()->data(0, EntryKindRole);
        if (!kind.isValid())
            return {};
        return {EntryKind(kind.toInt()), lines.first()->data(0, EntryIdRole).toString(), true};
    }
    return {};
}

void ProductsEditor::updateState()
{
    const bool loaded = m_context.catalog && m_context.catalog->isLoaded();
    const bool usable = loaded && !isSaving();
    const bool unsaved = m_draft.hasChanges();
    const Selected entry = selected();
    const bool removed = entry.valid && m_draft.changeOf(entry.kind, entry.id) == ChangeKind::Removed;
    for (QAction *action : {m_newProduct, m_newItem, m_newLine})
        action->setEnabled(usable);
    m_edit->setEnabled(usable && entry.valid && !removed);
    m_delete->setEnabled(usable && entry.valid);
    m_delete->setText(removed ? tr("&Restore") : tr("&Delete…"));
    m_delete->setToolTip(removed ? tr("Keep the selected entry after all") : tr("Delete the selected entry when saving (Del)"));
    m_review->setEnabled(usable && unsaved);
    m_discard->setEnabled(usable && unsaved);
    m_productsEmpty->setEnabled(usable);
    m_itemsEmpty->setEnabled(usable);

    const QString saved = tr("Saved.");
    if (isSaving())
        m_status->setText(tr("Saving…"));
    else if (!loaded && !m_banner->isShowingError())
        m_status->setText(tr("Reading the project's configuration…"));
    else if (unsaved)
        m_status->setText(tr("%n unsaved change(s)", nullptr, int(m_draft.changes().size())));
    else if (m_status->text() != saved)
        m_status->clear();
    if (unsaved != m_wasUnsaved) {
        m_wasUnsaved = unsaved;
        Q_EMIT unsavedChangesChanged(unsaved);
    }
}

QString ProductsEditor::statusText() const
{
    return m_status->text();
}

QString ProductsEditor::nameOf(EntryKind kind, const QString &id) const
{
    const api::PaymentsCatalog &catalog = m_draft.current();
    QString displayName;
    if (kind == EntryKind::Product) {
        if (const api::Product *product = findById(catalog.products, id))
            displayName = product->displayName;
    } else if (kind == EntryKind::Item) {
        if (const api::PaymentItem *item = findById(catalog.items, id))
            displayName = item->displayName;
    } else if (const api::ProductLine *line = findById(catalog.productLines, id)) {
        displayName = line->displayName;
    }
    return CatalogTexts::named(displayName, id);
}

QString ProductsEditor::namesOfProducts(const QStringList &ids) const
{
    QStringList names;
    for (const QString &id : ids)
        names << tr("“%1”").arg(nameOf(EntryKind::Product, id));
    return names.join(tr(", "));
}

} // namespace hexclave::ui
