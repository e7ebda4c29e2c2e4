#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace hexclave::api {

// A list answer: {items, is_paginated, pagination?: {next_cursor}}.
template <class T>
struct Page
{
    QList<T> items;
    bool isPaginated = false;
    std::optional<QString> nextCursor; // nullopt at the end, or when the list is not paginated

    bool hasMore() const { return isPaginated && nextCursor.has_value(); }
};

} // namespace hexclave::api
