#include "ContactChannelsTab.h"

#include "AppSettings.h"
#include "ContactChannelDialog.h"
#include "ContactChannelsModel.h"
#include "UserListTable.h"
#include "dialogs/DialogParts.h"
#include "endpoints/ContactChannelsEndpoints.h"
#include "widgets/StatusIconDelegate.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QTableView>

namespace hexclave::ui {

using models::ContactChannelsModel;

ContactChannelsTab::ContactChannelsTab(const ProjectContext &context, QWidget *parent)
    : UserDataView(context, parent)
    , m_model(new ContactChannelsModel(this))
    , m_table(makeUserListTable(m_model, this))
    , m_add(new QPushButton(tr("Add…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_sendVerification(new QPushButton(tr("Send verification…"), this))
{
    m_table->setAccessibleName(tr("Contact channels"));
    for (const int column : {ContactChannelsModel::PrimaryColumn, ContactChannelsModel::UsedForAuthColumn,
                             ContactChannelsModel::VerifiedColumn}) {
        m_table->setItemDelegateForColumn(column, new StatusIconDelegate(ContactChannelsModel::FlagRole, m_table));
        m_table->horizontalHeader()->resizeSection(column, 64);
    }
    // The address takes the room; the marks keep their width at the right.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ContactChannelsModel::ValueColumn, QHeaderView::Stretch);

    m_add->setToolTip(tr("Add an email address to this user"));
    m_edit->setToolTip(tr("Change whether the selected address is primary, used for sign-in or verified"));
    m_delete->setToolTip(tr("Remove the selected address from this user"));
    m_sendVerification->setToolTip(tr("Email a verification link to the selected address"));
    for (QPushButton *button : {m_add, m_edit, m_delete, m_sendVerification})
        addToolButton(button);
    setListView(m_table);

    connect(m_add, &QPushButton::clicked, this, &ContactChannelsTab::addChannel);
    connect(m_edit, &QPushButton::clicked, this, &ContactChannelsTab::editChannel);
    connect(m_delete, &QPushButton::clicked, this, &ContactChannelsTab::deleteChannel);
    connect(m_sendVerification, &QPushButton::clicked, this, &ContactChannelsTab::sendVerification);
    bindDeleteKey(m_delete);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            editChannel();
    });
    updateActions();
}

void ContactChannelsTab::startLoading()
{
    fetch(api::contactChannels::list(context().scope(), userId()),
          [this](api::Page<api::ContactChannel> page) { m_model->setRows(std::move(page.items)); });
}

void ContactChannelsTab::clearData()
{
    m_model->clear();
}

bool ContactChannelsTab::hasData() const
{
    return m_model->rowCount() > 0;
}

QString ContactChannelsTab::emptyText() const
{
    return tr("No email addresses. Add one so the user can be reached or sign in with it.");
}

QString ContactChannelsTab::loadingText() const
{
    return tr("Loading contact channels…");
}

QString ContactChannelsTab::failedText() const
{
    return tr("The contact channels could not be loaded. The reason is shown above.");
}

const api::ContactChannel *ContactChannelsTab::selectedChannel() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() && m_table->selectionModel()->isRowSelected(current.row()) ? m_model->rowAt(current.row())
                                                                                        : nullptr;
}

void ContactChannelsTab::updateActions()
{
    const api::ContactChannel *channel = selectedChannel();
    m_add->setEnabled(canAct());
    m_edit->setEnabled(canAct() && channel);
    m_delete->setEnabled(canAct() && channel);
    m_sendVerification->setEnabled(canAct() && channel && !channel->isVerified);
    m_sendVerification->setToolTip(channel && channel->isVerified ? tr("The selected address is already verified")
                                                                  : tr("Email a verification link to the selected address"));
}

void ContactChannelsTab::addChannel()
{
    auto *dialog = new ContactChannelDialog(user().label(), this);
    ask(dialog, [this, dialog] {
        const api::contactChannels::NewContactChannel channel = dialog->newChannel(userId());
        perform<api::ContactChannel>(api::contactChannels::create(context().scope(), channel),
                                     {.busyText = tr("Adding %1…").arg(channel.value),
                                      .doneText = tr("%1 added.").arg(channel.value),
                                      .failedText = tr("Adding %1 failed.").arg(channel.value),
                                      .affectsUserRow = true});
    });
}

void ContactChannelsTab::editChannel()
{
    const api::ContactChannel *selected = selectedChannel();
    if (!selected)
        return;
    const api::ContactChannel channel = *selected; // the list may reload while the dialog is open
    auto *dialog = new ContactChannelDialog(channel, this);
    ask(dialog, [this, dialog, channel] {
        if (!dialog->hasChanges())
            return;
        perform<api::ContactChannel>(api::contactChannels::update(context().scope(), userId(), channel.id, dialog->patch()),
                                     {.busyText = tr("Saving %1…").arg(channel.value),
                                      .doneText = tr("%1 saved.").arg(channel.value),
                                      .failedText = tr("Saving %1 failed.").arg(channel.value),
                                      .affectsUserRow = true});
    });
}

void ContactChannelsTab::deleteChannel()
{
    const api::ContactChannel *channel = selectedChannel();
    if (!channel)
        return;
    const QString id = channel->id;
    const QString value = channel->value;
    const QString warning = channel->usedForAuth ? tr("\n\nThe user signs in with this address; they will not be able to "
                                                      "any more unless they have another way to sign in.")
                                                 : QString();
    confirm(tr("Delete contact channel"), tr("Remove %1 from %2?").arg(value, user().label()) + warning, tr("Delete"),
            [this, id, value] {
                perform<api::NoContent>(api::contactChannels::remove(context().scope(), userId(), id),
                                        {.busyText = tr("Deleting %1…").arg(value),
                                         .doneText = tr("%1 deleted.").arg(value),
                                         .failedText = tr("Deleting %1 failed.").arg(value),
                                         .affectsUserRow = true});
            });
}

void ContactChannelsTab::sendVerification()
{
    const api::ContactChannel *channel = selectedChannel();
    if (!channel)
        return;
    const QString id = channel->id;
    const QString value = channel->value;
    // Asked (prefilled) each time, so that a person sees where the link leads.
    auto *dialog = new QInputDialog(this);
    dialog->setWindowTitle(tr("Send verification email"));
    dialog->setLabelText(tr("The link in the email leads to this page of your app; it must be on one of the project's "
                            "trusted domains. For example:\n%1\nThe app's address is remembered for this project.")
                             .arg(QStringLiteral("https://example.com")
                                  + AppSettings::handlerPath(AppSettings::CallbackPage::EmailVerification)));
    if (AppSettings *settings = context().settings)
        dialog->setTextValue(settings->callbackUrl(context().project.id, AppSettings::CallbackPage::EmailVerification));
    ask(dialog, [this, dialog, id, value] { sendVerificationTo(id, value, dialog->textValue().trimmed()); });
}

void ContactChannelsTab::sendVerificationTo(const QString &channelId, const QString &value, const QString &callbackUrl)
{
    if (!isHttpUrl(callbackUrl)) {
        showResult(tr("“%1” is not a web address: nothing was sent. Give the full address, starting with https://.")
                       .arg(callbackUrl),
                   true);
        return;
    }
    if (AppSettings *settings = context().settings)
        settings->rememberCallbackUrl(context().project.id, callbackUrl);
    perform<api::NoContent>(api::contactChannels::sendVerification(context().scope(), userId(), channelId, callbackUrl),
                            {.busyText = tr("Sending a verification email to %1…").arg(value),
                             .doneText = tr("Verification email sent to %1.").arg(value),
                             .failedText = tr("Sending the verification email to %1 failed.").arg(value),
                             .affectsUserRow = false});
}

} // namespace hexclave::ui
