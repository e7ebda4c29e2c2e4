#include "TemplatesView.h"

#include "PreviewRenderer.h"
#include "widgets/EmailPreview.h"

namespace hexclave::ui {

TemplatesView::TemplatesView(const ProjectContext &context, models::EmailThemesSource *themes, QWidget *parent)
    : EmailSourcesView(Kind::Templates,
                       {tr("template"), tr("No templates yet."), tr("New template…"), tr("New template"),
                        tr("The templates could not be loaded.")},
                       context, themes, parent)
{
}

void TemplatesView::fetchList()
{
    const int generation = beginListFetch();
    send<api::EmailTemplates>(
        api::emails::templates(context().scope()),
        [this, generation](api::EmailTemplates list) {
            if (!isLatestList(generation))
                return;
            QList<Item> items;
            for (const api::EmailTemplate &entry : std::as_const(list.templates))
                items.append({entry.id, entry.displayName, {}, false, entry.tsxSource, entry.theme, {}});
            listArrived(items);
        },
        [this, generation](const api::ApiError &error) {
            if (isLatestList(generation))
                listFailed(error);
        });
}

void TemplatesView::sendCreate(const QString &name)
{
    send<api::CreatedEmailObject>(
        api::emails::createTemplate(context().scope(), name), [this](api::CreatedEmailObject made) { created(made.id); },
        [this, name](const api::ApiError &error) { createRefused(name, error); });
}

void TemplatesView::sendSave(const QString &id, const models::EmailSourceVersion &version)
{
    // The theme only when it was changed here (the list says which one the server has): the
    // server keeps it otherwise.
    const std::optional<models::EmailSourceVersion> onServer = edits()->saved(id);
    std::optional<api::EmailThemeChoice> theme;
    if (!onServer || onServer->theme != version.theme)
        theme = version.theme;
    send<api::RenderedTemplate>(
        api::emails::updateTemplate(context().scope(), id, version.text, theme),
        [this, id, version](api::RenderedTemplate rendered) {
            savedAs(id, version);
            if (id == currentId() && !edits()->hasEdits(id)) {
                renderer()->cancel(); // the server's own rendering of what was saved
                preview()->showHtml(rendered.html);
            }
        },
        [this, id](const api::ApiError &error) { saveRefused(id, error); });
}

std::optional<api::Call<api::NoContent>> TemplatesView::deleteCall(const QString &id) const
{
    return api::emails::deleteTemplate(context().scope(), id);
}

api::emails::RenderRequest TemplatesView::renderRequest(const models::EmailSourceVersion &version) const
{
    api::emails::RenderRequest request;
    request.templateTsxSource = version.text;
    request.theme = version.theme;
    return request;
}

} // namespace hexclave::ui
