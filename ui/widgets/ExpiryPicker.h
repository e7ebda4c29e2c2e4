#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;

namespace hexclave::ui {

// When something new (an API key) expires: a combo box with the choices the caller offers — a
// time from now ("In 30 days"), "Never", "On a date…" — and, for a date, a date field beside it.
// A chosen date means the end of that day in local time.
class ExpiryPicker : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryPicker)

public:
    enum class Choice { OneDay, OneWeek, ThirtyDays, NinetyDays, OneYear, Never, OnDate };
    Q_ENUM(Choice)

    struct Options
    {
        QList<Choice> choices; // in the order offered; without Never, something always expires
        Choice initial = Choice::NinetyDays;
        int initialDateInDays = 30; // the date first offered by "On a date…"
    };

    explicit ExpiryPicker(const Options &options, QWidget *parent = nullptr);

    QComboBox *choiceField() const { return m_choice; }
    QDateEdit *dateField() const { return m_date; }

    Choice choice() const;
    void setChoice(Choice choice); // ignored when not offered
    void setDate(QDate date);
    // When it expires if made at `nowMillis`; nullopt: never.
    std::optional<qint64> expiresAtMillis(qint64 nowMillis) const;

    // The last millisecond of `day` in local time.
    static qint64 endOfLocalDay(QDate day);

private:
    void updateDateField();

    QComboBox *m_choice;
    QDateEdit *m_date;
};

} // namespace hexclave::ui
