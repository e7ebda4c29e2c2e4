#pragma once

#include "ProjectContext.h"
#include "core/Job.h"
#include "dto/User.h"

#include <QCoreApplication>

class QWidget;

namespace hexclave::ui {

// Questions asked before small, one-click changes to a user.
class UserConfirmations
{
    Q_DECLARE_TR_FUNCTIONS(hexclave::ui::UserConfirmations)

public:
    // "Remove two-factor authentication of …?" (Remove / Cancel).
    static bool confirmRemoveTwoFactor(QWidget *parent, const api::User &user);
    // Asks, then sends the change. Returns the job (its finished() tells the outcome; the
    // caller shows errors), or null when the person said no or the connection is gone.
    static api::Job<api::User> *removeTwoFactor(QWidget *parent, const ProjectContext &context, const api::User &user);
};

} // namespace hexclave::ui
