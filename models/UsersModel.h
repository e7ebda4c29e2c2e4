#pragma once

#include "PagedRows.h"

#include "core/ApiRequest.h"
#include "dto/User.h"
#include "endpoints/UsersEndpoints.h"

#include <QPointer>

namespace hexclave::api {
class ApiClient;
}

namespace hexclave::models {

// What the users list shows: search text, order and which kinds of users.
struct UsersFilter
{
    QString search;
    api::users::OrderBy orderBy = api::users::OrderBy::SignedUpAt;
    bool descending = true;
    bool includeRestricted = true;
    bool includeAnonymous = false;
    bool onlyAnonymous = false;

    // The GET /users query for one page of these users: what the users list and the export send.
    api::users::ListQuery toListQuery(int limit, const QString &cursor) const;

    bool operator==(const UsersFilter &) const = default;
};

// The users of one project, paged from the server; search, order and filters are applied by
// the server.
class UsersModel : public PagedRows<api::User>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersModel)

public:
    enum Column { NameColumn, EmailColumn, IdColumn, EmailVerifiedColumn, LastActiveColumn, AuthMethodsColumn,
                  SignedUpColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        // Whether the primary email is verified (bool), or invalid when there is no email.
        EmailVerifiedRole = IsPlaceholderRole + 1,
    };

    UsersModel(api::ApiClient *client, api::ProjectScope scope, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const UsersFilter &filter() const { return m_filter; }
    // Applies a new filter and reloads from the first page (only when it changed).
    void setFilter(const UsersFilter &filter);

    static QString nameText(const api::User &user); // the display name, or what stands in for it
    static QString authMethodsText(const api::User &user);
    static QString oauthProviderName(const QString &providerId); // "github" → "GitHub" 

protected:
    api::ApiJob *startPageRequest(const QString &cursor, int limit) override;

private:
    QVariant displayData(const api::User &user, int column) const;
    QVariant rawData(const api::User &user, int column) const;

    QPointer<api::ApiClient> m_client;
    api::ProjectScope m_scope;
    UsersFilter m_filter;
};

} // namespace hexclave::models
