#pragma once

#include "dto/PaymentsCatalog.h"
#include "payments/CatalogDraft.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace hexclave::ui {

class FieldMessage;

// Adds an item or a product line to the catalog being edited, or changes one (its id stays):
// id, display name and customer type. A customer type that would no longer match the products
// using the entry is named under the field; OK stays off while CatalogValidation finds anything.
// Sends nothing: the editor keeps the result.
class CatalogEntryDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogEntryDialog)

public:
    using EntryKind = models::CatalogDraft::EntryKind;

    bool isEditing() const { return !m_existingId.isEmpty(); }
    QString id() const;
    QString displayName() const; // the id when left empty
    api::CustomerType customerType() const;

    QLineEdit *idField() const { return m_id; }
    QLineEdit *displayNameField() const { return m_displayName; }
    QComboBox *customerTypeBox() const { return m_customerType; }
    FieldMessage *idMessage() const { return m_idMessage; }
    FieldMessage *customerTypeMessage() const { return m_customerTypeMessage; }
    QPushButton *okButton() const { return m_ok; }

protected:
    // `catalog`: as edited so far; `existingId` empty for a new entry.
    CatalogEntryDialog(EntryKind kind, const api::PaymentsCatalog &catalog, const QString &existingId,
                       const QString &displayName, api::CustomerType customerType, QWidget *parent);

private:
    void updateState();
    api::PaymentsCatalog withEntry() const;

    EntryKind m_kind;
    api::PaymentsCatalog m_catalog;
    QString m_existingId;

    QLineEdit *m_id = nullptr;
    FieldMessage *m_idMessage = nullptr;
    QLineEdit *m_displayName;
    QComboBox *m_customerType;
    FieldMessage *m_customerTypeMessage;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
};

class ItemDialog : public CatalogEntryDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemDialog)

public:
    ItemDialog(const api::PaymentsCatalog &catalog, const std::optional<api::PaymentItem> &existing,
               QWidget *parent = nullptr);
    api::PaymentItem item() const;

private:
    std::optional<api::PaymentItem> m_existing;
};

class ProductLineDialog : public CatalogEntryDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductLineDialog)

public:
    ProductLineDialog(const api::PaymentsCatalog &catalog, const std::optional<api::ProductLine> &existing,
                      QWidget *parent = nullptr);
    api::ProductLine line() const;

private:
    std::optional<api::ProductLine> m_existing;
};

} // namespace hexclave::ui
