#include "Application.h"

#include "AppSettings.h"
#include "DemoServer.h"
#include "MainWindow.h"
#include "StartupReport.h"
#include "auth/Capabilities.h"
#include "connections/ConnectionStore.h"
#include "connections/Workspace.h"
#include "credentials/CredentialStore.h"
#include "emulator/Emulator.h"
#include "widgets/ColorScheme.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStyleHints>
#include <QTimer>
#include <QTranslator>

namespace hexclave::app {

namespace {

// The command line's scheme wins for this run; otherwise the setting, applied again when it changes.
void followColorScheme(ui::AppSettings *settings, const QString &commandLineScheme)
{
    const auto schemeToApply = [settings, commandLineScheme] {
        return ui::colorSchemeFromName(commandLineScheme.isEmpty()
                                           ? settings->value(ui::AppSettings::Key::ColorScheme).toString()
                                           : commandLineScheme);
    };
    ui::applyColorScheme(schemeToApply());
    QObject::connect(settings, &ui::AppSettings::changed, settings, [schemeToApply](ui::AppSettings::Key key) {
        if (key == ui::AppSettings::Key::ColorScheme)
            ui::applyColorScheme(schemeToApply());
    });
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // The desktop switched between light and dark: System takes the new platform palette.
    QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, settings, [schemeToApply] {
        if (schemeToApply() == ui::ColorScheme::System)
            ui::applyColorScheme(ui::ColorScheme::System);
    });
#endif
}

} // namespace

Application::Application(CommandLine commandLine, QElapsedTimer sinceLaunch, QObject *parent)
    : QObject(parent)
    , m_commandLine(std::move(commandLine))
    , m_sinceLaunch(sinceLaunch)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
}

Application::~Application()
{
    // The window and its pages go first: they hold jobs of the workspace's clients.
    m_window.reset();
    m_workspace.reset();
}

bool Application::start()
{
    // Demo mode neither reads nor writes the user's settings or keychain.
    if (!m_commandLine.demo)
        m_settings = std::make_unique<QSettings>();
    m_appSettings = std::make_unique<ui::AppSettings>(m_settings.get());

    installTranslations(m_commandLine.language.isEmpty() ? m_appSettings->language() : m_commandLine.language);
    followColorScheme(m_appSettings.get(), m_commandLine.colorScheme);

    if (m_commandLine.demo) {
        m_workspace = std::make_unique<api::Workspace>(m_network.get(), nullptr, nullptr);
        m_demo = std::make_unique<DemoServer>(m_commandLine.demoUsers, nullptr, m_commandLine.demoMetrics);
        QString error;
        if (!m_demo->start(&error)) {
            QMessageBox::critical(nullptr, tr("Hexclave Admin"), error);
            return false;
        }
    } else {
        m_connections = std::make_unique<api::ConnectionStore>(m_settings.get());
        m_credentials = std::make_unique<api::CredentialStore>(m_settings.get());
        m_workspace = std::make_unique<api::Workspace>(m_network.get(), m_connections.get(), m_credentials.get());
    }

    if (!m_commandLine.page.isEmpty())
        m_appSettings->setValue(ui::AppSettings::Key::LastArea, m_commandLine.page);
    if (m_demo)
        m_demo->rememberAsLastProject(*m_appSettings);

    m_window = std::make_unique<ui::MainWindow>(m_workspace.get(), m_appSettings.get());
    m_report = std::make_unique<StartupReport>(m_window.get(), m_sinceLaunch);
    if (m_commandLine.timings)
        m_report->enableTimings(m_demo ? StartupReport::RequestCounter([this] { return m_demo->emulator().requestCount(); })
                                       : StartupReport::RequestCounter());
    if (!m_commandLine.screenshotFile.isEmpty())
        m_report->takeScreenshot(m_commandLine.screenshotFile);

    m_window->show();
    if (!m_commandLine.configFile.isEmpty()) {
        // Once the event loop runs: a recovery question or a parse error is a dialog.
        QTimer::singleShot(0, m_window.get(), [this] { m_window->openConfigFile(m_commandLine.configFile); });
    }

    if (m_demo) {
        m_demo->signIn(m_workspace.get(), m_commandLine.demoFaultRate);
    } else {
        m_workspace->openSavedConnections();
        if (!m_workspace->hasSavedConnections() && m_commandLine.screenshotFile.isEmpty() && m_commandLine.configFile.isEmpty())
            QTimer::singleShot(0, m_window.get(), &ui::MainWindow::openConnectDialog);
    }
    return true;
}

void Application::installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(this);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // English is a translation too: it holds the plural forms ("1 day ago", "2 days ago").
    auto *appTranslator = new QTranslator(this);
    if (appTranslator->load(locale, QStringLiteral("hexclave-admin"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || appTranslator->load(QStringLiteral("hexclave-admin_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
    m_translators = {qtTranslator, appTranslator};
}

} // namespace hexclave::app
