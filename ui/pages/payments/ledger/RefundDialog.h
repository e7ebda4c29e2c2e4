#pragma once

#include "dialogs/RequestDialog.h"
#include "dto/Transaction.h"

#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace hexclave::api::payments {
struct RefundRequest;
}

namespace hexclave::ui {

class FieldMessage;

// Refunds (part of) a purchase: for each product the purchase granted (its product_grant
// entries), how many to revoke (0 to the number bought) and how many US dollars to give back
// (unit price × quantity unless edited). Refused before anything is sent: amounts that are not
// dollars and cents, negative, more than was charged in all, nothing at all, and purchases not
// priced in US dollars. A confirmation names the customer and the total, and says that a refund
// cannot be undone and revokes access. Server refusals are shown in the dialog.
class RefundDialog : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundDialog)

public:
    RefundDialog(const ProjectContext &context, const api::Transaction &transaction, QWidget *parent = nullptr);
    ~RefundDialog() override;

    const api::Transaction &transaction() const { return m_transaction; }
    // The server said the purchase was already refunded (elsewhere): the list is out of date.
    bool sawOutdatedTransaction() const { return m_sawOutdated; }

    QList<QSpinBox *> quantityFields() const;
    QList<QLineEdit *> amountFields() const;
    QPushButton *refundButton() const { return m_refund; }
    QLabel *totalLabel() const { return m_total; }
    FieldMessage *totalMessage() const { return m_totalMessage; }
    // The charged US dollars the refunds may add up to, in cents; none when not priced in USD.
    std::optional<qint64> chargedCents() const { return m_chargedCents; }

    // Checks the form and asks for confirmation, then sends the refund.
    void submit();

Q_SIGNALS:
    // The server accepted the refund of `transactionId`; `summary` says what was done.
    void refunded(const QString &transactionId, const QString &summary);

protected:
    bool hasUnsavedInput() const override;
    void showEvent(QShowEvent *event) override;

private:
    struct Line
    {
        int entryIndex = 0;
        QString product;
        qint64 bought = 0;
        std::optional<qint64> unitCents; // the price in USD cents; none when it has no USD price
        QSpinBox *quantity = nullptr;
        QLineEdit *amount = nullptr;
        FieldMessage *message = nullptr;
        bool amountEdited = false;
        QString defaultAmount;
    };

    void addLine(QWidget *parent, QGridLayout *grid, int row, int entryIndex, const api::TransactionEntry &grant);
    void quantityChanged(qsizetype line);
    QString defaultAmount(const Line &line, qint64 quantity) const;
    void updateTotal();
    void fitHeight(); // grows the window when a message appeared
    // The request the form describes; nullopt after showing why there is none.
    std::optional<api::payments::RefundRequest> readForm(qint64 *totalCents);
    bool confirm(qint64 totalCents);
    void showFailure(const api::ApiError &error);
    QString customerText() const;
    QString money(qint64 cents) const;

    api::Transaction m_transaction;
    std::optional<qint64> m_chargedCents;
    bool m_usdPriced = true;
    QList<Line> m_lines;
    QLabel *m_total;
    FieldMessage *m_totalMessage;
    QPushButton *m_refund;
    bool m_sawOutdated = false;
};

} // namespace hexclave::ui
