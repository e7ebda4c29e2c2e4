#include "ExpiryPicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>

namespace hexclave::ui {

namespace {

constexpr qint64 dayMillis = 24LL * 60 * 60 * 1000;

QString choiceText(ExpiryPicker::Choice choice)
{
    switch (choice) {
    case ExpiryPicker::Choice::OneDay: return ExpiryPicker::tr("In 1 day");
    case ExpiryPicker::Choice::OneWeek: return ExpiryPicker::tr("In 1 week");
    case ExpiryPicker::Choice::ThirtyDays: return ExpiryPicker::tr("In 30 days");
    case ExpiryPicker::Choice::NinetyDays: return ExpiryPicker::tr("In 90 days");
    case ExpiryPicker::Choice::OneYear: return ExpiryPicker::tr("In 365 days");
    case ExpiryPicker::Choice::Never: return ExpiryPicker::tr("Never");
    case ExpiryPicker::Choice::OnDate: return ExpiryPicker::tr("On a date…");
    }
    return {};
}

qint64 durationMillis(ExpiryPicker::Choice choice)
{
    switch (choice) {
    case ExpiryPicker::Choice::OneDay: return dayMillis;
    case ExpiryPicker::Choice::OneWeek: return 7 * dayMillis;
    case ExpiryPicker::Choice::ThirtyDays: return 30 * dayMillis;
    case ExpiryPicker::Choice::NinetyDays: return 90 * dayMillis;
    case ExpiryPicker::Choice::OneYear: return 365 * dayMillis;
    case ExpiryPicker::Choice::Never:
    case ExpiryPicker::Choice::OnDate: break;
    }
    return 0;
}

} // namespace

ExpiryPicker::ExpiryPicker(const Options &options, QWidget *parent)
    : QWidget(parent)
    , m_choice(new QComboBox(this))
    , m_date(new QDateEdit(this))
{
    m_choice->setAccessibleName(tr("Expires"));
    for (const Choice choice : options.choices)
        m_choice->addItem(choiceText(choice), QVariant::fromValue(choice));
    m_date->setAccessibleName(tr("Expiry date"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(QDate::currentDate().addDays(1));
    m_date->setDate(QDate::currentDate().addDays(options.initialDateInDays));
    m_date->setToolTip(tr("It stops working at the end of this day (local time)"));
    setFocusProxy(m_choice);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choice);
    layout->addWidget(m_date);
    layout->addStretch();

    connect(m_choice, &QComboBox::currentIndexChanged, this, &ExpiryPicker::updateDateField);
    setChoice(options.initial);
    updateDateField();
}

ExpiryPicker::Choice ExpiryPicker::choice() const
{
    return m_choice->currentData().value<Choice>();
}

void ExpiryPicker::setChoice(Choice choice)
{
    const int index = m_choice->findData(QVariant::fromValue(choice));
    if (index >= 0)
        m_choice->setCurrentIndex(index);
}

void ExpiryPicker::setDate(QDate date)
{
    m_date->setDate(date);
}

void ExpiryPicker::updateDateField()
{
    m_date->setVisible(choice() == Choice::OnDate);
}

std::optional<qint64> ExpiryPicker::expiresAtMillis(qint64 nowMillis) const
{
    switch (const Choice chosen = choice()) {
    case Choice::Never: return std::nullopt;
    case Choice::OnDate: return endOfLocalDay(m_date->date());
    default: return nowMillis + durationMillis(chosen);
    }
}

qint64 ExpiryPicker::endOfLocalDay(QDate day)
{
    // Not day.endOfDay(): when clocks go back at midnight, 23:59:59.999 happens twice, and the
    // day ends with the second. The next day's start is unique (or, when its midnight is
    // skipped, its first moment).
    return day.addDays(1).startOfDay(Qt::LocalTime).toMSecsSinceEpoch() - 1;
}

} // namespace hexclave::ui
