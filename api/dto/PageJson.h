#pragma once

// Private to api/dto .cpp files: from_json for Page<T>.

#include "JsonSupport.h"
#include "Page.h"

#include <stdexcept>

namespace hexclave::api {

template <class T>
void from_json(const nlohmann::ordered_json &j, Page<T> &page)
{
    const auto &items = j.at("items");
    if (!items.is_array())
        throw std::runtime_error("\"items\" is not a list");
    page.items.clear();
    page.items.reserve(qsizetype(items.size()));
    for (const auto &item : items)
        page.items.append(item.get<T>());
    page.isPaginated = json::boolOr(j, "is_paginated");
    page.nextCursor.reset();
    const auto pagination = j.find("pagination");
    if (pagination != j.end() && pagination->is_object())
        page.nextCursor = json::optionalString(*pagination, "next_cursor");
}

} // namespace hexclave::api
