#pragma once

#include "ProjectContext.h"
#include "core/ApiClient.h"

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

// One part of a detail view that reads something about the selected subject — a user, a team,
// a team member — from the server (sessions, invitations, API keys, …). The subject is an id
// and a name for people. It loads lazily — when first shown for a subject — and again on demand;
// an answer that arrives for a previously selected subject is dropped, never shown. Loading,
// empty and failed states read in place (errors in an ErrorBanner with Retry). Changes a person
// makes run through perform(): busy while saving, the list reloaded afterwards, the result or
// the error said below the list.
class SubjectDataView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubjectDataView)

public:
    enum class State { NoSubject, NotLoaded, Loading, Loaded, Failed };
    Q_ENUM(State)

    ~SubjectDataView() override;

    // Loads the current subject's data unless it is loaded or on its way.
    void ensureLoaded();
    void reload();

    State state() const { return m_state; }
    bool isBusy() const { return m_busy; }
    QString subjectId() const { return m_subjectId; }
    QString subjectName() const { return m_subjectName; }
    ErrorBanner *errorBanner() const { return m_banner; }
    // The line below the list: what is being saved, what was done, or what failed.
    QString statusText() const;
    // The sentence shown instead of the list while it is loading, empty or failed.
    QString placeholderText() const;

Q_SIGNALS:
    void stateChanged(hexclave::ui::SubjectDataView::State state);
    void busyChanged(bool busy);
    // A change succeeded that lists elsewhere show about the subject (a user's row, a team's row).
    void subjectChanged(const QString &subjectId);

protected:
    SubjectDataView(const ProjectContext &context, QWidget *parent);

    // The same subject again (its row was refreshed) keeps what was loaded (subjectRefreshed()
    // runs); another one forgets it, to be loaded when the view is shown. `id` is what tells
    // subjects apart; `name` is what the view's sentences call it.
    void setSubject(const QString &id, const QString &name);
    void clearSubject();

    // What a change says while it runs, once it is done, and when it failed.
    struct Change
    {
        QString busyText;
        QString doneText;
        QString failedText;
        bool affectsSubject = false; // emit subjectChanged when it succeeded
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
    // For a view used on its own (not in a panel that loads the tab it shows): it loads when it
    // is shown, and when its subject is set while it is visible.
    void setLoadsWhenShown(bool loads) { m_loadsWhenShown = loads; }
    // The Delete key in the list (when it has the focus) does what `button` does, if it is enabled.
    void bindDeleteKey(QAbstractButton *button);

    virtual void startLoading() = 0; // one or more fetch() calls
    virtual void clearData() = 0;    // forget the previous subject's rows
    virtual bool hasData() const = 0;
    virtual QString emptyText() const = 0;
    virtual QString loadingText() const;
    virtual QString failedText() const;
    virtual void loadFinished() {}     // every fetch() of a load has arrived
    virtual void subjectRefreshed() {} // setSubject() with the same subject: its row was refreshed
    virtual void updateActions() {}    // enable the buttons for the state, busy flag and selection
    // The error as the banner shows it: a view may add what to do about an error it knows.
    virtual api::ApiError explained(const api::ApiError &error) const { return error; }

    // Whether actions may run now: loaded and nothing being saved.
    bool canAct() const { return m_state == State::Loaded && !m_busy; }
    // Why the last load failed (kind None while it did not).
    const api::ApiError &loadError() const { return m_loadError; }
    // Changes with the subject: a caller that must act later only for the same subject keeps it.
    int subjectGeneration() const { return m_subjectGeneration; }

    // Part of a load: `onValue` gets the answer unless the load was superseded meanwhile
    // (another subject, a reload); a failure fails the whole load.
    template <class T, class OnValue>
    void fetch(api::Call<T> call, OnValue onValue);

    // One change to the current subject's data (see Change); `onDone` runs with the answer before
    // the list reloads.
    template <class T>
    void perform(api::Call<T> call, const Change &change, std::function<void(const T &)> onDone = {});

    // The same change for several items at once (one request each, e.g. revoking every session);
    // all run to the end, and the failures are counted and the first one shown.
    template <class T>
    void performEach(QList<api::Call<T>> calls, const Change &change, std::function<void(const T &)> onEachDone = {});

    // Says below the list what was done, or what failed (in the error colour).
    void showResult(const QString &text, bool failed);

    void showEvent(QShowEvent *event) override;

    // Questions do not block (no nested event loop): the list may reload, another subject may be
    // selected, or the view may go while one is open. So a caller captures what it acts on before
    // asking, and the answer is acted on only for the same subject (never if the view is gone).

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
    void finishChange(const Change &change, const QString &subjectId, int failures, int total, const api::ApiError &firstError);
    api::ApiClient *clientOrFail(const Change *change);
    void rememberCurrentRow();
    void restoreCurrentRow();
    void openQuestion(QDialog *dialog, std::function<bool(int result)> accepted, std::function<void()> onAccepted);

    ProjectContext m_context;
    QString m_subjectId;
    QString m_subjectName;
    State m_state = State::NoSubject;
    bool m_busy = false;
    int m_subjectGeneration = 0; // changes with the subject: answers to changes of another one are dropped
    int m_loadGeneration = 0;    // changes with every load: answers to an older load are dropped
    int m_pendingFetches = 0;
    QList<QPointer<api::ApiJob>> m_loadJobs;
    QString m_currentRowId;
    bool m_bannerShowsLoadError = false;
    bool m_loadsWhenShown = false;
    api::ApiError m_loadError;

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
void SubjectDataView::fetch(api::Call<T> call, OnValue onValue)
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
            return; // for a previous subject, or a load that a reload replaced
        if (!job->succeeded()) {
            failLoad(job->error());
            return;
        }
        onValue(job->takeValue());
        loadPartDone();
    });
}

template <class T>
void SubjectDataView::perform(api::Call<T> call, const Change &change, std::function<void(const T &)> onDone)
{
    QList<api::Call<T>> calls;
    calls << std::move(call);
    performEach<T>(std::move(calls), change, std::move(onDone));
}

template <class T>
void SubjectDataView::performEach(QList<api::Call<T>> calls, const Change &change, std::function<void(const T &)> onEachDone)
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
    const int generation = m_subjectGeneration;
    const QString subjectId = m_subjectId;
    for (api::Call<T> &call : calls) {
        api::Job<T> *job = client->send(std::move(call));
        connect(job, &api::ApiJob::finished, this, [this, job, progress, total, generation, subjectId, change, onEachDone] {
            const bool sameSubject = generation == m_subjectGeneration;
            if (!job->succeeded()) {
                if (progress->failures++ == 0)
                    progress->firstError = job->error();
            } else if (onEachDone && sameSubject) {
                onEachDone(job->value());
            }
            if (--progress->remaining > 0)
                return;
            if (!sameSubject) {
                // Another subject is shown now: nothing of this belongs on screen, but its row
                // in a list elsewhere may still need refreshing.
                if (change.affectsSubject && progress->failures < total)
                    Q_EMIT subjectChanged(subjectId);
                return;
            }
            finishChange(change, subjectId, progress->failures, total, progress->firstError);
        });
    }
}

} // namespace hexclave::ui
