#include "OutboxModel.h"

#include "TimeText.h"

#include "core/ApiClient.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace hexclave::models {

namespace {

QString shortLocalTime(qint64 millis)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(millis).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

OutboxModel::OutboxModel(api::ApiClient *client, api::ProjectScope scope, QObject *parent)
    : PagedRows<api::OutboxEmail>(parent)
    , m_client(client)
    , m_scope(std::move(scope))
{
    setPageSizes(50, 100); // the server's maximum is 100
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void OutboxModel::setFilter(const OutboxFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

api::ApiJob *OutboxModel::startPageRequest(const QString &cursor, int limit)
{
    if (!m_client)
        return nullptr;
    api::emails::OutboxQuery query;
    query.simpleStatus = m_filter.simpleStatus;
    query.status = m_filter.status;
    query.userId = m_filter.userId.trimmed();
    query.cursor = cursor;
    query.limit = std::clamp(limit, 1, 100);
    return m_client->send(api::emails::outbox(m_scope, query));
}

void OutboxModel::setUserName(const QString &userId, const QString &name)
{
    if (m_userNames.value(userId) == name && m_userNames.contains(userId))
        return;
    m_userNames.insert(userId, name);
    for (int row = 0; row < rowCount(); ++row) {
        const api::OutboxEmail *email = rowAt(row);
        if (email && email->recipientUserId == userId)
            Q_EMIT dataChanged(index(row, RecipientColumn), index(row, RecipientColumn));
    }
}

QStringList OutboxModel::unnamedUserIds(int first, int last) const
{
    QStringList ids;
    for (int row = std::max(0, first); row <= last && row < rowCount(); ++row) {
        const api::OutboxEmail *email = rowAt(row);
        if (email && !email->recipientUserId.isEmpty() && !m_userNames.contains(email->recipientUserId)
            && !ids.contains(email->recipientUserId))
            ids << email->recipientUserId;
    }
    return ids;
}

QStringList OutboxModel::statuses()
{
    QStringList ids;
    for (const api::OutboxStatus &status : api::outboxStatuses())
        ids << status.id;
    return ids;
}

bool OutboxFilter::matches(const api::OutboxEmail &email) const
{
    const QString group = email.simpleStatus.isEmpty() ? OutboxModel::simpleStatusOf(email.status) : email.simpleStatus;
    return (simpleStatus.isEmpty() || group == simpleStatus) && (status.isEmpty() || email.status == status)
        && (userId.isEmpty() || email.recipientUserId == userId);
}

QString OutboxModel::simpleStatusOf(const QString &status)
{
    for (const api::OutboxStatus &known : api::outboxStatuses()) {
        if (known.id == status)
            return known.simpleStatus;
    }
    return QStringLiteral("in-progress");
}

QStringList OutboxModel::statusesOf(const QString &simpleStatus)
{
    QStringList matching;
    const QStringList all = statuses();
    for (const QString &status : all) {
        if (simpleStatus.isEmpty() || simpleStatusOf(status) == simpleStatus)
            matching << status;
    }
    return matching;
}

QString OutboxModel::statusText(const QString &status)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("paused"), QT_TR_NOOP("Paused")},
        {QStringLiteral("preparing"), QT_TR_NOOP("Preparing")},
        {QStringLiteral("rendering"), QT_TR_NOOP("Rendering")},
        {QStringLiteral("render-error"), QT_TR_NOOP("Could not be rendered")},
        {QStringLiteral("scheduled"), QT_TR_NOOP("Scheduled")},
        {QStringLiteral("queued"), QT_TR_NOOP("Queued")},
        {QStringLiteral("sending"), QT_TR_NOOP("Sending")},
        {QStringLiteral("server-error"), QT_TR_NOOP("Server error")},
        {QStringLiteral("skipped"), QT_TR_NOOP("Skipped")},
        {QStringLiteral("bounced"), QT_TR_NOOP("Bounced")},
        {QStringLiteral("delivery-delayed"), QT_TR_NOOP("Delivery delayed")},
        {QStringLiteral("sent"), QT_TR_NOOP("Sent")},
        {QStringLiteral("opened"), QT_TR_NOOP("Opened")},
        {QStringLiteral("clicked"), QT_TR_NOOP("Clicked")},
        {QStringLiteral("marked-as-spam"), QT_TR_NOOP("Marked as spam")},
    };
    const char *name = names.value(status);
    return name ? tr(name) : status;
}

QString OutboxModel::statusDescription(const QString &status)
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("paused"), QT_TR_NOOP("Paused by an administrator: it is not sent until resumed.")},
        {QStringLiteral("preparing"), QT_TR_NOOP("Waiting to be rendered.")},
        {QStringLiteral("rendering"), QT_TR_NOOP("Its template is being rendered.")},
        {QStringLiteral("render-error"), QT_TR_NOOP("Its template could not be rendered; it will not be sent.")},
        {QStringLiteral("scheduled"), QT_TR_NOOP("Rendered, waiting for its scheduled time.")},
        {QStringLiteral("queued"), QT_TR_NOOP("Waiting for a free slot to be sent.")},
        {QStringLiteral("sending"), QT_TR_NOOP("Being handed to the email server right now.")},
        {QStringLiteral("server-error"), QT_TR_NOOP("The email server refused or failed to take it.")},
        {QStringLiteral("skipped"), QT_TR_NOOP("Not sent, on purpose.")},
        {QStringLiteral("bounced"), QT_TR_NOOP("The recipient's server sent it back.")},
        {QStringLiteral("delivery-delayed"), QT_TR_NOOP("The recipient's server has not accepted it yet; it is retried.")},
        {QStringLiteral("sent"), QT_TR_NOOP("Handed to the email server.")},
        {QStringLiteral("opened"), QT_TR_NOOP("Delivered and opened by the recipient.")},
        {QStringLiteral("clicked"), QT_TR_NOOP("Delivered, and a link in it was clicked.")},
        {QStringLiteral("marked-as-spam"), QT_TR_NOOP("Delivered, and the recipient marked it as spam.")},
    };
    const char *text = texts.value(status);
    return text ? tr(text) : QString();
}

