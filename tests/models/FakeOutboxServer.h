#pragma once

// A scripted email outbox for the outbox tests, over FakeNetworkAccessManager, answering like
// the server's emails/outbox/crud.tsx: GET /emails/outbox (newest first; status, simple_status
// and user_id filters; limit ≤ 100; the cursor is the id of the first email of the page, and
// next_cursor the id of the next page's first), GET and PATCH /emails/outbox/{id} (is_paused,
// cancel → skipped MANUALLY_CANCELLED, scheduled_at_millis; EMAIL_NOT_EDITABLE once on its way)
// and GET /emails/delivery-info. Tests can answer any request differently and see every request.

#include "FakeNetworkAccessManager.h"

#include "auth/Authenticator.h"
#include "core/ApiClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace hexclave::tests {

class FakeOutboxServer
{
public:
    using Override = std::function<std::optional<FakeResponse>(const SeenRequest &)>;

    explicit FakeOutboxServer(FakeNetworkAccessManager *network = nullptr)
        : m_net(network ? network : &m_network)
    {
        m_net->setHandler([this](const SeenRequest &request) { return answer(request); });
    }

    FakeNetworkAccessManager &network() { return *m_net; }
    QString projectId = QStringLiteral("6fbbf22e-f4b2-4c6e-95a1-beab6fa41063");
    QJsonArray emails; // newest first
    QJsonObject deliveryInfo = defaultDeliveryInfo();
    Override override;
    int patchDelayMs = 0;

    std::unique_ptr<api::ApiClient> makeClient(api::CredentialKind kind = api::CredentialKind::AdminKey)
    {
        auto client = std::make_unique<api::ApiClient>(
            m_net, QUrl(QStringLiteral("http://fake.invalid/api/v1")),
            std::make_unique<api::ProjectKeyAuthenticator>(kind, projectId, QStringLiteral("key_test")));
        client->options().retryBaseDelayMs = 1;
        client->options().maxAttempts = 1;
        return client;
    }

    api::ProjectScope scope() const { return api::ProjectScope::project(projectId); }

    static QString simpleStatusOf(const QString &status)
    {
        if (status == u"render-error" || status == u"server-error" || status == u"bounced")
            return QStringLiteral("error");
        if (status == u"skipped" || status == u"delivery-delayed" || status == u"sent" || status == u"opened"
            || status == u"clicked" || status == u"marked-as-spam")
            return QStringLiteral("ok");
        return QStringLiteral("in-progress");
    }

    static bool isEditable(const QString &status)
    {
        return status == u"paused" || status == u"preparing" || status == u"rendering" || status == u"render-error"
            || status == u"scheduled" || status == u"queued" || status == u"server-error";
    }

