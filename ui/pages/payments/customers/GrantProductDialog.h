#pragma once

#include "dialogs/RequestDialog.h"
#include "dto/CustomerPayments.h"

#include <QStringList>

#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace hexclave::ui {

class FieldMessage;

// Grants a product of the catalog to one customer without payment: the products for the
// customer's type, a quantity for stackable ones (else one), what granting it means (a product in
// the same product line replaces the current one; an add-on needs its base product), and the
// server's refusals (already owned, gone from the catalog, …) said plainly.
class GrantProductDialog : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrantProductDialog)

public:
    struct Subject
    {
        api::CustomerRef customer;
        QString customerName;
        QList<api::Product> products;    // grantable ones of the customer's type (grantableProducts())
        QList<api::Product> owned;       // catalog products the customer owns now
        QList<api::ProductLine> productLines;
        // The catalog is out of reach (a server key): the product's ID is typed in instead.
        bool typedProductId = false;
    };

    GrantProductDialog(const ProjectContext &context, const Subject &subject, QWidget *parent = nullptr);

    // The catalog's products a customer of `type` can be granted: its type, and not included by
    // default (every customer has those).
    static QList<api::Product> grantableProducts(const api::PaymentsCatalog &catalog, api::CustomerType type);

    QComboBox *productField() const { return m_product; }
    // The product ID typed in, shown instead of productField() when Subject::typedProductId.
    QLineEdit *productIdField() const { return m_productId; }
    QSpinBox *quantityField() const { return m_quantity; }
    QPushButton *grantButton() const { return m_grant; }
    // What the chosen product's grant means (its line, add-on, already owned).
    QString productNote() const;

Q_SIGNALS:
    void granted(const QString &productId, qint64 quantity);

private:
    std::optional<api::Product> chosenProduct() const;
    void productChanged();
    void grant();
    void showFailure(const api::ApiError &error, const api::Product &product);
    QString productLineName(const QString &lineId) const;

    Subject m_subject;
    bool m_done = false;
    QComboBox *m_product;
    QLineEdit *m_productId;
    FieldMessage *m_productMessage;
    QSpinBox *m_quantity;
    QPushButton *m_grant;
};

} // namespace hexclave::ui
