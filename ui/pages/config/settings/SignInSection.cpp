#include "SignInSection.h"

#include "dialogs/DialogParts.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hexclave::ui {

using models::ConfigSetting;

SignInSection::SignInSection(models::ConfigTarget *target, QWidget *parent)
    : ConfigSection(target, tr("Sign-in"), parent)
    , m_mergeStrategy(new QButtonGroup(this))
    , m_signUpDefault(new QComboBox(this))
{
    addToggle(allowSignUpPath, tr("Allow new users to sign &up"),
              tr("Off: only existing users can sign in; new accounts are made by the server or on this console."),
              true);
    addToggle(passwordPath, tr("Sign in with &password"), {});
    addToggle(otpPath, tr("Sign in with a &one-time code (magic link)"),
              tr("A code or link sent by email signs the user in."));
    addToggle(passkeyPath, tr("Sign in with a pass&key"), {});

    auto *merge = new QGroupBox(tr("When an OAuth sign-in uses the email of an existing account"), this);
    auto *mergeLayout = new QVBoxLayout(merge);
    const QList<std::tuple<QString, QString, QString>> strategies = {
        {QStringLiteral("link_method"), tr("&Link it to the existing account"),
         tr("The OAuth account is added to the account that has this email as a sign-in method.")},
        {QStringLiteral("raise_error"), tr("&Refuse the sign-in"),
         tr("The user is told that an account with this email exists and must sign in with it first.")},
        {QStringLiteral("allow_duplicates"), tr("Create a separate &account"),
         tr("A second account with the same email is made; the accounts stay apart.")},
    };
    for (const auto &[id, text, explanation] : strategies) {
        auto *button = new QRadioButton(text, merge);
        button->setObjectName(id);
        m_mergeStrategy->addButton(button, int(m_mergeStrategyIds.size()));
        m_mergeStrategyIds << id;
        mergeLayout->addWidget(button);
        auto *note = explanationLabel(explanation, merge);
        note->setContentsMargins(24, 0, 0, 4);
        mergeLayout->addWidget(note);
    }
    connect(m_mergeStrategy, &QButtonGroup::idClicked, this, [this](int index) {
        if (!isRefreshing())
            setPending(ConfigSetting::string(mergeStrategyPath, m_mergeStrategyIds.value(index)));
    });

    m_signUpDefault->addItem(tr("Allow the sign-up"), QStringLiteral("allow"));
    m_signUpDefault->addItem(tr("Reject the sign-up"), QStringLiteral("reject"));
    m_signUpDefault->setObjectName(QStringLiteral("signUpDefaultAction"));
    connect(m_signUpDefault, &QComboBox::activated, this, [this](int index) {
        if (!isRefreshing())
            setPending(ConfigSetting::string(signUpDefaultActionPath, m_signUpDefault->itemData(index).toString()));
    });
    auto *rules = new QHBoxLayout;
    auto *rulesLabel = new QLabel(tr("When no sign-up &rule matches:"), this);
    rulesLabel->setBuddy(m_signUpDefault);
    rules->addWidget(rulesLabel);
    rules->addWidget(m_signUpDefault);
    rules->addStretch(1);

    contentLayout()->addSpacing(8);
    contentLayout()->addWidget(merge);
    contentLayout()->addLayout(rules);
    contentLayout()->addStretch(1);
    refreshAll();
}

void SignInSection::refresh()
{
    const api::ConfigTree values = shown();
    QStringList reasons;
    refreshToggles(values, reasons);
    const QString strategy = values.stringAt(mergeStrategyPath).value_or(QStringLiteral("link_method"));
    const QString mergeReason = target() ? target()->blockedReason(ConfigSetting::string(mergeStrategyPath, strategy)) : QString();
    for (QAbstractButton *button : m_mergeStrategy->buttons()) {
        button->setChecked(m_mergeStrategyIds.value(m_mergeStrategy->id(button)) == strategy);
        applyBlocked(button, ConfigSetting::string(mergeStrategyPath, strategy));
    }
    reasons << mergeReason;
    const QString action = values.stringAt(signUpDefaultActionPath).value_or(QStringLiteral("allow"));
    m_signUpDefault->setCurrentIndex(std::max(0, m_signUpDefault->findData(action)));
    reasons << applyBlocked(m_signUpDefault, ConfigSetting::string(signUpDefaultActionPath, action),
                            tr("What happens to a sign-up that no enabled sign-up rule matches"));
    showBlockedNote(reasons);
}

} // namespace hexclave::ui
