#include "ChangeQuantityDialog.h"

#include "CustomerTexts.h"
#include "dialogs/DialogParts.h"
#include "widgets/ErrorBanner.h"
#include "widgets/ExpiryPicker.h"
#include "widgets/FieldMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace hexclave::ui {

namespace {

QString signedNumber(qint64 value)
{
    const QString number = QLocale().toString(value);
    return value > 0 ? QLocale().positiveSign() + number : number;
}

// No answer, a timeout or a server failure: the change may have been made all the same. A known
// refusal (4xx) or a failed handshake means it was not.
bool outcomeIsUncertain(const api::ApiError &error)
{
    switch (error.kind) {
    case api::ApiError::Kind::Network:
    case api::ApiError::Kind::Timeout:
    case api::ApiError::Kind::Parse:
        return true;
    case api::ApiError::Kind::Http:
        return error.httpStatus >= 500 || error.httpStatus == 0;
    default:
        return false;
    }
}

} // namespace

ChangeQuantityDialog::ChangeQuantityDialog(const ProjectContext &context, const Subject &subject, QWidget *parent)
    : RequestDialog(context, parent)
    , m_subject(subject)
    , m_current(new QLabel(this))
    , m_delta(new QSpinBox(this))
    , m_result(new FieldMessage(m_delta, this))
    , m_expiry(new ExpiryPicker({.choices = {ExpiryPicker::Choice::Never, ExpiryPicker::Choice::OneDay,
                                             ExpiryPicker::Choice::OneWeek, ExpiryPicker::Choice::ThirtyDays,
                                             ExpiryPicker::Choice::NinetyDays, ExpiryPicker::Choice::OneYear,
                                             ExpiryPicker::Choice::OnDate},
                                 .initial = ExpiryPicker::Choice::Never},
                                this))
    , m_description(new QLineEdit(this))
    , m_allowNegative(new QCheckBox(tr("&Allow the balance to go below zero"), this))
    , m_apply(nullptr)
{
    setWindowTitle(tr("Change %1 of %2").arg(subject.itemName, subject.customerName));
    setMinimumWidth(500);

    // The server takes a 32-bit change.
    m_delta->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    m_delta->setValue(0);
    m_delta->setAccessibleName(tr("Change"));
    m_delta->setToolTip(tr("How much to add (a positive number) or take away (a negative one)"));
    m_delta->setMinimumWidth(140);
    m_description->setPlaceholderText(tr("Optional: why, for the transactions list"));
    m_description->setAccessibleName(tr("Description"));
    m_allowNegative->setToolTip(tr("Without this, the server refuses a change that leaves less than zero"));

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Change balance"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_apply->setDefault(true);

    showCurrentBalance();
    auto *form = new QFormLayout;
    form->addRow(tr("Current balance:"), m_current);
    auto *deltaLabel = new QLabel(tr("C&hange (±):"), this);
    deltaLabel->setBuddy(m_delta);
    form->addRow(deltaLabel, m_delta);
    form->addRow(QString(), m_result);
    auto *expiryLabel = new QLabel(tr("Added quantity &expires:"), this);
    expiryLabel->setBuddy(m_expiry->choiceField());
    form->addRow(expiryLabel, m_expiry);
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, m_description);
    form->addRow(QString(), m_allowNegative);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errorBanner());
    layout->addWidget(explanationLabel(tr("Adds to or takes from the balance of %1 held by %2. The change is recorded "
                                          "in the transactions list.")
                                           .arg(subject.itemName, subject.customerName),
                                       this));
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(busyLine());
    layout->addWidget(buttons);

    setFormWidgets({m_delta, m_expiry, m_description, m_allowNegative, m_apply});
    setTabChain({m_delta, m_expiry->choiceField(), m_expiry->dateField(), m_description, m_allowNegative});

    connect(m_delta, &QSpinBox::valueChanged, this, &ChangeQuantityDialog::updateResult);
    connect(m_allowNegative, &QCheckBox::toggled, this, &ChangeQuantityDialog::updateResult);
    connect(m_apply, &QPushButton::clicked, this, &ChangeQuantityDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangeQuantityDialog::reject);
    updateResult();
    m_delta->setFocus();
    m_delta->selectAll();
}

QString ChangeQuantityDialog::resultText() const
{
    return m_result->text();
}

QString ChangeQuantityDialog::currentBalanceText() const
{
    return m_current->text();
}

void ChangeQuantityDialog::showCurrentBalance()
{
    m_current->setText(m_subject.currentQuantity ? QLocale().toString(*m_subject.currentQuantity) : tr("not known"));
}

