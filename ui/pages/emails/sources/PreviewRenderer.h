#pragma once

#include "ProjectContext.h"
#include "endpoints/EmailsEndpoints.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace hexclave::ui {

class EmailPreview;

// Renders an email through the server (POST /emails/render-email) into an EmailPreview: at once
// (the Preview action) or a short pause after the last change (typing). Only the answer to the
// latest request is shown; older ones still under way are dropped.
class PreviewRenderer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewRenderer)

public:
    static constexpr int pauseMs = 700;

    PreviewRenderer(const ProjectContext &context, EmailPreview *preview, QObject *parent = nullptr);

    void renderNow(const api::emails::RenderRequest &request);
    // Renders `request` once nothing newer came for pauseMs.
    void renderSoon(const api::emails::RenderRequest &request);
    // Drops what is pending or under way (e.g. another item was selected).
    void cancel();
    bool isRendering() const { return m_job != nullptr; }
    bool isPending() const;

    // Shows a failed render or save of a template or theme the way a preview failure is shown.
    void showFailure(const api::ApiError &error);
    // What the preview says for an error: a title and the details (the server's message).
    static QPair<QString, QString> describe(const api::ApiError &error);

Q_SIGNALS:
    void rendered(const hexclave::api::RenderedEmail &email);
    void failed(const hexclave::api::ApiError &error);

private:
    void start();

    ProjectContext m_context;
    QPointer<EmailPreview> m_preview;
    QTimer *m_pause;
    api::emails::RenderRequest m_request;
    QPointer<api::ApiJob> m_job;
    int m_generation = 0;
    bool m_hasShown = false;
};

} // namespace hexclave::ui
