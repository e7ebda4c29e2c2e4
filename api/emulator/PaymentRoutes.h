#pragma once

#include "HttpResponse.h"

namespace hexclave::emulator {

class Router;
struct RequestContext;

// Payments (see /work/notes/payments-facts.md): the catalog is the project's config
// (payments.products/items/productLines, written through ConfigRoutes); these routes serve the
// project's PaymentsStore.
// - admin: GET /internal/payments/transactions, POST /internal/payments/transactions/refund (the
//   v2 body {type, id, refund_entries}), GET /internal/payments/stripe/account-info;
// - client, server, admin: GET /payments/items/{customer_type}/{customer_id}/{item_id} and
//   GET /payments/products/{customer_type}/{customer_id};
// - server, admin: POST …/{item_id}/update-quantity?allow_negative= and POST
//   /payments/products/{customer_type}/{customer_id} (grant without payment).
class PaymentRoutes
{
public:
    void registerRoutes(Router &router);

private:
    static HttpResponse listTransactions(RequestContext &context);
    static HttpResponse refund(RequestContext &context);
    static HttpResponse providerAccount(RequestContext &context);
    static HttpResponse item(RequestContext &context);
    static HttpResponse updateItemQuantity(RequestContext &context);
    static HttpResponse listProducts(RequestContext &context);
    static HttpResponse grantProduct(RequestContext &context);
};

} // namespace hexclave::emulator
