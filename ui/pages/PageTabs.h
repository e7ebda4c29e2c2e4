#pragma once

#include "AppSettings.h"

#include <QPointer>
#include <QTabWidget>

#include <optional>

namespace hexclave::ui {

struct ProjectContext;

// A page's tabs, each known by the page's Tab value (as an int) and an id for the settings:
// Ctrl+1 … Ctrl+N pick them from anywhere on the page (Alt+digit already picks the window's
// areas), and the tab last shown can be remembered per project under the page's settings key.
class PageTabs : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageTabs)

public:
    // `page` is the parent, and where the shortcuts work.
    PageTabs(const ProjectContext &context, AppSettings::Key rememberedTabKey, QWidget *page);

    void addTab(int tab, const QString &id, QWidget *view, const QString &title);
    void showTab(int tab);
    // The tab shown; nullopt when there is none.
    std::optional<int> currentTab() const;
    // As shown: without their mnemonic markers.
    QStringList titles() const;

    // Shows the tab last remembered for the project, when it is there.
    void showRememberedTab();
    // From now on, each tab shown is remembered for the project.
    void rememberEachTabShown();

private:
    struct Entry
    {
        int tab;
        QString id;
    };

    QPointer<AppSettings> m_settings;
    QString m_projectId;
    AppSettings::Key m_rememberedTabKey;
    QList<Entry> m_entries; // the tab of each index
};

} // namespace hexclave::ui
