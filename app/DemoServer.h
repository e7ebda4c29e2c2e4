#pragma once

#include <QObject>

#include <memory>

namespace hexclave::api {
class Workspace;
}
namespace hexclave::emulator {
class Emulator;
}
namespace hexclave::ui {
class AppSettings;
}

namespace hexclave::app {

// --demo: the emulator on a loopback port, and a signed-in connection to it. Nothing of it
// is saved: no settings, no keychain entries.
class DemoServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoServer)

public:
    // `metricsAvailable` false: GET /internal/metrics answers 500, like a server without ClickHouse.
    explicit DemoServer(int userCount, QObject *parent = nullptr, bool metricsAvailable = true);
    ~DemoServer() override;

    bool start(QString *error);
    // Adds the demo connection to the workspace and signs in with the demo account. With a
    // `faultRate` above 0, that share of the answers fails on purpose once signed in (--demo-faults).
    void signIn(api::Workspace *workspace, double faultRate = 0);
    // The seed of --demo-faults: HEXCLAVE_DEMO_FAULT_SEED when set to a number, else the clock.
    // signIn() logs it (qInfo), so a run can be repeated with the same faults.
    static constexpr const char *kFaultSeedVariable = "HEXCLAVE_DEMO_FAULT_SEED";
    static quint64 faultSeed();
    // The demo project opens first, as a saved last project would.
    void rememberAsLastProject(ui::AppSettings &settings) const;
    emulator::Emulator &emulator() { return *m_emulator; }

private:
    std::unique_ptr<emulator::Emulator> m_emulator;
};

} // namespace hexclave::app
