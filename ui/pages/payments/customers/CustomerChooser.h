#pragma once

#include "ProjectContext.h"
#include "dto/CustomerPayments.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace hexclave::ui {

// Says whose items and products to show: the customer type, then a user (chosen in the user
// picker, shown with name and email), a team (chosen from the teams list) or a custom customer
// ID (any text). Each type keeps its own choice, so switching back and forth shows it again.
class CustomerChooser : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerChooser)

public:
    CustomerChooser(const ProjectContext &context, QWidget *parent = nullptr);

    api::CustomerType type() const;
    // Shows `customer` as chosen (without customerChosen()).
    void setCustomer(const api::CustomerRef &customer, const QString &name);
    // Keyboard focus on what chooses a customer of the current type.
    void focusChooser();

    QComboBox *typeField() const { return m_type; }
    QPushButton *chooseUserButton() const { return m_chooseUser; }
    QPushButton *chooseTeamButton() const { return m_chooseTeam; }
    QLineEdit *customIdField() const { return m_customId; }
    QPushButton *showCustomButton() const { return m_showCustom; }
    QLabel *userLabel() const { return m_userLabel; }
    QLabel *teamLabel() const { return m_teamLabel; }

Q_SIGNALS:
    void customerChosen(const hexclave::api::CustomerRef &customer, const QString &name);
    // The chosen type has no customer yet.
    void customerCleared();

private:
    struct Choice
    {
        QString id;
        QString name;  // what sentences call the customer
        QString shown; // what the chooser shows (a user's name and email)
    };

    void typeChanged();
    void chooseUser();
    void chooseTeam();
    void applyCustomId();
    void choose(api::CustomerType type, const Choice &choice);
    void showChoice(api::CustomerType type);

    ProjectContext m_context;
    QHash<int, Choice> m_choices; // by CustomerType
    QComboBox *m_type;
    QStackedWidget *m_pages;
    QPushButton *m_chooseUser;
    QLabel *m_userLabel;
    QPushButton *m_chooseTeam;
    QLabel *m_teamLabel;
    QLineEdit *m_customId;
    QPushButton *m_showCustom;
};

} // namespace hexclave::ui
