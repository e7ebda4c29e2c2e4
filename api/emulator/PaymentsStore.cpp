#include "PaymentsStore.h"

#include <QDateTime>
#include <QTimeZone>

#include <nlohmann/json.hpp>

#include <algorithm>

using nlohmann::ordered_json;

namespace hexclave::emulator {

const char *customerTypeId(PaymentCustomerType type)
{
    switch (type) {
    case PaymentCustomerType::User: return "user";
    case PaymentCustomerType::Team: return "team";
    case PaymentCustomerType::Custom: return "custom";
    }
    return "user";
}

std::optional<PaymentCustomerType> customerTypeFromId(std::string_view id)
{
    if (id == "user")
        return PaymentCustomerType::User;
    if (id == "team")
        return PaymentCustomerType::Team;
    if (id == "custom")
        return PaymentCustomerType::Custom;
    return std::nullopt;
}

std::string Purchase::productLineId() const
{
    if (!product || !product->is_object())
        return {};
    const auto line = product->find("productLineId");
    return line != product->end() && line->is_string() ? line->get<std::string>() : std::string();
}

const ordered_json *Purchase::price() const
{
    if (!priceId || !product || !product->is_object())
        return nullptr;
    const auto prices = product->find("prices");
    if (prices == product->end() || !prices->is_object())
        return nullptr;
    const auto price = prices->find(*priceId);
    return price != prices->end() && price->is_object() ? &*price : nullptr;
}

qint64 PaymentsStore::addInterval(qint64 millis, const ordered_json &interval)
{
    if (!interval.is_array() || interval.size() != 2 || !interval[0].is_number_integer() || !interval[1].is_string())
        return millis;
    const auto count = interval[0].get<int>();
    const std::string unit = interval[1].get<std::string>();
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(millis, QTimeZone::UTC);
#else
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC);
#endif
    if (unit == "day")
        return start.addDays(count).toMSecsSinceEpoch();
    if (unit == "week")
        return start.addDays(qint64(count) * 7).toMSecsSinceEpoch();
    if (unit == "month")
        return start.addMonths(count).toMSecsSinceEpoch();
    if (unit == "year")
        return start.addYears(count).toMSecsSinceEpoch();
    return millis;
}

std::string PaymentsStore::customerKey(const PaymentCustomer &customer)
{
    return std::string(customerTypeId(customer.type)) + ':' + customer.id;
}

quint32 PaymentsStore::addPurchase(Purchase purchase)
{
    const auto index = quint32(m_purchases.size());
    m_purchaseById.emplace(purchase.id, index);
    m_purchasesByCustomer[customerKey(purchase.customer)].push_back(index);
    const bool subscription = purchase.kind == Purchase::Kind::Subscription;
    const qint64 createdAt = purchase.createdAtMillis;
    m_purchases.push_back(std::move(purchase));
    addRow({subscription ? LedgerRow::Kind::SubscriptionStart : LedgerRow::Kind::OneTimePurchase, index, createdAt, {}});
    return index;
}

void PaymentsStore::addRenewal(quint32 purchase, qint64 atMillis, const Uuid &invoiceId)
{
    addRow({LedgerRow::Kind::SubscriptionRenewal, purchase, atMillis, invoiceId});
}

void PaymentsStore::addItemQuantityChange(ItemQuantityChange change)
{
    const auto index = quint32(m_itemChanges.size());
    m_itemChangesByCustomer[customerKey(change.customer)].push_back(index);
    const qint64 createdAt = change.createdAtMillis;
    m_itemChanges.push_back(std::move(change));
    addRow({LedgerRow::Kind::ManualItemQuantityChange, index, createdAt, {}});
}

void PaymentsStore::addRefund(PurchaseRefund refund)
{
    Purchase &purchase = m_purchases[refund.purchase];
    purchase.refundedAtMillis = refund.createdAtMillis;
    qint64 revoked = 0;
    for (const PurchaseRefund::Entry &entry : refund.entries)
        revoked += entry.quantity;
    purchase.revokedQuantity = std::min(purchase.quantity, purchase.revokedQuantity + revoked);
    if (purchase.kind == Purchase::Kind::Subscription && revoked > 0 && purchase.ownedQuantity() == 0)
        purchase.cancelAtPeriodEnd = true;
    const auto index = quint32(m_refunds.size());
    m_refundByPurchase[refund.purchase] = index;
    const qint64 createdAt = refund.createdAtMillis;
    m_refunds.push_back(std::move(refund));
    addRow({LedgerRow::Kind::Refund, index, createdAt, {}});
}

void PaymentsStore::endSubscription(quint32 purchase, qint64 atMillis)
{
    Purchase &subscription = m_purchases[purchase];
    subscription.ended = true;
    subscription.cancelAtPeriodEnd = true;
    subscription.currentPeriodEndMillis = atMillis;
}

std::optional<quint32> PaymentsStore::findPurchase(std::string_view id, Purchase::Kind kind) const
{
    const auto uuid = Uuid::parse(id);
    if (!uuid)
        return std::nullopt;
    const auto it = m_purchaseById.find(*uuid);
    if (it == m_purchaseById.end() || m_purchases[it->second].kind != kind)
        return std::nullopt;
    return it->second;
}

std::optional<quint32> PaymentsStore::refundOf(quint32 purchase) const
{
    const auto it = m_refundByPurchase.find(purchase);
    return it == m_refundByPurchase.end() ? std::nullopt : std::optional(it->second);
}

