#include "DraftsView.h"

#include "TimeText.h"
#include "pages/emails/send/SendEmailDialog.h"
#include "widgets/ErrorBanner.h"

#include <QDateTime>
#include <QMessageBox>
#include <QPushButton>
#include <QHBoxLayout>

namespace hexclave::ui {

DraftsView::DraftsView(const ProjectContext &context, models::EmailThemesSource *themes, QWidget *parent)
    : EmailSourcesView(Kind::Drafts,
                       {tr("draft"), tr("No drafts yet. A draft is an email you write once and send to your users."),
                        tr("New draft…"), tr("New draft"), tr("The drafts could not be loaded.")},
                       context, themes, parent)
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_send(new QPushButton(tr("Send…"), this))
{
    m_rename->setToolTip(tr("Give the selected draft another name (F2)"));
    m_send->setToolTip(tr("Send the selected draft to users of the project"));
    extraActions()->addWidget(m_rename);
    extraActions()->addWidget(m_send);
    connect(m_rename, &QPushButton::clicked, this, &DraftsView::renameCurrent);
    connect(m_send, &QPushButton::clicked, this, &DraftsView::sendCurrent);
    addListAction(tr("Rename"), QKeySequence(Qt::Key_F2), [this] { renameCurrent(); });
    connect(this, &EmailSourcesView::saved, this, [this](const QString &id) {
        if (id == std::exchange(m_sendAfterSave, {}))
            openSendDialog(id);
    });
    connect(this, &EmailSourcesView::saveFailed, this, [this](const QString &id) {
        if (id == m_sendAfterSave)
            m_sendAfterSave.clear();
    });
    updateActions();
}

void DraftsView::fetchList()
{
    const int generation = beginListFetch();
    send<api::EmailDrafts>(
        api::emails::drafts(context().scope()),
        [this, generation](api::EmailDrafts list) {
            if (!isLatestList(generation))
                return;
            QList<Item> items;
            m_sentAt.clear();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const api::EmailDraft &draft : std::as_const(list.drafts)) {
                Item entry{draft.id, draft.displayName, tr("Not sent"), false, draft.tsxSource, draft.theme, {}};
                if (draft.sentAtMillis) {
                    // Short in the list; the exact time in the tooltip.
                    entry.note = tr("Sent %1").arg(models::relativeTime(*draft.sentAtMillis, now));
                    entry.noteToolTip = tr("Sent %1").arg(models::absoluteTime(*draft.sentAtMillis));
                }
                m_sentAt.insert(draft.id, draft.sentAtMillis);
                items.append(entry);
            }
            listArrived(items);
        },
        [this, generation](const api::ApiError &error) {
            if (isLatestList(generation))
                listFailed(error);
        });
}

void DraftsView::sendCreate(const QString &name)
{
    send<api::CreatedEmailObject>(
        api::emails::createDraft(context().scope(), name), [this](api::CreatedEmailObject made) { created(made.id); },
        [this, name](const api::ApiError &error) { createRefused(name, error); });
}

void DraftsView::sendSave(const QString &id, const models::EmailSourceVersion &version)
{
    // The theme goes with every change: a PATCH without it resets the draft to the project's theme.
    api::emails::DraftChange change;
    change.theme = version.theme;
    change.tsxSource = version.text;
    send<api::NoContent>(
        api::emails::updateDraft(context().scope(), id, change), [this, id, version](api::NoContent) { savedAs(id, version); },
        [this, id](const api::ApiError &error) { saveRefused(id, error); });
}

std::optional<api::Call<api::NoContent>> DraftsView::deleteCall(const QString &id) const
{
    return api::emails::deleteDraft(context().scope(), id);
}

api::emails::RenderRequest DraftsView::renderRequest(const models::EmailSourceVersion &version) const
{
    api::emails::RenderRequest request;
    request.templateTsxSource = version.text;
    request.theme = version.theme;
    return request;
}

void DraftsView::updateExtraActions()
{
    const bool canAct = context().client() && isLoaded() && !isBusy() && !currentId().isEmpty();
    m_rename->setEnabled(canAct && edits()->saved(currentId()).has_value());
    m_send->setEnabled(canAct && edits()->saved(currentId()).has_value());
}

void DraftsView::renameCurrent()
{
    const QString id = currentId();
    const Item *current = item(id);
    if (!current || isBusy())
        return;
    askForName(tr("Rename draft"), tr("New name:"), current->name, [this, id](const QString &name) {
        const Item *renamed = item(id);
        const std::optional<models::EmailSourceVersion> onServer = edits()->saved(id);
        if (!renamed || !onServer || name == renamed->name)
            return;
        // Sent with the theme the server has, or it would fall back to the project's theme.
        api::emails::DraftChange change;
        change.displayName = name;
        change.theme = onServer->theme;
        const QString oldName = renamed->name;
        perform<api::NoContent>(
            api::emails::updateDraft(context().scope(), id, change),
            [this, id, name](api::NoContent) {
                if (const Item *known = item(id)) {
                    Item changed = *known;
                    changed.name = name;
                    updateItem(changed);
                }
                showStatus(tr("Renamed to “%1”.").arg(name));
            },
            [this, oldName](const api::ApiError &error) {
                actionFailed(tr("“%1” was not renamed.").arg(oldName), error);
            });
    });
}

void DraftsView::sendCurrent()
{
    const QString id = currentId();
    if (!item(id) || isBusy())
        return;
    if (!edits()->hasEdits(id)) {
        openSendDialog(id);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Send draft"),
                                tr("“%1” has unsaved changes. Save them before sending?").arg(currentName()),
                                QMessageBox::Cancel, this);
    box->setInformativeText(tr("The server sends the draft as it is saved there."));
    QPushButton *saveAndSend = box->addButton(tr("Save and send…"), QMessageBox::AcceptRole);
    box->setDefaultButton(saveAndSend);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QDialog::finished, this, [this, box, saveAndSend, id] {
        if (box->clickedButton() != saveAndSend || id != currentId())
            return;
        m_sendAfterSave = id;
        if (!saveCurrent())
            m_sendAfterSave.clear(); // nothing is saved: Send… must not open after a later save
    });
    box->open();
}

void DraftsView::openSendDialog(const QString &id)
{
    const Item *draftItem = item(id);
    const std::optional<models::EmailSourceVersion> onServer = edits()->saved(id);
    if (!draftItem || !onServer)
        return;
    api::EmailDraft draft;
    draft.id = id;
    draft.displayName = draftItem->name;
    draft.tsxSource = onServer->text;
    draft.theme = onServer->theme;
    draft.sentAtMillis = m_sentAt.value(id);
    auto *dialog = new SendEmailDialog(context(), this);
    dialog->setDraft(draft);
    connect(dialog, &SendEmailDialog::openOutboxRequested, this, &DraftsView::openOutboxRequested);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Sending marks the draft as sent on the server.
    connect(dialog, &QDialog::finished, this, [this] { reload(); });
    dialog->open();
}

} // namespace hexclave::ui
