#pragma once

#include "ListTableModel.h"

#include "dto/User.h"

#include <QStringList>

namespace hexclave::models {

// One person an email is sent to: who (as far as the client knows them) and, once sent, what
// the server answered about them.
struct SendRecipient
{
    enum class Outcome {
        NotSent,  // the email was not sent yet
        Accepted, // in the server's answer: queued
        Missing,  // requested, but not in the server's answer
    };

    QString id;
    QString name;  // empty when only the id is known
    QString email; // the primary email; empty when the user has none (or it is not known)
    bool emailKnown = true; // false for ids the server answered that the list did not hold
    Outcome outcome = Outcome::NotSent;

    static SendRecipient of(const api::User &user);
    static SendRecipient onlyId(const QString &userId);
    bool hasEmail() const { return !email.isEmpty(); }
};

// The recipients of an email sent from the console: the users chosen (each once, in the order
// chosen) and, after sending, the outcome for each one.
class SendRecipientsModel : public ListTableModel<SendRecipient>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendRecipientsModel)

public:
    enum Column { UserColumn, EmailColumn, OutcomeColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        OutcomeRole = FirstCustomRole, // SendRecipient::Outcome as int
        HasEmailRole,                  // bool
        WillBeSkippedRole,             // bool: known to have no primary email
        IsMissingRole,                 // bool: requested, but not in the server's answer
    };

    explicit SendRecipientsModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the list (duplicates are left out).
    void setUsers(const QList<api::User> &users);
    // Appends the users the list does not hold yet; returns how many that were.
    int addUsers(const QList<api::User> &users);
    // Takes out the users with these ids; returns how many were taken out.
    int removeUsers(const QStringList &userIds);

    QStringList userIds() const;
    int withoutEmailCount() const; // users the client knows have no primary email
    int count(SendRecipient::Outcome outcome) const;

    // The server's answer: those in `acceptedIds` are Accepted, the others Missing. Ids the list
    // does not hold (e.g. every user, for "all users") are added, known only by their id.
    void applyResults(const QStringList &acceptedIds);

    static QString outcomeText(const SendRecipient &recipient);

protected:
    QVariant displayData(const SendRecipient &recipient, int column) const override;
    QVariant toolTipData(const SendRecipient &recipient, int column) const override;
    QVariant roleData(const SendRecipient &recipient, int column, int role) const override;
};

} // namespace hexclave::models