std::vector<quint32> PaymentsStore::ownedPurchases(const PaymentCustomer &customer) const
{
    std::vector<quint32> owned;
    const auto it = m_purchasesByCustomer.find(customerKey(customer));
    if (it == m_purchasesByCustomer.end())
        return owned;
    for (const quint32 index : it->second) {
        if (m_purchases[index].owned())
            owned.push_back(index);
    }
    std::stable_sort(owned.begin(), owned.end(), [this](quint32 a, quint32 b) {
        return m_purchases[a].createdAtMillis < m_purchases[b].createdAtMillis;
    });
    return owned;
}

qint64 PaymentsStore::itemQuantity(const PaymentCustomer &customer, const std::string &itemId, qint64 nowMillis) const
{
    qint64 quantity = 0;
    for (const quint32 index : ownedPurchases(customer)) {
        const Purchase &purchase = m_purchases[index];
        if (!purchase.product || !purchase.product->is_object())
            continue;
        const auto included = purchase.product->find("includedItems");
        if (included == purchase.product->end() || !included->is_object())
            continue;
        const auto item = included->find(itemId);
        if (item == included->end() || !item->is_object())
            continue;
        const auto perProduct = item->find("quantity");
        if (perProduct != item->end() && perProduct->is_number_integer())
            quantity += perProduct->get<qint64>() * purchase.ownedQuantity();
    }
    const auto changes = m_itemChangesByCustomer.find(customerKey(customer));
    if (changes != m_itemChangesByCustomer.end()) {
        for (const quint32 index : changes->second) {
            const ItemQuantityChange &change = m_itemChanges[index];
            if (change.itemId == itemId && (!change.expiresAtMillis || *change.expiresAtMillis > nowMillis))
                quantity += change.delta;
        }
    }
    return quantity;
}

std::string PaymentsStore::txnIdOf(const LedgerRow &row) const
{
    switch (row.kind) {
    case LedgerRow::Kind::SubscriptionStart: return "sub-start:" + m_purchases[row.record].id.toString();
    case LedgerRow::Kind::OneTimePurchase: return "otp:" + m_purchases[row.record].id.toString();
    case LedgerRow::Kind::SubscriptionRenewal: return "sub-renewal:" + row.invoiceId.toString();
    case LedgerRow::Kind::ManualItemQuantityChange: return "miqc:" + m_itemChanges[row.record].id.toString();
    case LedgerRow::Kind::Refund: return m_purchases[m_refunds[row.record].purchase].id.toString() + ":refund";
    }
    return {};
}

std::string PaymentsStore::transactionIdOf(const LedgerRow &row) const
{
    switch (row.kind) {
    case LedgerRow::Kind::SubscriptionStart:
    case LedgerRow::Kind::OneTimePurchase: return m_purchases[row.record].id.toString();
    case LedgerRow::Kind::SubscriptionRenewal: return row.invoiceId.toString();
    case LedgerRow::Kind::ManualItemQuantityChange: return m_itemChanges[row.record].id.toString();
    case LedgerRow::Kind::Refund: return txnIdOf(row);
    }
    return {};
}

const PaymentCustomer &PaymentsStore::customerOf(const LedgerRow &row) const
{
    switch (row.kind) {
    case LedgerRow::Kind::ManualItemQuantityChange: return m_itemChanges[row.record].customer;
    case LedgerRow::Kind::Refund: return m_purchases[m_refunds[row.record].purchase].customer;
    default: return m_purchases[row.record].customer;
    }
}

bool PaymentsStore::newerThan(const LedgerRow &a, const LedgerRow &b) const
{
    if (a.createdAtMillis != b.createdAtMillis)
        return a.createdAtMillis > b.createdAtMillis;
    return txnIdOf(a) > txnIdOf(b);
}

void PaymentsStore::addRow(LedgerRow row)
{
    const auto index = quint32(m_rows.size());
    m_rows.push_back(row);
    if (m_orderDirty) {
        m_order.push_back(index);
        return;
    }
    const auto position = std::upper_bound(m_order.begin(), m_order.end(), index, [this](quint32 a, quint32 b) {
        return newerThan(m_rows[a], m_rows[b]);
    });
    m_order.insert(position, index);
}

const std::vector<quint32> &PaymentsStore::order() const
{
    if (m_orderDirty) {
        std::sort(m_order.begin(), m_order.end(), [this](quint32 a, quint32 b) { return newerThan(m_rows[a], m_rows[b]); });
        m_orderDirty = false;
    }
    return m_order;
}

PaymentsStore::Page PaymentsStore::list(const std::optional<LedgerCursor> &after, int limit, const LedgerFilter &filter) const
{
    if (filter.kinds && filter.kinds->empty())
        return {};
    const std::vector<quint32> &rows = order();
    auto it = rows.begin();
    if (after) {
        // The first row strictly older than the cursor's (createdAt, txnId).
        it = std::partition_point(rows.begin(), rows.end(), [&](quint32 index) {
            const LedgerRow &row = m_rows[index];
            if (row.createdAtMillis != after->createdAtMillis)
                return row.createdAtMillis > after->createdAtMillis;
            return txnIdOf(row) >= after->txnId;
        });
    }
    Page page;
    for (; it != rows.end(); ++it) {
        const LedgerRow &row = m_rows[*it];
        if (filter.kinds && std::find(filter.kinds->begin(), filter.kinds->end(), row.kind) == filter.kinds->end())
            continue;
        if (filter.customerType && customerOf(row).type != *filter.customerType)
            continue;
        if (int(page.rows.size()) == limit) { // limit + 1 read: there is a next page
            const LedgerRow &last = m_rows[page.rows.back()];
            page.next = LedgerCursor{last.createdAtMillis, txnIdOf(last)};
            break;
        }
        page.rows.push_back(*it);
    }
    return page;
}

} // namespace hexclave::emulator
