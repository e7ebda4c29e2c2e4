#include "Export.h"

#include "ProcessMemory.h"
#include "StallMeter.h"

#include "UsersModel.h"
#include "auth/Authenticator.h"
#include "core/ApiClient.h"
#include "export/UsersExport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <memory>

namespace hexclave::bench {

ExportBench::ExportBench(QUrl apiRoot, QString projectId, QString adminKey)
    : m_apiRoot(std::move(apiRoot))
    , m_projectId(std::move(projectId))
    , m_adminKey(std::move(adminKey))
{
}

ExportPass ExportBench::throughExport(QList<QNetworkRequest> *requests) const
{
    ExportPass pass;
    QTemporaryDir directory;
    if (!directory.isValid()) {
        pass.error = QStringLiteral("no temporary directory");
        return pass;
    }
    QNetworkAccessManager network;
    api::ApiClient client(&network, m_apiRoot,
                          std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, m_projectId, m_adminKey));
    if (requests) {
        QObject::connect(&network, &QNetworkAccessManager::finished, &client,
                         [requests](QNetworkReply *reply) { requests->append(reply->request()); });
    }
    models::UsersFilter filter; // the users page's defaults, plus every kind of user
    filter.includeRestricted = true;
    filter.includeAnonymous = true;
    models::UsersExportOptions options;
    options.format = models::ExportFormat::Csv;
    options.fields = models::UserExportFields::all();
    options.pageSize = pageSize;
    const QString path = directory.filePath(QStringLiteral("users.csv"));
    models::UsersExport job(&client, api::ProjectScope::project(m_projectId), filter, options, path);

    pass.peakIsPerPass = memory::resetPeak();
    pass.rssBeforeKb = memory::residentKb();
    qint64 nextSample = sampleEveryUsers;
    QObject::connect(&job, &models::UsersExport::progressed, &job, [&pass, &nextSample](qint64 users, int) {
        while (users >= nextSample) {
            pass.rssAtUsersKb.append({nextSample, memory::residentKb()});
            nextSample += sampleEveryUsers;
        }
    });
    QEventLoop loop;
    QObject::connect(&job, &models::UsersExport::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    StallMeter stalls;
    job.start();
    loop.exec();
    pass.ms = double(clock.nsecsElapsed()) / 1e6;
    pass.longestStallMs = stalls.longestMs;
    pass.rssAfterKb = memory::residentKb();
    pass.peakKb = memory::peakKb();
    pass.pages = job.pagesWritten();
    pass.users = job.usersWritten();
    pass.bytes = QFileInfo(path).size();
    if (job.state() != models::UsersExport::State::Succeeded)
        pass.error = job.failureMessage();
    return pass;
}

ExportPass ExportBench::bare(const QList<QNetworkRequest> &requests) const
{
    ExportPass pass;
    QNetworkAccessManager network;
    pass.peakIsPerPass = memory::resetPeak();
    pass.rssBeforeKb = memory::residentKb();
    QElapsedTimer clock;
    clock.start();
    StallMeter stalls;
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
        ++pass.pages;
    }
    pass.ms = double(clock.nsecsElapsed()) / 1e6;
    pass.longestStallMs = stalls.longestMs;
    pass.rssAfterKb = memory::residentKb();
    pass.peakKb = memory::peakKb();
    return pass;
}

} // namespace hexclave::bench
