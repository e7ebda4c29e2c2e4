#pragma once

#include "dto/PaymentsCatalog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hexclave::models {

// Something in a catalog the server would refuse or that would not work: which entry (its
// config path, e.g. "payments.products.pro"), which field of it ("id", "productLineId",
// "prices.monthly.USD", "includedItems.credits.quantity", …) and what is wrong, for people.
struct CatalogProblem
{
    QString path;
    QString field;
    QString message;

    friend bool operator==(const CatalogProblem &, const CatalogProblem &) = default;
};

// Checks an edited payments catalog before it is saved: ids (the server's rule, unique per kind),
// amounts (decimal strings with the currency's decimals, supported currencies, at least one per
// price), intervals, included items (an existing item of the product's customer type, quantity
// not negative), product lines (existing, same customer type), add-ons (existing other products),
// and "included by default" products without prices.
class CatalogValidation
{
    Q_DECLARE_TR_FUNCTIONS(hexclave::models::CatalogValidation)

public:
    // Every problem of every entry.
    static QList<CatalogProblem> check(const api::PaymentsCatalog &catalog);
    // The problems `current` has that `original` did not have (what an edit broke): what blocks a
    // save, so that what the server already holds does not keep an unrelated edit from saving.
    static QList<CatalogProblem> newProblems(const api::PaymentsCatalog &original, const api::PaymentsCatalog &current);

    // The problems of one entry within `others`, the catalog it would be part of without it (an
    // id `others` has is taken).
    static QList<CatalogProblem> checkProduct(const api::Product &product, const api::PaymentsCatalog &others);
    static QList<CatalogProblem> checkItem(const api::PaymentItem &item, const api::PaymentsCatalog &others);
    static QList<CatalogProblem> checkProductLine(const api::ProductLine &line, const api::PaymentsCatalog &others);

    // Empty when fine, else what is wrong.
    static QString idProblem(const QString &id);
    static QString amountProblem(const QString &currencyCode, const QString &amount);
    static QString intervalProblem(const api::DayInterval &interval);
};

} // namespace hexclave::models
