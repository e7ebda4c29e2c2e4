#include "ConfigSettingsPanel.h"

#include "AppsSection.h"
#include "DomainsSection.h"
#include "OAuthProvidersSection.h"
#include "SignInSection.h"
#include "TeamsUsersSection.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace hexclave::ui {

ConfigSettingsPanel::ConfigSettingsPanel(models::ConfigTarget *target, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setObjectName(QStringLiteral("configTabs"));
    m_tabs->setDocumentMode(true);
    auto *teams = new TeamsUsersSection(target, this);
    connect(teams, &TeamsUsersSection::apiKeysPageRequested, this, &ConfigSettingsPanel::apiKeysPageRequested);
    m_sections = {new SignInSection(target, this), new OAuthProvidersSection(target, this), new DomainsSection(target, this),
                  teams, new AppsSection(target, this)};
    const QStringList titles = {tr("Sign-&in"), tr("&OAuth providers"), tr("&Domains"), tr("&Teams && users"), tr("A&pps")};
    for (int index = 0; index < SectionCount; ++index) {
        ConfigSection *section = m_sections.at(index);
        section->setObjectName(QStringLiteral("configSection%1").arg(index));
        m_tabs->addTab(section, titles.at(index));
        connect(section, &ConfigSection::unsavedChangesChanged, this, [this] {
            Q_EMIT unsavedChangesChanged(hasUnsavedChanges());
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

bool ConfigSettingsPanel::hasUnsavedChanges() const
{
    return std::any_of(m_sections.cbegin(), m_sections.cend(), [](const ConfigSection *section) {
        return section->hasUnsavedChanges();
    });
}

void ConfigSettingsPanel::discardUnsavedChanges()
{
    for (ConfigSection *section : std::as_const(m_sections))
        section->discardUnsavedChanges();
}

void ConfigSettingsPanel::showSection(int index)
{
    if (index >= 0 && index < m_tabs->count())
        m_tabs->setCurrentIndex(index);
}

} // namespace hexclave::ui
