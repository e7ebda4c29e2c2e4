#pragma once

#include "ConfigSection.h"

class QListWidget;
class QListWidgetItem;

namespace hexclave::ui {

// The installed apps (apps.installed.<id>.enabled) as a check list: the apps this console knows
// in the dashboard's order, then any other ids the configuration holds (shown and kept).
class AppsSection : public ConfigSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppsSection)

public:
    explicit AppsSection(models::ConfigTarget *target, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    static QString appName(const QString &appId);
    static QString enabledPath(const QString &appId);

protected:
    void refresh() override;
    void changeEvent(QEvent *event) override;

private:
    void itemChanged(QListWidgetItem *item);
    void applyListPalette();

    QListWidget *m_list;
    bool m_applyingPalette = false;
};

} // namespace hexclave::ui
