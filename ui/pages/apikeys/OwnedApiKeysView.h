#pragma once

#include "ProjectContext.h"
#include "dto/ApiKey.h"
#include "pages/SubjectDataView.h"

class QPushButton;
class QTableView;

namespace hexclave::models {
class OwnedApiKeysModel;
}

namespace hexclave::ui {

// The API keys of one user or one team: list (last four, public/secret, expiry, revoked),
// create (the value shown once), revoke, and check whether a pasted key is valid. When the
// project has this kind of key turned off, says so and where to turn it on. Loads when shown.
class OwnedApiKeysView : public SubjectDataView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwnedApiKeysView)

public:
    OwnedApiKeysView(const ProjectContext &context, api::ApiKeyOwnerKind kind, QWidget *parent = nullptr);
    ~OwnedApiKeysView() override;

    // The same owner again keeps what was loaded; another one forgets it.
    void setOwner(const QString &ownerId, const QString &ownerName);
    void clearOwner();

    api::ApiKeyOwnerKind ownerKind() const { return m_kind; }
    models::OwnedApiKeysModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *revokeButton() const { return m_revoke; }
    QPushButton *checkButton() const { return m_check; }

protected:
    void startLoading() override;
    void clearData() override;
    bool hasData() const override;
    QString emptyText() const override;
    QString loadingText() const override;
    QString failedText() const override;
    void updateActions() override;
    api::ApiError explained(const api::ApiError &error) const override;

private:
    const api::OwnedApiKey *selectedKey() const;
    void createKey();
    void showNewKey(const api::NewOwnedApiKeySecret &secret);
    void revoke();
    void checkKey();

    api::ApiKeyOwnerKind m_kind;
    models::OwnedApiKeysModel *m_model;
    QTableView *m_table;
    QPushButton *m_create;
    QPushButton *m_revoke;
    QPushButton *m_check;
};

} // namespace hexclave::ui
