#include "Emails.h"

#include "Await.h"
#include "ProcessMemory.h"

#include "auth/Authenticator.h"
#include "core/ApiClient.h"
#include "emails/OutboxModel.h"
#include "endpoints/EmailsEndpoints.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

namespace hexclave::bench {

namespace {

double elapsedMs(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

using FetchState = models::PagedTableModel::FetchState;

// Reloads the model and fetches more, as a view scrolled to the end would, until nothing is left
// to fetch; false (and `error`) when a page failed.
bool loadEverything(models::OutboxModel &model, QString *error)
{
    QEventLoop loop;
    QObject::connect(&model, &models::PagedTableModel::fetchStateChanged, &loop, [&](FetchState state) {
        switch (state) {
        case FetchState::CanFetchMore:
            model.fetchMore({});
            break;
        case FetchState::Finished:
        case FetchState::Failed:
            loop.quit();
            break;
        case FetchState::Loading:
            break;
        }
    });
    model.reload();
    loop.exec();
    model.disconnect(&loop);
    if (model.fetchState() == FetchState::Failed) {
        *error = QStringLiteral("OutboxModel: ") + model.lastError().technicalSummary();
        return false;
    }
    return true;
}

// What a view reads of every row once it has scrolled past it: each cell's text.
qsizetype readEveryCell(const models::OutboxModel &model)
{
    qsizetype characters = 0;
    const int columns = model.columnCount();
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < columns; ++column)
            characters += model.data(model.index(row, column), Qt::DisplayRole).toString().size();
    }
    return characters;
}

QNetworkRequest adminRequest(const QUrl &url, const QString &projectId, const QString &adminKey)
{
    QNetworkRequest request(url);
    request.setRawHeader("X-Stack-Access-Type", "admin");
    request.setRawHeader("X-Stack-Project-Id", projectId.toUtf8());
    request.setRawHeader("X-Stack-Super-Secret-Admin-Key", adminKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    return request;
}

// A GET answered within an event loop: the body, and the HTTP status in `status`.
QByteArray bareGet(QNetworkAccessManager &network, const QNetworkRequest &request, int *status)
{
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return body;
}

} // namespace

EmailsBench::EmailsBench(QUrl apiRoot, QString projectId, QString adminKey)
    : m_apiRoot(std::move(apiRoot))
    , m_projectId(std::move(projectId))
    , m_adminKey(std::move(adminKey))
{
}

OutboxWalk EmailsBench::bareWalk(int runs, int limit, int maxPages) const
{
    QNetworkAccessManager network;
    OutboxWalk walk;
    for (int run = 0; run < runs; ++run) {
        walk.rows = walk.pages = 0;
        walk.bytes = 0;
        QString cursor;
        QElapsedTimer clock;
        clock.start();
        do {
            QUrl url = m_apiRoot;
            url.setPath(url.path() + QStringLiteral("/emails/outbox"));
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            url.setQuery(query);
            int status = 0;
            const QByteArray body = bareGet(network, adminRequest(url, m_projectId, m_adminKey), &status);
            const QJsonObject page = QJsonDocument::fromJson(body).object();
            if (status != 200 || page.isEmpty()) {
                m_error = QStringLiteral("bare GET /emails/outbox: HTTP %1").arg(status);
                return {};
            }
            walk.bytes += body.size();
            walk.rows += int(page.value(QLatin1String("items")).toArray().size());
            ++walk.pages;
            cursor = page.value(QLatin1String("pagination")).toObject().value(QLatin1String("next_cursor")).toString();
        } while (!cursor.isEmpty() && (maxPages == 0 || walk.pages < maxPages));
        walk.ms.append(elapsedMs(clock));
    }
    return walk;
}

OutboxWalk EmailsBench::clientWalk(int runs) const
{
    QNetworkAccessManager network;
    api::ApiClient client(&network, m_apiRoot,
                          std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, m_projectId, m_adminKey));
    const api::ProjectScope scope = api::ProjectScope::project(m_projectId);
    OutboxWalk walk;
    for (int run = 0; run < runs; ++run) {
        walk.rows = walk.pages = 0;
        api::emails::OutboxQuery query;
        query.limit = pageSize;
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            api::Page<api::OutboxEmail> page;
            api::ApiError error;
            if (!await(client, api::emails::outbox(scope, query), &page, &error)) {
                m_error = QStringLiteral("emails::outbox: ") + error.technicalSummary();
                return {};
            }
            walk.rows += int(page.items.size());
            ++walk.pages;
            if (!page.nextCursor)
                break;
            query.cursor = *page.nextCursor;
        } // each page's DTOs are dropped here
        walk.ms.append(elapsedMs(clock));
    }
    return walk;
}

