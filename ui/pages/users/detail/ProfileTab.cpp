#include "ProfileTab.h"

#include "CountryText.h"
#include "RiskScoreBar.h"
#include "TimeText.h"
#include "UsersModel.h"
#include "dto/JsonText.h"
#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace hexclave::ui {

ProfileTab::ProfileTab(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_rows(new QVBoxLayout(m_content))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // Captions above values: the panel is narrow, and ids and emails do not wrap.
    m_rows->setSpacing(10);
    // Never squeezed below what the rows need (multi-line JSON, reasons): the tab scrolls instead.
    m_rows->setSizeConstraint(QLayout::SetMinimumSize);

    auto *idRow = new QWidget(m_content);
    m_id = new QLineEdit(idRow);
    m_id->setReadOnly(true);
    m_id->setFrame(false);
    m_id->setAccessibleName(tr("User ID"));
    auto *copyId = new QToolButton(idRow);
    copyId->setIcon(themedIcon(QStringLiteral("copy")));
    copyId->setToolTip(tr("Copy user ID"));
    copyId->setAccessibleName(tr("Copy user ID"));
    copyId->setAutoRaise(true);
    connect(copyId, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_userId); });
    auto *idLayout = new QHBoxLayout(idRow);
    idLayout->setContentsMargins(0, 0, 0, 0);
    idLayout->addWidget(m_id, 1);
    idLayout->addWidget(copyId);
    addField(tr("User ID"), idRow);

    m_email = new QLineEdit(m_content);
    m_email->setReadOnly(true);
    m_email->setFrame(false);
    m_email->setAccessibleName(tr("Primary email"));
    for (QLineEdit *field : {m_id, m_email}) {
        // Selectable text, not an input: no field background.
        QPalette palette = field->palette();
        palette.setColor(QPalette::Base, Qt::transparent);
        field->setPalette(palette);
        field->setTextMargins(-2, 0, 0, 0);
    }
    m_emailStatus = new QLabel(m_content);
    auto *emailBlock = new QWidget(m_content);
    auto *emailLayout = new QVBoxLayout(emailBlock);
    emailLayout->setContentsMargins(0, 0, 0, 0);
    emailLayout->setSpacing(2);
    emailLayout->addWidget(m_email);
    emailLayout->addWidget(m_emailStatus);
    addField(tr("Primary email"), emailBlock);
    m_signedUp = addRow(tr("Signed up"));
    m_lastActive = addRow(tr("Last active"));
    m_authMethods = addRow(tr("Sign-in methods"));
    m_twoFactor = addRow(tr("Two-factor auth"));
    m_restricted = addRow(tr("Restricted"));
    m_country = addRow(tr("Sign-up country"));

    m_risk = new QWidget(m_content);
    m_notScored = new QLabel(tr("Not scored"), m_risk);
    m_botRisk = new RiskScoreBar(m_risk);
    m_botRisk->setAccessibleName(tr("Bot risk"));
    m_trialRisk = new RiskScoreBar(m_risk);
    m_trialRisk->setAccessibleName(tr("Free-trial abuse risk"));
    auto *riskLayout = new QGridLayout(m_risk);
    riskLayout->setContentsMargins(0, 0, 0, 0);
    riskLayout->setHorizontalSpacing(10);
    riskLayout->setVerticalSpacing(2);
    riskLayout->addWidget(m_notScored, 0, 0, 1, 2);
    riskLayout->addWidget(new QLabel(tr("Bot"), m_risk), 1, 0);
    riskLayout->addWidget(m_botRisk, 1, 1);
    riskLayout->addWidget(new QLabel(tr("Free-trial abuse"), m_risk), 2, 0);
    riskLayout->addWidget(m_trialRisk, 2, 1);
    riskLayout->setColumnStretch(2, 1);
    addField(tr("Sign-up risk"), m_risk);

    m_selectedTeam = addRow(tr("Selected team"));
    m_oauth = addRow(tr("OAuth accounts"));
    m_clientMetadata = addJsonRow(tr("Client metadata"));
    m_clientReadOnlyMetadata = addJsonRow(tr("Client read-only metadata"));
    m_serverMetadata = addJsonRow(tr("Server metadata"));
    m_rows->addStretch();
    setWidget(m_content);
}

void ProfileTab::addField(const QString &caption, QWidget *value)
{
    auto *label = new QLabel(caption, m_content);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setBold(true);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setBuddy(value);
    auto *block = new QVBoxLayout;
    block->setSpacing(2);
    block->addWidget(label);
    block->addWidget(value);
    m_rows->addLayout(block);
}

QLabel *ProfileTab::addRow(const QString &caption)
{
    auto *value = new QLabel(m_content);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    addField(caption, value);
    return value;
}

