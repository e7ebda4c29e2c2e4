#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <functional>

namespace hexclave::ui {
class MainWindow;
}

namespace hexclave::app {

// Watches the start-up: --timings prints when the window was first painted and when the
// page's first data was shown; --screenshot saves the window at that moment and quits.
class StartupReport : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupReport)

public:
    using RequestCounter = std::function<int()>;

    StartupReport(ui::MainWindow *window, QElapsedTimer sinceLaunch, QObject *parent = nullptr);

    void enableTimings(RequestCounter requestCounter);
    void takeScreenshot(const QString &file);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onPageReady();
    void finish(int exitCode);

    ui::MainWindow *m_window;
    QElapsedTimer m_sinceLaunch;
    RequestCounter m_requestCounter;
    QString m_screenshotFile;
    bool m_timings = false;
    bool m_painted = false;
    bool m_done = false;
};

} // namespace hexclave::app
