#pragma once

#include "dto/User.h"

#include <QCoreApplication>
#include <QString>

namespace hexclave::models {

// One user a bulk action applies to: the id it is sent for, and how people know the user.
struct BulkTarget
{
    QString userId;
    QString label;                  // display name, email or id (api::User::label())
    bool restrictedByAdmin = false; // as the list showed the user: restricting a mixed selection

    static BulkTarget of(const api::User &user) { return {user.id, user.label(), user.restrictedByAdmin}; }

    bool operator==(const BulkTarget &) const = default;
};

// What a bulk action does to each user, with its parameters.
struct BulkAction
{
    Q_DECLARE_TR_FUNCTIONS(hexclave::models::BulkAction)

public:
    enum class Kind { Delete, Restrict, Unrestrict, AddToTeam, GrantProjectPermission };

    Kind kind = Kind::Delete;
    QString restrictReason;  // Restrict: the public reason (may be empty)
    QString restrictDetails; // Restrict: private details for administrators (may be empty)
    QString teamId;          // AddToTeam
    QString teamName;        // AddToTeam, for people
    QString permissionId;    // GrantProjectPermission

    static BulkAction deleteUsers();
    static BulkAction restrict(const QString &reason, const QString &details);
    static BulkAction unrestrict();
    static BulkAction addToTeam(const QString &teamId, const QString &teamName);
    static BulkAction grantProjectPermission(const QString &permissionId);

    // "Delete 25 users", "Add 3 users to Marketing": for titles and the confirming button.
    QString summary(int userCount) const;
    // The request is a POST, which the client never repeats on its own: after an uncertain
    // failure the runner looks up whether it happened instead of sending it again.
    bool isPost() const { return kind == Kind::AddToTeam || kind == Kind::GrantProjectPermission; }
};

} // namespace hexclave::models
