#pragma once

#include "EmailSourcesView.h"

namespace hexclave::ui {

// The Themes tab: the project's email themes with the one it uses marked, created, edited,
// saved, and made the project's theme ("Use for this project"). A theme is previewed by
// rendering a sample email with the source being edited.
class ThemesView : public EmailSourcesView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemesView)

public:
    ThemesView(const ProjectContext &context, models::EmailThemesSource *themes, QWidget *parent = nullptr);

    void useCurrentForProject();
    QPushButton *useButton() const { return m_use; }

    // The email rendered inside a theme to preview it.
    static QString sampleTemplateSource();

protected:
    void fetchList() override;
    void fetchSource(const QString &id) override;
    void sendCreate(const QString &name) override;
    void sendSave(const QString &id, const models::EmailSourceVersion &version) override;
    std::optional<api::Call<api::NoContent>> deleteCall(const QString &id) const override;
    api::emails::RenderRequest renderRequest(const models::EmailSourceVersion &version) const override;
    QString unpreviewableReason(const models::EmailSourceVersion &version) const override;
    void themesChanged() override;
    void updateExtraActions() override;

private:
    QPushButton *m_use;
    QHash<QString, QString> m_sources; // read so far, by id
};

} // namespace hexclave::ui
