#pragma once

#include "ConfigSection.h"

class QCheckBox;
class QLabel;

namespace hexclave::ui {

// Teams and users: team creation by clients, a personal team on sign-up, user self-deletion,
// email verification during onboarding. User and team API keys are switched on the API keys
// page online (a link leads there); offline (no such page) they are here.
class TeamsUsersSection : public ConfigSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamsUsersSection)

public:
    explicit TeamsUsersSection(models::ConfigTarget *target, QWidget *parent = nullptr);

Q_SIGNALS:
    void apiKeysPageRequested();

protected:
    void refresh() override;

};

} // namespace hexclave::ui
