#include "UsersModel.h"

#include "TimeText.h"

#include "core/ApiClient.h"

#include <QDateTime>
#include <QHash>

namespace hexclave::models {

api::users::ListQuery UsersFilter::toListQuery(int limit, const QString &cursor) const
{
    api::users::ListQuery query;
    query.limit = limit;
    query.cursor = cursor;
    query.orderBy = orderBy;
    query.descending = descending;
    query.search = search.trimmed();
    query.includeRestricted = includeRestricted;
    query.includeAnonymous = includeAnonymous || onlyAnonymous; // the server refuses only_anonymous without it
    query.onlyAnonymous = onlyAnonymous;
    return query;
}

UsersModel::UsersModel(api::ApiClient *client, api::ProjectScope scope, QObject *parent)
    : PagedRows<api::User>(parent)
    , m_client(client)
    , m_scope(std::move(scope))
{
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void UsersModel::setFilter(const UsersFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

api::ApiJob *UsersModel::startPageRequest(const QString &cursor, int limit)
{
    if (!m_client)
        return nullptr;
    return m_client->send(api::users::list(m_scope, m_filter.toListQuery(limit, cursor)));
}

QString UsersModel::nameText(const api::User &user)
{
    if (user.displayName && !user.displayName->isEmpty())
        return *user.displayName;
    return user.isAnonymous ? tr("Anonymous user") : tr("(no name)");
}

QString UsersModel::oauthProviderName(const QString &providerId)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("github"), QStringLiteral("GitHub")},       {QStringLiteral("gitlab"), QStringLiteral("GitLab")},
        {QStringLiteral("google"), QStringLiteral("Google")},       {QStringLiteral("microsoft"), QStringLiteral("Microsoft")},
        {QStringLiteral("facebook"), QStringLiteral("Facebook")},   {QStringLiteral("spotify"), QStringLiteral("Spotify")},
        {QStringLiteral("discord"), QStringLiteral("Discord")},     {QStringLiteral("linkedin"), QStringLiteral("LinkedIn")},
        {QStringLiteral("apple"), QStringLiteral("Apple")},         {QStringLiteral("bitbucket"), QStringLiteral("Bitbucket")},
        {QStringLiteral("twitch"), QStringLiteral("Twitch")},       {QStringLiteral("x"), QStringLiteral("X")},
    };
    return names.value(providerId, providerId);
}

QString UsersModel::authMethodsText(const api::User &user)
{
    QStringList methods;
    if (user.hasPassword)
        methods << tr("Password");
    if (user.otpAuthEnabled)
        methods << tr("Email code");
    if (user.passkeyAuthEnabled)
        methods << tr("Passkey");
    for (const api::OAuthProviderLink &provider : user.oauthProviders)
        methods << oauthProviderName(provider.id);
    return methods.isEmpty() ? tr("None") : methods.join(QStringLiteral(", "));
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const api::User *user = rowAt(index.row());
    if (role == IsPlaceholderRole)
        return user == nullptr;
    if (!user)
        return role == Qt::DisplayRole && index.column() == NameColumn ? QVariant(tr("Loading…")) : QVariant();

    switch (role) {
    case Qt::DisplayRole:
        return displayData(*user, index.column());
    case RawValueRole:
        return rawData(*user, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SignedUpColumn)
            return absoluteTime(user->signedUpAtMillis);
        if (index.column() == LastActiveColumn && user->lastActiveAtMillis)
            return absoluteTime(*user->lastActiveAtMillis);
        if (index.column() == IdColumn)
            return user->id;
        if (index.column() == EmailVerifiedColumn)
            return !user->primaryEmail ? tr("No email") : user->primaryEmailVerified ? tr("Email verified") : tr("Email not verified");
        if (index.column() == NameColumn && user->isRestricted)
            return tr("Restricted: %1").arg(user->restrictedByAdminReason.value_or(user->restrictedReasonType));
        return {};
    case EmailVerifiedRole:
        return user->primaryEmail ? QVariant(user->primaryEmailVerified) : QVariant();
    case Qt::AccessibleTextRole:
        if (index.column() == EmailVerifiedColumn)
            return data(index, Qt::ToolTipRole);
        return displayData(*user, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == EmailVerifiedColumn)
            return int(Qt::AlignCenter);
        return {};
    default:
        return {};
    }
}

QVariant UsersModel::displayData(const api::User &user, int column) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    switch (column) {
    case NameColumn:
        return nameText(user);
    case EmailColumn:
        return user.primaryEmail.value_or(QString());
    case IdColumn:
        return user.id;
    case EmailVerifiedColumn:
        return {}; // shown as an icon by the view (see EmailVerifiedRole)
    case LastActiveColumn:
        return user.lastActiveAtMillis ? relativeTime(*user.lastActiveAtMillis, now) : tr("Never");
    case AuthMethodsColumn:
        return authMethodsText(user);
    case SignedUpColumn:
        return relativeTime(user.signedUpAtMillis, now);
    default:
        return {};
    }
}

QVariant UsersModel::rawData(const api::User &user, int column) const
{
    switch (column) {
    case NameColumn:
        return user.displayName.value_or(QString());
    case EmailColumn:
        return user.primaryEmail.value_or(QString());
    case IdColumn:
        return user.id;
    case EmailVerifiedColumn:
        return user.primaryEmailVerified;
    case LastActiveColumn:
        return user.lastActiveAtMillis ? QVariant(*user.lastActiveAtMillis) : QVariant();
    case AuthMethodsColumn:
        return authMethodsText(user);
    case SignedUpColumn:
        return user.signedUpAtMillis;
    default:
        return {};
    }
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("User");
    case EmailColumn: return tr("Email");
    case IdColumn: return tr("User ID");
    case EmailVerifiedColumn: return tr("Verified");
    case LastActiveColumn: return tr("Last active");
    case AuthMethodsColumn: return tr("Auth methods");
    case SignedUpColumn: return tr("Signed up");
    default: return {};
    }
}

} // namespace hexclave::models
