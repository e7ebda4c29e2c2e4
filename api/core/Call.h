#pragma once

#include "ApiRequest.h"

namespace hexclave::api {

// A request paired with the type its answer parses into, so that
// `client.send(users::get(scope, id))` yields a Job<User>.
template <class T>
struct Call
{
    using Result = T;
    ApiRequest request;
};

} // namespace hexclave::api
