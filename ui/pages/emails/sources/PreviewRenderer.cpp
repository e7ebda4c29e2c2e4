#include "PreviewRenderer.h"

#include "widgets/EmailPreview.h"

#include <QTimer>

namespace hexclave::ui {

PreviewRenderer::PreviewRenderer(const ProjectContext &context, EmailPreview *preview, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_preview(preview)
    , m_pause(new QTimer(this))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(pauseMs);
    connect(m_pause, &QTimer::timeout, this, &PreviewRenderer::start);
}

void PreviewRenderer::renderNow(const api::emails::RenderRequest &request)
{
    m_request = request;
    m_pause->stop();
    start();
}

void PreviewRenderer::renderSoon(const api::emails::RenderRequest &request)
{
    m_request = request;
    m_pause->start();
}

void PreviewRenderer::cancel()
{
    m_pause->stop();
    ++m_generation;
    if (m_job)
        m_job->abort();
    m_job = nullptr;
    m_hasShown = false;
}

bool PreviewRenderer::isPending() const
{
    return m_pause->isActive() || m_job;
}

void PreviewRenderer::start()
{
    if (!m_context.client())
        return;
    const int generation = ++m_generation;
    if (m_job)
        m_job->abort(); // its answer would be stale
    // Typing on keeps the last picture until the new one is there; a first render says it works.
    if (m_preview && !m_hasShown)
        m_preview->showBusy(tr("Rendering the preview…"));
    auto *job = m_context.client()->send(api::emails::renderEmail(m_context.scope(), m_request));
    m_job = job;
    connect(job, &api::ApiJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return; // a newer request was sent meanwhile
        m_job = nullptr;
        m_hasShown = true;
        if (job->succeeded()) {
            const api::RenderedEmail email = job->value();
            if (m_preview)
                m_preview->showHtml(email.html, email.subject);
            Q_EMIT rendered(email);
        } else if (job->error().kind != api::ApiError::Kind::Cancelled) {
            showFailure(job->error());
            Q_EMIT failed(job->error());
        }
    });
}

void PreviewRenderer::showFailure(const api::ApiError &error)
{
    if (!m_preview)
        return;
    const auto [title, details] = describe(error);
    m_preview->showError(title, details);
    m_hasShown = true;
}

QPair<QString, QString> PreviewRenderer::describe(const api::ApiError &error)
{
    if (error.is(u"EMAIL_RENDERING_ERROR")) {
        // details.error holds the bundler's or the runtime's message without the server's prefix.
        QString message = error.details.value(QStringLiteral("error")).toString();
        if (message.isEmpty())
            message = error.message;
        return {tr("The email could not be rendered"), message};
    }
    if (error.is(u"REQUIRES_CUSTOM_EMAIL_SERVER"))
        return {tr("Needs the project's own email server"),
                tr("This project uses the shared email server; set up your own on the Email server tab to edit "
                   "templates.")};
    return {tr("No preview"), error.userMessage()};
}

} // namespace hexclave::ui
