#include "Overview.h"

#include "StallMeter.h"

#include "ProjectContext.h"
#include "connections/Workspace.h"
#include "overview/OverviewLoader.h"
#include "pages/overview/OverviewPage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

namespace hexclave::bench {

namespace {

double elapsedMs(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// Spins an event loop until `done` or 120 s.
template <class Done>
bool spinUntil(Done done)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > 120'000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

OverviewFigures measureOverview(const QUrl &apiRoot, const QString &projectId, const QString &adminKey, int runs)
{
    OverviewFigures figures;
    QNetworkAccessManager network;
    api::Workspace workspace(&network, nullptr, nullptr);
    api::Connection connection = api::Connection::selfHosted(apiRoot);
    connection.kind = api::CredentialKind::AdminKey;
    connection.projectId = projectId;
    api::ConnectionSession *session = workspace.addConnection(connection);
    session->openWithSecret(adminKey);
    if (!spinUntil([session] { return session->state() != api::ConnectionSession::State::Opening; })
        || session->state() != api::ConnectionSession::State::Ready) {
        figures.error = QStringLiteral("the admin key did not open the project: ") + session->lastError().describe();
        return figures;
    }
    ui::ProjectContext context;
    for (const api::Project &project : session->projects()) {
        if (project.id == projectId)
            context = {session, project, nullptr};
    }
    if (!context.isValid()) {
        figures.error = QStringLiteral("the project is not in the session");
        return figures;
    }

    for (int run = 0; run < runs; ++run) {
        models::OverviewLoader loader(context.client(), context.scope());
        QElapsedTimer clock;
        clock.start();
        loader.load();
        if (!spinUntil([&loader] { return !loader.isLoading(); }) || loader.state() != models::OverviewLoader::State::Loaded) {
            figures.error = QStringLiteral("OverviewLoader: ") + loader.error().describe();
            return figures;
        }
        figures.loaderMs.append(elapsedMs(clock));
        figures.degraded = loader.data().degraded;
        figures.usersRead = loader.data().usersRead;
        figures.capped = loader.data().capped;
    }

    for (int run = 0; run < runs; ++run) {
        ui::OverviewPage page(context);
        page.resize(1240, 900);
        StallMeter stalls;
        QElapsedTimer clock;
        clock.start();
        page.show();
        if (!spinUntil([&page] { return page.isReady(); }) || page.showsError()) {
            figures.error = QStringLiteral("OverviewPage: ") + page.loader()->error().describe();
            return figures;
        }
        figures.readyMs.append(elapsedMs(clock));
        page.grab();
        figures.paintedMs.append(elapsedMs(clock));
        figures.stallMs.append(stalls.longestMs);
    }
    return figures;
}

} // namespace hexclave::bench
