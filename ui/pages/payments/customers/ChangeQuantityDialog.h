#pragma once

#include "dialogs/RequestDialog.h"
#include "endpoints/PaymentsEndpoints.h"

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace hexclave::ui {

class ExpiryPicker;
class FieldMessage;

// Adds to or takes from one customer's balance of an item: the change (±), when an addition
// expires, a description for the ledger, and whether the balance may go below zero. The balance
// it would leave shows before anything is sent; a refusal for want of quantity is explained.
// When the outcome is uncertain (no answer, a timeout, a 5xx) the change is not offered again as
// it was: the balance is read again at once and shown, and the change has to be typed anew.
class ChangeQuantityDialog : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeQuantityDialog)

public:
    struct Subject
    {
        api::CustomerRef customer;
        QString customerName;
        QString itemId;
        QString itemName;
        std::optional<qint64> currentQuantity; // unknown while not loaded
    };

    ChangeQuantityDialog(const ProjectContext &context, const Subject &subject, QWidget *parent = nullptr);

    QSpinBox *deltaField() const { return m_delta; }
    ExpiryPicker *expiryPicker() const { return m_expiry; }
    QLineEdit *descriptionField() const { return m_description; }
    QCheckBox *allowNegativeBox() const { return m_allowNegative; }
    QPushButton *applyButton() const { return m_apply; }
    // The line under the change: the balance it leaves, or why it cannot be sent.
    QString resultText() const;
    // The "Current balance" shown (read again after an uncertain outcome).
    QString currentBalanceText() const;

    // The request as the form stands, made at `nowMillis`.
    api::payments::ItemQuantityChange change(qint64 nowMillis) const;

Q_SIGNALS:
    // The server made the change.
    void changed(const QString &itemId, qint64 delta);
    // A change may or may not have been made; the balance was read again (nullopt: it could not be).
    void balanceReread(const QString &itemId, std::optional<qint64> quantity);

protected:
    bool hasUnsavedInput() const override;

private:
    void updateResult();
    void apply();
    void showFailure(const api::ApiError &error, qint64 delta);
    void rereadAfterUncertainOutcome(const api::ApiError &error);
    void showCurrentBalance();

    Subject m_subject;
    bool m_done = false;
    QLabel *m_current;
    QSpinBox *m_delta;
    FieldMessage *m_result;
    ExpiryPicker *m_expiry;
    QLineEdit *m_description;
    QCheckBox *m_allowNegative;
    QPushButton *m_apply;
};

} // namespace hexclave::ui
