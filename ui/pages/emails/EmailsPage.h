#pragma once

#include "ProjectContext.h"
#include "pages/Page.h"
#include "pages/PageTabs.h"

#include <optional>

namespace hexclave::models {
class EmailThemesSource;
}

namespace hexclave::ui {

class DeliveryView;
class DraftsView;
class EmailServerView;
class ErrorBanner;
class OutboxView;
class TemplatesView;
class ThemesView;

// The project's emails: drafts, templates and themes (sharing one themes source), the outbox,
// delivery figures and the email server, as tabs (Ctrl+1 … Ctrl+6; the last one used is
// remembered per project). Each tab reads its data when it is first shown. A server key reaches
// the outbox and the delivery figures only: the page then shows those two tabs, and says why.
class EmailsPage : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailsPage)

public:
    enum class Tab { Drafts, Templates, Themes, Outbox, Delivery, Server };
    Q_ENUM(Tab)

    explicit EmailsPage(const ProjectContext &context, QWidget *parent = nullptr);
    ~EmailsPage() override;

    bool hasUnsavedChanges() const override;
    void discardUnsavedChanges() override;
    void focusPrimaryInput() override;

    bool hasFullAccess() const { return m_fullAccess; }
    // Why only the Outbox and Delivery tabs are there (empty with full access).
    QString accessExplanation() const { return m_explanation; }
    void showTab(Tab tab);
    std::optional<Tab> currentTab() const;
    QStringList tabTitles() const;

    models::EmailThemesSource *themes() const { return m_themes; }
    QTabWidget *tabs() const { return m_tabs; }
    ErrorBanner *errorBanner() const { return m_error; }
    DraftsView *draftsView() const { return m_drafts; }
    TemplatesView *templatesView() const { return m_templates; }
    ThemesView *themesView() const { return m_themesView; }
    OutboxView *outboxView() const { return m_outbox; }
    DeliveryView *deliveryView() const { return m_delivery; }
    EmailServerView *serverView() const { return m_server; }

    static QString tabId(Tab tab); // "drafts", "templates", "themes", "outbox", "delivery", "server"

private:
    void addTab(Tab tab, QWidget *view, const QString &title);
    void markReadyWhenShown();

    bool m_fullAccess = false;
    QString m_explanation;
    models::EmailThemesSource *m_themes = nullptr;
    ErrorBanner *m_error;
    PageTabs *m_tabs;
    DraftsView *m_drafts = nullptr;
    TemplatesView *m_templates = nullptr;
    ThemesView *m_themesView = nullptr;
    OutboxView *m_outbox = nullptr;
    DeliveryView *m_delivery = nullptr;
    EmailServerView *m_server = nullptr;
};

} // namespace hexclave::ui
