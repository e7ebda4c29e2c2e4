#pragma once

#include "RequestDialog.h"
#include "dto/User.h"
#include "dto/UserSession.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace hexclave::ui {

// Creates an impersonation session for a user with a lifetime the person chooses, then shows
// its tokens with Copy buttons and how to use them. The tokens live only in this dialog's
// widgets: they are never stored or logged, and are wiped when the dialog closes (from the
// clipboard a minute later, if it still holds one).
class ImpersonateDialog : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImpersonateDialog)

public:
    enum class Lifetime { FifteenMinutes, OneHour, OneDay, Custom };
    // The longest session the server creates (367 days: "expires_in_millis must be less than or
    // equal to 31708800000").
    static constexpr qint64 maxLifetimeMillis = 31'708'800'000;

    ImpersonateDialog(const ProjectContext &context, const api::User &user, QWidget *parent = nullptr);
    ~ImpersonateDialog() override;

    void setLifetime(Lifetime lifetime);
    QRadioButton *lifetimeOption(Lifetime lifetime) const;
    QSpinBox *customAmountField() const { return m_customAmount; }
    QComboBox *customUnitField() const { return m_customUnit; }
    qint64 lifetimeMillis() const;
    QPushButton *createButton() const { return m_create; }

    // Shown once the session exists.
    bool showsTokens() const;
    QLineEdit *accessTokenField() const { return m_accessToken; }
    QLineEdit *refreshTokenField() const { return m_refreshToken; }
    QPlainTextEdit *browserSnippetField() const { return m_snippet; }
    QPushButton *copyAccessTokenButton() const { return m_copyAccess; }
    QPushButton *copyRefreshTokenButton() const { return m_copyRefresh; }
    QPushButton *copySnippetButton() const { return m_copySnippet; }

    void done(int result) override;

private:
    QWidget *createChoicePage();
    QWidget *createTokensPage();
    void updateCustomLifetime();
    void limitCustomAmount();
    void createSession();
    void showTokens(const api::SessionTokens &tokens, qint64 lifetimeMillis);
    void wipeTokens();

    api::User m_user;
    QWidget *m_choicePage;
    QWidget *m_tokensPage;
    QRadioButton *m_fifteenMinutes;
    QRadioButton *m_oneHour;
    QRadioButton *m_oneDay;
    QRadioButton *m_custom;
    QSpinBox *m_customAmount;
    QComboBox *m_customUnit;
    QLabel *m_expiry;
    QLineEdit *m_accessToken;
    QLineEdit *m_refreshToken;
    QPlainTextEdit *m_snippet;
    QPushButton *m_copyAccess;
    QPushButton *m_copyRefresh;
    QPushButton *m_copySnippet;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
    QPushButton *m_cancel;
};

} // namespace hexclave::ui
