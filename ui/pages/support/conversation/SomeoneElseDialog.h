#pragma once

#include "support/SupportAgent.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace hexclave::ui {

// Asks whom to assign a conversation to when it is nobody in the list: a name to show, and the
// person's user id if known. The server keeps both as free text.
class SomeoneElseDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SomeoneElseDialog)

public:
    explicit SomeoneElseDialog(QWidget *parent = nullptr);

    models::SupportAgent agent() const;
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *userIdField() const { return m_userId; }

private:
    QLineEdit *m_name;
    QLineEdit *m_userId;
    QDialogButtonBox *m_buttons;
};

} // namespace hexclave::ui
