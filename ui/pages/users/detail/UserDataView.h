#pragma once

#include "ProjectContext.h"
#include "core/ApiClient.h"
#include "dto/User.h"

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>

class QAbstractButton;
class QAbstractItemView;
class QDialog;
class QHBoxLayout;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace hexclave::ui {

class ErrorBanner;

// One part of the user view that reads something about the selected user from the server
// (sessions, contact channels, …). It loads lazily — when first shown for a user — and again on
// demand; an answer that arrives for a previously selected user is dropped, never shown. Loading,
// empty and failed states read in place (errors in an ErrorBanner with Retry). Changes a person
// makes run through perform(): busy while saving, the list reloaded afterwards, the result or the
// error said below the list.
class UserDataView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDataView)

public:
    enum class State { NoUser, NotLoaded, Loading, Loaded, Failed };
    Q_ENUM(State)

    ~UserDataView() override;

    // The same user again (their row was refreshed) keeps what was loaded; another user
    // forgets it, to be loaded when the view is shown.
    void setUser(const api::User &user);
    void clearUser();
    // Loads the current user's data unless it is loaded or on its way.
    void ensureLoaded();
    void reload();

    State state() const { return m_state; }
    bool isBusy() const { return m_busy; }
    const api::User &user() const { return m_user; }
    QString userId() const { return m_user.id; }
    ErrorBanner *errorBanner() const { return m_banner; }
    // The line below the list: what is being saved, what was done, or what failed.
    QString statusText() const;
    // The sentence shown instead of the list while it is loading, empty or failed.
    QString placeholderText() const;

Q_SIGNALS:
    void stateChanged(hexclave::ui::UserDataView::State state);
    void busyChanged(bool busy);
    // A change succeeded that the users table shows (primary email, sign-in methods, …).
    void userChanged(const QString &userId);

protected:
    UserDataView(const ProjectContext &context, QWidget *parent);

    // What a change says while it runs, once it is done, and when it failed.
    struct Change
    {
        QString busyText;
        QString doneText;
        QString failedText;
        bool affectsUserRow = false; // emit userChanged when it succeeded
    };

    const ProjectContext &context() const { return m_context; }

    // Layout: the subclass's buttons go into the tool bar (a Reload button ends it); the list
    // (or any widget) is the content that the placeholder replaces while there is nothing to show.
    void addToolButton(QAbstractButton *button);
    // A heading at the start of the tool bar, for views that share a tab.
    void setTitle(const QString &title);
    void setContent(QWidget *content);
    // A list view whose current row is kept by id across reloads (IdRole of ListTableModel), and
    // whose selection updates the actions.
    void setListView(QAbstractItemView *view);
    // A sentence under the tool bar: what this credential cannot do here, and why.
    void setNotice(const QString &text);
    // The Delete key in the list (when it has the focus) does what `button` does, if it is enabled.
    void bindDeleteKey(QAbstractButton *button);

    virtual void startLoading() = 0; // one or more fetch() calls
    virtual void clearData() = 0;    // forget the previous user's rows
    virtual bool hasData() const = 0;
    virtual QString emptyText() const = 0;
    virtual QString loadingText() const;
    virtual QString failedText() const;
    virtual void loadFinished() {}   // every fetch() of a load has arrived
    virtual void userRefreshed() {}  // setUser() with the same user: their row was refreshed
    virtual void updateActions() {}  // enable the buttons for the state, busy flag and selection

    // Whether actions may run now: loaded and nothing being saved.
    bool canAct() const { return m_state == State::Loaded && !m_busy; }

    // Part of a load: `onValue` gets the answer unless the load was superseded meanwhile
    // (another user, a reload); a failure fails the whole load.
    template <class T, class OnValue>
    void fetch(api::Call<T> call, OnValue onValue);

    // One change to the current user's data (see Change); `onDone` runs with the answer before
    // the list reloads.
    template <class T>
    void perform(api::Call<T> call, const Change &change, std::function<void(const T &)> onDone = {});

    // The same change for several items at once (one request each, e.g. revoking every session);
    // all run to the end, and the failures are counted and the first one shown.
    template <class T>
    void performEach(QList<api::Call<T>> calls, const Change &change, std::function<void(const T &)> onEachDone = {});

    // Says below the list what was done, or what failed (in the error colour).
    void showResult(const QString &text, bool failed);

    // Questions do not block (no nested event loop): the list may reload, another user may be
    // selected, or the view may go while one is open. So a caller captures what it acts on before
    // asking, and the answer is acted on only for the same user (never if the view is gone).

    // Asks before something that cannot be undone; `onConfirmed` runs when the person confirmed.
    void confirm(const QString &title, const QString &text, const QString &confirmText, std::function<void()> onConfirmed);
    // Opens `dialog` (window-modal, deleted once closed); `onAccepted` runs when it was accepted
    // (the dialog is still there to read from).
    void ask(QDialog *dialog, std::function<void()> onAccepted);

