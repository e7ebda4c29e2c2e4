#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QDateTimeEdit;

namespace hexclave::ui {

class FieldMessage;

// When SendEmailDialog's email goes out: now, or "Send later, at" a local date and time (to the
// minute, an hour ahead to start with).
class SendScheduleField : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendScheduleField)

public:
    explicit SendScheduleField(QWidget *parent = nullptr);

    // Nothing when the email goes out now.
    std::optional<qint64> scheduledAtMillis() const;
    // A later time is chosen, but it has passed.
    bool hasTimePassed() const;
    // The local time zone while a time is chosen (unless an error is shown).
    void updateHint();

    QCheckBox *option() const { return m_option; }
    QDateTimeEdit *field() const { return m_field; }
    // Hints and errors about the time, for the form row below it.
    FieldMessage *message() const { return m_message; }

Q_SIGNALS:
    void changed();

private:
    QCheckBox *m_option;
    QDateTimeEdit *m_field;
    FieldMessage *m_message;
};

} // namespace hexclave::ui
