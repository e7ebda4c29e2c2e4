#pragma once

#include "AppSettings.h"
#include "auth/Capabilities.h"
#include "connections/ConnectionSession.h"
#include "dto/Project.h"

#include <QPointer>

namespace hexclave::ui {

// The project the window works on, and the connection that reaches it.
struct ProjectContext
{
    QPointer<api::ConnectionSession> session;
    api::Project project;
    QPointer<AppSettings> settings; // the window's preferences; may be null in tests

    bool isValid() const { return session && !project.id.isEmpty(); }
    api::ApiClient *client() const { return session ? session->client() : nullptr; }
    api::ProjectScope scope() const { return api::ProjectScope::project(project.id); }
    api::CredentialKind credentialKind() const { return session->connection().kind; }
    api::Capability capability(api::Area area) const { return api::capabilityFor(credentialKind(), area); }
};

} // namespace hexclave::ui
