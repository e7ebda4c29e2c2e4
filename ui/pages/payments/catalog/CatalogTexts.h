#pragma once

#include "dto/PaymentsCatalog.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hexclave::ui {

// How the catalog editor writes catalog values for people.
class CatalogTexts
{
    Q_DECLARE_TR_FUNCTIONS(hexclave::ui::CatalogTexts)

public:
    static QString customerType(api::CustomerType type);           // "User", "Team", "Custom"
    static QString unit(const QString &unitId, int count);          // "day"/"days", …
    static QString interval(const api::DayInterval &interval);      // "2 weeks"
    // "$9.99 / month · €8.99 / month", "Free (included by default)", "No prices".
    static QString prices(const api::Product &product);
    static QString expiry(api::IncludedItem::Expiry expiry);
    // "Pro (pro)", or the id alone when the name is the id.
    static QString named(const QString &displayName, const QString &id);
};

} // namespace hexclave::ui
