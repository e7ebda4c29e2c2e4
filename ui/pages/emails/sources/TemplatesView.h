#pragma once

#include "EmailSourcesView.h"

namespace hexclave::ui {

// The Templates tab: the project's email templates (the built-in ones and its own), created,
// edited with their theme, saved (the server renders on save and the preview shows its result)
// and deleted. On the shared email server the server refuses edits; the preview says why.
class TemplatesView : public EmailSourcesView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesView)

public:
    TemplatesView(const ProjectContext &context, models::EmailThemesSource *themes, QWidget *parent = nullptr);

protected:
    void fetchList() override;
    void sendCreate(const QString &name) override;
    void sendSave(const QString &id, const models::EmailSourceVersion &version) override;
    std::optional<api::Call<api::NoContent>> deleteCall(const QString &id) const override;
    api::emails::RenderRequest renderRequest(const models::EmailSourceVersion &version) const override;
};

} // namespace hexclave::ui
