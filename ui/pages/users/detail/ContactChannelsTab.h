#pragma once

#include "UserDataView.h"

#include "dto/ContactChannel.h"

class QPushButton;
class QTableView;

namespace hexclave::models {
class ContactChannelsModel;
}

namespace hexclave::ui {

// The user's contact channels (email addresses): add one, change what it is used for, delete
// it, or send it a verification email.
class ContactChannelsTab : public UserDataView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactChannelsTab)

public:
    explicit ContactChannelsTab(const ProjectContext &context, QWidget *parent = nullptr);

    models::ContactChannelsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *sendVerificationButton() const { return m_sendVerification; }

protected:
    void startLoading() override;
    void clearData() override;
    bool hasData() const override;
    QString emptyText() const override;
    QString loadingText() const override;
    QString failedText() const override;
    void updateActions() override;

private:
    const api::ContactChannel *selectedChannel() const;
    void addChannel();
    void editChannel();
    void deleteChannel();
    void sendVerification();
    void sendVerificationTo(const QString &channelId, const QString &value, const QString &callbackUrl);

    models::ContactChannelsModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_sendVerification;
};

} // namespace hexclave::ui
