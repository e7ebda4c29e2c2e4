#pragma once

#include "EmailSourcesView.h"

namespace hexclave::ui {

// The Drafts tab: the project's email drafts (name, sent or not), created with the server's
// default source, renamed (F2), deleted, edited with their theme, and sent (Send… opens
// SendEmailDialog for the saved draft, saving first when asked to).
class DraftsView : public EmailSourcesView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftsView)

public:
    DraftsView(const ProjectContext &context, models::EmailThemesSource *themes, QWidget *parent = nullptr);

    void renameCurrent();
    void sendCurrent();

    QPushButton *renameButton() const { return m_rename; }
    QPushButton *sendButton() const { return m_send; }

Q_SIGNALS:
    // The send dialog opened from here asked to show the Outbox.
    void openOutboxRequested();

protected:
    void fetchList() override;
    void sendCreate(const QString &name) override;
    void sendSave(const QString &id, const models::EmailSourceVersion &version) override;
    std::optional<api::Call<api::NoContent>> deleteCall(const QString &id) const override;
    api::emails::RenderRequest renderRequest(const models::EmailSourceVersion &version) const override;
    void updateExtraActions() override;

private:
    void openSendDialog(const QString &id);

    QPushButton *m_rename;
    QPushButton *m_send;
    QHash<QString, std::optional<qint64>> m_sentAt;
    QString m_sendAfterSave; // the draft Send… waits to be saved
};

} // namespace hexclave::ui
