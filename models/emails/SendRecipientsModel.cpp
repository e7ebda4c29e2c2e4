#include "SendRecipientsModel.h"

#include <QSet>

namespace hexclave::models {

SendRecipient SendRecipient::of(const api::User &user)
{
    SendRecipient recipient;
    recipient.id = user.id;
    recipient.name = user.displayName.value_or(QString());
    recipient.email = user.primaryEmail.value_or(QString());
    return recipient;
}

SendRecipient SendRecipient::onlyId(const QString &userId)
{
    SendRecipient recipient;
    recipient.id = userId;
    recipient.emailKnown = false;
    return recipient;
}

SendRecipientsModel::SendRecipientsModel(QObject *parent)
    : ListTableModel(parent)
{
}

int SendRecipientsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SendRecipientsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserColumn: return tr("User");
    case EmailColumn: return tr("Primary email");
    case OutcomeColumn: return tr("Result");
    default: return {};
    }
}

void SendRecipientsModel::setUsers(const QList<api::User> &users)
{
    QList<SendRecipient> recipients;
    recipients.reserve(users.size());
    QSet<QString> seen;
    for (const api::User &user : users) {
        if (!seen.contains(user.id)) {
            seen.insert(user.id);
            recipients.append(SendRecipient::of(user));
        }
    }
    setRows(std::move(recipients));
}

int SendRecipientsModel::addUsers(const QList<api::User> &users)
{
    int added = 0;
    for (const api::User &user : users) {
        if (rowOf(user.id) < 0) {
            appendRow(SendRecipient::of(user));
            ++added;
        }
    }
    return added;
}

int SendRecipientsModel::removeUsers(const QStringList &userIds)
{
    int removed = 0;
    for (const QString &id : userIds) {
        const int row = rowOf(id);
        if (row >= 0) {
            removeRowAt(row);
            ++removed;
        }
    }
    return removed;
}

QStringList SendRecipientsModel::userIds() const
{
    QStringList ids;
    ids.reserve(rows().size());
    for (const SendRecipient &recipient : rows())
        ids << recipient.id;
    return ids;
}

int SendRecipientsModel::withoutEmailCount() const
{
    return int(std::count_if(rows().cbegin(), rows().cend(),
                             [](const SendRecipient &recipient) { return recipient.emailKnown && !recipient.hasEmail(); }));
}

int SendRecipientsModel::count(SendRecipient::Outcome outcome) const
{
    return int(std::count_if(rows().cbegin(), rows().cend(),
                             [outcome](const SendRecipient &recipient) { return recipient.outcome == outcome; }));
}

void SendRecipientsModel::applyResults(const QStringList &acceptedIds)
{
    const QSet<QString> accepted(acceptedIds.cbegin(), acceptedIds.cend());
    QList<SendRecipient> recipients = rows();
    QSet<QString> held;
    held.reserve(recipients.size());
    for (SendRecipient &recipient : recipients) {
        held.insert(recipient.id);
        recipient.outcome = accepted.contains(recipient.id) ? SendRecipient::Outcome::Accepted
                                                            : SendRecipient::Outcome::Missing;
    }
    for (const QString &id : acceptedIds) {
        if (!held.contains(id)) {
            held.insert(id);
            SendRecipient recipient = SendRecipient::onlyId(id);
            recipient.outcome = SendRecipient::Outcome::Accepted;
            recipients.append(recipient);
        }
    }
    setRows(std::move(recipients));
}

QString SendRecipientsModel::outcomeText(const SendRecipient &recipient)
{
    switch (recipient.outcome) {
    case SendRecipient::Outcome::NotSent: return {};
    case SendRecipient::Outcome::Missing: return tr("Not in the server's answer");
    case SendRecipient::Outcome::Accepted:
        return recipient.emailKnown && !recipient.hasEmail() ? tr("Accepted (no email address: will be skipped)")
                                                             : tr("Accepted");
    }
    return {};
}

QVariant SendRecipientsModel::displayData(const SendRecipient &recipient, int column) const
{
    switch (column) {
    case UserColumn: return recipient.name.isEmpty() ? recipient.id : recipient.name;
    case EmailColumn:
        if (!recipient.emailKnown)
            return QString();
        return recipient.hasEmail() ? recipient.email : tr("(no email address)");
    case OutcomeColumn: return outcomeText(recipient);
    default: return {};
    }
}

QVariant SendRecipientsModel::toolTipData(const SendRecipient &recipient, int column) const
{
    switch (column) {
    case UserColumn: return tr("User ID: %1").arg(recipient.id);
    case EmailColumn:
        return recipient.emailKnown && !recipient.hasEmail()
            ? tr("This user has no primary email address; the server skips them.")
            : QVariant();
    case OutcomeColumn:
        if (recipient.outcome == SendRecipient::Outcome::Missing)
            return tr("The server's answer does not list this user: no email was queued for them.");
        if (recipient.outcome == SendRecipient::Outcome::Accepted)
            return tr("Queued. Whether it was delivered shows in the Outbox.");
        return {};
    default: return {};
    }
}

QVariant SendRecipientsModel::roleData(const SendRecipient &recipient, int, int role) const
{
    switch (role) {
    case OutcomeRole: return int(recipient.outcome);
    case HasEmailRole: return recipient.hasEmail();
    case WillBeSkippedRole: return recipient.emailKnown && !recipient.hasEmail();
    case IsMissingRole: return recipient.outcome == SendRecipient::Outcome::Missing;
    default: return {};
    }
}

} // namespace hexclave::models
