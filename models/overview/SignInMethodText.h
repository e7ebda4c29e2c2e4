#pragma once

#include <QString>

namespace hexclave::models {

// A sign-in method of the metrics' login_methods for people: "github" → "GitHub",
// "password" → "Password", "passkey" → "Passkey", "otp" → "Email code", "other" → "Other".
QString signInMethodName(const QString &method);

} // namespace hexclave::models
