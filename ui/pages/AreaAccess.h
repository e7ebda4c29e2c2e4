#pragma once

#include "ProjectContext.h"

namespace hexclave::ui {

// Whether a page of `area` may change everything there: a project is chosen and the credential
// has full access. When not, `why` gets the reason the credential is given.
inline bool hasFullAccess(const ProjectContext &context, api::Area area, QString &why)
{
    const api::Capability capability = context.session ? context.capability(area) : api::Capability{};
    if (context.isValid() && capability.level == api::Capability::Level::Full)
        return true;
    why = capability.explanation;
    return false;
}

} // namespace hexclave::ui
