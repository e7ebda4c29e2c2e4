#pragma once

#include "ProjectContext.h"
#include "pages/Page.h"

#include <QList>

class QFrame;
class QLabel;
class QProgressBar;
class QScrollArea;
class QToolButton;
class QTreeView;

namespace hexclave::models {
class OverviewLoader;
class RecentUsersModel;
struct OverviewData;
}

namespace hexclave::ui {

class ChartCard;
class EmptyState;
class ErrorBanner;
class OverviewCard;
class OverviewTile;
class ResponsiveGrid;

// The project at a glance: users, activity, sign-in methods, countries, recent users, and the
// payments and emails summaries when the server has them. Drawn from the server's metrics, or —
// on servers without them — computed from the users list, which a note then explains. No team
// count: the users list cannot give one, so neither branch shows it.
class OverviewPage : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(const ProjectContext &context, QWidget *parent = nullptr);
    ~OverviewPage() override;

    // Loads everything again (F5); what is shown stays until the new figures are in.
    void refresh();

    // For tests.
    models::OverviewLoader *loader() const { return m_loader; }
    QToolButton *refreshButton() const { return m_refresh; }
    QTreeView *recentlyRegisteredView() const { return m_recentlyRegistered; }
    QTreeView *recentlyActiveView() const { return m_recentlyActive; }
    ErrorBanner *errorBanner() const { return m_error; }
    // The note over the figures (degraded overview), empty when hidden.
    QString noteText() const;
    // The tile captioned `caption`, when shown.
    OverviewTile *tile(const QString &caption) const;
    // The card titled `title`, when shown.
    OverviewCard *card(const QString &title) const;
    QList<OverviewTile *> visibleTiles() const;
    QList<OverviewCard *> visibleCards() const;
    int cardColumns() const;

Q_SIGNALS:
    void openUserRequested(const QString &userId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showData();
    void showFailure();
    void updateProgress();
    void updateTiles(const models::OverviewData &data);
    void updateCharts(const models::OverviewData &data);
    void updateSummaries(const models::OverviewData &data);
    void updateRecentUsers(const models::OverviewData &data);
    QString degradedNote(const models::OverviewData &data) const;
    void applyColors();
    QTreeView *makeRecentView(models::RecentUsersModel *model, const QString &name);

    ProjectContext m_context;
    models::OverviewLoader *m_loader;
    QToolButton *m_refresh;
    QLabel *m_status;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QWidget *m_progressRow;
    QFrame *m_note;
    QLabel *m_noteText;
    ErrorBanner *m_error;
    QScrollArea *m_scroll;
    QWidget *m_content;
    ResponsiveGrid *m_tiles;
    ResponsiveGrid *m_cards;
    OverviewTile *m_totalUsers;
    OverviewTile *m_monthlyActive;
    OverviewTile *m_activeToday;
    OverviewTile *m_verified;
    OverviewTile *m_revenue;
    OverviewTile *m_mrr;
    OverviewTile *m_emailsSent;
    ChartCard *m_signUps;
    ChartCard *m_dailyActive;
    ChartCard *m_countries;
    ChartCard *m_methods;
    OverviewCard *m_registeredCard;
    OverviewCard *m_activeCard;
    OverviewCard *m_paymentsCard;
    OverviewCard *m_emailsCard;
    QLabel *m_paymentsText;
    QLabel *m_emailsText;
    models::RecentUsersModel *m_registeredModel;
    models::RecentUsersModel *m_activeModel;
    QTreeView *m_recentlyRegistered;
    QTreeView *m_recentlyActive;
    EmptyState *m_registeredEmpty;
    EmptyState *m_activeEmpty;
    bool m_started = false;
    bool m_hasData = false;
    bool m_applyingColors = false;
};

} // namespace hexclave::ui
