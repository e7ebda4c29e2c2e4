#include "AppsSection.h"

#include "config/ConfigSchema.h"
#include "dialogs/DialogParts.h"
#include "widgets/PaletteColors.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace hexclave::ui {

using models::ConfigSetting;

namespace {
constexpr int appIdRole = Qt::UserRole + 1;
}

AppsSection::AppsSection(models::ConfigTarget *target, QWidget *parent)
    : ConfigSection(target, tr("Apps"), parent)
    , m_list(new QListWidget(this))
{
    m_list->setObjectName(QStringLiteral("installedApps"));
    m_list->setAccessibleName(tr("Installed apps"));
    m_list->setSpacing(1);
    applyListPalette();
    contentLayout()->addWidget(explanationLabel(tr("Ticked apps are installed in the project; their pages and features are "
                                                   "switched on in the dashboard and the SDKs."),
                                                this));
    contentLayout()->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemChanged, this, &AppsSection::itemChanged);
    refreshAll();
}

void AppsSection::changeEvent(QEvent *event)
{
    ConfigSection::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingPalette)
        applyListPalette();
}

void AppsSection::applyListPalette()
{
    m_applyingPalette = true;
    m_list->setPalette(withVisibleItemCheckBoxes(palette()));
    m_applyingPalette = false;
}

QString AppsSection::enabledPath(const QString &appId)
{
    return QStringLiteral("apps.installed.") + appId + QStringLiteral(".enabled");
}

QString AppsSection::appName(const QString &appId)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("authentication"), QT_TR_NOOP("Authentication")},
        {QStringLiteral("fraud-protection"), QT_TR_NOOP("Fraud protection")},
        {QStringLiteral("onboarding"), QT_TR_NOOP("Onboarding")},
        {QStringLiteral("teams"), QT_TR_NOOP("Teams")},
        {QStringLiteral("rbac"), QT_TR_NOOP("Permissions (RBAC)")},
        {QStringLiteral("api-keys"), QT_TR_NOOP("API keys")},
        {QStringLiteral("payments"), QT_TR_NOOP("Payments")},
        {QStringLiteral("emails"), QT_TR_NOOP("Emails")},
        {QStringLiteral("support"), QT_TR_NOOP("Support")},
        {QStringLiteral("email-api"), QT_TR_NOOP("Email API")},
        {QStringLiteral("data-vault"), QT_TR_NOOP("Data vault")},
        {QStringLiteral("webhooks"), QT_TR_NOOP("Webhooks")},
        {QStringLiteral("tv-mode"), QT_TR_NOOP("TV mode")},
        {QStringLiteral("launch-checklist"), QT_TR_NOOP("Launch checklist")},
        {QStringLiteral("catalyst"), QT_TR_NOOP("Catalyst")},
        {QStringLiteral("neon"), QT_TR_NOOP("Neon")},
        {QStringLiteral("convex"), QT_TR_NOOP("Convex")},
        {QStringLiteral("vercel"), QT_TR_NOOP("Vercel")},
        {QStringLiteral("tanstack-start"), QT_TR_NOOP("TanStack Start")},
        {QStringLiteral("clerk-integration"), QT_TR_NOOP("Clerk integration")},
        {QStringLiteral("better-auth-integration"), QT_TR_NOOP("Better Auth integration")},
        {QStringLiteral("workos-integration"), QT_TR_NOOP("WorkOS integration")},
        {QStringLiteral("analytics"), QT_TR_NOOP("Analytics")},
        {QStringLiteral("clickmaps"), QT_TR_NOOP("Click maps")},
        {QStringLiteral("session-replays"), QT_TR_NOOP("Session replays")},
        {QStringLiteral("cli-auth"), QT_TR_NOOP("CLI authentication")},
        {QStringLiteral("compliance"), QT_TR_NOOP("Compliance")},
        {QStringLiteral("deploy"), QT_TR_NOOP("Deploy")},
        {QStringLiteral("workflows-alpha"), QT_TR_NOOP("Workflows (alpha)")},
    };
    const auto it = names.constFind(appId);
    return it == names.cend() ? appId : tr(it.value());
}

void AppsSection::refresh()
{
    const api::ConfigTree values = shown();
    QStringList ids = api::configschema::knownAppIds();
    const QStringList known = ids;
    for (const QString &id : values.keysAt(QStringLiteral("apps.installed"))) {
        if (!ids.contains(id))
            ids << id;
    }
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(appIdRole).toString() : QString();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QStringList reasons;
    for (const QString &id : std::as_const(ids)) {
        const bool isKnown = known.contains(id);
        auto *item = new QListWidgetItem(isKnown ? appName(id) : tr("%1 (an app this console does not know)").arg(id), m_list);
        item->setData(appIdRole, id);
        item->setCheckState(values.boolAt(enabledPath(id)).value_or(false) ? Qt::Checked : Qt::Unchecked);
        const QString reason = target() ? target()->blockedReason(ConfigSetting::boolean(enabledPath(id), true)) : QString();
        reasons << reason;
        item->setToolTip(reason.isEmpty() ? id : reason);
        item->setFlags(reason.isEmpty() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                                        : Qt::ItemIsSelectable);
        if (id == current)
            m_list->setCurrentItem(item);
    }
    showBlockedNote(reasons);
}

void AppsSection::itemChanged(QListWidgetItem *item)
{
    if (isRefreshing())
        return;
    setPending(ConfigSetting::boolean(enabledPath(item->data(appIdRole).toString()), item->checkState() == Qt::Checked));
}

} // namespace hexclave::ui
