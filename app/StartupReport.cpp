#include "StartupReport.h"

#include "MainWindow.h"
#include "pages/Page.h"

#include <QApplication>
#include <QEvent>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace hexclave::app {

namespace {

constexpr int screenshotTimeoutMs = 60'000;
constexpr int settleMs = 120; // lets the last layout pass and paint happen before grabbing

void report(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
}

} // namespace

StartupReport::StartupReport(ui::MainWindow *window, QElapsedTimer sinceLaunch, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_sinceLaunch(sinceLaunch)
{
    connect(window, &ui::MainWindow::currentPageReady, this, &StartupReport::onPageReady);
    // The window may have settled before we were listening (e.g. the first-run welcome page).
    QTimer::singleShot(0, this, [this] {
        if (m_window->hasSettledPage())
            onPageReady();
    });
}

void StartupReport::enableTimings(RequestCounter requestCounter)
{
    m_timings = true;
    m_requestCounter = std::move(requestCounter);
    qApp->installEventFilter(this);
}

void StartupReport::takeScreenshot(const QString &file)
{
    m_screenshotFile = file;
    QTimer::singleShot(screenshotTimeoutMs, this, [this] {
        report(QStringLiteral("screenshot: the page did not finish loading within %1 s").arg(screenshotTimeoutMs / 1000));
        finish(3);
    });
}

bool StartupReport::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType()) {
        m_painted = true;
        report(QStringLiteral("timing: first-paint-ms=%1").arg(m_sinceLaunch.elapsed()));
        qApp->removeEventFilter(this);
    }
    return QObject::eventFilter(watched, event);
}

void StartupReport::onPageReady()
{
    if (m_done)
        return;
    if (m_timings) {
        report(QStringLiteral("timing: first-data-ms=%1").arg(m_sinceLaunch.elapsed()));
        if (m_requestCounter)
            report(QStringLiteral("timing: requests=%1").arg(m_requestCounter()));
    }
    if (!m_screenshotFile.isEmpty()) {
        m_done = true;
        QTimer::singleShot(settleMs, this, [this] { finish(0); });
    }
}

void StartupReport::finish(int exitCode)
{
    if (exitCode == 0 && m_window->currentPage() && m_window->currentPage()->showsError()) {
        report(QStringLiteral("screenshot: the page shows an error instead of its data"));
        exitCode = 5;
    }
    if (!m_screenshotFile.isEmpty()) {
        const QPixmap picture = m_window->grab();
        if (!picture.save(m_screenshotFile)) {
            report(QStringLiteral("screenshot: could not write %1").arg(m_screenshotFile));
            exitCode = 4;
        } else {
            report(QStringLiteral("screenshot: saved %1 (%2x%3)").arg(m_screenshotFile).arg(picture.width()).arg(picture.height()));
        }
    }
    QApplication::exit(exitCode);
}

} // namespace hexclave::app
