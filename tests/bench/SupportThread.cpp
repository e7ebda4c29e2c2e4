#include "SupportThread.h"

#include "Await.h"
#include "StallMeter.h"

#include "ProjectContext.h"
#include "connections/ConnectionSession.h"
#include "endpoints/SupportEndpoints.h"
#include "pages/support/conversation/ConversationView.h"
#include "pages/support/conversation/ThreadView.h"
#include "support/ThreadModel.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QTextBrowser>
#include <QTimer>

namespace hexclave::bench {

namespace {

constexpr int waitLimitMs = 60000;

double elapsedMs(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// Ends `loop` once the widget has painted after `ready` became true (the paint itself included).
class PaintAfter : public QObject
{
public:
    PaintAfter(QWidget *widget, const bool &ready, QEventLoop &loop)
        : m_widget(widget)
        , m_ready(ready)
        , m_loop(loop)
    {
        m_widget->installEventFilter(this);
    }
    ~PaintAfter() override { m_widget->removeEventFilter(this); }

    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint && m_ready && !painted) {
            painted = true;
            QMetaObject::invokeMethod(&m_loop, &QEventLoop::quit, Qt::QueuedConnection);
        }
        return false;
    }

private:
    QWidget *m_widget;
    const bool &m_ready;
    QEventLoop &m_loop;
};

// Runs `start`, then spins until `ready` is set and the thread painted after it: the time in ms
// and the longest GUI-thread block meanwhile; false (and `error`) when nothing was painted.
template <class Start>
bool timeUntilPainted(ui::ConversationView &view, const bool &ready, Start start, double *ms, double *stallMs,
                      QString *error)
{
    QEventLoop loop;
    PaintAfter paint(view.threadView()->browser()->viewport(), ready, loop);
    QTimer::singleShot(waitLimitMs, &loop, &QEventLoop::quit);
    StallMeter stalls;
    QElapsedTimer clock;
    clock.start();
    start();
    loop.exec();
    *ms = elapsedMs(clock);
    *stallMs = stalls.longestMs;
    if (!paint.painted)
        *error = QStringLiteral("ConversationView: the thread was not shown within %1 s").arg(waitLimitMs / 1000);
    return paint.painted;
}

QString replyText(int turn)
{
    static const QStringList replies = {
        QStringLiteral("Thanks for the details. I have looked at your account and can see the sign-in attempts from this "
                       "morning; could you try once more and tell me the exact error you get?"),
        QStringLiteral("I have reset the verification on our side. It can take a few minutes to reach you."),
        QStringLiteral("Good question. Invoices are issued on the first of the month; the one you mention is the prorated "
                       "part of the upgrade.\nI have attached the breakdown below."),
        QStringLiteral("We are still investigating this with the team and will write again as soon as we know more."),
    };
    return replies.at(turn % replies.size()) + QStringLiteral(" (reply %1)").arg(turn + 1);
}

// Customer messages and replies in turn until the conversation has `messages` messages.
bool buildLongConversation(api::ApiClient &client, const QString &projectId, int messages,
                           const std::function<QString(const QString &)> &appendCustomerMessage,
                           api::ConversationDetail *detail, QString *error)
{
    const QString id = appendCustomerMessage(QString());
    if (id.isEmpty()) {
        *error = QStringLiteral("no open conversation for the long thread");
        return false;
    }
    api::ApiError failure;
    if (!await(client, api::support::conversation(projectId, id), detail, &failure)) {
        *error = QStringLiteral("support::conversation: ") + failure.technicalSummary();
        return false;
    }
    int count = int(detail->messages.size());
    for (int turn = 0; count < messages; ++turn) {
        if (turn % 2 == 0) {
            if (!await(client, api::support::reply(projectId, id, replyText(turn / 2)), detail, &failure)) {
                *error = QStringLiteral("support::reply: ") + failure.technicalSummary();
                return false;
            }
            count = int(detail->messages.size());
        } else {
            appendCustomerMessage(id);
            ++count;
        }
    }
    if (!await(client, api::support::conversation(projectId, id), detail, &failure)) {
        *error = QStringLiteral("support::conversation: ") + failure.technicalSummary();
        return false;
    }
    return true;
}

// ThreadView alone, no network: every message into an empty thread (it lays out the latest 150), then the same plus one.
void measureThreadView(const QList<api::ConversationMessage> &messages, QSize size, int runs, SupportThreadFigures &figures)
{
    QList<api::ConversationMessage> oneMore = messages;
    api::ConversationMessage next = messages.constLast();
    next.id = QStringLiteral("bench-one-more-message");
    next.createdAtMillis += 60000;
    next.body = QStringLiteral("Is there any news on this?");
    oneMore.append(next);

    ui::ThreadView thread;
    thread.resize(size);
    thread.show();
    for (int run = 0; run <= runs; ++run) { // run 0 warms up
        thread.clear();
        QElapsedTimer clock;
        clock.start();
        thread.setMessages(messages, true);
        const double fullMs = elapsedMs(clock);
        clock.restart();
        thread.setMessages(oneMore, false);
        const double oneMoreMs = elapsedMs(clock);
        if (run > 0) {
            figures.fullRenderMs.append(fullMs);
            figures.oneMoreMs.append(oneMoreMs);
        }
    }
}

} // namespace

SupportThreadFigures measureLongConversation(api::ConnectionSession &session, const QString &projectId, int messages,
                                             int runs,
                                             const std::function<QString(const QString &conversationId)> &appendCustomerMessage)
{
    SupportThreadFigures figures;
    api::ApiClient &client = *session.client();
    ui::ProjectContext context;
    context.session = &session;
    for (const api::Project &project : session.projects()) {
        if (project.id == projectId)
            context.project = project;
    }
    if (!context.isValid()) {
        figures.error = QStringLiteral("the demo project is not among the dashboard account's projects");
        return figures;
    }

    QElapsedTimer build;
    build.start();
    api::ConversationDetail detail;
    if (!buildLongConversation(client, projectId, messages, appendCustomerMessage, &detail, &figures.error))
        return figures;
    figures.buildMs = elapsedMs(build);
    figures.messages = int(detail.messages.size());
    const QString conversationId = detail.conversation.conversationId;

    ui::ConversationView view(context);
    view.resize(1000, 800);
    view.show();
    QCoreApplication::processEvents();

    bool loaded = false;
    QObject::connect(&view, &ui::ConversationView::conversationLoaded, &view, [&loaded] { loaded = true; });
    for (int run = 0; run <= runs; ++run) { // run 0 warms up
        view.clear();
        QCoreApplication::processEvents();
        loaded = false;
        double ms = 0;
        double stallMs = 0;
        if (!timeUntilPainted(view, loaded, [&] { view.showConversation(detail.conversation); }, &ms, &stallMs,
                              &figures.error))
            return figures;
        if (run > 0) {
            figures.openMs.append(ms);
            figures.openStallMs.append(stallMs);
        }
    }

    bool grew = false;
    QObject::connect(view.threadView()->model(), &QAbstractItemModel::rowsInserted, &view, [&grew] { grew = true; });
    for (int run = 0; run <= runs; ++run) {
        appendCustomerMessage(conversationId);
        grew = false;
        double ms = 0;
        double stallMs = 0;
        if (!timeUntilPainted(view, grew, [&view] { view.refresh(); }, &ms, &stallMs, &figures.error))
            return figures;
        if (run > 0) {
            figures.refreshMs.append(ms);
            figures.refreshStallMs.append(stallMs);
        }
    }

    measureThreadView(detail.messages, view.threadView()->size(), runs, figures);
    return figures;
}

} // namespace hexclave::bench