QList<double> EmailsBench::modelFirstRows(int runs, int *rows) const
{
    QNetworkAccessManager network;
    api::ApiClient client(&network, m_apiRoot,
                          std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, m_projectId, m_adminKey));
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        models::OutboxModel model(&client, api::ProjectScope::project(m_projectId));
        QEventLoop loop;
        QObject::connect(&model, &models::PagedTableModel::firstPageLoaded, &loop, &QEventLoop::quit);
        QObject::connect(&model, &models::PagedTableModel::loadFailed, &loop, &QEventLoop::quit);
        QElapsedTimer clock;
        clock.start();
        model.reload();
        loop.exec();
        const double ms = elapsedMs(clock);
        if (model.fetchState() == FetchState::Failed) {
            m_error = QStringLiteral("OutboxModel, first page: ") + model.lastError().technicalSummary();
            return {};
        }
        times.append(ms);
        *rows = model.rowCount();
    }
    return times;
}

OutboxModelFigures EmailsBench::throughModel(int runs, int maxResidentRows, int displayRuns) const
{
    OutboxModelFigures figures;
    QNetworkAccessManager network;
    api::ApiClient client(&network, m_apiRoot,
                          std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, m_projectId, m_adminKey));
    const api::ProjectScope scope = api::ProjectScope::project(m_projectId);
    const auto newModel = [&] {
        auto model = std::make_unique<models::OutboxModel>(&client, scope); // the Outbox tab's page sizes
        model->setMaxResidentRows(std::max(model->maxResidentRows(), maxResidentRows));
        return model;
    };

    for (int i = 1; i < runs; ++i) { // all but the last load: a model each time, dropped
        const auto model = newModel();
        QElapsedTimer clock;
        clock.start();
        if (!loadEverything(*model, &figures.error))
            return figures;
        figures.loadMs.append(elapsedMs(clock));
    }

    // Without the free heap the earlier loads left, RSS and its peak show what this load takes.
    memory::releaseFreeHeap();
    figures.peakIsPerLoad = memory::resetPeak();
    figures.rssBeforeKb = memory::residentKb();
    auto model = newModel();
    QElapsedTimer clock;
    clock.start();
    if (!loadEverything(*model, &figures.error))
        return figures;
    figures.loadMs.append(elapsedMs(clock));
    figures.rows = model->rowCount();
    figures.residentRows = model->residentRowCount();
    figures.columns = model->columnCount();
    figures.finished = model->fetchState() == FetchState::Finished;
    figures.peakKb = memory::peakKb();
    memory::releaseFreeHeap(); // the answers' bytes and parse buffers: what stays is the model's
    figures.rssLoadedKb = memory::residentKb();

    for (int i = 0; i < displayRuns; ++i) {
        clock.restart();
        readEveryCell(*model);
        figures.displayMs.append(elapsedMs(clock));
    }

    model.reset();
    memory::releaseFreeHeap();
    figures.rssReleasedKb = memory::residentKb();
    return figures;
}

QList<double> EmailsBench::bareDeliveryInfo(int runs) const
{
    QNetworkAccessManager network;
    QUrl url = m_apiRoot;
    url.setPath(url.path() + QStringLiteral("/emails/delivery-info"));
    const QNetworkRequest request = adminRequest(url, m_projectId, m_adminKey);
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        int status = 0;
        const QByteArray body = bareGet(network, request, &status);
        const double ms = elapsedMs(clock);
        if (status != 200 || body.isEmpty()) {
            m_error = QStringLiteral("bare GET /emails/delivery-info: HTTP %1").arg(status);
            return {};
        }
        times.append(ms);
    }
    return times;
}

QList<double> EmailsBench::clientDeliveryInfo(int runs) const
{
    QNetworkAccessManager network;
    api::ApiClient client(&network, m_apiRoot,
                          std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, m_projectId, m_adminKey));
    const api::ProjectScope scope = api::ProjectScope::project(m_projectId);
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        api::DeliveryInfo info;
        api::ApiError error;
        QElapsedTimer clock;
        clock.start();
        if (!await(client, api::emails::deliveryInfo(scope), &info, &error)) {
            m_error = QStringLiteral("emails::deliveryInfo: ") + error.technicalSummary();
            return {};
        }
        times.append(elapsedMs(clock));
    }
    return times;
}

} // namespace hexclave::bench
