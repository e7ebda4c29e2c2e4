#include "UserDetailPanel.h"

#include "TimeText.h"
#include "UsersModel.h"
#include "dto/JsonText.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

#include "widgets/ThemedIcon.h"

namespace hexclave::ui {

namespace {

QString whenText(qint64 millis)
{
    return QStringLiteral("%1 · %2").arg(models::relativeTime(millis, QDateTime::currentMSecsSinceEpoch()),
                                         QLocale().toString(QDateTime::fromMSecsSinceEpoch(millis), QLocale::ShortFormat));
}

QString restrictionText(const api::User &user)
{
    if (!user.isRestricted)
        return UserDetailPanel::tr("No");
    switch (user.restrictedReason) {
    case api::RestrictedReason::Anonymous:
        return UserDetailPanel::tr("Yes — anonymous user");
    case api::RestrictedReason::EmailNotVerified:
        return UserDetailPanel::tr("Yes — email not verified");
    case api::RestrictedReason::RestrictedByAdministrator: {
        QString text = UserDetailPanel::tr("Yes — by an administrator");
        if (user.restrictedByAdminReason)
            text += u'\n' + UserDetailPanel::tr("Reason shown to the user: %1").arg(*user.restrictedByAdminReason);
        if (user.restrictedByAdminPrivateDetails)
            text += u'\n' + UserDetailPanel::tr("Private details: %1").arg(*user.restrictedByAdminPrivateDetails);
        return text;
    }
    case api::RestrictedReason::None:
    case api::RestrictedReason::Other:
        break;
    }
    return UserDetailPanel::tr("Yes (%1)").arg(user.restrictedReasonType);
}

} // namespace

UserDetailPanel::UserDetailPanel(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_placeholder(new QLabel(tr("Select a user to see their details."), m_content))
    , m_details(new QWidget(m_content))
    , m_rows(new QVBoxLayout)
    , m_title(new QLabel(m_details))
    , m_subtitle(new QLabel(m_details))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumWidth(260);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);
    m_subtitle->setEnabled(false);

    // Captions above values: the panel is narrow, and ids and emails do not wrap.
    m_rows->setSpacing(10);

    auto *idRow = new QWidget(m_details);
    m_id = new QLineEdit(idRow);
    m_id->setReadOnly(true);
    m_id->setFrame(false);
    m_id->setAccessibleName(tr("User ID"));
    auto *copyId = new QToolButton(idRow);
    copyId->setIcon(themedIcon(QStringLiteral("copy")));
    copyId->setToolTip(tr("Copy user ID"));
    copyId->setAccessibleName(tr("Copy user ID"));
    connect(copyId, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_userId); });
    auto *idLayout = new QHBoxLayout(idRow);
    idLayout->setContentsMargins(0, 0, 0, 0);
    idLayout->addWidget(m_id, 1);
    idLayout->addWidget(copyId);
    addField(tr("User ID"), idRow);

    m_email = new QLineEdit(m_details);
    m_email->setReadOnly(true);
    m_email->setFrame(false);
    m_email->setAccessibleName(tr("Primary email"));
    for (QLineEdit *field : {m_id, m_email}) {
        // Selectable text, not an input: no field background.
        QPalette palette = field->palette();
        palette.setColor(QPalette::Base, Qt::transparent);
        field->setPalette(palette);
    }
    m_emailStatus = new QLabel(m_details);
    auto *emailBlock = new QWidget(m_details);
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
    m_risk = addRow(tr("Sign-up risk"));
    m_selectedTeam = addRow(tr("Selected team"));
    m_oauth = addRow(tr("OAuth accounts"));
    m_clientMetadata = addJsonRow(tr("Client metadata"));
    m_clientReadOnlyMetadata = addJsonRow(tr("Client read-only metadata"));
    m_serverMetadata = addJsonRow(tr("Server metadata"));

    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_subtitle);
    detailsLayout->addSpacing(6);
    detailsLayout->addLayout(m_rows);
    detailsLayout->addStretch();

    auto *layout = new QVBoxLayout(m_content);
    // Never squeezed below what the details need: the panel scrolls instead.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_details);
    setWidget(m_content);
    clear();
}

void UserDetailPanel::addField(const QString &caption, QWidget *value)
{
    auto *label = new QLabel(caption, m_details);
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

QLabel *UserDetailPanel::addRow(const QString &caption)
{
    auto *value = new QLabel(m_details);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    addField(caption, value);
    return value;
}

QLabel *UserDetailPanel::addJsonRow(const QString &caption)
{
    QLabel *value = addRow(caption);
    value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return value;
}

void UserDetailPanel::showJson(QLabel *view, const QString &json)
{
    view->setText(json == u"null" ? tr("None") : api::prettyJson(json));
}

void UserDetailPanel::clear()
{
    m_userId.clear();
    m_details->hide();
    m_placeholder->show();
}

void UserDetailPanel::showUser(const api::User &user)
{
    m_userId = user.id;
    m_placeholder->hide();
    m_details->show();
    m_title->setText(models::UsersModel::nameText(user));
    m_subtitle->setText(user.lastActiveAtMillis
                            ? tr("Last active %1").arg(models::relativeTime(*user.lastActiveAtMillis,
                                                                            QDateTime::currentMSecsSinceEpoch()))
                            : tr("Never active"));
    m_id->setText(user.id);
    m_id->setCursorPosition(0);
    if (user.primaryEmail) {
        QStringList flags;
        flags << (user.primaryEmailVerified ? tr("verified") : tr("not verified"));
        if (user.primaryEmailAuthEnabled)
            flags << tr("used for sign-in");
        m_email->setText(*user.primaryEmail);
        m_email->setCursorPosition(0);
        m_emailStatus->setText(flags.join(QStringLiteral(", ")));
    } else {
        m_email->setText(tr("None"));
        m_emailStatus->clear();
    }
    m_signedUp->setText(whenText(user.signedUpAtMillis));
    m_lastActive->setText(user.lastActiveAtMillis ? whenText(*user.lastActiveAtMillis) : tr("Never"));
    m_authMethods->setText(models::UsersModel::authMethodsText(user));
    m_twoFactor->setText(user.requiresTotpMfa ? tr("Enabled (authenticator app)") : tr("Disabled"));
    m_restricted->setText(restrictionText(user));
    m_country->setText(user.countryCode.value_or(tr("Unknown")));
    m_risk->setText(user.signUpRiskScores
                        ? tr("Bot %1/100 · Free-trial abuse %2/100")
                              .arg(user.signUpRiskScores->bot)
                              .arg(user.signUpRiskScores->freeTrialAbuse)
                        : tr("Not scored"));
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
