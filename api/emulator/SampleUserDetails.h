#pragma once

#include <QtGlobal>

namespace hexclave::emulator {

class DataStore;
struct ProjectRecord;

// The generated users' details beyond the user object: contact channels besides the primary
// e-mail, the ids and flags of their OAuth links, project permissions, and sessions. Each user's
// details come from a random stream seeded by the user's id, so adding them changed none of
// the values SampleDataGenerator made before, and a user's details do not depend on the others.
// Sessions are made on demand (the first time a route looks at a user's sessions), which keeps
// millions of generated users cheap.
class SampleUserDetails
{
public:
    // "admin", "billing" and "support:read", as a project owner might have defined them.
    static void addProjectPermissionDefinitions(ProjectRecord &project);
    // Channels, OAuth link ids and, when the project defines them, project permissions.
    static void addDetails(ProjectRecord &project);
    // Puts a generated user's sessions into the store, once: afterwards (or for users made
    // through the API, whose UserRecord::sessionsMaterialized is set) it does nothing.
    static void materializeSessions(DataStore &store, ProjectRecord &project, quint32 userIndex);
};

} // namespace hexclave::emulator
