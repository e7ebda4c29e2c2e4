#pragma once

#include "pages/Page.h"
#include "ProjectContext.h"
#include "dto/ApiKey.h"

#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QTableView;

namespace hexclave::models {
class ConfigSettingsWriter;
class ProjectApiKeysModel;
}

namespace hexclave::ui {

class ApiKeysEnabledSection;
class ErrorBanner;

// The project's own API keys (GET /internal/api-keys): the key sets newest first with the
// last four characters of each key, expiry and state; Create (the new keys shown once, never
// stored) and Revoke (warning when it is the key this app is connected with); and whether users
// and teams may make keys of their own. A server key can do none of this: the page says so.
class ProjectKeysPage : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectKeysPage)

public:
    explicit ProjectKeysPage(const ProjectContext &context, QWidget *parent = nullptr);
    ~ProjectKeysPage() override;

    bool canManage() const { return m_canManage; }
    bool isLoading() const { return m_loading; }
    bool isBusy() const { return m_busy; }
    void reload();

    models::ProjectApiKeysModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QAction *createAction() const { return m_create; }
    QAction *revokeAction() const { return m_revoke; }
    QMenu *contextMenu() const { return m_menu; }
    ApiKeysEnabledSection *enabledSection() const { return m_enabled; }
    models::ConfigSettingsWriter *configWriter() const { return m_config; }
    ErrorBanner *errorBanner() const { return m_banner; }
    QString statusText() const;
    QString explanationText() const;
    // The revoke question for `key` (what it warns about depends on this app's credential).
    QString revokeQuestion(const api::ProjectApiKey &key) const;

    void activate() override;
    void focusPrimaryInput() override;

Q_SIGNALS:
    // A load, create or revoke finished.
    void settled();

private:
    void buildExplanation(const QString &why);
    void buildPage();
    void updateActions();
    void updatePlaceholder();
    const api::ProjectApiKey *selectedKey() const;
    void openCreate();
    void showCreated(api::NewProjectApiKeySecrets secrets);
    void confirmRevoke();
    void revoke(const QString &id, const QString &description);
    // The last four characters of the key this connection uses, when it is a project key.
    QString connectionKeyLastFour() const;

    ProjectContext m_context;
    bool m_canManage = false;
    bool m_loading = false;
    bool m_busy = false;
    bool m_loadedOnce = false;
    int m_generation = 0;
    QString m_selectAfterLoad;
    QPointer<QWidget> m_openDialog;

    QString m_explanation; // what a credential without access is told
    models::ProjectApiKeysModel *m_model = nullptr;
    models::ConfigSettingsWriter *m_config = nullptr;
    ErrorBanner *m_banner = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_status = nullptr;
    ApiKeysEnabledSection *m_enabled = nullptr;
    QAction *m_create = nullptr;
    QAction *m_revoke = nullptr;
    QMenu *m_menu = nullptr;
};

} // namespace hexclave::ui
