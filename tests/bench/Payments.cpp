#include "Payments.h"

#include "Await.h"
#include "ProcessMemory.h"

#include "auth/Authenticator.h"
#include "core/ApiClient.h"
#include "endpoints/PaymentsEndpoints.h"
#include "payments/RevenueSeries.h"
#include "payments/TransactionsCsv.h"
#include "payments/TransactionsModel.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <memory>

namespace hexclave::bench {

namespace {

double elapsedMs(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

using FetchState = models::TransactionsModel::FetchState;

// Reloads the model and fetches more, as a view scrolled to the end would, until nothing is left
// to fetch; false (and `error`) when a page failed.
bool loadEverything(models::TransactionsModel &model, QString *error)
{
    QEventLoop loop;
    QObject::connect(&model, &models::TransactionsModel::fetchStateChanged, &loop, [&](FetchState state) {
        switch (state) {
        case FetchState::CanFetchMore:
            model.fetchMore({});
            break;
        case FetchState::Finished:
        case FetchState::LimitReached:
        case FetchState::Failed:
            loop.quit();
            break;
        case FetchState::NotLoaded:
        case FetchState::Loading:
            break;
        }
    });
    model.reload();
    loop.exec();
    model.disconnect(&loop);
    if (model.fetchState() == FetchState::Failed) {
        *error = QStringLiteral("TransactionsModel: ") + model.lastError().technicalSummary();
        return false;
    }
    return true;
}

} // namespace

PaymentsBench::PaymentsBench(QUrl apiRoot, QString projectId, QString adminKey)
    : m_apiRoot(std::move(apiRoot))
    , m_projectId(std::move(projectId))
    , m_adminKey(std::move(adminKey))
{
}

LedgerWalk PaymentsBench::bareWalk(int runs, int limit, int maxPages) const
{
    QNetworkAccessManager network;
    LedgerWalk walk;
    for (int run = 0; run < runs; ++run) {
        walk.rows = walk.pages = 0;
        walk.bytes = 0;
        QString cursor;
        QElapsedTimer clock;
        clock.start();
        do {
            QUrl url = m_apiRoot;
            url.setPath(url.path() + QStringLiteral("/internal/payments/transactions"));
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            url.setQuery(query);
            QNetworkRequest request(url);
            request.setRawHeader("X-Stack-Access-Type", "admin");
            request.setRawHeader("X-Stack-Project-Id", m_projectId.toUtf8());
            request.setRawHeader("X-Stack-Super-Secret-Admin-Key", m_adminKey.toUtf8());
            request.setRawHeader("Accept", "application/json");
            QNetworkReply *reply = network.get(request);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const QByteArray body = reply->readAll();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            delete reply;
            const QJsonObject page = QJsonDocument::fromJson(body).object();
            if (status != 200 || page.isEmpty()) {
                m_error = QStringLiteral("bare GET /internal/payments/transactions: HTTP %1").arg(status);
                return {};
            }
            walk.bytes += body.size();
            walk.rows += int(page.value(QLatin1String("transactions")).toArray().size());
            ++walk.pages;
            cursor = page.value(QLatin1String("next_cursor")).toString();
        } while (!cursor.isEmpty() && (maxPages == 0 || walk.pages < maxPages));
        walk.ms.append(elapsedMs(clock));
    }
    return walk;
}

LedgerWalk PaymentsBench::clientWalk(int runs) const
{
    QNetworkAccessManager network;
    api::ApiClient client(&network, m_apiRoot,
                          std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, m_projectId, m_adminKey));
    const api::ProjectScope scope = api::ProjectScope::project(m_projectId);
    LedgerWalk walk;
    for (int run = 0; run < runs; ++run) {
        walk.rows = walk.pages = 0;
        api::payments::TransactionsQuery query;
        query.limit = pageSize;
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            api::TransactionsPage page;
            api::ApiError error;
            if (!await(client, api::payments::transactions(scope, query), &page, &error)) {
                m_error = QStringLiteral("payments::transactions: ") + error.technicalSummary();
                return {};
            }
            walk.rows += int(page.transactions.size());
            ++walk.pages;
            if (!page.nextCursor)
                break;
            query.cursor = *page.nextCursor;
        } // each page's DTOs are dropped here
        walk.ms.append(elapsedMs(clock));
    }
    return walk;
}

