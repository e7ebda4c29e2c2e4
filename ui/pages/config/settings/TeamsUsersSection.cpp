#include "TeamsUsersSection.h"

#include "dialogs/DialogParts.h"

#include <QLabel>
#include <QVBoxLayout>

namespace hexclave::ui {

using models::ConfigSetting;

TeamsUsersSection::TeamsUsersSection(models::ConfigTarget *target, QWidget *parent)
    : ConfigSection(target, tr("Teams & users"), parent)
{
    addToggle(QStringLiteral("teams.allowClientTeamCreation"), tr("Allow users to &create teams"),
              tr("Signed-in users can create teams from the app; otherwise only the server or this console can."));
    addToggle(QStringLiteral("teams.createPersonalTeamOnSignUp"), tr("Create a &personal team on sign-up"),
              tr("Every new user gets a team of their own."));
    addToggle(QStringLiteral("users.allowClientUserDeletion"), tr("Allow users to &delete their own account"), {});
    addToggle(QStringLiteral("onboarding.requireEmailVerification"), tr("Require email &verification during onboarding"),
              tr("New users must verify their primary email before they can use the app."));

    if (target && target->isOffline()) {
        addToggle(QStringLiteral("apiKeys.enabled.user"), tr("Allow &user API keys"),
                  tr("Signed-in users can make keys that act as them."));
        addToggle(QStringLiteral("apiKeys.enabled.team"), tr("Allow &team API keys"),
                  tr("Team members with the permission can make keys that act for the team."));
    } else {
        auto *link = new QLabel(tr("User and team API keys are switched on and off on the <a href=\"apikeys\">API keys page</a>."),
                                this);
        link->setObjectName(QStringLiteral("apiKeysLink"));
        link->setTextFormat(Qt::RichText);
        link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        connect(link, &QLabel::linkActivated, this, &TeamsUsersSection::apiKeysPageRequested);
        contentLayout()->addSpacing(8);
        contentLayout()->addWidget(link);
    }
    contentLayout()->addStretch(1);
    refreshAll();
}

void TeamsUsersSection::refresh()
{
    const api::ConfigTree values = shown();
    QStringList reasons;
    refreshToggles(values, reasons);
    showBlockedNote(reasons);
}

} // namespace hexclave::ui
