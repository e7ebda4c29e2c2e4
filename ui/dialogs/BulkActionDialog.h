#pragma once

#include "ProjectContext.h"
#include "bulk/BulkAction.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace hexclave::models {
class BulkActionRunner;
class BulkResultsModel;
}

namespace hexclave::ui {

class ErrorBanner;

// One action on many selected users: delete, restrict, lift the restriction, add to a team or
// grant a project permission. Three steps: the parameters and a confirmation naming the count
// (for deleting, the person types the number of users), the progress with Stop, and a summary
// listing every user it failed for and why, which can be copied, with a way to try those again.
// Restricting a selection of which some users are restricted already asks what to do about
// those: leave them and their reasons alone (the default), give them the new reasons, or lift
// their restriction instead.
class BulkActionDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkActionDialog)

public:
    enum class Step { Parameters, Progress, Summary };
    Q_ENUM(Step)

    BulkActionDialog(const ProjectContext &context, models::BulkAction::Kind kind, const QList<models::BulkTarget> &targets,
                     QWidget *parent = nullptr);
    ~BulkActionDialog() override;

    Step step() const;
    models::BulkAction::Kind kind() const { return m_kind; }
    const QList<models::BulkTarget> &targets() const { return m_targets; }
    // The run under way or finished; null before the first start.
    models::BulkActionRunner *runner() const { return m_runner; }

    // For tests and automation: the widgets by role (null when the action has no such field).
    QLineEdit *confirmationField() const { return m_confirmation; }
    QLineEdit *reasonField() const { return m_reason; }
    QPlainTextEdit *detailsField() const { return m_details; }
    QComboBox *choiceBox() const { return m_choice; } // the team or the permission
    // Restricting when some of the users are restricted already (null otherwise).
    QRadioButton *restrictOthersOption() const { return m_restrictOthers; } // skip those restricted already
    QRadioButton *restrictAllOption() const { return m_restrictAll; }       // give them the new reasons
    QRadioButton *liftOption() const { return m_lift; }                     // lift their restriction instead
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *retryButton() const { return m_retry; }
    QCheckBox *showAllOption() const { return m_showAll; }
    QTableView *resultsView() const { return m_results; }

    // While the action runs: stops it (the requests under way finish); otherwise closes.
    void reject() override;

Q_SIGNALS:
    // Users were changed (or deleted): lists showing them should reload. Emitted once per run
    // in which anything succeeded.
    void usersChanged();

private:
    QWidget *createParametersPage();
    QWidget *createRunPage();
    QWidget *createParameterFields(QWidget *parent);
    void loadChoices();
    void updateStartButton();
    QWidget *createRestrictScope(QWidget *parent);
    models::BulkAction action() const;
    QList<models::BulkTarget> chosenTargets() const; // the users the chosen action is for
    // By value: "Try these again" passes the finished run's own action and targets, and the run goes.
    void start(models::BulkAction action, QList<models::BulkTarget> targets);
    void updateProgress();
    void showSummary();
    QString targetsPreview() const;

    ProjectContext m_context;
    models::BulkAction::Kind m_kind;
    QList<models::BulkTarget> m_targets;
    int m_alreadyRestricted = 0; // of m_targets
    models::BulkActionRunner *m_runner = nullptr;
    models::BulkResultsModel *m_resultsModel = nullptr;
    QSortFilterProxyModel *m_resultsFilter;
    bool m_choicesLoaded = false;

    QStackedWidget *m_steps;
    // parameters
    QLabel *m_title;
    ErrorBanner *m_loadError;
    QLineEdit *m_confirmation = nullptr;
    QLineEdit *m_reason = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QComboBox *m_choice = nullptr;
    QLabel *m_choiceNote = nullptr;
    QRadioButton *m_restrictOthers = nullptr;
    QRadioButton *m_restrictAll = nullptr;
    QRadioButton *m_lift = nullptr;
    QPushButton *m_start;
    // progress and summary
    QLabel *m_runTitle;
    QProgressBar *m_progress;
    QLabel *m_runText;
    QTimer *m_progressTimer; // the count is shown a few times a second, not after every user
    QCheckBox *m_showAll;
    QTableView *m_results;
    QPushButton *m_stop;
    QPushButton *m_copy;
    QPushButton *m_retry;
    QPushButton *m_close;
};

} // namespace hexclave::ui