    // An email to `userId` (or to `address` when no user) in `status`, shaped like fixture 43.
    static QJsonObject email(const QString &id, qint64 createdMillis, const QString &status,
                             const QString &subject, const QString &userId = {},
                             const QString &address = QStringLiteral("someone@example.com"))
    {
        QJsonObject to = userId.isEmpty()
            ? QJsonObject{{QStringLiteral("type"), QStringLiteral("custom-emails")},
                          {QStringLiteral("emails"), QJsonArray{address}}}
            : QJsonObject{{QStringLiteral("type"), QStringLiteral("user-primary-email")},
                          {QStringLiteral("user_id"), userId}};
        QJsonObject item{{QStringLiteral("id"), id},
                         {QStringLiteral("created_at_millis"), createdMillis},
                         {QStringLiteral("updated_at_millis"), createdMillis},
                         {QStringLiteral("tsx_source"), QString()},
                         {QStringLiteral("theme_id"), QJsonValue::Null},
                         {QStringLiteral("to"), to},
                         {QStringLiteral("variables"), QJsonObject()},
                         {QStringLiteral("skip_deliverability_check"), false},
                         {QStringLiteral("scheduled_at_millis"), createdMillis + 60'000},
                         {QStringLiteral("created_with"), QStringLiteral("programmatic-call")},
                         {QStringLiteral("email_draft_id"), QJsonValue::Null},
                         {QStringLiteral("email_programmatic_call_template_id"), QJsonValue::Null},
                         {QStringLiteral("send_retries"), 0},
                         {QStringLiteral("next_send_retry_at_millis"), QJsonValue::Null},
                         {QStringLiteral("send_attempt_errors"), QJsonValue::Null},
                         {QStringLiteral("is_paused"), status == u"paused"},
                         {QStringLiteral("has_rendered"), true},
                         {QStringLiteral("has_delivered"), false},
                         {QStringLiteral("started_rendering_at_millis"), createdMillis},
                         {QStringLiteral("rendered_at_millis"), createdMillis},
                         {QStringLiteral("subject"), subject},
                         {QStringLiteral("html"), QStringLiteral("<h1>%1</h1><p>Hello from the outbox.</p>").arg(subject)},
                         {QStringLiteral("text"), QStringLiteral("Hello from the outbox.")},
                         {QStringLiteral("is_transactional"), false},
                         {QStringLiteral("is_high_priority"), false},
                         {QStringLiteral("notification_category_id"), QJsonValue::Null}};
        setStatus(item, status, createdMillis + 120'000);
        return item;
    }

    static void setStatus(QJsonObject &item, const QString &status, qint64 atMillis)
    {
        item.insert(QStringLiteral("status"), status);
        item.insert(QStringLiteral("simple_status"), simpleStatusOf(status));
        item.insert(QStringLiteral("is_paused"), status == u"paused");
        if (status == u"server-error") {
            item.insert(QStringLiteral("error_at_millis"), atMillis);
            item.insert(QStringLiteral("server_error"), QStringLiteral("Delivery failed"));
            item.insert(QStringLiteral("send_retries"), 2);
            item.insert(QStringLiteral("send_attempt_errors"),
                        QJsonArray{QJsonObject{{QStringLiteral("attempt_number"), 1},
                                               {QStringLiteral("timestamp"), atMillis - 60'000},
                                               {QStringLiteral("external_message"), QStringLiteral("421 Try again later")},
                                               {QStringLiteral("external_details"), QJsonObject{{QStringLiteral("code"), 421}}},
                                               {QStringLiteral("internal_message"), QStringLiteral("SMTP temporary failure")},
                                               {QStringLiteral("internal_details"), QJsonObject()}}});
        } else if (status == u"render-error") {
            item.insert(QStringLiteral("render_error"), QStringLiteral("Subject is required"));
            item.insert(QStringLiteral("html"), QJsonValue::Null);
            item.insert(QStringLiteral("subject"), QJsonValue::Null);
        } else if (status == u"skipped") {
            item.insert(QStringLiteral("skipped_at_millis"), atMillis);
            if (!item.contains(QStringLiteral("skipped_reason")))
                item.insert(QStringLiteral("skipped_reason"), QStringLiteral("USER_UNSUBSCRIBED"));
            item.insert(QStringLiteral("skipped_details"), QJsonObject());
        } else if (status == u"sent" || status == u"opened" || status == u"clicked" || status == u"marked-as-spam"
                   || status == u"bounced" || status == u"delivery-delayed") {
            item.insert(QStringLiteral("has_delivered"), status != u"bounced");
            item.insert(QStringLiteral("started_sending_at_millis"), atMillis - 1000);
            item.insert(QStringLiteral("delivered_at_millis"), atMillis);
            const QString field = status == u"sent" ? QString() : status.split(u'-').join(u'_') + QStringLiteral("_at_millis");
            if (!field.isEmpty())
                item.insert(field, atMillis);
        } else if (status == u"sending") {
            item.insert(QStringLiteral("started_sending_at_millis"), atMillis);
        }
    }

    static QJsonObject defaultDeliveryInfo()
    {
        const auto window = [](int sent, int bounced, int spam) {
            return QJsonObject{{QStringLiteral("sent"), sent},
                               {QStringLiteral("bounced"), bounced},
                               {QStringLiteral("marked_as_spam"), spam}};
        };
        return {{QStringLiteral("stats"),
                 QJsonObject{{QStringLiteral("hour"), window(12, 1, 0)},
                             {QStringLiteral("day"), window(240, 6, 1)},
                             {QStringLiteral("week"), window(1500, 30, 3)},
                             {QStringLiteral("month"), window(6000, 90, 9)}}},
                {QStringLiteral("capacity"),
                 QJsonObject{{QStringLiteral("rate_per_second"), 27.77777777777778},
                             {QStringLiteral("boost_multiplier"), 1},
                             {QStringLiteral("penalty_factor"), 1},
                             {QStringLiteral("is_boost_active"), false},
                             {QStringLiteral("boost_expires_at"), QJsonValue::Null}}}};
    }

    QList<QUrlQuery> listQueries() const
    {
        QList<QUrlQuery> queries;
        for (const SeenRequest &request : m_net->requests()) {
            if (request.method == "GET" && request.url.path().endsWith(QStringLiteral("/emails/outbox")))
                queries << QUrlQuery(request.url);
        }
        return queries;
    }

    // PATCH bodies, with the email id each went to.
    QList<QPair<QString, QJsonObject>> patches() const
    {
        QList<QPair<QString, QJsonObject>> bodies;
        for (const SeenRequest &request : m_net->requests()) {
            if (request.method == "PATCH" && request.url.path().contains(QStringLiteral("/emails/outbox/")))
                bodies.append({request.url.path().section(u'/', -1), QJsonDocument::fromJson(request.body).object()});
        }
        return bodies;
    }

    int indexOf(const QString &id) const
    {
        for (qsizetype i = 0; i < emails.size(); ++i) {
            if (emails.at(i).toObject().value(QStringLiteral("id")).toString() == id)
                return int(i);
        }
        return -1;
    }

    FakeResponse answer(const SeenRequest &request)
    {
        if (override) {
            if (auto response = override(request))
                return *response;
        }
        const QString path = request.url.path();
        if (request.method == "GET" && path.endsWith(QStringLiteral("/emails/outbox")))
            return list(QUrlQuery(request.url));
        if (request.method == "GET" && path.endsWith(QStringLiteral("/emails/delivery-info")))
            return FakeResponse::json(200, QJsonDocument(deliveryInfo).toJson(QJsonDocument::Compact));
        if (path.contains(QStringLiteral("/emails/outbox/"))) {
            const int at = indexOf(path.section(u'/', -1));
            if (at < 0)
                return FakeResponse::text(404, "Email not found");
            if (request.method == "GET")
                return FakeResponse::json(200, QJsonDocument(emails.at(at).toObject()).toJson(QJsonDocument::Compact));
            if (request.method == "PATCH") {
                FakeResponse response = patch(at, QJsonDocument::fromJson(request.body).object());
                response.delayMs = patchDelayMs;
                return response;
            }
        }
        return FakeResponse::text(404, "no such route in FakeOutboxServer");
    }

private:
    FakeResponse list(const QUrlQuery &query)
    {
        const QString status = query.queryItemValue(QStringLiteral("status"));
        const QString simple = query.queryItemValue(QStringLiteral("simple_status"));
        const QString userId = query.queryItemValue(QStringLiteral("user_id"));
        QJsonArray matching;
        for (const QJsonValue &value : std::as_const(emails)) {
            const QJsonObject item = value.toObject();
            if (!status.isEmpty() && item.value(QStringLiteral("status")).toString() != status)
                continue;
            if (!simple.isEmpty() && item.value(QStringLiteral("simple_status")).toString() != simple)
                continue;
            if (!userId.isEmpty() && item.value(QStringLiteral("to")).toObject().value(QStringLiteral("user_id")).toString() != userId)
                continue;
            matching.append(item);
        }
        const QString limitText = query.queryItemValue(QStringLiteral("limit"));
        const int limit = limitText.isEmpty() ? 100 : limitText.toInt();
        if (limit > 100)
            return FakeResponse::text(400, "Limit cannot exceed 100");
        if (limit < 1)
            return FakeResponse::text(400, "Invalid limit parameter");
        int offset = 0;
        const QString cursor = query.queryItemValue(QStringLiteral("cursor"));
        if (!cursor.isEmpty()) {
            offset = -1;
            for (qsizetype i = 0; i < matching.size(); ++i) {
                if (matching.at(i).toObject().value(QStringLiteral("id")).toString() == cursor)
                    offset = int(i);
            }
            if (offset < 0)
                return FakeResponse::json(200, R"({"items":[],"is_paginated":true,"pagination":{"next_cursor":null}})");
        }
        QJsonArray page;
        for (int i = offset; i < matching.size() && i < offset + limit; ++i)
            page.append(matching.at(i));
        const int next = offset + limit;
        const QJsonValue nextCursor = next < matching.size() ? matching.at(next).toObject().value(QStringLiteral("id"))
                                                            : QJsonValue(QJsonValue::Null);
        const QJsonObject body{{QStringLiteral("items"), page},
                               {QStringLiteral("is_paginated"), true},
                               {QStringLiteral("pagination"), QJsonObject{{QStringLiteral("next_cursor"), nextCursor}}}};
        return FakeResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    FakeResponse patch(int at, const QJsonObject &body)
    {
        QJsonObject item = emails.at(at).toObject();
        const QString status = item.value(QStringLiteral("status")).toString();
        if (!isEditable(status)) {
            const QByteArray id = item.value(QStringLiteral("id")).toString().toUtf8();
            QByteArray upper = status.toUpper().replace(u'-', u'_').toUtf8();
            return FakeResponse::knownError(
                400, "EMAIL_NOT_EDITABLE",
                "Email with ID \\\"" + id + "\\\" cannot be edited because it is in status \\\"" + upper
                    + "\\\". Only emails in PAUSED, PREPARING, RENDERING, RENDER_ERROR, SCHEDULED, QUEUED, or "
                      "SERVER_ERROR status can be edited.");
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        item.insert(QStringLiteral("updated_at_millis"), now);
        if (body.value(QStringLiteral("cancel")).toBool()) {
            item.insert(QStringLiteral("skipped_reason"), QStringLiteral("MANUALLY_CANCELLED"));
            setStatus(item, QStringLiteral("skipped"), now);
        } else {
            if (body.contains(QStringLiteral("is_paused"))) {
                const bool paused = body.value(QStringLiteral("is_paused")).toBool();
                setStatus(item, paused ? QStringLiteral("paused") : QStringLiteral("scheduled"), now);
            }
            if (body.contains(QStringLiteral("scheduled_at_millis"))) {
                item.insert(QStringLiteral("scheduled_at_millis"), body.value(QStringLiteral("scheduled_at_millis")));
                if (status == u"server-error") {
                    item.remove(QStringLiteral("server_error"));
                    item.remove(QStringLiteral("error_at_millis"));
                    setStatus(item, QStringLiteral("scheduled"), now);
                }
            }
        }
        emails[at] = item;
        return FakeResponse::json(200, QJsonDocument(item).toJson(QJsonDocument::Compact));
    }

    FakeNetworkAccessManager m_network;
    FakeNetworkAccessManager *m_net;
};

} // namespace hexclave::tests
