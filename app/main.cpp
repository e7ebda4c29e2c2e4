#include "Application.h"
#include "Branding.h"
#include "CommandLine.h"

#include <QApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral(HEXCLAVE_EXECUTABLE));
    QApplication::setApplicationDisplayName(QStringLiteral(HEXCLAVE_APP_NAME));
    QApplication::setApplicationVersion(QStringLiteral(HEXCLAVE_VERSION));
    QApplication::setOrganizationName(QStringLiteral(HEXCLAVE_ORGANIZATION));
    QApplication::setOrganizationDomain(QStringLiteral(HEXCLAVE_ORGANIZATION_DOMAIN));
    QApplication::setDesktopFileName(QStringLiteral(HEXCLAVE_APP_ID));

    QString error;
    QString helpText;
    const auto commandLine = hexclave::app::CommandLine::parse(QApplication::arguments(), &error, &helpText);
    if (!commandLine) {
        if (!helpText.isEmpty()) {
            std::fprintf(stdout, "%s\n", qPrintable(helpText));
            return 0;
        }
        std::fprintf(stderr, "hexclave-admin: %s\nTry 'hexclave-admin --help'.\n", qPrintable(error));
        return 2;
    }

    hexclave::app::Application application(*commandLine, sinceLaunch);
    if (!application.start())
        return 1;
    return QApplication::exec();
}
