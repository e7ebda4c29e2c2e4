#include "UnknownOutcomePanel.h"

#include "TimeText.h"
#include "dialogs/DialogParts.h"
#include "widgets/PaletteColors.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

UnknownOutcomePanel::UnknownOutcomePanel(QWidget *parent)
    : QWidget(parent)
    , m_note(explanationLabel(QString(), this))
    , m_findings(explanationLabel(QString(), this))
    , m_look(new QPushButton(tr("&Look in the Outbox"), this))
    , m_sendAgain(new QCheckBox(tr("I checked the Outbox: these emails were &not queued. Send them again."), this))
{
    QPalette warning = m_note->palette();
    warning.setColor(QPalette::WindowText, errorTextColor(warning));
    m_note->setPalette(warning);
    m_findings->hide();
    m_look->setToolTip(tr("Read the newest Outbox emails of a recipient and look for this draft's"));
    connect(m_look, &QPushButton::clicked, this, &UnknownOutcomePanel::lookRequested);
    connect(m_sendAgain, &QCheckBox::toggled, this, &UnknownOutcomePanel::sendAgainToggled);

    auto *lookRow = new QHBoxLayout;
    lookRow->setContentsMargins(0, 0, 0, 0);
    lookRow->addWidget(m_look);
    lookRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_note);
    layout->addLayout(lookRow);
    layout->addWidget(m_findings);
    layout->addWidget(m_sendAgain);
}

void UnknownOutcomePanel::restart()
{
    m_sendAgain->setChecked(false);
    m_findings->hide();
}

void UnknownOutcomePanel::showAttempt(qint64 attemptStartedMillis, bool canLook)
{
    m_note->setText(tr("The answer to sending at %1 did not arrive: the emails may be queued already, and the "
                       "server does not notice a second send. Look in the Outbox before sending again.")
                        .arg(models::absoluteTime(attemptStartedMillis)));
    m_look->setEnabled(!m_looking && canLook);
}

void UnknownOutcomePanel::showLooking()
{
    m_looking = true;
    m_look->setEnabled(false);
    m_findings->setText(tr("Looking in the Outbox…"));
    m_findings->show();
}

void UnknownOutcomePanel::showFindings(const std::optional<QList<api::OutboxEmail>> &found, const QString &problem,
                                       qint64 sinceMillis)
{
    m_looking = false;
    if (!found) {
        m_findings->setText(
            tr("The Outbox could not be read (%1). Look on the Outbox tab of the Emails page.").arg(problem));
    } else if (!found->isEmpty()) {
        m_findings->setText(tr("The Outbox has this draft's email, created at %1: the emails were queued. Sending "
                               "again would send them twice.")
                                .arg(models::absoluteTime(found->first().createdAtMillis)));
    } else {
        m_findings->setText(tr("The Outbox has no email of this draft since %1 for the first recipient. A large "
                               "send may still be queuing: look again in a minute before sending again.")
                                .arg(models::absoluteTime(sinceMillis)));
    }
}

bool UnknownOutcomePanel::isSendAgainConfirmed() const
{
    return m_sendAgain->isChecked();
}

void UnknownOutcomePanel::clearSendAgain()
{
    m_sendAgain->setChecked(false);
}

} // namespace hexclave::ui
