#pragma once

#include "PaymentsStore.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>

namespace hexclave::emulator {

// The payments routes' JSON: transactions as the ledger-backed list sends them (fixture 39,
// bulldozer-js mapLedgerEntry), owned products as GET /payments/products sends them
// (productToInlineProduct), and the list's cursor.
class PaymentsJson
{
public:
    static nlohmann::ordered_json transaction(const PaymentsStore &store, quint32 row);
    static nlohmann::ordered_json ownedProduct(const Purchase &purchase);

    // A product config entry as a product_grant entry shows it (snake_case, 9 keys).
    static nlohmann::ordered_json ledgerProduct(const nlohmann::ordered_json &product);
    // A product config entry as the customer's product list shows it (also product_line_id).
    static nlohmann::ordered_json customerProduct(const nlohmann::ordered_json &product);
    // buildChargedAmount: every currency of the price times the quantity; zero amounts left out.
    static nlohmann::ordered_json chargedAmount(const nlohmann::ordered_json *price, qint64 quantity);

    // base64url (no padding) of {"createdAtMillis":n,"txnId":"…"} (fixture 39's next_cursor).
    static std::string encodeCursor(const LedgerCursor &cursor);
    static std::optional<LedgerCursor> decodeCursor(const std::string &text);
};

} // namespace hexclave::emulator
