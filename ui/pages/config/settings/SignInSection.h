#pragma once

#include "ConfigSection.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;

namespace hexclave::ui {

// Sign-up on/off, the sign-in methods (password, one-time code, passkey), what happens when an
// OAuth sign-in meets an account with the same email, and the sign-up rules' default action.
class SignInSection : public ConfigSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInSection)

public:
    explicit SignInSection(models::ConfigTarget *target, QWidget *parent = nullptr);

    static inline const QString allowSignUpPath = QStringLiteral("auth.allowSignUp");
    static inline const QString passwordPath = QStringLiteral("auth.password.allowSignIn");
    static inline const QString otpPath = QStringLiteral("auth.otp.allowSignIn");
    static inline const QString passkeyPath = QStringLiteral("auth.passkey.allowSignIn");
    static inline const QString mergeStrategyPath = QStringLiteral("auth.oauth.accountMergeStrategy");
    static inline const QString signUpDefaultActionPath = QStringLiteral("auth.signUpRulesDefaultAction");

protected:
    void refresh() override;

private:
    QButtonGroup *m_mergeStrategy;
    QStringList m_mergeStrategyIds;
    QComboBox *m_signUpDefault;
};

} // namespace hexclave::ui
