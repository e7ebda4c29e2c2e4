#pragma once

#include "CommandLine.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class QNetworkAccessManager;
class QSettings;
class QTranslator;

namespace hexclave::api {
class ConnectionStore;
class CredentialStore;
class Workspace;
}
namespace hexclave::ui {
class AppSettings;
class MainWindow;
}

namespace hexclave::app {

class DemoServer;
class StartupReport;

// Wires the layers together: settings, translations, the network, saved connections (or the
// demo server) and the main window.
class Application : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    Application(CommandLine commandLine, QElapsedTimer sinceLaunch, QObject *parent = nullptr);
    ~Application() override;

    // Returns false (after telling the user why) when the app cannot start.
    bool start();

private:
    void installTranslations(const QString &language);

    CommandLine m_commandLine;
    QElapsedTimer m_sinceLaunch;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::AppSettings> m_appSettings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<api::ConnectionStore> m_connections;
    std::unique_ptr<api::CredentialStore> m_credentials;
    std::unique_ptr<api::Workspace> m_workspace;
    std::unique_ptr<DemoServer> m_demo;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<StartupReport> m_report;
    QList<QTranslator *> m_translators;
};

} // namespace hexclave::app
