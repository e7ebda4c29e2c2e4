#include "SignInMethodText.h"

#include "UsersModel.h"

#include <QCoreApplication>

namespace hexclave::models {

QString signInMethodName(const QString &method)
{
    if (method == u"password")
        return QCoreApplication::translate("hexclave::models::SignInMethodText", "Password");
    if (method == u"passkey")
        return QCoreApplication::translate("hexclave::models::SignInMethodText", "Passkey");
    if (method == u"otp")
        return QCoreApplication::translate("hexclave::models::SignInMethodText", "Email code");
    if (method == u"other")
        return QCoreApplication::translate("hexclave::models::SignInMethodText", "Other");
    return UsersModel::oauthProviderName(method); // the provider's own name, else its id
}

} // namespace hexclave::models
