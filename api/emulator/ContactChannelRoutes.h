#pragma once

#include "HttpResponse.h"
#include "Uuid.h"

#include <optional>

namespace hexclave::emulator {

class DataStore;
class Router;
struct RequestContext;

// A user's e-mail contact channels (contact-channels/crud.tsx): GET|POST /contact-channels,
// GET|PATCH|DELETE /contact-channels/{user_id}/{contact_channel_id} and
// POST /contact-channels/{user_id}/{contact_channel_id}/send-verification-code. The primary
// channel is the user's primary e-mail (ContactChannelStore), so both always agree.
class ContactChannelRoutes
{
public:
    explicit ContactChannelRoutes(DataStore &store);
    void registerRoutes(Router &router);

private:
    struct Target
    {
        std::optional<quint32> user; // none: no such user
        Uuid userId;
        Uuid channelId;
    };

    HttpResponse list(RequestContext &context);
    HttpResponse create(RequestContext &context);
    HttpResponse read(RequestContext &context);
    HttpResponse update(RequestContext &context);
    HttpResponse remove(RequestContext &context);
    HttpResponse sendVerificationCode(RequestContext &context);
    // The {user_id}/{contact_channel_id} of the path, or the answer that refuses them.
    static std::optional<HttpResponse> resolveTarget(RequestContext &context, Target &target, QStringList problems = {});

    DataStore &m_store;
};

} // namespace hexclave::emulator
