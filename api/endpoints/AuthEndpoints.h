#pragma once

#include "core/Call.h"
#include "dto/AuthTokens.h"

namespace hexclave::api::auth {

// All on the internal project with client access (the dashboard's own sign-in).
Call<SignInTokens> passwordSignIn(const QString &email, const QString &password);
Call<CliAuthSession> startCliAuth(qint64 expiresInMillis = 0); // 0: the server's default
Call<CliAuthPoll> pollCliAuth(const QString &pollingCode);
Call<NoContent> signOut();

// Where the browser confirms a CLI sign-in.
QUrl cliAuthConfirmUrl(const QUrl &dashboardUrl, const QString &loginCode);

} // namespace hexclave::api::auth