QList<double> PaymentsBench::modelFirstRows(int runs, int firstPageRows, int nextPageRows, int *rows) const
{
    QNetworkAccessManager network;
    api::ApiClient client(&network, m_apiRoot,
                          std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, m_projectId, m_adminKey));
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        models::TransactionsModel model(&client, api::ProjectScope::project(m_projectId));
        model.setPageSizes(firstPageRows, nextPageRows);
        QEventLoop loop;
        QObject::connect(&model, &models::TransactionsModel::firstPageLoaded, &loop, &QEventLoop::quit);
        QObject::connect(&model, &models::TransactionsModel::loadFailed, &loop, &QEventLoop::quit);
        QElapsedTimer clock;
        clock.start();
        model.reload();
        loop.exec();
        const double ms = elapsedMs(clock);
        if (model.fetchState() == FetchState::Failed) {
            m_error = QStringLiteral("TransactionsModel, first page: ") + model.lastError().technicalSummary();
            return {};
        }
        times.append(ms);
        *rows = model.rowCount();
    }
    return times;
}

TransactionsModelFigures PaymentsBench::throughModels(int runs, int maxRows, int derivedRuns) const
{
    TransactionsModelFigures figures;
    QNetworkAccessManager network;
    api::ApiClient client(&network, m_apiRoot,
                          std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, m_projectId, m_adminKey));
    const api::ProjectScope scope = api::ProjectScope::project(m_projectId);
    const auto newModel = [&] {
        auto model = std::make_unique<models::TransactionsModel>(&client, scope);
        model->setPageSizes(pageSize, pageSize);
        model->setMaxRows(maxRows);
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
    figures.finished = model->fetchState() == FetchState::Finished;
    figures.peakKb = memory::peakKb();
    memory::releaseFreeHeap(); // the answers' bytes and parse buffers: what stays is the model's
    figures.rssLoadedKb = memory::residentKb();

    const QList<api::Transaction> &rows = model->transactions();
    for (int i = 0; i < derivedRuns; ++i) {
        models::RevenueSeries series;
        clock.restart();
        series.addTransactions(rows);
        figures.revenueMs.append(elapsedMs(clock));
        figures.revenueCurrencies = int(series.currencies().size());
    }

    QTemporaryDir scratch;
    const QString csvPath = scratch.filePath(QStringLiteral("transactions.csv"));
    for (int i = 0; i < derivedRuns; ++i) {
        QString error;
        clock.restart();
        const bool written = models::TransactionsCsv::write(csvPath, rows, &error);
        const double ms = elapsedMs(clock);
        if (!written) {
            figures.error = QStringLiteral("TransactionsCsv::write: ") + error;
            return figures;
        }
        figures.csvMs.append(ms);
        figures.csvBytes = QFileInfo(csvPath).size();
    }

    model.reset();
    memory::releaseFreeHeap();
    figures.rssReleasedKb = memory::residentKb();
    return figures;
}

StreamedExport PaymentsBench::streamedExport(int runs) const
{
    StreamedExport figures;
    QNetworkAccessManager network;
    api::ApiClient client(&network, m_apiRoot,
                          std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, m_projectId, m_adminKey));
    QTemporaryDir scratch;
    const QString path = scratch.filePath(QStringLiteral("export.csv"));
    for (int run = 0; run < runs; ++run) {
        models::TransactionsExport job(&client, api::ProjectScope::project(m_projectId), {}, path);
        job.setPageSize(pageSize);
        QEventLoop loop;
        QObject::connect(&job, &models::TransactionsExport::finished, &loop, &QEventLoop::quit);
        QElapsedTimer clock;
        clock.start();
        job.start();
        if (job.isRunning())
            loop.exec();
        const double ms = elapsedMs(clock);
        if (job.state() != models::TransactionsExport::State::Succeeded) {
            figures.error = QStringLiteral("TransactionsExport: ") + job.failureMessage();
            return figures;
        }
        figures.ms.append(ms);
        figures.rows = job.transactionsWritten();
        figures.bytes = QFileInfo(path).size();
    }
    return figures;
}

} // namespace hexclave::bench