QLabel *ProfileTab::addJsonRow(const QString &caption)
{
    QLabel *value = addRow(caption);
    value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return value;
}

void ProfileTab::showJson(QLabel *view, const QString &json)
{
    view->setText(json == u"null" ? tr("None") : api::prettyJson(json));
}

QString ProfileTab::whenText(qint64 millis, qint64 nowMillis)
{
    return QStringLiteral("%1 · %2").arg(models::relativeTime(millis, nowMillis),
                                         QLocale().toString(QDateTime::fromMSecsSinceEpoch(millis), QLocale::ShortFormat));
}

QString ProfileTab::restrictionText(const api::User &user)
{
    if (!user.isRestricted && !user.restrictedByAdmin)
        return tr("No");
    QString text;
    switch (user.restrictedReason) {
    case api::RestrictedReason::Anonymous:
        text = tr("Yes — anonymous user");
        break;
    case api::RestrictedReason::EmailNotVerified:
        text = tr("Yes — email not verified");
        break;
    case api::RestrictedReason::RestrictedByAdministrator:
        text = tr("Yes — by an administrator");
        break;
    case api::RestrictedReason::None:
    case api::RestrictedReason::Other:
        text = user.restrictedReasonType.isEmpty() ? tr("Yes") : tr("Yes (%1)").arg(user.restrictedReasonType);
        break;
    }
    // The server names one reason only (anonymous, then an unverified email, come first): an
    // administrator's restriction is said as well, with what they wrote.
    if (user.restrictedByAdmin) {
        if (user.restrictedReason != api::RestrictedReason::RestrictedByAdministrator)
            text += u'\n' + tr("Also restricted by an administrator");
        if (user.restrictedByAdminReason)
            text += u'\n' + tr("Reason shown to the user: %1").arg(*user.restrictedByAdminReason);
        if (user.restrictedByAdminPrivateDetails)
            text += u'\n' + tr("Private details: %1").arg(*user.restrictedByAdminPrivateDetails);
    }
    return text;
}

void ProfileTab::showUser(const api::User &user)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_userId = user.id;
    m_id->setText(user.id);
    m_id->setCursorPosition(0);
    if (user.primaryEmail) {
        QStringList flags;
        flags << (user.primaryEmailVerified ? tr("verified") : tr("not verified"));
        if (user.primaryEmailAuthEnabled)
            flags << tr("used for sign-in");
        m_email->setText(*user.primaryEmail);
        m_email->setCursorPosition(0);
        m_email->setToolTip(*user.primaryEmail);
        m_emailStatus->setText(flags.join(QStringLiteral(", ")));
    } else {
        m_email->setText(tr("None"));
        m_email->setToolTip({});
        m_emailStatus->clear();
    }
    m_signedUp->setText(whenText(user.signedUpAtMillis, now));
    m_signedUp->setToolTip(models::absoluteTime(user.signedUpAtMillis));
    m_lastActive->setText(user.lastActiveAtMillis ? whenText(*user.lastActiveAtMillis, now) : tr("Never"));
    m_lastActive->setToolTip(user.lastActiveAtMillis ? models::absoluteTime(*user.lastActiveAtMillis) : QString());
    m_authMethods->setText(models::UsersModel::authMethodsText(user));
    m_twoFactor->setText(user.requiresTotpMfa ? tr("Enabled (authenticator app)") : tr("Disabled"));
    m_restricted->setText(restrictionText(user));
    m_country->setText(user.countryCode && !user.countryCode->isEmpty() ? models::countryText(*user.countryCode)
                                                                        : tr("Unknown"));

    const bool scored = user.signUpRiskScores.has_value();
    m_notScored->setVisible(!scored);
    for (QWidget *child : m_risk->findChildren<QWidget *>()) {
        if (child != m_notScored)
            child->setVisible(scored);
    }
    if (scored) {
        m_botRisk->setScore(user.signUpRiskScores->bot);
        m_trialRisk->setScore(user.signUpRiskScores->freeTrialAbuse);
    }

    m_selectedTeam->setText(user.selectedTeam ? user.selectedTeam->displayName : tr("None"));
    QStringList oauth;
    for (const api::OAuthProviderLink &link : user.oauthProviders)
        oauth << QStringLiteral("%1 — %2").arg(models::UsersModel::oauthProviderName(link.id), link.email.value_or(link.accountId));
    m_oauth->setText(oauth.isEmpty() ? tr("None") : oauth.join(u'\n'));
    showJson(m_clientMetadata, user.clientMetadata);
    showJson(m_clientReadOnlyMetadata, user.clientReadOnlyMetadata);
    showJson(m_serverMetadata, user.serverMetadata);
}

} // namespace hexclave::ui
