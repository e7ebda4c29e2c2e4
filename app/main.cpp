#include "Application.h"
#include "Branding.h"
#include "CommandLine.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <optional>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    QApplication::setApplicationName(QStringLiteral(HEXCLAVE_EXECUTABLE));
    QApplication::setApplicationDisplayName(QStringLiteral(HEXCLAVE_APP_NAME));
    QApplication::setApplicationVersion(QStringLiteral(HEXCLAVE_VERSION));
    QApplication::setOrganizationName(QStringLiteral(HEXCLAVE_ORGANIZATION));
    QApplication::setOrganizationDomain(QStringLiteral(HEXCLAVE_ORGANIZATION_DOMAIN));
    QApplication::setDesktopFileName(QStringLiteral(HEXCLAVE_APP_ID));

    // --help and --version are answered before QApplication exists, so they work without a display
    // (in a terminal over SSH, in package scripts); everything else is read after QApplication has
    // taken its own options (-platform, -style, …) out of the list.
    static const QStringList printOnly = {QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("--help-all"),
                                          QStringLiteral("-v"), QStringLiteral("--version")};
    const bool justPrint = std::any_of(argv + 1, argv + argc, [](const char *argument) {
        return printOnly.contains(QString::fromLocal8Bit(argument));
    });
    // A QCoreApplication needs no display; the help text takes the program's name from it.
    std::optional<QCoreApplication> printer;
    std::optional<QApplication> app;
    if (justPrint)
        printer.emplace(argc, argv);
    else
        app.emplace(argc, argv);

    QString error;
    QString helpText;
    const auto commandLine = hexclave::app::CommandLine::parse(QCoreApplication::arguments(), &error, &helpText);
    if (!commandLine) {
        if (!helpText.isEmpty()) {
            std::fprintf(stdout, "%s\n", qPrintable(helpText));
            return 0;
        }
        std::fprintf(stderr, "hexclave-admin: %s\nTry 'hexclave-admin --help'.\n", qPrintable(error));
        return 2;
    }
    if (!app) {
        printer.reset();
        app.emplace(argc, argv);
    }
    // Every window, including dialogs shown before the main window (X11 and Windows title bars).
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/hexclave-admin.svg")));

    hexclave::app::Application application(*commandLine, sinceLaunch);
    if (!application.start())
        return 1;
    return QApplication::exec();
}
