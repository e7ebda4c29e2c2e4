#include "CustomerTexts.h"

#include <QCoreApplication>

namespace hexclave::ui {

namespace {

struct CustomerTexts
{
    Q_DECLARE_TR_FUNCTIONS(hexclave::ui::CustomerTexts)
};

using api::ApiError; // an unqualified return type keeps lupdate's context right

} // namespace

QString customerTypeNoun(api::CustomerType type)
{
    switch (type) {
    case api::CustomerType::User: return CustomerTexts::tr("user");
    case api::CustomerType::Team: return CustomerTexts::tr("team");
    case api::CustomerType::Custom: return CustomerTexts::tr("custom");
    }
    return {};
}

ApiError explainedCustomerError(const api::ApiError &error, api::CustomerType type, const QString &customerName)
{
    api::ApiError explained = error;
    if (error.is(u"USER_NOT_FOUND") && type == api::CustomerType::User)
        explained.message = CustomerTexts::tr("The user %1 does not exist in this project (any more). Choose another user.")
                                .arg(customerName);
    else if (error.is(u"TEAM_NOT_FOUND") && type == api::CustomerType::Team)
        explained.message = CustomerTexts::tr("The team %1 does not exist in this project (any more). Choose another team.")
                                .arg(customerName);
    return explained;
}

QString customerUserText(const api::User &user)
{
    const QString name = user.displayName.value_or(QString());
    const QString email = user.primaryEmail.value_or(QString());
    if (!name.isEmpty() && !email.isEmpty())
        return name + QStringLiteral(" · ") + email;
    return user.label();
}

} // namespace hexclave::ui
