#pragma once

#include "ProjectContext.h"
#include "payments/PaymentsCatalogSource.h"

#include <QPointer>

namespace hexclave::ui {

// What every tab of the Payments page works with: the project, and the one catalog source the
// page shares (products, items, product lines and test mode, loaded once, saved through it).
struct PaymentsContext
{
    ProjectContext project;
    QPointer<models::PaymentsCatalogSource> catalog;
};

} // namespace hexclave::ui
