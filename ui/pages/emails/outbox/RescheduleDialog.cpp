#include "RescheduleDialog.h"

#include "widgets/FieldMessage.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

RescheduleDialog::RescheduleDialog(const QString &subject, const QDateTime &current, QWidget *parent)
    : QDialog(parent)
    , m_time(new QDateTimeEdit(this))
    , m_message(new FieldMessage(m_time, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_ok(m_buttons->addButton(tr("&Reschedule"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Reschedule email"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 52);
    auto *intro = new QLabel(subject.isEmpty() ? tr("When should this email be sent?")
                                               : tr("When should “%1” be sent?").arg(subject),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime soonest = now.addSecs(60);
    m_time->setCalendarPopup(true);
    m_time->setTimeSpec(Qt::LocalTime);
    m_time->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_time->setDateTime(current.isValid() && current > soonest ? current.toLocalTime() : now.addSecs(3600));
    m_time->setAccessibleName(tr("Send at"));
    m_time->setToolTip(tr("In this computer's time zone (%1)").arg(now.timeZoneAbbreviation()));

    auto *form = new QFormLayout;
    form->addRow(tr("&Send at:"), m_time);
    form->addRow(QString(), m_message);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (m_ok->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &RescheduleDialog::validate);
    validate();
}

QDateTime RescheduleDialog::chosenTime() const
{
    return m_time->dateTime();
}

void RescheduleDialog::validate()
{
    const bool future = m_time->dateTime() > QDateTime::currentDateTime();
    m_ok->setEnabled(future);
    if (future)
        m_message->showHint(tr("In this computer's time zone (%1).").arg(m_time->dateTime().timeZoneAbbreviation()));
    else
        m_message->showError(tr("Choose a moment in the future."));
}

} // namespace hexclave::ui
