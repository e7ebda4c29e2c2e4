#pragma once

#include "dto/PaymentsCatalog.h"
#include "payments/CatalogValidation.h"

#include <QDialog>
#include <QMap>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace hexclave::ui {

class DayIntervalField;
class FieldMessage;

// Adds a product to the catalog being edited, or changes one (its id stays): name, customer
// type, product line, the products it is an add-on to, flags, free trial, and either prices
// (amounts per currency, billing interval, free trial, server only) or "included by default",
// and the items it includes. What CatalogValidation finds is shown under the field concerned,
// and OK stays off until there is nothing. Sends nothing: the editor keeps the result.
class ProductDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductDialog)

public:
    // `catalog`: the catalog as edited so far (the product, when editing, is replaced in it).
    ProductDialog(const api::PaymentsCatalog &catalog, const std::optional<api::Product> &existing,
                  QWidget *parent = nullptr);

    bool isEditing() const { return m_existing.has_value(); }
    // The product as the fields say.
    api::Product product() const;
    // What the check finds now, as "field: message" lines (also shown in the dialog).
    QStringList problemTexts() const;
    // The problems the product already had when the dialog opened (the server accepted it so):
    // shown as warnings; only other problems keep OK off.
    const QList<models::CatalogProblem> &existingProblems() const { return m_baseline; }

    QLineEdit *idField() const { return m_id; }
    QLineEdit *displayNameField() const { return m_displayName; }
    QComboBox *customerTypeBox() const { return m_customerType; }
    QComboBox *productLineBox() const { return m_productLine; }
    QListWidget *addOnList() const { return m_addOnTo; }
    QCheckBox *stackableBox() const { return m_stackable; }
    QCheckBox *serverOnlyBox() const { return m_serverOnly; }
    DayIntervalField *freeTrialField() const { return m_freeTrial; }
    QRadioButton *pricedButton() const { return m_priced; }
    QRadioButton *includedByDefaultButton() const { return m_includedByDefault; }
    QCheckBox *currencyBox(const QString &code) const { return m_currencies.value(code); }
    QTableWidget *pricesTable() const { return m_prices; }
    QPushButton *addPriceButton() const { return m_addPrice; }
    QAbstractButton *removePriceButton(int row) const;
    QLineEdit *priceIdField(int row) const;
    QLineEdit *amountField(int row, const QString &currency) const;
    DayIntervalField *billingField(int row) const;
    QTableWidget *includedItemsTable() const { return m_included; }
    QPushButton *addIncludedItemButton() const { return m_addIncluded; }
    QAbstractButton *removeIncludedItemButton(int row) const;
    QComboBox *includedItemBox(int row) const;
    QSpinBox *quantityBox(int row) const;
    FieldMessage *idMessage() const { return m_idMessage; }
    FieldMessage *pricesMessage() const { return m_pricesMessage; }
    FieldMessage *includedItemsMessage() const { return m_includedMessage; }
    QPushButton *okButton() const { return m_ok; }

protected:
    void changeEvent(QEvent *event) override;

private:
    enum IncludedColumn { ItemColumn, QuantityColumn, RepeatColumn, ExpiresColumn, RemoveIncludedColumn, IncludedColumnCount };

    void fill(const api::Product &product);
    void addPriceRow(const api::ProductPrice &price);
    void addIncludedRow(const api::IncludedItem &item);
    void fillProductLines(const QString &selected);
    void fillItemBox(QComboBox *box, const QString &selected) const;
    void customerTypeChanged();
    void updateCurrencyColumns();
    void updateState();
    // Check boxes in lists and table cells stay visible on dark palettes.
    void applyCheckBoxPalettes();
    int priceColumn(const QString &currency) const;
    int billingColumn() const;
    int rowOf(QTableWidget *table, int column, QWidget *widget) const;
    api::CustomerType customerType() const;

    api::PaymentsCatalog m_others; // the catalog without the edited product
    std::optional<api::Product> m_existing;
    QList<models::CatalogProblem> m_baseline;
    bool m_filling = false;
    bool m_applyingPalettes = false;

    QLineEdit *m_id = nullptr;
    FieldMessage *m_idMessage = nullptr;
    QLineEdit *m_displayName;
    QComboBox *m_customerType;
    QComboBox *m_productLine;
    FieldMessage *m_productLineMessage;
    QListWidget *m_addOnTo;
    FieldMessage *m_addOnMessage;
    QCheckBox *m_stackable;
    QCheckBox *m_serverOnly;
    DayIntervalField *m_freeTrial;
    FieldMessage *m_freeTrialMessage;
    QRadioButton *m_priced;
    QRadioButton *m_includedByDefault;
    QMap<QString, QCheckBox *> m_currencies;
    QWidget *m_pricesBox;
    QTableWidget *m_prices;
    QPushButton *m_addPrice;
    FieldMessage *m_pricesMessage;
    QTableWidget *m_included;
    QPushButton *m_addIncluded;
    FieldMessage *m_includedMessage;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
};

} // namespace hexclave::ui
