#pragma once

#include "core/ApiError.h"
#include "dto/CustomerPayments.h"
#include "dto/User.h"

#include <QString>

namespace hexclave::ui {

// Sentences about payments customers that the Customers tab and its dialogs share.

// "user", "team", "custom": as in "items for team customers".
QString customerTypeNoun(api::CustomerType type);
// The server's USER_NOT_FOUND / TEAM_NOT_FOUND said about `customerName`; other errors unchanged.
// How a user customer is named:
// "Ada Lovelace · ada@example.com", or what the user has of the two (their id at the least).
QString customerUserText(const api::User &user);
api::ApiError explainedCustomerError(const api::ApiError &error, api::CustomerType type, const QString &customerName);

} // namespace hexclave::ui