private:
    void setState(State state);
    void updatePlaceholder();
    void setBusy(bool busy, const QString &text = {});
    void failLoad(const api::ApiError &error);
    void loadPartDone();
    void startLoad();
    void abortLoads();
    void finishChange(const Change &change, const QString &userId, int failures, int total, const api::ApiError &firstError);
    api::ApiClient *clientOrFail(const Change *change);
    void rememberCurrentRow();
    void restoreCurrentRow();
    void openQuestion(QDialog *dialog, std::function<bool(int result)> accepted, std::function<void()> onAccepted);

    ProjectContext m_context;
    api::User m_user;
    State m_state = State::NoUser;
    bool m_busy = false;
    int m_userGeneration = 0; // changes with the user: answers to changes of another user are dropped
    int m_loadGeneration = 0; // changes with every load: answers to an older load are dropped
    int m_pendingFetches = 0;
    QList<QPointer<api::ApiJob>> m_loadJobs;
    QString m_currentRowId;
    bool m_bannerShowsLoadError = false;

    QHBoxLayout *m_toolbar;
    QToolButton *m_reload;
    QLabel *m_notice;
    ErrorBanner *m_banner;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_status;
    QPointer<QAbstractItemView> m_listView;
};

template <class T, class OnValue>
void UserDataView::fetch(api::Call<T> call, OnValue onValue)
{
    api::ApiClient *client = clientOrFail(nullptr);
    if (!client)
        return;
    api::Job<T> *job = client->send(std::move(call));
    m_loadJobs << job;
    ++m_pendingFetches;
    const int generation = m_loadGeneration;
    connect(job, &api::ApiJob::finished, this, [this, job, generation, onValue = std::move(onValue)]() mutable {
        if (generation != m_loadGeneration)
            return; // for a previous user, or a load that a reload replaced
        if (!job->succeeded()) {
            failLoad(job->error());
            return;
        }
        onValue(job->takeValue());
        loadPartDone();
    });
}

template <class T>
void UserDataView::perform(api::Call<T> call, const Change &change, std::function<void(const T &)> onDone)
{
    QList<api::Call<T>> calls;
    calls << std::move(call);
    performEach<T>(std::move(calls), change, std::move(onDone));
}

template <class T>
void UserDataView::performEach(QList<api::Call<T>> calls, const Change &change, std::function<void(const T &)> onEachDone)
{
    api::ApiClient *client = clientOrFail(&change);
    if (!client || calls.isEmpty())
        return;
    setBusy(true, change.busyText);
    struct Progress
    {
        int remaining = 0;
        int failures = 0;
        api::ApiError firstError;
    };
    auto progress = std::make_shared<Progress>();
    progress->remaining = int(calls.size());
    const int total = progress->remaining;
    const int generation = m_userGeneration;
    const QString userId = m_user.id;
    for (api::Call<T> &call : calls) {
        api::Job<T> *job = client->send(std::move(call));
        connect(job, &api::ApiJob::finished, this, [this, job, progress, total, generation, userId, change, onEachDone] {
            const bool sameUser = generation == m_userGeneration;
            if (!job->succeeded()) {
                if (progress->failures++ == 0)
                    progress->firstError = job->error();
            } else if (onEachDone && sameUser) {
                onEachDone(job->value());
            }
            if (--progress->remaining > 0)
                return;
            if (!sameUser) {
                // Another user is shown now: nothing of this belongs on screen, but their row
                // in the users table may still need refreshing.
                if (change.affectsUserRow && progress->failures < total)
                    Q_EMIT userChanged(userId);
                return;
            }
            finishChange(change, userId, progress->failures, total, progress->firstError);
        });
    }
}

} // namespace hexclave::ui
