#pragma once

#include "emulator/Emulator.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace hexclave::tests {

// A file of tests/data/tls (test-only certificates and keys); a missing file is fatal.
QByteArray tlsFile(const QString &name);

// The emulator over HTTPS with tests/data/tls/<name>.crt and .key ("server", "other",
// "expired"); on `port`, or a free one. A start failure is logged, and the requests then fail.
std::unique_ptr<emulator::Emulator> httpsEmulator(const QString &name = QStringLiteral("server"), quint16 port = 0);

} // namespace hexclave::tests
