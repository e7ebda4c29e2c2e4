#pragma once

#include "dto/User.h"

#include <QScrollArea>

class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace hexclave::ui {

class RiskScoreBar;

// What the users list answered about the user, read-only: identity, sign-in methods,
// restriction, sign-up country and risk, teams and metadata. Times read relative and absolute.
class ProfileTab : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileTab)

public:
    explicit ProfileTab(QWidget *parent = nullptr);

    void showUser(const api::User &user);

    // "3 days ago · 20/11/2026 14:03"
    static QString whenText(qint64 millis, qint64 nowMillis);
    static QString restrictionText(const api::User &user);

private:
    void addField(const QString &caption, QWidget *value);
    QLabel *addRow(const QString &caption);
    QLabel *addJsonRow(const QString &caption);
    static void showJson(QLabel *view, const QString &json);

    QWidget *m_content;
    QVBoxLayout *m_rows;
    QLineEdit *m_id;
    QLineEdit *m_email;
    QLabel *m_emailStatus;
    QLabel *m_signedUp;
    QLabel *m_lastActive;
    QLabel *m_authMethods;
    QLabel *m_twoFactor;
    QLabel *m_restricted;
    QLabel *m_country;
    QWidget *m_risk;
    QLabel *m_notScored;
    RiskScoreBar *m_botRisk;
    RiskScoreBar *m_trialRisk;
    QLabel *m_selectedTeam;
    QLabel *m_oauth;
    QLabel *m_clientMetadata;
    QLabel *m_clientReadOnlyMetadata;
    QLabel *m_serverMetadata;
    QString m_userId;
};

} // namespace hexclave::ui
