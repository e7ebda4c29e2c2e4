#pragma once

#include "ProjectContext.h"
#include "dto/Team.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace hexclave::models {
class TeamsFilterModel;
class TeamsModel;
}

namespace hexclave::ui {

class ErrorBanner;

// Chooses one team of the project: the server's teams list (read whole), filtered here as you
// type by name or ID. Double-click or Enter on a row chooses it; Enter in the filter chooses the
// only team left.
class TeamPickerDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamPickerDialog)

public:
    explicit TeamPickerDialog(const ProjectContext &context, QWidget *parent = nullptr);
    ~TeamPickerDialog() override;

    std::optional<api::Team> chosenTeam() const;

    QLineEdit *filterField() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QPushButton *acceptButton() const { return m_accept; }
    QLabel *statusLabel() const { return m_status; }
    models::TeamsModel *teamsModel() const { return m_teams; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateStatus();
    void chooseCurrent();

    models::TeamsModel *m_teams;
    models::TeamsFilterModel *m_proxy;
    QLineEdit *m_filter;
    ErrorBanner *m_error;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_accept;
};

} // namespace hexclave::ui
