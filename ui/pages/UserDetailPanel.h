#pragma once

#include "dto/User.h"

#include <QScrollArea>

class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace hexclave::ui {

// The selected user, read-only: identity, sign-in methods, restriction, risk and metadata.
class UserDetailPanel : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDetailPanel)

public:
    explicit UserDetailPanel(QWidget *parent = nullptr);

    void showUser(const api::User &user);
    void clear();
    QString shownUserId() const { return m_userId; }

private:
    void addField(const QString &caption, QWidget *value);
    QLabel *addRow(const QString &caption);
    QLabel *addJsonRow(const QString &caption);
    static void showJson(QLabel *view, const QString &json);

    QWidget *m_content;
    QLabel *m_placeholder;
    QWidget *m_details;
    QVBoxLayout *m_rows;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLineEdit *m_id;
    QLineEdit *m_email;
    QLabel *m_emailStatus;
    QLabel *m_signedUp;
    QLabel *m_lastActive;
    QLabel *m_authMethods;
    QLabel *m_twoFactor;
    QLabel *m_restricted;
    QLabel *m_country;
    QLabel *m_risk;
    QLabel *m_selectedTeam;
    QLabel *m_oauth;
    QLabel *m_clientMetadata;
    QLabel *m_clientReadOnlyMetadata;
    QLabel *m_serverMetadata;
    QString m_userId;
};

} // namespace hexclave::ui
