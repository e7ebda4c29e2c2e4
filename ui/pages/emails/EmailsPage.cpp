#include "EmailsPage.h"

#include "dialogs/DialogParts.h"
#include "emails/EmailThemesSource.h"
#include "outbox/DeliveryView.h"
#include "outbox/OutboxView.h"
#include "pages/AreaAccess.h"
#include "server/EmailServerView.h"
#include "sources/DraftsView.h"
#include "sources/TemplatesView.h"
#include "sources/ThemesView.h"
#include "widgets/ErrorBanner.h"
#include "widgets/PageTitle.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace hexclave::ui {

EmailsPage::EmailsPage(const ProjectContext &context, QWidget *parent)
    : Page(parent)
    , m_error(new ErrorBanner(this))
    , m_tabs(new PageTabs(context, AppSettings::Key::EmailsTab, this))
{
    m_fullAccess = ui::hasFullAccess(context, api::Area::Emails, m_explanation);

    auto *header = new QHBoxLayout;
    header->addWidget(new PageTitle(tr("Emails"), this));
    header->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    if (!m_fullAccess) {
        m_explanation += QStringLiteral("\n\n") + tr("With this key: the outbox and the delivery figures, below.");
        layout->addWidget(explanationLabel(m_explanation, this));
    }
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    m_error->hide();

    m_tabs->setAccessibleName(tr("Emails"));
    if (m_fullAccess) {
        // One themes source for the three editors: a new theme or another project theme shows in all.
        m_themes = new models::EmailThemesSource(context.client(), context.scope(), this);
        connect(m_themes, &models::EmailThemesSource::loadFailed, this, [this](const api::ApiError &error) {
            if (error.kind != api::ApiError::Kind::Cancelled)
                m_error->showActionError(tr("The email themes could not be loaded: theme choices are not available."),
                                         error);
        });
        connect(m_themes, &models::EmailThemesSource::themesChanged, m_error, [this] {
            if (m_error->isShowingError())
                m_error->hide();
        });
        m_drafts = new DraftsView(context, m_themes, m_tabs);
        m_templates = new TemplatesView(context, m_themes, m_tabs);
        m_themesView = new ThemesView(context, m_themes, m_tabs);
        addTab(Tab::Drafts, m_drafts, tr("Drafts"));
        addTab(Tab::Templates, m_templates, tr("Templates"));
        addTab(Tab::Themes, m_themesView, tr("Themes"));
        // The Drafts tab opens SendEmailDialog; its "Follow them in the Outbox" leads here.
        connect(m_drafts, &DraftsView::openOutboxRequested, this, [this] { showTab(Tab::Outbox); });
    }
    m_outbox = new OutboxView(context, m_tabs);
    m_delivery = new DeliveryView(context, m_tabs);
    addTab(Tab::Outbox, m_outbox, tr("Outbox"));
    addTab(Tab::Delivery, m_delivery, tr("Delivery"));
    if (m_fullAccess) {
        m_server = new EmailServerView(context, m_tabs);
        addTab(Tab::Server, m_server, tr("Email server"));
    }

    m_tabs->showRememberedTab();
    // Only the full page's choice is kept: a server key's two tabs say little.
    if (m_fullAccess)
        m_tabs->rememberEachTabShown();

    // Ready once the tab on screen shows its first data (or failed to): the others load when shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, &EmailsPage::markReadyWhenShown);
    const auto watch = [this](auto *view) {
        if (view)
            connect(view, &std::remove_pointer_t<decltype(view)>::loaded, this, &EmailsPage::markReadyWhenShown);
    };
    watch(m_drafts);
    watch(m_templates);
    watch(m_themesView);
    watch(m_outbox);
    watch(m_delivery);
    watch(m_server);
}

EmailsPage::~EmailsPage() = default;

QString EmailsPage::tabId(Tab tab)
{
    switch (tab) {
    case Tab::Drafts: return QStringLiteral("drafts");
    case Tab::Templates: return QStringLiteral("templates");
    case Tab::Themes: return QStringLiteral("themes");
    case Tab::Outbox: return QStringLiteral("outbox");
    case Tab::Delivery: return QStringLiteral("delivery");
    case Tab::Server: return QStringLiteral("server");
    }
    return {};
}

void EmailsPage::addTab(Tab tab, QWidget *view, const QString &title)
{
    m_tabs->addTab(int(tab), tabId(tab), view, title);
}

void EmailsPage::markReadyWhenShown()
{
    if (isReady())
        return;
    QWidget *current = m_tabs->currentWidget();
    bool loaded = false;
    ErrorBanner *banner = nullptr;
    if (current == m_drafts || current == m_templates || current == m_themesView) {
        auto *sources = static_cast<EmailSourcesView *>(current);
        loaded = sources->isLoaded();
        banner = sources->errorBanner();
    } else if (current == m_outbox) {
        loaded = m_outbox->isLoaded();
        banner = m_outbox->errorBanner();
    } else if (current == m_delivery) {
        loaded = m_delivery->isLoaded();
        banner = m_delivery->errorBanner();
    } else if (current == m_server) {
        loaded = m_server->isLoaded();
        banner = m_server->errorBanner();
    }
    if (loaded)
        markReady(banner && banner->isShowingError());
}

bool EmailsPage::hasUnsavedChanges() const
{
    return (m_drafts && m_drafts->hasUnsavedChanges()) || (m_templates && m_templates->hasUnsavedChanges())
        || (m_themesView && m_themesView->hasUnsavedChanges()) || (m_server && m_server->hasUnsavedChanges());
}

void EmailsPage::discardUnsavedChanges()
{
    // The sources' edits are autosaved: without this they would be offered again at the next start.
    // The server form keeps nothing beyond this page.
    for (EmailSourcesView *sources : std::initializer_list<EmailSourcesView *>{m_drafts, m_templates, m_themesView}) {
        if (sources)
            sources->discardAllEdits();
    }
}

void EmailsPage::focusPrimaryInput()
{
    if (QWidget *current = m_tabs->currentWidget())
        current->setFocus(Qt::OtherFocusReason);
}

void EmailsPage::showTab(Tab tab)
{
    m_tabs->showTab(int(tab));
}

std::optional<EmailsPage::Tab> EmailsPage::currentTab() const
{
    const std::optional<int> tab = m_tabs->currentTab();
    return tab ? std::optional(Tab(*tab)) : std::nullopt;
}

QStringList EmailsPage::tabTitles() const
{
    return m_tabs->titles();
}

} // namespace hexclave::ui
