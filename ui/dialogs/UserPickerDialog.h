#pragma once

#include "ProjectContext.h"
#include "dto/User.h"

#include <QDialog>
#include <QSet>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace hexclave::models {
class UserChoiceModel;
class UsersModel;
}

namespace hexclave::ui {

class ErrorBanner;

// Chooses users of the project: the server is searched as you type (name, email or exact id,
// after a short pause), the results page in as you scroll, and the users ticked stay chosen
// across searches. It only chooses; the caller does something with chosenUsers() once accepted.
// Users that cannot be chosen (already members, say) are greyed out with the reason.
class UserPickerDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserPickerDialog)

public:
    static constexpr int searchDebounceMs = 250;

    UserPickerDialog(const ProjectContext &context, QWidget *parent = nullptr);
    ~UserPickerDialog() override;

    // Opens a picker for one user (a new tick replaces the previous one); `chosen` runs once the
    // person accepted with a user ticked.
    static void chooseOne(const ProjectContext &context, QWidget *parent,
                          std::function<void(const api::User &user)> chosen);

    // The sentence at the top, and the accept button's text for a number of users chosen.
    void setPrompt(const QString &prompt);
    void setAcceptText(std::function<QString(int chosen)> text);
    void setExcludedUsers(const QSet<QString> &userIds, const QString &reason);

    QList<api::User> chosenUsers() const;

    QLineEdit *searchField() const { return m_search; }
    QCheckBox *anonymousBox() const { return m_anonymous; }
    QTableView *table() const { return m_table; }
    QLabel *chosenLabel() const { return m_chosenText; }
    QPushButton *clearButton() const { return m_clear; }
    QPushButton *acceptButton() const { return m_accept; }
    ErrorBanner *errorBanner() const { return m_error; }
    models::UsersModel *usersModel() const { return m_users; }
    models::UserChoiceModel *choiceModel() const { return m_choice; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applySearch();
    void updateChosen();
    void updateStatus();

    models::UsersModel *m_users;
    models::UserChoiceModel *m_choice;
    QLabel *m_prompt;
    QLineEdit *m_search;
    QCheckBox *m_anonymous;
    ErrorBanner *m_error;
    QTableView *m_table;
    QLabel *m_status;
    QLabel *m_chosenText;
    QPushButton *m_clear;
    QDialogButtonBox *m_buttons;
    QPushButton *m_accept;
    QTimer *m_debounce;
    std::function<QString(int)> m_acceptText;
};

} // namespace hexclave::ui
