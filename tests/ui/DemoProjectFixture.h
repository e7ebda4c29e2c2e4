#pragma once

#include "UiTestHelpers.h"

#include "AppSettings.h"
#include "ProjectContext.h"
#include "connections/Workspace.h"
#include "emulator/Emulator.h"

#include <QNetworkAccessManager>

#include <memory>

namespace hexclave::tests {

// An emulator of its own (for fault injection and known data), the demo account signed in with
// email and password, and the demo project open: `context` is valid when all of that worked.
struct DemoProjectFixture
{
    explicit DemoProjectFixture(int users = 120, ui::AppSettings *appSettings = nullptr)
    {
        emulator::EmulatorOptions options;
        options.userCount = users;
        emulator = std::make_unique<emulator::Emulator>(options);
        if (!emulator->start())
            return;
        const emulator::DemoAccount account = emulator->demoAccount();
        session = signInDashboard(workspace, emulator->apiRoot(), account.publishableClientKey, account.email,
                                  account.password);
        for (const api::Project &project : session->projects()) {
            if (project.id == account.projectId)
                context = {session, project, appSettings};
        }
    }

    std::unique_ptr<emulator::Emulator> emulator;
    QNetworkAccessManager network;
    api::Workspace workspace{&network, nullptr, nullptr};
    api::ConnectionSession *session = nullptr;
    ui::ProjectContext context;
};

} // namespace hexclave::tests
