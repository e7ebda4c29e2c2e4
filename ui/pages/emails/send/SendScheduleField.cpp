#include "SendScheduleField.h"

#include "widgets/FieldMessage.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLocale>
#include <QTimeZone>

namespace hexclave::ui {

SendScheduleField::SendScheduleField(QWidget *parent)
    : QWidget(parent)
    , m_option(new QCheckBox(tr("Send &later, at"), this))
    , m_field(new QDateTimeEdit(this))
    , m_message(new FieldMessage(m_field, this))
{
    m_field->setAccessibleName(tr("Scheduled time"));
    m_field->setCalendarPopup(true);
    m_field->setTimeSpec(Qt::LocalTime);
    // Minutes are precise enough for a mailing.
    m_field->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss")));
    const QDateTime inAnHour = QDateTime::currentDateTime().addSecs(3600);
    m_field->setDateTime(QDateTime(inAnHour.date(), QTime(inAnHour.time().hour(), 0)));
    m_field->setEnabled(false);
    connect(m_option, &QCheckBox::toggled, this, [this](bool on) {
        m_field->setEnabled(on);
        m_message->clear();
        Q_EMIT changed();
    });
    connect(m_field, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_message->clear();
        Q_EMIT changed();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_option);
    layout->addWidget(m_field, 1);
}

std::optional<qint64> SendScheduleField::scheduledAtMillis() const
{
    if (!m_option->isChecked())
        return std::nullopt;
    return m_field->dateTime().toMSecsSinceEpoch();
}

bool SendScheduleField::hasTimePassed() const
{
    return m_option->isChecked() && m_field->dateTime() <= QDateTime::currentDateTime();
}

void SendScheduleField::updateHint()
{
    if (m_option->isChecked() && !m_message->isShowingError()) {
        const QString offset = QTimeZone::systemTimeZone().displayName(m_field->dateTime(), QTimeZone::OffsetName);
        m_message->showHint(tr("Your local time (%1). A server too old to schedule sends at once.").arg(offset));
    } else if (!m_option->isChecked()) {
        m_message->clear();
    }
}

} // namespace hexclave::ui
