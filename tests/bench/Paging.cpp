#include "Paging.h"

#include "Await.h"
#include "ProcessMemory.h"

#include "UsersModel.h"
#include "auth/Authenticator.h"
#include "core/ApiClient.h"
#include "endpoints/UsersEndpoints.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace hexclave::bench {

namespace {

// Time, RSS before and after, the peak, and RSS samples of one pass.
class PassMeter
{
public:
    explicit PassMeter(PagingPass *pass)
        : m_pass(pass)
    {
        m_pass->peakIsPerPass = memory::resetPeak();
        m_pass->rssBeforeKb = memory::residentKb();
        m_clock.start();
    }

    void pageDone()
    {
        ++m_pass->pages;
        if (m_pass->pages % PagingBench::sampleEveryPages == 0)
            m_pass->rssSamplesKb.append(memory::residentKb());
    }

    void finish()
    {
        m_pass->ms = double(m_clock.nsecsElapsed()) / 1e6;
        m_pass->rssAfterKb = memory::residentKb();
        m_pass->peakKb = memory::peakKb();
    }

private:
    PagingPass *m_pass;
    QElapsedTimer m_clock;
};

api::users::ListQuery firstPageQuery()
{
    api::users::ListQuery query;
    query.limit = PagingBench::pageSize;
    query.orderBy = api::users::OrderBy::SignedUpAt;
    query.descending = true;
    query.includeRestricted = true;
    query.includeAnonymous = true;
    return query;
}

} // namespace

PagingBench::PagingBench(QUrl apiRoot, QString projectId, QString adminKey)
    : m_apiRoot(std::move(apiRoot))
    , m_projectId(std::move(projectId))
    , m_adminKey(std::move(adminKey))
{
}

PagingPass PagingBench::throughClient(QList<QNetworkRequest> *requests) const
{
    QNetworkAccessManager network;
    api::ApiClient client(&network, m_apiRoot,
                          std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, m_projectId, m_adminKey));
    if (requests) {
        QObject::connect(&network, &QNetworkAccessManager::finished, &client,
                         [requests](QNetworkReply *reply) { requests->append(reply->request()); });
    }
    const api::ProjectScope scope = api::ProjectScope::project(m_projectId);
    api::users::ListQuery query = firstPageQuery();

    PagingPass pass;
    PassMeter meter(&pass);
    for (;;) {
        api::Page<api::User> page;
        api::ApiError error;
        if (!await(client, api::users::list(scope, query), &page, &error)) {
            pass.error = error.technicalSummary() + QStringLiteral(" ") + error.message;
            break;
        }
        pass.rows += page.items.size();
        meter.pageDone();
        if (!page.hasMore())
            break;
        query.cursor = *page.nextCursor;
    } // each page's DTOs are dropped here
    meter.finish();
    return pass;
}

PagingPass PagingBench::bare(const QList<QNetworkRequest> &requests) const
{
    QNetworkAccessManager network;
    PagingPass pass;
    PassMeter meter(&pass);
    for (const QNetworkRequest &request : requests) {
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        pass.bytes += reply->readAll().size();
        delete reply;
        if (status != 200) {
            pass.error = QStringLiteral("HTTP %1 for %2").arg(status).arg(request.url().toString());
            break;
        }
        meter.pageDone();
    }
    meter.finish();
    return pass;
}

PagingPass PagingBench::throughUsersModel() const
{
    QNetworkAccessManager network;
    api::ApiClient client(&network, m_apiRoot,
                          std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, m_projectId, m_adminKey));
    using FetchState = models::PagedTableModel::FetchState;

    PagingPass pass;
    auto model = std::make_unique<models::UsersModel>(&client, api::ProjectScope::project(m_projectId));
    model->setPageSizes(pageSize, pageSize);
    models::UsersFilter filter = model->filter();
    filter.includeRestricted = true;
    filter.includeAnonymous = true;

    PassMeter meter(&pass);
    QEventLoop loop;
    int pagesCounted = 0;
    QObject::connect(model.get(), &models::PagedTableModel::fetchStateChanged, &loop, [&](FetchState state) {
        while (pagesCounted < model->pageCount()) {
            ++pagesCounted;
            meter.pageDone();
        }
        switch (state) {
        case FetchState::Loading:
            break;
        case FetchState::CanFetchMore:
            // As a view does: the next page from the event loop, not from inside the signal.
            QMetaObject::invokeMethod(model.get(), [&model] { model->fetchMore({}); }, Qt::QueuedConnection);
            break;
        case FetchState::Finished:
            loop.quit();
            break;
        case FetchState::Failed:
            pass.error = model->lastError().technicalSummary();
            loop.quit();
            break;
        }
    });
    model->setFilter(filter); // reloads from the first page
    loop.exec();
    pass.rows = model->rowCount();
    pass.residentRows = model->residentRowCount();
    meter.finish();
    return pass;
}

} // namespace hexclave::bench
