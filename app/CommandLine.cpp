#include "CommandLine.h"

#include "Languages.h"
#include "auth/Capabilities.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace hexclave::app {

std::optional<CommandLine> CommandLine::parse(const QStringList &arguments, QString *error, QString *helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Desktop console for Hexclave (Stack Auth) projects: users, teams, permissions, keys, payments, "
                "emails, support and configuration."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Start a built-in demo server with sample data and sign in to it."));
    const QCommandLineOption demoUsers(QStringLiteral("demo-users"),
                                       QCoreApplication::translate("main", "Number of sample users of the demo server (default 120)."),
                                       QStringLiteral("N"));
    const QCommandLineOption demoNoMetrics(QStringLiteral("demo-no-metrics"),
                                           QCoreApplication::translate("main", "The demo server has no analytics store: the overview shows what it can compute from the users."));
    QStringList pageIds;
    for (api::Area area : api::allAreas())
        pageIds << api::areaId(area);
    const QCommandLineOption page(QStringLiteral("page"),
                                  QCoreApplication::translate("main", "Open this page: %1.").arg(pageIds.join(QStringLiteral(", "))),
                                  QStringLiteral("NAME"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Save a picture of the window once the page's first data has loaded, then exit."),
                                        QStringLiteral("FILE"));
    const QString languages = ui::languageCodes().join(QStringLiteral(", "));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QCoreApplication::translate("main", "Language of the interface for this run: %1.").arg(languages),
                                      QStringLiteral("CODE"));
    const QString schemes = QStringLiteral("system, light, dark");
    const QCommandLineOption colorScheme(QStringLiteral("color-scheme"),
                                         QCoreApplication::translate("main", "Light or dark look for this run: %1.").arg(schemes),
                                         QStringLiteral("SCHEME"));
    const QCommandLineOption demoFaults(QStringLiteral("demo-faults"),
                                        QCoreApplication::translate("main", "Share of the demo server's answers (0 to 1) that fail on purpose once signed in: slow answers, rate limits, server errors, dropped connections, broken bodies."),
                                        QStringLiteral("RATE"));
    const QCommandLineOption timings(QStringLiteral("timings"),
                                     QCoreApplication::translate("main", "Print start-up timings and request counts (for benchmarks)."));
    const QCommandLineOption configFile(QStringLiteral("config-file"),
                                        QCoreApplication::translate("main", "Open this hexclave.config.ts for offline editing (no connection needed; offers to create it when missing)."),
                                        QStringLiteral("PATH"));
    parser.addOptions({demo, demoUsers, demoNoMetrics, demoFaults, page, screenshot, language, colorScheme, timings, configFile});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        *helpText = parser.isSet(help) ? parser.helpText()
                                       : QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        return std::nullopt;
    }

    if (!parser.positionalArguments().isEmpty()) {
        *error = QCoreApplication::translate("main", "Unexpected argument \"%1\" (options start with --).")
                     .arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }
    CommandLine line;
    line.demo = parser.isSet(demo);
    if (parser.isSet(demoUsers)) {
        bool ok = false;
        line.demoUsers = parser.value(demoUsers).toInt(&ok);
        if (!ok || line.demoUsers < 0 || line.demoUsers > 5'000'000) {
            *error = QCoreApplication::translate("main", "--demo-users needs a number between 0 and 5000000.");
            return std::nullopt;
        }
        if (!line.demo) {
            *error = QCoreApplication::translate("main", "--demo-users only applies together with --demo.");
            return std::nullopt;
        }
    }
    line.demoMetrics = !parser.isSet(demoNoMetrics);
    if (!line.demoMetrics && !line.demo) {
        *error = QCoreApplication::translate("main", "--demo-no-metrics only applies together with --demo.");
        return std::nullopt;
    }
    if (parser.isSet(demoFaults)) {
        bool ok = false;
        line.demoFaultRate = parser.value(demoFaults).toDouble(&ok);
        if (!ok || line.demoFaultRate < 0 || line.demoFaultRate > 1) {
            *error = QCoreApplication::translate("main", "--demo-faults needs a number between 0 and 1, e.g. 0.2.");
            return std::nullopt;
        }
        if (!line.demo) {
            *error = QCoreApplication::translate("main", "--demo-faults only applies together with --demo.");
            return std::nullopt;
        }
    }
    line.page = parser.value(page);
    api::Area area{};
    if (!line.page.isEmpty() && !api::areaFromId(line.page, &area)) {
        *error = QCoreApplication::translate("main", "Unknown page \"%1\". Pages: %2.").arg(line.page, pageIds.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    line.screenshotFile = parser.value(screenshot);
    line.language = parser.value(language);
    if (parser.isSet(language)) {
        // "zh-CN", "ZH_cn" and the like name a language as well as "zh_CN".
        const QString typed = QString(line.language).replace(u'-', u'_');
        line.language.clear();
        for (const QString &code : ui::languageCodes()) {
            if (code.compare(typed, Qt::CaseInsensitive) == 0)
                line.language = code;
        }
        if (line.language.isEmpty()) {
            *error = QCoreApplication::translate("main", "Unknown language \"%1\". Languages: %2.").arg(parser.value(language), languages);
            return std::nullopt;
        }
    }
    line.colorScheme = parser.value(colorScheme).toLower();
    if (parser.isSet(colorScheme) && !QStringList{QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")}.contains(line.colorScheme)) {
        *error = QCoreApplication::translate("main", "Unknown color scheme \"%1\". Color schemes: %2.").arg(parser.value(colorScheme), schemes);
        return std::nullopt;
    }
    line.timings = parser.isSet(timings);
    line.configFile = parser.value(configFile);
    return line;
}

} // namespace hexclave::app
