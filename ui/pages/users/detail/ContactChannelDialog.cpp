#include "ContactChannelDialog.h"

#include "widgets/PaletteColors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace hexclave::ui {

namespace {

// The server's check is lenient (yup's .email()); this catches what is plainly not an address.
bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^\s@]+@[^\s@]+\.[^\s@]+$)"));
    return pattern.match(text).hasMatch();
}

} // namespace

ContactChannelDialog::ContactChannelDialog(const QString &userLabel, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add contact channel"));
    build(tr("Add an email address to %1.").arg(userLabel));
}

ContactChannelDialog::ContactChannelDialog(const api::ContactChannel &channel, QWidget *parent)
    : QDialog(parent)
    , m_original(channel)
{
    setWindowTitle(tr("Edit contact channel"));
    build(tr("What %1 is used for.").arg(channel.value));
    m_email->setText(channel.value);
    m_email->setReadOnly(true);
    m_usedForAuth->setChecked(channel.usedForAuth);
    m_primary->setChecked(channel.isPrimary);
    m_verified->setChecked(channel.isVerified);
    updateState();
}

void ContactChannelDialog::build(const QString &intro)
{
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    introLabel->setTextFormat(Qt::PlainText);

    m_email = new QLineEdit(this);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setMinimumWidth(320);
    m_emailProblem = new QLabel(this);
    QPalette problemPalette = m_emailProblem->palette();
    problemPalette.setColor(QPalette::WindowText, errorTextColor(problemPalette));
    m_emailProblem->setPalette(problemPalette);
    m_emailProblem->hide();

    m_usedForAuth = new QCheckBox(tr("Used for sign-in"), this);
    m_usedForAuth->setToolTip(tr("The user can sign in with this address (password, one-time code or magic link). "
                                 "Only one user may use an address for sign-in."));
    m_primary = new QCheckBox(tr("Primary email"), this);
    m_primary->setToolTip(tr("The address shown as the user's email; another primary address stops being primary."));
    m_verified = new QCheckBox(tr("Verified"), this);
    m_verified->setToolTip(tr("Mark the address as verified without sending a verification email."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Email:"), m_email);
    form->addRow(QString(), m_emailProblem);
    form->addRow(QString(), m_usedForAuth);
    form->addRow(QString(), m_primary);
    form->addRow(QString(), m_verified);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_original ? tr("Save") : tr("Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactChannelDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContactChannelDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    for (QCheckBox *box : {m_usedForAuth, m_primary, m_verified})
        connect(box, &QCheckBox::toggled, this, &ContactChannelDialog::updateState);
    connect(m_email, &QLineEdit::textChanged, this, [this] {
        m_emailProblem->hide();
        updateState();
    });
    updateState();
}

void ContactChannelDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_original ? hasChanges() : !m_email->text().trimmed().isEmpty());
}

void ContactChannelDialog::accept()
{
    if (!m_original && !looksLikeEmail(m_email->text().trimmed())) {
        m_emailProblem->setText(tr("This is not an email address."));
        m_emailProblem->show();
        m_email->setFocus();
        return;
    }
    QDialog::accept();
}

api::contactChannels::NewContactChannel ContactChannelDialog::newChannel(const QString &userId) const
{
    api::contactChannels::NewContactChannel channel;
    channel.userId = userId;
    channel.value = m_email->text().trimmed();
    channel.usedForAuth = m_usedForAuth->isChecked();
    channel.isPrimary = m_primary->isChecked();
    channel.isVerified = m_verified->isChecked();
    return channel;
}

api::contactChannels::ContactChannelPatch ContactChannelDialog::patch() const
{
    api::contactChannels::ContactChannelPatch patch;
    if (!m_original)
        return patch;
    if (m_usedForAuth->isChecked() != m_original->usedForAuth)
        patch.usedForAuth = m_usedForAuth->isChecked();
    if (m_primary->isChecked() != m_original->isPrimary)
        patch.isPrimary = m_primary->isChecked();
    if (m_verified->isChecked() != m_original->isVerified)
        patch.isVerified = m_verified->isChecked();
    return patch;
}

bool ContactChannelDialog::hasChanges() const
{
    const api::contactChannels::ContactChannelPatch changes = patch();
    return changes.usedForAuth || changes.isPrimary || changes.isVerified;
}

} // namespace hexclave::ui