void ChangeQuantityDialog::updateResult()
{
    const qint64 delta = m_delta->value();
    // Only an addition can run out; a change of zero sends nothing.
    m_expiry->setEnabled(delta > 0 && !isBusy());
    m_apply->setEnabled(delta != 0 && !isBusy());
    if (delta == 0) {
        m_result->showHint(tr("Enter how much to add (a positive number) or take away (a negative one)."));
        return;
    }
    if (!m_subject.currentQuantity) {
        m_result->showHint(tr("Changes the balance by %1. The current balance is not known, so neither is the result.")
                               .arg(signedNumber(delta)));
        return;
    }
    const qint64 after = *m_subject.currentQuantity + delta;
    if (after < 0 && !m_allowNegative->isChecked()) {
        m_result->showError(tr("This would leave %1, below zero. The server refuses that unless “Allow the balance to go "
                               "below zero” is ticked.")
                                .arg(QLocale().toString(after)));
        return;
    }
    m_result->showHint(tr("Balance after the change: %1 (now %2, %3).")
                           .arg(QLocale().toString(after), QLocale().toString(*m_subject.currentQuantity), signedNumber(delta)));
}

api::payments::ItemQuantityChange ChangeQuantityDialog::change(qint64 nowMillis) const
{
    api::payments::ItemQuantityChange change;
    change.delta = m_delta->value();
    if (change.delta > 0) {
        if (const std::optional<qint64> expires = m_expiry->expiresAtMillis(nowMillis))
            change.expiresAt = QDateTime::fromMSecsSinceEpoch(*expires, Qt::UTC);
    }
    change.description = m_description->text().trimmed();
    change.allowNegative = m_allowNegative->isChecked();
    return change;
}

bool ChangeQuantityDialog::hasUnsavedInput() const
{
    return !m_done && (m_delta->value() != 0 || !m_description->text().trimmed().isEmpty());
}

void ChangeQuantityDialog::apply()
{
    if (isBusy() || m_done || m_delta->value() == 0)
        return;
    const api::payments::ItemQuantityChange request = change(QDateTime::currentMSecsSinceEpoch());
    const qint64 delta = request.delta;
    send<api::NoContent>(
        api::payments::updateItemQuantity(context().scope(), m_subject.customer, m_subject.itemId, request),
        tr("Changing the balance…"),
        [this, delta](api::NoContent) {
            m_done = true;
            Q_EMIT changed(m_subject.itemId, delta);
            accept();
        },
        [this, delta](const api::ApiError &error) { showFailure(error, delta); });
}

void ChangeQuantityDialog::showFailure(const api::ApiError &error, qint64 delta)
{
    if (outcomeIsUncertain(error)) {
        rereadAfterUncertainOutcome(error);
        return;
    }
    updateResult();
    api::ApiError explained = explainedCustomerError(error, m_subject.customer.type, m_subject.customerName);
    if (error.is(u"ITEM_QUANTITY_INSUFFICIENT_AMOUNT")) {
        explained.message =
            tr("%1 does not hold enough of %2 to take away %3: the balance would go below zero. Take away less, or tick "
               "“Allow the balance to go below zero” to make the change anyway.")
                .arg(m_subject.customerName, m_subject.itemName, QLocale().toString(-delta));
        errorBanner()->showActionError(tr("The balance was not changed."), explained);
        m_allowNegative->setFocus();
        return;
    }
    if (error.is(u"ITEM_NOT_FOUND"))
        explained.message = tr("The item %1 is no longer in the project's configuration; it may have been removed under "
                               "Products & items.")
                                .arg(m_subject.itemName);
    errorBanner()->showActionError(tr("The balance was not changed."), explained);
}

// Sending the same change again could apply it twice: the change is cleared, and the balance
// as it now stands is read and shown before anything else can be sent.
void ChangeQuantityDialog::rereadAfterUncertainOutcome(const api::ApiError &error)
{
    m_delta->setValue(0);
    m_subject.currentQuantity.reset();
    showCurrentBalance();
    const api::ApiError cause = error;
    const auto shown = [this, cause](std::optional<qint64> quantity) {
        m_subject.currentQuantity = quantity;
        showCurrentBalance();
        updateResult();
        if (quantity)
            errorBanner()->showActionError(tr("The change may or may not have been applied; the balance is now %1. Check "
                                              "it before you change it again.")
                                               .arg(QLocale().toString(*quantity)),
                                           cause);
        else
            errorBanner()->showActionError(tr("The change may or may not have been applied, and the balance could not be "
                                              "read again. Check it (Reload) before you change it again."),
                                           cause);
        m_delta->setFocus();
        Q_EMIT balanceReread(m_subject.itemId, quantity);
    };
    send<api::ItemBalance>(
        api::payments::item(context().scope(), m_subject.customer, m_subject.itemId),
        tr("No clear answer: reading the balance again…"),
        [shown](const api::ItemBalance &balance) { shown(balance.quantity); },
        [shown](const api::ApiError &) { shown(std::nullopt); });
}

} // namespace hexclave::ui