QString OutboxModel::simpleStatusText(const QString &simpleStatus)
{
    if (simpleStatus == u"in-progress")
        return tr("In progress");
    if (simpleStatus == u"ok")
        return tr("Delivered");
    if (simpleStatus == u"error")
        return tr("Failed");
    return simpleStatus;
}

QString OutboxModel::skippedReasonText(const QString &reason)
{
    if (reason.isEmpty() || reason == u"UNKNOWN")
        return tr("No reason given");
    if (reason == u"MANUALLY_CANCELLED")
        return tr("Cancelled by an administrator");
    if (reason == u"USER_UNSUBSCRIBED")
        return tr("The user unsubscribed from this kind of email");
    if (reason == u"USER_HAS_NO_PRIMARY_EMAIL" || reason == u"NO_PRIMARY_EMAIL")
        return tr("The user has no primary email address");
    // Any other reason the server names: "SOME_REASON" → "Some reason".
    QString words = reason.toLower().replace(u'_', u' ');
    words[0] = words.at(0).toUpper();
    return words;
}

QString OutboxModel::recipientText(const api::OutboxEmail &email, const QString &userName)
{
    if (!email.recipientEmails.isEmpty()) {
        if (email.recipientEmails.size() == 1)
            return email.recipientEmails.constFirst();
        return tr("%1 and %n more", nullptr, int(email.recipientEmails.size() - 1)).arg(email.recipientEmails.constFirst());
    }
    if (!email.recipientUserId.isEmpty())
        return userName.isEmpty() ? tr("User %1").arg(email.recipientUserId) : userName;
    return tr("(no recipient)");
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const api::OutboxEmail *email = rowAt(index.row());
    if (role == IsPlaceholderRole)
        return email == nullptr;
    if (!email)
        return role == Qt::DisplayRole && index.column() == CreatedColumn ? QVariant(tr("Loading…")) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayData(*email, index.column());
    case Qt::ToolTipRole:
        return toolTipData(*email, index.column());
    case RawValueRole:
        return rawData(*email, index.column());
    case SimpleStatusRole:
        return email->simpleStatus.isEmpty() ? simpleStatusOf(email->status) : email->simpleStatus;
    case EmailIdRole:
        return email->id;
    case IsPausedRole:
        return email->isPaused;
    default:
        return {};
    }
}

QVariant OutboxModel::displayData(const api::OutboxEmail &email, int column) const
{
    switch (column) {
    case CreatedColumn:
        return shortLocalTime(email.createdAtMillis);
    case RecipientColumn:
        return recipientText(email, m_userNames.value(email.recipientUserId));
    case SubjectColumn:
        return email.subject.isEmpty() ? tr("(not rendered)") : email.subject;
    case StatusColumn:
        return statusText(email.status);
    case ScheduledColumn:
        return email.scheduledAtMillis ? shortLocalTime(*email.scheduledAtMillis) : QString();
    default:
        return {};
    }
}

QVariant OutboxModel::toolTipData(const api::OutboxEmail &email, int column) const
{
    switch (column) {
    case CreatedColumn:
        return absoluteTime(email.createdAtMillis);
    case RecipientColumn: {
        QStringList lines;
        if (!email.recipientUserId.isEmpty())
            lines << tr("User ID: %1").arg(email.recipientUserId);
        if (!email.recipientEmails.isEmpty())
            lines << email.recipientEmails.join(u'\n');
        return lines.join(u'\n');
    }
    case SubjectColumn:
        return email.subject;
    case StatusColumn: {
        QString text = statusDescription(email.status);
        if (!email.skippedReason.isEmpty())
            text += u'\n' + skippedReasonText(email.skippedReason);
        return text;
    }
    case ScheduledColumn:
        return email.scheduledAtMillis ? QVariant(absoluteTime(*email.scheduledAtMillis)) : QVariant();
    default:
        return {};
    }
}

QVariant OutboxModel::rawData(const api::OutboxEmail &email, int column) const
{
    switch (column) {
    case CreatedColumn: return email.createdAtMillis;
    case RecipientColumn: return email.recipientUserId.isEmpty() ? email.recipientEmails.join(u',') : email.recipientUserId;
    case SubjectColumn: return email.subject;
    case StatusColumn: return email.status;
    case ScheduledColumn: return email.scheduledAtMillis ? QVariant(*email.scheduledAtMillis) : QVariant();
    default: return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && (section == CreatedColumn || section == ScheduledColumn))
        return tr("In this computer's time zone (%1)").arg(QDateTime::currentDateTime().timeZoneAbbreviation());
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn: return tr("Created");
    case RecipientColumn: return tr("Recipient");
    case SubjectColumn: return tr("Subject");
    case StatusColumn: return tr("Status");
    case ScheduledColumn: return tr("Scheduled for");
    default: return {};
    }
}

} // namespace hexclave::models
