#pragma once

#include "RequestDialog.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace hexclave::ui {

// A dialog that deletes something for good once the person has typed its confirmation text
// exactly: a warning icon with the explanation, a prompt naming the text, the field to type it
// in, and a Delete button that is enabled (and pressed by Enter) only while the text matches.
class TypedConfirmationDialog : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TypedConfirmationDialog)

public:
    // What has to be typed.
    virtual QString confirmationText() const = 0;
    QLineEdit *confirmationField() const { return m_confirmation; }
    QPushButton *deleteButton() const { return m_delete; }

protected:
    TypedConfirmationDialog(const ProjectContext &context, const QString &deleteLabel, QWidget *parent);

    // Lays the dialog out; called by the subclass's constructor (confirmationText() must work
    // by then). `prompt` is rich text; `fieldName` is the field's accessible name.
    void setUpConfirmation(QLabel *explanation, const QString &prompt, const QString &fieldName);
    // Whether the typed text matches (surrounding spaces on either side do not count).
    bool confirmationMatches() const;
    void updateDeleteButton();
    // Delete was pressed while the text matches and nothing is under way.
    virtual void confirmed() = 0;

private:
    QLineEdit *m_confirmation;
    QPushButton *m_delete;
};

} // namespace hexclave::ui
