#pragma once

#include <optional>

namespace hexclave::api {

// A request field that may be left out (nullopt), set to a value, or set to null.
template <class T>
using Nullable = std::optional<std::optional<T>>;

} // namespace hexclave::api
