#include "Teams.h"

#include "Await.h"
#include "ProcessMemory.h"
#include "Summary.h"

#include "TeamsFilterModel.h"
#include "TeamsModel.h"
#include "auth/Authenticator.h"
#include "core/ApiClient.h"
#include "endpoints/TeamsEndpoints.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace hexclave::bench {

namespace {

double elapsedMs(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// Loads the model and waits for the answer; false (and `error`) when it failed.
bool load(models::TeamsModel &model, QString *error)
{
    QEventLoop loop;
    bool loaded = false;
    QObject::connect(&model, &models::TeamsModel::loaded, &loop, [&] {
        loaded = true;
        loop.quit();
    });
    QObject::connect(&model, &models::TeamsModel::loadFailed, &loop, [&](const api::ApiError &failure) {
        *error = QStringLiteral("TeamsModel: ") + failure.technicalSummary();
        loop.quit();
    });
    model.reload();
    loop.exec();
    model.disconnect(&loop);
    return loaded;
}

} // namespace

TeamsBench::TeamsBench(QUrl apiRoot, QString projectId, QString adminKey)
    : m_apiRoot(std::move(apiRoot))
    , m_projectId(std::move(projectId))
    , m_adminKey(std::move(adminKey))
{
}

QList<double> TeamsBench::bareList(int runs, qint64 *bytes) const
{
    QUrl url = m_apiRoot;
    url.setPath(url.path() + QStringLiteral("/teams"));
    QNetworkRequest request(url);
    request.setRawHeader("X-Stack-Access-Type", "admin");
    request.setRawHeader("X-Stack-Project-Id", m_projectId.toUtf8());
    request.setRawHeader("X-Stack-Super-Secret-Admin-Key", m_adminKey.toUtf8());
    request.setRawHeader("Accept", "application/json");

    QNetworkAccessManager network;
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        times.append(elapsedMs(clock));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        if (status != 200 || body.isEmpty()) {
            m_error = QStringLiteral("bare GET /teams: HTTP %1").arg(status);
            return {};
        }
        *bytes = body.size();
    }
    return times;
}

QList<double> TeamsBench::clientList(int runs, int *rows) const
{
    QNetworkAccessManager network;
    api::ApiClient client(&network, m_apiRoot,
                          std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, m_projectId, m_adminKey));
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        api::Page<api::Team> page;
        api::ApiError error;
        if (!await(client, api::teams::list(api::ProjectScope::project(m_projectId)), &page, &error)) {
            m_error = QStringLiteral("teams::list: ") + error.technicalSummary();
            return {};
        }
        times.append(elapsedMs(clock));
        *rows = int(page.items.size());
    } // each answer's DTOs are dropped here
    return times;
}

TeamsModelFigures TeamsBench::throughModels(int runs, const QStringList &texts) const
{
    TeamsModelFigures figures;
    QNetworkAccessManager network;
    api::ApiClient client(&network, m_apiRoot,
                          std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, m_projectId, m_adminKey));
    const api::ProjectScope scope = api::ProjectScope::project(m_projectId);

    for (int i = 1; i < runs; ++i) { // all but the last load: a model each time, dropped
        models::TeamsModel model(&client, scope);
        QElapsedTimer clock;
        clock.start();
        if (!load(model, &figures.error))
            return figures;
        figures.loadMs.append(elapsedMs(clock));
    }

    // Without the free heap the earlier loads left, RSS and its peak show what this load takes.
    memory::releaseFreeHeap();
    figures.peakIsPerLoad = memory::resetPeak();
    figures.rssBeforeKb = memory::residentKb();
    auto model = std::make_unique<models::TeamsModel>(&client, scope);
    QElapsedTimer clock;
    clock.start();
    if (!load(*model, &figures.error))
        return figures;
    figures.loadMs.append(elapsedMs(clock));
    figures.rows = model->rowCount();
    figures.peakKb = memory::peakKb();
    memory::releaseFreeHeap(); // the answer's bytes and parse buffers: what stays is the model's
    figures.rssLoadedKb = memory::residentKb();

    auto filter = std::make_unique<models::TeamsFilterModel>();
    filter->setSourceModel(model.get());
    clock.restart();
    filter->sort(models::TeamsModel::CreatedColumn, Qt::DescendingOrder); // as TeamsPage starts
    figures.sortMs = elapsedMs(clock);

    QStringList typedTexts = texts;
    if (const api::Team *middle = model->rowAt(figures.rows / 2))
        typedTexts << middle->id.left(8); // an id prefix: one team
    QList<double> clears;
    for (const QString &text : std::as_const(typedTexts)) {
        TypedFilter typed;
        typed.text = text;
        for (qsizetype length = 1; length <= text.size(); ++length) {
            clock.restart();
            filter->setFilterText(text.left(length));
            typed.keystrokeMs.append(elapsedMs(clock));
        }
        typed.rowsLeft = filter->rowCount();
        figures.typed.append(typed);
        clock.restart();
        filter->setFilterText({});
        clears.append(elapsedMs(clock));
    }
    figures.clearMs = Summary::of(clears).median;
    memory::releaseFreeHeap();
    figures.rssFilteredKb = memory::residentKb();

    filter.reset();
    model.reset();
    memory::releaseFreeHeap();
    figures.rssReleasedKb = memory::residentKb();
    return figures;
}

} // namespace hexclave::bench
