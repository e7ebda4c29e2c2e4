#pragma once

#include "UserDataView.h"

class QPushButton;
class QTableView;

namespace hexclave::models {
class UserSessionsModel;
}

namespace hexclave::ui {

// The user's sessions: when and where each was used, impersonations marked; revoke the
// selected ones, or all of them.
class SessionsTab : public UserDataView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsTab)

public:
    explicit SessionsTab(const ProjectContext &context, QWidget *parent = nullptr);

    models::UserSessionsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *revokeButton() const { return m_revoke; }
    QPushButton *revokeAllButton() const { return m_revokeAll; }

protected:
    void startLoading() override;
    void clearData() override;
    bool hasData() const override;
    QString emptyText() const override;
    QString loadingText() const override;
    QString failedText() const override;
    void updateActions() override;

private:
    void revokeSelected();
    void revokeAll();
    void revoke(const QStringList &sessionIds);

    models::UserSessionsModel *m_model;
    QTableView *m_table;
    QPushButton *m_revoke;
    QPushButton *m_revokeAll;
};

} // namespace hexclave::ui
