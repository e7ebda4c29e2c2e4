#pragma once

#include "core/Call.h"
#include "dto/Page.h"
#include "dto/UserSession.h"

namespace hexclave::api::sessions {

// GET /auth/sessions?user_id=
Call<Page<UserSession>> list(const ProjectScope &scope, const QString &userId);
// POST /auth/sessions {user_id, expires_in_millis, is_impersonation: true}
Call<SessionTokens> impersonate(const ProjectScope &scope, const QString &userId, qint64 expiresInMillis);
// DELETE /auth/sessions/{id}?user_id=
Call<NoContent> revoke(const ProjectScope &scope, const QString &userId, const QString &sessionId);

} // namespace hexclave::api::sessions
