#include "SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace hexclave::ui::secretClipboard {

namespace {

std::chrono::milliseconds g_clearDelay = std::chrono::minutes(1);

QList<QClipboard::Mode> clipboardModes()
{
    QList<QClipboard::Mode> modes{QClipboard::Clipboard};
    if (QApplication::clipboard()->supportsSelection())
        modes << QClipboard::Selection;
    return modes;
}

bool holdsOneOf(QClipboard::Mode mode, const QStringList &secrets)
{
    const QString held = QApplication::clipboard()->text(mode);
    return std::any_of(secrets.cbegin(), secrets.cend(), [&held](const QString &secret) {
        return !secret.isEmpty() && held.contains(secret);
    });
}

// The delayed clears, each with its own timer; all done at once when the application quits
// (later the clipboard would stay with the system, or a clipboard manager, for good).
class PendingClears : public QObject
{
public:
    explicit PendingClears(QCoreApplication *application)
        : QObject(application)
    {
        connect(application, &QCoreApplication::aboutToQuit, this, &PendingClears::finishAll);
    }

    static PendingClears *instance()
    {
        static QPointer<PendingClears> pending;
        if (!pending && QCoreApplication::instance())
            pending = new PendingClears(QCoreApplication::instance());
        return pending;
    }

    void add(const QStringList &secrets, std::chrono::milliseconds delay)
    {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        m_secrets.insert(timer, secrets);
        connect(timer, &QTimer::timeout, this, [this, timer] { finish(timer); });
        timer->start(delay);
    }

    void finishAll()
    {
        const QList<QTimer *> timers = m_secrets.keys();
        for (QTimer *timer : timers)
            finish(timer);
    }

    int count() const { return int(m_secrets.size()); }

private:
    void finish(QTimer *timer)
    {
        const QStringList secrets = m_secrets.take(timer);
        timer->stop();
        timer->deleteLater();
        clearIfHolding(secrets);
    }

    QHash<QTimer *, QStringList> m_secrets;
};

} // namespace

void copy(const QString &secret)
{
    QApplication::clipboard()->setText(secret);
}

void clearIfHolding(const QStringList &secrets)
{
    if (!QApplication::instance())
        return;
    for (QClipboard::Mode mode : clipboardModes()) {
        if (holdsOneOf(mode, secrets))
            QApplication::clipboard()->clear(mode);
    }
}

void clearLater(const QStringList &secrets)
{
    if (!QApplication::instance())
        return;
    const QList<QClipboard::Mode> modes = clipboardModes();
    const bool holdsAny = std::any_of(modes.cbegin(), modes.cend(),
                                      [&secrets](QClipboard::Mode mode) { return holdsOneOf(mode, secrets); });
    if (!holdsAny)
        return;
    QStringList kept;
    for (const QString &secret : secrets) {
        if (!secret.isEmpty())
            kept << secret;
    }
    PendingClears::instance()->add(kept, g_clearDelay);
}

std::chrono::milliseconds clearDelay()
{
    return g_clearDelay;
}

void setClearDelay(std::chrono::milliseconds delay)
{
    g_clearDelay = delay;
}

void clearPendingNow()
{
    if (PendingClears *pending = PendingClears::instance())
        pending->finishAll();
}

int pendingCount()
{
    const PendingClears *pending = PendingClears::instance();
    return pending ? pending->count() : 0;
}

} // namespace hexclave::ui::secretClipboard
