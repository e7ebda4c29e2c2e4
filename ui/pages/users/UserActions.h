#pragma once

#include "ProjectContext.h"
#include "bulk/BulkAction.h"
#include "core/ApiError.h"
#include "dto/User.h"

#include <QList>
#include <QKeySequence>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace hexclave::models {
class UsersModel;
}

namespace hexclave::ui {

// The commands of the users page — per user (edit, restrict, delete, impersonate, mails, copy)
// and on a multi-selection (bulk delete / restrict / add to team / grant permission, export) —
// with their shortcuts, when each applies, and the dialog each opens.
class UserActions : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserActions)

public:
    // `page` hosts the dialogs and the page-wide shortcuts (New, Export); the shortcuts for the
    // selected users are active while `table` has the focus.
    UserActions(const ProjectContext &context, models::UsersModel *model, QWidget *page, QWidget *table);

    // The selected users that are loaded; the first is the current one.
    void setSelection(const QList<api::User> &users);
    const QList<api::User> &selection() const { return m_selection; }

    QAction *createUser() const { return m_create; }
    QAction *editUser() const { return m_edit; }
    QAction *restrictUser() const { return m_restrict; }
    QAction *removeTwoFactor() const { return m_removeTwoFactor; }
    QAction *deleteUsers() const { return m_delete; }
    QAction *impersonate() const { return m_impersonate; }
    QAction *sendPasswordReset() const { return m_sendPasswordReset; }
    QAction *sendInvitation() const { return m_sendInvitation; }
    QAction *sendDraftEmail() const { return m_sendDraftEmail; } // a draft to the selected users
    QAction *startSupportConversation() const { return m_startSupportConversation; }
    QAction *showSupportConversations() const { return m_showSupportConversations; }
    QAction *copyIds() const { return m_copyIds; }
    QAction *copyEmails() const { return m_copyEmails; }
    QAction *addToTeam() const { return m_addToTeam; }
    QAction *grantPermission() const { return m_grantPermission; }
    QAction *exportUsers() const { return m_export; }

    // The context menu of the table and the page's "Actions" button.
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    void userCreated(const hexclave::api::User &user);
    void userChanged(const hexclave::api::User &user);
    void userDeleted(const QString &userId);
    // Several users may have changed (bulk actions): the list should be reloaded.
    void usersChanged();
    // An action without a dialog of its own failed (e.g. removing 2FA): `what` says which.
    void actionFailed(const QString &what, const hexclave::api::ApiError &error);
    // "Follow them in the Outbox" of the Send email dialog: show the Emails page's Outbox. The
    // dialog offers the link only while something is connected here.
    void openEmailsOutboxRequested();
    // The Support page should start a conversation with this user, or list their conversations.
    void startSupportConversationRequested(const hexclave::api::User &user);
    void showSupportConversationsRequested(const hexclave::api::User &user);

private:
    QAction *addAction(const QString &text, const QString &icon, const QKeySequence &shortcut = {});
    void updateEnabled();
    void openCreate();
    void openEdit();
    void openRestrict();
    void confirmRemoveTwoFactor();
    void openDelete();
    void openImpersonate();
    void openSendEmail(bool invitation);
    void openSendDraftEmail();
    void copy(bool emails);
    void openBulk(models::BulkAction::Kind action);
    void openExport();
    template <class Dialog>
    Dialog *show(Dialog *dialog);

    ProjectContext m_context;
    models::UsersModel *m_model;
    QWidget *m_page;
    QWidget *m_table;
    QList<api::User> m_selection;

    QAction *m_create;
    QAction *m_edit;
    QAction *m_restrict;
    QAction *m_removeTwoFactor;
    QAction *m_delete;
    QAction *m_impersonate;
    QAction *m_sendPasswordReset;
    QAction *m_sendInvitation;
    QAction *m_sendDraftEmail;
    QAction *m_startSupportConversation;
    QAction *m_showSupportConversations;
    QAction *m_copyIds;
    QAction *m_copyEmails;
    QAction *m_addToTeam;
    QAction *m_grantPermission;
    QAction *m_export;
    QMenu *m_menu;
};

} // namespace hexclave::ui
