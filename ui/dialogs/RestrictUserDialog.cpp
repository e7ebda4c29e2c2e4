#include "RestrictUserDialog.h"

#include "DialogParts.h"
#include "widgets/ErrorBanner.h"
#include "endpoints/UsersEndpoints.h"
#include "widgets/DestructiveButton.h"
#include "widgets/FieldMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

RestrictUserDialog::RestrictUserDialog(const ProjectContext &context, const api::User &user, QWidget *parent)
    : RequestDialog(context, parent)
    , m_user(user)
    , m_publicReason(new QLineEdit(this))
    , m_publicReasonMessage(new FieldMessage(m_publicReason, this))
    , m_privateDetails(new QPlainTextEdit(this))
    , m_privateDetailsMessage(new FieldMessage(m_privateDetails, this))
    , m_buttons(new QDialogButtonBox(this))
    , m_restrict(nullptr)
{
    const bool restricted = user.restrictedByAdmin;
    setWindowTitle(restricted ? tr("Restriction of %1").arg(user.label()) : tr("Restrict %1").arg(user.label()));
    setMinimumWidth(520);

    QString intro = restricted
        ? tr("An administrator restricted %1. Change the reasons, or lift the restriction so that they can use "
             "your app again.")
              .arg(user.label())
        : tr("A restricted user cannot use your app until an administrator lifts the restriction. The public "
             "reason may be shown to %1; the private details are for administrators only.")
              .arg(user.label());
    if (user.isRestricted && user.restrictedReason != api::RestrictedReason::RestrictedByAdministrator
        && user.restrictedReason != api::RestrictedReason::None) {
        intro += QStringLiteral("\n\n")
            + tr("%1 is also restricted for another reason (%2); that does not change here.")
                  .arg(user.label(),
                       user.restrictedReason == api::RestrictedReason::EmailNotVerified ? tr("email not verified")
                       : user.restrictedReason == api::RestrictedReason::Anonymous     ? tr("anonymous user")
                                                                                        : user.restrictedReasonType);
    }

    m_publicReason->setAccessibleName(tr("Public reason"));
    m_publicReason->setPlaceholderText(tr("e.g. Your account is under review."));
    m_publicReason->setText(user.restrictedByAdminReason.value_or(QString()));
    m_privateDetails->setAccessibleName(tr("Private details"));
    m_privateDetails->setPlaceholderText(tr("Why this user was restricted, for other administrators"));
    m_privateDetails->setPlainText(user.restrictedByAdminPrivateDetails.value_or(QString()));
    m_privateDetails->setTabChangesFocus(true);
    m_privateDetails->setMaximumHeight(m_privateDetails->fontMetrics().lineSpacing() * 6);

    if (restricted) {
        m_restrict = m_buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
        m_unrestrict = m_buttons->addButton(tr("&Lift restriction"), QDialogButtonBox::ActionRole);
        m_unrestrict->setAccessibleName(tr("Lift the restriction"));
        connect(m_unrestrict, &QPushButton::clicked, this, &RestrictUserDialog::unrestrict);
    } else {
        m_restrict = new DestructiveButton(tr("&Restrict"), this);
        m_buttons->addButton(m_restrict, QDialogButtonBox::AcceptRole);
    }
    m_restrict->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);

    auto *form = new QFormLayout;
    form->addRow(tr("&Public reason:"), m_publicReason);
    form->addRow(QString(), m_publicReasonMessage);
    form->addRow(tr("P&rivate details:"), m_privateDetails);
    form->addRow(QString(), m_privateDetailsMessage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errorBanner());
    layout->addWidget(explanationLabel(intro, this));
    layout->addLayout(form);
    layout->addWidget(busyLine());
    layout->addWidget(m_buttons);

    QList<QWidget *> formWidgets{m_publicReason, m_privateDetails, m_restrict};
    if (m_unrestrict)
        formWidgets << m_unrestrict;
    setFormWidgets(formWidgets);
    connect(m_restrict, &QPushButton::clicked, this, &RestrictUserDialog::restrict);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RestrictUserDialog::reject);
}

void RestrictUserDialog::restrict()
{
    if (isBusy())
        return;
    const auto patch = api::users::UserPatch::restrict(m_publicReason->text().trimmed(),
                                                       m_privateDetails->toPlainText().trimmed());
    send<api::User>(
        api::users::update(context().scope(), m_user.id, patch),
        m_user.restrictedByAdmin ? tr("Saving…") : tr("Restricting…"),
        [this](api::User user) { finish(user); },
        [this](const api::ApiError &error) { showServerError(error); });
}

void RestrictUserDialog::unrestrict()
{
    if (isBusy())
        return;
    send<api::User>(
        api::users::update(context().scope(), m_user.id, api::users::UserPatch::unrestrict()),
        tr("Lifting the restriction…"), [this](api::User user) { finish(user); },
        [this](const api::ApiError &error) { showServerError(error); });
}

void RestrictUserDialog::finish(const api::User &user)
{
    m_user = user;
    Q_EMIT saved(user);
    accept();
}

bool RestrictUserDialog::hasUnsavedInput() const
{
    return m_publicReason->text().trimmed() != m_user.restrictedByAdminReason.value_or(QString()).trimmed()
        || m_privateDetails->toPlainText().trimmed()
        != m_user.restrictedByAdminPrivateDetails.value_or(QString()).trimmed();
}

FieldMessage *RestrictUserDialog::fieldMessage(UserField field) const
{
    if (field == UserField::RestrictionReason)
        return m_publicReasonMessage;
    if (field == UserField::RestrictionDetails)
        return m_privateDetailsMessage;
    return nullptr;
}

} // namespace hexclave::ui
