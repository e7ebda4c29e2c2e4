// A process that edits a hexclave.config.ts and is killed before saving (for the recovery
// test of tst_ConfigFileDocument): opens argv[1] with the autosave in argv[2], makes an edit,
// waits for the autosave, says "autosaved" on stdout and waits to be killed.

#include "autosave/EditorAutosave.h"
#include "config/ConfigFileDocument.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3)
        return 2;
    hexclave::models::EditorAutosave autosave(arguments.at(2));
    hexclave::models::ConfigFileDocument document;
    document.setAutosave(&autosave);
    QString error;
    if (!document.open(arguments.at(1), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    document.setConfig(document.config()
                           .withValue(QStringLiteral("auth.allowSignUp"), QStringLiteral("true"))
                           .withValue(QStringLiteral("emails.selectedThemeId"), QStringLiteral("\"crash-edit\"")),
                       QStringLiteral("Edit"));
    std::printf("edited\n");
    std::fflush(stdout);
    // The ordinary autosave delay (2 s): the edit reaches the disk on its own.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (autosave.find(document.autosaveKey())) {
            std::printf("autosaved\n");
            std::fflush(stdout);
            poll.stop();
        }
    });
    poll.start(50);
    return app.exec(); // until killed
}
