#pragma once

#include "ConfigSettingsWriter.h"

#include <QWidget>

class QCheckBox;
class QLabel;

namespace hexclave::ui {

class ErrorBanner;

// Whether the project lets users and teams make API keys of their own (config
// apiKeys.enabled.user / .team): a tick is written at once, and checked on the server.
class ApiKeysEnabledSection : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeysEnabledSection)

public:
    static inline const QString userPath = QStringLiteral("apiKeys.enabled.user");
    static inline const QString teamPath = QStringLiteral("apiKeys.enabled.team");

    explicit ApiKeysEnabledSection(models::ConfigSettingsWriter *writer, QWidget *parent = nullptr);

    QCheckBox *userKeysBox() const { return m_user; }
    QCheckBox *teamKeysBox() const { return m_team; }
    ErrorBanner *errorBanner() const { return m_banner; }
    QString statusText() const;
    bool isSaving() const { return !m_savingPath.isEmpty(); }

private:
    void write(QCheckBox *box, const QString &path);
    void showConfiguration();
    void failed(models::ConfigSettingsWriter::Stage stage, const api::ApiError &error);

    models::ConfigSettingsWriter *m_writer;
    QString m_savingPath;
    QCheckBox *m_user;
    QCheckBox *m_team;
    ErrorBanner *m_banner;
    QLabel *m_status;
};

} // namespace hexclave::ui
