#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QPushButton;

namespace hexclave::ui {

class FieldMessage;

// Asks when an outbox email should be sent, in this computer's time zone; only a moment in the
// future can be chosen.
class RescheduleDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RescheduleDialog)

public:
    // `current`: the email's scheduled time (or an invalid one).
    RescheduleDialog(const QString &subject, const QDateTime &current, QWidget *parent = nullptr);

    QDateTime chosenTime() const;
    QDateTimeEdit *timeEdit() const { return m_time; }
    QPushButton *rescheduleButton() const { return m_ok; }
    FieldMessage *message() const { return m_message; }

private:
    void validate();

    QDateTimeEdit *m_time;
    FieldMessage *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
};

} // namespace hexclave::ui
