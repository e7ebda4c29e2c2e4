#pragma once

#include "ConfigSettingsWriter.h"
#include "pages/payments/PaymentsView.h"
#include "payments/CatalogDraft.h"

#include <QWidget>

class QAction;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace hexclave::ui {

class EmptyState;
class ErrorBanner;

// The Products tab of the Payments page: product lines with their products (those in no line
// under "No product line") and the items, edited in a working copy (CatalogDraft) and written
// to the project's configuration together after a review of every change. Edited entries are
// marked until saved (bold and "edited" or "new", deleted ones struck through). A failed save
// keeps the edits and says why; a catalog changed on the server meanwhile keeps them too.
class ProductsEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductsEditor)

public:
    using EntryKind = models::CatalogDraft::EntryKind;

    // The roles of the tree lines: which entry a line shows (none: "No product line").
    enum Role { EntryKindRole = Qt::UserRole + 1, EntryIdRole, ChangeRole };
    enum ProductColumn { NameColumn, IdColumn, CustomerColumn, ProductStatusColumn, PricesColumn };
    enum ItemColumn { ItemNameColumn, ItemIdColumn, ItemCustomerColumn, ItemStatusColumn };

    ProductsEditor(const PaymentsContext &context, QWidget *parent = nullptr);

    bool hasUnsavedChanges() const { return m_draft.hasChanges(); }
    // From Save until written or refused (including the check for changes made meanwhile).
    bool isSaving() const { return m_phase != SavePhase::None; }
    const models::CatalogDraft &draft() const { return m_draft; }

    // Open the dialogs, as the toolbar does.
    void newProduct();
    void newItem();
    void newProductLine();
    void editSelected();
    void deleteSelected();
    // Shows the review; Save there reads the configuration again and, when no entry to be written
    // changed on the server meanwhile, writes the changes (savedOrFailed() follows). When some did,
    // nothing is written: the review opens again against what the server has now, saying which.
    void reviewAndSave(const QString &notice = {});
    void discardChanges();

    // Selects the line of an entry; false when it is not shown.
    bool selectEntry(EntryKind kind, const QString &id);
    QTreeWidgetItem *entryLine(EntryKind kind, const QString &id) const;

    QTreeWidget *productsTree() const { return m_products; }
    QTreeWidget *itemsList() const { return m_items; }
    EmptyState *productsEmptyState() const { return m_productsEmpty; }
    EmptyState *itemsEmptyState() const { return m_itemsEmpty; }
    ErrorBanner *errorBanner() const { return m_banner; }
    // Says which entries of the configuration could not be read (they are left alone); hidden when none.
    QLabel *unreadableNote() const { return m_unreadable; }
    QString statusText() const;
    QAction *newProductAction() const { return m_newProduct; }
    QAction *newItemAction() const { return m_newItem; }
    QAction *newProductLineAction() const { return m_newLine; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *reviewAction() const { return m_review; }
    QAction *discardAction() const { return m_discard; }

Q_SIGNALS:
    void unsavedChangesChanged(bool unsaved);
    void savedOrFailed(bool ok);

private:
    struct Selected
    {
        EntryKind kind = EntryKind::Product;
        QString id;
        bool valid = false;
    };

    void buildActions();
    void buildLayout();
    void catalogChanged();
    void writeFailed(models::ConfigSettingsWriter::Stage stage, const api::ApiError &error);
    void written();
    void save();
    void checkedBeforeSave();
    void refresh();
    void updateState();
    Selected selected() const;
    QTreeWidgetItem *addEntryLine(QTreeWidgetItem *parent, QTreeWidget *tree, EntryKind kind, const QString &id,
                                  const QStringList &texts, int statusColumn);
    bool confirmDelete(const Selected &entry);
    QString nameOf(EntryKind kind, const QString &id) const;
    QString namesOfProducts(const QStringList &ids) const;

    PaymentsContext m_context;
    models::CatalogDraft m_draft;
    enum class SavePhase { None, Checking, Writing };
    SavePhase m_phase = SavePhase::None;
    bool m_wasUnsaved = false;

    ErrorBanner *m_banner;
    QTreeWidget *m_products;
    QTreeWidget *m_items;
    EmptyState *m_productsEmpty;
    EmptyState *m_itemsEmpty;
    QLabel *m_status;
    QLabel *m_unreadable;
    QAction *m_newProduct = nullptr;
    QAction *m_newItem = nullptr;
    QAction *m_newLine = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_review = nullptr;
    QAction *m_discard = nullptr;
};

} // namespace hexclave::ui
