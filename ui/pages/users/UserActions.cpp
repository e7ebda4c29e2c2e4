#include "UserActions.h"

#include "UsersModel.h"
#include "dialogs/BulkActionDialog.h"
#include "dialogs/CreateUserDialog.h"
#include "dialogs/DeleteUserDialog.h"
#include "dialogs/EditUserDialog.h"
#include "dialogs/ExportUsersDialog.h"
#include "dialogs/ImpersonateDialog.h"
#include "dialogs/RestrictUserDialog.h"
#include "dialogs/SendUserEmailDialog.h"
#include "dialogs/UserConfirmations.h"
#include "pages/emails/send/SendEmailDialog.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMetaMethod>
#include <QWidget>

namespace hexclave::ui {

UserActions::UserActions(const ProjectContext &context, models::UsersModel *model, QWidget *page, QWidget *table)
    : QObject(page)
    , m_context(context)
    , m_model(model)
    , m_page(page)
    , m_table(table)
    , m_menu(new QMenu(page))
{
    m_create = addAction(tr("&New user…"), QStringLiteral("users"), QKeySequence::New);
    m_edit = addAction(tr("&Edit user…"), {}, QKeySequence(Qt::Key_F2));
    m_restrict = addAction(tr("&Restrict…"), QStringLiteral("lock"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_removeTwoFactor = addAction(tr("Remove &two-factor authentication…"), {});
    m_impersonate = addAction(tr("&Impersonate…"), QStringLiteral("eye"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_sendPasswordReset = addAction(tr("Send &password-reset email…"), QStringLiteral("emails"));
    m_sendInvitation = addAction(tr("Send sign-in in&vitation…"), QStringLiteral("emails"));
    m_sendDraftEmail = addAction(tr("Send emai&l…"), QStringLiteral("emails"));
    m_startSupportConversation = addAction(tr("Start s&upport conversation…"), QStringLiteral("support"));
    m_showSupportConversations = addAction(tr("Support con&versations…"), {});
    m_addToTeam = addAction(tr("Add to &team…"), QStringLiteral("teams"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_grantPermission = addAction(tr("&Grant project permission…"), QStringLiteral("permissions"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_copyIds = addAction(tr("Copy user &ID"), QStringLiteral("copy"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyEmails = addAction(tr("Copy e&mail"), QStringLiteral("copy"), QKeySequence::Copy);
    m_export = addAction(tr("E&xport users…"), {}, QKeySequence(Qt::CTRL | Qt::Key_E));
    m_delete = addAction(tr("&Delete…"), QStringLiteral("cross"), QKeySequence::Delete);

    m_create->setToolTip(tr("Create a user (%1)").arg(m_create->shortcut().toString(QKeySequence::NativeText)));
    m_export->setToolTip(tr("Export the users matching the search and filters to CSV or JSON (%1)")
                             .arg(m_export->shortcut().toString(QKeySequence::NativeText)));

    for (QAction *action : {m_edit, m_restrict, m_removeTwoFactor, m_impersonate, m_sendPasswordReset, m_sendInvitation,
                            m_sendDraftEmail})
        m_menu->addAction(action);
    m_menu->addSeparator();
    m_menu->addAction(m_startSupportConversation);
    m_menu->addAction(m_showSupportConversations);
    m_menu->addSeparator();
    m_menu->addAction(m_addToTeam);
    m_menu->addAction(m_grantPermission);
    m_menu->addSeparator();
    m_menu->addAction(m_copyIds);
    m_menu->addAction(m_copyEmails);
    m_menu->addSeparator();
    m_menu->addAction(m_delete);

    connect(m_create, &QAction::triggered, this, &UserActions::openCreate);
    connect(m_edit, &QAction::triggered, this, &UserActions::openEdit);
    connect(m_restrict, &QAction::triggered, this, &UserActions::openRestrict);
    connect(m_removeTwoFactor, &QAction::triggered, this, &UserActions::confirmRemoveTwoFactor);
    connect(m_delete, &QAction::triggered, this, &UserActions::openDelete);
    connect(m_impersonate, &QAction::triggered, this, &UserActions::openImpersonate);
    connect(m_sendPasswordReset, &QAction::triggered, this, [this] { openSendEmail(false); });
    connect(m_sendInvitation, &QAction::triggered, this, [this] { openSendEmail(true); });
    connect(m_sendDraftEmail, &QAction::triggered, this, &UserActions::openSendDraftEmail);
    connect(m_startSupportConversation, &QAction::triggered, this, [this] {
        if (m_selection.size() == 1)
            Q_EMIT startSupportConversationRequested(m_selection.first());
    });
    connect(m_showSupportConversations, &QAction::triggered, this, [this] {
        if (m_selection.size() == 1)
            Q_EMIT showSupportConversationsRequested(m_selection.first());
    });
    connect(m_copyIds, &QAction::triggered, this, [this] { copy(false); });
    connect(m_copyEmails, &QAction::triggered, this, [this] { copy(true); });
    connect(m_addToTeam, &QAction::triggered, this, [this] { openBulk(models::BulkAction::Kind::AddToTeam); });
    connect(m_grantPermission, &QAction::triggered, this,
            [this] { openBulk(models::BulkAction::Kind::GrantProjectPermission); });
    connect(m_export, &QAction::triggered, this, &UserActions::openExport);
    updateEnabled();
}

QAction *UserActions::addAction(const QString &text, const QString &icon, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    if (!icon.isEmpty())
        action->setIcon(themedIcon(icon));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        // Keys that act on the selected users work in the table only (Delete or Ctrl+C in a
        // detail tab or the search field mean something else there); New and Export anywhere
        // on the page.
        const bool pageWide = shortcut == QKeySequence::New || shortcut == QKeySequence(Qt::CTRL | Qt::Key_E);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        (pageWide ? m_page : m_table)->addAction(action);
    }
    return action;
}

void UserActions::setSelection(const QList<api::User> &users)
{
    m_selection = users;
    updateEnabled();
}

void UserActions::updateEnabled()
{
    const int count = int(m_selection.size());
    const bool one = count == 1;
    const bool any = count > 0;
    const api::User *user = one ? &m_selection.first() : nullptr;
    const bool hasEmail = user && user->primaryEmail && !user->primaryEmail->isEmpty();

    m_edit->setEnabled(one);
    m_restrict->setEnabled(any);
    m_restrict->setText(user && user->restrictedByAdmin ? tr("Lift &restriction…") : tr("&Restrict…"));
    // requires_totp_mfa is the authenticator-app second factor; otp_auth_enabled is one-time-code sign-in.
    m_removeTwoFactor->setEnabled(user && user->requiresTotpMfa);
    m_impersonate->setEnabled(one);
    m_sendPasswordReset->setEnabled(hasEmail);
    m_sendInvitation->setEnabled(hasEmail);
    m_copyIds->setEnabled(any);
    m_copyEmails->setEnabled(any);
    m_addToTeam->setEnabled(any);
    m_delete->setEnabled(any);
    m_delete->setText(count > 1 ? tr("&Delete %n user(s)…", nullptr, count) : tr("&Delete…"));

    const api::Capability permissions =
        m_context.isValid() ? m_context.capability(api::Area::Permissions) : api::Capability{};
    m_grantPermission->setEnabled(any && m_context.isValid() && permissions.available());
    m_grantPermission->setToolTip(permissions.available() ? QString() : permissions.explanation);
    const QString noEmail = one && !hasEmail ? tr("This user has no email address.") : QString();
    m_sendPasswordReset->setToolTip(noEmail);
    m_sendInvitation->setToolTip(noEmail);
    // Drafts are admin-only (/internal/email-drafts): with a server key there is none to choose.
    const bool serverKey = m_context.isValid() && m_context.credentialKind() == api::CredentialKind::ServerKey;
    m_sendDraftEmail->setEnabled(any && !serverKey);
    m_sendDraftEmail->setToolTip(serverKey ? tr("Sending a draft needs admin access: connect with an admin key or a "
                                                "dashboard account.")
                                           : tr("Send one of the project's email drafts to the selected users"));
    // Support conversations are answered as a person (dashboard account); keys see why not.
    const api::Capability support = m_context.isValid() ? m_context.capability(api::Area::Support) : api::Capability{};
    m_startSupportConversation->setEnabled(one && support.available());
    m_showSupportConversations->setEnabled(one && support.available());
    m_startSupportConversation->setToolTip(support.available() ? tr("Write to this user in a new support conversation")
                                                               : support.explanation);
    m_showSupportConversations->setToolTip(support.available() ? tr("Show this user's support conversations")
                                                               : support.explanation);
}

template <class Dialog>
Dialog *UserActions::show(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void UserActions::openCreate()
{
    auto *dialog = show(new CreateUserDialog(m_context, m_page));
    connect(dialog, &CreateUserDialog::created, this, &UserActions::userCreated);
}

void UserActions::openEdit()
{
    if (m_selection.size() != 1)
        return;
    auto *dialog = show(new EditUserDialog(m_context, m_selection.first(), m_page));
    connect(dialog, &EditUserDialog::saved, this, &UserActions::userChanged);
}

void UserActions::openRestrict()
{
    if (m_selection.size() > 1) {
        const bool allRestricted = std::all_of(m_selection.cbegin(), m_selection.cend(),
                                               [](const api::User &user) { return user.restrictedByAdmin; });
        openBulk(allRestricted ? models::BulkAction::Kind::Unrestrict : models::BulkAction::Kind::Restrict);
        return;
    }
    if (m_selection.isEmpty())
        return;
    auto *dialog = show(new RestrictUserDialog(m_context, m_selection.first(), m_page));
    connect(dialog, &RestrictUserDialog::saved, this, &UserActions::userChanged);
}

void UserActions::confirmRemoveTwoFactor()
{
    if (m_selection.size() != 1)
        return;
    api::Job<api::User> *job = UserConfirmations::removeTwoFactor(m_page, m_context, m_selection.first());
    if (!job)
        return;
    connect(job, &api::ApiJob::finished, this, [this, job] {
        if (job->succeeded())
            Q_EMIT userChanged(job->value());
        else
            Q_EMIT actionFailed(tr("Two-factor authentication was not removed."), job->error());
    });
}

void UserActions::openDelete()
{
    if (m_selection.size() > 1) {
        openBulk(models::BulkAction::Kind::Delete);
        return;
    }
    if (m_selection.isEmpty())
        return;
    auto *dialog = show(new DeleteUserDialog(m_context, m_selection.first(), m_page));
    connect(dialog, &DeleteUserDialog::deleted, this, &UserActions::userDeleted);
}

void UserActions::openImpersonate()
{
    if (m_selection.size() == 1)
        show(new ImpersonateDialog(m_context, m_selection.first(), m_page));
}

void UserActions::openSendEmail(bool invitation)
{
    if (m_selection.size() != 1)
        return;
    using Kind = SendUserEmailDialog::Kind;
    show(new SendUserEmailDialog(m_context, m_selection.first(), invitation ? Kind::SignInInvitation : Kind::PasswordReset,
                                 m_page));
}

void UserActions::openSendDraftEmail()
{
    if (m_selection.isEmpty())
        return;
    auto *dialog = new SendEmailDialog(m_context, m_page);
    dialog->setRecipients(m_selection);
    if (isSignalConnected(QMetaMethod::fromSignal(&UserActions::openEmailsOutboxRequested)))
        connect(dialog, &SendEmailDialog::openOutboxRequested, this, &UserActions::openEmailsOutboxRequested);
    show(dialog);
}

void UserActions::copy(bool emails)
{
    QStringList lines;
    for (const api::User &user : std::as_const(m_selection)) {
        if (!emails)
            lines << user.id;
        else if (user.primaryEmail && !user.primaryEmail->isEmpty())
            lines << *user.primaryEmail;
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(u'\n'));
}

void UserActions::openBulk(models::BulkAction::Kind action)
{
    if (m_selection.isEmpty())
        return;
    QList<models::BulkTarget> targets;
    targets.reserve(m_selection.size());
    for (const api::User &user : std::as_const(m_selection))
        targets.append(models::BulkTarget::of(user));
    auto *dialog = show(new BulkActionDialog(m_context, action, targets, m_page));
    connect(dialog, &BulkActionDialog::usersChanged, this, &UserActions::usersChanged);
}

void UserActions::openExport()
{
    show(new ExportUsersDialog(m_context, m_model->filter(), m_page));
}

} // namespace hexclave::ui
