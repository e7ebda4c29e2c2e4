#include "ThemesView.h"

#include "emails/EmailThemesSource.h"
#include "widgets/ErrorBanner.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace hexclave::ui {

ThemesView::ThemesView(const ProjectContext &context, models::EmailThemesSource *themes, QWidget *parent)
    : EmailSourcesView(Kind::Themes,
                       {tr("theme"), tr("No themes yet."), tr("New theme…"), tr("New theme"),
                        tr("The themes could not be loaded.")},
                       context, themes, parent)
    , m_use(new QPushButton(tr("Use for this project"), this))
{
    m_use->setToolTip(tr("Wrap the project's emails in the selected theme unless they choose another"));
    extraActions()->addWidget(m_use);
    connect(m_use, &QPushButton::clicked, this, &ThemesView::useCurrentForProject);
    if (themes) {
        connect(themes, &models::EmailThemesSource::loadFailed, this, [this](const api::ApiError &error) {
            if (hasStarted())
                listFailed(error);
        });
        connect(themes, &models::EmailThemesSource::selectedThemeWritten, this,
                [this](bool ok, const api::ApiError &error) {
                    if (ok) {
                        banner()->hide();
                        showStatus(tr("“%1” is now the project's theme.")
                                       .arg(this->themes()->themeName(this->themes()->selectedThemeId())));
                    } else {
                        actionFailed(tr("The project's theme was not changed."), error);
                    }
                    updateActions();
                });
    }
    updateActions();
}

QString ThemesView::sampleTemplateSource()
{
    return QStringLiteral(R"(import { Container } from "@react-email/components";
import { Subject, NotificationCategory, Props } from "@stackframe/emails";

export function EmailTemplate({ user, project }: Props) {
  return (
    <Container>
      <Subject value={`A sample email from ${project.displayName}`} />
      <NotificationCategory value="Transactional" />
      <div className="font-bold">Hi {user.displayName}!</div>
      <br />
      This sample shows how the theme wraps an email: its header, the content and its footer.
    </Container>
  );
}
)");
}

void ThemesView::fetchList()
{
    if (!themes())
        return;
    if (!isLoaded() && themes()->isLoaded()) {
        themesChanged(); // the first time, what another tab read already will do
        return;
    }
    themes()->load();
}

void ThemesView::themesChanged()
{
    EmailSourcesView::themesChanged();
    // Not before the tab was shown: showing the list would read the selected theme's source.
    if (!hasStarted() || !themes() || !themes()->isLoaded())
        return;
    const QString selected = themes()->selectedThemeId();
    QList<Item> items;
    for (const api::EmailTheme &theme : themes()->themes()) {
        Item entry{theme.id, theme.displayName, {}, theme.id == selected, {}, {}, {}};
        if (entry.marked)
            entry.note = tr("Project's theme");
        if (m_sources.contains(theme.id))
            entry.source = m_sources.value(theme.id);
        items.append(entry);
    }
    listArrived(items);
}

void ThemesView::fetchSource(const QString &id)
{
    send<api::EmailTheme>(
        api::emails::theme(context().scope(), id),
        [this, id](api::EmailTheme theme) {
            m_sources.insert(id, theme.tsxSource);
            sourceArrived(id, theme.tsxSource);
        },
        [this, id](const api::ApiError &error) { sourceFailed(id, error); });
}

void ThemesView::sendCreate(const QString &name)
{
    send<api::CreatedEmailObject>(
        api::emails::createTheme(context().scope(), name), [this](api::CreatedEmailObject made) { created(made.id); },
        [this, name](const api::ApiError &error) { createRefused(name, error); });
}

void ThemesView::sendSave(const QString &id, const models::EmailSourceVersion &version)
{
    send<api::NoContent>(
        api::emails::updateTheme(context().scope(), id, version.text),
        [this, id, version](api::NoContent) {
            m_sources.insert(id, version.text);
            savedAs(id, version);
        },
        [this, id](const api::ApiError &error) { saveRefused(id, error); });
}

std::optional<api::Call<api::NoContent>> ThemesView::deleteCall(const QString &) const
{
    return std::nullopt; // the server has no route to delete a theme
}

api::emails::RenderRequest ThemesView::renderRequest(const models::EmailSourceVersion &version) const
{
    api::emails::RenderRequest request;
    request.templateTsxSource = sampleTemplateSource();
    request.themeTsxSource = version.text;
    return request;
}

QString ThemesView::unpreviewableReason(const models::EmailSourceVersion &version) const
{
    // Without a theme source the server would render with the project's theme instead.
    return version.text.trimmed().isEmpty() ? tr("The theme is empty.") : QString();
}

void ThemesView::updateExtraActions()
{
    const bool writing = themes() && themes()->isWriting();
    const bool isProjectTheme = themes() && currentId() == themes()->selectedThemeId();
    m_use->setEnabled(context().client() && isLoaded() && !isBusy() && !writing && !currentId().isEmpty()
                      && !isProjectTheme);
    m_use->setToolTip(isProjectTheme ? tr("The selected theme is already the project's theme")
                                     : tr("Wrap the project's emails in the selected theme unless they choose another"));
}

void ThemesView::useCurrentForProject()
{
    if (!themes() || currentId().isEmpty() || isBusy())
        return;
    const QString name = currentName();
    if (themes()->setSelectedTheme(currentId())) {
        showStatus(tr("Making “%1” the project's theme…").arg(name));
        updateActions();
    }
}

} // namespace hexclave::ui
