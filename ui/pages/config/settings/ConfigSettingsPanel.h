#pragma once

#include "config/ConfigTarget.h"

#include <QList>
#include <QWidget>

class QTabWidget;

namespace hexclave::ui {

class ConfigSection;

// The configuration's common settings in five sections (Sign-in, OAuth providers, Domains,
// Teams & users, Apps) as tabs, over a ConfigTarget: the same online (ProjectConfigTarget) and
// offline (FileConfigTarget). Each section keeps its edits until its Save or Revert.
class ConfigSettingsPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigSettingsPanel)

public:
    enum Section { SignIn, OAuthProviders, Domains, TeamsAndUsers, Apps, SectionCount };

    ConfigSettingsPanel(models::ConfigTarget *target, QWidget *parent = nullptr);

    bool hasUnsavedChanges() const;
    void discardUnsavedChanges();
    void showSection(int index);

    // The tabs: a page may add its own after the sections.
    QTabWidget *tabs() const { return m_tabs; }
    ConfigSection *section(int index) const { return m_sections.value(index); }

Q_SIGNALS:
    void unsavedChangesChanged(bool unsaved);
    // The person asked for the API keys page (where user and team API keys are switched).
    void apiKeysPageRequested();

private:
    QTabWidget *m_tabs;
    QList<ConfigSection *> m_sections;
};

} // namespace hexclave::ui
