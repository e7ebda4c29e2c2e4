#include "TlsTestData.h"

#include <QFile>

namespace hexclave::tests {

QByteArray tlsFile(const QString &name)
{
    QFile file(QStringLiteral(HEXCLAVE_TLS_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

std::unique_ptr<emulator::Emulator> httpsEmulator(const QString &name, quint16 port)
{
    emulator::EmulatorOptions options;
    options.userCount = 5;
    options.conversationCount = 3;
    options.port = port;
    const QByteArray certificate = tlsFile(name + QStringLiteral(".crt"));
    const QByteArray key = tlsFile(name + QStringLiteral(".key"));
    options.tlsCertificatePem = certificate; // views, copied by the constructor
    options.tlsPrivateKeyPem = key;
    auto emulator = std::make_unique<emulator::Emulator>(options);
    if (!emulator->start())
        qWarning("the HTTPS emulator did not start: %s", qPrintable(emulator->errorString()));
    return emulator;
}

} // namespace hexclave::tests
