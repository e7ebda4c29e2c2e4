#pragma once

#include "UserDataView.h"

#include "OAuthProvidersModel.h"

class QPushButton;
class QTableView;

namespace hexclave::ui {

// The accounts the user linked with OAuth providers: whether each may sign in and serve as a
// connected account (check boxes in the list), and removing a link.
class OAuthProvidersTab : public UserDataView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthProvidersTab)

public:
    explicit OAuthProvidersTab(const ProjectContext &context, QWidget *parent = nullptr);

    models::OAuthProvidersModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *removeButton() const { return m_remove; }

protected:
    void startLoading() override;
    void clearData() override;
    bool hasData() const override;
    QString emptyText() const override;
    QString loadingText() const override;
    QString failedText() const override;
    void updateActions() override;

private:
    const api::OAuthProvider *selectedProvider() const;
    void changeFlag(const QString &providerId, models::OAuthProvidersModel::Column column, bool allowed);
    void removeProvider();

    models::OAuthProvidersModel *m_model;
    QTableView *m_table;
    QPushButton *m_remove;
};

} // namespace hexclave::ui
