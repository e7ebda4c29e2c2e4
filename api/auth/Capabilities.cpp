#include "Capabilities.h"

#include <QCoreApplication>

namespace hexclave::api {

namespace {

Capability full()
{
    return {};
}

Capability partial(const QString &why)
{
    return {Capability::Level::Partial, why};
}

Capability none(const QString &why)
{
    return {Capability::Level::None, why};
}

} // namespace

QList<Area> allAreas()
{
    return {Area::Overview, Area::Users,    Area::Teams,  Area::Permissions, Area::ApiKeys,
            Area::Payments, Area::Emails, Area::Support, Area::Config};
}

QString areaId(Area area)
{
    switch (area) {
    case Area::Overview: return QStringLiteral("overview");
    case Area::Users: return QStringLiteral("users");
    case Area::Teams: return QStringLiteral("teams");
    case Area::Permissions: return QStringLiteral("permissions");
    case Area::ApiKeys: return QStringLiteral("api-keys");
    case Area::Payments: return QStringLiteral("payments");
    case Area::Emails: return QStringLiteral("emails");
    case Area::Support: return QStringLiteral("support");
    case Area::Config: return QStringLiteral("config");
    }
    return {};
}

QString areaTitle(Area area)
{
    switch (area) {
    case Area::Overview: return QCoreApplication::translate("hexclave::api::Capabilities", "Overview");
    case Area::Users: return QCoreApplication::translate("hexclave::api::Capabilities", "Users");
    case Area::Teams: return QCoreApplication::translate("hexclave::api::Capabilities", "Teams");
    case Area::Permissions: return QCoreApplication::translate("hexclave::api::Capabilities", "Permissions");
    case Area::ApiKeys: return QCoreApplication::translate("hexclave::api::Capabilities", "API Keys");
    case Area::Payments: return QCoreApplication::translate("hexclave::api::Capabilities", "Payments");
    case Area::Emails: return QCoreApplication::translate("hexclave::api::Capabilities", "Emails");
    case Area::Support: return QCoreApplication::translate("hexclave::api::Capabilities", "Support");
    case Area::Config: return QCoreApplication::translate("hexclave::api::Capabilities", "Configuration");
    }
    return {};
}

bool areaFromId(const QString &id, Area *area)
{
    for (Area candidate : allAreas()) {
        if (areaId(candidate) == id) {
            *area = candidate;
            return true;
        }
    }
    return false;
}

Capability capabilityFor(CredentialKind kind, Area area)
{
    if (kind == CredentialKind::DashboardAccount)
        return full();

    if (area == Area::Support)
        return none(QCoreApplication::translate("hexclave::api::Capabilities", "Support conversations are answered as a person: connect with a dashboard account "
                       "(browser or email sign-in) to use them."));
    if (kind == CredentialKind::AdminKey)
        return full();

    switch (area) {
    case Area::Users:
    case Area::Teams:
        return full();
    case Area::Overview:
        return none(QCoreApplication::translate("hexclave::api::Capabilities", "The overview needs the project's metrics, which only admin access can read. "
                       "Connect with an admin key or a dashboard account."));
    case Area::Permissions:
        return partial(QCoreApplication::translate("hexclave::api::Capabilities", "A server key can grant and revoke permissions but cannot see or edit their "
                          "definitions. Use an admin key or a dashboard account for that."));
    case Area::ApiKeys:
        return partial(QCoreApplication::translate("hexclave::api::Capabilities", "A server key can manage user and team API keys but not the project's own keys. "
                          "Use an admin key or a dashboard account for those."));
    case Area::Payments:
        return partial(QCoreApplication::translate("hexclave::api::Capabilities", "A server key can read and change customers' items but not products, the ledger "
                          "or refunds. Use an admin key or a dashboard account for those."));
    case Area::Emails:
        return partial(QCoreApplication::translate("hexclave::api::Capabilities", "A server key can send emails and read the outbox but not edit drafts, templates "
                          "or themes. Use an admin key or a dashboard account for those."));
    case Area::Config:
        return none(QCoreApplication::translate("hexclave::api::Capabilities", "Project configuration needs admin access. Connect with an admin key or a dashboard account."));
    case Area::Support:
        break;
    }
    return full();
}

} // namespace hexclave::api
