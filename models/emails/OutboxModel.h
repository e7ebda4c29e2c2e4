#pragma once

#include "PagedRows.h"

#include "core/ApiRequest.h"
#include "dto/Email.h"
#include "endpoints/EmailsEndpoints.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>

namespace hexclave::api {
class ApiClient;
}

namespace hexclave::models {

// Which emails the outbox shows; every part is applied by the server.
struct OutboxFilter
{
    QString simpleStatus; // "in-progress" | "ok" | "error"; empty: all
    QString status;       // one of OutboxModel::statuses(); empty: all
    QString userId;

    bool isEmpty() const { return simpleStatus.isEmpty() && status.isEmpty() && userId.isEmpty(); }
    // Whether the server would list this email under the filter (e.g. after it was paused here).
    bool matches(const api::OutboxEmail &email) const;
    bool operator==(const OutboxFilter &) const = default;
};

// The project's email outbox (GET /emails/outbox), newest first, paged through the server's
// cursor (an email id) as the view scrolls. A change made here (pause, cancel, reschedule)
// replaces its row in place.
class OutboxModel : public PagedRows<api::OutboxEmail>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxModel)

public:
    enum Column { CreatedColumn, RecipientColumn, SubjectColumn, StatusColumn, ScheduledColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SimpleStatusRole = IsPlaceholderRole + 1, // "in-progress" | "ok" | "error"
        EmailIdRole,
        IsPausedRole,
    };

    OutboxModel(api::ApiClient *client, api::ProjectScope scope, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const OutboxFilter &filter() const { return m_filter; }
    // A different filter starts again from the first page; answers to the old one are dropped.
    void setFilter(const OutboxFilter &filter);

    // Names for the recipients' user ids (looked up by the view for the rows it shows).
    void setUserName(const QString &userId, const QString &name);
    QString userName(const QString &userId) const { return m_userNames.value(userId); }
    bool hasUserName(const QString &userId) const { return m_userNames.contains(userId); }
    // The recipients' user ids of the loaded rows first..last that have no name yet.
    QStringList unnamedUserIds(int first, int last) const;

    // Texts for people, shared with the detail pane.
    static QStringList statuses();                    // every API status, in the order an email goes through them
    static QStringList statusesOf(const QString &simpleStatus); // those of one group; all for ""
    static QString simpleStatusOf(const QString &status);
    static QString statusText(const QString &status); // "server-error" → "Server error"
    static QString statusDescription(const QString &status); // one sentence: what it means
    static QString simpleStatusText(const QString &simpleStatus); // "ok" → "Delivered"
    static QString skippedReasonText(const QString &reason); // MANUALLY_CANCELLED → "Cancelled by an administrator"
    // "ada@example.com", "User 1f0c…" (or the user's name when known), "3 addresses".
    static QString recipientText(const api::OutboxEmail &email, const QString &userName = {});

protected:
    api::ApiJob *startPageRequest(const QString &cursor, int limit) override;

private:
    QVariant displayData(const api::OutboxEmail &email, int column) const;
    QVariant toolTipData(const api::OutboxEmail &email, int column) const;
    QVariant rawData(const api::OutboxEmail &email, int column) const;

    QPointer<api::ApiClient> m_client;
    api::ProjectScope m_scope;
    OutboxFilter m_filter;
    QHash<QString, QString> m_userNames;
};

} // namespace hexclave::models
