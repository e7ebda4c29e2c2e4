#pragma once

// The support tests' set-up: an emulator of their own (with the support options a test needs),
// the demo account signed in, the demo project open, and calls that wait for their answer.

#include "UiTestHelpers.h"

#include "AppSettings.h"
#include "ProjectContext.h"
#include "connections/Workspace.h"
#include "emulator/Emulator.h"
#include "endpoints/UsersEndpoints.h"

#include <QNetworkAccessManager>

#include <memory>
#include <optional>

namespace hexclave::tests {

struct SupportFixture
{
    explicit SupportFixture(emulator::EmulatorOptions options = {})
    {
        options.userCount = 40;
        emulator = std::make_unique<emulator::Emulator>(options);
        if (!emulator->start())
            return;
        const emulator::DemoAccount account = emulator->demoAccount();
        session = signInDashboard(workspace, emulator->apiRoot(), account.publishableClientKey, account.email,
                                  account.password);
        for (const api::Project &project : session->projects()) {
            if (project.id == account.projectId)
                context = {session, project, &settings};
        }
    }

    // Sends `call` and waits for the answer; nothing on failure (then `error` says why).
    template <class T>
    std::optional<T> run(api::Call<T> call, QString *error = nullptr)
    {
        std::optional<T> result;
        QString failure = QStringLiteral("no connection");
        if (api::ApiClient *client = context.client()) {
            bool done = false;
            api::Job<T> *job = client->send(std::move(call));
            QObject receiver;
            QObject::connect(job, &api::ApiJob::finished, &receiver, [&] {
                if (job->succeeded())
                    result = job->takeValue();
                else
                    failure = job->error().describe();
                done = true;
            });
            if (!QTest::qWaitFor([&done] { return done; }, kUiTimeoutMs))
                failure = QStringLiteral("no answer within %1 ms").arg(kUiTimeoutMs);
        }
        if (error && !result)
            *error = failure;
        return result;
    }

    // A user of the demo project with an email address.
    std::optional<api::User> someUser()
    {
        api::users::ListQuery query;
        query.limit = 20;
        const std::optional<api::Page<api::User>> page = run(api::users::list(context.scope(), query));
        if (!page)
            return std::nullopt;
        for (const api::User &user : page->items) {
            if (user.primaryEmail && !user.primaryEmail->isEmpty())
                return user;
        }
        return std::nullopt;
    }

    std::unique_ptr<emulator::Emulator> emulator;
    QNetworkAccessManager network;
    api::Workspace workspace{&network, nullptr, nullptr};
    api::ConnectionSession *session = nullptr;
    ui::AppSettings settings{nullptr};
    ui::ProjectContext context;
};

} // namespace hexclave::tests
